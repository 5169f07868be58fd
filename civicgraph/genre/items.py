"""Items of a séance (one act each): their number, title, rapporteur, and the block of text that
holds their vote; and the vote itself — result, tallies only when printed, names for, against,
abstaining and not taking part. An agenda line is not an item (GENRE.md §2.6)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import time

from civicgraph.facts import Span
from civicgraph.genre.item_tables import RowTitle, item_table, notes as table_notes, outcome_view, rapporteur_cell, row_counts, row_title, rows as table_rows, table_view
from civicgraph.genre.cues import DIGIT_FOR, Text, alternatives, cues, fold_piece, pattern
from civicgraph import french
from civicgraph.text import find_dates, find_times
from civicgraph.text.name_data import CAPITALS_WORD, NAME_OPENS, civility_of, with_civilities
from civicgraph.text.names import is_given_name
from civicgraph.text.numbers import words_to_int


@dataclass
class Item:
    number: str | None
    title: str | None
    span: Span  # the item's heading
    block: tuple[int, int]  # its text, up to the next item
    rapporteur: tuple[str, Span] | None = None
    point: int | None = None  # its rank on the agenda as printed before its act's number ("5. Délibération n° 2027-118")
    row: RowTitle | None = None  # a table's row: its title as its column writes it down its lines
    notes: tuple[tuple[int, int], ...] = ()  # paragraphs elsewhere that say more of it: a table's row's (`item_tables.notes`)
    outcome: Text | None = None  # the text to read its vote from when not the document's: a table's vote column alone
    counts: dict[str, tuple[int, Span]] = field(default_factory=dict)  # a table's row's count columns ("Pour  Contre"): {tally: (figure, span)}


@dataclass
class Tally:
    result: str | None = None
    result_span: Span | None = None
    counts: dict[str, tuple[int, Span]] = field(default_factory=dict)
    names: dict[str, list[tuple[str, Span]]] = field(default_factory=dict)  # pour/contre/abstention/nonParticipant
    at: time | None = None
    by_proxy: list[tuple[str, Span]] = field(default_factory=list)  # the names whose vote another member cast
    proxies: list[tuple[tuple[str, Span], tuple[str, Span]]] = field(default_factory=list)  # (giver, holder) its brackets write


def _agenda(text: Text, start: int, end: int) -> list[tuple[int, int]]:
    """The agenda ("Ordre du jour : …"): its lines announce items, they do not decide them."""
    spec = cues("items")
    spans = []
    for match in text.finditer(pattern(spec["agenda"]), start, end):
        stop = text.find(pattern(spec["agenda_end"]), match.end(), end)
        spans.append((match.start(), stop.end() if stop else min(end, match.end() + 1500)))
    return spans


HEADING_WIDTH = 100  # characters: two item cues further apart on one line are two items (text collapsed on one line)
POINT_TO_ACT = 30  # characters from a point's number to its act's: "2. Délibération n° 2025-01" is one item wherever it stands


def _candidates(text: Text, start: int, end: int, excluded: list[tuple[int, int]]) -> list[tuple[re.Match, str]]:
    spec = cues("items")
    not_before = pattern(spec["not_item_before"])
    found = []
    openings = _openings(text.folded, start, end)
    for entry in spec["starts"]:
        cue = pattern(entry["cue"])
        matches = _opening_matches(cue, text.folded, openings, start, end) if entry.get("opens") == "line_or_stop" else text.finditer(cue, start, end)
        for match in matches:
            at = match.start("num")
            if any(a <= at < b for a, b in excluded):
                continue
            if entry.get("capital") and not text.raw[match.end():match.end() + 1].isupper():
                continue  # "2022-01 Débat…" is a title; "2022-01 et suivants" is not
            if entry["kind"] == "numbered" and not_before.search(text.folded[max(start, match.start() - 12):match.start()]):
                continue  # "vu la délibération n° …", "jusqu'à la délibération n° …": another act
            if entry["kind"] == "point" and re.match(spec["not_a_title"]["cue"], fold_piece(text.raw[match.end():match.end() + 60])):
                continue  # "… Votes délégués :⏎3 – Votants : 21": a count wrapped, no point
            if entry["kind"] == "numbered" and _bracketed(text.raw, match.start()):
                continue  # "2. Décisions du Maire (article L. 2122-22, délibération n° 2025-009 du 12 mai 2025)": an act cited
            found.append((match, entry["kind"]))
    found = _without_documents_number(text.raw, found)
    found.sort(key=lambda f: f[0].start("num"))
    kept: list[tuple[re.Match, str, int, int]] = []  # (match, kind, its line's start, its number's start)
    for match, kind in found:  # one item a line: "1. Délibération n° CC2023-084" is one item, numbered
        at = match.start("num")
        line = text.raw.rfind("\n", 0, at) + 1
        ends_line = kind == "numbered" and _closes_line(text.raw, match.end("num"))
        same = [index for index, k in enumerate(kept) if k[2] == line and line > 0 and (at - k[3] < HEADING_WIDTH or ends_line and k[1] == "point") or k[3] == at
                or kind == "numbered" and k[1] == "point" and 0 < at - k[3] < POINT_TO_ACT]  # (one-line text: "… 2. Délibération n° 2025-01 – …"; a long title, its act's number closing its line)
        if same:
            point = kept[same[0]]
            if kind == "numbered" and point[1] == "point" and not text.raw[point[0].end():match.start()].strip(" \t-–—:"):
                kept[same[0]] = (match, kind, line, at)  # "2. Délibération n° 2025-017 – Title" (not "2. Title – délibération n° …": its title first)
            continue
        kept.append((match, kind, line, at))
    return _points_in_sequence([(match, kind) for match, kind, _, _ in kept], text.raw)


BRACKET_REACH = 160  # characters
def _without_documents_number(raw: str, found: list[tuple[re.Match, str]]) -> list[tuple[re.Match, str]]:
    """`found` without a number that ends its line in a column of its own ("1 rue du Moulin - 99000 Val          n° 2027-05")
    when two items or more are found besides: the document's number, a relevé's, not an act's (an extrait's one act is
    numbered so: "Séance du 11 avril 2027          N° 2027-027")."""
    def aside(match: re.Match) -> bool:
        at = match.start("num")
        return bool(SIDE_COLUMN.search(raw, raw.rfind("\n", 0, at) + 1, at) and LINE_ENDS.match(raw, match.end("num")))
    kept = [f for f in found if not (f[1] == "numbered" and aside(f[0]))]
    return kept if len(kept) >= 2 else found


LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z)")
SIDE_COLUMN = re.compile(r"\S[ \t]{3,}(?:[Nn]\s*°|[Nn]o\.?|[Nn]uméro)?\s*\Z")  # text on the line, then a column's gap before the number


def _bracketed(raw: str, at: int) -> bool:
    """Whether `at` stands inside a bracket its line opened before it (within `BRACKET_REACH`: a line of one-line
    text may hold an unclosed bracket far before)."""
    before = raw[max(raw.rfind("\n", 0, at) + 1, at - BRACKET_REACH):at]
    return before.count("(") > before.count(")")


OPENINGS = re.compile(r"[\n\f]|[.:!?] |(?<=: )\d{1,3} ")  # a line's break (a cue takes it), a stop and its space, a count's figure (one-line text: "Votants : 15 Point 4 – …"; a cue looks behind at them)


def _openings(folded: str, start: int, end: int) -> list[int]:
    """Where a line or a sentence opens in `[start, end)`, in order: `start`, each line break or form feed,
    the character after each stop and its space (one just before `start` included)."""
    return [start, *(m.start() if m.group() in "\n\f" else m.end() for m in OPENINGS.finditer(folded, max(0, start - 1), end))]


def _opening_matches(cue: re.Pattern, folded: str, openings: list[int], start: int, end: int) -> Iterator[re.Match]:
    """`cue.finditer(folded, start, end)` for a cue that starts only where a line does or after a stop
    and its space (`opens: line_or_stop` in items.yaml), tried at those places alone (`_openings`): its
    first element is a look-behind or an alternation with one, which `re` tries at every character."""
    at = start
    for place in openings:
        match = cue.match(folded, place, end) if place >= at else None
        if match:
            yield match
            at = max(match.end(), place + 1)


def _closes_line(raw: str, at: int) -> bool:
    """Whether nothing but a full stop follows `at` on its line."""
    end = raw.find("\n", at)
    return not raw[at:end if end >= 0 else len(raw)].strip(" \t.")


def _points_in_sequence(found: list[tuple[re.Match, str]], raw: str) -> list[tuple[re.Match, str]]:
    """Numbered points are items only as a sequence 1, 2, 3…: "à 20 h 50. M. X" is no point 50. Points ranked in Roman
    numerals are items where no point is ranked in figures and their titles are not a section's, in capitals."""
    out, expected = [], None
    figures = any(kind == "point" and match["num"].isdigit() for match, kind in found)
    for match, kind in found:
        if kind == "point" and not match["num"].isdigit() and (figures or _section_title(raw, match)):
            continue  # "I. FINANCES" over "1. Budget", "2. Tarifs": a section's heading, no item
        if kind == "point":
            number = rank(match["num"])
            if expected is None and number > 2 or expected is not None and number != expected:
                continue
            expected = number + 1
        elif expected is not None and _point(match.string, match.start("num")) == expected:
            expected += 1  # "II. Délibération n° 2027-031 – …": an act in the sequence, its rank before its number
        out.append((match, kind))
    return out


