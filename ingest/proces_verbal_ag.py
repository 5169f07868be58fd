"""Reader for the minutes ("procès-verbal") of an association's general assembly: the date and
hours, the participants on site and by video with their affiliations in brackets, the new
members, the programmes presented, the board members elected, the accounts, the resolutions
and the signatures. (Seen for La 27e Région.)"""

import re
from datetime import datetime, time

from civicgraph.articles import of
from civicgraph.decisions import outcome
from civicgraph.facts import Facts, Span
from civicgraph.governance import adhesion_of, deliberation, organe, participation, seance, vote
from civicgraph.organisations import from_heading, organisation
from civicgraph.persons import mandate, person
from civicgraph.programmes import find_programmes, find_programmes_in
from civicgraph.text import find_amounts, find_dates, find_times, parse_person_name as person_name, split_list_spans

GENRE = "proces-verbal-assemblee-generale"

HEADER = re.compile(r"PROC[ÈE]S[ -]VERBAL\s+DE\s+L'ASSEMBL[ÉE]E\s+G[ÉE]N[ÉE]RALE\s+(?:ORDINAIRE\s+|EXTRAORDINAIRE\s+)?DE\s+(?P<body>[^\n]+)", re.I)
ATTENDANCE = re.compile(r"^(?P<mode>Sur place|En visio(?:conf[ée]rence)?|[ÀA] distance|En ligne)\s*:\s*\n+(?P<names>[^\n]+)", re.M | re.I)
AFFILIATED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()–—]+?)(?:\s*[–—-]\s+(?P<excused>[^()]+?)\s+[ée]tant\s+excus[ée]e?)?\)\s*$")
NEW_MEMBERS = re.compile(r"Nouveaux\s+adh[ée]rents[^:\n]*:\s*\n(?P<items>(?:\s*-\s+[^\n]+\n?)+)", re.I)
BOARD = re.compile(r"CONSEIL\s+D'ADMINISTRATION[^\n]*\n(?P<section>.*?)(?=\n\d{1,2}h\d{0,2}\s*:|\Z)", re.S | re.I)
BOARD_MEMBER = re.compile(r"^-\s+(?P<name>[^,\n]+),\s+(?P<role>[^\n]+?),\s+(?P<org>[^,\n(]+?)\s*(?:\((?P<note>[^)]*)\))?\s*$", re.M)
CLOSED = re.compile(r"s[ée]ance\s+est\s+lev[ée]e\s+[àa]\s+(?P<time>\d{1,2}\s*h\s*\d{0,2})", re.I)
SIGNATURE = re.compile(r"^(?P<name>[^\n]+)\n\s*\n(?P<role>Co-repr[ée]sentante?\s+l[ée]gale?|Pr[ée]sidente?|Tr[ée]sori[eè]re?|Secr[ée]taire(?:\s+g[ée]n[ée]rale?)?)\s*$", re.M | re.I)
APPROVAL = re.compile(r"^(?:Pas\s+d'objection,\s+)?(?P<what>(?:vote|approbation)\s+[àa]\s+l'unanimit[ée][^\n]*)$", re.M | re.I)


def detect(text: str) -> float:
    return 0.9 if HEADER.search(text) else 0.0


def read(facts: Facts) -> None:
    text = facts.document.text
    header = HEADER.search(text)
    association = organisation(facts, from_heading(header.group("body")), Span.of(header, "body"), kind="Association")
    assembly = organe(facts, association, "Assemblée générale", Span.of(header))
    days = find_dates(text[header.end(): header.end() + 200])
    if not days:
        facts.report_missing("date de l'assemblée")
        return
    found = days[0]
    meeting = seance(facts, assembly, found.value, _opening(text), Span(header.end() + found.start, header.end() + found.end))
    closed = CLOSED.search(text)
    if closed:
        meeting.set("fin", datetime.combine(found.value, find_times(closed.group("time"))[0].value), Span.of(closed))
    facts.report_missing("président(e) de séance")
    _attendance(facts, meeting, association)
    _new_members(facts, meeting, association)
    find_programmes(facts)
    _board(facts, meeting, association)
    _resolutions(facts, meeting)
    _finances(facts, association)
    _team(facts, meeting, association)
    _members_projects(facts)
    _auditors(facts, meeting, association)
    _signatures(facts, meeting, association)


