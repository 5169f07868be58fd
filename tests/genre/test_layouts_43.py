"""Proxies handed on, ended by a return, told in new wordings and in two clauses; statuses in sentences; staff who
keep the minutes; rolls in tab stops, groups and borderless tables; act numbers with a series' letters; points set
aside; votes told in prose: general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _acts, _with_items

THREE_ITEMS = "1. Budget\nAdopté à l'unanimité.\n\n{first}\n\n2. Tarifs\nAdopté à l'unanimité.\n\n{second}\n\n3. Voirie\nAdopté à l'unanimité.\n"


def _with_three(roll: str, first: str, second: str) -> str:
    return _seance(COUNCIL, roll).replace("1. Budget\nAdopté à l'unanimité.\n", THREE_ITEMS.format(first=first, second=second))


def _votes(tmp_path: Path, text: str) -> list:
    return read(tmp_path, text).facts[0].of_class("Vote")


def test_a_proxy_handed_on_in_the_sentence_after_its_holder_s_departure(tmp_path: Path):
    roll = PRESENT + "Pouvoir : Mme Anne BRUN à M. Jean CARON."
    left = ("M. Jean CARON quitte la séance à 20 h 20, après le vote du point 1, sans donner de pouvoir. Le pouvoir de "
            "Mme Anne BRUN, qu'il détenait, est reporté sur Mme Nina ROUX, qui vote à sa place pour le point 2.")
    found = proxies(tmp_path, _with_items(roll, left))
    assert found[("Anne BRUN", "Jean CARON")]["jusquAActe"] == "1"
    assert found[("Anne BRUN", "Nina ROUX")]["depuisActe"] == "2" and found[("Anne BRUN", "Nina ROUX")]["depuisHeure"] == "20:20:00"


def test_a_delegation_that_passes_to_another_over_a_line_break(tmp_path: Path):
    roll = PRESENT + "Pouvoir : Mme Anne BRUN à M. Jean CARON."
    left = ("M. Jean CARON quitte la séance à 19 h 50, après le vote du point 1 ; la délégation de\n"
            "Mme Anne BRUN qu'il détenait passe à Mme Nina ROUX (Val), qui vote pour elle.")
    assert proxies(tmp_path, _with_items(roll, left))[("Anne BRUN", "Nina ROUX")]["depuisActe"] == "2"


@pytest.mark.parametrize("away", [
    "M. Jean CARON quitte momentanément la séance à 10 h 20,\naprès le vote du point 1 ; Mme Nina ROUX détient la voix\nde M. Jean CARON pour la durée de son absence.",
    "M. Jean CARON quitte momentanément la séance à 10 h 20, après le vote du point 1 ; Mme Nina ROUX recueille\nsa voix pour la durée de son absence.",
])
def test_a_proxy_for_the_time_of_an_absence_ends_at_the_return(tmp_path: Path, away: str):
    back = "M. Jean CARON regagne la séance à 10 h 50, avant l'examen du point 3."
    found = proxies(tmp_path, _with_three(PRESENT, away, back))[("Jean CARON", "Nina ROUX")]
    assert (found["depuisActe"], found["jusquAActe"], found["depuisHeure"], found["jusquAHeure"]) == ("2", "2", "10:20:00", "10:50:00")


def test_a_proxy_cancelled_by_its_giver_s_arrival(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nReprésentée : Mme Nina ROUX, représentée par M. Jean CARON."
    came = "Mme Nina ROUX ayant rejoint la séance à 10 h 25, avant le point 2, le pouvoir donné à M. Jean CARON est annulé."
    found = proxies(tmp_path, _with_items(roll, came))[("Nina ROUX", "Jean CARON")]
    assert (found["jusquAHeure"], found["jusquAActe"]) == ("10:25:00", "1")


@pytest.mark.parametrize("told", [
    "M. Luc PETIT se fait remplacer au vote par M. Jean CARON",
    "M. Jean CARON recueille la voix de M. Luc PETIT",
    "M. Jean CARON exerce le droit de vote de M. Luc PETIT",
    "M. Jean CARON portera la voix de M. Luc PETIT",
    "M. Luc PETIT vote par la main de M. Jean CARON",
    "Le vote de M. Luc PETIT est exprimé par M. Jean CARON",
    "Représentation de M. Luc PETIT par M. Jean CARON",
    "M. Luc PETIT, qui a pour représentant M. Jean CARON",
    "M. Jean CARON (Val) s'est vu confier le pouvoir de M. Luc PETIT (Val)",
    "M. Jean CARON agit au nom de M. Luc PETIT",
    "M. Jean CARON vote au nom et pour le compte de M. Luc PETIT",
    "M. Luc PETIT a désigné M. Jean CARON pour tenir sa place",
    "M. Luc PETIT est excusé ; M. Jean CARON votera à sa place",
    "M. Luc PETIT, suppléé pour le vote par M. Jean CARON",
    "M. Luc PETIT s'est fait remplacer dans son vote par M. Jean CARON",
    "M. Jean CARON votera aux lieu et place de M. Luc PETIT",
])
def test_the_wordings_of_the_sets_1170_to_1200(tmp_path: Path, told: str):
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n{told}.\n\nExcusée : Mme Anne BRUN."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON")}


def test_one_holder_of_two_proxies_and_celle_de(tmp_path: Path):
    roll = PRESENT + "Pouvoirs : M. Jean CARON portera la voix de Mme Rose LYS et celle de M. Luc PETIT."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Jean CARON")}


def test_a_list_of_proxies_hanging_at_a_tab_stop(tmp_path: Path):
    roll = (PRESENT + "Pouvoirs :\tM. Luc PETIT se fait remplacer au vote par M. Jean CARON.\n"
            "\tMme Rose LYS se fait remplacer au vote par Mme Nina ROUX pour les points 1 à 2.")
    found = proxies(tmp_path, _with_items(roll, ""))
    assert set(found) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Nina ROUX")} and found[("Rose LYS", "Nina ROUX")]["jusquAActe"] == "2"


def test_a_giver_until_she_joins_the_séance(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nProcurations : M. Jean CARON agit au nom de Mme Nina ROUX tant que celle-ci n'a pas rejoint la séance."
    came = "Mme Nina ROUX rejoint la séance à 18 h 40, avant l'examen du point 2."
    assert proxies(tmp_path, _with_items(roll, came))[("Nina ROUX", "Jean CARON")]["jusquAHeure"] == "18:40:00"


def test_a_departure_s_proxy_in_a_margin_note_with_initials(tmp_path: Path):
    left = "En marge : Départ de M. J. CARON à 20 h 10 - pouvoir à Mme N. ROUX\nM. Jean CARON quitte la séance après le vote du point 1."
    assert proxies(tmp_path, _with_items(PRESENT, left))[("Jean CARON", "Nina ROUX")]["depuisActe"] == "2"


def test_statuses_told_in_sentences(tmp_path: Path):
    roll = ("Le Maire constate que trois conseillers sont présents : M. Paul ROCHE, M. Jean CARON et Mme Nina ROUX. "
            "Se sont excusés Mme Anne BRUN et M. Luc PETIT. M. Yves MORIN est absent.\n\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert (statuses.get("Jean CARON"), statuses.get("Anne BRUN"), statuses.get("Luc PETIT"), statuses.get("Yves MORIN")) == (
        "présent", "excusé", "excusé", "absent")


def test_a_member_of_staff_named_secretary_attends_without_a_vote(tmp_path: Path):
    roll = PRESENT + "Secrétaire de séance : Mme Rose LYS, secrétaire de mairie, qui n'est pas membre du conseil.\n\n"
    assert _statuses(tmp_path, _seance(COUNCIL, roll)).get("Rose LYS") == "sans voix délibérative"


@pytest.mark.parametrize("roll", [
    "Présents :\n\nÉlu\tFonction\tPrésence\n\nPaul ROCHE\tMaire\tPrésent\nJean CARON\tAdjoint\tPrésent\nNina ROUX\tConseillère\tPrésente\nAnne BRUN\tConseillère\tExcusée\n\n",
    "Tableau des présences\n\nÉlu | Fonction | Présence\nPaul ROCHE | Maire | Présent\nJean CARON | Adjoint | Présent\nNina ROUX | Conseillère | Présente\nAnne BRUN | Conseillère | Excusée\n\n",
    "PRÉSENTS :\n    Paul ROCHE, Maire                  Jean CARON, 1er adjoint\n    Nina ROUX                          Luc PETIT\n\nEXCUSÉE : Mme Anne BRUN.\n\n",
])
def test_rolls_in_tables_and_columns_without_civilities(tmp_path: Path, roll: str):
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert (statuses.get("Jean CARON"), statuses.get("Nina ROUX"), statuses.get("Anne BRUN")) == ("présent", "présent", "excusé"), statuses


def test_the_groups_of_a_roll(tmp_path: Path):
    roll = ("Présents :\nGroupe « Val-Brun ensemble » : M. Paul ROCHE, Maire ; M. Jean CARON.\n"
            "Groupe « Agir pour Val-Brun » : Mme Nina ROUX ; M. Luc PETIT.\n\nExcusée : Mme Anne BRUN.\n\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert statuses.get("Luc PETIT") == "présent" and statuses.get("Nina ROUX") == "présent"


@pytest.mark.parametrize("line,number", [("2. DCM 2026-052 – Tarifs de la cantine", "DCM 2026-052"),
                                         ("2. Délibération n° CA/2026/041 – Tarifs de la cantine", "CA/2026/041")])
def test_act_numbers_with_a_series_letters(tmp_path: Path, line: str, number: str):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", f"1. Budget\nAdopté à l'unanimité.\n\n{line}\nAdopté à l'unanimité.\n")
    assert _acts(tmp_path, text)[number].first("titre") == "Tarifs de la cantine"


def test_a_point_adjourned_in_its_own_text_is_no_act(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        "1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs de la redevance spéciale\nCe point est ajourné à une séance ultérieure.\n"))
    assert set(_acts(tmp_path, text)) == {"1"}


def test_a_vote_told_in_prose(tmp_path: Path):
    roll = PRESENT.replace("Mme Nina ROUX", "Mme Nina ROUX, M. Luc PETIT, M. Yves MORIN")
    text = _seance(COUNCIL, roll).replace("Adopté à l'unanimité.", (
        "Vote : M. Luc PETIT et Mme Nina ROUX votent contre ; M. Yves MORIN s'abstient ; les trois autres votants votent pour."))
    vote = _votes(tmp_path, text)[0]
    assert (vote.first("resultat"), vote.first("pour"), vote.first("contre"), vote.first("abstention")) == ("adoptée", 3, 2, 1)
    assert {p.first("rdfs:label") for p in vote.props.get("votantContre", [])} == {"Luc PETIT", "Nina ROUX"}


def test_a_list_of_proxies_one_a_line_each_closed_by_a_full_stop(tmp_path: Path):
    roll = (PRESENT + "Pouvoirs :\nM. Luc PETIT s'est fait remplacer dans son vote par M. Jean CARON.\n"
            "Mme Rose LYS s'est fait remplacer dans son vote par Mme Nina ROUX.")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Nina ROUX")}


@pytest.mark.parametrize("left", [
    "M. Jean CARON quitte la séance à 20 h 40, après le vote du point 1 ; Mme Nina ROUX dispose de son mandat à partir du point 2.",
    "M. Jean CARON quitte la séance à 20 h 40, après le vote du point\n1 ;\n\nsa voix est portée par Mme Nina ROUX à partir du point 2.",
])
def test_a_departure_s_proxy_held_or_carried_after_a_line_break(tmp_path: Path, left: str):
    assert proxies(tmp_path, _with_items(PRESENT, left))[("Jean CARON", "Nina ROUX")]["depuisActe"] == "2"


def test_an_office_closing_a_column_s_cell_before_the_next_column_s_civility(tmp_path: Path):
    roll = ("PRÉSENTS :\nM. Paul ROCHE (Val), Président           M. Jean CARON (Val)\n"
            "Mme Nina ROUX (Roche), 4e vice-présidente Mme Rose LYS (Roche)\n\nEXCUSÉE : Mme Anne BRUN.\n\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert (statuses.get("Nina ROUX"), statuses.get("Rose LYS")) == ("présent", "présent"), statuses
