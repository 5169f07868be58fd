"""The SHACL shapes, one constraint at a time.

`cases/valid.ttl` is a small graph that uses every class and property and conforms. Every other file in
`cases/` is a small self-contained graph that breaks one constraint; its header names the results the
validation report must hold, no more and no fewer:

    # expect: focus=id:seance path=cg:date component=sh:MinCountConstraintComponent shape=cgsh:Seance-date

`path=-` when the result has no path (node-level constraints); `constraint=cgsh:…` names a SPARQL
constraint. A case holds several `expect` lines only where one wrong value necessarily breaks two rules
(a convocation date left as text is neither an xsd:date nor comparable with the meeting's date).

The meta-test reads every constraint from the shapes file and requires a case for it, so a new
constraint comes with the graph that shows it failing. pySHACL runs as the pipeline runs it:
inference "none", the ontology not merged into the data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from pyshacl import validate
from rdflib import RDF, RDFS, Namespace

ROOT = Path(__file__).resolve().parents[2]
SHAPES_FILE = ROOT / "shapes" / "civicgraph.shapes.ttl"
ONTOLOGY_FILE = ROOT / "ontology" / "civicgraph.ttl"
CASES_DIR = Path(__file__).resolve().parent / "cases"
VALID = CASES_DIR / "valid.ttl"
NEGATIVE = sorted(p for p in CASES_DIR.glob("*.ttl") if p != VALID)

SH = Namespace("http://www.w3.org/ns/shacl#")
CG = Namespace("https://w3id.org/civicgraph/ontology#")
CGSH = Namespace("https://w3id.org/civicgraph/shapes#")
PREFIXES = {
    "id": "https://w3id.org/civicgraph/id/",
    "cg": str(CG),
    "cgsh": str(CGSH),
    "sh": str(SH),
    "rdfs": str(RDFS),
    "prov": "http://www.w3.org/ns/prov#",
}
EXPECT = re.compile(r"^# expect: (.+)$", re.M)
EXPECT_KEYS = {"focus", "path", "component", "shape", "constraint"}

# The parameters of the SHACL Core and SPARQL constraint components, by the component they belong to.
COMPONENT_OF = {
    SH.minCount: SH.MinCountConstraintComponent,
    SH.maxCount: SH.MaxCountConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent,
    SH["class"]: SH.ClassConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent,
    SH.minLength: SH.MinLengthConstraintComponent,
    SH.maxLength: SH.MaxLengthConstraintComponent,
    SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
    SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent,
    SH["in"]: SH.InConstraintComponent,
    SH.hasValue: SH.HasValueConstraintComponent,
    SH.languageIn: SH.LanguageInConstraintComponent,
    SH.uniqueLang: SH.UniqueLangConstraintComponent,
    SH.equals: SH.EqualsConstraintComponent,
    SH.disjoint: SH.DisjointConstraintComponent,
    SH.lessThan: SH.LessThanConstraintComponent,
    SH.lessThanOrEquals: SH.LessThanOrEqualsConstraintComponent,
    SH["or"]: SH.OrConstraintComponent,
    SH["and"]: SH.AndConstraintComponent,
    SH["not"]: SH.NotConstraintComponent,
    SH.xone: SH.XoneConstraintComponent,
    SH.node: SH.NodeConstraintComponent,
    SH.qualifiedValueShape: SH.QualifiedMinCountConstraintComponent,
    SH.closed: SH.ClosedConstraintComponent,
    SH.sparql: SH.SPARQLConstraintComponent,
}
# Predicates of a shape that are not constraints.
NOT_CONSTRAINTS = {
    RDF.type, RDFS.label, RDFS.comment, SH.path, SH.name, SH.description, SH.message, SH.severity,
    SH.deactivated, SH.order, SH.group, SH.property, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
    SH.targetObjectsOf, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint,
    SH.ignoredProperties, SH.flags,
}
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local


def expectations(case: Path) -> list[tuple]:
    """The (focus, path, component, shape, constraint) results a case's header announces."""
    found = []
    for line in EXPECT.findall(case.read_text(encoding="utf-8")):
        fields = dict(field.split("=", 1) for field in line.split())
        assert set(fields) <= EXPECT_KEYS and {"focus", "path", "component", "shape"} <= set(fields), f"{case.name}: {line}"
        path = None if fields["path"] == "-" else expand(fields["path"])
        constraint = expand(fields["constraint"]) if "constraint" in fields else None
        found.append((expand(fields["focus"]), path, expand(fields["component"]), expand(fields["shape"]), constraint))
    return sorted(found, key=str)


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_FILE, format="turtle")


def report_results(data: rdflib.Graph, shapes: rdflib.Graph) -> tuple[bool, list[tuple]]:
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none")
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        constraint = report.value(result, SH.sourceConstraint)
        results.append((
            str(report.value(result, SH.focusNode)),
            str(path) if path is not None else None,
            str(report.value(result, SH.sourceConstraintComponent)),
            str(report.value(result, SH.sourceShape)),
            str(constraint) if constraint is not None else None,
        ))
    return conforms, sorted(results, key=str)


