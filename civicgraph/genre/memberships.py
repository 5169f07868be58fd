"""Association memberships an act decides: joining ("adhérer à"), renewing, paying the cotisation,
with the association, year, amount and budget line — never from a false friend (a service
commun, the inhabitants' "adhésion" to a project, members' own fees; `memberships.yaml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, alternatives, cues, fold_piece, pattern
from civicgraph.organisations import NAME_GOES_ON, normalise, reference_table
from civicgraph.text import Amount, find_amounts


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


# A body's kind in lowercase before its name in capitals ("réseau Villes Lumières", "association des Maires de …").
HEADED = re.compile(r"[a-zé]+\s+(?:(?:de|des|du|d['’])\s*)?[A-ZÉ0-9]")


def _association(text: Text, at: int, end: int) -> tuple[str, Span] | None:
    spec = cues("memberships")
    raw = text.raw[at:end]
    lead = re.match(rf"\s*(?:(?:à|a)\s+)?(?:l['’]|la\s+|le\s+|au\s+|aux\s+)?(?:association\s+(?!{NAME_GOES_ON})(?=[A-ZÉ«\"“]))?[«\"“]?\s*", raw)
    start = at + lead.end()
    stop = text.find(pattern(spec["association_stop"]), start + 2, min(end, start + 160))
    stop_at = stop.start() if stop else min(end, start + 120)
    opener = re.search(r"\n(?=[ \t]*" + cues("items")["line_openers"]["cue"] + ")", text.raw[start:stop_at])
    stop_at = start + opener.start() if opener else stop_at  # "… de la Loire\nLe Maire rappelle …"
    name = text.raw[start:stop_at].strip(" «»\"“”.")
    bracket = re.match(r"\s*(\([A-Z][A-Za-z]+\))", text.raw[stop_at:stop_at + 20])
    if bracket:
        name, stop_at = f"{name} {bracket.group(1)}", stop_at + bracket.end()
    if HEADED.match(name) and re.match(spec["association_words"], fold_piece(name)):
        name = name[0].upper() + name[1:]  # "au réseau Villes Lumières": the lowercase kind heads the name
    if len(name) < 3 or name[:1].islower():
        return None
    return " ".join(name.split()), Span(start, start + len(name))  # a name wrapped over lines is one line


def read_membership(text: Text, start: int, end: int, title: tuple[str, Span] | None = None) -> Membership | None:
    """The membership an item decides, from its title and dispositif, or None."""
    spec = cues("memberships")
    false_friends = alternatives(spec["false_friends"])
    region = (title[1].start if title else start, end)
    join = None
    for match in text.finditer(pattern(spec["join"]), *region):
        context = text.folded[max(start, match.start() - 60):min(end, match.end() + 120)]
        if re.search(false_friends.pattern, context):
            continue
        join = match
        break
    if join is None:
        return None
    named = _association(text, join.end(), end)
    if named is None:
        return None
    name, name_span = named
    wording = text.folded[region[0]:region[1]]
    known = reference_table().get(normalise(name))
    if not re.search(spec["association_words"], fold_piece(name) + " " + wording) and not (known and known.kind == "Association"):
        return None
    membership = Membership(name, name_span, _renews(wording), span=Span(join.start(), name_span.end))
    _fee(text, start, end, membership)
    _year(text, region[0], end, membership)
    for key, cue in spec["imputation"].items():
        found = text.find(pattern(cue), start, end)
        if found:
            membership.budget[key] = (text.raw[found.start("v"):found.end("v")], Span(found.start(), found.end()))
    return membership


QUOTED = re.compile(r"«[^«»]{0,200}»|“[^“”]{0,200}”")


def _renews(wording: str) -> bool:
    """A renewal word outside quotes: « Réseau pour le Renouvellement des Villes »
    is a name, not a renewal."""
    bare = QUOTED.sub(lambda m: " " * len(m.group()), wording)
    return bool(re.search(cues("memberships")["renew"], bare))


FEE_WORDS = re.compile(r"cotisation|adh[ée]sion|verser|montant", re.I)
FEE_SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n\s*\n")  # searched from a fee word (no look-behind: the same as on the rest sliced)


def _sentences_with_fee_words(raw: str):
    """The sentences (to ".", ";" or a blank line) that hold a word of fees, each once, in order."""
    seen = set()
    for word in FEE_WORDS.finditer(raw):
        begin = max(raw.rfind(".", 0, word.start()), raw.rfind(";", 0, word.start()), raw.rfind("\n\n", 0, word.start())) + 1
        if begin in seen:
            continue
        seen.add(begin)
        stop = FEE_SENTENCE_END.search(raw, word.end())
        yield begin, stop.end() if stop else len(raw)


def _fee(text: Text, start: int, end: int, membership: Membership) -> None:
    """The cotisation: the amount of the sentence that names the cotisation (or the adhesion)."""
    raw = text.raw[start:end]
    for begin, stop in _sentences_with_fee_words(raw):
        sentence = raw[begin:stop]
        lowered = fold_piece(sentence)
        if alternatives(cues("memberships")["false_friends"]).search(lowered) and "par habitant" not in lowered:
            continue
        amounts = [a for a in find_amounts(sentence, text.plain_folded[start + begin:start + stop]) if not re.search(r"par\s+habitant", sentence[a.end:a.end + 20])]
        amounts = [a for a in amounts if a.value.value >= 1]
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
    spec = cues("memberships")
    found = text.find(pattern(r"(?:annee|exercice|cotisation|pour|compter\s+de\s+l'annee)\s+(?P<y>20\d\d)\b"), start, end)
    if found:
        membership.year = int(found["y"])
