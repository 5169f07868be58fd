"""Proxies told in words no form of `proxies.yaml` knows: a clause that names two persons and says a
proxy ("M. Y reçoit pouvoir de Mme X", "Mme X : sa voix est portée par M. Y"). The giver is the name
after a giver's mark ("pouvoir de", "pour le compte de"), the holder the name after a holder's ("à", "par
l'intermédiaire de") or before what it is chosen for ("Y pour le représenter"), an unmarked name the role
the other leaves (`proxies.yaml` `clauses`); the roll must agree, a giver not listed present, a holder not
listed away. The roll call's last resort (`roll_call._unformed_proxies`): tried only where no proxy was read,
and on names a bare form misread (`loose`, `trimmed`), so every known form keeps its reading; and the reading of a
departure's clause or bracket (`leaver_holder`, `note_holder`, from `movements`), where the leaver is the giver. Measured on
the blind sets 820–899 (BENCHMARKS.md, 5 December, small hours)."""

from __future__ import annotations

import re

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.offices import with_offices
from civicgraph.text.name_data import with_civilities
from civicgraph.text.names import family_key, is_given_name, parse_person_name
from civicgraph.text.spans import fold

_PARTICLE = r"(?:(?:d[eu]|des|de\s+la|d['’]|l[ae]|van|von|da|di|del)\s*)"
_TOKEN = _PARTICLE + r"?(?:[A-ZÉÈÀÂÎÔÛÇ]\.(?:-[A-Z]\.)?|[A-ZÉÈÀÂÎÔÛÇ][\w'’-]*)"
# A person named with a civility, its name in capitalised words, one line break inside before a family name in
# capitals ("M. Jean⏎CARON", "M. Luc⏎du VAL"; not a heading in title case on the next line),
# or an office after its article ("M. le Maire", "Mme la Présidente").
_OFFICE = r"l[ae]\s+{office}(?:\s+délégué(?:e)?)?(?:\s+(?:de|du|d['’])\s*[A-ZÉÈ][\w'’-]*)?"  # "M. le Maire délégué de Val"
MENTION = re.compile(with_offices(with_civilities(r"(?<![\w.])(?:{civility})\s+(?:" + _OFFICE + "|" + _TOKEN + r"(?:(?:[ \t]+|[ \t]*\n[ \t]*(?=" + _PARTICLE + r"?[A-ZÉÈÀÂÎÔÛÇ'’-]{2,}\b))" + _TOKEN + r"){0,4})")))
# A person named "NOM Prénom" without civility, as some rolls and their proxies print: "CARON Jean", "DU VAL Anne-Marie".
_SPACE = r"(?: |[ \t]*\n[ \t]*)"  # inside a name: a space, or a line's end (not a column's gutter)
FAMILY_FIRST = re.compile(r"(?<![\w.])(?:[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’-]+" + _SPACE + r"){1,3}[A-ZÉÈ][a-zéèêëàâîïôûüç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûüç]+)?(?![\w'’])")
# Where a clause ends: a semicolon, a sentence's stop, a blank line, a line ending with a stop, or a line break
# before a list's next item (a bullet, a number, a civility, a word processor's tab: it wraps its own lines
# without a line break) or before a list's label ("Pouvoirs : ", not a
# person's "Mme X : sa voix …"); a line wrapped inside a name or a phrase goes on, and so does a colon's line
# whose next line is one name ending the sentence ("Délégataire du vote de M. X à compter du point 4 :⏎Mme Y.").
_NAME_CLOSES = r"[ \t]*\n[ \t]*(?:{civility})\s[^\n:;,.]{2,60}\.[ \t]*(?:\n|$)"
CLAUSE_END = re.compile(with_civilities(r";|(?:(?<=[^\W\d_]{2})|(?<=\)))\.(?=\s|$)|\n[ \t]*\n|(?<=[.;])(?<!\bM\.)(?<!\bMM\.)[ \t]*\n|(?<=:)(?!" + _NAME_CLOSES + r")[ \t]*\n"
                                        r"|(?<!:)(?<!:[ \t])\n(?=\t|[ \t]*(?:[-•*–—]\s|\d{1,3}[.)]\s|(?:{civility})\s))"
                                        r"|(?<=\n)[ \t]*(?!(?:{civility})\s)[A-ZÉÈÀ][^\n:;.()]{1,40}?[ \t]*:(?=[ \t])"))
