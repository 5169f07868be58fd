"""The roll call: who is present, excused, absent, attends without a vote; who holds whose proxy,
from when to when; the secretary; suppléants. Headings and proxy forms are data
(`roll_call.yaml`, `proxies.yaml`); lists may run on one line, be grouped by commune, or be
flattened columns (all names, then all holders: paired by position, GENRE.md §2.4)."""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from itertools import accumulate, chain
from dataclasses import dataclass, field
from collections.abc import Iterable
from datetime import time

from civicgraph import territories
from civicgraph.facts import Span
from civicgraph.genre import offices, proxy_clauses
from civicgraph.text import proxy_words
from civicgraph.text.proxy_words import with_proxy_words
from civicgraph.genre.furniture import double_spaced, line_at
from civicgraph.genre.cues import Text, alternatives, cues, fold_piece, pattern
from civicgraph.genre.items import act_number
from civicgraph.text import aligned, find_times, literals, split_bullets, split_list_spans
from civicgraph.text.numbers import words_to_int
from civicgraph.text.lists import dangles, one_member_a_line, wrapped_name_end
from civicgraph.text.names import BARE_NAME, family_key, is_given_name, list_order, parse_person_name
from civicgraph.text.name_data import CAPITALS_WORD, GIVEN_WORD, LOWER, NAME_OPENS, UPPER, with_civilities
from civicgraph.text.spans import fold
from civicgraph.text.tries import trie


@dataclass
class Named:
    """A name as written, where; `order` is how its list writes names (`list_order`), if known."""

    text: str
    span: Span
    order: str | None = None


@dataclass
class Proxy:
    giver: Named
    holder: Named
    span: Span
    from_time: time | None = None
    to_time: time | None = None
    from_item: str | None = None
    to_item: str | None = None
    until_arrival: bool = False  # "jusqu'à son arrivée": ends when the giver's arrival is recorded
    arrival_item: str | None = None  # "jusqu'à son arrivée, délibération D-15": the act the giver arrives for
    from_departure: bool = False  # "à compter de son départ": starts when the giver's departure is recorded


@dataclass
class Entry:
    """One person of a roll-call list, with what the list and its annotations say of them."""

    who: Named
    status: str
    commune: Named | None = None
    role: str | None = None
    from_time: time | None = None
    to_time: time | None = None
    from_item: str | None = None
    to_item: str | None = None
    replaces: Named | None = None


@dataclass
class RollCall:
    entries: list[Entry] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    secretary: Named | None = None
    all_but_listed: bool = False
    headings: list[tuple[int, int]] = field(default_factory=list)
    handovers: list[tuple[Named, list]] = field(default_factory=list)  # the presidency passed, with a proxy


@dataclass(frozen=True)
class Heading:
    status: str
    proxies: bool
    start: int
    end: int  # where the list begins


# The words a roll-call heading starts with: headings are tried only where one of them stands.
# Where a heading of roll_call.yaml can start (a prefilter: each heading example must start here, tested).
HEADING_START = re.compile(r"(?<=l['’])appel\s+nominal|(?<![\w'’[(])(?:membres?|delegues|personnes|absent|excuse|represent|pouvoir|procuration|delegation|assist|appel|en\s+presence|en\s+(?:presentiel|visio|distanciel)|par\s+visio|au\s+siege|sur\s+place|a\s+distance|etai|sont|est|present|suppleant|s['’]e|avai|ont\s|a\s+donne|arrive|depart|mandats|vote|voix|invit|sans\s+(?:voix|droit)|avec\s+voix)")


def _headings(text: Text, start: int, end: int) -> list[Heading]:
    """Roll-call headings followed by a list (a colon, possibly after a letterhead; or a line end)."""
    spec = cues("roll_call")
    found: list[Heading] = []
    entries, any_heading, ranks = _heading_cues(spec["headings"])
    for place in text.finditer(HEADING_START, start, end):  # (through `literals`: its look-behind start)
        first = any_heading.match(text.folded, place.start(), end)
        if not first:
            continue  # most places open no heading: one try of them all first
        for entry, cue in entries[ranks[first.lastindex]:]:  # (the headings before the first that matches do not)
            match = cue.match(text.folded, place.start(), end)
            if match is None or re.search(spec["not_after"], text.folded[max(start, match.start() - 40):match.start()]):
                continue
            if entry.get("opens_line") and text.raw[max(start, text.raw.rfind("\n", 0, match.start()) + 1):match.start()].strip(" \t•"):
                continue  # "Membres présents ou participant par visioconférence :": one heading, not two
            if (_after_name_colon(text, match.start()) or _own_status(text, match) or _verb_after_name(text, match)
                    or _after_code(text, match.start())) and (not re.match(r"\s*:", text.raw[match.end():end]) or _own_status(text, match) and _proxy_after(text, match.end(), end)):
                continue  # "PIN Rose : absente excusée", "Mme X, excusée⏎", "Madame X a donné pouvoir⏎à …": a name's own status or sentence;
                # "P : présent – R : représenté": a table's legend; "Mme X, excusée : M. Y exprimera sa voix": her proxy
            after = _list_start(text, match.end(), end, _opens_line(text, match.start(), start))
            if after is not None:
                verb = COPULA_BEFORE.search(text.folded, max(start, match.start() - 20), match.start())  # "; étaient excusés :"
                found.append(Heading(entry["status"], bool(entry.get("proxies")), verb.start() if verb else match.start(), after))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Heading] = []
    for heading in found:  # the longest heading at a place wins; overlapping shorter ones go
        if kept and heading.start < kept[-1].end:
            continue
        kept.append(heading)
    return kept


def first_heading(text: Text, start: int, end: int) -> int | None:
    """Where the first roll-call heading ("Présents :", "Étaient excusés") between `start` and `end` starts, or None."""
    headings = _headings(text, start, min(end, len(text)))
    return headings[0].start if headings else None


@lru_cache(maxsize=64)
def _heading_cues_of(cues_: tuple[str, ...]) -> tuple[list[re.Pattern], re.Pattern, dict[int, int]]:
    compiled = [pattern(rf"(?:{cue})(?![\w(])") for cue in cues_]
    numbers = list(accumulate((1 + c.groups for c in compiled[:-1]), initial=1))  # each cue's group in the whole
    return compiled, re.compile("|".join(f"({c.pattern})" for c in compiled)), dict(zip(numbers, range(len(compiled))))


def _heading_cues(headings: list[dict]) -> tuple[list[tuple[dict, re.Pattern]], re.Pattern, dict[int, int]]:
    """Each heading with its cue compiled, one pattern that matches where any of them does, and the
    rank of the first heading that matches there by that pattern's `lastindex` (a group each)."""
    compiled, any_heading, ranks = _heading_cues_of(tuple(entry["cue"] for entry in headings))
    return list(zip(headings, compiled)), any_heading, ranks


def _after_leaders(text: Text, position: int) -> bool:
    """Whether the word ending at `position` follows dotted leaders or a dash on its line, as a
    name's own status does ("M. X ........ présent", "M. Z ........ absent excusé", "4. M. Y – présent")."""
    line_start = text.raw.rfind("\n", 0, position) + 1
    return bool(re.search(r"(?:(?:\.{2,}|…)[ \t]*\S+(?:[ \t]+\S+)?|\s[–—-]\s*\S+)$", text.raw[line_start:position]))


LEGEND_CODE = re.compile(r"(?:^|(?<=[\s(,;–—-]))[A-Z]{1,3}[ \t]*[:=][ \t]*$")  # "P : ", "Ex = ": a code its meaning follows


def _after_code(text: Text, position: int) -> bool:
    """Whether the word at `position` follows a code and its colon or sign, as a legend's meanings do."""
    return bool(LEGEND_CODE.search(text.raw, max(0, position - 8), position))


COPULA_BEFORE = re.compile(r"(?<![\w'’])(?:etaient|etait|sont|est)\s+$")


def _own_status(text: Text, heading: re.Match) -> bool:
    """Whether a one-word heading follows a comma on its line: "Mme X, excusée", not "… présidence de
    M. Y, étaient présents"."""
    line_start = text.raw.rfind("\n", 0, heading.start()) + 1
    return " " not in heading.group().strip() and bool(re.search(r",[ \t]*$", text.raw[line_start:heading.start()]))


def _proxy_after(text: Text, at: int, end: int) -> bool:
    """Whether the rest of the line after `at` tells a proxy ("… : M. Y exprimera sa voix")."""
    line_end = text.raw.find("\n", at, end)
    return bool(text.find(pattern(cues("proxies")["clauses"]["word"]["cue"]), at, end if line_end < 0 else line_end))


NAME_BEFORE_VERB = re.compile(r"[A-ZÉÈ][\w'’-]+(?:[ \t]+\([^()\n]{1,60}\))?[ \t]+$")  # "Madame X (UDAF) a donné pouvoir"


def _verb_after_name(text: Text, heading: re.Match) -> bool:
    """Whether a heading that is a verb ("a donné pouvoir") follows a name on its line: a sentence
    telling that member's proxy, not a heading ("Madame X a donné pouvoir⏎à Monsieur Y", a body in
    brackets after the name perhaps)."""
    line_start = text.raw.rfind("\n", 0, heading.start()) + 1
    return text.folded.startswith(("a ", "ont ", "avait ", "avaient "), heading.start()) and bool(NAME_BEFORE_VERB.search(text.raw, line_start, heading.start()))


NAME_COLON = re.compile(r"(?<![\w'’])[A-ZÉÈÀÂÎÔÛÇ][^\W\d_]+\s*:\s*(?:[^\W\d_]+\s+)?$")


def _after_name_colon(text: Text, position: int) -> bool:
    """Whether the word at `position` follows a capitalised word and a colon on its line (one
    word may stand between: "absente" of "X Anne : absente excusée"), or a colon on a line a
    civility opens ("M. Jean CARON, adjoint : absent")."""
    line_start = text.raw.rfind("\n", 0, position) + 1
    if text.raw.find(":", line_start, position) < 0:  # (most places: no colon, no search tried at every character)
        return False
    before = text.raw[line_start:position]
    return bool(NAME_COLON.search(before) or (CIVILITY_OPENS.match(before) and COLON_END.search(before)))


COLON_END = re.compile(r":\s*$")


def _opens_line(text: Text, position: int, block_start: int) -> bool:
    """Nothing but spaces or a bullet before `position` on its line, or a sentence's end and its copula
    ("… M. Paul ROCHE. Se sont excusés Mme X, …")."""
    line_start = max(block_start, text.raw.rfind("\n", 0, position) + 1)
    return not text.raw[line_start:position].strip(" \t•") or bool(COPULA_OPENS.search(text.folded, line_start, position))


# A sentence's opening before a heading: its end's full stop, a copula perhaps ("Se sont excusés", "Étaient absents").
COPULA_OPENS = re.compile(r"(?<=[^\W\d_]{2})\.[ \t]+(?:(?:se\s+sont|etaient|sont)\s+)?\Z")


# A heading that opens its line may go without a colon when a civility starts its list:
# "Etaient présents MM. VIGUIÉ Gérard, …", "Absent M. PONS Régis".
# "Mesdames et Messieurs :" is the list's opener (roll_call.yaml list_openers), not its first name.
CIVILITY_AHEAD = re.compile(with_civilities(r"[ \t]+(?={civilities}(?=\s|$|:))(?!(?:Mesdames|Mmes)\s+et\s+(?:Messieurs|MM\.?)\s*:)"))


# A heading's first name after a space, no colon between ("Présents Joseph SUBIROS, …", "Excusés ROCA
# Gisèle"): a given name then a capitalised word, or a name in capitals then a given name.
NAME_AHEAD = re.compile(r"[ \t]+(?=(?P<a>[A-ZÉÈ][\w'’-]+)[ \t]+(?P<b>[A-ZÉÈ][\w'’-]+))")


def _name_ahead(raw: str, position: int, end: int) -> re.Match | None:
    ahead = NAME_AHEAD.match(raw, position, end)
    if ahead and (is_given_name(ahead["a"]) and ahead["b"].isupper() or ahead["a"].isupper() and is_given_name(ahead["b"])):
        return ahead
    return None


# The list after a heading (matched from the heading's end: none of them looks behind it).
LIST_COLON = re.compile(r"\s*(?:\((?:[^()\n]|\n(?![ \t]*\n)){1,200}\)\s*)?:\s*")  # "(T = titulaire, S = suppléant) :", "(groupe entre parenthèses : MR Majorité⏎régionale, …) :"
LIST_DASH = re.compile(r"[ \t]+[-–—][ \t]+")  # "Présents – M. X ; …", "Excusés – Mme Y" (a heading opening its line or sentence)
LETTERHEAD = re.compile(r"[^,;:\n]{0,250}?\s:\s*")  # "ÉTAIENT PRÉSENTS Hôtel … : names"
LINE_END = re.compile(r"[ \t]*\n|[ \t]{3,}[^\W\d_][a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+)?[ \t]*\n")  # (a column's title beside it, in small letters: "PRÉSENTS        canton"; not "EXCUSÉS        ABSENTS", two headings)
# A word processor's titles of the row's other cells after the heading (folded; `table` columns): "PRÉSENTS⇥QUALITÉ⇥⇥OBSERVATIONS".
CELL_TITLES = re.compile(r"(?:\t+(?:" + "|".join(cues("roll_call")["table"]["columns"][c] for c in ("role", "commune", "scope")) + r"))+[ \t]*\n")
HEADING_TAIL = re.compile(r"[ \t]*\(\d+\)(?:[ \t]*[-–—][ \t]*(?:pouvoirs?|procurations?))?|[ \t]+[-–—][ \t]*(?:pouvoirs?|procurations?)(?=[ \t]*(?::|\n))"
                          r"|,?[ \t]+par[ \t]+leurs?[ \t]+(?:représentante?s?|délégué(?:e|s|es)?)(?=[ \t]*:)", re.I)  # "Comités présents, par leur représentant :"


def _list_start(text: Text, position: int, end: int, opens_line: bool = False) -> int | None:
    heading_end = position
    tail = HEADING_TAIL.match(text.raw, position, end)  # "Administrateurs excusés (4) – pouvoirs"
    position = tail.end() if tail else position
    colon = LIST_COLON.match(text.raw, position, end) or (LIST_DASH.match(text.raw, position, end) if opens_line else None)
    civility = opens_line and (CIVILITY_AHEAD.match(text.raw, position, end) or _name_ahead(text.raw, position, end))
    if colon:
        start = colon.end()
    elif civility:
        start = civility.end()
    else:
        letterhead = LETTERHEAD.match(text.raw, position, end)
        if letterhead and re.search(r"\.\s+[A-ZÉÈ]", letterhead.group()):
            letterhead = None  # a sentence ends first: "… figure sur la feuille annexée. Représentés :"
        line_end = LINE_END.match(text.raw, position, end) or CELL_TITLES.match(text.folded, position, end)
        if letterhead and not re.search(r"[a-zé]{3,}\s+[a-zé]{3,}\s+[a-zé]{3,}", text.raw[position:letterhead.end()]):
            start = letterhead.end()
        elif line_end and not _after_leaders(text, heading_end):  # "……… présent" ends a sheet's line, heads nothing
            start = line_end.end()
        else:
            return None
    opener = text.at(pattern(cues("roll_call")["list_openers"]), start, end)
    if opener and opener.end() > start:
        start = opener.end()
    counted = re.match(COUNTED_LIST, text.raw[start:start + 12])
    if counted:
        return start + counted.end()  # "Procurations : 4 (Mme X à M. Y, …)": the list is in the bracket
    some = SOME_NAMED.match(text.raw, start, end)
    if some:
        return some.end()  # "Présents : 70 conseillers de territoire, dont M. X, Président, …", "… (émargement annexé), dont les membres du bureau :⏎M. X": the names after the count
    if COUNT_AFTER.match(text.raw, start, end):
        return None  # "Présents : 15" is a count, and "Droits de vote délégués : 2. Votants : 10" (not "1. Mme X", a numbered list)
    return start


COUNT_AFTER = re.compile(r"\s*\d+\b(?!\s*h|[.)]\s+[A-ZÉ](?![\w'’ ]{1,30}\s*:\s*\d))")
SOME_NAMED = re.compile(with_civilities(r"[ \t]*\d+[ \t]+[^\n\d,:;()]{0,60}?(?:\s*\([^()\n]{0,60}\))?,?\s+dont\s+(?:notamment\s+)?(?:les\s+[^:.;]{2,80}?\s*:\s*)?(?=(?:{civility})\s)"))  # ("… dont les membres du conseil⏎d'administration : M. X")


# Where a list ends: a blank line (not before a bullet), a full stop at a line's end, a sentence after a
# full stop, or a line that opens a sentence ("⏎Le pouvoir de M. X, établi …": no name starts so).
# A list ends at a blank line, a full stop at a line's end, or a full stop before a sentence: one that opens
# on an article or a pronoun, on a member the list named who gives a proxy ("…, Mme Rose LYS. Mme Rose LYS
# a donné pouvoir à …"; under "Procurations :" such sentences are the list), or on a member and a verb
# ("…, M. Luc PETIT. M. Yves MORIN[, doyen,] est désigné secrétaire"; not "…, a donné pouvoir": the proxies'
# sentences, above).
# A line opening on a group's label and a member ("Brunmont : Paul ROCHE, maire délégué ; …"): the list goes on through it.
# (a place's words capitalised but for particles: "La Chaze-de-Peyre :", not "Mouvement en cours de séance :")
GROUP_LINE = r"[A-ZÉÈ][\w'’-]*(?: (?:(?:de|du|des|la|le|les|sur|sous|en|lès|l['’]|d['’]) ?)*[A-ZÉÈ][\w'’-]*){0,4}[ \t]*:[ \t]*(?:(?:{civility})\s|[A-ZÉÈ][a-zéèëï]+(?:-[A-ZÉÈ][a-zéèëï]+)?\s+[A-ZÉÈ]{2})"
LIST_STOP = re.compile(with_proxy_words(with_civilities(
    r"\n[ \t]*\n(?![ \t]*(?:[-•✓*]|\n))|\.[ \t]*\n(?![ \t]*" + GROUP_LINE + r")|\.\s+(?=(?:Le|La|Les|L['’]|Il|Elle|Après|Sur|Monsieur|Madame)\s+[a-zé])"
    r"|\.\s+(?=(?:{civility})\s+(?P<giver>[^.;:()\n]{2,60}?)\s(?:a|ont|avait|avaient)\s+{giving_alone}\s)"
    r"|\.\s+(?=(?:{civility})\s+(?:[A-ZÉÈ][\w'’-]*\s+){0,3}[A-ZÉÈ][\w'’-]*(?:\s*,[^,.;:()]{1,60},)?\s+(?:est|sont|a|ont|était|avait|sera|assiste|rejoint|quitte|arrive|entre|prend|participe|préside|assure|remplit)\s(?!\s*(?:{giving_alone}|{giving})\s))"
    r"|\n(?=[ \t]*(?:Le|La|Les|L['’]|Il|Elle)\s+[a-zé]{3,}\s+(?:de|d['’]|du|des|a|est|sont|ont)\s)")))


SEPARATOR_AT_END = re.compile(r"[ \t]+[-–—][ \t]*\Z")
TRAILING_BULLET = re.compile(r"\n[ \t]*[•*✓-][ \t]*\Z")
# A line that tells a proxy: it ends a list of those present ("Présents : M. X, Mme Y⏎Mme Z donne pouvoir à M. X.",
# "⏎Pouvoir de Mme Z à M. X.").
PROXY_LINE = re.compile(with_proxy_words(with_civilities(r"\n(?=[ \t]*(?:{civility}\s+)?[A-ZÉÈ][^.;:()\n,]{1,60}?\s(?:(?:a|avait)\s+)?{giving}\s+"
                                        r"(?:un\s+|une\s+|son\s+|sa\s+)?{proxy_noun}\b|[ \t]*(?:Pouvoir|Procuration)\s+(?:de\s|d['’]))")))
# A sentence that opens on a proxy and its giver ends any list but one of proxies: "Absents : M. X. Pouvoir de Mme Y à M. Z."
PROXY_SENTENCE = re.compile(r"(?:(?<=[^\W\d_]{2})\.[ \t]+|\n[ \t]*)(?=(?:Pouvoir|Procuration|Mandat|Délégation\s+de\s+vote)s?\s+(?:de\s|d['’]))")


# A page break inside a list: white space holding a form feed (its furniture blanked), then the next
# item (a number, a bullet or a civility opening the line), or the rest of the last one (its body in
# brackets, its separator: "… ; M. Luc PETIT⏎– 1 –⏎\f(Val-Brun) ; Mme Rose LYS …").
ITEM_OPENS = re.compile(with_civilities(r"(?:\d{1,3}[.)][ \t]+|[-•✓*][ \t]+)?(?:{civility})\s"))
ITEM_GOES_ON = re.compile(r"[(;,]")


# A line shaped like a list's item: a member, then a comma or a bracket (not a sentence's verb); two such
# lines in a row are one member a line.


def _page_turn(raw: str, at: int) -> bool:
    """Whether the white space around `at` holds a page break with the list's next item after it."""
    start, end = len(raw[:at].rstrip()), at + len(raw[at:]) - len(raw[at:].lstrip())
    return "\f" in raw[start:end] and bool(ITEM_OPENS.match(raw, end) or ITEM_GOES_ON.match(raw, end))


def _spaced_item(raw: str, stop: re.Match) -> bool:
    """Whether `stop` is the single blank line of a double-spaced text before the list's next item."""
    return stop.group().count("\n") == 2 and bool(ITEM_OPENS.match(raw, stop.end())) and double_spaced(raw)


def _column_spaced(view: Text, whole: Text | None, stop: re.Match) -> bool:
    """Whether `stop`, a blank line of a column's view, parts two items of its list: the other column's text
    fills the line in the whole, and the column's next line opens on a member ("M. X a donné procuration à …")."""
    return whole is not None and whole is not view and stop.group().startswith("\n") and bool(whole.raw[stop.start():stop.end()].strip()) \
        and bool(ITEM_OPENS.match(view.raw, INDENT.match(view.raw, stop.end()).end()))


INDENT = re.compile(r"[ \t]*")


def _list_end(text: Text, start: int, limit: int, present: bool = False, proxies: bool = False, whole: Text | None = None) -> int:
    """Where the list from `start` ends (before `limit`). `whole`: the text of which `text` may be a column's view
    (`_views`), where a line blank in the view held the other column's cells only."""
    if text.raw[start - 1:start] == "(":  # a counted list in its bracket ends with it
        close = _closing(text.raw, start, limit)
        if close is not None:
            return close
    limit = _dedent(text.raw, start, limit)
    stops = alternatives(cues("roll_call")["stops"])
    stop = text.find(stops, start, limit)
    while stop and dangles(text.raw, start, start + len(text.raw[start:stop.start()].rstrip())):  # "… à partir de la⏎délibération n° 31": the item goes on
        stop = text.find(stops, stop.end(), limit)
    end = stop.start() if stop else limit
    bullet = TRAILING_BULLET.search(text.raw, start, end)
    end = bullet.start() if bullet else end  # "… M. Y par⏎  Mme Z⏎• Excusée :": the next heading's bullet is not the list's
    told = PROXY_LINE.search(text.raw, start, end) if present else None
    end = told.start() if told else end
    told = None if proxies else PROXY_SENTENCE.search(text.raw, start, end)
    end = told.start() + (text.raw[told.start()] == ".") if told else end
    for match in LIST_STOP.finditer(text.raw, start, end):
        if match.group().startswith("\n") and _goes_on(text.raw[start:match.start()].rstrip()):
            continue  # "X à Y ;", "X, Y," or "…, Mme" then a page break: the separator or the civility says more follows
        if match.group().startswith(".") and re.search(r"\s[A-ZÉÈ]$", text.raw[start:match.start()]):
            continue  # "Jean-Luc T.": an initial's full stop ends no list
        if match.group().startswith(".") and _hangs(text.raw, start, match.end()):
            continue  # "Procurations : M. X a donné … à M. Y." / "               M. Z a donné …": aligned under the first
        if match.group().startswith(".") and match.group().endswith("\n") and LIKE_ITEM.match(text.raw, max(start, text.raw.rfind("\n", 0, match.start()) + 1)) \
                and (LIKE_ITEM.match(text.raw, match.end()) or NAME_LINE.match(text.raw, match.end())):
            continue  # one member a line, each line closed by a full stop: "… à Mme Y.⏎M. Z, absent excusé ayant donné pouvoir à …⏎M. W."
        if _column_spaced(text, whole, match):
            continue  # a column's items a line apart, the other column's beside the gaps
        if _page_turn(text.raw, match.start()) or _spaced_item(text.raw, match):
            continue  # the blank lines a page break left (its furniture blanked), or a double-spaced export's: the list goes on
        if match["giver"] and match["giver"].split(",")[0].split()[-1] not in text.raw[start:match.start()]:
            continue  # a proxy told of someone the list did not name (by family name, not "…, excusé,"): the list's own
        if proxies and match.group().startswith(".") and match.group().endswith("\n") and _proxy_line(text, match.end(), limit) \
                and _proxy_line(text, _item_start(text.raw, start, match.start()), match.start()):
            continue  # one proxy a line, each closed by a full stop: "Pouvoirs :⏎M. X s'est fait remplacer … par M. Y.⏎Mme Z …"
        if proxies and match.group().startswith(".") and STANDS_IN.match(text.raw, match.end()):
            continue  # "Pouvoirs : Mme X est excusée ; M. Y votera à sa place. M. Z est excusé ; …": the list's next proxy
        group = (LABEL_LINE.match(text.raw, match.end()) or GROUP_LABEL.match(text.raw, match.end())) if "\n" in match.group() else None
        if group and group.end() <= end and (text.at(pattern(cues("roll_call")["group_titles"]), group.start("label"))
                                             or text.find(pattern(cues("roll_call")["member_bodies"]), group.start("label"), group.end("label"))):
            continue  # the list's next group: "Représentants des communes :", "CC du Val :" and its names
        if "\n" in match.group() and LABELLED_LINE.match(text.raw, match.end()) and LABELLED_LINE.match(text.raw, start + len(text.raw[start:end]) - len(text.raw[start:end].lstrip())):
            continue  # a list grouped by labels from its first line: "Val : M. X ; Mme Y.⏎Roche : M. Z" (a commune each)
        body = (BODY_HEADING.match(text.raw, match.end()) or _body_line(text, match.end())) if "\n" in match.group() else None
        if body and body.end() < end:
            continue  # the next member body's delegates: "⏎⏎CC DU HAUT-MONT⏎M. Jean CARON", "⏎⏎Communauté de communes du Val⏎⇥M. X"
        return match.start() + (1 if match.group().startswith(".") else 0)
    noun = NEXT_NOUN.search(text.raw, max(start, end - 60), end)
    return noun.start() + (noun.group().startswith(".")) if noun else end


def _dedent(raw: str, start: int, limit: int) -> int:
    """Where a list whose heading is indented ends at the first line indented less than it when the next heading
    (`limit`) follows that line ("  Titulaires excusés : M. X, représenté par M. Y⏎CC de Roche⏎  Titulaires présents :
    …": the next group's label), else `limit`."""
    line_start = raw.rfind("\n", 0, start) + 1
    indent = len(raw[line_start:start]) - len(raw[line_start:start].lstrip(" \t"))
    if not indent or not raw[line_start:start].strip():
        return limit  # (a list below its heading: its own indentation is no heading's)
    dedented = re.compile(r"\n(?=[ \t]{0,%d}[^\s])" % (indent - 1)).search(raw, start, limit)
    if dedented is None or raw.count("\n", dedented.end(), limit) > 1:
        return limit  # (a group's label heads names of its own, no heading of theirs: "COLLÈGE DES COMMUNES⏎  Val : M. X")
    return dedented.start()


def _proxy_line(text: Text, at: int, limit: int) -> bool:
    """Whether the line at `at` opens on a civility, on the giver's vote ("Le vote de Mme X est délégué à …"), or on
    the proxy said before its giver ("Un pouvoir a été signé par M. X au profit de …"), and tells a proxy, in its words ("son vote", "pouvoir": not "M. X a quitté la séance à
    18 h 50"), in a form a list of proxies reads."""
    line_end = text.raw.find("\n", at, limit)
    body = text.raw[at:limit if line_end < 0 else line_end].rstrip(" .")
    said = pattern(cues("proxies")["giver_after"]).match(Text(body).folded)
    said = said if said and (ARTICLE_PROXY.match(said.group()) or OF_GIVER_NOUN.fullmatch(said.group())) else None  # (a bare "Pouvoir a été donné par" heads its own line; "Procuration de M. X a M. Y" is one)
    if said:
        at, body = at + said.end(), body[said.end():]
    scope = SCOPE_OPENING.match(body)  # "Pour les points 1 à 3, les votes de M. X sont émis par M. Y"
    at, body = (at + scope.end(), body[scope.end():]) if scope else (at, body)
    return bool((CIVILITY_OPENS.match(body) or VOTE_OF.match(body)) and (said or Text(body).find(pattern(cues("proxies")["clauses"]["word"]["cue"])))) \
        and _proxy_in_item(text, Heading("représenté", True, at, at), body, at) is not None


