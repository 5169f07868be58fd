"""Flattened tables (civicgraph/genre/flat_tables.py, civicgraph/text/columns.py): rows rebuilt by
position only when the columns agree, refused otherwise; the refusal is reported by the pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from civicgraph.genre.cues import Text
from civicgraph.genre.flat_tables import find_flat_tables, row_date
from civicgraph.pipeline import ingest
from civicgraph.text.columns import Cell, by_position, text_cells
from civicgraph.text.spans import fold

CASES = Path(__file__).parent / "cases"


def cells(*texts: str) -> list[Cell]:
    return [Cell(t, i, i + 1) for i, t in enumerate(texts)]


def test_rows_pair_the_nth_cell_of_every_column():
    rows = by_position({"number": cells("24-031", "24-032"), "amount": cells("1 850 €", "640 €")})
    assert [(r["number"].text, r["amount"].text) for r in rows] == [("24-031", "1 850 €"), ("24-032", "640 €")]


def test_columns_of_different_lengths_give_no_row():
    assert by_position({"number": cells("24-031", "24-032", "24-033"), "amount": cells("1 850 €", "640 €")}) is None


def test_a_text_run_is_cut_where_a_cell_opens_not_inside_a_name():
    raw = "Marché attribué à la société LUMIÈRES DU LITTORAL Renouvellement de l'adhésion à l'Association des Jouteurs Graulens pour 2017 Convention de prêt"
    found = text_cells(raw, fold(raw), 0, len(raw), frozenset({"a", "de", "des", "la", "l", "pour"}), frozenset())
    assert [c.text.split()[0] for c in found] == ["Marché", "Renouvellement", "Convention"]


def test_column_by_column_table_is_read_in_rows():
    raw = ("N° Date Objet Montant 24-031 24-032 12-avr 19-avr Contrat de maintenance des défibrillateurs "
           "Renouvellement de l'adhésion à l'association AMORCE pour l'année 2024 1 850 € HT 640 €")
    table, = find_flat_tables(Text(raw), 0, len(raw))
    assert table.layout == "colonnes" and table.refused is None
    assert [(r["number"].text, r["date"].text, r["amount"].text) for r in table.rows] == [("24-031", "12-avr", "1 850 € HT"), ("24-032", "19-avr", "640 €")]
    assert table.rows[1]["object"].text.startswith("Renouvellement") and table.rows[0]["object"].text.endswith("défibrillateurs")


def test_row_by_row_table_with_group_rows():
    raw = ("No du dossier Objet N° de page du relevé Mission 1 SOLIDARITÉS Programme 02 : Programme insertion "
           "1 Aide aux structures d'insertion 4 2 Sécurisation de la RD 1215 5")
    table, = find_flat_tables(Text(raw), 0, len(raw))
    assert table.layout == "lignes"
    assert [(r["number"].text, r["object"].text, r["page"].text) for r in table.rows] == [
        ("1", "Aide aux structures d'insertion", "4"), ("2", "Sécurisation de la RD 1215", "5")]


def test_a_missing_cell_refuses_the_table():
    raw = "N° Date Objet Montant 24-031 24-032 12-avr 19-avr Contrat de maintenance Création d'une régie 1 850 €"
    table, = find_flat_tables(Text(raw), 0, len(raw))
    assert table.rows == [] and "amount" in table.refused


def test_a_year_not_printed_is_the_seance_s_or_the_one_before():
    assert row_date(Cell("12-avr", 0, 6), date(2024, 6, 6)) == (date(2024, 4, 12), "année non imprimée (« 12-avr ») : celle de la séance du 2024-06-06")
    assert row_date(Cell("12-déc", 0, 6), date(2024, 1, 20))[0] == date(2023, 12, 12)
    assert row_date(Cell("02/04/2024", 0, 10), date(2024, 6, 6)) == (date(2024, 4, 2), None)


def test_the_pipeline_reports_a_refused_table():
    result = ingest([CASES / "57-tableau-aplati-colonnes-inegales" / "document.txt"])
    facts, = result.facts
    assert any(m.startswith("tableau aplati") and "amount" in m for m in facts.missing)
    assert [r for r in facts.resources.values() if r.cls == "Decision"] == []
