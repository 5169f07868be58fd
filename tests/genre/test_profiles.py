"""Layout profiles (`ingest/profiles/*.yaml`): a layout's particulars as data, no code."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import profiles, read
from civicgraph.genre.cues import Text, merge
from civicgraph.persons import curation

ROOT = Path(__file__).parents[2]
FORMS = ROOT / "tests" / "cases" / "formulaire-deliberation"


def facts_of(path: Path) -> Facts:
    facts = Facts(SourceDocument.from_text(path, path.read_text(encoding="utf-8")), "genre", curation())
    read(facts)
    return facts


def one(facts: Facts, cls: str):
    [resource] = [r for r in facts.resources.values() if r.cls == cls]
    return resource


def test_merge_lays_a_profile_over_the_genre_cues():
    base = {"a": {"x": 1, "y": [1]}, "b": [1, 2], "c": "keep"}
    assert merge(base, {"a": {"x": 2, "y+": [3]}, "b": [9]}) == {"a": {"x": 2, "y": [1, 3]}, "b": [9], "c": "keep"}


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_form_is_recognised_by_its_profile(path):
    assert profiles.choose(Text(path.read_text(encoding="utf-8"))).name == "formulaire-deliberation"


def test_no_shared_case_is_taken_for_a_form():
    for path in sorted((Path(__file__).parent / "cases").glob("*/document.txt")):
        assert profiles.choose(Text(path.read_text(encoding="utf-8"))) is None, path.parent.name


def test_the_genre_model_reads_a_filled_form_through_the_profile():
    facts = facts_of(FORMS / "limoges-adhesion-votee.txt")
    seance = one(facts, "Seance")
    assert (str(seance.first("date")), str(seance.first("debut"))) == ("2023-03-14", "2023-03-14 19:30:00")
    assert seance.first("president").first("rdfs:label") == "Jean-Luc DUMONT"
    assert seance.first("secretaire").first("rdfs:label") == "Inès KARIMI"
    assert (seance.first("membresEnExercice"), seance.first("nombrePresents"), seance.first("nombreAbsents")) == (43, 38, 5)
    decision = one(facts, "Deliberation")
    assert (decision.first("numero"), decision.first("titre")) == ("12", "Adhésion à l'association Villes Internet pour l'année 2023")
    vote = one(facts, "Vote")
    assert (vote.first("resultat"), vote.first("pour"), vote.first("contre"), vote.first("abstention")) == ("adoptée", 36, 2, 0)
    adhesion = one(facts, "Adhesion")
    assert (adhesion.first("annee"), adhesion.first("cotisation")) == (2023, Decimal("1200.00"))
    assert one(facts, "Document").first("profil") == "formulaire-deliberation"


def test_an_unfilled_form_states_no_count_and_no_vote():
    facts = facts_of(FORMS / "bordeaux-formulaire-vide.txt")
    seance = one(facts, "Seance")
    assert not any(seance.first(p) is not None for p in ("membresEnExercice", "nombrePresents", "nombreAbsents", "nombrePouvoirs"))
    assert [r for r in facts.resources.values() if r.cls == "Vote"] == []


@pytest.mark.parametrize("profile", profiles.profiles(), ids=lambda p: p.name)
def test_every_profile_recognises_its_examples(profile):
    import yaml

    data = yaml.safe_load((ROOT / "ingest" / "profiles" / f"{profile.name}.yaml").read_text(encoding="utf-8"))
    assert data["examples"], "a profile carries examples of the layout"
    for example in data["examples"]:
        assert profile.score(Text(example)) >= profile.threshold, example
