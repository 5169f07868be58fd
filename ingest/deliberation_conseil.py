"""Reader for council deliberation extracts in the layout of "DELIBERATION DU CONSEIL MUNICIPAL":
a séance header, the roll call (presents, proxies, excused, absent, secretary), the movements of
members during the séance, then one rapport with its exposé, its proposals and its outcome.
(Seen at Clermont-Ferrand; the rules only rely on the layout's fixed phrases.)"""

import re

from civicgraph.decisions import certification, membership_fee, not_voting, outcome, vote_counts
from civicgraph.facts import Facts, Span
from civicgraph.organisations import organisation, self_mentions
from civicgraph.services import services
from civicgraph.persons import mandate, person
from civicgraph.programmes import find_programmes
from civicgraph.text import find_dates, find_times, split_list_spans
from civicgraph.governance import adhesion, deliberation, mouvement, organe, participation, pouvoir, seance, vote

GENRE = "deliberation-conseil"

HEADER = re.compile(r"DELIBERATION\s+DU\s+CONSEIL\s+(MUNICIPAL|COMMUNAUTAIRE|M[ÉE]TROPOLITAIN|D[ÉE]PARTEMENTAL|R[ÉE]GIONAL)", re.I)
SEANCE = re.compile(r"SEANCE\s+DU\s+(?P<when>[^\n]+)", re.I)
CONVENED = re.compile(
    r"LE\s+CONSEIL\s+(?P<organ>\w+)\s+de\s+(?P<org>la\s+[^,]+?),\s+convoqu[ée]\s+par\s+(?P<by>[^\n]+?)\s+le\s+"
    r"(?P<date>\d{1,2}\w*\s+\w+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}),\s+s'est\s+r[ée]uni\s+(?P<where>[^.\n]+)",
    re.I,
)
PRESIDENT = re.compile(r"^(?P<name>[^,\n]+),\s+(?P<role>Maire|Pr[ée]sidente?|Adjointe?)\w*,\s+pr[ée]sid\w*\s+la\s+s[ée]ance", re.M | re.I)
RAPPORT = re.compile(r"^Rapport\s+N°\s*(?P<num>[\w/.-]+)\s*\n(?P<title>(?:.+\n)+?)\s*\n", re.M | re.I)
SIGNATORY = re.compile(r"(?:Pour\s+l[ea]\s+(?:Maire|Pr[ée]sidente?)|L[ea]\s+(?:Maire|Pr[ée]sidente?))[^\n]*\n\s*(?P<quality>L'\w+|Le\s+\w+|La\s+\w+)\s*,?\s*\n\s*\n+(?P<name>[^\n]+)", re.I)
PROPOSALS = re.compile(r"(?:il\s+vous\s+est\s+(?:donc\s+)?propos[ée]|il\s+vous\s+est\s+demand[ée])[^:\n]*:?\s*\n(?P<items>(?:\s*-\s+[^\n]+\n?)+)", re.I)


def detect(text: str) -> float:
    return 0.9 if HEADER.search(text) and SEANCE.search(text) else 0.0


def read(facts: Facts) -> None:
    text = facts.document.text
    convened = CONVENED.search(text)
    if convened is None:
        facts.report_missing("organisation (LE CONSEIL … de la Ville de …, convoqué par …)")
        return
    body = organisation(facts, convened.group("org").removeprefix("la ").removeprefix("La "), Span.of(convened, "org"))
    self_mentions(facts, body)
    council = organe(facts, body, f"Conseil {convened.group('organ').lower()}", Span.of(convened, "organ"))
    meeting = _seance(facts, council, convened)
    _roll_call(facts, meeting, body, text)
    rapport = RAPPORT.search(text)
    _movements(facts, meeting, body, text[: rapport.start()] if rapport else text)
    _deliberation(facts, meeting, body, text)


