"""The genre reader: a document's text → its facts, zone by zone, for any layout of the genre.

Order of reading (GENRE.md §2): what the text is, who speaks and which organ meets, then for each
séance block the séance, its roll call and proxies, its counts, its items with their votes and the
memberships they decide. Every value keeps the span it was read from."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from functools import lru_cache

from civicgraph.facts import Facts, Resource, Span
from civicgraph.genre import furniture, offices
from civicgraph.genre import persons as people
from civicgraph.genre import profiles
from civicgraph.genre.offices import own_body_suffixes
from civicgraph.genre.agenda import withdrawn
from civicgraph.genre.author import author, in_furniture, organ, self_described
from civicgraph.genre.labels import formula_name, names_gone_by, with_formula_name, with_name_spelled_out
from civicgraph.genre.classify import classify
from civicgraph.genre.counts import read_counts
from civicgraph.genre.cues import Text, cue_words, cues, pattern, repair_ocr
from civicgraph.genre.dispositif import articles
from civicgraph.genre.fields import read_fields
from civicgraph.genre.flat_tables import find_flat_tables, row_amount, row_date, table_items
from civicgraph.genre.signature import read_signature
from civicgraph.genre.visas import read_visas
from civicgraph.genre.items import find_items, first_line_item, read_vote, settled, vote_result
from civicgraph.genre.memberships import fee_from, placed, read_memberships
from civicgraph.genre.movements import movements
from civicgraph.genre.roll_call import CIVILITY_IN, Named, Proxy, read_roll_call, scope_cell
from civicgraph.genre.publicity import actes_identifier, publicity_dates
from civicgraph.genre.seance import Dated, blocks, read_seance, running_title_date
from civicgraph.genre.table import read_table
from civicgraph.governance import adhesion_of, describe, deliberation, mouvement, organe, participation, pouvoir, seance, vote
from civicgraph.organisations import guess_kind, official_commune, organisation, self_mentions
from civicgraph.persons import mandate
from civicgraph.programmes import find_programmes
from civicgraph.services import services
from civicgraph.text import find_amounts, find_dates, hyphenation, markdown, slug, spaced
from civicgraph.text.name_data import with_civilities
from civicgraph.text.names import parse_person_name
from civicgraph.text.same_person import same_person
from civicgraph.text.spans import fold

RESULTS = {"unanimité": "unanimité", "adoptée": "adoptée", "rejetée": "rejetée", "prise d'acte": "prise d'acte"}


class NotGovernance(Exception):
    """The text is not minutes, an act or a decision (a newsletter, a letter): no facts."""


def read(facts: Facts) -> None:
    """Read the document into `facts`, with the layout profile it matches, if any."""
    raw = facts.document.text
    folded = fold(raw)
    text = Text.edited(view(raw, folded), raw, folded)
    profile = profiles.choose(text)
    with profiles.active(profile):
        _read(facts, text)
    if profile:
        facts.get("Document", facts.document.stem).set("profil", profile.name)


def view(text: str, folded: str | None = None) -> str:
    """The text as the reader sees it, every offset kept: Markdown's marks, page furniture, a margin column, revision balloons and
    Markdown's emphasis marks blanked, a list's bullets made "•", a heading's spaced-out letters joined, OCR's letters for "i"
    put right in the genre's words, words broken at a line's end by a hyphen or inside by OCR's space rejoined. `folded`:
    `fold(text)`, when the caller has it."""
    folded = fold(text) if folded is None else folded
    text = markdown.plain(text) if markdown.is_markdown(text) else text
    seen = spaced.joined(repair_ocr(furniture.plain_bullets(furniture.blank_markup(furniture.blank_balloons(furniture.blank_margin(furniture.joined_page_turns(furniture.blank(text, folded))), folded))), folded))
    known = cue_words()
    seen = hyphenation.rejoined_split(seen, known, folded)
    return hyphenation.rejoined_inline(hyphenation.rejoined(seen, known), known)


def _read(facts: Facts, text: Text) -> None:
    genre = classify(text)
    if genre is None:
        raise NotGovernance("not a deliberation, minutes or decision (no séance, roll call or decision cue)")
    meeting_organ = organ(text)
    speaker = author(text, meeting_organ)
    if meeting_organ and (speaker is None or speaker.kind not in meeting_organ.kinds):
        speaker = in_furniture(text, Text(facts.document.text), meeting_organ) or speaker
    association_meeting = genre.name == "assemblee-generale" or (meeting_organ and meeting_organ.kinds == ("Association",))
    if speaker is None and association_meeting:
        speaker = self_described(text)
    formula = formula_name(text) if meeting_organ else None
    speaker, aliases = with_formula_name(speaker, meeting_organ, formula) if formula else (speaker, [])
    speaker, spelled = with_name_spelled_out(text, speaker) if speaker else (speaker, [])
    kind = speaker.kind if speaker else "Association" if association_meeting else "Organisation"  # (its organ's name says the rest)
    body = organisation(facts, speaker.name, speaker.span, kind=speaker.kind) if speaker else _unnamed(facts, kind)
    for brand, span in names_gone_by(text, speaker, aliases + spelled) if speaker else ():  # "SYVALBRUN" over "Syndicat de valorisation …",
        body.set("nomAlternatif", brand, span)  # and "Le Comité syndical du SYVALBRUN": a name it goes by
    if genre.name == "assemblee-generale" and kind != "Association":
        genre = genre.__class__("proces-verbal", genre.label, genre.score)
    facts.genre = genre.name
    facts.get("Document", facts.document.stem).props["genre"] = [genre.name]
    if genre.name == "decision":
        _decision(facts, text, body)
        _subjects(facts, body)
        return
    organ_name = _organ_name(meeting_organ, kind)
    council = organe(facts, body, organ_name, meeting_organ.span if meeting_organ else None)
    meetings = [_block(facts, text, body, _organ_of_block(facts, text, body, kind, council, start), start, end) for start, end in blocks(text)]
    _publicity(facts, text, meetings[0] if meetings else None)
    _signed(facts, text, body)
    _subjects(facts, body)


def _subjects(facts: Facts, body: Resource) -> None:
    """What the document speaks of, whatever its layout: the body named by its kind alone ("la
    Ville"), the services it names or creates, the known programmes it mentions."""
    self_mentions(facts, body)
    services(facts, body)
    find_programmes(facts, body)


def _unnamed(facts: Facts, kind: str) -> Resource:
    """The body whose meeting the minutes record, when no heading or formula names it (an association
    that never says its name, a letterhead no cue knows): one of its own per document (two unnamed bodies
    are not one), an association or an organisation of no kind said, labelled as unnamed, so that the séance
    and all it holds are kept; the missing name is reported."""
    facts.report_missing("nom de l'association" if kind == "Association" else "collectivité (auteur)")
    what = "association non nommée" if kind == "Association" else "organisme non nommé"
    return organisation(facts, f"({what}, {facts.document.stem})", kind=kind)


def _publicity(facts: Facts, text: Text, meeting: Resource | None = None) -> None:
    """The document's ACTES identifier belongs to its one act; its publicity dates (the extract's
    stamp, the list's "Affiché le") to the acts of its own séance — an annexed earlier PV's acts
    were published long before."""
    acts = [r for r in facts.resources.values() if r.cls in ("Deliberation", "Decision")]
    if len(acts) == 1:
        identifier = actes_identifier(text)
        if identifier:
            acts[0].set("identifiantActes", identifier[0], identifier[1])
    else:
        acts = [a for a in acts if meeting is not None and a.first("seance") is meeting]
    days = [a.first("date") for a in acts if a.first("date")]
    for prop, (day, span) in publicity_dates(text, min(days) if days else None, Text(facts.document.text)).items():
        for act in acts:
            act.set(prop, day, span)


# Bodies whose members sit for other bodies, not for communes alone (an association's; a CCAS's or CIAS's members
# named by associations: CASF L123-6; an office public de l'habitat's by unions and tenants: CCH R421-4; a company's
# shareholders): a name in brackets after a member is a commune only when it is one.
OF_ANY_BODY = {"Association", "CentreActionSociale", "EtablissementPublicLocal", "Entreprise"}
SMALL_HOURS_END = time(6)  # no séance goes on later into the night: an earlier end before its start is a misread


def _organ_of_block(facts: Facts, text: Text, body: Resource, kind: str, council: Resource, start: int) -> Resource:
    """The organ whose séance a block records: the document's, unless a later block's heading names
    another of the body's organs ("Réunion du conseil d'administration" after the assemblée)."""
    named = organ(text, limit=200, start=start) if start else None
    if named is None or _organ_name(named, kind) == council.first("nom"):
        return council
    return organe(facts, body, _organ_name(named, kind), named.span)


def _organ_name(meeting_organ, kind: str) -> str:
    """The organ's name for its body's kind: an EPCI's "Assemblée générale" is its conseil communautaire."""
    if meeting_organ is None:
        return "Conseil"
    spec = next(o for o in cues("organs")["organs"] if o["name"] == meeting_organ.name)
    return spec.get("held_by", {}).get(kind, meeting_organ.name)


def _block(facts: Facts, text: Text, body: Resource, council: Resource, start: int, end: int) -> Resource | None:
    """One séance block read into `facts`; returns its séance (None when it has no date)."""
    read = read_seance(text, start, end)
    if read.date is None:
        read.date = running_title_date(Text(facts.document.text), text, start, end)
    if read.date is None:
        facts.report_missing("date de séance")
        _undated_act(facts, text, body, council, start, end)
        return None
    meeting = seance(facts, council, read.date.value, read.start.value if read.start else None, read.date.span)
    if read.heading_date:
        meeting.set("dateEnTete", read.heading_date.value, read.heading_date.span)
        meeting.set("conflit", f"date de l'en-tête ({read.heading_date.value.isoformat()}) ≠ date de la formule ({read.date.value.isoformat()})")
    if read.end:  # an end in the small hours, before the start, is the next day's: the séance went on past midnight
        past_midnight = read.start is not None and read.end.value < min(read.start.value, SMALL_HOURS_END)
        meeting.set("fin", datetime.combine(read.date.value + timedelta(days=past_midnight), read.end.value), read.end.span)
    if read.place:
        meeting.set("lieu", read.place.value, read.place.span)
    if read.convocation:
        meeting.set("dateConvocation", read.convocation.value, read.convocation.span)
    roster = people.Roster(facts, body)
    table = read_table(text, start, end)
    roll = read_roll_call(text, start, end, table)
    if table:
        roll.entries += _table_entries(table, roll, meeting)
        roll.proxies += table.proxies
        roll.headings += table.spans
        for conflict in table.conflicts:
            meeting.set("conflit", conflict)
    counted_only = True  # whether the roll call names no one present (their number only)
    for entry in roll.entries:
        who = roster.person(entry.who.text, entry.who.span, entry.who.order)
        if who is None:
            continue
        status = entry.status
        counted_only = counted_only and status != "présent"
        presence = participation(facts, meeting, who, status, entry.who.span)
        presence.set("depuisHeure", entry.from_time).set("jusquAHeure", entry.to_time)
        presence.set("depuisActe", entry.from_item).set("jusquAActe", entry.to_item)
        if status != "sans voix délibérative":
            who.a("Elu")
        if entry.commune:  # a council's delegate sits for a commune; an association's or a CCAS's member for any body
            named = guess_kind(entry.commune.text) != "Organisation"  # "(CC du Val)": a body that names its kind
            kind = "Commune" if not named and (not body.types & OF_ANY_BODY or official_commune(entry.commune.text)) else None
            presence.set("representeOrganisation", organisation(facts, entry.commune.text, entry.commune.span, kind=kind))
        if entry.replaces:
            titular = roster.person(entry.replaces.text, entry.replaces.span, entry.who.order)
            if titular:
                presence.set("suppleantDe", titular, entry.replaces.span)
                participation(facts, meeting, titular, "remplacé", entry.replaces.span)
    written, signed = _offices(text, start, end, roll, read_signature(text, start, end)), _signed_offices(text, start, end)
    offices_held = written + signed
    if read.president and read.president_role:  # "sous la présidence de M. X, Directeur de l'Association"
        offices_held.append((_office(read.president_role), Named(read.president.value, read.president.span)))
    roles = [(_office(part), e) for e in roll.entries if e.role for part in e.role.split(",")]
    if read.president is None or not parse_person_name(read.president.value, surname_only=True):  # "de Monsieur le Maire": an office
        read.president = _chair_by_role(text, start, end, [(office, e.who) for office, e in roles], written, signed) or read.president
    if read.president is None:  # no chair named: the body's own chair, listed present, presides (CGCT L2121-14, L5211-2)
        read.president = _holder(_is_chair, ([(office, e.who) for office, e in roles if e.status == "présent"],))
    if read.president:
        chair = _attending(facts, meeting, roster, body, read.president, read.president_role, read.date.value)
        if chair:
            meeting.set("president", chair, read.president.span)
    if read.opener:  # the maire sortant who opened before the eldest presided: there, with his office
        _attending(facts, meeting, roster, body, *read.opener, read.date.value)
    _convener(facts, meeting, roster, read)
    if read.mode:
        meeting.set("modalite", read.mode.value, read.mode.span)
    for name, span, moment in read.handovers:
        successor = roster.person(name, span)
        if successor:
            meeting.set("presidentSuivant", successor, span)
    for named, moments in roll.handovers:
        successor = roster.person(named.text, named.span)
        chair = meeting.first("president")
        if successor and chair:
            meeting.set("presidentSuivant", successor, named.span)
            handed = pouvoir(facts, meeting, chair, successor, named.span)
            handed.set("depuisHeure", moments[0].value if moments else None)
            participation(facts, meeting, successor, "présent", named.span)
    until_arrival, from_departure = [], []
    named = lambda who: _person_or_office(meeting, read, offices_held, roster, who)  # noqa: E731
    for proxy in roll.proxies:
        # a giver named by an office that one member holds ("M. le Maire, Président du CCAS, a donné pouvoir")
        giver = roster.person(proxy.giver.text, proxy.giver.span, proxy.giver.order) or _by_role(offices_held, roster, proxy.giver.text)
        holder = named(proxy.holder)  # "(procuration à M. le Maire)", "à la Vice-présidente"
        if giver is None or holder is None or giver is holder:
            continue
        participation(facts, meeting, holder, "présent", proxy.holder.span)  # a proxy holder attends
        found = pouvoir(facts, meeting, giver, holder, proxy.span)
        if not any((proxy.from_time, proxy.to_time, proxy.from_item, proxy.to_item, proxy.until_arrival, proxy.from_departure)) \
                and not _listed(facts, meeting, giver):
            participation(facts, meeting, giver, "représenté", proxy.giver.span)  # "X, excusée, a donné pouvoir à Y" under no list of the absent
        found.set("depuisHeure", proxy.from_time).set("jusquAHeure", proxy.to_time)
        found.set("depuisActe", proxy.from_item).set("jusquAActe", proxy.to_item)
        if proxy.until_arrival or not proxy.to_time:  # a proxy ends when its giver arrives (one for some acts too)
            until_arrival.append((giver, found, proxy.arrival_item))
        if proxy.from_departure and not (proxy.from_time or proxy.from_item):
            from_departure.append((giver, found))
    tables = find_flat_tables(text, start, end)
    items = find_items(text, start, end, list(roll.headings) + [t.span for t in tables])
    if not items:  # a relevé: the table lists the séance's acts
        items = [row for t in tables for row in table_items(t)]
    _acts_by_rank(facts, meeting, items, keep_rank=False)  # (before the movements: a movement's own point, kept as a rank, would part its proxy from these)
    arrivals, departures = _movements(facts, meeting, named, text, movements(text, start, end), items, counted_only)
    listed = _attendance(facts, meeting) if until_arrival or from_departure else {}
    for giver, found, arrival_item in until_arrival:  # "jusqu'à son arrivée", or said or not: until the arrival the minutes record
        at, span, before = arrivals.get(id(giver)) or _listed_arrival(listed, giver, items)
        before = before or (_item_before(items, arrival_item) if arrival_item else None)  # "…, délibération D-15": up to D-14
        if at is not None and (found.first("depuisHeure") is None or found.first("depuisHeure") < at):
            found.set("jusquAHeure", at, span)
        if before is not None and not (found.first("jusquAActe") or found.first("depuisActe")):  # the last act before the arrival
            found.set("jusquAActe", before, span)
    for giver, found in from_departure:  # "à compter de son départ": from the departure the minutes record
        at, span, next_item, _ = departures.get(id(giver)) or _listed_departure(listed, giver, items)
        found.set("depuisHeure", at, span).set("depuisActe", next_item, span)
    _scope_by_movements(facts, meeting, arrivals, departures)
    _reassigned(facts, meeting, text, start, end, named)
    _passed_on_at_departure(facts, meeting, departures)
    _from_this_item(facts, meeting, text, items)
    _bounds_as_acts(facts, meeting, items)
    if roll.secretary:
        secretary = named(roll.secretary)  # "la secrétaire générale": the member holding the office
        if secretary:
            meeting.set("secretaire", secretary, roll.secretary.span)
            if text.at(pattern(cues("roll_call")["staff_apposition"]["cue"]), roll.secretary.span.end):  # "Mme X, secrétaire de mairie"
                participation(facts, meeting, secretary, "sans voix délibérative", roll.secretary.span)
            elif not _listed_apart(facts, meeting, roll, secretary):  # a secrétaire de mairie is no member
                participation(facts, meeting, secretary, "présent", roll.secretary.span)
    for prop, (value, span) in read_counts(text, start, end).items():
        meeting.set(prop, value, span)
    _settle_double_listings(facts, meeting)
    previous = None
    for item in items:
        previous = _item(facts, text, body, meeting, roster, item, previous, tables=tables, person=named)
        for told in previous.proxies:
            _proxy_in_vote(facts, meeting, named, item.number, told, departures)
    for flat in tables:
        if flat.refused:
            facts.report_missing(f"tableau aplati [{flat.span[0]}–{flat.span[1]}] non apparié ({flat.refused})")
    for number, span in withdrawn(text, start, end):
        deliberation(facts, meeting, number, None, span).set("statut", "retirée")
    if table and table.votes and len(items) == 1:  # a tabular roll call gives each member's vote on the act
        ballot = vote(facts, deliberation(facts, meeting, items[0].number, items[0].title, items[0].span))
        for named, prop in table.votes:
            who = roster.person(named.text, named.span)
            if who:
                ballot.set(prop, who, named.span)
    return meeting


def _attendance(facts: Facts, meeting: Resource) -> dict[int, list[Resource]]:
    """The séance's participations by person (`id`), in the order they were read."""
    listed: dict[int, list[Resource]] = {}
    for found in facts.of_class("Participation"):
        if found.first("seance") is meeting:
            listed.setdefault(id(found.first("personne")), []).append(found)
    return listed


def _listed_bound(listed: dict[int, list[Resource]], who: Resource, bound: str):
    """The bound of `who`'s presence the roll call lists ("M. X (à partir de 15 h 10)": its
    `depuisHeure`; "(jusqu'à 18 h 10, délibération n° 7 incluse)": `jusquAHeure`, `jusquAActe`), or
    None; `listed`: the séance's participations by person (`_attendance`)."""
    return next((r.first(bound) for r in listed.get(id(who), ()) if r.first(bound)), None)


def _listed_arrival(listed: dict[int, list[Resource]], who: Resource, items: list) -> tuple:
    """`who`'s arrival as the roll call lists it ("M. X (à partir de 15 h 10, rapport n° 4-06)"), in
    the form of a recorded one (time, passage, the item voted before it)."""
    present = {id(who): [r for r in listed.get(id(who), ()) if "présent" in r.props.get("statut", ())]}
    first = _listed_bound(present, who, "depuisActe")
    return _listed_bound(listed, who, "depuisHeure"), None, _item_before(items, first) if first else None


def _listed_departure(listed: dict[int, list[Resource]], who: Resource, items: list) -> tuple:
    """`who`'s departure as the roll call lists it, in the form of a recorded one (time, passage,
    the item after the last one attended, that last item)."""
    last = _listed_bound(listed, who, "jusquAActe")
    numbers = [item.number for item in items]
    after = numbers[numbers.index(last) + 1] if last in numbers[:-1] else _next_number(last) if last not in numbers else None
    return _listed_bound(listed, who, "jusquAHeure"), None, after, last


def _next_number(number: str | None, step: int = 1) -> str | None:
    """The act after `number` (or before it, `step` -1) in a séance's register, whose acts are
    numbered in sequence ("BUR-2024-0407" → "BUR-2024-0408"), when the minutes do not list the
    séance's acts; None when the number does not end in digits or would fall below 1."""
    found = re.search(r"\d+$", number or "")
    if not found or int(found.group()) + step < 1:
        return None
    return f"{number[:found.start()]}{int(found.group()) + step:0{len(found.group())}d}"


def _table_entries(table, roll, meeting: Resource) -> list:
    """A roll-call table's members. When the roll call names only the exceptions ("tous les
    conseillers, à l'exception de …"), a table that calls another member absent or excused
    contradicts it: the séance records the conflict and neither status is asserted."""
    if not roll.all_but_listed:
        return table.entries
    exceptions = [name for name in (parse_person_name(e.who.text, surname_only=True) for e in roll.entries) if name]
    kept = []
    for entry in table.entries:
        name = parse_person_name(entry.who.text, surname_only=True)
        if entry.status == "présent":
            kept.append(entry)
        elif name is None or not any(same_person(name, other) for other in exceptions):
            meeting.set("conflit", f"{entry.who.text} : {entry.status} selon le tableau, présent selon l'appel (tous sauf les exceptions nommées)")
    return kept


def _attending(facts: Facts, meeting: Resource, roster, body: Resource, named, role: str | None, day) -> Resource | None:
    """The person `named` (a `Dated` name), present at the séance, with the office `role` if said."""
    who = roster.person(named.value, named.span)
    if who:
        participation(facts, meeting, who, "présent", named.span)
        if role:
            mandate(facts, who.a("Elu"), body, _role(role), named.span, attesteLe=day)
    return who


def _listed_apart(facts: Facts, meeting: Resource, roll, who: Resource) -> bool:
    """Whether `who` attends without being a member present: listed without a vote (a director
    keeping the minutes), or absent from every list of a roll call that lists the members present."""
    listed = [r for r in facts.of_class("Participation") if r.first("seance") is meeting and r.first("personne") is who]
    if any("sans voix délibérative" in r.props.get("statut", ()) for r in listed):
        return True
    return any(entry.status == "présent" for entry in roll.entries) and not listed


def _between_items(items: list, position: int, after_vote: str | None = None) -> tuple[str | None, str | None]:
    """The numbers of the items just before and just after a position of the minutes, when it lies
    between two numbered items ("3. …  Arrivée de Mme X à 21 h.  4. …"), or after the vote of the
    item it names ("après le vote de la délibération n° 2024-027")."""
    numbers = [item.number for item in items]
    if after_vote is not None and after_vote in numbers and numbers.index(after_vote) + 1 < len(numbers):  # (an item may have no number)
        return after_vote, numbers[numbers.index(after_vote) + 1]
    if after_vote and after_vote not in numbers[:-1] and _next_number(after_vote):  # acts the minutes do not list (or list no further): N, then N + 1
        return after_vote, _next_number(after_vote)
    before = [item for item in items if item.span.start < position]
    after = [item for item in items if item.span.start > position]
    if not before or not after or not before[-1].number or not after[0].number:
        return None, None
    return before[-1].number, after[0].number


def _bounds_as_acts(facts: Facts, meeting: Resource, items: list) -> None:
    """Every bound of the séance's proxies and presences that names an item by a rank, made the item's act number: by the
    rank printed before the act's number (`_points_and_acts`), else by the number's ending or the agenda's order
    (`_acts_by_rank`). A bound already an act's number is left as it is."""
    _points_and_acts(facts, meeting, items)
    _acts_by_rank(facts, meeting, items)


def _acts_by_rank(facts: Facts, meeting: Resource, items: list, keep_rank: bool = True) -> None:
    """A bound written as a bare number ("points 16 à 18", "points 1 à 4") names the item whose
    number ends with it when the items carry longer numbers ("CA-2025-16"), else the agenda's Nth
    item ("2021-03-01" … "2021-03-05"): the bound becomes that item's number, a proxy's rank kept
    (`depuisPoint`, `jusquAuPoint`) when `keep_rank`."""
    numbers = [item.number for item in items]
    if not numbers or not all(numbers) or any(n.isdigit() for n in numbers):
        return
    for found in (r for cls in ("Pouvoir", "Participation") for r in facts.of_class(cls) if r.first("seance") is meeting):
        for bound, rank in (("depuisActe", "depuisPoint"), ("jusquAActe", "jusquAuPoint")):
            written = found.first(bound)
            if isinstance(written, str) and written.isdigit():
                act = _act_ending(numbers, int(written))
                if act is None and 1 <= int(written) <= len(numbers):
                    act = numbers[int(written) - 1]
                found.props[bound] = [act or written]
                if keep_rank and act and found.cls == "Pouvoir" and found.first(rank) is None:
                    found.set(rank, int(written))  # (the rank the text wrote, kept beside the act)


def _from_this_item(facts: Facts, meeting: Resource, text: Text, items: list) -> None:
    """A proxy told in an item's minutes "à partir du présent point" (proxies.yaml scope `this_item`) holds from that item."""
    this_item = pattern(cues("proxies")["scope"]["this_item"]["cue"])
    for found in (r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting and r.first("depuisActe") is None):
        told = next((span for span in found.spans if text.find(this_item, span.start, min(len(text.raw), span.end + 40))), None)  # (in its passage or just after)
        item = told and next((item for item in items if item.block[0] <= told.start < item.block[1]), None)
        if item:
            found.set("depuisActe", item.number, told)


def _points_and_acts(facts: Facts, meeting: Resource, items: list) -> None:
    """A proxy's bound that names an item by the rank printed before its act's number ("à partir du point 5" where
    "5. Délibération n° 2027-118") becomes that act's number, and keeps the rank (`depuisPoint`, `jusquAuPoint`),
    whichever of the two the text wrote."""
    by_rank = {item.point: item.number for item in items if item.point is not None and item.number}
    by_act = {item.number: item.point for item in items if item.point is not None and item.number}
    for found in (r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting):
        for bound, rank in (("depuisActe", "depuisPoint"), ("jusquAActe", "jusquAuPoint")):
            ranks = [int(v) for v in found.props.get(bound, ()) if isinstance(v, str) and v.isdigit() and int(v) in by_rank]
            if ranks:  # (the rank written wins over an act a movement gave: "après le vote du point 2, … à partir du point 3")
                found.props[bound] = [by_rank[ranks[0]]]
                found.props.pop(rank, None)  # (a movement's own point, "après le point 3", is not the item it holds from)
            if found.first(rank) is None:
                found.set(rank, by_act.get(found.first(bound)))


def _act_ending(numbers: list[str], point: int) -> str | None:
    """The one item number whose last figures are `point` ("CA-2025-16" for 16), or None."""
    ending = [n for n in numbers if (last := re.search(r"(\d+)\D*$", n)) and int(last.group(1)) == point]
    return ending[0] if len(ending) == 1 else None


def _item_before(items: list, number: str) -> str | None:
    """The item before the one numbered `number` ("il prend part aux votes à compter du point 4":
    a proxy that ends on the arrival covers point 3)."""
    numbers = [item.number for item in items]
    if number in numbers[1:]:
        return numbers[numbers.index(number) - 1]
    return _next_number(number, -1) if number not in numbers else None


def _voted_before(items: list, first: str | None, between: str | None) -> str | None:
    """The last item voted before an arrival: the one before the first item the minutes say it
    votes on (`first`: "prend part aux votes à compter du point 4", "arrivé avant l'examen de la
    question n° 2", "arrive pendant le débat du point 2"), else the item it comes after (`between`)."""
    return _item_before(items, first) if first else between


def _debated(text: Text, items: list, position: int) -> str | None:
    """The number of the item whose debate holds `position`, before the vote its text goes on to
    record ("3. Cession …  Arrivée de Mme X à 20 h 50.  Pour : 17"): a movement there counts for
    that vote, it does not come between two items."""
    current = [item for item in items if item.block[0] <= position < item.block[1]]
    if not current or not current[-1].number:
        return None
    start, end = current[-1].block
    if vote_result(text, position, end) is None or vote_result(text, start, position) is not None:
        return None
    return current[-1].number


def _scope_by_movements(facts: Facts, meeting: Resource, arrivals: dict, departures: dict) -> None:
    """A proxy that ends when its giver arrives holds up to the item before the arrival; one that
    starts when its giver leaves holds from the item after the departure (the minutes record the
    movement between two items). A holder who leaves for good can no longer vote for anyone: the
    proxies they held end with their departure (CGCT L2121-20: a proxy is exercised by a member present)."""
    for proxy in [r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting]:
        giver = id(proxy.first("mandant"))
        arrived, left = arrivals.get(giver), departures.get(giver)
        begun = proxy.first("depuisHeure")
        if arrived and arrived[0] and proxy.first("jusquAHeure") is None and proxy.first("jusquAActe") and (begun is None or begun < arrived[0]):
            proxy.set("jusquAHeure", arrived[0], arrived[1])  # "jusqu'au point 3 inclus", then "rejoint la séance à 15 h 05": it ends then
        if arrived and arrived[2] and proxy.first("jusquAHeure") == arrived[0] and not proxy.first("jusquAActe") and _told_before(proxy, arrived[1]):
            proxy.set("jusquAActe", arrived[2], arrived[1])  # (not one given when the giver leaves again, later)
        if left and left[2] and left[0] in (None, proxy.first("depuisHeure")) and not proxy.first("depuisActe"):
            proxy.set("depuisActe", left[2], left[1])
        elif left and left[0] and proxy.first("depuisActe") and str(left[2] or proxy.first("depuisActe")) == str(proxy.first("depuisActe")) and proxy.first("depuisHeure") is None:
            proxy.set("depuisHeure", left[0], left[1])  # "(à partir du point 4)" and "a quitté la séance à 21 h 15, après le point 3" (the act after it unread: the same)
        _ended_by_holder(proxy, departures.get(id(proxy.first("mandataire"))))


def _told_before(proxy: Resource, moment: Span) -> bool:
    """Whether the proxy was first told before the passage `moment` (a movement)."""
    return not proxy.spans or proxy.spans[0].start < moment.start


def _passed_on_at_departure(facts: Facts, meeting: Resource, departures: dict) -> None:
    """A proxy told after a departure, with no scope of its own, holds from it: its giver's ("Mme X quitte l'hémicycle ;
    elle s'est fait suppléer dans son vote par M. Y"), or its giver's first holder's when the first proxy ended then
    (`_ended_by_holder`: "M. X quitte la séance à 11 h 20 … M. Y est dès lors représenté par Mme Z")."""
    proxies = [r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting]
    for proxy in (p for p in proxies if p.spans and not any(p.first(bound) for bound in SCOPE)):
        left = departures.get(id(proxy.first("mandant")))
        if left and left[1].start <= proxy.spans[0].start and (left[0] or left[2]):
            proxy.set("depuisHeure", left[0], left[1]).set("depuisActe", left[2], left[1])
            continue
        for earlier in (p for p in proxies if p is not proxy and p.first("mandant") is proxy.first("mandant")):
            left = departures.get(id(earlier.first("mandataire")))
            if left and left[1].start < proxy.spans[0].start and _ended_at(earlier, left):
                proxy.set("depuisHeure", left[0], left[1]).set("depuisActe", left[2], left[1])
                break


def _ended_at(proxy: Resource, left: tuple) -> bool:
    """Whether the proxy ended at the departure `left` (time, passage, next act, last act): its holder's."""
    return bool(left[0] or left[3]) and (proxy.first("jusquAHeure"), proxy.first("jusquAActe")) == (left[0], left[3])


SCOPE = ("depuisHeure", "jusquAHeure", "depuisActe", "jusquAActe", "depuisPoint", "jusquAuPoint")


def _reassigned(facts: Facts, meeting: Resource, text: Text, start: int, end: int, named) -> None:
    """"…, celui de M. X est remis à M. Z" (proxies.yaml `reassigned`): the proxy X gave, told before,
    is Z's, with its scope, unless the first ended when its holder left (Z's then holds from that departure:
    `_passed_on_at_departure`); told of no proxy before, it is one. Passed on from a moment ("… est reporté sur
    M. Z à partir du point 4"), it is Z's from then, the first holder's until then. `named` resolves a name
    to a person."""
    for told in text.finditer(pattern(cues("proxies")["reassigned"]["cue"]), start, end):
        giver, holder = (named(Named(text.raw[told.start(g):told.end(g)], Span(told.start(g), told.end(g)))) for g in ("giver", "holder"))
        if giver is None or holder is None or giver is holder:
            continue
        told_before = [p for p in facts.of_class("Pouvoir") if p.first("seance") is meeting and p.first("mandant") is giver
                       and p.first("mandataire") is not holder and p.spans and p.spans[0].start < told.start()]
        passed = pouvoir(facts, meeting, giver, holder, Span(told.start(), told.end()))
        since = Proxy(Named("", passed.spans[0]), Named("", passed.spans[0]), passed.spans[0])
        scope_cell(re.split(r"[.;]", text.raw[told.end():min(end, told.end() + 120)])[0], since)
        if since.from_item or since.from_time:  # (the first holder's ending, when it left, the moment it passed on)
            ended = told_before[-1].first("jusquAHeure") if told_before else None
            passed.set("depuisActe", since.from_item).set("depuisHeure", since.from_time or ended)
        elif told_before and not any(told_before[-1].first(bound) for bound in ("jusquAHeure", "jusquAActe")):
            for prop in SCOPE:
                passed.set(prop, told_before[-1].first(prop))
            facts.remove(told_before[-1])  # (one that ended, its holder gone, is kept: the new one holds from then)


def _ended_by_holder(proxy: Resource, left: tuple | None) -> None:
    """The proxy's end at its holder's departure (time, passage, next item, last item), when the
    proxy has no end of its own and began before."""
    if left is None or any(proxy.first(p) for p in ("jusquAHeure", "jusquAActe", "jusquAuPoint")):
        return
    at, span, _, last_item = left
    begun = proxy.first("depuisHeure")
    if at is not None and begun is not None and begun >= at:
        return
    proxy.set("jusquAHeure", at, span).set("jusquAActe", last_item, span)


def _movements(facts: Facts, meeting: Resource, named, text: Text, moved_list, items, counted_only: bool = False) -> tuple[dict, dict]:
    """Each movement, and the proxies it opens ("quitte la séance … et donne pouvoir à Y": from its
    item) and ends ("revient … (fin du pouvoir donné à Y)": until its item); a movement recorded
    between two numbered items comes after the first one's vote, one in an item's debate before it.
    `named` resolves a name or an office to a person; `counted_only`: the roll call lists no one present
    (their number only), so a member who leaves attended. Returns the arrivals and the
    departures by person (time, passage, the item before or after), for the proxies they scope."""
    arrivals, departures = {}, {}
    numbers = {item.number.casefold(): item.number for item in items if item.number}
    for moved in moved_list:
        who = named(moved.who)  # "M. X", or an office: "Mme la Présidente"
        if who is None:
            continue
        # (a clause's item number is read on the folded text: "24-cp05-03" is item "24-CP05-03")
        moved.item, moved.after_item, moved.votes_from = (numbers.get(n.casefold(), n) if n else n for n in (moved.item, moved.after_item, moved.votes_from))
        during = None if moved.after_item else _debated(text, items, moved.span.start)
        named_before = None if moved.after_item else moved.item or (during if moved.before_this_item else None)  # "avant l'examen de la question n° 2", "… de ce point"
        between = (None, None) if during else _between_items(items, moved.span.start, moved.after_item)
        if moved.item is None and between[0]:
            moved.item = moved.after_item = between[0]
        moved.item = moved.item or during
        moment = moved.moment or (f"à {moved.at.strftime('%H:%M')}" if moved.at else (f"après le vote du point {moved.after_item}" if moved.after_item else ""))
        point = int(moved.item) if moved.item and moved.item.isdigit() else None
        mouvement(facts, meeting, who, moved.kind, point, moment, moved.span)
        if moved.kind == "arrivée":
            participation(facts, meeting, who, "présent", moved.span).set("depuisHeure", moved.at) \
                .set("depuisActe", moved.votes_from or named_before or between[1])  # present from the act after the arrival
            told = arrivals.get(id(who))
            if told is None or told[0] is None or moved.at is not None:  # (one told twice, "rejoint la séance (note 1)": its time kept)
                arrivals[id(who)] = (moved.at, moved.span, _voted_before(items, moved.votes_from or named_before, between[0]))
        elif moved.kind == "départ":
            departures[id(who)] = (moved.at, moved.span, named_before or between[1], between[0])  # "avant l'examen du point 5": from point 5
            if counted_only and not _listed(facts, meeting, who):  # the présents only counted: who leaves was there
                participation(facts, meeting, who, "présent", moved.span)
        elif moved.kind == "retour" and id(who) in departures:
            _ended_by_return(facts, meeting, who, departures.pop(id(who)), (moved.at, moved.span, _voted_before(items, named_before, between[0])))
        for released in moved.releases:  # "…; la procuration de Mme X prend fin avec son départ"
            giver = named(released)
            if giver is not None and giver is not who:
                _held_until(facts, meeting, giver, who, moved, between[0])
        for holder_named, ends in ((moved.gives, False), (moved.ends, True)):
            holder = named(holder_named) if holder_named else None
            if holder is None or holder is who:
                continue
            # the time and agenda point of the movement that opens or ends it, as written
            proxy = pouvoir(facts, meeting, who, holder, moved.span).set("jusquAuPoint" if ends else "depuisPoint", point)
            if not _listed_alike(facts, meeting, holder):  # a proxy holder attends
                participation(facts, meeting, holder, "présent", holder_named.span)
            proxy.set("jusquAHeure" if ends else "depuisHeure", moved.at)
            scope = None if ends else moved.gives_scope  # "… il donne procuration à Mme Y pour les points 4 et 5"
            if scope:
                proxy.set("depuisActe", scope.from_item).set("jusquAActe", scope.to_item).set("jusquAHeure", scope.to_time)
        receiver = named(moved.handed_to) if moved.handed_to else None
        for handed in moved.hands if receiver else ():  # "… et remet le pouvoir de Mme X ainsi que le sien à M. Y"
            giver = named(handed)
            if giver is not None and giver is not receiver:
                handed_on = pouvoir(facts, meeting, giver, receiver, moved.span).set("depuisPoint", point).set("depuisHeure", moved.at)
                handed_on.set("depuisActe", between[1] if moved.kind == "départ" else None)  # from the act after the departure
                if moved.kind == "départ":
                    _held_until(facts, meeting, giver, who, moved, between[0])
    return arrivals, departures


def _held_until(facts: Facts, meeting: Resource, giver: Resource, leaver: Resource, moved, last_act: str | None) -> None:
    """The proxy of `giver` the leaver held, handed on at their departure, ends then: at its time and the last act before it
    ("À 15 h 40, après le vote de la résolution 3, Mme Y quitte la séance ; la procuration de M. X est désormais tenue par M. Z"),
    or "… ; la procuration de M. X prend fin avec son départ", unless another end is told already."""
    for proxy in [r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting and r.first("mandant") is giver and r.first("mandataire") is leaver]:
        if proxy.first("jusquAActe") in (None, last_act) and proxy.first("jusquAHeure") in (None, moved.at):  # (its last act told already: "pour les points 1 et 2")
            proxy.set("jusquAHeure", moved.at, moved.span).set("jusquAActe", last_act, moved.span)


def _ended_by_return(facts: Facts, meeting: Resource, who: Resource, left: tuple, back: tuple) -> None:
    """The proxy a member gave when leaving ends when they come back ("… détient la voix de M. X pour la
    durée de son absence", "M. X regagne la séance à 10 h 50, avant l'examen du point 4"): it holds from
    the act after the departure to the last one before the return. `left` is the departure (time, passage,
    next act, last act), `back` the return (time, passage, last act before it)."""
    for proxy in [r for r in facts.of_class("Pouvoir") if r.first("seance") is meeting and r.first("mandant") is who]:
        if proxy.first("jusquAHeure") or proxy.first("jusquAActe") or proxy.first("depuisHeure") not in (None, left[0]):
            continue
        if proxy.first("depuisHeure") is None and not (proxy.spans and proxy.spans[0].start >= left[1].start):
            continue  # (a proxy told before the departure, for the whole séance)
        proxy.set("depuisHeure", left[0], left[1]).set("depuisActe", proxy.first("depuisActe") or left[2], left[1])
        proxy.set("jusquAHeure", back[0], back[1]).set("jusquAActe", back[2], back[1])


def _proxy_in_vote(facts: Facts, meeting: Resource, named, number: str | None, told: tuple, departures: dict) -> None:
    """A proxy a vote's brackets write on a member who left ("M. X, sorti, représenté par Mme Y à compter de
    ce point"), unless the minutes told it before: held from that act, and from the departure they record."""
    (giver_text, giver_span), (holder_text, holder_span) = told
    giver, holder = named(Named(giver_text, giver_span)), named(Named(holder_text, holder_span))
    if giver is None or holder is None or giver is holder or any(
            p.cls == "Pouvoir" and p.first("seance") is meeting and p.first("mandant") is giver and p.first("mandataire") is holder for p in facts.resources.values()):
        return
    left = departures.get(id(giver))  # (time, passage, the act after it as the minutes name it, the act before)
    found = pouvoir(facts, meeting, giver, holder, Span(giver_span.start, holder_span.end))
    found.set("depuisActe", left[2] if left and left[2] else number).set("depuisHeure", left[0] if left else None)


AWAY = ("excusé", "absent", "représenté", "remplacé")
# Minutes that say a report was "présenté par X" tell that X spoke in the room; a form's "Rapporteur :"
# field names a role, not an attendance (a blank form's rapporteur is no présent: the seeds' Poitiers).
PRESENTED = re.compile(with_civilities(r"presentee?s?\s+par\s+(?:{civility})?\s*$", folded=True))


# A "Présents" list that also names this many members listed away, and every one of them, is the roll
# of the members (a template's full list, the statuses given after it), not of those present.
FULL_ROLL_OVERLAP = 3


def _drop_status(entry: Resource, status: str) -> None:
    """One of a participation's two statuses withdrawn, with the label that named it."""
    entry.props["statut"].remove(status)
    entry.props["rdfs:label"] = [text for text in entry.props.get("rdfs:label", []) if f" — {status}, " not in text]


def _settle_double_listings(facts: Facts, meeting: Resource) -> None:
    """A member printed both among the présents and the excusés or absents: the conflict is
    reported on the séance; they are away when the printed number of présents counts them away, or
    when the "présents" are the full roll (every member listed away is in it, `FULL_ROLL_OVERLAP`)."""
    attendance = [r for r in facts.of_class("Participation") if r.first("seance") is meeting]
    present = [r for r in attendance if "présent" in r.props.get("statut", [])]
    timed = ("depuisHeure", "jusquAHeure", "depuisActe", "jusquAActe")  # away, then arrived: no conflict
    arrived = {id(m.first("personne")) for m in facts.of_class("Mouvement")
               if m.first("seance") is meeting and m.first("typeMouvement") == "arrivée"}  # (its moment not said)
    doubled = [r for r in present if any(s in AWAY for s in r.props["statut"]) and not any(r.first(t) for t in timed)
               and id(r.first("personne")) not in arrived]
    if not doubled:
        return
    printed = meeting.first("nombrePresents")
    away_only = [r for r in attendance if r not in present and any(s in AWAY for s in r.props.get("statut", []))]
    if printed is not None and len(present) - len(doubled) == printed:
        reason = f"le nombre de présents imprimé ({printed}) le compte {{}}"
    elif len(doubled) >= FULL_ROLL_OVERLAP and not away_only:
        reason = "la liste des présents est celle de tous les membres : retenu {}"
    else:
        reason = None
    for entry in doubled:
        away = next(s for s in entry.props["statut"] if s in AWAY)
        who = entry.first("personne").first("rdfs:label")
        if reason:
            _drop_status(entry, "présent")
            meeting.set("conflit", f"{who} est listé présent et {away} ; {reason.format(away)}")
        else:
            meeting.set("conflit", f"{who} est listé présent et {away}")


# A person named by the chair's office: "Monsieur le Maire", "Mme la Présidente", "son Président",
# "au président" (a holder), "le Président de séance" (whoever chairs).
OFFICE = re.compile(with_civilities(r"(?i)(?:au\s+|à\s+(?=l))?(?:(?:{civility}|son|sa)\s+)?(?:l[ea]\s+)?" + offices.chair() + r"(?P<chair>\s+de\s+(?:la\s+)?s[ée]ance)?"))


def _by_office(meeting: Resource, read, written: str) -> Resource | None | bool:
    """The séance's president when `written` names the chair's office and that is their role (or
    names the chair: "le Président de séance"); None when it names the office of someone else;
    False when it names no office, or the chair's office when the chair's own is not known."""
    office = OFFICE.fullmatch(written.strip())
    if not office:
        return False
    chair = meeting.first("president")
    if chair is not None and (office["chair"] or offices.own_chair().fullmatch((read.president_role or "").split(",")[0].strip())):
        return chair
    return None if read.president_role else False


# What an office is written with, not the office: "à", "au", a civility, an article.
OFFICE_LEAD = re.compile(with_civilities(r"(?:(?:a|au|aux)\s+)?(?:(?:{civility})\s+)?(?:(?:le|la|l')\s*)?", folded=True))


@lru_cache(maxsize=1 << 12)  # (a document compares each roll-call role and holder with every office it gives)
def _office(written: str) -> str:
    """An office as compared: folded, without its article or civility, ordinals as figures
    ("au Premier Vice-Président" and "1er vice-président" are "1 vice-president")."""
    folded = " ".join(fold(written).split())
    office = re.sub(r"\b(\d+)\s*(?:er|re|ere|e|eme|nd|nde)\b", r"\1", folded[OFFICE_LEAD.match(folded).end():])
    ordinals = offices.ordinals()
    return re.sub(r"\b[a-z]+\b", lambda w: str(ordinals.get(w.group(), w.group())), office)


def _offices(text: Text, start: int, end: int, roll, signature) -> list[tuple[str, Named]]:
    """The offices the document gives its members, folded, with who holds each: the roll call's
    roles ("M. X, 1er Vice-président"), the signatory's quality ("La Vice-présidente, Y") and a
    role written after a name in the séance's text ("par M. X, Premier Vice-Président", "M. X, Maire
    de Val-Brun") and a heading's field ("Maire : M. X", `offices.yaml`, `field`)."""
    held = [(_office(part), e.who) for e in roll.entries if e.role for part in e.role.split(",")]
    if signature and signature.quality and signature.name:
        held.append((_office(signature.quality), Named(signature.name, signature.name_span)))
    for cue in (cues("roll_call")["office_apposition"]["cue"], cues("roll_call")["maire_of_commune"]["cue"], cues("offices")["field"]["cue"]):
        for found in text.finditer(pattern(cue), start, end):
            held.append((_office(text.raw[found.start("role"):found.end("role")]), _last_named(text, found)))
    return held + _listed_offices(text, start, end)


def _listed_offices(text: Text, start: int, end: int) -> list[tuple[str, Named]]:
    """The offices a line lists with each holder's place ("Maires délégués : M. X (Val-Brun), …", `offices.yaml`
    listed): "maire delegue de val-brun" held by M. X."""
    spec, held = cues("offices")["listed"], []
    for listed in text.finditer(pattern(spec["cue"]), start, end):
        office = re.sub(r"s\b", "", text.folded[listed.start("role"):listed.end("role")])  # "maires delegues" → "maire delegue"
        for holder in text.finditer(pattern(spec["holder"]), listed.start("items"), listed.end("items")):
            place = text.raw[holder.start("place"):holder.end("place")]
            held.append((_office(f"{office} de {place}"), Named(" ".join(text.raw[holder.start("who"):holder.end("who")].split()), Span(holder.start("who"), holder.end("who")))))
    return held


def _last_named(text: Text, found: re.Match) -> Named:
    """The name an office written after it belongs to: from the last civility on ("Monsieur Paul
    ROCHE⏎⏎Avant de commencer Madame BRUN, Présidente" is Madame BRUN's office); a cue's lazy name
    may start at an earlier sentence's civility when nothing stops it in between."""
    starts = [m.start() for m in CIVILITY_IN.finditer(text.raw, found.start("who"), found.end("who"))]
    if len(starts) < 2:
        return _who(text, found)
    return Named(" ".join(text.raw[starts[-1]:found.end("who")].split()), Span(starts[-1], found.end("who")))


def _signed_offices(text: Text, start: int, end: int) -> list[tuple[str, Named]]:
    """The offices signatures give ("Le Président,⏎Paul ROCHE" under a convocation or the minutes,
    `offices.yaml`, `signed`), folded, with their signatories: a name only when it reads as one."""
    found = text.finditer(pattern(cues("offices")["signed"]["cue"]), start, end)
    return [(_office(text.raw[f.start("role"):f.end("role")]), who) for f in found if _signed_name((who := _who(text, f)).text)]


def _signed_name(written: str) -> bool:
    """Whether a signature's line reads as a person: a full name, or a surname after a civility
    ("Madame BRUN": the civility says it is a person, not a service or a place)."""
    if parse_person_name(written):
        return True
    name = parse_person_name(written, surname_only=True)
    return bool(name and name.civility)


def _who(text: Text, found: re.Match) -> Named:
    return Named(" ".join(text.raw[found.start("who"):found.end("who")].split()), Span(found.start("who"), found.end("who")))


def _by_role(offices: list[tuple[str, Named]], roster, written: str) -> Resource | None:
    """The one member the document gives the office `written` names ("au Maire de Val-Brun", "au
    1er Vice-président", "le Secrétaire", "à la Vice-présidente"), or None. Offices in apposition
    ("M. le Maire, Président du CCAS") name one member when each names the same."""
    parts = [part for part in written.split(",") if part.strip()]
    if len(parts) > 1:
        found = {id(p): p for p in map(lambda part: _by_role(offices, roster, part), parts) if p is not None}
        return next(iter(found.values())) if len(found) == 1 else None
    office = _office(written)
    own = [office + suffix for suffix in own_body_suffixes()]  # "Directeur de l'Association" is "le Directeur"
    holders = {id(person): person for held, who in offices if office and (held == office or held in own or held.startswith(tuple(o + " d" for o in own)))
               if (person := roster.person(who.text, who.span))}  # ("Président de l'Assemblée du Val-Brun": its body named after it)
    return next(iter(holders.values())) if len(holders) == 1 else None


def _person_or_office(meeting: Resource, read, offices, roster, named: Named) -> Resource | None:
    """The person `named` writes: by the chair's office ("Mme la Présidente"), by an office the
    document gives one member, or by name."""
    chair = _by_office(meeting, read, named.text)
    if chair is None:  # the chair's office, which the chair's first apposition does not give: the member the document gives it
        return _by_role(offices, roster, named.text)  # ("Mme X, Maire du 12e arrondissement, Présidente")
    if chair is not False:
        return chair
    return _by_role(offices, roster, named.text) or roster.person(named.text, named.span, named.order)


def _convener(facts: Facts, meeting: Resource, roster, read) -> None:
    """"convoqué par Monsieur le Maire": the séance's president when that is their role; a name is that person."""
    if read.convened_by is None:
        return
    chair = _by_office(meeting, read, read.convened_by.value)
    who = roster.person(read.convened_by.value, read.convened_by.span) if chair is False else chair
    meeting.set("convoquePar", who, read.convened_by.span)


def _chair_by_role(text: Text, start: int, end: int, *sources: list[tuple[str, Named]]) -> Dated | None:
    """The chair a séance names by office alone: "sous la présidence de sa Vice-présidente" (that
    office, `president_by_office`), "La Présidente ouvre la séance" (the chair's own, `president_by_role`);
    the one member given it by the first of `sources` that gives it (the roll call's roles, the
    document's other offices, its signatures), or None."""
    named = text.find(pattern(cues("seance")["president_by_office"]["cue"]), start, end)
    office = _office(text.raw[named.start("office"):named.end("office")]) if named else None
    if office and not CHAIR.fullmatch(office):  # "sa Vice-présidente": that office's holder
        own = {office + suffix for suffix in own_body_suffixes()}
        return _holder(lambda held: held == office or held in own, sources)
    if office or text.find(pattern(cues("seance")["president_by_role"]), start, end):
        return _holder(_is_chair, sources)
    return None


CHAIR = re.compile(offices.chair(folded=True) + r"(?!\s+d)")  # "présidente", not "présidente de la commission"


def _is_chair(office: str) -> bool:
    """Whether a folded office is the body's own chair: "maire", "présidente", "président du conseil d'administration"."""
    return bool(CHAIR.match(office) or offices.own_chair().fullmatch(office))


def _holder(holds, sources: tuple[list[tuple[str, Named]], ...]) -> Dated | None:
    """The one member the first source that gives an office `holds` accepts gives it to; holders
    are told apart by family name before any person is made of them."""
    for source in sources:
        holders = {slug(name.family): who for office, who in source if holds(office)
                   if (name := parse_person_name(who.text, surname_only=True))}
        if holders:
            return next(Dated(who.text, who.span) for who in holders.values()) if len(holders) == 1 else None
    return None


def _listed(facts: Facts, meeting: Resource, who: Resource) -> bool:
    """The roll call already says something of `who` at this séance."""
    return any(r.first("seance") is meeting and r.first("personne") is who for r in facts.of_class("Participation"))


def _listed_alike(facts: Facts, meeting: Resource, who: Resource) -> bool:
    """The roll call says something at this séance of `who` or of someone of the same family name, its OCR
    figures read as letters ("P0NS" of the roll, "PONS" of a tally: perhaps one member, two spellings)."""
    key = _family_key(who)
    return any(r.first("seance") is meeting and (r.first("personne") is who or _family_key(r.first("personne")) == key)
               for r in facts.of_class("Participation"))


def _family_key(who: Resource) -> str:
    return slug(who.first("nomFamille") or who.first("rdfs:label") or "").translate(OCR_FIGURES)


OCR_FIGURES = str.maketrans("01", "ol")  # (a slug is lower case)


def _undated_act(facts: Facts, text: Text, body: Resource, council: Resource, start: int, end: int) -> None:
    """An extract that prints no séance but enacts ("Le Conseil municipal … Délibère : Article
    premier …"): the act is read — its title the "Objet", else the first line — with its
    membership; no séance or date is made up."""
    if not text.find(pattern(cues("items")["enacting"]), start, end):
        return
    items = find_items(text, start, end, []) or [first_line_item(text, start, end)]
    roster = people.Roster(facts, body)
    previous = None
    for item in items:
        if item.title or item.number:
            previous = _item(facts, text, body, None, roster, item, previous, council)


def _role(role: str) -> str:
    """"Présidente de la Métropole Aix-Marseille-Provence" → "Présidente": the body a role names is
    the mandate's organisation already."""
    role = " ".join(role.split()).strip(" ,.")
    role = re.sub(r"\s+(?:de\s+la|de\s+l['’]|du|des|de)\s+[A-ZÉÈ].*$", "", role)
    return role[:1].upper() + role[1:]


def _item(facts, text, body, meeting, roster, item, previous, council=None, tables=(), person=None):
    """One item: its deliberation, rapporteur, vote and the membership it decides; returns its
    tally, for "mêmes élus que ci-dessus" in the next one. `meeting` is None for an extract that
    prints no séance (the act is then keyed on its `council`). A flattened table in its text is the
    decisions it reports: their amounts and memberships are the rows', never the item's. `person`
    resolves a voter written by name or office ("hors de la présence du Maire"); by name when None."""
    decision = deliberation(facts, meeting, item.number, item.title, item.span, council)
    inner = [t for t in tables if item.block[0] <= t.span[0] < item.block[1]]
    own_end = min([t.span[0] for t in inner] + [item.block[1]])
    if item.rapporteur:
        who = roster.person(*item.rapporteur)
        decision.set("rapporteur", who, item.rapporteur[1])
        said = text.folded[max(0, item.rapporteur[1].start - 30):item.rapporteur[1].start]
        if who is not None and meeting is not None and PRESENTED.search(said) and not _listed_alike(facts, meeting, who):
            participation(facts, meeting, who, "présent", item.rapporteur[1])  # "présenté par X": X spoke in the room
    for found in find_amounts(text.raw[item.span.start:own_end], text.plain_folded[item.span.start:own_end]):
        decision.set("montant", found.value.value)
    _fields(facts, text, body, decision, (item.span.start, item.block[1]))
    for article, span in articles(text, *item.block):
        decision.set("article", article, span)
    for visa in read_visas(text, *item.block):
        decision.set("vise", _legal_text(facts, visa), visa.span)
    tally = read_vote(item.outcome or text, *item.block)
    for prop, count in item.counts.items():  # a table's count columns: the row's vote, its result told or decided by them
        tally.counts.setdefault(prop, count)
    settled(tally)
    for note in item.notes:  # "Contre : M. X, Mme Y" told in a note on a table's row
        _told_more(tally, read_vote(text, *note))
    _same_as_above(tally, previous)
    _vote(facts, decision, person or (lambda n: roster.person(n.text, n.span)), tally)
    for membership in _memberships(text, item, own_end):
        for note in item.notes:  # a table's row: its fee in the note on its act
            fee_from(text, *note, membership)
        _membership(facts, body, decision, membership, meeting.first("date") if meeting else None)
    for table in inner:
        for row in table.rows:
            reported(facts, text, body, decision, row, meeting.first("date") if meeting else None)
    return tally


def _memberships(text: Text, item, own_end: int) -> list:
    """The memberships an item decides: read from its title and dispositif, or, for a table's row, from its title
    joined down its column (its spans put back in the document) and from what follows the table's row."""
    if item.row is None:
        return read_memberships(text, item.span.start, own_end, (item.title or "", item.span))
    title = Text(item.row.text)
    found = [placed(m, item.row.span) for m in read_memberships(title, 0, len(title.raw), (title.raw, Span(0, len(title.raw))))]
    if not found:  # the note restating the act ("Point 3 - Renouvellement … Cotisation : …"), the row's fee and year where it has none
        found = [m for note in item.notes for m in read_memberships(text, *note)]
        for membership in found:
            fee_from(text, item.span.start, item.span.end, membership)
    for membership in found:
        for note in item.notes:  # "Point 2 - … DÉCIDE de renouveler l'adhésion … cotisation de 870 €"
            fee_from(text, *note, membership)
        fee_from(text, item.span.end, own_end, membership)  # "… approuve la cotisation de 8 450 €" below the row
    return found


def _told_more(tally, note) -> None:
    """A row's tally completed by its note: the names and counts the table's cell leaves out."""
    for key, names in note.names.items():
        tally.names.setdefault(key, names)
    for key, count in note.counts.items():
        tally.counts.setdefault(key, count)
    tally.by_proxy += [n for n in note.by_proxy if n not in tally.by_proxy]


def reported(facts, text, body, report, row, day) -> Resource:
    """A decision taken by delegation, read from its row in the table of an item that reports it
    (`report`): number, date (a year not printed is the report's, or the year before when that
    would come after it), object, amount, and the membership its object decides, with the row's
    amount."""
    number, title = row.get("number"), row.get("object")
    key = number.text if number else title.text
    act = facts.get("Decision", body, key, span=Span(min(c.start for c in row.values()), max(c.end for c in row.values())))
    act.set("rdfs:label", f"Décision n° {number.text}" if number else title.text).set("numero", number.text if number else None)
    act.set("titre", title.text if title else None).set("auteur", body).set("renduCompteDans", report)
    act.set("dcterms:source", facts.get("Document", facts.document.stem))
    when = row_date(row.get("date"), day)
    if when:
        act.set("date", when[0], Span(row["date"].start, row["date"].end)).set("motifDate", when[1])
    amount = row_amount(row.get("amount"))
    if amount:
        act.set("montant", amount.value)
    if title:
        # a row's one amount is one membership's: the first association its title joins
        for found in read_memberships(text, title.start, title.end, (title.text, Span(title.start, title.end)))[:1]:
            found.amount, found.amount_span = (amount, Span(row["amount"].start, row["amount"].end)) if amount else (None, None)
            _membership(facts, body, act, found, when[0] if when else day)
    return act


def _legal_text(facts: Facts, visa) -> Resource:
    cited = facts.get("TexteJuridique", visa.reference, span=visa.span)
    cited.set("rdfs:label", visa.reference if visa.day is None else f"{visa.reference} du {visa.day.isoformat()}")
    return cited.set("reference", visa.reference).set("titre", visa.title).set("date", visa.day)


def _signed(facts: Facts, text: Text, body: Resource) -> None:
    """A document of one act: who signs it, with which quality and delegation, where and when."""
    acts = [r for r in facts.resources.values() if r.cls in ("Deliberation", "Decision") and r.first("statut") != "retirée"]
    found = read_signature(text, 0, len(text))
    if len(acts) != 1 or found is None:
        return
    act = acts[0]
    if found.day:
        act.set("dateCertification", found.day, found.made_span).set("lieuCertification", found.place)
    who = people.Roster(facts, body).person(found.name, found.name_span) if found.name else None
    if who is None:
        return
    act.set("signataire", who.a("Elu"), found.span).set("qualiteSignataire", found.quality)
    if found.quality:
        mandate(facts, who, body, found.quality, found.span, delegation=found.delegation, attesteLe=found.day)


def _fields(facts, text, body, decision, block) -> None:
    """The act's labelled fields: its identifier, ACTES matière, commission and service."""
    for found in read_fields(text, *block):
        if found.kind == "matiere":
            prop = "codeMatiere" if re.fullmatch(r"\d+(?:\.\d+)*", found.value) else "libelleMatiere"
            decision.set(prop, found.value, found.span)
        elif found.kind == "organe":
            decision.set(found.prop, organe(facts, body, found.value, found.span), found.span)
        elif found.kind == "service":
            unit = organisation(facts, found.value, found.span, kind="Service").set("organisationParente", body)
            decision.set(found.prop, unit, found.span)
        else:
            decision.set(found.prop, found.value, found.span)


def _same_as_above(tally, previous) -> None:
    """"Contre : 6 (mêmes élus que ci-dessus)": the names of the same tally of the item before."""
    for prop, names in list(tally.names.items()):
        if len(names) == 1 and re.search(r"(?i)m[êe]mes?\s+[ée]lus?\s+que\s+ci-dessus", names[0][0]):
            if previous and prop in previous.names:
                tally.names[prop] = previous.names[prop]
            else:
                del tally.names[prop]


def _vote(facts, decision, person, tally) -> None:
    """The vote of `decision` as `tally` reads it; `person(Named)` is the member a name or an office writes."""
    if not (tally.result or tally.counts or tally.names):
        return
    ballot = vote(facts, decision)
    if tally.result:
        ballot.set("resultat", RESULTS[tally.result], tally.result_span)
    for prop, (count, span) in tally.counts.items():
        if prop in ("pour", "contre", "abstention"):
            ballot.set(prop, count, span)
    for prop, names in tally.names.items():
        target = {"pour": "votantPour", "contre": "votantContre", "abstention": "votantAbstention", "nonParticipant": "nonParticipant"}[prop]
        for name, span in names:
            who = person(Named(name, span))
            if who:
                ballot.set(target, who, span)
                _voted_in_person(facts, decision.first("seance"), who, (name, span) in tally.by_proxy, span)
    if tally.at:
        ballot.set("heureVote", tally.at)


def _voted_in_person(facts: Facts, meeting: Resource | None, who: Resource, by_proxy: bool, span: Span) -> None:
    """A member a tally names (for, against, abstaining or taking no part), not by proxy, whom the roll call
    does not list (présents only counted, "liste d'émargement annexée"): they sat in the room, so attended."""
    if meeting is not None and not by_proxy and not _listed_alike(facts, meeting, who):
        participation(facts, meeting, who, "présent", span)


def _membership(facts, member, decision, found, day) -> None:
    association = organisation(facts, found.association, found.association_span, kind="Association")
    describe(facts, association, decision.first("titre") or "")
    year = found.year or (day.year if day else None)
    if year is None:
        return
    adhesion = adhesion_of(facts, member, association, year, found.span)
    if found.amount:
        adhesion.set("cotisation", found.amount.value, found.amount_span).set("devise", found.amount.currency)
        adhesion.cite(found.fee_clause)  # the page of the membership shows the clause that states its fee
    adhesion.set("renouvellement", found.renewal).set("decidePar", decision)
    for key, prop in (("chapitre", "imputationChapitre"), ("nature", "imputationNature"), ("fonction", "imputationFonction"),
                      ("compte", "imputationCompte"), ("sous_politique", "imputationSousPolitique")):
        if key in found.budget:
            adhesion.set(prop, *found.budget[key])


def _decision(facts: Facts, text: Text, body: Resource) -> None:
    """A décision du maire or du président: an act without séance, attendance or vote."""
    number = re.search(r"(?i)d[ée]cision\s+(?:du|de\s+la)\s+\w+\s+n\s*°\s*(?P<n>[\w./-]*\d[\w/-]*)", text.raw)
    title = re.search(r"(?im)^\s*objet\s*:\s*(?P<t>[^\n]+)", text.raw)
    signed = re.search(r"(?i)fait\s+à\s+[^,\n]+,\s+le\s+(?P<d>[^\n]+)", text.raw)
    day = find_dates(signed["d"])[0].value if signed and find_dates(signed["d"]) else None
    key = number["n"] if number else (title["t"] if title else None)
    if key is None:
        facts.report_missing("numéro ou objet de la décision")
        return
    act = facts.get("Decision", body, key, span=Span(number.start(), number.end()) if number else None)
    act.set("rdfs:label", f"Décision n° {key}" if number else title["t"]).set("numero", number["n"] if number else None)
    act.set("titre", " ".join(title["t"].split()) if title else None).set("date", day).set("auteur", body)
    act.set("dcterms:source", facts.get("Document", facts.document.stem))
    for found in read_memberships(text, title.start() if title else 0, len(text), (title["t"], Span(title.start(), title.end())) if title else None):
        _membership(facts, body, act, found, day)
    _publicity(facts, text)
