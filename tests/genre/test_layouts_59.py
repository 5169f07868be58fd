"""Round thirty-five's pieces, each on a small invented text: a table's title with its legend beside it or a gap after it,
over a column naming the holder ("Mandataire désigné", "Procuration jointe", "Pouvoir signé au profit de": rounds
thirty-three to thirty-five); a family name's particle ending a line ("Mme Rose EL⏎HADDAD"); "Contre : M. X - Abstention :
M. Y"; a member body's label after a full stop on one line; an OCR hour of one figure ("9 h OO"); "s'est réuni en
assemblée plénière à …"."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text, repair_ocr
from civicgraph.genre.items import read_vote
from tests.genre.test_attendance_layouts_14 import read
from tests.genre.test_layouts_54 import table_of
from tests.genre.test_layouts_57 import roll_of


@pytest.mark.parametrize("title, column", [("ÉMARGEMENT (T : titulaire présent ; E : excusé)", "Mandataire désigné"),
                                           ("ÉMARGEMENT   (T : titulaire présent ; E : excusé)", "Procuration jointe"),
                                           ("FEUILLE DE PRÉSENCE (T : titulaire présent ; E : excusé)", "Pouvoir signé au profit de")])
def test_a_tables_title_with_its_legend_over_a_holders_column(title: str, column: str):
    raw = ("   Délégués en exercice : 4   Présents : 3   Procurations : 1   Votants : 4\n\n"
           f"   {title}\n"
           f"   Membre          Titulaire        Prés.   {column}\n"
           "   CC du Val       ROCHE Paul       T\n"
           "                   LYS Rose         E       ROCHE Paul\n"
           "   CC de Roche     CARON Jean       T\n"
           "                   PETIT Luc        T\n\n   Secrétaire de séance : M. Jean CARON.\n")
    table = table_of(raw)
    assert [(p.giver.text, p.holder.text) for p in table.proxies] == [("LYS Rose", "ROCHE Paul")], column
    assert [e.who.text for e in table.entries if e.status == "présent"] == ["ROCHE Paul", "CARON Jean", "PETIT Luc"]


def test_a_particle_ending_a_line_and_a_label_after_a_full_stop():
    roll = roll_of("Présents : CC du Val : Mme Anne JARDEL ; Mme Rose EL\nHADDAD ; M. Luc MAZEAU. Communauté de communes de "
                   "Roche Haute : M. Jean CARON ; Mme Anne BRUN.\n\nSecrétaire de séance : M. Luc MAZEAU.\n")
    assert [(e.who.text.replace("\n", " "), e.commune.text if e.commune else None) for e in roll.entries] == [
        ("Mme Anne JARDEL", "CC du Val"), ("Mme Rose EL HADDAD", "CC du Val"), ("M. Luc MAZEAU", "CC du Val"),
        ("M. Jean CARON", "Communauté de communes de Roche Haute"), ("Mme Anne BRUN", "Communauté de communes de Roche Haute")]


def test_labelled_names_after_the_tally_parted_by_a_dash():
    raw = "Pour : 24    Contre : 1    Abstention : 1\nContre : M. Luc PETIT - Abstention : M. Jean CARON (par procuration)\n"
    vote = read_vote(Text(raw), 0, len(raw))
    assert [n for n, _ in vote.names["contre"]] == ["M. Luc PETIT"] and [n for n, _ in vote.names["abstention"]] == ["M. Jean CARON"]


def test_an_ocr_hour_of_one_figure_and_a_plenary_assemblys_place(tmp_path: Path):
    assert repair_ocr("le 24 septembre 2O27 a 9 h OO") == "le 24 septembre 2027 a 9 h 00"
    text = ("RÉGION DU VAL\n\nASSEMBLÉE PLÉNIÈRE DU CONSEIL RÉGIONAL\n\nLe jeudi 23 septembre 2027 à 9 h 00, le Conseil régional, "
            "s'est réuni en assemblée plénière à Val-Brun, Hôtel de Région, sous la présidence de M. Paul ROCHE.\n\n"
            "Présents : M. Paul ROCHE, Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("lieu") == "Val-Brun, Hôtel de Région"