def _section_title(raw: str, match: re.Match) -> bool:
    """Whether the title after a point's number opens in capitals ("II. AMÉNAGEMENT DU TERRITOIRE"): a section's."""
    line_end = raw.find("\n", match.end())
    first = re.match(r"\w+", raw[match.end():line_end if line_end >= 0 else len(raw)])
    return bool(first) and len(first.group()) >= 3 and first.group().isupper()


def find_items(text: Text, start: int, end: int, skip: list[tuple[int, int]]) -> list[Item]:
    """Items in reading order; an item heading inside the agenda or a roll-call list is skipped."""
    excluded = skip + _agenda(text, start, end)
    table = item_table(text, start, end)
    rows = table_view(text, table, end) if table else text  # (a table's rows: their titles without the columns after)
    found = _candidates(rows, start, end, excluded)
    listed = table_rows(rows, table, end) if table else []
    outcomes = outcome_view(text, table, end) if listed else None
    if len(listed) >= 2:  # the table's rows are the items; what repeats a row's number after it tells of that act
        numbers = {m["num"].casefold() for m in listed}  # (the candidates' numbers are read on the folded text)
        found = sorted([f for f in found if f[0].start() < table.header[0] or f[0]["num"].casefold() not in numbers and f[0].start() > listed[-1].start()]
                       + [(m, "numbered") for m in listed], key=lambda f: f[0].start())
    items: list[Item] = []
    for index, (match, _) in enumerate(found):
        stop = found[index + 1][0].start() if index + 1 < len(found) else end
        item = _item(rows, match, (match.end(), stop))
        if table and item.rapporteur is None:
            item.rapporteur = rapporteur_cell(text, table, item.span)
        if any(match is row for row in listed):  # a table's row: its title down its column, the heading's span over it
            item.row, item.outcome, item.counts = row_title(rows, match, stop, FIELD_LINE), outcomes, row_counts(text, table, Span(match.start(), match.end()))
            if (not item.number or item.number.isdigit()) and (act := ROW_ACT.match(item.row.text)):  # "1⇥2026-61 Budget …": a rank, then the act
                item.point, item.number = int(item.number) if item.number else None, act_number(act["num"])
                item.row = RowTitle(item.row.text[act.end():], item.row.at[act.end():])
            item.title = _clean_title(item.row.text) or item.title
            item.span = Span(item.span.start, max(item.span.end, item.row.at[-1] + 1 if item.row.at else 0))
        item.title = item.title and _without_amount(item.title)
        if items and _titles(items[-1], item, text):
            item = Item(items[-1].number, item.title, items.pop().span, (match.end(), stop), item.rapporteur)
        items.append(item)
    if len(listed) >= 2:
        _with_notes(items, table_notes(text, listed, end))
    if not items:
        items = numbered_after_title(text, start, end)
    approvals = _approvals(text, start, end, excluded, items)
    if not items:
        items = agenda_headed(text, start, end, _agenda(text, start, end))
    if not items:
        items = [i for i in titled_paragraphs(text, start, end, excluded) if not any(a.block[0] <= i.span.start < a.block[1] for a in approvals)]
    reports = [i for i in _delegations_reports(text, start, end, excluded) if not any(j.span.start <= i.span.start < j.block[1] for j in items)]
    return sorted([i for i in items if _decides(text, i)] + approvals + reports, key=lambda i: i.span.start)


def _with_notes(items: list[Item], notes: dict[str, list[tuple[int, int]]]) -> None:
    """The table's rows given the paragraphs that say more of them; a row's block ends before the first note after it."""
    starts = sorted(a for spans in notes.values() for a, _ in spans)
    for item in items:
        item.notes = tuple(notes.get(item.number or "", ()) or notes.get(str(item.point), ()))  # (by its rank when its act's number was in its title)
        after = next((a for a in starts if a > item.block[0]), None)
        if after is not None and item.block[1] > after:
            item.block = (item.block[0], after)


def _delegations_reports(text: Text, start: int, end: int, excluded) -> list[Item]:
    """"Décisions du Maire prises depuis la dernière séance" on a line of its own: an item up to the
    next blank line (the council takes note of it)."""
    found = []
    for match in text.finditer(pattern(cues("items")["delegations_report"]), start, end):
        if any(a <= match.start("t") < b for a, b in excluded):
            continue
        stop = re.search(r"\n[ \t]*\n", text.raw[match.end():end])
        block = (match.end(), match.end() + stop.start() if stop else end)
        title = " ".join(text.raw[match.start("t"):match.end("t")].split())
        found.append(Item(None, title, Span(match.start("t"), match.end("t")), block))
    return found


