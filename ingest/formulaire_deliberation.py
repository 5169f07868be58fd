"""Reader for deliberation forms exported from a council's workflow software: one field a line,
"Label<tab or spaces>value" (N°ordre, N° identifiant, Titre, Rapporteur(s), Président de séance,
Membres en exercice, POUR/CONTRE/Abstention, RESULTAT DU VOTE, Nomenclature Préfecture…).
(Seen at Poitiers.) Such forms are often printed unfilled: a blank field is unknown, and so are
the zeros of a vote block whose result is blank."""

import re

from civicgraph.decisions import membership_fee, outcome, withdrawn
from civicgraph.facts import Facts, Span
from civicgraph.governance import adhesion, deliberation, organe, seance, vote
from civicgraph.organisations import organisation, self_mentions
from civicgraph.persons import person
from civicgraph.programmes import find_programmes
from civicgraph.text import find_dates, find_times

GENRE = "formulaire-deliberation"

MEETING = re.compile(r"^(?P<organ>Conseil\s+(?:Municipal|Communautaire|M[ée]tropolitain|D[ée]partemental|R[ée]gional))\s+du\s+(?P<date>[^\n]+)", re.M | re.I)
BODY = re.compile(r"\b(?:la\s+)?(?P<name>(?:Ville|Commune|M[ée]tropole|D[ée]partement|R[ée]gion)\s+(?:de\s+|d'|du\s+)[A-ZÉÈ][\w'’-]*(?:[ -][A-ZÉÈ][\w'’-]*)*)")
COUNTS = {"pour": "POUR", "contre": "CONTRE", "abstention": "Abstention"}


def detect(text: str) -> float:
    return 0.9 if re.search(r"^N°\s*ordre", text, re.M) and "RESULTAT DU VOTE" in text else 0.0


def field(text: str, label: str) -> tuple[str, Span] | None:
    """The value of a form field, or None when the field is absent or blank."""
    match = re.search(rf"^{label}[ \t:]*(?P<value>[^\n]*)$", text, re.M | re.I)
    if match is None or not match.group("value").strip(" \t-|"):
        return None
    value = match.group("value").strip()
    start = match.start("value") + (len(match.group("value")) - len(match.group("value").lstrip()))
    return value, Span(start, start + len(value))


def read(facts: Facts) -> None:
    text = facts.document.text
    named = BODY.search(text)
    header = MEETING.search(text)
    if named is None or header is None:
        facts.report_missing("organisation" if named is None else "séance (Conseil … du <date>)")
        return
    body = organisation(facts, named.group("name"), Span.of(named, "name"))
    self_mentions(facts, body)
    council = organe(facts, body, header.group("organ").capitalize(), Span.of(header, "organ"))
    days = find_dates(header.group("date"))
    if not days:
        facts.report_missing("date de séance")
        return
    at = find_times(text[header.end(): header.end() + 40])
    meeting = seance(facts, council, days[0].value, at[0].value if at else None, Span.of(header))
    _meeting_fields(facts, meeting, body)
    for number, span in withdrawn(text):
        deliberation(facts, meeting, number, None, span).set("statut", "retirée")
    decision = _deliberation(facts, meeting, body)
    if decision is not None:
        _vote(facts, decision)
        _matiere(facts, decision)
        _adhesion(facts, decision, body)
    find_programmes(facts, body)


def _meeting_fields(facts, meeting, body):
    text = facts.document.text
    convened = field(text, r"Date de la convocation")
    if convened:
        meeting.set("dateConvocation", _date(convened[0]), convened[1])
    chair = field(text, r"Pr[ée]sident(?:e)? de s[ée]ance")
    if chair:
        who = person(facts, chair[0], chair[1], body)
        meeting.set("president", who.a("Elu") if who else None, chair[1])
    for label, prop in ((r"Membres en exercice", "membresEnExercice"), (r"Quorum", "quorum"), (r"Pr[ée]sents", "nombrePresents")):
        found = field(text, label)
        # A zero in a form is what an unfilled field prints: unknown, not zero.
        if found and found[0].isdigit() and int(found[0]) > 0:
            meeting.set(prop, int(found[0]), found[1])


def _deliberation(facts, meeting, body):
    text = facts.document.text
    title, number = field(text, "Titre"), field(text, r"N°\s*ordre")
    if title is None or number is None:
        facts.report_missing("titre" if title is None else "numéro d'ordre")
        return None
    decision = deliberation(facts, meeting, number[0], title[0], title[1])
    decision.cite(number[1])
    ident = field(text, r"N°\s*identifiant")
    if ident:
        decision.set("identifiant", ident[0], ident[1])
    reporter = field(text, r"Rapporteur\(?s?\)?")
    if reporter:
        who = person(facts, reporter[0], reporter[1], body)
        decision.set("rapporteur", who.a("Elu") if who else None, reporter[1])
    studied = field(text, r"Projet de d[ée]lib[ée]ration [ée]tudi[ée] par\s*:?")
    if studied:
        decision.set("commission", organe(facts, body, studied[0], studied[1]), studied[1])
    service = field(text, r"Service r[ée]f[ée]rent")
    if service:
        unit = organisation(facts, service[0], service[1], kind="Service").set("organisationParente", body)
        decision.set("serviceReferent", unit, service[1])
    for line in re.finditer(r"^-\s+\**(?P<item>(?:d'|de |d’)[^\n]+?)\**\s*$", text, re.M):
        decision.set("article", line.group("item").strip("* "), Span.of(line, "item"))
    return decision


def _vote(facts, decision):
    """Counts and result only when the form's result is filled in."""
    text = facts.document.text
    result = field(text, "RESULTAT DU VOTE")
    if result is None or set(result[0]) <= set("-| \t"):
        facts.report_missing("résultat du vote (champ vide)")
        return
    stated = outcome(result[0])
    ballot = vote(facts, decision).set("resultat", stated.result if stated else result[0], result[1])
    for prop, label in COUNTS.items():
        found = field(text, label)
        if found and found[0].isdigit():
            ballot.set(prop, int(found[0]), found[1])


def _matiere(facts, decision):
    text = facts.document.text
    for match in re.finditer(r"^Nomenclature Pr[ée]fecture[ \t]+(?P<value>[^\n]+)$", text, re.M):
        value = match.group("value").strip()
        prop = "codeMatiere" if re.fullmatch(r"\d+(\.\d+)*", value) else "libelleMatiere"
        decision.set(prop, value, Span.of(match, "value"))


def _adhesion(facts, decision, body):
    text = facts.document.text
    fee = membership_fee(text)
    if fee is None or not re.search(r"adh[ée]sion", decision.first("titre"), re.I):
        return
    membership = adhesion(facts, decision, body, decision.first("titre"), fee)
    article = re.search(r"\barticle\s+(?P<nature>\d{3,6})\b", text, re.I)
    if membership is not None and article:
        membership.set("imputationNature", article.group("nature"), Span.of(article))


def _date(text):
    found = find_dates(text)
    return found[0].value if found else None
