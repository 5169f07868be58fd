"""Forms met in the eighteenth blind set, read by general mechanisms: "qui a chargé M. Y de voter en
son nom", "X vote aussi pour Y" (the holder first), a table of proxies drawn with box-drawing
characters whose observations scope a proxy. Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies

HEAD = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL DU 8 DÉCEMBRE 2022\n\n"
        "Le comité syndical s'est réuni le jeudi 8 décembre 2022 à 10 h 00, sous la présidence de M. Paul ROCHE, Président.\n\n")
ITEMS = "\n\n1 - Budget\nAdopté à l'unanimité.\n2 - Tarifs\nAdopté à l'unanimité.\n3 - Statuts\nAdopté à l'unanimité.\n"


def test_a_member_who_charged_another_to_vote_in_their_name(tmp_path: Path):
    text = HEAD + ("Présents : M. Paul ROCHE, M. Jean CARON, Mme Anne BRUN.\n"
                   "Excusés : M. Luc PETIT (Val-Brun), qui a chargé M. Jean CARON de voter en son nom ; Mme Rose LYS.") + ITEMS
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Jean CARON")}


def test_a_holder_who_votes_also_for_a_giver(tmp_path: Path):
    text = ("AMICALE DES CHASSEURS DE VAL-BRUN\nAssociation loi 1901\n\nCompte rendu de l'assemblée générale du 2 juin 2023\n\n"
            "Présents : 12 – Procurations : 2 – Votants : 14\n\nProcurations :\n"
            "- Paul ROCHE vote aussi pour son frère Luc ROCHE\n- Anne BRUN vote aussi pour Jean CARON\n\n"
            "1. Rapport moral\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text).keys() == {("Luc ROCHE", "Paul ROCHE"), ("Jean CARON", "Anne BRUN")}


def test_a_table_of_proxies_drawn_with_box_characters(tmp_path: Path):
    text = HEAD + ("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\nPouvoirs\n\n"
                   "┌────────────────────┬────────────────────┬──────────────────────────┐\n"
                   "│ Mandant            │ Mandataire         │ Observations             │\n"
                   "├────────────────────┼────────────────────┼──────────────────────────┤\n"
                   "│ Mme Rose LYS       │ M. Jean CARON      │                          │\n"
                   "│ M. Luc PETIT       │ Mme Anne BRUN      │ Points 1 et 2 uniquement │\n"
                   "└────────────────────┴────────────────────┴──────────────────────────┘") + ITEMS
    assert proxies(tmp_path, text) == {("Rose LYS", "Jean CARON"): {}, ("Luc PETIT", "Anne BRUN"): {"depuisActe": "1", "jusquAActe": "2"}}
