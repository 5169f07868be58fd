"""The whole pipeline on the five seeds: facts asserted through SPARQL on the built graph."""

from __future__ import annotations

import hashlib

from conftest import CORPUS

ID = "https://w3id.org/civicgraph/id/"
CLERMONT = ID + "organisation/clermont-ferrand"
POITIERS = ID + "organisation/poitiers"
AMP = ID + "organisation/aix-marseille-provence"
LA27 = ID + "organisation/la-27e-region"


def seance_of(seeds, organisation: str, day: str) -> str:
    found = seeds.values(f"""
        SELECT DISTINCT ?s WHERE {{ ?s a cg:Seance ; cg:date "{day}"^^xsd:date ; cg:organe/cg:organisation <{organisation}> }}""")
    assert len(found) == 1, found
    return found[0]


def test_the_build_succeeds_and_reports_what_it_did(seeds):
    assert "5 documents read, 0 skipped" in seeds.result.output
    assert "0 violations" in seeds.result.output


def test_organisations_have_their_kind_and_official_codes(seeds):
    assert seeds.rows(f"SELECT DISTINCT ?insee WHERE {{ <{CLERMONT}> a cg:Commune ; cg:codeInsee ?insee }}") == [("63113",)]
    assert seeds.rows(f"SELECT DISTINCT ?insee WHERE {{ <{POITIERS}> a cg:Commune ; cg:codeInsee ?insee }}") == [("86194",)]
    assert seeds.rows(f"SELECT DISTINCT ?siren WHERE {{ <{AMP}> a cg:Metropole ; cg:siren ?siren }}") == [("200054807",)]
    assert seeds.ask(f"<{LA27}> a cg:Association")


def test_clermont_2021_adhesion_of_5000_eur_to_la_27e_region(seeds):
    rows = seeds.rows(f"""
        SELECT DISTINCT ?fee ?currency ?renewal ?number WHERE {{
          ?a a cg:Adhesion ; cg:membre <{CLERMONT}> ; cg:association <{LA27}> ; cg:annee 2021 ;
             cg:cotisation ?fee ; cg:devise ?currency ; cg:renouvellement ?renewal ; cg:decidePar/cg:numero ?number }}""")
    assert rows == [("5000", "EUR", "false", "9")]


def test_clermont_seance_of_5_march_2021(seeds):
    s = seance_of(seeds, CLERMONT, "2021-03-05")
    rows = seeds.rows(f"""
        SELECT DISTINCT ?start ?mode ?convened ?president WHERE {{
          <{s}> cg:debut ?start ; cg:modalite ?mode ; cg:dateConvocation ?convened ; cg:president/rdfs:label ?president }}""")
    assert rows == [("2021-03-05T17:00:00", "visioconférence", "2021-02-26", "Olivier BIANCHI")]
    present = seeds.values(f'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?x cg:seance <{s}> ; cg:statut "présent" ; cg:personne ?p }}')
    assert present == ["55"]


def test_clermont_deliberation_9_adopted_unanimously_without_landivar(seeds):
    rows = seeds.rows("""
        SELECT DISTINCT ?title ?result ?absent WHERE {
          ?d a cg:Deliberation ; cg:numero "9" ; cg:titre ?title .
          ?v cg:deliberation ?d ; cg:resultat ?result ; cg:nonParticipant/rdfs:label ?absent }""")
    assert rows == [("ADHESION DE LA VILLE DE CLERMONT-FERRAND A LA 27EME REGION", "unanimité", "Diego LANDIVAR")]


def test_clermont_deliberation_40_is_taken_note_of(seeds):
    s = seance_of(seeds, CLERMONT, "2021-05-07")
    rows = seeds.rows(f"""
        SELECT DISTINCT ?result WHERE {{ ?d cg:seance <{s}> ; cg:numero "40" . ?v cg:deliberation ?d ; cg:resultat ?result }}""")
    assert rows == [("prise d'acte",)]


def test_poitiers_seance_of_27_june_2022(seeds):
    s = seance_of(seeds, POITIERS, "2022-06-27")
    rows = seeds.rows(f"""
        SELECT DISTINCT ?start ?convened ?president ?quorum WHERE {{
          <{s}> cg:debut ?start ; cg:dateConvocation ?convened ; cg:president/rdfs:label ?president ; cg:quorum ?quorum }}""")
    assert rows == [("2022-06-27T18:00:00", "2022-06-20", "Léonore MONCOND'HUY", "18")]
    rows = seeds.rows(f"""
        SELECT DISTINCT ?number ?id ?code ?title WHERE {{
          ?d cg:seance <{s}> ; cg:numero ?number ; cg:identifiant ?id ; cg:codeMatiere ?code ; cg:titre ?title }}""")
    assert rows == [("26", "2022-0160", "7.10", "Adhésion à la 27ème Région, laboratoire de transformation publique")]


