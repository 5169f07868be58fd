"""`civicgraph export scdl`: the graph's deliberations as an SCDL « Délibérations » CSV, checked with
the schema's Table Schema through frictionless; the rows it refuses are left out and said, never
filled in."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from civicgraph.cli import main
from civicgraph.scdl.checks import check
from civicgraph.scdl.export import export as scdl_export, validate
from civicgraph.scdl.table import COLUMNS, read_table
from test_scdl import POITIERS, csv_text, ingest, row

ID = "https://w3id.org/civicgraph/id/deliberation/"
CG = "<https://w3id.org/civicgraph/ontology#"
COUNTS = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")


def export(out, *options):
    return CliRunner().invoke(main, ["export", "scdl", "--out", str(out), *map(str, options)], catch_exceptions=False)


def read(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def exported(tmp_path, rows: list[dict]):
    """`rows` read from a CSV file, then exported to one: the store, the CLI's result and the rows
    written by DELIB_ID (the file checked against the schema first)."""
    source = tmp_path / "commune.csv"
    source.write_text(csv_text(rows), encoding="utf-8")
    store, _, _ = ingest(tmp_path, source)
    path = tmp_path / "deliberations.csv"
    result = export(tmp_path / "out", "--output", path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert validate(list(csv.reader(io.StringIO(text)))) == []
    return store, result, {r["DELIB_ID"]: r for r in read(text)}


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
    store, result, written = exported(tmp_path, [partial, row()])
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


def test_vote_counts_that_contradict_each_other_are_written_empty_and_said(tmp_path):
    """Two rows of one deliberation (same collectivité, date, identifier and object: a file that
    states the members in office and the voters on one line and the votes on another) each read
    without an error (a warning says the identifier is repeated), but together give more votes "pour" than voters, and votes that do not add up
    to them. The deliberation is still written, its five counts empty, said with the values and the
    checks that refuse them; the graph keeps what each line states."""
    voters = row(DELIB_ID="2022_00040", VOTE_POUR="", VOTE_CONTRE="", VOTE_ABSTENTION="", VOTE_EFFECTIF="30", VOTE_REEL="28")
    votes = row(DELIB_ID="2022_00040", VOTE_EFFECTIF="", VOTE_REEL="", VOTE_POUR="31", VOTE_CONTRE="2", VOTE_ABSTENTION="0")
    store, result, written = exported(tmp_path, [voters, votes, row()])
    assert set(written) == {"2022_00028", "2022_00040"}
    assert [written["2022_00040"][c] for c in COUNTS] == [""] * 5
    assert [written["2022_00028"][c] for c in COUNTS] == ["53", "50", "45", "3", "2"]
    assert (written["2022_00040"]["DELIB_OBJET"], written["2022_00040"]["DELIB_DATE"]) == (voters["DELIB_OBJET"], "2022-03-14")
    deliberation = f"{ID}poitiers/2022-03-14/2022-00040"
    assert (f"left empty: {deliberation}: VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION: "
            "VOTE_EFFECTIF 30, VOTE_REEL 28, VOTE_POUR 31, VOTE_CONTRE 2, VOTE_ABSTENTION 0 contradict each other "
            "(VOTE_REEL (28) should be >= VOTE_POUR (31); VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION = 33, not VOTE_REEL (28))") in result.output
    kept = store.select(f"SELECT ?e ?r ?p WHERE {{ ?v {CG}deliberation> <{deliberation}> ; {CG}effectifTheorique> ?e ; "
                        f"{CG}effectifReel> ?r ; {CG}pour> ?p }}")[1]
    assert [(e.value, r.value, p.value) for e, r, p in kept] == [("30", "28", "31")]
    assert "2 deliberations written, 0 left out" in result.output


def test_a_transmission_before_the_act_is_left_empty_and_a_refused_siret_leaves_the_row_out(tmp_path):
    """The graph joins a transmission date earlier than the act's (from another source): the row is
    written without it (the identifier of the transmission kept), said. A SIRET whose key fails is a
    required value refused: that row is left out, with the check's reason."""
    source = tmp_path / "commune.csv"
    source.write_text(csv_text([row(), row(DELIB_ID="2022_00041", DELIB_OBJET="Tarifs de la piscine")]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, source)
    early, wrong = f"{ID}poitiers/2022-03-14/2022-00041", f"{ID}poitiers/2022-03-14/2022-00028"
    store.update(f"""DELETE {{ GRAPH ?g {{ <{early}> {CG}dateTransmission> ?d }} }} INSERT {{ GRAPH ?g {{ <{early}> {CG}dateTransmission>
        "2022-03-01"^^<http://www.w3.org/2001/XMLSchema#date> }} }} WHERE {{ GRAPH ?g {{ <{early}> {CG}dateTransmission> ?d }} }}""")
    store.update(f"""DELETE {{ GRAPH ?g {{ ?body {CG}siret> ?s }} }} INSERT {{ GRAPH ?g {{ ?body {CG}siret> "21860194600014" }} }}
        WHERE {{ GRAPH ?g {{ ?body {CG}siret> ?s }} }}""")
    result = scdl_export(store)
    assert [str(b) for b in result.blanked] == [f"{early}: PREF_DATE: PREF_DATE 2022-03-01 contradict each other "
                                                "(PREF_DATE (2022-03-01) should be >= DELIB_DATE (2022-03-14))"]
    assert result.written == 0 and {left.deliberation for left in result.left_out} == {early, wrong}
    assert all(left.reasons == ("COLL_SIRET: SIRET 21860194600014 fails its key (Luhn check)",) for left in result.left_out)
    complete = scdl_export(store, incomplete=True)
    assert read(complete.text)[1]["PREF_DATE"] == "" and read(complete.text)[1]["PREF_ID"] == "PREF086"
