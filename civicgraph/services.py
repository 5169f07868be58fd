"""The internal directions of a collectivité a text speaks of: those it names ("la Direction de
l'Innovation et de la Participation"), the one it announces ("une nouvelle direction est créée, en
charge de …") and the principles of action it gives them.

An announced direction has no name yet: it is known by its remit within its organisation, so the
deliberation that announces it and the one that creates and names it speak of one resource.
"""

from __future__ import annotations

import re

from civicgraph.facts import Facts, Resource, Span
from civicgraph.organisations import normalise, organisation
from civicgraph.text import literals, slug

CAPITALISED = r"[A-ZÉ][\w’-]*"
DIRECTION = re.compile(rf"\b(?P<name>Direction\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+|d'){CAPITALISED}(?:(?:\s+(?:et|de|des|du|la|le))*(?:\s+l'|\s+d'|\s+){CAPITALISED})*)")
ANNOUNCED = re.compile(
    r"(?:une|la)\s+nouvelle\s+direction\s+(?:est\s+)?cr[ée]{2}e\s*,?\s+(?P<charge>en\s+charge|charg[ée]e)\s+(?P<remit>(?:de|du|des|d')\b[^.\n]+)", re.I
)
PRINCIPLES = re.compile(r"(?P<count>\d+)\s+principes\s+d'action[^:\n]*:\s*\n(?P<items>(?:\s*-\s+[^\n]+\n?)+)", re.I)
ITEM = re.compile(r"^\s*-\s+(?P<text>[^\n]+?)[.;]?\s*$", re.M)
LINKING_WORDS = {"de", "du", "des", "d", "l", "la", "le", "les", "et", "a"}


def services(facts: Facts, body: Resource) -> list[Resource]:
    """The directions of `body` the text names or announces, with their principles of action."""
    announced = _announced(facts, body)
    found = [announced] if announced is not None else []
    unnamed = announced  # the first direction named after the announcement is the announced one
    by_name: dict[str, Resource] = {}  # and so is every later mention of that name
    text = facts.document.text
    for match in literals.finditer(DIRECTION, text, 0, len(text)):  # from its first "Direction"
        name, span = match.group("name"), Span.of(match, "name")
        if unnamed is not None and match.start() > unnamed.spans[0].start:
            unnamed.props["rdfs:label"] = [name]
            by_name[normalise(name)], unnamed = unnamed.set("nom", name), None
        if normalise(name) in by_name:
            named = by_name[normalise(name)].cite(span)
        else:
            named = organisation(facts, name, span, kind="Service").set("organisationParente", body)
        if named not in found:
            found.append(named)
    _principles(facts, found)
    return found


def _announced(facts: Facts, body: Resource) -> Resource | None:
    if "nouvelle" not in facts.document.text.lower():  # (`re` would try the pattern at every character)
        return None
    match = ANNOUNCED.search(facts.document.text)
    if match is None:
        return None
    remit = match.group("remit").strip()
    words = [w for w in slug(remit).split("-") if w not in LINKING_WORDS]
    unit = facts.get("Organisation", body, "direction-" + "-".join(words), span=Span.of(match))
    unit.a("Service").set("organisationParente", body).set("verifie", False)
    remit_as_written = f"direction {' '.join(match.group('charge').split())} {remit}"
    unit.set("description", remit_as_written, Span.of(match, "remit"))
    if unit.first("rdfs:label") is None:
        unit.set("rdfs:label", remit_as_written)
    return unit


def _principles(facts: Facts, directions: list[Resource]) -> None:
    """"Elle a 7 principes d'action : - …": the list belongs to the direction last named before it."""
    if "d'act" not in facts.document.text.lower():  # (every match holds it; letters without another case in `re`, as "i" and "s" have)
        return
    for match in PRINCIPLES.finditer(facts.document.text):
        before = [d for d in directions if any(s.start < match.start() for s in d.spans)]
        if not before:
            facts.report_missing("direction des principes d'action")
            continue
        owner = max(before, key=lambda d: max(s.start for s in d.spans if s.start < match.start()))
        items = list(ITEM.finditer(match.group("items")))
        for item in items:
            owner.set("principeAction", item.group("text"), Span.of(item, "text", match.start("items")))
        if len(items) != int(match.group("count")):
            facts.report_missing(f"principes d'action : {match.group('count')} annoncés, {len(items)} lus")
