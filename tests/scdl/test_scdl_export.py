"""`civicgraph export scdl`: the graph's deliberations as an SCDL « Délibérations » CSV, checked with
the schema's Table Schema through frictionless; the rows it refuses are left out and said, never
filled in."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from civicgraph.cli import main
from civicgraph.scdl.checks import check
from civicgraph.scdl.export import validate
from civicgraph.scdl.table import COLUMNS, read_table
from test_scdl import POITIERS, csv_text, ingest, row

ID = "https://w3id.org/civicgraph/id/deliberation/"


def export(out, *options):
    return CliRunner().invoke(main, ["export", "scdl", "--out", str(out), *map(str, options)], catch_exceptions=False)


def read(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_seeds_export_validates_and_says_what_it_leaves_out(seeds, tmp_path):
    """Of the seeds' six deliberations of collectivités (the association's AG decisions are not
    SCDL's), Poitiers' n° 26 has every required value; the others lack their ACTES code (no
    document states one), the Métropole also its SIRET (no source read states one)."""
    path = tmp_path / "deliberations.csv"
    result = export(seeds.out, "--output", path)
    assert result.exit_code == 1, result.output
    text = path.read_text(encoding="utf-8")
    assert validate(list(csv.reader(io.StringIO(text)))) == []
    assert read(text) == [dict.fromkeys(COLUMNS, "") | {
        "COLL_NOM": "Ville de Poitiers", "COLL_SIRET": POITIERS, "DELIB_ID": "2022-0160", "DELIB_DATE": "2022-06-27",
        "DELIB_MATIERE_CODE": "7.10", "DELIB_MATIERE_NOM": "Finances locales/Divers",
        "DELIB_OBJET": "Adhésion à la 27ème Région, laboratoire de transformation publique"}]
    rows, problems = check(read_table(text))
    assert len(rows) == 1 and problems == []  # and civicgraph reads it back without a word
    said = result.output
    assert f"left out: {ID}clermont-ferrand/conseil-municipal/2021-03-05/9: DELIB_MATIERE_CODE: required, unknown in the graph; " \
           "DELIB_MATIERE_NOM: required, unknown in the graph\n" in said
    assert f"left out: {ID}aix-marseille-provence/bureau/2023-12-07/chl-057-15099-23-bm: COLL_SIRET: required, unknown in the graph" in said
    assert "1 deliberations written, 5 left out" in said
    assert "la-27e-region" not in said


def test_incomplete_writes_every_deliberation_with_its_unknown_cells_empty(seeds):
    result = export(seeds.out, "--incomplete")
    assert result.exit_code == 1
    rows = read(result.output.split("\ninvalid: ", 1)[0] + "\n")
    assert len(rows) == 6
    clermont = next(r for r in rows if r["DELIB_ID"] == "9")
    assert (clermont["COLL_SIRET"], clermont["DELIB_DATE"], clermont["DELIB_MATIERE_CODE"]) == ("21630113500010", "2021-03-05", "")
    assert "6 deliberations written, 5 invalid" in result.output


def test_rows_read_are_written_back_as_they_were(tmp_path):
    """A file read and exported again gives its rows back: the collectivité's SIRET stated in the
    file, its vote counts, transmission and URL; the matière's label is the nomenclature's."""
    written = [row(), row(DELIB_ID="2022_00029", DELIB_OBJET="Adhésion à l'association X", VOTE_CONTRE="5", VOTE_ABSTENTION="0",
                          BUDGET_ANNEE="2022", BUDGET_NOM="Budget principal", DELIB_MATIERE_CODE="9.1",
                          DELIB_MATIERE_NOM="Autres domaines de compétences/Autres domaines de compétences des communes")]
    source = tmp_path / "poitiers.csv"
    source.write_text(csv_text(written), encoding="utf-8")
    ingest(tmp_path, source)
    result = export(tmp_path / "out")
    assert result.exit_code == 0, result.output
    back = read(result.output.split("2 deliberations written", 1)[0])
    assert validate([list(COLUMNS), *([r[c] for c in COLUMNS] for r in back)]) == []
    expected = [dict.fromkeys(COLUMNS, "") | r | {"DELIB_MATIERE_NOM": label} for r, label in zip(written, ["Finances locales/Divers", back[1]["DELIB_MATIERE_NOM"]])]
    assert back == expected
    assert back[1]["DELIB_MATIERE_NOM"].startswith("Autres domaines de compétences/")


def test_vote_counts_partly_known_are_written_empty_and_kept_in_the_graph(tmp_path):
    """A deliberation whose votes for and against are known but not the members in office nor the
    abstentions is still written (the schema wants the five counts all or none: all empty), said on
    standard error, and the graph keeps the counts known. A budget year without its budget's name
    alike; a row with every count is written whole."""
    partial = row(DELIB_ID="2022_00031", VOTE_EFFECTIF="", VOTE_REEL="", VOTE_ABSTENTION="", BUDGET_ANNEE="2022")
    source = tmp_path / "poitiers.csv"
    source.write_text(csv_text([partial, row()]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, source)
    path = tmp_path / "deliberations.csv"
    result = export(tmp_path / "out", "--output", path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert validate(list(csv.reader(io.StringIO(text)))) == []
    written = {r["DELIB_ID"]: r for r in read(text)}
    assert set(written) == {"2022_00028", "2022_00031"}
    assert [written["2022_00031"][c] for c in ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "BUDGET_ANNEE")] == [""] * 6
    assert [written["2022_00028"][c] for c in ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")] == ["53", "50", "45", "3", "2"]
    assert written["2022_00031"]["DELIB_OBJET"] == partial["DELIB_OBJET"]
    deliberation = next(d for d in store.select("SELECT ?d WHERE { ?d <https://w3id.org/civicgraph/ontology#identifiant> \"2022_00031\" }")[1])[0].value
    assert (f"left empty: {deliberation}: VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION: "
            "only VOTE_POUR 45, VOTE_CONTRE 3 known, and the schema wants all or none") in result.output
    assert f"left empty: {deliberation}: BUDGET_ANNEE, BUDGET_NOM: only BUDGET_ANNEE 2022 known" in result.output
    counts = store.select("SELECT ?p ?c WHERE { ?v <https://w3id.org/civicgraph/ontology#deliberation> <%s> ; "
                          "<https://w3id.org/civicgraph/ontology#pour> ?p ; <https://w3id.org/civicgraph/ontology#contre> ?c }" % deliberation)[1]
    assert [(p.value, c.value) for p, c in counts] == [("45", "3")]
    assert "2 deliberations written, 0 left out" in result.output
