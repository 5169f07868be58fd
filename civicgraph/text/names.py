"""Person names ("Prénom NOM" or "Prénom Nom"), their display label and identity key, and slugs for IRIs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CIVILITY = re.compile(r"^(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Madame|Monsieur|Mademoiselle)\s+", re.IGNORECASE)
# Lower-case particles belong to the family name: "Jean de LA FONTAINE".
PARTICLES = {"de", "du", "des", "d'", "d’", "la", "le", "van", "von"}
# Letters (any script), apostrophes, hyphens, dots of initials: anything else is not a name.
NAME_TEXT = re.compile(r"^[^\W\d_]+(?:[-'’. ]+[^\W\d_]+)*\.?$")
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def strip_accents(text: str) -> str:
    """`text` without its diacritics ("Renié" → "Renie"), otherwise unchanged."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def slug(text: str) -> str:
    """An IRI path segment: ASCII, lower case, [a-z0-9] words joined by single dashes. Idempotent."""
    # casefold before decomposing: "ß" and "SS" meet as "ss", "ﬁ" becomes "fi" (NFKD).
    plain = strip_accents(unicodedata.normalize("NFKD", text.casefold().translate(LIGATURES)))
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")


@dataclass(frozen=True)
class PersonName:
    given: str
    family: str

    @property
    def label(self) -> str:
        """"Anne-Laure STANISLAS": the family name in capitals, as French documents print it."""
        return f"{self.given} {self.family.upper()}"

    @property
    def key(self) -> str:
        """Identity key, blind to accents and case: "Stanislas RENIÉ" and "stanislas renie" meet."""
        return slug(f"{self.given} {self.family}")


def _is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _capitalised(word: str) -> str:
    # "JEAN-PIERRE" → "Jean-Pierre": a given name printed in capitals, as in all-capital lists.
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _split(words: list[str]) -> tuple[list[str], list[str]]:
    """Given and family words: the family name is the trailing run of capitals ("Christine DULAC
    ROUGERIE"), with its particles; failing that, everything after the first word ("Nicolas Rio")."""
    first = len(words)
    while first > 1 and _is_upper(words[first - 1]):
        first -= 1
    if first == len(words):
        return words[:1], words[1:]
    while first > 1 and words[first - 1].lower() in PARTICLES:
        first -= 1
    return words[:first], words[first:]


def parse_person_name(text: str) -> PersonName | None:
    """The given and family names in `text` after a civility ("Mme", "M.", "Monsieur"…), or None if
    it is not plausibly a person's name (one word, more than six, digits, brackets…)."""
    cleaned = CIVILITY.sub("", " ".join(text.replace("*", " ").split())).strip(" ,;:")
    cleaned = re.sub(r"(?<=[^\W\d_]{2})\.$", "", cleaned)  # a full stop, not an initial's dot ("Jean D.")
    words = cleaned.split()
    if not 2 <= len(words) <= 6 or not NAME_TEXT.match(cleaned) or not words[0][0].isupper():
        return None
    given, family = _split(words)
    if all(_is_upper(w) for w in words):
        given = [_capitalised(w) for w in given]
    return PersonName(" ".join(given), " ".join(family))
