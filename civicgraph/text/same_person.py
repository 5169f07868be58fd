"""Two spellings of one person inside one document, and the persons of a document.

`same_person(a, b)` says why two parsed names may denote one person; `PersonIndex` applies it over a
document's names and accepts a merge that needs a unique fit (a surname alone, a typo, a cut name)
only when exactly one person of the document fits (GENRE.md §2.4, §3 "Names and identities"; the
shared cases' `same_person`). The reasons are French sentences, as `cg:motifIdentification` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from civicgraph.text.name_data import given_name
from civicgraph.text.names import PersonName, slug

SAME_SPELLING = "même nom à la casse et aux accents près"
HYPHEN = "prénom composé écrit avec et sans trait d’union"
INITIAL = "même nom, initiale du prénom"
SURNAME = "nom seul, un seul nom complet du document lui correspond"
TRUNCATED = "nom tronqué, un seul nom du document commence ainsi"
TYPO = "même prénom, nom à une ou deux lettres près"
# Reasons that hold only when the name fits one person of the document.
UNIQUE_FIT = frozenset({SURNAME, TRUNCATED, TYPO})


def same_person(a: PersonName, b: PersonName) -> str | None:
    """Why `a` and `b` may be one person of one document (one of this module's reasons), or None.

    Same spelling up to case and accents ("RENIÉ"/"RENIE"); a compound given name with and without
    its hyphen ("MarieHélène"/"Marie-Hélène" once parsed: "Marie Hélène"); initials against a given
    name or initials, in either order ("S. CAMATTE"/"CAMATTE S."; "GASTAUD R." and "GASTAUD L." are
    two); a surname alone against a full name ("MOUGIN"/"Daniel MOUGIN"), unless the civility and
    the given name disagree on gender; the same given name with a family name cut short ("Charles-André
    DU") or within a small edit distance ("Rouquier"/"ROUQUIÉ": at most one edit per four letters,
    two at most, Levenshtein). The last three need a unique fit: see `PersonIndex`."""
    if a.key == b.key:
        return SAME_SPELLING
    family_a, family_b = slug(a.family), slug(b.family)
    if family_a == family_b:
        return _same_family(a, b)
    if a.given and b.given and _compact(a.given) == _compact(b.given):
        return _close_family(family_a, family_b)
    return None


def _same_family(a: PersonName, b: PersonName) -> str | None:
    if a.surname_only or b.surname_only:
        return SURNAME if _genders_agree(a, b) else None
    if a.given and b.given:
        return HYPHEN if _compact(a.given) == _compact(b.given) else None
    return INITIAL if a.given_initials == b.given_initials else None


def _close_family(a: str, b: str) -> str | None:
    shorter, longer = sorted((a, b), key=len)
    allowed = min(2, len(shorter) // 4)
    if allowed and Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed:
        return TYPO
    return TRUNCATED if len(shorter) >= 2 and longer.startswith(shorter) else None


def _compact(given: str) -> str:
    return slug(given).replace("-", "")


def _genders_agree(a: PersonName, b: PersonName) -> bool:
    genders = {g for g in (a.gender, b.gender, _sex(a), _sex(b)) if g}
    return len(genders) <= 1


def _sex(name: PersonName) -> str:
    entry = given_name(name.given) if name.given else None
    return entry.sex if entry else ""


@dataclass
class Person:
    """One person of a document: every spelling met, in order."""

    names: list[PersonName] = field(default_factory=list)

    @property
    def best(self) -> PersonName:
        """The fullest spelling: a given name over initials over a surname alone, then the first met."""
        return max(self.names, key=lambda n: (bool(n.given), bool(n.initials), "-" in n.given))


class PersonIndex:
    """The persons named in one document. `add` each parsed name in reading order; the result says
    which person it is and why it joined one already met (None for a new person)."""

    def __init__(self) -> None:
        self.persons: list[Person] = []

    def match(self, name: PersonName) -> tuple[Person | None, str | None]:
        """The person already met that `name` denotes, with the reason, or (None, None) when none or
        several fit (a surname alone shared by two persons stays unresolved)."""
        for person in self.persons:
            if any(n.key == name.key for n in person.names):
                return person, SAME_SPELLING
        fits = [(p, r) for p in self.persons if (r := self._reason(p, name))]
        if len(fits) == 1:
            return fits[0]
        sure = [(p, r) for p, r in fits if r not in UNIQUE_FIT]
        return sure[0] if len(sure) == 1 else (None, None)

    def add(self, name: PersonName) -> tuple[Person, str | None]:
        person, reason = self.match(name)
        if person is None:
            person = Person()
            self.persons.append(person)
        person.names.append(name)
        return person, reason

    @staticmethod
    def _reason(person: Person, name: PersonName) -> str | None:
        reasons = {same_person(name, known) for known in person.names} - {None}
        if not reasons:
            return None
        # A person whose spellings disagree with `name` on the initial is someone else.
        if any(same_person(name, known) is None and slug(known.family) == slug(name.family) for known in person.names):
            return None
        return min(reasons, key=lambda r: r in UNIQUE_FIT)
