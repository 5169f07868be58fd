"""Amounts of money: "5 000 euros", "cinq mille euros (5 000,00 €)", "4 776€", "70 000€/ an",
"5 000 dollars", "près de 830 000€". A number without a currency is not an amount."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from civicgraph.text.numbers import NUMBER_PHRASE, words_to_int
from civicgraph.text.spans import Found

CURRENCIES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "$": "USD", "usd": "USD"}
CURRENCY = r"(?P<currency>€|euros?\b|EUR\b|dollars?\b|USD\b|\$)"
FIGURES = r"(?P<figures>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?)"
APPROX = r"(?P<approx>(?:pr[èe]s\s+de|environ|about|quelque)\s+)?"
PER_YEAR = r"(?P<per_year>\s*(?:/\s*an|par\s+an)\b)?"
IN_FIGURES = re.compile(rf"{APPROX}{FIGURES}\s*{CURRENCY}{PER_YEAR}", re.IGNORECASE)
# "cinq mille euros (5 000,00 €)": the words and the figures state one amount.
IN_WORDS = re.compile(rf"{APPROX}(?P<words>{NUMBER_PHRASE.pattern})\s+{CURRENCY}(?:\s*\((?P<restated>[^)]*)\))?{PER_YEAR}", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    per_year: bool = False
    approximate: bool = False


def _figures(text: str) -> Decimal:
    return Decimal(re.sub(r"[ \u00a0\u202f.]", "", text).replace(",", "."))


def _currency(text: str) -> str:
    return CURRENCIES[text.lower()]


def find_amounts(text: str) -> list[Found]:
    """Every amount of money in `text`, once each, with the span of the whole phrase."""
    found: list[Found] = []
    taken: list[range] = []
    for match in IN_WORDS.finditer(text):
        value = words_to_int(match["words"])
        if value is None:
            continue
        amount = Amount(Decimal(value), _currency(match["currency"]), bool(match["per_year"]), bool(match["approx"]))
        found.append(Found(amount, match.start(), match.end()))
        taken.append(range(match.start(), match.end()))
    for match in IN_FIGURES.finditer(text):
        if any(match.start("figures") in r for r in taken):
            continue
        amount = Amount(_figures(match["figures"]), _currency(match["currency"]), bool(match["per_year"]), bool(match["approx"]))
        found.append(Found(amount, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def parse_amount(text: str) -> Amount | None:
    found = find_amounts(text)
    return found[0].value if found else None
