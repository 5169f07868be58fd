"""Reading a case's `expected.yaml` (see cases/README.md) and the facts the graph holds for the
same document, in comparable forms. Names compare blind to case, accents, spacing, word order and
OCR gaps ("DANIEL Frédéri c" = "Frédéric DANIEL"), a civility the case writes aside ("Mme Rose LYS" = "Rose LYS"), or by family name when the case prints only the
family name ("GUÉRINEAU", or "Mme Guérineau": a civility names no one)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date


CIVILITY = re.compile(r"^(?:M\.|MM\.|Mme|Mrne|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s+")  # (OCR's "Mrne")


def fold(text: str) -> str:
    """Letters only, blind to case, accents and OCR's figures for letters ("C1aude", "L0RIOT")."""
    bare = unicodedata.normalize("NFD", str(text).casefold().replace("0", "o").replace("1", "l"))
    return "".join(c for c in bare if c.isalpha())


def letters(name: str) -> Counter:
    return Counter(fold(name))


def same_name(expected: str, label: str, family: str | None = None, aliases: dict | None = None) -> bool:
    """Whether `label` (and `family`) name the person the case writes `expected`, or one of the
    forms the case gives for that name (`aliases`)."""
    if any(letters(form) == letters(label) for form in [expected, CIVILITY.sub("", str(expected)), *(aliases or {}).get(expected, ())]):
        return True
    words = CIVILITY.sub("", str(expected)).split()
    return family is not None and len(words) == 1 and fold(words[0]) == fold(family)


def aliases(expected: dict) -> dict[str, list[str]]:
    """{name as the case writes it: its other forms}: the normal form of `normalised_names`
    ("THIRlET Raymond" → "Raymond THIRIET") and the other names of a `same_person` group
    ("M. LE GALL" → "Marc LE GALL", where the document writes both)."""
    found: dict[str, list[str]] = {}
    for written, form in (expected.get("normalised_names") or {}).items():
        normal = f"{form.get('given', '')} {form.get('family', '')}" if isinstance(form, dict) else str(form)
        found.setdefault(written, []).append(normal)
    for group in expected.get("same_person") or []:
        for name in group:
            found.setdefault(name, []).extend(other for other in group if other != name)
    return found


# The names cases give an organ, and the standard label each stands for: the CGCT's since 2015
# ("conseil général" became "conseil départemental", loi n° 2013-403), a plenary being the council itself.
ORGAN_SYNONYMS = {
    "conseil de communaute": "conseil communautaire",
    "conseil general": "conseil departemental",
    "assemblee departementale": "conseil departemental",
    "assemblee pleniere du conseil regional": "conseil regional",
    "commission permanente regionale": "commission permanente",
    "conseil de la metropole": "conseil metropolitain",
    "conseil de l eurometropole": "conseil metropolitain",
}


PLENARY = ("assemblee pleniere", "seance pleniere", "session pleniere")


def organ_key(label: str) -> str:
    """An organ's label in a comparable form: folded, words kept, the parenthesis that qualifies a
    séance dropped ("Conseil départemental (séance publique)"), synonyms mapped, a bureau's
    qualifier of its body dropped ("Bureau communautaire" is the body's bureau)."""
    bare = unicodedata.normalize("NFD", re.sub(r"\(.*?\)", "", str(label)).casefold())
    words = " ".join(re.findall(r"[a-z]+", "".join(c for c in bare if not unicodedata.combining(c))))
    for written, standard in ORGAN_SYNONYMS.items():
        words = re.sub(rf"\b{written}\b", standard, words)
    return "bureau" if words.startswith("bureau") else words


def same_organ(expected: str, label: str) -> bool:
    """Whether the organ read (`label`) is the one the case names: the same, or one naming it more
    or less precisely ("Commission permanente du Conseil régional", "Assemblée générale
    ordinaire"); a bare "Conseil" (the reader's word for an organ it cannot name) names none."""
    wanted, read = organ_key(expected), organ_key(label)
    if read == "conseil":
        return wanted == read
    if wanted in PLENARY and read.startswith(("conseil ", "assemblee ")):
        return True  # "Assemblée plénière": the council itself meeting in full (a région's, a département's), named either way
    return wanted == read or read.startswith(wanted + " ") or wanted.startswith(read + " ")


def name_of(entry) -> str:
    return entry["name"] if isinstance(entry, dict) else entry


def all_person_names(expected: dict) -> list[str]:
    """Every string the case uses to name a person, wherever it does."""
    names: list[str] = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key in PERSON_KEYS:
            names.append(value)

    walk(expected)
    for pair in expected.get("same_person", []):
        names.extend(pair)
    names.extend(expected.get("normalised_names", {}) or {})
    return names


PERSON_KEYS = {
    "present", "excused", "absent", "name", "from", "to", "person", "president", "secretary", "titular", "substitute",
    "rapporteur", "against_names", "abstention_names", "for_names", "not_voting", "voter", "through", "elected",
    "outgoing", "not_standing", "présidente", "trésorière", "secrétaire",
}


def iso(value) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
