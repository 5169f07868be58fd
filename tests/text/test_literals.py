"""`civicgraph.text.literals` finds exactly what `re` finds: every cue of the genre on every case
document, windows of it, and tricky patterns on arbitrary text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from civicgraph.genre.cues import Text, alternatives, pattern
from civicgraph.text import literals
from civicgraph.text.literals import Needles

ROOT = Path(__file__).parents[2]
# Every eighth case document by name, spread over all the sets (every cue on all 1,200 of them took 600 s on two
# cores, the longest test of the suite: the cue files' 2,900 strings times the documents); the cue strings that are
# plain text (examples, notes) on every fortieth.
DOCUMENTS = [Text(p.read_text(encoding="utf-8")).folded for p in sorted((ROOT / "tests" / "genre" / "cases").glob("*/document.txt"))[::8]]
PLAIN_TEXT_STRIDE = 5
PLAIN = re.compile(r"[^\\()\[\]|?*+{}^$.]+")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _cue_patterns() -> list[re.Pattern]:
    """Every string of the cue files that compiles as a cue, and every list of them as alternatives."""
    found = {}
    for path in sorted((ROOT / "ingest" / "genre" / "fr").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lists = [v for v in _walk_lists(data) if v and all(isinstance(s, str) for s in v)]
        for text in list(_strings(data)) + ["|".join(f"(?:{s})" for s in v) for v in lists]:
            try:
                compiled = pattern(text)
            except re.error:
                continue
            found[compiled.pattern] = compiled
    return list(found.values())


def _walk_lists(value):
    if isinstance(value, list):
        yield value
        for v in value:
            yield from _walk_lists(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk_lists(v)


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span() and a.groups() == b.groups())


def test_most_cues_have_needles():
    cues = _cue_patterns()
    assert len(cues) > 300
    assert sum(Needles.of(c).anchors is not None for c in cues) > len(cues) / 2


@pytest.mark.slow
def test_every_cue_finds_what_re_finds():
    for compiled in _cue_patterns():
        for text in DOCUMENTS[::PLAIN_TEXT_STRIDE] if PLAIN.fullmatch(compiled.pattern) else DOCUMENTS:
            third = len(text) // 3
            for start, end in ((0, len(text)), (third, 2 * third), (-5, len(text) + 5), (2 * third, third)):
                assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end)), (compiled.pattern, start, end)
            spans = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in literals.finditer(compiled, text, 0, len(text))] == spans, compiled.pattern


def test_alternatives_of_a_cue_list_are_read():
    combined = alternatives([r"\bpas\s+de\s+vote\b", r"\bsans\s+vote\b"])
    assert Needles.of(combined).anchors == (("pas", 0, 0), ("sans", 0, 0))
    assert Needles.of(re.compile(r"(?i)\bvote\b")) == Needles(None, None)  # case-insensitive: plain search


TRICKY = [r"\bab(?:c|de)\b", r"(?<![a-z])abc", r"(?:x|yy)?abc", r"a?b?abc+", r"^abc", r"(?m)^abc$", r"\Babc", r"(?:abc){2}",
          r"ab\s*c(?=d)", r"(?:[ab]c){1,3}abc", r"(?P<n>\d{1,3})\s+abc", r"abc|ab", r"(?:a|b)(?:bc|cb)", r"ab(?!c)bcc",
          r"(?:^|\n)[ \t]*ab", r"(?:^|\n)\s*", r"(?:^|\n)(?:x|ab)?", r"(?:\n|^)\n?a", r"(?:^|\n)a|b", r"(?m)(?:^|\n)a",
          r"\b(?:ab|ba)c", r"(?<![x ])\b(?:ab|b\s*a|\d)", r"\Bba|\bab", r"(?<=a)\bbc", r"(?<!b)(?<!ab )a(?:b|\s)", r"\b(?:[ab]c|d)\s?a", r"\B[^a ]b",
          r"(?:x\s+)?a\s*b", r"(?:^|\n|[.]\s)\s*(?:ab|b)", r"\s*,?\s*(?:a\s+)?b", r"(?:\s{2,}|x)ab", r"\d{0,2}x|[ab]{1,2}c|d", r"(?m)(?:^|\s{2,})a\s*b$", r"(?:(?:x|yy)\s+)?(?:ab|b)\s+(?P<g>a)", r"(?:(?P<g>a)|b)?(?:x|\d\s?y)c", r"\b(?:ab\.|ab|xab|a\.b)\s?c"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdxy 1\n.,", max_size=60), st.integers(-3, 65), st.integers(-3, 65), st.sampled_from(TRICKY))
def test_tricky_patterns_find_what_re_finds(text, start, end, source):
    compiled = re.compile(source)
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
    assert [m.span() for m in literals.finditer(compiled, text, start, end)] == [m.span() for m in compiled.finditer(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdxy 1\n.,", max_size=80), st.integers(-3, 85), st.integers(-3, 85), st.sampled_from(TRICKY))
def test_tricky_patterns_find_every_match_re_finds(text, start, end, source):
    compiled = re.compile(source)  # (anchored ones tried at their anchors' places, from each match's end)
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


def test_a_frequent_anchor_falls_back_to_one_scan_of_the_rest():
    compiled = re.compile(r"(?<!x)\bab\s?c")
    text = "abx " * 100 + "ab c xab c ab c"
    assert [m.span() for m in literals.finditer(compiled, text, 0, len(text))] == [m.span() for m in compiled.finditer(text)] == [(400, 404), (411, 415)]


LOOSE = [r"(?<![\w.])(?:(?i:Mon)|Mme|M\.)\s+(?P<n>[A-Z]\w*)", r"(?<!x)(?:(?i:k)|x)y", r"\b(?i:s)[sx]+", r"(?<!\w)(?:(?i:ab)|c)?(?i:s)y",
         r"(?<![\w])(?:(?i:Mon\ Y)|KS)(?![\w])", r"(?<=\s)(?i:[a-c])+\d"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBcCkKsSſxXyY Mmon.1\n\u212a", max_size=60), st.integers(-3, 65), st.integers(-3, 65), st.sampled_from(LOOSE))
def test_patterns_in_any_case_are_scanned_from_their_first_characters(text, start, end, source):
    compiled = re.compile(source)  # (the Kelvin sign and the long s: `re` takes them for "k" and "s" when case is ignored)
    assert Needles.of(compiled).scan is not None and Needles.of(compiled).scan_rematch
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


def test_an_anchor_that_holds_another_at_its_place_is_not_looked_for():
    assert Needles.of(re.compile(r"\b(?:ab\.|ab|xab|a\.b)\s?c")).anchors == (("a.b", 0, 0), ("ab", 0, 0), ("xab", 0, 0))  # "ab." holds "ab"


def test_a_cue_that_starts_a_line_is_searched_from_its_line_ends():
    compiled = pattern(r"(?:^|\n)[ \t]*(?P<num>\d{1,2})\s*[.)]\s+(?=[a-z])")
    assert Needles.of(compiled).line_start.pattern == r"\n[ \t]*(?P<num>\d{1,2})\s*[.)]\s+(?=[a-z])"
    assert Needles.of(re.compile(r"(?m)(?:^|\n)a")).line_start is None  # "^" at every line: no twin
    assert [m.span("num") for m in literals.finditer(compiled, "1. vu\n 2) vote", 0, 15)] == [(0, 1), (7, 8)]


def test_a_cue_that_starts_with_an_assertion_is_scanned_from_its_letters():
    compiled = pattern(r"\bseance\s+du|(?<![\w'])reunion\s+du")
    scan = Needles.of(compiled).scan
    assert scan.pattern is None and scan.groups == compiled.groups  # compiled from the moved parse tree
    text = "la seance du 3, xseance du 4, reunion du 5, l'reunion du 6"
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in compiled.finditer(text)] == [(3, 12), (30, 40)]
    assert Needles.of(re.compile(r"(?:(?P<x>a)\s)?\bb")).scan_rematch  # its twin has no groups: `re` reads the match
    assert Needles.of(re.compile(r"(?:(?P<x>a)\s)?\bb(?P=x)?")).scan is None  # a group read again: not copied


def test_a_cue_that_may_start_with_any_small_letter_has_no_twin():
    assert Needles.of(re.compile(r"(?:^|(?<=[a-z]{4}[.!?] ))[ \t]*(?:[a-z]{1,5}-)?\d{4}")).scan is None  # it would stop at every letter
    assert Needles.of(re.compile(r"(?:^|(?<=[a-z]{4}[.!?] ))[ \t]*(?:[a-e]{1,5}-)?\d{4}")).scan is not None


def test_a_frequent_anchor_falls_back_to_one_search_of_the_rest():
    compiled = re.compile(r"(?<!x)\bab\s?c")
    text = "abx " * 100 + "xab c ab c"
    assert literals.MAX_TRIES < 100
    assert literals.search(compiled, text, 0, len(text)).span() == compiled.search(text).span() == (len(text) - 4, len(text))


CAPPED = [r"(?P<w>[^,.;\n]{2,6}?)\s*(?:,\s*[^,;]{1,4},\s*)?ab\s+c", r"[^,\n]{1,3}?[ \t]*\s+ab", r"(?:x\s+)?[^.]{0,3}\s*\n?\s*abc"]
PIECES = st.sampled_from(["ab", "c", "x", ",", ".", "\n", " ", "abc", "ab c", " " * 9, " " * 12, "\n" * 10, "\t" * 20])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(-3, 200), st.integers(-3, 200), st.sampled_from(CAPPED))
def test_capped_anchors_find_what_re_finds_across_long_white_space(text, start, end, source):
    compiled = re.compile(source)
    assert Needles.of(compiled).capped is not None and Needles.of(compiled).anchors is None
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))


def test_a_window_is_widened_by_the_long_white_space_before_its_anchor():
    compiled = re.compile(r"(?P<w>[a-z]{2,6}?)\s*ab\s+c")
    text = "zz" + " " * 30 + "ab c"
    assert Needles.of(compiled).capped == (("ab", 2, 14),)
    assert literals.search(compiled, text, 0, len(text)).span() == (0, len(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(-3, 200), st.integers(-3, 200), st.sampled_from(CAPPED + [r"(?:\s*ab)?"]))
def test_capped_anchors_find_every_match_re_finds(text, start, end, source):
    compiled = re.compile(source)
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


RARE_CUE = r"(?:^|(?<=[\s,]))(?P<c>[a-f]{1,3}|-)\s*[:=]\s*(?P<m>[a-z][a-z ]{1,6}?)(?=\s*(?:[,;]|\n|$))"  # a legend's "e = excuse"
RARE_PIECES = st.sampled_from(["e", "ab", ":", "=", " = ", "-", ",", ";", "\n", " ", " " * 12, "present", "x : y"])


@settings(max_examples=300, deadline=None)
@given(st.lists(RARE_PIECES, max_size=30).map("".join), st.integers(-3, 120), st.integers(-3, 120))
def test_anchors_on_rare_punctuation_find_what_re_finds(text, start, end):
    compiled = re.compile(RARE_CUE)
    assert Needles.of(compiled).capped == ((":", 1, 11), ("=", 1, 11)) and Needles.of(compiled).scan is not None
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


CONFIRMED = r"(?P<w>(?<![\w.])(?:m\.|mme|dr|mr|mle|ma|mm|mx|pr)\s+[^,;.]{2,12}?)\s*(?:,\s*[^,;]{2,8}?,\s*)?(?:a\s+)?quitte\s+la"  # "M. X … quitte la séance"
CONFIRMED_PIECES = st.sampled_from(["m. ", "pr ", "mme ", "dr ", "mm", "paul", "ab", " ", ",", ".", "x", "a ", "quitte la", "quitte", "\n", " " * 12, "\t" * 20])


def test_a_civility_is_tried_only_near_the_rarer_word_of_its_cue():
    compiled = re.compile(CONFIRMED)
    needles = Needles.of(compiled)
    assert len(needles.anchors) == 8 and needles.confirm == (("quitte", 5, 66),)  # ("mme" holds "mm": one anchor less)
    text = "m. paul roche, mme anne brun. " * 40 + "dr ab, maire, quitte la salle"
    assert literals.search(compiled, text, 0, len(text)).span() == compiled.search(text).span()
    assert literals.search(compiled, text, 0, len(text) - 20) is None  # no "quitte" within: no civility tried


@settings(max_examples=400, deadline=None)
@given(st.lists(CONFIRMED_PIECES, max_size=40).map("".join), st.integers(-3, 300), st.integers(-3, 300))
def test_anchors_confirmed_by_a_rarer_word_find_what_re_finds(text, start, end):
    compiled = re.compile(CONFIRMED)
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


MANY_ANCHORS = r"(?P<w>(?<![\w.])(?:m\.|mme|dr|mr|mle|ma|mx|pr)\s+[a-z]{2,6})(?:,\s*(?P<r>[a-z]+))?"  # a civility, then a name


@settings(max_examples=300, deadline=None)
@given(st.lists(CONFIRMED_PIECES, max_size=40).map("".join), st.lists(st.tuples(st.integers(-3, 300), st.integers(-3, 300)), min_size=1, max_size=4))
def test_many_anchors_found_once_per_text_find_what_re_finds(text, ranges):
    compiled = re.compile(MANY_ANCHORS)
    assert len(Needles.of(compiled).anchors) >= literals.MANY and Needles.of(compiled).confirm is None
    for start, end in ranges:  # (the same text searched again: its anchors' occurrences are known)
        assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
        assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdxy 1\n.,", max_size=60), st.sampled_from(TRICKY + LOOSE))
def test_sub_replaces_what_re_replaces(text, source):
    compiled = re.compile(source)
    assert literals.sub(compiled, lambda m: f"<{m.group()}>", text) == compiled.sub(lambda m: f"<{m.group()}>", text)


IF_FEW = r"\b[sr][a-z]{0,12}\s+(?:est\s+)?(?:levee|close)\s+a\s+"  # a twin that stops at every "s" and "r", or rare words
IF_FEW_PIECES = st.sampled_from(["seance est levee a ", "reunion close a ", "levee ", "close a", "sr ", "s", "r", "x", " ", "\n", " " * 12, "abc" * 30])


@settings(max_examples=200, deadline=None)
@given(st.lists(IF_FEW_PIECES, max_size=80).map("".join), st.integers(-3, 3000), st.integers(-3, 3000))
def test_capped_anchors_beside_a_twin_find_what_re_finds_where_few_or_many(text, start, end):
    compiled = re.compile(IF_FEW)
    assert Needles.of(compiled).capped_if_few and Needles.of(compiled).scan is not None
    assert _same(literals.search(compiled, text, start, end), compiled.search(text, start, end))
    assert [(m.span(), m.groups()) for m in literals.finditer(compiled, text, start, end)] == [(m.span(), m.groups()) for m in compiled.finditer(text, start, end)]


def test_capped_anchors_beside_a_twin_are_used_on_a_long_text_where_few():
    needles = Needles.of(re.compile(IF_FEW))
    rare, many = "x" * 2000 + "seance est levee a ", ("levee " * 400)
    assert literals._capped_first(needles, rare, 0, len(rare)) and not literals._capped_first(needles, rare, 0, 500)
    assert not literals._capped_first(needles, many, 0, len(many))
