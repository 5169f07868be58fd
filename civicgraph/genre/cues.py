"""The genre's cue lists (`ingest/genre/<lang>/*.yaml`), compiled for matching on folded text.

Cues are regular expressions over *folded* text (`civicgraph.text.spans.fold`: lower case, no
accents, one character for one, so a match's offsets are offsets into the original). An apostrophe
in a cue matches both ' and ’.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

import yaml

from civicgraph.genre.offices import with_offices
from civicgraph.text.proxy_words import with_proxy_words
from civicgraph.paths import data_dir
from civicgraph.text import lexicon, literals
from civicgraph.text.dates import MONTH_WORDS
from civicgraph.text.name_data import given_name, with_civilities
from civicgraph.text.spans import fold, refold

LANGUAGE = "fr"
# The layout profile the document being read matches (civicgraph.genre.profiles), if any: its
# overrides apply to every cue list read while it is active.
PROFILE: ContextVar = ContextVar("profile", default=None)


def load_yaml(path: Path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when installed


@cache
def _base(name: str, language: str) -> dict:
    return load_yaml(data_dir("ingest") / "genre" / language / f"{name}.yaml")


def cues(name: str, language: str = LANGUAGE) -> dict:
    """The cue file `ingest/genre/<language>/<name>.yaml`, with the active profile's overrides."""
    profile = PROFILE.get()
    if profile is None or name not in profile.overrides:
        return _base(name, language)
    return _overridden(name, language, profile)


@cache
def _overridden(name: str, language: str, profile) -> dict:
    return merge(_base(name, language), profile.overrides[name])


def merge(base, override):
    """`override` laid over `base`: mappings merge key by key; a key ending in "+" appends its list
    to the base's list of that name; anything else replaces."""
    if not (isinstance(base, dict) and isinstance(override, dict)):
        return override
    merged = dict(base)
    for key, value in override.items():
        if key.endswith("+"):
            merged[key[:-1]] = list(base.get(key[:-1], [])) + list(value)
        else:
            merged[key] = merge(base.get(key), value) if key in base else value
    return merged


def mode(name: str, default=None):
    """A field mode of the active profile ("zeros_are_blank"…), or `default`."""
    profile = PROFILE.get()
    return profile.modes.get(name, default) if profile else default


@cache
def pattern(cue: str, flags: int = 0) -> re.Pattern:
    """A cue compiled for folded text; "'" stands for either apostrophe (inside a character class
    too: "[^,']" excludes both), "{civility}" for any singular civility of `persons.yaml`
    ("m.", "mme", "monsieur", OCR's "mrne"…), "{civilities}" for these and the group ones, "{office}"
    for an office of `offices.yaml` ("1er vice-président"), "{ranked_office}" for a ranked one, "{giving}",
    "{given}", "{proxy_noun}", "{giving_alone}" and "{empowering}" for the words of a proxy (`text.proxy_words`)."""
    return re.compile(_apostrophes(with_proxy_words(with_offices(with_civilities(cue, folded=True), folded=True), folded=True)), flags)


def _apostrophes(cue: str) -> str:
    out, in_class, escaped = [], False, False
    for char in cue:
        if escaped:
            out.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "'":
            out.append("'’" if in_class else "['’]")
            continue
        out.append(char)
    return "".join(out)


def alternatives(cue_list: list[str]) -> re.Pattern:
    """Several cues as one pattern (the first that matches at a place wins); joined once per list
    (joining them again on each search cost more than the search)."""
    key = tuple(cue_list)  # the cues' own hashes, kept by the strings: no joining, no long hash
    known = _ALTERNATIVES.get(key)
    if known is None:
        known = _ALTERNATIVES[key] = pattern("|".join(f"(?:{c})" for c in cue_list))
    return known


_ALTERNATIVES: dict[tuple[str, ...], re.Pattern] = {}


DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[a-z]\.){3,}(?![a-z])")
DOTTED_PROBE = re.compile(r"\.[a-z]\.[a-z]\.")  # (a literal first: found at memchr speed, where the above tries every character)
MOJIBAKE_APOSTROPHE = re.compile(r"\?(?<=[a-z]\?)(?=[a-z])")


