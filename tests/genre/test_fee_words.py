"""`memberships.FEE_WORDS` looks ahead for its words' first letters as a set before trying the words:
the same matches as the words alone, every character that is one of those letters in some case being
in the set."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from civicgraph.genre.memberships import FEE_WORDS

PLAIN = re.compile(r"cotisation|adh[ée]sion|affiliation|verser|montant", re.I)
CASES = sorted((Path(__file__).parent / "cases").glob("*/document.txt"))


def test_the_set_holds_every_character_a_first_letter_matches_in_any_case():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    firsts = {word[0] for word in PLAIN.pattern.split("|")}
    assert set(re.findall("|".join(firsts), every, re.I)) == set("CcAaVvMm")


@pytest.mark.parametrize("text", ["La COTISATION annuelle", "Adhésion, ADHESION et affiliation : verser le Montant",
                                  "acompte versé", "Val-Brun cotise", ""])
def test_the_same_matches_as_the_words_alone(text):
    assert [m.span() for m in FEE_WORDS.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_the_same_matches_on_the_cases():
    for path in CASES:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in FEE_WORDS.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]
