"""A roll call printed as a table, one row a member, its columns named by a header row
("Commune | Titre | NOM Prénom | Présence | A donné pouvoir à | Vote"), with footnotes that scope a
presence or a proxy ("(1) Présent jusqu'à la délibération n° 2019-06-068 incluse ; a ensuite donné
pouvoir à Mme Burgaud."). The table may be drawn with bars or aligned with spaces; its presence may
be a column of codes or columns of ticks whose letters a legend explains ("P = présent, E = excusé");
a suppléant's column says who sat for an absent titulaire. Column and cell words are data
(`roll_call.yaml`, `table`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from civicgraph.facts import Span
from civicgraph.genre import offices
from civicgraph.genre.cues import PROFILE, Text, cues, fold_piece, pattern
from civicgraph.genre.roll_call import Entry, Named, Proxy, refuses, scope_cell
from civicgraph.text import aligned
from civicgraph.text.name_data import civility_of
from civicgraph.text.names import is_given_name

@dataclass
class Table:
    entries: list[Entry] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    votes: list[tuple[Named, str]] = field(default_factory=list)  # (member, vote property)
    spans: list[tuple[int, int]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # rows that say two things at once


ROW = re.compile(r"(?m)^[^\n|]*(?:\|[^\n|]*){2,}$")  # (three cells without outer bars: "Élu | Fonction | Présence")
Cells = list[tuple[str, int]]  # a row's cells, (text, offset) by column; ("", -1) for an empty one
CALL_AFTER = re.compile(r"\s*\([\dlI]\)\s*$")  # a footnote's call after a name or a holder ("Mme X (1)")
FOOTNOTE_CALL = re.compile(r"\(([\dlI])\)")  # "Présent (1)": a footnote tells what changed during the séance (OCR's "(l)")


def _call(written: str) -> str:
    """A footnote's number as called or numbered, OCR's letters for "1" made a figure."""
    return written.translate(OCR_ONE)


def _note_called(notes: dict[str, tuple[str, int]], *cells: str) -> tuple[str, int] | None:
    """The footnote (its text, where it starts) the first of `cells` to call one calls ("Présent (1)"), or None."""
    marker = next(filter(None, (FOOTNOTE_CALL.search(cell) for cell in cells)), None)
    return notes.get(_call(marker.group(1))) if marker else None


OCR_ONE = str.maketrans("liI", "111")
MARK = re.compile(r"(?i)[x✓✔×•☒☑]|oui|1")
NO_HOLDER = re.compile(r"[—–-]+|(?i:n[ée]ant|aucune?)")  # a holder's cell that says none was given ("—", "néant")
BLANK = re.compile(r"[\s_.…☐□—–-]*")  # a form's empty field: "", "______", "☐", "—"


def read_table(text: Text, start: int, end: int) -> Table | None:
    """The roll-call tables of the séance block `[start, end)`, read as one: those whose header
    names a member column and a presence, a proxy holder or a vote."""
    legend = _legend(text, start, end)
    table = _read_view(text, start, end, legend, None)
    for block in aligned.column_blocks(text.raw, start, end):  # each column alone, where no table was read across both
        if not (table and any(a < block[1] and block[0] < b for a, b in table.spans)):
            for right in (False, True):
                table = _read_view(Text(aligned.one_column(text.raw, block, right)), block[0], block[1], legend, table, column=True)
    return table


def _read_view(text: Text, start: int, end: int, legend: dict[str, str], table: Table | None, column: bool = False) -> Table | None:
    """`table` with the roll-call tables of `text[start:end]` added (None when there are none);
    `column`: the text is one column of a block in two (its blank lines end no table)."""
    after = start
    for header, rows, span in _grids(text, start, end, legend, blank_ends=not column):
        if span[0] < after:
            continue
        columns = _columns(header, rows, legend)
        if "name" in columns and ({"presence", "signature", "vote", "holder", "giver"} & set(columns) or any(c.startswith("status:") for c in columns)):
            table = _read(text, rows, columns, legend, span, end, table or Table())
            after = span[1]
    return table


def _grids(text: Text, start: int, end: int, legend: dict[str, str], blank_ends: bool = True):
    """(header cells, rows of cells, span) of each table: drawn with bars, pasted from a spreadsheet
    (semicolons or tabs between cells, one row a line), aligned with spaces (with a header row or
    without), one cell a line."""
    rows = list(ROW.finditer(text.raw, start, end)) if text.raw.count("|", start, end) >= 3 else []  # (`re` tries ROW on every line)
    for run in _runs(text.raw, rows):
        for index, row in enumerate(run):
            yield _cells(text, row), [_cells(text, r) for r in run[index + 1:]], (row.start(), run[-1].end())
    yield from _tabbed(text, start, end)  # (before a tab a cell: a run of tabs parts two cells there)
    for separator in ";\t":
        yield from _separated(text, start, end, separator)
    for header, lines in aligned.grids(text.raw, start, end, min_columns=2, blank_ends=blank_ends):
        header, lines = _title_wrapped(*_below_counts(header, lines))
        if _member_and_status(header, lines, legend):
            header, lines = _titled(header), [header, *lines]
        header = aligned.with_unnamed_first(header, lines)
        placed = aligned.unwrapped([aligned.place(header, line) for line in lines])
        yield [(f.text, f.start) for f in header], placed, (header[0].start, lines[-1][-1].start + len(lines[-1][-1].text))
    yield from _cell_per_line(text, start, end)
    yield from _column_per_run(text, start, end)


def _below_counts(header: list[aligned.Field], lines: list[list[aligned.Field]]) -> tuple[list[aligned.Field], list[list[aligned.Field]]]:
    """A grid whose first line is the séance's counts ("Présents : 11   Votants : 14", boxed without colons), perhaps with a title in
    title below ("FEUILLE DE PRÉSENCE", "Liste de présence"): the line of titles under them heads the table."""
    if not (all(COUNT_CELL.search(f.text) for f in header) or COUNTS_BOX.fullmatch(" ".join(f.text for f in header))):
        return header, lines
    while len(lines) > 1 and all(f.text.startswith("(") for f in lines[0][1:]) and _title_line(" ".join(f.text for f in lines[0])):
        lines = lines[1:]  # (its legend perhaps a gap after it: "ÉMARGEMENT   (T : titulaire présent ; …)")
    if len(lines) > 1 and len(lines[0]) > 1 and not any(":" in f.text for f in lines[0]):
        return lines[0], lines[1:]
    return header, lines


def _title_line(cell: str) -> bool:
    """A table's title over its header, in capitals or short, its legend in brackets aside ("ÉMARGEMENT (T : titulaire
    présent ; exc. : excusé)")."""
    bare = LEGEND_BRACKET.sub("", cell)
    return bare.isupper() or _short_title(bare)