@dataclass(frozen=True)
class Text:
    """A document's text and its folded twin (same length): cues match the folded one, values are
    read from the original at the same offsets."""

    raw: str

    @classmethod
    def edited(cls, raw: str, before: str, folded: str) -> "Text":
        """`Text(raw)` for `raw` edited in place from `before`, whose fold is `folded` (the reader's
        view of a document): its fold made from `folded` where the two agree."""
        text = cls(raw)
        text.__dict__["plain_folded"] = refold(raw, before, folded)  # (`cached_property`'s own place)
        return text

    @cached_property
    def plain_folded(self) -> str:
        """`fold(raw)` alone, nothing repaired: sliced, what `civicgraph.text` folds for itself."""
        return fold(self.raw)

    @cached_property
    def folded(self) -> str:
        # Mojibake prints every accented letter as U+FFFD; "e" is the likeliest letter it hides,
        # enough for cues ("D\ufffdlib\ufffdre") to match. Values are still read from the raw text.
        # It also prints apostrophes as "?" ("l?Etat"): between two letters, read one. (The "?"
        # first, its letter before checked behind it: `re` skips from one "?" to the next instead
        # of trying the look-behind at every character, 30 times faster on a page.)
        # A dotted acronym ("S.I.V.O.M.") reads as the cues write it ("sivom"), padded to its length.
        return _repaired(self.plain_folded)

    def __len__(self) -> int:
        return len(self.raw)

    def find(self, cue: str | re.Pattern, start: int = 0, end: int | None = None) -> re.Match | None:
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return literals.search(compiled, self.folded, start, len(self.raw) if end is None else end)

    def finditer(self, cue: str | re.Pattern, start: int = 0, end: int | None = None):
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return literals.finditer(compiled, self.folded, start, len(self.raw) if end is None else end)

    def at(self, cue: str | re.Pattern, position: int, end: int | None = None) -> re.Match | None:
        """The cue matched exactly at `position`."""
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return compiled.match(self.folded, position, len(self.raw) if end is None else end)


def _repaired(plain_folded: str) -> str:
    repaired = MOJIBAKE_APOSTROPHE.sub("'", plain_folded.replace("\ufffd", "e"))
    if "·" in repaired:  # inclusive writing: "présent·es", "excusé·e·s" read as the plural the cues know
        repaired = INCLUSIVE.sub(lambda m: m.group().replace("·", "").ljust(len(m.group())), repaired)
    return DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", "").ljust(len(m.group())), repaired) if DOTTED_PROBE.search(repaired) else repaired


INCLUSIVE = re.compile(r"·e·s\b|·es\b|·e\b")


@lru_cache(maxsize=1 << 14)
def fold_piece(raw: str) -> str:
    """`Text(raw).folded` for a piece read on its own (a name, a note, a cell, an item's title):
    the same fold and repairs, without a `Text` and its cached properties to build (thousands a
    document; a name is folded again wherever the document writes it: roll call, votes, signature)."""
    return _repaired(fold(raw))


# Letters OCR prints for an "i", and the words the repair may restore: every word of five letters or
# more in the cue files (a text's own words, names included, are left alone unless one letter away).
OCR_FOR_I = "l1"
WORD = re.compile(r"[a-z1]{5,}")


# A date's day or year that OCR printed with a letter for a digit: "l2 novembre", "novembre 2Ol4".
OCR_DAY = re.compile(rf"(?<![\w])(?:(?=[\dlio]{{0,1}}\d)[\dlio]{{2}}|ll|lo)(?=\s+(?:{MONTH_WORDS})\b)")  # ("ll fevrier": 11, "lO fevrier": 10, the month says it)
OCR_YEAR = re.compile(rf"\b(?:{MONTH_WORDS})\s+(?P<y>(?=[\dlio]{{0,3}}\d)[\dlio]{{4}})(?!\w)")
DIGIT_FOR = str.maketrans("lIoO", "1100")
# A date in figures OCR printed with a letter for a figure: "18/O5/2O25", "l4/O6/2O25" (a day, a month, a year of
# this millennium or the last; `_numeric_dates` wants a letter in it and a day and month that can be).
OCR_NUMERIC_DATE = re.compile(r"(?<![\w/.])(?P<d>[\dlio]{1,2})/(?P<m>[\dlio]{1,2})/(?P<y>(?:[1l]9|2[0o])[\dlio]{2})(?![\w/])")
# A number OCR printed with a letter for a figure, standing alone: "Présents : l5", "l00 €", "2O"
# (`_figures` wants a figure and such a letter; a word's letters or a code's around it make it no
# number). The first character before the look-behind: `re` skips to the candidates.
OCR_FIGURES = re.compile(r"[\dlIoO](?<![\w'’.,/-].)[\dlIoO]{1,3}(?![\w'’]|[.,/-]\w)")
# A time whose hour or minutes OCR printed with letters, its hour's figures perhaps parted: "l l h 00",
# "1O h 3O" (on the folded text; `_times_repaired` wants a letter in it: figures alone are times already).
OCR_TIME = re.compile(r"(?<![\w.,:/])(?P<h>[0-2li](?: ?[0-9lio])?|[3-9])[ \t]*h[ \t]*(?P<m>[0-5ol][0-9ol])(?!\w)")  # ("9 h OO": one figure's hour too)
MONTH_WORD = re.compile(rf"(?:{MONTH_WORDS})\b")  # (a literal start: `re` skips to it, where the two above try every character)


