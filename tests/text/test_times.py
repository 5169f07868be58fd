"""Times of day: "17 h 00", "18h00", "14h15", "14h", "à 17 h"."""

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicgraph.text import find_times, parse_time


@pytest.mark.parametrize(
    "text, value",
    [
        ("17 h 00", time(17, 0)), ("18h00", time(18, 0)), ("14h15", time(14, 15)), ("14h", time(14, 0)),
        ("17h00", time(17, 0)), ("à 17 h", time(17, 0)), ("17H30", time(17, 30)), ("9 heures 30", time(9, 30)),
        ("0h05", time(0, 5)), ("23h59", time(23, 59)),
    ],
)
def test_times(text, value):
    assert parse_time(text) == value


@pytest.mark.parametrize("text", ["B2h", "24h", "25 h 00", "14hxx", "1,5h", "article 6281", "h", ""])
def test_not_times(text):
    assert parse_time(text) is None


def test_span_is_the_time_only():
    text = "La séance est ouverte à 17 h 00 et levée à 19h."
    assert [(f.value, text[f.start : f.end]) for f in find_times(text)] == [(time(17), "17 h 00"), (time(19), "19h")]


STYLES = ["{h}h{m:02d}", "{h} h {m:02d}", "{h:02d}h{m:02d}", "{h}H{m:02d}", "{h} heures {m:02d}"]


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)), st.sampled_from(STYLES))
def test_any_time_reads_back(t, style):
    phrase = style.format(h=t.hour, m=t.minute)
    text = f"réunion à {phrase}, salle 4"
    assert [(f.value, text[f.start : f.end]) for f in find_times(text)] == [(t, phrase)]


@given(st.integers(0, 23))
def test_whole_hours_read_back(hour):
    assert parse_time(f"à {hour} h") == parse_time(f"{hour}h") == time(hour)


@given(st.integers(24, 99), st.integers(0, 59))
def test_hours_past_23_are_not_times(hour, minute):
    assert find_times(f"{hour}h{minute:02d}") == []


def test_times_as_software_exports_print_them():
    assert [f.value for f in find_times("Ouverture : 18:00 – à partir de 19:05")] == [time(18, 0), time(19, 5)]
    assert find_times("12:30:00") == [] and find_times("ratio 3:45.5") == []
