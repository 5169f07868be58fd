"""A row of an open-data table and a document that state the same deliberation make one resource.

After every file is read, each row's deliberation is compared with the deliberations the documents
read: the same collectivité (the same resource, or the same SIREN) and the same date, then the same
identifier (DELIB_ID against the document's identifier or number, separators aside: "2022,0160" is
"2022-0160") or, failing that, a close object (rapidfuzz token-set ratio ≥ MIN_SCORE against the
document's title, one candidate only). A match takes the document's key, so the row enriches the
document's deliberation (and its vote) instead of making a second one; it is recorded on the
deliberation (cg:motifRapprochement, with the row as excerpt). A value the row gives for a property
that holds one value (sh:maxCount 1 in the shapes) and that the document states otherwise is left
out: the document, read in full, is kept, and the difference recorded as a cg:conflit.

Collectivités first: a row's collectivité with the SIREN of a document's organisation takes that
organisation's key ("Commune de X" from the divisions is the "Ville de X" a heading wrote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from civicgraph.facts import Facts, Resource, _key_id
from civicgraph.genre.cues import Text

MIN_SCORE = 85
GENRE = "scdl-deliberations"


@dataclass(frozen=True)
class Match:
    row: Resource
    deliberation: Resource
    reason: str
    table: Facts
    document: Facts
    line: int  # the row's line in the table's file

    def __str__(self) -> str:
        """Where the row is and which deliberation it joined, for the build's output: the row's own
        values may be gone by then (the document's kept where they differ)."""
        number = self.deliberation.first("numero") or self.deliberation.first("identifiant")
        day = self.deliberation.first("date")
        return (f"{self.table.document.path.name}, line {self.line} → {self.document.document.path.name}: deliberation"
                f"{f' n° {number}' if number else ''}{f' of {day.isoformat()}' if day else ''}: {self.reason}")


@cache
def single_valued() -> frozenset[str]:
    """The properties the shapes allow once (sh:maxCount 1), as the facts name them ("titre", "rdfs:label")."""
    import rdflib

    from civicgraph.paths import data_dir
    from civicgraph.vocab import ONTOLOGY, PREFIXES

    shapes = rdflib.Graph()
    for path in sorted(data_dir("shapes").glob("*.ttl")):
        shapes.parse(path, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    names = set()
    for shape in shapes.subjects(sh.maxCount, rdflib.Literal(1)):
        path = str(shapes.value(shape, sh.path))
        if path.startswith(ONTOLOGY):
            names.add(path[len(ONTOLOGY):])
        for prefix, namespace in PREFIXES.items():
            if path.startswith(namespace) and namespace != ONTOLOGY:
                names.add(f"{prefix}:{path[len(namespace):]}")
    return frozenset(names)


def merge(facts: list[Facts]) -> list[Match]:
    """Match the rows of the tables among `facts` to the documents' deliberations (see the module)."""
    tables = [f for f in facts if f.genre == GENRE]
    documents = [f for f in facts if f.genre != GENRE]
    if not tables or not documents:
        return []
    by_siren = {r.first("siren"): r for f in documents for r in f.resources.values() if r.cls == "Organisation" and r.first("siren")}
    candidates: dict[tuple, list[tuple[Resource, Facts]]] = {}
    for document in documents:
        for decision in (r for r in document.resources.values() if r.cls == "Deliberation"):
            body, day = _author(decision), decision.first("date")
            if body is not None and day is not None:
                candidates.setdefault((_identity(body), day), []).append((decision, document))
    matches = []
    for table in tables:
        for body in [r for r in table.resources.values() if r.cls == "Organisation"]:
            same = by_siren.get(body.first("siren"))
            if same is not None and same.key != body.key:
                body.key = same.key
        taken: set[int] = set()
        for row in [r for r in table.resources.values() if r.cls == "Deliberation"]:
            found = _best(row, candidates.get((_identity(row.first("auteur")), row.first("date")), []), taken)
            if found is not None:
                decision, document, reason = found
                taken.add(id(decision))
                line = getattr(row.spans[0], "line", 0) if row.spans else 0
                _enrich(table, row, decision, document, reason)
                matches.append(Match(row, decision, reason, table, document, line))
        table.resources = {(r.cls, _key_id(r.key)): r for r in table.resources.values()}
    return matches


def relevant(tables: list[Facts]):
    """A test of whether a document's facts can take part in `merge` with `tables`: it states a
    deliberation of a collectivité and a date some row states, or an organisation with the SIREN
    of one of the tables'. `merge` given only those does what it does given them all (the others
    are nobody's candidate), so that a corpus's other documents need not be held for it."""
    rows = {(_identity(r.first("auteur")), r.first("date")) for t in tables for r in t.resources.values() if r.cls == "Deliberation"}
    sirens = {r.first("siren") for t in tables for r in t.resources.values() if r.cls == "Organisation" and r.first("siren")}

    def test(document: Facts) -> bool:
        return any((r.cls == "Organisation" and r.first("siren") in sirens)
                   or (r.cls == "Deliberation" and (_identity(_author(r)), r.first("date")) in rows) for r in document.resources.values())
    return test


def _author(decision: Resource) -> Resource | None:
    if decision.first("auteur") is not None:
        return decision.first("auteur")
    meeting = decision.first("seance")
    organ = meeting.first("organe") if meeting is not None else None
    return organ.first("organisation") if organ is not None else None


def _identity(body: Resource | None):
    return None if body is None else (body.first("siren") or _key_id(body.key))


def _plain(identifier: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", (identifier or "").lower())


def _best(row: Resource, options: list[tuple[Resource, Facts]], taken: set[int]):
    options = [(d, f) for d, f in options if id(d) not in taken]
    ident = _plain(row.first("identifiant"))
    for decision, document in options:
        for prop in ("identifiant", "numero"):
            theirs = decision.first(prop)
            if ident and _plain(theirs) == ident:
                return decision, document, (f"même collectivité, même date ({row.first('date').isoformat()}), même identifiant "
                                            f"(DELIB_ID {row.first('identifiant')} = {'identifiant' if prop == 'identifiant' else 'numéro'} {theirs} du document)")
    title = Text(row.first("titre") or "").folded
    scored = [(fuzz.token_set_ratio(title, Text(d.first("titre") or "").folded), d, f) for d, f in options if d.first("titre")]
    close = [s for s in scored if s[0] >= MIN_SCORE]
    if title and len(close) == 1:
        score, decision, document = close[0]
        return decision, document, f"même collectivité, même date ({row.first('date').isoformat()}), objet proche du titre du document (score {score:.0f}/100)"
    return None


def _enrich(table: Facts, row: Resource, decision: Resource, document: Facts, reason: str) -> None:
    """The row's deliberation becomes the document's: its key, and only the values that do not
    contradict the document's; the same for the resources keyed by it (its vote)."""
    row.key = decision.key
    for resource in table.resources.values():
        if resource is row or any(part is row for part in resource.key):
            theirs = document.resources.get((resource.cls, _key_id(resource.key)))
            if theirs is not None:
                _keep_agreeing(resource, theirs, row)
    row.set("motifRapprochement", reason, row.spans[0] if row.spans else None)


def _keep_agreeing(mine: Resource, theirs: Resource, row: Resource) -> None:
    for prop in [p for p in mine.props if p in single_valued() and theirs.props.get(p)]:
        if mine.props[prop] != theirs.props[prop]:
            if prop not in ("titre", "rdfs:label"):  # titles differ in wording, not in fact
                row.set("conflit", f"{prop} : le tableau donne {_show(mine.props[prop])}, le document {_show(theirs.props[prop])}")
            del mine.props[prop]


def _show(values: list) -> str:
    return ", ".join(str(getattr(v, "isoformat", lambda: v)()) for v in values)
