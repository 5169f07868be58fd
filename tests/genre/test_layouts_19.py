"""Forms met in the nineteenth blind set, read by general mechanisms: a running title's initials and
date ("CA du 09/11/23") date a séance whose heading prints no year, never the initials inside a
sentence ("arrêtés par le CA du 16 mai 2024"). Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import Text, alternatives, cues
from tests.genre.test_attendance_layouts_14 import read

MINUTES = ("AMIS DU MOULIN DE VAL-BRUN{title}\nAssociation loi 1901\n\n"
           "COMPTE RENDU DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\nJeudi 9 novembre – 14 h 30 – local de l'association\n\n"
           "Présents : Anne BRUN (présidente), Paul ROCHE, Jean CARON.\n\n"
           "1. Comptes\nLes comptes arrêtés par le CA du 16 mai 2024 sont approuvés à l'unanimité.\n")


def _days(tmp_path: Path, text: str) -> set[str]:
    return {str(s.first("date")) for s in read(tmp_path, text).facts[0].of_class("Seance")}


def test_a_running_titles_initials_date_the_seance(tmp_path: Path):
    assert _days(tmp_path, MINUTES.format(title="                    CA du 09/11/23")) == {"2023-11-09"}


def test_initials_inside_a_sentence_are_no_heading():
    text = Text("Les comptes arrêtés par le CA du 16 mai 2024 sont approuvés.\nCA du 09/11/23")
    found = [text.raw[m.end():m.end() + 8] for m in text.finditer(alternatives(cues("seance")["heading"]), 0, len(text.raw))]
    assert found == ["09/11/23"]
