"""Round thirty-six's pieces, each on a small invented text: "remplacé pour le vote par", "sera suppléée dans ses votes
par" (and round thirty-seven's "sera remplacé au scrutin par"); a report's number whose series is a word apart ("RAPPORT CP 2027-214 - Title"), in an arrival's clause too ("avant
l'examen du rapport CP 2027-216"); a canton with its number in a giver's bracket ("(Val-Brun 4)"); a one-line roll grouped by communes in capitals, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_57 import roll_of


@pytest.mark.parametrize("told", ["M. Luc PETIT (Val), remplacé pour le vote par M. Jean CARON",
                                  "M. Luc PETIT (Val) sera suppléé dans ses votes par M. Jean CARON",
                                  "M. Luc PETIT (Val) sera remplacé au scrutin par M. Jean CARON",
                                  "M. Luc PETIT (Val-Brun 4) représenté par M. Jean CARON"])
def test_a_giver_replaced_for_the_vote_and_a_cantons_number(told: str):
    roll = roll_of(f"Présents : M. Paul ROCHE, M. Jean CARON.\n\nAbsents excusés : {told} ; Mme Rose LYS (Roche).\n\n"
                   "Secrétaire de séance : M. Jean CARON.\n")
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("M. Luc PETIT", "M. Jean CARON")], told


def test_a_reports_series_a_word_apart_in_its_heading_and_in_an_arrival(tmp_path: Path):
    items = ("RAPPORT CP 2027-214 - Budget\nAdopté à l'unanimité.\n\n"
             "À 10 h 10, avant l'examen du rapport CP 2027-215, M. Luc PETIT rejoint la séance.\n\n"
             "RAPPORT CP 2027-215 - Tarifs\nAdopté à l'unanimité.\n")
    raw = view(items)
    assert [i.number for i in find_items(Text(raw), 0, len(raw), [])] == ["CP 2027-214", "CP 2027-215"]
    text = ("RÉGION DU VAL\n\nCOMMISSION PERMANENTE\nSéance du 5 octobre 2027\n\nPrésents : M. Paul ROCHE, M. Jean CARON.\n\n"
            "Absents excusés : M. Luc PETIT sera suppléé dans ses votes par M. Jean CARON jusqu'à son arrivée.\n\n"
            "Secrétaire de séance : M. Jean CARON.\n\n" + items)
    assert proxies(tmp_path, text)[("Luc PETIT", "Jean CARON")].get("jusquAActe") == "CP 2027-214"


def test_a_one_line_roll_grouped_by_communes_in_capitals():
    roll = roll_of("Présents : 6 - Votants : 6 Présents : VALBRUNE : M. Paul ROCHE, Président ; Mme Rose LYS. ROCHEFORT : "
                   "M. Jean CARON ; Mme Anne BRUN. LE VAL : M. Yves MORIN. Excusés : M. Luc PETIT. Secrétaire de séance : Mme Rose LYS.")
    assert [(e.who.text, e.commune.text if e.commune else None) for e in roll.entries if e.status == "présent"] == [
        ("M. Paul ROCHE", "VALBRUNE"), ("Mme Rose LYS", "VALBRUNE"), ("M. Jean CARON", "ROCHEFORT"), ("Mme Anne BRUN", "ROCHEFORT"),
        ("M. Yves MORIN", "LE VAL")]
