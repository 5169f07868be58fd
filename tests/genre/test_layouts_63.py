"""Rounds forty and forty-one's pieces, each on a small invented text: proxies "a désigné Y pour la suppléer au vote",
"NOM Prénom a demandé à NOM Prénom de la représenter au vote", "procuration établie au profit de M.⏎Prénom NOM" (the
holder's civility ending its line), "Prénom NOM, office, s'en remet du soin de voter à Prénom NOM" under "Membres excusés
et délégation des votes", a leaver without civility whose departure's time opens the sentence; "… donne délégation au
Président pour signer" after a column's "ADOPTÉ" (no proxy); an amendment "rejeté" inside an adopted act; tallies "Vote :
pour 16, contre 1 (M. X), abstention 1 (…)", "Pour 11 – contre 2 (…) – abstention 1", "adopté – pour 11, contre 1",
"Approuvé à l'unanimité.     13 voix"; "Lieu :" in a column; "Président de séance : NOM Prénom" beside the secretary's
field; a yearless convocation whose month a hyphen wrapped ("vingt-sept novem-⏎bre")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_48 import _tally
from tests.genre.test_layouts_57 import roll_of

ROLL = "Présents : M. Paul ROCHE, Maire, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\n{roll}\n\nSecrétaire de séance : Mme Rose LYS.\n\n"
COUNCIL = ("COMMUNE DE VAL-BRUN\nConseil municipal\nSéance du mardi 5 octobre 2027 à 18 h 00\n\n" + ROLL +
           "1. Budget\nAdopté à l'unanimité.\n\n{moves}2. Tarifs\nAdopté à l'unanimité.\n\n3. Voirie\nAdopté à l'unanimité.\n")


@pytest.mark.parametrize("roll", [
    "Excusés :\nM. PETIT Luc a designe M. CARON Jean pour le suppleer au vote.",
    "Excusés :\n- PETIT Luc a demandé à CARON Jean de le représenter au vote ;",
    "Excusés :\nMme Anne MOREL, 4e vice-présidente, pouvoir à M. Paul ROCHE\nM. Luc PETIT, 5e vice-président, procuration établie au profit de M.\nJean CARON",
    "Membres excusés et délégation des votes\n\tLuc PETIT, architecte, s'en remet du soin de voter à Jean CARON.\n\tAnne MOREL, Amis du Val, s'en remet du soin de voter à Paul ROCHE.",
])
def test_a_proxy_in_more_new_words(tmp_path: Path, roll: str):
    assert ("Luc PETIT", "Jean CARON") in proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))


def test_a_leaver_without_civility_whose_time_opens_the_sentence(tmp_path: Path):
    moves = "À 19 h 55, CARON Jean quitte la séance et confie son pouvoir à BRUN Anne à compter du point 2.\n\n"
    assert proxies(tmp_path, COUNCIL.format(roll="", moves=moves))[("Jean CARON", "Anne BRUN")] == {"depuisHeure": "19:55:00", "depuisActe": "2"}


def test_a_delegation_to_sign_after_a_columns_outcome_is_no_proxy():
    roll = roll_of("Présents : M. Paul ROCHE, Président, Mme Rose LYS.\n\n"
                   "   Rapport CP-2027-07-05     Convention avec le SDIS – la commission      ADOPTÉ\n"
                   "                             donne délégation au Président pour signer    Unanimité\n")
    assert roll.proxies == []


@pytest.mark.parametrize("said, counts", [
    ("Vote : pour 16, contre 1 (M. Jean CARON), abstention 1 (Mme Anne BRUN, par procuration).", {"pour": 16, "contre": 1, "abstention": 1}),
    ("Pour 11 – contre 2 (M. Jean CARON, Mme Anne BRUN) – abstention 1 (M. Luc PETIT).", {"pour": 11, "contre": 2, "abstention": 1}),
    ("Résultat :\tadopté – pour 11, contre 1 (M. Jean CARON), abstention 1 (M. Luc PETIT, vote confié)", {"pour": 11, "contre": 1, "abstention": 1}),
    ("Approuvé à l'unanimité.                                                  13 voix", {"pour": 13}),
])
def test_a_tally_on_its_own_line(said: str, counts: dict[str, int]):
    assert {k: c for k, (c, _) in _tally(said).counts.items()} == counts


def test_an_amendment_rejected_inside_an_adopted_act():
    tally = _tally("L'opposition a défendu un amendement sur le pouvoir d'achat, rejeté.\nAdopté par 30 voix pour, 6 voix contre.")
    assert tally.result == "adoptée"


def test_the_fields_of_a_layout_heading_side_by_side(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN                         Conseil communautaire\n\n"
            "     Date de convocation : 25/09/2027        Lieu : siège communautaire, Val-Brun\n"
            "     Séance du 01/10/2027, heure d'ouverture : 18h00\n\n"
            "     Président de séance : ROCHE Paul     Secrétaire de séance : LYS Rose\n\n"
            "Présents : ROCHE Paul, LYS Rose, CARON Jean.\n\n1. Budget\nAdopté à l'unanimité.\n")
    meeting = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (meeting.first("lieu"), meeting.first("president").first("rdfs:label")) == ("siège communautaire, Val-Brun", "Paul ROCHE")


def test_a_yearless_convocation_whose_month_a_hyphen_wrapped(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\n\nLe jeudi trois décembre deux mille vingt-sept, à dix-huit heures, le conseil municipal, "
            "convoqué le vingt-sept novem-\nbre, s'est réuni à la mairie.\n\nPrésents : M. Paul ROCHE, Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert str(read(tmp_path, text).facts[0].of_class("Seance")[0].first("dateConvocation")) == "2027-11-27"


def test_a_forms_hour_field(tmp_path: Path):
    text = ("LES AMIS DU VAL-BRUN\nAssociation loi 1901\n\nCONSEIL D'ADMINISTRATION\n\nDate :\tjeudi 25/06/2027\nHeure :\t17h00\n"
            "Lieu :\tVal-Brun, salle Rose-Lys\n\nPrésents : M. Paul ROCHE, Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert str(read(tmp_path, text).facts[0].of_class("Seance")[0].first("debut")) == "2027-06-25 17:00:00"
