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


def test_a_document_graph_seen_before_gets_its_entailments_from_the_cache(seeds, tmp_path):
    """The cache holds each graph's entailments by its digest: a second build reads them back for
    every graph, and the graph of inferences is the one computed without a cache; a graph that
    changed is computed again."""
    from civicgraph.cache import Derived
    from civicgraph.store import Store

    inferred = f"{DEFAULT_BASE}graph/inferred"
    documents = pipeline.document_graphs(seeds.store)

    def build(folder, previous=None, change=None):
        store = Store()
        store.add(q for q in seeds.store.stream(documents))
        if change:
            store.add([ox.Quad(ox.NamedNode(f"{DEFAULT_BASE}organisation/planted"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                               ox.NamedNode("https://w3id.org/civicgraph/ontology#Commune"), ox.NamedNode(change))])
        cache = Derived("inference", folder, previous, [])
        pipeline.run_inference(store, cache=cache)
        return store.triples([inferred]), cache.hits

    first, hits = build(tmp_path / "one")
    assert hits == 0 and first == seeds.store.triples([inferred])
    again, hits = build(tmp_path / "two", tmp_path / "one")
    assert hits == len(documents) and again == first
    changed, hits = build(tmp_path / "three", tmp_path / "two", documents[0])
    planted = (ox.NamedNode(f"{DEFAULT_BASE}organisation/planted"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
               ox.NamedNode("https://w3id.org/civicgraph/ontology#Organisation"))
    assert hits == len(documents) - 1 and changed - first and planted in changed
    asserted = seeds.store.triples(documents) | {planted[:2] + (ox.NamedNode("https://w3id.org/civicgraph/ontology#Commune"),)}
    assert changed == infer(asserted, seeds.store.triples([ONTOLOGY_GRAPH]), DEFAULT_BASE)
