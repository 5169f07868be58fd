"""The ontology declares, labels and explains every term the graph uses; OWL-RL draws from it
what researchers query without knowing our vocabulary."""

from __future__ import annotations

import rdflib
from rdflib import OWL, RDF, RDFS

from conftest import ROOT

CG = rdflib.Namespace("https://w3id.org/civicgraph/ontology#")
INFERRED = "https://w3id.org/civicgraph/id/graph/inferred"


def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ROOT / "ontology" / "civicgraph.ttl")
    return graph


def declared(graph) -> set:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(str(CG))}


def test_every_term_has_labels_and_comments_in_french_and_english():
    graph = ontology()
    terms = declared(graph)
    assert len(terms) > 100
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            languages = {o.language for o in graph.objects(term, prop)}
            assert {"fr", "en"} <= languages, f"{term} lacks {prop} in fr or en"


def test_the_graph_uses_no_undeclared_term(seeds):
    terms = {str(t) for t in declared(ontology())}
    used = set(seeds.values("""
        SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } FILTER(STRSTARTS(STR(?t), STR(cg:))) }"""))
    assert used - terms == set()


def test_every_term_the_shapes_use_is_declared():
    shapes = rdflib.Graph()
    shapes.parse(ROOT / "shapes" / "civicgraph.shapes.ttl")
    used = {o for o in shapes.objects() if isinstance(o, rdflib.URIRef) and str(o).startswith(str(CG))}
    assert used - declared(ontology()) == set()


def test_inference_finds_organisations_and_people_in_the_standard_vocabularies(seeds):
    organisations = seeds.values(f"SELECT DISTINCT ?o WHERE {{ GRAPH <{INFERRED}> {{ ?o a org:Organization }} }}")
    assert "https://w3id.org/civicgraph/id/organisation/clermont-ferrand" in organisations
    assert seeds.ask(f"GRAPH <{INFERRED}> {{ ?p a foaf:Person ; foaf:familyName \"STANISLAS\" }}")
    # org:member from cg:membre: a harvester that knows only W3C ORG sees the memberships
    members = seeds.values("SELECT DISTINCT ?m WHERE { ?a a org:Membership ; org:member ?m ; org:organization <https://w3id.org/civicgraph/id/organisation/la-27e-region> }")
    assert "https://w3id.org/civicgraph/id/organisation/poitiers" in members


def test_the_inferred_graph_holds_no_trivial_triples(seeds):
    trivial = seeds.rows(f"""
        SELECT ?s ?p ?o WHERE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }}
          FILTER(isLiteral(?s) || (?p = owl:sameAs && ?s = ?o) || ?o IN (owl:Thing, rdfs:Resource, owl:NamedIndividual)
                 || STRSTARTS(STR(?s), STR(cg:))) }} LIMIT 5""")
    assert trivial == []
    assert int(seeds.values(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED}> {{ ?s ?p ?o }} }}")[0]) > 1000
