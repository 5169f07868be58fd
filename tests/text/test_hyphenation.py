"""`civicgraph.text.hyphenation` finds the words broken at a line's end exactly as its pattern
`BROKEN` does, searched from the hyphens instead of from every letter."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from civicgraph.text import hyphenation


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab-\n \t1_é²", max_size=60))
def test_broken_words_are_what_the_pattern_finds(text):
    assert [m.span() for m in hyphenation._broken(text)] == [m.span() for m in hyphenation.BROKEN.finditer(text)]
    assert hyphenation._without(text, hyphenation._broken(text)) == hyphenation.BROKEN.sub(" ", text)


def test_a_word_broken_twice_in_a_row_is_one_break_then_text():
    text = "procu-\nra-\ntion"
    assert [m.group() for m in hyphenation._broken(text)] == [m.group() for m in hyphenation.BROKEN.finditer(text)] == ["procu-\nra"]


def test_a_break_kept_inside_a_line_is_rejoined_only_into_a_cue_word():
    known = frozenset({"president", "deliberations"})
    text = "sous la présidence du Pré-sident ROCHE, vice-président ; DÉLIBÉRA-TIONS ; Jean-Pierre ; pré-sidence"
    out = hyphenation.rejoined_inline(text, known)
    assert len(out) == len(text)
    assert out == "sous la présidence du Président  ROCHE, vice-président ; DÉLIBÉRATIONS  ; Jean-Pierre ; pré-sidence"


def test_a_compound_that_goes_on_after_the_break_keeps_its_hyphen():
    text = "M. Paul ROCHE (Val-\nles-Bains) ; la procu-\nration"
    out = hyphenation.rejoined(text)
    assert len(out) == len(text)
    assert "Val-les-Bains" in out and "procuration" in out
