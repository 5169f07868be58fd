"""The layouts and OCR misreadings of the blind sets of cases 1080–1109 (and of 1077 before them), read by general
mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses

COUNCIL = "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE"
HEADER = "       Val-Brun Agglomération – Conseil communautaire du 5 décembre 2024\n\n"


def test_a_list_whose_last_member_s_body_turns_the_page(tmp_path: Path):
    """The page's footer and the next page's running title blanked, the next page opens on the last member's bracket."""
    roll = ("PRÉSENTS :\n    Mme Anne BRUN (Val) ; M. Jean CARON (Roche) ; M. Luc PETIT\n\n"
            "                                – 1 –\n\f" + HEADER + "    (Val) ; Mme Nina ROUX (Roche) ; M. Yves MORIN (Val).\n\n"
            "EXCUSÉE : Mme Rose LYS (Val).")
    statuses = _statuses(tmp_path, HEADER + _seance(COUNCIL, roll) + "\n                                – 2 –\n")
    assert statuses == {"Anne BRUN": "présent", "Jean CARON": "présent", "Luc PETIT": "présent", "Nina ROUX": "présent",
                        "Yves MORIN": "présent", "Rose LYS": "excusé"}


@pytest.mark.parametrize("title", ["Conseillers communautaires", "Membres titulaires", "Délégués"])
def test_a_group_title_glued_to_its_first_member(tmp_path: Path, title: str):
    roll = (f"PRÉSENTS :\nM. Paul ROCHE (Val), Président\nM. Jean CARON (Roche), 1er Vice-président\n"
            f"{title} : Mme Anne BRUN (Val) ; M. Luc PETIT (Roche) ; Mme Nina ROUX (Val).\n\nEXCUSÉE : Mme Rose LYS (Val).")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Jean CARON", "Anne BRUN", "Luc PETIT", "Nina ROUX"}


@pytest.mark.parametrize("told", [
    "Mme Anne BRUN a rempli un pouvoir au nom de M. Jean CARON",
    "Mme Anne BRUN a mis son pouvoir à la disposition de M. Jean CARON",
    "Mme Anne BRUN a concede son pouvoir a M. Jean CARON",  # OCR, accents lost
    "Mme Anne BRUN (Val), 5e Vice-présidente, a investi M. Jean CARON (Roche) de son pouvoir",  # the holder before the proxy (set 1090)
    "Mme Anne BRUN (Val), 5e Vice-présidente, s'en remet par pouvoir à M. Jean CARON (Roche)",
    "Mme Anne BRUN (Val) a remis son formulaire de pouvoir à M. Jean CARON (Roche)",
    "Mme Anne BRUN a signé un bulletin de pouvoir en faveur de M. Jean CARON",
    "Mme Anne BRUN a reporté son vote sur M. Jean CARON",  # (set 1100)
    "Mme Anne BRUN (Val) a remis son pouvoir aux mains de M. Jean CARON (Roche)",
    "Mme Anne BRUN s'est fait remplacer pour le vote par M. Jean CARON",
    "Mme Anne BRUN a donné charge de voter à M. Jean CARON",
    "Mme Anne BRUN a chargé M. Jean CARON de son pouvoir",
])
@pytest.mark.parametrize("placed", ["Pouvoirs :\n\t{}.", "Absents excusés : Mme Rose LYS, {}, M. Yves MORIN."])
def test_the_wordings_of_the_sets_1080_1100(tmp_path: Path, told: str, placed: str):
    council = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
    text = _seance(council, "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, M. Luc PETIT.\n\n" + placed.format(told))
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Jean CARON")}


def test_an_act_number_of_one_series_letter_in_ocr(tmp_path: Path):
    """"D2O26-O2l": OCR's letters for figures after a series of one letter, as after "DEL"."""
    text = _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", "Présents : M. Paul ROCHE, Président ; M. Jean CARON.").replace(
        "1. Budget", "1. Deliberation n° D2O26-O2l - Budget primitif")
    acts = read(tmp_path, text).facts[0].of_class("Deliberation")
    assert [a.first("numero") for a in acts] == ["D2026-021"]


@pytest.mark.parametrize("point,number,title", [
    ("2. DCM n° 2026-031 – Budget primitif 2026", "2026-031", "Budget primitif 2026"),  # the act's designation first
    ("2 – Budget primitif 2026 (n° 26-051)", "26-051", "Budget primitif 2026"),  # a year of two figures, after "n°"
    ("2 – Plan pluriannuel (2024-2026)", "2", "Plan pluriannuel (2024-2026)"),  # a period, no act's number
])
def test_a_point_s_act_number_beside_its_title(tmp_path: Path, point: str, number: str, title: str):
    council = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
    text = _seance(council, "Présents : M. Paul ROCHE, Maire ; M. Jean CARON.").replace("1. Budget", "1. Approbation du procès-verbal\nAdopté à l'unanimité.\n\n" + point)
    acts = {a.first("numero"): a.first("titre") for a in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert acts.get(number) == title, acts