def _opening(text: str) -> time | None:
    """The first hour of the agenda ("14h Accueil")."""
    first = re.search(r"^(\d{1,2}h\d{0,2})\s", text, re.M)
    return find_times(first.group(1))[0].value if first else None


def _attendance(facts, meeting, association):
    for block in ATTENDANCE.finditer(facts.document.text):
        mode = "sur place" if block.group("mode").lower().startswith("sur") else "visioconférence"
        for item, start, end in split_list_spans(block.group("names"), block.start("names")):
            _participant(facts, meeting, association, item, start, end, mode)


def _participant(facts, meeting, association, item, start, end, mode):
    affiliated = AFFILIATED.match(item)
    name = affiliated.group("name") if affiliated else item
    body = organisation(facts, affiliated.group("org").strip(), Span(start + affiliated.start("org"), start + affiliated.end("org"))) if affiliated else None
    who = person(facts, name, Span(start, start + len(name)), body or association)
    if who is None:
        return
    who.set("affiliation", body)
    presence = participation(facts, meeting, who, "présent", Span(start, end)).set("modalite", mode)
    if affiliated and affiliated.group("excused"):
        presence.set("representeOrganisation", body)
        span = Span(start + affiliated.start("excused"), start + affiliated.end("excused"))
        absent = person(facts, affiliated.group("excused"), span, body)
        if absent is not None:
            participation(facts, meeting, absent.set("affiliation", body), "excusé", span)


def _new_members(facts, meeting, association):
    listed = NEW_MEMBERS.search(facts.document.text)
    if listed is None:
        return
    for line in re.finditer(r"-\s+(?P<name>[^\n]+)", listed.group("items")):
        span = Span.of(line, "name", listed.start("items"))
        member = organisation(facts, line.group("name").strip(), span)
        adhesion_of(facts, member, association, meeting.first("date").year, span).set("renouvellement", False)


def _board(facts, meeting, association):
    section = BOARD.search(facts.document.text)
    if section is None:
        return
    offset = section.start("section")
    for entry in BOARD_MEMBER.finditer(section.group("section")):
        span = Span.of(entry, offset=offset)
        body = organisation(facts, entry.group("org").strip(), Span.of(entry, "org", offset))
        who = person(facts, entry.group("name"), Span.of(entry, "name", offset), body)
        if who is None:
            continue
        who.set("affiliation", body)
        day = meeting.first("date")
        mandate(facts, who, association, "administrateur", span, attesteLe=day)
        mandate(facts, who, body, entry.group("role").strip(), span, attesteLe=day)


def _resolutions(facts, meeting):
    """Each unanimous approval closes a part of the agenda: the heading before it names it."""
    text = facts.document.text
    for approval in APPROVAL.finditer(text):
        heading = _heading_before(text, approval.start())
        what = approval.group("what")
        title = re.sub(r"^(?:vote|approbation)\s+[àa]\s+l'unanimit[ée]\s*(?:des?|du)?\s*", "", what, flags=re.I).strip(" .")
        decision = deliberation(facts, meeting, None, (title or heading).capitalize(), Span.of(approval))
        result = outcome(what, approval.start("what"))
        if result:
            vote(facts, decision).set("resultat", result.result, result.span)


def _heading_before(text, position):
    headings = list(re.finditer(r"^\d{1,2}h\d{0,2}\s*:?\s*(?P<title>[^\n]+)$", text[:position], re.M))
    return headings[-1].group("title").strip() if headings else "décision"


def _signatures(facts, meeting, association):
    for signed in SIGNATURE.finditer(facts.document.text):
        who = person(facts, signed.group("name"), Span.of(signed, "name"), association)
        if who is not None:
            mandate(facts, who, association, signed.group("role").strip().lower(), Span.of(signed), attesteLe=meeting.first("date"))


