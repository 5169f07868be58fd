"""The heading lines a programme's section is read from (`programmes._headings`) are found one line at
a time, only on lines that can give one: the same headings as `HEADING.finditer` over the whole text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from civicgraph.programmes import HEADING, _heading_names, _headings

CASES = Path(__file__).resolve().parent / "genre" / "cases"


def _plain(text: str) -> list[tuple]:
    names = _heading_names()
    return [(m.span(), m.group("title")) for m in HEADING.finditer(text)
            if m.group("title").strip().lower() in names or re.match(r"\d{1,2}h\d{0,2}\b", m.group("title"))]


def _found(text: str) -> list[tuple]:
    return [(m.span(), m.group("title")) for m in _headings(text)]


def test_the_cases_give_the_same_headings():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*/document.txt"))]
    assert texts
    for text in texts:
        assert _found(text) == _plain(text)


PIECES = ["Budget carbone", "BUDGET CARBONE", "Rebonds", "care", "14h25", "9h", "1", "a", ":", "::", " ", "\t", "\n", "\n",
          "\xa0", "x" * 125, "Rebonds :", " : Tiga", "é", "Σ", "İ", "12h30 : Rebonds", "Politique de la ville\n:\n"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_gives_the_same_headings(pieces):
    text = "".join(pieces)
    assert _found(text) == _plain(text)


def test_a_named_programme_heads_its_section():
    text = "Compte rendu\n\nBudget participatif :\n\nLe budget participatif finance 12 projets.\n14h25 : pause\n"
    assert [m.group("title") for m in _headings(text)] == ["Budget participatif", "14h25 : pause"]
