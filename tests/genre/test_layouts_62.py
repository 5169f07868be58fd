"""Rounds thirty-eight and thirty-nine's pieces, each on a small invented text: a syndicat mixte's kind under its brand, an
association's kind closing its letterhead's address line, an association's "réunion du bureau"; a roll's heading with "par
leur représentant", a two-column roll whose left entries wrap their office, a code column with its legend ("EM excusé
ayant donné mandat"); proxies "s'en remet pour ses votes à", "a chargé de la représenter", "remise entre les mains de",
"quitte la séance et se fait représenter par", "jusqu'à l'arrivée de l'intéressé, à 9 h 40", "pour les décisions A et
B"; an arrival logged "18h35 : arrivée de Mme X avant le point 3."; "RAPPORT 27.110 - Title"; a tally's names between
its figure and its word ("2 (M. X, Mme Y) contre"); a table of acts with a column for each count; "se retire pour ce vote";
"à midi cinq"."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items
from civicgraph.genre.reader import view
from civicgraph.text.times import find_times
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_47 import _not_voting
from tests.genre.test_layouts_48 import _tally
from tests.genre.test_layouts_51 import _authors
from tests.genre.test_layouts_57 import roll_of

SEANCE = ("La séance s'est tenue le mardi 5 octobre 2027 à 18 heures à Val-Brun, sous la présidence de M. Paul ROCHE.\n\n"
          "Présents : M. Paul ROCHE, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")


@pytest.mark.parametrize("letterhead, body", [
    ("  VAL-BRUN NUMÉRIQUE                                   RELEVÉ DE DÉCISIONS\n"
     "  Syndicat mixte ouvert                                Comité syndical\n", "Val-Brun Numérique"),
    ("          LES AMIS DU VAL-BRUN\n   Maison des associations – 27000 Val-Brun – Association loi 1901\n\n"
     "   PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\n", "Les Amis du Val-Brun"),
    ("LES AMIS DU VAL-BRUN\nAssociation régie par la loi du 1er juillet 1901 - Val-Brun\n\n"
     "COMPTE RENDU DE LA RÉUNION DU BUREAU\n\nMme Rose LYS (Communauté d'agglomération du Val-Brun) est excusée.\n", "Les Amis du Val-Brun"),
])
def test_a_letterheads_body_by_its_kind_below(tmp_path: Path, letterhead: str, body: str):
    assert _authors(tmp_path, f"{letterhead}\n{SEANCE}") == {body}


def test_a_roll_heading_by_their_representative():
    roll = roll_of("Comités présents, par leur représentant : M. Paul ROCHE (comité de rugby), Président ; Mme Rose LYS "
                   "(comité de judo) ; M. Jean CARON (comité de ski).\n\nSecrétaire de séance : Mme Rose LYS.\n")
    assert [e.who.text for e in roll.entries if e.status == "présent"] == ["M. Paul ROCHE", "Mme Rose LYS", "M. Jean CARON"]


def test_a_two_column_roll_whose_left_entries_wrap_their_office():
    left = ["M. Paul ROCHE (Val-1), Président", "M. Jean CARON (Val-2),", "   1er vice-président", "Mme Anne BRUN (Roche),",
            "   2e vice-présidente", "M. Luc PETIT (Brun)"]
    right = ["M. Yves MORIN (Val-3)", "Mme Rose LYS (Haut-Val)", "Mme Nina ROUX (Brunmont)", "M. Marc VIAL (Val-4)", "", ""]
    rows = "\n".join(f"   {a:<50}{b}".rstrip() for a, b in zip(left, right))
    roll = roll_of(f"   PRÉSENTS\n{rows}\n\n   Secrétaire de séance : Mme Rose LYS\n")
    assert sorted(e.who.text for e in roll.entries if e.status == "présent") == sorted(
        ["M. Paul ROCHE", "M. Jean CARON", "Mme Anne BRUN", "M. Luc PETIT", "M. Yves MORIN", "Mme Rose LYS", "Mme Nina ROUX", "M. Marc VIAL"])


def test_a_code_column_and_its_legend_of_an_excused_member_who_gave_a_mandate(tmp_path: Path):
    table = ("FEUILLE DE PRÉSENCE\nMembre                       Collège            Code\n"
             "M. Paul ROCHE                Département        P\nMme Rose LYS                 Département        P\n"
             "M. Jean CARON                Communes           EM\nMme Anne BRUN                Communes           A\n"
             "Légende : P présent – EM excusé ayant donné mandat – A absent\n\n"
             "Mandats :\nM. Paul ROCHE est porteur du mandat de M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n")
    text = f"SDIS DU VAL-BRUN\nConseil d'administration\nSéance du mardi 5 octobre 2027 à 10 h 00\n\n{table}\n1. Budget\nAdopté à l'unanimité.\n"
    statuses = {p.first("personne").first("rdfs:label"): set(p.props["statut"]) for p in read(tmp_path, text).facts[0].of_class("Participation")}
    assert statuses == {"Paul ROCHE": {"présent"}, "Rose LYS": {"présent"}, "Jean CARON": {"excusé", "représenté"}, "Anne BRUN": {"absent"}}


COUNCIL = ("COMMUNE DE VAL-BRUN\nConseil municipal\nSéance du mardi 5 octobre 2027 à 18 h 00\n\n"
           "Présents : M. Paul ROCHE, Maire, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\n{roll}\n\n"
           "Secrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n\n{moves}2. Tarifs\nAdopté à l'unanimité.\n\n"
           "3. Voirie\nAdopté à l'unanimité.\n")


@pytest.mark.parametrize("roll", [
    "M. Luc PETIT, excusé, s'en remet pour ses votes à M. Jean CARON.",
    "M. Luc PETIT, excusé, a chargé de le représenter M. Jean CARON.",
    "Absents excusés ayant donné pouvoir : procuration de M. Luc PETIT remise entre les mains de M. Jean CARON.",
    "M. Luc PETIT, excusé, a commis M. Jean CARON pour le représenter.",  # (rounds forty-two and forty-three)
    "Pouvoirs des administrateurs excusés :\n\tM. Luc PETIT a fait confiance pour voter à M. Jean CARON.",
    "Pouvoirs :\nM. Luc PETIT s'en repose pour ses votes sur M. Jean CARON.",
])
def test_a_proxy_in_new_words(tmp_path: Path, roll: str):
    assert list(proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))) == [("Luc PETIT", "Jean CARON")]


def test_a_leaver_who_has_himself_represented(tmp_path: Path):
    moves = "À 19 h 10, après le vote du point 1, M. Jean CARON quitte la seance et se fait representer par Mme Anne BRUN.\n\n"  # (OCR: no accents)
    assert proxies(tmp_path, COUNCIL.format(roll="", moves=moves)) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "19:10:00", "depuisActe": "2"}}


@pytest.mark.parametrize("roll, moves", [
    ("Excusé : M. Luc PETIT (pouvoir à M. Jean CARON, jusqu'à l'arrivée de l'intéressé, à 18 h 40).", ""),
    ("Excusé : M. Luc PETIT (pouvoir à M. Jean CARON jusqu'à son arrivée).", "18h40 : arrivée de M. Luc PETIT avant le point 2.\n\n"),
])
def test_a_proxy_ended_by_an_arrival_told_in_other_words(tmp_path: Path, roll: str, moves: str):
    assert proxies(tmp_path, COUNCIL.format(roll=roll, moves=moves))[("Luc PETIT", "Jean CARON")]["jusquAHeure"] == "18:40:00"


def test_a_leavers_proxy_for_two_named_decisions(tmp_path: Path):
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nComité syndical\nSéance du mardi 5 octobre 2027 à 14 h 30\n\n"
            "Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\nSecrétaire de séance : Mme Rose LYS.\n\n"
            "CS-2027-31 - Budget\nAdopté à l'unanimité.\n\nÀ 15 h 50, après la décision CS-2027-31, M. Jean CARON quitte la séance et "
            "donne pouvoir à Mme Anne BRUN pour les décisions CS-2027-32 et CS-2027-33.\n\n"
            "CS-2027-32 - Tarifs\nAdopté à l'unanimité.\n\nCS-2027-33 - Voirie\nAdopté à l'unanimité.\n")
    bounds = proxies(tmp_path, text)[("Jean CARON", "Anne BRUN")]
    assert (bounds["depuisActe"], bounds["jusquAActe"]) == ("CS-2027-32", "CS-2027-33")


def test_a_report_numbered_by_its_session_without_a_number_sign():
    raw = view("RAPPORT 27.110 - Approbation du procès-verbal\nAdopté à l'unanimité.\n\nRAPPORT 27.lll - Budget\nAdopté.\n")
    assert [(i.number, i.title) for i in find_items(Text(raw), 0, len(raw), [])] == [("27.110", "Approbation du procès-verbal"), ("27.111", "Budget")]


def test_a_tallys_names_between_its_figure_and_its_word():
    tally = _tally("Adopté par 23 voix pour, 2 (Mme Rose LYS, M. Jean CARON) contre et 1 (M. Luc PETIT par procuration) abstention(s).")
    assert {k: c for k, (c, _) in tally.counts.items()} == {"pour": 23, "contre": 2, "abstention": 1}
    assert ([n for n, _ in tally.names["contre"]], [n for n, _ in tally.names["abstention"]]) == (["Mme Rose LYS", "M. Jean CARON"], ["M. Luc PETIT"])


def test_a_member_who_withdraws_for_the_vote():
    assert _not_voting("Mme Anne BRUN, membre du bureau de l'association, se retire pour ce vote.\nAdopté par 24 voix pour.") == ["Mme Anne BRUN"]


@pytest.mark.parametrize("said, hour", [("la séance est levée à midi cinq.", time(12, 5)), ("levée à minuit.", time(0, 0)),
                                        ("cet après-midi, rien.", None)])
def test_noon_and_midnight_in_words(said: str, hour: time | None):
    assert [f.value for f in find_times(said)] == ([hour] if hour else [])


def test_a_table_of_acts_with_a_column_for_each_count(tmp_path: Path):
    rows = ("  N°            Objet                                Pour  Contre  Abst.  NPPV   Résultat\n"
            "  CS-2027-31    Budget principal                      14       1      1      0     Adopté\n"
            "  CS-2027-32    Tarifs 2028                           16       0      0      0     Adopté\n")
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nComité syndical\nSéance du mardi 5 octobre 2027 à 14 h 30\n\n"
            f"Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n\n{rows}")
    votes = read(tmp_path, text).facts[0].of_class("Vote")
    assert {v.first("deliberation").first("numero"): (v.first("pour"), v.first("contre"), v.first("abstention")) for v in votes} == {
        "CS-2027-31": (14, 1, 1), "CS-2027-32": (16, 0, 0)}
