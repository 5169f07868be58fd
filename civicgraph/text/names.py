"""Person names as French minutes write them, their display label and identity key, and slugs for IRIs.

Forms read (GENRE.md §2.3, §3): "Prénom NOM", "NOM Prénom", mixed-case "Nom Prénom" (decided with the
given-name list and the document's list order), civilities, surname only ("M. BOURDAIS"), initials in
both orders ("SICARD B.", "S. CAMATTE", "LAUGIER JM."), particles ("MILLET DE SAINT-AUBIN",
"N'GUESSAN", "Le Guen"), compound given names without hyphen ("Jean Louis", "JeanPierre"), and OCR
damage (spaced hyphens "LE DORZE - JÉGO", letters split off "Frédéri c", "C0STE"). Places, rooms,
communes, organisations, bare roles and table headers are never persons. The cue words are data:
`ingest/genre/fr/persons.yaml`; the given names: `ingest/reference/prenoms.csv.gz`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from civicgraph.text.name_data import GIVEN_WORD, UPPER, Civility, civility_of, cues, fold, given_name

GIVEN_FIRST, FAMILY_FIRST = "given-first", "family-first"
# A list that writes every name as an initial and the family name ("P. ROCHE, A. BRUN, M. CARON"):
# given first, and its "M." is the initial of a given name, not "Monsieur".
INITIALS_FIRST = "initials-first"
INITIALS_LEAST = 3  # names with another initial that make a list's manner (two could be chance)
# Letters (any script), apostrophes, hyphens, dots of initials: anything else is not a name.
NAME_TEXT = re.compile(r"^[^\W\d_]+(?:(?:[-'’. ]+|(?<![^\W\d_]{2})/(?=[A-ZÀ-Þ]{2}))[^\W\d_]+)*\.?$")  # (a capital's slash: Réunion's "K/BIDI")
INITIAL = re.compile(r"[^\W\d_]{1,2}\.|(?:[^\W\d_]\.-?){1,3}|[^\W\d_]-[^\W\d_]\.|[^\W\d_]")  # "Ch.", "J.-Y.", "J-Y.", "J"
SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])(?:\s+-\s*|\s*-\s+)(?=[^\W\d_])")
FINAL_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")
GLUED = re.compile(r"([^\W\d_][^\W\d_A-Z]+)([A-ZÀ-Þ][^\W\d_A-Z]+)")
INITIALS_BLOCK = re.compile(r"(I+)([^I]+)|([^I]+)(I+)")
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def strip_accents(text: str) -> str:
    """`text` without its diacritics ("Renié" → "Renie"), otherwise unchanged."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """An IRI path segment: ASCII, lower case, [a-z0-9] words joined by single dashes. Idempotent."""
    # casefold before decomposing: "ß" and "SS" meet as "ss", "ﬁ" becomes "fi" (NFKD).
    plain = strip_accents(unicodedata.normalize("NFKD", text.casefold().translate(LIGATURES)))
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")


@dataclass(frozen=True)
class PersonName:
    """A person's name. `given` and `family` as written (a given name in capitals is capitalised,
    OCR damage repaired); `initials`: the upper-case letters of a given name printed abbreviated
    ("JM" for "LAUGIER JM."), then `given` is ""; both empty for a surname alone ("M. BOURDAIS").
    `civility` (as written) and `gender` ("F", "M" or "") describe the mention, not the name: they
    take no part in equality."""

    given: str
    family: str
    initials: str = ""
    civility: str = field(default="", compare=False)
    gender: str = field(default="", compare=False)
    usage: str = ""  # a married or birth name as written after the name: "épse CONNOR", "née DUPONT"

    @cached_property  # (asked for every time a name is looked up: computed once per name)
    def label(self) -> str:
        """"Anne-Laure STANISLAS", "J.M. LAUGIER", "BOURDAIS", "Marie RICHARDSON épse CONNOR": the
        family name in capitals, as French documents print it."""
        if self.given:
            written = f"{self.given} {self.family.upper()}"
        elif self.initials:
            written = f"{'.'.join(self.initials)}. {self.family.upper()}"
        else:
            written = self.family.upper()
        return f"{written} {self.usage}" if self.usage else written

    @cached_property
    def key(self) -> str:
        """Identity key, blind to accents and case: "Stanislas RENIÉ" and "stanislas renie" meet."""
        return slug(f"{self.given or self.initials} {self.family} {self.usage}")

    @property
    def surname_only(self) -> bool:
        return not self.given and not self.initials

    @property
    def given_initials(self) -> str:
        """The initials of the given name: "JM" for "Jean-Marc" or "Jean Marc", or `initials`."""
        if not self.given:
            return self.initials
        return "".join(part[0].upper() for part in re.split(r"[-\s]+", self.given) if part)


@lru_cache(maxsize=1 << 16)  # names repeat (roll call, proxies, votes, signature; the same council's documents): parsed once
def parse_person_name(text: str, order: str | None = None, *, surname_only: bool = False) -> PersonName | None:
    """The person named by `text` (one name, optionally after a civility), or None when it is not
    plausibly a person's name (a place, an organisation, a role, a header, digits, brackets, more
    than six words, a given name alone).

    `order` (GIVEN_FIRST or FAMILY_FIRST, from `list_order` over the document's list) decides
    names the capitals and the given-name list leave open ("M. Pascal Hugo"). A surname alone
    ("M. BOURDAIS", "LE MEUR") is a name only with `surname_only=True`: callers that can resolve it
    against the document's full names say so (`civicgraph.text.same_person`)."""
    usage = cues().usage_name.search(text)
    named = usage and parse_person_name(text[:usage.start()], order, surname_only=surname_only)
    if named:  # "Marie-Louise RICHARDSON épse CONNOR": the name, then the married or birth name it also bears
        return replace(named, usage=" ".join(usage["joined"].split()))
    initials = order == INITIALS_FIRST
    civility, words = _words(text, initials)
    order = GIVEN_FIRST if initials else order
    if words is None or not _plausible(words):
        return None
    gender = civility.gender if civility else ""
    name = _split(words, order, bool(civility), surname_only)
    if name is None:
        return None
    given, family, initials = name
    return PersonName(given, family, initials, civility.form if civility else "", gender)



def family_key(written: str, order: str | None = None) -> str | None:
    """The folded family name `written` gives ("M. Paul ROCHE", "M. ROCHE Paul", "M. ROCHE" all "roche"),
    or None when it names no person (an office, a place): the key by which a roll's entries and proxies meet."""
    name = parse_person_name(written, order, surname_only=True)
    return fold(name.family) if name else None

def list_order(items: Iterable[str]) -> str:
    """GIVEN_FIRST or FAMILY_FIRST: how the names of one list are written, by a vote of its items
    (capitals first, then a known given name at one end only); GIVEN_FIRST on a tie. A list is
    written one way throughout (GENRE.md §2.3). INITIALS_FIRST when at least `INITIALS_LEAST` names
    and most of them are an initial then a family name and no name has a civility other than "M."
    (which such a list writes for Marc or Marie)."""
    votes = {GIVEN_FIRST: 0, FAMILY_FIRST: 0}
    initialled = named = 0
    civil = False  # a "Mme", "Monsieur": the list writes civilities, so its "M." is one
    for item in items:
        civility, words = _words(item)
        civil = civil or bool(civility and not _initial_like(civility))
        side = _orientation(words) if words else None
        if side:
            votes[side] += 1
        named += bool(words)
        initialled += bool(words) and not civility and len(words) >= 2 and _kind(words[0]) == "I" and _kind(words[1]) == "U"
    if not civil and initialled >= INITIALS_LEAST and 2 * initialled > named:
        return INITIALS_FIRST
    return FAMILY_FIRST if votes[FAMILY_FIRST] > votes[GIVEN_FIRST] else GIVEN_FIRST


def _initial_like(civility: Civility) -> bool:
    """Whether a civility as written could be a given name's initial: "M." (Marc), not "Mme"."""
    return len(civility.form.rstrip(".")) == 1


def is_given_name(word: str) -> bool:
    """Whether `word` (any case or accents) is a French given name common enough to decide an order."""
    return given_name(word) is not None


_FAMILY = rf"[{UPPER}][{UPPER}'’-]+(?:[ \t]+[{UPPER}][{UPPER}'’-]+)*"
# A name written without civility, its family name in capitals: "Luc PETIT", "LE GALL Morgane".
BARE_NAME = rf"(?<![\w'’])(?:{GIVEN_WORD}[ \t]+{_FAMILY}|{_FAMILY}[ \t]+{GIVEN_WORD})"
BARE_NAME_AT_END = re.compile(BARE_NAME + r"$")


def bare_name_ending(text: str) -> re.Match | None:
    """The name without civility that ends `text` ("après le point 4, OZON Denis" → "OZON Denis"), when its
    given name is on the list (so "Le MAIRE" is none), else None."""
    found = BARE_NAME_AT_END.search(text)
    given = found and next(w for w in found.group().split() if not _is_upper(w))
    return found if given and is_given_name(given) else None


# --- reading the words -------------------------------------------------------------------------


ARTICLE = re.compile(r"(?i:le\s+|la\s+|l['’]\s*)")  # ("l'Adjudant-chef Y")


@lru_cache(maxsize=1 << 14)
def _words(text: str, initials: bool = False) -> tuple[Civility | None, tuple[str, ...] | None]:
    """(civility or None, repaired words), or (civility, None) when `text` is not name-shaped.
    With `initials` (a list written INITIALS_FIRST), "M." stays a word: an initial."""
    cleaned = " ".join(text.replace("*", " ").split()).strip(" ,;:")
    civility = None
    found = cues().civility.match(cleaned)
    if found and initials and _initial_like(civility_of(found.group("civ"))):
        found = None
    if found:
        civility = civility_of(found.group("civ"))
        cleaned = cleaned[found.end() :].strip(" ,;:")
    titled = ARTICLE.match(cleaned)
    title = titled and cues().civility.match(cleaned, titled.end())
    if title:  # "M. le Dr Philippe X", "le Colonel Anne Y": a title after its article, then the name
        civility = civility or civility_of(title.group("civ"))
        cleaned = cleaned[title.end() :].strip(" ,;:")
    cleaned = SPACED_HYPHEN.sub("-", cleaned)  # "LE DORZE - JÉGO"
    words = [_ocr_repaired(w) for w in cleaned.split()]
    if words and not INITIAL.fullmatch(words[-1]):
        words[-1] = FINAL_STOP.sub("", words[-1])  # a full stop, not an initial's dot
    if not words or len(words) > 6 or not NAME_TEXT.match(" ".join(words)):
        return civility, None
    return civility, tuple(_glued_given_names(_joined_fragments(words)))


def _ocr_repaired(word: str) -> str:
    # OCR reads O as 0 and I as l in capitals ("L0RIOT", "PlNSON"): only inside a word otherwise
    # made of capitals.
    repaired = OCR_L.sub("I", word.replace("0", "O"))
    if repaired != word and len(re.sub(r"[0l]", "", word)) >= 2 and repaired.isalpha() and repaired.isupper():
        return repaired
    lower = OCR_ONE.sub("l", word)  # and l as 1 in a word in lower case ("Pau1ine", "Hé1ène")
    return lower if lower != word and lower.isalpha() else word


OCR_L = re.compile(r"(?<=[A-ZÉÈ])l(?=[A-ZÉÈ])")
OCR_ONE = re.compile(r"(?<=[^\W\d_])1(?=[a-zà-ÿ])")  # "Pau1ine": a figure one inside a lower-case word


def _joined_fragments(words: list[str]) -> list[str]:
    """Letters OCR split off a given name joined back: "Frédéri c", "S téphane", "Y ves". Two pieces
    are joined only when the second starts in lower case or the first is one letter (not "FA DI"),
    one has at most two letters and is no given name itself, and the joined word is a known given
    name more often given than the longer piece ("Frédéri" is one, rarely)."""
    out: list[str] = []
    for word in words:
        split_off = bool(out) and (word[0].islower() or len(out[-1]) == 1)
        if split_off and min(len(out[-1]), len(word)) <= 2 and "." not in out[-1] + word:
            short, long = sorted((out[-1], word), key=len)
            joined, alone = given_name(out[-1] + word), given_name(long)
            if joined and not given_name(short) and (alone is None or joined.rank < alone.rank):
                out[-1] += word
                continue
        out.append(word)
    return out


def _glued_given_names(words: list[str]) -> list[str]:
    """Compound given names whose hyphen was lost by gluing ("JeanPierre" → "Jean-Pierre"), when the
    compound is a known given name."""
    out = []
    for word in words:
        parts = GLUED.fullmatch(word)
        if parts and is_given_name(f"{parts[1]}-{parts[2]}"):
            word = f"{parts[1]}-{parts[2]}"
        out.append(word)
    return out


# --- what is not a person ----------------------------------------------------------------------


def _plausible(words: list[str]) -> bool:
    """False for places, communes, organisations, roles and headers (persons.yaml's words)."""
    c = cues()
    if not (words[0][0].isupper() or _particle_opening(words) or ELIDED_PARTICLE.match(words[0])):
        return False  # "le Président", "la Maire" (not "d'ARVAL Paul")
    all_caps = all(_is_upper(w) or fold(w) in c.particles for w in words)
    for index, word in enumerate(words):
        folded = fold(word)
        if word[0].islower() and (folded not in c.particles or index == len(words) - 1) and not _is_upper(word):
            return False  # "Comité des fêtes": a lower-case word that is no particle
        if ((all_caps or not _is_upper(word)) and folded in c.not_a_name) or folded in c.acronyms:
            return False  # a caps family name that is a word stays a name: "Jean MAIRE", "Anne MAISON"; not a body's acronym, "CC Val-Brun"
        if _is_place_name(word, words[index - 1] if index else ""):
            return False
    return True


def _particle_opening(words: list[str]) -> bool:
    """A family name first that opens with its particles, a given name after it: "de KERVEN Tanguy", "de la
    BROSSE Hubert" (not an article: "le PRÉSIDENT"; not the particles and one word alone, "de FRANCE", which
    prose writes too)."""
    c = cues()
    run = next((i for i, w in enumerate(words) if fold(w) not in c.particles), len(words))
    return len(words) > run + 1 and fold(words[0]) in c.particles - c.articles and _is_upper(words[run])


def _is_place_name(word: str, before: str) -> bool:
    """A commune written as one hyphenated word: "Saint-Laurent-du-Pont", "Entre-deux-Guiers"."""
    c = cues()
    parts = word.split("-")
    if len(parts) > 2 and any(p in c.place_joiners for p in parts[1:-1]):
        return True
    saint = fold(word).startswith(c.saint_prefixes)
    return saint and not _is_upper(word) and fold(before) not in c.particles


# --- given and family ---------------------------------------------------------------------------


def _is_upper(word: str) -> bool:
    """Two letters or more, all capitals: "DURAND", "N'GUESSAN", "LE", "d'ESTRAVEL" (its particle elided
    in lower case); not "A." nor "Jean"."""
    word = ELIDED_PARTICLE.sub("", word)
    return word.isupper() and (word.isalpha() or sum(c.isalpha() for c in word) >= 2)


ELIDED_PARTICLE = re.compile(r"^[dl]['’](?=[A-ZÀ-Þ]{2})")  # "d'ESTRAVEL": a family name in capitals


@lru_cache(maxsize=1 << 16)
def _kind(word: str) -> str:
    """"I" initials, "U" capitals, "p" lower-case particle, "m" capitalised word."""
    if INITIAL.fullmatch(word) and all(c.isupper() for c in word if c.isalpha()):
        return "I"
    if _is_upper(word):
        return "U"
    return "p" if word[0].islower() else "m"


def _capitalised(word: str) -> str:
    # "JEAN-PIERRE" → "Jean-Pierre": a given name printed in capitals, as in all-capital lists.
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _given(words: list[str]) -> str:
    """Given-name words as one given name: a known compound gets its hyphen ("Jean Louis")."""
    hyphenated = "-".join(words)
    text = hyphenated if len(words) > 1 and is_given_name(hyphenated) else " ".join(words)
    return _capitalised(text) if _is_upper(text) else text


def _split(words: list[str], order: str | None, civility: bool, surname_only: bool):
    """(given, family, initials) or None."""
    kinds = "".join(_kind(w) for w in words)
    if "I" in kinds:
        name = _split_initials(words, kinds)
    elif "U" in kinds and "m" in kinds:
        name = _split_by_capitals(words, kinds)
    else:
        name = _split_by_list(words, order, civility, surname_only)
    if name and not _is_upper(name[1]) and all(fold(w) in cues().particles for w in name[1].split()):
        return None  # a family name of particles only: "La" of "La Guérinière" ("DU" may be cut short)
    return name


def _split_initials(words: list[str], kinds: str):
    block = INITIALS_BLOCK.fullmatch(kinds)
    if block is None:
        return None
    if block[1]:
        initials, family = words[: len(block[1])], words[len(block[1]) :]
    else:
        family, initials = words[: len(block[3])], words[len(block[3]) :]
        if "U" not in block[3] and is_given_name(family[0]):
            # "Charles-André DU.", "Jean D.": a given name, then a family name cut or abbreviated.
            cut = " ".join(initials)
            return _given(family), cut.rstrip(".") if len(cut.rstrip(".")) > 1 else cut, ""
    if any("." not in w for w in initials) and any(_kind(w) != "U" for w in family):
        return None  # "L Epine": an apostrophe lost, not an initial ("SICARD B" has capitals)
    letters = "".join(c for w in initials for c in w if c.isalpha())
    return "", " ".join(family), letters


def _split_by_capitals(words: list[str], kinds: str):
    """The family name is the run of capitals with its particles; the given name is on the other side."""
    first, last = kinds.index("U"), kinds.rindex("U")
    if any(k not in "Up" for k in kinds[first : last + 1]):
        return None  # two runs of capitals: two names glued, or no name
    particles = cues().particles
    while first > 0 and fold(words[first - 1]) in particles:
        first -= 1  # "Jean de LA FONTAINE", "Jean Le GOFF"
    if last == len(words) - 1 and first > 0:
        given, family = words[:first], words[first:]
    elif first == 0:
        family, given = words[: last + 1], words[last + 1 :]
    else:
        return None
    if any(_kind(w) != "m" for w in given) or _article_as_given(given, after_family=first == 0):
        return None  # "La GUÉRINIÈRE": an article is no given name
    return _given(given), " ".join(family), ""


def _article_as_given(given: list[str], after_family: bool) -> bool:
    """Whether a particle stands where the given name would be: before the capitals ("La GUÉRINIÈRE"),
    or last after them; not a capitalised one inside a given name after the family name ("TRAN Van Minh",
    the Vietnamese middle name Văn)."""
    particles = [fold(w) in cues().particles for w in given]
    if after_family and given and not particles[-1]:
        return any(p and not w[0].isupper() for p, w in zip(particles, given))
    return any(particles)


def _split_by_list(words: list[str], order: str | None, civility: bool, surname_only: bool):
    """Words all in capitals or all capitalised: the given name is at the end the list knows, or at
    the end the order says when both or neither are known."""
    names = [w for w in words if fold(w) not in cues().particles or w[0].isupper()]
    if len(names) >= 2:
        side = _orientation(words) or order or GIVEN_FIRST
        given = _given_words(words, side)
        article = any(fold(w) in cues().particles for w in given)  # "La Guérinière", "Le Guen"
        unknown = _is_upper(" ".join(words)) and not is_given_name("-".join(given)) and not all(map(is_given_name, given))
        if not article and not unknown:  # all capitals need a given name: "LUMIÈRES DU LITTORAL"
            family = words[len(given) :] if side == GIVEN_FIRST else words[: len(words) - len(given)]
            return _given(given), " ".join(family), ""
    if surname_only and _surname_alone(words, civility):
        return "", " ".join(words), ""
    return None


def _given_words(words: list[str], side: str) -> list[str]:
    """One given-name word at the list's side, two when they make a known compound ("Jean Pierre")."""
    if side == GIVEN_FIRST:
        pair = words[:2]
        return pair if len(words) >= 3 and is_given_name("-".join(pair)) else words[:1]
    pair = words[-2:]
    return pair if len(words) >= 3 and is_given_name("-".join(pair)) else words[-1:]


def _surname_alone(words: list[str], civility: bool) -> bool:
    """"M. BOURDAIS", "Mme LE MEUR", "Monsieur Salles", or in capitals without civility ("MOUGIN")."""
    if civility:
        return len(words) <= 4
    return _is_upper(" ".join(words)) and all(fold(w) in cues().particles for w in words[:-1])


def _orientation(words: list[str]) -> str | None:
    """Which end the given name is at, when the capitals or the given-name list say so."""
    kinds = "".join(_kind(w) for w in words)
    if "I" in kinds:
        return FAMILY_FIRST if kinds.endswith("I") else GIVEN_FIRST
    if "U" in kinds and "m" in kinds:
        return FAMILY_FIRST if kinds[0] == "U" else GIVEN_FIRST if kinds[-1] == "U" else None
    if len(words) < 2:
        return None
    head = _given_rank(words[0], "-".join(words[:2]))
    tail = _given_rank(words[-1], "-".join(words[-2:]))
    if head and tail:  # "VALGRAND GUY": a rare registration against a common given name
        return GIVEN_FIRST if head * RANK_RATIO <= tail else FAMILY_FIRST if tail * RANK_RATIO <= head else None
    return GIVEN_FIRST if head else FAMILY_FIRST if tail else None


RANK_RATIO = 10  # how much more often one end must be given than the other to decide between two given names


def _given_rank(*forms: str) -> int | None:
    """The best rank among `forms` in the given-name list, None when none is a given name."""
    ranks = [entry.rank for entry in map(given_name, forms) if entry is not None]
    return min(ranks) if ranks else None