def targeted_shapes(shapes: rdflib.Graph) -> set:
    return {s for target in TARGETS for s in shapes.subjects(target, None)}


def constraints(shapes: rdflib.Graph) -> set[tuple]:
    """(shape, component, SPARQL constraint or None) for every constraint a validation can report:
    the parameters of each targeted node shape and of each of its property shapes."""
    found = set()

    def collect(shape):
        for predicate, value in shapes.predicate_objects(shape):
            if predicate in NOT_CONSTRAINTS:
                continue
            assert predicate in COMPONENT_OF, f"{shape} uses {predicate}: add it to COMPONENT_OF"
            constraint = str(value) if predicate == SH.sparql else None
            found.add((str(shape), str(COMPONENT_OF[predicate]), constraint))

    for node_shape in targeted_shapes(shapes):
        collect(node_shape)
        for property_shape in shapes.objects(node_shape, SH.property):
            collect(property_shape)
    return found


def test_the_valid_graph_conforms(shapes):
    conforms, results = report_results(rdflib.Graph().parse(VALID, format="turtle"), shapes)
    assert results == []
    assert conforms


def test_the_valid_graph_uses_every_property_the_shapes_check(shapes):
    """valid.ttl is a positive example of every property shape, not just a graph with nothing wrong."""
    data = rdflib.Graph().parse(VALID, format="turtle")
    unused = []
    for node_shape in targeted_shapes(shapes):
        classes = list(shapes.objects(node_shape, SH.targetClass))
        for property_shape in shapes.objects(node_shape, SH.property):
            path = shapes.value(property_shape, SH.path)
            holders = set(data.subjects(path, None))
            if classes and not any((holder, RDF.type, cls) in data for holder in holders for cls in classes):
                unused.append(str(property_shape))
            if not holders:
                unused.append(str(property_shape))
    assert unused == []


@pytest.mark.parametrize("case", NEGATIVE, ids=[case.stem for case in NEGATIVE])
def test_each_case_breaks_exactly_the_constraints_it_names(case, shapes):
    expected = expectations(case)
    assert expected, f"{case.name} announces no result (# expect: …)"
    conforms, results = report_results(rdflib.Graph().parse(case, format="turtle"), shapes)
    assert not conforms
    assert results == expected


def test_every_constraint_has_a_case(shapes):
    covered = {(shape, component, constraint) for case in NEGATIVE for _, _, component, shape, constraint in expectations(case)}
    missing = sorted(constraints(shapes) - covered, key=str)
    assert missing == [], "constraints without a negative case in tests/shapes/cases/"
    assert len(NEGATIVE) >= len(constraints(shapes))


def test_every_case_names_a_constraint_of_the_shapes(shapes):
    known = constraints(shapes)
    stale = sorted({(shape, component, constraint) for case in NEGATIVE for _, _, component, shape, constraint in expectations(case)} - known, key=str)
    assert stale == []


def test_shapes_are_named_and_messages_given_in_french_and_english(shapes):
    def languages(subject, predicate):
        return {value.language for value in shapes.objects(subject, predicate)}

    unnamed, silent = [], []
    for node_shape in shapes.subjects(RDF.type, SH.NodeShape):
        if languages(node_shape, SH.name) != {"fr", "en"}:
            unnamed.append(str(node_shape))
    for property_shape in shapes.subjects(RDF.type, SH.PropertyShape):
        if languages(property_shape, SH.name) != {"fr", "en"}:
            unnamed.append(str(property_shape))
        if languages(property_shape, SH.message) != {"fr", "en"}:
            silent.append(str(property_shape))
    for sparql in shapes.objects(None, SH.sparql):
        if languages(sparql, SH.message) != {"fr", "en"}:
            silent.append(str(sparql))
    for node_shape in targeted_shapes(shapes):
        has_node_level_constraint = any(p in COMPONENT_OF for p in shapes.predicates(node_shape) if p != SH.sparql)
        if has_node_level_constraint and languages(node_shape, SH.message) != {"fr", "en"}:
            silent.append(str(node_shape))
    assert unnamed == [] and silent == []


def test_every_property_shape_hangs_off_a_node_shape(shapes):
    """A property shape nobody refers to is never evaluated: a typo in sh:property would hide it."""
    attached = set(shapes.objects(None, SH.property))
    assert [str(s) for s in shapes.subjects(RDF.type, SH.PropertyShape) if s not in attached] == []


def test_every_class_of_the_ontology_is_the_target_of_a_shape(shapes):
    """A node shape per class: each cg class is targeted itself or through a superclass the readers
    also assert (a commune is typed cg:Organisation too)."""
    ontology = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    targeted = set(shapes.objects(None, SH.targetClass))
    classes = {c for c in ontology.subjects(RDF.type, rdflib.OWL.Class) if str(c).startswith(str(CG))}
    untargeted = [str(c) for c in classes if not (set(ontology.transitive_objects(c, RDFS.subClassOf)) & targeted)]
    assert sorted(untargeted) == []
    assert targeted <= classes
