"""Roll calls and proxies left over from the blind sets of cases 390–439 and met in the fortieth and
forty-first (440–459), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read


def _seance(body: str, roll: str) -> str:
    return f"{body}\nSéance du 5 décembre 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"


def _statuses(tmp_path: Path, text: str) -> dict[str, str]:
    facts = read(tmp_path, text).facts[0]
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation")}


def test_a_right_hand_column_that_drifts_by_a_character_down_the_page_is_one_column(tmp_path: Path):
    left = ["PRÉSENTS :", "M. Paul ROCHE, Président ;", "Mme Anne BRUN, M. Jean CARON,", "M. Luc PETIT, Mme Nina ROUX,",
            "M. Marc LEROY, Mme Eva PONS,", "M. Hugo SALA, Mme Zoé MAS,", "M. Noël RIBES."]
    right = ["ABSENTS AYANT DONNÉ POUVOIR :", "Mme Rose LYS a donné pouvoir à M. Jean CARON",
             "M. Yves MORIN a donné pouvoir au Président", "", " ABSENTS EXCUSÉS :", " Mme Lise NOËL.", " M. Guy TOMAS."]
    roll = "\n".join(f"   {a:<44}{b}".rstrip() for a, b in zip(left, right))
    text = _seance("DÉPARTEMENT DU VAL-BRUN\nCOMMISSION PERMANENTE", roll)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON"), ("Yves MORIN", "Paul ROCHE")}
    statuses = _statuses(tmp_path, text)
    assert (statuses["Lise NOËL"], statuses["Guy TOMAS"], statuses["Noël RIBES"]) == ("excusé", "excusé", "présent")