def _decides(text: Text, item: Item) -> bool:
    """"Questions diverses", "Informations", a point withdrawn or adjourned ("Ce point est retiré de l'ordre du
    jour"): no act unless a vote or a taking note is recorded in its text."""
    spec = cues("items")
    said_nothing = item.title and pattern(rf"(?:{spec['not_acts']})(?:\s*:?\s*(?:{spec['nothing_said']}))?\s*\.?$").fullmatch(fold_piece(item.title).strip())
    if not said_nothing and not text.find(pattern(spec["set_aside"]["cue"]), *item.block):
        return True
    return text.find(alternatives([o["cue"] for o in cues("votes")["outcomes"]]), *item.block) is not None


def _titles(act: Item, following: Item, text: Text) -> bool:
    """"Délibération n° 23AP.241" without a title, then "Rapport n° 5-3 - Politique culturelle …":
    the heading that follows at once is the act's report, not another act."""
    between = text.raw[act.span.end:following.span.start]
    return act.title is None and act.number is not None and following.title is not None and len(between.strip()) < 3


LOWER = "a-zàâçéèêëîïôûùü"
# A line that opens a sentence or a field: "Capitalised lowercase …", "Prénom NOM verb …", "Word le/la/du …", "L'ADIL, membre …",
# "Montant : 286 000 €".
SENTENCE_LINE = rf"\n(?=\s*(?:[A-ZÉ][{LOWER}]+\s+[{LOWER}]|[A-ZÉ][{LOWER}]+(?:\s+[{LOWER}]+){{0,2}}[ \t]*:\s|[A-ZÉ][{LOWER}-]+\s+[A-ZÉÈ]{{2}}[A-ZÉÈ'’ -]*\s[{LOWER}]|[A-Z][a-zé]+ (?:le|la|les|du|de) |L['’][A-ZÉ][\w-]*,?\s+[{LOWER}]))"


NOT_SUBTITLE = r"(?:adopt|approuv|rejet|unanimit|sous|le|la|les|l['’]|pour|contre|absten|vote|voix|present|excus|absent)"  # a field's or an outcome's words


def _title_end(text: Text, start: int, end: int) -> int:
    """A title runs to the end of its paragraph on clean text, to the next sentence on one-line text;
    a line that opens a sentence ("Approuvé à …", "Le trésorier …", "Paul X présente …") is no
    part of it."""
    raw = text.raw[start:end]
    spec = cues("items")
    # On one-line text " : " starts the next field ("… Rapporteur : X", "… : adopté", "… : sous la
    # présidence de …") unless a figure or a subtitle follows: a noun and its complement ("… : attribution du lot 1"), or a
    # few words in small letters, no field's, up to a dash or a stop ("… : barème 2028 – …", "… : tarification solidaire");
    # a title on its own line keeps its colon ("Politique culturelle : renouvellement des adhésions …").
    colon = r"(?!)" if "\n" in raw[:300] else rf"\s:\s(?!\d|[{LOWER}]{{4,}}\s+(?:de|du|des|d['’])\b|(?!{NOT_SUBTITLE})[{LOWER}]{{3,}}\b[^–—.;:(\n]{{0,40}}?(?=\s[-–—]\s|[.;]\s|\s\(|\s*$|\s(?:Rapporteure?|Présentée?\s+par)\b))"
    stops = [r"\n\s*\n", SENTENCE_LINE, r"\n(?=\s*" + spec["line_openers"]["cue"] + ")", colon, *spec["title_stops"], spec["bracketed_person"], spec["sentence_openers"]]
    stop = re.search("|".join(stops), raw)
    return start + (stop.start() if stop else min(len(raw), 200))


def _title_at(text: Text, position: int, end: int) -> tuple[str | None, int]:
    lead = re.match(r"[ \t]*[-–—:]?[ \t]*", text.raw[position:end])
    title_start = position + lead.end()
    objet = _objet(text, position, end)
    if text.raw[title_start:title_start + 1] in ("\n", "") or objet and objet.start() - title_start < 3:
        if objet is None:
            return _title_below(text, title_start, end)
        title_start = objet.end()
    title_end = _title_end(text, title_start, end)
    title = _clean_title(text.raw[title_start:title_end])
    if objet and objet.start() > title_start and _objet_names_item(text, title, title_end, objet):
        title_end = _title_end(text, objet.end(), end)
        title = _clean_title(text.raw[objet.end():title_end])
    return title or None, title_end


def _title_below(text: Text, at: int, end: int) -> tuple[str | None, int]:
    """"DÉLIBÉRATION N° CA-2025-47⏎   Adhésion du SDIS à …": the line right below the number is its
    title, unless it opens a sentence, a field or the séance (then the act has none there)."""
    line = re.match(r"\n[ \t]*(?=\S)", text.raw[at:end])
    if not line:
        return None, at
    start = at + line.end()
    first = text.raw[start:text.raw.find("\n", start) if "\n" in text.raw[start:end] else end]
    spec = cues("items")
    if re.match(spec["line_openers"]["cue"], first) or re.match(spec["not_a_title"]["cue"], fold_piece(first)) or ":" in first[:40] or not first[:1].isupper():
        return None, at
    stop = _title_end(text, start, end)
    return _clean_title(text.raw[start:stop]) or None, stop


def _objet(text: Text, start: int, end: int) -> re.Match | None:
    """The item's "Objet :" field: at a line's start or after a sentence, not "sans objet :" (a
    profile's cue that starts with its own layout, a line break or "**", places itself)."""
    for found in text.finditer(pattern(cues("items")["object"]), start, end):
        before = text.raw[max(start, found.start() - 2):found.start()]
        placed = found.start() == start or not text.raw[found.start()].islower()  # "OBJET :", "Objet :", "\nTitre"
        if placed or before.endswith("\n") or re.search(r"[.;:]\s$|\s\s$", before):
            return found
    return None


def _objet_names_item(text: Text, title: str, title_end: int, objet: re.Match) -> bool:
    """An "Objet :" further on is the item's title unless a title on its own line was read and the
    body has begun before the field (a letter quoted in the item has an "Objet :" of its own); what
    follows the number of a one-line extract ("Nombre de membres …", "L'an deux mille …") is no title."""
    if re.match(cues("items")["not_a_title"]["cue"], fold_piece(title)):
        return True
    own_line = text.raw[title_end:title_end + 1] in ("\n", "") and title[:1].isupper()
    return not own_line or not re.search(r"[.!?](?:\s|$)", text.raw[title_end:objet.start()])


def _clean_title(raw: str) -> str:
    """Markdown emphasis is layout, and a last line of bare digits is a file number, not the title's."""
    raw = re.sub(r"\n[ \t]*\d+[ \t]*(?=[*_]*\s*$)", "", raw.replace("**", ""))
    title = " ".join(raw.split()).strip(" .–—-:")
    return re.sub(r"\s+:\s+\d{4}-\d{1,4}$", "", title)