# What a figure of the accounts is, from the words just before it (first match wins).
FINANCIAL_NATURES = [
    (r"r[ée]sultat\s+de\s+l'exercice", "résultat"),
    (r"pr[ée]visionnel\s+de\s+r[ée]sultat|r[ée]sultat\s+pr[ée]visionnel", "résultat prévisionnel"),
    (r"volume\s+(?:global\s+)?d'activit[ée]", "volume d'activité"),
    (r"partenariat\s+avec", "partenariat"),
    (r"\badh[ée]sions\b", "produits des adhésions"),
    (r"dette\s+carbone\s+irr[ée]couvrable", "dette carbone irrécouvrable"),
    (r"dette\s+compensable", "dette carbone compensable"),
    (r"int[ée]ressement", "intéressement"),
    (r"provision\s+pour\s+risques", "provision pour risques"),
]
ACCOUNTS_YEAR = re.compile(r"comptes\s+(?P<year>20\d\d)", re.I)
QUESTION = re.compile(r"^[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+)*\s*:", re.M)


def _finances(facts, association):
    """Figures of the accounts presented to the assembly: one cg:FaitFinancier each, with the
    year the sentence gives ("en 2022", "exercice 2023") or else the year of the accounts."""
    text = facts.document.text
    accounts = ACCOUNTS_YEAR.search(text)
    default_year = int(accounts.group("year")) if accounts else None
    for paragraph in re.finditer(r"^(?P<text>[^\n]+)$", text, re.M):
        if QUESTION.match(paragraph.group("text")) or paragraph.group("text").startswith("Pas d'objection"):
            continue  # questions and answers, and the vote that closes them, restate figures
        for sentence in re.finditer(r"[^.]+(?:\.(?!\d)|$)", paragraph.group("text")):
            _figures(facts, association, sentence.group(), paragraph.start("text") + sentence.start(), default_year)


def _figures(facts, association, sentence, offset, default_year):
    nature, last_end = None, 0
    for amount in find_amounts(sentence):
        before_at, before = last_end, sentence[last_end: amount.start]
        nature = next((n for pattern, n in FINANCIAL_NATURES if re.search(pattern, before, re.I)), nature)
        last_end = amount.end
        if nature is None or amount.value.currency != "EUR":
            continue
        after = sentence[amount.end: amount.end + 12]
        year = re.search(r"^\)?\s*en\s+(20\d\d)", after) or re.search(r"(?:exercice|pr[ée]visionnel)\s+(20\d\d)", sentence)
        year = int(year.group(1)) if year else default_year and default_year + (1 if "prévisionnel" in nature else 0)
        if year is None:
            continue  # a figure without its year would be a guess
        span = Span(offset + amount.start, offset + amount.end)
        figure = facts.get("FaitFinancier", association, nature, str(year), span=span)
        figure.set("rdfs:label", f"{association.first('rdfs:label')} — {nature} {year}")
        figure.set("organisation", association).set("nature", nature).set("exercice", year)
        figure.set("montant", amount.value.value).set("devise", "EUR").cite(Span(offset, offset + len(sentence.rstrip())))
        figure.set("approximatif", True if amount.value.approximate else None)
        figure.set("annuel", True if amount.value.per_year else None)
        partner = re.search(r"partenariat\s+avec\s+(?:la\s+|le\s+|l')?(?P<org>[A-Z]{2,})", before)
        if partner:
            partner_span = Span(offset + before_at + partner.start("org"), offset + before_at + partner.end("org"))
            figure.set("financeur", organisation(facts, partner.group("org"), partner_span))


TEAM = re.compile(r"^[ÉE]quipe\s+de\s+(?P<org>[^:\n]+?)\s*:\s*(?P<names>[^\n]+)$", re.M)


def _team(facts, meeting, association):
    """The staff, listed by first name ("Équipe de La 27e Région : Adrien, Anne, …"): persons
    known by a first name only, in the association's staff."""
    listed = TEAM.search(facts.document.text)
    if listed is None:
        return
    for name, start, end in split_list_spans(listed.group("names"), listed.start("names")):
        staff = facts.get("Personne", association, "equipe", name, span=Span(start, end))
        staff.set("rdfs:label", f"{name} (équipe {of(association.first('rdfs:label'))})").set("prenom", name)
        mandate(facts, staff, association, "membre de l'équipe", Span(start, end), attesteLe=meeting.first("date"))


