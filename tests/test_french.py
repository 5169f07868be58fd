"""French presentation of values (civicgraph.french) and the viewer's highlighting (civicgraph.viewer)."""

import pyoxigraph as ox
import pytest

from civicgraph import french
from civicgraph.viewer import Span, highlight

XSD = "http://www.w3.org/2001/XMLSchema#"


def lit(value, datatype):
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def test_dates_and_times_in_words():
    assert french.literal(lit("2021-05-07T17:00:00", "dateTime")) == "7 mai 2021 à 17 h"
    assert french.literal(lit("2021-05-07T17:30:00", "dateTime")) == "7 mai 2021 à 17 h 30"
    assert french.literal(lit("2022-06-01", "date")) == "1er juin 2022"
    assert french.time("09:05:00") == "9 h 05"
    assert french.date("not a date") == "not a date"


def test_numbers_amounts_and_booleans():
    assert french.literal(lit("5000", "decimal")) == "5\u202f000"
    assert french.literal(lit("1234.5", "decimal")) == "1\u202f234,5"
    assert french.literal(lit("-12000", "integer")) == "-12\u202f000"
    assert french.amount("2154", "EUR") == "2\u202f154\u00a0€"
    assert french.amount(None, "EUR") == "non renseigné"
    assert french.literal(lit("true", "boolean")) == "oui"
    assert french.literal(lit("false", "boolean")) == "non"


def test_collation_is_french_not_code_point():
    names = ["Zoé", "Éric", "ARIANE CONSULTING", "abeille", "Émile"]
    assert sorted(names, key=french.collation_key) == ["abeille", "ARIANE CONSULTING", "Émile", "Éric", "Zoé"]
    people = [("Durand", "Zoé", "Zoé Durand"), ("Achard", "Yves", "Yves Achard"), ("Élie", "Anne", "Anne Élie")]
    assert [p[2] for p in sorted(people, key=lambda p: french.person_key(*p))] == ["Yves Achard", "Zoé Durand", "Anne Élie"]


def test_a_collation_key_orders_as_the_uca_weights_do():
    """Keys are bytes (the weights as 16-bit big-endian units): the order of pyuca's tuples, prefixes first."""
    names = ["Lise", "lise", "Lisé", "Lisette", "L'Isle", "Li", "", "Ève", "eve", "Œuvre", "oeuvre", "Saint-Jean", "Saint Jean", "10 rue", "9 rue", "丁"]
    by_weights = sorted(names, key=french._collator.sort_key)
    assert sorted(names, key=french.collation_key) == by_weights


def test_keys_kept_by_an_earlier_process_are_taken_not_made_again(monkeypatch):
    monkeypatch.setattr(french, "_remembered", {})
    kept = french.known(["Zoé Durand", "Anne Élie"])
    monkeypatch.setattr(french, "_computed", lambda text: pytest.fail(f"{text} collated again"))
    french.remember(kept)
    assert french.collation_key("Anne Élie") == kept["Anne Élie"]


def test_viewer_highlights_nested_and_crossing_spans_and_escapes():
    text = "<b>Le maire</b> & le conseil"
    html = str(highlight(text, [Span(0, 14, "a.html", "A"), Span(3, 8, "b.html", "B"), Span(10, 20, "c.html", "C<")]))
    assert html.count('id="c0-14"') == 1 and 'id="c3-8"' in html and 'id="c10-20"' in html
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert 'href="b.html" title="B" data-start="3" data-end="8">Le ma</a>' in html  # the narrowest span wins
    assert 'title="C&lt;"' in html
    stripped = html
    import re
    assert re.sub(r"<[^>]+>", "", stripped).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text
    # spans outside the text are ignored rather than breaking the page
    assert 'id="c5-99"' not in str(highlight(text, [Span(5, 99, "x", "x")]))



def test_each_highlighted_piece_links_to_the_narrowest_span_covering_it():
    """The viewer's sweep over span boundaries against the definition: each piece between two
    boundaries links to the shortest span covering it (ties: the label, then the first given), and
    a piece no span covers is plain text."""
    import random
    import re

    rng = random.Random(2026)
    for _ in range(500):
        text = "".join(rng.choice("ab &<") for _ in range(rng.randint(1, 40)))
        spans = [Span(a, a + rng.randint(1, 12), f"r{rng.randint(0, 3)}.html", rng.choice("XYZ"))
                 for a in (rng.randint(0, len(text) - 1) for _ in range(rng.randint(0, 10)))]
        inside = [s for s in spans if s.end <= len(text)]
        html = str(highlight(text, spans))
        linked = re.findall(r'<a class="span" href="([^"]+)" title="[^"]*" data-start="(\d+)" data-end="(\d+)"', html)
        for href, left, right in linked:
            covering = [s for s in inside if s.start <= int(left) and int(right) <= s.end]
            assert href == min(covering, key=lambda s: (s.end - s.start, s.label)).href, (text, spans, left, right)
        covered = {i for s in inside for i in range(s.start, s.end)}
        assert sum(int(right) - int(left) for _, left, right in linked) == len(covered), (text, spans)
