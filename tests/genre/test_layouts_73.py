"""Rounds sixty-six to sixty-nine's pieces, each on a small invented text: proxies in new words ("fait voter Y à sa place",
"se repose sur Y pour voter", "a désigné comme porte-voix", "porteur de son suffrage : Y") read through `proxies.yaml`'s forms
after a giver's office in a row's cells; on leaving ("il fait voter⏎Y à sa place", "; mandat confié à Y", "; porteur de son
suffrage pour … : Y", "il a désigné comme porte-voix Y"), after a row's label ("DÉPART⇥X quitte …"); a list by commune whose
" - " separator ends a line; labels in capitals opening their lines; a proxy until an arrival "pendant l'examen du point";
the Ligue de l'enseignement's federation as an author."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import bodies, proxies, read
from tests.genre.test_layouts_71 import BUREAU

BOTH = {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Anne BRUN")}


@pytest.mark.parametrize("roll", [
    "EXCUSÉS\nM. Luc PETIT, conseiller municipal       fait voter M. Jean CARON à sa place\n"
    "Mme Nina ROUX, conseillère municipale     fait voter Mme Anne BRUN à sa place\nM. Yves MORIN, conseiller municipal       —",
    "Excusés\n\tPETIT Luc\tse repose sur CARON Jean pour voter\n\tROUX Nina\tse repose sur BRUN Anne pour voter",
    "MEMBRES EXCUSÉS\nPETIT Luc\tnommé (association du Val)\ta désigné comme porte-voix\tM. CARON Jean\n"
    "ROUX Nina\télue du conseil municipal\ta désigné comme porte-voix\tMme BRUN Anne",
    "Étaient excusés :\nM. PETIT Luc - porteur de son suffrage : M. CARON Jean\nMme ROUX Nina - porteur de son suffrage : Mme BRUN Anne\n"
    "M. MORIN Yves - sans porteur de suffrage",
    "Excusés : Mme Nina ROUX, pour qui votera en son nom Mme Anne BRUN ;\nM. Luc PETIT, retenu, pour qui votera en son nom M. Jean CARON.",
    "Absents excusés :\nMme Nina ROUX (Val), dont la voix revient à Mme Anne BRUN\nM. Luc PETIT (Brun), retenu, dont la voix revient à M. Jean CARON",
    "Absents excusés :\nMme Nina ROUX, dont Mme Anne BRUN endosse le pouvoir ;\nM. Luc PETIT, dont M. Jean CARON endosse le pouvoir.",
    "Excusés :\nM. Luc PETIT (Val), M. Jean CARON votant aussi pour lui ;\nMme Nina ROUX (Brun), Mme Anne BRUN votant aussi pour elle.",
    "Excusés :\nDépartement du Val : PETIT Luc, qui a fait porter son mandat par M. CARON Jean ; ROUX Nina, qui a fait porter son mandat par\n"
    "Mme BRUN Anne.",
])
def test_a_proxy_in_new_words(tmp_path: Path, roll: str):
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == BOTH


@pytest.mark.parametrize("moves", [
    "À 19 h 50, M. Luc PETIT quitte la séance ; pour le point B-2027-02 il fait voter\n   M. Jean CARON à sa place.\n\n",
    "(2) M. Luc PETIT quitte la séance à 19 h 50, après B-2027-01 ; mandat confié à\n      M. Jean CARON pour B-2027-02.\n\n",
    "A 19 h 50, apres le vote de B-2027-01, M. Luc PETIT quitte la seance ;\nporteur de son suffrage pour B-2027-02 : M. Jean CARON.\n\n",
    "MOUVEMENT EN COURS DE SÉANCE\tM. Luc PETIT quitte la séance à 19h50, après B-2027-01 ; il a désigné comme porte-voix "
    "M. Jean CARON pour B-2027-02.\n\n",
    "DÉPART\tPETIT Luc quitte la séance à 19h50, après B-2027-01 ; il donne procuration à CARON Jean pour B-2027-02.\n\n",
    "À 19h50, après le vote de B-2027-01, M. Luc PETIT (Val-de-\nBrun) quitte la séance ; il donne pouvoir à M. Jean CARON pour la suite.\n\n",
    "Mouvement : à 19h50, après le vote de B-2027-01, M. Luc PETIT quitte la réunion et fait\nporter son mandat par M. Jean CARON à compter de B-2027-02.\n\n",
])
def test_a_proxy_given_on_leaving_in_new_words(tmp_path: Path, moves: str):
    roll = "Présents également : M. Luc PETIT."
    read_proxies = proxies(tmp_path, BUREAU.format(roll=roll, moves=moves))
    assert set(read_proxies) == {("Luc PETIT", "Jean CARON")}
    assert read_proxies[("Luc PETIT", "Jean CARON")].get("depuisHeure") == "19:50:00"


def test_a_list_by_commune_its_dash_ending_a_line(tmp_path: Path):
    roll = ("Excusés :\nVal : Mme Nina ROUX, qui a donné procuration à M. Jean\nCARON ; M. Luc PETIT, qui a donné procuration à Mme Anne BRUN -\n"
            "Brun : M. Yves MORIN, sans procuration.")
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == {("Nina ROUX", "Jean CARON"), ("Luc PETIT", "Anne BRUN")}


def test_labels_in_capitals_opening_their_lines(tmp_path: Path):
    roll = ("Excuses :\nVAL : M. Luc PETIT a donne pouvoir a M. Jean CARON ;\nMme Nina ROUX a donne pouvoir a Mme Anne BRUN\n"
            "BRUN : M. Yves MORIN a donne pouvoir a Mme Rose LYS\n")
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == BOTH | {("Yves MORIN", "Rose LYS")}


def test_a_proxy_until_an_arrival_during_an_items_examination(tmp_path: Path):
    roll = ("Excusés : M. Luc PETIT, retenu, a confié son vote à M. Jean CARON jusqu'à son arrivée, à 19 h 10, pendant l'examen "
            "du point B-2027-02 ; il vote en personne ce point.")
    bounds = proxies(tmp_path, BUREAU.format(roll=roll, moves=""))[("Luc PETIT", "Jean CARON")]
    assert (bounds.get("jusquAHeure"), bounds.get("jusquAActe")) == ("19:10:00", "B-2027-01")


def test_the_ligue_de_lenseignements_federation_as_author(tmp_path: Path):
    text = ("Passer au contenu\nLigue de l'enseignement du Val-Brun – Fédération des œuvres laïques\nAccueil | Vie fédérative | Contact\n\n"
            "Compte rendu de la réunion du bureau fédéral du 14 octobre 2027\n\nLe bureau fédéral s'est réuni le 14 octobre 2027 à 18h00.\n\n"
            "Présents : Mme Rose LYS, présidente ; M. Jean CARON, trésorier.\n\nLe bureau ADOPTE le budget.\n")
    assert "Association" in bodies(tmp_path, text)["Ligue de l'enseignement du Val-Brun"]


def test_a_list_one_proxy_a_line_a_holder_wrapped_onto_the_next(tmp_path: Path):
    roll = ("Excuses :\nM. Luc PETIT (Val) a donne pouvoir a M. Jean CARON\nMme Nina ROUX (Brun) a donne pouvoir a Mme Anne\n"
            "BRUN jusqu'a son arrivee ; elle rejoint la seance a 19 h 10, avant B-2027-02.\nM. Yves MORIN (Val), excuse, sans pouvoir\n")
    read_proxies = proxies(tmp_path, BUREAU.format(roll=roll, moves=""))
    assert set(read_proxies) == BOTH
    assert read_proxies[("Nina ROUX", "Anne BRUN")].get("jusquAHeure") == "19:10:00"


def test_a_row_holding_a_proxy_under_titles_of_its_cells(tmp_path: Path):
    roll = ("PRÉSENTS\tQUALITÉ\t\tOBSERVATIONS\nCARON Jean\télu\ttenant le pouvoir de M. PETIT Luc\nBRUN Anne\télue\ttenant le pouvoir de Mme ROUX Nina\n"
            "LYS Rose\télue\t\n\nEXCUSÉS\tPETIT Luc (élu) ; ROUX Nina (élue)\n")
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == BOTH


def test_a_sports_committee_named_in_sentence_case_and_its_comite_directeur(tmp_path: Path):
    text = ("Aller au contenu principal\nComité départemental olympique et sportif du Val-Brun\nAccueil | Le CDOS | Contact\n\n"
            "Compte rendu du comité directeur du 21 mai 2027\n\nLe comité directeur s'est réuni le 21 mai 2027 à 19 h 00.\n\n"
            "Présents : M. Jean CARON, président ; Mme Rose LYS.\n\nLe comité ADOPTE le budget.\n")
    assert "Association" in bodies(tmp_path, text)["Comité départemental olympique et sportif du Val-Brun"]
    organs = {o.first("nom") for o in read(tmp_path, text).facts[0].of_class("Organe")}
    assert organs == {"Comité directeur"}


def test_a_president_field_with_a_wide_gap(tmp_path: Path):
    text = ("SYNDICAT DU VAL-BRUN\n\n    COMITÉ SYNDICAL – PROCÈS-VERBAL DE LA SÉANCE\n\n  Date :        jeudi 15 octobre 2027\n"
            "  Président :   M. Jean CARON, président du comité\n\n  Présents : M. Jean CARON, Mme Rose LYS, M. Paul ROCHE.\n\n"
            "  Point 1 - Budget\n  Adopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Jean CARON"
