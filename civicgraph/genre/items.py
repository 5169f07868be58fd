"""Items of a séance (one act each): their number, title, rapporteur, and the block of text that
holds their vote; and the vote itself — result, tallies only when printed, names for, against,
abstaining and not taking part. An agenda line is not an item (GENRE.md §2.6)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, alternatives, cues, pattern
from civicgraph.text import find_times


@dataclass
class Item:
    number: str | None
    title: str | None
    span: Span  # the item's heading
    block: tuple[int, int]  # its text, up to the next item
    rapporteur: tuple[str, Span] | None = None


@dataclass
class Tally:
    result: str | None = None
    result_span: Span | None = None
    counts: dict[str, tuple[int, Span]] = field(default_factory=dict)
    names: dict[str, list[tuple[str, Span]]] = field(default_factory=dict)  # pour/contre/abstention/nonParticipant
    at: time | None = None
    by_proxy: list[tuple[str, Span]] = field(default_factory=list)


def _agenda(text: Text, start: int, end: int) -> list[tuple[int, int]]:
    spec = cues("items")
    spans = []
    for match in text.finditer(pattern(spec["agenda"]), start, end):
        stop = text.find(pattern(spec["agenda_end"]), match.end(), end)
        spans.append((match.start(), stop.end() if stop else end))
    return spans


def find_items(text: Text, start: int, end: int, skip: list[tuple[int, int]]) -> list[Item]:
    """Items in reading order; an item heading inside the agenda or a roll-call list is skipped."""
    spec = cues("items")
    excluded = skip + _agenda(text, start, end)
    found: dict[int, tuple[re.Match, str]] = {}
    for entry in spec["starts"]:
        for match in text.finditer(pattern(entry["cue"]), start, end):
            at = match.start("num")
            if any(a <= at < b for a, b in excluded) or any(abs(at - k) < 3 for k in found):
                continue
            found[at] = (match, entry["kind"])
    points = {at: m for at, (m, kind) in found.items() if kind == "point"}
    if points and not _is_sequence([int(m["num"]) for _, m in sorted(points.items())]):
        found = {at: v for at, v in found.items() if v[1] != "point"}  # numbers that do not count 1, 2, 3 are not items
    items = []
    ordered = sorted(found.items())
    for index, (at, (match, _)) in enumerate(ordered):
        stop = ordered[index + 1][1][0].start() if index + 1 < len(ordered) else end
        items.append(_item(text, match, (match.end(), stop)))
    objet = text.find(pattern(spec["object"]), start, end)
    if objet and not any(i.title for i in items if i.block[0] <= objet.start() < i.block[1] and i.title and objet.start() - i.span.start > 200):
        title_end = _title_end(text, objet.end(), end)
        title = " ".join(text.raw[objet.end():title_end].split())
        if items and items[0].span.start < objet.start() < items[0].block[1] and not _is_point(items[0]):
            items[0].title = items[0].title or title
        elif not items:
            items.append(Item(None, title, Span(objet.end(), title_end), (title_end, end)))
    return items


def _is_point(item: Item) -> bool:
    return bool(item.number and item.number.isdigit())


def _is_sequence(numbers: list[int]) -> bool:
    return bool(numbers) and numbers[0] in (1, 2) and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _title_end(text: Text, start: int, end: int) -> int:
    """A title runs to the end of its paragraph on clean text, to the next sentence on one-line text."""
    raw = text.raw[start:end]
    stop = re.search(r"\n\s*\n|\n(?=\s*(?:Rapporteur|Vu |VU |Considérant|CONSIDÉRANT|Le |La |Les |Mme |M\. |Monsieur|Madame|Arrivée|Après|Adopt|Pour\s*:|Vote))|\s:\s|\((?:vote\s+à)|(?<=[a-zé0-9)»])\.\s|:\s+(?:adopt|le\s|la\s|les\s)|\s+Rapporteur", raw)
    return start + (stop.start() if stop else min(len(raw), 200))


def _item(text: Text, match: re.Match, block: tuple[int, int]) -> Item:
    number = text.raw[match.start("num"):match.end("num")].strip()
    start = block[0]
    lead = re.match(r"\s*[-–—:]?\s*", text.raw[start:block[1]])
    title_start = start + lead.end()
    title_end = _title_end(text, title_start, block[1])
    title = " ".join(text.raw[title_start:title_end].split()).strip(" .–—-:")
    after = re.search(r"\s:\s(?P<num>\d{4}-\d{1,4})\s*$", text.raw[title_start:text.raw.find("\n", title_start) if "\n" in text.raw[title_start:block[1]] else block[1]])
    item = Item(number or None, title or None, Span(match.start(), title_end), block)
    return item


def numbered_after_title(text: Text, start: int, end: int) -> list[Item]:
    """Items whose number follows their title on its line: "Extension de l'éclairage … : 2023-71"."""
    items = []
    for match in re.finditer(r"(?m)^(?P<title>[A-ZÉ][^\n:]{10,200}?(?:\s:\s[^\n:]{2,120}?)?)\s:\s(?P<num>\d{4}-\d{1,4})\s*$", text.raw[start:end]):
        at = start + match.start()
        items.append(Item(match["num"], " ".join(match["title"].split()), Span(at, start + match.end()), (start + match.end(), end)))
    return items


# --- votes -----------------------------------------------------------------------------------

def read_vote(text: Text, start: int, end: int) -> Tally:
    spec = cues("votes")
    tally = Tally()
    if text.find(pattern(spec["no_vote"]), start, end):
        found = text.find(alternatives([o["cue"] for o in spec["outcomes"][:1]]), start, end)
        if found:
            tally.result, tally.result_span = "prise d'acte", Span(found.start(), found.end())
        return tally
    for outcome in spec["outcomes"]:
        found = text.find(pattern(outcome["cue"]), start, end)
        if found:
            tally.result, tally.result_span = outcome["result"], Span(found.start(), found.end())
            break
    for prop, cue in spec["tallies"].items():
        found = text.find(pattern(cue), start, end)
        if not found:
            continue
        value = found["n"] if found["n"] is not None else found.groupdict().get("m")
        count = 0 if value in ("-", "–", "—", "neant") else int(value)
        tally.counts[prop] = (count, Span(found.start(), found.end()))
        names = re.match(spec["names_after"], text.folded[found.end():end])
        if names and prop != "nonParticipants":
            at = found.end() + names.start("names")
            raw = text.raw[at:found.end() + names.end("names")]
            tally.names[prop] = _names(raw, at)
    voices = text.find(pattern(spec["voices"]), start, end)
    if voices and "pour" not in tally.counts and tally.result in ("unanimité", "adoptée"):
        tally.counts["pour"] = (int(voices["n"]), Span(voices.start(), voices.end()))
    abstained = text.find(pattern(r"\babstentions?\s*:\s*(?=(?:m\.|mme|monsieur|madame))"), start, end)
    if abstained:
        raw = re.match(r"[^()]*?(?=\s*\(vote|\.\s|;|$)", text.raw[abstained.end():end])
        tally.names["abstention"] = _names(raw.group(), abstained.end())
    for found in text.finditer(pattern(r"(?P<who>(?:m\.|mme|monsieur|madame)\s+[^,;.()]{2,60}?)\s*(?:,\s*[^,;]{2,80}?,\s*)?(?:quitte\s+la\s+salle\s+et\s+)?" + spec["not_voting"]), start, end):
        tally.names.setdefault("nonParticipant", []).extend(_names(text.raw[found.start("who"):found.end("who")], found.start("who")))
    for found in text.finditer(pattern(r"(?:^|[.;]\s+|\n)(?P<who>[A-ZÉ][^,;.()\n]{2,60}?)\s+" + spec["not_voting"]), start, end):
        who = text.raw[found.start("who"):found.end("who")]
        if not re.match(r"(?i)(?:m\.|mme|monsieur|madame)\s", who):
            tally.names.setdefault("nonParticipant", []).extend(_names(who, found.start("who")))
    at = text.find(pattern(spec["vote_time"]), start, end)
    if at:
        tally.at = find_times(text.raw[at.start("t"):at.end("t") + 3])[0].value
    if tally.counts and all(c == 0 for c, _ in tally.counts.values()) and tally.result in (None,):
        tally.counts = {}  # an all-zero tally with no result is a blank form (GENRE.md §2.5)
    return tally


def _names(raw: str, at: int) -> list[tuple[str, Span]]:
    out = []
    for part in re.finditer(r"[^,;]+", raw):
        name = part.group()
        proxy = re.search(r"\s+par\s+procuration\s*$", name)
        if proxy:
            name = name[:proxy.start()]
        stripped = name.strip()
        if stripped and not re.fullmatch(r"\d+|[-–—]", stripped):
            start = at + part.start() + (len(name) - len(name.lstrip()))
            out.append((stripped, Span(start, start + len(stripped))))
    return out
