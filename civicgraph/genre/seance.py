"""The séance: its blocks in the file, its date (from the formula, with the heading's date kept
when they disagree), time, end, place, convocation and president. Only the séance formula or
heading gives the séance date; the many other dates of a document (convocation, visas,
transmission, an approved earlier PV) never do (GENRE.md §2.2)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from itertools import chain

from civicgraph.actes import find_actes
from civicgraph.facts import Span
from civicgraph.genre import offices
from civicgraph.genre.author import organ
from civicgraph.genre.cues import Text, alternatives, cues, fold_piece, pattern
from civicgraph.genre.roll_call import first_heading
from civicgraph.text import aligned, find_dates, find_times
from civicgraph.text.dates import MONTH_WORDS
from civicgraph.text.spans import fold
from civicgraph.text.name_data import with_civilities
from civicgraph.text.numbers import NUMBER_WORDS, longest_number


@dataclass(frozen=True)
class Dated:
    value: object
    span: Span


@dataclass
class SeanceFacts:
    block: tuple[int, int]
    date: Dated | None = None
    heading_date: Dated | None = None  # set only when it disagrees with the formula's
    start: Dated | None = None
    end: Dated | None = None
    place: Dated | None = None
    convocation: Dated | None = None
    president: Dated | None = None  # the president's name as written
    president_role: str | None = None
    opener: tuple[Dated, str | None] | None = None  # who opened before the eldest took the chair, and the office said
    convened_by: Dated | None = None  # as written: a name, or a role ("Monsieur le Maire")
    mode: Dated | None = None  # "visioconférence"
    handovers: list[tuple[str, Span, time | None]] = field(default_factory=list)


def blocks(text: Text) -> list[tuple[int, int]]:
    """The séances a file holds: an annexed or reproduced earlier PV starts a block of its own, and
    so does a meeting of another organ headed after the séance before it was closed or its act signed
    (the same organ's heading there opens its signature sheet, or its next act)."""
    spec = cues("seance")
    cuts = {m.start() for m in text.finditer(alternatives(spec["embedded"]))} - {0}
    headings = list(text.finditer(pattern(spec["next_meeting"]["cue"])))
    if headings:  # (the séance's ends and the document's organ are needed only then: two scans of the text saved)
        ends = [m.end() for m in text.finditer(alternatives([*spec["end"]["cues"], spec["act_closed"]]))]
        first = organ(text)
    for heading in headings:
        opened = max((c for c in cuts if c < heading.start()), default=0)
        named = organ(text, limit=heading.end() - heading.start(), start=heading.start())
        if any(opened < at <= heading.start() for at in ends) and named and (first is None or named.name != first.name):
            cuts.add(heading.start())
    bounds = [0, *sorted(cuts), len(text)]
    return list(zip(bounds, bounds[1:]))


PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _excluded(text: Text, at: int) -> bool:
    """A date whose own paragraph, just before it, says it is not the séance's."""
    before = PARAGRAPH.split(text.folded[max(0, at - 200):at])[-1]
    return any(re.search(cue.replace("'", "['’]"), before) for cue in cues("seance")["not_seance"])


def _date_after(text: Text, position: int, end: int, reach: int = 40) -> Dated | None:
    """The first date starting within `reach` characters of `position`."""
    window = text.raw[position:min(end, position + reach + 60)]
    for found in find_dates(window):
        if found.start <= reach and not _excluded(text, position + found.start):
            return Dated(found.value, Span(position + found.start, position + found.end))
    return None


L_AN = re.compile(rf"\bl['’]an\s+(?P<year>{NUMBER_WORDS}|\d{{4}})\s*,?\s*le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?")


AT_HOUR = re.compile(r"\s+[àa]\s+")  # "le quatorze novembre à vingt heures" (OCR drops the accent)
MONTH_OF = re.compile(r"(?i)(?<=\w)\s+du\s+mois\s+d(?:e\s+|['’])")


def _l_an(text: Text, start: int, end: int) -> Dated | None:
    """"L'an deux mil vingt-trois, le jeudi douze octobre": the year comes first, in words."""
    match = text.find(L_AN, start, end)  # (through `literals`: `re` tries its `\b` at every character)
    if not match:
        return None
    year_words = match["year"].replace("deux mil ", "deux mille ")
    year = int(year_words) if year_words.isdigit() else (longest_number(year_words) or (None,))[0]
    if not year:
        return None
    tail = text.raw[match.end():match.end() + 70]
    tail = MONTH_OF.sub(lambda m: " " * len(m.group()), tail)  # "le vingt et un du mois de mars": spaces keep offsets
    found = find_dates(f"{AT_HOUR.split(tail.split(',')[0])[0]} {year}")
    if not found or found[0].start > 0:
        return None
    return Dated(found[0].value, Span(match.start(), match.end() + found[0].end - len(str(year)) - 1))


def _has_roll_call(text: Text, start: int, end: int) -> bool:
    present = next(h["cue"] for h in cues("roll_call")["headings"] if h.get("roll_call"))  # ("Présents :", wherever its cue stands in the list)
    return bool(text.find(pattern(rf"(?:{present})\s*:"), start, end))


def _opening_date(text: Text, start: int, end: int, reach: int = 400) -> Dated | None:
    """A heading without a cue ("… du Pays de Val-Brun jeudi 16 mars 2023 Etaient présents"): the
    first date of the block's opening that no other role claims."""
    for found in find_dates(text.raw[start:min(end, start + reach)]):
        if not _excluded(text, start + found.start):
            return Dated(found.value, Span(start + found.start, start + found.end))
    return None


def seance_date(text: Text, start: int, end: int) -> tuple[Dated | None, Dated | None]:
    """(date, heading date when it disagrees): the formula's date, else the heading's."""
    spec = cues("seance")
    formula = _l_an(text, start, end)
    if formula is None:
        for match in text.finditer(alternatives(spec["formula"]), start, end):
            formula = _date_after(text, match.end(), end, reach=15)
            if formula:
                break
    heading = None
    for match in text.finditer(alternatives(spec["heading"]), start, end):
        heading = _date_after(text, match.end(), end, reach=25)
        if heading:
            break
    if formula is None and heading is None:
        heading = _yearless_heading(text, start, end)
    if formula is None and heading is None and _has_roll_call(text, start, end):
        heading = _opening_date(text, start, end)  # a meeting with attendance, dated in its opening
    if formula is None:
        return heading, None
    if heading and heading.value != formula.value:
        return formula, heading
    return formula, None


def running_title_date(printed: Text, seen: Text, start: int, end: int) -> Dated | None:
    """The séance's day that only a page's running title gives ("ADN – Comité syndical du 29 septembre
    2016 – Procès-verbal   1/2"): a heading's form (`heading`) read on the text as printed (`printed`)
    where the reader's view (`seen`) blanked it as page furniture (`furniture.blank`). None elsewhere."""
    for match in printed.finditer(alternatives(cues("seance")["heading"]), start, end):
        if not seen.raw[match.start():match.end()].strip():
            found = _date_after(printed, match.end(), end, reach=25)
            if found:
                return found
    return None


def _actes_day(text: Text, start: int, end: int) -> Dated | None:
    """The day a deliberation's ACTES identifier gives, when the block prints no date of its own: the
    identifier's date is the act's decision's (the ACTES nomenclature: département-SIREN-date-number-nature),
    a deliberation's the séance's ("099-251900415-20150624-DCS2015_11-DE"). Only one identifier, of nature DE."""
    found = {a.identifier: a for a in find_actes(text.raw[start:end])}
    if len(found) != 1:
        return None
    actes = next(iter(found.values()))
    if actes.nature != "DE" or actes.date is None:
        return None
    return Dated(actes.date, Span(start + actes.spans[0][0], start + actes.spans[0][1]))


def _time_after_same_day(text: Text, start: int, end: int, day: date, reach: int = 2000) -> Dated | None:
    """The hour written after another mention of the séance's day in the block's opening (`reach`
    characters), the first mention having none."""
    stop = min(end, start + reach)
    for found in find_dates(text.raw[start:stop]):
        if found.value == day and not _excluded(text, start + found.start):
            hour = _time_after(text, start + found.end, end)
            if hour:
                return hour
    return None


def _time_after(text: Text, position: int, end: int, reach: int = 50) -> Dated | None:
    """The hour that follows `position` within `reach` characters, after "à", "de", a dash or a comma: "du 24
    novembre 2009 – 18 h 00", "Vendredi 14 avril 2023, 18 h 30", "Ouverture : 18:00", "le 3 décembre de 14 h 00 à
    15 h 45" (its start), "Ouverture :⇥quatorze heures trente"."""
    window = text.raw[position:min(end, _reach(text.raw, position, reach))]
    for match in HOUR_LEAD.finditer(window):
        found = find_times(window[match.end():])
        if found and found[0].start == 0:
            at = position + match.end()
            return Dated(found[0].value, Span(at, at + found[0].end))
    return None


def _hour_at(text: Text, at: int, end: int) -> Dated | None:
    """The hour written right at `at`, a field's value after a word processor's tab ("Heure⇥dix heures"), or None."""
    found = find_times(text.raw[at:min(end, at + 32)])
    return Dated(found[0].value, Span(at + found[0].start, at + found[0].end)) if found and found[0].start == 0 else None


def _last_end(text: Text, start: int, end: int) -> Dated | None:
    """The séance's end: the last "la séance est levée à …" of the zone (a first convocation without
    quorum is lifted before the séance held on the second; `seance.yaml`, `end`)."""
    ends = (_time_after(text, m.start() + len(m.group().rstrip()) - 1, end, 40)  # (from the cue's last word or colon: "levée à ", "Clôture :⇥")
            for m in text.finditer(alternatives(cues("seance")["end"]["cues"]), start, end))
    return next(reversed([found for found in ends if found]), None)


def _range_end(text: Text, hour: Dated, end: int) -> Dated | None:
    """The hour that closes a range the séance's hour opens: "de 14 h 00 à 15 h 45"."""
    if not re.search(r"\bde\s+$", text.raw[max(0, hour.span.start - 6):hour.span.start]):
        return None
    return _time_after(text, hour.span.end, end, reach=12)


HOUR_LEAD = re.compile(r"^[ \t]*[-–—:,][ \t]*(?=\d|[^\W\d_-]+(?:-[^\W\d_]+)*\s+heures?\b)|\b(?:à|a|de|dès)\s+(?:partir\s+de\s+)?", re.I)


def _hour_in_clause(text: Text, start: int, end: int) -> Dated | None:
    """The séance's hour in the clause of a formula that does not follow its date: "L'an deux mille
    vingt-trois, le sept mars à vingt heures trente", "s'est réuni à 19h00", "ouvre la séance à 14 h 00"
    (`seance.yaml`, `hour_in_clause`); the clause ends at its sentence's end."""
    for anchor in text.finditer(alternatives(cues("seance")["hour_in_clause"]["cues"]), start, end):
        stop = re.search(r"[.;]\s|\n\s*\n", text.raw[anchor.end():min(end, anchor.end() + 160)])
        found = _time_after(text, anchor.end(), anchor.end() + stop.start() if stop else min(end, anchor.end() + 160), reach=160)
        if found:
            return found
    return None


def _reach(raw: str, at: int, reach: int) -> int:
    """Where a window of `reach` characters from `at` ends, a run of blanks counting as one (a
    column blanked beside the formula leaves long runs between its lines)."""
    runs = sum(len(m.group()) - 1 for m in re.finditer(r"\s{2,}", raw[at:at + reach + 400]) if m.start() < reach)
    return at + reach + runs


def _cue_then(text: Text, cue: str | re.Pattern, start: int, end: int, read) -> Dated | None:
    """The first value `read` finds right after a match of `cue`, or in the cell printed under it
    when the cue ends its line (a header in columns)."""
    for match in text.finditer(pattern(cue) if isinstance(cue, str) else cue, start, end):
        value = read(match.end()) or _read_below(text, match, read)
        if value:
            return value
    return None


def _read_below(text: Text, match: re.Match, read) -> Dated | None:
    """What `read` finds in the cell printed under the label `match` ends, when the label ends its line."""
    label_end = match.start() + len(text.raw[match.start():match.end()].rstrip())
    below = aligned.field_below(text.raw, match.start(), label_end)
    return read(below.start) if below else None


def _convocation(text: Text, start: int, end: int, day: date | None) -> Dated | None:
    """The convocation's date; written without its year ("convoqué le dix-neuf septembre"), the last
    such day on or before the séance's `day` (a convocation precedes its séance by days)."""
    cue = cues("seance")["convocation"]["cue"]
    def read(at):
        window = text.raw[at:at + 80]
        found = find_dates(window)
        if found and found[0].start <= 3:
            return Dated(found[0].value, Span(at + found[0].start, at + found[0].end))
        return _without_year(window, at, day)
    return _cue_then(text, cue, start, end, read)


# The day and month that open a window, up to a stop or the verb after them; the month may open the next line ("le
# vingt-sept⏎novembre, s'est réuni": a line wrapped, or a word rejoined there from its hyphen).
YEARLESS_HEAD = re.compile(rf"[^,;.\n]{{3,40}}?(?:[ \t]*\n[ \t]*(?=(?:{MONTH_WORDS})\b)[^,;.\n]{{3,20}}?)?(?=\s*[,;.\n]|\s+(?:à|a|s'est|en)\s|\s+[-–—]\s)")


def _without_year(window: str, at: int, day: date | None, after: bool = False) -> Dated | None:
    """"le dix-neuf septembre, s'est réuni …": the day and month that open `window`, in `day`'s year
    or the year before (the year after if `after`: the first such day on or after `day`)."""
    if day is None:
        return None
    folded = YEARLESS_HEAD.match(fold(window))  # (folded: the months' names are; as long as the window)
    head = re.match(re.escape(window[:folded.end()]), window) if folded else None
    if head and find_dates(head.group()):
        return None  # "du 30 juin 2016": a date with its year, another séance's, not a day without its year
    found = find_dates(f"{head.group()} {day.year}") if head else []
    if not found or found[0].start > 3 or found[0].end < len(head.group().rstrip()):
        return None
    value = found[0].value
    if after and value < day:
        value = value.replace(year=day.year + 1)
    elif not after and value > day:
        value = value.replace(year=day.year - 1)
    return Dated(value, Span(at + found[0].start, at + len(head.group().rstrip())))


def _yearless_heading(text: Text, start: int, end: int) -> Dated | None:
    """"Séance du mardi 24 septembre" printed without its year: the first such day on or after the
    convocation's date when that is written with its year (a séance follows its convocation by days)."""
    convocation = _convocation(text, start, end, None)
    if convocation is None:
        return None
    for match in text.finditer(alternatives(cues("seance")["heading"]), start, end):
        at = match.end() + len(text.raw[match.end():end]) - len(text.raw[match.end():end].lstrip(" \t"))
        found = _without_year(text.raw[at:min(end, at + 80)], at, convocation.value, after=True)
        if found:
            return found
    return None


# A name may wrap onto the next line ("Mme Anne\nDURAND, Vice-présidente"), indented as its text is.
NAME_AND_ROLE = re.compile(with_civilities(r"(?P<name>(?:{civility})?\s*[^,;.()\n]{2,60}?(?:\n[ \t]*(?=[A-ZÉÈ])[^,;.()\n]{1,40}?)?)\s*,\s*(?P<role>[^,;.]{2,80})"))
# What an office written after the chair's name opens with ("Maire", "1er Vice-président", "Présidente de …").
OFFICE_WORD = re.compile(offices.alternation())
CONVENER = re.compile(with_civilities(r"(?:{civility})?\s*[^,;.\n]{2,40}?(?=,|\s+et\b|;|\.)"))  # "convoqué par M. X, …"


def _role_lines(role: str) -> str:
    """An office written after a name ends with its line unless the line ends on a particle
    ("Maire de⏎Val-Brun"): the next line is the layout's ("Maire⏎Convocation du 10 septembre")."""
    first, wrapped, rest = role.partition("\n")
    return role if not wrapped or re.search(r"(?:\b(?:de|du|des|la|le|et)|['’-])\s*$", first) else first


# A field's value after its label, up to a comma, a bracket, its line's end, a column's gap ("Président de séance :
# ROCHE Paul      Secrétaire de séance : …": the next field beside it) or a sentence's stop ("… de Mme Rose LYS. Convocation
# du …"; not an initial's: "M. P. ROCHE").
FIELD_VALUE = re.compile(r"(?:[^\n,;(\[\t .]| (?! {2})|(?<=\b[A-ZÉÈ])\.|(?<=\bMM)\.|\.(?!\s|$)){3,60}")


def president(text: Text, start: int, end: int) -> tuple[Dated, str | None] | None:
    """The president of the séance: "sous la présidence de M. X, Maire", "présidée par Mme X,
    présidente", "X, Maire, président la séance", "Président de séance Mme X"."""
    spec = cues("seance")
    for match in text.finditer(alternatives(spec["president"]), start, end):
        found = NAME_AND_ROLE.match(text.raw, match.end(), min(end, match.end() + 160))
        if found:
            role = " ".join(_role_lines(found["role"]).split())  # "M. X, Maire"; not "M. X, procède à l'élection du bureau"
            return Dated(" ".join(found["name"].split()), Span(found.start("name"), found.end("name"))), role if OFFICE_WORD.match(role) else None
        line = FIELD_VALUE.match(text.raw[match.end():end])  # "M. X (sauf délibération n° 37)": the name
        if line:
            return Dated(line.group().strip(), Span(match.end(), match.end() + len(line.group().rstrip()))), None
    field = text.find(pattern(spec["president_field"]), start, end)
    if field and not _has_roll_call(text, start, field.start()):
        line = FIELD_VALUE.match(text.raw[field.end():end])
        return Dated(line.group().strip(), Span(field.end(), field.end() + len(line.group().rstrip()))), None
    found = [m for m in (text.find(pattern(cue), start, end) for cue in spec["president_after"]["cues"]) if m]
    if found:
        after = min(found, key=lambda m: m.start())
        return Dated(text.raw[after.start("name"):after.end("name")], Span(after.start("name"), after.end("name"))), text.raw[after.start("role"):after.end("role")]
    return None


def _chair_taken(text: Text, start: int, end: int) -> tuple[Dated, None] | None:
    """Who takes the chair after the opening (`seance.yaml` president_taken): the eldest member who presides the
    election of the maire (CGCT art. L2122-8), a président de séance elected; the séance's president, with no office
    to record."""
    for cue in cues("seance")["president_taken"]["cues"]:
        found = text.find(pattern(cue["cue"]), start, end)
        if found:
            name = text.raw[found.start("who"):found.end("who")]
            return Dated(" ".join(name.split()), Span(found.start("who"), found.start("who") + len(name))), None
    return None


def _formula_column(text: Text, start: int, end: int) -> Text:
    """The text to read the séance from: when its formula is printed in a right-hand column beside
    the counts box ("En exercice : 29   L'an deux mille vingt-trois, le …"), the text with the
    left column blanked (offsets kept), so that the formula reads on from line to line."""
    match = text.find(L_AN, start, end)
    block = aligned.column_block(text.raw, match.start()) if match else None
    return Text(aligned.one_column(text.raw, block, right=True)) if block else text


def read_seance(text: Text, start: int, end: int) -> SeanceFacts:
    spec = cues("seance")
    text = _formula_column(text, start, end)
    facts = SeanceFacts((start, end))
    facts.date, facts.heading_date = seance_date(text, start, end)
    facts.date = facts.date or _actes_day(text, start, end)
    if facts.date:
        facts.start = _time_after(text, facts.date.span.end, end)
    if facts.start is None:
        facts.start = _cue_then(text, spec["opened"], start, end, lambda at: _time_after(text, at - 2, end, 32) or _hour_at(text, at, end))  # (an hour in words: "quatorze heures trente")
    if facts.start is None:
        facts.start = _hour_in_clause(text, start, end)
    facts.end = _last_end(text, start, end)
    if facts.end is None and facts.start:
        facts.end = _range_end(text, facts.start, end)
    if facts.start is None and facts.date:  # "SÉANCE DU 05 mars 2021 à 17 h 00" over a formula without the hour
        heading = _cue_then(text, alternatives(spec["heading"]), start, end, lambda at: _date_after(text, at, end, reach=25))
        facts.start = _time_after(text, heading.span.end, end) if heading and heading.value == facts.date.value else None
    if facts.start is None and facts.date:  # "Compte-rendu de la réunion du 11 juin 2025" … "Réunion du mercredi 11 juin 2025 à 18 heures"
        facts.start = _time_after_same_day(text, start, end, facts.date.value)
    facts.convocation = _convocation(text, start, end, facts.date.value if facts.date else None)
    convener = text.find(pattern(spec["convened_by"]["cue"]), start, end)
    if convener:
        facts.convened_by = Dated(text.raw[convener.start("by"):convener.end("by")].strip(), Span(convener.start("by"), convener.end("by")))
    after_hour = [text.at(pattern(spec["place_after_hour"]["cue"]), facts.start.span.end, end)] if facts.start else []
    for match in chain((text.find(pattern(cue), start, end) for cue in spec["place"]), after_hour):
        if match:
            raw = text.raw[match.start("p"):match.end("p")]
            place = re.sub(r"^(?:(?:à|a|en|au|dans)\s+)?(?:la\s+|le\s+|l['’])?", "", raw.strip())
            place = re.sub(r",?\s+à\s+(?=[A-ZÉÈ])", ", ", re.sub(r"\s+", " ", place)).strip(" ,.")  # "salle du conseil à Noirmoutier"
            if place and not re.search(r"\d{1,2}\s*h|\bheures?\b", place):
                facts.place = Dated(place, Span(match.start("p"), match.end("p")))
                break
    remote = text.find(pattern(spec["remote"]["cue"]), *(facts.place.span.start, facts.place.span.end) if facts.place else (start, end))
    if remote and not facts.place and first_heading(text, start, remote.start()) is not None:
        remote = None  # past the roll call: an item's visioconference ("les rendez-vous en visioconférence"), no way of holding the séance
    if remote:  # "s'est réuni en visioconférence": how the séance is held, not where
        facts.mode = Dated("visioconférence", Span(remote.start(), remote.end()))
        if facts.place and not re.sub(pattern(spec["remote"]["cue"]).pattern, "", fold_piece(facts.place.value)).strip(" ,.-"):
            facts.place = None
    opener, taken = president(text, start, end), _chair_taken(text, start, end)
    if taken:
        facts.opener = opener
    if taken or opener:
        facts.president, facts.president_role = taken or opener
    for match in text.finditer(pattern(spec["president_hands_over"]), start, end):
        name = re.match(CONVENER, text.raw[match.end():end])
        if name:
            moment = find_times(text.raw[max(start, match.start() - 60):match.start()])
            facts.handovers.append((name.group().strip(), Span(match.end(), match.end() + len(name.group())), moment[-1].value if moment else None))
    return facts
