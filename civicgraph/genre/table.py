"""A roll call printed as a table, one row a member, its columns named by a header row
("Commune | Titre | NOM Prénom | Présence | A donné pouvoir à | Vote"), with footnotes that scope a
presence or a proxy ("(1) Présent jusqu'à la délibération n° 2019-06-068 incluse ; a ensuite donné
pouvoir à Mme Burgaud."). Column and cell words are data (`roll_call.yaml`, `table`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.roll_call import Entry, Named, Proxy


@dataclass
class Table:
    entries: list[Entry] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    votes: list[tuple[Named, str]] = field(default_factory=list)  # (member, vote property)
    span: tuple[int, int] | None = None


ROW = re.compile(r"(?m)^[^\n|]*(?:\|[^\n|]*){3,}$")


def _columns(header: list[str]) -> dict[str, int]:
    """Column roles by index; a header that is one status alone ("Présent | Excusé | Absent") is a
    column of marks, recorded as "status:<status>"."""
    spec = cues("roll_call")["table"]
    found = {}
    statuses = [_classify(cell, spec["presence"]) for cell in header]
    if sum(1 for s in statuses if s) >= 2:
        found.update({f"status:{s}": i for i, s in enumerate(statuses) if s})
    for index, cell in enumerate(header):
        if statuses[index] and found:
            continue
        folded = Text(cell.strip()).folded
        for role, cue in spec["columns"].items():
            if role not in found and pattern(rf"^(?:{cue})$").match(folded):
                found[role] = index
                break
    return found


def _marked_status(cells: list[tuple[str, int]], columns: dict[str, int]) -> str | None:
    """In columns of marks, the status whose cell is marked ("X", "✓", "oui")."""
    marked = [role.removeprefix("status:") for role, i in columns.items()
              if role.startswith("status:") and re.fullmatch(r"(?i)[x✓✔×•]|oui|1", cells[i][0])]
    return marked[0] if len(marked) == 1 else None


def _cells(text: Text, row: re.Match) -> list[tuple[str, int]]:
    """Each cell's stripped text with its offset in the document."""
    out, at = [], row.start()
    for cell in text.raw[row.start():row.end()].split("|"):
        lead = len(cell) - len(cell.lstrip())
        out.append((cell.strip(), at + lead))
        at += len(cell) + 1
    return out


def _classify(value: str, table: dict) -> str | None:
    folded = Text(re.sub(r"\(\d\)", "", value).strip()).folded
    return next((name for name, cue in table.items() if pattern(rf"^(?:{cue})$").match(folded)), None)


def read_table(text: Text, start: int, end: int) -> Table | None:
    rows = list(ROW.finditer(text.raw, start, end))
    for index, row in enumerate(rows):
        columns = _columns([c for c, _ in _cells(text, row)])
        if "name" in columns and ("presence" in columns or "vote" in columns or any(c.startswith("status:") for c in columns)):
            return _read(text, rows[index + 1:], columns, (row.start(), rows[-1].end()), end)
    return None


def _read(text: Text, rows, columns: dict[str, int], span: tuple[int, int], end: int) -> Table:
    spec = cues("roll_call")["table"]
    notes = {m["n"]: (text.raw[m.start("text"):m.end("text")], m.start("text")) for m in text.finditer(pattern(spec["footnote"]), span[1], end)}
    table = Table(span=span)
    for row in rows:
        cells = _cells(text, row)
        if len(cells) <= max(columns.values()):
            continue
        name, at = cells[columns["name"]]
        if not name:
            continue
        who = Named(name, Span(at, at + len(name)))
        commune = None
        if "commune" in columns and cells[columns["commune"]][0]:
            value, where = cells[columns["commune"]]
            commune = Named(value, Span(where, where + len(value)))
        presence = cells[columns["presence"]][0] if "presence" in columns else ""
        status = _classify(presence, spec["presence"]) or _marked_status(cells, columns)
        if status:
            entry = Entry(who, status, commune)
            marker = re.search(r"\((\d)\)", presence)
            if marker and marker.group(1) in notes:
                _footnote(entry, *notes[marker.group(1)], table)
            table.entries.append(entry)
        if "holder" in columns:
            holder, where = cells[columns["holder"]]
            holder_clean = re.sub(r"\s*\(\d\)\s*$", "", holder)
            if holder_clean:
                proxy = Proxy(who, Named(holder_clean, Span(where, where + len(holder_clean))), Span(row.start(), row.end()))
                marker = re.search(r"\((\d)\)", holder)
                if marker and marker.group(1) in notes:
                    proxy.from_item = _after_bound(notes[marker.group(1)][0])
                table.proxies.append(proxy)
        if "vote" in columns:
            vote = _classify(cells[columns["vote"]][0], spec["votes"])
            if vote:
                table.votes.append((who, vote))
    return table


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
