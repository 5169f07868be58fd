"""Rounds sixty and sixty-one's pieces, each on a small invented text: OCR's figure one for an "l" opening or ending a word
("1evée", "Hote1") and for a count of one ("contre l"); proxies in new words ("a porté procuration sur", "a chargé par
procuration", "ayant prié Y de voter à sa place", "a institué mandataire", "a investi Y de son vote", "(procuration écrite
détenue par Y)" in a column of its own beside the name); a proxy the leaver held ended "avec son départ"; a table's
holders' title wrapped over two lines, a dash for no holder, a code with a note's call one space from the holder; points
"Point 1⇥Title" and "Rapport 1 - Title"; a parc naturel régional's syndicat; a heading of attendees without a vote alone on its
line."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import repair_ocr
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read

BUREAU = ("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nCompte rendu du Bureau communautaire du 15 décembre 2027\n\n"
          "Présents : Paul ROCHE, Président, Rose LYS, Jean CARON, Anne BRUN.\n{roll}\n\nSecrétaire de séance : Rose LYS.\n\n"
          "{moves}B-2027-01 - Budget\nAdopté à l'unanimité.\n\nB-2027-02 - Tarifs\nAdopté à l'unanimité.\n")


@pytest.mark.parametrize("printed, meant", [
    ("La seance est 1evee a l9 h 45.", "La seance est levee a 19 h 45."),
    ("reuni a l'Hote1 de Ville, Mrne Chanta1 ROCHE", "reuni a l'Hotel de Ville, Mrne Chantal ROCHE"),
    ("pour l7, contre l (M. Luc PETIT), abstention l ; adopte", "pour 17, contre 1 (M. Luc PETIT), abstention 1 ; adopte"),
    ("Reso1ution l - Proces-verba1", "Resolution 1 - Proces-verbal"),
    ("Lot1 et Annexe1", "Lot1 et Annexe1"),  # (codes, no words: kept)
])
def test_ocrs_figure_one_for_an_l_is_put_right_where_it_makes_a_word(printed: str, meant: str):
    assert repair_ocr(printed) == meant


@pytest.mark.parametrize("roll", [
    "Excusés :\nLYS Rose, excusée, a porté procuration sur CARON Jean\nPETIT Luc, excusé, a porté procuration sur BRUN Anne",
    "Excusés :\nMme LYS Rose, excusee, a charge par procuration M. CARON Jean\nM. PETIT Luc, excuse, a charge par procuration Mme BRUN Anne",
    "Excusés :\nLYS Rose (Val), ayant prié CARON Jean de voter à sa place\nPETIT Luc (Brun), ayant prié BRUN Anne de voter à sa place",
    "Excusés :\nMme Rose LYS, excusée, a institué mandataire M. Jean CARON\nM. Luc PETIT, excusé, a institué mandataire Mme Anne BRUN",
    "Excusés :\nMme Rose LYS (Val), qui a investi M. Jean CARON de son vote.\nM. Luc PETIT (Brun), qui a investi Mme Anne BRUN de son vote.",
])
def test_a_proxy_in_new_words(tmp_path: Path, roll: str):
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Anne BRUN")}


def test_a_proxy_in_a_bracket_a_column_apart_from_its_giver(tmp_path: Path):
    roll = ("  EXCUSÉS\n  Mme Rose LYS              (procuration écrite détenue par M. Jean CARON)\n"
            "  M. Luc PETIT              (procuration écrite détenue par Mme Anne BRUN)\n"
            "  Mme Nina ROUX             (procuration écrite détenue par M. Paul ROCHE)\n  M. Yves MORIN\n")
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Anne BRUN"),
                                                                         ("Nina ROUX", "Paul ROCHE")}


def test_a_proxy_the_leaver_held_ends_with_the_departure(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nProcès-verbal du conseil municipal du 3 mars 2027\n\nPrésents : M. Paul ROCHE, M. Jean CARON, "
            "Mme Anne BRUN.\nExcusés : Mme Nina ROUX, qui a transmis sa procuration à M. Jean CARON (procuration valable pour les "
            "points 1 et 2).\n\n1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\nÀ 19 h 40, M. Jean CARON quitte "
            "la séance ; la procuration de Mme Nina ROUX prend fin avec son départ.\n\n3. Voirie\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")].get("jusquAHeure") == "19:40:00"


LAYOUT = ("DÉPARTEMENT DU VAL-BRUN\n\n                  PROCÈS-VERBAL DE LA COMMISSION PERMANENTE\n\n"
          "   Séance du :   14/09/2027                        Heure d'ouverture :  10h00\n"
          "   Présidence :  M. Paul ROCHE, Président du Conseil départemental\n\n"
          "   PRÉSENTS\n   ROCHE Paul (Val-1)                           LYS Rose (Val-2)\n"
          "   CARON Jean (Brun)                            BRUN Anne (Roche)\n\n{table}\n\n   Secrétaire de séance : Mme Rose LYS\n\n"
          "   Rapport 1 - Budget\n   Adopté à l'unanimité.\n")


def test_a_holders_title_wrapped_over_two_lines_and_a_dash_for_none(tmp_path: Path):
    table = ("   EXCUSÉS                                      A DONNÉ PROCURATION ÉCRITE ET\n"
             "                                                NOMINATIVE À\n"
             "   PETIT Luc (Monts)                            M. Jean CARON\n"
             "   ROUX Nina (Val-3)                            Mme Anne BRUN\n"
             "   MORIN Yves (Val-4)                           —\n")
    assert set(proxies(tmp_path, LAYOUT.format(table=table))) == {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Anne BRUN")}


def test_a_code_and_its_notes_call_one_space_from_the_holder(tmp_path: Path):
    table = ("   Nom Prénom              Collège                 Code   Délégataire\n"
             "   ROCHE Paul              Département             PR\n"
             "   CARON Jean              Département             PR\n"
             "   PETIT Luc               Communes                VD (1) CARON Jean\n"
             "   ROUX Nina               Communes                VD     ROCHE Paul\n\n"
             "   Légende : PR présent ; EX excusé ; VD vote délégué au délégataire indiqué.\n"
             "   (1) pour le rapport 1 seulement.\n")
    assert {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Paul ROCHE")} <= set(proxies(tmp_path, LAYOUT.format(table=table)))


@pytest.mark.parametrize("heading", ["Point 1\tBudget", "Rapport 1 - Budget", "Décision 1\tBudget"])
def test_a_point_numbered_after_its_word_a_tab_or_a_dash_after(tmp_path: Path, heading: str):
    text = ("COMMUNE DE VAL-BRUN\nProcès-verbal du conseil municipal du 3 mars 2027\n\nPrésents : Paul ROCHE, Rose LYS.\n\n"
            f"{heading}\nAdopté à l'unanimité.\n\n{heading.replace('1', '2').replace('Budget', 'Tarifs')}\nAdopté à l'unanimité.\n")
    titles = {d.first("titre") for d in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert titles == {"Budget", "Tarifs"}


def test_a_parc_naturel_regional_is_its_syndicat_and_the_syndicats_own_name_comes_first(tmp_path: Path):
    minutes = "\n\nCOMPTE RENDU DU COMITE SYNDICAL du 20 octobre 2027\n\nPrésents : Paul ROCHE, Rose LYS.\n"
    park = bodies(tmp_path, "PARC NATUREL RÉGIONAL DES MONTS DU VAL\nMaison du Parc - 39000 Val" + minutes)
    assert ["Syndicat" in kinds for name, kinds in park.items() if name.casefold() == "parc naturel régional des monts du val"] == [True]
    named = bodies(tmp_path, "PARC NATUREL RÉGIONAL DES MONTS DU VAL\n\nSYNDICAT MIXTE DU PARC NATUREL RÉGIONAL DES MONTS DU VAL" + minutes)
    assert "syndicat mixte du parc naturel régional des monts du val" in {name.casefold() for name in named}


@pytest.mark.parametrize("heading", ["Avec voix consultative", "ASSISTENT AVEC VOIX CONSULTATIVE"])
def test_a_heading_of_attendees_without_a_vote_alone_on_its_line(tmp_path: Path, heading: str):
    roll = f"Absents :\nM. Luc PETIT\n\n{heading}\nM. Yves MORIN\tdirecteur\nMme Nina ROUX\tjuriste\n"
    facts = read(tmp_path, BUREAU.format(roll=roll, moves="")).facts[0]
    status = {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation")}
    assert (status["Yves MORIN"], status["Nina ROUX"], status["Luc PETIT"]) == ("sans voix délibérative", "sans voix délibérative", "absent")
