"""Tables printed with spaces: a header line of column titles, then one line a row, each cell
starting under its column's title (what typed registers and PDF text extraction in layout mode
give). Cells are runs of words separated by single spaces; two spaces or a tab separate cells.
A blank line ends the table.

Offsets are the document's: every cell keeps where it starts and ends, so facts keep their passage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicgraph.text.lists import DANGLING

FIELD = re.compile(r"[^ \t\n](?:[^ \t\n]| (?! ))*")  # words joined by single spaces
# A word processor's export parts a row's cells with as many tabs as each cell's width left to the
# next tab stop: a run of tabs between two cells is one separator ("Mandant⇥⇥⇥⇥Mandataire").
TAB_RUN = re.compile(r"(?<=[^\s,;])\t+(?=\S)")


@dataclass(frozen=True)
class Field:
    text: str
    start: int  # offset in the document
    column: int  # position in its line


def fields(raw: str, start: int, end: int) -> list[Field]:
    """The cells of the line `raw[start:end]` (no newline inside)."""
    return [Field(m.group(), m.start(), m.start() - start) for m in FIELD.finditer(raw, start, end)]


def lines(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each line of `raw[start:end]`, its newline excluded."""
    out, at = [], start
    while at < end:
        stop = raw.find("\n", at, end)
        stop = end if stop < 0 else stop
        out.append((at, stop))
        at = stop + 1
    return out


def place(header: list[Field], row: list[Field]) -> list[tuple[str, int]]:
    """A row's cells under the header's columns: a cell belongs to the last column whose title
    starts at most one character after it (a mark may sit a character left of a one-letter
    title); cells under one title are joined. Returns (text, offset) per column, ("", -1) when
    the row leaves a column empty."""
    placed: list[list[Field]] = [[] for _ in header]
    for cell in (part for cell in row for part in _mark_apart(header, cell)):
        index = max((i for i, title in enumerate(header) if title.column <= cell.column + 1), default=0)
        placed[index].append(cell)
    out = []
    for cells in placed:
        if not cells:
            out.append(("", -1))
        else:
            out.append((" ".join(c.text for c in cells), cells[0].start))
    return out


TRAILING_MARK = re.compile(r" (?P<mark>[Xx✓✔])$")


def _mark_apart(header: list[Field], cell: Field) -> list[Field]:
    """`cell`, or its text and the tick mark that ends it when one space only parts the mark from a
    name too long for its column ("Mme Anne BRUN-LYS (CNL) X", the X under "Présent")."""
    mark = TRAILING_MARK.search(cell.text)
    if mark is None or not any(title.column <= cell.column + mark.start("mark") + 1 for title in header if title.column > cell.column + 1):
        return _code_apart(header, cell)
    at = mark.start("mark")
    return [Field(cell.text[:at - 1], cell.start, cell.column), Field(mark["mark"], cell.start + at, cell.column + at)]


def _code_apart(header: list[Field], cell: Field) -> list[Field]:
    """`cell`, or a short code and the next column's cell one space only parts from it, the second starting right under its
    title ("VD (1) ROCHE Paul": the code and its note's call under "Code", the holder under "Délégataire")."""
    for title in header:
        at = title.column - cell.column
        if 0 < at <= CODE_WIDTH and at < len(cell.text) and cell.text[at - 1] == " " and cell.text[at] != " ":
            return [Field(cell.text[:at - 1], cell.start, cell.column), Field(cell.text[at:], cell.start + at, title.column)]
    return [cell]


CODE_WIDTH = 8  # a code column's width at most ("VD (1) ", "Exc. *"): wider, a name may cross a title by chance


def with_unnamed_first(header: list[Field], rows: list[list[Field]]) -> list[Field]:
    """`header` with an untitled first column when most rows start a cell left of its first title
    (a presence table whose names column has no title: "            Présent  Excusé" over
    "  M. Paul ROCHE       X"): its cells would otherwise join the first titled column."""
    first = header[0].column - 1
    if first <= 0 or 2 * sum(1 for row in rows if row and row[0].column < first) <= len(rows):
        return header
    return [Field("", header[0].start - header[0].column, 0), *header]


