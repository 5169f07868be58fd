"""What the ontology entails from the asserted graph: the rules of RDFS and the part of OWL 2 RL
the ontology can use, materialised in one pass over the documents' triples.

The rules (W3C, OWL 2 RL/RDF rules, tables 5–9): cax-sco and scm-sco (sub-class, transitive),
prp-spo1 and scm-spo (sub-property, transitive), prp-dom and prp-rng (domain and range),
prp-inv1/2 (inverse), cax-eqc1/2 and prp-eqp1/2 (equivalent classes and properties, read as
sub-class and sub-property both ways). The schema is closed first (a few hundred axioms), so that
each asserted triple maps at once to everything it entails: the pass over the data is linear in
its triples and needs no fixed point.

owlrl's full OWL-RL closure (`reference`) stays the reference: on the seeds it entails exactly the
same useful triples (tests/test_inference.py) at about 0.5 ms a triple; the rules take microseconds.
Left out of both, as noise: reflexive sameAs, everything an owl:Thing, literal typing, and
statements about the RDF, RDFS, OWL and XSD vocabularies themselves."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

import owlrl
import pyoxigraph as ox
import rdflib

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
META = (RDF, RDFS, OWL, "http://www.w3.org/2001/XMLSchema#")
TRIVIAL_CLASSES = {OWL + "Thing", RDFS + "Resource", OWL + "NamedIndividual", RDFS + "Class", OWL + "Class"}
TYPE = ox.NamedNode(RDF + "type")
SAME_AS = ox.NamedNode(OWL + "sameAs")

Triple = tuple  # (subject, predicate, object), pyoxigraph terms


class Schema:
    """The ontology's axioms, closed: each class's superclasses, and what one triple of a property
    entails."""

    def __init__(self, axioms: Iterable[Triple]):
        self._sub_class, self._sub_property = defaultdict(set), defaultdict(set)
        self._inverse, self._domain, self._range = defaultdict(set), defaultdict(set), defaultdict(set)
        tables = {  # axiom predicate → (table, whether it also holds the other way)
            RDFS + "subClassOf": (self._sub_class, False), OWL + "equivalentClass": (self._sub_class, True),
            RDFS + "subPropertyOf": (self._sub_property, False), OWL + "equivalentProperty": (self._sub_property, True),
            OWL + "inverseOf": (self._inverse, True), RDFS + "domain": (self._domain, False), RDFS + "range": (self._range, False),
        }
        for s, p, o in axioms:
            if p.value in tables and isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode):
                table, both_ways = tables[p.value]
                table[s].add(o)
                if both_ways:
                    table[o].add(s)
        self._classes: dict = {}
        self._properties: dict = {}

    def superclasses(self, cls: ox.NamedNode) -> frozenset:
        """The class and every class above it."""
        if cls not in self._classes:
            self._classes[cls] = frozenset(_reach([cls], self._sub_class.get))
        return self._classes[cls]

    def entailed_by(self, predicate: ox.NamedNode) -> tuple[frozenset, frozenset, frozenset, frozenset]:
        """What a triple (s, predicate, o) entails: properties from s to o, properties from o to s,
        classes of s, classes of o."""
        if predicate not in self._properties:
            def steps(step):
                p, forward = step
                return [(q, forward) for q in self._sub_property.get(p, ())] + [(q, not forward) for q in self._inverse.get(p, ())]

            reached = _reach([(predicate, True)], steps)
            subject_classes, object_classes = set(), set()
            for p, forward in reached:
                for cls in self._domain.get(p, ()):
                    (subject_classes if forward else object_classes).update(self.superclasses(cls))
                for cls in self._range.get(p, ()):
                    (object_classes if forward else subject_classes).update(self.superclasses(cls))
            self._properties[predicate] = (
                frozenset(p for p, forward in reached if forward), frozenset(p for p, forward in reached if not forward),
                frozenset(subject_classes), frozenset(object_classes))
        return self._properties[predicate]


def _reach(start: list, successors) -> set:
    seen, todo = set(), list(start)
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo += successors(node) or ()
    return seen


def entail(triples: Iterable[Triple], schema: Schema) -> Iterator[Triple]:
    """Every triple the rules entail from `triples`, the asserted ones included (with repeats)."""
    for s, p, o in triples:
        if p == TYPE:
            for cls in schema.superclasses(o):
                yield s, TYPE, cls
            continue
        forward, backward, subject_classes, object_classes = schema.entailed_by(p)
        for q in forward:
            yield s, q, o
        for cls in subject_classes:
            yield s, TYPE, cls
        if not isinstance(o, ox.Literal):
            for q in backward:
                yield o, q, s
            for cls in object_classes:
                yield o, TYPE, cls


def infer(asserted: Iterable[Triple], ontology: Iterable[Triple], data_prefix: str) -> set[Triple]:
    """The useful triples the rules entail about resources under `data_prefix`, beyond those asserted."""
    asserted = set(asserted)
    return {t for t in entailed(asserted, Schema(ontology), data_prefix) if t not in asserted}


def entailed(asserted: Iterable[Triple], schema: Schema, data_prefix: str) -> Iterator[Triple]:
    """The useful entailments of `asserted` as they come, with repeats and with those already
    asserted: for a caller that streams them into a store (which keeps each once)."""
    return (t for t in entail(asserted, schema) if useful(t, data_prefix))


def reference(asserted: Iterable[Triple], ontology: Iterable[Triple], data_prefix: str) -> set[Triple]:
    """The same question answered by owlrl's full OWL-RL closure: slow, for tests and measurement."""
    graph = rdflib.Graph().parse(data=_ntriples(asserted), format="nt")
    stated = set(graph)
    graph.parse(data=_ntriples(ontology), format="nt")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    closure = rdflib.Graph()
    for triple in graph:
        if triple not in stated and not isinstance(triple[0], rdflib.Literal):  # owlrl types literals too
            closure.add(triple)
    entailed = ((q.subject, q.predicate, q.object) for q in ox.parse(closure.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES))
    return {t for t in entailed if useful(t, data_prefix)}


def useful(triple: Triple, data_prefix: str) -> bool:
    """Whether an entailed triple is worth keeping: about our data, and not trivial."""
    subject, predicate, obj = triple
    if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(data_prefix):
        return False
    if predicate == SAME_AS:
        return subject != obj
    if predicate == TYPE:
        return obj.value not in TRIVIAL_CLASSES and not obj.value.startswith(META)
    return not predicate.value.startswith(META)


def _ntriples(triples: Iterable[Triple]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)
