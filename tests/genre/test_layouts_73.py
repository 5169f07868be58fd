"""Rounds sixty-six and sixty-seven's pieces, each on a small invented text: proxies in new words ("fait voter Y à sa place",
"se repose sur Y pour voter", "a désigné comme porte-voix", "porteur de son suffrage : Y") read through `proxies.yaml`'s forms
after a giver's office in a row's cells; on leaving ("il fait voter⏎Y à sa place", "; mandat confié à Y", "; porteur de son
suffrage pour … : Y", "il a désigné comme porte-voix Y"), after a row's label ("DÉPART⇥X quitte …"); a list by commune whose
" - " separator ends a line; labels in capitals opening their lines; a proxy until an arrival "pendant l'examen du point";
the Ligue de l'enseignement's federation as an author."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import bodies, proxies
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
