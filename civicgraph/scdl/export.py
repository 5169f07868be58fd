"""The graph's deliberations written back as an SCDL « Délibérations » CSV (the schema's columns, in
its order, comma-separated, UTF-8), so a collectivité can publish its acts in the standard form.

One row per deliberation of a collectivité (queries/export-scdl.rq), each cell from what the graph
states, never made up:
- COLL_SIRET: the collectivité's `cg:siret`, stated by an SCDL row read or by the reference table
  (`ingest/organisations.csv`, with its source). A SIRET is the SIREN plus the number of one
  establishment (NIC), which neither the SIREN nor the divisions give: with none stated the cell is
  empty;
- DELIB_ID: the act's identifier, else its number as the document writes it (« délibération n° 9 »);
- DELIB_MATIERE_NOM: the ACTES labels of the code, levels 1 and 2 ("Finances locales/Divers"), else
  the label the source gave.

The schema wants some columns filled all together or not at all (its `cohesive-columns-value`
checks: the five vote counts VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION; the
budget's BUDGET_ANNEE and BUDGET_NOM). A deliberation of which the graph knows only some of a group
(a document that states the votes for and against but not the members in office) is still written,
with every cell of that group empty, and said (`Export.blanked`): what is known stays in the graph
(its vote, in the dumps, the SPARQL endpoint and the site), never completed by a guess.

Values that contradict each other by the schema's custom checks (more votes "pour" than voters, counts
that do not add up to the voters, a transmission to the prefecture before the act's date, a budget
period backwards) meet when the graph joins sources: a table's row that gives the members in office
and the voters, another row or a document that gives the votes. A collectivité publishing its acts
wants the act published all the same, with the cells it cannot vouch for empty: the row is written
with the values the failed check makes unusable (custom_checks.CustomCheckError.unusable), and their
whole cohesive group, left empty, and said (`Export.blanked`, naming the deliberation, the values and
the check). The graph keeps every value stated, each with its source.

The schema makes COLL_SIRET, DELIB_ID, DELIB_MATIERE_CODE, DELIB_MATIERE_NOM and DELIB_OBJET
required. The written file is checked with the schema's Table Schema and custom checks through frictionless
(as rows read are, civicgraph.scdl.checks); a row that fails is left out and reported with its columns and
reasons, unless `incomplete` asks for every row (the file is then not valid SCDL).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

from civicgraph.queries import load
from civicgraph.scdl.checks import REQUIRED, schema, validate
from civicgraph.scdl.table import COLUMNS
from civicgraph.store import Store


@dataclass(frozen=True)
class LeftOut:
    """A deliberation (its IRI) not written, and the reason of each failing column."""

    deliberation: str
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.deliberation}: " + "; ".join(self.reasons)


@dataclass(frozen=True)
class Blanked:
    """A deliberation written with the cells of a group of columns left empty: the group's columns,
    the values the graph gives (column, value), and why (only some of the group known, or values
    that contradict each other)."""

    deliberation: str
    columns: tuple[str, ...]
    known: tuple[tuple[str, str], ...]
    reason: str = "partial"  # "partial", or the failed checks' notes joined by "; "

    def __str__(self) -> str:
        known = ", ".join(f"{column} {value}" for column, value in self.known)
        if self.reason == "partial":
            return f"{self.deliberation}: {', '.join(self.columns)}: only {known} known, and the schema wants all or none"
        return f"{self.deliberation}: {', '.join(self.columns)}: {known} contradict each other ({self.reason})"


@dataclass
class Export:
    text: str  # the CSV, header included
    written: int
    left_out: list[LeftOut]
    blanked: list[Blanked]


def export(store: Store, incomplete: bool = False) -> Export:
    """The SCDL CSV of the deliberations in `store`, and those left out (see the module docstring)."""
    names, answers = store.select(load("export-scdl").text)
    facts = [{name: (term.value if term is not None else "") for name, term in zip(names, answer)} for answer in answers]
    rows = [_row(one) for one in facts]
    blanked = [Blanked(fact["deliberation"], *group) for fact, row in zip(facts, rows) for group in _blank_partial_groups(row)]
    blanked += [Blanked(facts[i]["deliberation"], *emptied) for i, emptied in _blank_contradictions(rows).items()]
    failures = _failures(rows)
    left_out = [LeftOut(fact["deliberation"], tuple(failures[i])) for i, fact in enumerate(facts) if i in failures]
    kept = rows if incomplete else [row for i, row in enumerate(rows) if i not in failures]
    return Export(_csv(kept), len(kept), left_out, blanked)


@cache
def cohesive_groups() -> tuple[tuple[str, ...], ...]:
    """The schema's groups of columns filled all together or not at all (`cohesive-columns-value`)."""
    return tuple((c["params"]["column"], *c["params"]["othercolumns"])
                 for c in schema().get("custom_checks", []) if c["name"] == "cohesive-columns-value")


