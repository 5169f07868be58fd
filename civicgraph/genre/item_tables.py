"""Items printed as a table's rows, the way régions' and départements' commissions permanentes list their reports
(`pdftotext -layout`):

    N°            Objet                                     Rapporteur       Vote
    2027-CP-110   Aide aux centres de formation –           M. ROCHE         Unanimité
                  3 480 000 €                                                (20)

Each row's title is its "Objet" column, wrapped down its lines; the columns after it (the rapporteur, the vote) are
cells of their own. `table_view` gives the text with those columns blanked on the rows' lines (offsets kept), `rows` the
rows' numbers in it, `row_title` a row's title down its lines, `rapporteur_cell` the rapporteur's column on a row's
line, `notes` the paragraphs after the table that say more of a row's act ("Détail des votes⏎⏎2027-CP-111 – La
Commission renouvelle l'adhésion … ; M. X ne prend pas part au vote."). The header's words are `items.yaml` table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.text import aligned
from civicgraph.text.name_data import with_civilities

@dataclass(frozen=True)
class ItemTable:
    header: tuple[int, int]  # the header line's span
    number_column: int  # where the number's column starts on its lines (characters from the line's start)
    title_column: int  # where the "Objet" column starts
    after_title: int  # where the column after it starts
    rapporteur_column: int | None  # where the rapporteur's column starts, if one of its own
    outcome_column: int | None  # where the vote's column starts ("Vote", "Résultat", "Décision"), if one of its own
    count_columns: tuple[tuple[str, int, int], ...] = ()  # (tally, start, end) of each count's cell in the header ("Pour", "Contre")


def item_table(text: Text, start: int, end: int) -> ItemTable | None:
    """The header of a table of items in `[start, end)`, or None: a line whose cells, two spaces or more apart, open with
    a number's title ("N°", "Numéro", "Rapport") and hold "Objet" and a rapporteur's or an outcome's column."""
    spec = cues("items")["table"]
    header = text.find(pattern(spec["header"]["cue"]), start, end)
    if header is None:
        return None
    line_start = text.raw.rfind("\n", 0, header.start()) + 1
    line_end = text.raw.find("\n", header.start())
    line_end = end if line_end < 0 else line_end
    cells = _count_words_apart([(m.group(), m.start() - line_start) for m in aligned.FIELD.finditer(text.raw, line_start, line_end)], spec["counts"])
    titled = [i for i, (cell, _) in enumerate(cells) if re.match(spec["title"], cell, re.I)]
    if not titled or titled[0] + 1 >= len(cells):
        return None
    rapporteur = next((at for cell, at in cells[titled[0] + 1:] if re.match(spec["rapporteur"], cell, re.I)), None)
    outcome = next((at for cell, at in cells[titled[0] + 1:] if re.match(spec["outcome"], cell, re.I)), None)
    counts = tuple((tally, at, at + len(cell)) for cell, at in cells[titled[0] + 1:]
                   for tally, cue in spec["counts"].items() if re.match(cue, cell, re.I))
    return ItemTable((line_start, line_end), cells[0][1], cells[titled[0]][1], cells[titled[0] + 1][1], rapporteur, outcome, counts)


def _count_words_apart(cells: list[tuple[str, int]], counts: dict[str, str]) -> list[tuple[str, int]]:
    """The header's cells (words one space apart make one), a cell of count words cut into one per word ("Pour Contre
    Abst." printed one space apart are three columns)."""
    out = []
    for cell, at in cells:
        words = list(re.finditer(r"\S+", cell))
        every_count = len(words) > 1 and all(any(re.match(cue, w.group(), re.I) for cue in counts.values()) for w in words)
        out += [(w.group(), at + w.start()) for w in words] if every_count else [(cell, at)]
    return out


def rows(view: Text, table: ItemTable, end: int) -> list[re.Match]:
    """The rows' numbers in the table's view: a cell with a figure opening its line at the number's column, the title's
    column after it ("26CP.0398     Aide …", "2027-CP-07-110    Fonds …"); its group "num" is the number."""
    row = re.compile(r"(?m)^[ \t]{%d}(?P<num>[^\s]*\d[^\s]*)[ \t]+(?=\S)" % table.number_column)
    return [m for m in row.finditer(view.raw, table.header[1], end)
            if m.end() - (view.raw.rfind("\n", 0, m.start()) + 1) == table.title_column or _pushed(m, table)]


def _pushed(row: re.Match, table: ItemTable) -> bool:
    """A number as wide as its column or wider, one space before its title, which starts a character or two past the
    column's start ("CP-26-12-01 Procès-verbal …" under "Rapport    Objet")."""
    line_start = row.string.rfind("\n", 0, row.start()) + 1
    return row.end() - row.start("num") == len(row["num"]) + 1 and 0 < row.end() - line_start - table.title_column <= 2


def table_view(text: Text, table: ItemTable, end: int) -> Text:
    """`text` with the columns after the title's blanked on the rows' lines below the header (a line with a gap of two
    spaces at least where those columns start; a line of prose runs on across it and is left whole)."""
    return _blanked(text, table.header[1] + 1, end, table.after_title, after=True)


def outcome_view(text: Text, table: ItemTable, end: int) -> Text | None:
    """`text` with the columns before the vote's blanked on the rows' lines, so that a cell written down its column
    reads as one ("Unanimité⏎(19)", "18 pour⏎NPPV : 1"); None when the table has no such column."""
    return None if table.outcome_column is None else _blanked(text, table.header[1] + 1, end, table.outcome_column, after=False)


