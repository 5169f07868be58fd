"""The research catalogue: every query answers its question on the seeds, with the rows a careful
reader of the documents expects."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from civicgraph.cli import main
from civicgraph.queries import bind, catalogue, term

ID = "https://w3id.org/civicgraph/id/"
RESEARCH = sorted(name for name in catalogue() if not name.startswith(("site-", "vocabulary-")))
# Parameters that make a query answer about one thing (the others run unbound).
PARAMETERS = {
    "facts-of-document": {"document": f"{ID}document/002-79d589bcfa815739"},
    "organisation-timeline": {"organisation": f"{ID}organisation/clermont-ferrand"},
    "evidence": {"resource": f"{ID}adhesion/poitiers/la-27e-region/2022"},
}


def run(seeds, name, **parameters):
    query = bind(catalogue()[name].text, {k: term(v) for k, v in {**PARAMETERS.get(name, {}), **parameters}.items()})
    names, rows = seeds.store.select(query)
    return [dict(zip(names, (None if t is None else t.value for t in row))) for row in rows]


def test_the_catalogue_has_at_least_fifteen_research_questions():
    assert len(RESEARCH) >= 15
    for name in RESEARCH:
        assert catalogue()[name].text.startswith("# "), f"{name} does not open with its question"
        assert "Columns:" in catalogue()[name].description


@pytest.mark.parametrize("name", RESEARCH)
def test_every_query_answers_on_the_seeds(seeds, name):
    assert run(seeds, name), f"{name} returned no row"


def pick(rows, **where):
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


def test_adhesions(seeds):
    rows = run(seeds, "adhesions")
    assert {(r["memberLabel"], r["year"], r["fee"]) for r in rows} >= {
        ("Ville de Clermont-Ferrand", "2021", "5000"), ("Ville de Poitiers", "2022", "5000"),
        ("Métropole d'Aix-Marseille-Provence", "2024", "5000"), ("Département de La Réunion", "2024", None)}
    amp = pick(rows, memberLabel="Métropole d'Aix-Marseille-Provence")
    assert amp[0]["renewal"] == "true" and amp[0]["deliberation"].endswith("chl-057-15099-23-bm")


def test_adhesions_of_one_association_by_parameter(seeds):
    rows = run(seeds, "adhesions", association=f"{ID}organisation/la-27e-region")
    assert len(rows) == 6 and {r["associationLabel"] for r in rows} == {"La 27e Région"}


def test_organisations_by_kind(seeds):
    rows = run(seeds, "organisations-by-kind")
    clermont = pick(rows, name="Ville de Clermont-Ferrand")
    assert clermont[0]["kind"].endswith("#Commune") and "Nouvelles Mesures" in clermont[0]["programmes"]
    assert pick(rows, name="Métropole d'Aix-Marseille-Provence")[0]["programmes"] == "Contrat du futur"


def test_attendance_rate(seeds):
    stanislas = pick(run(seeds, "attendance-rate"), name="Anne-Laure STANISLAS")[0]
    assert (stanislas["present"], stanislas["recorded"]) == ("2", "3")  # two councils, excused at the AG
    assert float(stanislas["rate"]) == pytest.approx(2 / 3)


def test_proxies_per_person(seeds):
    rows = run(seeds, "proxies-per-person")
    assert pick(rows, name="Anne-Laure STANISLAS")[0]["given"] == "1"
    assert pick(rows, name="Christine DULAC ROUGERIE")[0]["received"] == "1"
    assert sum(int(r["given"]) for r in rows) == 11


def test_contested_votes(seeds):
    rows = run(seeds, "contested-votes")
    assert {r["notVoting"] for r in rows if r["notVoting"]} == {"Diego LANDIVAR"}
    assert any(r["result"] == "adoptée" for r in rows)  # the Métropole's: adopted, not said unanimous


def test_persons_across_documents(seeds):
    rows = run(seeds, "persons-across-documents")
    stanislas = pick(rows, name="Anne-Laure STANISLAS")[0]
    assert stanislas["documents"] == "3" and "Adjointe (Ville de Clermont-Ferrand)" in stanislas["roles"]
    assert pick(rows, name="Jean-Damien COLOMBEAU") == []  # named in the assembly minutes only
    assert len(pick(rows, name="Olivier BIANCHI")) == 1


def test_programmes(seeds):
    rows = {r["name"]: r for r in run(seeds, "programmes")}
    assert rows["Budget carbone"]["documents"] == "3" and rows["CARE"]["documents"] == "2"
    assert rows["Nouvelles Mesures"]["places"] == "Ville de Clermont-Ferrand"
    assert rows["Nouvelles Mesures"]["partners"] == "France urbaine"
    assert rows["Contrat du futur"]["participants"] == "Métropole d'Aix-Marseille-Provence"
    assert sorted(rows["Rebonds"]["participants"].split(" ; ")) == [
        "Gabriel RENAULT", "Magali TALANDIER", "Métropole européenne de Lille", "Rennes Métropole"]


def test_financial_figures(seeds):
    rows = run(seeds, "financial-figures", organisation=f"{ID}organisation/la-27e-region")
    figures = {(r["year"], r["kind"]): r["amount"] for r in rows}
    assert figures[("2023", "résultat")] == "4776"
    assert figures[("2022", "volume d'activité")] == "750000"
    assert figures[("2023", "produits des adhésions")] == "177000"
    assert figures[("2024", "résultat prévisionnel")] == "16000"
    assert len(figures) == 10


def test_deliberations_by_matiere(seeds):
    assert [(r["code"], r["label"], r["count"]) for r in run(seeds, "deliberations-by-matiere")] == [("7.10", "Divers", "1")]


def test_facts_of_document(seeds):
    rows = run(seeds, "facts-of-document")
    classes = {r["class"].rsplit("#", 1)[-1] for r in rows}
    assert {"Seance", "Deliberation", "Adhesion", "Organisation", "Personne"} <= classes
    assert all("adhesion/clermont" not in r["resource"] for r in rows)


def test_legal_bases(seeds):
    rows = run(seeds, "legal-bases")
    assert {r["reference"] for r in rows} >= {"loi n° 2014-58", "loi n° 2014-173", "loi n° 2015-991", "délibération n° 011-1846/17/CM", "délibération n° FBPA 033-10482/21/CM"}
    assert pick(rows, reference="loi n° 2015-991")[0]["date"] == "2015-08-07"


def test_organisation_timeline(seeds):
    rows = run(seeds, "organisation-timeline")
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    kinds = {r["kind"] for r in rows}
    assert kinds == {"séance", "délibération", "adhésion", "mandat"}
    assert pick(rows, kind="séance")[0]["date"] == "2021-03-05"


def test_mandates(seeds):
    rows = run(seeds, "mandates", organisation=f"{ID}organisation/aix-marseille-provence")
    assert {(r["name"], r["role"]) for r in rows} == {("Martine VASSAL", "Présidente"), ("Martial ALVAREZ", "Vice-Président Délégué")}


def test_movements(seeds):
    rows = run(seeds, "movements", seance=f"{ID}seance/clermont-ferrand/conseil-municipal/2021-03-05")
    assert len(rows) == 7
    assert pick(rows, name="Wendy LAFAYE")[0]["point"] == "46"


def test_seances(seeds):
    rows = run(seeds, "seances")
    # Poitiers' form leaves its attendance blank; it names its présidente de séance, who is there
    assert [(r["date"], r["present"]) for r in rows] == [("2021-03-05", "55"), ("2021-05-07", "54"), ("2022-06-27", "1"), ("2023-12-07", "28"), ("2024-06-06", "35")]


def test_evidence(seeds):
    quotes = [r["quote"] for r in run(seeds, "evidence")]
    assert "article 6281" in quotes


def test_query_command_lists_the_catalogue_and_binds_parameters(seeds):
    listing = CliRunner().invoke(main, ["query", "--list"])
    assert listing.exit_code == 0 and "programmes" in listing.output and "Columns:" in listing.output
    result = CliRunner().invoke(main, ["query", "financial-figures", "--out", str(seeds.out), "--format", "json",
                                       "--param", f"organisation={ID}organisation/poitiers"])
    assert result.exit_code == 0 and result.output.strip() == "[]"


def test_a_parameter_cannot_change_the_query(seeds):
    hostile = '" } } DROP ALL ; SELECT * { ?s ?p ?o . FILTER("'
    result = CliRunner().invoke(main, ["query", "attendance-rate", "--out", str(seeds.out), "--format", "csv", "--param", f"person={hostile}"])
    assert result.exit_code == 0
    assert result.output.strip() == "person,name,present,recorded,rate"


def test_identities(seeds):
    rows = {r["name"]: r for r in run(seeds, "identities")}
    assert rows["Anne-Laure STANISLAS"]["documents"] == "3" and rows["Anne-Laure STANISLAS"]["context"] == "Ville de Clermont-Ferrand"
    assert rows["Stanislas RENIÉ"]["forms"] == "Stanislas RENIE" and rows["Stanislas RENIÉ"]["reasons"].startswith("même nom")


def test_identities_gives_each_person_once_with_the_name_of_their_context_or_none(seeds):
    """The context's name is joined from a table of organisations (looked up once per organisation,
    for speed): each person still gets their own context's name, and a person with no context one row."""
    rows = run(seeds, "identities")
    persons = [r["person"] for r in rows]
    assert len(persons) == len(set(persons)) == len(set(seeds.values("SELECT ?p WHERE { ?p a cg:Personne ; rdfs:label [] ; prov:wasDerivedFrom/cg:document [] }")))
    contexts = {}
    for person, name in seeds.store.select("PREFIX cg: <https://w3id.org/civicgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                                           "SELECT ?p ?n WHERE { ?p a cg:Personne ; cg:contexteIdentification/rdfs:label ?n }")[1]:
        contexts.setdefault(person.value, set()).add(name.value)
    assert contexts and any(r["person"] not in contexts for r in rows)  # both kinds are in the seeds
    for r in rows:
        assert (r["context"] in contexts[r["person"]]) if r["person"] in contexts else r["context"] is None, r