LEGEND_BRACKET = re.compile(r"\s*\([^()]*\)")


def _short_title(cell: str) -> bool:
    """A table's title on a line of its own: a few words, no field ("Liste de présence", not "Présents : 11")."""
    return len(cell.split()) <= TITLE_WORDS and ":" not in cell


TITLE_WORDS = 5


def _title_wrapped(header: list[aligned.Field], lines: list[list[aligned.Field]]) -> tuple[list[aligned.Field], list[list[aligned.Field]]]:
    """A header whose title wraps onto the line below, a joining word ending it ("A DONNÉ PROCURATION ÉCRITE ET⏎
    NOMINATIVE À"): that line's capitals joined to the titles above them."""
    if not lines:
        return header, lines
    below = aligned.place(header, lines[0])
    filled = [i for i, (cell, _) in enumerate(below) if cell]
    if not filled or not all(below[i][0].isupper() and TITLE_GOES_ON.search(header[i].text) for i in filled):
        return header, lines
    joined = [aligned.Field(f"{title.text} {below[i][0]}" if below[i][0] else title.text, title.start, title.column) for i, title in enumerate(header)]
    return joined, lines[1:]


TITLE_GOES_ON = re.compile(r"(?i)\s(?:et|à|a|de|des|du|par|au|aux|en|sur|pour)$")


def _member_and_status(header: list[aligned.Field], lines: list[list[aligned.Field]], legend: dict[str, str]) -> bool:
    """A table whose first line is a row, not a header: it, and one of the three lines below it,
    a member then their status ("M. Paul ROCHE, Maire      excusé, pouvoir à", "Mme Anne BRUN    P"),
    nothing else; no colon in either ("Excusée : Mme X.   Absent : M. Y." is two lists on a line)."""
    spec = cues("roll_call")["table"]

    def row(cells: list[aligned.Field]) -> bool:
        return (len(cells) == 2 and ":" not in cells[0].text + cells[1].text and _looks_like_person(cells[0].text)
                and bool(_written_status(cells[1].text, legend, spec) or _said(cells[1].text, spec)))
    return row(header) and any(row(cells) for cells in lines[:3])


def _titled(row: list[aligned.Field]) -> list[aligned.Field]:
    """The header a table of members and statuses leaves out: an untitled names column, a presence column."""
    return [aligned.Field("", row[0].start, row[0].column), aligned.Field(PRESENCE_TITLE, row[1].start, row[1].column)]


PRESENCE_TITLE = "présence"  # (a title `roll_call.yaml` table.columns.presence knows)


RULE = re.compile(r"[ \t\f]*[-=+_|:]*[ \t]*")  # a line drawn between rows ("----+----"), or a page break's (its furniture blanked)


def _runs(raw: str, rows: list[re.Match]) -> list[list[re.Match]]:
    """The rows in runs of consecutive lines, a drawn rule between two rows kept in its run: a
    line of prose ends a table (the rows of the acts below a roll call are another table)."""
    runs: list[list[re.Match]] = []
    for row in rows:
        if runs and all(RULE.fullmatch(line) for line in raw[runs[-1][-1].end() + 1:row.start()].split("\n")[:-1]):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _separated(text: Text, start: int, end: int, separator: str):
    """Runs of consecutive lines with at least three `separator`s: a header, then its rows."""
    if text.raw.count(separator, start, end) < 6:
        return  # (a header and a row need three each)
    run: list[tuple[int, int]] = []
    for line_start, line_end in aligned.lines(text.raw, start, end) + [(end, end)]:
        if text.raw.count(separator, line_start, line_end) >= 3:
            run.append((line_start, line_end))
            continue
        if len(run) >= 2:
            header, *rows = [_cells(text, a, b, separator) for a, b in run]
            yield header, rows, (run[0][0], run[-1][1])
        run = []




