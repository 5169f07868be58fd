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
from civicgraph.milestones import milestones
from civicgraph.organisations import BARE_KINDS, LIST, organisation, organisations_listed, reference_by_id
from civicgraph.paths import data_dir
from civicgraph.persons import person
from civicgraph.text import find_amounts, literals, parse_person_name


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
def _probes() -> tuple[tuple[KnownProgramme, tuple[tuple[str, bool], ...]], ...]:
    """Each known programme with the strings one of which a text naming it holds: a name of
    several words in lower case (looked for in the lowered text), another as written."""
    return tuple((known, tuple((n.lower(), True) if " " in n else (n, False) for n in known.names)) for known in known_programmes())


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


def find_programmes(facts: Facts, body: Resource | None = None) -> list[Resource]:
    """Every known programme the document names, each cited where it is named, with who carries,
    pilots, joins or partners it when the sentence naming it, or the section it heads, says so.
    `body` is the organisation the document speaks for ("la Métropole est engagée dans…")."""
    text = facts.document.text
    found: list[Resource] = []
    document = facts.get("Document", facts.document.stem)
    headings = None  # read once, when a programme is named
    lowered = text.lower()
    for known, probes in _probes():
        if not any(probe in (lowered if lower else text) for probe, lower in probes):
            continue  # a name's letters must be there before its pattern is worth trying
        for match in literals.finditer(_pattern(known.names), text, 0, len(text)):  # (`re` would try its look-behind at every character)
            resource = programme(facts, known, Span.of(match))
            document.set("mentionne", resource)
            sentence = _sentence_around(text, match.start(), match.end())
            _relations(facts, resource, sentence, body)
            milestones(facts, resource, match, sentence, body)
            follow_up = _follow_up(text, match)
            if follow_up is not None:
                _relations(facts, resource, follow_up, body)
            headings = _headings(text) if headings is None else headings
            section = _section(headings, match, len(text)) or _answer(text, match)
            if section is not None:
                for line in re.finditer(r"[^\n]+", facts.quote(section)):
                    if "?" not in line.group():  # a question asserts nothing
                        _relations(facts, resource, Span(section.start + line.start(), section.start + line.end()), body)
                        _funding(facts, resource, Span(section.start + line.start(), section.start + line.end()))
            if resource not in found:
                found.append(resource)
    return found


HEADING = re.compile(r"^(?P<title>[^\n]{2,120}?)\s*:?\s*$", re.M)


def _headings(text: str) -> list[re.Match]:
    """Lines that stand alone as headings: a programme's name, or an agenda time ("14h25 : …")."""
    names = _heading_names()
    found, line = [], 0
    while line >= 0:
        newline = text.find("\n", line)
        if _may_head(text[line:newline if newline >= 0 else len(text)], names):
            match = HEADING.match(text, line)
            if match and (match.group("title").strip().lower() in names or re.match(r"\d{1,2}h\d{0,2}\b", match.group("title"))):
                found.append(match)
        line = newline + 1 if newline >= 0 else -1
    return found


def _may_head(line: str, names: frozenset[str]) -> bool:
    """Whether `HEADING` matched at this line's start can give a heading `_headings` keeps: a line
    that starts with a digit, or that is a name (once its trailing white space and colon are put
    aside: what a title leaves on its line). Each line is tried alone, not from where the last
    match ended as `re.finditer` goes on: a match runs past its title only over white space and one
    colon, where no kept heading starts. (`re` tried `^` at every character, and the lazy title at
    every length of each line: 5 ms a page.)"""
    bare = line.strip()
    return line[:1].isdigit() or bare.lower() in names or bare.removesuffix(":").rstrip().lower() in names


@cache
def _heading_names() -> frozenset[str]:
    return frozenset(n.lower() for known in known_programmes() for n in known.names)


SPEAKER = re.compile(r"^[A-ZÉ][\w'’-]*(?:\s+[A-ZÉ][\w'’-]*)*\s*:\s")


