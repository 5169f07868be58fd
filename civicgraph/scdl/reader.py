"""An SCDL Délibérations file → facts: each row read a deliberation of its collectivité, with the
same resources and helpers as documents (civicgraph.governance, organisations, the genre model's
membership cues), so that a row and a document name the same things the same way.

Each resource a row states points to the row's record (a `CellSpan`: offsets in the file's text
and its line), like a text fact to its passage; what is read inside one cell points to that cell
(line and column): the membership an object states, the collectivité's name where first written.
One excerpt per row, not per cell: a resource's excerpts say where it is shown, not which property
comes from which cell, and twelve excerpts a row would make a 1,000-row file 150,000 triples. The collectivité is the one of the row's SIRET: its
SIREN in the reference table (`ingest/organisations.csv`), else in the official divisions, whose
name is then the one passed to `organisations.organisation`; COLL_NOM only when neither knows it.
"""

from __future__ import annotations

import bisect
import datetime as dt

from civicgraph import articles, territories
from civicgraph.facts import CellSpan, Facts, Iri, Resource, _key_id
from civicgraph.genre.cues import Text
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.reader import _membership as record_membership
from civicgraph.governance import vote
from civicgraph.organisations import known_organisations, organisation
from civicgraph.scdl.checks import Row, check
from civicgraph.scdl.table import read_table
from civicgraph.scdl.table import detect as detect_table

GENRE = "scdl-deliberations"
KINDS = {"commune": "Commune", "departement": "Departement", "region": "Region"}
EPCI_KINDS = {"METRO": "Metropole", "MET69": "Metropole"}
COUNTS = {"VOTE_POUR": "pour", "VOTE_CONTRE": "contre", "VOTE_ABSTENTION": "abstention",
          "VOTE_EFFECTIF": "effectifTheorique", "VOTE_REEL": "effectifReel"}


class NotScdl(Exception):
    """The file's header is not the SCDL Délibérations schema's."""


def detect(text: str) -> float:
    return detect_table(text)


def read(facts: Facts) -> None:
    table = read_table(facts.document.text)
    if table is None:
        raise NotScdl("no SCDL Délibérations header (COLL_SIRET, DELIB_DATE, DELIB_OBJET… on the first line)")
    rows, problems = check(table)
    facts.problems.extend(problems)
    text = Text(facts.document.text)
    bodies: dict[str, Resource] = {}
    for row in rows:
        if not row.rejected:
            _row(facts, text, row, bodies)


def place_spans(facts: Facts) -> None:
    """Give every passage of the facts its place in the table (line, and column when it lies in
    one cell): the spans that shared readers made (memberships, mentions) are offsets only."""
    table = read_table(facts.document.text)
    cells = sorted((cell.start, cell.end, record.line, column) for record in table.records
                   for column, cell in zip(table.columns, record.cells))
    records = sorted((record.start, record.end, record.line) for record in table.records)
    starts, record_starts = [c[0] for c in cells], [r[0] for r in records]
    for resource in facts.resources.values():
        for index, one in enumerate(resource.spans):
            if isinstance(one, CellSpan):
                continue
            at = bisect.bisect_right(starts, one.start) - 1
            if at >= 0 and cells[at][0] <= one.start and one.end <= cells[at][1]:
                resource.spans[index] = CellSpan(one.start, one.end, cells[at][2], cells[at][3])
            else:
                at = max(bisect.bisect_right(record_starts, one.start) - 1, 0)
                resource.spans[index] = CellSpan(one.start, one.end, records[at][2] if records else 1)


def span(row: Row, column: str | None = None) -> CellSpan:
    """Where a cell (or, with no column, the whole record) is in the file."""
    if column is None:
        return CellSpan(row.record.start, row.record.end, row.line)
    cell = row.cells[column]
    return CellSpan(cell.start, cell.end, row.line, column)


def _row(facts: Facts, text: Text, row: Row, bodies: dict[str, Resource]) -> None:
    body = bodies.get(row.siren) or bodies.setdefault(row.siren, collectivite(facts, row))
    day = dt.date.fromisoformat(row.get("DELIB_DATE"))
    ident, objet = row.get("DELIB_ID"), row.get("DELIB_OBJET")
    decision = _deliberation(facts, body, day, ident, objet, row)
    decision.set("identifiant", ident).set("titre", objet and " ".join(objet.split())).set("date", day).set("auteur", body)
    decision.set("dcterms:source", facts.get("Document", facts.document.stem))
    for column, prop in (("DELIB_MATIERE_CODE", "codeMatiere"), ("DELIB_MATIERE_NOM", "libelleMatiere"), ("BUDGET_ANNEE", "budgetAnnee"),
                         ("BUDGET_NOM", "budgetNom"), ("PREF_ID", "controleLegalite")):
        decision.set(prop, row.get(column))
    if row.get("PREF_DATE"):
        decision.set("dateTransmission", dt.date.fromisoformat(row.get("PREF_DATE")))
    if row.get("DELIB_URL"):
        decision.set("foaf:page", Iri(row.get("DELIB_URL")))
    counts = {prop: int(row.get(column)) for column, prop in COUNTS.items() if row.get(column) is not None}
    if counts:
        ballot = vote(facts, decision).cite(span(row))
        for prop, count in counts.items():
            ballot.set(prop, count)
    if objet:
        cell = row.cells["DELIB_OBJET"]
        for found in read_memberships(text, cell.start, cell.end, (objet, span(row, "DELIB_OBJET"))):
            record_membership(facts, body, decision, found, day)


def _deliberation(facts: Facts, body: Resource, day: dt.date, ident: str | None, objet: str | None, row: Row) -> Resource:
    """The row's deliberation, keyed by its collectivité, date and identifier (or object). A second
    row with the same key and another object is another deliberation (duplicate DELIB_ID values are
    found in published files): it is keyed by its line too."""
    key = (body, day.isoformat(), ident or objet)
    existing = facts.resources.get(("Deliberation", _key_id(key)))
    if existing is not None and existing.first("titre") not in (None, objet and " ".join(objet.split())):
        key = (*key, f"ligne-{row.line}")
    decision = facts.get("Deliberation", *key, span=span(row))
    return decision.set("rdfs:label", " — ".join(filter(None, [ident and f"n° {ident}", objet and " ".join(objet.split())])) or f"Délibération du {day.isoformat()}")


def collectivite(facts: Facts, row: Row) -> Resource:
    """The collectivité of the row's SIREN, as documents name it (see the module's docstring)."""
    siren = row.siren
    known = next((k for k in known_organisations().values() if k.siren == siren), None)
    where = span(row, "COLL_NOM") if row.get("COLL_NOM") else span(row)
    if known is not None:
        return organisation(facts, known.name, where)
    territory = territories.by_siren(siren)
    if territory is not None:
        kind = EPCI_KINDS.get(territory.epci_type, "Intercommunalite") if territory.kind == "epci" else KINDS[territory.kind]
        body = organisation(facts, official_name(territory), where, kind=kind)
    else:
        body = organisation(facts, row.get("COLL_NOM") or f"SIREN {siren}", where)
    if not body.first("siren"):
        body.set("siren", siren)
    return body.set("siret", row.get("COLL_SIRET"))


def official_name(territory: territories.Territory) -> str:
    """The name a document's heading gives a commune ("Commune du Grau-du-Roi"), an EPCI's official one."""
    if territory.kind != "commune":
        return territory.name
    return f"Commune {articles.of(territory.name, place=True)}"  # "de", "du", "d'" as French writes it (ingest/articles.yaml)
