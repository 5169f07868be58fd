"""Pages laid out in columns by `pdftotext -layout`: a roll's lists under one heading that spans two columns, each
column grouped by communes in capitals over their members or proxies (read column by column, a line the other column
fills parting no list, no commune read as a person); a table of members without header, their office and canton
in columns of their own (no canton read as a person); an act's number with its series' letters in brackets after
"rapport n°": general mechanisms, each on a small invented text (the communes' labels are real communes' names, as
`_commune_line` asks)."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.items import TRAILING_ACT
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _acts


def _columns(left: list[str], right: list[str], at: int = 48) -> str:
    return "\n".join(f"  {a:<{at}}{b}".rstrip() for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))))


def test_proxies_by_commune_in_two_columns_under_one_heading(tmp_path: Path):
    left = ["BEAUMONT", "  procuration de Mme Anne BRUN à M. Jean CARON", "  procuration de M. Yves MORIN à Mme Nina ROUX", "",
            "MONTAGNY", "  procuration de M. Luc PETIT à M. Marc LEROY"]
    right = ["SAINT-MARTIN", "  procuration de Mme Rose LYS à M. Hugo SALA", "", "LE VERNET",
             "  procuration de M. Noël RIBES à Mme Eva PONS"]
    roll = PRESENT.replace("M. Jean CARON, Mme Nina ROUX", "M. Jean CARON, Mme Nina ROUX, M. Marc LEROY, M. Hugo SALA, Mme Eva PONS")
    text = _seance(COUNCIL, roll + "Procurations (par commune) :\n" + _columns(left, right))
    found, statuses = proxies(tmp_path, text), _statuses(tmp_path, text)
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Luc PETIT", "Marc LEROY"), ("Rose LYS", "Hugo SALA"),
            ("Noël RIBES", "Eva PONS")} <= set(found)
    assert not {"BEAUMONT", "MONTAGNY", "SAINT-MARTIN", "LE VERNET"} & (set(statuses) | {h for _, h in found})


def test_members_by_commune_in_two_columns_under_one_heading(tmp_path: Path):
    left = ["BEAUMONT", "  ROCHE Paul, Président", "  CARON Jean", "  ROUX Nina", "LA ROCHETTE", "  PETIT Luc"]
    right = ["SAINT-MARTIN", "  LYS Rose, 1re Vice-présidente", "  SALA Hugo", "MONTAGNY", "FONTAINE", "  PONS Eva"]
    text = _seance(COUNCIL, "PRÉSENTS\n" + _columns(left, right) + "\n\nExcusée : Mme Anne BRUN.")
    statuses = _statuses(tmp_path, text)
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Jean CARON", "Nina ROUX", "Luc PETIT", "Rose LYS", "Hugo SALA", "Eva PONS"))
    assert not {"BEAUMONT", "LA ROCHETTE", "SAINT-MARTIN", "MONTAGNY", "FONTAINE"} & set(statuses)


def test_a_table_of_members_without_header_its_offices_and_cantons_in_columns(tmp_path: Path):
    rows = [("M. Paul ROCHE", "Président", "Val-Brun-1"), ("Mme Rose LYS", "1re Vice-présidente", "La Haute-Vallée"),
            ("M. Jean CARON", "", "Val-Brun-2"), ("Mme Nina ROUX", "", "Le Plateau du Nord"), ("M. Luc PETIT", "", "Les Coteaux")]
    table = "\n".join(f"   {a:<30}{b:<30}{c}" for a, b, c in rows)
    statuses = _statuses(tmp_path, _seance(COUNCIL, f"Étaient présents :\n{table}\n\nExcusée : Mme Anne BRUN."))
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Rose LYS", "Jean CARON", "Nina ROUX", "Luc PETIT"))
    assert not {"Val-Brun-1", "Val-Brun-2", "Le Plateau du Nord", "Les Coteaux"} & set(statuses)


def test_an_act_s_number_with_series_letters_in_brackets_after_its_report_s_number(tmp_path: Path):
    assert TRAILING_ACT.search("Aide à la voirie (rapport n° CP-27-03-112)")["num"] == "CP-27-03-112"
    assert TRAILING_ACT.search("Aide à la voirie (articles 12-3)") is None
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\n", "1. Budget (rapport n° CP-27-03-112)\n")
    assert _acts(tmp_path, text)["CP-27-03-112"].first("titre") == "Budget"
