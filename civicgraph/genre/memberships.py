"""Association memberships an act decides: joining ("adhérer à"), renewing, paying the cotisation,
with the association, year, amount and budget line — never from a false friend (a service
commun, the inhabitants' "adhésion" to a project, members' own fees; `memberships.yaml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, alternatives, cues, fold_piece, pattern
from civicgraph.genre.items import decided_from
from civicgraph.organisations import NAME_GOES_ON, designator, normalise, reference_table
from civicgraph.territories import names_a_division
from civicgraph.text import Amount, find_amounts
from civicgraph.text.acronyms import acronyms, spelled_out, spells


@dataclass
class Membership:
    association: str
    association_span: Span
    renewal: bool
    year: int | None = None
    amount: Amount | None = None
    amount_span: Span | None = None
    fee_clause: Span | None = None  # the clause that states the fee ("de régler l'adhésion de 5 000 euros pour l'année 2021")
    budget: dict[str, tuple[str, Span]] = field(default_factory=dict)  # key → (value, its passage)
    span: Span | None = None


# A body's kind in lowercase before its name in capitals ("réseau Rivières Vives", "association des Maires de …").
HEADED = re.compile(r"[a-zé]+\s+(?:(?:de|des|du|d['’])\s*)?[A-ZÉ0-9]")


def _association(text: Text, at: int, end: int) -> tuple[str, Span] | None:
    spec = cues("memberships")
    raw = text.raw[at:end]
    lead = re.match(rf"\s*(?:(?:à|a)\s+)?(?i:l['’]|la\s+|le\s+|au\s+|aux\s+)?(?:(?P<designator>(?i:association))\s+(?!{NAME_GOES_ON})(?=[A-ZÉ«\"“]))?(?P<quote>[«\"“]?)\s*", raw)
    start = at + lead.end()
    stop = text.find(pattern(spec["association_stop"].replace("{dispositif_verb}", spec["dispositif_verb"])), start + 2, min(end, start + 160))
    stop_at = stop.start() if stop else min(end, start + 120)
    # on the raw text, where capitals count: a closing quote, a line or a sentence that opens ("…
    # du Val-Brun⏎Le Maire rappelle …", "… du Val L'assemblée approuve …")
    closing = r"\s*[»”\"]" if lead["quote"] else r"(?!)"
    opener = re.search(rf"{closing}|\n(?=[ \t]*{cues('items')['line_openers']['cue']})|{cues('items')['sentence_openers']}", text.raw[start:min(end, stop_at + 40)])
    stop_at = min(stop_at, start + opener.start()) if opener else stop_at  # looked past the stop: "AAV⏎M. le …"
    stop_at = _spelled_past_comma(text.raw, start, stop_at)
    name = text.raw[start:stop_at].strip(" «»\"“”.")
    if lead["designator"] and designator(fold_piece(f"association {name}")) is None:
        start = at + lead.start("designator")  # "l'association Bretagne" is not the Région: the word is part of the name
        name = text.raw[start:stop_at].strip(" «»\"“”.")
    # an acronym in brackets (its motto perhaps: "(APV - Territoires du Val)"), and the place that may follow it: "… du Patrimoine (ACP) des Hautes-Terres"
    bracket = re.match(r"\s*(\([A-Z][A-Za-z]+(?:\s+[-–]\s+[^()\n]{2,40})?\))((?:\s+(?:des|du|de\s+la|de\s+l['’]|de)\s*[A-ZÉ][\w'’-]+)?)", text.raw[stop_at:stop_at + 80])
    if bracket:
        name, stop_at = f"{name} {bracket.group(1)}{bracket.group(2)}", stop_at + bracket.end()
        if not bracket.group(2) and (region := _division_after(text.raw, stop_at)):
            name, stop_at = f"{name} {region}", stop_at + len(text.raw[stop_at:]) - len(text.raw[stop_at:].lstrip()) + len(region)
    if HEADED.match(name) and re.match(spec["association_words"], fold_piece(name)):
        name = name[0].upper() + name[1:]  # "au réseau Rivières Vives": the lowercase kind heads the name
    if len(name) < 3 or name[:1].islower() or re.match(r"\d+(?:[\s/.,-]|$)", name):  # a sum or a date ("15 € par foyer", "31 décembre"), not "27e Région"
        return None
    return " ".join(name.split()), Span(start, start + len(name))  # a name wrapped over lines is one line


PLACE_WORDS = re.compile(r"[ \t]+((?:[A-ZÉÎ][\w'’-]*)(?:[ \t]+(?:de|d['’]|du)?[ \t]*[A-ZÉÎ][\w'’-]*){0,3})")


def _division_after(raw: str, at: int) -> str | None:
    """The région or département named right after an association's acronym ("… (CRAJEP) Auvergne-Rhône-Alpes", "…
    (URIOPSS) Nouvelle-Aquitaine": the network's level), the longest of the capitalised words there that names one."""
    found = PLACE_WORDS.match(raw, at)
    if not found:
        return None
    words = found.group(1).split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        if names_a_division(place, "region") or names_a_division(place, "departement"):
            return place
    return None


