"""OWL-RL inference with owlrl: what the ontology entails from the asserted graph, trimmed of
the trivial triples (reflexive sameAs, everything an owl:Thing, literal typing, ontology axioms)
so that the inferred graph is worth querying."""

from __future__ import annotations

import owlrl
import rdflib
from rdflib import OWL, RDF, RDFS, Literal

# Vocabularies whose terms owlrl restates about themselves; statements about them are noise here.
META = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")
TRIVIAL_CLASSES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}


def infer(asserted_ntriples: str, ontology_turtle: list[str], data_prefix: str) -> rdflib.Graph:
    """The triples OWL-RL entails about resources under `data_prefix` beyond those asserted."""
    graph = rdflib.Graph()
    graph.parse(data=asserted_ntriples, format="nt")
    asserted = set(graph)
    for turtle in ontology_turtle:
        graph.parse(data=turtle, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    inferred = rdflib.Graph()
    for triple in graph:
        if triple not in asserted and _useful(triple, data_prefix):
            inferred.add(triple)
    return inferred


def _useful(triple: tuple, data_prefix: str) -> bool:
    subject, predicate, obj = triple
    if isinstance(subject, Literal) or not str(subject).startswith(data_prefix):
        return False
    if predicate == OWL.sameAs:
        return subject != obj
    if predicate == RDF.type:
        return obj not in TRIVIAL_CLASSES and not str(obj).startswith(META)
    return not str(predicate).startswith(META)
