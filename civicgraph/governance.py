"""The governance resources every reader makes — organes, séances, deliberations, votes,
participations, proxies, movements, adhésions — each with its key, its label and its links, so
that every layout names the same things the same way."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from civicgraph.articles import of, to
from civicgraph.decisions import Fee
from civicgraph.facts import Facts, Resource, Span
from civicgraph.organisations import from_heading, normalise, organisation
from civicgraph.text import literals


def label(resource: Resource) -> str:
    return resource.first("rdfs:label") or "?"


def organe(facts: Facts, body: Resource, name: str, span: Span | None = None) -> Resource:
    """A deliberative body of an organisation (its conseil municipal, bureau, assemblée générale…)."""
    resource = facts.get("Organe", body, name, span=span)
    return resource.set("rdfs:label", f"{name} — {label(body)}").set("nom", name).set("organisation", body)


def seance(facts: Facts, body: Resource, day: date, start: time | None = None, span: Span | None = None) -> Resource:
    resource = facts.get("Seance", body, day.isoformat(), span=span)
    resource.set("rdfs:label", f"{label(body)}, séance du {day.isoformat()}")
    resource.set("organe", body).set("date", day)
    if start is not None:
        resource.set("debut", datetime.combine(day, start))
    return resource


def deliberation(facts: Facts, meeting: Resource | None, number: str | None, title: str | None, span: Span | None = None,
                 organ: Resource | None = None) -> Resource:
    """A decision of a séance, keyed by its number, or by its title when the minutes number none;
    an extract that prints no séance gives `organ` instead of `meeting` (no date is made up)."""
    resource = facts.get("Deliberation", meeting or organ, number or title, span=span)
    label = " — ".join(filter(None, [number and f"n° {number}", title]))
    resource.set("rdfs:label", label).set("numero", number).set("titre", title)
    document = facts.get("Document", facts.document.stem)
    if meeting is not None:
        resource.set("seance", meeting).set("date", meeting.first("date"))
    return resource.set("dcterms:source", document)


def vote(facts: Facts, decision: Resource) -> Resource:
    resource = facts.get("Vote", decision)
    return resource.set("rdfs:label", f"Vote — {label(decision)}").set("deliberation", decision)


def participation(facts: Facts, meeting: Resource, who: Resource, status: str, span: Span | None = None) -> Resource:
    resource = facts.get("Participation", meeting, who, span=span)
    resource.set("rdfs:label", f"{label(who)} — {status}, {label(meeting)}")
    return resource.set("personne", who).set("seance", meeting).set("statut", status)


def pouvoir(facts: Facts, meeting: Resource, giver: Resource, holder: Resource, span: Span | None = None) -> Resource:
    """A proxy from `giver` (mandant) to `holder` (mandataire) for one séance."""
    resource = facts.get("Pouvoir", meeting, giver, holder, span=span)
    resource.set("rdfs:label", f"Pouvoir {of(label(giver))} {to(label(holder))}, {label(meeting)}")
    return resource.set("seance", meeting).set("mandant", giver).set("mandataire", holder)


def mouvement(facts: Facts, meeting: Resource, who: Resource, kind: str, point: int | None, moment: str, span: Span) -> Resource:
    """An arrival, departure, return or absence during the séance; keyed by where the text says it."""
    resource = facts.get("Mouvement", meeting, who, kind, str(span.start), span=span)
    at = f" (question {point})" if point is not None else ""
    resource.set("rdfs:label", f"{label(who)} — {kind}{at}, {label(meeting)}")
    resource.set("seance", meeting).set("personne", who).set("typeMouvement", kind)
    return resource.set("pointOrdreDuJour", point).set("moment", moment)


ASSOCIATION_IN_TITLE = re.compile(
    r"\b(?:à|a)\s+(?:l'association\s+)?[\"«“]?\s*(?P<name>(?:la|le|l')?\s*[^,\"»”(]+?)\s*[\"»”]?\s*(?:,|\(|\bet\b|\bpour\b|\bau\s+titre\b|$)", re.I
)


def adhesion(facts: Facts, decision: Resource, member: Resource, title: str, fee: Fee) -> Resource | None:
    """The membership a deliberation decides: its member, the association named in the title
    ("… à la 27ème Région"), the year and fee the decision states, first or renewal."""
    named = ASSOCIATION_IN_TITLE.search(title)
    if named is None:
        facts.report_missing("association de l'adhésion (dans le titre)")
        return None
    association = organisation(facts, from_heading(named.group("name")), kind="Association")
    describe(facts, association, title)
    resource = adhesion_of(facts, member, association, fee.year or decision.first("date").year, fee.span)
    resource.set("cotisation", fee.amount.value).set("devise", fee.amount.currency)
    resource.set("renouvellement", bool(re.search(r"renouvel", title, re.I)))
    return resource.set("decidePar", decision)


def adhesion_of(facts: Facts, member: Resource, association: Resource, year: int, span: Span | None = None) -> Resource:
    """A member's membership of an association for one year."""
    resource = facts.get("Adhesion", member, association, str(year), span=span)
    resource.set("rdfs:label", f"Adhésion {of(label(member))} {to(label(association))} ({year})")
    return resource.set("membre", member).set("association", association).set("annee", year)


WHAT_IT_IS = re.compile(r"(?P<subject>[^.\n]{2,60}?|C'est)\s+(?:est\s+)?une?\s+(?P<what>(?:laboratoire|association|r[ée]seau)\b[^,.\n]*)")


def describe(facts: Facts, association: Resource, title: str) -> None:
    """What the document says the association is: an apposition in the title ("Adhésion à la 27ème
    Région, laboratoire de transformation publique") or a sentence "<it> est un laboratoire …",
    also when "C'est …" follows a sentence about it."""
    apposition = re.search(r",\s+(?P<what>(?:laboratoire|association|r[ée]seau)\b[^,]*)$", title)
    if apposition:
        association.set("description", apposition.group("what").strip())
    text, names = facts.document.text, _names_of(association)
    for match in _what_it_is(text):
        subject = match.group("subject").strip()
        if subject == "C'est":
            previous = text[max(0, text.rfind("\n", 0, max(0, match.start() - 2)) + 1): match.start()]
            about = any(n in normalise(previous) for n in names)
        else:
            about = normalise(subject) in names
        if about:
            association.set("description", match.group("what").strip(), Span.of(match))


# "un laboratoire", "une association", "un réseau": WHAT_IT_IS is tried only on the lines holding one
# (its free subject, tried at every position of a whole text, costs ~0.1 s on 8,000 characters).
WHAT_ANCHOR = re.compile(r"\bune?\s+(?:laboratoire|association|r[ée]seau)\b")


def _what_it_is(text: str):
    """WHAT_IT_IS's matches in `text`, in order, searched from each anchor's line (at most 80
    characters back, the longest subject and its verb)."""
    done = 0
    for anchor in literals.finditer(WHAT_ANCHOR, text, 0, len(text)):  # (from its words, not at every character)
        if anchor.start() < done:
            continue
        line_end = text.find("\n", anchor.end())
        start = max(text.rfind("\n", 0, anchor.start()) + 1, anchor.start() - 80, done)
        match = WHAT_IT_IS.search(text, start, len(text) if line_end < 0 else line_end)
        if match:
            done = match.end()
            yield match


def _names_of(resource: Resource) -> set[str]:
    return {normalise(n) for n in resource.props.get("nom", []) + resource.props.get("nomAlternatif", [])}