OF_GIVER_NOUN = re.compile(r"(?:pouvoirs?|procurations?|mandats?)(?:\s+de\s+vote)?\s+de\s+")  # (folded: "procuration de ")
VOTE_OF = re.compile(with_civilities(r"(?:[Ll]e|[Ll]a|[Ll]es)\s+(?:votes?|voix)\s+de\s+(?:{civility})\s"))  # "Le vote de Mme X (Val) est délégué à M. Y"
SCOPE_OPENING = re.compile(r"(?:[Pp]our|[ÀàAa]\s+(?:partir|compter)|[Jj]usqu)\b[^,;.\n]{2,40},\s*")


# The next heading's first word left at a list's end: "… (pour les points 1 à 4).   Délégués absents : …" on
# one-line text, "…⏎Membre absent excusé : …" on a line of its own (the heading starts at its status word).
NEXT_NOUN = re.compile(r"(?:(?:(?<=[^\W\d_]{2})|(?<=\)))\.[ \t]+[A-ZÉÈ][\w'’-]*|\n[ \t]*[A-ZÉÈ][a-zéèêëàâîïôûüç'’-]+)[ \t]*\Z")


# a name's civility left at a page's end, perhaps with its given names ("… ; Mme", "… ; Mme Rose")
DANGLING_CIVILITY = re.compile(with_civilities(r"(?<![\w.])(?:{civility})(?:\s+[A-ZÉÈ][a-zéèêëàâîïôûüç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûüç]+)?){0,2}$"))


def _item_start(raw: str, start: int, at: int) -> int:
    """Where the item of a list closed by full stops that holds `at` starts: after the last full stop ending a line
    before it (its line when the item wraps: "… à Mme Anne⏎BRUN.")."""
    stop = raw.rfind(".\n", start, at)
    return start if stop < 0 else stop + 2


def _goes_on(before: str) -> bool:
    """Whether a list's text so far ends where more must follow: a separator, or a civility whose
    name the next page holds ("… ; Mme⏎⏎– 1 –⏎…⏎Rachida X")."""
    return before.endswith((";", ",")) or bool(DANGLING_CIVILITY.search(before[-40:]))


def _hangs(raw: str, start: int, line_start: int) -> bool:
    """Whether the line at `line_start` is indented to the column where the list began after its
    heading (a hanging indent): the list goes on there. A word processor's tab stop is such a column
    ("Pouvoirs :⇥M. X …⏎⇥Mme Y …")."""
    column = start - (raw.rfind("\n", 0, start) + 1)
    indent = len(raw[line_start:line_start + column + 1]) - len(raw[line_start:line_start + column + 1].lstrip(" \t"))
    return column > 0 and (indent == column or raw[start - 1] == "\t" and indent > 0 and raw[line_start + indent - 1] == "\t")


def _closing(raw: str, start: int, limit: int) -> int | None:
    """Where the bracket opened just before `start` closes, if before `limit`."""
    depth = 1
    for at in range(start, limit):
        depth += (raw[at] == "(") - (raw[at] == ")")
        if depth == 0:
            return at
    return None


def read_roll_call(text: Text, start: int, end: int, table=None) -> RollCall:
    """The roll call of the séance block `[start, end)`: its lists by heading, proxies written as
    sentences, the secretary. `table`: the roll-call table read apart (`civicgraph.genre.table.Table`), whose
    titles ("Absent(e)", "Pouvoir donné à") head no list, and whose members' statuses and proxies the
    proxies told in sentences are checked against."""
    tables = table.spans if table else []
    roll = RollCall()
    views = [(view, [h for h in found if not any(a <= h.start < b for a, b in tables)]) for view, found in _views(text, start, end)]
    headings = sorted(((heading, view) for view, found in views for heading in found), key=lambda hv: hv[0].start)
    if not any(h.status == "présent" for h, _ in headings):  # a board's roll by college, no heading saying who is present
        before = min([h.start for h, _ in headings] + [_secretary_at(text, start, end)])
        headings = sorted(headings + [(h, text) for h in _group_headings(text, start, before)], key=lambda hv: hv[0].start)
    all_but = text.find(pattern(cues("roll_call")["all_but"]), start, end)
    for heading, view in headings:
        # A list runs to the next heading its own column shows (the other column's are blanked in it).
        limit = min((h.start for h, _ in headings if h.start > heading.start and not view.raw[h.start].isspace()), default=end)
        limit = min([limit, *(a for a, b in tables if a >= heading.end and _reads_its_rows(table, text.raw, a, b))])  # ("Membres excusés :⏎NOM | Situation | Suffrage délégué à": the table holds them)
        if all_but and heading.end <= all_but.start() < limit:
            limit = all_but.start()  # "Étaient présents : tous les conseillers …, à l'exception de": no list
        stop = _list_end(view, heading.end, limit, heading.status == "présent", heading.proxies, whole=text)
        if heading.proxies and _column_pairs(view, heading, stop, roll):
            continue
        if heading.proxies and _told_in_sentences(view, heading.end, stop):
            _listed_sentences(view, heading, stop, roll)
            continue
        roll.headings.append((heading.start, stop))
        listed = len(roll.entries)
        _read_list(view, heading, heading.end, stop, roll)
        _blank_to_holder(view, heading, roll.entries[listed:], roll)
    if all_but:  # its exceptions run to the next heading ("… à l'exception de :⏎Absents représentés : …")
        roll.all_but_listed = True
        _exceptions(text, all_but.end(), min((h.start for h, _ in headings if h.start >= all_but.end()), default=end), roll)
    _attendance_sheet(text, start, end, roll)
    _statuses_after_names(text, start, end, roll)
    _status_sentences(text, start, end, roll)
    roll.secretary = _without_body(next(filter(None, (_secretary(view, start, end) for view, _ in reversed(views))), None))
    roll.proxies.extend(sentence_proxies(text, start, end, roll, tables))
    _unformed_proxies(text, start, end, roll, table)
    _drop_refused_by_giver(text, start, end, roll)
    _substitutes_sitting(text, roll)
    return roll


LETTER = re.compile(r"[^\W\d_]")
CELL_GAP_SPLIT = re.compile(r"[ \t]{3,}|\t")
CAPITALS_BEFORE = re.compile(r"[A-ZÉÈ]{2}\.?[ \t]+$")  # (searched up to a body's kind word: the name before it ends in capitals, its item's full stop perhaps)


def _reads_its_rows(table, raw: str, start: int, end: int) -> bool:
    """Whether the table read a member in each row of its span `[start, end)` but a header: a table a list's
    heading stands over holds that list (not a row or two of a list written with tabs, which the list reads)."""
    rows = sum(bool(LETTER.search(line)) for line in raw[start:end].split("\n")) - 1  # (not its header, nor a rule of dashes)
    read = {e.who.span.start for e in table.entries} | {min(p.giver.span.start, p.holder.span.start) for p in table.proxies}
    return rows >= 1 and sum(start <= at < end for at in read) >= rows


def _substitutes_sitting(text: Text, roll: RollCall) -> None:
    """"Représentés : M. X s'est fait suppléer par M. Y" where M. Y sits in his own right (listed with the
    présents, not as a suppléant) or is named by an office ("par M. le Président"): no suppléant sits in X's
    place, Y holds X's vote, a proxy."""
    substitutes = [e for e in roll.entries if e.replaces]
    if not substitutes:
        return  # (most rolls: the names of those sitting, folded, are not needed)
    sitting = {_folded_name(e.who.text) for e in roll.entries if e.status == "présent" and not e.replaces
               and "suppl" not in fold(SAID_AFTER.match(text.raw, e.who.span.end).group())}  # not "Y (CC, délégué suppléant)"
    for entry in substitutes:
        if _folded_name(entry.who.text) in sitting or re.match(rf"(?i)(?:{CIVILITY_WORD}\s+)?l[ea]\s+(?:{ROLE})", entry.who.text):
            roll.entries.remove(entry)
            name = ROLE_APPOSITION.sub("", entry.replaces.text.rstrip(" ,"))  # "M. X (Val), 5e Vice-président": the name
            name = name[:note.start()] if (note := GIVER_COMMUNE.search(name)) else name
            giver = Named(name, Span(entry.replaces.span.start, entry.replaces.span.start + len(name)))
            roll.proxies.append(Proxy(giver, entry.who, Span(giver.span.start, entry.who.span.end)))


SAID_AFTER = re.compile(r"[^;\n]{0,60}")  # what a list says after a name, up to its item's end


def _folded_name(written: str) -> str:
    """A name's words, folded, without its civility and bracketed body: to tell one name printed twice."""
    return " ".join(fold(BODY_AFTER.sub("", CIVILITY_IN.sub("", written, count=1))).split())


def _group_headings(text: Text, start: int, end: int) -> list[Heading]:
    """A roll printed by group alone, no heading saying who is present: two lines or more, each a group's title
    and its members ("Représentants désignés par le Département : M. X, Président ; Mme Y (pouvoir à M. Z).⏎
    Personnalités qualifiées : …", a board's colleges), before any other heading and the secretary. Each title
    heads a list of those present; a member's own status or proxy is read in it as in any list."""
    group = pattern(cues("roll_call")["group_titles"])
    found = [Heading("présent", False, m.start("label"), m.end()) for m in GROUP_LABEL.finditer(text.raw, start, end) if group.match(fold_piece(m["label"]))]
    if len(found) < 2 or SAID_PRESENT.search(text.raw, found[0].start, end):
        return []  # ("Membres élus : Mme X, M. Y, présents ; Mme Z, excusée": each part says its status, `_statuses_after_names`)
    return found


SAID_PRESENT = re.compile(r",\s*présente?s?\b", re.I)


def _secretary_at(text: Text, start: int, end: int) -> int:
    """Where the block first names its secretary, or `end`."""
    found = text.find(alternatives(cues("roll_call")["secretary"]), start, end)
    return found.start() if found else end


def _without_body(named: Named | None) -> Named | None:
    """A name without the body written in brackets after it ("Mme X (Val) est désignée secrétaire")."""
    body = BODY_AFTER.search(named.text) if named else None
    return Named(named.text[:body.start()], Span(named.span.start, named.span.start + body.start()), named.order) if body else named


def _unformed_proxies(text: Text, start: int, end: int, roll: RollCall, table=None) -> None:
    """The proxies no form reads (`proxy_clauses`): a list's item that names two persons and a proxy
    becomes its giver's entry and the proxy; a proxy a bare form read with a proxy's words in a name is
    re-paired; then the clauses outside the lists. A giver has one proxy at most here, and a proxy the
    council refused is none."""
    for proxy in roll.proxies:
        _repaired(text, proxy, roll.entries)
    given = {family_key(p.giver.text, p.giver.order) for p in [*roll.proxies, *(table.proxies if table else ())]}
    for entry in roll.entries:
        if entry.who.text.count(" ") < 4 or len(proxy_clauses.MENTION.findall(entry.who.text)) < 2:
            continue
        item = Text(entry.who.text)  # (as its list's view reads it: a column's neighbour blanked)
        paired = _read_down_proxy(item, _statuses(e for e in roll.entries if e is not entry))  # (not the item's own heading's)
        if paired and family_key(item.raw[paired[0].start:paired[0].end]) not in given:
            entry.who = _unformed(item, entry.who.span.start, Span(0, len(item)), *paired, entry.who.order, roll)
    for entry in [e for e in roll.entries if e.role and proxy_clauses.names_someone(e.role)]:
        _role_proxy(text, entry, roll, given)  # "M. X, vice-président, qui a adossé son vote à celui de M. Y"
    for entry in [e for e in roll.entries if e.who.text[:1].islower() and (proxy_clauses.MENTION.search(e.who.text) or VERB_FIRST.match(e.who.text)
                                                                            and proxy_clauses.names_someone(e.who.text))]:
        _cut_item(text, start, end, entry, roll, given)  # "la procuration de Mme X (Val), …, a été confiée à M. Y"
    read = [(p.span.start, p.span.end) for p in roll.proxies]
    listed = _statuses([*roll.entries, *(table.entries if table else ())])
    for giver, holder, clause in proxy_clauses.clause_proxies(text, start, end, roll.headings, read, listed):
        if family_key(text.raw[giver.start:giver.end]) not in given and not _refused(text, max(giver.end, holder.end), end):
            _unformed(text, 0, clause, giver, holder, None, roll)


def _cut_item(text: Text, start: int, end: int, piece: Entry, roll: RollCall, given: set[str | None]) -> None:
    """A list's item its split cut before the proxy's words, a piece of it read as a member ("la procuration de Mme
    X (Val), 5e Vice-présidente, a été confiée à M. Y"): the clause around the piece read as one item; the item's
    pieces give way to the giver's entry, under the status they had."""
    if any(p.span.start <= piece.who.span.start < p.span.end for p in roll.proxies):
        return
    opens = piece.who.span.start
    if VERB_FIRST.match(piece.who.text):  # "X (Val), | a désigné Y pour exprimer son vote": the item opens on the entry before
        subject = max((e for e in roll.entries if e.who.span.end <= opens and ITEM_COMMA.fullmatch(text.raw, e.who.span.end, opens)),
                      key=lambda e: e.who.span.start, default=None)
        opens = subject.who.span.start if subject else opens
    found = _clause_pair(text, piece.who.span.start, start, end, roll.entries, opens=opens)
    if not found or family_key(text.raw[found[0].start:found[0].end]) in given:
        return
    roll.proxies[:] = [p for p in roll.proxies if not (found[2].start <= p.span.start < found[2].end and _cut(p))]  # (its pieces misread)
    giver = _unformed(text, 0, found[2], found[0], found[1], piece.who.order, roll)
    given.add(family_key(giver.text, giver.order))
    roll.entries[:] = _without_pieces(roll.entries, found, piece.who.span.start) + [Entry(giver, piece.status, piece.commune)]


def _read_down_proxy(item: Text, statuses: dict[str, set[str]]) -> tuple[Span, Span] | None:
    """`proxy_clauses.item_proxy` of an item, or of its two columns read down when a bracket wrapped its giver's cell
    and took the next line's cells in ("Mme X (Val-⏎  Brun)      a libellé sa procuration au nom de⏎    M. Y"), its
    spans put back in the item's."""
    if "\n" in item.raw and (down := aligned.read_down(item.raw)):
        paired = proxy_clauses.item_proxy(Text(down[0]), statuses)
        return tuple(Span(down[1][s.start], down[1][s.end - 1] + 1) for s in paired) if paired else None
    return proxy_clauses.item_proxy(item, statuses)


def _role_proxy(text: Text, entry: Entry, roll: RollCall, given: set[str | None]) -> None:
    """An entry whose role goes on with a proxy in words no form knows ("M. X, vice-président, qui a adossé son vote à
    celui de M. Y"): the entry and its role read as one list item; the entry gives the proxy, its role ends before it."""
    at = text.raw.find(entry.role, entry.who.span.end, entry.who.span.end + 200)
    if at < 0 or family_key(entry.who.text, entry.who.order) in given:
        return
    found = _item_pair(text, entry.who.span.start, at + len(entry.role), _statuses(e for e in roll.entries if e is not entry))
    if found and found[0].start == entry.who.span.start:
        _unformed(text, 0, found[2], found[0], found[1], entry.who.order, roll)
        given.add(family_key(entry.who.text, entry.who.order))
        entry.role = ROLE_CLAUSE.split(entry.role, maxsplit=1)[0].strip() or None


ROLE_CLAUSE = re.compile(r",?\s*\b(?:qui\s+)?(?:a|avait|ayant)\s+[a-zéèêàâîôûç]")  # where a role's words end and its proxy's begin
VERB_FIRST = re.compile(r"(?:a|avait|ayant|qui)\s+[a-zéèêàâîôûç]")  # a piece that opens on the verb of the name before it
ITEM_COMMA = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?,\s*")  # between a name and the rest of its item: "X (Val), a désigné …"


def _clause_pair(text: Text, at: int, start: int, end: int, entries: list[Entry], opens: int = 0) -> tuple[Span, Span, Span] | None:
    """(giver, holder, clause) of the proxy the clause around `at` (from `opens` at the earliest) tells, read as one
    list item (`proxy_clauses.item_proxy`, the clause's own entries set aside from the roll's evidence), or None."""
    a, b = proxy_clauses.clause_around(text.raw, at, start, end)
    a = max(a, opens)
    return _item_pair(text, a, b, _statuses(e for e in entries if not a <= e.who.span.start < b))


def _item_pair(text: Text, a: int, b: int, statuses: dict[str, set[str]]) -> tuple[Span, Span, Span] | None:
    """(giver, holder, item) of the proxy `text.raw[a:b]` tells read as one list item (`proxy_clauses.item_proxy`),
    in the document's offsets, or None."""
    paired = proxy_clauses.item_proxy(Text(text.raw[a:b]), statuses)
    if not paired:
        return None
    spans = [Span(a + s.start, a + s.end) for s in paired]
    return (*spans, Span(a, proxy_clauses.item_end(text.raw, max(s.end for s in spans), b)))


def _without_pieces(entries: list[Entry], found: tuple[Span, Span, Span], opens: int, keep: Entry | None = None) -> list[Entry]:
    """`entries` without those a cut item made, from its first piece (at `opens` or its first name) to its last name."""
    lo, hi = min(opens, found[0].start, found[1].start), max(found[0].end, found[1].end)
    return [e for e in entries if e is keep or not lo <= e.who.span.start < hi]


def _statuses(entries: Iterable[Entry]) -> dict[str, set[str]]:
    """{folded family name, and full name's key: the statuses `entries` give it} (`proxy_clauses.listed_as`)."""
    statuses: dict[str, set[str]] = {}
    for entry in entries:
        name = parse_person_name(entry.who.text, entry.who.order, surname_only=True)
        for key in (fold(name.family), name.key) if name else ("",):
            statuses.setdefault(key, set()).add(entry.status)
    return statuses


# A verb's or a noun's words where a name stood, not a holder's preposition or article ("à la présidente", folded "a la …").
CUT_PIECE = re.compile(r"(?!(?:à|au|aux|la|le|les|l['’])\s|a\s+(?:la|le|les|l['’]|un|une|son|sa)\b)[a-zéèêàâîôûç]")


def _cut(proxy: Proxy) -> bool:
    """Whether a bare form read a piece of a cut item as the proxy's giver or holder ("a été", "votant")."""
    return any(CUT_PIECE.match(named.text) for named in (proxy.giver, proxy.holder))


def _repaired(text: Text, proxy: Proxy, entries: list[Entry]) -> None:
    """A proxy whose names a list's bare "X à Y" or "X par Y" read with a proxy's words in them: the giver
    cut to its person ("M. X : sa voix ira"), or the two persons re-paired from their prepositions in the
    proxy's passage ("X vote" par "procuration par l'intermédiaire de Y") or in the clause around it when its
    list cut the item at a comma ("Mme Y (Val), votant pour M. X"), its scope read after them; the entry its
    list gave the giver goes to the giver re-paired ("Y a été chargée par X de voter" under "Procurations :":
    X is the one represented), the item's other pieces' entries are dropped."""
    a, b = proxy_clauses.trimmed(proxy.giver.text)
    proxy.giver.text, proxy.giver.span = proxy.giver.text[a:b], Span(proxy.giver.span.start + a, proxy.giver.span.start + b)
    if not any(proxy_clauses.loose(named.text) for named in (proxy.giver, proxy.holder)):
        return
    a = proxy.span.start  # (to its clause's end: a form's match may stop inside a name "à M. Paul⏎ROCHE")
    b = max(proxy.span.end, proxy_clauses.clause_end(text.raw, proxy.span.end, len(text.raw)))
    read_as = proxy.giver
    statuses = _statuses(e for e in entries if e.who is not read_as)  # (not the status its list gave)
    line_end = text.raw.find("\n", proxy.span.end, b)
    found = _item_pair(text, a, b, statuses) or (_item_pair(text, a, line_end, statuses) if line_end > 0 else None)  # (a row of a list without stops: its line)
    if not found and (_cut(proxy) or proxy_clauses.loose(proxy.giver.text)):  # an item its list cut at a comma, a piece read as a name:
        # "Mme Y (Val), | votant pour M. X", "Rose LYS, Amis du Val, | s'en remet du soin de voter à Jean CARON"
        found = _clause_pair(text, proxy.span.start, 0, len(text.raw), entries)
        if found:
            entries[:] = _without_pieces(entries, found, proxy.span.start, keep=next((e for e in entries if e.who is read_as), None))
    if found:
        proxy.giver, proxy.holder = (Named(text.raw[s.start:s.end], s, read_as.order) for s in found[:2])
        _scope(text.raw[max(found[0].end, found[1].end):found[2].end], proxy)
        for entry in entries:
            entry.who = proxy.giver if entry.who is read_as else entry.who


def _unformed(text: Text, offset: int, clause: Span, giver: Span, holder: Span, order: str | None, roll: RollCall) -> Named:
    """The proxy of `clause` (spans in `text`, itself at `offset` in the document) added to the roll,
    its scope read in the clause's words around its names ("… de M. X à compter du point 4 : Mme Y"); returns its giver."""
    def named(span: Span) -> Named:
        return Named(text.raw[span.start:span.end], Span(offset + span.start, offset + span.end), order)
    proxy = Proxy(named(giver), named(holder), Span(offset + clause.start, offset + clause.end))
    first, last = sorted((giver, holder), key=lambda s: s.start)
    _scope(" ".join((text.raw[clause.start:first.start], text.raw[first.end:last.start], text.raw[last.end:clause.end])), proxy)
    roll.proxies.append(proxy)
    return proxy.giver


# A group of members under its title, their status written after their names: "Membres élus : Mme X, M. Y,
# présents ; Mme Z, représentée par M. Y ; M. W, absent." (the status closes its part of the list).
GROUP_TITLE_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<title>[^\n:;.]{3,80}?)[ \t]*:[ \t]*(?=\S)")
PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\Z")
STATUS_APPOSED = re.compile(r"[A-ZÉÈ]{2,},\s*(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?)\b")  # "M. Paul ROCHE, excusé, …"
PRESENT_SINCE = re.compile(r",\s*(?=(?:présente?|arrivée?)\s+(?:à\s+(?:partir|compter)\s+d|au\s+cours\s+d))", re.I)


def _statuses_after_names(text: Text, start: int, end: int, roll: RollCall) -> None:
    """The parts of a group's list that end with their status ("…, présents ;"), and the others of
    that list, each read under the status it says first ("Mme Z, excusée, représentée par M. Y"), in
    the paragraphs a group title opens that no heading's list covers."""
    group = pattern(cues("roll_call")["group_titles"])
    for title in GROUP_TITLE_LINE.finditer(text.raw, start, end):
        at = title.end()
        if any(a <= at < b for a, b in roll.headings) or not text.at(group, title.start("title")):
            continue
        stop = PARAGRAPH_END.search(text.raw, at, end).start()
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", text.raw[at:stop])]
        if not any(STATUS_AFTER.search(text.raw[at + a:at + b].rstrip(" .\n")) or STATUS_APPOSED.search(text.raw, at + a, at + b) for a, b in parts):
            continue  # a group's list with no status after its names: another form's
        flat = Text(text.raw[:at] + text.raw[at:stop].replace("\n", " ") + text.raw[stop:])  # one paragraph, its lines wrapped (offsets kept)
        for a, b in parts:
            part = flat.raw[at + a:at + b].rstrip(" .\n")
            after = STATUS_AFTER.search(part)
            said = after or STATUS_IN.search(part)
            if said is None:
                continue
            status = _status_of(said["status"])
            part_end = at + a + (after.start() if after else len(part))
            since = PRESENT_SINCE.search(flat.raw, at + a, part_end)
            count = len(roll.entries)
            _read_list(flat, Heading(status, True, at + a, at + a), at + a, since.start() if since else part_end, roll)
            if since and len(roll.entries) == count + 1:  # "Mme Z, représentée par M. Y jusqu'au point 3, présente à partir du point 4"
                present = Entry(roll.entries[-1].who, "présent", roll.entries[-1].commune)
                _annotate(present, flat.raw[since.end():part_end])
                roll.entries.append(present)
        roll.headings.append((title.start("title"), stop))


SENTENCE_OPENS = re.compile(r"(?:^|[.;!][ \t]+|\n[ \t]*)\Z")


def _status_sentences(text: Text, start: int, end: int, roll: RollCall) -> None:
    """The members a sentence of their own gives a status ("Monsieur X est excusé et n'a pas donné de
    procuration.", "M. X et Mme Y sont absents.": `roll_call.yaml` status_sentence), outside the lists read."""
    for told in text.finditer(pattern(cues("roll_call")["status_sentence"]["cue"]), start, end):
        names = told.start("names"), told.end("names")
        if any(a <= names[0] < b for a, b in roll.headings) or not SENTENCE_OPENS.search(text.raw, max(start, names[0] - 3), names[0]):
            continue
        status = "excusé" if told["excused"] else _status_of(told["status"])
        _read_list(text, Heading(status, False, names[0], names[0]), names[0], names[1], roll)
        roll.headings.append(names)


def _drop_refused_by_giver(text: Text, start: int, end: int, roll: RollCall) -> None:
    """A list's proxy that a later sentence refuses by naming its giver ("Le pouvoir de M. X, établi au
    nom de M. Y, lui-même absent, n'a pas été retenu", "M. X ayant pu rejoindre la séance, sa délégation est
    sans objet"): none (proxies.yaml `refused`)."""
    spec = cues("proxies")["refused"]
    refused = pattern(spec["cue"])
    for told in [*text.finditer(pattern(spec["by_giver"]), start, end), *text.finditer(pattern(spec["possessive"]), start, end)]:
        stop = SENTENCE_END.search(text.raw, told.end(), min(end, told.end() + 300))
        if not text.find(refused, told.end(), stop.end() if stop else min(end, told.end() + 300)):  # (its match holds the sentence's last letters)
            continue
        family = family_key(text.raw[told.start("giver"):told.end("giver")])
        roll.proxies = [p for p in roll.proxies if not family or family_key(p.giver.text, p.giver.order) != family]


COLUMN_GAP = re.compile(r"[ \t]{3,}")


def _column_pairs(text: Text, heading: Heading, stop: int, roll: RollCall) -> bool:
    """A proxy heading whose line names a holders' column ("Absents représentés :      Mandataires :",
    roll_call.yaml `holders_column`): each row below is a giver and a holder a column's gap apart,
    paired by row. False, and nothing read, when the heading's line names no such column."""
    header = text.at(pattern(cues("roll_call")["holders_column"]["cue"]), heading.end, stop)
    if header is None or "\n" in text.raw[heading.start:heading.end]:
        return False
    roll.headings.append((heading.start, stop))
    for row in re.finditer(r"[^\n]+", text.raw[header.end():stop]):
        at = header.end() + row.start()
        cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", row.group())]
        if len(cells) != 2 or not COLUMN_GAP.search(row.group(), cells[0][0] + len(cells[0][1])):
            continue  # a row of one name, or of more than two columns: no pair
        (g, giver), (h, holder) = cells
        giver_named, holder_named = Named(giver, Span(at + g, at + g + len(giver))), Named(holder, Span(at + h, at + h + len(holder)))
        roll.entries.append(Entry(giver_named, heading.status))
        roll.proxies.append(Proxy(giver_named, holder_named, Span(at + g, at + h + len(holder))))
    return True


CAPITALS = re.compile(rf"[{UPPER}'’ -]+")


def _heading_noun(text: Text, cell: int, heading: int) -> bool:
    """Whether what stands between a cell's start and a heading is a noun of members: in capitals
    ("ADMINISTRATEURS PRÉSENTS") or a group's (`group_titles`: "Administrateurs excusés")."""
    if CAPITALS.fullmatch(text.raw, cell, heading):
        return True
    noun = text.at(pattern(cues("roll_call")["group_titles"]), cell, heading)
    return bool(noun) and not text.raw[noun.end():heading].strip()


def _blank_to_holder(text: Text, heading: Heading, entries: list[Entry], roll: RollCall) -> None:
    """"Pouvoirs en blanc (3), attribués à la présidente … : M. X, Mme Y": the heading names who holds the
    blank proxies of the members listed under it (`proxies.yaml` blank)."""
    blank = text.find(pattern(cues("proxies")["blank"]["cue"]), heading.start, heading.end) if heading.proxies else None
    if blank is None:
        return
    holder = Named(text.raw[blank.start("h"):blank.end("h")], Span(blank.start("h"), blank.end("h")))
    given = {id(p.giver) for p in roll.proxies}
    for entry in entries:
        if id(entry.who) not in given:
            roll.proxies.append(Proxy(entry.who, holder, Span(heading.start, entry.who.span.end)))


