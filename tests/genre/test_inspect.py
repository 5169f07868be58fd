"""`civicgraph inspect DOC` explains a reading: the zones found, each fact with its passage, what is missing."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from civicgraph.cli import main

CASES = Path(__file__).parent / "cases"


def inspect(case: str) -> str:
    result = CliRunner().invoke(main, ["inspect", str(CASES / case / "document.txt")])
    assert result.exit_code == 0, result.output
    return result.output


def test_inspect_shows_zones_facts_and_passages():
    out = inspect("10-pouvoirs-formes-multiples")
    assert "genre: proces-verbal" in out
    assert "author: Commune de Marcillac-Vallon (Commune) [0–27] « COMMUNE DE MARCILLAC-VALLON »" in out
    assert "item 3: Cession d’une bande de terrain chemin de Grand-Combe au profit d’un riverain" in out
    assert "dateConvocation: 2023-09-05" in out
    assert "« douze septembre deux mille vingt-trois »" in out  # the séance date's passage


def test_inspect_says_why_a_text_is_not_read():
    out = inspect("19-lettre-municipale-rien-a-extraire")
    assert "genre: not recognised as governance" in out
    assert "not read:" in out


def test_inspect_reads_the_zones_with_the_layout_profile():
    """A form read through its profile is explained through it too, not 'not recognised'."""
    form = Path(__file__).parents[2] / "tests" / "cases" / "formulaire-deliberation" / "limoges-adhesion-votee.txt"
    out = CliRunner().invoke(main, ["inspect", str(form)]).output
    assert "layout profile: formulaire-deliberation" in out
    assert "not recognised" not in out and "item 12: Adhésion à l'association Villes Internet" in out
