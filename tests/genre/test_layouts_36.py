"""Proxies told in words no form knows (`civicgraph.genre.proxy_clauses`), written before the blind sets of
cases 820–859 were read, and the forms met in those sets: each read on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, read
from tests.genre.test_layouts_34 import placed

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"
UNFORMED = ["Mme Rose LYS obtient pouvoir de M. Luc PETIT.", "M. Luc PETIT : sa voix ira à Mme Rose LYS.",
            "Mme Rose LYS vote par délégation de M. Luc PETIT.", "M. Luc PETIT a fait tenir sa procuration à Mme Rose LYS."]
IN_A_LIST, IN_PROSE = "Pouvoirs :\n\t{}\n\tM. Yves MORIN, excusé.", "Absent excusé : M. Luc PETIT.\n\n{}\n"


@pytest.mark.parametrize("told,placed", [(told, IN_PROSE) for told in UNFORMED] + [(told, IN_A_LIST) for told in UNFORMED[:2]])
def test_a_proxy_in_words_no_form_knows_is_read_from_its_prepositions(tmp_path: Path, told: str, placed: str):
    roll = PRESENT + placed.format(told)
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Rose LYS")}


def test_a_holder_named_by_an_office_in_an_unknown_wording(tmp_path: Path):
    roll = PRESENT + "Procurations :\n\tM. le Maire recueille la procuration de M. Luc PETIT ;\n\tMme Rose LYS, excusée.\n"
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Paul ROCHE")}


@pytest.mark.parametrize("told", [
    "M. Luc PETIT remercie Mme Anne BRUN pour son vote.",  # no preposition marks a giver or a holder
    "Mme Anne BRUN a lu la lettre de M. Luc PETIT sur la délégation de service public.",  # the holder marked by nothing: it would be
    "M. Jean CARON a donné la parole à Mme Anne BRUN pour le vote du budget.",  # the giver listed present
])
def test_no_proxy_is_made_of_two_names_the_roll_contradicts(tmp_path: Path, told: str):
    roll = PRESENT + f"Absent excusé : M. Luc PETIT.\n\n{told}\n"
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == set()


def test_a_refused_proxy_in_unknown_words_stays_refused(tmp_path: Path):
    roll = PRESENT + ("Absent excusé : M. Luc PETIT.\n\nM. Luc PETIT a fait savoir qu'il entendait confier sa voix à "
                      "Mme Anne BRUN ; le Conseil décide de ne pas en tenir compte.\n")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == set()


@pytest.mark.parametrize("sentence", [
    "Mme Rose LYS a fait tenir son pouvoir à M. Jean CARON.",  # the sets 820–859
    "Mme Rose LYS (Val) a libellé son pouvoir au nom de M. Jean CARON (Roche).",
    "Mme Rose LYS (Val) a délégué sa voix délibérative à M. Jean CARON (Roche).",
    "Mme Rose LYS (Val), 11e Vice-présidente, a missionné M. Jean CARON (Roche) pour la représenter ;",
    "Mme Rose LYS (Val), 4e Vice-présidente, a choisi M. Jean CARON pour la représenter ;",
    "Mme Rose LYS (Val) vote par procuration par l'intermédiaire de M. Jean CARON (Roche) ;",
    "Mme Rose LYS (Val) a désigné pour mandataire M. Jean CARON (Roche) ;",
    "Mme Rose LYS (Val) a signe un pouvoir pour M. Jean CARON (Roche) ;",  # OCR: "a" for "à" leaves a holder in lower case
    "M. Jean CARON (Roche) vote pour le compte de Mme Rose LYS (Val) ;",
    "Mme Rose LYS a délégué ses droits de vote à M. Jean CARON ;",  # the sets 860–899
    "Mme Rose LYS (Val) a délégué sa faculté de vote à M. Jean CARON (Roche) ;",
    "Mme Rose LYS (Val) a constitué pour mandataire M. Jean CARON (Roche) ;",
])
def test_proxies_of_the_sets_820_859_in_a_list_and_a_paragraph(tmp_path: Path, sentence: str):
    after_those_excused = _seance(COUNCIL, PRESENT + "Absents excusés : Mme Rose LYS, M. Yves MORIN.\n\n" + sentence + "\n")
    for text in (placed(sentence)[0], after_those_excused):
        assert sorted(proxies(tmp_path, text)) == [("Rose LYS", "Jean CARON")], text


@pytest.mark.parametrize("item", ["Mme Rose LYS (représentée au vote par M. Jean CARON)", "Mme Rose LYS (voix portée par M. Jean CARON)"])
def test_a_proxy_noted_after_its_giver_by_what_carries_the_vote(tmp_path: Path, item: str):
    roll = PRESENT + "Représentés : " + item + " ; M. Luc PETIT (pouvoir à Mme Anne BRUN).\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")]


def test_a_holder_with_a_body_and_an_office_before_the_proxy_s_note(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE (CC du Val), Président ; Mme Anne BRUN (CC des Roches), 4e Vice-présidente (procuration de M. Luc PETIT) ; Mme Nina ROUX.\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Anne BRUN")]


@pytest.mark.parametrize("given", ["et confie à M. Jean CARON (Val) le soin de la représenter", "et désigne comme mandataire M. Jean CARON (Val)",
                                   "; elle est représentée au vote par M. Jean CARON", "et délègue ses droits de vote à M. Jean CARON",
                                   "et rédige un pouvoir au nom de M. Jean CARON (Val)", "et demande à M. Jean CARON de la représenter"])
def test_a_member_who_leaves_names_who_votes_for_her(tmp_path: Path, given: str):
    roll = PRESENT + f"Absent : M. Yves MORIN.\n\nÀ 20 h 10, avant l'examen du point 4, Mme Anne BRUN (Val) quitte la séance {given}.\n"
    assert ("Anne BRUN", "Jean CARON") in proxies(tmp_path, _seance(COUNCIL, roll))


@pytest.mark.parametrize("written", ["Mme Nina ROUX (Val) est désignée secrétaire de séance.", "Mme Nina ROUX\n(Val) est désignée secrétaire de séance."])
def test_a_secretary_with_her_body_in_brackets(tmp_path: Path, written: str):
    text = _seance(COUNCIL, PRESENT + "Le quorum étant atteint, M. le Maire ouvre la séance. " + written + "\n")
    secretary = read(tmp_path, text).facts[0].of_class("Seance")[0].first("secretaire")
    assert secretary is not None and secretary.first("nom") == "Nina ROUX"
