"""Rounds forty-two and forty-three's pieces, each on a small invented text: a sports committee or a mission locale as the
body its letterhead names without a legal line; an acronym over the syndicat it spells out; "Mme Y vote en son nom" after a
departure (their proxies in new words are `test_layouts_62`'s); a leaver's proxy from the act after the one named ("à l'issue du point 2", "après le rapport CP-27-12-03") where
the minutes list no further; a commune's label two spaces before its delegate's civility."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_51 import _authors
from tests.genre.test_layouts_57 import roll_of
from tests.genre.test_layouts_62 import COUNCIL

SEANCE = ("La séance s'est tenue le mardi 5 octobre 2027 à 18 heures à Val-Brun, sous la présidence de M. Paul ROCHE.\n\n"
          "Présents : M. Paul ROCHE, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")


@pytest.mark.parametrize("letterhead, body", [
    ("            COMITÉ DÉPARTEMENTAL OLYMPIQUE ET SPORTIF DU VAL-BRUN\n                 Maison des sports – Val-Brun\n\n"
     "             PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\n", "Comité Départemental Olympique et Sportif du Val-Brun"),
    ("  COMITÉ DÉPARTEMENTAL DE LA RANDONNÉE PÉDESTRE DU VAL\n  Affilié à une fédération\n\n  COMPTE RENDU DU BUREAU\n",
     "Comité Départemental de la Randonnée Pédestre du Val"),
    ("Aller au contenu\nMission locale jeunes du pays de Val-Brun\nAccueil\n\nCompte rendu du conseil d'administration\n",
     "Mission locale jeunes du pays de Val-Brun"),
    ("  SMIVBR                                                      COMITÉ SYNDICAL\n"
     "  Syndicat mixte de valorisation, gestion et tri               Procès-verbal de la séance\n", "SMIVBR"),
])
def test_a_letterheads_body_without_a_legal_line(tmp_path: Path, letterhead: str, body: str):
    assert _authors(tmp_path, f"{letterhead}\n{SEANCE}") == {body}


def test_a_holder_who_votes_in_the_leavers_name(tmp_path: Path):
    moves = "À 18 h 45, à l'issue du point 1, Mme Anne BRUN quitte la réunion ; à compter du point 2, M. Jean CARON vote en son nom.\n\n"
    assert proxies(tmp_path, COUNCIL.format(roll="", moves=moves))[("Anne BRUN", "Jean CARON")]["depuisActe"] == "2"


@pytest.mark.parametrize("after, first", [("à l'issue du point 2", "3"), ("après le rapport CP-27-12-03", "CP-27-12-04")])
def test_a_leavers_proxy_from_the_act_after_one_the_minutes_list_no_further(tmp_path: Path, after: str, first: str):
    text = ("DÉPARTEMENT DU VAL-BRUN\nCommission permanente\nSéance du mardi 5 octobre 2027 à 14 h 30\n\n"
            "Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\nSecrétaire de séance : Mme Rose LYS.\n\n"
            f"1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\nÀ 15h25, {after}, Mme Anne BRUN quitte la séance "
            "et donne délégation de vote à M. Jean CARON pour les rapports suivants.\n")
    assert proxies(tmp_path, text)[("Anne BRUN", "Jean CARON")] == {"depuisHeure": "15:25:00", "depuisActe": first}


def test_a_communes_label_two_spaces_before_its_delegate():
    roll = roll_of("EXCUSÉS AYANT DONNÉ POUVOIR\n   VAL-LES-BAINS  M. Luc PETIT a donné pouvoir à M. Jean CARON\n"
                   "   ROCHE          Mme Anne BRUN a donné pouvoir à Mme Rose LYS\n\nSecrétaire de séance : Mme Rose LYS.\n")
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("M. Luc PETIT", "M. Jean CARON"), ("Mme Anne BRUN", "Mme Rose LYS")]
