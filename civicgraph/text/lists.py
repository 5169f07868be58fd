"""Lists as documents write them: "A, B et C", "A - B - C", "A; B", one item a line, bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicgraph.text import literals
from civicgraph.text.name_data import GIVEN_WORD, UPPER, cues, fold, given_names, with_civilities
from civicgraph.text.proxy_words import with_proxy_words

SEPARATOR = re.compile(
    r"""\s*(?:
        [,;]\s*(?:et\s+|ainsi\s+que\s+)?  # "A, B" and "A, B, et C", "A, B, ainsi que C"
      | \s[-–—·]\s               # " - ", " · ": a hyphen inside a name ("Jean-Pierre") has no spaces
      | (?<!lieu)(?<!au\snom)(?!(?:(?<=[^\W\d_]\s\d)|(?<=[^\W\d_]\s\d\d))\set\s+\d)\set(?!\s+place\b|\s+(?:sign|dat)[ée]e?s?\b|\s+(?:celle|celui)\s+d|\s+[A-Z]{0,5}\d+[-/_.]\d)(?:\s|(?=[,;]))  # "A et B", the last separator of a French list;
                                 # "A et, le soir, B"; not "en lieu et place de", nor a scope's "n° 2026-031 et 2026-032", "résolutions 1 et 2" (but "n° 3, 5 et 9"),
                                 # nor a second proxy's "la voix de Mme X et celle de M. Z", nor "au nom et pour le compte de",
                                 # nor a proxy's "pouvoir écrit et signé"
      | \n\s*(?:[-–•*]\s+)?      # one item a line, with or without a bullet
      | (?:(?<=[^\W\d_]{2})|(?<=\)))\.[ \t]+(?={civility}\s)  # "M. X. Mme Y a donné pouvoir à …", "… (Val). Mme Y …": a sentence a member opens (not "M. Y" nor "J. Y")
      | (?<=\S)[ ]{2}(?={civility}\s)  # "Mme X  M. Y": two spaces before a civility, a mark glued to each name blanked ("X* M. Y*"; wider: a column's gap), `_gap`
      | (?<=\))[ ](?={civility}\s+[A-ZÀ-Þ])  # "M. X, Président (Val) Mme Y, 1re vice-présidente (Roche) M. Z": one a line, the line ends lost (a column's gap is a table's)
    )\s*""".replace("{civility}", with_civilities("(?:{civility})")),
    re.VERBOSE,
)
BULLET = re.compile(r"\s*(?:[-–•*]\s+)?")
BULLETED = re.compile(r"(?m)^[ \t]*[-–•*][ \t]+")


BRACKET = re.compile(r"[()\[\]]")


def _depths(text: str) -> list[int]:
    """Bracket depth at each character: separators inside "(…)" or "[…]" do not split. (A run of
    characters between two brackets shares one depth: filled at once, not a character at a time.)"""
    if "(" not in text and "[" not in text:
        return [0] * len(text)
    depths: list[int] = []
    depth = done = 0
    for bracket in BRACKET.finditer(text):
        depths += [depth] * (bracket.start() + 1 - done)  # up to the bracket, itself at the depth before it
        depth = max(0, depth + (1 if bracket.group() in "([" else -1))
        done = bracket.start() + 1
    depths += [depth] * (len(text) - done)
    return depths


def _trimmed(text: str, start: int, end: int, last: bool) -> tuple[int, int]:
    """The item's bounds without surrounding blanks, a leading bullet, or the list's final full stop."""
    start = BULLET.match(text, start, end).end()
    end = start + len(text[start:end].rstrip())
    if last and text[start:end].endswith("."):
        end = start + len(text[start : end - 1].rstrip())
    return start, end


INITIAL_AT_END = re.compile(r"\w\s+[A-ZÉÈ]\.$")


def split_bullets(text: str, offset: int = 0) -> list[tuple[str, int, int]] | None:
    """One item per bullet of a bulleted list (a line without a bullet continues the item above),
    as `split_list_spans` gives them; None when `text` has fewer than two bullets."""
    bullets = list(BULLETED.finditer(text))
    if len(bullets) < 2:
        return None
    items = []
    for index, bullet in enumerate(bullets):
        start, end = _trimmed(text, bullet.end(), bullets[index + 1].start() if index + 1 < len(bullets) else len(text), False)
        end = start + len(text[start:end].rstrip(" \t\n,;"))  # "- Mme X,": the list's separator
        if text[start:end].endswith(".") and not INITIAL_AT_END.search(text, start, end):
            end -= 1  # a sentence's full stop, not an initial's ("- Rose L. via Paul V.")
        if end > start:
            items.append((text[start:end], offset + start, offset + end))
    return items


def _gap(cut: re.Match) -> bool:
    """A cut that is white space alone, on one line: SEPARATOR's gap before a civility (not the one space after a
    bracket: "(Val) Mme Y", an item's end)."""
    return not cut.group().strip() and "\n" not in cut.group() and not (cut.group() == " " and cut.string[cut.start() - 1:cut.start()] == ")")


