"""Tables flattened by PDF text extraction: a header row of column labels ("N° Date Objet Montant",
"No du dossier Objet N° de page du relevé"), then the cells either column by column (all the
numbers, then all the dates, …) or row by row. Rows are rebuilt by position, and only when every
column has as many cells as the others; otherwise the table is refused with the reason, and none
of its cells is paired (GENRE.md §3-4). Labels, cell kinds and the words that open a text cell
are data (`tables.yaml`, `flattened`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.items import Item
from civicgraph.text import Amount, find_amounts, find_dates
from civicgraph.text.columns import Cell, by_position, split_run, text_cells, typed_run
from civicgraph.text.dates import MONTH_WORDS, MONTHS
from civicgraph.text.spans import fold


@dataclass
class FlatTable:
    header: tuple[int, int]
    roles: list[str]  # the columns, in printed order
    span: tuple[int, int]  # header and body
    rows: list[dict[str, Cell]] = field(default_factory=list)  # role → cell; empty when refused
    layout: str | None = None  # "colonnes" (each column's cells as a run) or "lignes"
    refused: str | None = None  # why no row was paired
    unread: list[str] = field(default_factory=list)  # columns whose cells could not be told apart


def _spec() -> dict:
    return cues("tables")["flattened"]


def _kind(cell: str) -> re.Pattern:
    return pattern(rf"(?:{_spec()['cells'][cell]})")


def _words(key: str) -> frozenset[str]:
    return frozenset(_spec()[key])


def _labels(text: Text, start: int, end: int) -> list[tuple[int, int, dict]]:
    """Column labels, the longest at each place, none inside another."""
    found = []
    for column in _spec()["columns"]:
        for match in text.finditer(pattern(rf"(?<![\w°])(?:{column['cue']})(?![\w°])"), start, end):
            found.append((match.start(), match.end(), column))
    found.sort(key=lambda f: (f[0], -f[1]))
    kept = []
    for label in found:
        if not kept or label[0] >= kept[-1][1]:
            kept.append(label)
    return kept


def _headers(text: Text, start: int, end: int) -> list[tuple[int, int, list[dict]]]:
    """Runs of labels side by side (whitespace between them only), with an object column and at
    least `min_columns` distinct columns."""
    chains, chain = [], []
    for label in _labels(text, start, end):
        if chain and not text.raw[chain[-1][1]:label[0]].strip() and label[2]["role"] not in {c[2]["role"] for c in chain}:
            chain.append(label)
            continue
        chains.append(chain)
        chain = [label]
    chains.append(chain)
    return [(c[0][0], c[-1][1], [label[2] for label in c]) for c in chains
            if len(c) >= _spec()["min_columns"] and any(label[2]["role"] == "object" for label in c)]


def find_flat_tables(text: Text, start: int, end: int) -> list[FlatTable]:
    """The flattened tables between `start` and `end`, each read or refused."""
    headers = _headers(text, start, end)
    tables = []
    for index, (a, b, columns) in enumerate(headers):
        stop = headers[index + 1][0] if index + 1 < len(headers) else end
        table = FlatTable((a, b), [c["role"] for c in columns], (a, _paragraph_end(text, b, stop)))  # refused: to its paragraph's end
        _read(text, table, columns, b, stop)
        tables.append(table)
    return tables


def _read(text: Text, table: FlatTable, columns: list[dict], at: int, end: int) -> None:
    read = _by_columns(text, columns, at, end)
    if isinstance(read, str):
        by_rows = _by_rows(text, columns, at, end)
        if isinstance(by_rows, str):
            table.refused = f"{read} ; {by_rows}"
            return
        table.rows, table.layout, table.span = by_rows[0], "lignes", (table.header[0], by_rows[1])
        return
    cells, stop, unread = read
    rows = by_position(cells)
    if rows is None:
        table.refused = "colonnes de " + ", ".join(f"{role} {len(c)}" for role, c in cells.items()) + " cellules"
        return
    table.rows, table.layout, table.span, table.unread = rows, "colonnes", (table.header[0], stop), unread


def _groups(columns: list[dict]) -> list[list[dict]]:
    """Adjacent columns of the same sort (typed cells, or text) grouped."""
    groups: list[list[dict]] = []
    for column in columns:
        if groups and (column["cell"] == "text") == (groups[-1][0]["cell"] == "text"):
            groups[-1].append(column)
        else:
            groups.append([column])
    return groups


def _by_columns(text: Text, columns: list[dict], at: int, end: int):
    """Each column's cells as one run after the header: ({role: cells}, end of the table, columns
    left unread) or why not."""
    cells: dict[str, list[Cell]] = {c["role"]: [] for c in columns}
    unread: list[str] = []
    n, position, pending = None, at, None
    for group in _groups(columns):
        if group[0]["cell"] == "text":
            pending = group
            continue
        kinds = [_kind(c["cell"]) for c in group]
        found = _next_run(text, kinds, position, end, n, anchored=pending is None)
        if found is None:
            return f"colonne {group[0]['role']} : pas de suite de {len(group) * n if n else 'n'} cellules"
        run_start, split = found
        n = len(split[0])
        if pending:
            problem = _text_group(text, pending, position, run_start, n, cells, unread)
            if problem:
                return problem
            pending = None
        for column, column_cells in zip(group, split):
            cells[column["role"]] = column_cells
        position = split[-1][-1].end
    if pending:
        if n is None:
            return "aucune colonne de nombres, de dates ou de montants"
        stop = _paragraph_end(text, position, end)
        problem = _text_group(text, pending, position, stop, n, cells, unread)
        if problem:
            return problem
        position = stop
    for role in unread:
        del cells[role]
    return cells, position, unread


def _next_run(text: Text, kinds: list[re.Pattern], at: int, end: int, n: int | None, anchored: bool):
    """The run of len(kinds) typed columns: right after `at` when `anchored`, else the first run
    further on that divides into those columns (of `n` cells each when `n` is known)."""
    starts = [at] if anchored else sorted({m.start() for k in kinds for m in k.finditer(text.folded, at, end)
                                           if m.start() == at or text.folded[m.start() - 1].isspace()})
    for start in starts:
        run = typed_run(text.raw, text.folded, start, end, kinds)
        split = split_run(run, text.folded, kinds)
        if split and (n is None or len(split[0]) == n) and not all(_blank(text, c) for c in run):
            return run[0].start, split
    return None


def _blank(text: Text, cell: Cell) -> bool:
    return bool(pattern(rf"(?:{_spec()['blank_amount']})").fullmatch(text.folded, cell.start, cell.end))


def _text_group(text: Text, group: list[dict], start: int, end: int, n: int, cells, unread) -> str | None:
    """The cells of adjacent text columns between two runs: cut at the words that open a cell; when
    the cuts are not `n` a column, the last column's cells are the ones its opening nouns start, and
    the columns before it are left unread."""
    linking, openers = _words("linking_words"), _words("openers")
    found = text_cells(text.raw, text.folded, start, end, linking, openers)
    if len(found) == n * len(group):
        for i, column in enumerate(group):
            cells[column["role"]] = found[i * n:(i + 1) * n]
        return None
    last = text_cells(text.raw, text.folded, start, end, linking, openers, openers_only=True)
    if len(last) != n or (len(group) == 1 and text.raw[start:last[0].start].strip()):
        return f"colonne {group[-1]['role']} : {len(found)} cellules de texte pour {n} lignes"
    cells[group[-1]["role"]] = last
    before = text_cells(text.raw, text.folded, start, last[0].start, linking, openers) if len(group) > 1 else []
    if len(group) > 1 and len(before) == n * (len(group) - 1):
        for i, column in enumerate(group[:-1]):
            cells[column["role"]] = before[i * n:(i + 1) * n]
    else:
        unread.extend(c["role"] for c in group[:-1])
    return None


def _paragraph_end(text: Text, start: int, end: int) -> int:
    blank = re.search(r"\n[ \t]*\n", text.raw[start:end])
    return start + blank.start() if blank else end


def _by_rows(text: Text, columns: list[dict], at: int, end: int):
    """Row after row, each opened by its key (the first column, a number in sequence): (rows, end
    of the table) or why not. Group rows ("Mission 1 …", "Programme 02 : …") belong to no row."""
    if columns[0]["cell"] == "text":
        return "lignes : la première colonne n'est pas une clé"
    key, rest = columns[0], columns[1:]
    groups = [(m.start(), m.end()) for m in text.finditer(pattern(_spec()["group_heading"]["cue"]), at, end)]
    keys = _keys(text, key, at, _paragraph_end(text, at, end), groups)
    if not keys:
        return "lignes : pas de clés en suite"
    rows = []
    for index, cell in enumerate(keys):
        stop = keys[index + 1].start if index + 1 < len(keys) else _paragraph_end(text, cell.end, end)
        stop = min([g for g, _ in groups if cell.end <= g < stop] + [stop])
        row = _row(text, rest, cell.end, stop)
        if row is None:
            return f"lignes : la ligne {cell.text} ne se lit pas en {', '.join(c['role'] for c in rest)}"
        rows.append({key["role"]: cell, **row})
    return rows, max(c.end for c in rows[-1].values())


def _keys(text: Text, key: dict, at: int, end: int, groups) -> list[Cell]:
    """The row keys: cells of the key column followed by a capitalised word, outside group rows;
    numbers must follow each other (1, 2, 3…)."""
    kind = _kind(key["cell"])
    found = []
    for match in re.finditer(r"(?<!\S)\S+(?=\s+[A-ZÉÈÀÂÎÔÇ][a-zéèêëàâîïôûüç])", text.raw[at:end]):
        start, stop = at + match.start(), at + match.end()
        if not kind.fullmatch(text.folded, start, stop) or any(a <= start < b for a, b in groups):
            continue
        value = text.raw[start:stop]
        if found and found[-1].text.isdigit() and (not value.isdigit() or int(value) != int(found[-1].text) + 1):
            continue
        found.append(Cell(value, start, stop))
    return found if len(found) >= 2 else []


def _row(text: Text, columns: list[dict], start: int, end: int) -> dict[str, Cell] | None:
    """One row's cells after its key: typed cells at its start and at its end, one text cell between."""
    texts = [c for c in columns if c["cell"] == "text"]
    if len(texts) != 1:
        return None
    middle = columns.index(texts[0])
    lead, tail = columns[:middle], columns[middle + 1:]
    row, position = {}, start
    for column in lead:
        run = typed_run(text.raw, text.folded, position, end, [_kind(column["cell"])])
        if not run:
            return None
        row[column["role"]], position = run[0], run[0].end
    stop = len(text.raw[:end].rstrip())
    for column in reversed(tail):
        kind = _kind(column["cell"])
        ends_here = [m for m in (kind.match(text.folded, i, stop) for i in range(position, stop) if text.folded[i - 1].isspace())
                     if m and m.end() == stop]
        if not ends_here:
            return None
        cell = ends_here[-1]
        row[column["role"]] = Cell(" ".join(text.raw[cell.start():stop].split()), cell.start(), stop)
        stop = len(text.raw[:cell.start()].rstrip())
    lead_space = re.match(r"\s*", text.raw[position:stop]).end()
    if position + lead_space >= stop:
        return None
    row[texts[0]["role"]] = Cell(" ".join(text.raw[position + lead_space:stop].split()), position + lead_space, stop)
    return row


