"""Person names, their label and key; accents and slugs."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicgraph.text import PersonName, parse_person_name, slug, strip_accents


@pytest.mark.parametrize(
    "text, given_name, family",
    [
        ("Christine DULAC ROUGERIE", "Christine", "DULAC ROUGERIE"), ("Éric LE DISSES", "Éric", "LE DISSES"),
        ("Jean-Pierre GIORGI", "Jean-Pierre", "GIORGI"), ("Charles-André DUBREUIL", "Charles-André", "DUBREUIL"),
        ("Anne-Louise NÈGRE", "Anne-Louise", "NÈGRE"), ("Léonore MONCOND'HUY", "Léonore", "MONCOND'HUY"),
        ("Claudine KHATCHADOURIAN-TECER", "Claudine", "KHATCHADOURIAN-TECER"),
        ("Steve MAQUAIRE-BEAUSOLEIL", "Steve", "MAQUAIRE-BEAUSOLEIL"), ("Nicolas Rio", "Nicolas", "Rio"),
        ("Bénédicte Lacaze Labadie", "Bénédicte", "Lacaze Labadie"), ("Jean-Damien Colombeau", "Jean-Damien", "Colombeau"),
        ("Anne-Laure Stanislas", "Anne-Laure", "Stanislas"), ("M. Nicolas RIO", "Nicolas", "RIO"),
        ("Mme Anne-Laure STANISLAS", "Anne-Laure", "STANISLAS"), ("Madame Christine DULAC ROUGERIE", "Christine", "DULAC ROUGERIE"),
        ("Monsieur Jean-Pierre GIORGI.", "Jean-Pierre", "GIORGI"), ("Mr Nicolas Rio", "Nicolas", "Rio"),
        ("Mlle Anne-Louise NÈGRE", "Anne-Louise", "NÈGRE"),
        ("**Nicolas RIO**", "Nicolas", "RIO"), ("Jean de LA FONTAINE", "Jean", "de LA FONTAINE"),
        ("JEAN-PIERRE GIORGI", "Jean-Pierre", "GIORGI"),
    ],
)
def test_person_names(text, given_name, family):
    assert parse_person_name(text) == PersonName(given_name, family)


@pytest.mark.parametrize(
    "text", ["", "   ", "Nicolas", "Mme RIO", "Jean 2 DUPONT", "Agent 007", "A B C D E F G", "Jean Dupont (excusé)", "le conseil municipal"]
)
def test_not_person_names(text):
    assert parse_person_name(text) is None


@pytest.mark.parametrize(
    "name, label, key",
    [
        (PersonName("Anne-Laure", "Stanislas"), "Anne-Laure STANISLAS", "anne-laure-stanislas"),
        (PersonName("Nicolas", "Rio"), "Nicolas RIO", "nicolas-rio"),
        (PersonName("Léonore", "MONCOND'HUY"), "Léonore MONCOND'HUY", "leonore-moncond-huy"),
    ],
)
def test_label_and_key(name, label, key):
    assert (name.label, name.key) == (label, key)


def test_one_key_whatever_the_accents_and_case():
    names = [parse_person_name("Stanislas RENIÉ"), parse_person_name("Stanislas RENIE"), PersonName("stanislas", "renie")]
    assert {n.key for n in names} == {"stanislas-renie"}


@pytest.mark.parametrize("text, expected", [("La 27ème Région", "la-27eme-region"), ("7.10", "7-10"), ("  --Œuvre  d'Art-- ", "oeuvre-d-art"), ("", "")])
def test_slug(text, expected):
    assert slug(text) == expected


def test_strip_accents():
    assert strip_accents("Éléonore NÈGRE, Renié, garçon") == "Eleonore NEGRE, Renie, garcon"


LOWER = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
word = st.text(LOWER, min_size=2, max_size=10)
compound = st.lists(word, min_size=1, max_size=2).map("-".join)


@given(st.text())
def test_slug_is_idempotent_and_iri_safe(text):
    s = slug(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", s)
    assert slug(s) == s


@given(compound, st.lists(st.text(LOWER, min_size=2, max_size=10).map(str.upper), min_size=1, max_size=3))
def test_prenom_nom_parses_into_its_parts(given_lower, family_words):
    given_name = "-".join(part.capitalize() for part in given_lower.split("-"))
    family = " ".join(family_words)
    assert parse_person_name(f"Mme {given_name} {family}") == PersonName(given_name, family)


@given(compound, compound)
def test_key_ignores_accents_and_case(given_name, family):
    key = PersonName(given_name, family).key
    assert PersonName(strip_accents(given_name).upper(), strip_accents(family).upper()).key == key
    assert PersonName(given_name.title(), family.upper()).key == key
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key)
