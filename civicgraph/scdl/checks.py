"""The rows of an SCDL Délibérations table checked against the schema, the quirks of real files
repaired first.

Validation is the schema's own Table Schema (`ingest/reference/scdl/deliberations.schema.json`,
its source in SOURCE.md) and its custom checks (SIRET key, budget period, vote counts that agree,
PREF_DATE ≥ DELIB_DATE, the matière's ACTES label: civicgraph.scdl.custom_checks), run by
frictionless, not hand-written checks. Before it, the quirks that a
spreadsheet leaves and that can be undone without guessing are repaired, each with a warning:
a SIRET in scientific notation ("2,44201E+13") when one SIRET of the file, or the SIREN of the
collectivité the row names, rounds to it; an integer written as a decimal ("12,0"); a date written
DD/MM/YYYY; a record broken across lines by an unquoted line end. An identifier with a decimal comma
("2022,00028", a spreadsheet's number) is kept as written, with a warning: its separator is lost.

A cell that fails is reported (line, column, reason) and its value is not used (a custom check
says which values its failure makes unusable; one vote count unusable drops them all: they stand
together); the row is still read unless what identifies the deliberation fails (its collectivité,
its date, both its identifier and its object): then the row is rejected, and reported as such.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from civicgraph import territories
from civicgraph.actes import siret_valid
from civicgraph.matieres import concept
from civicgraph.paths import data_dir
from civicgraph.scdl import custom_checks
from civicgraph.scdl.custom_checks import CustomCheckError
from civicgraph.scdl.table import COLUMNS, Cell, Record, Table

INTEGERS = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
DATES = ("DELIB_DATE", "PREF_DATE")
REQUIRED = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET")
SCIENTIFIC = re.compile(r"^(?P<int>\d)(?:[,.](?P<frac>\d+))?E\+?(?P<exp>\d+)$", re.I)


@dataclass(frozen=True)
class Problem:
    """What is wrong with a cell, a row or the file. line: 1-based line of the file (1 is the
    header); column: the schema's column, or None for the whole row; severity: "error" (the row
    does not conform to the schema: the value, or the row, is not used unless the reason says it is
    kept) or "warning" (repaired, or kept and noted)."""

    line: int
    column: str | None
    reason: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.severity}: {self.reason}"


@dataclass
class Row:
    """One record as checked: its values by column (repaired), its cells, the columns whose value
    is not to be used, the SIREN of its collectivité when known, and whether it is rejected."""

    record: Record
    values: dict[str, str]
    cells: dict[str, Cell]
    bad: set[str] = field(default_factory=set)
    siren: str | None = None
    rejected: bool = False

    @property
    def line(self) -> int:
        return self.record.line

    def get(self, column: str) -> str | None:
        """The value of a column, or None when it is empty or failed its check."""
        return None if column in self.bad else (self.values.get(column) or None)


def schema_path():
    return data_dir("ingest") / "reference" / "scdl" / "deliberations.schema.json"


@cache
def schema() -> dict:
    """The Table Schema descriptor (read here: frictionless refuses absolute paths as unsafe)."""
    return json.loads(schema_path().read_text(encoding="utf-8"))


def check(table: Table) -> tuple[list[Row], list[Problem]]:
    """The rows of `table` and every problem found, in line order."""
    problems: list[Problem] = []
    for column in COLUMNS:
        if column not in table.columns:
            severity = "error" if column in REQUIRED else "warning"
            problems.append(Problem(1, column, "column missing from the header", severity))
    records = _joined(table, problems)
    rows = [_row(table, record) for record in records]
    known = {r.values["COLL_SIRET"] for r in rows if siret_valid(r.values.get("COLL_SIRET", ""))}
    for row in rows:
        _repair(row, known, problems)
    _validate(rows, problems)
    for row in rows:
        _matiere(row, problems)
        _identity(row, problems)
    _repeated(rows, problems)
    return rows, sorted(problems, key=lambda p: (p.line, COLUMNS.index(p.column) if p.column in COLUMNS else -1))


def _joined(table: Table, problems: list[Problem]) -> list[Record]:
    """Records with their cells, one broken across lines by an unquoted line end joined again when
    its two parts make exactly the header's number of cells."""
    width, out = len(table.columns), []
    records = list(table.records)
    while records:
        record = records.pop(0)
        if len(record.cells) < width and records and len(record.cells) + len(records[0].cells) - 1 == width:
            following = records.pop(0)
            last, first = record.cells[-1], following.cells[0]
            joined = Cell(f"{last.value} {first.value}".strip(), last.start, first.end)
            record = Record(record.line, record.start, following.end, [*record.cells[:-1], joined, *following.cells[1:]])
            problems.append(Problem(record.line, None, f"record broken across lines {record.line} and {following.line} by an unquoted line end: joined",
                                    "warning"))
        elif len(record.cells) != width:
            problems.append(Problem(record.line, None, f"{len(record.cells)} cells where the header has {width}: row not read"))
            continue
        out.append(record)
    return out