GROUP_TITLE = re.compile(r"[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’ -]{2,80}")  # a line in capitals: a member body's name over its delegates


def _tabbed(text: Text, start: int, end: int):
    """A word processor's table exported as text: one row a line, its cells parted by runs of tabs
    (as many as the tab stops the cell's width left: "Mandant\t\t\t\tMandataire", "M. Robert X\t\t\tMme Y").
    Runs of consecutive lines cut into as many cells as the first (two or more): a header, then its rows; where
    the header and a row part their cells by one tab each, the row may stop before its last cells, left empty
    ("ROCHE Paul⇥Maire⇥Présente" under four titles)."""
    if text.raw.count("\t", start, end) < 3:
        return
    run: list[Cells] = []
    singles = padded = spaced = False  # whether the run's header parts its cells by one tab each; whether a row stopped short; rows apart
    lines = aligned.lines(text.raw, start, end) + [(end, end)]
    for index, (line_start, line_end) in enumerate(lines):
        line = text.raw[line_start:line_end]
        cuts, cells = _tab_cells(text.raw, line_start, line_end)
        if run and not line.strip() and (len(run) == 1 or spaced) and index + 1 < len(lines) and len(_tab_cells(text.raw, *lines[index + 1])[1]) == len(run[0]):
            spaced = True
            continue  # a web page's table, a blank line after its header and between its rows
        single = all(c.end() - c.start() == 1 for c in cuts)  # one tab a cell: a row may stop before its last cells
        if run and cells and not cells[0][0] and len(cells) == len(run[0]) + 1:
            cells = cells[1:]  # a row indented by a tab under its header ("⇥M. X⇥Délégué⇥P")
        if run and singles and not single and len(each := _each_tab_cells(text.raw, line_start, line_end)) == len(run[0]):
            cells = each  # one tab a cell in the header: two tabs in a row part an empty cell ("ROCHE Paul⇥Val⇥⇥Excusé")
        if run and not cuts and GROUP_TITLE.fullmatch(line.strip()):
            continue  # a group's title between the rows ("CC DU VAL"): the table goes on below it
        if cells and run and (len(cells) == len(run[0]) or (singles and single and len(cells) < len(run[0]))):
            padded = padded or len(cells) < len(run[0])
            run.append(cells + [("", -1)] * (len(run[0]) - len(cells)))
            continue
        if len(run) >= 2 and not (padded and cells):  # (rows cut short, then a row of another cut: cells aligned by tab stops)
            yield run[0], run[1:], (run[0][0][1], line_start)
        run, singles, padded, spaced = ([cells], single, False, False) if cells else ([], False, False, False)


def _tab_cells(raw: str, start: int, end: int) -> tuple[list[re.Match], Cells]:
    """The runs of tabs of the line `raw[start:end]` and the cells they part (none without a tab)."""
    cuts = list(aligned.TAB_RUN.finditer(raw, start, end))
    bounds = zip([start, *(c.end() for c in cuts)], [*(c.start() for c in cuts), end])
    return cuts, [_stripped(raw, a, b) for a, b in bounds] if cuts else []


def _each_tab_cells(raw: str, start: int, end: int) -> Cells:
    """The cells of the line `raw[start:end]`, each tab parting two (an empty cell between two tabs in a row)."""
    bounds = [start, *(start + m.start() for m in re.finditer("\t", raw[start:end])), end]
    return [_stripped(raw, a + (i > 0), b) for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]


# A line of counts with no colon, in a box perhaps: "┌ Délégués en exercice  29 │ Présents  21 │ Votants  25 ┐".
COUNTS_BOX = re.compile(r"\W*(?:[^\W\d_]+(?:['’ ][^\W\d_]+)*\s+\d{1,4}(?:\W+|$)){2,}")  # (words of letters: one way to read a line)
COUNT_CELL = re.compile(r":\s*\d+(?:\s*\([^()]*\))?\s*$")  # "Présents : 11", "Présents : 9 (dont 1 suppléant)"
CELL_LINE = 40  # a table copied from a web page one cell a line: its header cells are short lines


def _cell_per_line(text: Text, start: int, end: int):
    """A table copied one cell a line, an empty cell an empty line: a run of short lines that
    are all column titles ("Commune", "Délégué(e)", "Présent(e)", …) gives the number of columns,
    then each run of that many lines is a row, until a row leaves its first two cells empty or
    holds prose."""
    lines = aligned.lines(text.raw, start, end)
    index = 0
    while index < len(lines):
        run = index
        while run < len(lines) and 0 < lines[run][1] - lines[run][0] <= CELL_LINE and _is_title(text.raw[lines[run][0]:lines[run][1]].strip()):
            run += 1
        if run - index < 3:
            index += 1
            continue
        width, header = run - index, [(text.raw[a:b].strip(), a) for a, b in lines[index:run]]
        rows, at = [], run
        while at + width <= len(lines):
            row = [_stripped(text.raw, a, b) for a, b in lines[at:at + width]]
            if (not row[0][0] and not row[1][0]) or any(len(cell) > 2 * CELL_LINE for cell, _ in row):
                break  # the table is over: an empty row, or prose
            rows.append(row)
            at += width
        if rows:
            yield header, rows, (lines[index][0], lines[at - 1][1])
        index = at


