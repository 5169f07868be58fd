"""Persons as a roll call writes them, resolved inside one document: "M. CAYLA Jean-Pierre" and
"Jean-Pierre CAYLA", "CAMATTE S." and "S. CAMATTE", "MOUGIN" and "Daniel MOUGIN" are one person
each. Names become `civicgraph.persons.person` resources (one IRI per name in its organisation)."""

from __future__ import annotations

import re
from functools import cached_property
from weakref import WeakKeyDictionary

from civicgraph.facts import Facts, Resource, Span
from civicgraph.genre.cues import cues, with_civilities
from civicgraph.persons import person
from civicgraph.text import PersonName, parse_person_name, slug
from civicgraph.text.name_data import given_name

# (Its capital first, the word boundary checked behind it: `re` then skips to the capitals instead of
# trying `\b` at every character of the document.)
FULL_NAME = re.compile(r"[A-ZÉÈ](?<!\w.)[a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?\s+(?P<family>[A-ZÉÈÀÂÎÔÛÇ'’-]{2,}(?:\s+[A-ZÉÈÀÂÎÔÛÇ'’-]{2,})*)\b")
# "Monsieur Yann Ferrandon": a full name in mixed case, told from any two capitalised words by the
# civility before it and the given name (the roll call may then print "M. Ferrandon" alone).
FULL_NAME_AFTER_CIVILITY = re.compile(with_civilities(r"\b(?:{civility})\s+(?P<given>[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?)\s+(?P<family>[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?)\b"))
# "CARON Jean", "LE GALL Rozenn": a full name family first, told from a capitalised word after a name in
# capitals by the given-name list; one space between (wider, two cells of a table: "X      Nadine Y").
FULL_NAME_FAMILY_FIRST = re.compile(r"(?<![\w'’-])(?P<family>[A-ZÉÈÀÂÎÔÛÇ'’-]{2,}(?: [A-ZÉÈÀÂÎÔÛÇ'’-]{2,})*) (?P<given>[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?)\b")
WRAPPED_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[A-ZÉÈ])")  # a compound name's hyphen at a line's end (`text.hyphenation` keeps it)
NOT_NAMES = re.compile(r"(?i)\b(?:quittant|donne|pouvoir|puis|compter|partir|appel[ée]e?|confie|non membres?|pour toute|liste|exception|feuille|émargement)\b")


