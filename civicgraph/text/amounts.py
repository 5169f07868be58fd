"""Amounts of money: "5 000 euros", "4 776€", "70 000€/ an", "5 000 dollars", "près de 830 000€",
"cinq mille euros (5 000,00 €)". A number without a currency is not an amount ("article 6281")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from civicgraph.text import literals
from civicgraph.text.numbers import NUMBER_WORDS, VOCABULARY, words_to_int
from civicgraph.text.spans import Found, fold


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str  # ISO 4217: "EUR", "USD"
    per_year: bool = False  # "70 000€/ an", "par an"
    approximate: bool = False  # "près de 830 000€", "environ", "about"


CURRENCIES = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
}
SCALES = {"k": 1000, "m": 1_000_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 10**9, "milliards": 10**9}
# Thousands grouped by spaces (also non-breaking) or dots, decimal comma: "5 000,00", "5.000", "4776", or by a line
# end before the last group and its decimals ("3⏎600,00 €": a line wrapped);
# a dot before exactly two digits is a decimal point: "2 184.00 €", "1 250 000.00 €", "58.00 €"
# (a dot before three digits groups thousands: "14.350 euros").
_FIGURES = r"(?<![\w,.])(?P<figures>\d{1,3}(?:[ \u00a0\u202f]\d{3})+\.\d{2}(?!\d)|\d{1,3}(?:[ \u00a0\u202f.]\d{3}|\n\d{3}(?=,\d))+(?:,\d+)?|\d+\.\d{2}(?!\d)|\d+(?:,\d+)?)"
# "k€"/"M€" and "2 millions" scale the number; "d'"/"de" links it to the currency ("2 millions d'euros").
_SCALE = r"(?:\s*(?P<scale>[km](?=\s?€)|millions?\b|milliards?\b))?(?:\s*(?:d['’]|de\s))?"
_CURRENCY = r"\s*(?P<currency>€|\$|euros?\b|eur\b|dollars?\b|usd\b)"
# Matched against folded text (lower case, no accents).
# What an amount starts with, a digit or a number word's first letter, checked first: `re` tries the
# pattern at every character of a text, and this one test turns most of them away before the two
# branches are tried (about twice as fast; the same matches, since each branch starts so).
_STARTS = "".join(sorted({re.escape(word[0]) for word in VOCABULARY}))
AMOUNT = re.compile(rf"(?=[\d{_STARTS}])(?:{_FIGURES}|(?P<words>{NUMBER_WORDS})){_SCALE}{_CURRENCY}")
APPROXIMATE = re.compile(r"(?:\bpres\s+d(?:e\s+|['’])|\benviron\s+|\babout\s+|\bapproximativement\s+)$")
PER_YEAR = re.compile(r"\s*(?:/\s*an(?:nee)?\b|par\s+an(?:nee)?\b)")
# "cinq mille euros (5 000,00 €)": the second statement, in brackets right after the first.
BRACKET_OPENS, BRACKET_CLOSES = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")


def _number(match: re.Match) -> Decimal | None:
    if match["figures"]:
        figures = match["figures"]
        if re.search(r"\.\d{2}$", figures):  # decimal point
            return Decimal(re.sub(r"[ \u00a0\u202f]", "", figures))
        return Decimal(re.sub(r"[ \u00a0\u202f.\n]", "", figures).replace(",", "."))
    value = words_to_int(match["words"])
    return None if value is None else Decimal(value)


def _amounts(folded: str) -> list[Found]:
    """Each number-and-currency statement, without its qualifiers."""
    found = []
    for match in literals.finditer(AMOUNT, folded, 0, len(folded)):
        number = _number(match)
        if number is not None:
            scaled = number * SCALES.get(match["scale"] or "", 1)
            found.append(Found(Amount(scaled, CURRENCIES[match["currency"]]), match.start(), match.end()))
    return found


def _merge_restated(folded: str, found: list[Found]) -> list[Found]:
    """One amount stated in words then in figures (or the reverse) in brackets is one amount,
    spanning both statements and the closing bracket."""
    merged: list[Found] = []
    for item in found:
        last = merged[-1] if merged else None
        if last and last.value == item.value and BRACKET_OPENS.fullmatch(folded, last.end, item.start):
            close = BRACKET_CLOSES.match(folded, item.end)
            if close:
                merged[-1] = Found(last.value, last.start, close.end())
                continue
        merged.append(item)
    return merged


def _qualified(folded: str, item: Found) -> Found:
    """The amount with "près de" before it and "/ an" after it, both inside its span."""
    start, end = item.start, item.end
    approximate = APPROXIMATE.search(folded, max(0, start - 40), start)  # the qualifier is short
    if approximate:
        start = approximate.start()
    per_year = PER_YEAR.match(folded, end)
    if per_year:
        end = per_year.end()
    return Found(replace(item.value, approximate=bool(approximate), per_year=bool(per_year)), start, end)


# A figure run before a currency with OCR's letters for figures in it: "2 l3O,OO €" is "2 130,00 €" (the
# run starts a word and holds a true figure; l and o are read 1 and 0, one character for one).
OCR_RUN = re.compile(r"(?<![\w,.])(?=[lo \u00a0\u202f.,]*\d)[\dlo](?:[\dlo \u00a0\u202f.,]*[\dlo])?(?=\s*(?:€|euros?\b))")
OCR_FIGURES = str.maketrans("lo", "10")


def _ocr_figures(folded: str) -> str:
    """`folded` with the OCR runs of `OCR_RUN` read as figures (same length)."""
    if "l" not in folded and "o" not in folded or ("€" not in folded and "euro" not in folded):
        return folded
    return OCR_RUN.sub(lambda m: m.group().translate(OCR_FIGURES), folded)


def find_amounts(text: str, folded: str | None = None) -> list[Found]:
    """Every amount of money in `text`, once each, in order. The span covers the whole phrase:
    qualifiers ("près de", "/ an") and, for an amount restated in brackets, both statements.
    `folded`: `fold(text)` when the caller has it (a slice of its folded document: `fold` maps
    each character alone, so a slice of the fold is the fold of the slice). OCR's letters in a
    figure run before a currency are read as figures ("2 l3O,OO €": 2,130.00 EUR)."""
    folded = _ocr_figures(fold(text) if folded is None else folded)
    return [_qualified(folded, item) for item in _merge_restated(folded, _amounts(folded))]


def parse_amount(text: str) -> Amount | None:
    """The first amount of money in `text`, or None."""
    found = find_amounts(text)
    return found[0].value if found else None
