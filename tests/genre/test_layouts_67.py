"""Rounds fifty and fifty-one's pieces, each on a small invented text: proxies in new words (a holder "chez" whom a vote
is left, "sous la garde de" whom it is placed, "à celui de" whose vote it joins; "a laissé instruction à Y de voter";
"Y vote en son lieu et place" in a bracket; a table column "Voix gardée par"), one told in a member's role ("M. X,
vice-président, qui a adossé son vote à celui de M. Y"); rows "Prénom NOM⇥commune⇥office" and an excused member's cell
"sans procuration"; OCR's "I'" for "l'"; a letterhead whose running header names it by its kind's acronym ("PETR de …"),
a brand beside its kind across a gutter ("VAL-BRUN NUMÉRIQUE      Syndicat mixte ouvert") or before it after a comma
("Valbrunia, office public de l'habitat du Val"); a president's name closing its sentence ("… de Mme X. Convocation …");
the proxies' count under a label no cue names ("Voix gardées"), the votants less the présents; a giver's bracket wrapped
across a proxies' column gutter ("(Saint-Jean-de-⏎  Brunmont)      M. Y"), "procuration au nom de Y"."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import repair_ocr
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_62 import COUNCIL


@pytest.mark.parametrize("roll", [
    "Excusés : M. Luc PETIT, membre élu, a laissé sa voix en dépôt chez M. Jean CARON ; Mme Nina ROUX.",
    "Excusés : M. Luc PETIT (Val), qui a placé sa voix sous la garde de M. Jean CARON ; Mme Nina ROUX.",
    "Excusés : M. Luc PETIT (Val), qui a rallié son vote à celui de M. Jean CARON ; Mme Nina ROUX.",
    "Excusés : M. Luc PETIT (Val), qui a laissé instruction à M. Jean CARON de voter en son nom ; Mme Nina ROUX.",
    "Excusés : M. Luc PETIT (M. Jean CARON vote en son lieu et place), Mme Nina ROUX.",
    "Excusés :\tM. Luc PETIT, vice-président, qui a adossé son vote à celui de M. Jean CARON ;\n\tMme Nina ROUX, membre.",
])
def test_a_proxy_in_the_words_of_rounds_fifty_and_fifty_one(tmp_path: Path, roll: str):
    assert list(proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))) == [("Luc PETIT", "Jean CARON")]


def test_a_table_column_of_the_holders_a_vote_is_kept_by(tmp_path: Path):
    table = ("   Délégué              Collège                 Code   Voix gardée par\n"
             "   M. Paul ROCHE        Val-Brun (président)    P\n"
             "   Mme Rose LYS         Val-Brun                P\n"
             "   M. Jean CARON        Roche                   P\n"
             "   M. Luc PETIT         Roche                   G      M. Jean CARON\n"
             "   Mme Nina ROUX        Val                     E\n\n"
             "   Légende : P présent – G excusé, voix gardée par un délégué présent – E excusé\n")
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nComité syndical\nSéance du mercredi 6 octobre 2027 à 17 h 00\n\n" + table +
            "\nSecrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Jean CARON")]


def test_rows_of_name_commune_and_office_cells(tmp_path: Path):
    roll = ("Conseillers présents\nPaul ROCHE\tVannes\tMaire\nRose LYS\tAuray\tconseillère\n\n"  # (communes the official list knows)
            "Conseillers excusés\nLuc PETIT\tAuray\ta donné procuration à Rose LYS\nNina ROUX\tVannes\tsans procuration\n")
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nConseil communautaire\nPROCÈS-VERBAL DE LA SÉANCE DU 5 OCTOBRE 2027\n\n"
            + roll + "\nSecrétaire de séance : Rose LYS\n\n1. Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    labels = {p.first("rdfs:label") for p in facts.of_class("Personne")}
    assert {"Paul ROCHE", "Rose LYS", "Luc PETIT", "Nina ROUX"} <= labels
    assert not any("\t" in label or "procuration" in label for label in labels)
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Rose LYS")]


def test_ocr_capital_i_for_an_elided_l():
    assert repair_ocr("M. X rejoint I'assemblée ; le Titre I a été lu") == "M. X rejoint l'assemblée ; le Titre I a été lu"


@pytest.mark.parametrize("letterhead, name", [
    ("PETR du Val-Brun - Comité syndical du 03/12/2027\n\n   PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL DU VAL-BRUN\n"
     "   PROCÈS-VERBAL DU COMITÉ SYNDICAL\n", "Pôle d'Équilibre Territorial et Rural du Val-Brun"),
    ("   VALBRUNIA NUMÉRIQUE                                  Syndicat mixte ouvert\n"
     "   Aménagement numérique du Val                         1 rue Haute\n\n   RELEVÉ DE DÉCISIONS DU COMITÉ SYNDICAL\n",
     "Valbrunia Numérique"),
])
def test_a_syndicat_named_in_full_or_by_its_brand(tmp_path: Path, letterhead: str, name: str):
    text = (letterhead + "   Séance du 3 décembre 2027\n\nLe comité syndical s'est réuni le 3 décembre 2027 à 9 h 30 à Roche.\n\n"
            "Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    organs = read(tmp_path, text).facts[0].of_class("Organe")
    assert [o.first("organisation").first("rdfs:label") for o in organs] == [name]


def test_an_office_named_by_its_brand_before_a_comma_and_its_president_before_a_stop(tmp_path: Path):
    text = ("Accueil | Se loger | Nos instances\n\nCompte rendu du conseil d'administration du 10 décembre 2027\n\n"
            "Valbrunia, office public de l'habitat du Val-Brun\n\n"
            "Le conseil d'administration s'est réuni le jeudi 10/12/2027 à 14h30 au siège, à Roche, sous la présidence de "
            "Mme Rose LYS. Convocation du 26/11/2027.\n\nÉtaient présents :\nMme Rose LYS, présidente\nM. Jean CARON\n"
            "M. Paul ROCHE\n\nSecrétaire de séance : M. Jean CARON\n\n1. Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert [o.first("organisation").first("rdfs:label") for o in facts.of_class("Organe")] == ["Valbrunia"]
    assert [s.first("president").first("rdfs:label") for s in facts.of_class("Seance")] == ["Rose LYS"]


@pytest.mark.parametrize("counts", [
    "Présents : 4 – Voix placées sous la garde d'un autre : 1 – Votants : 5",
    "Présents : 4\tInstructions de vote : 1\tVotants : 5",
    "   Présents      Voix gardées      Votants\n      4               1               5",
])
def test_the_proxies_count_under_a_label_no_cue_names_is_the_votants_less_the_presents(tmp_path: Path, counts: str):
    text = COUNCIL.format(roll="Excusé : M. Luc PETIT (pouvoir à M. Jean CARON).\n\n" + counts, moves="")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("nombrePresents"), seance.first("nombrePouvoirs"), seance.first("nombreVotants")) == (4, 1, 5)


def test_a_count_of_votes_that_is_not_the_difference_is_no_proxies_count(tmp_path: Path):
    text = COUNCIL.format(roll="Présents : 4 – Voix exprimées : 4 – Votants : 5", moves="")
    assert read(tmp_path, text).facts[0].of_class("Seance")[0].first("nombrePouvoirs") is None


def test_a_proxy_whose_givers_bracket_wraps_across_the_columns_gutter(tmp_path: Path):
    roll = ("POUVOIRS\n"
            "  M. Luc PETIT (Val-Brun)              a libellé sa procuration au nom de\n"
            "                                       M. Jean CARON\n"
            "  Mme Nina ROUX (Saint-Jean-de-       a libellé sa procuration au nom de\n"
            "  Brunmont)                            Mme Anne BRUN\n")
    assert list(proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))) == [("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Anne BRUN")]