def _views(text: Text, start: int, end: int) -> list[tuple[Text, list[Heading]]]:
    """The headings of the block as each view of the text shows them: the whole text, and, where
    lists are printed in two columns side by side ("PRÉSENTS :      ABSENTS EXCUSÉS :"), each
    column alone (the other blanked, offsets kept)."""
    headings = _headings(text, start, end)
    blocks = _heading_blocks(text, headings, [])
    for raw, a, b, _ in aligned.column_views(text.raw, blocks):  # three lists side by side: a heading only a column's view shows
        blocks = _heading_blocks(text, [h for h in _headings(Text(raw), a, b) if h.start < b], blocks)
    spanning = _spanned_blocks(text, headings, blocks, start, end)
    views = [(text, [h for h in headings if not any(a <= h.start < b for a, b, _ in blocks + spanning)])]
    columns = aligned.column_views(text.raw, blocks) + [
        (aligned.one_column(text.raw, block, right, keep_first=right), block[0], block[1], right) for block in spanning for right in (False, True)]
    for raw, start, end, right in columns:
        view = Text(raw)
        first = start if right else _title_above(raw, start)
        views.append((view, [h for h in _headings(view, first, end) if h.start < end]))
    return views


def _heading_blocks(text: Text, headings: list[Heading], blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """`blocks` with the column block each heading opens after a gutter, one a column."""
    blocks = list(blocks)
    for heading in headings:
        cell = aligned.cell_start(text.raw, heading.start)  # "ADMINISTRATEURS EXCUSÉS": the heading's cell starts before it
        block = aligned.column_block(text.raw, heading.start) or (_heading_noun(text, cell, heading.start) and aligned.column_block(text.raw, cell))
        if block and not any(a <= heading.start < b and aligned.same_column(c, block[2]) for a, b, c in blocks):
            blocks.append(block)
    return blocks


def _title_above(raw: str, start: int) -> int:
    """Where a left column's list starts: at the line just above its block, blank lines between,
    when that line holds a heading alone ("PRÉSENTS :⏎⏎M. X, Maire      REPRÉSENTÉS :"), else `start`."""
    above = raw[:start].rstrip()
    line_start = above.rfind("\n") + 1
    return line_start if raw.count("\n", len(above), start) <= 3 and TITLE_ALONE.fullmatch(above, line_start) else start


TITLE_ALONE = re.compile(r"[ \t]*[A-ZÉÈ][A-ZÉÈa-zéèêàç' ()/-]{2,60}:[ \t]*")  # "PRÉSENTS :", "Membres présents :"


def _spanned_blocks(text: Text, headings: list[Heading], blocks: list, start: int, end: int) -> list[tuple[int, int, int]]:
    """The blocks in two columns under one heading line that spans both ("Pouvoirs :⏎M. X, mandat de vote à
    M. Y      Mme Z, mandat de vote à M. W"), each column its own proxies: each is read under that heading."""
    spanning = []
    for whole in aligned.column_blocks(text.raw, start, end):
        block = _from_heading_line(text.raw, headings, whole)
        first_end = text.raw.find("\n", block[0], block[1])
        over = [h for h in headings if block[0] <= h.start < first_end]
        if over and 0 <= first_end - block[0] <= block[2] and not any(a <= over[0].start < b for a, b, _ in blocks + spanning):
            right = aligned.one_column(text.raw, block, True)[block[0]:block[1]]
            left = aligned.one_column(text.raw, block, False)[first_end:block[1]]  # (under the heading's line)
            says = len(SAYS_PROXY.findall(fold_piece(right))) >= 2 and not _continuing(right) and block == whole  # (under a heading inside the block: members' columns only)
            if says or (not over[0].proxies and _members_column(right) and _members_column(left)):
                spanning.append(block)  # (not a table's holders' column, "Mandant   Mandataire", nor its offices', places' or labels')
    return spanning


def _from_heading_line(raw: str, headings: list[Heading], block: tuple[int, int, int]) -> tuple[int, int, int]:
    """The block from the line of the first heading inside it that opens its line alone, the lines above another
    thing's in the same gutter (a counts box: "18      13      3      16⏎⏎PRÉSENTS⏎ROCHE Paul (Val)      LYS Rose (Brun)")."""
    for heading in headings:
        line_start, line_end = line_at(raw, heading.start)
        if block[0] < line_start < block[1] and not raw[line_start:heading.start].strip() and line_end - line_start <= block[2]:
            return line_start, block[1], block[2]
    return block


def _continuing(column: str) -> bool:
    """Whether a right-hand column's lines go on the cells beside them, a verb's words in small letters opening its first
    and half its lines at least ("ROCHE Paul (Val)      a chargé par écrit LYS Rose de le représenter", the holder perhaps
    wrapped below: "… a confié son mandat de vote à⏎                   Rose LYS"), or a bracket noting it ("M. X      (procuration
    écrite détenue par Mme Y)"): one list, not two side by side."""
    lines = [line.strip() for line in column.splitlines() if line.strip()]
    goes_on = [line[0].islower() or line[0] == "(" for line in lines]
    return bool(lines) and goes_on[0] and 2 * sum(goes_on) >= len(lines)


SAYS_PROXY = re.compile(r"\b(?:pouvoir|procuration|mandat|delegation|represente)")


def _members_column(column: str) -> bool:
    """Whether a right-hand column read alone is a list of members: three lines at least open on a name ("M. Paul
    ROCHE", "ROCHE Paul", "Paul ROCHE"), every other line is a body's label in capitals alone ("VAL-NORD", a
    commune none of whose members sits), or goes on the line above ending at a comma ("M. Luc PETIT (Val),⏎   1er
    vice-président"), is indented under a member's (its office, "ROCHE Paul (Val)⏎   Président") or closes a bracket the line
    above opened ("LYS Rose (Isle-Loue-⏎   Auvézère)"). A table's column of offices or cantons ("1re Vice-présidente", "Val-Brun-1") is none."""
    lines = [line.rstrip() for line in column.splitlines() if line.strip()]
    named = [line for line in lines if NAME_OPENS.match(line.lstrip())]
    indent = min((len(line) - len(line.lstrip()) for line in named), default=0)
    return len(named) >= 3 and all(NAME_OPENS.match(line.lstrip()) or CAPITALS_LABEL.fullmatch(line.strip()) or above.endswith(",")
                                   or len(line) - len(line.lstrip()) > indent and (above.count("(") > above.count(")") or ROLE_LINE.fullmatch(line.strip()))
                                   for above, line in zip(["", *lines], lines))


CAPITALS_LABEL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9'’ -]{1,60}")


# --- lists ---------------------------------------------------------------------------------

# A commune or member body labelling the names after it: "Entre-deux-Guiers :", "Le Sappey :", or a
# label of several words opening its line when a civility follows ("CC Val et Coteaux de X : Mme …", "Pour la
# Communauté de communes du Val : M. …", the body without the "Pour la" that introduces it).
LABEL = re.compile(with_civilities(r"(?P<label>(?:(?:Les|Le|La|L['’]\s?)\s*)?[A-ZÉÈÎ][\w'’]*(?:-[\w'’]+)+|(?:Les|Le|La)\s+[A-ZÉÈ][\w'’]+|[A-ZÉ][a-zéèêëàâîïôûüç]+(?=\s*:\s*{civility}))\s*:\s*"))
LABEL_LINE = re.compile(with_civilities(r"(?m)^[ \t]*(?:Pour\s+(?:la|le|les|l['’])\s*)?(?P<label>[A-ZÉ][\w'’-]*(?:[ \t]+(?:[A-ZÉ][\w'’-]*|de|du|des|la|le|les|et|en|sur|[dl]['’]\w+)){1,7}"
                        r"|[A-ZÉ][\w'’-]*(?:[ \t]+[\w'’-]+){1,9})(?=[ \t]*:\s*{civilities})\s*:\s*"))
# A commune opening its line, dotted leaders to its delegates: "VALBRUNE ........ MM. X, Y".
LEADER_LABEL = re.compile(with_civilities(r"(?m)^[ \t]*(?P<label>[A-ZÉÈ][^\n.:]{1,60}?)[ \t]*\.{3,}[ \t]*(?={civilities}\s)"))
# (the second form: a group's title in words, "Collège des communes :", "Représentants des communes :")
# A label in capitals opening its line, a column's gap to its delegates (pdftotext -layout):
# "VAL-NORD          Mme X".
CAPITALS_NAME = rf"[{UPPER}][{UPPER}0-9'’ -]{{1,60}}?"  # a commune's name in capitals, as a label ("ŒUILLY")
COLUMN_LABEL = re.compile(with_civilities(r"(?m)^[ \t]*(?P<label>" + CAPITALS_NAME + r")[ \t]{2,}(?={civilities}\s)"))
# The same, its delegates named without civility, a given name first: "VAL-NORD          Jean-Marc ROCHE, Président ;"
# (or none: "HAUT-VAL          ⏎", a commune no delegate of which is present).
COLUMN_NAME_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>" + CAPITALS_NAME + r")[ \t]{3,}(?=(?P<given>[A-ZÉ][a-zéèëïç]+)(?:-[A-ZÉ][a-zéèëïç]+)?\s+[A-ZÉÈ]{2}|$)")
# A commune's one-word name opening its line before its delegates written given name first: "Brunmont : Rose LYS ; Paul
# ROCHE" (a commune nouvelle's communes déléguées; kept when it is a commune's and no office's: "Maire : Paul ROCHE").
OFFICE_LABEL = re.compile(rf"(?i:{offices.alternation()})")
WORD_LABEL = re.compile(rf"(?m)^[ \t]*(?P<label>[A-ZÉÈÎ][{LOWER}'’]+)[ \t]*:[ \t]*(?={GIVEN_WORD}[ \t]+[{UPPER}]{{2}})")

# The same before names written family name first, the label a division's name ("LE VAL          ROCHE Paul      LYS Rose"):
# a column of such names has no label of its own.
COLUMN_FAMILY_LABEL = re.compile(rf"(?m)^[ \t]*(?P<label>{CAPITALS_NAME})[ \t]{{3,}}(?=[{UPPER}][{UPPER}'’-]+(?:[ -][{UPPER}'’-]{{2,}})*\s+{GIVEN_WORD}\b)")

# A line that a label opens, a civility after its colon: "Saint-Val : M. X ; Mme Y".
LABELLED_LINE = re.compile(with_civilities(r"[ \t]*[A-ZÉÈ][\w'’ -]{1,60}?[ \t]+:[ \t]+(?:{civilities})\s"))
# A label in capitals on a line of its own, its delegates on the lines below, indented further: "VAL-NORD⏎   Mme X a
# donné procuration à M. Y⏎   M. Z …".
INDENTED_LABEL = re.compile(with_civilities(r"(?m)^(?P<indent>[ \t]*)(?P<label>" + CAPITALS_NAME + r")[ \t]*\n(?P=indent)[ \t]+(?={civilities}\s)"))


def _alone(raw: str, label: re.Match) -> bool:
    """Whether a label in capitals with nothing after it opens its own row, not a name wrapped from the line above
    ("…, M. Luc⏎PETIT, …" once the names are blanked)."""
    before = raw[:label.start()].rstrip()
    return not before.endswith((",", ";")) and not DANGLING_CIVILITY.search(before[-40:])


def _names_a_person(label: str) -> bool:
    """Whether a column's label in capitals is a person's name ("JEAN DUPONT", a given name then more), no commune."""
    words = label.split()
    return len(words) > 1 and is_given_name(words[0])
# A label in words in a word processor's first cell, a tab to its delegates: "CC du Val et Roche⇥M. X ; Mme Y".
TAB_LABEL = re.compile(with_civilities(r"(?m)^[ \t]*(?!(?:{civilities})\s)(?P<label>[A-ZÉÈ][^\n\t:;.]{1,60}?)[ ]*\t+(?={civilities}\s|" + BARE_NAME + ")"))  # (a person's name is no label: `_labels`)


# A member body's name in capitals on a line of its own, over its delegates: "CC DU HAUT-MONT⏎M. Jean CARON".
BODY_HEADING = re.compile(with_civilities(r"[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ0-9'’ -]{2,60}?[ \t]*\n[ \t]*(?:[-•*✓][ \t]+)?(?:(?:{civilities})\s+[A-ZÀ-Þ]"
                                          r"|(?:[Pp]ouvoir|[Pp]rocuration|[Mm]andat)s?\s+(?:de\s+vote\s+)?(?:de|d['’])\s*(?:{civilities})\s"  # its proxies: "VAL-NORD⏎ procuration de Mme X à …"
                                          r"|[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*\s+[A-ZÀ-Þ][a-zß-ÿ]+\b)"))  # its members: "VAL-NORD⏎ROCHE Paul"
BODY_LINE = re.compile(with_civilities(r"[ \t]*(?P<label>[A-ZÉÈ][^\n:;.]{2,80}?)[ \t]*\n[ \t]*(?:[-•*✓][ \t]+)?(?:{civilities})\s+[A-ZÀ-Þ]"))


def _body_line(text: Text, at: int) -> re.Match | None:
    """A member body named in words on a line of its own ("Communauté de communes du Val"), its delegates below."""
    line = BODY_LINE.match(text.raw, at)
    return line if line and text.find(pattern(cues("roll_call")["member_bodies"]), line.start("label"), line.end("label")) else None


# A group's title opening a line, a bullet before it, whatever its words: "• Collège des élus : Mme X, …",
# "Représentants de la CAF, de l'UDAF et d'Action Logement : M. Y" (kept only when `group_titles` says
# it names a group, not a commune).
GROUP_LABEL = re.compile(with_civilities(r"(?m)^[ \t\f]*(?:[-•*✓][ \t]+)?(?P<label>[A-ZÉÈ][^\n:;.]{2,80}?)[ \t]*:[ \t]*(?={civilities}\s|[A-ZÉ][a-zéèëïç]+(?:-[A-ZÉ][a-zéèëïç]+)?\s+[A-ZÉÈ]{2})"))  # (its names perhaps without civility: "Les adjoints : Jean ROCHE, …")
# A label in capitals opening a line, a list or a sentence on one-line text, a member after its colon: "Présents : VALBRUNE : M. X,
# Président ; Mme Y. ROCHE-SUR-VAL : M. Z" (a commune's delegates, one sentence each).
CAPITALS_COLON_LABEL = re.compile(with_civilities(r"(?:^|(?<=[.;]\s)|(?<=\n)[ \t]*)(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,40}?)[ \t]*:[ \t]*(?={civilities}\s)"))
# A member body's label before a dash, opening a list or a sentence on one-line text: "Délégués présents : Communauté de
# communes du Val – ROCHE Paul, LYS Rose. Communauté de communes de Brunmont – CARON Jean".
BODY_DASH_LABEL = re.compile(r"(?:^|(?<=\.\s))(?P<label>[A-ZÉÈ][^\n:;.–—]{2,80}?)\s+[–—]\s+(?=\S)")
# A member body's label and its colon inside a one-line list, right after the last name of the body before: "…, M. Paul
# ROCHE Communauté de communes du Val : M. Jean CARON, …" (the body's kind word opens it: `member_bodies`).
BODY_COLON_LABEL = re.compile(with_civilities(r"(?P<label>[^:;,.()\n]{2,80}?)[ \t]*:[ \t]*(?=(?:{civility})\s)"))


# A member body's label opening a list's item, its delegates named family name first: "Délégués présents : Val-Brun
# Métropole : ROCHE Paul, Président ; LYS Rose ; CC des Monts : CARON Jean ; …" (`member_bodies`), or its line, a bullet
# perhaps ("- CC des Monts : CARON Jean, …").
ITEM_BODY_LABEL = re.compile(with_civilities(r"(?:(?<=;\s)|(?m:^)[ \t]*(?:[-–•*][ \t]+)?)(?P<label>[A-ZÀ-Þ][^:;,.()\n]{1,60}?)[ \t]*:[ \t]*(?=(?:{civility})\s|[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*\s+[A-ZÀ-Þ][a-zà-ÿ])"))


def _body_colon_labels(raw: str, bodies: re.Pattern) -> list[re.Match]:
    """`BODY_COLON_LABEL`'s matches that open on a member body's kind word, capitalised, after a name's capitals."""
    folded = fold_piece(raw)
    found = (BODY_COLON_LABEL.match(raw, body.start()) for body in bodies.finditer(folded)
             if raw[body.start():body.start() + 1].isupper() and CAPITALS_BEFORE.search(raw, max(0, body.start() - 40), body.start()))
    return [m for m in found if m]


# A group's title inside a line, said "au titre de": "Présents : au titre des représentants du Département : M. X,
# …, M. Y ; au titre des personnalités qualifiées : Mme Z" (the title may wrap onto the next line).
TITLED_LABEL = re.compile(with_civilities(r"(?<![^\s;,:])(?P<label>au\s+titre\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*[^:;.()]{2,80}?)[ \t]*:[ \t]*(?={civilities}\s)"))


def _labels(raw: str) -> list[re.Match]:
    colon = ":" in raw  # (LABEL and LABEL_LINE end with a colon: most lists have none, and LABEL is slow to try)
    lines = (list(LABEL_LINE.finditer(raw)) if colon else []) + list(LEADER_LABEL.finditer(raw)) + list(COLUMN_LABEL.finditer(raw))
    lines += [m for m in INDENTED_LABEL.finditer(raw) if not _names_a_person(m["label"])]
    column = [m for m in COLUMN_NAME_LABEL.finditer(raw) if (is_given_name(m["given"]) if m["given"] else _alone(raw, m)) and not _names_a_person(m["label"])]
    lines += [m for m in column if not any(a.start("label") == m.start("label") for a in lines)] if any(m["given"] for m in column) else []
    lines += [m for m in COLUMN_FAMILY_LABEL.finditer(raw) if territories.names_a_division(m["label"]) and not any(a.start("label") == m.start("label") for a in lines)]
    lines += [m for m in (WORD_LABEL.finditer(raw) if colon else ()) if not OFFICE_LABEL.fullmatch(m["label"]) and territories.names_a_division(m["label"], "commune")
              and not any(a.start("label") <= m.start("label") < a.end() for a in lines)]
    lines += [m for m in (TAB_LABEL.finditer(raw) if "\t" in raw else ()) if not any(a.start("label") == m.start("label") for a in lines)
              and (not any(is_given_name(word) for word in m["label"].split()) or territories.names_a_division(m["label"], "commune"))]  # "Danielle NAUDOT⇥M. Y": a table's giver, no label; "Le François⇥Y": a commune
    group = pattern(cues("roll_call")["group_titles"])
    lines += [m for m in (chain(GROUP_LABEL.finditer(raw), TITLED_LABEL.finditer(raw)) if colon else []) if group.match(fold_piece(m["label"]))
              and not any(a.start() <= m.start("label") < a.end() for a in lines)]
    bodies = pattern(cues("roll_call")["member_bodies"])
    lines += [m for m in BODY_DASH_LABEL.finditer(raw) if bodies.search(fold_piece(m["label"])) and not any(a.start() <= m.start("label") < a.end() for a in lines)]
    lines += [m for m in _body_colon_labels(raw, bodies) if not any(a.start() <= m.start("label") < a.end() for a in lines)]
    lines += [m for m in (ITEM_BODY_LABEL.finditer(raw) if colon else ()) if bodies.search(fold_piece(m["label"]))
              and not any(a.start() <= m.start("label") < a.end() for a in lines)]
    lines += [m for m in (CAPITALS_COLON_LABEL.finditer(raw) if colon else ()) if not any(a.start() <= m.start("label") < a.end() for a in lines)]
    labels = [m for m in LABEL.finditer(raw) if not any(a.start() <= m.start() < a.end() for a in lines)] if colon else []
    return sorted((m for m in lines + labels if not ORDINAL_BEFORE.search(raw, max(0, m.start("label") - 8), m.start("label"))
                   and not CIVILITY_OPENS.match(m["label"])  # "Mme X - porteur de son suffrage : M. Y": a member, no label
                   and not (m["label"][:1].islower() and raw[max(0, m.start("label") - 3):m.start("label")].rstrip(" \t").endswith(","))),
                  key=lambda m: m.start())  # (", membre élue : M. Y, porteur de sa procuration": the giver's office, in small letters after a comma)


ORDINAL_BEFORE = re.compile(r"\b\d{1,2}\s*(?:e|er|re|ère|ème|eme)\s+$")  # "M. X (Val), 4e Vice-président : pouvoir …": an office, no commune's label


def _segments(raw: str, offset: int) -> list[tuple[str, int, Named | None, str | None]]:
    """A list grouped by commune ("Corbel : M. A ; M. B Entre-deux-Guiers : Mme C") or by role
    ("Vice-présidents : M. A, Mme B Conseillers régionaux : M. C") as segments with their commune
    label or role; a list without labels is one segment."""
    folded = fold_piece(raw)
    roles = [(m.start(), m.end(), None, entry["role"]) for entry in cues("roll_call")["sublist_roles"]
             for m in re.finditer(entry["cue"].replace("'", "['’]"), folded)]
    group = pattern(cues("roll_call")["group_titles"])
    communes = [(m.start(), m.end(), None if group.match(folded, m.start("label")) else Named(m["label"], Span(offset + m.start("label"), offset + m.end("label"))), None)
                for m in _labels(raw)]
    communes = [c for c in communes if not any(a <= c[0] < b for a, b, _, _ in roles)]
    labels = sorted(roles + (communes if len(communes) >= 2 else []))
    if not labels:
        return [(raw, offset, None, None)]
    segments = [(raw[:labels[0][0]], offset, None, None)] if labels[0][0] > 0 else []
    for index, (a, b, label, role) in enumerate(labels):
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(raw)
        segments.append((SEGMENT_STOP.sub(lambda m: " " * len(m.group()), raw[b:stop]), offset + b, label, role))  # (its full stop blanked, offsets kept)
    return segments


SEGMENT_STOP = re.compile(r"(?<![\s.][A-Z])\.(?=\s*$)")  # "Val : Paul ROCHE ; Rose LYS.⏎Brun : …" (not an initial's: "Rose L.")


FLAT_HOLDER = re.compile(r"\bPouvoir\s+à\s+")  # a column's cell: capitalised, after the names column
NAME_RUN = re.compile(r"(?:[A-ZÉÈ][a-zéèêëàâîïôûüç]+(?:[- ][A-ZÉÈ][a-zéèêëàâîïôûüç]+)?\s+)(?:[A-ZÉÈÀÂÎÔÛÇ'’-]{2,}(?:\s+(?=[A-ZÉÈ'’-]{2,}\b)|\b))+")


# A comma, a line end or a spaced dash that binds what follows to the name before it: "Mme X, représentée par M. Y",
# "Mme X, suppléante de M. Y", "M. X, ayant donné pouvoir à Mme Y", "M. X / représenté par Mme Y"
# stay one item; so does a bracket wrapped onto the next line ("Mme X⏎(Association du Val) à Mme Y").
ABBREVIATED = with_civilities(cues("proxies")["abbreviated"])  # "pvr", "pouv.", "P." before a civility
GIVING = proxy_words.alternation("giving_alone")  # "donné", "confié", "mandaté"…
_BINDS = with_proxy_words(with_civilities(r"(?:(?i:" + ABBREVIATED + r")(?:\s+à)?\s+(?={civility})|(?:excus[ée]e?|absente?)(?=\s*(?:,\s*|\s(?:avec|et)\s+)(?i:" + ABBREVIATED + r"|pouvoir|procuration))|(?:excus[ée]e?|absente?)(?=[ \t]*(?:[.;]|\n|$))|dont\s+(?:le\s+pouvoir|la\s+procuration|la\s+voix|le\s+vote|le\s+mandat|le\s+droit\s+de\s+vote)\s|(?:(?:est|était|a\s+été)\s+)?représentée?|suppléante?|suppl[ée]{2}e?\s+(?:(?:pour\s+le|dans\s+son)\s+vote\s+)?par|en\s+remplacement\s+de|(?i:{holds})|(?i:{bears})|mandatée?\s+par|mandataire|(?:qui\s+)?(?:a|avait|ayant)\s+(?:pour|comme)\s+(?:son\s+|sa\s+)?(?:représentante?|fondée?\s+de\s+pouvoirs?)|pour\s+qui\s+vote(?:ra|rait|ait)?|votant\s+(?:aussi|également)\s"
          r"|(?:ayant|qui\s+a|a)\s+(?:" + GIVING + r")|présente?\s+jusqu|arrivée?\s+(?:au|à)\s|(?:par\s+|avec\s+)?(?:procuration|pouvoir|d[ée]l[ée]gation\s+de\s+vote|droit\s+de\s+vote)(?:\s+{given}e?)?\s+[àa]|vote\s+{given}e?\s+[àa]|(?:procuration|pouvoir)\s+(?={civility}\s)|(?:procuration|pouvoir|mandat)\s+{carried}e?\s+par|(?:par|de(?![^,;\n]*\s[àa]\s))\s+(?={civility}))\b"))  # (not ", de M. Z à Mme W": another proxy read out)
_CIVILITY = with_civilities("(?:{civility})")
BOUND = re.compile(rf",(?=\s+{_BINDS})|(?<=[^\s,;])\n(?=[ \t]*(?:{_BINDS}|\())|(?<=[^\s,;] )[-–—](?=\s+{_BINDS})|(?<=\s)et(?=\s+de\s+{_CIVILITY}(?![^,;\n]*\s[àa]\s))")  # "Mme X – pouvoir à M. Y", "… de Mme X et de M. Z"


def _blank_representing(text: Text, start: int, stop: int) -> str:
    """The list's text with the appositions that name the body a member sits for blanked ("M. X,
    représentant la Commune de Valbrune, par Mme Y"): the item reads as the name and what follows."""
    raw = text.raw[start:stop]
    for found in text.finditer(pattern(cues("roll_call")["representing"]), start, stop):
        raw = raw[:found.start() - start] + " " * (found.end() - found.start()) + raw[found.end() - start:]
    return raw


def _blank_group_lines(raw: str) -> str:
    """The list's text with each line that is a group's title alone blanked ("Collège de l'État et des organismes
    publics" over its members' lines, each opening on a civility): a college of a board, no member."""
    group = pattern(cues("roll_call")["group_titles"])
    for line in GROUP_TITLE_ALONE.finditer(raw):
        if group.match(fold_piece(line["title"])) and not CIVILITY_IN.search(line["title"]):
            raw = raw[:line.start("title")] + " " * len(line["title"]) + raw[line.end("title"):]
    return raw


GROUP_TITLE_ALONE = re.compile(with_civilities(r"(?m)^[ \t]*(?P<title>[A-ZÉÈ][^\n\t:;,.()]{2,80}?)[ \t]*\n(?=[ \t]*(?:{civility})\s)"))
TAB_ROW = re.compile(with_civilities(r"(?m)^[ \t]*(?:{civility}\s|[^\t\n:]{2,40}:[ \t]*\t)[^\n]*"))  # a row that opens on a member's name or a label before tabbed names ("Les adjoints :⇥X⇥Y"; not a body's: its cells are a table's)


def _cell_parted(run: re.Match) -> str:
    """A run of tabs between two cells made a comma (the same length); after a label's colon, before a civility, a space
    ("Val :⇥M. X, …": the label heads its names; "Les adjoints :⇥ROCHE Paul⇥…": a comma parts them); before a bracket, a space."""
    heads = run.string[run.start() - 1] == ":" and CIVILITY_OPENS.match(run.string, run.end())
    noted = run.string.startswith("(", run.end())  # "M. X⇥(Club du Val)⇥Président": the body in brackets is the name's note
    return (" " if heads or noted else ",") + " " * (len(run.group()) - 1)
NAME_END = re.compile(r"\s+(?:à|par|représentée?\s+par)\s+|\(")  # where an item's name ends: its holder, its note


def _read_list(text: Text, heading: Heading, start: int, stop: int, roll: RollCall) -> None:
    raw = text.raw[start:stop]
    if heading.status == "appel":
        _roll_called(text, heading, start, stop, roll)
        return
    first = FLAT_HOLDER.search(raw)
    if first and len(FLAT_HOLDER.findall(raw)) >= 2 and not re.search(r"[,;]|\b(?:donn|par\b|représ)", raw[:first.start()]) \
            and len(NAME_RUN.findall(raw[:first.start()])) == len(FLAT_HOLDER.findall(raw)):
        _flattened(text, heading, start, stop, roll)
        return
    raw = _blank_group_lines(_blank_representing(text, start, stop))
    if not heading.proxies and "\t" in raw:  # "M. X⇥Président⇥maire de Y": a word processor's cells, parted like a list's items
        raw = TAB_ROW.sub(lambda row: aligned.TAB_RUN.sub(_cell_parted, row.group()), raw)
    segments = [(offset, label, role, _reattached(text, _split(heading, BOUND.sub(lambda m: " " * len(m.group()), segment), offset), heading.proxies))
                for segment, offset, label, role in _segments(raw, start)]
    order = _list_order(tuple(NAME_END.split(text.raw[a:b], 1)[0] for _, _, _, items in segments for _, a, b in items))
    before = len(roll.entries), len(roll.proxies)
    for offset, label, role, items in segments:
        ahead = None  # "…, et, à compter de son départ, Mme X par M. Y": a scope written before its proxy
        last, last_start, last_end = [], start, start  # the proxies of the item before, and where it started and ended
        for index, (_, item_start, item_end) in enumerate(items):
            piece = raw[item_start - start:item_end - start]
            if _scope_only(piece):
                ends_line = index + 1 == len(items) or "\n" in text.raw[item_end:items[index + 1][1]]
                if last and ends_line and ("\n" not in text.raw[last_end:item_start] or index + 1 == len(items) or _indented_under(text.raw, last_start, item_start)):
                    for proxy in last:  # "X à Y, à compter de 10 h 40⏎Z à W": the scope ends its proxy's line (or the list, wrapped)
                        _scope(piece, proxy)
                else:
                    ahead = piece
                continue
            count, held = len(roll.entries), len(roll.proxies)
            _read_item(text, heading, piece, item_start, label, roll)
            for entry in roll.entries[count:]:
                entry.role = entry.role or role
            for proxy in roll.proxies[held:] if ahead else ():
                _scope(ahead, proxy)
            ahead, last, last_start, last_end = None, roll.proxies[held:], item_start, item_end
    for entry in roll.entries[before[0]:]:
        entry.who.order = entry.who.order or order
    for proxy in roll.proxies[before[1]:]:
        proxy.giver.order = proxy.giver.order or order
        proxy.holder.order = proxy.holder.order or order