def repair_ocr(text: str, folded: str | None = None) -> str:
    """`text` with OCR's "l" or "1" for "i" put right in each word one such letter away from a
    cue's word ("pouvolr" → "pouvoir", "DÉLIBÉRATlON" → "DÉLIBÉRATION"), a capital "I" for "l" inside
    a word in lower case ("miIle" → "mille") or after a given name's capital ("CIaire"), its letters for
    digits in a date's day or year ("l2 novembre 2Ol4" → "12 novembre 2014", "18/O5/2O25"), in a number standing
    alone ("Présents : l5", a field's "Présents : ll") and in an amount before its currency ("l 2OO,OO EUR"), an article misread ("sous 1a présidence", `ocr.yaml` misread_words), a
    figure zero among capitals ("C0MMUNE") or in a word ("M. 0livier"), a figure one in a word ("C1airval", "Isabe11e"), a small "l" among capitals ("VALBRUl") or opening a word before a consonant ("lsabelle"; "lre" is "1re"), and a first point's "l" ("l. Budget", "points l et 2"); same length, so offsets hold. `folded`: a fold of `text` (or of the text it was blanked from) when the caller has it."""
    folded = fold(text) if folded is None else folded
    text = _apostrophes_restored(_times_repaired(_dates_repaired(text, folded), folded), folded)
    text = repaired = _misread_words_restored(text)
    text = OCR_FIGURES.sub(_figures, text)
    text = CAPITAL_I_IN_WORD.sub("l", text)  # "deux miIle": OCR's capital "I" for "l" inside a word in lower case
    text = _ones_restored(text) if "1" in text else text  # "(C1airval)", "Pau1ine", "Isabe11e", "1evée"
    text = L_IN_CAPITALS.sub("I", L_IN_CAPITALS.sub("I", text))  # "COMMUNE DE VALBRUl"; twice: "SlGlDURS", each "l" the other's neighbour
    text = _cue_words_restored(text, fold(text) if text != repaired else folded)  # (first: a known word keeps its small letter, "syndicat lntercommunal"; folded again if a repair above changed a word: "assernb1ee")
    text = L_OPENING_WORD.sub("I", text)  # "Mme lsabelle FOURNEL", "L'lNCINERATION"
    text = I_AFTER_CAPITAL.sub(_given_name_restored, text)  # "Mme CIaire ROCHE"
    text = FIRST_FEMININE.sub("1", text)  # "lre adjointe"
    text = ZERO_IN_CAPITALS.sub("O", text) if "0" in text else text  # "C0MMUNE DE VAL-BRUN": a figure zero for an O among capitals
    text = ZERO_IN_WORD.sub(_letter_o, text) if "0" in text else text  # "M. 0livier", "l'0ffice", "Educati0n"
    text = POINT_ONE.sub(r"\g<1>1", text) if POINT_L.search(text) else text  # "l. Approbation du procès-verbal": the first point's figure
    text = LONE_L.sub(_point_one, text)  # "pour les points l et 2"
    text = NUMBERED_SERIES_OCR.sub(_runs_in_figures, NUMBERED_OCR.sub(_in_figures, text)) if "°" in text else text  # "DCM n° 2O21-4l", "n° 2O25-CA-Ol7"
    text = SERIES_INSIDE_OCR.sub(_runs_in_figures, text) if SERIES_INSIDE.search(text) or OCR_SEPARATED.search(text) else text  # "rapport 27-CP-O41", "délibération 2O27-O32"
    text = literals.sub(SERIES_OCR, _in_figures, text) if SERIES_SEPARATOR.search(text) else text  # "DEL2O21-O4l" (its look-behinds first: through its twin, 30 → 6 ms over reading.py's synthetic documents)
    text = DOTTED_SERIES_OCR.sub(_dotted_in_figures, text) if DOTTED_SERIES.search(text) else text  # "2O27.AP.lO.Ol"
    text = AMOUNT_OCR.sub(_in_figures, text) if "EUR" in text or "€" in text or "uro" in text else text  # "l 2OO,OO EUR"
    text = COUNT_ONES.sub(lambda m: m["word"] + m["n"].translate(DIGIT_FOR), text) if "ll" in text or "II" in text else text  # "presents ll"
    text = VOTE_ONE.sub(lambda m: m["word"] + "1", text)  # "contre l (M. X)"
    return FIELD_ONES.sub(_in_figures, text) if FIELD_COLON.search(text) else text  # "Présents : ll"


