"""The proxy wordings and OCR misreadings of the blind sets of cases 980–999, read by general mechanisms, each on a
small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"
LIST, PROSE = "Pouvoirs :\n\t{}\n\tM. Yves MORIN, excusé.", "Absent excusé : M. Luc PETIT.\n\n{}\n"


@pytest.mark.parametrize("told", [
    # the holder's office between its name and what it is named for: the list's item runs on past both commas
    "M. Luc PETIT (Roche), 6e Vice-président, a nommé Mme Anne BRUN (Val), 9e Vice-présidente, pour le représenter.",
    "M. Luc PETIT (Roche) a nommé Mme Anne BRUN (Val), 9e Vice-présidente, pour le représenter.",
    "M. Luc PETIT, 6e Vice-président, a chargé Mme Anne BRUN, adjointe, de voter en son nom.",
    "Mrne lsabelle PETIT a donné pouvoir à Mme Anne BRUN.",  # OCR's small "l" for the capital "I" opening a given name
])
@pytest.mark.parametrize("placed", [LIST, PROSE])
def test_the_wordings_of_the_sets_980_999(tmp_path: Path, told: str, placed: str):
    (giver, holder), = proxies(tmp_path, _seance(COUNCIL, PRESENT + placed.format(told)))
    assert giver.endswith("PETIT") and giver.split()[0] in ("Luc", "Isabelle") and holder == "Anne BRUN"


def test_the_office_holder_named_to_represent_a_member(tmp_path: Path):
    told = "M. Luc PETIT, membre du Bureau, a nommé M. le Maire pour le représenter."
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + LIST.format(told)))) == {("Luc PETIT", "Paul ROCHE")}


@pytest.mark.parametrize("told", [
    "À 11 h 10, M. Luc PETIT quitte la séance et charge Mme Anne BRUN de voter pour lui à partir du point 4.",  # the present after a departure
    "Absents : M. Luc PETIT. M. Luc PETIT quitte la séance et charge Mme Anne BRUN de voter pour lui.",
])
def test_a_departure_that_charges_a_member_to_vote(tmp_path: Path, told: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + f"{told}\n"))) == {("Luc PETIT", "Anne BRUN")}


@pytest.mark.parametrize("told", [
    "Le Conseil approuve les statuts et désigne M. Jean CARON pour le représenter à l'assemblée générale.",
    "Le Maire signe la convention et charge M. Jean CARON de la représenter.",
])
def test_a_body_s_delegate_is_no_proxy(tmp_path: Path, told: str):
    assert not proxies(tmp_path, _seance(COUNCIL, PRESENT + f"{told}\n"))
