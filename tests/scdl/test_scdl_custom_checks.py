"""The SCDL schema's custom checks (its `custom_checks`, Validata's, not Table Schema), each as the
schema states it, on rows written in the form published files have (`;`, CRLF, the schema's
example values): what is reported, line and column, and which facts the graph keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.scdl import custom_checks
from civicgraph.scdl.checks import check, schema, validate
from civicgraph.scdl.table import COLUMNS, read_table
from test_scdl import DELIBERATIONS, ORG, csv_text, ingest, row, select, table


def problems_of(*rows: dict) -> dict[tuple[int, str | None], str]:
    _, problems = check(read_table(csv_text(list(rows))))
    return {(p.line, p.column): p.reason for p in problems if p.severity == "error"}


def test_the_schema_validated_with_is_the_official_file_shipped_with_its_source_and_licence():
    """Rows and exports are validated by frictionless against the schema's own Table Schema, shipped
    unchanged, with its source and licence beside it and in NOTICE."""
    from civicgraph.scdl.checks import schema_path

    assert (schema()["name"], schema()["version"], schema()["homepage"]) == ("deliberations", "2.1.5", "https://gitlab.com/opendatafrance/scdl/deliberations")
    assert [f["name"] for f in schema()["fields"]] == list(COLUMNS)
    source = (schema_path().parent / "SOURCE.md").read_text(encoding="utf-8")
    assert "Licence: MIT" in source and "schema.data.gouv.fr" in source
    assert "ingest/reference/scdl/deliberations.schema.json" in (Path(__file__).parents[2] / "NOTICE").read_text(encoding="utf-8")
    assert validate([list(COLUMNS), [row().get(c, "") for c in COLUMNS]]) == []


def test_every_custom_check_the_schema_names_is_implemented():
    names = [c["name"] for c in schema()["custom_checks"]]
    assert {"french-siret-value", "year-interval-value", "cohesive-columns-value", "compare-columns-value",
            "sum-columns-value", "nomenclature-actes-value"} == set(names)
    assert len(custom_checks.checklist(schema()["custom_checks"])) == len(names)
    with pytest.raises(ValueError, match="opening-hours-value"):
        custom_checks.checklist([{"name": "opening-hours-value", "params": {"column": "X"}}])


def test_a_row_as_the_schema_documents_it_passes_every_check():
    assert problems_of(row(), row(DELIB_ID="1DL15494", DELIB_MATIERE_CODE="8.4", BUDGET_ANNEE="2017/2018", BUDGET_NOM="Budget annexe déchets",
                                  DELIB_MATIERE_NOM="Domaines de compétences par thèmes/Aménagement du territoire")) == {}


@pytest.mark.parametrize(("values", "column", "reason"), [
    ({"COLL_SIRET": "21860194600014"}, "COLL_SIRET", "SIRET 21860194600014 fails its key (Luhn check): COLL_SIRET not used"),
    ({"BUDGET_ANNEE": "2018/2017", "BUDGET_NOM": "Budget principal"}, "BUDGET_ANNEE",
     "period '2018/2017': its second year must come after its first: BUDGET_ANNEE not used"),
    ({"BUDGET_ANNEE": "2018/2018", "BUDGET_NOM": "Budget principal"}, "BUDGET_ANNEE",
     "period '2018/2018': its second year must come after its first: BUDGET_ANNEE not used"),
    ({"BUDGET_ANNEE": "2022"}, "BUDGET_ANNEE",
     "BUDGET_NOM empty while BUDGET_ANNEE filled: the schema wants all of them or none (kept: a matter of form)"),
    ({"VOTE_EFFECTIF": ""}, "VOTE_EFFECTIF",
     "VOTE_EFFECTIF empty while VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION filled: the schema wants all of them or none (kept: a matter of form)"),
    ({"PREF_DATE": "2022-03-10"}, "PREF_DATE", "PREF_DATE (2022-03-10) should be >= DELIB_DATE (2022-03-14): PREF_DATE not used"),
    ({"VOTE_EFFECTIF": "40"}, "VOTE_EFFECTIF",
     "VOTE_EFFECTIF (40) should be >= VOTE_REEL (50): VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION not used"),
    ({"VOTE_REEL": "52"}, "VOTE_REEL",
     "VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION = 50, not VOTE_REEL (52): VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION not used"),
    ({"VOTE_CONTRE": "51", "VOTE_POUR": "0", "VOTE_ABSTENTION": "0", "VOTE_REEL": "50"}, "VOTE_REEL",
     "VOTE_REEL (50) should be >= VOTE_CONTRE (51): VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION not used"),
    ({"DELIB_MATIERE_NOM": "Finances locales / Divers"}, "DELIB_MATIERE_NOM",
     "'Finances locales / Divers': no space around the slash (kept: a matter of form)"),
    ({"DELIB_MATIERE_NOM": "Culture"}, "DELIB_MATIERE_NOM",
     "'Culture' has no slash between the ACTES matière and its sub-matière (kept: a matter of form)"),
    ({"DELIB_MATIERE_NOM": "Affaires culturelles/Musées"}, "DELIB_MATIERE_NOM",
     "'Affaires culturelles' is not a matière of level 1 of the ACTES nomenclature (kept: a matter of form)"),
], ids=["siret-key", "period-reversed", "period-one-year", "budget-alone", "votes-incomplete", "pref-before-delib",
        "effectif-below-reel", "sum", "contre-above-reel", "slash-spaces", "no-slash", "unknown-matiere"])
def test_each_custom_check_reports_the_row_line_and_column(values, column, reason):
    found = problems_of(row(), row(DELIB_ID="B2", **values))
    assert {k: v for k, v in found.items() if k[1]} == {(3, column): reason}
    rejected = column == "COLL_SIRET"  # no collectivité: the row is not read
    assert ((3, None) in found) == rejected


def test_the_matiere_label_is_compared_without_case_or_accents():
    assert problems_of(row(DELIB_MATIERE_NOM="LIBERTES PUBLIQUES ET POUVOIRS DE POLICE/Police municipale", DELIB_MATIERE_CODE="6.1")) == {}


def test_a_contradiction_is_reported_once():
    """More votes than voters fails a comparison and the sum: one report, the counts dropped once."""
    reported = problems_of(row(VOTE_REEL="40", VOTE_POUR="45", VOTE_CONTRE="0", VOTE_ABSTENTION="0"))
    assert list(reported) == [(2, "VOTE_REEL")]


def test_the_graph_keeps_what_no_check_contradicts(tmp_path):
    """Through the command line: a transmission dated before the decision loses its date, not the
    row; counts that do not add up are dropped; counts the schema wants completed are kept."""
    path = tmp_path / "controles.csv"
    path.write_text(csv_text([row(DELIB_ID="C1", PREF_DATE="2022-03-01"),
                              row(DELIB_ID="C2", VOTE_REEL="52"),
                              row(DELIB_ID="C3", VOTE_EFFECTIF="", VOTE_REEL="", VOTE_CONTRE="", VOTE_ABSTENTION="", VOTE_POUR="50"),
                              row(DELIB_ID="C4", BUDGET_ANNEE="2023/2022", BUDGET_NOM="Budget principal")]), encoding="utf-8")
    store, result, report = ingest(tmp_path, path)
    assert [(r[0], r[2], r[5]) for r in select(store, DELIBERATIONS)] == [("C1", "2022-03-14", "45"), ("C2", "2022-03-14", None),
                                                                           ("C3", "2022-03-14", "50"), ("C4", "2022-03-14", "45")]
    assert select(store, 'SELECT ?t WHERE { ?d cg:identifiant ?i ; cg:dateTransmission ?t } ORDER BY ?i') == [("2022-03-16",)] * 3
    assert select(store, 'SELECT ?y ?n WHERE { ?d cg:identifiant "C4" . OPTIONAL { ?d cg:budgetAnnee ?y } OPTIONAL { ?d cg:budgetNom ?n } }') == [
        (None, "Budget principal")]
    lines = {(p["line"], p["column"]) for p in table(report)["problems"]}
    assert lines == {(2, "PREF_DATE"), (3, "VOTE_REEL"), (4, "VOTE_EFFECTIF"), (5, "BUDGET_ANNEE")}
    assert "controles.csv: line 2, PREF_DATE: error: PREF_DATE (2022-03-01) should be >= DELIB_DATE (2022-03-14)" in result.output
    assert select(store, "SELECT ?a WHERE { ?d cg:identifiant 'C1' ; cg:auteur ?a }") == [(ORG + "poitiers",)]


def test_an_export_breaking_a_custom_check_is_not_valid():
    values = row(VOTE_REEL="52")
    errors = validate([list(COLUMNS), [values.get(c, "") for c in COLUMNS]])
    assert [(e.type, e.field_name) for e in errors] == [("scdl-custom-check", "VOTE_REEL")]
