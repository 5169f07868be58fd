"""Forms met reading the older cases again (session of 3 December 2026, afternoon), read by general
mechanisms: a roll call printed as a table of members and their statuses with no header row, and two
such tables side by side (a PDF's layout text: "MEMBRES ÉLUS      MEMBRES NOMMÉS"), their cells wrapped
over several lines. Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read

OPENING = ("COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
           "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n")
CLOSING = "\nMme Rose LYS est désignée secrétaire de séance.\n\n1. Budget\nAdopté à l'unanimité.\n"


def _statuses(tmp_path: Path, text: str) -> dict[str, str]:
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in read(tmp_path, text).facts[0].of_class("Participation")}


def test_a_table_of_members_and_statuses_needs_no_header_row(tmp_path: Path):
    text = (OPENING + "MEMBRES\nM. Paul ROCHE, Maire          présent\nMme Anne BRUN                 excusée, pouvoir à M. ROCHE\n"
            "M. Jean CARON                 absent\nM. Luc PETIT                  présent\n" + CLOSING)
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent", "Luc PETIT": "présent"}
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE")}


TWO_TABLES = ("MEMBRES ÉLUS                                 MEMBRES NOMMÉS\n"
              "M. Paul ROCHE, Maire,      présent           Mme Rose LYS (Secours         excusée,\n"
              "Président de droit                           populaire)                    pouvoir à\n"
              "Mme Anne BRUN              excusée,                                        M. ROCHE\n"
              "                           pouvoir à         M. Yves MORIN (UDAF)          présent\n"
              "                           M. PETIT\n"
              "M. Luc PETIT               présent           M. Marc VIDAL (club)          absent\n"
              "M. Jean CARON              absent\n")


def test_two_tables_side_by_side_are_each_read_their_cells_wrapped(tmp_path: Path):
    text = OPENING + TWO_TABLES + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Luc PETIT": "présent", "Jean CARON": "absent",
                                         "Rose LYS": "excusé", "Yves MORIN": "présent", "Marc VIDAL": "absent"}
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Luc PETIT"), ("Rose LYS", "Paul ROCHE")}


def test_two_lists_on_one_line_are_no_table(tmp_path: Path):
    text = OPENING + "Présents : M. Paul ROCHE, M. Luc PETIT.\n\nExcusée : Mme Anne BRUN.   Absent : M. Jean CARON.\n" + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Luc PETIT": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent"}