def table_items(table: FlatTable) -> list[Item]:
    """The rows of a table that no item holds, as the séance's items (a relevé des décisions lists
    the acts: number and object)."""
    if table.refused or "object" not in table.roles:
        return []
    items = []
    for row in table.rows:
        title, number = row["object"], row.get("number")
        start, stop = min(c.start for c in row.values()), max(c.end for c in row.values())
        items.append(Item(number.text if number else None, title.text, Span(start, title.end), (start, stop)))
    return items


def row_amount(cell: Cell | None) -> Amount | None:
    """The amount of a cell ("1 850 € HT"); None for a blank one ("–", "Gratuit")."""
    found = find_amounts(cell.text) if cell else []
    return found[0].value if found else None


DAY_MONTH = re.compile(rf"(?P<d>\d{{1,2}})(?:er)?[-/. ](?P<m>\d{{1,2}}|{MONTH_WORDS})\b")


def row_date(cell: Cell | None, day: date | None) -> tuple[date, str | None] | None:
    """A cell's date, and why it is what it is when the cell prints no year ("12-avr"): the year of
    `day` (the séance that takes note of it), or the year before when that date would come after."""
    if cell is None:
        return None
    printed = find_dates(cell.text)
    if printed:
        return printed[0].value, None
    match = DAY_MONTH.match(fold(cell.text))
    if match is None or day is None:
        return None
    month = int(match["m"]) if match["m"].isdigit() else MONTHS[match["m"]]
    for year in (day.year, day.year - 1):
        try:
            value = date(year, month, int(match["d"]))
        except ValueError:
            return None
        if value <= day:
            return value, f"année non imprimée (« {cell.text} ») : celle de la séance du {day.isoformat()}" + (", moins un an" if year != day.year else "")
    return None