def _column_per_run(text: Text, start: int, end: int):
    """A table copied one column after another (`pdftotext` without layout): a names column's title
    ("NOM Prénom") over its names one a line, then each other column's title over as many lines,
    an empty cell written "—". The names give the number of rows."""
    lines = [(a, b) for a, b in aligned.lines(text.raw, start, end) if text.raw[a:b].strip()]
    index = 0
    while index < len(lines):
        if not _column_title(text.raw[slice(*lines[index])].strip(), names_only=True):
            index += 1
            continue
        count = 0
        while index + 1 + count < len(lines) and _looks_like_person(text.raw[slice(*lines[index + 1 + count])]):
            count += 1
        columns, at = [], index
        while count >= 3 and at + count < len(lines) and _column_title(text.raw[slice(*lines[at])].strip(), names_only=not columns):
            columns.append((lines[at], lines[at + 1:at + 1 + count]))
            at += count + 1
        if len(columns) < 2:
            index += 1
            continue
        header = [(text.raw[a:b].strip(), a) for (a, b), _ in columns]
        rows = [[_stripped(text.raw, *cells[row]) for _, cells in columns] for row in range(count)]
        yield header, rows, (lines[index][0], lines[at - 1][1])
        index = at


def _column_title(cell: str, names_only: bool = False) -> bool:
    """A column title of `roll_call.yaml` table.columns (the names column's alone when `names_only`)."""
    columns = cues("roll_call")["table"]["columns"]
    folded = fold_piece(re.sub(r"\([^)]*\)", "", cell).strip())
    return len(cell) <= CELL_LINE and any(pattern(rf"^(?:{cue})$").match(folded) for cue in ([columns["name"]] if names_only else columns.values()))


def _is_title(cell: str) -> bool:
    """A column title of a roll-call table: a column role or a presence status."""
    return _title(cell, PROFILE.get())


@lru_cache(maxsize=1 << 14)
def _title(cell: str, profile) -> bool:  # (short lines: asked again for each run tried, and from document to document)
    spec = cues("roll_call")["table"]
    folded = fold_piece(re.sub(r"\([^)]*\)", "", cell).strip())
    return bool(folded) and (_classify(cell, spec["presence"]) is not None
                             or any(pattern(rf"^(?:{cue})$").match(folded) for cue in spec["columns"].values()))


def _stripped(raw: str, start: int, end: int) -> tuple[str, int]:
    value = raw[start:end]
    return value.strip(), start + len(value) - len(value.lstrip())


def _columns(header: Cells, rows: list[Cells], legend: dict[str, str]) -> dict[str, int]:
    """Column roles by index. A header that is a status or a legend's letter ("Présent | Excusé",
    "P  E  A") is a column of ticks, recorded as "status:<status>" ("substitute:<status>" after a
    suppléant's column). Of several columns titled like members ("Membre", "Délégué titulaire"),
    the one of persons' names is the members'; one before it names the body each sits for."""
    spec = cues("roll_call")["table"]
    statuses = [legend.get(cell.strip()) or _classify(cell, spec["presence"]) for cell, _ in header]
    ticks = sum(1 for s in statuses if s) >= 2
    found, names = {}, []
    width = max([len(header)] + [len(row) for row in rows])  # (a row may go on past the header: "… | Suppléant | P")
    for index, cell in enumerate([cell for cell, _ in header] + [""] * (width - len(header))):
        if ticks and index < len(statuses) and statuses[index]:
            found.setdefault(f"{'substitute' if 'substitute' in found else 'status'}:{statuses[index]}", index)
            continue
        if not cell:  # an untitled column: members' names if most look like persons (`aligned.with_unnamed_first`), a presence if most cells are statuses
            cells = [row[index][0] for row in rows if index < len(row) and row[index][0]]
            if 2 * sum(_looks_like_person(c) for c in cells) >= len(rows):
                names.append(index)
            elif cells and (2 * len(cells) >= len(rows) or index >= len(header)) and all(_written_status(c, legend, spec) for c in cells):
                found.setdefault("substitute_presence" if "substitute" in found else "presence", index)
            continue
        folded = fold_piece(re.sub(r"\([^)]*\)", "", cell).strip())
        for role, cue in spec["columns"].items():
            if pattern(rf"^(?:{cue})$").match(folded):
                if role == "name":
                    names.append(index)
                elif role == "presence" and "presence" in found and found.get("substitute", index) < index:
                    found.setdefault("substitute_presence", index)  # "Titulaires | Prés. | Suppléants | Prés."
                else:
                    found.setdefault(role, index)
                break
    if not names and "holder" in found:  # "EXCUSÉS      DROIT DE VOTE TRANSMIS À": a status heads the givers' column, their status
        heads = [_classify(cell.rstrip("sS"), spec["presence"]) for cell, _ in header[:found["holder"]]]  # ("EXCUSÉS": plural)
        names = [i for i, s in enumerate(heads) if s and 2 * sum(_looks_like_person(row[i][0]) for row in rows if i < len(row)) >= len(rows)]
        found.update({f"rows:{heads[i]}": i for i in names[:1]})
    if names:
        members = max(names, key=lambda i: (sum(_looks_like_person(row[i][0]) for row in rows if i < len(row)), -i))
        found["name"] = members
        said = STATUS_IN_TITLE.search(fold_piece(header[members][0])) if members < len(header) and "holder" in found else None
        if said:  # "DÉLÉGUÉS EXCUSÉS      PROCURATION ÉCRITE REMISE À": the givers' status
            found.setdefault(f"rows:{_classify(said.group(), spec['presence'])}", members)
        before = [i for i in names if i < members]
        if before and "commune" not in found:
            found["commune"] = before[-1]
    return found


