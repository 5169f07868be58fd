"""Rounds forty-four and forty-five's pieces, each on a small invented text: a body's name in capitals over two lines, the
second opening with a particle, its kind below; a proxy "(Val), en confiant son vote à"; "à l'exception de" wrapped at its hyphen ("à l'ex-⏎ception de :")."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_51 import _authors
from tests.genre.test_layouts_62 import COUNCIL, SEANCE


def test_a_name_in_capitals_over_two_lines_above_its_kind(tmp_path: Path):
    letterhead = ("           CONSEIL DU BÂTI, DE L'URBANISME ET DES PAYSAGES\n                         DU VAL-BRUN\n"
                  "        Association régie par la loi du 1er juillet 1901 - Val-Brun\n\n   PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE\n")
    assert _authors(tmp_path, f"{letterhead}\n{SEANCE}") == {"Conseil du Bâti, de l'Urbanisme et des Paysages du Val-Brun"}


def test_a_proxy_given_in_a_gerund(tmp_path: Path):
    roll = "Excusés : M. Luc PETIT (Val), en confiant son vote à M. Jean CARON ; M. Yves MORIN."
    assert list(proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))) == [("Luc PETIT", "Jean CARON")]


def test_all_but_the_exceptions_wrapped_at_a_hyphen(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nConseil municipal\nSéance du mardi 5 octobre 2027 à 18 h 00\n\n"
            "Étaient présents : tous les conseillers municipaux en exercice, à l'ex-\nception de :\n"
            "- M. Luc PETIT, excusé, représenté par M. Jean CARON ;\n- Mme Rose LYS, excusée.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Jean CARON")]