def split_list_spans(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Each item with its [start, end) offsets in `text` plus `offset`: text[start:end] == item.
    " - " separates items only in a list without commas or semicolons ("A - B - C")."""
    depths = _depths(text)
    cuts = [m for m in SEPARATOR.finditer(text) if depths[m.start()] == 0]
    if any(not _gap(m) and m.end() < len(text.rstrip()) for m in cuts):
        cuts = [m for m in cuts if not _gap(m)]  # a gap parts names only on a line of names with no other separator
    if any(m.group().strip()[:1] in (",", ";") for m in cuts):
        # Commas separate the items: " - " is a hyphen OCR spaced out ("ROCHE - LE BRUN Anne"), unless a
        # civility follows it ("M. X, Vice-Président, a donné pouvoir à Y - Mme Z a donné …").
        cuts = [m for m in cuts if m.group().strip() != "-" or "\n" in m.group() or cues().civility.match(text, m.end())]
    bulleted = len(BULLETED.findall(text)) >= 2
    bullet_below = lambda m: bool(BULLETED.match(text, m.start() + m.group().rfind("\n") + 1))  # noqa: E731
    cuts = [m for m in cuts if not ("\n" in m.group() and not (bulleted and bullet_below(m))  # a bullet opens an item, whatever ends the line above
                                    and (_name_wraps(text, m) or _family_wraps(text, m) or dangles(text, 0, m.start()) or _note_below(text, m)
                                         or NUMBER_BELOW.match(text, m.end()) or COLON_BELOW.match(text, m.end())))]
    if bulleted:  # in a bulleted list a line without a bullet continues its item (a comma at its end still parts two)
        cuts = [m for m in cuts if m.group().count("\n") != 1 or m.group().strip() or bullet_below(m)]
    bounds = zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(text)])
    items = []
    for index, (start, end) in enumerate(bounds):
        start, end = _trimmed(text, start, end, index == len(cuts))
        if end > start:
            items.append((text[start:end], offset + start, offset + end))
    return _comma_lost(items)


def one_member_a_line(text: str) -> bool:
    """Whether every line of a list of two lines or more opens on a civility, or goes on with a name the line above cut
    ("… a donné pouvoir à M. Serge⏎VALENTIN pour les points 1 et 2"), and no comma, semicolon or "et" inside a line
    comes before a civility: one member a line, whatever the line goes on to say (a proxy's scope, a note)."""
    lines = [line for line in _LINE.finditer(text.strip()) if line.group().strip()]
    if len(lines) < 2 or not all(cues().civility.match(BULLET.sub("", line.group(), count=1))
                                 or index and _name_wraps(text.strip(), _LINE_BREAK.match(text.strip(), lines[index - 1].end()))
                                 for index, line in enumerate(lines)) or any(dangles(text.strip(), 0, line.end()) for line in lines[:-1]):
        return False  # (a line ending on what needs a name goes on below: "… a laissé sa voix en dépôt chez⏎M. Y")
    return not any("\n" not in m.group() and cues().civility.match(text, m.end()) for m in SEPARATOR.finditer(text))


# A name cut by a line end: "M. Paul / DURAND", "M. DURAND / Paul" (a civility and one half
# of the name end the line, the other half opens the next).
_CAPS = rf"[{UPPER}][{UPPER}'’-]+"
_HALF_BEFORE = re.compile(with_civilities(r"(?:{civility}|\sà|\spar)\s+") + rf"(?:{GIVEN_WORD}|{_CAPS})$")  # (a holder's: "… pouvoir à Paul / ROCHE")
_HALF_AFTER = re.compile(rf"(?:(?:de|du|des|d['’]|le|la|van|von)\s*)*(?:{_CAPS}(?:[ \t]+{_CAPS}){{0,2}}|{GIVEN_WORD}(?:\s+{GIVEN_WORD})*)(?=\s*(?:[,;(.)]|$)|[ \t]+[a-zéèàâ]|[ \t]+[-–—][ \t])", re.M)  # "… / ZIMMER par Mme Y", "/ de La Vidalie", "/ DA COSTA", "/ ROCHE – Mme Y"


# A line that ends on a word that needs a name after it: "X représenté par / Y", "X donne pouvoir à / Y", "… sa voix en dépôt chez / Y",
# "X, en remplacement de / Y", "…, Mme / Laure X", "M. CLERC Jean- / Marie", or more words: "… à M. Y de la /
# représenter", "X et / Y", "X a donné / pouvoir à Y", "X a mandaté / M. Y", "X s'est fait / représenter", "… pouvoir en /
# faveur de Y" (the verbs after an auxiliary: `proxy_words`, accents or not; alone, only the present's, a participle
# ending an office: "maire délégué, / Mme Y"), a particle in capitals: "M. DE LA / VIDALIE Paul", "Mme Rose VAN DER /
# BRUN", a civility and an initial: "a désigné M. J. / CARON"; not an initial after a family name in capitals ("à M. CARON M. /").
DANGLING = re.compile(with_proxy_words(with_civilities(r"\s(?:par|à|chez|remplacement\s+de|suppl[ée]ante?\s+de|de\s+[lL][ae]|de|du|des|et|en|pour|(?<![A-ZÀ-Þ]{2}\s){civilities}(?:\s+[A-ZÀ-Þ](?:\.-?[A-ZÀ-Þ]){0,2}\.)?|→|->|=>|➡\ufe0f?"
                                      r"|le|la|les|un|une|son|sa|ses|leur|leurs|au|aux|quitte|quittent|rejoint|mandataire"
                                      r"|a|avait|avaient|ont|ayant|qui|(?:a|avait|ayant|qui\s+a)\s+(?:{giving}|{empowering})|{holding}|(?:donne|confie|remet|transmet)(?:\s+mandat)?|s['’]est\s+faite?|DE(?:\s+LA)?|DU|DES|LE|VAN(?:\s+DE[NR]?)?|VON(?:\s+DER)?|DA|DOS|DEL|DELLA|DI|EL|BEN|AL"
                                      r"|(?<=,\s)(?:pouvoir|procuration))[ \t]*$|(?<=[^\W\d_])-[ \t]*$")))
DANGLING_WIDTH = literals.solid_width(DANGLING)  # (a match ends where the text does: it starts at most this far back)


def dangles(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `text[start:end]` ends on what needs a name after it (`DANGLING`). A match ends at the
    end and holds at most `DANGLING_WIDTH` characters other than white space, so it is looked for only
    after the one more of them counted back from the end: searched from a list's start at each of its
    line ends, it made reading a list quadratic in its lines."""
    end = len(text) if end is None else end
    at = start if DANGLING_WIDTH is None else literals.solid_start(text, end, DANGLING_WIDTH + 1, start)
    if at == start and start:  # (the slice: a look-behind at its first character sees nothing before it)
        return bool(DANGLING.search(text[start:end]))
    return bool(DANGLING.search(text, at, end))


# A line that opens with a number's sign continues the item above: "…, pour les délibérations⏎n° 141 à 150".
# So does a line that opens with a word that needs the item above: "… a délégué son vote / à M. Y", "/ pour les points 3 à 7",
# "Mme X / pouvoir à M. Y", "Mme X / représentée par M. Y", "Mme X / donne pouvoir à M. Y", "… délégation / de vote à M. Y",
# "Mme X / excusée avec procuration à M. Y".
NUMBER_BELOW = re.compile(r"[Nn]\s*[°º]|[Nn]os?\s+\d|(?:à|au|aux|par|pour|puis)\s|jusqu['’]\s?"
                          r"|(?:pouvoir|procuration|mandat|d[ée]l[ée]gation\s+de\s+vote)(?:\s+(?:donn[ée]|confi[ée]|remis)e?)?\s+(?:à|a|au)\s|(?:donn[ée]|confi[ée]|remis)e?\s+(?:à|a|au)\s|repr[ée]sent[ée]e?\s+par\s"
                          r"|(?:(?:a|avait|ayant|qui\s+a)\s+)?(?:donné|donne|remis|confié|délégué)\s+(?:un\s+|son\s+|sa\s+)?(?:pouvoir|procuration|délégation|mandat)|de\s+vote\s+à\s|(?:excus[ée]e?s?|absente?s?)\s+(?:avec|et)\s")
COLON_BELOW = re.compile(r"[ \t]*:")  # a label's colon wrapped below it: "… ; BRUNMONT⏎: Mme X" is one item


def _note_below(text: str, cut: re.Match) -> bool:
    """A name's bracketed note wrapped onto the next line ("Mme X⏎(jusqu'à 18 h 10, …)"): a line
    opening with "(" and a word that opens such notes (`persons.yaml` `note_openers`), after a line that
    has no bracket of its own."""
    opening = fold(text[cut.end() + 1:cut.end() + 16]) if text.startswith("(", cut.end()) else ""
    return opening.startswith(cues().note_openers) and not text[:cut.start()].rstrip().endswith(")")


def _name_wraps(text: str, cut: re.Match) -> bool:
    before = text[max(0, cut.start() - 40):cut.start()]
    half = _HALF_BEFORE.search(before) or _given_alone(before)
    after = _HALF_AFTER.match(text, cut.end())
    if not (half and after):
        return False
    first, second = half.group().split()[-1], after.group()
    return first.isupper() != second.isupper() or (fold(first) in given_names() and fold(second) not in given_names())  # "Paul / Roche"


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LINE = re.compile(r"[^\n]+")


def wrapped_name_end(text: str, end: int) -> int:
    """Where a name that `end` cuts at its line's end goes on to on the next line ("… par Mme Anne⏎BRUN ;": after
    "BRUN", `_name_wraps`), or `end` itself when nothing of the name is below."""
    cut = _LINE_BREAK.match(text, end)
    return _HALF_AFTER.match(text, cut.end()).end() if cut and _name_wraps(text, cut) else end


_ITEM_GIVEN = re.compile(rf"(?:^|[,;:]\s*)({GIVEN_WORD})[ \t]*$")


_FAMILY_AT_LINE_END = re.compile(rf"(?:^|(?<=[\s,]))(?:{_CAPS})$")
_GIVEN_OPENING = re.compile(rf"({GIVEN_WORD})(?=\s*(?:[,;.()]|$)|[ \t]+[a-zéèàâ])", re.M)  # (its commune in brackets after it: "Paul (Val)")


def _family_wraps(text: str, cut: re.Match) -> bool:
    """A "NOM Prénom" cut by a line end in a list of commas: "…, ROCHE⏎Paul remplacé par …", "sa
    suppléante LYS⏎Rose,", "; ROCHE⏎Paul (Val) ;" (the family name in capitals ends the line, a given name the list
    of given names knows opens the next)."""
    if cut.group().strip():  # a comma or a bullet cuts there, not the line end alone
        return False
    family = _FAMILY_AT_LINE_END.search(text, max(0, cut.start() - 40), cut.start())
    given = _GIVEN_OPENING.match(text, cut.end())
    return bool(family and given and fold(given.group(1)) in given_names())


def _given_alone(before: str) -> re.Match | None:
    """An item that is a given name alone at a line's end, in a list without civilities: "…, Nathalie /
    CHARBONNIER (pouvoir à …)" (the given-name list tells it from a family name)."""
    found = _ITEM_GIVEN.search(before)
    return found if found and fold(found.group(1)) in given_names() else None