def _looks_like_person(cell: str) -> bool:
    words = cell.split()
    return bool(words) and (civility_of(words[0]) is not None or any(is_given_name(w.strip(",.")) for w in words))


def _legend(text: Text, start: int, end: int) -> dict[str, str]:
    """The codes a legend of the block explains: "P = présent, E = excusé, A = absent", "T :
    titulaire présent - S : suppléant présent en remplacement du titulaire - - : absent"."""
    spec = cues("roll_call")["table"]
    found = {}
    matches = (m for cue in spec["legend"] for m in text.finditer(pattern(cue), start, end))
    for match in matches:
        code = text.raw[match.start("code"):match.end("code")]
        if not (code == "-" or code[0].isupper() and code[1:] in (code[1:].upper(), code[1:].lower())):
            continue  # a legend's codes open with a capital ("P", "Ex", "NPPV"); "vu : le code" is none
        meaning = text.folded[match.start("meaning"):match.end("meaning")]
        status = next((s for s, cue in spec["legend_meanings"].items() if pattern(cue).search(meaning)), None)
        if status:
            found[code] = status
    return found


def _marked_status(cells: Cells, columns: dict[str, int], prefix: str = "status:") -> str | None:
    """In columns of ticks, the status whose cell is ticked ("X", "✓", "oui")."""
    marked = [role.removeprefix(prefix) for role, i in columns.items()
              if role.startswith(prefix) and i < len(cells) and (MARK.fullmatch(cells[i][0]) or _initial_of(cells[i][0], role.removeprefix(prefix)))]
    return marked[0] if len(marked) == 1 else None


def _initial_of(cell: str, status: str) -> bool:
    """Whether a ticked cell writes its column's status by its initial ("Présent | Excusé" over "P", "E")."""
    return len(cell) == 1 and cell.upper() == fold_piece(status)[:1].upper()


def _cells(text: Text, row: re.Match | int, end: int | None = None, separator: str = "|") -> Cells:
    """Each cell's stripped text with its offset in the document, of a row (a match, or its
    bounds) whose cells `separator` parts."""
    start, end = (row.start(), row.end()) if isinstance(row, re.Match) else (row, end)
    out, at = [], start
    for cell in text.raw[start:end].split(separator):
        lead = len(cell) - len(cell.lstrip())
        out.append((cell.strip(), at + lead))
        at += len(cell) + 1
    return out


def _office_noted(cell: str) -> str | None:
    """The office a presence cell notes after its code: "P (Président)" → "Président"."""
    note = APPOSITION.search(cell)
    return note.group().strip(" ()") if note and OFFICE.fullmatch(note.group().strip(" ()")) else None


def _substitute_status(cells: Cells, columns: dict[str, int], legend: dict[str, str], spec: dict) -> str | None:
    """The suppléant's own status: ticked in their columns, or written in the presence column after
    theirs ("P (siège pour Mme X)" under a legend "P : présent")."""
    column = columns.get("substitute_presence")
    if column is None or column >= len(cells):
        return _marked_status(cells, columns, "substitute:")
    cell = cells[column][0]
    return _written_status(cell, legend, spec) or _said(cell, spec)


def _written_status(cell: str, legend: dict[str, str], spec: dict) -> str | None:
    """The status a presence cell writes: a legend's code, alone, with a note ("P (Président)"), its abbreviation's
    full stop ("Exc.") or a note's call ("A*": absent, the legend telling more), or a word."""
    code = cell.strip()  # (a note's call blanked in the reader's view: "A*" is "A ")
    return (legend.get(code) or legend.get(NOTE_AFTER.sub("", code)) or legend.get(code.rstrip(".")) or legend.get(code.rstrip("*"))
            or _classify(cell, spec["presence"]))


def _classify(value: str, table: dict) -> str | None:
    folded = fold_piece(re.sub(r"\((?:\d|e|s|es)\)", "", value).strip())  # "Présent(e)", a footnote's "(1)"
    return next((name for name, cue in table.items() if pattern(rf"^(?:{cue})$").match(folded)), None)