class Roster:
    """The persons of one document, found once and resolved by family name and initial."""

    def __init__(self, facts: Facts, scope: Resource):
        self.facts, self.scope = facts, scope

    def person(self, written: str, span: Span, order: str | None = None) -> Resource | None:
        """The person `written` names (a list's `order` decides "Nom Prénom" from "Prénom Nom"); a
        number ("n° 4") names the member a numbered roll call gives it (`numbered_roll`)."""
        written = " ".join(WRAPPED_HYPHEN.sub("-", written).split())  # a name wrapped onto the next line: "M. X\n    Paul", "Anne-\nMarie"
        reference = re.match(cues("roll_call")["numbered_roll"]["reference"], written)
        if reference:
            numbered = self._numbered.get(reference["n"])
            return self.person(*numbered) if numbered else None
        if NOT_NAMES.search(written):
            return None
        name = parse_person_name(written, order, surname_only=True)
        if name is None:
            self.facts.report_missing(f"person name in {written.strip()!r}")
            return None
        if name.given:
            return person(self.facts, name, span, self.scope)
        return self._by_family(name, span)

    @cached_property
    def _numbered(self) -> dict[str, tuple[str, Span]]:
        """The members a numbered roll call gives a number, by number, with where each is named;
        empty when the document numbers fewer than `least` names."""
        spec = cues("roll_call")["numbered_roll"]
        found = {m["n"]: (m["name"], Span(m.start("name"), m.end("name"))) for m in re.finditer(spec["entry"], self.facts.document.text)}
        return found if len(found) >= spec["least"] else {}

    @cached_property
    def _written_in_full(self) -> dict[str, set[str]]:
        """Every "Prénom NOM" the document writes (or "NOM Prénom"), by family name."""
        found: dict[str, set[str]] = {}
        for match in FULL_NAME.finditer(self.facts.document.text):
            found.setdefault(match["family"], set()).add(match.group())
        for match in FULL_NAME_AFTER_CIVILITY.finditer(self.facts.document.text):
            if given_name(match["given"]) and not given_name(match["family"]):
                found.setdefault(match["family"], set()).add(f"{match['given']} {match['family'].upper()}")
        for match in FULL_NAME_FAMILY_FIRST.finditer(self.facts.document.text):
            if given_name(match["given"]):
                found.setdefault(match["family"], set()).add(f"{match['given']} {match['family']}")
        return found

    def _full_name(self, family: str, initial: str = "") -> PersonName | None:
        """The one "Prénom NOM" the document writes for a family name printed alone or with an
        initial ("MOUGIN" → "Daniel MOUGIN", "LE GALL R." → "Rozenn LE GALL" elsewhere in the
        file), or None."""
        written = self._written_in_full.get(family, set())
        parsed = (parse_person_name(w, None, surname_only=True) for w in written)
        names = {n for n in parsed if n is not None and n.given and (not initial or slug(n.given)[:1] == initial)}
        return names.pop() if len(names) == 1 else None

    def _by_family(self, name: PersonName, span: Span) -> Resource | None:
        """A person written by family name (and initials) only: the one person of the document with
        that family name (and initial), or the one whose family name is the initials and the name
        run together (a letter OCR split off), or the one full name the document gives it, or a
        person known by family name (and initials) alone."""
        key, letter = slug(name.family), slug(name.initials)[:1]
        matches = [r for r in _ByFamily.of(self.facts).named(key)
                   if not letter or slug(r.first("prenom") or r.first("initiales") or "")[:1] == letter]
        if not matches and letter:  # OCR split a capital off the name: "J ARNAC" for the JARNAC of the roll call
            matches = _ByFamily.of(self.facts).named(slug(name.initials) + key)
        if len(matches) > 1 and name.gender:  # "M. DUVAL" of Alain and Marie DUVAL: the civility's gender tells
            matches = [r for r in matches if _sex(r.first("prenom")) in (name.gender, "")]
        if len(matches) == 1:
            return matches[0].cite(span)
        if len(matches) > 1:
            return None
        full = self._full_name(name.family, letter)
        if full:
            return person(self.facts, full, span, self.scope)
        resource = self.facts.get("Personne", self.scope, name.key, span=span)
        resource.set("rdfs:label", name.label).set("nom", name.label).set("nomFamille", name.family)
        resource.set("initiales", name.initials or None)
        return resource.set("contexteIdentification", self.scope)


def _sex(given: str | None) -> str:
    """"F" or "M" when the given name is one sex's (the given-name list), else ""."""
    entry = given_name(given) if given else None
    return entry.sex if entry else ""


class _ByFamily:
    """A document's persons by the slug of their family name, caught up with `Facts.of_class`: a
    name printed without its given name is looked up here, not against every person."""

    _of: "WeakKeyDictionary[Facts, _ByFamily]" = WeakKeyDictionary()

    def __init__(self, people: list[Resource]):
        self.people, self.count = people, 0
        self.by_key: dict[str, list[Resource]] = {}
        self.unnamed: list[Resource] = []  # no family name yet: looked at on each lookup

    @classmethod
    def of(cls, facts: Facts) -> "_ByFamily":
        people = facts.of_class("Personne")
        index = cls._of.get(facts)
        if index is None or index.people is not people or index.count > len(people):
            index = cls._of[facts] = cls(people)
        for resource in people[index.count:]:
            index._add(resource)
        index.count = len(people)
        if index.unnamed:
            waiting, index.unnamed = index.unnamed, []
            for resource in waiting:
                index._add(resource)
        return index

    def _add(self, resource: Resource) -> None:
        family = resource.first("nomFamille")
        if family is None:
            self.unnamed.append(resource)
        else:
            self.by_key.setdefault(slug(family), []).append(resource)

    def named(self, key: str) -> list[Resource]:
        """The persons whose family name's slug is `key` (those without one have the slug "")."""
        return self.by_key.get(key, []) + (self.unnamed if key == "" else [])