# A comma, then capitalised words up to an acronym in brackets on the same line: "Élus, Eau & Territoires (EET)".
COMMA_TO_ACRONYM = re.compile(r",[ \t]+[A-ZÉ][^\n(),;]{0,80}?[ \t]*\((?P<acronym>[A-Z][A-Za-z0-9]+)\)")


def _spelled_past_comma(raw: str, start: int, stop: int) -> int:
    """Where a name stopped at a comma ends when the acronym after it spells the words on both sides, the comma
    inside the name ("l'association Élus, Eau & Territoires (EET)": before the bracket); else `stop`."""
    after = COMMA_TO_ACRONYM.match(raw, stop)
    if after is None:
        return stop
    spelled = spelled_out(raw, after["acronym"], start, after.end())
    return after.start("acronym") - 1 if spelled and spelled[0] <= start else stop


def read_memberships(text: Text, start: int, end: int, title: tuple[str, Span] | None = None) -> list[Membership]:
    """The memberships an item decides, from its title and dispositif: the association its title
    joins, or each one its dispositif joins ("de renouveler l'adhésion à X (cotisation de 340 €) et
    d'adhérer à Y (cotisation de 150 €)"; one article each), each with its own clause's fee, year
    and renewal. Empty when the item decides none."""
    region = (title[1].start if title else start, end)
    wording = text.folded[region[0]:region[1]]
    # a name in a title ends with it when a sentence follows the title ("… Bretagne Vivante Iroise⏎
    # Renouvellement de l'adhésion …, compte 6281."), unless the "title" is itself a sentence
    title_end = title[1].end if title and _sentence_follows(text, title[1].end) and not re.match(cues("items")["line_openers"]["cue"], title[0]) else start
    named = [(match, _cased(text, name, region)) for match, name in _joins(text, region, title_end) if _is_association(name, wording)]
    if not named and title:
        first = _named_first(text, title[1], wording)
        return [_membership(text, first[0], first[1], (start, end), region[0], wording)] if first else []
    if not named:
        return []  # (most items: no dispositif to look for)
    decided = decided_from(text, region[0], end)  # the exposé before the dispositif only proposes
    in_title = lambda join: title is not None and join[0].start() < title[1].end  # noqa: E731
    joins = [j for j in named if j[0].start() >= decided or in_title(j)] if any(j[0].start() >= decided for j in named) else named
    joins = [(match, _fullest(_antecedent(text, name, region), named)) for match, name in _distinct(joins)]
    if not joins:
        return []
    if in_title(joins[0]):  # a title names an act's one association
        return [_membership(text, *joins[0], (start, end), region[0], wording)]
    if len(joins) == 1:
        return [_one_joined(text, joins[0], (start, end), region[0], wording)]
    bounds = [match.start() for match, _ in joins[1:]] + [_sentence_end(text, joins[-1][0].end(), end)]
    lead = [_sentence_start(text, joins[0][0].start(), region[0])] + [match.end() for match, _ in joins[:-1]]
    return [_membership(text, match, name, (match.start(), stop), match.start(), fold_piece(text.raw[begin:match.end()]))
            for (match, name), stop, begin in zip(joins, bounds, lead)]


def _cased(text: Text, named: tuple[str, Span], region: tuple[int, int]) -> tuple[str, Span]:
    """A name a title prints in capitals ("« LES AMIS DU LAC DE VAL-BRUN »"), as the item's text writes it
    in full case when it does ("l'association « Les Amis du Lac de Val-Brun »")."""
    name, _ = named
    if not name.isupper():
        return named
    for found in re.finditer(re.escape(name), text.raw[region[0]:region[1]], re.I):
        if not found.group().isupper():
            return found.group(), Span(region[0] + found.start(), region[0] + found.end())
    return named


