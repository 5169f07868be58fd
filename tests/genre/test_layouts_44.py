"""Proxies told in a vocabulary of their own (a vote "confié", "porté", "relayé"), after a departure in the leaver's
clause or in a bracket, across a page turn; rolls in two columns "NOM Prénom", by commune with a colon wrapped below,
"au titre de" groups, counts "dont" a few names; staff among those present; act numbers damaged by OCR: general
mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import repair_ocr
from civicgraph.genre.reader import view
from civicgraph.text import split_list_spans
from civicgraph.text.names import parse_person_name
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _with_items


@pytest.mark.parametrize("told", [
    "Mme Nina ROUX est chargée du vote de Mme Anne BRUN.",
    "Mme Nina ROUX portera les votes de Mme Anne BRUN ;",
    "Mme Anne BRUN a confié son bulletin à Mme Nina ROUX.",
    "Mme Anne BRUN, remplacée au vote par Mme Nina ROUX ;",
    "Mme Nina ROUX s'exprime pour Mme Anne BRUN ;",
    "pouvoir remis en séance par Mme Nina ROUX au nom de Mme Anne BRUN",
    "Mme Anne BRUN a laissé ses consignes de vote à Mme Nina ROUX.",
    "Mme Anne BRUN (Val) : représentation confiée à Mme Nina ROUX ;",
])
def test_a_proxy_told_in_the_words_of_a_vote_given_or_carried(tmp_path: Path, told: str):
    assert set(listed_proxies(tmp_path, told)) == {("Anne BRUN", "Nina ROUX")}


def listed_proxies(tmp_path: Path, told: str) -> dict[tuple[str, str], dict[str, str]]:
    """The proxies read from `told` on a line of its own under "Pouvoirs :", in a council's minutes."""
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n\t" + told + "\n\nAbsent : M. Yves MORIN.\n\n"
    return proxies(tmp_path, _seance(COUNCIL, roll))


def test_a_list_of_proxies_one_a_tabbed_line_keeps_each_line_its_own(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n"
            "\tpouvoir remis en séance par M. le Maire au nom de Mme Anne BRUN\n"
            "\tpouvoir remis en séance par M. Jean CARON au nom de M. Yves MORIN\n\n")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Anne BRUN", "Paul ROCHE"), ("Yves MORIN", "Jean CARON")}


@pytest.mark.parametrize("left,scope", [
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1 ; pouvoir de M.\nJean CARON à Mme Nina ROUX à partir du point 2.",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1 ; Mme Nina ROUX\n   tiendra la voix de M. Jean CARON à partir du point 2.",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le point 1 ; pouvoir de M. Jean CARON à Mme Nina ROUX pour les délibérations suivantes.",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1 (vote exprimé\n   par Mme Nina ROUX à partir du point suivant).",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance après le point 1 ; Mme Nina ROUX s'exprime pour lui à compter du point 2.", (None, "2")),
    ("M. Jean CARON quitte la séance à 20 h 15 ; à partir du point 2, sa voix est tenue par Mme Nina ROUX.", ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1. Sa voix\n   sera portée par Mme Nina ROUX à partir du point 2.",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1, et a fait porter sa\n   voix par Mme Nina ROUX pour la suite de la séance.",
     ("20:15:00", "2")),
    ("M. Jean CARON quitte la séance à 20 h 15, après le vote du point 1 (voix transmise à\n   Mme Nina ROUX à partir du point 2).", ("20:15:00", "2")),
])
def test_the_proxy_a_departure_s_clause_gives_in_any_words(tmp_path: Path, left: str, scope: tuple):
    found = proxies(tmp_path, _with_items(PRESENT, left))[("Jean CARON", "Nina ROUX")]
    assert (found.get("depuisHeure"), found.get("depuisActe")) == scope


