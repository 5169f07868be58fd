"""Programmes named in a text, found from the table of known programme names (`ingest/programmes.csv`).

Programme names are proper names ("Rebonds", "CARE"): a gazetteer finds them reliably, case-
sensitively, wherever a document names them; readers add who carries, joins or funds them.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from civicgraph.facts import Facts, Resource, Span
from civicgraph.organisations import organisation, reference_by_id
from civicgraph.paths import data_dir


@dataclass(frozen=True)
class KnownProgramme:
    id: str
    name: str
    names: tuple[str, ...]
    carrier: str
    description: str


@cache
def known_programmes() -> tuple[KnownProgramme, ...]:
    with open(data_dir("ingest") / "programmes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(
        KnownProgramme(r["id"], r["name"], (r["name"], *filter(None, r["aliases"].split("|"))), r["carrier"], r["description"])
        for r in rows
    )


@cache
def _pattern(names: tuple[str, ...]) -> re.Pattern:
    """Names of several words match in any case ("budget carbone"); one-word names such as
    "CARE" or "Rebonds" only as written, lest a common word be taken for them."""
    alternatives = "|".join(
        ("(?i:" + re.escape(n) + ")") if " " in n else re.escape(n) for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


def programme(facts: Facts, known: KnownProgramme, span: Span | None = None) -> Resource:
    resource = facts.get("Programme", known.id, span=span)
    resource.set("rdfs:label", known.name).set("nom", known.name).set("description", known.description)
    if known.carrier:
        resource.set("portePar", organisation(facts, reference_by_id(known.carrier).name))
    return resource


def find_programmes(facts: Facts) -> list[Resource]:
    """Every known programme the document names, each cited where it is named; the document
    records that it mentions them."""
    text = facts.document.text
    found: list[Resource] = []
    document = facts.get("Document", facts.document.stem)
    for known in known_programmes():
        for match in _pattern(known.names).finditer(text):
            resource = programme(facts, known, Span.of(match))
            document.set("mentionne", resource)
            if resource not in found:
                found.append(resource)
    return found
