"""Proxies told in words no form knows (`civicgraph.genre.proxy_clauses`), written before the blind sets of
cases 820–859 were read, and the forms met in those sets: each read on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance

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
