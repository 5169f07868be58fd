"""French number words → integers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicgraph.text import words_to_int
from civicgraph.text.numbers import longest_number

UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def below_100(n: int, plural: bool = True) -> str:
    if n < 17:
        return UNITS[n]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…
        return "soixante et onze" if n == 71 else f"{TENS[tens - 1]}-{below_100(n - 10 * (tens - 1))}"
    if unit == 0:
        return TENS[tens] + ("s" if tens == 8 and plural else "")
    return f"{TENS[tens]} et un" if unit == 1 and tens != 8 else f"{TENS[tens]}-{UNITS[unit]}"


def below_1000(n: int, plural: bool = True) -> str:
    """`plural`: "quatre-vingts", "deux cents" take an s, except before "mille"."""
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return below_100(n, plural)
    head = "cent" if hundreds == 1 else f"{UNITS[hundreds]} cent"
    return head + ("s" if hundreds > 1 and plural else "") if not rest else f"{head} {below_100(rest, plural)}"


def int_to_words(n: int) -> str:
    """0 ≤ n < 1 000 000 in French words, traditional spelling (spaces around cent and mille)."""
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return below_1000(n)
    head = "mille" if thousands == 1 else f"{below_1000(thousands, plural=False)} mille"
    return head if not rest else f"{head} {below_1000(rest)}"


@pytest.mark.parametrize(
    "text, value",
    [
        ("cinq", 5), ("vingt et un", 21), ("deux mille vingt et un", 2021), ("soixante-dix", 70),
        ("quatre-vingt-dix-neuf", 99), ("mille", 1000), ("cent", 100), ("cinq mille", 5000),
        ("soixante et onze", 71), ("quatre-vingts", 80), ("quatre-vingt-un", 81), ("deux cents", 200),
        ("trois cent deux", 302), ("zéro", 0), ("dix-sept", 17), ("Soixante-Quinze", 75), ("VINGT ET UN", 21),
        ("mille neuf cent quatre-vingt-dix-neuf", 1999), ("deux-mille-vingt-et-un", 2021),
        ("un million deux cent mille", 1_200_000), ("septante-deux", 72), ("nonante", 90),
    ],
)
def test_number_phrases(text, value):
    assert words_to_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "et", "pommes", "cinq pommes", "trois cinq", "vingt dix", "vingt et deux", "million", "cent cent", "5", "mille et"]
)
def test_not_number_phrases(text):
    assert words_to_int(text) is None


def test_longest_number_stops_where_the_words_stop_making_a_number():
    assert longest_number("deux mille vingt et un cinq") == (2021, 22)
    assert longest_number("pommes") is None


@given(st.integers(0, 9999))
def test_words_read_back(n):
    assert words_to_int(int_to_words(n)) == n


@given(st.integers(0, 999_999), st.sampled_from([str, str.upper, str.title]))
def test_words_read_back_in_any_case_and_the_1990_spelling(n, case):
    # The 1990 spelling joins every word with hyphens: "deux-mille-vingt-et-un".
    assert words_to_int(case(int_to_words(n))) == n
    assert words_to_int(int_to_words(n).replace(" ", "-")) == n


@given(st.integers(1, 9999))
def test_a_number_followed_by_another_word_is_not_a_number(n):
    assert words_to_int(int_to_words(n) + " pommes") is None
