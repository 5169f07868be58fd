"""Lists in prose and one item a line, with the items' exact offsets."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicgraph.text import split_list, split_list_spans


@pytest.mark.parametrize(
    "text, items",
    [
        ("A, B et C", ["A", "B", "C"]),
        ("A, B, et C.", ["A", "B", "C"]),
        ("Jean-Pierre GIORGI - Samia CHENNOUF-TERRASSE - Nicolas Rio", ["Jean-Pierre GIORGI", "Samia CHENNOUF-TERRASSE", "Nicolas Rio"]),
        ("Nicolas Rio – Anne-Laure Stanislas", ["Nicolas Rio", "Anne-Laure Stanislas"]),
        ("A; B;", ["A", "B"]),
        ("A\nB\n\nC", ["A", "B", "C"]),
        ("- un\n- deux\n- trois.", ["un", "deux", "trois"]),
        ("- un.\n- deux.", ["un.", "deux"]),  # only the list's final full stop goes
        ("• un\n• deux", ["un", "deux"]),
        ("* un\n* deux", ["un", "deux"]),
        ("Marie Curie et Pierre Curie.", ["Marie Curie", "Pierre Curie"]),
        (
            "Jean-Damien Colombeau (Ville de Clermont-Ferrand – Anne-Laure Stanislas étant excusée), Julien Defait (Pratico Pratique)",
            ["Jean-Damien Colombeau (Ville de Clermont-Ferrand – Anne-Laure Stanislas étant excusée)", "Julien Defait (Pratico Pratique)"],
        ),
        (" ,, ;\n", []),
        ("", []),
    ],
)
def test_split_list(text, items):
    assert split_list(text) == items


def test_spans_are_offsets_into_the_original_text():
    text = "Présents : Nicolas RIO, Anne-Laure STANISLAS et Julien Defait."
    start = text.index(":") + 2
    spans = split_list_spans(text[start:], offset=start)
    assert spans == [("Nicolas RIO", 11, 22), ("Anne-Laure STANISLAS", 24, 44), ("Julien Defait", 48, 61)]
    assert all(text[s:e] == item for item, s, e in spans)


# Items are words of letters and digits joined by single spaces or hyphens: no separator inside.
word = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèÉÈçÇ0123456789'", min_size=1, max_size=8).filter(lambda w: w != "et")
item = st.lists(word, min_size=1, max_size=3).flatmap(lambda ws: st.sampled_from([" ", "-"]).map(lambda j: j.join(ws)))


@given(st.lists(item, min_size=1, max_size=6), st.sampled_from([", ", " - ", " – ", "; ", "\n", ",\n"]), st.booleans())
def test_joined_items_split_back(items, separator, french_last):
    text = separator.join(items[:-1])
    if len(items) > 1:
        text += " et " if french_last else separator
    text += items[-1] + "."
    assert split_list(text) == items


@given(st.lists(item, min_size=1, max_size=6), st.sampled_from(["- ", "• ", "* "]))
def test_bullet_lines_split_back(items, bullet):
    assert split_list("\n".join(bullet + i for i in items)) == items


@given(st.lists(st.sampled_from([*"ab -–,;()[]\n.•*", " et "])).map("".join), st.integers(0, 1000))
def test_spans_always_quote_the_text(text, offset):
    spans = split_list_spans(text, offset)
    assert all(text[s - offset : e - offset] == i and i == i.strip() and i for i, s, e in spans)
    ends = [offset] + [e for _, _, e in spans]
    assert all(end <= s for end, (_, s, _) in zip(ends, spans))
    assert [i for i, _, _ in spans] == split_list(text)