def _seance(facts, council, convened):
    text = facts.document.text
    header = SEANCE.search(text)
    dates = find_dates(header.group("when"))
    if not dates:
        facts.report_missing("date de séance")
        return None
    times = find_times(header.group("when"))
    meeting = seance(facts, council, dates[0].value, times[0].value if times else None, Span.of(header))
    meeting.set("dateConvocation", _date(convened.group("date")), Span.of(convened, "date"))
    where = convened.group("where").strip()
    if "visio" in where.lower():
        meeting.set("modalite", "visioconférence", Span.of(convened, "where"))
    else:
        meeting.set("lieu", re.sub(r"^(?:à|en|au)\s+", "", where), Span.of(convened, "where"))
    chair = PRESIDENT.search(text)
    if chair:
        president = person(facts, chair.group("name"), Span.of(chair, "name"), council.first("organisation"))
        if president:
            meeting.set("president", president, Span.of(chair))
            president.a("Elu")
            mandate(facts, president, council.first("organisation"), chair.group("role").capitalize(), Span.of(chair), attesteLe=meeting.first("date"))
            meeting.set("convoquePar", president if "maire" in convened.group("by").lower() else None)
    return meeting


def _date(text):
    found = find_dates(text)
    return found[0].value if found else None


def _deliberation(facts, meeting, body, text):
    rapport = RAPPORT.search(text)
    if rapport is None:
        facts.report_missing("rapport (Rapport N° … and its title)")
        return
    title = " ".join(rapport.group("title").replace("*", "").split())
    decision = deliberation(facts, meeting, rapport.group("num"), title, Span.of(rapport))
    rest = text[rapport.end():]
    offset = rapport.end()
    for names, span in not_voting(rest):
        ballot = vote(facts, decision)
        for item, start, end in split_list_spans(names, span.start + offset):
            who = person(facts, item, Span(start, end), body)
            ballot.set("nonParticipant", who, Span(span.start + offset, span.end + offset))
    proposals = PROPOSALS.search(rest)
    if proposals:
        for line in re.finditer(r"-\s+(?P<item>[^\n]+)", proposals.group("items")):
            decision.set("article", line.group("item").strip(), Span.of(line, "item", offset + proposals.start("items")))
    verdict_at = rest.find("DELIBERATION")
    result = outcome(rest[verdict_at:] if verdict_at >= 0 else rest, offset + max(verdict_at, 0))
    if result:
        ballot = vote(facts, decision).set("resultat", result.result, result.span)
        for prop, (count, span) in vote_counts(rest[verdict_at:], offset + verdict_at).items():
            ballot.set(prop, count, span)
    else:
        facts.report_missing("résultat du vote")
    certified = certification(rest, offset)
    if certified:
        decision.set("dateCertification", certified.date, certified.span).set("lieuCertification", certified.place)
    _signatory(facts, decision, body, rest, offset)
    fee = membership_fee(rest, offset)
    if fee and re.search(r"adh[ée]sion|adh[ée]rer", title, re.I):
        adhesion(facts, decision, body, title, fee)
    services(facts, body)
    find_programmes(facts, body)


def _signatory(facts, decision, body, rest, offset):
    signed = SIGNATORY.search(rest)
    if signed is None:
        facts.report_missing("signataire")
        return
    who = person(facts, signed.group("name"), Span.of(signed, "name", offset), body)
    if who is None:
        return
    quality = signed.group("quality").split()[-1].removeprefix("L'").strip(",")
    decision.set("signataire", who, Span.of(signed, offset=offset)).set("qualiteSignataire", quality)
    who.a("Elu")
    mandate(facts, who, body, quality.capitalize(), Span.of(signed, offset=offset), attesteLe=decision.first("dateCertification"))