# A title's last words an amount, a note on the act rather than its title (a table's cell wraps it below, a heading adds
# it): "…, 2 340 000 €", "… (cotisation 9 420,00 €, art. 6281)", "… - cotisation 2027 : 4 260,00 €", "… (enveloppe
# 180 000 €)". The heading's span keeps them: the act's amounts are read there.
AMOUNT_AT_END = r"\d{1,3}(?:[   .]\d{3})*(?:,\d{2})?\s*(?:€|euros?\b)"
TRAILING_AMOUNT = (re.compile(rf"\s*:\s*{AMOUNT_AT_END}$"),  # "… cotisation 2021 : 2 140 €": only the figure after its word
                   re.compile(rf"(?:\s*,\s+|\s+[-–—]\s+|\s+(?=\())\(?(?:[^()\-–—,]{{0,30}}?\s)?{AMOUNT_AT_END}(?:[,;]\s[^()]{{0,30}})?\)?$"))


def _without_amount(title: str) -> str:
    """`title` without the amount that closes it (`TRAILING_AMOUNT`, the figure alone after a word's colon first), or
    `title` when nothing would be left."""
    for trailing in TRAILING_AMOUNT:
        bare = trailing.sub("", title)
        if bare != title:
            return bare or title
    return title


FIELD_LINE = re.compile(r"\n(?=[ \t]*" + cues("items")["line_openers"]["cue"] + ")")  # a line that opens a field or a sentence: no title's


def _item(text: Text, match: re.Match, block: tuple[int, int]) -> Item:
    number = printed = act_number(text.raw[match.start("num"):match.end("num")].strip())
    title, title_end = _title_at(text, match.end(), block[1])
    if title and (not number or number.isdigit()) and (cell := ACT_CELL.match(text.raw, match.end(), block[1])):
        number = act_number(cell["num"] or cell["word_num"] or cell["series_num"])
        title, title_end = _title_at(text, cell.end(), block[1])
    elif title and (not number or number.isdigit()):  # a point's number: its act's may be in its title
        designated, title = designation(title)
        number = designated or number
        if alone := ACT_ALONE.match(title or ""):  # or be all of its line, the title below it
            number = act_number(alone["num"] or alone["word_num"] or alone["series_num"])
            title, title_end = _title_below(text, title_end, block[1])
    point = _point(text.raw, match.start("num")) or (int(printed) if printed and printed.isdigit() and number != printed else None)  # ("Point 4 - B2027-089 - …" inside a line)
    return Item(number or None, title, Span(match.start(), title_end), block, rapporteur(text, title_end, block[1]), point)


# A point's rank opening the line of an item: "5. Délibération n° …", "IV – Budget (DCM 2027-118)".
POINT = re.compile(r"(?i)[ \t]*(?:point\s+(?:n°\s*)?)?(?P<rank>\d{1,3}|[ivxl]{1,7})[ \t]*(?:[.)°]|[-–—:](?=\s))")  # (on raw or folded text)
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _point(raw: str, at: int) -> int | None:
    """The rank printed at the start of the line of the item found at `at` (figures or Roman numerals), or None."""
    line = raw.rfind("\n", 0, at) + 1
    found = POINT.match(raw, line, max(at, line) + 16)
    return None if found is None or found.start("rank") > at else rank(found["rank"])


