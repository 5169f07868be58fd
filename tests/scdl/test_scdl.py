"""SCDL Délibérations CSV files read into the graph: detection whatever the encoding, separator and
column order; the schema's checks through frictionless, each bad cell reported by line and column;
the quirks of published files repaired with a warning; rows cited as cells of the file.

The files are written here following the schema's documentation (ingest/reference/scdl/SOURCE.md).
The Poitiers SIRET 21860194600013 is the schema's own example (and ingest/organisations.csv's)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from civicgraph.cli import Layout, main
from civicgraph.scdl.table import COLUMNS
from conftest import CORPUS, PREFIXES, build

POITIERS = "21860194600013"
ORG = "https://w3id.org/civicgraph/id/organisation/"


def row(**values) -> dict:
    base = {"COLL_NOM": "Ville de Poitiers", "COLL_SIRET": POITIERS, "DELIB_ID": "2022_00028", "DELIB_DATE": "2022-03-14",
            "DELIB_MATIERE_CODE": "7.10", "DELIB_MATIERE_NOM": "finances locales/divers",
            "DELIB_OBJET": "Révision des tarifs de la médiathèque", "PREF_ID": "PREF086", "PREF_DATE": "2022-03-16",
            "VOTE_EFFECTIF": "53", "VOTE_REEL": "50", "VOTE_POUR": "45", "VOTE_CONTRE": "3", "VOTE_ABSTENTION": "2",
            "DELIB_URL": "https://www.poitiers.fr/deliberations/2022_00028.pdf"}
    return base | values


def csv_text(rows: list[dict], separator: str = ";", columns=COLUMNS) -> str:
    def cell(value: str) -> str:
        return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in (separator, '"', "\n")) else value

    lines = [separator.join(columns)] + [separator.join(cell(r.get(c, "")) for c in columns) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def ingest(tmp_path, *files):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["ingest", *map(str, files), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return Layout(out).store(with_inferred=False), result, json.loads((out / "reports" / "ingest.json").read_text())


def table(report: dict, name: str = ".csv") -> dict:
    """The ingest report's entry of the table (reports/ingest.json)."""
    return next(d for d in report["documents"] if d["path"].endswith(name))


def select(store, query: str) -> list[tuple]:
    _, rows = store.select(PREFIXES + query)
    return [tuple(None if t is None else t.value for t in r) for r in rows]


DELIBERATIONS = """SELECT ?id ?titre ?date ?code ?auteur ?pour WHERE {
  ?d a cg:Deliberation ; cg:identifiant ?id ; cg:titre ?titre ; cg:date ?date ; cg:auteur ?auteur .
  OPTIONAL { ?d cg:codeMatiere ?code } OPTIONAL { ?v cg:deliberation ?d ; cg:pour ?pour } } ORDER BY ?id"""


@pytest.mark.parametrize(("encoding", "separator", "bom"), [
    ("utf-8", ";", b"\xef\xbb\xbf"), ("utf-8", ",", b""), ("cp1252", ";", b""), ("latin-1", ",", b""), ("utf-16", ",", b""),
    ("utf-16-le", "\t", b"\xff\xfe"), ("utf-16-le", ";", b""),
], ids=["utf8-bom-semicolon", "utf8-comma", "windows1252", "latin1", "utf16", "utf16-tab", "utf16-no-bom"])
def test_a_file_is_read_whatever_its_encoding_and_separator(tmp_path, encoding, separator, bom):
    path = tmp_path / "deliberations.csv"
    path.write_bytes(bom + csv_text([row(), row(DELIB_ID="2022_00029", DELIB_OBJET="Création d'un poste, à l'école", VOTE_POUR="50", VOTE_CONTRE="0", VOTE_ABSTENTION="0")], separator).encode(encoding))
    store, _, report = ingest(tmp_path, path)
    assert table(report)["genre"] == "scdl-deliberations"
    assert select(store, DELIBERATIONS) == [
        ("2022_00028", "Révision des tarifs de la médiathèque", "2022-03-14", "7.10", ORG + "poitiers", "45"),
        ("2022_00029", "Création d'un poste, à l'école", "2022-03-14", "7.10", ORG + "poitiers", "50"),
    ]


