"""The word that heads an organisation's name only to say its kind ("l'association X", "le réseau
X"): the rule is data (`ingest/genre/fr/organisations.yaml`); its examples are read here, so a change
to the words shows at once what it merges and what it keeps apart."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
import yaml

from civicgraph.organisations import display_name, guess_kind, normalise

RULES = yaml.safe_load((Path(__file__).parents[1] / "ingest" / "genre" / "fr" / "organisations.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", RULES["examples"], ids=lambda e: e["name"])
def test_each_example_gives_its_key_and_label(example):
    assert (normalise(example["name"]), display_name(example["name"])) == (example["key"], example["label"])


@pytest.mark.parametrize("names", RULES["one_body"], ids=lambda names: names[0])
def test_names_of_one_body_have_one_key(names):
    assert len({normalise(name) for name in names}) == 1, {name: normalise(name) for name in names}


@pytest.mark.parametrize("names", RULES["two_bodies"], ids=lambda names: " / ".join(names))
def test_names_of_two_bodies_keep_two_keys(names):
    for a, b in combinations(names, 2):
        assert normalise(a) != normalise(b)


def test_the_kind_is_read_with_the_designator_the_key_leaves_out():
    """"Association Villes Fleuries" keys as "villes fleuries", and is still an association."""
    assert normalise("Association Villes Fleuries") == "villes fleuries"
    assert guess_kind("Association Villes Fleuries") == guess_kind("l'association Villes Fleuries") == "Association"


CAPITALS = yaml.safe_load((Path(__file__).parents[1] / "ingest" / "capitals.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("heading, label", CAPITALS["examples"], ids=[e[0] for e in CAPITALS["examples"]])
def test_a_name_in_capitals_is_written_as_french_writes_it(heading, label):
    from civicgraph.organisations import from_heading

    assert from_heading(heading) == label


def test_an_association_named_in_capitals_is_labelled_with_its_place_s_capitals(tmp_path):
    """Through the CLI: a deliberation's title in capitals names the association; its label keeps the
    place's capitals ("Amis du Val-Brun", not "Amis du val-brun" nor the capitals)."""
    from click.testing import CliRunner

    from civicgraph.cli import main

    document = tmp_path / "adhesion.txt"
    document.write_text("COMMUNE DE BEAULIEU\n\nConseil municipal\n\nSéance du 12 mars 2024\n\n"
                        "Objet : ADHÉSION À L'ASSOCIATION AMIS DU VAL-BRUN POUR L'ANNÉE 2024\n\n"
                        "La Commune de Beaulieu adhère à l'association pour l'année 2024.\n\n"
                        "La délibération est adoptée à l'unanimité.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(document)])
    assert result.exit_code == 0, result.output
    assert "\n  Adhésion de la Commune de Beaulieu à Amis du Val-Brun (2024)\n" in result.output
    assert "\n    association: → Amis du Val-Brun\n" in result.output