def _indented_under(raw: str, above: int, at: int) -> bool:
    """Whether the line `at` opens, the next after the one `above` opens, starts further right: a cell of the row above
    wrapped below ("Luc PETIT (Val)      pouvoir attribué à Paul ROCHE⏎                     jusqu'à son arrivée")."""
    return raw.count("\n", above, at) == 1 and at - line_at(raw, at)[0] > above - line_at(raw, above)[0]


# "Appel nominal : 1. Mme X, Maire – présente 2. M. Y – excusé, pouvoir donné à Mme X 3. …": each
# numbered name says its own status after a dash. An attendance sheet says it after dotted leaders,
# one name a line ("- Mme X, Vice-présidente ........ excusée, a donné mandat à M. Y").
CALLED = re.compile(r"(?:^|(?<=\s))\d{1,3}[.)]\s+(?P<item>.+?)(?=\s+\d{1,3}[.)]\s+\S|\s*$)", re.S)
STATUS_WORDS = r"(?P<status>pr[ée]sente?s?|excus[ée]e?s?|absente?s?|repr[ée]sent[ée]e?s?)\b,?"  # (OCR loses accents)
STATUS_IN = re.compile(r"\b" + STATUS_WORDS, re.I)  # the first status a part of a group's list says
CALLED_STATUS = re.compile(r"\s+[–—-]\s*" + STATUS_WORDS, re.I)
# A member's own status after dotted leaders, a dash, a colon or a word processor's tab: "M. X, maire ….. présent",
# "Mme Y – excusée, pouvoir à M. Z", "M. W, adjoint : absent", "M. V, Président⇥présent".
# Not a count's label: "En exercice : 21 – Présents : 15". (Every match opens on a blank, a dot, a colon or a
# dash: the look-ahead spares `re` its three branches at every other character.)
OWN_STATUS = re.compile(r"(?=[ \t.:–—-])(?:[ \t]*\.{2,}[ \t]*|(?:[ \t]+|(?<=\n))[–—-][ \t]*|[ \t]*:[ \t]*|(?<=\S)\t[ \t]*)" + STATUS_WORDS + r"(?![ \t]*:)", re.I)
CALLED_STATUSES = {"present": "présent", "excuse": "excusé", "absent": "absent", "represente": "représenté"}


STATUS_AFTER = re.compile(r"\s+" + STATUS_WORDS.removesuffix(",?") + r"\.?\s*$", re.I)  # a name's own status after it ("…, absent.")
STATUS_INITIALS = "pPeEaArR"  # (the status is the item's last word: tried only on what ends with a word starting so)


def _status_of(word: str) -> str:
    """The participation status a status word says ("excusée" → excusé)."""
    return CALLED_STATUSES[re.match(r"present|excuse|absent|represente", fold(word)).group()]


def _roll_called(text: Text, heading: Heading, start: int, stop: int, roll: RollCall) -> None:
    for called in CALLED.finditer(text.raw, start, stop):  # its status after a dash, or after dotted leaders
        _called_item(text, heading, called, CALLED_STATUS if CALLED_STATUS.search(called["item"]) else OWN_STATUS, roll)


def _attendance_sheet(text: Text, start: int, end: int, roll: RollCall) -> None:
    """The members given their own status, a line or a cell each, outside the lists already read; in
    a block printed in two columns, each column read alone too (a member wrapped in the right one),
    outside the lists its own column heads."""
    read: set[int] = set()
    views = [(text, start, end)] + [(Text(aligned.one_column(text.raw, block, right)), block[0], block[1])
                                    for block in aligned.column_blocks(text.raw, start, end) for right in (False, True)]
    for view, view_start, view_end in views:
        for line in _own_status_lines(view.raw, view_start, view_end):
            if line.start() not in read and not any(a <= line.start() < b and not view.raw[a].isspace() for a, b in roll.headings):
                read.add(line.start())
                _called_item(view, Heading("appel", True, line.start(), line.start()), line, OWN_STATUS, roll)


MEMBER_LINE = re.compile(r"[ \t]*(?:[-•][ \t]+)?(?P<item>\S.*)", re.S)  # (to the end the caller gives: its cell)
CIVILITY_OPENS = re.compile(with_civilities(r"[ \t]*(?:[-•][ \t]+)?{civilities}\s"))
MAX_WRAPPED = 2  # lines a member and their office may take before the one with the status


def _own_status_lines(raw: str, start: int, end: int):
    """The cells (as MEMBER_LINE matches) that give a member and their own status: a line, or a cell
    of a line in columns, up to the status and what follows it in its cell; from a line above that
    opens with a civility when the member and their office wrap ("Mme Anne BRUN, représentant la
    Ville de⏎Val-Brun – présente")."""
    cell_end = start
    for said in OWN_STATUS.finditer(raw, start, end):
        if said.start() < cell_end:
            continue  # a second status in a cell already read
        line_start = raw.rfind("\n", 0, said.start()) + 1
        line_end = raw.find("\n", said.end(), end)
        gutter = CELL_GAP.search(raw, said.end(), end if line_end < 0 else line_end)
        cell_end = gutter.start() if gutter else end if line_end < 0 else line_end
        cell_start = max((g.end() for g in CELL_GAP.finditer(raw, line_start, said.start())), default=line_start)
        first = _wrapped_from(raw, cell_start, max(start, cell_start - 500)) if cell_start == line_start else cell_start
        if first >= start and said.start() - first <= MEMBER_MAX and _names_someone(raw, first, said.start(), ".." in said.group()):
            yield MEMBER_LINE.match(raw, first, cell_end)


CELL_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")  # between two cells of a line in columns
MEMBER_MAX = 160  # characters a member, their office and body may take before their status (a longer run is prose)


def _names_someone(raw: str, start: int, end: int, leaders: bool) -> bool:
    """Whether `raw[start:end]` may name a member: a civility opens it or it holds a given name (not a
    legend, "P – E : excusé", nor a body, "CME, vice-président – présent"); any text before dotted
    leaders (an attendance sheet: "DUPONT ........ présent")."""
    return leaders or bool(CIVILITY_OPENS.match(raw, start, end) or any(is_given_name(word.strip(",.")) for word in raw[start:end].split()))


def _wrapped_from(raw: str, line_start: int, floor: int) -> int:
    """Where the member whose status ends on the line at `line_start` begins: that line, or one of
    the MAX_WRAPPED above it opening with a civility, the lines between opening with none and
    giving no status."""
    at = line_start
    for _ in range(MAX_WRAPPED):
        if CIVILITY_OPENS.match(raw, at) or at <= floor:
            break
        above = raw.rfind("\n", 0, at - 1) + 1
        if not raw[above:at - 1].strip() or OWN_STATUS.search(raw, above, at - 1) or CELL_GAP.search(raw, above, at - 1):
            break  # (a line in columns: its cells are read in each column's view)
        at = above
    return at if CIVILITY_OPENS.match(raw, at) else line_start


def _called_item(text: Text, heading: Heading, called: re.Match, status_cue: re.Pattern, roll: RollCall) -> None:
    """One name with its own status: the status words blanked, the rest read as a list item ("Mme X
    – excusée, pouvoir donné à Y" reads as "Mme X, pouvoir donné à Y"), a role after the name kept apart."""
    written = called["item"].replace("\n", " ")  # a member and their office wrapped (`_own_status_lines`)
    said = status_cue.search(written)
    if said is None:
        return
    status = _status_of(said["status"])
    name_end = _name_end(written[:said.start()])
    scope = written[said.end():]
    if SCOPE_START.match(scope) and not PROXY_WORD.search(scope):  # "M. X – présent à partir de la délibération n° 66"
        entry = Entry(Named(written[:name_end].strip(), Span(called.start("item"), called.start("item") + name_end)), status)
        _annotate(entry, scope)
        roll.entries.append(entry)
        return
    item = written[:said.start()] + " " * (said.end() - said.start()) + scope
    item = item[:name_end] + " " * (said.start() - name_end) + item[said.start():]
    listed = len(roll.entries)
    _read_item(text, Heading(status, True, heading.start, heading.end), item.rstrip(" ."), called.start("item"), None, roll)
    role = _role_between(written[name_end:said.start()])
    if role and len(roll.entries) > listed:
        roll.entries[listed].role = roll.entries[listed].role or role


BRACKETED = re.compile(r"\([^()]*\)")


def _name_end(member: str) -> int:
    """Where the name ends in what precedes a member's own status: before an office the roll call
    knows ("M. X, 2e adjoint"), after a civility at the first comma ("Mme Y, désignée par la
    CME", "M. Z, représentant la Ville de Val-Brun"), at a tab (a word processor's next cell: "ROCHE Paul⇥Val-Brun")."""
    end = len(re.sub(ROLE_APPOSITION, "", member))
    comma = BRACKETED.sub(lambda m: " " * len(m.group()), member).find(",")  # (not one in a bracket: "(Secours populaire, comité d'Autun)")
    end = min(end, comma) if comma > 0 and CIVILITY_OPENS.match(member) else end
    tab = member.find("\t")
    return min(end, tab) if tab > 0 else end


def _role_between(rest: str) -> str | None:
    """The office written between a member's name and their own status ("X, président (élu) ….. présent"); among a
    word processor's cells, the one that is an office ("ROCHE Paul⇥Val-Brun⇥Maire⇥Présent"), not a commune's."""
    if "\t" not in rest.strip(" \t"):
        return rest.strip(" ,.\t") or None
    return next((cell.strip(" ,.") for cell in rest.split("\t") if re.match(rf"(?i)\s*(?:{ROLE})", cell)), None)


SCOPE_START = re.compile(r"\s*(?:à\s+(?:partir|compter)\s+d|jusqu['’])")
PROXY_WORD = re.compile(r"(?i)\b(?:pouvoir|procuration|délégation|mandat)\b|" + ABBREVIATED)


@lru_cache(maxsize=4096)
def _list_order(items: tuple[str, ...]) -> str:
    return list_order(items)


# The roles a roll call writes after a name ("4e Vice-président", "adjointe", "trésorière").
ROLE = offices.alternation()
ROLE_LINE = re.compile(rf"(?i)(?:{ROLE})[^\n]{{0,40}}")  # an office on a line of its own, under its member (`_members_column`)
HOLDER_TO = re.compile(with_civilities(r"\s+[àa]\s+(?={civility}\s)"))  # "M. X, Adjoint   à   Mme Y": the proxy's holder after the giver's office
GIVING_AUX = r"(?:(?:qui\s+)?(?:a|avait|ont|avaient)|ayant)"  # "a donné", "qui avait donné", "ayant donné"
REMITTING = r"s['’]en\s+(?:remet|remettait|repose|reposait|(?:est|[ée]tait)\s+(?:remise?|repos[ée]e?))"  # leaving one's vote to the holder ("M. X s'en remet par pouvoir à M. Y", "… s'en repose pour ses votes sur Mme Y")
ROLE_COLON = re.compile(with_civilities(r"\s*:\s+(?={civility}\s)"))  # "…, membre élue : M. Y, porteur de sa procuration": the holder after the giver's office
ROLE_ITEM = re.compile(rf"(?i){ROLE}[^,;:]{{0,40}}?(?=\s*(?:[,;]|$)|\s+{GIVING_AUX}\s+(?:{GIVING})\s|{HOLDER_TO.pattern}|{ROLE_COLON.pattern})")  # up to a verb: "…, conseillère déléguée  a donné pouvoir à"
VERB_ITEM = re.compile(with_civilities(with_proxy_words(rf"{GIVING_AUX}\s+(?:{GIVING})\s|{GIVING_AUX}\s+fait\s+(?:de\s+(?={{civility}}\s)|(?:tenir|porter|exprimer|exercer|assurer)\s+(?:son|sa)\s)|(?:{GIVING_AUX}\s+)?{{giving}}\s+(?:(?:son|sa|ses|leurs?)\s+(?:votes?|voix)|(?:un\s+|une\s+|son\s+|sa\s+)?{{proxy_noun}})\s|repr[ée]sent[ée]e?\s+par\s|(?:qui\s+)?s['’]est\s+fait(?:e)?\s+repr[ée]senter\s+(?:(?:au|pour\s+le)\s+(?:vote|scrutin)\s+)?par\s"
                       r"|mandat\s+de\s+vote\s+(?:à|a)\s|(?:pouvoir|procuration|mandat)\s+(?:{qualifying}\s+(?:et\s+{qualifying}\s+)?)?(?:en\s+faveur|au\s+profit|au\s+bénéfice|au\s+benefice|au\s+nom)\s+de\s"
                       r"|vote(?:ra|rait|ait)?\s+(?:(?:aussi|également|egalement)\s+)?(?:pour|{in_place_of})\s|{holds}|:\s+(?={civility}\s[^;:()]{2,60}?,?\s+{bears})"
                       r"|(?:excus[ée]e?s?|absente?s?|emp[êe]ch[ée]e?s?)\s*[-–—:,]?\s*(?:pouvoir|procuration|délégation\s+de\s+vote|droit\s+de\s+vote)(?:\s+{given}e?)?\s+(?:à|a|au)\s"
                       rf"|{GIVING_AUX}\s+(?:pour|comme)\s+(?:son\s+|sa\s+)?(?:mandataire|fond[ée]e?\s+de\s+pouvoirs?)\s|{GIVING_AUX}\s+{{empowering}}e?\s+(?={{civility}}\s)|{{empowering}}e?\s+(?={{civility}}\s[^;.]{{1,60}}?\s(?:pour|de|[àa])\s+{{voting}}\b)"
                       rf"|{GIVING_AUX}\s+(?:investie?|charg[ée]e?)\s+(?={{civility}}\s[^;.]{{1,60}}?\sde\s+(?:son|sa)\s)|{REMITTING}\s|s['’]exprime(?:ra)?\s+par\s+la\s+voix\s|(?:sa\s+voix|son\s+vote)\s+(?:ira|va|revient|reviendra)\s")))  # (OCR loses accents; the holder first: "M. Y, office, vote au nom de X", "…, office, est muni du pouvoir de X";
# "M. X (Val), office, | excusé – pouvoir à Mme Y", "M. X, | excuse, procuration a Y" (OCR);
# "M. X (Val)⏎| a pour mandataire Mme Y", "M. X (Val), office, a nommé Mme Y pour le représenter", "M. X quitte la séance et | charge Mme Y de voter pour lui":
# the holder the verb's object;
# "M. X (Val), mandat de vote à⏎M. Y", "M. X (commune de Val), pouvoir (écrit) en faveur de M. Y")
# A line that opens like a roll call's item: one member a line, each closed by a full stop.
MEMBER_START = (r"[ \t]*(?:(?:{civility})\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}"  # "M. Paul ROCHE" opening a line,
                r"|[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*(?:[ -][A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*)*\s+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"  # or "ROCHE Paul",
                r"|[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s+[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*(?:[ -][A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*)*(?![\w'’]))")  # or "Paul ROCHE"
LIKE_ITEM = re.compile(with_civilities(MEMBER_START + r"(?:\s*[,(]|\s+(?:" + GIVING_AUX + r")\s+(?:" + GIVING + r")\s)"))  # ("M. X, …", "M. X a donné …")
NAME_LINE = re.compile(with_civilities(MEMBER_START + r"[ \t]*\.?[ \t]*(?:\n|\Z)"))  # "M. X." alone on its line
ROLE_APPOSITION = re.compile(r"(?:,\s*" + ROLE_ITEM.pattern.removeprefix("(?i)") + r"\s*)+$", re.I)  # (one or more: "…, Maire, Président de droit")
ROLE_THEN_HOLDER = re.compile(r"(?P<role>" + ROLE_ITEM.pattern.removeprefix("(?i)") + r")(?:\s*,\s*(?:(?:excus[ée]e?|absente?)\s*,\s*)?(?:(?:pouvoir|procuration)\s+)?(?:" + proxy_words.alternation("given") + r"e?\s+)?(?:à|au)\s+\S|(?:\s*,)?" + HOLDER_TO.pattern + ")", re.I)  # in a list of proxies: "…, 5e Vice-président[, excusé], pouvoir à Y"


# A scope's points split at their commas and "et" ("… pour les points 4 | 5 | 6"): the points go on the item.
POINTS_END = re.compile(r"(?i)\b(?:points?|questions?|rapports?|délibérations?|dossiers?)\s+(?:n°s?\s*)?\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")
POINTS_ONLY = re.compile(r"\d{1,3}\s*(?:[.)]\s*)?$")


def _reattached(text: Text, items: list[tuple[str, int, int]], proxies: bool = False) -> list[tuple[str, int, int]]:
    """"Rémi X, 4e Vice-président, a donné pouvoir à Y" or "Claude Y, 8e Vice-président" split at
    their commas: a name and the role (and proxy) after it are one item again; in a list of proxies
    (`proxies`), a line that opens in lower case too (`_wrapped_onto`)."""
    out: list[tuple[str, int, int]] = []
    for item in items:
        while out and (_continues(item[0]) or (POINTS_END.search(out[-1][0]) and POINTS_ONLY.match(item[0]))  # again when a role split at a line end was joined ("3e" "Vice-président")
                       or _body_apposed(text, out[-1], item) or _lower_cell(text, out[-1], item)
                       or proxies and (_wrapped_onto(text, out[-1], item) or _whose_proxy(out[-1], item))):
            start = out.pop()[1]
            item = (text.raw[start:item[2]], start, item[2])
        out.append(item)
    return out


def _lower_cell(text: Text, before: tuple[str, int, int], item: tuple[str, int, int]) -> bool:
    """Whether `item` is a word processor's cell in small letters after a member's on the same line ("Mme X⇥commissaire
    aux comptes", "… président⇥invitée"): what the row says of that member, no member of its own."""
    line_start = text.raw.rfind("\n", 0, item[1]) + 1
    return (item[0][:1].islower() and "\n" not in text.raw[before[2]:item[1]] and "\t" in text.raw[line_start:item[1]].lstrip()
            and bool(CIVILITY_OPENS.match(text.raw, line_start)))  # (its row's member opens the line: "M. X⇥conseillère technique, invitée")


def _body_apposed(text: Text, before: tuple[str, int, int], item: tuple[str, int, int]) -> bool:
    """Whether `item` is the body the member `before` sits for, after a comma on the same line, where the list writes
    members with a civility and the family name in capitals ("Mme X BRUN, Action Val", "M. Y ROCHE, CCI du Val"): capitalised
    words or acronyms, not in capitals alone ("MM. X, Y, Z": family names), no civility, no given name (a member's), neither
    a status nor a proxy; or the next cell of a word processor's row (`_body_cell`)."""
    gap = text.raw[before[2]:item[1]]
    words = item[0].split()
    cell = "\t" in gap and not gap.strip()  # "M. X ROCHE⇥France Travail⇥vice-présidente": a word processor's cell, a given name in a body's name
    return ("\n" not in gap and (gap.strip() == "," or cell) and bool(CIVILITY_OPENS.match(before[0])) and bool(CAPITALS_WORD.search(before[0]))
            and not CIVILITY_OPENS.match(item[0]) and bool(NOT_CAPITALS_ONLY.search(item[0]))
            and (_body_cell(item[0]) if cell else bool(BODY_WORDS.fullmatch(item[0].strip())) and not any(is_given_name(word) for word in words)))  # (not "…, Jean Caron", "…, LE ROUX Rose": members)


def _body_cell(cell: str) -> bool:
    """Whether a row's cell after a member's name is the body they sit for ("Éducation nationale", "France Travail", "Ville
    d'Allonnes"): capitalised words, small ones between, neither an office ("Président": the member's role) nor a name
    ("Jean CARON", "CARON Jean": a given name beside a word in capitals; not "CCI Le Mans", "MEDEF Sarthe")."""
    return (bool(CELL_BODY.fullmatch(cell.strip())) and not OFFICE_CELL.fullmatch(cell.strip())
            and not any(is_given_name(pair["given"] or pair["first"]) for pair in NAME_PAIR.finditer(cell)))


BODY_WORD = rf"(?:[{UPPER}][{LOWER}'’-]+|[{UPPER}]{{2}}[{UPPER}'’-]*|\d{{1,3}})"
BODY_WORDS = re.compile(BODY_WORD + rf"(?:\s+(?:(?:de|du|des|d['’]|la|le|les|et|en|sur)\s+)*{BODY_WORD})*")  # "Grand Val Cœur de Brenne", "CCI du Val", "ADIL 27"
NOT_CAPITALS_ONLY = re.compile(rf"[{UPPER}][{LOWER}]|\d")  # a capitalised word or a number: "CCI du Val", "CAF 27"
APPOSED_BODY = re.compile(r",\s*(?P<body>" + BODY_WORDS.pattern + r")\s*$")
CELL_BODY = re.compile(rf"{BODY_WORD}(?:[ '’-]+[\w'’-]+)*")


def _last_cell_body(text: Text, body: str, at: int) -> re.Match | None:
    """"M. X ROCHE⇥Ville d'Allonnes" (its tab made a comma, `_cell_parted`): the row's last cell, when it is the body
    they sit for (`_body_cell`)."""
    found = LAST_CELL.search(body)
    return found if found and text.raw[at + found.start()] == "\t" and _body_cell(found["body"]) else None


LAST_CELL = re.compile(r",(?P<body>[^,\t\n]+?)\s*$")
NAME_PAIR = re.compile(rf"(?=(?:^|\s)[{UPPER}]{{2}}[{UPPER}'’-]*\s+(?P<given>[{UPPER}][{LOWER}]+)|(?<!\S)(?P<first>[{UPPER}][{LOWER}]+)\s+[{UPPER}]{{2}})")


def _wrapped_onto(text: Text, before: tuple[str, int, int], item: tuple[str, int, int]) -> bool:
    """Whether `item` is the line the one `before` wrapped onto: a proxy's item opens on a name or a
    civility, a line in lower case after a bare line end (a comma perhaps) goes on with the item above
    when that one names no holder yet ("Mme Y détient⏎une procuration de M. X", "Mme X,⏎procuration accordée à M. Y")."""
    gap = text.raw[before[2]:item[1]]
    return (item[0][:1].islower() and "\n" in gap and not gap.strip(" \t\n,") and not LIST_JOINER.match(item[0])
            and not HOLDER_NAMED.search(before[0])  # (not below a whole proxy: "pouvoir remis par X à M. Y⏎pouvoir remis par …")
            and not OWN_PROXY.match(item[0]))  # (nor a proxy of its own: "…,⏎procuration de ROCHE Paul a CARON Jean")


OWN_PROXY = re.compile(r"(?:pouvoirs?|procurations?|mandats?)(?:\s+de\s+vote)?\s+(?:de\s|d['’])")


def _whose_proxy(before: tuple[str, int, int], item: tuple[str, int, int]) -> bool:
    """Whether `item` says whose proxy the holder `before` holds: "Ont reçu pouvoir : M. Y, | de Mme X (à partir du point
    4)" (not a proxy of its own, "de Mme X à M. Y", nor after one: "pouvoir de M. Z à Mme W, | de Mme X …")."""
    return bool(OF_GIVER.match(item[0])) and not HOLDER_NAMED.search(item[0]) and not HOLDER_NAMED.search(before[0])


OF_GIVER = re.compile(with_civilities(r"d(?:e\s+|['’])(?={civility}\s)"))
LIST_JOINER = re.compile(r"(?:et|ou|puis)\b")
HOLDER_NAMED = re.compile(with_civilities(r"\s(?:à|a|au|par)\s+(?:(?:{civility})\s|l[ae]\s+[A-ZÉÈ])"))


BRACKET_FIRST = re.compile(r"\s*\([^()]*\)\s*,\s*")


# An aside on the giver between the name and the proxy's verb: "Mme X, quittant la séance après le point 15, a donné …",
# OCR's "X, empeche, a donne …" too; a departure wrapped below its giver ("M. X (Val)⏎quitte la séance et consent un pouvoir à …"). (Its comma may have been blanked with the bound it closes: "…après le vote du point 15  a donné".)
GIVEN_TO = re.compile(r"(?i:" + proxy_words.alternation("given") + r")e?s?\s+(?:à|au)\s")  # "pouvoir de X, office, | remis à Y"
SECOND_NOUN = re.compile(r"(?i:(?:" + proxy_words.alternation("proxy_noun") + r")\s+(?:de\s+voter|[àa]\s)|de\s+voter\s)")  # "… donne procuration et | pouvoir de voter en son nom à Y", "… de la représenter et | de voter …"
STATUS_NOTE = re.compile(r"(?i:excus[ée]e?s?|absente?s?)\s*(?:\((?=\s*(?i:pouvoir|procuration|mandat|délégation|pvr|pouv\.))|:\s)")  # "…, excusée (pouvoir à Y)", "…, excusée : M. Y exprimera sa voix"
GIVER_ASIDE_WORDS = r"(?:quitt(?:ant|e)|partant|appel[ée]e?s?|retenue?s?|emp[êe]ch[ée]e?s?|absente?s?|excus[ée]e?s?|arriv[ée]e?s?)\b[^,;]*?"
GIVER_ASIDE = re.compile(GIVER_ASIDE_WORDS + r",?\s+(?=" + VERB_ITEM.pattern + ")")
ASIDE_ALONE = re.compile(GIVER_ASIDE_WORDS)  # "retenu": what an aside alone says of the giver


ANOTHER_BY = re.compile(with_civilities(r"(?:par|au\s+(?:profit|bénéfice|benefice)\s+de|en\s+faveur\s+de)\s+(?={civility}\s)"))  # "Y, mandaté par X et par Z" split at its "et"; "pouvoir de X, maire de V, au profit de Y"


TO_HOLDER = re.compile(with_civilities(r"(?:à|a)\s+(?={civility}\s)"))  # the holder after the giver's office, in an item of its own
PURPOSE = re.compile(with_proxy_words(r"(?:pour|de|[àa])\s+{voting}\b|comme\s+(?:son\s+|sa\s+)?mandataire\b"))  # "…a nommé Mme Y (Val), office, | pour le représenter"


RELATIVE_OPENS = re.compile(r"qui\s+(?:doit|devra|devait|va|allait)\s+quitter\b")  # "Mme X, | qui doit quitter la séance après le point 4, | s'exprime …": the giver's aside


def _continues(item: str) -> bool:
    """An item that is the rest of the one before: a role alone, a role and the verb of a proxy, an
    aside and the verb of a proxy, what a holder named before is for ("pour le représenter"), or a commune's bracket and a role split from its name at a line end
    ("M. X⏎(Valbrune), 5e Vice-président")."""
    if GIVER_ASIDE.match(item) or VERB_ITEM.match(item) or RELATIVE_OPENS.match(item) or ANOTHER_BY.match(item) or STATUS_NOTE.match(item) or SECOND_NOUN.match(item) or GIVEN_TO.match(item) \
            or TO_HOLDER.match(item) or PURPOSE.match(item) or _without_vote(item, opens=True) or _staff_office(item):  # "…, qui avait donné procuration à Y", "pouvoir de X (Val), 4e Vice-président, | à Y"
        return True
    bracket = BRACKET_FIRST.match(item)
    role = ROLE_ITEM.match(item, bracket.end() if bracket else 0)
    rest = item[role.end():].lstrip(" ,") if role else None
    return (rest is not None and (not rest or bool(VERB_ITEM.match(rest) or HOLDER_TO.match(item, role.end())))) or _is_proxy_form(item)


ROLE_ALONE = re.compile(rf"(?i){ROLE}[^,;:]{{0,40}}")


def _possible_forms(folded: str) -> list[tuple[re.Pattern, bool, bool]]:
    """`proxies.yaml`'s forms (outside a list of proxies' own) that `folded` may hold."""
    return _forms(cues("proxies")["forms"], False).possible(folded)


def _is_proxy_form(item: str) -> bool:
    """Whether `item` is one of `proxies.yaml`'s forms, perhaps after a giver's office or an aside ("conseiller municipal⇥fait
    voter M. Y à sa place", "porteur de son suffrage : M. Y", "retenu, dont la voix revient à M. Y"): the words of giving as
    data, where the raw patterns above do not know them."""
    folded = fold(item)
    for form, _, _ in _possible_forms(folded):
        found = form.search(folded)
        head = item[:found.start()].strip(" ,\t") if found else None
        if found and (not head or ROLE_ALONE.fullmatch(head) or ASIDE_ALONE.fullmatch(head)):
            return True
    return False


