"""Amounts of money, their currency and qualifiers."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicgraph.text import Amount, find_amounts, parse_amount
from civicgraph.text.amounts import _CURRENCY, _FIGURES, _SCALE, AMOUNT
from civicgraph.text.numbers import NUMBER_WORDS
from civicgraph.text.spans import fold


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("5 000 euros", 5000, "EUR"), ("cinq mille euros (5 000,00 €)", 5000, "EUR"), ("5000 euros", 5000, "EUR"),
        ("4 776€", 4776, "EUR"), ("5 000 dollars", 5000, "USD"), ("5 000,00 €", 5000, "EUR"), ("177 000€", 177000, "EUR"),
        ("1 750€", 1750, "EUR"), ("16 000€", 16000, "EUR"), ("5\u00a0000 €", 5000, "EUR"), ("5\u202f000 €", 5000, "EUR"),
        ("5.000 €", 5000, "EUR"), ("12,50 €", Decimal("12.5"), "EUR"), ("12.50 €", Decimal("12.50"), "EUR"),
        ("2 184.00 €", Decimal("2184.00"), "EUR"), ("1 250 000.00 €", Decimal("1250000.00"), "EUR"), ("1.234.567,89 EUR", Decimal("1234567.89"), "EUR"),
        ("cinq mille euros", 5000, "EUR"), ("70 k€", 70000, "EUR"), ("2 millions d'euros", 2_000_000, "EUR"),
        ("1,5 M€", 1_500_000, "EUR"),
    ],
)
def test_amounts(text, value, currency):
    amount = parse_amount(text)
    assert (amount.value, amount.currency, amount.per_year, amount.approximate) == (value, currency, False, False)


@pytest.mark.parametrize("text", ["70 000€/ an", "70 000€/an", "70 000 € par an", "70 000 euros / an"])
def test_per_year(text):
    assert parse_amount(text) == Amount(Decimal(70000), "EUR", per_year=True)
    assert [(f.start, f.end) for f in find_amounts(text)] == [(0, len(text))]


@pytest.mark.parametrize("text", ["près de 830 000€", "environ 830 000€", "about 830 000€", "PRÈS DE 830 000 €"])
def test_approximate(text):
    assert parse_amount(text) == Amount(Decimal(830000), "EUR", approximate=True)
    assert [(f.start, f.end) for f in find_amounts(text)] == [(0, len(text))]


# A dot before two digits is a decimal point ("12.50 €", "1 250 000.00 €", GENRE.md §2.9); before
# three, it groups thousands ("14.350 euros"): both are read above. These are no amounts at all.
@pytest.mark.parametrize("text", ["article 6281", "n°2014-58", "28 membres", "le 5 mars 2021", "5 000", "l'Europe", ""])
def test_numbers_without_a_currency_are_not_amounts(text):
    assert find_amounts(text) == []


def test_an_amount_restated_in_brackets_is_found_once_spanning_both_statements():
    text = "une cotisation de cinq mille euros (5 000,00 €) par an."
    [found] = find_amounts(text)
    assert found.value == Amount(Decimal(5000), "EUR", per_year=True)
    assert text[found.start : found.end] == "cinq mille euros (5 000,00 €) par an"
    text = "soit 5 000 € (cinq mille euros)"
    assert [text[f.start : f.end] for f in find_amounts(text)] == ["5 000 € (cinq mille euros)"]


def test_different_amounts_in_brackets_stay_two():
    text = "cinq mille euros (6 000 €)"
    assert [(f.value.value, text[f.start : f.end]) for f in find_amounts(text)] == [(5000, "cinq mille euros"), (6000, "6 000 €")]


def test_several_amounts_in_order():
    text = "Budget de 177 000€ dont 16 000€ de la Ville et près de 830 000€ en tout, 5 000 dollars de dons."
    assert [(f.value.value, f.value.currency, text[f.start : f.end]) for f in find_amounts(text)] == [
        (177000, "EUR", "177 000€"), (16000, "EUR", "16 000€"), (830000, "EUR", "près de 830 000€"), (5000, "USD", "5 000 dollars"),
    ]


def grouped(units: int, separator: str) -> str:
    """12345678 → "12 345 678" with `separator` between groups of three."""
    return f"{units:,}".replace(",", separator)


@given(
    st.integers(0, 10**12), st.integers(0, 99), st.booleans(),
    st.sampled_from([" ", "\u00a0", "\u202f", "."]), st.sampled_from(["€", " €", " euros", " EUR", "\u00a0€"]),
)
def test_any_amount_reads_back(units, cents, with_cents, separator, currency):
    figures = grouped(units, separator) + (f",{cents:02d}" if with_cents else "")
    value = Decimal(units) + (Decimal(cents) / 100 if with_cents else 0)
    phrase = figures + currency
    text = f"Le montant de {phrase} est voté à l'unanimité le 5 mars 2021."
    assert [(f.value, text[f.start : f.end]) for f in find_amounts(text)] == [(Amount(value, "EUR"), phrase)]


@given(st.integers(0, 10**9))
def test_bare_numbers_are_not_amounts(number):
    assert find_amounts(f"article {number}, {grouped(number, ' ')} membres") == []


def test_the_start_check_keeps_every_match():
    """`AMOUNT` checks first that a digit or a number word's first letter starts it: the same
    matches as the plain pattern, on every case's folded text and on amounts written every way."""
    plain = re.compile(rf"(?:{_FIGURES}|(?P<words>{NUMBER_WORDS})){_SCALE}{_CURRENCY}")
    cases = Path(__file__).resolve().parents[1] / "genre" / "cases"
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(cases.glob("*/document.txt"))]
    texts += ["cinq mille euros (5 000,00 €)", "vingt-deux mille trois cents euros", "2 millions d'euros, 3k€ et 1.250,50 $",
              "l'article 6281 : 12 euros; x12 €; 3,5 m€", "Quatre-vingts Euros", "mille€", "cent dollars us"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in AMOUNT.finditer(text)] == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_ocr_letters_in_a_figure_run_before_a_currency_are_figures():
    assert [f.value.value for f in find_amounts("la cotisation de 2 l3O,OO €, imputée")] == [Decimal("2130.00")]
    assert [f.value.value for f in find_amounts("versement de l Ol8,OO euros.")] == [Decimal("1018.00")]
    # a word is no figure run: "solo", "total" keep their letters; a run with no true figure is no amount
    assert [f.value.value for f in find_amounts("total 5 €, solo 12 €")] == [Decimal("5"), Decimal("12")]
    assert find_amounts("de l OOO €") == []


def test_an_amount_whose_last_group_a_line_end_cuts_off():
    assert [f.value.value for f in find_amounts("fixe la cotisation à 3\n600,00 €, imputée")] == [Decimal("3600.00")]
    assert [f.value.value for f in find_amounts("Pour : 3\n600 €")] == [Decimal("600")]  # (no decimals: no wrapped group)
