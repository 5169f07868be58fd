"""The legal bases of an act ("Vu …", GENRE.md §2.7): each visa a cg:TexteJuridique the act cites
(cg:vise) — a law or decree by its number and date, an earlier deliberation by its number and
date, otherwise the text the visa names. Their numbers and dates are never the act's own. Cues:
`visas.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.text import find_dates


@dataclass(frozen=True)
class Visa:
    reference: str  # "loi n° 2014-58", "délibération n° 011-1846/17/CM", "Code général des collectivités territoriales"
    title: str  # the visa as written, without its leading "Vu" or article
    day: date | None
    span: Span


def read_visas(text: Text, start: int, end: int) -> list[Visa]:
    """The visas of the first "Vu" zone in text[start:end], in order."""
    spec = cues("visas")
    opening = text.find(pattern(spec["opens"]["cue"]), start, end)
    if opening is None:
        return []
    closing = text.find(pattern(spec["closes"]["cue"]), opening.end(), end)
    stop = closing.start() if closing else end
    found, at = [], opening.end()
    for cut in [*text.finditer(pattern(spec["separator"]), at, stop), None]:
        visa = _visa(text, at, cut.start() if cut else stop)
        if visa:
            found.append(visa)
        if cut:
            at = cut.end()
    return found


def _visa(text: Text, start: int, end: int) -> Visa | None:
    raw = text.raw[start:end]
    lead = re.match(r"[\s:•–-]*(?:vu\b\s*)?(?:(?:le|la|les)\s+|l['’])?", raw, re.I)
    body = raw[lead.end():].rstrip(" \t\n;.,")
    if len(body) < 4:
        return None
    at = start + lead.end()
    spec = cues("visas")
    if text.at(pattern(spec["not_a_visa"]["cue"]), at):
        return None
    title = " ".join(body.split())
    law = text.find(pattern(spec["law"]["cue"]), at, at + len(body))
    act = text.find(pattern(spec["act"]["cue"]), at, at + len(body))
    if law:
        kind = {"decret": "décret"}.get(law["kind"], law["kind"])
        return Visa(f"{kind} n° {law['ref']}", title, _dated(text, law.end(), at + len(body)), Span(at, at + len(body)))
    if act:
        group = "ref" if act["ref"] else "ref2"
        ref = " ".join(text.raw[act.start(group):act.end(group)].split())
        return Visa(f"délibération n° {ref}", title, _dated(text, act.end(), at + len(body)), Span(at, at + len(body)))
    return Visa(title, title, None, Span(at, at + len(body)))


def _dated(text: Text, start: int, end: int) -> date | None:
    """The date of the first "du <date>" in text[start:end]."""
    for match in text.finditer(pattern(cues("visas")["dated"]), start, end):
        dates = find_dates(text.raw[match.end():min(end, match.end() + 40)])
        if dates and dates[0].start == 0:
            return dates[0].value
    return None
