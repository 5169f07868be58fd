"""Roll calls and proxies left over from the blind sets (cases 340–359) and met in the thirty-second
(360–369), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.names import GIVEN_FIRST, INITIALS_FIRST, list_order, parse_person_name
from tests.genre.test_attendance_layouts_14 import proxies


def test_a_list_written_with_initials_reads_its_m_as_an_initial_not_monsieur():
    initialled = ["P. ROCHE", "A. BRUN", "M. CARON", "J-L. PETIT", "R. LYS"]
    assert list_order(initialled) == INITIALS_FIRST
    name = parse_person_name("M. CARON", INITIALS_FIRST, surname_only=True)
    assert (name.initials, name.family, name.civility) == ("M", "CARON", "")
    # a list that writes "Mme" writes civilities: its "M." is Monsieur
    assert list_order(["M. CARON", "Mme BRUN", "P. ROCHE", "J. PETIT", "R. LYS"]) == GIVEN_FIRST
    assert list_order(["M. CARON", "P. ROCHE", "Anne BRUN", "Luc PETIT"]) == GIVEN_FIRST  # two initials could be chance


def test_proxies_among_initials_keep_the_holder_s_initial_m(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 12 mars 2024\n\n"
            "PRESENTS\nP. ROCHE, A. BRUN, M. CARON, L. PETIT, Y. MORIN, M. NOËL.\n\n"
            "ABSENTS EXCUSES AYANT DONNE POUVOIR\nR. LYS (Pouvoir à M. CARON),\nJ. DURAND (Pouvoir à M. NOËL).\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("R. LYS", "M. CARON"), ("J. DURAND", "M. NOËL")}