def _row(table: Table, record: Record) -> Row:
    cells = {name: cell for name, cell in zip(table.columns, record.cells) if name in COLUMNS}
    return Row(record, {name: cell.value for name, cell in cells.items()}, cells)


def _repair(row: Row, known: set[str], problems: list[Problem]) -> None:
    values, line = row.values, row.line
    siret = re.sub(r"[\s.\u00a0]", "", values.get("COLL_SIRET", "")) if not SCIENTIFIC.match(values.get("COLL_SIRET", "").strip()) else values["COLL_SIRET"].strip()
    scientific = SCIENTIFIC.match(siret)
    if scientific:
        _scientific_siret(row, scientific, known, problems)
    elif siret:
        values["COLL_SIRET"] = siret
        if siret_valid(siret):  # a wrong key is reported by the schema's french-siret-value check
            row.siren = siret[:9]
    ident = values.get("DELIB_ID", "")
    if re.fullmatch(r"\d+,\d+", ident):
        problems.append(Problem(line, "DELIB_ID", f"identifier {ident!r} reads as a number a spreadsheet wrote with a decimal comma: kept as written, its separator is lost", "warning"))
    for column in INTEGERS:
        found = re.fullmatch(r"(\d+)[,.]0+", values.get(column, ""))
        if found:
            problems.append(Problem(line, column, f"integer written as a decimal ({values[column]!r}): read as {found.group(1)}", "warning"))
            values[column] = found.group(1)
    for column in DATES:
        found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", values.get(column, ""))
        if found:
            day, month, year = found.groups()
            iso = f"{year}-{int(month):02d}-{int(day):02d}"
            problems.append(Problem(line, column, f"date written {values[column]!r} (DD/MM/YYYY): read as {iso}", "warning"))
            values[column] = iso


def _scientific_siret(row: Row, found: re.Match, known: set[str], problems: list[Problem]) -> None:
    """A SIRET a spreadsheet wrote in scientific notation has lost its last digits: it is repaired
    only when exactly one SIRET of the file, or else the SIREN of the collectivité the row names,
    rounds to it; never guessed otherwise."""
    written = row.values["COLL_SIRET"]
    frac = found.group("frac") or ""
    value = Decimal(f"{found.group('int')}.{frac}") * (Decimal(10) ** int(found.group("exp")))
    half = Decimal(10) ** (int(found.group("exp")) - len(frac)) / 2
    fits = sorted(s for s in known if abs(Decimal(s) - value) <= half)
    if len(fits) == 1:
        row.values["COLL_SIRET"], row.siren = fits[0], fits[0][:9]
        problems.append(Problem(row.line, "COLL_SIRET", f"SIRET written in scientific notation ({written}): read as {fits[0]}, the one SIRET of the file it rounds to", "warning"))
        return
    named = territories.match(row.values.get("COLL_NOM", ""))
    siren = named.territory.siren if named and named.reason != "fuzzy" else ""
    if siren and abs(Decimal(siren) * 100000 + 50000 - value) <= half + 50000:
        row.siren = siren
        row.bad.add("COLL_SIRET")
        problems.append(Problem(row.line, "COLL_SIRET", f"SIRET written in scientific notation ({written}): its digits are lost; the collectivité is {named.territory.name} (SIREN {siren}), named in COLL_NOM, whose SIREN rounds to it", "warning"))
        return
    row.bad.add("COLL_SIRET")
    problems.append(Problem(row.line, "COLL_SIRET", f"SIRET written in scientific notation ({written}): its digits are lost and no collectivité of the file or named in COLL_NOM fits"))


