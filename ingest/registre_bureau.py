"""Reader for extracts of a deliberation register ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU
BUREAU DE LA MÉTROPOLE …"): the séance and its president, the members present, represented and
excused (names separated by " - "), the deliberation's registry number and title, the legal bases
("Vu …"), the articles, the budget lines, the outcome and the certifying signatory.
(Seen at the Métropole d'Aix-Marseille-Provence.)"""

import re

from civicgraph.decisions import certification, membership_fee, outcome
from civicgraph.facts import Facts, Span
from civicgraph.governance import adhesion, deliberation, organe, participation, pouvoir, seance, vote
from civicgraph.organisations import from_heading, organisation, self_mentions
from civicgraph.persons import mandate, person
from civicgraph.programmes import find_programmes
from civicgraph.text import find_dates, split_list_spans

GENRE = "registre-deliberations"

HEADER = re.compile(r"EXTRAIT\s+DU\s+REGISTRE\s+DES\s+D[ÉE]LIB[ÉE]RATIONS\s+DU\s+(?P<organ>BUREAU|CONSEIL)\s+DE\s+(?P<body>[^\n]+)", re.I)
SEANCE = re.compile(r"^S[ée]ance\s+du\s+(?P<date>[^\n]+)", re.M | re.I)
OPENED = re.compile(
    r"(?:Madame|Monsieur)\s+(?P<name>[^,\n]+?),\s+(?P<role>Pr[ée]sidente?)\s+(?:de\s+)?(?P<body>[^,\n]+),\s+a\s+ouvert\s+la\s+s[ée]ance"
    r"(?:\s+[àa]\s+laquelle\s+ont\s+[ée]t[ée]\s+pr[ée]sents\s+(?P<count>\d+)\s+membres)?",
    re.I,
)
ROLL = re.compile(r"^Etaient\s+(?P<head>pr[ée]sents|absents\s+et\s+repr[ée]sent[ée]s|absents\s+et\s+excus[ée]s)[^:\n]*:\s*\n+(?P<names>[^\n]+)", re.M | re.I)
IDENT = re.compile(r"^(?P<id>[A-Z]{2,6}(?:\s+\d{3})?-[\w-]*\d+/\d{2}/[A-Z]{2,4})\s*$", re.M)
TITLE = re.compile(r"\*\*(?P<title>[^*]+?)\*\*", re.S)
VISAS = re.compile(r"^Vu\s*\n(?P<items>.*?)\n\s*(?:O[uù][iï]|Entendu|Consid[ée]rant)", re.M | re.S)
ARTICLE = re.compile(r"^Article\s+(?P<num>\d+)\s*:\s*\n+(?P<text>[^\n]+)", re.M)
BUDGET = re.compile(r"Chapitre\s+(?P<chapitre>\w+)\s+nature\s+(?P<nature>\w+)(?:,\s*fonction\s+(?P<fonction>\w+))?(?:,\s*sous-politique\s+(?P<sous>\w+))?", re.I)
CERTIFIED = re.compile(r"Certifi[ée]\s+Conforme,?\s*\n(?P<quality>[^\n,]+),?\s*\n(?P<delegation>(?:[^\n]+\n)*?)\s*\n(?P<name>[^\n]+)\s*$", re.I)
LAW = re.compile(r"(?P<kind>loi|d[ée]cret|ordonnance)\s+n°\s*(?P<ref>[\d-]+)\s+du\s+(?P<date>\d{1,2}\w*\s+\w+\s+\d{4})", re.I)
EARLIER = re.compile(r"d[ée]lib[ée]ration\s+(?:du\s+.+?\s+)?(?:n°\s*)?(?P<ref>[A-Z]{0,5}\s?\d{3}-\d+/\d{2}/[A-Z]{2,4})[^;\n]*?\s+du\s+(?P<date>\d{1,2}\w*\s+\w+\s+\d{4})", re.I)


def detect(text: str) -> float:
    return 0.9 if HEADER.search(text) else 0.0


def read(facts: Facts) -> None:
    text = facts.document.text
    header, opened = HEADER.search(text), OPENED.search(text)
    # The opening sentence names the body in running text ("Présidente de la Métropole …"); the
    # header, in capitals, is the fallback.
    named = (opened.group("body"), Span.of(opened, "body")) if opened else (from_heading(header.group("body")), Span.of(header, "body"))
    body = organisation(facts, named[0].strip(), named[1])
    self_mentions(facts, body)
    organ = organe(facts, body, header.group("organ").capitalize(), Span.of(header, "organ"))
    held = SEANCE.search(text)
    days = find_dates(held.group("date")) if held else []
    if not days:
        facts.report_missing("date de séance")
        return
    meeting = seance(facts, organ, days[0].value, None, Span.of(held))
    _opening(facts, meeting, body)
    _roll_call(facts, meeting, body)
    decision = _deliberation(facts, meeting, body)
    if decision is not None:
        find_programmes(facts, body)