def _blank_partial_groups(row: list[str]) -> list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """Empty, in place, every cohesive group of `row` only partly filled; return each group emptied
    with the values it held ((column, value) pairs)."""
    emptied = []
    for group in cohesive_groups():
        cells = {column: row[COLUMNS.index(column)] for column in group}
        known = tuple((column, value) for column, value in cells.items() if value)
        if known and len(known) < len(group):
            emptied.append((group, known))
            for column in group:
                row[COLUMNS.index(column)] = ""
    return emptied


def _blank_contradictions(rows: list[list[str]]) -> dict[int, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]]:
    """Empty, in place, the cells of each row that its custom checks find contradicting each other
    (a failure's `unusable` columns, with the cohesive groups they belong to); return, by row
    index, the columns emptied, the values they held and the checks' notes."""
    if not rows:
        return {}
    found: dict[int, tuple[set[str], list[str]]] = {}
    for error in validate([list(COLUMNS), *rows]):
        unusable = getattr(error, "unusable", None)
        if unusable and not set(unusable) & set(REQUIRED):  # a required value refused: the row is left out
            columns, notes = found.setdefault(error.row_number - 2, (set(), []))
            columns.update(c for group in cohesive_groups() if set(group) & set(unusable) for c in group)
            columns.update(unusable)
            notes.append(error.note)
    emptied = {}
    for index, (columns, notes) in sorted(found.items()):
        ordered = tuple(c for c in COLUMNS if c in columns)
        known = tuple((c, rows[index][COLUMNS.index(c)]) for c in ordered if rows[index][COLUMNS.index(c)])
        for column in ordered:
            rows[index][COLUMNS.index(column)] = ""
        emptied[index] = (ordered, known, "; ".join(notes))
    return emptied


def _row(fact: dict[str, str]) -> list[str]:
    matiere = f"{fact['theme']}/{fact['sujet']}" if fact["theme"] and fact["sujet"] else fact["libelle"]
    values = {
        "COLL_NOM": fact["nom"], "COLL_SIRET": fact["siret"], "DELIB_ID": fact["identifiant"] or fact["numero"],
        "DELIB_DATE": fact["date"], "DELIB_MATIERE_CODE": fact["code"], "DELIB_MATIERE_NOM": matiere,
        "DELIB_OBJET": " ".join(fact["objet"].split()), "BUDGET_ANNEE": fact["budgetAnnee"], "BUDGET_NOM": fact["budgetNom"],
        "PREF_ID": fact["prefId"], "PREF_DATE": fact["prefDate"], "VOTE_EFFECTIF": fact["effectif"], "VOTE_REEL": fact["reel"],
        "VOTE_POUR": fact["pour"], "VOTE_CONTRE": fact["contre"], "VOTE_ABSTENTION": fact["abstention"], "DELIB_URL": fact["url"],
    }
    return [values[column] for column in COLUMNS]


def _failures(rows: list[list[str]]) -> dict[int, list[str]]:
    """Row index → the reasons the schema's Table Schema gives for its cells (frictionless)."""
    if not rows:
        return {}
    failures: dict[int, list[str]] = {}
    for error in validate([list(COLUMNS), *rows]):
        number, column = getattr(error, "row_number", None), getattr(error, "field_name", None)
        if number is None:
            raise RuntimeError(f"frictionless could not validate the export: {error.message}")
        value = rows[number - 2][COLUMNS.index(column)] if column else ""
        required = column and not value and error.type != "scdl-custom-check"
        reason = f"{column}: required, unknown in the graph" if required else f"{column}: {error.note}"
        failures.setdefault(number - 2, []).append(reason)
    return failures


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()