def test_poitiers_unfilled_form_gives_no_vote_result_and_no_counts(seeds):
    s = seance_of(seeds, POITIERS, "2022-06-27")
    assert not seeds.ask(f"?d cg:seance <{s}> . ?v cg:deliberation ?d")
    assert not seeds.ask(f"<{s}> cg:membresEnExercice ?n")
    assert not seeds.ask(f"<{s}> cg:nombrePresents ?n")


def test_poitiers_2022_adhesion(seeds):
    rows = seeds.rows(f"""
        SELECT DISTINCT ?fee ?nature WHERE {{
          ?a cg:membre <{POITIERS}> ; cg:association <{LA27}> ; cg:annee 2022 ; cg:cotisation ?fee ; cg:imputationNature ?nature }}""")
    assert rows == [("5000", "6281")]


def test_metropole_bureau_renews_for_2024(seeds):
    s = seance_of(seeds, AMP, "2023-12-07")
    assert seeds.rows(f"SELECT DISTINCT ?p WHERE {{ <{s}> cg:president/rdfs:label ?p }}") == [("Martine VASSAL",)]
    rows = seeds.rows(f"""
        SELECT DISTINCT ?fee ?renewal ?chapitre ?nature ?fonction ?id ?result WHERE {{
          ?a cg:membre <{AMP}> ; cg:association <{LA27}> ; cg:annee 2024 ; cg:cotisation ?fee ; cg:renouvellement ?renewal ;
             cg:imputationChapitre ?chapitre ; cg:imputationNature ?nature ; cg:imputationFonction ?fonction ;
             cg:decidePar ?d . ?d cg:identifiant ?id ; cg:seance <{s}> . ?v cg:deliberation ?d ; cg:resultat ?result }}""")
    assert rows == [("5000", "true", "011", "6281", "52", "CHL-057-15099/23/BM", "adoptée")]


def test_assemblee_generale_of_6_june_2024(seeds):
    s = seance_of(seeds, LA27, "2024-06-06")
    assert seeds.rows(f"SELECT DISTINCT ?o WHERE {{ <{s}> cg:organe/cg:nom ?o }}") == [("Assemblée générale",)]
    assert seeds.rows(f"SELECT DISTINCT ?a ?b WHERE {{ <{s}> cg:debut ?a ; cg:fin ?b }}") == [("2024-06-06T14:00:00", "2024-06-06T17:00:00")]
    new_members = seeds.values(f"""
        SELECT DISTINCT ?name WHERE {{ ?a cg:association <{LA27}> ; cg:annee 2024 ; cg:renouvellement false ; cg:membre/cg:nom ?name }}
        ORDER BY ?name""")
    assert new_members == [
        "Communauté d'agglomération de Cergy-Pontoise",
        "Département de La Réunion",
        "Ministère de la transition écologique et de la cohésion des territoires",
    ]


def test_programmes_named_in_the_documents(seeds):
    names = set(seeds.values("SELECT DISTINCT ?n WHERE { ?p a cg:Programme ; cg:nom ?n }"))
    assert {"CARE", "Budget carbone", "Rebonds", "Nouvelles Mesures", "Tronc commun", "Les Labonautes", "Contrat du futur"} <= names
    care_documents = seeds.values("SELECT DISTINCT ?f WHERE { ?d cg:mentionne/cg:nom \"CARE\" ; cg:nomFichier ?f } ORDER BY ?f")
    assert care_documents == ["000_8631124937c3ca60.txt", "004_8554f40af4c7becc.txt"]
    assert seeds.ask(f"?p cg:nom \"CARE\" ; cg:portePar <{LA27}>")


def test_each_document_has_its_hash_and_its_own_named_graph(seeds):
    for path in sorted(CORPUS.glob("*.txt")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        iri = f"{ID}document/{path.stem.replace('_', '-')}"
        assert seeds.rows(f'SELECT DISTINCT ?h WHERE {{ GRAPH <{iri}> {{ <{iri}> cg:empreinte ?h ; cg:nomFichier "{path.name}" }} }}') == [(digest,)]
    # the Clermont adhésion is stated in the graph of its own document, and in no other
    graphs = seeds.values(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?a cg:membre <{CLERMONT}> ; a cg:Adhesion }} }}")
    assert graphs == [f"{ID}document/000-8631124937c3ca60"]