def _staff_apposition(body: str) -> dict[str, str] | None:
    """"Mme X, chargée de communication, sans voix délibérative": the name and the staff office after it
    (`roll_call.yaml` staff_apposition), without the note that they do not vote; None without one."""
    found = pattern(cues("roll_call")["staff_apposition"]["cue"]).search(fold_piece(body)) if "," in body else None
    if not found or not found.start():
        return None
    parts = body[found.start():].split(",")[1:]
    role = ",".join(part for part in parts if not _without_vote(part, opens=True)).strip()
    return {"name": body[:found.start()], "role": role} if role else None


def _staff_office(item: str) -> bool:
    """Whether `item` is a staff member's office alone, the name before it theirs ("Mme X, | chargée de
    communication"; `roll_call.yaml` staff_apposition), not an office's field ("Directeur : M. Y")."""
    return ":" not in item and not CIVILITY_IN.search(item) and bool(pattern(cues("roll_call")["staff_apposition"]["cue"]).match(", " + fold_piece(item)))


# An item of a list whose items end with ";": up to the next ";" (not one before words that go on about the item:
# "… à Mme Y, qui n'a pu être présente ; cette procuration n'a pas été utilisée."), a full stop ending a line (one
# sentence a line, a bracket's too: "… (pouvoir à M. Y).⏎") or the list's last ", et M. …".
PROXY_ITEM = re.compile(with_civilities(r"(?:(?<=,)\s*et\s+)?(?P<item>(?:[^;,.]|;(?=\s*(?:ce|cette|celui-ci|celle-ci|ledit|ladite|il|elle)\s)|\.(?![ \t]*(?:\n|$))|(?<![^\W\d_]{2})(?<!\))\.|,(?!\s*et\s+(?:{civility}|[A-ZÉÈ])))+)"))  # (not "à M.⏎Paul X")


TABBED_ROWS = re.compile(r"(?:[ \t]*[^\t\n]+\t[^\n]*\n?)+")  # every line a row of cells a tab apart


def _split(heading: Heading, raw: str, offset: int) -> list[tuple[str, int, int]]:
    """Items of a list: a list of proxies or of attendees with their roles whose items are ended by
    ";" keeps its commas inside the items ("M. X à M. Y jusqu'à 10 h 40, puis à Mme Z"); a bulleted
    list of proxies has one item a bullet ("- M. A et Mme B ont donné pouvoir respectivement à …")."""
    bullets = split_bullets(raw, offset) if heading.proxies else None
    if bullets:
        return bullets
    if heading.proxies and "," in raw and TABBED_ROWS.fullmatch(raw.strip("\n")):  # a word processor's rows, one member each, a comma inside a cell: "X⇥20h05, après le point 3⇥a remis …"
        return [(line.group().strip(), offset + line.start() + len(line.group()) - len(line.group().lstrip()), offset + line.start() + len(line.group().rstrip()))
                for line in re.finditer(r"[^\n]*\S[^\n]*", raw)]
    if ";" not in raw.strip().rstrip(";.") or not (heading.proxies or heading.status == "sans voix délibérative"):
        items = split_list_spans(raw, offset)
        return [cell for item in items for cell in (_pairs_a_line(item) if heading.proxies and (heading.status == "représenté" or _tells_a_proxy(item[0])) else _cells_a_line(item))]
    items = []
    for chunk in PROXY_ITEM.finditer(raw):
        stripped = chunk["item"].strip().rstrip(".")
        if stripped:
            begin = offset + chunk.start("item") + len(chunk["item"]) - len(chunk["item"].lstrip())
            if heading.status == "sans voix délibérative":
                names, _, role = stripped.partition(",")
                for item in split_list_spans(names, begin):
                    items.append(item)
            else:
                items.append((stripped, begin, begin + len(stripped)))
    return _by_lines(raw, offset, items) if heading.proxies and one_member_a_line(raw) else items


def _by_lines(raw: str, offset: int, items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The items of a list one member a line, each cut at its line ends too, a piece that is only a scope, or goes on with
    the name the line above cut, joined to the item before ("Mme X … à M. Y pour les points 1 et 2 ; arrivé à 18h55, il
    siège à partir du point 3⏎M. Z …", "… à M. Paul⏎ROCHE pour les points 1 et 2")."""
    out: list[tuple[str, int, int]] = []
    for text, start, _ in items:
        for line in re.finditer(r"[^\n]*\S[^\n]*", text):
            at = start + line.start() + len(line.group()) - len(line.group().lstrip())
            piece = line.group().strip()
            if out and not CIVILITY_OPENS.match(piece) and (_scope_only(piece) or wrapped_name_end(raw, out[-1][2] - offset) > out[-1][2] - offset):
                out[-1] = (raw[out[-1][1] - offset:at + len(piece) - offset], out[-1][1], at + len(piece))
            else:
                out.append((piece, at, at + len(piece)))
    return out


_FAMILY_WORD = rf"[{UPPER}'’]{{2,}}(?:-[{UPPER}'’]+)*"  # (each hyphen between capitals: a rule of dashes "-----" is none, and no run splits two ways)
_FAMILY_WORDS = rf"{_FAMILY_WORD}(?: {_FAMILY_WORD})*"
# A column's gap: three spaces or more before the next column's civility or name ("Paul ROCHE", "ROCHE Paul",
# "de LYS Rose"), or an office closing a column's cell, the next column's civility after one space (the gap a
# long office left: offices.yaml's cell_ends).
OFFICE_ENDS = "|".join(f"(?<={office})" for office in cues("offices")["cell_ends"])
PAIR_GAP = re.compile(with_civilities(r"(?<=\S)[ \t]{3,}(?=(?:{civility})\s|[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?\s+[" + UPPER + "][" + UPPER + r"'’-]+\b"
                                      r"|(?:d[eu]\s+|d['’])?" + _FAMILY_WORDS + r"\s+" + GIVEN_WORD + r"\b)"
                                      r"|(?:" + OFFICE_ENDS + r")[ \t]+(?=(?:{civility})\s+[A-ZÉÈ])"
                                      r"|(?<=[A-Za-zÀ-ÿ]\))(?=(?:{civility})\s+[A-ZÉÈ])"))  # "X à Y      M. Z à W": two proxies a line; "Paul ROCHE, Maire      Rose LYS"; a long cell's bracket touching the next column's civility: "M. X (T, Département du Val)M. Y (S, Val)"


# The next proxy's giver, its body in brackets, glued to the holder before it where one line holds
# several ("… pouvoir à ROCHE Paul BRUN Anne (CCV), pouvoir à …": line ends lost).
NEXT_GIVER = re.compile(rf"(?<=[{LOWER}] )(?={_FAMILY_WORDS}\s+{GIVEN_WORD}\s*\()|(?<=[{UPPER}]{{2}} )(?={GIVEN_WORD}\s+{_FAMILY_WORDS}\s*\()")


def _cells_a_line(item: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """An item of a list of members cut at a column's gap before a civility: one heading over two columns of
    names ("M. X, Maire          Mme Y⏎Mme Z, 1re adjointe     M. W"); each cell without the columns of notes
    its member's row goes on with (`_noted_row`)."""
    text, start, _ = item
    cuts = list(PAIR_GAP.finditer(text))
    bounds = zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(text)])
    cells = [(text[a:b].rstrip(), start + a, start + a + len(text[a:b].rstrip())) for a, b in bounds if text[a:b].strip()]
    return [_noted_row(cell) for index, cell in enumerate(cells) if not _commune_cell(cells, index)]


def _commune_cell(cells: list[tuple[str, int, int]], index: int) -> bool:
    """Whether cell `index` is a commune's name in capitals before a member's cell, as the second column of a roll by
    commune prints it ("VAL-BRUN   M. X   BRUNMONT   M. Y", "… BRUNMONT   Rose LYS"): a label, no member (a family name may be a commune's:
    "VALLON, MONTAGNE" in a list are members)."""
    cell = cells[index][0]
    return (index + 1 < len(cells) and bool(CIVILITY_OPENS.match(cells[index + 1][0]) or NAME_OPENS.match(cells[index + 1][0])) and cell.isupper()
            and not CIVILITY_OPENS.match(cell) and territories.names_a_division(cell.strip(), "commune"))


def _noted_row(cell: tuple[str, int, int]) -> tuple[str, int, int]:
    """A member's row of a table without header, its name then columns of notes a gap apart ("M. Paul ROCHE
    Président      Val-Brun-1", "Mme Rose LYS      Le Haut-Val": an office, a canton, a commune): its name
    alone, neither a canton nor a commune being a member. The cell as it is when it tells a status or a proxy
    ("M. X      excusé"), holds a bracket, or no gap parts it (a gap a blanked joiner left is none of a column's)."""
    text, start, _ = cell
    gap = aligned.GAP.search(text) or NARROW_GAP.search(text)
    if not gap or "\n" in text[:gap.start()] or not NAME_OPENS.match(text) or STATUS_NOTE_CELL.search(fold_piece(text)):
        return cell
    return text[:gap.start()], start, start + gap.start()


NARROW_GAP = re.compile(rf"(?<=[{UPPER}]{{2}})  (?=[{UPPER}][{LOWER}])")  # a long name's narrower gap: "Bernardin VALBRUNOIS  Roche-les-Monts"
STATUS_NOTE_CELL = re.compile(r"\b(?:present|excuse|absent|represente|pouvoir|procuration|mandat|suppl)|[()\[\]]")


def _tells_a_proxy(item: str) -> bool:
    """Whether an item of a list of those away says a proxy: a holder after "à" or "par", or a proxy's word ("Excusés :
    X (Val)     Y (Roche)" holds none: two names a column's gap apart; under "Pouvoirs", a giver and a holder are)."""
    if PROXY_WORD.search(item) or HOLDER_WORD.search(item):
        return True
    folded = fold(item)  # "Mme X - porteur de son suffrage : M. Y": one of `proxies.yaml`'s forms
    return any(form.search(folded) for form, _, _ in _possible_forms(folded))


HOLDER_WORD = re.compile(r"\s(?:à|a|par)\s")


def _pairs_a_line(item: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """An item of a list of proxies cut where one line holds several proxies: a column's gap parts
    them (a table of givers and holders in two columns of pairs, each "X à Y"), or a giver with its
    bracket follows the holder before it (`NEXT_GIVER`); the item as it is otherwise."""
    text, start, _ = item
    for cut, told in ((PAIR_GAP, (" à ",)), (NEXT_GIVER, (" à ", " par "))):
        cuts = list(cut.finditer(text))
        bounds = list(zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(text)]))
        if cuts and all(any(word in text[a:b] for word in told) for a, b in bounds):
            return [(text[a:b].rstrip(), start + a, start + a + len(text[a:b].rstrip())) for a, b in bounds]
    return [item]


def _exceptions(text: Text, position: int, end: int, roll: RollCall) -> None:
    """"… à l'exception de : M. X (pouvoir à Mme Y), Mme Z (excusée)" or "… à l'exception de Mme X,
    excusée, qui a donné pouvoir à M. Y, et de M. Z, absent": not present; represented when they
    gave a proxy, excused when the text says so, absent otherwise."""
    start = position + len(re.match(r"\s*:?\s*", text.raw[position:end]).group())
    stop = _list_end(text, start, end)
    roll.headings.append((start, stop))
    for (_, item_start, item_end), appositions in _with_appositions(text, split_list_spans(text.raw[start:stop], start)):
        item = text.raw[item_start:item_end]
        bracket = re.search(r"\(([^()]*)\)\s*$", item)
        notes = ([bracket.group(1)] if bracket else []) + [text.raw[a:b] for _, a, b in appositions]
        excused = any(re.match(r"(?i)excus", note.strip()) for note in notes)
        status = "excusé" if excused else "représenté" if any(PROXY_WORD.search(n) for n in notes) else "absent"
        count = len(roll.entries)
        _read_item(text, Heading(status, True, position, start), item, item_start, None, roll)
        for entry in roll.entries[count:]:
            for _, a, b in appositions:
                _note_proxy(text, entry, text.raw[a:b], a, Span(item_start, b), roll)


APPOSITION = re.compile(rf"(?i)(?:qui\s+(?:a|avait)\s+|ayant\s+|a\s+)?(?:{GIVING})\s|(?:pouvoir|procuration|mandat)\s+{proxy_words.alternation('giving')}e?\s+(?:à|a|au)\s|excus[ée]e?s?$|absente?s?$|repr[ée]sent[ée]e?\s+par\s")  # (OCR loses accents: "excusee")
PARTITIVE = re.compile(with_civilities(r"(?:et\s+)?(?:de|d['’])\s*(?={civility}|[A-ZÉÈ])"))


def _with_appositions(text: Text, items: list[tuple[str, int, int]]) -> list[tuple[tuple[str, int, int], list]]:
    """Items split at commas regrouped: each name with the appositions that follow it ("excusée",
    "qui a donné pouvoir à M. Y"); "de M. Z" after "à l'exception de Mme X, …" loses its "de"."""
    groups: list[tuple[tuple[str, int, int], list]] = []
    for value, item_start, item_end in items:
        if groups and APPOSITION.match(value):
            groups[-1][1].append((value, item_start, item_end))
            continue
        lead = PARTITIVE.match(value)
        if lead:
            value, item_start = value[lead.end():], item_start + lead.end()
        groups.append(((value, item_start, item_end), []))
    return groups


def _flattened(text: Text, heading: Heading, start: int, stop: int, roll: RollCall) -> None:
    """Names column then holders column: "A (jusqu'à 19h40) B C Pouvoir à X Pouvoir à Y Pouvoir à Z"."""
    raw = text.raw[start:stop]
    first = FLAT_HOLDER.search(raw).start()
    givers = [(m, m.start()) for m in NAME_RUN.finditer(raw[:first])]
    holders = [m for m in NAME_RUN.finditer(raw, first)]
    for (giver, _), holder in zip(givers, holders):
        who = Named(giver.group().strip(), Span(start + giver.start(), start + giver.start() + len(giver.group().strip())))
        entry = Entry(who, heading.status)
        note = re.match(r"\s*\(([^)]*)\)", raw[giver.end():])
        if note:
            _annotate(entry, note.group(1))
        roll.entries.append(entry)
        held = Named(holder.group().strip(), Span(start + holder.start(), start + holder.start() + len(holder.group().strip())))
        roll.proxies.append(Proxy(who, held, who.span, to_time=entry.to_time))


def _giver_moved(note: str | None) -> str | None:
    """"arrived" or "left" when a proxy's note records its giver's own arrival or departure."""
    spec = cues("roll_call")["annotations"]
    folded = fold_piece(note or "")
    return next((key for key in ("arrived", "left") if re.search(spec[key], folded)), None)


@lru_cache(maxsize=8)
@lru_cache(maxsize=8)
def _footnotes(raw: str) -> dict[str, str]:
    """The footnotes of a text by their marker ("1", "**"), their lines joined: `footnote`; those
    printed under a rule by number (`footnote_under_rule`)."""
    notes = {m["n"]: " ".join(m["text"].split()) for m in re.finditer(pattern(cues("roll_call")["footnote"]["cue"]).pattern, raw)}
    spec = cues("roll_call")["footnote_under_rule"]
    rules = list(re.finditer(spec["rule"], raw))
    if rules:
        notes.update({m["n"]: m["text"].strip() for m in re.finditer(spec["note"], raw[rules[-1].end():])})
    return notes


def _glued_call(raw: str, item: str) -> tuple[re.Match, str] | None:
    """A footnote's number glued to a name in `item` ("ARNAUD1") and that footnote's text, or None."""
    call = re.search(cues("roll_call")["footnote_under_rule"]["call"], item)
    note = _footnotes(raw).get(call["n"]) if call else None
    return (call, note) if note else None


def _annotate(entry: Entry, note: str) -> str:
    """Read "(à partir de 15 h 40)", "(jusqu'au point 5)", "(excusée)" into the entry; return the rest."""
    spec = cues("roll_call")["annotations"]
    folded = fold_piece(note)
    for key in ("from_time", "to_time"):
        found = re.search(spec[key].replace("'", "['’]"), folded)
        if found:
            times = find_times(note[found.start():])
            if times:
                setattr(entry, key, times[0].value)
    for key in ("from_item", "to_item"):
        found = re.search(spec[key].replace("'", "['’]"), folded)
        if found:
            setattr(entry, key, note[found.start(found.lastgroup):found.end(found.lastgroup)] if found.lastgroup else None)
    return note


COMMUNE_NOTE = r"\(\s*(?P<c>(?=(?:CC|CA|CU|CdC|Communauté|Syndicat)\s)[^()\n]{2,60}|\d+[A-Z][A-Z\d]{1,8}(?=\))|[A-ZÉÈ](?:[^()\d\s]|\s++){1,60}(?:-?\d{1,2})?(?:\s*\([A-ZÉÈ][^()\d]{1,20}\))?)\)"  # "(Saint-Paul)", "(Val-Brun (Ville))", "(Val-Brun 4)": a delegate's commune or canton (a wrapped line's indent one space; "(⏎Val-les-Bains)": a compound broken at the line's end moves down whole); "(CC des 4 Vallées)", "(2CVB)": a member body, figures and all
GIVER_COMMUNE = re.compile(rf"\s*{COMMUNE_NOTE}$")  # "M. Paul X (Saint-Paul) par Mme Y": the giver's commune
GIVER_NOTE = re.compile(r"\s*\((?=[a-zéè])[^()]{1,80}\)\s*$")  # "(insertion, Secours populaire)": what the member is there for
HANDOVER = re.compile(r"confie\s+la\s+présidence(?:\s+de\s+séance)?\s+à\s+(?P<who>[^,;]+?)\s*,.*\blui\s+donne\s+pouvoir", re.S)
REPLACED = re.compile(r",?\s+(?:remplac[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?|suppl[ée]{2}e?\s+par|s['’]est\s+faite?\s+(?:suppl[ée]er|remplacer)\s+par(?:\s+(?:son|sa)\s+suppl[ée]ante?)?(?![^;]{0,80}?\bmunie?\s+d))\s+")  # "X suppléé par Y", "X (CC), suppléée par Y", "X s'est fait suppléer par Y"
SUBSTITUTE_OF = re.compile(r",?\s+(?:suppl[ée]ante?\s+de|en\s+remplacement\s+de)\s+")
# A legal person and the member who sits for it: "la Commune de Valbrune, représentée par M. X", "la CC Y, en
# la personne de son troisième représentant, M. Z".
SITTING_FOR = re.compile(with_civilities(r"(?:la|le|l['’]|les)\s+[^,]+,\s*(?:représentée?s?\s+par|en\s+la\s+personne\s+de(?:\s+(?:son|sa|leur)\s+[^,]+,)?)\s+(?P<who>{civilities}\s.+)$"), re.S)
# "Mme Y (pour M. X)" in a list of proxies, "Y (porteur de la procuration de X)", "Y (pouvoir de X)",
# "Y (+ pouvoir Mme X)", "Y (2 voix, pouvoir de X)" anywhere: Y holds X's proxy.
NOTE_GIVER = re.compile(with_proxy_words(with_civilities(r"^\s*(?:\d{1,2}\s+voix\s*[,;]\s*)?(?:\+|et\s)?\s*(?:(?P<for>pour)\s+|(?i:{holds})|(?i:(?:pouvoirs?|procurations?|mandats?|" + ABBREVIATED + r"|p\.)(?:\s+re[çc]ue?s?)?\s+de\s+)|(?<=\+)\s*(?i:pouvoirs?|procurations?)\s+(?={civility}\s))"
                        r"(?P<g>{civility}\s+[^()]+?|[A-ZÉÈ][^()]+?)\s*$")))
GIVER_SCOPE = re.compile(r"\s+(?=pour\s+(?:les?|la)\s+(?:points?|rapports?|questions?|délibérations?)\b|à\s+(?:partir|compter)\s+d|jusqu['’])", re.I)  # "… de M. X pour les points 3 à 7."


# The patterns of a list item, compiled once (an item is read for every name of a roll call).
WRAPPED = re.compile(r"(?P<lead>[-–•]?\s*\[\s*(?:(?:procuration|pouvoir)\s*:\s*)?)(?P<inner>[^\[\]]+?)\s*\]", re.I)
BULLET = re.compile(r"[-–•]\s+")
# An office named before the member, a comma, then the member: "Le 4e Adjoint, M. X, représenté par Y".
OFFICE_BEFORE = re.compile(with_civilities(r"(?:Le|La|L['’])\s*[^,;:()\n]{2,40}?,\s*(?=(?:{civility})\s+[A-ZÀ-Þ])"))
NOTE_AT_END = re.compile(r"\s*[(\[]((?:[^()\[\]]|\([^()]*\))*)[)\]]\s*$")  # (tried only on what ends with ")" or "]" and white space; a bracket inside: "(Château-Chinon (Campagne))")
JOINER = re.compile(r"\s+et\s*$")  # (tried only on what ends with "et" and white space)
COMMUNE_BEFORE_NOTE = re.compile(rf"\s*{COMMUNE_NOTE}(?P<rest>\s*(?:,?\s*présente?\s+jusqu[^()]*)?)$")
OFFICE_CELL = re.compile(rf"(?i){ROLE}.*")  # ("ROCHE Paul⇥Maire": an office, though a commune is called Mairé)
# An excused member's note that no proxy was given, in a cell (a tab, a column's gap) or after a comma: "Régine X⇥Val⇥sans procuration", "M. X (Val), excusé,
# droit de vote non délégué" (the name alone is the member).
WITHOUT_PROXY = re.compile(r"(?:[ \t]*\t[ \t]*|[ ]{3,}|\s*,\s*)(?:sans\s+(?:pouvoir|procuration|mandat(?:aire)?|transmission|délégation)"
                           r"|(?:droit\s+de\s+vote|pouvoir|procuration|vote)\s+non\s+(?:délégué|donné|transmis|confié)e?"
                           r"|(?:qui\s+)?n['’]a\s+(?:confié|donné|transmis|délégué|remis|investi|mandaté|chargé|désigné)(?:\s+(?:son\s+vote|sa\s+voix|(?:de\s+)?(?:pouvoir|procuration|mandat))\s+à)?\s+personne)[ \t]*\.?[ \t]*$", re.I)
PLACE_CELL = re.compile(r"[^\t\n]*[^\W\d_]{2}[^\t\n]*\t+(?P<place>[^\t\n]*[^\t\n ])[ ]*(?=\t|$)")  # a name's cell, then a place's
NAME_THEN_ROLE = re.compile(rf"(?P<name>.+?)(?:,\s*|\t+|[ ]{{3,}})(?P<role>{ROLE}.*)$", re.I | re.S)  # ("ROCHE Paul⇥1er adjoint": a cell of its own)


EMPTY_LABEL = re.compile(r"[^\n:]{2,60}?\s*:\s*")
# A group's title glued to its first member: "Conseillers communautaires : Mme X (Val) ; M. Y …" (`group_titles`), or a
# member body's name in capitals: "BRUNMONT : Mme X".
BODY_BEFORE_BARE = re.compile(rf"(?P<label>[^,;:()\n]{{2,60}}?)\s*:\s*(?=[{UPPER}]{{2}}[{UPPER}'’ -]*\s+[{UPPER}][{LOWER}])")
TITLE_BEFORE = re.compile(with_civilities(r"(?P<label>[^,;:()\n]{2,60}?)\s*:\s*(?=(?:{civility})\s)"))
BODY_IN_CAPITALS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{1,60}")  # "BRUNMONT", "VAL-BRUN": a member body's name over its member


def _commune_line(text: Text, item: str, at: int) -> bool:
    """Whether `item` is a commune's official name in capitals on a line of its own ("BRON", "LE
    VAL-BRUN"), the next line a member ("M. X", "ROCHE Paul", "procuration de Mme X à …"), another
    commune's or none (a commune none of whose delegates sits): a member commune's heading, GENRE.md
    §2.2; a family name on its own line has no such heading role, and "MM. ROCHE, CARON" is inline."""
    name = item.strip()
    if not name.isupper() or not _alone_on_line(text.raw, at, at + len(item)):
        return False
    line_end = text.raw.find("\n", at + len(item))
    below = "" if line_end < 0 else text.raw[line_end + 1:].lstrip()[:60]  # (the next line with text: a column's view blanks some)
    if below and not (re.match(_CIVILITY, below) or NAME_OPENS.match(below) or CAPITALS_LABEL.match(below)
                      or pattern(cues("proxies")["giver_after"]).match(fold_piece(below))):
        return False
    return territories.names_a_division(name, "commune")  # (homonyms included: "SAINT-VAL" labels one of them)


def _alone_on_line(raw: str, start: int, end: int) -> bool:
    line_start, line_end = line_at(raw, start)
    return not raw[line_start:start].strip() and not raw[end:line_end].strip(" \t.,;")


STATUS_RESTATED = re.compile(r"(?i),\s*(?:excus[ée]e?s?|absente?s?)\s*\.?\s*$")
ARTICLE_PROXY = re.compile(r"(?:un|une|le|la)\s+(?:pouvoir|procuration|mandat)\b")  # "Un pouvoir a été signé par M. X …"
NAMED_PROXY = re.compile(r"(?:\S+\s+)*?(?:pouvoir|procuration|mandat|delegation)")  # giver_after's match names the proxy (not the bare "de M. X")


LOWER_CELLS = re.compile(r"\t[ \t]*(?P<cells>[a-zàâçéèêëîïôûù][^\n]*)$")  # a row's cells after a tab, opening in small letters
NONE_CELL = re.compile(r"(?:\t|[ ]{3,})[ \t]*[—–-]+[ \t]*$")  # a row's last cell a dash alone, after a tab or a column's gap