PRESENTER = re.compile(r"^(?P<people>[A-ZÉ][^:\n,()]*?)(?:,|\s+-)\s+(?P<org>[A-ZÉ][^:\n,()]+?)\s*(?::\s*(?P<project>[^\n]*))?$", re.M)
# What a presenting member says of a programme in its own section, and what that makes it.
MEMBER_ROLES = [
    (r"\bparticip\w*\s+au\s+programme\b", "participant"),
    (r"\blan[cç]\w*\s+(?:donc\s+)?l'exp[ée]rimentation\b", "portePar"),
]


def _members_projects(facts):
    """"Nicolas Trillaud, Région Occitanie : projet « Marque employeur »": a member presents a
    project it carries; in the section that follows, "nous participons au programme Rebonds" or
    "nous lançons l'expérimentation COPILote" tie the member to those programmes."""
    text = facts.document.text
    presenters = [m for m in PRESENTER.finditer(text) if _are_people(m.group("people"))]
    for index, line in enumerate(presenters):
        carrier = organisation(facts, line.group("org"), Span.of(line, "org"))
        if line.group("project"):
            for project in find_programmes_in(facts, line.group("project"), line.start("project")):
                project.set("portePar", carrier, Span.of(line))
        end = presenters[index + 1].start() if index + 1 < len(presenters) else len(text)
        agenda = re.search(r"^\d{1,2}h", text[line.end():end], re.M)
        section_end = line.end() + agenda.start() if agenda else end
        for sentence in re.finditer(r"[^.\n]+", text[line.end():section_end]):
            for pattern, prop in MEMBER_ROLES:
                if re.search(pattern, sentence.group(), re.I):
                    at = line.end() + sentence.start()
                    for project in find_programmes_in(facts, sentence.group(), at):
                        project.set(prop, carrier, Span(at, at + len(sentence.group())))


def _are_people(text: str) -> bool:
    return all(person_name(part) for part in re.split(r"\s+et\s+", text))


AUDITOR = re.compile(
    r"renouveler\s+le\s+mandat\s+de\s+(?:la\s+)?soci[ée]t[ée]\s+(?P<titular>[A-Z][A-Z &'-]+?),.*?comme\s+Commissaire\s+aux\s+comptes\s+titulaire"
    r".*?nommer\s+la\s+soci[ée]t[ée]\s+(?P<substitute>[A-Z][A-Z &'-]+?),\s+comme\s+Commissaire\s+aux\s+comptes\s+suppl[ée]ant"
    r".*?exercice\s+clos\s+le\s+(?P<until>\d{1,2}\s+\w+\s+\d{4})",
    re.S | re.I,
)
OUTGOING = re.compile(r"(?:Monsieur|Madame)\s+(?P<name>[^,]+),\s+Commissaire\s+aux\s+comptes\s+suppl[ée]ant", re.I)


def _auditors(facts, meeting, association):
    """The statutory auditors the assembly renews or appoints, and until which accounts."""
    resolution = AUDITOR.search(facts.document.text)
    if resolution is None:
        return
    until = find_dates(resolution.group("until"))
    last_year = until[0].value.year if until else None
    for group, role in (("titular", "commissaire aux comptes titulaire"), ("substitute", "commissaire aux comptes suppléant")):
        firm = organisation(facts, resolution.group(group).strip(), Span.of(resolution, group), kind="Entreprise")
        auditor = facts.get("Mandat", firm, association, role, span=Span.of(resolution, group))
        auditor.set("rdfs:label", f"{firm.first('rdfs:label')} — {role}, {association.first('rdfs:label')}")
        auditor.set("membre", firm).set("organisation", association).set("role", role)
        auditor.set("attesteLe", meeting.first("date")).set("jusquAExercice", last_year)
    outgoing = OUTGOING.search(facts.document.text)
    if outgoing:
        who = person(facts, outgoing.group("name"), Span.of(outgoing, "name"), association)
        if who is not None:
            mandate(facts, who, association, "commissaire aux comptes suppléant", Span.of(outgoing), finLe=meeting.first("date"))
