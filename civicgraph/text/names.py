"""Person names in "Prénom NOM" or "Prénom Nom" form, their display label and identity key, and
slugs for IRIs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CIVILITY = re.compile(r"^(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Madame|Monsieur|Mademoiselle)\s+", re.IGNORECASE)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def slug(text: str) -> str:
    """An IRI-safe path segment: ASCII, lower case, [a-z0-9-]."""
    plain = strip_accents(text).lower().replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


@dataclass(frozen=True)
class PersonName:
    given: str
    family: str

    @property
    def label(self) -> str:
        return f"{self.given} {self.family.upper()}"

    @property
    def key(self) -> str:
        return slug(f"{self.given} {self.family}")


def _is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse_person_name(text: str) -> PersonName | None:
    """'Charles-André DUBREUIL', 'Christine DULAC ROUGERIE', 'Nicolas Rio' → given and family
    names; None for what is not plausibly a person's name."""
    cleaned = CIVILITY.sub("", " ".join(text.replace("*", " ").split())).strip(" ,.;:")
    words = cleaned.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in cleaned) or not words[0][:1].isupper():
        return None
    first_upper = next((i for i, w in enumerate(words) if i > 0 and _is_upper(w)), None)
    if first_upper is not None and all(_is_upper(w) for w in words[first_upper:]):
        return PersonName(" ".join(words[:first_upper]), " ".join(words[first_upper:]))
    if any(_is_upper(w) for w in words[:1]):
        return None
    return PersonName(words[0], " ".join(words[1:]))
