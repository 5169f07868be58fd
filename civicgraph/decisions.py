"""Rules for what deliberations of every layout say the same way: outcomes, fees, certification.

Each rule returns what it found with the span that shows it, or None: a phrase that is absent,
or a form field left blank, is unknown, never a default value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from civicgraph.facts import Span
from civicgraph.text import Amount, find_amounts, find_dates

OUTCOMES = [  # most specific first
    (r"(?:adopt[ée]e?s?|vote|approuv[ée]e?s?)\s+(?:à|a)\s+l'unanimit[ée]|unanimit[ée]", "unanimité"),
    (r"prend(?:s|re)?\s+acte", "prise d'acte"),
    (r"\brejet[ée]e?s?\b", "rejetée"),
    (r"\b(?:est|sont)\s+adopt[ée]e?s?\b", "adoptée"),
    (r"^\s*adopt[ée]e?s?\b", "adoptée"),  # a form's result field: "Adopté"
]


@dataclass(frozen=True)
class Outcome:
    result: str
    span: Span


def outcome(text: str, offset: int = 0) -> Outcome | None:
    """The result of a vote as the text states it ('adoptées à l'unanimité', 'prend acte'…)."""
    for pattern, result in OUTCOMES:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            return Outcome(result, Span.of(match, offset=offset))
    return None


@dataclass(frozen=True)
class Fee:
    amount: Amount
    year: int | None
    span: Span


FEE_SENTENCE = re.compile(r"[^.\n]*(?:cotisation|adh[ée]sion)[^.\n]*", re.IGNORECASE)
YEAR = re.compile(r"(?:ann[ée]e|exercice|cotisation)\s+(20\d\d)|\b(20\d\d)\b")


def membership_fee(text: str, offset: int = 0) -> Fee | None:
    """The first sentence that speaks of a cotisation or adhésion with an amount: the fee, and
    the year it is for when the sentence names one."""
    for sentence in FEE_SENTENCE.finditer(text):
        amounts = find_amounts(sentence.group())
        if not amounts:
            continue
        years = [int(m.group(1) or m.group(2)) for m in YEAR.finditer(sentence.group())]
        return Fee(amounts[0].value, years[0] if years else None, Span.of(sentence, offset=offset))
    return None


@dataclass(frozen=True)
class Certification:
    place: str | None
    date: date
    span: Span


CERTIFIED = re.compile(r"Fait\s+à\s+(?P<place>[^,\n]+),\s+le\s+(?P<date>[^\n]+)", re.IGNORECASE)


def certification(text: str, offset: int = 0) -> Certification | None:
    """'Fait à Clermont-Ferrand, le 12 MAR 2021': where and when the extract was certified."""
    match = CERTIFIED.search(text)
    if not match:
        return None
    dates = find_dates(match.group("date"))
    if not dates:
        return None
    return Certification(match.group("place").strip(), dates[0].value, Span.of(match, offset=offset))


NOT_VOTING = re.compile(r"^(?P<names>[^\n.]+?)\s+ne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote", re.MULTILINE | re.IGNORECASE)


def not_voting(text: str) -> list[tuple[str, Span]]:
    """Persons who did not take part in the vote ('Diego LANDIVAR ne prend pas part au vote')."""
    return [(m.group("names"), Span.of(m, "names")) for m in NOT_VOTING.finditer(text)]


COUNT_LABELS = {"pour": r"pour", "contre": r"contre", "abstention": r"abstentions?"}


def vote_counts(text: str, offset: int = 0) -> dict[str, tuple[int, Span]]:
    """Counts stated as 'Pour : 40, Contre : 3, Abstention : 2' (or '40 voix pour'). Only what
    the text states; a count it does not give stays unknown."""
    counts = {}
    for prop, label in COUNT_LABELS.items():
        match = re.search(rf"\b{label}[ \t]*:[ \t]*(?P<n>\d+)|(?P<m>\d+)[ \t]+voix[ \t]+{label}\b", text, re.I)
        if match:
            group = "n" if match.group("n") else "m"
            counts[prop] = (int(match.group(group)), Span.of(match, offset=offset))
    return counts


WITHDRAWN = re.compile(r"(?:Les\s+)?d[ée]lib[ée]rations?\s+(?P<numbers>n°\s*[\d\s,et]+?)\s+(?:sont|est)\s+retir[ée]e?s?", re.I)


def withdrawn(text: str) -> list[tuple[str, Span]]:
    """Agenda items the minutes say were withdrawn ('Les délibérations n° 20 et 63 sont retirées')."""
    found = []
    for match in WITHDRAWN.finditer(text):
        for number in re.findall(r"\d+", match.group("numbers")):
            found.append((number, Span.of(match)))
    return found