def _validate(rows: list[Row], problems: list[Problem]) -> None:
    """The schema's Table Schema and custom checks through frictionless, on the repaired values;
    every cell in error is reported and marked bad (for a custom check, the columns it says). A
    SIRET already reported is not reported twice."""
    if not rows:
        return
    for error in validate([list(COLUMNS)] + [[row.values.get(c, "") for c in COLUMNS] for row in rows]):
        number, column = getattr(error, "row_number", None), getattr(error, "field_name", None)
        if number is None or column is None:
            raise RuntimeError(f"frictionless could not validate the table: {error.message}")
        row = rows[number - 2]
        if column == "COLL_SIRET" and "COLL_SIRET" in row.bad:
            continue
        if not row.values.get(column) and column not in row.cells:
            continue  # a column missing from the header: reported once, for the file
        if isinstance(error, CustomCheckError):
            _custom(row, column, error, problems)
            continue
        row.bad.add(column)
        problems.append(Problem(row.line, column, _reason(error, row.values.get(column, ""))))


def _custom(row: Row, column: str, error: CustomCheckError, problems: list[Problem]) -> None:
    """A custom check's failure, unless its cell already failed the Table Schema (reported then);
    one vote count unusable makes them all so: they stand together."""
    if column in row.bad and not error.unusable:
        return
    if column in row.bad and set(error.unusable) <= row.bad:
        return
    unusable = set(error.unusable) | (set(INTEGERS) if set(error.unusable) & set(INTEGERS) else set())
    row.bad.update(unusable)
    used = f": {', '.join(c for c in COLUMNS if c in unusable)} not used" if unusable else " (kept: a matter of form)"
    problems.append(Problem(row.line, column, error.note + used))


def validate(data: list[list[str]]) -> list:
    """The errors frictionless finds in a table (header first) against the SCDL schema: its Table
    Schema, then its custom checks (`CustomCheckError`)."""
    from frictionless import Checklist, Resource, Schema

    checks = Checklist(checks=custom_checks.checklist(schema().get("custom_checks", [])))
    report = Resource(data=data, schema=Schema.from_descriptor(schema())).validate(checklist=checks, limit_errors=100 * len(data) + 100)
    return list(report.tasks[0].errors)


def _reason(error, value: str) -> str:
    if not value:
        return "required value missing"
    if error.type == "type-error":
        kind = error.note.replace('type is "', "").rstrip('"').split("/")[0]
        return f"{value!r} is not a valid {kind}"
    return f"{value!r} does not conform to the schema ({error.note})"


def _matiere(row: Row, problems: list[Problem]) -> None:
    """The schema's pattern lets "7.11" through; the documentation says the ACTES codes."""
    code = row.get("DELIB_MATIERE_CODE")
    if code and concept(code) is None:
        row.bad.add("DELIB_MATIERE_CODE")
        problems.append(Problem(row.line, "DELIB_MATIERE_CODE", f"{code!r} is not a code of the ACTES nomenclature (1.1 to 9.4)"))


def _repeated(rows: list[Row], problems: list[Problem]) -> None:
    """A DELIB_ID given again for the same collectivité (published files do): with the same date and
    object (or none) it is the same deliberation, read once with what each line states; with another
    date or object it is another deliberation (civicgraph.scdl.reader keys it by its line). Either
    way said, with the line that gave it first."""
    first: dict[tuple, Row] = {}
    for row in rows:
        ident = row.get("DELIB_ID")
        if row.rejected or ident is None:
            continue
        earlier = first.setdefault((row.siren, ident), row)
        if earlier is row:
            continue
        objects = {" ".join(r.get("DELIB_OBJET").split()) for r in (earlier, row) if r.get("DELIB_OBJET")}
        if earlier.get("DELIB_DATE") == row.get("DELIB_DATE") and len(objects) <= 1:
            read = "same date and object: read as the same deliberation"
        else:
            read = "another date or object: read as another deliberation"
        problems.append(Problem(row.line, "DELIB_ID", f"DELIB_ID {ident!r} already on line {earlier.line}, {read}", "warning"))


def _identity(row: Row, problems: list[Problem]) -> None:
    why = []
    if row.siren is None:
        why.append("no collectivité (COLL_SIRET)")
    if row.get("DELIB_DATE") is None:
        why.append("no date (DELIB_DATE)")
    if row.get("DELIB_ID") is None and row.get("DELIB_OBJET") is None:
        why.append("neither identifier nor object")
    if why:
        row.rejected = True
        problems.append(Problem(row.line, None, "row not read: " + ", ".join(why)))