def rank(written: str) -> int:
    """A rank written in figures or in Roman numerals ("12", "IV", "xii"), as a number."""
    if written.isdigit():
        return int(written)
    values = [ROMAN[c] for c in written.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def designation(title: str) -> tuple[str | None, str]:
    """(the act's number a title carries, the title without it), or (None, title): "Compte financier unique
    2024 (DCM 2025-031)" or "Tarifs – délibération n° 2026-102" after the title, "DCM n° 2026-031 – Budget primitif 2026"
    before it."""
    act = TRAILING_ACT.search(title) or DASHED_ACT.search(title)
    if act:
        return act_number(act["num"]), title[:act.start()]
    act = LEADING_ACT.match(title)
    if act:
        return act_number(act["num"] or act["word_num"] or act["series_num"]), title[act.end():]
    return None, title


# An act's number as a title closing with it writes it: a series' letters perhaps, a year (or its two figures), a separator,
# a series' letters inside perhaps ("2027-CB-118"), a number.
ACT_NUMBER = r"(?:[A-Z]{1,5}[ _/-]?)?\d\d(?:\d\d)?[-_/.](?:[A-Z]{1,4}[-_/.])?\d[\w/.-]*\w"
# An act's number in brackets closing a point's title: "(DCM 2025-031)", "(n° 2025-031)", "(D2025-31)",
# "(délibération n° 2025-031)", "(rapport n° 2024.0712.CP)", "(délibération n° 2025-CA-017)", a year of two figures after "n°" ("(n° 26-051)",
# "(rapport n° 24-07-0712)"), a series' letters first after "rapport n°" or "délibération n°" ("(rapport n° CP-27-03-112)"); not a period ("(2024-2026)").
TRAILING_ACT = re.compile(r"\s*\((?:(?:[Dd][ée]lib[ée]ration|[Rr]apport)\s+)?(?:n°\s*(?=\d\d[-_/]\d{2,4}(?:[-_/]\d{1,4})?\))|(?<=[nt]\s)n°\s*(?=[A-Z]{1,5}[ _/-]?\d\d[-_/.]\d)|(?:n°\s*)?(?=(?:[A-Z]{1,5}[ _/-]?)?\d{4}[-_/.](?:[A-Z]{1,4}[-_/.])?\d)"
                          r"(?!(?:19|20)\d\d[-/](?:19|20)\d\d\)))(?P<num>" + ACT_NUMBER + r")\)$")
# The same after a dash: "Tarifs – délibération n° 2025-04-017".
DASHED_ACT = re.compile(r"\s+[-–—]\s+(?:[Dd][ée]lib[ée]ration\s+)?n°\s*(?P<num>" + ACT_NUMBER + r")$")
# An act's designation opening a point's title, before a dash: "DCM n° 2026-031 – Budget primitif", "Délibération
# n° 26-051 : …", "Délibération n° CA/2026/041 – …", the word without "n°" ("Délibération D-2026-27 – …", "Rapport CP-2027-10-01 – …", OCR's
# "Deliberation CS 2O26-l8 - …"), a series' letters and a year's number alone ("DCM 2026-052 – …", "B2027-141 – …"); not a period
# ("Délibération 2024-2026 : …").
DESIGNATION = (r"(?:(?:[Dd][ée]lib[ée]ration|[A-Z]{1,5})\s+)?n°\s*(?P<num>(?:[A-Z]{1,5}[ _/-]?)?\d\d(?:\d\d)?[-_/]\d[\w/-]*)AFTER"
               r"|(?:[Dd][ée]lib[ée]ration|[Rr]apport)\s+(?!(?:19|20)\d\d[-/](?:19|20)\d\d\b)"
               r"(?P<word_num>(?:[A-Z]{1,5}[ _/-]?)?\d[\dOIl](?:[\dOIl]{2})?[-_/][\dOIl][\w/-]*)AFTER"
               r"|(?P<series_num>(?:[A-Z]{2,5}[ _-]?|[A-Z][_-]?)(?:19|20)\d\d[-_/]\d{1,4})AFTER")
LEADING_ACT = re.compile(DESIGNATION.replace("AFTER", r"\s*[-–—:]\s+"))
# The same designation a cell of its own after a point's rank, a word processor's tab after it: "Point 1⇥DEL-2027-012⇥Title".
ACT_CELL = re.compile(r"[ \t]*(?:" + DESIGNATION.replace("AFTER", r"[ ]*\t") + ")")
# An act's number opening a table row's title cell after the row's rank ("1     2026-61 Budget primitif 2027"): a year's
# number, a series' letters perhaps, before a capital; not a period ("2026-2027 Saison …").
ROW_ACT = re.compile(r"(?P<num>(?:[A-Z]{1,5}[ _/-]?)?(?!(?:19|20)\d\d[-/](?:19|20)\d\d\b)(?:19|20)\d\d[-_/.]\d{1,4})\s+(?=[A-ZÉÈÀÂÎÔ])")
# The same designation alone on a point's line, its title on the line below: "Rapport n° 3 – Délibération CP 2026-10-03⏎Titre".
ACT_ALONE = re.compile(DESIGNATION.replace("AFTER", r"\s*$"))


# A run of an act number's characters with a figure, or after a figure and its separator, its letters
# all OCR's for figures: "2O21-ll4" is "2021-114", "2O23/ll" "2023/11", "DCM 2021-0l7" "DCM 2021-017"
# (a series' letters, "DCM", "CA-", are no such run).
OCR_FIGURE_RUN = re.compile(r"(?<![^\W_])(?:(?=[lIoO]*\d)[\dlIoO]+|(?<=\d[/.-])[lIoO]+|(?<=[A-Z][/-])[lIoO]{2,})(?![^\W_])")  # ("2O23/ll", "27.06.Ol": after a figure's separator; "27-CP-Ol": two after a series' letters)


def act_number(written: str) -> str:
    """An act number as written, OCR's letters for figures made figures ("2O21-ll4" → "2021-114")."""
    return OCR_FIGURE_RUN.sub(_as_figures, written)


def _as_figures(run: re.Match) -> str:
    """An `OCR_FIGURE_RUN` in figures (all of it: unlike `cues.repair_ocr`, a number's place is known here)."""
    return run.group().translate(DIGIT_FOR)


def first_line_item(text: Text, start: int, end: int) -> Item:
    """An act printed without number or "Objet": its title is its first line."""
    title, title_end = _title_at(text, start + len(text.raw[start:end]) - len(text.raw[start:end].lstrip()), end)
    return Item(None, title, Span(start, title_end), (title_end, end), rapporteur(text, title_end, end))


def rapporteur(text: Text, start: int, end: int) -> tuple[str, Span] | None:
    """"Rapporteur : Mme X, première adjointe", ", présenté par Mme X, trésorière"."""
    spec = cues("items")
    found = text.at(pattern(r"\s*(?:" + spec["presented"] + "|" + spec["rapporteur"] + ")"), start, end)
    if found is None:
        found = text.find(pattern(spec["rapporteur"]), start, min(end, start + 300))
        if found and text.raw[found.start() - 1:found.start()].isalpha():
            found = None
    if found is None:
        return _bracketed_rapporteur(text, start, end)
    name = re.match(RAPPORTEUR_NAME, text.raw[found.end():end])
    if not name:
        return None
    at = found.end() + name.start("n")
    return name["n"].strip(), Span(at, at + len(name["n"].strip()))


def _bracketed_rapporteur(text: Text, start: int, end: int) -> tuple[str, Span] | None:
    """"Rapport moral (Paul R.)", "(Mme X)": the name in brackets right after a title, when it opens
    with a given name or a civility."""
    found = re.compile(cues("items")["bracketed_person"]).match(text.raw, start, end)
    first = found["n"].split()[0] if found else ""
    if found is None or not (is_given_name(first) or civility_of(first)):
        return None
    return found["n"], Span(found.start("n"), found.end("n"))


def _approvals(text: Text, start: int, end: int, excluded, items: list[Item]) -> list[Item]:
    """"Le compte-rendu de la réunion du … est approuvé" outside any item: an item of its own, to
    the next blank line or item."""
    found = []
    for match in text.finditer(pattern(cues("items")["approval"]), start, end):
        if any(a <= match.start() < b for a, b in excluded) or any(_approves(i, match.start()) for i in items):
            continue
        what = _dates_in_words(" ".join(text.raw[match.start("what"):match.end("what")].split()).rstrip(" ,"))
        title = "Approbation du " + (what if what.startswith("PV") else what[0].lower() + what[1:])
        stop = text.raw.find("\n\n", match.end())
        lead = text.raw[match.start():match.start("what")]
        at = match.start() + len(lead) - len(lead.lstrip(". \n\t"))  # from "Le compte rendu…"
        following = [i.span.start for i in items if i.span.start > at]  # it ends at a blank line or the next item
        found.append(Item(None, title, Span(at, match.end()), (at, min([end if stop < 0 else min(end, stop + 1), *following]))))
    return found


def _approves(item: Item, at: int) -> bool:
    """The approval sentence at `at` is the text of `item` — inside its block, or just before an
    item titled as the approval ("Approbation du procès-verbal")."""
    if item.block[0] <= at < item.block[1]:
        return True
    return item.block[0] - 300 <= at and re.search(r"(?i)approbation|proc[eè]s|compte[ -]?rendu|\bPV\b", item.title or "") is not None


def _dates_in_words(title: str) -> str:
    """A title we compose names dates the way French prose does: "du 15/12/21" → "du 15 décembre 2021"."""
    for found in reversed(find_dates(title)):
        title = title[:found.start] + french.date(found.value.isoformat()) + title[found.end:]
    return title


AGENDA_ENTRY = re.compile(r"[^✓•▪●➢►\n]+")
RAPPORTEUR_NAME = re.compile(with_civilities(r"\s*:?\s*(?P<n>(?:{civility})?\s*[^,.;:\n(]{3,60}?)\s*(?=[,.;\n(]|\s[-–—]\s|$)"))  # (" - unanimité" after it: the vote)
CIVILITY_FIRST = re.compile(with_civilities(r"{civility}\s"))
BODY_HEADING = re.compile(r"(?P<h>[A-ZÉÈÀ][^.;:\n]{2,70}?)\s:\s")


def _agenda_entries(text: Text, span: tuple[int, int]) -> list[tuple[str, list[str]]]:
    """The agenda's entries as (heading, sub-entries): "Lac de Saint-Cassien : - convention … - demande …"."""
    raw = text.raw[span[0]:span[1]]
    raw = raw[raw.find(":") + 1:]
    entries = []
    for entry in AGENDA_ENTRY.finditer(raw):
        head, _, subs = entry.group().partition(" : ")
        if head.strip():
            entries.append((" ".join(head.split()).strip(" .,"), [" ".join(p.split()).strip(" .,-") for p in re.split(r"\s-\s", subs) if p.strip(" -")]))
    return entries


def _words(phrase: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", fold_piece(phrase))}


def agenda_headed(text: Text, start: int, end: int, agendas: list[tuple[int, int]]) -> list[Item]:
    """Minutes reported under the agenda's headings ("Personnel : la création du poste … est adoptée
    par 22 voix pour"): each clause that records an outcome is an act, titled by its agenda entry
    (and the sub-entry it speaks of)."""
    if not agendas:
        return []
    entries = [e for span in agendas for e in _agenda_entries(text, span)]
    outcomes = alternatives([o["cue"] for o in cues("votes")["outcomes"]])
    after = max(b for _, b in agendas)
    headings = []
    region = text.raw[after:end]
    starts = [after + len(region) - len(region.lstrip())]  # a heading right after the agenda, or after a sentence
    starts += [after + m.end() for m in re.finditer(r"[.;!?]\s+|\n\s*", region)]
    for at in starts:
        match = BODY_HEADING.match(text.raw, at, end)
        if not match:
            continue
        said = fold_piece(match["h"]).strip()
        entry = next((e for e in entries if fold_piece(e[0]).startswith(said)), None)
        if entry:
            headings.append((match, entry))
    items = []
    for index, (match, (head, subs)) in enumerate(headings):
        stop = headings[index + 1][0].start() if index + 1 < len(headings) else end
        for clause in re.finditer(r"(?:[^;.()]|\([^)]*\))+", text.raw[match.end():stop]):  # "(SERRA C.)" stays in
            at = (match.end() + clause.start(), match.end() + clause.end())
            if not text.find(outcomes, *at):
                continue
            sub = max(subs, key=lambda s: len(_words(s) & _words(clause.group())), default=None)
            title = f"{head} - {sub}" if sub and _words(sub) & _words(clause.group()) else head
            items.append(Item(None, title, Span(*at), at))
    return items


TITLE_LINE = 91  # characters: an act's title alone on its line; longer, a line of prose wrapped without a stop
TITLE_LINE_NUMBERED = 160  # characters, a title that ends with its act's number ("Convention d'adhésion au … (n° 2026-043)")


UNNAMED = re.compile(r"\(\?P<\w+>")  # a named group made plain, so that two cues naming theirs alike join


def titled_paragraphs(text: Text, start: int, end: int, excluded) -> list[Item]:
    """Minutes without numbers: a short title line ("Objet :" before it or not) whose paragraph states an outcome or a
    tally ("Pour : 21 – Contre : 3", "Vote :⇥Pour 9⇥Contre 1")."""
    votes = cues("votes")
    outcomes = alternatives([o["cue"] for o in votes["outcomes"]] + [UNNAMED.sub("(?:", votes["tallies"]["pour"][form]) for form in ("labelled", "in_cell")])
    lines = [line for line in re.finditer(r"(?m)^[ \t]*(?:Objet\s*:\s*)?(?P<t>[A-ZÉÈ][^\n.:;]{3,%d}?)[ \t]*$" % TITLE_LINE_NUMBERED, text.raw[start:end])
             if len(line["t"]) <= TITLE_LINE or TRAILING_ACT.search(line["t"])]
    items = []
    for index, line in enumerate(lines):
        at = start + line.start("t")
        if any(a <= at < b for a, b in excluded):
            continue
        stop = start + lines[index + 1].start() if index + 1 < len(lines) else end
        body = (start + line.end(), stop)
        if text.find(outcomes, *body) or text.find(pattern(r"\bsont\s+(?:elus|reelus|elus\s+ou\s+reelus)\b"), *body):
            number, title = designation(" ".join(line["t"].split()))
            items.append(Item(number, title, Span(at, start + line.end("t")), body))
    return items


def numbered_after_title(text: Text, start: int, end: int) -> list[Item]:
    """Items whose number follows their title on its line: "Extension de l'éclairage … : 2023-71"."""
    items = []
    for match in re.finditer(r"(?m)(?:^|(?<=\s{2})|(?<=\d\s))(?P<title>[A-ZÉ][^\n:]{10,200}?(?:\s:\s[^\n:]{2,120}?)?)\s[:\-–]\s(?P<num>\d{4}-\d{1,4}|[A-Z]{1,4}/\d{2}/\d{1,4})\s*$", text.raw[start:end]):
        at = start + match.start()
        items.append(Item(match["num"], " ".join(match["title"].split()), Span(at, start + match.end()), (start + match.end(), end)))
    return items


# --- votes -----------------------------------------------------------------------------------

OF_AN_ITEM = re.compile(r"\s+(?:du|de\s+la|de\s+l')\s*(?:point|deliberation|rapport|question|dossier)\b")  # the vote of a named item
# A member's leaving the room told before "ne prend pas part au vote": "quitte la salle et", "se retire et".
WITHDRAWS = r"(?:(?:quitte\s+la\s+(?:salle|seance)|se\s+retire|sort\s+de\s+la\s+salle)\s+et\s+)?"


def _tally_names(text: Text, found: re.Match, end: int) -> tuple[int, str] | None:
    """(where, as written) the names a tally's brackets hold: after its word ("contre (M. X)", `names_after`), or between its
    figure and its word ("2 (M. X, Mme Y) contre", the tally's own `names`)."""
    if found.re.groupindex.get("names") and found["names"]:
        return found.start("names"), text.raw[found.start("names"):found.end("names")]
    after = re.match(cues("votes")["names_after"], text.folded[found.end():end])
    return (found.end() + after.start("names"), text.raw[found.end() + after.start("names"):found.end() + after.end("names")]) if after else None


def read_vote(text: Text, start: int, end: int) -> Tally:
    spec = cues("votes")
    tally = Tally()
    tally.result, tally.result_span, voted = _outcome(text, start, end)
    if not voted:
        return tally
    flattened = text.find(pattern(spec["flattened_tally"]["cue"]), start, end)
    for prop in ("pour", "contre", "abstention") if flattened else ():
        tally.counts[prop] = (int(flattened[prop]), Span(flattened.start(prop), flattened.end(prop)))
    for prop, cue in spec["tallies"].items():
        found = _tally(text, cue, start, end) if prop not in tally.counts else None
        if not found:
            continue
        count = _count(found)
        tally.counts[prop] = (count, Span(found.start(), found.end()))
        names = _tally_names(text, found, end)
        if names:
            at, raw = names
            tally.names[NAMED.get(prop, prop)] = _voters(_names(raw, at, tally.by_proxy))
            tally.proxies += [(_found(text, told, "g"), _found(text, told, "h")) for told in text.finditer(pattern(spec["proxy_in_names"]["cue"]), at, at + len(raw))]
    _names_in_columns(text, tally, end)
    if not tally.counts:
        _prose_vote(text, start, end, tally)
    voices = text.find(pattern(spec["voices"]), start, end)
    if voices and "pour" not in tally.counts and tally.result in ("unanimité", "adoptée"):
        written = voices["n"] or voices["v"] or voices["u"] or voices["t"]  # ("Unanimité (19)", "Adopté à l'unanimité⇥18 voix", "… des quinze votants")
        figures = written.translate(OCR_FIGURES)
        count = int(figures) if figures.isdigit() else words_to_int(written)
        if count is not None:
            tally.counts["pour"] = (count, Span(voices.start(), voices.end()))
    for prop, cue in spec["labelled_names"].items():
        labelled = next((f for f in text.finditer(pattern(cue), start, end) if NAME_OPENS.match(text.raw, f.end())), None)
        if labelled:
            raw = re.match(LABELLED_RUN + r"*?(?=\s*\)|\s*\((?!" + GOES_ON + r")|(?<![A-Z])\.\s|(?<=[A-Z]{2})\.(?:[ \t]*\n|\s+(?=[A-ZÉÈ][a-zéèê]+))|\s+[-–—]\s+(?=[A-ZÉÈ][a-zéèê]+\s*:)|\.?[ \t]*\n[ \t]*\n|[ \t]*\n(?=[ \t]*(?i:pour|contre|abstentions?|ne\s+prend)[ \t]*[\t:])|;|$)", text.raw[labelled.end():end])  # "(par procuration)", "… BRUN.⏎", "… BRUN. Abstention : …", "… BRUN - Abstention : …", a blank line, a line opening on the next label ("⏎Abstention⇥…") end the names
            tally.names[prop] = _voters(_names(raw.group(), labelled.end(), tally.by_proxy))
            if prop in COUNTED_BY_NAMES and prop not in tally.counts and tally.names[prop]:  # "ont voté contre : M. X, Mme Y": two against
                tally.counts[prop] = (len(tally.names[prop]), Span(labelled.start(), labelled.end() + raw.end()))
    told = []  # the spans of the names read with their civility
    for found in text.finditer(pattern(r"(?P<who>{civility}\s+(?:\w\.-?\s*)*(?:[^,;.()\s]|\s(?!{civility}\s)){2,60}?(?:\s\w\.(?:-?\w\.)?)?)(?:\s*\([^()]{2,60}\))?\s*(?:,\s*[^,;]{2,80}?,\s*|(?:,\s*(?:(?!{civility}\s)[^,;.]){2,80}?){2},\s*)?" + WITHDRAWS
                                       + r"(?:" + spec["not_voting"] + r"|et\s+(?={civility}\s[^;.]{2,160}?\sne\s+(?:prennent|participent)\s))"), start, end):  # (the first of two: "Mme X, office, et M. Y, office, ne prennent pas part …"; two appositions: "M. X, maire de Val, commune bénéficiaire, ne prend …"; a commune in brackets: "M. X (Val), maire …")
        if OF_AN_ITEM.match(text.folded, found.end()):
            continue  # "… ne prend pas part au vote du point 2027-12-03": the item it names, told before it
        tally.names.setdefault("nonParticipant", []).extend(_names(text.raw[found.start("who"):found.end("who")], found.start("who")))
        told.append((found.start(), found.end()))
    # cues match folded (lower-case) text: the name's capital is checked on the raw text ("PETIT Luc, président de
    # l'association, ne prend pas part au vote"); a civility's full stop opens no sentence ("M. Luc PETIT" is read above)
    for found in text.finditer(pattern(r"(?:^|(?<!\bm)(?<!\bmm)[.;]\s+|\n)(?P<who>[a-z](?:[^,;.()\n\d]|(?<![a-z]{2})\.){2,60}?)(?:\s*,\s*(?P<apposed>[^,;.\n]{2,80}?),)?[ \t]+" + WITHDRAWS
                                       + spec["not_voting"]), start, end):  # ("PETIT L., président de …", "Le Maire quitte la salle et ne …")
        named = found["apposed"] and OFFICE_SUBJECT.match(text.raw, found.start("who")) and CAPITALS_WORD.search(text.raw, found.start("apposed"), found.end("apposed"))
        who = text.raw[found.start("apposed"):found.end("apposed")] if named else text.raw[found.start("who"):found.end("who")]  # "Le président du club, ROCHE Paul, ne prend …": the name
        if OF_AN_ITEM.match(text.folded, found.end()):
            continue
        if who[:1].isupper() and not CIVILITY_FIRST.match(who) and not any(a <= found.start("who") < b for a, b in told):  # (not "Val" of "M. X, maire de⏎Val, …")
            tally.names.setdefault("nonParticipant", []).extend(_names(who, found.start("apposed" if named else "who")))
    for found in (f for key in ("out_of_the_room", "chair_out") for f in text.finditer(pattern(spec[key]["cue"]), start, end)):
        tally.names.setdefault("nonParticipant", []).append((text.raw[found.start("who"):found.end("who")], Span(found.start("who"), found.end("who"))))
    at = text.find(pattern(spec["vote_time"]), start, end)
    if at:
        tally.at = find_times(text.raw[at.start("t"):at.end("t") + 3])[0].value
    return settled(tally)


def settled(tally: Tally) -> Tally:
    """`tally` with what its counts decide: none when all are zero and no result is told (a blank form or no vote:
    GENRE.md §2.5, §2.10), an adoption when more are for than against and no result (or only a "prise d'acte") is told.
    Unanimity is what the text says, never inferred from figures: the cases read "Pour : 7  Contre : 0  Abstention : 0"
    as adopted; after a "prend acte de …" in its text, what was noted was put to the vote."""
    if tally.counts and all(c == 0 for c, _ in tally.counts.values()) and tally.result is None:
        tally.counts = {}
    elif tally.result in UNDECIDED and "pour" in tally.counts and tally.counts["pour"][0] > tally.counts.get("contre", (0,))[0]:
        tally.result, tally.result_span = "adoptée", tally.counts["pour"][1]
    return tally


# A run of names after a label: a bracket inside it when more names follow ("contre : M. X (par pouvoir), M. Y");
# the bracket that ends it ("(par procuration)") is the run's end.
GOES_ON = with_civilities(r"[^()\n]{2,60}\)\s*,\s*(?:{civility})\s")
LABELLED_RUN = rf"(?:[^()]|\((?={GOES_ON})[^()]*\))"


OFFICE_SUBJECT = re.compile(r"(?:L[ea]\s|L['’])")  # a sentence's subject an office ("Le président du club, …")


def vote_result(text: Text, start: int, end: int) -> str | None:
    """`read_vote(text, start, end).result`, without reading the names, voices and time besides."""
    result, _, voted = _outcome(text, start, end)
    if result not in UNDECIDED or not voted:
        return result
    tallies = cues("votes")["tallies"]
    counts = {prop: _count(found) for prop in ("pour", "contre") if prop in tallies and (found := _tally(text, tallies[prop], start, end))}
    return "adoptée" if "pour" in counts and counts["pour"] > counts.get("contre", 0) else result  # (as `read_vote` decides)


UNDECIDED = (None, "prise d'acte")  # outcomes a printed tally decides


def _prose_vote(text: Text, start: int, end: int, tally: Tally) -> None:
    """A vote told in prose (`votes.yaml` prose): "M. X et Mme Y votent contre ; Mme Z s'abstient ; les
    treize autres votants votent pour" gives its names and counts (each member named casts one vote)."""
    spec = cues("votes")["prose"]
    for prop, form in spec["named"].items():
        told = text.find(pattern(form["cue"]), start, end)
        if told:
            tally.names[prop] = [name for group in ("names", "also") if told.groupdict().get(group)  # ("…, de même que M. Z")
                                 for name in _names(text.raw[told.start(group):told.end(group)], told.start(group))]
            tally.counts[prop] = (len(tally.names[prop]), Span(told.start(), told.end()))
    others = text.find(pattern(spec["others_for"]["cue"]), start, end) if tally.counts else None
    count = others and (int(others["n"]) if others["n"].isdigit() else words_to_int(others["n"]))
    if count:
        tally.counts["pour"] = (count, Span(others.start(), others.end()))


def _outcome(text: Text, start: int, end: int) -> tuple[str | None, Span | None, bool]:
    """The outcome the text records (result, its span) and whether a vote was held ("pas de
    vote": then at most a "prise d'acte")."""
    spec = cues("votes")
    if text.find(pattern(spec["no_vote"]), start, end):
        found = text.find(alternatives([o["cue"] for o in spec["outcomes"][:1]]), start, end)
        return ("prise d'acte", Span(found.start(), found.end()), False) if found else (None, None, False)
    decided = decided_from(text, start, end)
    for outcome in spec["outcomes"]:
        found = next((f for f in text.finditer(pattern(outcome["cue"]), decided, end) if not _of_an_amendment(text, f.start())), None)
        if found:
            return outcome["result"], Span(found.start(), found.end()), True
    return None, None, True


def _of_an_amendment(text: Text, at: int) -> bool:
    """Whether the outcome at `at` is told of an amendment or a motion its sentence names before it ("L'opposition a
    défendu un amendement …, rejeté."), voted apart from the act (`votes.yaml` amendment)."""
    sentence = max(text.raw.rfind(".", 0, at), text.raw.rfind("\n", 0, at)) + 1
    return bool(text.find(pattern(cues("votes")["amendment"]), sentence, at))


def _names_in_columns(text: Text, tally: Tally, end: int) -> None:
    """The names a page laid out in columns prints under each of a tally's labels on one line ("Pour : 16   Contre : 3
    Abstentions : 2", then "M. X   Mme Y" under "Contre" and "Abstentions", a line each): each count's names in its
    column, from its label to the next label's, down to a blank line. For counts that named no one on their line."""
    raw = text.raw
    labels = sorted((_label_start(raw, span), prop) for prop, (_, span) in tally.counts.items())
    if len(labels) < 2 or raw.count("\n", labels[0][0], labels[-1][0]):
        return  # (not one line of labels)
    line_start = raw.rfind("\n", 0, labels[0][0]) + 1
    columns = [(at - line_start, prop) for at, prop in labels]
    bounds = [(a, b, prop) for (a, prop), (b, _) in zip(columns, [*columns[1:], (None, None)])]
    found: dict[str, list[tuple[str, Span]]] = {}
    at = raw.find("\n", labels[-1][0], end)
    while 0 <= at < end:
        stop = raw.find("\n", at + 1, end)
        stop = end if stop < 0 else stop
        line = raw[at + 1:stop]
        if not line.strip() or not line[:columns[0][0]].isspace():
            break  # a blank line, or a line that opens left of the labels: the names have ended
        for cell in CELL.finditer(line):  # each cell in the column it starts in (a hand-aligned column drifts by two)
            prop = next((prop for a, b, prop in bounds if a - 2 <= cell.start() and (b is None or cell.start() < b - 2)), None)
            if prop and tally.counts[prop][0] and not tally.names.get(NAMED.get(prop, prop)):
                found.setdefault(prop, []).extend(_names(cell.group(), at + 1 + cell.start(), tally.by_proxy))
        at = stop if stop < end else -1
    for prop, names in found.items():
        if len(names) == tally.counts[prop][0]:  # (as many as counted: no line of prose taken for names)
            tally.names[NAMED.get(prop, prop)] = _voters(names)


CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line in columns: words one space apart


def _label_start(raw: str, span: Span) -> int:
    """Where a tally's label starts in its match (after the blanks and dashes a cue reads before it)."""
    label = raw[span.start:span.end]
    return span.start + len(label) - len(label.lstrip(" \t-–—,;"))


def _tally(text: Text, cue: dict, start: int, end: int) -> re.Match | None:
    """A tally's figure in the first of its written forms found: labelled, in a table's cell, counted."""
    for form in ("labelled", "in_cell", "counted"):
        found = form in cue and text.find(pattern(cue[form]), start, end)
        if found:
            return found
    return None


OCR_FIGURES = str.maketrans("lio", "110")  # figures as OCR reads them, on folded text ("Contre : l", "Pour : ll")


def _count(found: re.Match) -> int:
    return 0 if found["n"] in ("-", "–", "—", "neant") else int(found["n"].translate(OCR_FIGURES))


def decided_from(text: Text, start: int, end: int) -> int:
    """Where the dispositif starts, from which an outcome or a membership is read: the sentence of
    the last "après en avoir délibéré" when the item has one, else `start` — an exposé's "la Ville
    prend acte des évolutions" or "je vous propose d'adhérer à …" before it decides nothing."""
    last = None
    for last in text.finditer(pattern(cues("votes")["deliberated"]["cue"]), start, end):
        pass
    if last is None:
        return start
    return max(start, text.raw.rfind(".", start, last.start()) + 1, text.raw.rfind("\n", start, last.start()) + 1)


NAMES_APART = re.compile(with_civilities(r"\s+et\s*,|[,;]|\s+et\s+(?:de\s+)?(?={civility}\s)"))  # "…, Mme X et (de) M. Y": two voters; "X et, par procuration, Y"


COUNTED_BY_NAMES = ("contre", "abstention")  # a label that lists who voted so, no figure: they are the count
NAMED = {"nonParticipants": "nonParticipant"}  # a tally's count → the key of the names it prints
# "administratrice du Club", not "de LA FLÉCHÈRE Anne" nor "mêmes élus que ci-dessus" (`_same_as_above` reads it)
APPOSITION = re.compile(r"(?!m[êe]mes?\s)[a-zàâçéèêëîïôûùü](?!.*\b[A-ZÉÈ]{2})")


def _voters(names: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """`names` without the appositions a tally prints among them ("(Mme X, administratrice du Club)")."""
    return [(name, span) for name, span in names if not APPOSITION.match(name)]


def _found(text: Text, match: re.Match, group: str) -> tuple[str, Span]:
    """A group of a cue's match on the folded text, as the raw text writes it."""
    return text.raw[match.start(group):match.end(group)], Span(match.start(group), match.end(group))


def _names(raw: str, at: int, by_proxy: list | None = None) -> list[tuple[str, Span]]:
    """The voters a tally's brackets name, a vote by proxy as its giver's (`cast_for`; and added to
    `by_proxy` when given: "Mme X par pouvoir", whose vote another cast)."""
    spec = cues("votes")
    out = []
    cuts = list(NAMES_APART.finditer(raw))
    for offset, stop in zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(raw)]):
        name = raw[offset:stop]
        folded = Text(name).folded
        cast = pattern(spec["cast_for"]).search(folded)
        if cast:  # "Mme Y pour M. X": X's vote
            name, offset, folded = name[cast.end():], offset + cast.end(), folded[cast.end():]
        proxy = pattern(spec["by_proxy"]).search(folded)
        if proxy:
            name = name[:proxy.start()]
        stripped = name.strip()
        if stripped and not re.fullmatch(r"\d+|[-–—]", stripped):
            start = at + offset + (len(name) - len(name.lstrip()))
            out.append((stripped, Span(start, start + len(stripped))))
            if (proxy or cast) and by_proxy is not None:
                by_proxy.append(out[-1])
    return out