def _cue_words_restored(text: str, folded: str) -> str:
    """`text` with OCR's "l" or "1" for "i" put right in each word one such letter away from a cue's word
    ("pouvolr" → "pouvoir", "DÉLIBÉRATlON" → "DÉLIBÉRATION"; `ocr_variants`), and its "rn" for "m" ("egalernent"
    → "egalement ", `rn_variants`: the rest of the word moves left and a space ends it, so the text keeps its length)."""
    variants, doubled = ocr_variants(), rn_variants()
    words = set(WORD.findall(folded))
    if variants.keys().isdisjoint(words) and doubled.keys().isdisjoint(words):  # (most texts: known without a Python loop over their words)
        return text
    for found in WORD.finditer(folded):
        index, end = variants.get(found.group()), found.end()
        if index is not None and text[found.start() + index] in "lL1":  # (not blanked since)
            at = found.start() + index
            word = text[_word_start(text, at):end]
            upper = sum(c.isupper() for c in word) * 2 > len(word)  # "DÉLIBÉRATlON"
            text = text[:at] + ("I" if upper else "i") + text[at + 1:]
        for index in reversed(doubled.get(found.group(), ())):  # (the last first: the earlier ones' offsets hold)
            at = found.start() + index
            if text[at:at + 2] in ("rn", "RN"):
                text = text[:at] + ("M" if text[at] == "R" else "m") + text[at + 2:end] + " " + text[end:]
    return text


@cache
def _elisions(language: str = LANGUAGE) -> tuple[re.Pattern, re.Pattern, int]:
    """(an elided word then a space before a vowel, the same word with its apostrophe, the least
    count of losses) from `ocr.yaml`'s `lost_apostrophe`."""
    spec = cues("ocr", language)["lost_apostrophe"]
    words = "|".join(sorted(spec["elided"], key=len, reverse=True))
    lost = re.compile(rf"(?<![\w'’.-])(?:{words}) (?=[aeiouyh][a-z])")  # a word follows, not a spaced letter ("d u")
    kept = re.compile(rf"(?<![\w'’.-])(?:{words})['’](?=[aeiouyh])")
    return lost, kept, spec["min"]


def _given_name_restored(found: re.Match) -> str:
    """A word OCR printed with a capital "I" for its second letter, "l", when only so it is a given name."""
    written = found.group()
    restored = written[0] + "l" + written[2:]
    return restored if given_name(restored) and not given_name(written) else written


def _figures(found: re.Match) -> str:
    written = found.group()
    figures = written.translate(DIGIT_FOR)
    return figures if figures != written and not written.isalpha() else written


@cache
def _misread_words(language: str = LANGUAGE) -> tuple[re.Pattern, dict[str, str]]:
    """(one misreading standing alone before a word, {misreading: word}) from `ocr.yaml`'s
    `misread_words`."""
    words = cues("ocr", language)["misread_words"]["words"]
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w'’.-])(?:{alternation})(?=\s[^\W\d_]{{2}}|(?<=['’])[^\W\d_])"), words  # (a line may end after it: "le ler⏎octobre"; an elided one: "I'assemblée")


def _misread_words_restored(text: str) -> str:
    """`text` with "1a", "Ie"… standing alone before a word put right ("sous 1a présidence")."""
    found, words = _misread_words()
    return found.sub(lambda m: words[m.group()], text) if literals.search(found, text, 0, len(text)) else text  # (most texts: none, found fast)


def _apostrophes_restored(text: str, folded: str) -> str:
    """`text` with the apostrophes it lost put back ("s est réuni" → "s'est réuni", same length) when
    it shows the loss often and more often than it keeps them (`ocr.yaml`, `lost_apostrophe`)."""
    lost, kept, least = _elisions()
    spaces = [m.end() - 1 for m in literals.finditer(lost, folded, 0, len(folded))]
    if len(spaces) < least or len(spaces) <= len(kept.findall(folded)):
        return text
    chars = list(text)
    for at in spaces:
        chars[at] = "'"
    return "".join(chars)


