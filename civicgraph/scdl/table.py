"""An SCDL Délibérations file as a table (its text decoded like any document's,
civicgraph.documents.decode): its header recognised whatever the separator and
column order, its records split with the offset of every cell in the text, so that each fact can
point to the cell it comes from (file, line, column) as text facts point to their passage.

Records are split here rather than with the `csv` module because the module gives no offsets. The
format is RFC 4180: a separator, double quotes around a cell that holds one, "" for a quote inside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

COLUMNS = ("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
           "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
           "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL")
# A header is the schema's when it names these (a deliberation needs its author, date and object)
# and at least MOST of its columns: files that leave out optional ones are still the schema's.
NEEDED = {"COLL_SIRET", "DELIB_DATE", "DELIB_OBJET"}
MOST = 5
SEPARATORS = (";", ",", "\t", "|")


@dataclass(frozen=True)
class Cell:
    value: str  # unquoted, surrounding spaces removed
    start: int  # offsets of the cell's text in the document text (inside its quotes)
    end: int


@dataclass
class Record:
    """One record: `line` is the 1-based line of the file where it starts (lines of the text)."""

    line: int
    start: int
    end: int
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Table:
    """The header's columns (upper-cased, as written otherwise), the separator, the records after it."""

    columns: list[str]
    separator: str
    records: list[Record]

    def index(self, column: str) -> int | None:
        return self.columns.index(column) if column in self.columns else None


def _header_names(line: str, separator: str) -> list[str]:
    return [name.strip().strip('"').strip().upper() for name in line.split(separator)]


def sniff(text: str) -> str | None:
    """The separator of an SCDL header (the first non-blank line), or None when it is none."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    best = max(SEPARATORS, key=lambda sep: len(set(_header_names(first, sep)) & set(COLUMNS)))
    names = set(_header_names(first, best))
    return best if NEEDED <= names and len(names & set(COLUMNS)) >= MOST else None


def detect(text: str) -> float:
    """1.0 when the text opens with an SCDL Délibérations header, else 0."""
    return 1.0 if sniff(text[:4000]) else 0.0


def read_table(text: str) -> Table | None:
    """The table of an SCDL file's text, or None when its header is not the schema's."""
    separator = sniff(text[:4000])
    if separator is None:
        return None
    records = list(split(text, separator))
    while records and not any(c.value for c in records[0].cells):
        records.pop(0)
    header = records.pop(0)
    columns = [c.value.upper() for c in header.cells]
    return Table(columns, separator, [r for r in records if any(c.value for c in r.cells)])


def split(text: str, separator: str):
    """The records of `text`, each with its cells and their offsets. A quote opens a quoted cell
    only at the cell's start; inside, "" is a quote and line ends belong to the cell."""
    position, line, length = 0, 1, len(text)
    while position < length:
        record = Record(line, position, position)
        while True:
            cell_start = position
            if position < length and text[position] == '"':
                closing = position + 1
                while True:
                    closing = text.find('"', closing)
                    if closing < 0 or text[closing + 1 : closing + 2] != '"':
                        break
                    closing += 2
                closing = length if closing < 0 else closing
                inner = text[position + 1 : closing]
                stop = _cell_end(text, closing + 1, separator)
                record.cells.append(_cell(inner.replace('""', '"'), position + 1, closing, text))
                line += inner.count("\n")
            else:
                stop = _cell_end(text, position, separator)
                record.cells.append(_cell(text[cell_start:stop], cell_start, stop, text))
            position = stop
            if position < length and text[position] == separator:
                position += 1
                continue
            record.end = position
            if position < length:  # a line end
                position += 1
                line += 1
            break
        yield record


def _cell_end(text: str, start: int, separator: str) -> int:
    found = re.compile(f"[{re.escape(separator)}\n]").search(text, start)
    return found.start() if found else len(text)


def _cell(value: str, start: int, end: int, text: str) -> Cell:
    """A cell with its value stripped and its offsets narrowed to the stripped text."""
    stripped = value.strip()
    if not stripped:
        return Cell("", start, start)
    lead = len(value) - len(value.lstrip())
    if value == text[start:end]:
        return Cell(stripped, start + lead, start + lead + len(stripped))
    return Cell(stripped, start, end)  # a cell with "" inside: its offsets span the quoted text