OFFICE_OPENING = re.compile(with_civilities(r"(?:{civility})\s+l[ae]\s"))
VERB_AFTER_OFFICE = re.compile(r"\s+(?:vote|votera|votant|a|avait|est|reçoit|recoit|porte|détient|detient|aux|afin|pour|qui|s['’][a-zé]+)\b")  # "M. le Président vote", "M. le Président aux fins", "… s'exprime"
LOWER_WORD = re.compile(r"(?<![\w'’-])(?:[sndlc]['’]|qu['’])?(?!(?:de|du|des|la|le|les|et|van|von|da|di|del|dit|dite|épouse|ép|née?|veuve|dite?s?)\b)[a-zéèêàâîôûç]{3,}\b")  # (a particle is a name's; "s'exprime" is a verb)
NOUN_OF = re.compile(r"\s*[Ll][ae]\s+[a-zéèê]+(?:\s+de\s+vote)?\s+d(?:e\s+|['’]\s?)")  # "Le suffrage de ", "La voix d'"
PASSIVE_AUXILIARY = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:est|sera|était|a\s+été)")
PHRASE_AFTER = re.compile(r"\s*:\s+[a-zé]|\s+[a-zé]")  # a colon or a word in lower case after the name
AWAY = {"excusé", "absent", "représenté"}
WORDS = re.compile(r"[a-zéèêàâîôûç]{2,}")  # a clause's words between two names (not a table row's marks: "ROCHE Paul⇥X⏎LYS Rose")
GUTTER_BEFORE = re.compile(r"\S {3,}\Z")  # text, then a column's gutter, before a name on its line
NEXT_ITEM = re.compile(r",\s*$")  # (searched up to the third name: the comma right before it)
# Between two names of a list: "Mme Z (Val), " (a bracket that tells no proxy: not "M. X (pouvoir en blanc, …), ").
LIST_COMMA = re.compile(r"\s*(?:\((?![^()]*(?:pouvoir|procuration|mandat|voix|vote))[^()\n]{1,60}\)\s*)?,\s*", re.I)
REACH = 300  # a clause's characters at most on each side of its word


def loose(written: str) -> bool:
    """Whether a name a form read holds more than a name: a word of proxies ("procuration par
    l'intermédiaire de M. Y"), a verb's words ("Mme X (Val) a désigné pour"), or nothing but lower case
    (OCR's "a" read as "à" in "X a signé un pouvoir pour Y" leaves "signé")."""
    mention = MENTION.search(written)
    rest = written[mention.end():] if mention else written
    if written[:1].islower():
        return True
    if mention and OFFICE_OPENING.match(mention.group()):  # "M. le Directeur régional des affaires culturelles": an office's words
        return bool(VERB_AFTER_OFFICE.match(rest))
    return bool(Text(written).find(pattern(_spec()["word"]["cue"]))) or bool(LOWER_WORD.search(rest))


def trimmed(written: str) -> tuple[int, int]:
    """The (start, end) in a giver's `written` name of the person it names when the rest is a phrase that says a
    proxy ("M. Luc PETIT : sa voix ira", "M. Luc PETIT a fait tenir sa procuration", read as a name by a list's
    bare "X à Y") or the person a passive's subject names ("Le suffrage de M. Luc PETIT est" confié à Y), else the
    whole of it."""
    opening = NOUN_OF.match(written)
    mention = MENTION.match(written, opening.end() if opening else 0)
    rest = written[mention.end():] if mention else ""
    if opening and mention and PASSIVE_AUXILIARY.fullmatch(rest):
        return mention.span()
    if not opening and PHRASE_AFTER.match(rest) and Text(rest).find(pattern(_spec()["word"]["cue"])):
        return mention.span()
    return 0, len(written)


def _spec() -> dict:
    return cues("proxies")["clauses"]


def _tells_proxy(text: Text, start: int, end: int) -> bool:
    """Whether `text[start:end]` says a proxy in its words and does not deny one (`_denials`)."""
    return bool(text.find(pattern(_spec()["word"]["cue"]), start, end)) and not any(text.find(pattern(cue), start, end) for cue in _denials())


def _denials() -> tuple[str, ...]:
    """The cues of a clause that names two persons and tells no proxy: a vote's line, a proxy denied, a proxy
    the council refused ("… n'a pas été retenu")."""
    return _spec()["not_in"]["cue"], _spec()["negated"]["cue"], cues("proxies")["refused"]["cue"]