def unwrapped(rows: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """Placed rows (see `place`) with each line a cell wrapped onto joined to its row: "DUVAL-" /
    "HENRY" in a holder's column, the rest of the line empty. The text is joined, the offset kept."""
    out: list[list[tuple[str, int]]] = []
    for row in rows:
        if out and _continues(out[-1], row):
            out[-1] = [_joined(above, below) for above, below in zip(out[-1], row)]
        else:
            out.append(row)
    return out


FOOTNOTE = re.compile(r"\((?:\d{1,2}|\*{1,3}|[a-h])\)\s+\S")  # a footnote's marker, then its text


def _continues(above: list[tuple[str, int]], line: list[tuple[str, int]]) -> bool:
    """A line is a wrapped cells' rest when it fills only columns the row above fills, and each of
    its cells goes on from a hyphen or a word that wants a name after it ("pouvoir à", "Mme"),
    starts in lower case or with a bracket ("(18 h 40)"), or is one word under an empty first
    column (a new row names a whole member)."""
    filled = [i for i, (cell, _) in enumerate(line) if cell]
    if not filled or any(not above[i][0] for i in filled) or FOOTNOTE.match(line[filled[0]][0]):
        return False  # ("(1) jusqu'à son arrivée" under a table: a footnote, no cell's rest)
    return all(above[i][0].endswith("-") or DANGLING.search(" " + above[i][0]) or line[i][0][:1].islower() or line[i][0][:1] == "("
               or (not line[0][0] and " " not in line[i][0]) for i in filled)


def _joined(above: tuple[str, int], below: tuple[str, int]) -> tuple[str, int]:
    if not below[0]:
        return above
    return (above[0] + ("" if above[0].endswith("-") else " ") + below[0], above[1])


RULE_LINE = re.compile(r"[ \t]*[-=_+]{3,}[-=_+ \t]*")


def grids(raw: str, start: int, end: int, min_columns: int = 3, blank_ends: bool = True) -> list[tuple[list[Field], list[list[Field]]]]:
    """Every block of non-blank lines whose first line has at least `min_columns` cells: (its
    header's cells, each following line's cells). The caller decides whether a header is one. One
    blank line between a header and its first row is kept, as word processors print a table; with
    `blank_ends` false, every one (one column of a block in two, `one_column`: its blank lines are
    the other column's); nor do those of a page break."""
    out, header, rows, parted = [], None, [], False
    for line_start, line_end in lines(raw, start, end):
        if RULE_LINE.fullmatch(raw, line_start, line_end):
            continue  # "--------" drawn under the header or between rows: no row
        if header is None and min_columns > 1 and not _may_part(raw, line_start, line_end):
            continue  # one cell at most (prose): heads no grid, and a blank line ends none
        cells = [cell for cell in fields(raw, line_start, line_end) if cell.text.strip()]  # (a form feed alone is no cell)
        if not cells:
            if header and (not blank_ends or rows and _page_turns(raw, line_start, end)):
                continue  # (a page break's blank lines, its header and footer blanked: the table goes on)
            if header and not rows and not parted:
                parted = True
                continue
            if header and rows:
                out.append((header, rows))
            header, rows, parted = None, [], False
        elif header is None:
            header = cells if len(cells) >= min_columns else None
        else:
            rows.append(cells)
    if header and rows:
        out.append((header, rows))
    return out


NEXT_TEXT = re.compile(r"\s*")


def _page_turns(raw: str, at: int, end: int) -> bool:
    """Whether the blank lines around `at`, from the text before to the text after, hold a page break (a form feed)."""
    before = at
    while before > 0 and raw[before - 1].isspace():
        before -= 1  # (back over the blank run only: never the whole text before)
    return "\f" in raw[before:min(end, NEXT_TEXT.match(raw, at).end())]


def _may_part(raw: str, start: int, end: int) -> bool:
    """Whether the line may hold two cells: only a tab or two spaces part them."""
    return raw.find("  ", start, end) >= 0 or raw.find("\t", start, end) >= 0


# --- two columns side by side ----------------------------------------------------------------

GUTTER = 3  # spaces at least between two columns printed side by side


def same_column(a: int, b: int) -> bool:
    """Whether two cells' columns are one column: a hand-aligned right column drifts by a character
    or two down the page ("ABSENTS EXCUSÉS :" at 51, "SECRÉTAIRE :" at 52), while two distinct
    columns are parted by a gutter at least."""
    return abs(a - b) < GUTTER


def column_block(raw: str, position: int) -> tuple[int, int, int] | None:
    """When `position` starts a right-hand column ("PRÉSENTS :   ABSENTS :", each list below its
    heading, one blank line under the headings allowed): the block of non-blank lines that all leave
    a gutter there, as (start, end, column),
    `column` counted from each line's start. None when `position` is not after a gutter."""
    line_start = raw.rfind("\n", 0, position) + 1
    column = position - line_start
    if column < 2 * GUTTER or not BEFORE_CELL.search(raw, line_start, position):
        return None
    start = end = line_start
    while start > 0:
        above = raw.rfind("\n", 0, start - 1) + 1
        if not _splits(raw[above:start - 1], column):
            break
        start = above
    heading_end = raw.find("\n", line_start)
    while end < len(raw):
        stop = raw.find("\n", end)
        stop = len(raw) if stop < 0 else stop
        parting = end == heading_end + 1 and not raw[end:stop].strip()  # one blank line under the headings
        if not (_splits(raw[end:stop], column) or parting or _columns_go_on(raw, end, stop, column)):
            break
        end = stop + 1
    return start, min(end, len(raw)), column


def _columns_go_on(raw: str, at: int, stop: int, column: int) -> bool:
    """Whether the blank line `[at, stop)` parts two groups of one block: one of the two lines after it
    still starts a cell at `column` after a gutter ("⏎CC DU HAUT-MONT⏎M. Jean CARON     Etaient excusés :")."""
    if raw[at:stop].strip():
        return False
    below = lines(raw, stop + 1, min(len(raw), stop + 1 + 400))[:2]
    return all(_splits(raw[a:b], column) for a, b in below) and any(
        b - a > column and not raw[a + column].isspace() and BEFORE_CELL.search(raw, a, a + column) for a, b in below)


def cell_start(raw: str, position: int) -> int:
    """Where the cell holding `position` starts on its line: after the last gutter before it (or the line's start)."""
    line_start = raw.rfind("\n", 0, position) + 1
    gaps = list(GAP.finditer(raw, line_start, position + 1))
    return gaps[-1].end() if gaps else line_start


def _splits(line: str, column: int) -> bool:
    """A line of the block: not blank, and blank just before `column`, or ending before it (a left
    cell may run up to the right column's edge: "pouvoir à" / "Mme RENAUDIN" under a status), or a left list's
    item end one space before it ("M. LEROUX, Mme X à …": the columns touch); the right cell may start a character
    or two to the left (a hand-aligned column drifts: `same_column`)."""
    return bool(line.strip()) and (any(not line[max(0, c - 2):c].strip() for c in range(column - GUTTER + 1, column + 1))
                                   or len(line.rstrip()) < column or TOUCHING.match(line, max(0, column - 2)) is not None)


TOUCHING = re.compile(r"[,;] (?=\S)")


GAP = re.compile(rf" (?<=\S ) {{{GUTTER - 1},}}(?=\S)")  # (`(?<=\S) {3,}(?=\S)`, a space first: `re` skips to the spaces)


def column_blocks(raw: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Every block of `[start, end)` printed in two columns side by side whatever its first line (a
    PDF's layout text: "MEMBRES ÉLUS      MEMBRES NOMMÉS", each column a table of its own), as
    `column_block` gives them: a column is real when at least three of the block's lines start a
    cell there, after a gutter, with text on its left."""
    found: list[tuple[int, int, int]] = []
    for gap in GAP.finditer(raw, start, end):  # (one search: a gap holds no newline, so it is one line's)
        line_start = raw.rfind("\n", start, gap.start()) + 1 or start
        column = gap.end() - line_start
        if column < 2 * GUTTER or any(a <= line_start < b and same_column(c, column) for a, b, c in found):
            continue
        block = column_block(raw, gap.end())
        if block and _cells_at(raw, block) >= 3:
            found.append(block)
    return found


def _cells_at(raw: str, block: tuple[int, int, int]) -> int:
    """How many lines of the block start a cell at its column after a gutter, text on their left; at its
    column give or take what `same_column` allows (a commune's label over its members indented by two)."""
    start, end, column = block
    return sum(1 for a, b in lines(raw, start, end) if any(
        b - a > at and not raw[a + at].isspace() and raw[a + at - 1] == " " and BEFORE_CELL.search(raw, a, a + at)
        for at in range(column - GUTTER + 1, column + GUTTER)))


BEFORE_CELL = re.compile(rf"\S {{{GUTTER},}}$")  # (searched up to a column: text, then a gutter)


def one_column(raw: str, block: tuple[int, int, int], right: bool, upto: int | None = None, after: int = 0, keep_first: bool = False) -> str:
    """`raw` with the other column of the block blanked (offsets kept): the left column keeps the
    characters before `column` on each line (from `after`, a column further left), the right one those
    from it on (up to `upto`, a column further right: three columns side by side); `keep_first`: the
    block's first line kept whole (a heading over both columns)."""
    start, end, column = block
    lo, hi = (column, upto) if right else (after, column)
    out, at = [raw[:start]], start
    while at < end:
        stop = raw.find("\n", at, end)
        stop = end if stop < 0 else stop
        line = raw[at:stop]
        if keep_first and at == start:
            out.append(raw[at:stop + 1])
            at = stop + 1
            continue
        lo_, hi_ = (_cut(line, lo), hi) if right else (lo, _cut(line, hi))
        kept = line[lo_:hi_] if hi_ is not None else line[lo_:]
        out.append(" " * min(lo_, len(line)) + kept + " " * max(0, len(line) - lo_ - len(kept)) + raw[stop:stop + 1])
        at = stop + 1
    out.append(raw[at:])
    return "".join(out)


def _cut(line: str, column: int) -> int:
    """Where `line` parts at the block's `column`: there, or where the right cell starts up to two characters
    before it (a hand-aligned column drifts: "ABSENTS :" at 47 over cells at 49)."""
    for at in range(column, max(0, column - GUTTER), -1):
        if at <= len(line) and line[at - 1] == " " and line[at:at + 1].strip():
            return at
    return column


def column_views(raw: str, blocks: list[tuple[int, int, int]]) -> list[tuple[str, int, int, bool]]:
    """Each column of `blocks` alone, as (`raw` with the rest of the block's lines blanked, start,
    end, whether it is a right column): a block's left and right columns, each bounded by the column
    of another block on the same lines (three lists side by side: "Présents :   Ont donné pouvoir :   Excusés :")."""
    views, seen = [], set()
    for start, end, column in blocks:
        others = [c for a, b, c in blocks if a < end and start < b and not same_column(c, column)]
        after = max((c for c in others if c < column), default=0)
        upto = min((c for c in others if c > column), default=None)
        for right in (False, True):
            key = (start, end, column, upto) if right else (start, end, after, column)
            if key not in seen:
                seen.add(key)
                views.append((one_column(raw, (start, end, column), right, upto, after), start, end, right))
    return views


def field_below(raw: str, start: int, end: int) -> Field | None:
    """The cell printed under the label `raw[start:end]` when nothing follows the label on its line
    (a header in columns: "Date de la convocation :" over "    25 février 1972"): the next line's
    first field whose columns overlap the label's; None otherwise."""
    line_start, line_end = raw.rfind("\n", 0, start) + 1, raw.find("\n", end)
    if line_end < 0 or raw[end:line_end].strip():
        return None
    below_end = raw.find("\n", line_end + 1)
    below = fields(raw, line_end + 1, len(raw) if below_end < 0 else below_end)
    left, right = start - line_start, end - line_start
    return next((f for f in below if f.column < right and f.column + len(f.text) > left), None)


CELL_GUTTER = re.compile(r"[ \t]{3,}|\t")


def read_down(written: str) -> tuple[str, list[int]] | None:
    """`written` printed in two columns, each line a left cell, a gutter and a right cell ("Mme X (Val-⏎  Brun)      a
    donné pouvoir à⏎             M. Y" read across): the left column's lines, then the right's, joined by spaces, with
    each character's offset in `written`; None when a line has no gutter or more than one."""
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []
    at = 0
    for line in written.split("\n"):
        body = line.lstrip()
        first = at + len(line) - len(body)
        gaps = list(CELL_GUTTER.finditer(body.rstrip()))
        if len(gaps) != 1:
            return None
        left.append((body[:gaps[0].start()], first))
        right.append((body[gaps[0].end():].rstrip(), first + gaps[0].end()))
        at += len(line) + 1
    text, offsets = "", []
    for piece, start in left + right:
        if text:
            text, offsets = text + " ", offsets + [start - 1]
        text, offsets = text + piece, offsets + list(range(start, start + len(piece)))
    return text, offsets
