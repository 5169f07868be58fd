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