def clause_proxies(text: Text, start: int, end: int, headings: list[tuple[int, int]], read: list[tuple[int, int]],
                   statuses: dict[str, set[str]]) -> list[tuple[Span, Span, Span]]:
    """(giver, holder, clause) spans of the proxies told in clauses of `[start, end)` outside the lists
    (`headings`) and the proxies already read (`read`, spans), each giver listed away in `statuses`
    (folded family name → the statuses the roll gives it), or listed at all when the clause bounds the proxy
    (a member present at the opening gives it on leaving: "Délégataire du vote de M. X à compter du rapport 4 :
    Mme Y"), and its holder not."""
    found, seen = [], set()
    for word in text.finditer(pattern(_spec()["word"]["cue"]), start, end):
        a, b = clause_around(text.raw, word.start(), start, end)
        if (a, b) in seen or any(x < b and a < y for x, y in [*headings, *read]):
            continue
        seen.add((a, b))
        paired = _paired(text, a, b, statuses)
        scoped = bool(paired) and _scoped(Text(text.raw[a:b])) and bool(listed_as(text.raw[paired[0].start:paired[0].end], statuses)) \
            and not text.find(pattern(_spec()["moves"]["cue"]), a, b)  # (a movement's clause: the movement gives its proxy)
        if paired and _agrees(text, *paired, statuses, away_needed=not scoped, scoped=scoped):
            found.append((*paired, Span(a, b)))
    return found


def item_proxy(item: Text, statuses: dict[str, set[str]]) -> tuple[Span, Span] | None:
    """(giver, holder) spans in a list's item that names two persons and says a proxy ("M. le Maire
    reçoit pouvoir de Mme X" under "Procurations :"), or None."""
    if not item.find(pattern(_spec()["word"]["cue"])):
        return None
    paired = _paired(item, 0, len(item), statuses)
    return paired if paired and _agrees(item, *paired, statuses, away_needed=False, scoped=_scoped(item)) else None


def _scoped(text: Text) -> bool:
    """Whether a text bounds a proxy by a time, a point, an arrival or a departure (`proxies.yaml` scope)."""
    scope = cues("proxies")["scope"]
    return any(text.find(pattern(scope[key])) for key in ("from_item", "from_time", "until_time", "until_arrival", "from_departure", "items", "to_item"))


def note_holder(note: Text) -> Span | None:
    """The holder a note on an absent member's name gives in words no form knows ("Mme X (son vote ira à
    M. Y)"): the one person it names, with a word of the proxy and not marked as a giver; else None."""
    if not _tells_proxy(note, 0, len(note.raw)):
        return None
    mentions = list(MENTION.finditer(note.raw))
    if len(mentions) != 1 or _mark(note, 0, mentions[0].start()) == "giver":
        return None
    return Span(mentions[0].start(), mentions[0].end())


def leaver_holder(text: Text, start: int, end: int, leaver: str, opening: bool = False) -> Span | None:
    """The holder of the proxy a clause or sentence next to a departure tells in a proxy's words about the leaver
    ("… quitte la séance ; pouvoir de Mme X à Mme Y pour la suite", "… ; M. Y tiendra la voix de Mme X à partir du point
    4", "… ; à partir du point 4, sa voix est tenue par Mme Y"): the one person it names besides the leaver (folded
    family name `leaver`), the leaver named too or said by a possessive or a pronoun ("sa voix", "son pouvoir", "elle est
    représentée par"; at the text's opening when `opening`: "… après le point 3. Sa voix sera portée par M. Y"), or, in the
    clause right after, left untold where a preposition marks the holder ("… ; mandat de vote au profit de M. Y"); else None."""
    if not _tells_proxy(text, start, end):
        return None
    mentions = _mentions(text.raw, start, end)  # (without civility too: "… ; procuration de ROCHE Paul à CARON Jean")
    others = [m for m in mentions if family_key(m.group()) != leaver]
    if len({" ".join(fold(m.group()).split()) for m in others}) != 1:
        return None  # nobody else, or two others: not the leaver's proxy
    leaving = next((m for m in mentions if family_key(m.group()) == leaver), None)
    own = POSSESSIVE.search(text.folded, start, min(end, start + 40) if opening else end)
    if leaving is not None and opening:
        return None
    marked = _marked(text, start, end, others[0])
    if leaving is None and own is None and (opening or marked != "holder"):
        return None  # (untold, the leaver is the giver only of the clause right after, its holder marked: "… ; mandat de vote au profit de M. Y")
    if marked == "giver" or (leaving is not None and _marked(text, start, end, leaving) == "holder"):
        return None  # "… ; le pouvoir de M. X prend fin": a proxy the leaver held, not one given
    return Span(others[0].start(), others[0].end())