def _signed(cells: Cells, columns: dict[str, int]) -> str | None:
    """On a signature sheet, whether the member signed: any mark but a proxy ("Pouvoir à R. X") is
    a signature, an empty cell an absence."""
    if "signature" not in columns:
        return None
    cell = cells[columns["signature"]][0] if columns["signature"] < len(cells) else ""
    if HOLDER_IN_CELL.search(cell):
        return None
    return "présent" if cell else "absent"


def _said(cell: str, spec: dict) -> str | None:
    """The status a presence cell opens with: "excusé – pouvoir à P. X", "absente"."""
    first = re.match(r"[^\W\d_]+", cell)
    return _classify(first.group(), spec["presence"]) if first else None


PROXY_NOTED = re.compile(r"(?i)\b(?:procuration|pouvoir|mandat)\b")
REPLACES = re.compile(r"(?i)\(?\s*remplace\s+(?P<t>[^)]+?)\s*\)?\s*$")
# "excusé – pouvoir à P. X", "excusé, a donné pouvoir écrit à M. X", "S'est fait représenter par M. Y", "excusé, vote par la voix
# de M. Y", "voix réservée à Y", "suppléée au vote par M. Y"; not "Représenté par sa
# suppléante" (who sits).
# The holder ends where the cell goes on with the proxy's scope ("… à B. X pour les points 1 à 3 ; présent à partir du point 4").
HOLDER_IN_CELL = re.compile(r"(?i)(?:(?:pouvoir|procuration|mandat|délégation\s+de\s+vote|(?:suffrage|voix|vote)\s+(?:est\s+)?(?:confiée?|remise?|transmise?))(?:\s+(?:écrite?|signée?))?\s+(?:donnée?\s+)?à|(?:s['’]est\s+fait\s+représenter|représentée?|suppl[ée]{2}e?\s+au\s+vote)\s+par|vot(?:e|era|ait)\s+par\s+la\s+voix\s+de|voix\s+réservée\s+à)\s+(?!(?:son|sa|leur)\s)(?P<h>\S.*?)\s*(?=\s(?:pour|jusqu['’]|à\s+(?:compter|partir))\b|;|\)\s*$|$)")  # (its bracket closed: "Excusée (pouvoir à M. X)")


def _holder_in(cells: Cells, column: int | None) -> Named | None:
    """The holder a presence or an observation cell names: "excusé – pouvoir à P. X", "S'est fait représenter par M. Y",
    "excusé, dont le suffrage est confié à Y"."""
    if column is None or column >= len(cells):
        return None
    value, at = cells[column]
    found = HOLDER_IN_CELL.search(value)
    return Named(found["h"], Span(at + found.start("h"), at + found.end("h"))) if found else None


def _blank_given(cells: Cells, column: int | None) -> Named | None:
    """The holder a blank proxy went to, as a holder's cell says it ("(pouvoir en blanc - attribué à la
    présidente)"): the office or name after "attribué à" (`proxies.yaml` blank)."""
    if column is None or column >= len(cells) or "blanc" not in cells[column][0]:
        return None
    value, at = cells[column]
    found = Text(value).find(pattern(cues("proxies")["blank"]["cue"]))
    return Named(value[found.start("h"):found.end("h")], Span(at + found.start("h"), at + found.end("h"))) if found else None


def _named(cells: Cells, column: int | None) -> Named | None:
    """The name in a cell, without what a bracket or a comma adds ("M. X (hôtellerie)", "Mme Y,
    vice-présidente")."""
    if column is None or column >= len(cells) or BLANK.fullmatch(cells[column][0]):
        return None
    value, at = cells[column]
    value = APPOSITION.sub("", OUTSIDE_BRACKETS_COMMA.split(value)[0]) or value  # "Mme Y (Café, Val)": a bracket's comma parts nothing
    return Named(value, Span(at, at + len(value)))


def _sitting_substitute(cells: Cells, column: int | None, spec: dict, status: str | None) -> Named | None:
    """The person a holder column names when its bracket or apposition says a suppléant ("M. X (suppléant)", "Mme Y,
    suppléante"), or the row's code says the member was replaced ("S : remplacé par son suppléant"): a column
    "Représenté par" mixes suppléants who sit and proxy holders ("M. Y (pouvoir)")."""
    named = _named(cells, column)
    note = NOTE_ON_NAME.search(cells[column][0]) if named else None
    return named if named and (status == "remplacé" or note and pattern(spec["substitute_role"]).search(fold_piece(note.group()))) else None


NOTE_ON_NAME = re.compile(r"\s*(?:\((?!\d\))[^)]*\)|,[^,()]+)\s*$")  # "M. X (suppléant)", "Mme Y, suppléante"


APPOSITION = re.compile(r"\s*\((?!\d\))[^)]*\)\s*$")  # not a footnote's "(1)"
OUTSIDE_BRACKETS_COMMA = re.compile(r",(?![^()]*\))")
OFFICE = re.compile(rf"(?i){offices.alternation()}[^()]{{0,40}}")  # "Président", "1er vice-président"
NOTE_AFTER = re.compile(r"\s*\([^)]*\)\s*$")  # "P (Président)", "P (1)": a legend's code, then a note


