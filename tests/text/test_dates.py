"""French dates in figures and in words, alone and inside text."""

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_numbers import int_to_words  # the test's own int → French words, not the package's

from civicgraph.text import find_dates, parse_date

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ABBREVIATIONS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
PLAIN = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split()


@pytest.mark.parametrize(
    "text, value",
    [
        ("05 mars 2021", date(2021, 3, 5)), ("5 mars 2021", date(2021, 3, 5)), ("1er mars 2021", date(2021, 3, 1)),
        ("cinq mars deux mille vingt et un", date(2021, 3, 5)), ("12 MAR 2021", date(2021, 3, 12)),
        ("21 MAI 2021", date(2021, 5, 21)), ("20/06/2022", date(2022, 6, 20)), ("6 JUIN 2024", date(2024, 6, 6)),
        ("jeudi 7 décembre 2023", date(2023, 12, 7)), ("27 janvier 2014", date(2014, 1, 27)),
        ("7 août 2015", date(2015, 8, 7)), ("30 avril 2021", date(2021, 4, 30)), ("3 fevrier 2020", date(2020, 2, 3)),
        ("3 février 2020", date(2020, 2, 3)), ("3 aout 2020", date(2020, 8, 3)), ("2 decembre 2020", date(2020, 12, 2)),
        ("4 janv. 2021", date(2021, 1, 4)), ("4 févr. 2021", date(2021, 2, 4)), ("1 avr. 2021", date(2021, 4, 1)),
        ("1 juil. 2021", date(2021, 7, 1)), ("1 sept. 2021", date(2021, 9, 1)), ("1 oct. 2021", date(2021, 10, 1)),
        ("1 nov. 2021", date(2021, 11, 1)), ("1 déc. 2021", date(2021, 12, 1)), ("**21 MAI 2021**", date(2021, 5, 21)),
        ("premier mars deux mille vingt et un", date(2021, 3, 1)), ("1ER MARS 2021", date(2021, 3, 1)),
        ("02/02/22", date(2022, 2, 2)), ("15/12/98", date(1998, 12, 15)), ("12.03.2023", date(2023, 3, 12)),
    ],
)
def test_date_phrases(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize("text", ["31 février 2021", "31/02/2021", "12/13/2021", "5 mars un accord", "5 mars 20210", "article 6281", "2021", "",
                                  "v1.2.3", "12.03.23", "1.2.2022.5"])
def test_not_dates(text):
    assert parse_date(text) is None
    assert find_dates(text) == []


def test_spans_cover_the_phrase_with_its_weekday_but_not_the_markdown():
    text = "Séance du **jeudi 7 décembre 2023** à 17 h, puis le cinq mars deux mille vingt et un cinq membres."
    found = find_dates(text)
    assert [f.value for f in found] == [date(2023, 12, 7), date(2021, 3, 5)]
    assert [text[f.start : f.end] for f in found] == ["jeudi 7 décembre 2023", "cinq mars deux mille vingt et un"]


def styles(d: date) -> list[str]:
    day_words = "premier" if d.day == 1 else int_to_words(d.day)
    return [
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d} {PLAIN[d.month - 1]} {d.year}",
        f"{d.day} {ABBREVIATIONS[d.month - 1].upper()} {d.year}",
        f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1].upper()} {d.year}",
        f"{day_words} {MONTHS[d.month - 1]} {int_to_words(d.year)}",
        f"{day_words} {PLAIN[d.month - 1]} {int_to_words(d.year)}".upper(),
    ]


@given(st.dates(date(1000, 1, 1), date(9999, 12, 31)))
def test_every_style_reads_back(d):
    for text in styles(d):
        assert parse_date(text) == d, text


@given(st.dates(date(1000, 1, 1), date(9999, 12, 31)), st.sampled_from(range(7)))
def test_dates_inside_text_are_found_once_with_their_exact_span(d, style):
    phrase = styles(d)[style]
    text = f"Le conseil, réuni le **{phrase}** à 17 h 00, compte 28 membres."
    found = find_dates(text)
    assert [(f.value, text[f.start : f.end]) for f in found] == [(d, phrase)]


@given(st.integers(1000, 9999), st.integers(1, 12), st.integers(1, 3))
def test_days_past_the_end_of_the_month_are_not_dates(year, month, past):
    day = calendar.monthrange(year, month)[1] + past
    assert find_dates(f"{day} {MONTHS[month - 1]} {year}") == []
    assert find_dates(f"{day:02d}/{month:02d}/{year}") == []


def test_spans_stay_right_after_characters_whose_lower_case_is_longer():
    text = "İİ ẞ Séance du 5 mars 2021"  # "İ".lower() has two characters
    [found] = find_dates(text)
    assert text[found.start : found.end] == "5 mars 2021"