# What heads a title before the body it names: "4 - ", "2025-040 - ", "Rapport n° 5 - ", "Point 6 – ", "Délibération n° 2025-013 : ", "Délibération n° 2025-06⏎Objet : ",
# a series' letters before a year's number ("Délibération CS 2026-19 - ", "DCC 2026-082 – "), a point's number before its act's
# ("3. Délibération 2026-19 - ").
LEADING_NUMBER = re.compile(r"(?i)\s*(?:(?:(?:rapport|point|question|affaire|dossier|d[ée]lib[ée]ration)\s+)?(?:(?-i:[A-Z]{1,5})\s+(?=\d[\dOIl]{3}[-_/]))?(?:n\s*°\s*)?[\w./-]*\d[\w./-]*(?:\s*[-–—.):]\s+|[ \t]*\n\s*)){0,2}(?:objet\s*:\s*)?")


JOINED_FIRST = re.compile(r"(?i)\s*(?:renouvellement\s+de\s+l['’])?adh[ée]sion\s+(?:à|a|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+)?")


def _named_first(text: Text, title: Span, wording: str) -> tuple[re.Match, tuple[str, Span]] | None:
    """The association a title names before its membership ("Réseau des Bourgs du Val – cotisation 2025",
    `memberships.yaml` title_first), when it is one."""
    found = text.find(pattern(cues("memberships")["title_first"]["cue"]), title.start, title.end)
    if found is None:
        return None
    lead = LEADING_NUMBER.match(text.raw, title.start, found.start())
    begin = lead.end() if lead else title.start
    joined = JOINED_FIRST.match(text.raw, begin, found.start())  # "Adhésion au GART – cotisation 2025": the body joined
    begin = joined.end() if joined else begin
    name = text.raw[begin:found.start()].strip()
    named = (name, Span(begin, begin + len(name)))
    return (found, named) if name and _is_association(named, wording) else None


def _one_joined(text: Text, join, item: tuple[int, int], year_from: int, wording: str) -> Membership:
    """The one association an item's text joins: the fee and year of the sentence that joins, else the item's."""
    membership = _membership(text, *join, item, year_from, wording)
    sentence = (_sentence_start(text, join[0].start(), year_from), _sentence_end(text, join[0].end(), item[1]))
    own = _membership(text, *join, sentence, join[0].start(), wording)
    if own.amount:
        membership.amount, membership.amount_span, membership.fee_clause = own.amount, own.amount_span, own.fee_clause
    membership.year = own.year or membership.year
    return membership


def _sentence_follows(text: Text, at: int) -> bool:
    """The line after `at` ends a sentence: it is no more of a title wrapped over lines."""
    raw = text.raw
    while at < len(raw) and raw[at] in " \t\n":  # (the line found in place: the rest of the text was copied twice)
        at += 1
    stop = raw.find("\n", at)
    line = raw[at:stop if stop >= 0 else len(raw)]
    return re.search(r"[.;]\s*$", line) is not None


def _joins(text: Text, region: tuple[int, int], title_end: int):
    """(join cue, (association, its span)) in order, once per association, false friends left out;
    a name in the title ends with it."""
    spec = cues("memberships")
    false_friends = alternatives(spec["false_friends"])
    seen = set()
    for match in text.finditer(pattern(spec["join"]), *region):
        context = text.folded[max(region[0], match.start() - 60):min(region[1], match.end() + 120)]
        before = text.folded[max(region[0], match.start() - 60):match.start()]
        clause = text.folded[max(region[0], *(text.folded.rfind(c, 0, match.start()) + 1 for c in "\n;")):match.start()]
        if re.search(false_friends.pattern, context) or re.search(spec["not_joining"]["cue"], before) or re.match(spec["cited"]["cue"], clause):
            continue
        named = _association(text, match.end(), title_end if match.start() < title_end else region[1])
        if named is not None and re.match(spec["not_joining_after"]["cue"], text.folded[named[1].end:named[1].end + 80]):
            continue
        if named is not None and normalise(named[0]) not in seen:
            seen.add(normalise(named[0]))
            yield match, named


def _distinct(joined: list) -> list:
    """The joins, a body named again (by its acronym, or in a shorter form) left out."""
    kept = []
    for join in joined:
        if not any(_same_body(join[1][0], other[1][0]) for other in kept):
            kept.append(join)
    return kept


def _antecedent(text: Text, named: tuple[str, Span], region: tuple[int, int]) -> tuple[str, Span]:
    """A body named by its kind alone ("le renouvellement de l'adhésion à la Fédération") is the one
    of that kind the item named in full before ("à la Fédération nationale des jardins …")."""
    if not re.fullmatch(cues("memberships")["association_words"], fold_piece(named[0])):
        return named
    earlier = [_association(text, region[0] + m.start(), region[1]) for m in re.finditer(re.escape(named[0]) + r"\s", text.raw[region[0]:named[1].start])]
    full = [n for n in earlier if n and len(n[0]) > len(named[0])]
    return full[-1] if full else named