def _read(text: Text, rows: list[Cells], columns: dict[str, int], legend: dict[str, str], span: tuple[int, int], end: int, table: Table) -> Table:
    """`table` with the members of `rows` added."""
    spec = cues("roll_call")["table"]
    notes = {_call(m["n"]): (text.raw[m.start("text"):m.end("text")], m.start("text")) for m in text.finditer(pattern(cues("roll_call")["footnote"]["cue"]), span[0], end)}  # (a note under the legend may end the table's span)
    table.spans.append(span)
    if "signature" in columns and "presence" not in columns:  # the signature cell says "Excusé", "pouvoir à X" too
        columns = {**columns, "presence": columns["signature"]}
    # A table of proxies alone ("Mandataire | Mandant(s)") prints a holder once for all the
    # mandants on the rows below: an empty holder cell there is the holder above.
    proxies_only = "holder" in columns and not ({"presence", "vote"} & set(columns) or any(c.startswith("status:") for c in columns))
    last_holder = None
    for cells in _continued(rows, columns):
        if len(cells) <= columns["name"]:
            continue
        who = _named(cells, columns["name"])
        if who is None:
            continue
        call = CALL_AFTER.search(who.text)
        if call:  # "Mme X (1)": the name, its footnote called (read with the row's proxy)
            who = Named(who.text[:call.start()], Span(who.span.start, who.span.start + call.start()))
        given = _named(cells, columns.get("given"))
        if given:  # "Nom | Prénom": one name, its passage both cells
            who = Named(f"{who.text} {given.text}", Span(who.span.start, given.span.end))
        presence = cells[columns["presence"]][0] if "presence" in columns and columns["presence"] < len(cells) else ""
        status = (_written_status(presence, legend, spec) or _marked_status(cells, columns) or _said(presence, spec) or _signed(cells, columns)
                  or next((role.removeprefix("rows:") for role in columns if role.startswith("rows:")), None))  # (its column's heading says it)
        role = cells[columns["role"]][0] if "role" in columns and columns["role"] < len(cells) else _office_noted(presence)
        if status == "absent" and PROXY_NOTED.search(presence):
            status = "représenté"  # "Absente – procuration": away, voting through a proxy
        if status == "représenté" and pattern(spec["substitute_role"]).search(fold_piece(presence)):
            status = "remplacé"  # "Représenté par sa suppléante": she sits, no proxy
        if role and pattern(spec["substitute_role"]).search(fold_piece(role)) and status != "présent":
            continue  # a suppléant not called to sit is neither present nor away
        replaced = REPLACES.search(presence)
        if replaced:  # "oui (remplace F. X)": a suppléant sitting for a titulaire
            titular = Named(replaced["t"], Span(cells[columns["presence"]][1] + replaced.start("t"), cells[columns["presence"]][1] + replaced.end("t")))
            table.entries.append(Entry(who, "présent", _named(cells, columns.get("commune")), role=role, replaces=titular))
            continue
        substitute = _named(cells, columns.get("substitute"))
        sitting = _substitute_status(cells, columns, legend, spec)
        if substitute and sitting == "excusé":
            table.entries.append(Entry(substitute, "excusé", _named(cells, columns.get("commune"))))
        if substitute and (status == "remplacé" or sitting in ("présent", "remplacé")):  # (a suppléant's own code "S : suppléant siégeant")
            table.entries.append(Entry(substitute, "présent", _named(cells, columns.get("commune")), replaces=who))
            if status == "remplacé":
                continue
        if status and status != "remplacé":
            entry = Entry(who, status, _named(cells, columns.get("commune")), role=role)
            called = _note_called(notes, presence)
            if called:
                _footnote(entry, *called, table)
            table.entries.append(entry)
        sitting = _sitting_substitute(cells, columns.get("holder"), spec, status)
        if sitting:  # "Représenté par | M. X (suppléant)": a suppléant sat for the member, no proxy
            table.entries.append(Entry(sitting, "présent", _named(cells, columns.get("commune")), replaces=who))
            continue
        holder = _blank_given(cells, columns.get("holder")) or _holder_in(cells, columns.get("holder")) or _named(cells, columns.get("holder")) \
            or _holder_in(cells, columns.get("presence")) or _holder_in(cells, columns.get("scope"))  # (a presence's or an observation's cell may say it: "représentée par Mme Y", "a fait passer son pouvoir à Mme Y")
        written = cells[columns["holder"]][0].strip() if columns.get("holder", len(cells)) < len(cells) else ""
        holder = last_holder = holder or (last_holder if proxies_only and not NO_HOLDER.fullmatch(written) else None)  # (an empty cell repeats the one above, a dash says none)
        holder_clean = CALL_AFTER.sub("", holder.text) if holder else ""
        told = SCOPE_AFTER_HOLDER.search(holder_clean)  # "CLUZEAU Nadège jusqu'à son arrivée": the holder, then the scope
        holder_clean, told = (holder_clean[:told.start()], holder_clean[told.end():]) if told else (holder_clean, None)
        if holder_clean:
            proxy = Proxy(who, Named(holder_clean, Span(holder.span.start, holder.span.start + len(holder_clean))), Span(who.span.start, holder.span.end))
            called = _note_called(notes, holder.text, presence, cells[columns["name"]][0])
            if called:  # "(1) … a ensuite donné pouvoir à Mme Z", "R (1)" over "(1) pour les points 1 et 2"
                note = called[0]
                proxy.from_item = _after_bound(note)
                if proxy.from_item is None:
                    scope_cell(note.split(";")[0], proxy)
            for column in ("name", "holder"):  # "M. X (à partir de 11 h 30) | Mme Y", "M. X | Mme Y (à partir de 19 h 15)": a bracket scopes it
                aside = APPOSITION.search(cells[columns[column]][0]) if column in columns and columns[column] < len(cells) else None
                if aside:
                    scope_cell(aside.group().strip(" ()"), proxy)
            scope = _named(cells, columns.get("scope"))
            if scope or told:
                scope_cell(scope.text if scope else told, proxy)
            elif "holder" not in columns and "presence" in columns:  # the scope written after the holder in the presence cell
                cell, at = cells[columns["presence"]]
                scope_cell(cell[holder.span.end - at:].split(";")[0], proxy)
            if any(pattern(cues("proxies")["void"]).search(fold_piece(cell)) or refuses(cell) for cell, _ in cells):
                continue  # "sans objet", "non pris en compte": no proxy
            if status != "présent" or FOOTNOTE_CALL.search(presence + holder.text) or proxy.from_time or proxy.from_item:
                table.proxies.append(proxy)
            else:  # ticked present and a holder filled in, nothing telling of a departure: a leftover, or a form misread
                table.conflicts.append(f"{who.text} : présent et « pouvoir à {holder.text} » dans le tableau")
        giver = _named(cells, columns.get("giver"))
        if giver:  # "Procuration reçue de | M. X (à partir de 11h30)": the row's member holds X's proxy
            proxy = Proxy(giver, who, Span(who.span.start, giver.span.end))
            scope_cell(cells[columns["giver"]][0][len(giver.text):], proxy)
            scope = _named(cells, columns.get("scope"))
            if scope:  # "Conseiller présent | Vote au lieu et place de | Portée": "jusqu'à son arrivée"
                scope_cell(scope.text, proxy)
            called = _note_called(notes, cells[columns["giver"]][0])
            if called:  # "Mme X (1)" under "(1) à compter du point 4, après son départ"
                scope_cell(called[0], proxy)
            table.proxies.append(proxy)
        if "vote" in columns and columns["vote"] < len(cells):
            vote = _classify(cells[columns["vote"]][0], spec["votes"])
            if vote:
                table.votes.append((who, vote))
    return table