def test_a_proxy_the_leaver_held_that_ends_is_not_one_given(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON (porteur du pouvoir de Mme Anne BRUN pour les points 1 et 2), Mme Nina ROUX.\n\n"
    left = "Après le vote du point 2, M. Jean CARON quitte la séance ; le pouvoir de Mme Anne BRUN prend fin."
    assert ("Jean CARON", "Anne BRUN") not in proxies(tmp_path, _with_items(roll, left))


def test_a_departure_s_sentence_across_a_page_turn(tmp_path: Path):
    left = ("M. Jean CARON quitte la séance à 20 h 05, après le vote du\n" + " " * 60 + "Page 1 sur 2\n\f\n"
            "   point 1, et a donné pouvoir à Mme Nina ROUX pour les points 2 et 3.")
    found = proxies(tmp_path, _with_items(PRESENT, left))[("Jean CARON", "Nina ROUX")]
    assert (found["depuisActe"], found["jusquAActe"]) == ("2", "3")


def test_two_columns_of_names_written_family_name_first(tmp_path: Path):
    roll = ("PRÉSENTS :\n   ROCHE Paul, Maire                            CARON Jean\n"
            "   ROUX Nina, 1re adjointe                      de LYS Rose\n   PETIT Luc\n\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert {name for name, status in statuses.items() if status == "présent"} == {"Paul ROCHE", "Jean CARON", "Nina ROUX", "Rose DE LYS", "Luc PETIT"}


@pytest.mark.parametrize("roll", [
    "Présents : M. Paul ROCHE, Maire, Mme Nina ROUX.\n\nÉgalement présent : M. Jean CARON, directeur général des services, sans voix délibérative.\n\n",
    "Présents : M. Paul ROCHE, Maire, Mme Nina ROUX, M. Jean CARON, directeur général des services.\n\n",
])
def test_staff_listed_among_those_present_attend_without_a_vote(tmp_path: Path, roll: str):
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert statuses["Jean CARON"] == "sans voix délibérative" and statuses["Nina ROUX"] == "présent"


def test_assistaient_a_la_seance_before_names_lists_those_present(tmp_path: Path):
    roll = "Assistaient à la séance Mme Rose LYS, maire, M. Paul ROCHE, premier adjoint, et M. Jean CARON.\n\nExcusée : Mme Anne BRUN.\n\n"
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert [statuses[n] for n in ("Rose LYS", "Paul ROCHE", "Jean CARON")] == ["présent"] * 3


def test_a_roll_by_commune_in_capitals_its_colon_wrapped_below(tmp_path: Path):
    roll = ("Étaient présents : VAL-BRUN : M. Paul ROCHE, Président, Mme Rose LYS ; BRUNMONT\n: Mme Nina ROUX ; HAUTMONT : M. Jean CARON ;\n"
            "LES ROCHES : M. Luc PETIT.\n\n")
    statuses = _statuses(tmp_path, _seance("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE", roll))
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Rose LYS", "Nina ROUX", "Jean CARON", "Luc PETIT"}


def test_groups_said_au_titre_de_inside_one_list(tmp_path: Path):
    roll = ("Présents : au titre des représentants du Département : M. Paul ROCHE, Président, Mme Rose LYS ; au titre des\n"
            "autres membres : Mme Nina ROUX (CAF du Val-Brun), M. Jean CARON (UDAF du Val-Brun).\n\n")
    statuses = _statuses(tmp_path, _seance("OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nCONSEIL D'ADMINISTRATION", roll))
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Rose LYS", "Nina ROUX", "Jean CARON"}


def test_a_count_of_those_present_then_some_named(tmp_path: Path):
    roll = ("Présents : 70 conseillers de territoire, dont M. Paul ROCHE (Val), Président, M.\nJean CARON (Brun), 1er Vice-président "
            "(liste d'émargement annexée).\n\nExcusée : Mme Anne BRUN.\n\n")
    statuses = _statuses(tmp_path, _seance("ÉTABLISSEMENT PUBLIC TERRITORIAL VAL-BRUN\nCONSEIL DE TERRITOIRE", roll))
    assert statuses["Paul ROCHE"] == statuses["Jean CARON"] == "présent"


def test_a_tabbed_table_s_office_cell_secretaire_does_not_end_the_list(tmp_path: Path):
    roll = "Membres présents :\n\tM. Paul ROCHE\tPrésident\n\tMme Rose LYS\tSecrétaire\n\tM. Jean CARON\tadministrateur, Val-Brun Agglo\n\n"
    statuses = _statuses(tmp_path, _seance("ASSOCIATION DU VAL-BRUN\nCONSEIL D'ADMINISTRATION", roll))
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Rose LYS", "Jean CARON"}


def test_a_name_wrapped_after_its_particles_in_capitals_and_an_elided_particle():
    items = split_list_spans("M. Luc PETIT (Val) ; Mme Rose VAN DER\nBRUN (Brun) ; M. Jean CARON")
    assert [i[0] for i in items][1] == "Mme Rose VAN DER\nBRUN (Brun)"
    assert parse_person_name("M. d'ARVAL Paul").family == "d'ARVAL"


def test_a_giver_s_compound_name_wrapped_at_its_hyphen(tmp_path: Path):
    roll = PRESENT + "Pouvoirs : M. Jean CARON votera aux lieu et place de Mme Rose LYS-\nMOREAU ; Mme Nina ROUX votera aux lieu et place de M. Yves MORIN."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Rose LYS-MOREAU", "Jean CARON"), ("Yves MORIN", "Nina ROUX")}


def test_act_numbers_with_ocr_letters_after_their_series():
    assert repair_ocr("2. CS-2O26-l8 - Programme") == "2. CS-2026-18 - Programme"
    assert repair_ocr("Deliberation n° CP 2O26-lO-Ol - Fonds") == "Deliberation n° CP 2026-10-01 - Fonds"


def test_a_page_number_inside_text_collapsed_onto_one_line():
    text = "Adopté à l'unanimité. Val-Brun – Bureau du 05/11/2026 – 1/2 B-2026-02 – Tarifs. Adopté à l'unanimité."
    seen = view(text)
    assert "1/2" not in seen and seen.endswith("B-2026-02 – Tarifs. Adopté à l'unanimité.") and len(seen) == len(text)


def test_a_proxy_until_an_arrival_told_rejoint_l_assemblee(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Pouvoir : Mme Anne BRUN a donné pouvoir à M. Jean CARON jusqu'à son arrivée.")
    came = "Mme Anne BRUN rejoint l'assemblée à 17 h 50, avant le point 2."
    found = proxies(tmp_path, _with_items(roll, came))[("Anne BRUN", "Jean CARON")]
    assert (found["jusquAHeure"], found["jusquAActe"]) == ("17:50:00", "1")


def test_a_page_number_ending_a_running_title_s_line_is_furniture():
    text = "M. Jean CARON quitte la séance, et a donné\n\n" + " " * 40 + "Val-Brun – Conseil du 12 octobre 2026 – 1/2\n\fprocuration à Mme Rose LYS."
    assert "1/2" not in view(text)