def test_columns_in_any_order_and_optional_ones_missing(tmp_path):
    columns = ["DELIB_OBJET", "DELIB_DATE", "COLL_SIRET", "DELIB_ID", "COLL_NOM", "DELIB_MATIERE_NOM", "DELIB_MATIERE_CODE"]
    path = tmp_path / "court.csv"
    path.write_text(csv_text([row()], ";", columns), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert select(store, DELIBERATIONS) == [("2022_00028", "Révision des tarifs de la médiathèque", "2022-03-14", "7.10", ORG + "poitiers", None)]
    assert table(report)["problems"][0] == {"line": 1, "column": "BUDGET_ANNEE", "reason": "column missing from the header", "severity": "warning"}


def test_a_row_gives_its_deliberation_every_fact_it_states(tmp_path):
    """Date, ACTES matière (code, label and concept), object, budget, the prefecture's transmission
    (its identifier and date), the five vote counts and the document's URL; every one cited by the
    row's excerpt: its file, line and text."""
    path = tmp_path / "complet.csv"
    path.write_text(csv_text([row(BUDGET_ANNEE="2022", BUDGET_NOM="Budget principal")]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, path)
    [(deliberation,)] = select(store, "SELECT ?d WHERE { ?d a cg:Deliberation }")
    stated = select(store, """SELECT ?p ?o WHERE { <%s> ?p ?o FILTER(?p NOT IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, rdfs:label, prov:wasDerivedFrom)) }""" % deliberation)
    ns = "https://w3id.org/civicgraph/ontology#"
    assert sorted(stated) == sorted([
        (ns + "identifiant", "2022_00028"), (ns + "titre", "Révision des tarifs de la médiathèque"), (ns + "date", "2022-03-14"),
        (ns + "auteur", ORG + "poitiers"), (ns + "codeMatiere", "7.10"), (ns + "libelleMatiere", "finances locales/divers"),
        (ns + "matiere", "https://w3id.org/civicgraph/nomenclature/actes/7.10"), (ns + "budgetAnnee", "2022"),
        (ns + "budgetNom", "Budget principal"), (ns + "controleLegalite", "PREF086"), (ns + "dateTransmission", "2022-03-16"),
        ("http://xmlns.com/foaf/0.1/page", "https://www.poitiers.fr/deliberations/2022_00028.pdf"),
        ("http://purl.org/dc/terms/source", "https://w3id.org/civicgraph/id/document/complet")])
    assert select(store, """SELECT ?effectif ?reel ?pour ?contre ?abstention WHERE { ?v cg:deliberation <%s> ; cg:effectifTheorique ?effectif ;
        cg:effectifReel ?reel ; cg:pour ?pour ; cg:contre ?contre ; cg:abstention ?abstention }""" % deliberation) == [("53", "50", "45", "3", "2")]
    assert select(store, """SELECT ?file ?line ?quote WHERE { <%s> prov:wasDerivedFrom ?e . ?v cg:deliberation <%s> ; prov:wasDerivedFrom ?e .
        ?e cg:ligne ?line ; cg:citation ?quote ; cg:document/cg:nomFichier ?file }""" % (deliberation, deliberation)) == [
        ("complet.csv", "2", csv_text([row(BUDGET_ANNEE="2022", BUDGET_NOM="Budget principal")]).split("\r\n")[1])]


def test_the_row_facts_point_to_their_row_and_cell(tmp_path):
    path = tmp_path / "deliberations.csv"
    objet = "Adhésion à l'association La 27e Région pour l'année 2022"
    path.write_text(csv_text([row(), row(DELIB_ID="2022_00029", DELIB_OBJET=objet)]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, path)
    cited = select(store, """SELECT ?line ?column ?quote WHERE { ?d cg:identifiant "2022_00029" ; prov:wasDerivedFrom ?e .
        ?e cg:ligne ?line ; cg:citation ?quote . OPTIONAL { ?e cg:colonne ?column } }""")
    assert cited == [("3", None, csv_text([row(DELIB_ID="2022_00029", DELIB_OBJET=objet)]).split("\r\n")[1])]
    assert ("3", "DELIB_OBJET", "Adhésion à l'association La 27e Région") in select(store, """SELECT ?line ?column ?quote WHERE { ?a a cg:Adhesion ; prov:wasDerivedFrom ?e .
        ?e cg:ligne ?line ; cg:colonne ?column ; cg:citation ?quote }""")


def test_quirks_are_repaired_with_a_warning(tmp_path):
    path = tmp_path / "export-tableur.csv"
    rows = [row(),
            row(COLL_SIRET="2,18602E+13", DELIB_ID="2022,00029", DELIB_DATE="14/03/2022", VOTE_POUR="50,0", VOTE_CONTRE="0", VOTE_ABSTENTION="0")]
    path.write_bytes(b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"))
    store, result, report = ingest(tmp_path, path)
    assert select(store, DELIBERATIONS)[0] == ("2022,00029", "Révision des tarifs de la médiathèque", "2022-03-14", "7.10", ORG + "poitiers", "50")
    problems = {(p["line"], p["column"]): p for p in table(report)["problems"]}
    assert problems[(3, "COLL_SIRET")]["severity"] == "warning" and POITIERS in problems[(3, "COLL_SIRET")]["reason"]
    assert problems[(3, "DELIB_ID")]["severity"] == "warning" and "decimal comma" in problems[(3, "DELIB_ID")]["reason"]
    assert problems[(3, "DELIB_DATE")]["reason"] == "date written '14/03/2022' (DD/MM/YYYY): read as 2022-03-14"
    assert problems[(3, "VOTE_POUR")]["severity"] == "warning"
    assert "export-tableur.csv: line 3, COLL_SIRET: warning: SIRET written in scientific notation" in result.output


def test_a_scientific_siret_with_no_sibling_is_resolved_through_the_collectivites_name(tmp_path):
    path = tmp_path / "seul.csv"
    path.write_text(csv_text([row(COLL_SIRET="2,18602E+13")]), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert [r[4] for r in select(store, DELIBERATIONS)] == [ORG + "poitiers"]
    assert "the collectivité is Poitiers (SIREN 218601946)" in table(report)["problems"][0]["reason"]


def test_a_scientific_siret_that_fits_nothing_rejects_the_row(tmp_path):
    path = tmp_path / "inconnu.csv"
    path.write_text(csv_text([row(COLL_NOM="Quelque part", COLL_SIRET="9,99999E+13")]), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert select(store, DELIBERATIONS) == []
    assert {(p["line"], p["column"], p["severity"]) for p in table(report)["problems"]} == {(2, "COLL_SIRET", "error"), (2, None, "error")}


def test_bad_cells_are_reported_and_the_good_rows_still_read(tmp_path):
    path = tmp_path / "mauvais.csv"
    rows = [row(),
            row(DELIB_ID="A2", PREF_DATE="pas d'envoi en préfecture"),  # free text in a date: the cell is not used
            row(DELIB_ID="A3", VOTE_REEL="40", VOTE_POUR="45", VOTE_CONTRE="0", VOTE_ABSTENTION="0"),  # more votes than voters
            row(DELIB_ID="A4", DELIB_DATE="2022-13-14"),  # no date: the row is not read
            row(DELIB_ID="A5", COLL_SIRET="21860194600014"),  # Luhn
            row(DELIB_ID="A6", DELIB_MATIERE_CODE="septième", BUDGET_ANNEE="22", DELIB_URL="pas une adresse")]
    path.write_text(csv_text(rows), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert [r[0] for r in select(store, DELIBERATIONS)] == ["2022_00028", "A2", "A3", "A6"]
    problems = {(p["line"], p["column"]): p["reason"] for p in table(report)["problems"] if p["severity"] == "error"}
    assert problems[(3, "PREF_DATE")] == "\"pas d'envoi en préfecture\" is not a valid date"
    assert problems[(4, "VOTE_REEL")] == ("VOTE_REEL (40) should be >= VOTE_POUR (45): "
                                          "VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION not used")
    assert problems[(5, None)] == "row not read: no date (DELIB_DATE)" and (5, "DELIB_DATE") in problems
    assert problems[(6, "COLL_SIRET")] == "SIRET 21860194600014 fails its key (Luhn check): COLL_SIRET not used"
    assert {(7, "DELIB_MATIERE_CODE"), (7, "BUDGET_ANNEE"), (7, "DELIB_URL")} <= set(problems)
    assert not select(store, 'SELECT ?t WHERE { ?d cg:identifiant "A2" ; cg:dateTransmission ?t }')
    assert not select(store, 'SELECT ?p WHERE { ?d cg:identifiant "A3" . ?v cg:deliberation ?d ; cg:pour ?p }')
    assert not select(store, 'SELECT ?c WHERE { ?d cg:identifiant "A6" ; cg:codeMatiere ?c }')


def test_a_record_broken_across_lines_is_joined(tmp_path):
    path = tmp_path / "casse.csv"
    text = csv_text([row(DELIB_OBJET="Convention avec la caisse XXX")]).replace("caisse XXX", "caisse\r\nd'allocations familiales")
    path.write_text(text, encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert [r[1] for r in select(store, DELIBERATIONS)] == ["Convention avec la caisse d'allocations familiales"]
    assert "broken across lines 2 and 3" in table(report)["problems"][0]["reason"]


def test_duplicate_identifiers_are_said_and_with_other_objects_stay_two_deliberations(tmp_path):
    path = tmp_path / "doublons.csv"
    path.write_text(csv_text([row(), row(DELIB_OBJET="Autre objet"), row(), row(DELIB_DATE="2022-03-07", PREF_DATE="2022-03-09")]), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert sorted(r[1:3] for r in select(store, DELIBERATIONS)) == [
        ("Autre objet", "2022-03-14"), ("Révision des tarifs de la médiathèque", "2022-03-07"), ("Révision des tarifs de la médiathèque", "2022-03-14")]
    assert [(p["line"], p["column"], p["severity"], p["reason"]) for p in table(report)["problems"]] == [
        (3, "DELIB_ID", "warning", "DELIB_ID '2022_00028' already on line 2, another date or object: read as another deliberation"),
        (4, "DELIB_ID", "warning", "DELIB_ID '2022_00028' already on line 2, same date and object: read as the same deliberation"),
        (5, "DELIB_ID", "warning", "DELIB_ID '2022_00028' already on line 2, another date or object: read as another deliberation")]


def test_a_membership_in_the_object_is_read_as_in_documents(tmp_path):
    path = tmp_path / "adhesions.csv"
    path.write_text(csv_text([row(DELIB_OBJET="Adhésion à l'association La 27e Région et versement de la cotisation 2022 de 5 000 euros"),
                              row(DELIB_ID="X", DELIB_OBJET="Adhésion au service commun d'instruction des autorisations d'urbanisme")]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, path)
    assert select(store, """SELECT ?member ?association ?year ?fee WHERE { ?a a cg:Adhesion ; cg:membre ?member ;
        cg:association ?association ; cg:annee ?year ; cg:cotisation ?fee }""") == [(ORG + "poitiers", ORG + "la-27e-region", "2022", "5000")]


MEMBERSHIP_OBJECTS = [  # a row's object → the association read, the year, a renewal (invented bodies, the common forms)
    ("Adhésion à l'association Les Amis du Valbrune", "Les Amis du Valbrune", "2022", "false"),
    ("Cotisation 2023 à l'Association des Bibliothèques du Valbrune", "Association des Bibliothèques du Valbrune", "2023", "false"),
    ("Renouvellement de l'adhésion à l'Association des Maires du Valbrune", "Association des Maires du Valbrune", "2022", "true"),
    ("Renouvellement de l'adhésion à l'Association Villes Fleuries", "Villes Fleuries", "2022", "true"),
    ("Adhésion au réseau Cigales Bleues", "Réseau Cigales Bleues", "2022", "false"),
    ("Adhésion à l'Association nationale des Élus du Bocage – cotisation 2023", "Association nationale des Élus du Bocage", "2023", "false"),
    ("Renouvellement de l'adhésion à l'Association des communes forestières de la Haute-Valbrune - cotisation 2024",
     "Association des communes forestières de la Haute-Valbrune", "2024", "true"),
]


def test_memberships_in_row_objects_name_their_association_whole(tmp_path):
    """"l'Association des Maires …" is a name, "l'association Les Amis …" a designator before one: one rule for
    rows and documents (ingest/genre/fr/organisations.yaml); a lowercase kind before a name heads it; a hyphen inside a
    word does not end the name."""
    path = tmp_path / "adhesions.csv"
    path.write_text(csv_text([row(DELIB_ID=f"A{n}", DELIB_OBJET=text) for n, (text, *_) in enumerate(MEMBERSHIP_OBJECTS)]), encoding="utf-8")
    built = build(tmp_path / "out", path)
    assert built.result.exit_code == 0, built.result.output[-2000:]
    read = built.rows("""SELECT ?object ?name ?year ?renewal WHERE { ?a a cg:Adhesion ; cg:membre <%spoitiers> ; cg:decidePar ?d ;
        cg:association/rdfs:label ?name ; cg:annee ?year ; cg:renouvellement ?renewal . ?d cg:titre ?object }""" % ORG)
    assert sorted(read) == sorted(MEMBERSHIP_OBJECTS)


def test_a_designator_heading_a_name_never_splits_one_body_nor_merges_two(tmp_path):
    """"le réseau Cigales Bleues" and "l'association Cigales Bleues" are one organisation (the word only
    says its kind: ingest/genre/fr/organisations.yaml); "l'association Bretagne" is not the Région
    Bretagne, whose name follows the word, nor is "le réseau Grand Est" the Région Grand Est."""
    path = tmp_path / "adhesions.csv"
    objects = ["Adhésion au réseau Cigales Bleues", "Cotisation 2023 à l'association Cigales Bleues",
               "Adhésion à l'association Bretagne", "Adhésion au réseau Grand Est"]
    path.write_text(csv_text([row(DELIB_ID=f"A{n}", DELIB_OBJET=text) for n, text in enumerate(objects)]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, path)
    read = dict(select(store, """SELECT ?id ?association WHERE { ?a a cg:Adhesion ; cg:association ?association ; cg:decidePar ?d .
        ?d cg:identifiant ?id }"""))
    assert read["A0"] == read["A1"] == ORG + "cigales-bleues"
    assert read["A2"] == ORG + "association-bretagne" and read["A3"] == ORG + "reseau-grand-est"
    assert select(store, "SELECT ?label WHERE { <%sassociation-bretagne> a cg:Association ; rdfs:label ?label }" % ORG) == [("Association Bretagne",)]
    assert not select(store, "SELECT ?x WHERE { ?x cg:association <%sregion-bretagne> }" % ORG)


def test_a_folders_tables_are_read_and_a_table_is_known_by_its_header_not_its_name(tmp_path):
    """A folder named on the command line: its CSV files are read beside its texts, a table saved as
    .txt is read as one by its header, and a CSV that is not the schema's is reported, not ignored."""
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "deliberations.csv").write_text(csv_text([row()]), encoding="utf-8")
    (folder / "export.txt").write_bytes(csv_text([row(DELIB_ID="T1", DELIB_OBJET="Tarifs de la piscine")], ",").encode("utf-16"))
    (folder / "contacts.csv").write_text("nom;prenom\nBRUN;Anne\n", encoding="utf-8")
    store, _, report = ingest(tmp_path, folder)
    assert [r[0] for r in select(store, DELIBERATIONS)] == ["2022_00028", "T1"]
    assert (table(report, "deliberations.csv")["genre"], table(report, "export.txt")["genre"]) == ("scdl-deliberations",) * 2
    assert table(report, "contacts.csv")["status"] == "not-recognised"


def test_a_csv_that_is_not_scdl_is_reported(tmp_path):
    path = tmp_path / "autre.csv"
    path.write_text("nom;prenom\nDupont;Marie\n", encoding="utf-8")
    good = tmp_path / "deliberations.csv"
    good.write_text(csv_text([row()]), encoding="utf-8")
    _, result, report = ingest(tmp_path, path, good)
    assert table(report, "autre.csv")["status"] == "not-recognised"
    assert "no SCDL Délibérations header" in table(report, "autre.csv")["reason"]


@pytest.mark.slow
def test_a_thousand_rows_build_with_the_documents_their_bad_row_reported_by_line_and_the_documents_deliberation_merged(tmp_path):
    """`civicgraph build` of the seeds' corpus and a 1,000-row file: the graph conforms, the row with an
    impossible date is reported by its line and no other, the row of Poitiers' n° 26 (corpus 002)
    enriches that deliberation, and the site's page of matière 7.10 lists the document's deliberation
    and the rows' alike (one concept)."""
    rows = [row(DELIB_ID=f"2022_{n:05d}", DELIB_OBJET=f"Objet n° {n}", DELIB_DATE=f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}",
                PREF_DATE=f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(1000)]
    rows[500] = row(DELIB_ID="2022_00500", DELIB_DATE="2022-02-30")
    rows[700] = row(DELIB_ID="2022-0160", DELIB_DATE="2022-06-27", PREF_DATE="2022-07-01", DELIB_OBJET="Adhésion à la 27ème Région")  # corpus 002's n° 26
    path = tmp_path / "mille.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    built = build(tmp_path / "out", CORPUS, path)
    assert built.result.exit_code == 0, built.result.output[-2000:]
    assert "6 documents read, 0 skipped" in built.result.output and " 0 violations " in built.result.output
    report = json.loads((built.out / "reports" / "ingest.json").read_text())
    assert [(p["line"], p["column"]) for p in table(report, "mille.csv")["problems"]] == [(502, None), (502, "DELIB_DATE")]
    assert "mille.csv: line 502: error: row not read: no date (DELIB_DATE)" in built.result.output
    assert built.values("SELECT (COUNT(?d) AS ?n) WHERE { ?d a cg:Deliberation ; cg:auteur <%spoitiers> }" % ORG) == ["999"]
    assert built.values('SELECT ?t WHERE { ?d cg:identifiant "2022_00007" ; cg:titre ?t }') == ["Objet n° 7"]
    assert built.values("SELECT ?n WHERE { ?d cg:motifRapprochement ?r ; cg:numero ?n }") == ["26"]  # enriched, not doubled
    assert built.values('SELECT (COUNT(?d) AS ?n) WHERE { ?d a cg:Deliberation ; cg:identifiant "2022-0160" }') == ["1"]
    assert built.values("SELECT DISTINCT ?m WHERE { ?d cg:auteur <%spoitiers> ; cg:matiere ?m }" % ORG) == ["https://w3id.org/civicgraph/nomenclature/actes/7.10"]
    assert len([d for d in report["documents"] if d["status"] == "published" and d["genre"] != "scdl-deliberations"]) == 5
    divers = (built.out / "site" / "nomenclature" / "actes" / "7.10.html").read_text(encoding="utf-8")
    assert 'href="../../deliberation/poitiers/conseil-municipal/2022-06-27/26.html"' in divers  # the document's, enriched
    assert 'href="../../deliberation/poitiers/2022-08-08/2022-00007.html"' in divers  # a row's
    assert (built.out / "site" / "deliberation" / "poitiers" / "2022-08-08" / "2022-00007.html").is_file()


MERGED = """SELECT ?d ?numero ?identifiant ?reason ?source WHERE { ?d a cg:Deliberation ; cg:motifRapprochement ?reason ;
    cg:numero ?numero ; cg:identifiant ?identifiant ; <http://purl.org/dc/terms/source> ?source } ORDER BY ?source"""


def test_a_row_of_a_documents_deliberation_enriches_it(tmp_path):
    """Poitiers' form (corpus 002) reads deliberation n° 26, identifier 2022-0160, of 2022-06-27:
    the row that states it (its identifier written with a spreadsheet's decimal comma) adds its
    transmission and vote to that deliberation and makes no second one."""
    path = tmp_path / "poitiers.csv"
    rows = [row(DELIB_ID="2022,0160", DELIB_DATE="2022-06-27", DELIB_OBJET="Adhésion à la 27ème Région", PREF_DATE="2022-07-01"),
            row(DELIB_ID="2022-0161", DELIB_DATE="2022-06-27", DELIB_OBJET="Autre chose")]
    path.write_text(csv_text(rows), encoding="utf-8")
    store, result, _ = ingest(tmp_path, CORPUS / "002_79d589bcfa815739.txt", path)
    assert ("matched: poitiers.csv, line 2 → 002_79d589bcfa815739.txt: deliberation n° 26 of 2022-06-27: même collectivité, "
            "même date (2022-06-27), même identifiant") in result.output
    merged = select(store, MERGED)
    assert len(merged) == 2 and {m[0] for m in merged} == {merged[0][0]}  # one deliberation, two sources
    assert merged[0][1:3] == ("26", "2022-0160")
    assert "même identifiant (DELIB_ID 2022,0160 = identifiant 2022-0160 du document)" in merged[0][3]
    assert select(store, "SELECT ?t WHERE { <%s> cg:dateTransmission ?t }" % merged[0][0]) == [("2022-07-01",)]
    dated = [d for (d,) in select(store, 'SELECT ?d WHERE { ?d a cg:Deliberation ; cg:date "2022-06-27"^^xsd:date }')]
    assert "https://w3id.org/civicgraph/id/deliberation/poitiers/2022-06-27/2022-0161" in dated  # the other row: its own
    assert not any(d.endswith("/2022-0160") for d in dated)  # no second deliberation for the matched row
    assert select(store, "SELECT ?c WHERE { <%s> cg:conflit ?c }" % merged[0][0]) == [("identifiant : le tableau donne 2022,0160, le document 2022-0160",)]


def test_a_row_matches_a_documents_deliberation_by_a_close_object(tmp_path):
    path = tmp_path / "poitiers.csv"
    path.write_text(csv_text([row(DELIB_ID="X-1", DELIB_DATE="2022-06-27",
                                  DELIB_OBJET="Adhésion à la 27ème Région - laboratoire de transformation publique")]), encoding="utf-8")
    store, _, _ = ingest(tmp_path, CORPUS / "002_79d589bcfa815739.txt", path)
    reasons = [r[0] for r in select(store, "SELECT ?r WHERE { ?d cg:motifRapprochement ?r }")]
    assert len(reasons) == 1 and "objet proche du titre du document" in reasons[0]
    assert [r[0] for r in select(store, "SELECT ?i WHERE { ?d cg:numero \"26\" ; cg:identifiant ?i }")] == ["2022-0160"]


def test_deliberations_link_to_their_actes_matiere(tmp_path):
    path = tmp_path / "matieres.csv"
    path.write_text(csv_text([row(), row(DELIB_ID="B", DELIB_MATIERE_CODE="7.11")]), encoding="utf-8")
    store, _, report = ingest(tmp_path, path)
    assert select(store, """SELECT ?id ?label WHERE { ?d cg:identifiant ?id ; cg:matiere ?m .
        ?m <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ; <http://www.w3.org/2004/02/skos/core#broader> ?top .
        FILTER(lang(?label) = "fr") }""") == [("2022_00028", "Divers")]
    scheme = "https://w3id.org/civicgraph/nomenclature/actes"
    assert select(store, """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { <%s> a <http://www.w3.org/2004/02/skos/core#ConceptScheme> .
        ?c <http://www.w3.org/2004/02/skos/core#inScheme> <%s> }""" % (scheme, scheme)) == [("66",)]  # nine themes, 57 subjects
    assert {(p["line"], p["column"]) for p in table(report)["problems"]} == {(3, "DELIB_MATIERE_CODE")}


NOIRMOUTIER = """COMMUNE DE NOIRMOUTIER-EN-L'ÎLE

EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

Séance du 10 janvier 2023

L'an deux mille vingt-trois, le dix janvier à dix-huit heures, le conseil municipal de la commune de Noirmoutier-en-l'Île, légalement convoqué, s'est réuni en séance publique sous la présidence de M. Jean DUPONT, Maire.

Délibération n° 1 : Tarifs de la médiathèque

Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve les tarifs.
"""


def test_a_collectivite_known_only_to_the_official_divisions_is_the_one_documents_name(tmp_path):
    """Noirmoutier-en-l'Île (SIREN 218501633) and its communauté de communes (248500191) are in
    the divisions (ingest/reference/divisions), not in ingest/organisations.csv. The SIRETs are
    made for the test: those SIRENs with an establishment number 0001 and a valid Luhn key."""
    document = tmp_path / "noirmoutier.txt"
    document.write_text(NOIRMOUTIER, encoding="utf-8")
    path = tmp_path / "noirmoutier.csv"
    path.write_text(csv_text([row(COLL_NOM="Mairie de Noirmoutier", COLL_SIRET="21850163300018", DELIB_ID="D1", DELIB_DATE="2023-02-07",
                                  DELIB_OBJET="Subvention au club nautique"),
                              row(COLL_NOM="CC Noirmoutier", COLL_SIRET="24850019100015", DELIB_ID="D2", DELIB_OBJET="Collecte des déchets")]),
                     encoding="utf-8")
    store, _, _ = ingest(tmp_path, document, path)
    authors = dict(select(store, "SELECT ?id ?a WHERE { ?d cg:identifiant ?id ; cg:auteur ?a }"))
    assert select(store, "SELECT ?o WHERE { ?organe a cg:Organe ; cg:organisation ?o }") == [(authors["D1"],)]
    assert select(store, "SELECT ?n ?siren ?insee WHERE { <%s> a cg:Commune ; cg:nom ?n ; cg:siren ?siren ; cg:codeInsee ?insee }" % authors["D1"]) \
        == [("Commune de Noirmoutier-en-l'Île", "218501633", "85163")]
    assert select(store, "SELECT ?n ?siren WHERE { <%s> a cg:Intercommunalite ; cg:nom ?n ; cg:siren ?siren }" % authors["D2"]) \
        == [("CC de l'Ile de Noirmoutier", "248500191")]
