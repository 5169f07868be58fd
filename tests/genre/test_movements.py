"""Movements during a séance, relative to agenda points, with the proxies they give and end; the
séance's mode of attendance and who convened it (case 45, whose `expected.yaml` lists them)."""

from __future__ import annotations

from pathlib import Path

import yaml

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import read
from civicgraph.genre.cues import Text
from civicgraph.genre.movements import movements
from civicgraph.persons import curation
from tests.genre.expected import same_name

CASE = Path(__file__).parent / "cases" / "55-mouvements-par-question-visioconference"


def facts_of(path: Path) -> Facts:
    facts = Facts(SourceDocument.from_text(path, path.read_text(encoding="utf-8")), "genre", curation())
    read(facts)
    return facts


def test_the_movements_of_the_case_with_their_points():
    expected = yaml.safe_load((CASE / "expected.yaml").read_text(encoding="utf-8"))
    facts = facts_of(CASE / "document.txt")
    produced = [(r.first("personne").first("rdfs:label"), r.first("typeMouvement"), r.first("pointOrdreDuJour"))
                for r in facts.resources.values() if r.cls == "Mouvement"]
    assert len(produced) == len(expected["movements"])
    for e in expected["movements"]:
        assert [p for p in produced if same_name(e["person"], p[0]) and p[1:] == (e["kind"], e["item"])], (e, produced)


def test_a_videoconference_is_a_mode_not_a_place_and_the_maire_convened_it():
    [seance] = [r for r in facts_of(CASE / "document.txt").resources.values() if r.cls == "Seance"]
    assert seance.first("modalite") == "visioconférence" and seance.first("lieu") is None
    assert seance.first("convoquePar") is seance.first("president")
    assert seance.first("president").first("rdfs:label") == "Hélène MARCHAND"


def test_the_proxies_a_departure_gives_and_a_return_ends_carry_their_points():
    expected = yaml.safe_load((CASE / "expected.yaml").read_text(encoding="utf-8"))["proxies"]
    produced = [(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label"), r.first("depuisPoint"), r.first("jusquAuPoint"))
                for r in facts_of(CASE / "document.txt").resources.values() if r.cls == "Pouvoir"]
    assert sorted(produced) == sorted((e["from"], e["to"], e.get("from_point"), e.get("to_point")) for e in expected)


def test_a_departure_gives_a_proxy_from_its_point_and_a_return_ends_it():
    found = {(m.who.text, m.kind): m for m in movements(Text((CASE / "document.txt").read_text(encoding="utf-8")), 0, 10_000)}
    left, back = found[("Odile PERRAULT", "départ")], found[("Odile PERRAULT", "retour")]
    assert (left.gives.text, left.item, left.after_item) == ("Thomas GIRARD", "1", None)
    assert (back.ends.text, back.item) == ("Thomas GIRARD", "2")
    assert found[("Patrick LEBRUN", "départ")].after_item == "1"


def test_names_that_do_not_open_their_line_make_no_movement():
    """One-line OCR: every name of the roll call would otherwise 'arrive' at the first verb."""
    text = Text("Présents : Anne X, Paul Y Secrétaire : Paul Y Anne X arrive pendant le débat de la question n°2.")
    assert movements(text, 0, len(text)) == []
