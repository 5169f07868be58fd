"""Members who take no part in a vote, named after a commune in brackets, on the line after a rapporteur, or by a
label with or without a figure ("Ne prend pas part au vote : 1 (Mme X, administratrice du Club)"): general
mechanisms, each on a small invented text."""

from __future__ import annotations

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import read_vote
from civicgraph.genre.reader import view


def _not_voting(said: str) -> list[str]:
    text = Text(view("Une subvention de 1 500 € est attribuée au club de Val-Brun.\n" + said))
    return [name for name, _ in read_vote(text, 0, len(text.raw)).names.get("nonParticipant", [])]


@pytest.mark.parametrize("said,who", [
    ("M. Luc PETIT (Val-Brun), maire de la commune bénéficiaire, ne prend pas part au vote. Pour : 16.", ["M. Luc PETIT"]),
    ("Rapporteur : Mme Rose LYS\n   Mme Anne BRUN, administratrice du club, ne prend pas part au vote.\n   Adopté à l'unanimité des votants (10 voix).",
     ["Mme Anne BRUN"]),
    ("Résultat du vote : Pour : 19 - Contre : 0 - Abstention : 0 - Ne prend pas part au vote : 1\n(Mme Anne BRUN, administratrice du club)\n",
     ["Mme Anne BRUN"]),
    ("Vote : Pour : 11 – Contre : 0 – Abstention : 0\nNe prend pas part au vote : Mme Anne BRUN, présidente du club.\n", ["Mme Anne BRUN"]),
])
def test_a_member_who_takes_no_part_named_every_way(said: str, who: list):
    assert _not_voting(said) == who


def test_a_tally_s_apposition_is_no_voter_but_a_family_name_s_particle_is_one():
    text = Text(view("Adopté : Pour : 12 – Contre : 2 (de LA MORANDIÈRE Paul, Mme Anne BRUN, présidente du club)."))
    assert [name for name, _ in read_vote(text, 0, len(text.raw)).names["contre"]] == ["de LA MORANDIÈRE Paul", "Mme Anne BRUN"]