def _fullest(named: tuple[str, Span], joined: list) -> tuple[str, Span]:
    """The fullest way the item names the body `named` names: with its acronym ("… du Val (AAV)"
    over "… du Val"), in full over its acronym ("Fédération … (FAV)" over "FAV"; "Agence de valorisation du bâti du Val" over
    "AVB du Val"), the text's full form over a title's short one ("Fédération des centres du Val
    et de Roche" over "Fédération des centres du Val (FCV)")."""
    bare = BRACKET_AT_END.sub("", named[0])
    goes_on = re.compile(re.escape(bare) + r"\s+(?:de|du|des|d['’]|et)\b")  # (the name's own words: "… de gestion de la fonction publique", not "… par l'intermédiaire de …")
    fuller = [j[1] for j in joined if j[1][0].startswith(named[0] + " (") or goes_on.match(j[1][0])
              or (acronyms(named[0]) & acronyms(j[1][0]) or spells(named[0], j[1][0])) and len(j[1][0]) > len(named[0]) and _keeps_place(named[0], j[1][0])]
    return max([named] + fuller, key=lambda n: len(n[0]))


def _keeps_place(short: str, full: str) -> bool:
    """Whether `full` names the place an acronym opening `short` is followed by ("CROS Haut-Val" and "Comité régional …
    du Haut-Val"): a network's regional branch ("FHF Val-Brun") is not its national body ("Fédération … de France")."""
    after = ACRONYM_THEN.match(short)
    return not after or normalise(after["place"]) in normalise(full)


ACRONYM_THEN = re.compile(r"[A-ZÉ&]{2,12}\s+(?:(?:de|du|des)\s+|d['’])?(?P<place>[A-ZÉ].*)$")
BRACKET_AT_END = re.compile(r"\s*\([^()]*\)$")


def _same_body(a: str, b: str) -> bool:
    """"Association des Amis du Val (AAV)" and "AAV";
    "Association des Amis du Val" and "Amis du Val"."""
    na, nb = normalise(a), normalise(b)
    if na in nb or nb in na:
        return True
    return bool(acronyms(a) & acronyms(b)) or spells(a, b) or spells(b, a)


def _is_association(named: tuple[str, Span], wording: str) -> bool:
    """An association by its name, by the item's words (a cotisation paid) or by the reference table;
    never a body whose name or apposition says another kind ("GIE Atout France", "l'Agence X,
    établissement public")."""
    spec = cues("memberships")
    folded = fold_piece(named[0])
    if re.match(spec["not_association"], folded) or re.search(re.escape(folded) + spec["not_association_apposed"], wording):
        return False
    known = reference_table().get(normalise(named[0]))
    return bool(re.search(spec["association_words"], fold_piece(named[0]) + " " + wording) or re.search(spec["paid"], wording)) or bool(known and known.kind == "Association")


def _membership(text: Text, join: re.Match, named: tuple[str, Span], fee_region: tuple[int, int], year_from: int, wording: str) -> Membership:
    """One membership: its fee read in `fee_region`, its year from `year_from`, renewal in `wording`."""
    name, name_span = named
    membership = Membership(name, name_span, _renews(wording), span=Span(join.start(), name_span.end))
    _fee(text, *fee_region, membership)
    _year(text, year_from, fee_region[1], membership)
    for key, cue in cues("memberships")["imputation"].items():
        found = text.find(pattern(cue), *fee_region)
        if found:
            membership.budget[key] = (text.raw[found.start("v"):found.end("v")], Span(found.start(), found.end()))
    return membership


def placed(membership: Membership, where) -> Membership:
    """`membership` read in another text (a table's row's joined title), its spans put back in the document by
    `where(span) -> span`."""
    moved = {key: where(getattr(membership, key)) for key in ("association_span", "amount_span", "fee_clause", "span") if getattr(membership, key)}
    return replace(membership, **moved, budget={k: (v, where(s)) for k, (v, s) in membership.budget.items()})


def fee_from(text: Text, start: int, end: int, membership: Membership) -> None:
    """A membership its title names given the fee, year and budget lines a note on its act states in `[start, end)`
    ("2027-CP-111 : la cotisation 2027 s'élève à 14 280 €, imputée au compte 6281"), where it has none, and its renewal
    ("Point 2 - … le Comité DÉCIDE de renouveler l'adhésion …")."""
    membership.renewal = membership.renewal or _renews(text.folded[start:end])
    if membership.amount is None:
        _fee(text, start, end, membership)
        _year(text, start, end, membership)
    for key, cue in cues("memberships")["imputation"].items():
        found = text.find(pattern(cue), start, end) if key not in membership.budget else None
        if found:
            membership.budget[key] = (text.raw[found.start("v"):found.end("v")], Span(found.start(), found.end()))


