"""The rules entail what owlrl's OWL-RL closure entails (the useful part), on the seeds and on an
ontology that uses the axioms ours does not (inverse, equivalent classes and properties)."""

from __future__ import annotations

import pyoxigraph as ox

from civicgraph import pipeline
from civicgraph.inference import infer, reference
from civicgraph.vocab import DEFAULT_BASE, ONTOLOGY_GRAPH

EX = "http://example.org/"
DATA = "http://example.org/id/"


def triples(turtle: str) -> list[tuple]:
    prefixes = f"@prefix : <{EX}> . @prefix id: <{DATA}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    return [(q.subject, q.predicate, q.object) for q in ox.parse((prefixes + turtle).encode(), format=ox.RdfFormat.TURTLE)]


def test_the_rules_entail_what_owlrl_entails_on_the_seeds(seeds):
    asserted = seeds.store.triples(pipeline.document_graphs(seeds.store))
    ontology = seeds.store.triples([ONTOLOGY_GRAPH])
    mine = infer(asserted, ontology, DEFAULT_BASE)
    assert len(mine) > 1000
    assert mine == reference(asserted, ontology, DEFAULT_BASE)


ONTOLOGY = """
:Commune rdfs:subClassOf :Collectivite . :Collectivite rdfs:subClassOf :Organisation .
:Organisation owl:equivalentClass :Organization .
:fondePar rdfs:subPropertyOf :portePar . :portePar owl:inverseOf :porte .
:porte rdfs:domain :Porteur . :portePar rdfs:range :Organisation .
:nom owl:equivalentProperty :name .
"""
DATA_TRIPLES = """
id:programme :fondePar id:ville . id:ville a :Commune ; :nom "Ville" .
id:autre :porte id:projet .
"""


def test_sub_class_sub_property_inverse_equivalence_domain_and_range_as_owlrl():
    asserted, ontology = triples(DATA_TRIPLES), triples(ONTOLOGY)
    mine = infer(asserted, ontology, DATA)
    expected = triples("""
        id:programme :portePar id:ville . id:ville :porte id:programme ; a :Porteur .
        id:ville a :Collectivite, :Organisation, :Organization ; :name "Ville" .
        id:projet :portePar id:autre . id:autre a :Porteur . id:autre a :Organisation, :Organization .
    """)
    assert set(expected) <= mine
    assert mine == reference(asserted, ontology, DATA)


def test_the_build_streams_into_the_graph_of_inferences_what_the_rules_entail(seeds):
    asserted = seeds.store.triples(pipeline.document_graphs(seeds.store))
    ontology = seeds.store.triples([ONTOLOGY_GRAPH])
    in_store = seeds.store.triples([f"{DEFAULT_BASE}graph/inferred"])
    assert in_store == infer(asserted, ontology, DEFAULT_BASE)
