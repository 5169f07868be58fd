"""Fallback reader for deliberations in a layout no other reader knows. It takes only what
reads the same in any layout — the deciding organisation, the date, the title ("Objet : …"),
the organ when named, the amounts, the outcome and stated vote counts — and reports every one
of these it could not find, rather than guess it."""

import re

from civicgraph.decisions import outcome, vote_counts
from civicgraph.facts import Facts, Span
from civicgraph.governance import deliberation, organe, seance, vote
from civicgraph.organisations import organisation
from civicgraph.programmes import find_programmes
from civicgraph.text import find_amounts, find_dates, find_times

GENRE = "deliberation-autre"

# Enough to tell a deliberation from any other text; the score stays below every layout reader's.
SIGNS = re.compile(r"d[ée]lib[ée]r|conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain)|commission\s+permanente", re.I)
BODY = re.compile(
    r"(?P<name>(?:Ville|Commune|M[ée]tropole|D[ée]partement|R[ée]gion|Communaut[ée]\s+(?:d'agglom[ée]ration|de\s+communes|urbaine))"
    r"\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')?[A-ZÉÈ][\w'’-]*(?:[ -](?:de\s+|d')?[A-ZÉÈ][\w'’-]*)*)"
)
ORGAN = re.compile(r"(?P<organ>Conseil\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain)|Commission\s+permanente|Bureau)", re.I)
TITLE = re.compile(r"^\s*(?:Objet|OBJET|Titre)\s*:\s*(?P<title>[^\n]+)", re.M)
NUMBER = re.compile(r"(?:D[ée]lib[ée]ration|Rapport)\s+n°\s*(?P<num>[\w/.-]+)", re.I)


def detect(text: str) -> float:
    return 0.1 if SIGNS.search(text) else 0.0


def read(facts: Facts) -> None:
    text = facts.document.text
    body, days, titled, organ = _body(facts, text), find_dates(text), TITLE.search(text), ORGAN.search(text)
    amounts, result = find_amounts(text), outcome(text)
    for found, field in ((days, "date"), (titled, "titre (Objet : …)"), (organ, "organe (conseil, commission permanente, bureau…)"),
                         (amounts, "montants"), (result, "résultat du vote")):
        if not found:
            facts.report_missing(field)
    if body is None or not days or titled is None:
        return  # a decision needs its maker, its date and its title to be told from another
    decision = _decision(facts, body, organ, days[0], titled)
    for amount in amounts:
        decision.set("montant", amount.value.value, Span(amount.start, amount.end)).set("devise", amount.value.currency)
    if result is not None:
        ballot = vote(facts, decision).set("resultat", result.result, result.span)
        for prop, (count, span) in vote_counts(text).items():
            ballot.set(prop, count, span)
    find_programmes(facts)


def _body(facts, text):
    named = BODY.search(text)
    if named is None:
        facts.report_missing("organisation")
        return None
    return organisation(facts, named.group("name"), Span.of(named, "name"))


def _decision(facts, body, organ, day, titled):
    number = NUMBER.search(facts.document.text)
    title = titled.group("title").strip()
    if organ is not None:
        council = organe(facts, body, organ.group("organ").capitalize(), Span.of(organ, "organ"))
        at = find_times(facts.document.text[day.end: day.end + 20])
        meeting = seance(facts, council, day.value, at[0].value if at else None, Span(day.start, day.end))
        decision = deliberation(facts, meeting, number.group("num") if number else None, title, Span.of(titled, "title"))
    else:
        decision = facts.get("Deliberation", body, day.value.isoformat(), title, span=Span.of(titled, "title"))
        decision.set("rdfs:label", title).set("titre", title).set("date", day.value).set("organisation", body)
    if number is None:
        facts.report_missing("numéro")
    else:
        decision.set("numero", number.group("num"), Span.of(number, "num"))
    return decision