def _blanked(text: Text, start: int, end: int, column: int, after: bool) -> Text:
    """`text` with what stands after (or before) the gap at `column` blanked on each line of `[start, end)` that has
    one there (the cell before may reach the column's start, its gap a character or two later)."""
    raw = list(text.raw)
    at = start
    while at < end:
        line_end = text.raw.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        place = at + column
        gap = next((g for g in GAP.finditer(text.raw, max(at, place - GAP_BEFORE), min(line_end, place + GAP_AFTER)) if g.end() > place - 1), None)
        if gap:
            a, b = (gap.start(), line_end) if after else (at, gap.end())
            raw[a:b] = " " * (b - a)
        at = line_end + 1
    return Text("".join(raw))


GAP = re.compile(r" {2,}")
GAP_BEFORE, GAP_AFTER = 12, 4  # characters: a column's gap opens before its column (the cell before it shorter) or just after (a cell reaching it)


def row_counts(text: Text, table: ItemTable, heading: Span) -> dict[str, tuple[int, Span]]:
    """{tally: (figure, span)} of a row whose table gives each count a column ("Pour  Contre  Abst."): on the row's first
    line, each figure under the header's cell it overlaps or stands nearest to (a figure is right-aligned under its word or
    centred; a dash alone is a count of none). Empty when the table has no such columns."""
    if not table.count_columns or heading.start < table.header[1]:
        return {}
    line_start = text.raw.rfind("\n", 0, heading.start) + 1
    line_end = text.raw.find("\n", heading.start)
    line_end = len(text.raw) if line_end < 0 else line_end
    first = min(a for _, a, _ in table.count_columns)
    found = {}
    for figure in FIGURE.finditer(text.raw, line_start + max(0, first - 2), line_end):
        middle = (figure.start() + figure.end()) / 2 - line_start
        tally = min(table.count_columns, key=lambda column: abs((column[1] + column[2]) / 2 - middle))[0]
        found.setdefault(tally, (int(figure.group()) if figure.group()[0].isdigit() else 0, Span(figure.start(), figure.end())))
    return found


FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?![\w.,])|(?<!\S)[-–—](?!\S)")  # (a dash alone in a count's cell: none, "27   -   -")


RAPPORTEUR_CELL = re.compile(with_civilities(r"(?:{civility})\s+\S[^\n]*?(?=\s{2,}|$)"))


def rapporteur_cell(text: Text, table: ItemTable, heading: Span) -> tuple[str, Span] | None:
    """The rapporteur's cell ("M. ROCHE", "Mme Rose LYS") on the line of an item's heading, when the table gives them
    a column of their own; else None."""
    if table.rapporteur_column is None or heading.start < table.header[1]:
        return None
    line_start = text.raw.rfind("\n", 0, heading.start) + 1
    line_end = text.raw.find("\n", heading.start)
    line_end = len(text.raw) if line_end < 0 else line_end
    found = RAPPORTEUR_CELL.match(text.raw, line_start + table.rapporteur_column, line_end)
    return (found.group(), Span(found.start(), found.end())) if found else None


WORD = re.compile(r"\S+")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
ROW_END = re.compile(r"\n[ \t]*(?:\n|[-=_─━═]{3,})")  # a blank line or a rule under the row


@dataclass(frozen=True)
class RowTitle:
    """A row's title as its column writes it down its lines, its words joined by one space, and the document's
    offset of each of its characters (a joining space: the blank after the word before it)."""
    text: str
    at: tuple[int, ...]

    def span(self, span: Span) -> Span:
        """The document's span of `span`, a span of the joined title."""
        return Span(self.at[span.start], self.at[span.end - 1] + 1) if span.end > span.start else Span(self.at[span.start], self.at[span.start])


def row_title(view: Text, row: re.Match, stop: int, field: re.Pattern) -> RowTitle:
    """The title a row's "Objet" column writes down its lines, up to a blank line, a rule, a line opening a field
    (`field`: "Rapporteur : M. X" under the title) or the next row (`stop`), its wrapped lines joined
    ("Renouvellement de l'adhésion de la⏎Région à …")."""
    ends = [m.start() for m in (ROW_END.search(view.raw, row.end(), stop), field.search(view.raw, row.end(), stop)) if m]
    words = list(WORD.finditer(view.raw, row.end(), min(ends, default=stop)))
    at: list[int] = []
    for word in words:
        at += ([word.start() - 1] if at else []) + list(range(word.start(), word.end()))
    return RowTitle(" ".join(word.group() for word in words), tuple(at))


NOTE_WORD = r"(?i:point|rapport|d[ée]lib[ée]ration|dossier)(?:[ \t]+n[°o])?"  # a note's word before its row's number ("Point 2 : …")


def notes(text: Text, listed: list[re.Match], end: int) -> dict[str, list[tuple[int, int]]]:
    """{row's number: its notes' spans}: the paragraphs after the first row that open with a row's number ("Point 2",
    "Rapport CP-26-12-02" too), a dash or a colon after it, each up to the next such paragraph or a blank line."""
    numbers = "|".join(re.escape(m["num"]) for m in listed)
    opening = re.compile(rf"(?m)^[ \t]*(?:{NOTE_WORD}[ \t]+)?(?P<num>{numbers})[ \t]*[-–—:][ \t]")
    found = list(opening.finditer(text.raw, listed[0].end(), end))  # (a table cut in two by a movement has notes between)
    spans: dict[str, list[tuple[int, int]]] = {}
    for index, note in enumerate(found):
        stop = found[index + 1].start() if index + 1 < len(found) else end
        blank = BLANK_LINE.search(text.raw, note.end(), stop)
        spans.setdefault(note["num"], []).append((note.start(), blank.start() if blank else stop))
    return spans
