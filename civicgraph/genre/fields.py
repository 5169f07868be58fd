"""Labelled fields of an act ("N° identifiant 2022-0160", "Nomenclature Préfecture 7.10",
"Service référent …"): label cues from `fields.yaml` (a profile may add its own), the value the
rest of the line. A blank value or a rule of dashes states nothing (GENRE.md §2.12: blank fields
are unknown)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern


@dataclass(frozen=True)
class Field:
    prop: str  # the act's property (identifiant, matiere, commission, serviceReferent…)
    kind: str  # text, matiere, organe or service
    value: str
    span: Span


def read_fields(text: Text, start: int, end: int) -> list[Field]:
    """The filled labelled fields found in text[start:end], in the order of the text."""
    found = []
    for spec in cues("fields")["fields"]:
        for match in text.finditer(pattern(spec["cue"]), start, end):
            line_end = text.raw.find("\n", match.end(), end)
            line_end = end if line_end < 0 else line_end
            raw = text.raw[match.end():line_end]
            value = raw.strip()
            if not value or re.fullmatch(r"[-–—|_.\s]+", value):
                continue
            begin = match.end() + raw.index(value)
            found.append(Field(spec["prop"], spec["kind"], value, Span(begin, begin + len(value))))
    return sorted(found, key=lambda f: f.span.start)
