"""Cells of a table whose grid was lost (PDF text extraction prints each column's cells as one run:
all the numbers, then all the dates, then all the objects), and the rows rebuilt from them by
position: the n-th cell of every column is row n, and only when every column has the same number
of cells (GENRE.md §3-4: "never pair flattened columns by adjacency; pair by position").

The functions take the raw text and its folded twin (same length, `spans.fold`), so patterns match
the folded text and cells keep the raw text with its offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    text: str  # as printed, its whitespace collapsed
    start: int
    end: int


def _cell(raw: str, start: int, end: int) -> Cell:
    return Cell(" ".join(raw[start:end].split()), start, end)


SPACE = re.compile(r"\s*")


def typed_run(raw: str, folded: str, at: int, end: int, kinds: list[re.Pattern]) -> list[Cell]:
    """The cells from `at` on, separated by whitespace only, each matching one of `kinds` whole
    (the longest match; a cell ends at a space or at `end`)."""
    cells, position = [], SPACE.match(folded, at, end).end()
    while position < end:
        best = max((m.end() for m in (k.match(folded, position, end) for k in kinds)
                    if m and m.end() > position and (m.end() == end or folded[m.end()].isspace())), default=None)
        if best is None:
            break
        cells.append(_cell(raw, position, best))
        position = SPACE.match(folded, best, end).end()
    return cells


def split_run(cells: list[Cell], folded: str, kinds: list[re.Pattern]) -> list[list[Cell]] | None:
    """A run holding the cells of len(kinds) adjacent columns, column after column: each column's
    cells, or None when the run does not divide evenly or a cell does not fit its column."""
    if not cells or len(cells) % len(kinds):
        return None
    n = len(cells) // len(kinds)
    columns = [cells[i * n:(i + 1) * n] for i in range(len(kinds))]
    for kind, column in zip(kinds, columns):
        if not all(kind.fullmatch(folded, c.start, c.end) for c in column):
            return None
    return columns


def by_position(columns: dict[str, list[Cell]]) -> list[dict[str, Cell]] | None:
    """Rows from columns of cells, the n-th cell of each column in row n; None when the columns
    do not all have the same number of cells (a pairing would be a guess)."""
    sizes = {len(cells) for cells in columns.values()}
    if len(sizes) != 1 or 0 in sizes:
        return None
    return [dict(zip(columns, row)) for row in zip(*columns.values())]


WORD = re.compile(r"\S+")


def _capitalised(word: str) -> bool:
    """"Contrat", "Création": an upper-case letter, then lower-case ones (an acronym such as "CNAS" is not)."""
    return len(word) > 1 and word[0].isupper() and word[1].islower()


def text_cells(raw: str, folded: str, start: int, end: int, linking: frozenset[str], openers: frozenset[str],
               openers_only: bool = False) -> list[Cell]:
    """A run of text cells cut where a cell opens: at a capitalised word that no linking word
    precedes and that does not continue a capitalised name — or, whatever precedes it, at one of
    `openers` (folded words that open a cell). With `openers_only`, only at `openers`; what comes
    before the first of them is no cell of this column and is left out."""
    starts, previous = [], None
    for match in WORD.finditer(raw, start, end):
        word, key = match.group(), folded[match.start():match.end()].strip(".,;:()")
        if _capitalised(word) and (previous is None or previous[1] not in linking):
            opener = key in openers
            if opener or (not openers_only and (previous is None or not _capitalised(previous[0]))):
                starts.append(match.start())
        previous = (word, folded[match.start():match.end()].split("'")[-1].split("’")[-1].strip(".,;:()"))
    if not openers_only and (not starts or raw[start:starts[0]].strip()):
        starts.insert(0, SPACE.match(raw, start, end).end())
    bounds = starts + [end]
    return [_cell(raw, a, len(raw[:b].rstrip()) if b > a else b) for a, b in zip(bounds, bounds[1:])]