def _answer(text: str, match: re.Match) -> Span | None:
    """When a question names the programme ("comment est financé le programme X ?"), the answer
    that follows it in the minutes speaks of X."""
    line_end = text.find("\n", match.end())
    line_start = text.rfind("\n", 0, match.start()) + 1
    if line_end < 0 or "?" not in text[line_start:line_end]:
        return None
    following = re.match(r"\n\s*(?P<answer>[^\n]+)", text[line_end:])
    if following is None or not SPEAKER.match(following.group("answer")):
        return None
    return Span(line_end + following.start("answer"), line_end + following.end("answer"))


FUNDED = re.compile(r"(?:d[ée]dommag[ée]e?|financ[ée]e?|r[ée]mun[ée]r[ée]e?)\s+[àa]\s+hauteur\s+de\s+", re.I)


def _funding(facts: Facts, resource: Resource, line: Span) -> None:
    """"dédommagée à hauteur de 5 000 dollars": what the programme brings in, in its currency."""
    text = facts.quote(line)
    funded = FUNDED.search(text)
    if funded is None:
        return
    amounts = [a for a in find_amounts(text) if a.start >= funded.end() - 1]
    if amounts:
        amount = amounts[0]
        span = Span(line.start + funded.start(), line.start + amount.end)
        resource.set("montant", amount.value.value, span).set("devise", amount.value.currency)


def _section(headings: list[re.Match], match: re.Match, length: int) -> Span | None:
    """The text a programme's heading opens, up to the next heading; None if the name is no heading."""
    for index, heading in enumerate(headings):
        if heading.start() <= match.start() and match.end() <= heading.end():
            following = headings[index + 1].start() if index + 1 < len(headings) else length
            return Span(heading.end(), following)
    return None


# Who does what in a programme, as a sentence naming it says: (pattern, property). The organisation
# is what follows the verb: a capitalised name, an acronym, or "Ville de …".
ORG = r"(?:l'|l’|la\s+|le\s+|les\s+)?(?P<org>[A-ZÉ][\w'’-]*(?:\s+(?:de\s+|du\s+|des\s+|d'|la\s+|le\s+)?[A-ZÉ0-9][\w'’-]*)*)"
RELATIONS = [
    (rf"pilot[ée]e?s?\s+par\s+{ORG}", "portePar"),
    (rf"(?:port[ée]e?s?|conduite?s?|lanc[ée]e?s?)\s+par\s+{ORG}", "portePar"),
    (rf"(?:engag[ée]e?s?|soutenue?s?)\s+par\s+{ORG}", "partenaire"),
    (rf"financ[ée]e?s?\s+par\s+{ORG}", "financeur"),
    (rf"{ORG}\s+(?:[ée]tait|est)\s+partenaire", "partenaire"),
    (rf"{ORG}\s+(?:est|sont)\s+dans\s+le\s+programme", "participant"),
    (rf"exp[ée]rimentation\s+[àa]\s+{ORG}", "experimenteA"),
    (rf"{ORG}\s+(?:est|s'est)\s+(?:engag[ée]e?|inscrite?)\s+dans", "participant"),
    # universities and labs named in lower case ("l'université de Colombie britannique")
    (r"(?:l'|la\s+|le\s+)(?P<org>universit[ée]\s+(?:de\s+|d')[A-ZÉ][\w'’-]*(?:\s+[a-zé]+)?)", "partenaire"),
    # "avec la DDDE, la DFCG et la DPB": services named by their acronyms work on it
    (r"\bavec\s+(?P<orgs>(?:(?:la|le|les|l')\s*)?[A-Z][A-Z0-9]+(?:\s*(?:,|et)\s*(?:(?:la|le|les|l')\s*)?[A-Z][A-Z0-9]+)*)\b", "partenaire"),
    # "un partenariat à structurer avec I4C et la 27eme Région"
    (rf"\b(?:partenariat|collaboration|coop[ée]ration)\b[^.]*?\bavec\s+(?P<orgs>{LIST})", "partenaire"),
    # "un labo inter-administrations créé par la Ville et le CCAS de Grenoble, …"
    (rf"\bcr[ée]{{2}}e?s?\s+par\s+(?P<orgs>{LIST})", "fondePar"),
]
RELATIONS = [(re.compile(pattern), prop) for pattern, prop in RELATIONS]
# A paragraph that follows a programme's without naming one, in the elliptic style of a list of
# projects ("Un partenariat à structurer avec …"), still speaks of it.
FOLLOW_UP = re.compile(r"(?:Un|Une)\s+(?:partenariat|collaboration|coop[ée]ration)\b[^\n]*")
# Words a sentence starts with that are no organisation ("Que la Métropole…", "Cela…", "Nous…").
LEADING = re.compile(r"^(?:(?:Que|Qu'|Cela|Ceci|Ce|Il|Elle|Ils|Elles|Nous|On|Et|Mais|Dont)\b\s*)+(?:la\s+|le\s+|les\s+|l')?")