# "NOM I." as roll calls print it: "LAUGIER JM.", "LE GALL-KERVELLA R.", "CORRE J.-Y." (a list's
# last dot may have been trimmed off).
_FAMILY = r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*"
_INITIALS = r"[A-Z]{1,2}\.(?:-?[A-Z]\.?)?"
INITIALLED = re.compile(rf"{_FAMILY}\s{_INITIALS}")
TWO_INITIALLED = re.compile(rf"({_FAMILY}\s{_INITIALS})\s+({_FAMILY}\s[A-Z]{{1,2}}\.?(?:-?[A-Z]\.?)?)")


def _comma_lost(items: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """In a list of "NOM I." items, one that holds two of them lost its comma: "CASTELLAN T. BARBERO M."."""
    if sum(1 for item, _, _ in items if INITIALLED.fullmatch(item)) < 3:
        return items
    out = []
    for item, start, end in items:
        pair = TWO_INITIALLED.fullmatch(item)
        if pair:
            out += [(pair[1], start, start + pair.end(1)), (pair[2], start + pair.start(2), end)]
        else:
            out.append((item, start, end))
    return out


def split_list(text: str) -> list[str]:
    """The items of a list written in prose or one a line, stripped, empty ones dropped."""
    return [item for item, _, _ in split_list_spans(text)]


# --- roll calls --------------------------------------------------------------------------------
# A roll call is a list of persons as minutes print it (GENRE.md §2.3): civilities start items even
# without a comma ("M. CAUSSE Henri Mme ROUQUETTE Élise"), a group civility covers the names after it
# ("MM. BOCHER Alain, CADORET Jean-Yves"), " - " joins a name's parts when commas separate the items,
# bracketed notes and lower-case tails are annotations ("(à partir du point 3)", "représentée par
# …"), and a commune label before a colon ("Corbel : M. Vial Régis") applies to the names after it.


@dataclass(frozen=True)
class Piece:
    """A passage: text[start:end] == text, offsets in the caller's text (with `offset` added)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RollItem:
    """One person of a roll call. `name`: the name as written, with its own civility ("M. Vial
    Régis"), to give to `parse_person_name`; `civility`: the civility that applies (its own, or the
    group's: "MM."), "" when none; `annotations`: bracket contents ("pouvoir à S. CAMATTE") and
    lower-case tails ("suppléante de M. Chabert Denis"), in order; `label`: the commune label the
    name sits under, if any."""

    name: Piece
    civility: str = ""
    annotations: tuple[Piece, ...] = ()
    label: Piece | None = None


ROLL_SEPARATOR = re.compile(r"[,;]\s*(?:et\s+)?|\s+et\s+|\s*\n\s*(?:[-•*✓]\s+)?|\s+[–—]\s+|^\s*[-•*✓]\s+")
SPACED_HYPHEN = re.compile(r"\s+-\s+")
LABEL_COLON = re.compile(r"\s*:(?=\s|$)")
TOKEN = re.compile(r"\S+")
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
# A note without the punctuation and brackets around it.
NOTE_TEXT = re.compile(r"[^\s,;:.\-–()\[\]](?:.*[^\s,;:\-–(\[])?", re.DOTALL)
# A civility is followed by a name or a colon; "BARBERO M." ends with an initial, not a civility.
CIVILITY_THEN_NAME = re.compile(r"\s*(?::|[^\W\d_]*[^\W\d_a-z])")


def roll_call(text: str, offset: int = 0, order: str | None = None) -> list[RollItem]:
    """The persons of a roll-call passage (what follows "Présents :"), in order, with exact offsets.

    `order` (GIVEN_FIRST / FAMILY_FIRST) is voted over the passage by `list_order` when not given;
    it tells where one name ends when nothing separates two ("Thibault LECOQ Sarah BENHAMOU") and
    where a name ends before a commune label. A label followed by nobody yields nothing. Never
    raises; every Piece quotes the text."""
    from civicgraph.text.names import list_order

    depths = _depths(text)
    civilities = [m for m in cues().civility.finditer(text) if depths[m.start()] == 0 and CIVILITY_THEN_NAME.match(text, m.end())]
    segments = _segments(text, depths, civilities)
    order = order or list_order(text[s:e] for s, e in segments)
    reader = _RollReader(text, depths, offset, order, {m.start(): m for m in civilities})
    for start, end in segments:
        reader.segment(start, end)
    return reader.items


def _segments(text: str, depths: list[int], civilities: list[re.Match]) -> list[tuple[int, int]]:
    """[start, end) of the parts between separators, and before each civility that follows a name."""
    inside = {i for m in civilities for i in range(m.start(), m.end())}
    separators = [ROLL_SEPARATOR]
    if not any(c in ",;" for c, d in zip(text, depths) if d == 0):
        separators.append(SPACED_HYPHEN)  # no comma: " - " separates ("A - B - C")
    cuts = sorted(
        (m.start(), m.end()) for pattern in separators for m in pattern.finditer(text)
        if m.end() > m.start() and depths[m.start()] == 0 and m.start() not in inside
    )
    cuts += [(m.start(), m.start()) for m in civilities if _follows_a_name(text, m.start())]
    cuts.sort()
    segments, position = [], 0
    for start, end in cuts:
        if start >= position:
            segments.append((position, start))
            position = end
    segments.append((position, len(text)))
    return [(s, e) for s, e in segments if text[s:e].strip()]


def _follows_a_name(text: str, position: int) -> bool:
    """A civility starts a new item after a name or a label, not after "par", "à", "de" (a proxy)."""
    before = text[max(0, position - 100) : position].rstrip()
    if not before:
        return False
    last = before.split()[-1]
    return last.endswith((":", ")")) or last[0].isupper()


class _RollReader:
    def __init__(self, text: str, depths: list[int], offset: int, order: str, civilities: dict[int, re.Match]):
        self.text, self.depths, self.offset, self.order, self.civilities = text, depths, offset, order, civilities
        self.items: list[RollItem] = []
        # positions inside a civility of several words ("Mesdames et Messieurs")
        self.inside_civility = {i for m in civilities.values() for i in range(m.start() + 1, m.end())}
        self.group = ""  # the plural civility in force
        self.label: Piece | None = None

    def piece(self, start: int, end: int) -> Piece:
        return Piece(self.text[start:end], self.offset + start, self.offset + end)

    def segment(self, start: int, end: int) -> None:
        colons = [m for m in LABEL_COLON.finditer(self.text, start, end) if self.depths[m.start()] == 0]
        for colon in colons:
            self.labelled(start, colon.start())
            start = colon.end()
        self.names(start, end)

    def labelled(self, start: int, end: int) -> None:
        """A part before a colon: a label, a group civility, or names then a label."""
        tokens = self.tokens(start, end)
        if not tokens:
            return
        civility = self.civility_at(tokens[0].start())
        if civility and civility.end() >= tokens[-1].end():
            self.set_civility(civility.group("civ"))
            return
        name_end = self.name_end_before_label(tokens, civility)
        if name_end is not None:
            self.names(start, name_end)
            label = [t for t in tokens if t.start() >= name_end]
        else:
            label = tokens
        self.label = self.piece(label[0].start(), label[-1].end()) if label else self.label

    def name_end_before_label(self, tokens: list[re.Match], civility: re.Match | None) -> int | None:
        """Where the name ends in "M. Vial Régis Entre-deux-Guiers": the list's order says which
        word closes a name (a given name in "Nom Prénom" lists, capitals in "Prénom NOM" lists)."""
        from civicgraph.text.names import FAMILY_FIRST, _is_upper, is_given_name, parse_person_name

        words = [t for t in tokens if civility is None or t.start() >= civility.end()]
        fits = [k for k in range(1, len(words)) if words[k].group()[0].isupper()
                and parse_person_name(self.text[tokens[0].start() : words[k - 1].end()], self.order)]
        if self.order == FAMILY_FIRST:
            closing = [k for k in fits if is_given_name(words[k - 1].group())]
        else:
            closing = [k for k in fits if _is_upper(words[k - 1].group())][-1:]
        chosen = (closing or fits)[:1]
        if chosen:
            return words[chosen[0] - 1].end()
        return tokens[-1].end() if civility else None

    def names(self, start: int, end: int) -> None:
        """The names of one part, with their annotations; a part in lower case annotates the last item."""
        tokens = self.tokens(start, end)
        while tokens:
            if tokens[0].group()[0].islower():
                self.annotate(tokens[0].start(), tokens[-1].end())
                return
            run = self.name_run(tokens)
            for first, last in self.split_run(run):
                self.add_item(first.start(), last.end())
            tokens = tokens[len(run) :]
            notes = self.bracketed(tokens)
            if notes:
                self.annotate(tokens[0].start(), tokens[notes - 1].end())
                tokens = tokens[notes:]
            elif not run:
                self.annotate(tokens[0].start(), tokens[-1].end())
                return

    def bracketed(self, tokens: list[re.Match]) -> int:
        """How many leading tokens a bracketed note takes ("(à partir du point 3)")."""
        if not tokens or tokens[0].group()[0] not in "([":
            return 0
        for index, token in enumerate(tokens):
            if token.end() >= len(self.depths) or self.depths[token.end()] == 0:
                return index + 1
        return len(tokens)

    def name_run(self, tokens: list[re.Match]) -> list[re.Match]:
        """The leading tokens that make names: civilities, capitalised words, capitals, initials,
        particles before a name word, a spaced hyphen between name words, OCR fragments."""
        from civicgraph.text.names import is_given_name

        particles = cues().particles
        run: list[re.Match] = []
        for index, token in enumerate(tokens):
            word, following = token.group(), tokens[index + 1].group() if index + 1 < len(tokens) else ""
            if self.depths[token.start()] or word[0] in "([":
                break
            if self.civility_at(token.start()) or (run and self.civility_covers(run[-1], token)):
                run.append(token)
            elif word[0].isupper() and NAME_WORD.fullmatch(word):
                run.append(token)
            elif word == "-" and run and following[:1].isupper():
                run.append(token)
            elif fold(word) in particles and following[:1].isupper():
                run.append(token)
            elif run and min(len(word), len(run[-1].group())) <= 2 and word.isalpha() and is_given_name(run[-1].group() + word):
                run.append(token)  # "Frédéri c"
            else:
                break
        while run and run[-1].group() == "-":
            run.pop()
        return run

    def split_run(self, run: list[re.Match]) -> list[tuple[re.Match, re.Match]]:
        """Names glued without separator, cut where the case changes the list's way: "Thibault LECOQ
        Sarah BENHAMOU" (Prénom NOM), "CAYLA Jean-Pierre ALAUX Brigitte", "CASTELLAN T. BARBERO M."."""
        from civicgraph.text.names import FAMILY_FIRST, _kind

        if not run:
            return []
        kinds = ["-" if t.group() == "-" else "c" if self.civility_at(t.start()) or self.civility_covers_token(t) else _kind(t.group()) for t in run]
        family_first = self.order == FAMILY_FIRST
        cuts = {("m", "U"), ("I", "U")} if family_first else {("U", "m"), ("U", "I")}
        pieces, first = [], 0
        for i in range(1, len(run)):
            pair = (kinds[i - 1], kinds[i])
            if pair in cuts and (pair != ("U", "I") or i + 1 < len(run) and kinds[i + 1] == "U"):
                pieces.append((run[first], run[i - 1]))
                first = i
        pieces.append((run[first], run[-1]))
        return pieces

    def add_item(self, start: int, end: int) -> None:
        civility = self.civility_at(start)
        if civility:
            self.set_civility(civility.group("civ"))
            if civility.end() >= end:
                return  # a civility alone: "MM." before the names
        own = civility.group("civ") if civility else ""
        self.items.append(RollItem(self.piece(start, end), own or self.group, (), self.label))

    def annotate(self, start: int, end: int) -> None:
        """Bracket contents and other text after a name, as the last item's annotations."""
        if not self.items or end <= start:
            return
        notes, position = [], start
        for match in BRACKETED.finditer(self.text[start:end]):
            notes.append(self._note(position, start + match.start()))
            notes.append(self._note(start + match.start(1), start + match.end(1)))
            position = start + match.end()
        notes.append(self._note(position, end))
        last = self.items[-1]
        kept = tuple(n for n in notes if n is not None)
        self.items[-1] = RollItem(last.name, last.civility, last.annotations + kept, last.label)

    def _note(self, start: int, end: int) -> Piece | None:
        inner = NOTE_TEXT.search(self.text, start, end)
        return self.piece(inner.start(), inner.end()) if inner else None

    def set_civility(self, form: str) -> None:
        from civicgraph.text.name_data import civility_of

        civility = civility_of(form)
        self.group = form if civility and civility.plural else ""

    def tokens(self, start: int, end: int) -> list[re.Match]:
        tokens = list(TOKEN.finditer(self.text, start, end))
        if tokens and tokens[-1].end() == len(self.text) and tokens[-1].group().endswith("."):
            word = tokens[-1].group()
            if len(word) > 3 and not word[-3:-1].isupper():  # the list's full stop, not an initial's dot
                tokens[-1] = TOKEN.match(self.text[: tokens[-1].end() - 1], tokens[-1].start())
        return [t for t in tokens if t is not None]

    def civility_at(self, position: int) -> re.Match | None:
        return self.civilities.get(position)

    def civility_covers(self, previous: re.Match, token: re.Match) -> bool:
        return self.civility_covers_token(token)

    def civility_covers_token(self, token: re.Match) -> bool:
        """A token inside a civility of several words ("Mesdames et Messieurs")."""
        return token.start() in self.inside_civility
