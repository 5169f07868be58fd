"""`civicgraph.text.tries`: a trie of phrases matches what their plain alternation matches, at every
place and under backtracking, and the proxies' lexicon scanned as tries reads as the plain one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from civicgraph.text import proxy_words
from civicgraph.text.tries import trie

LETTERS = "abé' -"  # few letters: phrases share their starts, texts hold them often
PHRASES = st.lists(st.text(LETTERS, min_size=1, max_size=6).filter(str.strip), min_size=1, max_size=12, unique=True)


def _longest_first(phrases: list[str]) -> list[str]:
    return sorted(phrases, key=lambda p: (-len(p), p))


def _plain(phrases: list[str], loose_spaces: bool) -> str:
    def one(phrase: str) -> str:
        return r"\s+".join(map(re.escape, phrase.split())) if loose_spaces else re.escape(phrase)
    return "(?:" + "|".join(map(one, phrases)) + ")"


@settings(max_examples=300, deadline=None)
@given(PHRASES, st.text(LETTERS + "\n", max_size=40), st.booleans())
def test_a_trie_finds_what_the_alternation_finds(phrases, text, loose_spaces):
    phrases = _longest_first([" ".join(p.split()) if loose_spaces else p for p in phrases])
    phrases = list(dict.fromkeys(phrases))
    plain, factored = _plain(phrases, loose_spaces), trie(phrases, loose_spaces)
    assert [m.span() for m in re.finditer(plain, text)] == [m.span() for m in re.finditer(factored, text)]
    # backtracking into the group: what follows it decides which phrase serves
    for tail in ("a", r"\b", "(?= )", "(?!b)"):
        assert [m.span() for m in re.finditer(plain + tail, text)] == [m.span() for m in re.finditer(factored + tail, text)]
    assert [m.span() for m in re.finditer(f"(?=({plain}))", text)] == [m.span() for m in re.finditer(f"(?=({factored}))", text)]


def test_a_phrase_before_a_longer_one_it_starts_is_refused():
    """A shorter phrase first would win where the longer also matches; moved below the longer one's
    branch it would lose: the trie refuses rather than change the match."""
    with pytest.raises(ValueError):
        trie(["don", "donne"])
    assert re.fullmatch(trie(["donne", "don"]), "don")


def test_the_giving_verbs_scan_as_the_plain_alternation():
    text = ("M. Paul ROCHE a donné pouvoir à Mme Rose LYS ; Mme Anne BRUN avait confié son vote, "
            "M. Luc PETIT a fait parvenir sa procuration, Mme Nina ROUX a rernis un pouvoir (donnait, donnant, donne).")
    for key in ("giving", "empowering", "asking", "proxy_noun"):
        plain, factored = proxy_words.alternation(key), proxy_words.scanning(key)
        assert [m.span() for m in re.finditer(plain, text)] == [m.span() for m in re.finditer(factored, text)]
    assert len(re.findall(proxy_words.scanning("giving"), text)) >= 5