# (The "I" first, the letters before it checked behind it: `re` skips to the capitals "I" instead of
# trying the look-behind at every character, 2 ms a page.)
ZERO_IN_CAPITALS = re.compile(r"0(?<=[A-ZÀ-Þ]0)(?=[A-ZÀ-Þ0]*[A-ZÀ-Þ](?![\w]))")  # in a word of capitals alone, not a code "D0A12" (the zero first: `re` skips to the figures)
CAPITAL_I_IN_WORD = re.compile(r"I(?<=[a-zà-ÿ]{2}I)(?=[a-zà-ÿ]{2})")
# A figure zero for an "o" in a word of letters: opening it before lower case ("0livier", "l'0ffice"), after
# its opening capital ("P0nt") or after two letters ("Educati0n", "Brev0"); not in a code or a hash ("9a0b",
# "D0A12"). The zero first: `re` skips to the figures.
ZERO_IN_WORD = re.compile(r"0(?:(?<=[^\W\d_]{2}0)(?=[a-zà-ÿ]|(?!\w))|(?<!\w0)(?=[a-zà-ÿ]{2})|(?<=(?<!\w)[A-ZÀ-Þ]0)(?=[a-zà-ÿ]{2}))")


# OCR's small "l" for a capital "I" in a word of capitals: "VALBRUl", "BOlS" (two capitals before it, none
# small after it; the "l" first: `re` skips to it).
L_IN_CAPITALS = re.compile(r"l(?<=[A-ZÀ-Þ]{2}l)(?![a-zà-ÿ0-9])|l(?<=[A-ZÀ-Þ]l)(?=[A-ZÀ-Þ][A-ZÀ-Þ0]|0[A-ZÀ-Þ])")  # "VALBRUl", "TROIS-RlVIERES", "GESTl0N"
# OCR's small "l" for a capital "I" opening a word, a consonant after it: no French word opens so
# ("lsabelle", "lngrid", "lrène"; "l'", "ll", "lh" left alone), or capitals ("L'lNCINERATION").
# OCR's capital "I" for the "l" after a given name's capital ("CIaire", "FIorence"): put right only where the word
# is no given name and becomes one (`text.name_data`), so that a Roman ordinal ("XIème") or a name stays.
I_AFTER_CAPITAL = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ]I[a-zà-ÿ]{2,}(?![\w'’])")
L_OPENING_WORD = re.compile(r"l(?<![\w'’]l)(?!res?\b)(?=[bcdfgjkmnpqrstvwxzç][a-zà-ÿ])|l(?<!\wl)(?=[A-ZÀ-Þ]{2})")
FIRST_FEMININE = re.compile(r"l(?<![\w'’]l)(?=res?\b)")  # OCR's "lre adjointe": "1re", the ordinal


# A figure one for an "l" inside a word, lower case after it: "C1airval", "Pau1ine", or one letter ending the word after
# two ("Miche1e", "genera1e"; not "B1a", "A12").
ONE_IN_WORD = re.compile(r"1(?<=[^\W\d_]1)(?:(?=[a-zà-ÿ]{2})|1(?=[a-zà-ÿ])|(?<=[^\W\d_]{2}1)(?=[a-zà-ÿ](?!\w)))")  # "C1airval", "Isabe11e"
# A figure one opening or ending a word of letters ("1evée", "Hote1", "consei1", "Chanta1"): an "l" when that makes a
# French word (`lexicon`) or a given name ("Lot1", "Annexe1" stay).
ONE_OPENING_WORD = re.compile(r"(?<![\w.,/])1(?P<rest>[a-zà-ÿ]{3,})(?!\w)")
ONE_ENDING_WORD = re.compile(r"(?<![\w.,/])(?P<rest>[^\W\d_]{3,})1(?!\w)")


def _ones_restored(text: str) -> str:
    """`text` with OCR's figure one for an "l" put right inside a word (`ONE_IN_WORD`), opening or ending one
    (`ONE_OPENING_WORD`, `ONE_ENDING_WORD`: "La séance est 1evée", "l'Hote1 de Ville"); same length."""
    text = ONE_IN_WORD.sub(lambda m: "l" * len(m.group()), text)
    words = lexicon.words(LANGUAGE)
    text = ONE_OPENING_WORD.sub(lambda m: ("l" if fold("l" + m["rest"]) in words else "1") + m["rest"], text)
    return ONE_ENDING_WORD.sub(lambda m: m["rest"] + ("l" if fold(m["rest"] + "l") in words or given_name(m["rest"] + "l") else "1"), text)


def _letter_o(found: re.Match) -> str:
    """The letter a `ZERO_IN_WORD` stands for: a capital where it opens a word."""
    return "o" if found.start() and found.string[found.start() - 1].isalpha() else "O"


# A point numbered "l" at a line's start or after "N°" ("l. Title", "l) Title", "l - TITLE", "AFFAIRE N° l -
# TITLE"), its title in capitals or capitalised: OCR's "l" for the figure one (French opens no line with a
# lone "l" and a full stop or a dash; an initial is a capital "L.").
POINT_ONE = re.compile(r"(?m)(^[ \t]*|[Nn] ?° ?|^[ \t]*(?i:point|question|affaire|dossier|r[ée]solution|d[ée]lib[ée]ration|rapport) )l(?=(?:[.)]| +[-–—:]) +[A-ZÀ-Þ])")  # ("POINT l - Approbation …")
POINT_L = re.compile(r"l(?=(?:[.)]| +[-–—:]) +[A-ZÀ-Þ])")  # (its "l" alone, which every match holds: `re` skips to the "l"s, where it tries `POINT_ONE` at every character)
# An act's number after "n°" with OCR's letters for figures ("n° 2O24-7l", "N° 2O23/ll"): a run of figures and
# such letters, a figure in it, parted by a dash or a slash.
NUMBERED_OCR = re.compile(r"(?<=°)[ \t]?(?=[\dlIoO]*\d)[\dlIoO]+(?:[-/][\dlIoO]+)+(?![\w])")
# The same with its series' letters inside: "n° 2O25-CA-Ol7" (each run with a figure made figures, the letters kept).
NUMBERED_SERIES_OCR = re.compile(r"(?<=°)[ \t]?(?=[\dlIoO]{0,3}\d)[\dlIoO]{4}[-/][A-Z]{1,4}[-/](?=[\dlIoO]{0,3}\d)[\dlIoO]+(?![\w])")
# The same in running text, a short year perhaps, the series' capitals between or none: "après le vote du rapport
# 27-CP-O41", "à partir de la délibération 2O27-O32" (runs of figures with a figure each; the gates first: `re` skips to
# the separators).
SERIES_INSIDE = re.compile(r"[-/][A-Z]{1,4}[-/]")
OCR_SEPARATED = re.compile(r"[-/](?:(?<=[lIoO][-/])|(?=[lIoO]))")  # a letter for a figure beside a separator
SERIES_INSIDE_OCR = re.compile(r"(?<![\w-])(?=[\dlIoO]{0,3}\d)[\dlIoO]{2,4}[-/](?:[A-Z]{1,4}[-/])?(?=[\dlIoO]{0,3}\d)[\dlIoO]{2,5}(?![\w-])")
# An act's number after its series' letters with OCR's letters for figures: "DEL2O25-O4l", "D2O26-O2l", "CS-2O26-l8",
# "CP 2O26-lO-Ol" (a figure in its run of four, then separators and more; the letters' run is the series, kept).
_SERIES_BEFORE = "|".join(rf"(?<=\b[A-Z]{{{n}}}[- ])" for n in range(1, 6))
SERIES_OCR = re.compile(r"(?:(?<=[A-Z])(?<![A-Z]{6})|" + _SERIES_BEFORE + r")(?=[\dlIoO]{0,3}\d)[\dlIoO]{4}(?:[-/][\dlIoO]+)+(?![\w])")
SERIES_SEPARATOR = re.compile(r"[-/](?<=[\dlIoO]{4}[-/])")  # (the separator every match holds, first: `re` skips to it)
# An amount with OCR's letters for figures, its currency after it: "l 2OO,OO EUR", "38 64O OOO,OO €" (a figure in it).
# (Its first character first, what stands before it checked behind it, and a figure ahead unless it is one: `re`
# skips to the candidates instead of trying the look-behind at every character.)
AMOUNT_OCR = re.compile(r"[\dlIoO](?<![\w'’.,].)(?:(?<=\d)|(?=[\dlIoO \u00a0]*\d))[\dlIoO]{0,2}(?:[ \u00a0][\dlIoO]{3})*(?:,[\doO]{2})?(?=[ \u00a0]?(?:€|EUR\b|[Ee]uros?\b))")
# A field's value of two or three "l", "I" or "O" alone after its colon, the first a one, at its line's end or before a
# dash: a count as OCR prints it ("Présents : ll", "Présents : lO", "Votants : lll – Pour : 9").
FIELD_ONES = re.compile(r"(?<=:[ \t])[lI][lIoO]{1,2}(?=[ \t]*(?:\n|$|[–—-]))")
FIELD_COLON = re.compile(r":[ \t][lI][lIoO]")  # (the colon first: `re` skips to it)
# The same after a count's word without a colon: "en exercice l5   presents ll   votants l4".
COUNT_ONES = re.compile(r"(?i)(?P<word>\b(?:pr[ée]sents|exercice|votants|repr[ée]sent[ée]s|absents|excus[ée]s)[ \t]+)(?P<n>[lI]{2,3})(?=[ \t]|\n|$)")
# A vote's count of one printed "l" after its word: "contre l (M. X)", "abstention l ;", "pour : l,".
VOTE_ONE = re.compile(r"(?i)(?P<word>\b(?:pour|contre|abstentions?)[ \t]*:?[ \t]+)(?P<n>l)(?=[ \t]*[(,;.)]|[ \t]*$)")
# An "l" first in a range of points ("pour les points l et 2", "questions l à 3"): the figure one.
# (The lone "l" first: `re` skips to it; the words before it are checked on a match only.)
LONE_L = re.compile(r"l(?<=\sl)(?=\s*(?:et|à|a|,)\s*\d)")
POINT_WORD_BEFORE = re.compile(r"\b(?:[Pp]oints?|[Qq]uestions?|[Rr]apports?|[Dd]ossiers?)\s+(?:n\s?°s?\s?)?$")


def _in_figures(found: re.Match) -> str:
    """A `NUMBERED_OCR`, `SERIES_OCR` or `AMOUNT_OCR` run, its letters made figures (its place says it is a number)."""
    return found.group().translate(DIGIT_FOR)


# An act's number in dotted parts, its year, its series' letters, then its figures, as OCR printed them: "2O27.AP.lO.Ol"
# (every part after the letters is figures: their place says it).
DOTTED_SERIES = re.compile(r"\.[A-Z]{1,4}\.")  # (the series between its dots, first: `re` skips to it)
DOTTED_SERIES_OCR = re.compile(r"(?<![\w.])(?P<y>(?=[\dlIoO]{0,3}\d)[\dlIoO]{4})\.(?P<s>[A-Z]{1,4})(?P<rest>(?:\.[\dlIoO]{1,3})+)(?![\w.])")


def _dotted_in_figures(found: re.Match) -> str:
    return f"{found['y'].translate(DIGIT_FOR)}.{found['s']}{found['rest'].translate(DIGIT_FOR)}"


def _runs_in_figures(found: re.Match) -> str:
    """A `NUMBERED_SERIES_OCR` run, the letters of its figures' runs made figures, its series' letters kept."""
    return OCR_RUN.sub(lambda run: run.group().translate(DIGIT_FOR), found.group())


OCR_RUN = re.compile(r"[\dlIoO]*\d[\dlIoO]*")


def _point_one(found: re.Match) -> str:
    """A `LONE_L` made "1" when a points' word stands before it ("points l et 2"), else kept."""
    return "1" if POINT_WORD_BEFORE.search(found.string, max(0, found.start() - 24), found.start()) else "l"


def _dates_repaired(text: str, folded: str) -> str:
    """`text` with the letters of a date's day or year made digits (`repair_ocr`)."""
    for start, end in _ocr_date_spans(folded):
        if not text[start:end].isdigit():
            text = text[:start] + text[start:end].translate(DIGIT_FOR) + text[end:]
    return text


def _times_repaired(text: str, folded: str) -> str:
    """`text` with the letters of a time's figures made digits, a parted hour's figures side by side
    and the space they held after them ("l l h 00" → "11  h 00", same length: `repair_ocr`)."""
    for found in literals.finditer(OCR_TIME, folded, 0, len(folded)):
        hour, minute = found.span("h"), found.span("m")
        if (folded[hour[0]:hour[1]] + folded[minute[0]:minute[1]]).isdigit():
            continue
        figures = text[hour[0]:hour[1]].translate(DIGIT_FOR).replace(" ", "")
        if not figures.isdigit() or int(figures) > 23:
            continue
        hour_text = figures.ljust(hour[1] - hour[0])
        text = text[:hour[0]] + hour_text + text[hour[1]:minute[0]] + text[minute[0]:minute[1]].translate(DIGIT_FOR) + text[minute[1]:]
    return text


def _ocr_date_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of `OCR_DAY`'s matches, then of `OCR_YEAR`'s "y" groups, in `folded`: each tried
    only at a month's word (both hold one), the day right before its white space. Exact: a day is
    two characters before white space, so days cannot overlap; a year's match is skipped when it
    would overlap the last one, as `finditer` does; then the dates in figures (`_numeric_dates`)."""
    days, years, after = [], [], 0
    for month in MONTH_WORD.finditer(folded):
        at = before = month.start()
        while before and folded[before - 1].isspace():  # (`\s`, as `re` reads it)
            before -= 1
        day = OCR_DAY.match(folded, before - 2) if 2 <= before < at else None
        if day:
            days.append(day.span())
        elif folded.endswith("l er", 0, before) and not folded[before - 5:before - 4].isalnum():
            days.append((before - 4, before - 3))  # "le l er octobre": a first day's "1" read "l", its "er" parted
        year = OCR_YEAR.match(folded, at) if at >= after else None
        if year:
            years.append(year.span("y"))
            after = year.end()
    return days + years + _numeric_dates(folded)


def _numeric_dates(folded: str) -> list[tuple[int, int]]:
    """The spans of `OCR_NUMERIC_DATE`'s matches with a letter in them whose day and month, made figures, can be."""
    if "/" not in folded:
        return []
    spans = []
    for found in OCR_NUMERIC_DATE.finditer(folded):
        day, month = (int(found[g].translate(DIGIT_FOR).replace("i", "1")) for g in ("d", "m"))
        if not found.group().replace("/", "").isdigit() and 1 <= day <= 31 and 1 <= month <= 12:
            spans.append(found.span())
    return spans


def _word_start(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isalnum():
        position -= 1
    return position


@cache
def cue_words(language: str = LANGUAGE) -> frozenset[str]:
    """The words of five letters or more that the cues of `language` spell out (not their examples,
    which quote documents, OCR errors included)."""
    words: set[str] = set()
    for path in (data_dir("ingest") / "genre" / language).glob("*.yaml"):
        for cue in _cue_strings(load_yaml(path)):
            words.update(re.findall(r"[a-z]{5,}", re.sub(r"\\[a-z]", " ", cue.lower())))  # "\\bpouvoir": no "bpouvoir"
    return frozenset(words)


def _cue_strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in _cue_strings(item)]
    if isinstance(node, dict):
        return [s for key, value in node.items() if "example" not in str(key) for s in _cue_strings(value)]
    return []


@cache
def rn_variants(language: str = LANGUAGE) -> dict[str, tuple[int, ...]]:
    """Each word of the language (its cues' words, `ocr.yaml` vocabulary and `civicgraph.text.lexicon`) with
    one "m", or each of two, printed "rn" by OCR, and where each "rn" starts: {"egalernent": (5,),
    "cornrnunes": (2, 4)}; not a word itself ("corne" is no "come"; `ocr.yaml` real_words)."""
    spec = cues("ocr", language)
    words = cue_words(language) | set(spec["real_words"]) | set(spec["vocabulary"]) | lexicon.words(language)
    variants = {}
    for word in words:
        if word.count("m") == 2:  # "cornrnunes": both, the second "rn" a letter further on
            first = word.index("m")
            second = word.index("m", first + 1)
            variants[word[:first] + "rn" + word[first + 1:second] + "rn" + word[second + 1:]] = (first, second + 1)
        at = word.find("m")
        while at >= 0:
            variants[word[:at] + "rn" + word[at + 1:]] = (at,)
            at = word.find("m", at + 1)
    return {variant: at for variant, at in variants.items() if variant not in words}


@cache
def ocr_variants(language: str = LANGUAGE) -> dict[str, int]:
    """Each cue word with one "i" printed "l" or "1", and where that letter is: {"pouvolr": 5};
    not the words `ocr.yaml` says French writes so ("envol" is no "envoi")."""
    words = cue_words(language) | set(cues("ocr", language)["real_words"])
    return {word[:i] + letter + word[i + 1:]: i for word in words for i, c in enumerate(word) if c == "i"
            for letter in OCR_FOR_I if word[:i] + letter + word[i + 1:] not in words}