ROLL = re.compile(r"^(?P<head>Pr[ée]sent\(e\)s|Excus[ée]\(e\)s ayant donn[ée] pouvoir|Excus[ée]\(e\)s|Absent\(e\)s|Secr[ée]taire)\s*:[ \t]*(?P<names>[^\n]*)", re.M | re.I)
STATUS = {"pr": "présent", "excusé(e)s ayant": "excusé", "excusé": "excusé", "absent": "absent"}
VERB = re.compile(r"\b(?P<verb>arrivent|arrive|quitte\s+la\s+s[ée]ance|revient(?:\s+dans\s+la\s+s[ée]ance)?|est\s+absente?|donne\s+pouvoir\s+[àa])\s*")
END_OF_PROXY = re.compile(r"\(fin\s+du\s+pouvoir\s+donn[ée]\s+[àa]\s+(?P<holder>[^)]+)\)")
POINT = re.compile(r"n°\s*(\d+)")
MOVES = {"arriv": "arrivée", "quitt": "départ", "revie": "retour", "est a": "absence"}


def _roll_call(facts, meeting, body, text):
    """The roll call: who was present, excused (with or without a proxy), absent; the secretary."""
    for line in ROLL.finditer(text):
        head = line.group("head").lower()
        items = split_list_spans(line.group("names"), line.start("names"))
        if head.startswith("secr"):
            for item, start, end in items:
                meeting.set("secretaire", person(facts, item, Span(start, end), body), Span.of(line))
            continue
        status = "présent" if head.startswith("pr") else "absent" if head.startswith("absent") else "excusé"
        for item, start, end in items:
            giver, _, holder = item.partition(" à ")
            who = _elected(facts, giver, Span(start, start + len(giver)), body)
            if who is None:
                continue
            participation(facts, meeting, who, status, Span(start, end))
            named = _elected(facts, holder, Span(end - len(holder), end), body) if holder else None
            if named is not None:  # "à son collègue": to whom is unknown, so no proxy
                pouvoir(facts, meeting, who, named, Span(start, end))


def _elected(facts, name, span, body):
    who = person(facts, name, span, body)
    return who.a("Elu") if who else None


def _movements(facts, meeting, body, text):
    """Arrivals, departures, returns and absences, with the proxies they open and close."""
    # the names open their line and are a list, no sentence: a text whose line ends were lost (one-line
    # OCR) has none, rather than every name of the roll call moving at every verb
    for paragraph in re.finditer(r"^(?P<names>[^\n:;]{1,300}?)\s+(?=arriv|quitte|revient|est\s+absent)(?P<rest>[^\n]+)", text, re.M):
        people = [
            _elected(facts, item, Span(start, end), body)
            for item, start, end in split_list_spans(paragraph.group("names"), paragraph.start("names"))
        ]
        for who in filter(None, people):
            _clauses(facts, meeting, body, who, paragraph)


def _clauses(facts, meeting, body, who, paragraph):
    rest, offset = paragraph.group("rest"), paragraph.start("rest")
    verbs = list(VERB.finditer(rest))
    last_point = None
    for verb, following in zip(verbs, verbs[1:] + [None]):
        clause = rest[verb.end() : following.start() if following else len(rest)]
        at = offset + verb.end()  # where the clause's text starts in the document
        span = Span(offset + verb.start(), at + len(clause.rstrip(" .")))
        point = _point(clause)
        kind = verb.group("verb")
        if kind.startswith("donne"):
            holder = re.split(r"\s+et\s+|\.", clause)[0]
            named = _elected(facts, holder, Span(at, at + len(holder)), body)
            if named is not None:  # "donne pouvoir à son collègue": to whom is unknown, so no proxy
                pouvoir(facts, meeting, who, named, span).set("depuisPoint", last_point)
            continue
        moment = re.sub(r"\s*\(.*", "", clause).strip(" .").removesuffix(" et").strip()
        mouvement(facts, meeting, who, MOVES[kind[:5]], point, moment, span)
        last_point = point
        ended = END_OF_PROXY.search(clause)
        if ended:
            holder = _elected(facts, ended.group("holder"), Span.of(ended, "holder", at), body)
            if holder is not None:
                pouvoir(facts, meeting, who, holder, span).set("jusquAuPoint", point)


def _point(clause):
    found = POINT.search(clause)
    return int(found.group(1)) if found else None
