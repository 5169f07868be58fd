"""Person resolution, and the resources readers make for people.

One person, one IRI: the IRI is the person's name key scoped by the organisation the document ties
them to, so the same name in the documents of one organisation is one person, and two "Marie
MARTIN" of two councils stay two. Within a document, spelling variants are one person (case,
accents, a signature cut short: "Charles-André DU" is the Charles-André DUBREUIL of the roll).
Each such merge is recorded on the person (`cg:motifIdentification`, with the passage), and the
curated file `ingest/identities.csv` can force two keys together or forbid a merge.
"""

from __future__ import annotations

import csv
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from civicgraph.facts import Facts, Resource, Span
from civicgraph.paths import data_dir
from civicgraph.text import PersonName, parse_person_name, slug


@dataclass(frozen=True)
class Curation:
    forced: dict[str, str]  # person key → the key it shares
    forbidden: frozenset[frozenset[str]]  # pairs of name keys never merged by spelling rules


@cache
def curation(path: Path | None = None) -> Curation:
    """The curated merges: the project's `ingest/identities.csv`, or a file the user names."""
    forced, forbidden = {}, set()
    with open(path or data_dir("ingest") / "identities.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["action"] == "force":
                forced[row["person"]] = row["other"]
            elif row["action"] == "forbid":
                forbidden.add(frozenset((row["person"].rsplit("/", 1)[-1], row["other"].rsplit("/", 1)[-1])))
    return Curation(forced, frozenset(forbidden))


def person(facts: Facts, text: str | PersonName, span: Span | None, scope: Resource) -> Resource | None:
    """The person named `text` (or the name already parsed), or None (reported) if the text is not
    a person's name."""
    name = text if isinstance(text, PersonName) else parse_person_name(text)
    if name is None:
        facts.report_missing(f"person name in {text.strip()!r}")
        return None
    known, reason = _same_person_in(facts, name, facts.curation)
    if known is not None:
        if reason:
            known.set("nomAlternatif", name.label, span).set("motifIdentification", reason, span)
        return known.cite(span)
    if len(name.family) == 1:  # a family name cut to one letter ("Anne-Laure S", a truncated list) no full name completes
        facts.report_missing(f"person name in {name.label!r} (cut short)")
        return None
    key = _curated_key(scope, name, facts.curation)
    resource = facts.get("Personne", *key, span=span)
    resource.set("rdfs:label", name.label).set("nom", name.label)
    resource.set("contexteIdentification", scope)
    return resource.set("prenom", name.given).set("nomFamille", name.family)


def _curated_key(scope: Resource, name: PersonName, curated: Curation) -> tuple:
    own = "/".join([*(str(k) for k in scope.key), name.key])
    forced = curated.forced.get(own)
    return tuple(forced.split("/")) if forced else (scope, name.key)


def _same_person_in(facts: Facts, name: PersonName, curated: Curation) -> tuple[Resource | None, str | None]:
    """The person of this document that `name` names, and why, if not by the very same spelling."""
    index = _Index.of(facts)
    key = name.key
    for resource in index.by_key.get(key, ()):
        if _allowed(resource, name, curated):
            label = resource.first("rdfs:label")
            same = label == name.label
            return resource, None if same else f"même nom à la casse et aux accents près : « {name.label} » = « {label} »"
    # A family name cut short: the same given name, a family name that starts the same way,
    # accepted only when exactly one person of the document fits.
    if len(name.family) < 2:
        return None, None
    given = slug(name.given)
    truncated = [r for r in index.starting(key) if r.key[-1].startswith(given + "-") and _allowed(r, name, curated)]
    if len(truncated) == 1:
        label = truncated[0].first("rdfs:label")
        return truncated[0], f"nom tronqué : « {name.label} » est le seul nom du document qui commence ainsi, « {label} »"
    return None, None


class _Index:
    """A document's persons by name key (the last part of their key), kept up to date with
    `Facts.of_class`: a name read is looked up in it instead of a scan of every person."""

    _of: "WeakKeyDictionary[Facts, _Index]" = WeakKeyDictionary()

    def __init__(self, people: list[Resource]):
        self.people, self.count = people, 0
        self.by_key: dict[str, list[Resource]] = {}
        self.keys: list[str] = []  # sorted: the keys starting with a prefix are a run of it

    @classmethod
    def of(cls, facts: Facts) -> "_Index":
        people = facts.of_class("Personne")
        index = cls._of.get(facts)
        if index is None or index.people is not people or index.count > len(people):  # re-indexed: start again
            index = cls._of[facts] = cls(people)
        for resource in people[index.count:]:
            key = resource.key[-1]
            if key not in index.by_key:
                index.by_key[key] = []
                insort(index.keys, key)
            index.by_key[key].append(resource)
        index.count = len(people)
        return index

    def starting(self, prefix: str) -> list[Resource]:
        """The persons whose name key starts with `prefix` (in the order of their keys)."""
        found = []
        for key in self.keys[bisect_left(self.keys, prefix):]:
            if not key.startswith(prefix):
                break
            found.extend(self.by_key[key])
        return found


def _allowed(resource: Resource, name: PersonName, curated: Curation) -> bool:
    return not curated.forbidden or frozenset((resource.key[-1], name.key)) not in curated.forbidden


def mandate(facts: Facts, who: Resource, organisation: Resource, role: str, span: Span | None, **details) -> Resource:
    """A person's role in an organisation (maire, adjointe, administrateur…), as a cg:Mandat."""
    resource = facts.get("Mandat", who, organisation, role, span=span)
    resource.set("rdfs:label", f"{who.first('rdfs:label')} — {role}, {organisation.first('rdfs:label')}")
    resource.set("personne", who).set("organisation", organisation).set("role", role)
    for prop, value in details.items():
        resource.set(prop, value)
    return resource
