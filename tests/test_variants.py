"""Generality: documents in the seeds' layouts from other collectivités, dates, names, amounts
and orderings (tests/cases/<layout>/) yield their facts with no code written for them; a
deliberation in an unknown layout yields what reads the same everywhere, and says what it missed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, build

CASES = ROOT / "tests" / "cases"
ID = "https://w3id.org/civicgraph/id/"


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    built = build(tmp_path_factory.mktemp("cases") / "out", CASES)
    assert built.result.exit_code == 0, built.result.output
    return built


def genres(cases) -> dict[str, str]:
    report = json.loads((cases.out / "reports" / "ingest.json").read_text(encoding="utf-8"))
    return {Path(entry["path"]).name: entry["genre"] for entry in report["documents"] if "genre" in entry}


def layouts(cases) -> dict[str, str]:
    """Each document's layout: the profile the genre model read it with, else its reader's genre."""
    report = json.loads((cases.out / "reports" / "ingest.json").read_text(encoding="utf-8"))
    return {Path(entry["path"]).name: entry.get("layout", entry["genre"]) for entry in report["documents"] if "genre" in entry}


def test_each_layout_is_recognised_from_the_text(cases):
    found = layouts(cases)
    for folder in ("deliberation-conseil", "formulaire-deliberation", "registre-deliberations", "proces-verbal-ag"):
        files = sorted(p.name for p in (CASES / folder).glob("*.txt"))
        assert len(files) >= 3
        assert {found[f] for f in files} == {"proces-verbal-assemblee-generale" if folder == "proces-verbal-ag" else folder}


def vote_of(cases, deliberation: str) -> tuple:
    rows = cases.rows(f"""
        SELECT DISTINCT ?result ?pour ?contre ?abstention WHERE {{
          ?v cg:deliberation <{ID}deliberation/{deliberation}> ; cg:resultat ?result .
          OPTIONAL {{ ?v cg:pour ?pour }} OPTIONAL {{ ?v cg:contre ?contre }} OPTIONAL {{ ?v cg:abstention ?abstention }} }}""")
    assert len(rows) == 1, rows
    return rows[0]


def adhesion_of(cases, member: str, association: str, year: int) -> tuple:
    rows = cases.rows(f"""
        SELECT DISTINCT ?fee ?currency ?renewal WHERE {{
          <{ID}adhesion/{member}/{association}/{year}> a cg:Adhesion ; cg:renouvellement ?renewal .
          OPTIONAL {{ <{ID}adhesion/{member}/{association}/{year}> cg:cotisation ?fee ; cg:devise ?currency }} }}""")
    assert len(rows) == 1, rows
    return rows[0]


# -- "DELIBERATION DU CONSEIL MUNICIPAL" layout ---------------------------------------------------
def test_rouen_council(cases):
    s = f"{ID}seance/ville-de-rouen/conseil-municipal/2022-11-14"
    assert cases.rows(f"SELECT DISTINCT ?t ?c ?l ?p WHERE {{ <{s}> cg:debut ?t ; cg:dateConvocation ?c ; cg:lieu ?l ; cg:president/rdfs:label ?p }}") == [
        ("2022-11-14T18:30:00", "2022-11-07", "Hôtel de Ville", "Nicolas MAYER-ROSSIGNOL")]
    statuses = cases.rows(f"SELECT ?status (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?x cg:seance <{s}> ; cg:statut ?status ; cg:personne ?p }} GROUP BY ?status ORDER BY ?status")
    assert statuses == [("absent", "1"), ("excusé", "3"), ("présent", "7")]
    proxies = cases.rows(f"SELECT DISTINCT ?a ?b WHERE {{ ?x a cg:Pouvoir ; cg:seance <{s}> ; cg:mandant/rdfs:label ?a ; cg:mandataire/rdfs:label ?b }} ORDER BY ?a")
    assert proxies == [("Kader CHEKHEMANI", "Laura SLIMANI"), ("Marc DURAND", "Julie MOREAU"), ("Paul LEROY", "Anne PETIT")]
    assert vote_of(cases, "ville-de-rouen/conseil-municipal/2022-11-14/17") == ("unanimité", None, None, None)
    assert cases.ask(f"<{ID}vote/ville-de-rouen/conseil-municipal/2022-11-14/17> cg:nonParticipant/rdfs:label \"Julie MOREAU\"")
    assert adhesion_of(cases, "ville-de-rouen", "france-urbaine", 2023) == ("3200", "EUR", "false")
    assert cases.rows(f"SELECT DISTINCT ?d ?s WHERE {{ <{ID}deliberation/ville-de-rouen/conseil-municipal/2022-11-14/17> cg:dateCertification ?d ; cg:signataire/rdfs:label ?s }}") == [
        ("2022-11-21", "Anne PETIT")]


def test_tours_council_counts_when_stated(cases):
    assert vote_of(cases, "ville-de-tours/conseil-municipal/2020-02-03/8") == ("adoptée", "40", "3", "2")
    assert adhesion_of(cases, "ville-de-tours", "la-27e-region", 2020) == ("4000", "EUR", "false")
    s = f"{ID}seance/ville-de-tours/conseil-municipal/2020-02-03"
    assert cases.rows(f"SELECT DISTINCT ?t ?m WHERE {{ <{s}> cg:debut ?t ; cg:modalite ?m }}") == [("2020-02-03T09:30:00", "visioconférence")]
    # an arrival that ends a proxy held from the start of the séance
    assert cases.rows(f"SELECT DISTINCT ?to WHERE {{ ?x a cg:Pouvoir ; cg:seance <{s}> ; cg:mandant/rdfs:label \"Sophie N'DIAYE\" ; cg:jusquAuPoint ?to }}") == [("5",)]


def test_lille_council_creates_a_direction_and_plans_its_participatory_budget(cases):
    lille = f"{ID}organisation/ville-de-lille"
    rows = cases.rows(f"""SELECT ?s ?name ?d WHERE {{ ?s a cg:Service ; cg:organisationParente <{lille}> ; cg:nom ?name ; cg:description ?d }}""")
    assert [(name, d) for _, name, d in rows] == [("Direction de la Démocratie Participative", "direction chargée de la démocratie participative et de l'évaluation")]
    principles = cases.values(f"SELECT ?p WHERE {{ <{rows[0][0]}> cg:principeAction ?p }}")
    assert sorted(p.split(" : ")[0] for p in principles) == ["l'équité", "la proximité", "la transparence"]
    stages = cases.rows(f"""SELECT ?what ?year WHERE {{ ?e cg:programme/cg:nom "Budget participatif" ; cg:organisation <{lille}> ;
        cg:description ?what OPTIONAL {{ ?e cg:annee ?year }} }} ORDER BY ?year""")
    assert stages == [("bilan des saisons passées", None), ("plateforme de vote", "2022"), ("ouverture aux collégiens", "2023")]
    partners = set(cases.values('SELECT ?n WHERE { ?p cg:nom "Budget participatif" ; cg:partenaire/rdfs:label ?n }'))
    assert {"DSI", "DCOM", "Décider Ensemble", "CCAS de Lille", "Métropole européenne de Lille"} <= partners
    # a known name keeps its lowercase words inside a list: the Métropole, not Lille itself ("la Métropole")
    assert cases.values('SELECT ?s WHERE { ?p cg:nom "Budget participatif" ; cg:partenaire/cg:siren ?s }') == ["200093201"]
    assert f"{lille}" not in cases.values('SELECT ?o WHERE { ?p cg:nom "Budget participatif" ; cg:partenaire ?o }')


def test_lille_council_takes_note(cases):
    assert vote_of(cases, "ville-de-lille/conseil-municipal/2021-09-28/21-433") == ("prise d'acte", None, None, None)
    assert not cases.ask(f"?a a cg:Adhesion ; cg:membre <{ID}organisation/ville-de-lille>")
    assert cases.ask(f"<{ID}deliberation/ville-de-lille/conseil-municipal/2021-09-28/21-433> cg:dateCertification \"2021-10-01\"^^xsd:date")


# -- deliberation form layout ---------------------------------------------------------------------
def test_limoges_filled_form(cases):
    assert vote_of(cases, "ville-de-limoges/conseil-municipal/2023-03-14/12") == ("adoptée", "36", "2", "0")
    s = f"{ID}seance/ville-de-limoges/conseil-municipal/2023-03-14"
    assert cases.rows(f"SELECT DISTINCT ?m ?q ?p WHERE {{ <{s}> cg:membresEnExercice ?m ; cg:quorum ?q ; cg:nombrePresents ?p }}") == [("43", "22", "38")]
    assert adhesion_of(cases, "ville-de-limoges", "villes-internet", 2023) == ("1200", "EUR", "false")


def test_bordeaux_unfilled_form_gives_no_counts_and_no_result(cases):
    s = f"{ID}seance/ville-de-bordeaux/conseil-municipal/2021-12-02"
    assert cases.ask(f"<{s}> a cg:Seance")
    assert not cases.ask(f"<{s}> cg:membresEnExercice|cg:quorum|cg:nombrePresents ?n")
    assert not cases.ask(f"?v cg:deliberation <{ID}deliberation/ville-de-bordeaux/conseil-municipal/2021-12-02/7>")
    assert adhesion_of(cases, "ville-de-bordeaux", "la-27e-region", 2022) == ("6000", "EUR", "false")


def test_grenoble_form_in_another_field_order(cases):
    d = f"{ID}deliberation/ville-de-grenoble/conseil-municipal/2024-06-30/3"
    assert cases.rows(f"SELECT DISTINCT ?code ?label ?rapporteur WHERE {{ <{d}> cg:codeMatiere ?code ; cg:libelleMatiere ?label ; cg:rapporteur/rdfs:label ?rapporteur }}") == [
        ("8.9", "Culture", "Élise CORDIER")]
    assert vote_of(cases, "ville-de-grenoble/conseil-municipal/2024-06-30/3") == ("unanimité", "48", "0", "2")


# -- register extract layout ----------------------------------------------------------------------
def test_nice_bureau(cases):
    s = f"{ID}seance/metropole-nice-cote-d-azur/bureau/2024-01-15"
    assert cases.rows(f"SELECT DISTINCT ?p ?n WHERE {{ <{s}> cg:president/rdfs:label ?p ; cg:nombrePresents ?n }}") == [("Christian ESTROSI", "4")]
    assert cases.rows(f"SELECT DISTINCT ?a ?b WHERE {{ ?x a cg:Pouvoir ; cg:seance <{s}> ; cg:mandant/rdfs:label ?a ; cg:mandataire/rdfs:label ?b }}") == [("Xavier BECK", "Anne RAMOS")]
    assert adhesion_of(cases, "metropole-nice-cote-d-azur", "villes-internet", 2024) == ("2500", "EUR", "false")
    d = f"{ID}deliberation/metropole-nice-cote-d-azur/bureau/2024-01-15/agr-012-2201-24-bm"
    cited = cases.values(f"SELECT DISTINCT ?ref WHERE {{ <{d}> cg:vise/cg:reference ?ref }} ORDER BY ?ref")
    assert cited == ["Code Général des Collectivités Territoriales", "délibération n° AGR 003-1234/20/CM", "loi n° 2014-58"]
    assert cases.rows("SELECT DISTINCT ?q ?del WHERE { ?m a cg:Mandat ; cg:personne/rdfs:label \"Anne RAMOS\" ; cg:role ?q ; cg:delegation ?del }") == [
        ("Vice-Présidente Déléguée", "Numérique et innovation")]


def test_lyon_council_renewal(cases):
    assert adhesion_of(cases, "metropole-de-lyon", "la-27e-region", 2023) == ("15000", "EUR", "true")
    assert vote_of(cases, "metropole-de-lyon/conseil-metropolitain/2023-06-12/del-2023-1785-23-cm")  # its "Conseil de la Métropole" == ("unanimité", None, None, None)


def test_toulouse_bureau_rejects(cases):
    assert vote_of(cases, "toulouse-metropole/bureau/2023-10-05/tls-104-8890-23-bm") == ("rejetée", None, None, None)
    excused = cases.values(f"SELECT DISTINCT ?n WHERE {{ ?x cg:seance <{ID}seance/toulouse-metropole/bureau/2023-10-05> ; cg:statut \"excusé\" ; cg:personne/rdfs:label ?n }} ORDER BY ?n")
    assert excused == ["Annette LAIGNEAU", "Dominique FOUCHIER"]
    assert cases.ask(f"<{ID}document/toulouse-sans-adhesion> cg:mentionne/cg:nom \"Contrat du futur\"")


# -- general assembly minutes layout --------------------------------------------------------------
def test_villes_internet_assembly(cases):
    s = f"{ID}seance/villes-internet/assemblee-generale/2023-03-15"
    modes = cases.rows(f"SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?x cg:seance <{s}> ; cg:statut \"présent\" ; cg:modalite ?m ; cg:personne ?p }} GROUP BY ?m ORDER BY ?m")
    assert modes == [("sur place", "4"), ("visioconférence", "2")]
    assert cases.rows(f"SELECT DISTINCT ?a ?b WHERE {{ <{s}> cg:debut ?a ; cg:fin ?b }}") == [("2023-03-15T10:00:00", "2023-03-15T12:30:00")]
    assert adhesion_of(cases, "ville-de-limoges", "villes-internet", 2023)[2] == "false"
    assert adhesion_of(cases, "metropole-nice-cote-d-azur", "villes-internet", 2023) == (None, None, "false")
    # one person across the participant list, the board and the signature
    assert cases.values("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cg:Personne ; cg:nomFamille ?f FILTER(LCASE(STR(?f)) = \"petitjean\") }") == ["1"]
    figures = cases.rows("SELECT DISTINCT ?nature ?year ?amount WHERE { ?f a cg:FaitFinancier ; cg:organisation <%sorganisation/villes-internet> ; cg:nature ?nature ; cg:exercice ?year ; cg:montant ?amount } ORDER BY ?nature" % ID)
    assert figures == [("produits des adhésions", "2022", "64000"), ("résultat", "2022", "12500")]


def test_reseau_assembly_figures_and_years(cases):
    figures = cases.rows("SELECT DISTINCT ?nature ?year ?amount ?approx WHERE { ?f cg:organisation <%sorganisation/reseau-des-labs-publics> ; cg:nature ?nature ; cg:exercice ?year ; cg:montant ?amount OPTIONAL { ?f cg:approximatif ?approx } } ORDER BY ?year ?nature" % ID)
    assert figures == [("volume d'activité", "2022", "80000", None), ("résultat", "2023", "3100", None), ("volume d'activité", "2023", "95000", "true")]
    # a name listed twice is one participation
    assert cases.values(f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a cg:Participation ; cg:seance <{ID}seance/reseau-des-labs-publics/assemblee-generale/2024-07-04> }}") == ["2"]


def test_fabrique_assembly(cases):
    assert adhesion_of(cases, "departement-du-gers", "fabrique-des-transitions", 2022) == (None, None, "false")
    assert cases.ask(f"<{ID}document/fabrique-2022> cg:mentionne/cg:nom \"Territoires en commun\"")


# -- layouts no extension knows: the genre model ---------------------------------------------------
def test_genre_model_reads_an_unknown_layout(cases):
    assert genres(cases)["gironde-commission-permanente.txt"] == "extrait"
    d = f"{ID}deliberation/departement-de-la-gironde/commission-permanente/2024-04-05/2024-118-cp"
    assert cases.rows(f"SELECT DISTINCT ?title ?date WHERE {{ <{d}> cg:titre ?title ; cg:date ?date }}") == [
        ("Subvention à l'association Les Petits Débrouillards pour le programme Sciences en ville", "2024-04-05")]
    assert cases.values(f"SELECT DISTINCT ?a WHERE {{ <{d}> cg:montant ?a }} ORDER BY ?a") == ["2000", "12000"]
    assert vote_of(cases, "departement-de-la-gironde/commission-permanente/2024-04-05/2024-118-cp") == ("unanimité", None, None, None)


def test_a_text_that_decides_nothing_is_not_recognised(cases):
    """A report with no séance, no decision and no vote is no act: skipped with its reason, no facts."""
    report = json.loads((cases.out / "reports" / "ingest.json").read_text(encoding="utf-8"))
    entry = next(e for e in report["documents"] if e["path"].endswith("/note-sans-vote.txt"))
    assert entry["status"] == "not-recognised" and "not recognised" in entry["reason"]
    assert not cases.ask(f"?d a cg:Deliberation ; cg:organisation <{ID}organisation/commune-de-saint-malo>")
    gironde = next(e for e in report["documents"] if e["path"].endswith("/gironde-commission-permanente.txt"))
    assert gironde["not_found"] == []