def _read_item(text: Text, heading: Heading, item: str, at: int, label: Named | None, roll: RollCall) -> None:
    """One item of a list: a name, with a proxy, a suppléant, an annotation or a role."""
    if EMPTY_LABEL.fullmatch(item) or _commune_line(text, item, at):
        return  # "VALBRUNE :" with no name after, or "VALBRUNE" over its delegates' lines: a commune, no person
    joiner = JOINER.search(item) if item.rstrip().endswith("et") else None  # "M. X par Mme Y et, à compter de …": the list's joiner
    item = item[:joiner.start()] if joiner else item
    wrapped = WRAPPED.fullmatch(item)
    if wrapped:  # "– [Procuration : X à Y]": the proxy inside its brackets
        at, item = at + wrapped.start("inner"), wrapped["inner"]
        alone = NOTE_GIVER.match(item)
        if alone and not alone["for"] and roll.entries:  # "[+ P. de Mme Y]" on a line of its own: held by the name above
            roll.proxies.append(Proxy(Named(alone["g"], Span(at + alone.start("g"), at + alone.end("g"))), roll.entries[-1].who, Span(at, at + len(item))))
            return
    bullet = BULLET.match(item)
    if bullet:
        at, item = at + bullet.end(), item[bullet.end():]
    item = NONE_CELL.sub("", item)  # "Val-Brun⇥ROCHE Paul⇥—": a holders' cell that says none
    partitive = PARTITIVE.match(item) if heading.status == "sans voix délibérative" else None
    if partitive:  # "En présence de M. X, DGS, et de Mme Y": the list's "de" goes on
        at, item = at + partitive.end(), item[partitive.end():]
    office = OFFICE_BEFORE.match(item)
    if office:
        at, item = at + office.end(), item[office.end():]
    title = TITLE_BEFORE.match(item)
    body = title and BODY_IN_CAPITALS.fullmatch(title["label"])
    if not title and (bare := BODY_BEFORE_BARE.match(item)) and pattern(cues("roll_call")["member_bodies"]).search(fold_piece(bare["label"])):
        title = body = bare  # "Département du Val : ROCHE Paul, qui …": the member body, a name without civility after it
    if body:  # "BRUNMONT : Mme Rose X" (its colon perhaps wrapped below: "VAL⏎: Mme Y"): the body the member sits for
        label = Named(title["label"], Span(at + title.start("label"), at + title.end("label")))
    if body or (title and text.at(pattern(cues("roll_call")["group_titles"]), at)):
        at, item = at + title.end(), item[title.end():]
    placed = PLACE_CELL.match(item) if not label and "\t" in item else None
    if placed and territories.names_a_division(placed["place"]) and not OFFICE_CELL.fullmatch(placed["place"]):  # "Luc PETIT⇥Val-Brun⇥conseiller": the commune they sit for, a cell of its own
        label = Named(placed["place"], Span(at + placed.start("place"), at + placed.end("place")))
        item = item[:placed.start("place")] + " " * len(placed["place"]) + item[placed.end("place"):]  # (blanked: offsets kept)
    item = WITHOUT_PROXY.sub("", item)  # "Régine X⇥Val⇥sans procuration": the excused member's name alone
    giver_after = pattern(cues("proxies")["giver_after"]).match(text.folded, at, at + len(item))
    if giver_after and not heading.proxies and heading.status in ("excusé", "absent") and NAMED_PROXY.match(giver_after.group()):
        heading = Heading(heading.status, True, heading.start, heading.end)  # "Excusés : M. X ; pouvoir de Mme Y à M. Z": the item says it
    if giver_after and heading.proxies:  # "pouvoir de Mme X à Mme Y", "de M. X à Mme Y" in a list of proxies: the bare "X à Y"
        at, item = giver_after.end(), item[giver_after.end() - at:]
    else:
        giver_after = None
    holder_after = pattern(cues("proxies")["holder_after"]).match(text.folded, at, at + len(item)) if heading.proxies and not giver_after else None
    if holder_after:  # "pouvoir conféré à M. Y par Mme X": the bare "Y par X", the holder first
        at, item = holder_after.end(), item[holder_after.end() - at:]
    glued = _glued_call(text.raw, item)
    if glued:  # "M. Jean ARNAUD1, Président": the call blanked (offsets kept), its footnote the item's note
        call, glued_note = glued
        item = item[:call.start()] + " " * len(call.group()) + item[call.end():]
    if item.rstrip().endswith((").", "].")):  # "Mme X (CAF)." ending a group before the next group's title
        item = item.rstrip()[:-1]
    if dash := SEPARATOR_AT_END.search(item):  # "… à Mme Y -⏎Val : …": the list's " - " cut at the line's end
        item = item[:dash.start()]
    restated = STATUS_RESTATED.search(item) if heading.status in ("excusé", "absent") else None
    if restated:  # "Absents excusés : …, Mme X (Val), excusée.": the status the heading gives, said again
        item = item[:restated.start()]
        heading = Heading("excusé", heading.proxies, heading.start, heading.end) if "excus" in fold_piece(restated.group()) else heading
    body, note, note_at = item, None, at
    bracket = NOTE_AT_END.search(item) if item.rstrip().endswith((")", "]")) else None  # "(pouvoir à X)", "[pouvoir à X]"
    apposed = None if bracket else pattern(cues("roll_call")["annotations"]["apposed"]).search(text.folded, at, at + len(item))
    if apposed:  # "Mme X, arrivée à 19 h 25": the note, unbracketed
        body, note, note_at = item[:apposed.start() - at], item[apposed.end() - at:], apposed.end()
        commune = NOTE_AT_END.search(body) if body.rstrip().endswith((")", "]")) else None  # "Mme X (Valbrune), arrivée à …": the name before its bracket
        body = body[:commune.start()] if commune else body
    if bracket:
        body, note, note_at = item[:bracket.start()], bracket.group(1), at + bracket.start(1)
        note = _footnotes(text.raw).get(note.strip(), note)  # "M. X (1)": the footnote it calls
        commune = COMMUNE_BEFORE_NOTE.search(body)
        if commune and not label:  # "DUMAS Régine (Glanges) [pouvoir à X]": the commune, then the note
            label = Named(commune["c"], Span(at + commune.start("c"), at + commune.end("c")))
            until = find_times(commune["rest"])
            body = body[:commune.start()]
            if until:
                # (told first as a departure: the member's presence ends then, and the proxy of the note starts)
                note = f"départ à {until[0].value.strftime('%H h %M')}, {note}" if "jusqu" not in note else note
    elif glued:
        body, note, note_at = item, glued_note, at + call.start()
    sitting = SITTING_FOR.match(body)
    if sitting:  # "la Commune de Valbrune, représentée par Mme X[, et par M. Y]": each person sits for the body
        for piece in re.finditer(r"(?:[^,]|,(?!\s*et\s+par\s))+", body[sitting.start("who"):]):
            value = re.sub(r"^\s*et\s+par\s+", "", piece.group())
            value_at = at + sitting.start("who") + piece.start() + len(piece.group()) - len(value)
            if value.strip():
                _read_item(text, heading, value.rstrip(" ,;."), value_at, label, roll)
        return
    last_word = body.rsplit(None, 1)[-1:]
    said = STATUS_AFTER.search(body) if last_word and last_word[0][:1] in STATUS_INITIALS else None
    if said and heading.status != "sans voix délibérative":  # "M. X excusé (procuration à M. Y)" in "Absents :"
        heading = Heading(_status_of(said["status"]), True, heading.start, heading.end)
        body = body[:said.start()].rstrip(" ,")
    if item.startswith("M") and _couple(text, heading, item, at, label, roll):
        return
    giver = NOTE_GIVER.match(note) if note else None
    if giver and (heading.proxies or not giver["for"]):
        given_at = note_at + giver.start("g")
        named = NAME_THEN_ROLE.match(body.strip())  # "M. Y, Président [+ P. de M. X]"
        holder_text = BODY_AFTER.sub("", named["name"] if named else body.strip())  # "Mme Y (CC du Val), 4e Vice-présidente": the name
        holder = Named(holder_text, Span(at, at + len(holder_text)))
        given, scope = (GIVER_SCOPE.split(giver["g"], maxsplit=1) + [""])[:2]
        for a, b in giver_spans(given, 0, len(given)):  # "(+ procurations de Mme X et de M. Z)": one proxy a giver
            a += len(given[a:b]) - len(given[a:b].lstrip())  # (the span of the name itself, as `_named` gives one)
            proxy = Proxy(Named(given[a:b].strip(), Span(given_at + a, given_at + a + len(given[a:b].strip()))), holder, Span(at, at + len(item)))
            _scope(scope, proxy)
            roll.proxies.append(proxy)
        if not heading.proxies:  # a présent holding a proxy: still present, with the office written after the name
            roll.entries.append(Entry(holder, heading.status, label, role=named["role"].strip() if named else None))
        return
    if note and text.at(pattern(cues("roll_call")["body_item"]), at):
        for name, start, _ in split_list_spans(note.replace(" et ", ", "), note_at):
            roll.entries.append(Entry(Named(name, Span(start, start + len(name))), heading.status, label))
        return
    replaced = REPLACED.search(body) if "remplac" in body or "suppl" in body else None
    if replaced:  # "GUILLOUX Martine remplacée par sa suppléante TATTEVIN Anne"
        titular = Named(body[:replaced.start()], Span(at, at + replaced.start()))
        substitute = Named(body[replaced.end():], Span(at + replaced.end(), at + len(body)))
        roll.entries.append(Entry(substitute, "présent", label, replaces=titular))  # whatever the heading: the suppléant sits
        if heading.status in ("excusé", "absent"):  # "Excusés : M. X (Val), suppléé par Mme Y": X is excused all the same
            name = body[:replaced.start()].split("(")[0].rstrip()
            roll.entries.append(Entry(Named(name, Span(at, at + len(name))), heading.status, label))
        return
    of = SUBSTITUTE_OF.search(body) if "suppl" in body or "remplacement" in body else None
    if of:  # "Mme Brun Maryse, suppléante de M. Chabert Denis"
        commune = NOTE_AT_END.search(body, 0, of.start())
        if commune and not label:  # "X (Valbrune), suppléant de Y": the body the suppléant sits for
            label = Named(commune.group(1), Span(at + commune.start(1), at + commune.end(1)))
        name = body[:commune.start() if commune else of.start()].rstrip()
        substitute = Named(name, Span(at, at + len(name)))
        titular = Named(body[of.end():], Span(at + of.end(), at + len(body)))
        roll.entries.append(Entry(substitute, heading.status, label, replaces=titular))
        return
    handover = HANDOVER.search(body)
    if handover:  # "Mme la Présidente, appelée à 12 h 10, confie la présidence à M. X … et lui donne pouvoir"
        roll.handovers.append((Named(handover["who"].strip(), Span(at + handover.start("who"), at + handover.start("who") + len(handover["who"].strip()))),
                               find_times(body[:handover.start("who")])))
        return
    role = None
    apposition = _cell_apposition(text, body, at) or NAME_THEN_ROLE.match(body) or _staff_apposition(body)  # (a row's cells first: "M. X⇥conseil régional de l'ordre⇥trésorier")
    handed = ROLE_THEN_HOLDER.match(apposition["role"]) if apposition and heading.proxies else None
    if handed:  # "M. X, Maire, à Mme Y": the giver's office, then the proxy
        role = handed["role"]
    elif apposition and not any(told.search(apposition["role"]) for told in (VERB_ITEM, HOLDS_IN, PURPOSE, GIVEN_TO_IN)) and not _is_proxy_form(apposition["role"]):
        body, role = apposition["name"], CELL_GAP_SPLIT.split(apposition["role"])[0]  # (not the next column's cell: "Président        Val-1")
        commune = COMMUNE_BEFORE_NOTE.search(body)
        if commune and not commune["rest"].strip() and not label:  # "M. X (Valbrune), 3e Vice-président", the office perhaps on the line below: the body they sit for
            label, body = Named(commune["c"], Span(at + commune.start("c"), at + commune.end("c"))), body[:commune.start()]
        elif not commune and note is None and (bracket := NOTE_AT_END.search(body) if body.rstrip().endswith((")", "]")) else None):
            body, note, note_at = body[:bracket.start()], bracket.group(1), at + bracket.start(1)  # "Mme X (secteur de Val), 2e Vice-présidente": a note, as when no office follows
    sits_for = (APPOSED_BODY.search(body) or _last_cell_body(text, body, at)) if not label and CIVILITY_OPENS.match(body) else None
    if sits_for and CAPITALS_WORD.search(body, 0, sits_for.start()):  # "Mme X BRUN, Action Val": the body they sit for (`_body_apposed`)
        label, body = Named(sits_for["body"], Span(at + sits_for.start("body"), at + sits_for.end("body"))), body[:sits_for.start()]
    proxy = _proxy_in_item(text, heading, body, at, giver_named=bool(giver_after), holder_named=bool(holder_after))
    if proxy:
        giver, holder, rest, aside, commune, holder_first = proxy
        givers = _co_givers(giver)  # "Mme X et M. Y à Mme Z", "M. Z : procurations de Mme X et M. Y": two proxies
        holders = _respective(holder, len(givers)) if re.search(cues("proxies")["respectively"], text.folded[at:at + len(item)]) else None
        for one, held_by in zip(givers, holders or [holder] * len(givers)):
            _item_proxy(one, held_by, rest, aside, holder_first, heading, label or commune, role, note, item, at, roll)
        return
    if (cells := LOWER_CELLS.search(body.rstrip())) and cells.start() > 0:  # "X Rose⇥⇥personnalité qualifiée": a word processor's row, its name the
        body, role = body[:cells.start()], role or CELL_GAP_SPLIT.split(cells["cells"])[0]  # first cell, the next in small letters its office
    status = "sans voix délibérative" if heading.status == "présent" and role and _without_vote(role) else heading.status
    entry = Entry(Named(body.strip(), Span(at, at + len(body.rstrip()))), status, label, role=role)
    if note:
        _annotate(entry, note)
        if ROLE_ITEM.fullmatch(note.strip()):
            entry.role = entry.role or note.strip()  # "Martine X (présidente)"
        _note_proxy(text, entry, note, note_at, Span(at, at + len(item)), roll)
    roll.entries.append(entry)


def _cell_apposition(text: Text, body: str, at: int) -> dict[str, str] | None:
    """"M. X ROCHE⇥commissaire aux comptes" (its tab made a comma, `_cell_parted`): the name, and the row's cells in small
    letters after it as the member's office; None when no such cell follows."""
    cut = body.find(",")
    if cut < 0 or text.raw[at + cut] != "\t" or not body[cut + 1:].lstrip()[:1].islower():
        return None
    return {"name": body[:cut], "role": body[cut + 1:].strip()}


def _without_vote(words: str, opens: bool = False) -> bool:
    """Whether a name's apposition says they attend without a vote: "sans voix délibérative" (at its start when `opens`:
    an item split from the name before it), or a staff office ("directeur général des services")."""
    folded = fold_piece(words)
    spec = cues("roll_call")
    told = pattern(spec["annotations"]["non_voting"])
    if opens:
        return bool(told.match(folded.lstrip()))
    return bool(told.search(folded) or pattern(spec["staff_apposition"]["cue"]).match(", " + folded))


BODY_AFTER = re.compile(r"\s*\([^()\n]{2,80}\)\s*$")  # a member's body in brackets after the name
GIVEN_TO_IN = re.compile(with_proxy_words(r"(?:pouvoir|procuration|droit\s+de\s+vote)\s+{given}e?\s+(?:à|a|au)\s"))  # "M. X, trésorier adjoint, droit de vote délégué à Mme Y": the office, then the proxy
HOLDS_IN = re.compile(with_proxy_words(r"(?i:{holds})"))  # "Mme Y, Maire, porteuse du pouvoir de X": the holder's office, then whose proxy


# A second giver told by ellipsis after the first: "la voix de Mme X et celle de M. Z".
ELLIPSIS = r"(?:(?:celle|celui)\s+)?"
GIVEN_THEN_FAMILY = r"[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?\s+[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’-]+\b"
CO_GIVER = re.compile(with_civilities(r"\s*(?:,|\bet\b|\bainsi\s+que\b)\s*" + ELLIPSIS + r"(?:de\s+|d['’]|par\s+)?(?={civility}\s|" + GIVEN_THEN_FAMILY + ")"))  # "Mme X et M. Y", "Luc X et Anne Y", "… de Mme X et de M. Y", "mandaté par X et par Y", "la voix de Mme X et celle de M. Y"


def _co_givers(giver: Named) -> list[Named]:
    """The givers an item names before one holder: "Mme X, M. Y et Mme Z" (each after a civility, or
    written "Prénom NOM")."""
    cuts = list(CO_GIVER.finditer(giver.text))
    if not cuts or not re.match(with_civilities(r"{civility}\s|") + GIVEN_THEN_FAMILY, giver.text):
        return [giver]
    bounds = zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(giver.text)])
    return [Named(giver.text[a:b], Span(giver.span.start + a, giver.span.start + b)) for a, b in bounds]


RESPECTIVE = re.compile(r"\s*(?:,|\bet\b)\s*à\s+")


def _respective(holder: Named, givers: int) -> list[Named] | None:
    """The holders "respectivement à M. C et à Mme D" names, one per giver in order; None when
    their number is not the givers'."""
    cuts = list(RESPECTIVE.finditer(holder.text))
    bounds = zip([0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(holder.text)])
    holders = [Named(holder.text[a:b], Span(holder.span.start + a, holder.span.start + b)) for a, b in bounds]
    return holders if len(holders) == givers > 1 else None


def _item_proxy(giver: Named, holder: Named, rest: str, aside: str, holder_first: bool, heading: Heading, label: Named | None,
                role: str | None, note: str | None, item: str, at: int, roll: RollCall) -> None:
    """A proxy a list item writes, and the entry of the member it names: the giver, or the holder
    when the item names the holder first in a list of members present ("Présents : M. Y, porteur du pouvoir
    de Mme X"); in a list of proxies, or of members away, the giver is the one represented or away ("Procurations :
    M. Y : procuration de Mme X", "Excusés : M. Y assurera le vote de Mme X"). A proxy its item says was not taken is none, nor its giver's status under the heading
    ("… à Mme Y, qui n'a pu être présente ; cette procuration n'a pas été utilisée")."""
    if refuses(rest):
        return
    entry = Entry(holder if holder_first and heading.status == "présent" else giver, heading.status, label, role=role)
    if note:
        _annotate(entry, note)
    roll.entries.append(entry)
    first = Proxy(giver, holder, Span(at, at + len(item)))
    moved = _giver_moved(note)
    if moved == "arrived":
        first.to_time = entry.from_time  # "(arrivée à 21 h)": the giver comes, the proxy ends
    elif moved == "left":
        first.from_time = entry.to_time  # "(départ à 21 h 05)": the giver leaves, the proxy starts
    else:
        first.from_time, first.to_time = entry.from_time, entry.to_time  # "(à partir de 15 h 00)"
    first.from_item, first.to_item = entry.from_item, entry.to_item  # "(à partir du point 6)"
    if note:
        _scope(note, first)  # "X à Y (pour les points 1 et 2)"
    if role:
        _scope(role, first)  # "Y pour Mme X (Val), membre du Bureau, pour les délibérations n° 45 à 47": read with the office
    if aside and AWAY_ASIDE.match(aside):  # "M. X, excusé, représenté par Mme Y": away; under "Absents :", excused if it says so
        entry.status = "excusé" if heading.status == "absent" and "excus" in aside else entry.status
    elif aside:
        _annotate(entry, aside)  # "présente jusqu'à la délibération n° 68 incluse": her presence's bound
        moment = find_times(aside)
        first.from_time = moment[0].value if moment else None
        entry.status, entry.to_time = "présent", first.from_time  # present until the moment she leaves
    given = _successive(giver, first, rest, holder.span.end, Span(at, at + len(item)))
    roll.proxies.extend(given)
    if given and given[0].from_departure and entry.status == "représenté" and entry.who is giver:
        entry.status = "présent"  # "… représentera Mme X, qui doit quitter la séance après le point 3, pour le reste de la séance"
    if note and first.until_arrival and first.to_time is None:
        _scope(f"{rest} ({note})", first)  # "jusqu'à son arrivée (10 h 15)": the note times the arrival
    if given and entry.who is giver:
        _away_if_whole(entry, given[0])


def _away_if_whole(entry: Entry, proxy: Proxy) -> None:
    """A member listed among those present who gives a proxy for the whole séance is not there: a board's roll by
    college, "Mme X (pouvoir à M. Y)" among the members. A proxy bounded by a time, an item, an arrival or a
    departure leaves them present for the rest."""
    if entry.status == "présent" and proxy.holder.text[:1].isupper() and not any((proxy.from_time, proxy.to_time, proxy.from_item, proxy.to_item, proxy.until_arrival, proxy.from_departure)):
        entry.status = "représenté"  # (to a person: "Désignée par le Conseil départemental" in a table's row is no proxy)


AWAY_ASIDE = re.compile(r"(?i)\s*(?:(?:excus[ée]e?|absente?|emp[êe]ch[ée]e?)\s*|(?:retenue?|indisponible)\b[^,;]*)$")  # (and "retenue par ses obligations")  # an aside that says the giver is not there at all


# Where a holder's name ends in an item: "… à M. Y pour la suite", "… mandat à M. Y de la représenter et de voter",
# "… à M. Y (Val) à partir du point 4", "… à M. Y, qui l'accepte", "Rose L." (an initial keeps its dot). An end
# opens on a character other than white space, right after the name's blanks (`HOLDER_ENDS`) or after one blank at
# least (`HOLDER_ENDS_AFTER_BLANK`); the blanks are taken at once (`\s*+`, `\s++`): the lazy name tries this at
# each of its characters, and sharing out a column's long run of spaces between them was cubic in the run's length.
HOLDER_ENDS = [
    r"\)",
    r"\((?=[^()\n]{1,60}\)\s*(?:[àa]\s+(?:partir|compter)\b|jusqu|pour\b|comme\b|en\s+vertu\b|(?:de\s+)?(?:son|sa|un|une)\s+(?:pouvoir|procuration|mandat|droit\s+de\s+vote|délégation)\b|(?:(?:pouvoir|procuration|mandat|le\s+soin)\s+)?(?:de|[àa])\s+{voting}\b|de\s+(?:l[ae]|les|l['’])\s*(?:représenter|remplacer)\b|par\s+(?:pouvoir|procuration|mandat)\b|[,;.]|$))",
    r",\s*pour\b",
    r",\s+qui\s+l['’]accepte\b",
    r",\s*puis",
    r",",
    r";",
    r"(?:(?<!\s[A-ZÉÈ])(?<![.-][A-ZÉÈ])\.)?$",
]
HOLDER_ENDS_AFTER_BLANK = [
    r"pour\b",
    r"le\s+\d",
    r"en\s+vertu\b",
    r"de\s+(?:l[ae]|les|l['’])\s*(?:représenter|remplacer)\b",
    r"(?:(?:(?:le\s+)?(?:pouvoir|procuration|mandat)|le\s+soin)\s+)?de\s+{voting}\b",  # "… à M. Y le mandat de voter en son nom"
    r"(?:de\s+)?(?:son|sa|un|une)\s+(?:pouvoir|procuration|mandat|droit\s+de\s+vote|délégation)\b",
    r"[àa]\s+{voting}\b",
    r"(?:[àa]\s+(?:sa|leur)\s+place|en\s+son\s+nom)\b",  # "fait voter M. Y à sa place"
    r"(?:par|suivant|selon)\s+(?:pouvoir|procuration|mandat)\b",
    r"comme\s+(?:son\s+|sa\s+)?mandataire\b",
    r"porteu(?:r|se)\s+de\s+(?:sa|son)\s",  # "a désigné M. Y porteur de sa voix"
    r"qui\s+l['’]accepte\b",
    r"afin\s+de\b",
    r"jusqu",
    r"(?:exprim|port)(?:e|era)\s+(?:sa\s+voix|son\s+vote)\b",  # "X, excusé : M. Y exprimera sa voix"
    r"d[èe]s\s+l[ea]\s",  # "… dès le point n° 4"
    r"tant\s+qu",  # "… tant que celle-ci n'a pas rejoint la séance": until the giver's arrival
    r"vot(?:e|era|ant)\s+(?:(?:également|egalement|aussi)\s+pour\s+(?:elle|lui)|(?:(?:également|egalement|aussi)\s+)?(?:en\s+son\s+nom|[àa]\s+sa\s+place))\b",  # "– M. Y votera également pour elle", ": M. Y votera en son nom"
    r"[àa]\s+compter",
    r"[àa]\s+partir",
    r"de\s+\d",
]
HOLDER_END = with_proxy_words(r"(?=\s*+(?:" + "|".join(HOLDER_ENDS) + r")|\s++(?:" + "|".join(HOLDER_ENDS_AFTER_BLANK) + "))")
# "M. et Mme NOM (Paul et Anne)": two persons; "représentés par X pour M. NOM et par Y pour Mme NOM"
# gives each their holder, "représentés par X" one holder for both.
COUPLE = re.compile(r"(?:M\.|Monsieur)\s+et\s+(?:Mme|Madame)\s+(?P<family>[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+)*?)"
                    r"\s*\((?P<his>[A-ZÉÈ][\w-]+)\s+et\s+(?P<hers>[A-ZÉÈ][\w-]+)\)")
COUPLE_HOLDER = re.compile(with_civilities(r"\bpar\s+(?P<h>{civility}\s+[^,;()]+?)(?:\s+pour\s+(?P<for>{civility})\s[^,;()]+?)?(?=\s+et\s+par\b|[,;.]|$)"))


def _couple(text: Text, heading: Heading, item: str, at: int, label: Named | None, roll: RollCall) -> bool:
    couple = COUPLE.match(item)
    if couple is None:
        return False
    span = Span(at, at + couple.end())
    partners = {"M": Named(f"{couple['his']} {couple['family']}", span), "Mme": Named(f"{couple['hers']} {couple['family']}", span)}
    for partner in partners.values():
        roll.entries.append(Entry(partner, heading.status, label))
    for held in COUPLE_HOLDER.finditer(item, couple.end()):
        holder = Named(held["h"].strip(), Span(at + held.start("h"), at + held.start("h") + len(held["h"].strip())))
        givers = [partners["Mme" if held["for"].startswith(("Mme", "Madame")) else "M"]] if held["for"] else list(partners.values())
        roll.proxies.extend(Proxy(giver, holder, Span(at, at + len(item))) for giver in givers)
    return True


CIVILITY_WORD = with_civilities("(?:{civility})")  # ("(procuration M. Y)": the "à" left out before a civility)
NOTE_PROXY = re.compile(r"(?:(?i:(?:a\s+|avait\s+)?" + proxy_words.alternation("giving") + r"\s+(?:sa\s+voix|son\s+(?:pouvoir|vote)|sa\s+procuration)\s+(?:à|a)|(?:procuration|pouvoir)\s+(?:établie?|donnée?)\s+au\s+nom\s+de)|(?i:d[ée]l[ée]gation\s+de\s+vote|pouvoir|procuration|mandat(?:\s+de\s+vote)?|(?:voix|vote|d[ée]l[ée]gation)(?=\s+(?:" + proxy_words.alternation("given") + "|" + proxy_words.alternation("carried") + r")e?\s)|repr[ée]sentation(?=\s+" + proxy_words.alternation("carried") + r"e?\s))(?i:\s+" + proxy_words.alternation("qualifying") + r")?(?i:\s+" + proxy_words.alternation("given") + r"e?(?:\s+par\s+[ée]crit)?)?(?:\s+(?i:à|a|au(?=\s+(?:maire|pr[ée]sident|n\s*°)))|\s+(?i:" + proxy_words.alternation("carried") + r")e?\s+par(?=\s+(?:" + CIVILITY_WORD + r"\s|[A-ZÉÈ]))|\s*:(?=\s+" + CIVILITY_WORD + r"\s)|(?=\s+" + CIVILITY_WORD + r"\s))|(?i:repr[ée]sent[ée]e?(?:\s+(?:au|pour\s+le|lors\s+du)\s+vote)?\s+par)(?!\s+(?:son|sa)\s+suppl)|(?i:mandataire)\s*:|(?i:(?:vote\s+par\s+)?(?:procuration|pouvoir)\s+de)\s+[^()]{2,60}?\s+(?i:à|a)(?=\s+" + CIVILITY_WORD + r"\s)|(?i:" + ABBREVIATED + r")(?:\s+(?i:à|a))?)\s+(?P<h>(?:[^)\-–,;]|(?<=\w)-(?=\w|[ \t]*\n[ \t]*[A-ZÉÈ])|(?<=\.)-(?=[A-ZÉÈ]\.))+?)" + HOLDER_END)  # "Jean-Marc X", "Jean-⏎Marc X", "X J.-L.", not " – "


def _note_proxy(text: Text, entry: Entry, note: str, note_at: int, span: Span, roll: RollCall) -> None:
    """The proxy a note on a name records: "(pouvoir à X jusqu'à son arrivée à 19 h 05)", ", qui a
    donné pouvoir à X", "(pouvoir en blanc, attribué à la présidente)"."""
    delegated = NOTE_PROXY.search(note) or (Text(note).find(pattern(cues("proxies")["blank"]["cue"])) if "blanc" in note else None)
    if not delegated and entry.status in proxy_clauses.AWAY:
        held = proxy_clauses.note_holder(Text(note))  # "(son vote ira à M. Y)": a wording no form knows
        if held:
            roll.proxies.append(Proxy(entry.who, Named(note[held.start:held.end], Span(note_at + held.start, note_at + held.end)), span))
    if delegated:
        holder = Named(delegated["h"].strip(), Span(note_at + delegated.start("h"), note_at + delegated.start("h") + len(delegated["h"].strip())))
        found = Proxy(entry.who, holder, span, to_time=entry.to_time)
        _scope(note[delegated.end():], found)
        _left_before(note[:delegated.start()], found)
        _away_if_whole(entry, found)
        roll.proxies.append(found)


def _left_before(said: str, proxy: Proxy) -> None:
    """A proxy given on leaving: from the time and the agenda point the note gives its departure
    ("a quitté la séance à 11 h 40, avant l'examen du point 3, et a donné pouvoir à …")."""
    spec = cues("proxies")["scope"]
    folded = Text(said).folded
    left = re.search(spec["left_at"], folded)
    if left:
        proxy.from_time, proxy.to_time = find_times(said[left.start("t"):])[0].value, None
        point = re.search(spec["left_before_item"].replace("'", "['’]"), folded)
        proxy.from_item = point["n"] if point else proxy.from_item


RELATIVE_END = re.compile(r",?\s*(?:lequel|laquelle|lesquels|lesquelles|(?:sa|son|leur)\s+(?:procuration|pouvoir|voix|vote|mandat|délégation)(?:\s+(?:a\s+été|a\s+ete|est|était|etait))?)\s*$")  # "M. X, lequel a donné pouvoir à Y", "M. X, sa procuration a été remise à Y"
PRESENT_UNTIL = re.compile(r"\s+(?:présente?\s+)?jusqu['’][^,;]*,?\s*(?:puis\s*)?$")
ASIDE = re.compile(r",\s*(?P<aside>(?:quittant|appel[ée]e?|retenue?|absente?|excus[ée]e?|partant|emp[êe]ch[ée]e?|qui\s|dont\s)[^,]*),\s*")  # ", qui nous rejoindra plus tard,"
TIMED_CELL = re.compile(r"\t[ \t]*(?P<aside>\d{1,2}\s*h\s*\d{0,2}\b[^\t]*?),\s*$")  # a row's cell after the name that times its move: "X⇥20h05, après le point 3⇥a remis …"


# A full stop after a word of two letters or more, then a capital: the sentence ends ("à M. FAUCHEUX. M. MOUTARDIER"),
# unless the word and its stop are a civility ("lVI. Paul X", OCR's "M.").
SENTENCE_AFTER_NAME = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-ZÉÈ])")
WORD_BEFORE = re.compile(r"\S*$")


def _sentence_cut(holder: str) -> str:
    for stop in SENTENCE_AFTER_NAME.finditer(holder):
        word = WORD_BEFORE.search(holder, 0, stop.start()).start()
        if not CIVILITY_IN.match(holder, word):
            return holder[:stop.start()]
    return holder