POSSESSIVE = re.compile(r"\b(?:(?:sa|son)\s+(?:voix|vote|pouvoir|procuration|mandat|delegation|droit\s+de\s+vote|votante?\s+designee?)|(?:il|elle)\s+(?:est|sera)\s+represente|vot\w*\s+(?:(?:aussi|egalement|en\s+outre)\s+)?(?:pour\s+(?:lui|elle)|en\s+son\s+(?:nom|lieu\s+et\s+place))|par\s+(?:lui|elle)\s+pour\s+(?:l[ae]\s+)?(?:remplacer|representer|voter))\b")  # (folded text; "elle est représentée par", "… est habilité à voter pour lui", "Mme Y devient sa votante désignée", "… votera aussi pour lui", "Mme Y vote en son nom", "… en son lieu et place", "M. Y a été désigné par lui pour le remplacer au vote")


def clause_end(raw: str, at: int, end: int) -> int:
    """Where the clause holding `at` ends (`CLAUSE_END`), within `REACH` and `end`."""
    after = CLAUSE_END.search(raw, at, min(end, at + REACH))
    return after.start() if after else min(end, at + REACH)


def clause_around(raw: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The clause around `at`: from the last `CLAUSE_END` before it to the next one, within `REACH`."""
    before = [m.end() for m in CLAUSE_END.finditer(raw, max(start, at - REACH), at)]
    return (before[-1] if before else max(start, at - REACH)), clause_end(raw, at, end)


# A person named "Prénom NOM" without civility, as some rolls print them ("Luc PETIT, architecte, s'en remet … à Rose
# LYS"): kept when the given-name list knows its first word.
GIVEN_FIRST = re.compile(r"(?<![\w.])[A-ZÉÈ][a-zéèêëàâîïôûüç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûüç]+)?" + _SPACE + r"[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’-]+(?:" + _SPACE + r"[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’-]+)?(?![\w'’])")


def _mentions(raw: str, a: int, b: int) -> list[re.Match]:
    """The persons `raw[a:b]` names: by a civility (`MENTION`), else, where fewer than two are, also without one, "NOM
    Prénom" or "Prénom NOM" (its given name on the list: "CA Val-Brun" is none), in the text's order."""
    found = list(MENTION.finditer(raw, a, b))
    if len(found) >= 2:
        return found
    bare = [m for m in (*FAMILY_FIRST.finditer(raw, a, b), *GIVEN_FIRST.finditer(raw, a, b))
            if not any(n.start() < m.end() and m.start() < n.end() for n in found) and is_given_name(m.group().split()[-1 if m.re is FAMILY_FIRST else 0])]
    kept: list[re.Match] = []
    for m in sorted(bare, key=lambda m: (m.start(), -m.end())):  # (two readings of one stretch: "Yves⏎ROCHE Paul" is one name, the first)
        if not any(n.start() < m.end() and m.start() < n.end() for n in kept):
            kept.append(m)
    return sorted(found + kept, key=lambda m: m.start())


def _paired(text: Text, a: int, b: int, statuses: dict[str, set[str]]) -> tuple[Span, Span] | None:
    """(giver, holder) of the clause `[a, b)`: two persons, one marked by its preposition, or neither and
    the roll telling them apart (`_by_roll`); never two alike; nothing where the clause tells no proxy
    (`_denials`: "Contre : 2 (M. X, M. Y par procuration)", "n'a pas donné de pouvoir", "n'a pas été retenu")."""
    if any(text.find(pattern(cue), a, b) for cue in _denials()):
        return None  # a vote's line, a proxy denied or refused
    mentions = _clause_persons(text.raw, a, b)
    if len(mentions) != 2:
        return None
    marks = [_marked(text, a, b, m) for m in mentions]
    if marks == [None, None]:
        between = text.find(pattern(_spec()["word"]["cue"]), mentions[0].end(), mentions[1].start())
        paired = _by_roll(mentions, statuses) if between else None
    elif marks[0] == marks[1]:
        return None  # marked alike: no direction
    else:
        paired = mentions if "giver" in marks[:1] or "holder" in marks[1:] else mentions[::-1]
    return tuple(Span(m.start(), m.end()) for m in paired) if paired else None


def _clause_persons(raw: str, a: int, b: int) -> list[re.Match]:
    """The persons the clause `raw[a:b]` names, each once, without those of the text around it that the clause's
    reach takes in: a name after a gutter on its line (a page in columns: "X, a désigné    Z (Val)⏎Y pour …"), a
    list's item before it and its comma ("Mme Z, Mme Y (Val), votant pour M. X"), the list's next item (after a
    comma, or on the line after an item's words: "X a … à Y pour voter en son nom, M. Z")."""
    mentions, names = [], set()
    for mention in _mentions(raw, a, b):
        key = " ".join(fold(mention.group()).split())
        if key not in names:
            names.add(key)
            mentions.append(mention)
    if len(mentions) > 2:
        inside = [m for m in mentions if not GUTTER_BEFORE.search(raw, raw.rfind("\n", 0, m.start()) + 1, m.start())]
        mentions = inside if len(inside) >= 2 else mentions
    while len(mentions) > 2 and LIST_COMMA.fullmatch(raw, mentions[0].end(), mentions[1].start()):
        mentions = mentions[1:]
    if len(mentions) > 2 and (NEXT_ITEM.search(raw, mentions[1].end(), mentions[2].start())
                              or _opens_line(raw, mentions[2].start()) and WORDS.search(raw, mentions[0].end(), mentions[1].start())):
        mentions = mentions[:2]
    return mentions


def _opens_line(raw: str, at: int) -> bool:
    return not raw[raw.rfind("\n", 0, at) + 1:at].strip()


def item_end(raw: str, after: int, end: int) -> int:
    """Where a list's item whose two persons end at `after` ends: before the next line that opens on a person (the
    list's next item), else at `end`."""
    later = next((m for m in _mentions(raw, after, end) if _opens_line(raw, m.start())), None)
    return raw.rfind("\n", after, later.start()) if later else end


def names_someone(written: str) -> bool:
    """Whether `written` names a person, with a civility or without one (`_mentions`)."""
    return bool(_mentions(written, 0, len(written)))


def listed_as(written: str, statuses: dict[str, set[str]]) -> set[str]:
    """The statuses the roll gives the person `written` names: under their full name's key when the roll lists it
    (homonyms apart: Mme Anne X excusée, M. Paul X présent), else under their family name's; empty when unlisted."""
    name = parse_person_name(written, surname_only=True)
    if name is None:
        return set()
    family = fold(name.family)
    if name.key in statuses:
        return statuses[name.key]
    if name.given and any(key.endswith("-" + family.replace(" ", "-")) for key in statuses):
        return set()  # the roll lists a homonym by full name, not this one (Mme Anne X excusée: M. Paul X unlisted)
    return statuses.get(family, set())


def _by_roll(mentions: list[re.Match], statuses: dict[str, set[str]]) -> tuple[re.Match, re.Match] | None:
    """(giver, holder) of two unmarked names with a word of the proxy between them ("Mme X a reporté son vote
    sur M. Y", not "M. Y remercie Mme X pour son vote") when the roll tells them apart: one listed away only,
    the other listed present; or the away one first and the other not on the roll (an office: "… sur M. le
    Maire"). Else None."""
    listed = [listed_as(m.group(), statuses) for m in mentions]
    away = [bool(s) and s <= AWAY for s in listed]
    for giver, holder in ((0, 1), (1, 0)):
        if away[giver] and ("présent" in listed[holder] or (not listed[holder] and giver == 0)):
            return mentions[giver], mentions[holder]
    return None


def _mark(text: Text, a: int, at: int) -> str | None:
    """"giver" or "holder" for the preposition just before a name at `at` (in a clause from `a`), else None."""
    before = max(a, at - 30)
    if text.find(pattern(_spec()["giver_mark"]["cue"]), before, at):
        return "giver"
    if text.find(pattern(_spec()["holder_mark"]["cue"]), before, at):
        return "holder"
    return None


def _marked(text: Text, a: int, b: int, mention: re.Match) -> str | None:
    """The mark of a name: its preposition before, else what it is chosen for after it ("pour le représenter")."""
    return _mark(text, a, mention.start()) or ("holder" if text.at(pattern(_spec()["holder_before"]["cue"]), mention.end(), b) else None)


def _agrees(text: Text, giver: Span, holder: Span, statuses: dict[str, set[str]], away_needed: bool, scoped: bool = False) -> bool:
    """Whether the roll's statuses allow the pair: the giver not listed present unless the proxy is `scoped` (for the
    points after a departure), and listed away when `away_needed` (a clause outside the lists); the holder not listed
    away alone."""
    given, held = (listed_as(text.raw[s.start:s.end], statuses) for s in (giver, holder))  # (an office: unknown)
    if ("présent" in given and not scoped) or (held and held <= AWAY):
        return False
    return bool(given & AWAY) or not away_needed
