"""Rolls whose members carry a note and an office ("(secteur de Val), 2e Vice-présidente"), groups by body named in words
or in a tabbed first cell, tables under a line of counts and over a legend, proxies said by substitution, by the vote's
transmission or by a holder who "se prononce au nom de", holders wrapped between given and family name, and members an
act names who attended although the roll only counted them: general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.counts import read_counts
from civicgraph.genre.cues import Text
from civicgraph.genre import furniture
from civicgraph.genre.items import read_vote
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.publicity import publicity_dates
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import _with_items
from tests.genre.test_layouts_44 import listed_proxies

COMITE = "SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL"
BOARD = "OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nCONSEIL D'ADMINISTRATION"


def _present(statuses: dict[str, str]) -> set[str]:
    return {name for name, status in statuses.items() if status == "présent"}


def test_a_member_s_note_in_brackets_before_an_office(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE (secteur de Val), Président ; Mme Anne BRUN (secteur de Roche), 2e\n"
            "Vice-présidente ; M. Jean CARON (2CVB).\n\n")
    assert _present(_statuses(tmp_path, _seance(COMITE, roll))) == {"Paul ROCHE", "Anne BRUN", "Jean CARON"}


def test_groups_by_body_go_on_after_a_secretary_s_office_and_in_two_columns(tmp_path: Path):
    roll = ("Présents :\nReprésentants des communes : M. Paul ROCHE, Président ; Mme Anne BRUN, Secrétaire.\n"
            "Représentant du personnel : M. Jean CARON.\n\n"
            "Présents :\n   M. Luc PETIT, Secrétaire                  Mme Nina ROUX\n   M. Yves MORIN                             Mme Rose LYS\n\n")
    assert _present(_statuses(tmp_path, _seance(COMITE, roll))) >= {"Jean CARON", "Nina ROUX", "Yves MORIN", "Rose LYS"}


@pytest.mark.parametrize("layout", [
    "Délégués présents\n\nCommunauté de communes du Val\n\tM. Paul ROCHE, Président\n\tMme Anne BRUN\n\n"
    "Communauté de communes de la Roche à la Vallée\n\tM. Jean CARON\n\tMme Nina ROUX\n\n",
    "Délégués présents :\nCC du Val\tM. Paul ROCHE, Président ; Mme Anne BRUN\nCC de la Roche et Vallée\tM. Jean CARON ; Mme Nina ROUX\n\n",
])
def test_delegates_grouped_by_a_body_named_in_words(tmp_path: Path, layout: str):
    assert _present(_statuses(tmp_path, _seance(COMITE, layout))) == {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX"}


def test_a_table_under_a_line_of_counts_and_over_its_legend(tmp_path: Path):
    table = ("Sous la présidence de M. Paul ROCHE, Président.\n\n   Délégués : 5     Présents : 3     Représentés : 1     Votants : 4\n\n   FEUILLE DE PRÉSENCE\n"
             "   Délégué                 Collectivité      Présence   Pouvoir à\n"
             "   ROCHE Paul, Président   CC du Val         P\n"
             "   BRUN Anne               CC du Val         P\n"
             "   CARON Jean              CC de la Roche    P\n"
             "   LYS Rose                CC de la Roche    R          CARON Jean\n"
             "   PETIT Luc               CC du Val         A\n"
             "   P : présent(e) – R : représenté(e) – A : absent(e)\n\n"
             "   Représentations au vote :\n     MORIN Yves : représentation au vote par M. le Président.\n\n")
    text = _seance(COMITE, table)
    statuses = _statuses(tmp_path, text)
    assert _present(statuses) == {"Paul ROCHE", "Anne BRUN", "Jean CARON"}
    assert (statuses["Rose LYS"], statuses["Luc PETIT"]) == ("représenté", "absent")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON"), ("Yves MORIN", "Paul ROCHE")}


def test_staff_present_said_without_a_vote_in_brackets(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\n"
            "Également présents (sans voix délibérative) : M. Luc PETIT, directeur général des services ; Mme Nina ROUX, chargée des assemblées.\n\n"
            "Assistaient également (sans voix délibérative) : Mme Rose LYS, chargée de mission.\n\n")
    statuses = _statuses(tmp_path, _seance(COMITE, roll))
    assert {n for n, s in statuses.items() if s == "sans voix délibérative"} == {"Luc PETIT", "Nina ROUX", "Rose LYS"}


def test_a_substitute_who_sits_in_his_own_right_holds_a_proxy_a_suppleant_does_not(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE (Val), Président ; Mme Anne BRUN (Roche) ; M. Jean CARON (Roche, délégué suppléant).\n\n"
            "Représentés : M. Luc PETIT (Val), 2e Vice-président, s'est fait suppléer par Mme Anne BRUN ; Mme Nina ROUX (Val) s'est fait\n"
            "suppléer par M. le Président ; Mme Rose LYS (Roche), suppléée par M. Jean CARON.\n\n")
    text = _seance(COMITE, roll)
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Anne BRUN"), ("Nina ROUX", "Paul ROCHE")}


@pytest.mark.parametrize("told", [
    "Mme Rose LYS : vote transmis à M. Jean CARON ;",
    "M. Jean CARON (Val) se prononce au nom de Mme Rose LYS (Roche) ;",
    "M. Jean CARON (Val), chargé de la voix de Mme Rose LYS (Roche) ;",
    "Procuration de Mme Rose LYS (CC de la Roche à la Vallée) à M. Jean CARON ;",
    "la voix de Mme Rose LYS (Roche) est exercée par M. Jean\nCARON ;",
    "Mme Rose LYS a désigné M. Jean CARON pour la remplacer ;",
])
def test_a_proxy_transmitted_pronounced_for_or_held_as_a_charge(tmp_path: Path, told: str):
    assert {(g.split()[-1], h) for g, h in listed_proxies(tmp_path, told)} == {("LYS", "Jean CARON")}


def test_votes_transmitted_head_a_list_and_count_as_proxies():
    raw = "Membres : 34 ; présents : 27 ; votes transmis : 4 ; votants :\n31. La liste d'émargement est annexée."
    counts = {prop: value for prop, (value, _) in read_counts(Text(raw), 0, len(raw)).items()}
    assert (counts["nombrePouvoirs"], counts["nombreVotants"]) == (4, 31)


def test_a_holder_who_pronounces_in_the_leaver_s_name_after_a_departure(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX, Mme Rose LYS.\n\n"
    between = "Mme Rose LYS (Val) quitte la séance à 20 h 35, après le point 1 ; M. Jean CARON (Val) se prononce en son nom à partir du point 2."
    assert proxies(tmp_path, _with_items(roll, between))[("Rose LYS", "Jean CARON")].get("depuisActe") == "2"


def test_who_votes_or_leaves_attended_when_the_roll_only_counts_them(tmp_path: Path):
    roll = "Conseillers en exercice : 30 ; présents : 25. La liste d'émargement est annexée.\n\n"
    between = ("Pour : 22 ; Contre : 3 (M. Jean CARON, Mme Rose LYS, M. Yves MORIN par pouvoir).\n"
               "M. Luc PETIT, président de l'association, ne prend pas part au vote.\nMme Nina ROUX quitte la séance.")
    present = _present(_statuses(tmp_path, _with_items(roll, between)))
    assert {"Jean CARON", "Rose LYS", "Luc PETIT", "Nina ROUX"} <= present and "Yves MORIN" not in present


def test_a_tally_name_printed_otherwise_in_the_roll_is_not_a_second_member(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; Mme Rose P0NS.\n\n"
    between = "Pour : 2 ; Contre : 1 (Mme Rose PONS)."
    assert len(_present(_statuses(tmp_path, _with_items(roll, between)))) == 2


@pytest.mark.parametrize("tally,names", [
    ("Contre : 2 (M. Jean CARON, Mme Rose LYS par vote transmis).", {"contre": ["M. Jean CARON", "Mme Rose LYS"]}),
    ("Le rapport est adopté. M. Jean CARON, maire de\nVal-Brun, commune bénéficiaire, ne prend pas part au vote.", {"nonParticipant": ["M. Jean CARON"]}),
    ("Rapporteur : Mme Rose LYS\nMontant : 3 000,00 €. M. Jean CARON, président de l'association, ne prend pas part au vote.",
     {"nonParticipant": ["M. Jean CARON"]}),
])
def test_a_tally_s_names_by_vote_transmitted_or_after_two_appositions(tally: str, names: dict):
    read = read_vote(Text(tally), 0, len(tally))
    assert {prop: [n for n, _ in found] for prop, found in read.names.items() if prop in names} == names


def test_publicity_said_with_nouns_and_dates_in_words():
    raw = ("Certifié exécutoire compte tenu de la transmission en préfecture le quinze septembre deux mille vingt-six et de "
           "l'affichage le seize septembre deux mille vingt-six.")
    dates = {prop: found.isoformat() for prop, (found, _) in publicity_dates(Text(raw)).items()}
    assert (dates["dateTransmission"], dates["dateAffichage"]) == ("2026-09-15", "2026-09-16")


def test_a_rapporteur_named_by_the_form_is_no_attendance_even_when_the_roll_only_counts(tmp_path: Path):
    roll = "Conseillers en exercice : 30 ; présents : 25. La liste d'émargement est annexée.\n\n"
    text = _seance(COMITE, roll).replace("1. Budget\n", "1. Budget\nRapporteure : Mme Anne BRUN, Vice-présidente.\n")
    assert "Anne BRUN" not in _present(_statuses(tmp_path, text))  # a form's field (a blank form's too), not a presence


def test_an_association_named_with_est_and_a_colon_after_it():
    raw = "Renouvellement de l'adhésion à Atmo Val Est : membre depuis 2015, la Communauté renouvelle son adhésion à l'association pour 2026."
    assert [m.association for m in read_memberships(Text(raw), 0, len(raw))] == ["Atmo Val Est"]


def test_a_running_footer_whose_figures_ocr_read_as_letters_is_blanked():
    raw = "5 contre (M. Jean CARON, Mme Rose LYS,\nValbrune - Proces-verbal du conseil municipal du 2l/O9/2O26 - l/2\nM. Luc PETIT par procuration)."
    blanked = furniture.blank(raw)
    assert "Proces-verbal" not in blanked and "l/2" not in blanked and len(blanked) == len(raw)


def test_proxies_in_relative_clauses_under_no_heading_names_with_initials(tmp_path: Path):
    roll = ("Étaient présents : Mme A. BRUN, Présidente ; M. J. CARON ; Mme N. ROUX.\n\n"
            "M. P. ROCHE, dont le droit de vote est confié à Mme la Présidente ; Mme R. LYS, dont la voix est portée par M. J. CARON.\n\n")
    found = {(g.split()[-1], h.split()[-1]) for g, h in proxies(tmp_path, _seance(BOARD, roll))}
    assert found == {("ROCHE", "BRUN"), ("LYS", "CARON")}


@pytest.mark.parametrize("between,item", [
    ("Mme Rose LYS quitte la séance après le vote du point 1 et s'est fait suppléer par M. Jean CARON à compter du point 2.", "2"),
    ("", "2"),
])
def test_a_departure_s_proxy_by_substitution_or_before_this_item(tmp_path: Path, between: str, item: str):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX, Mme Rose LYS.\n\n"
    text = _with_items(roll, between)
    if not between:  # the clause inside the second item, before its vote
        text = text.replace("2. Tarifs\n", "2. Tarifs\nAvant l'examen de ce point, Mme Rose LYS quitte la séance et donne pouvoir à M. Jean CARON.\n")
    assert proxies(tmp_path, text)[("Rose LYS", "Jean CARON")].get("depuisActe") == item