def _sentence_end(text: Text, at: int, end: int) -> int:
    stop = re.compile(r"(?<![A-Z])\.(?=\s|$)|\n\s*\n").search(text.raw, at, end)
    return stop.start() if stop else end


def _sentence_start(text: Text, at: int, start: int) -> int:
    return max(text.raw.rfind(".", start, at), text.raw.rfind("\n\n", start, at), start - 1) + 1


QUOTED = re.compile(r"«[^«»]{0,200}»|“[^“”]{0,200}”")


def _renews(wording: str) -> bool:
    """A renewal word outside quotes: « Réseau pour le Renouvellement des Villes »
    is a name, not a renewal."""
    bare = QUOTED.sub(lambda m: " " * len(m.group()), wording)
    return bool(re.search(cues("memberships")["renew"], bare))


# (its first letters looked ahead for as a set: `re` tries the five words at those letters only, the same
# matches; no other character is any of them in any case: tests/genre/test_fee_words.py)
FEE_WORDS = re.compile(r"(?=[CcAaVvMm])(?:cotisation|adh[ée]sion|affiliation|verser|montant)", re.I)
FEE_SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n\s*\n")  # searched from a fee word (no look-behind: the same as on the rest sliced)


def _sentences_with_fee_words(raw: str):
    """The sentences (to ".", ";" or a blank line) that hold a word of fees, each once, in order."""
    seen = set()
    for word in FEE_WORDS.finditer(raw):
        row = _table_row(raw, word.start())
        begin = row[0] if row else max(raw.rfind(".", 0, word.start()), raw.rfind(";", 0, word.start()), raw.rfind("\n\n", 0, word.start())) + 1
        if begin in seen:
            continue
        seen.add(begin)
        stop = FEE_SENTENCE_END.search(raw, word.end())
        yield begin, row[1] if row else stop.end() if stop else len(raw)


def _table_row(raw: str, at: int) -> tuple[int, int] | None:
    """The line holding `at` when it is a table's row, its cells between bars ("2025-044 | 02/06/2025 | Adhésion … |
    1 150,00 €"), with the lines its cells wrap onto (their first cell empty: "   |   | 3 125 € |"): a row is a
    sentence of its own."""
    begin, end = raw.rfind("\n", 0, at) + 1, raw.find("\n", at)
    end = len(raw) if end < 0 else end
    if raw.count(" | ", begin, end) < 2:
        return None
    while (wrapped := WRAPPED_CELLS.match(raw, end)):
        end = wrapped.end()
    return begin, end


WRAPPED_CELLS = re.compile(r"\n[ \t]*\|[^\n]*")  # a row's next line, its first cell empty


def _fee(text: Text, start: int, end: int, membership: Membership) -> None:
    """The cotisation: the amount of the sentence that names the cotisation (or the adhesion)."""
    raw = text.raw[start:end]
    for begin, stop in _sentences_with_fee_words(raw):
        sentence = raw[begin:stop]
        lowered = fold_piece(sentence)
        if alternatives(cues("memberships")["false_friends"]).search(lowered) and "par habitant" not in lowered:
            continue
        amounts = [a for a in find_amounts(sentence, text.plain_folded[start + begin:start + stop]) if not re.search(r"par\s+habitant", sentence[a.end:a.end + 20])]
        ceiling = pattern(cues("memberships")["ceiling"]["cue"])
        amounts = [a for a in amounts if a.value.value >= 1 and not ceiling.search(fold_piece(sentence[max(0, a.start - 40):a.start]))]
        if amounts:
            found = max(amounts, key=lambda a: a.value.value) if "x" in lowered else amounts[0]
            at = start + begin
            membership.amount, membership.amount_span = found.value, Span(at + found.start, at + found.end)
            membership.fee_clause = _clause(text, membership.amount_span)
            return


def _clause(text: Text, amount: Span) -> Span:
    """The clause around an amount: from the line, "." or ";" before it to the one after, without a list's dash."""
    raw = text.raw
    begin = max(raw.rfind(c, 0, amount.start) for c in ".;\n") + 1
    begin += len(re.match(r"[\s\-–•]*", raw[begin:amount.start]).group())
    stops = [i for i in (raw.find(c, amount.end) for c in ".;\n") if i >= 0]
    end = min(stops) if stops else len(raw)
    return Span(begin, len(raw[:end].rstrip()))


def _year(text: Text, start: int, end: int, membership: Membership) -> None:
    found = text.find(pattern(cues("memberships")["year"]["cue"]), start, end)
    if found:
        membership.year = int(found["y"])