def _proxy_in_item(text: Text, heading: Heading, body: str, at: int, giver_named: bool = False, holder_named: bool = False):
    """"X à Y", "X par Y", "X représentée par Y", "X donne pouvoir à Y" inside a list item: the
    giver, the first holder, the rest of the item (scope, successive holders), the aside on the
    giver ("quittant la séance à T") and the giver's commune in brackets ("X (Saint-Paul) à Y").
    `giver_named`: the item said whose proxy it is before ("pouvoir de X pour Y"), so every form reads
    the giver first."""
    folded = text.folded[at:at + len(body)]
    # Each form is searched alone, through `literals`, and only when the item holds one of the
    # words every match of it holds (`_Forms`): most items are a bare name, which holds none, and
    # one scan of a short item for all the words costs far less than a search per form (or one
    # pattern of all the forms, starting with optional spaces: `re`'s slowest kind). The same matches.
    for form, holder_first, named_after in _forms(cues("proxies")["forms"], heading.proxies).possible(folded):
        holder_first = (holder_first and not giver_named) or holder_named  # "pouvoir de X pour Y": X gives; "pouvoir conféré à Y par X": Y holds
        for match in literals.finditer(form, folded, 0, len(folded)):
            if body.count("(", 0, match.start()) > body.count(")", 0, match.start()):
                continue  # a body's name in brackets: "X (CC de la Roche à la Vallée) à Y"
            if named_after and not body[match.end():match.end() + 1].isupper():
                continue  # "… du pouvoir de ROCHE Paul", not "… du pouvoir de signer": a capital on the text as printed
            giver_text = RELATIVE_END.sub("", ROLE_APPOSITION.sub("", body[:match.start()].strip(" ,\t")))
            if holder_first:  # "Mme X (Val) : M. Y exprimera la voix de Mme X": the excused member's label, then the holder
                giver_text = LABEL_BEFORE_HOLDER.sub("", giver_text)
            if (cells := LOWER_CELLS.search(giver_text)) and cells.start() > 0 and "\t" not in giver_text[:cells.start()]:
                giver_text = giver_text[:cells.start()]  # "X Rose⇥élue du conseil⇥a désigné …": the row's first cell, its name
            aside = ASIDE.search(giver_text + ", ") or TIMED_CELL.search(giver_text + ", ")
            if aside and aside.start() > 0:
                giver_text = giver_text[:aside.start()]
            until = PRESENT_UNTIL.search(giver_text)
            if until and until.start() > 0:  # "Mme X présente jusqu'à la délibération n° 68 incluse, puis"
                giver_text, bound = giver_text[:until.start()], until.group()
            else:
                bound = ""
            rest = body[match.end():]
            holder_match = re.match(r"(?:[^()\n;,]|\n[ \t]*(?=[A-ZÉÈ]|l[ea]\s+[A-ZÉÈ]|" + WRAPPED_FAMILY + r"))+?" + HOLDER_END, rest)  # a name or an office may wrap its line ("à M.⏎le Président", "à M. X⏎de NOM")
            if not giver_text or not holder_match or " à " in BRACKETED.sub("", giver_text):  # (not "X (arrivé à 19 h 15) – pouvoir à Y")
                continue
            if holder_first:  # "M. Y porte les pouvoirs de Mme X, de Mme Z et de M. W": the givers after the cue
                holder_match = re.match(holder_match.re.pattern + MORE_GIVERS, rest)
            holder_text = _sentence_cut(holder_match.group().strip())  # "à M. Y. M. Z, absent …": a new sentence
            commune = GIVER_COMMUNE.search(giver_text)
            if commune:
                giver_text = giver_text[:commune.start()]
                office = re.match(rf"(?i){ROLE}\s*$", commune["c"])  # "X (Maire) → Y": the giver's office, no commune
                commune = None if office else Named(commune["c"], Span(at + commune.start("c"), at + commune.end("c")))
            else:  # "Mme X (insertion, Secours populaire) … pouvoir à Y": a note on the member, no part of the name
                giver_text = GIVER_NOTE.sub("", giver_text)
            giver = Named(giver_text, Span(at, at + len(giver_text)))
            holder_at = at + match.end() + holder_match.start()
            holder = Named(holder_text, Span(holder_at, holder_at + len(holder_text)))
            if holder_first:  # "M. Y, porteur du pouvoir de Mme X"
                giver, holder = holder, giver
            return giver, holder, rest[holder_match.end():], (aside.group("aside") if aside else bound), commune, holder_first
    return None


LABEL_BEFORE_HOLDER = re.compile(with_civilities(r"^[^:\n]{2,120}?\s:\s+(?=(?:{civility})\s)"))
MORE_GIVERS = with_civilities(r"(?:\s*(?:,|\bet\b)\s*" + ELLIPSIS + r"(?:de\s+|d['’]|par\s+)(?:{civility})\s+(?:[^()\n;,]|\n[ \t]*(?=[A-ZÉÈ]))+?" + HOLDER_END + ")*")


class _Forms:
    """The proxy forms that apply in a list, compiled, with whether they name the holder first and whether a
    capital must follow them (`CAPITAL_AFTER`); and the words of which every match of a form holds one (`literals.Needles`: its `strings`, or its
    anchors' when those stand for them; a form with none is always tried)."""

    def __init__(self, kept: list[tuple[re.Pattern, bool, bool]]):
        self.kept = kept
        self.words = [_words(compiled) for compiled, _, _ in kept]
        every = sorted({word for words in self.words if words for word in words}, key=lambda w: (-len(w), w))
        # Where each word starts, the longest first: a word that starts at the same place is a
        # prefix of it, and any word inside one found is counted with it (`within`).
        self.scan = re.compile("(?=(" + trie(every) + "))") if every else None
        self.within = {word: frozenset(other for other in every if other in word) for word in every}
        self.by_words: dict[frozenset[str], list[tuple[re.Pattern, bool, bool]]] = {}

    def possible(self, folded: str) -> list[tuple[re.Pattern, bool, bool]]:
        """The forms, in order, that `folded` holds a word of (or that have none)."""
        present = frozenset(w for m in self.scan.finditer(folded) for w in self.within[m.group(1)]) if self.scan else frozenset()
        forms = self.by_words.get(present)
        if forms is None:
            if len(self.by_words) > 256:
                self.by_words.clear()
            forms = self.by_words[present] = [form for form, words in zip(self.kept, self.words) if words is None or not words.isdisjoint(present)]
        return forms


_FORMS: dict[tuple[int, bool], tuple[list, _Forms]] = {}


# A form's look-ahead for a name without civility, "(?={civility}\s|[A-Z])": forms are matched on folded text, where
# it is a letter; a match it allows is kept when the printed text has a capital there.
CAPITAL_AFTER = "|[A-Z])"


def _forms(forms: list[dict], in_proxy_list: bool) -> _Forms:
    """The proxy forms that apply in a list (`list_only` ones under a proxy heading): `_Forms`."""
    known = _FORMS.get((id(forms), in_proxy_list))
    if known is None or known[0] is not forms:  # a profile's own forms are another list
        kept = [(re.compile(with_proxy_words(with_civilities(form["cue"].replace(CAPITAL_AFTER, "|[a-z])"), folded=True), folded=True).replace("'", "['’]")),
                 bool(form.get("holder_first")), CAPITAL_AFTER in form["cue"]) for form in forms if in_proxy_list or not form.get("list_only")]
        known = _FORMS[(id(forms), in_proxy_list)] = (forms, _Forms(kept))
    return known[1]