def _sentence_around(text: str, start: int, end: int) -> Span:
    """The sentence (or line) holding [start, end)."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return Span(left, min(stops) if stops else len(text))


def _relations(facts: Facts, resource: Resource, sentence: Span, body: Resource | None) -> None:
    _people(facts, resource, sentence)
    text = facts.quote(sentence)
    for pattern, prop in RELATIONS:
        for match in literals.finditer(pattern, text, 0, len(text)):  # (tried only near its words)
            if "orgs" in match.groupdict():
                for who in organisations_listed(facts, match.group("orgs"), sentence.start + match.start("orgs"), body):
                    resource.set(prop, who, Span(sentence.start + match.start(), sentence.start + match.end()))
                continue
            name = LEADING.sub("", match.group("org"))
            if not name:
                continue
            where = Span(sentence.start + match.end("org") - len(name), sentence.start + match.end("org"))
            if name in BARE_KINDS:
                if body is None:
                    continue
                who = body.cite(where)
            else:
                who = organisation(facts, name, where)
            resource.set(prop, who, Span(sentence.start + match.start(), sentence.start + match.end()))


def _follow_up(text: str, match: re.Match) -> Span | None:
    """The paragraph after the one naming the programme, when it is an elliptic follow-up."""
    end = text.find("\n\n", match.end())
    if end < 0:
        return None
    following = FOLLOW_UP.match(text, end + 2)
    if following is None or any(_pattern(k.names).search(following.group()) for k in known_programmes()):
        return None
    return Span.of(following)


# "Magali Talandier et Gabriel Renault ([laboratoire Pacte](#) à Grenoble)": people named with
# their affiliation in brackets, in a sentence about a programme, take part in it.
PERSON = r"[A-ZÉ][\w'’-]+(?:\s+(?:de\s+|du\s+|le\s+)?[A-ZÉ][\w'’-]+){1,2}"
AFFILIATED = re.compile(rf"(?P<people>{PERSON}(?:\s*(?:,|\bet\b)\s*{PERSON})*)\s*\((?P<affiliation>(?:[^()]|\([^()]*\))+)\)")
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")


def _people(facts: Facts, resource: Resource, sentence: Span) -> None:
    text = facts.quote(sentence)
    for match in AFFILIATED.finditer(text):
        names = list(re.finditer(PERSON, match.group("people")))
        if not names or not all(parse_person_name(n.group()) for n in names):
            continue
        where = _affiliation(match.group("affiliation"))
        if where is None:
            continue
        start = sentence.start + match.start("affiliation")
        body = organisation(facts, where, Span(start, start + len(match.group("affiliation"))))
        for name in names:
            at = sentence.start + match.start("people") + name.start()
            who = person(facts, name.group(), Span(at, at + len(name.group())), body)
            if who is not None:
                who.set("affiliation", body)
                resource.set("participant", who, Span(sentence.start + match.start(), sentence.start + match.end()))


def _affiliation(text: str) -> str | None:
    """The body in "[laboratoire Pacte](#) à Grenoble": link marks and the town dropped."""
    name = MARKDOWN_LINK.sub(lambda m: m.group("text"), text)
    name = re.sub(r"\s+(?:à|a)\s+[A-ZÉ][\w'’ -]*$", "", name).strip()
    return name or None


def find_programmes_in(facts: Facts, text: str, offset: int) -> list[Resource]:
    """The known programmes named in a piece of the document (starting at `offset`)."""
    found = []
    for known in known_programmes():
        for match in _pattern(known.names).finditer(text):
            found.append(programme(facts, known, Span.of(match, offset=offset)))
    return found