STATUS_IN_TITLE = re.compile(r"\b(?:excusee?|absente?)(?=s?$)")
SCOPE_AFTER_HOLDER = re.compile(r"\s+(?=jusqu['’])", re.I)  # (its start, "à partir du point 4", is read with the row's presence)
# Columns whose cell a row printed on several lines continues: what is said of the row, not who.
NOTE_COLUMNS = ("scope",)


def _continued(rows: list[Cells], columns: dict[str, int]) -> list[Cells]:
    """`rows` with a row that leaves its name empty and writes only in note columns joined to the row
    above (a cell printed on two lines: "Reçu le 08/12 à 10 h 40, après" / "l'ouverture : non pris en
    compte"): its text added to the note cell above, the offset the first line's."""
    notes = {columns[c] for c in NOTE_COLUMNS if c in columns}
    out: list[Cells] = []
    for cells in rows:
        written = {i for i, (cell, _) in enumerate(cells) if cell.strip()}
        if out and written and written <= notes and not (len(cells) > columns["name"] and cells[columns["name"]][0].strip()):
            above = list(out[-1])
            for i in written:
                if i < len(above):
                    above[i] = (f"{above[i][0]} {cells[i][0]}".strip(), above[i][1] if above[i][1] >= 0 else cells[i][1])
            out[-1] = above
            continue
        out.append(cells)
    return out


BOUND = re.compile(r"(?P<way>jusqu['’]à|à\s+partir\s+de)\s+la\s+délibération\s+n\s*°\s*(?P<n>[\w./-]*\d)")


def _footnote(entry: Entry, note: str, at: int, table: Table) -> None:
    bound = BOUND.search(note)
    if not bound:
        return
    if bound["way"].startswith("jusqu"):
        entry.to_item = bound["n"]
    else:
        entry.from_item = bound["n"]


def _after_bound(note: str) -> str | None:
    """The act from which a proxy given "ensuite" holds: the one after the bound of the presence."""
    bound = BOUND.search(note)
    if not bound or not bound["way"].startswith("jusqu") or "ensuite" not in note:
        return None
    number = bound["n"]
    last = re.search(r"(\d+)$", number)
    return number[:last.start()] + str(int(last.group()) + 1).zfill(len(last.group())) if last else None