def _words(compiled: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match of `compiled` holds one, or None (`literals.Needles`: its
    `strings`, or its anchors' when those stand for them)."""
    needles = literals.Needles.of(compiled)
    if needles.strings is not None:
        return needles.strings
    return frozenset(string for string, _, _ in needles.anchors) if needles.anchors else None


SUCCESSOR = re.compile(r"\s*(?:,\s*)?puis\s+à\s+(?P<h>[^,;()]+?)" + HOLDER_END)


def _successive(giver: Named, first: Proxy, rest: str, rest_at: int, span: Span) -> list[Proxy]:
    """"à M. X jusqu'à 10 h 40, puis à Mme Y de 10 h 40 à 11 h 35, puis à M. Z à compter de 11 h 35":
    one proxy per holder, each with its own scope."""
    proxies = [first]
    pieces = list(SUCCESSOR.finditer(rest))
    _scope(rest[:pieces[0].start()] if pieces else rest, first)
    for index, piece in enumerate(pieces):
        tail = rest[piece.end():pieces[index + 1].start() if index + 1 < len(pieces) else len(rest)]
        holder = Named(piece["h"].strip(), Span(rest_at + piece.start("h"), rest_at + piece.start("h") + len(piece["h"].strip())))
        proxy = Proxy(giver, holder, span)
        between = re.match(r"\s*de\s+(?P<a>\d{1,2}\s*h\s*\d{0,2})\s+à\s+(?P<b>\d{1,2}\s*h\s*\d{0,2})", tail)
        if between:
            proxy.from_time, proxy.to_time = find_times(between["a"])[0].value, find_times(between["b"])[0].value
        else:
            _scope(tail, proxy)
        proxies.append(proxy)
    return proxies


CAPITAL = re.compile(r"[A-ZÉÈ]")
DIGIT = re.compile(r"\d")
NUMBERED_WORD = re.compile(r"\S*\d\S*")


def _scope_only(piece: str) -> bool:
    """Whether a list's piece is a proxy's scope and nothing else: no capital but an act's number's
    ("n° C2024-09-141 à C2024-09-150") or its first letter's ("Pour les points 1 à 3"), and a scope read."""
    if CAPITAL.search(NUMBERED_WORD.sub("", piece) if DIGIT.search(piece) else piece, 1):
        return False
    probe = Proxy(Named("", Span(0, 0)), Named("", Span(0, 0)), Span(0, 0))
    _scope(piece, probe)
    return any((probe.from_time, probe.to_time, probe.from_item, probe.to_item, probe.until_arrival, probe.from_departure))


def _scope(rest: str, proxy: Proxy) -> None:
    spec = cues("proxies")["scope"]
    folded = fold_piece(rest)
    until = re.search(spec["until_time"].replace("'", "['’]"), folded)
    if until:
        proxy.to_time = find_times(rest[until.start("t"):])[0].value
    since = re.search(spec["from_time"], folded)
    if since and (until is None or since.start("t") != until.start("t")):
        times = find_times(rest[since.start():])
        if times:
            proxy.from_time = times[0].value
    proxy.until_arrival = proxy.until_arrival or bool(re.search(spec["until_arrival"].replace("'", "['’]"), folded))
    arrival = re.search(spec["arrival_item"].replace("'", "['’]"), folded)
    if arrival:
        proxy.arrival_item = _as_written(rest, arrival, "d")
    proxy.from_departure = proxy.from_departure or bool(re.search(spec["from_departure"], folded))
    items = re.search(spec["items"], folded)
    if items and _runs_on(items):
        proxy.from_item = _as_written(rest, items, "a", "c")
        proxy.to_item = _as_written(rest, items, "b", "c")
    arrived = re.search(spec["arrived_at"], folded)
    came = find_times(rest[arrived.start("t"):]) if arrived and not CAPITAL.search(rest, 0, arrived.start()) else []  # (not another's: "M. Z, arrivé à …")
    if came and not proxy.to_time:
        proxy.to_time = came[0].value
    from_item = re.search(spec["from_item"], folded[:arrived.start()] if arrived else folded)  # (after the arrival: the point the giver sits from)
    if from_item:
        proxy.from_item = _as_written(rest, from_item, "d", "n")
    to_item = re.search(spec["to_item"].replace("'", "['’]"), folded)
    if to_item and not proxy.to_item:
        proxy.to_item = _as_written(rest, to_item, "d")
    first = re.search(spec["first_items"], folded)
    count = (int(first["n"]) if first["n"].isdigit() else words_to_int(first["n"])) if first else None
    if count and not proxy.to_item:  # "pour les deux premiers points": from the first to the second
        proxy.from_item, proxy.to_item = "1", str(count)


def _runs_on(items: re.Match) -> bool:
    """Whether the points a scope names are a range: "1 à 3", or a list whose points follow each other
    ("4, 5 et 6"; not "1 et 3", two points a range from the first to the last would overstate)."""
    if items["c"] or items["joined"] == "a":
        return True
    points = [items["a"], *re.findall(r"\d+", items["between"] or ""), items["b"]]
    if not all(p.isdigit() for p in points):
        return items["between"] == ""  # "n° 2024-12 et 2024-13": two acts, their order their numbers'
    return all(int(b) == int(a) + 1 for a, b in zip(points, points[1:]))


def scope_cell(cell: str, proxy: Proxy) -> None:
    """`proxy` scoped by a table's cell: a bare range of points ("1 à 4", "5 et 6") or what a
    sentence would say ("à partir de 19:00")."""
    points = re.search(cues("proxies")["scope"]["item_range"], Text(cell).folded)
    if points:
        proxy.from_item, proxy.to_item = points["a"], points["b"]
    else:
        _scope(cell, proxy)


def _as_written(raw: str, found: re.Match, *groups: str) -> str | None:
    """The first of `groups` that `found` (a match on the folded twin of `raw`) filled, as `raw`
    writes it: an act number keeps its capitals ("B2025-047"), its spaces one ("B⏎2025-02-001": a line wrapped), OCR's
    letters for figures made figures ("27CP-O4")."""
    group = next((g for g in groups if found[g]), None)
    return act_number(" ".join(raw[found.start(group):found.end(group)].split())) if group else None


# --- proxies in sentences --------------------------------------------------------------------

# "X a donné pouvoir à Y", "X avait confié son pouvoir à Y", "X a délégué son droit de vote à Y", "…; X avait confié
# le sien à Y" (the proxy the sentence before names), and the bare
# "X, excusé, pouvoir à M. Y" (a civility must follow: "…, pouvoir à la commune" is no proxy).
PROXY_VERB_PREFIX = r"(?<![^\W\d_])(?:(?:a|avait)\s+(?:ensuite\s+|alors\s+)?|ayant\s+|a\s+fait\s+savoir\s+qu['’](?:il|elle)\s+)"  # (not the end of "Lucia donne")
PROXY_VERBS = proxy_words.scanning("giving")
EMPOWERING = proxy_words.scanning("empowering")  # "a habilité M. Y à voter en son nom": the holder, the verb's object
ASKING = proxy_words.scanning("asking")  # "a demandé à M. Y de voter pour elle": the holder after "à"
AFTER_COMMA = [r"(?:pouvoir|procuration)\s+à\s+(?={civility}\s)", r"(?i:" + ABBREVIATED + r")(?:\s+à)?\s+(?={civility}\s)"]
THEN = r"(?:(?:dès\s+lors|désormais|dorénavant|alors|donc|ensuite|également|aussi)\s+)?"  # "X est dès lors représenté par Y"
REPRESENTED = r"(?:(?:s['’]est|se)\s+(?:fait(?:e)?|fera)\s+(?:repr[ée]senter|(?:remplacer|suppl[ée]er)\s+(?:pour|lors\s+du|au|dans\s+son)\s+(?:le\s+)?vote)|(?:est|[ée]tait|a\s+[ée]t[ée])\s+" + THEN + r"(?:repr[ée]sent[ée]e?|suppl[ée]{2}e?\s+(?:pour\s+le|dans\s+son)\s+vote)|(?:a|avait)\s+(?:souhait|demand)[ée]\s+(?:[àa]\s+)?[êe]tre\s+repr[ée]sent[ée]e?)(?:\s+(?:au|pour\s+les?|lors\s+du|lors\s+des)\s+votes?)?\s+par\s+"  # "… est représentée pour les votes par Mme Y"; "M. X, empêché, s'est fait représenter par Mme Y", "M. X est représenté par Mme Y en vertu d'un pouvoir", "… est suppléé dans son vote par Mme Y"
_NOUN = proxy_words.alternation("proxy_noun")
PROXY_VERB = re.compile(with_proxy_words(with_civilities(PROXY_VERB_PREFIX + "?" + PROXY_VERBS + r"\s+(?:une?\s+|son\s+|sa\s+|ses\s+|leurs?\s+|tout\s+(?=pouvoir\s))?"
                        r"(?:" + _NOUN + r"|(?<=son\s)vote|(?<=sa\s)voix|(?<=ses\s)(?:pouvoirs|voix)|(?<=leurs\s)(?:pouvoirs|voix)|le\s+sien|la\s+sienne)(?:\s+" + proxy_words.alternation("qualifying") + r")?"
                        r"(?:\s+et\s+" + _NOUN + r")?(?:\s+de\s+l[ae]\s+représenter(?:\s+et)?)?(?:\s+(?:(?:de|pour)\s+voter\s+)?en\s+son\s+no(?:m|rn))?(?:\s+par\s+(?:courriel|mail|e-mail|courrier|écrit))?\s+(?:[àa]|en\s+faveur\s+de|au\s+(?:profit|bénéfice|benefice)\s+de|au\s+nom\s+de|entre\s+les\s+mains\s+de|aupr[èe]s\s+de|au(?=\s+" + offices.chair() + r"))\s+"
                        + "|(?:" + PROXY_VERB_PREFIX + r"|(?<=\bet\s))" + EMPOWERING + r"e?\s+(?=(?:{civility})\s[^;.]{1,60}?\s+(?:(?:pour|[àa]|de)\s+{voting}|comme\s+(?:son\s+|sa\s+)?mandataire)\b)"
                        + "|" + REMITTING + r"\s+(?:par\s+(?:pouvoir|procuration|mandat)\s+|pour\s+(?:ses|son|sa|les?)\s+(?:votes?|voix)\s+|du\s+soin\s+de\s+(?:voter|son\s+vote)\s+)?(?:[àa]|sur)\s+(?=(?:{civility})\s)"  # "s'en remet pour ses votes à M. Y"
                        + "|" + PROXY_VERB_PREFIX + EMPOWERING + r"e?\s+(?:pour|[àa]|de)\s+{voting}(?:\s+en\s+son\s+nom)?\s+(?=(?:{civility})\s)"  # "a chargé de la représenter Mme Y"
                        + "|" + PROXY_VERB_PREFIX + ASKING + r"\s+[àa]\s+(?=(?:{civility})\s[^;.]{1,60}?\s+de\s+{voting}\b)"
                        + "|" + PROXY_VERB_PREFIX + r"fait\s+de\s+(?=(?:{civility})\s[^;.]{1,60}?\s+(?:son|sa|le|la)\s+(?:m|rn)andataire\b)"  # "a fait de Mme Y sa mandataire"
                        + "|" + PROXY_VERB_PREFIX + r"fait\s+(?:tenir|porter|exprimer|exercer|assurer)\s+(?:son\s+(?:vote|pouvoir|mandat)|sa\s+voix)\s+par\s+(?=(?:{civility})\s)"  # "a fait tenir son vote par M. Y"
                        + "|" + PROXY_VERB_PREFIX + PROXY_VERBS + r"\s+(?:mission\s+)?[àa]\s+(?=(?:{civility})\s[^;.]{1,60}?\s(?:(?:son|sa|un|une)\s+(?:" + _NOUN + r")\b|de\s+(?:voter\s+en\s+son\s+nom|l[ae]\s+représenter)\b))"
                        + "|" + REPRESENTED + "".join(r"|(?<=,\s)" + form for form in AFTER_COMMA))))
# Where a match of PROXY_VERB can start: at a verb, where the prefix that ends at the verb starts, after
# a comma before a bare "pouvoir". (Its optional prefix first, `re` would try it at every character.)
VERB_WORD = re.compile(PROXY_VERBS + "|" + EMPOWERING + "|" + ASKING + "|" + REPRESENTED + "|" + REMITTING)
PREFIX_TO = re.compile(PROXY_VERB_PREFIX + r"\Z")  # (\Z at the end given: the prefix runs up to the verb)
PREFIX_WIDTH = literals.solid_width(PREFIX_TO)  # the most characters other than white space a prefix holds
COMMA_BEFORE_FORM = re.compile(with_civilities(r",\s(?=" + "|".join(f"(?:{form})" for form in AFTER_COMMA) + ")"))
PERSON_BEFORE = re.compile(with_civilities(r"(?P<giver>(?:{civility})?\s*[A-ZÉÈ][^,;.:()\n–]{1,60}?)(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:excus[ée]e?|absente?|emp[êe]ch[ée]e?)|\s+(?:(?:est|était|a\s+été)\s+)?(?:excus[ée]e?|absente?|emp[êe]ch[ée]e?)\s+et|\s+s['’]est\s+fait(?:e)?\s+excuser\s+et)?\s*(?:(?:,|\s[-–])\s*(?P<aside>[^,;.()]{3,100}(?:,\s*[a-zà-ÿ0-9'’ -]{3,60}?)?(?:,\s*(?:excus[ée]e?|absente?|emp[êe]ch[ée]e?))?),\s*"
                           r"|\s+(?P<leaves>(?:(?:(?:a\s+)?quitt[eé]|sort\s+de|(?:est\s+)?sortie?\s+de|part\s+de)\s+(?:la\s+(?:séance|salle|réunion)|l['’]assemblée)|se\s+retire)[^;.()]{0,60}?),?\s+et\s+|\s*(?:,\s*)?qui\s+)?$"))  # "X quitte la séance à 20 h 15 et donne pouvoir à Y"; two asides, the second in small letters ("X, membre élue, retenue en début de séance, a …")
# A holder's name may wrap its line before a family name in capitals ("à M. Paul\nPIN pour la suite"); an office
# holder is named by a civility and the office ("à M. le Maire", "à Mme la Présidente").
HOLDER_OPENING = r"(?:(?:{civility})\s+l[ae]\s+(?=[A-ZÉÈ])|(?:{civility})?\s*)"  # "M. le Maire", "M. Y", "Y"
WRAPPED_FAMILY = r"(?:(?:de|du|des)\s+|d['’])?[A-ZÉÈ]{2,}\b"  # a family name in capitals, its particle first, opening the next line
HOLDER_LETTER = r"(?:[^,;.:()\n]|\n[ \t]*(?=" + WRAPPED_FAMILY + r"))"  # a holder's name's character, or its line's end before a family name
HOLDER_AFTER = re.compile(with_proxy_words(with_civilities(r"(?P<holder>" + HOLDER_OPENING + r"[A-ZÉÈ]" + HOLDER_LETTER + r"{1,50}?)"
                          r"(?=\s*(?:[,;.()]|\s+pour\b|\s+(?:de|[àa])\s+{voting}\b|\s+comme\s+(?:son\s+|sa\s+)?mandataire\b|\s+(?:son|sa|un|une|le)\s+(?:pouvoir|procuration|mandat|droit\s+de\s+vote|délégation)\b|\s+(?:son|sa|le|la)\s+(?:m|rn)andataire\b|\s+par\s+(?:pouvoir|procuration)\b|\s+et\s+[a-zé]|\s+jusqu|\s+à\s+compter|\s+à\s+partir|\s+le\s+\d|\s+(?:en|dès|au)\s+(?:début|cours|fin|l['’]ouverture)\b|\s+en\s+vertu\b|\n(?![ \t]*" + WRAPPED_FAMILY + r")|$))")))  # (… à M. Y le 3 mars, … à M. Y en début de séance)
GIVER_AFTER = re.compile(with_proxy_words(with_civilities(r"\b(?:[Pp]ouvoir|[Pp]rocuration|[Mm]andat|[Dd]élégation(?=\s+de\s+vote)|[Rr]eprésentation(?=\s+de\s[^,;:()\n]{2,70}\spar\s))(?:\s+de\s+vote)?(?:\s+{qualifying})?\s+(?:de|(?:(?:a\s+été|est)\s+)?{given}e?\s+par)\s+(?P<giver>(?:{civility})?\s*[A-ZÉÈ][^,;.:()\n]{1,60}?)(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*[^,;:()\n]{2,60}?,)?\s+(?:{given}e?\s+)?(?:à|en\s+faveur\s+de|au\s+(?:profit|bénéfice|benefice)\s+de|(?<=\s)par(?=\s))\s+(?P<holder>" + HOLDER_OPENING + r"[A-ZÉÈ]" + HOLDER_LETTER + r"{1,50}?)(?=\s*(?:[,;.()]|\s+pour\b|\s+[àa]\s+(?:compter|partir)\b|\s+jusqu|\n(?![ \t]*" + WRAPPED_FAMILY + r")|$))")))  # ("à M. le Maire", "à M. Y (Val)", "à Mme Y⏎NOM")

# "Les pouvoirs remis sans nom de mandataire par Mme X, M. Y et Mme Z ont été attribués au président":
# several givers, one holder, the proxy told in the passive.
PASSIVE = re.compile(with_civilities(r"\b[Pp]ouvoirs?\b[^.;]{0,60}?\bpar\s+(?P<givers>(?:{civility})\s[^;]{2,200}?)\s+(?:ont|a)\s+été\s+"
                                     r"(?:attribué|confié|remis|transmis)e?s?\s+(?P<holder>(?:à|au|aux)\s+[^,.;()\n]{2,50}?)(?=\s*[,.;(]|\s+conformément|\n|$)"))


# A line that is a proxy, under no heading (after the counts): "Mme X - procuration à M. Y (pour les questions 1 à 6)",
# "Mme X (Pouvoir à M. Y)", "Mme X, représentée par M. Y".
LINE_PROXY = re.compile(with_proxy_words(with_civilities(r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?P<giver>(?:{civility})\s+[A-ZÉÈ][^,;:()\n]{1,60}?)(?:[ \t]*\([^()\n]{1,40}\))?"
                                        r"(?:[ \t]+[-–—][ \t]*|[ \t]*[:,(][ \t]*)(?:(?i:pouvoir|procuration|délégation\s+de\s+vote)(?:[ \t]+{given}e?)?[ \t]+(?:à|a|au)|représentée?\s+par)[ \t]+"
                                        r"(?P<holder>(?:{civility})?\s*[A-ZÉÈ][^,;.()\n]{1,50}?)(?=[ \t]*(?:[,;.()]|$)|[ \t]+(?:pour|jusqu|à\s+(?:compter|partir))\b)")))
# The holder first, in a sentence: "Mme Y a le pouvoir de M. X pour le représenter", "M. Y porte les pouvoirs de
# Mme X, de Mme Z et de M. W" (one proxy a giver), "M. Y, détenteur du pouvoir de Mme X" (proxies.yaml `holds`);
# a giver's compound name may wrap at its hyphen ("de Mme Anne BRUN-⏎LYS").
# A member named without civility, the family name in capitals: "ROCHE Paul", "Paul ROCHE", "DE LA ROCHE Anne-Marie".
_BARE_NAME = (r"(?:[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*(?:[ -][A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*)*\s+[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
              r"|[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s+[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*(?:[ -][A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*)*)(?![\w'’-])")
_HELD_GIVER = r"(?:(?:{civility})\s+[A-ZÉÈ](?:[^,;.:()\n]|(?<=[^\W\d_]-)\n|\n[ \t]*(?=" + WRAPPED_FAMILY + r")){0,50}?|" + _BARE_NAME + r")(?=\s*(?:,|\bet\b|[;.()]|(?<!-)\n(?![ \t]*" + WRAPPED_FAMILY + r")|$)|\s+pour\b|\s+à\s+(?:compter|partir)|\s+d[èe]s\s+l[ea]\s|\s+jusqu['’]|\s+tant\s+qu(?:e\s|['’]))"
# "M. Y, porteur du pouvoir de Mme X", "CARON Jean est détenteur du pouvoir de BRUN Anne" (the holder first).
HOLDS = re.compile(with_proxy_words(with_civilities(r"(?P<holder>(?:{civility})\s+(?:l[ea]\s+)?[A-ZÉÈ][^,;.:()\n]{1,50}?|(?<![\w'’-])" + _BARE_NAME + r")(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*(?i:{holds})|(?:\s*,)?\s+(?:(?i:{holds})|(?:qui\s+)?(?:a|avait|porte|portait|détient|détenait|tient|tenait)\s+"
                                   r"(?:(?:(?:le|les|la|un)\s+)?(?:pouvoirs?|procurations?|mandats?|(?<=la\s)voix)|celui|celle)\s+(?:de\s+|d['’]|(?<=\ba\spouvoir\s)pour\s+)|dispose\s+(?:de\s+la|du|des|d['’]une?)\s+(?:pouvoirs?|procurations?|mandats?)\s+(?:de\s+|d['’])))(?P<givers>" + _HELD_GIVER
                                   + r"(?:\s*(?:,|\bet\b)\s*" + ELLIPSIS + r"(?:de\s+|d['’])?" + _HELD_GIVER + r")*)")))  # "… et celle de M. Z"
# A holder named by the office alone: "La 1re vice-présidente vote pour compte de M. X", "M. le Président vote …".
OFFICE_ALONE = r"(?<![\w])[Ll][ea]\s+(?:\d+\s*(?:er|re|e|ème)\s+)?(?:[Vv]ice-)?(?:[Pp]résidente?|[Mm]aire|[Aa]djointe?)"
# The holder voting for the giver, in a sentence or a vote's bracket: "(Mme Y votant également pour M. X ; …)",
# "M. Y votera au nom de Mme X".
VOTES_FOR = re.compile(with_proxy_words(with_civilities(r"(?P<holder>(?:{civility})\s+(?:l[ea]\s+)?[A-ZÉÈ][^,;.:()\n]{0,50}?|" + OFFICE_ALONE + r"|(?<![\w'’-])" + _BARE_NAME + r")\s+(?:votant|vote|votera|votait|agit(?=\s+{in_place_of}))\s+(?:(?:également|aussi)\s+pour|(?:(?:également|aussi)\s+)?{in_place_of})\s+"
                                       r"(?P<givers>" + _HELD_GIVER + r"(?:\s*(?:,|\bet\b)\s*(?:pour\s+)?" + _HELD_GIVER + r")*)")))
# The member away, then the one who votes in their place: "Mme X est excusée ; M. Y votera à sa place", "M. X, retenu
# en début de séance, est excusé ; Mme Y votera à sa place pour les points 1 et 2", "M. X (Val), excusé ; M. Y portera sa voix".
STANDS_IN = re.compile(with_civilities(r"(?P<givers>(?:{civility})\s+[A-ZÉÈ][^,;.:()]{0,50}?)(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^;.:]{1,60},)?(?:\s+(?:est|était)\s+|\s*,\s*)(?:excus[ée]e?|absente?)"
                                       r"\s*;\s*(?P<holder>(?:{civility})\s+(?:l[ea]\s+)?[A-ZÉÈ][^,;.:()]{0,50}?)\s+(?:vot(?:e|era)\s+[àa]\s+sa\s+place|port(?:e|era)\s+(?:sa\s+voix|son\s+vote))\b"))  # (names wrapped: "M. Paul⏎ROCHE")
# A proxy carried by its holder, the next ones told by ellipsis: "le pouvoir de Mme X est porté par M. Y,
# celui de Mme Z par Mme W et celui de M. V par le Président", "Le vote de M. X est exprimé par Mme Y".
_CARRIER = r"(?P<holder>(?:{civility})\s+(?:l[ea]\s+)?[A-ZÉÈ][^,;.:()\n]{0,50}?|(?:le|la)\s+(?:[Pp]résidente?|[Mm]aire|[Tt]résorière?|[Ss]ecrétaire))(?=\s*(?:[,;.)]|\s+et\b|\n|$)|\s+(?:pour\s+(?:l['’]ensemble|toute|la\s+durée)|à\s+(?:partir|compter)|jusqu))"
# "Le pouvoir de M. X est porté par Mme Y", "Le mandat de vote de Mme X (élue) est exercé par M. Y pour l'ensemble de la séance",
# "Le pouvoir de M. X a été remis à M. le Président", "Le suffrage de Mme X est confié à M. Y" (a scope after the holder ends it: `_scope`).
CARRIED = re.compile(with_proxy_words(with_civilities(r"\b(?:[Ll]e\s+pouvoir|[Ll]a\s+procuration|[Ll]e\s+mandat|[Ll]e\s+vote|[Ll]e\s+suffrage|[Ll]a\s+voix|[Ll]e\s+droit)(?:\s+de\s+vote)?\s+(?:de\s+|d['’])(?P<givers>(?:{civility})\s+[A-ZÉÈ][^,;.:()\n]{0,50}?)(?:\s*\([^()\n]{1,40}\))?\s+(?:est|était|sera|a\s+été)\s+"
                                     r"(?:(?:{given}e?\s+[^.;:\n]{1,80}?\s+et\s+)?{carried}e?\s+par|(?:remis|confié|transmis|donné)e?\s+à)\s+" + _CARRIER)))  # "… (Agen) est confié au groupe « G » et porté par Mme Y"
# The same in a relative clause, the giver first, perhaps under no heading: "M. P. ROCHE, dont le droit de vote est
# confié à Mme la Présidente ; Mme J. ROSE, dont la voix est portée par M. F. LYS" (names with their initials).
_INITIALS = r"(?:[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?\s+)?"
WHOSE_CARRIED = re.compile(with_proxy_words(with_civilities(
    r"(?P<givers>(?:{civility})\s+" + _INITIALS + r"[A-ZÉÈ][^,;.:()\n]{0,50}?)(?:\s*\([^()\n]{1,40}\))?\s*,\s*dont\s+(?:le|la|son|sa)\s+"
    r"(?:droit\s+de\s+vote|voix|vote|pouvoir|procuration|mandat)\s+(?:est|était|sera|a\s+été)\s+(?:{given}|{carried})e?\s+(?:à|a|par)\s+"
    r"(?P<holder>(?:{civility})\s+(?:l[ea]\s+[A-ZÉÈ][^,;.:()\n]{0,50}?|" + _INITIALS + r"[A-ZÉÈ][^,;.:()\n]{0,50}?))(?=\s*(?:[,;.)]|\s+et\b|\n|$))")))
CARRIED_NEXT = re.compile(with_civilities(r"\s*[,;]?\s*(?:et\s+)?(?:celui|celle)\s+(?:de\s+|d['’])(?P<givers>(?:{civility})\s+[A-ZÉÈ][^,;.:()\n]{0,50}?)\s+par\s+" + _CARRIER))
CIVILITY_IN = re.compile(with_civilities(r"{civility}\s"))
COUNTED_LIST = re.compile(with_civilities(r"\s*\d+\s*\((?=\s*(?:{civility}|[A-ZÉÈ]))"))  # "12 (M. X, …)": a count, then its names
NAME_BEFORE_NOTE = re.compile(with_civilities(r"(?:{civilities}\s+)?(?:[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?\s+(?=[A-ZÉÈ]))*(?:(?<=\w)-[ \t]*\n[ \t]*(?=[A-ZÉÈ])|[^\n.;,()\[\]–—])+"))  # "X (Commune)", "X – Niort", "(… par la secrétaire, Mme X)": the name
NAME_BELOW = re.compile(with_civilities(r"\s{0,3}((?:{civility}\s+)?[A-ZÉÈ][^\n,;:]{2,60}?)\s*$"))
LOG_TIME = re.compile(r"^\s*(?P<t>\d{1,2}\s*h\s*\d{0,2})\s*[-–—:]\s")  # a line of the séance's log opens with its time


def _proxy_verbs(raw: str, start: int, end: int):
    """`PROXY_VERB.finditer(raw, start, end)`, the pattern matched only where it can start (a verb,
    the start of the prefix that ends at the verb, a comma's end), in order, from the last match's end."""
    places = [(c.end(), None) for c in COMMA_BEFORE_FORM.finditer(raw, max(0, start - 2), end) if c.end() >= start]
    for verb in VERB_WORD.finditer(raw, start, end):
        places.append((verb.start(), None))
        prefix = _prefix_to(raw, start, verb.start())
        if prefix:
            places.append((prefix.start(), verb.start()))
    heapq.heapify(places)
    at = start  # a match starts here or after: the end of the last one
    while places:
        place, verb = heapq.heappop(places)
        if place < at:
            prefix = _prefix_to(raw, at, verb) if verb is not None else None
            if prefix:  # inside the last match: the prefix may start again after it
                heapq.heappush(places, (prefix.start(), verb))
            continue
        match = PROXY_VERB.match(raw, place, end)
        if match:
            yield match
            at = max(match.end(), place + 1)


def _prefix_to(raw: str, start: int, verb: int) -> re.Match | None:
    """`PREFIX_TO.search(raw, start, verb)`, from where a prefix that ends at the verb can start."""
    return PREFIX_TO.search(raw, start if PREFIX_WIDTH is None else literals.solid_start(raw, verb, PREFIX_WIDTH + 1, start), verb)


def _sentence_matches(text: Text, start: int, end: int):
    """(giver, aside, holder) spans of "X[, aside,] a donné pouvoir à Y" and "pouvoir de X à Y":
    found from the verb, then the names on each side (a regex anchored on names alone would try
    every capital of the text)."""
    raw = text.raw
    for verb in _proxy_verbs(raw, start, end):
        line_start = max(start, raw.rfind("\n", 0, verb.start()) + 1, verb.start() - 120)
        if not raw[line_start:verb.start()].strip(" \t").startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈ")) and line_start > start:
            line_start = max(start, raw.rfind("\n", 0, line_start - 1) + 1, verb.start() - 160)  # a sentence wrapped onto the verb's line
        before = _subject_told(raw, start, verb.start()) or PERSON_BEFORE.search(raw, line_start, verb.start())
        after = HOLDER_AFTER.match(raw, verb.end(), min(end, verb.end() + 80))
        if before and after:
            side = "aside" if before["aside"] else "leaves" if before["leaves"] else None
            aside = (before.start(side), before.end(side)) if side else None
            yield (before.start("giver"), before.end("giver")), aside, (after.start("holder"), after.end("holder")), (before.start(), after.end())
    for match in literals.finditer(GIVER_AFTER, raw, start, end):  # from its first "pouvoir"/"procuration"
        yield (match.start("giver"), match.end("giver")), None, (match.start("holder"), match.end("holder")), (match.start(), match.end())
    for match in literals.finditer(IN_THE_NAME, raw, start, end):  # "M. X a adressé un pouvoir au nom de M. Y"
        sender = SENDER.match(raw, _sentence_start(raw, start, match.start()), match.start())
        if sender:
            yield (sender.start("giver"), sender.end("giver")), None, (match.start("holder"), match.end("holder")), (sender.start("giver"), match.end())
    for match in literals.finditer(LINE_PROXY, raw, start, end):  # "Mme X - procuration à M. Y" a line, under no heading
        yield (match.start("giver"), match.end("giver")), None, (match.start("holder"), match.end("holder")), (match.start("giver"), match.end("holder"))
    several = [*literals.finditer(HOLDS, raw, start, end), *literals.finditer(PASSIVE, raw, start, end), *_carried(raw, start, end),
               *literals.finditer(VOTES_FOR, raw, start, end), *literals.finditer(STANDS_IN, raw, start, end),
               *literals.finditer(WHOSE_CARRIED, raw, start, end)]  # "M. Y porte les pouvoirs de Mme X et de M. Z"
    for match in several:
        for giver in giver_spans(raw, match.start("givers"), match.end("givers")):
            yield giver, None, (match.start("holder"), match.end("holder")), (match.start(), match.end())


def _carried(raw: str, start: int, end: int) -> list[re.Match]:
    """CARRIED's matches, each followed by the CARRIED_NEXT clauses its sentence goes on with."""
    found = []
    for match in literals.finditer(CARRIED, raw, start, end):
        found.append(match)
        following = CARRIED_NEXT.match(raw, match.end(), end)
        while following:
            found.append(following)
            following = CARRIED_NEXT.match(raw, following.end(), end)
    return found


def giver_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each giver `raw[start:end]` names, cut at `CO_GIVER` ("Mme X, de Mme Z et de M. W")."""
    cuts = list(CO_GIVER.finditer(raw, start, end))
    return list(zip([start, *(c.end() for c in cuts)], [*(c.start() for c in cuts), end]))


def _subject_told(raw: str, start: int, verb: int) -> re.Match | None:
    """"Mme X, retenue, a fait savoir au président qu'elle confiait son vote à M. Y": the giver a
    pronoun stands for before the verb, the subject that opens the sentence."""
    if not TOLD_PRONOUN.search(raw, max(start, verb - 12), verb):
        return None
    clause = _sentence_start(raw, start, verb)
    movers = list(TOLD_MOVER.finditer(raw, max(start, clause - 240), clause))  # "… Mme X quitte la séance ; à partir du point 4, elle …"
    return TOLD_SUBJECT.match(raw, clause, verb) or (movers[-1] if movers else None)


def _sentence_start(raw: str, start: int, at: int) -> int:
    """Where the sentence (or clause after a semicolon) holding `at` starts, at most 240 characters before."""
    stops = [m.end() for m in SENTENCE_STOP.finditer(raw, max(start, at - 240), at)]
    return stops[-1] if stops else max(start, at - 240)


SENTENCE_STOP = re.compile(r"(?:(?:[^\W_]{2}|\d)\.|;)\s+|\n[ \t]*\n")  # not the stop of "M. X"; "… après le point 3. Il …"


# A proxy form sent filled in with its holder's name: "M. X a fait parvenir le pouvoir joint à la
# convocation, rempli au nom de Mme Y" (the sender opens the sentence).
IN_THE_NAME = re.compile(with_civilities(r"\b[Pp](?:ouvoir|rocuration)\b[^.;]{0,60}?\bau\s+nom\s+d(?:e\s+|['’]\s?)(?P<holder>(?:{civility}\s+)?[A-ZÉÈ][^,;.:()\n]{1,50}?)(?=\s*(?:[,;.)]|\n|$))"))
SENDER = re.compile(with_civilities(r"\s*(?P<giver>(?:{civility})\s+[A-ZÉÈ][^,;.:()\n]{1,60}?)\s+(?:a|avait)\s+(?:adressé|fait\s+parvenir|remis|transmis|envoyé|déposé)\b"))
TOLD_PRONOUN = re.compile(r"\b(?:[Qq]u['’]\s?)?(?:[Ii]l|[Ee]lle)\s+$")  # "… qu'elle confiait", "… Il a donné procuration"
TOLD_MOVER = re.compile(with_civilities(r"(?P<giver>(?:{civility})\s+[A-ZÉÈ][^,;.:()\n]{1,60}?|" + BARE_NAME + r")(?P<aside>)(?P<leaves>)(?=\s+(?:quitte|quittant|rejoint|arrive|se\s+retire|sort|part)\b)"))  # the subject of the movement the clause before told
TOLD_SUBJECT = re.compile(with_civilities(r"\s*(?P<giver>(?:{civility})\s+[A-ZÉÈ][^,;.:()\n]{1,60}?)(?=\s*,|\s+(?:a|avait|fait|indique|informe|précise|signale)\b)(?P<aside>)(?P<leaves>)"))
SENTENCE_END = re.compile(r"(?:[^\W_]{2}|\))\.\s+")  # "… à Mme BRUN. Mme LYS …", "… points 16 à 18. M. X", "… (écrite). M. X" (not "M. X")
SENTENCE_RUNS_ON = re.compile(r"(?:[^\W_]{2}|\))\.[ \t]+(?![ \t\r\n])")  # a sentence's end, another after it on its line


def _told_in_sentences(text: Text, start: int, end: int) -> bool:
    """A list of proxies written as sentences ("Pouvoirs : M. X a donné pouvoir à Mme Y. Mme Z,
    quittant la séance après le point 15, a donné pouvoir à M. W pour les points 16 à 18."): two
    proxies or more, a sentence's end between them and more of the list on its line. Cut at its commas, such a
    list reads nonsense; one sentence a line ("M. X a donné pouvoir à Mme Y.⏎M. Z, excusé.") is a list's items.
    A proxy told in two clauses ("Mme X est excusée ; M. Y votera à sa place") is a sentence wherever it stands."""
    told = [whole for _, _, _, whole in _sentence_matches(text, start, end)]
    if STANDS_IN.search(text.raw, start, end):
        return True  # "Mme X est excusée ; M. Y votera à sa place": a list would cut it at its ";"
    return len(told) >= 2 and bool(SENTENCE_RUNS_ON.search(text.raw, told[0][1] - 2, told[-1][0] + 1))


def _listed_sentences(text: Text, heading: Heading, stop: int, roll: RollCall) -> None:
    """The proxies of a list written as sentences, each giver listed with the heading's status as the list would,
    when the heading says they are away ("Absents excusés :⏎M. X, excusé, a donné pouvoir à Mme Y. …") or the roll
    call lists them already (a proxy given on leaving says that through its scope)."""
    listed = {fold(w) for e in roll.entries for w in e.who.text.split()}
    away = heading.status in ("excusé", "absent")
    for proxy in sentence_proxies(text, heading.end, stop, roll):
        roll.proxies.append(proxy)
        if not (proxy.from_time or proxy.from_item or proxy.from_departure) and (away or fold(proxy.giver.text.split()[-1]) in listed):
            roll.entries.append(Entry(proxy.giver, heading.status))
    roll.headings.append((heading.start, stop))


def _not_proxy(text: Text, start: int, end: int) -> bool:
    """Whether the proxy's words at `[start, end)`, to their clause's end, say something else ("… donne délégation au
    Président pour signer la convention", `proxies.yaml` not_proxies)."""
    return bool(text.find(alternatives(cues("proxies")["not_proxies"]), start, proxy_clauses.clause_end(text.raw, end, len(text.raw))))


def sentence_proxies(text: Text, start: int, end: int, roll: RollCall, tables: Iterable[tuple[int, int]] = ()) -> list[Proxy]:
    """Proxies written as sentences anywhere in the block, outside the lists already read and the roll's `tables`
    (their rows read apart: "ROCHE Paul⇥Val⇥⇥Excusé (pouvoir à M. CARON Jean)")."""
    found = []
    for giver_at, aside_at, holder_at, whole in _sentence_matches(text, start, end):
        if any(a <= whole[0] < b for a, b in [*roll.headings, *tables]) or _not_proxy(text, *whole):
            continue
        civility = CIVILITY_IN.search(text.raw, giver_at[0] + 1, giver_at[1])
        opens = civility.start() if civility else giver_at[0]  # "Départ de M. X, qui donne …"
        giver = _named(text, max(opens, text.raw.rfind("\t", opens, giver_at[1]) + 1), giver_at[1])  # (not a row's label: "DÉPART⇥X quitte …")
        holder = _named(text, holder_at[0], wrapped_name_end(text.raw, holder_at[1]))  # "… par Mme Anne⏎BRUN"
        if _refused(text, whole[1], end):
            continue
        proxy = Proxy(giver, holder, Span(*whole))
        _scope(_opening(text.raw, start, whole[0]), proxy)  # "Pour les points 1 à 3, procuration est faite par X à Y"
        _scope(text.raw[whole[1]:min(end, whole[1] + 120)].split(".")[0].split(";")[0], proxy)
        aside = text.folded[aside_at[0]:aside_at[1]] if aside_at else ""
        after_item = re.search(cues("proxies")["scope"]["after_item"], aside)
        away = re.search(cues("proxies")["scope"]["away_until"], aside)  # "retenue jusqu'à 10 h 30": when she comes, not when it starts
        moment = find_times(text.raw[aside_at[0]:aside_at[1]]) if aside_at and not after_item and not away else []
        if after_item:  # "quitte la séance à 21 h 35, après le vote du point 4": the item first
            proxy.from_item = str(int(after_item["n"]) + 1)
        elif moment and _giver_moved(text.raw[aside_at[0]:aside_at[1]]) == "arrived":
            proxy.to_time = moment[0].value  # "Mme X, arrivée à 10 h 45, avait donné délégation … jusqu'à son arrivée": it ends then
        elif moment:
            proxy.from_time = moment[0].value
        logged = LOG_TIME.search(text.raw[max(start, text.raw.rfind("\n", 0, whole[0]) + 1):whole[0] + 1])
        if proxy.from_time is None and logged:  # "10 h 40 – Départ de M. X, qui donne procuration à Mme Y"
            proxy.from_time = find_times(logged["t"])[0].value
        if proxy.from_time is None and proxy.from_item is None:
            context = text.raw[max(start, whole[0] - 80, _sentence_start(text.raw, start, whole[0])):whole[0]]  # its own sentence
            moment = find_times(context.split(".")[-1])
            if moment and re.search(r"(?i)(?:à|a)\s+\d{1,2}\s*h", context):
                proxy.from_time = moment[-1].value
            after = re.search(cues("proxies")["scope"]["after_item"], fold_piece(context))
            if after and proxy.from_item is None:
                proxy.from_item = str(int(after["n"]) + 1)  # given after the vote of item N: holds from N + 1
        found.append(proxy)
    return found


def _opening(raw: str, start: int, at: int) -> str:
    """What a proxy's own sentence says before it on its line (a scope written first: "Pour les points 1 à 3,"), not
    past a full stop after a figure ("… pour les points 1 et 2. M. X est excusé ; …")."""
    return OPENING_STOP.split(raw[max(_sentence_start(raw, start, at), raw.rfind("\n", 0, at) + 1):at])[-1]


OPENING_STOP = re.compile(r"(?<!\bM)(?<!\bMM)\.\s+")  # (not a civility's: "M. X")


def refuses(said: str) -> bool:
    """Whether `said` (the rest of a proxy's item, a table's cell) says the council did not take the proxy
    (proxies.yaml `refused`)."""
    return bool(pattern(cues("proxies")["refused"]["cue"]).search(fold_piece(said)))


def _refused(text: Text, told: int, end: int) -> bool:
    """The council refuses the proxy told up to `told`: in the rest of its sentence ("…, ce pouvoir
    n'a pas été retenu") or in the next one when it opens with the refusal ("Ce pouvoir n'est pas
    retenu.")."""
    refused = pattern(cues("proxies")["refused"]["cue"])
    stop = SENTENCE_END.search(text.raw, max(0, told - 2), min(end, told + 300))  # (its letters may end the proxy)
    if stop is None:
        return bool(text.find(refused, told, min(end, told + 300)))
    following = text.at(pattern(cues("proxies")["refused"]["following"]), stop.end(), end)
    return bool(text.find(refused, told, stop.end()) or (following and text.find(refused, following.end(), min(end, following.end() + 80))))



def _named(text: Text, start: int, end: int) -> Named:
    value = text.raw[start:end]
    lead = len(value) - len(value.lstrip())
    return Named(value.strip(), Span(start + lead, start + lead + len(value.strip())))


OFFICE_NAMED = re.compile(rf"(?i)l[ea]\s+(?:{ROLE})(?:\s+[^\W\d]+)?")  # "la secrétaire générale", "le trésorier"
APPOSED = re.compile(with_civilities(r"^,\s*(?={civility}\s)"))


def _secretary(text: Text, start: int, end: int) -> Named | None:
    spec = cues("roll_call")
    for match in text.finditer(alternatives(spec["secretary"]), start, end):
        below = _signed_below(text, match.start(), match.end(), end)
        if below:
            return below
        raw = text.raw[match.end():end]
        raw = re.sub(r"^\s*:?\s*", "", raw)
        raw = APPOSED.sub("", raw)  # "la secrétaire de séance, Mme X": the name after a comma, with its civility
        offset = end - len(raw)
        stop = text.find(alternatives(spec["stops"][1:]), offset, min(end, offset + 120))
        limit = stop.start() if stop else min(end, offset + 120)
        name = re.match(NAME_BEFORE_NOTE, text.raw[offset:limit])  # "X (Commune)", "X – Niort": the name
        if not name:
            continue
        value = name.group()
        if OFFICE_NAMED.fullmatch(value.strip()):  # "rédigé par la secrétaire générale": the reader knows who holds it
            return Named(value.strip(), Span(offset, offset + len(value.strip())))
        labelled = re.match(r"(?:Commune|Ville)\s+d[e'’]\s*.+?\s[-–]\s+", value)  # "Commune d'Entre-deux-Guiers - Mme X"
        shift = labelled.end() if labelled else 0
        value = value[shift:]
        if SENTENCE_OPENING.match(value):
            continue  # an item's title, "Désignation du secrétaire de séance⏎Le conseil, …": no name after it
        verb = re.search(r"\s(?!(?:de|du|des|la|le|les|d['’]\w*|l['’]\w*|van|von|di|da)\b)[a-zé]", value)
        value = value[:verb.start()].rstrip() if verb else value.rstrip()  # "Mme X a été désignée …"
        if re.match(spec["numbered_roll"]["reference"], value.rstrip(" .")):  # "Secrétaire de séance : n° 2.": the member numbered so
            return Named(value.rstrip(" ."), Span(offset + shift, offset + shift + len(value.rstrip(" ."))))
        value = re.sub(r"\s+\d{1,3}$", "", value)  # one-line text: "Secrétaire : Rose L. 1. Compte rendu …", the item's number
        if value[:1].isupper() and parse_person_name(value, surname_only=True):  # not "secrétaire de séance à l'unanimité": the name
            return Named(value, Span(offset + shift, offset + shift + len(value)))  # is before (secretary_after); nor two signing
    after = _named_before(text, spec["secretary_after"], start, end)  # "Rose L. accepte …"
    if after:
        return _named(text, _last_name_start(text.raw, after.start("who"), after.end("who")), after.end("who"))
    named = text.find(pattern(spec["secretary_object"]), start, end)
    return _named(text, named.start("who"), named.end("who")) if named else None


SENTENCE_OPENING = re.compile(r"(?:(?:Le|La|Les)\s+|L['’]\s?)[a-zé]")
# A name, its body in brackets (perhaps on the next line), an apposition. The verb after it opens on a character
# other than white space, so the blanks before it are all taken at once (`\s*+`): a lazy name over a column's long
# run of spaces no longer tries every way of sharing it (0.2 ms a try on a page in columns).
NAMED_BEFORE = r"(?P<who>(?:{civility}\s+)?(?:[^,.;\n]|(?<=\s[a-z])\.){2,40}?)\s*+(?:\([^()\n]{2,60}\)\s*+)?(?:,\s*[^,.;]{2,60},\s*+)?"
NAMED_BEFORE_WIDTH = literals.solid_width(pattern(NAMED_BEFORE))  # the most characters other than white space they hold


def _named_before(text: Text, verb: str, start: int, end: int) -> re.Match | None:
    """The first name written right before `verb` ("Rose L., conseillère, accepte …"; a pattern that opens on
    a character other than white space, as `NAMED_BEFORE` needs), searched from
    where the verb first stands less the most that a name and its apposition hold: tried at every
    place before it, the lazy name ran on at each (16 ms a 3,400-character page, 53 ms one of the
    joined set). Exact: a match's verb stands where `verb` matches, so no earlier than its first place."""
    first = text.find(pattern(verb), start, end)
    if first is None:
        return None
    begin = start if NAMED_BEFORE_WIDTH is None else literals.solid_start(text.folded, first.start(), NAMED_BEFORE_WIDTH + 1, start)
    return text.find(pattern(NAMED_BEFORE + "(?:" + verb + ")"), begin, end)


def _signed_below(text: Text, start: int, end: int, limit: int) -> Named | None:
    """"La secrétaire de séance," ending its line or its cell in a signature block printed in columns:
    the name on the next line, in the same column ("… Paul X          Rose Y")."""
    end = start + len(text.raw[start:end].rstrip())  # (a cue may take the white space after it, the line's end too)
    line_end = text.raw.find("\n", end, limit)
    if line_end < 0 or text.raw[end:line_end].strip(" ,:\t") and not COLUMN_GAP.match(text.raw, end):
        return None  # the cue ends its line, or its cell: "La secrétaire de séance      Le Maire"
    line_start = text.raw.rfind("\n", 0, start) + 1
    column = start - line_start
    next_end = text.raw.find("\n", line_end + 1, limit)
    below = text.raw[line_end + 1:limit if next_end < 0 else next_end]
    paired = _cell_below(text.raw[line_start:line_end], below, column)
    if paired:
        at = line_end + 1 + paired.start()
        return Named(paired.group("name"), Span(at, at + len(paired.group("name"))))
    name = re.match(NAME_BELOW, below[max(0, column - 3):])
    if not name or (column > 3 and below[column - 4:column - 3].strip()):
        return None  # no name there, or a word of the column on the left runs into it
    at = line_end + 1 + max(0, column - 3) + name.start(1)
    return Named(name.group(1), Span(at, at + len(name.group(1))))


CELL = re.compile(r"\S(?:[^\t\n]*?\S)?(?=\t| {3,}|$)")  # a cell of a line printed in columns: up to a tab or three spaces
SIGNED_NAME = re.compile(r"(?P<name>[^(\n]*[^\s(])(?:\s*\([^()\n]*\))?")  # "Éloi X (points 1 à 3)": the name, its note apart


def _cell_below(line: str, below: str, column: int) -> re.Match | None:
    """The cell of `below` under the cell of `line` that holds `column`, when both lines hold the same
    number of cells, two at least (a signature block in columns whose names do not start under their
    qualities: "Le Maire⇥⇥La secrétaire de séance" over "Paul ROCHE⇥⇥Anne BRUN"), and it reads as a name."""
    above, under = list(CELL.finditer(line)), list(CELL.finditer(below))
    if len(above) < 2 or len(above) != len(under):
        return None
    index = next((i for i, cell in enumerate(above) if cell.start() <= column < cell.end()), None)
    cell = under[index] if index is not None else None
    named = SIGNED_NAME.fullmatch(below, cell.start(), cell.end()) if cell else None
    return named if named and re.fullmatch(NAME_BELOW, named["name"]) and parse_person_name(named["name"]) else None


# Where a name ends that runs on into the next one when the line ends are lost: "… BRUEL Christian
# (Val-d’Orge) Mme X Rose est désignée secrétaire": the name after the last bracket or civility.
LAST_NAME = re.compile(with_civilities(r".*(?:\)\s*|[:;]\s*|(?={civility}\s))"), re.S)


def _last_name_start(raw: str, start: int, end: int) -> int:
    cut = LAST_NAME.match(raw, start, end)
    return cut.end() if cut and cut.end() < end else start