def _opening(facts, meeting, body):
    opened = OPENED.search(facts.document.text)
    if opened is None:
        facts.report_missing("président(e) de séance")
        return
    chair = person(facts, opened.group("name"), Span.of(opened, "name"), body)
    if chair:
        meeting.set("president", chair.a("Elu"), Span.of(opened))
        mandate(facts, chair, body, opened.group("role").capitalize(), Span.of(opened), attesteLe=meeting.first("date"))
    if opened.group("count"):
        meeting.set("nombrePresents", int(opened.group("count")), Span.of(opened, "count"))


def _roll_call(facts, meeting, body):
    for roll in ROLL.finditer(facts.document.text):
        head = roll.group("head").lower()
        status = "présent" if head.startswith("pr") else "représenté" if "repr" in head else "excusé"
        for item, start, end in split_list_spans(roll.group("names"), roll.start("names")):
            giver, holder = _represented(item)
            who = person(facts, giver, Span(start, start + len(giver)), body)
            if who is None:
                continue
            participation(facts, meeting, who.a("Elu"), status, Span(start, end))
            proxy = person(facts, holder, Span(end - len(holder), end), body) if holder else None
            if proxy is not None:
                pouvoir(facts, meeting, who, proxy.a("Elu"), Span(start, end))


def _represented(item: str) -> tuple[str, str]:
    """'Daniel GAGNON représenté par Nicolas ISNARD' → the member and who holds the proxy."""
    match = re.match(r"(?P<giver>.+?)\s+repr[ée]sent[ée]e?\s+par\s+(?P<holder>.+)", item)
    return (match.group("giver"), match.group("holder")) if match else (item, "")


def _deliberation(facts, meeting, body):
    text = facts.document.text
    ident = IDENT.search(text)
    if ident is None:
        facts.report_missing("numéro de délibération (registre)")
        return None
    titled = TITLE.search(text, ident.end())
    title = " ".join(re.sub(r"^[■\s]+|\s+\d{4,}\s*$", "", titled.group("title")).split()) if titled else ""
    decision = deliberation(facts, meeting, ident.group("id"), title, Span.of(titled, "title") if titled else Span.of(ident))
    decision.set("identifiant", ident.group("id"), Span.of(ident, "id"))
    _visas(facts, decision)
    for article in ARTICLE.finditer(text):
        decision.set("article", f"Article {article.group('num')} : {article.group('text').strip()}", Span.of(article))
    result = outcome(text[ident.end():], ident.end())
    if result:
        vote(facts, decision).set("resultat", result.result, result.span)
    else:
        facts.report_missing("résultat du vote")
    _certification(facts, decision, body)
    fee = membership_fee(text[ident.end():], ident.end())
    if fee and re.search(r"adh[ée]sion", title, re.I):
        membership = adhesion(facts, decision, body, title, fee)
        budget = BUDGET.search(text)
        if membership is not None and budget:
            for group, prop in (("chapitre", "imputationChapitre"), ("nature", "imputationNature"), ("fonction", "imputationFonction"), ("sous", "imputationSousPolitique")):
                membership.set(prop, budget.group(group), Span.of(budget))
    return decision


def _visas(facts, decision):
    visas = VISAS.search(facts.document.text)
    if visas is None:
        return
    for item, start, end in split_list_spans(visas.group("items"), visas.start("items")):
        if not item.startswith(("Le ", "La ", "Les ", "L'")) and "Code" not in item:
            continue
        cited = _legal_text(facts, item, Span(start, end))
        decision.set("vise", cited, Span(start, end))


def _legal_text(facts, item, span):
    law, earlier = LAW.search(item), EARLIER.search(item)
    if law:
        ref = f"{law.group('kind').lower()} n° {law.group('ref')}"
        day = find_dates(law.group("date"))[0].value
    elif earlier:
        ref = f"délibération n° {earlier.group('ref')}"
        day = find_dates(earlier.group("date"))[0].value
    else:
        ref, day = re.sub(r"^(?:Le|La|Les|L')\s+", "", item).strip(" ;."), None
    resource = facts.get("TexteJuridique", ref, span=span)
    resource.set("rdfs:label", ref if day is None else f"{ref} du {day.isoformat()}")
    return resource.set("reference", ref).set("titre", item.strip(" ;.")).set("date", day)


def _certification(facts, decision, body):
    text = facts.document.text
    certified = CERTIFIED.search(text)
    if certified is None:
        facts.report_missing("signataire (Certifié Conforme)")
        return
    who = person(facts, certified.group("name"), Span.of(certified, "name"), body)
    if who is None:
        return
    quality = re.sub(r"^(?:Le|La)\s+", "", certified.group("quality").strip())
    delegation = " ".join(certified.group("delegation").split()).strip(", ")
    decision.set("signataire", who.a("Elu"), Span.of(certified)).set("qualiteSignataire", quality)
    mandate(facts, who, body, quality, Span.of(certified), delegation=delegation or None)
    dated = certification(text)
    if dated:
        decision.set("dateCertification", dated.date, dated.span)
