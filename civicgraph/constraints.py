"""SHACL shapes compiled to set-oriented SPARQL: one SELECT per constraint, run once over the whole
store, never once per focus node. pySHACL (`validation.reference`) stays the reference; on the
seeds, on every negative case of `tests/shapes/` and on a synthetic corpus with planted errors the
two report the same results (`tests/test_validation.py`).

Why: pySHACL costs about 0.4 ms of CPU per triple whatever the batch (measured: 907 triples
0.45 s, 27,076 triples 8.2 s), so 10,000 documents (about 14 million triples) would take more
than an hour; each query here is a join in Oxigraph.

Each query returns `?this` (the focus node) and, for a constraint on values, `?value`; a result
row is one `sh:ValidationResult` as pySHACL reports it (SHACL 1.0, §4 core constraint components,
§5 SPARQL-based constraints):

| component | query (per property shape, `P` its path) | one result per |
|---|---|---|
| `sh:minCount n`, `sh:maxCount n` | `COUNT(DISTINCT ?value)` of `P`, grouped by focus | focus |
| `sh:datatype`, `sh:pattern`, `sh:nodeKind`, `sh:minInclusive`, `sh:maxInclusive`, `sh:minLength`, `sh:in`, `sh:class`, `sh:or` of `sh:class` shapes | a FILTER on each value of `P` | value |
| `sh:lessThan`, `sh:lessThanOrEquals` | each pair of a value of `P` and a value of the other property | pair |
| `sh:xone` of node shapes that only require properties | how many members hold, ≠ 1 | focus |
| `sh:sparql` (a SELECT) | the constraint's own query with `$this` free and the target joined | row |

A shape using anything else raises `Unsupported` (the caller then falls back on pySHACL)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import rdflib
from rdflib import RDF, RDFS, XSD
from rdflib.collection import Collection

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
TYPE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
# The datatypes whose lexical form a cast checks (an ill-typed "abc"^^xsd:integer is a violation).
CASTABLE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.date, XSD.dateTime}
NODE_KINDS = {
    SH.IRI: "isIRI(?value)", SH.BlankNode: "isBlank(?value)", SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))", SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
# What a shape may say besides its constraints (names, documentation, and the parts read below).
DESCRIPTIVE = {RDF.type, SH.name, SH.description, SH.message, SH.order, SH.group, RDFS.label, RDFS.comment, SH.severity}


class Unsupported(Exception):
    """A shape uses a part of SHACL this module does not compile."""


@dataclass(frozen=True)
class Check:
    """One constraint as a query: the shape and component a result names, its path, the SPARQL
    constraint it comes from (if any), its messages by language, its severity, and the query."""

    shape: str
    component: str
    path: str | None
    messages: tuple[tuple[str, str], ...]
    severity: str
    query: str
    constraint: str | None = None
    value_is_focus: bool = False
    target: str = ""  # the pattern of `query` binding ?this to each focus node
    local: bool = False  # whether a focus node's result depends on its own statements only (not its values' types, nor other nodes)


@dataclass
class _Shape:
    iri: rdflib.term.Node
    target: str  # a graph pattern binding ?this to each focus node, once
    messages: tuple = field(default_factory=tuple)
    severity: str = str(SH.Violation)


def compile_shapes(shapes: rdflib.Graph, subclasses: bool = True) -> list[Check]:
    """Every constraint of every shape that has a target, as a Check. Raises Unsupported.
    `subclasses=False` is for data that states no rdfs:subClassOf: the instances of a class are
    then its rdf:type subjects, found without a path query (about twice as fast)."""
    if not subclasses:
        return [replace(check, query=_plain_types(check.query), target=_plain_types(check.target)) for check in compile_shapes(shapes)]
    checks = []
    for shape in sorted(set(shapes.subjects(SH.targetClass)) | set(shapes.subjects(SH.targetSubjectsOf)) |
                        set(shapes.subjects(SH.targetNode)) | set(shapes.subjects(SH.targetObjectsOf)), key=str):
        node = _Shape(shape, _target(shapes, shape), _messages(shapes, shape), str(shapes.value(shape, SH.severity) or SH.Violation))
        _allow(shapes, shape, {SH.targetClass, SH.targetSubjectsOf, SH.property, SH.sparql, SH.xone})
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            checks += _property_checks(shapes, node, prop)
        for members in shapes.objects(shape, SH.xone):
            checks.append(_xone(shapes, node, members))
        for constraint in sorted(shapes.objects(shape, SH.sparql), key=str):
            checks.append(_sparql(shapes, node, constraint))
    return checks


def _plain_types(query: str) -> str:
    """The query with instances found by rdf:type alone; a target of one class needs no DISTINCT
    then (each triple is once in the merged graph)."""
    single = re.compile(r"\{ SELECT DISTINCT \?this WHERE \{ \{ \?this " + re.escape(TYPE_OF) + r" (<[^>]+>) \} \} \}")
    return single.sub(lambda m: f"?this <{RDF.type}> {m.group(1)} .", query).replace(TYPE_OF, f"<{RDF.type}>")


def _target(shapes: rdflib.Graph, shape) -> str:
    if set(shapes.objects(shape, SH.targetNode)) or set(shapes.objects(shape, SH.targetObjectsOf)):
        raise Unsupported(f"{shape}: sh:targetNode and sh:targetObjectsOf")
    parts = [f"{{ ?this {TYPE_OF} <{c}> }}" for c in sorted(shapes.objects(shape, SH.targetClass), key=str)]
    parts += [f"{{ ?this <{p}> ?target_value }}" for p in sorted(shapes.objects(shape, SH.targetSubjectsOf), key=str)]
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _allow(shapes: rdflib.Graph, shape, known: set) -> None:
    for predicate in set(shapes.predicates(shape)) - DESCRIPTIVE - known:
        raise Unsupported(f"{shape}: {predicate}")


def _messages(shapes: rdflib.Graph, node) -> tuple:
    return tuple(sorted((getattr(m, "language", None) or "", str(m)) for m in shapes.objects(node, SH.message)))


def _property_checks(shapes: rdflib.Graph, node: _Shape, prop) -> list[Check]:
    value = lambda p: shapes.value(prop, p)  # noqa: E731
    path = value(SH.path)
    if not isinstance(path, rdflib.URIRef):
        raise Unsupported(f"{prop}: a path that is not one property")
    _allow(shapes, prop, {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH.flags, SH.nodeKind, SH.minInclusive, SH.maxInclusive,
                          SH.minLength, SH["in"], SH["class"], SH["or"], SH.lessThan, SH.lessThanOrEquals})
    messages = _messages(shapes, prop) or node.messages
    severity = str(value(SH.severity) or SH.Violation)

    def check(component: str, query: str) -> Check:
        local = component not in ("ClassConstraintComponent", "OrConstraintComponent")  # these read the type of each value
        return Check(str(prop), str(SH[component]), str(path), messages, severity, query, target=node.target, local=local)

    def each_value(condition: str) -> str:  # a violation for each value meeting `condition`
        return f"SELECT ?this ?value WHERE {{ {node.target} ?this <{path}> ?value . FILTER({condition}) }}"

    checks = []
    if value(SH.minCount) is not None and int(value(SH.minCount)) == 1:  # the common case, without grouping
        checks.append(check("MinCountConstraintComponent", f"SELECT ?this WHERE {{ {node.target} FILTER NOT EXISTS {{ ?this <{path}> ?value }} }}"))
    elif value(SH.minCount) is not None:
        checks.append(check("MinCountConstraintComponent", f"SELECT ?this WHERE {{ {node.target} OPTIONAL {{ ?this <{path}> ?value }} }} "
                                                           f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(value(SH.minCount))})"))
    if value(SH.maxCount) is not None and int(value(SH.maxCount)) == 1:  # two different values, without grouping
        checks.append(check("MaxCountConstraintComponent", f"SELECT DISTINCT ?this WHERE {{ {node.target} ?this <{path}> ?value . "
                                                           f"?this <{path}> ?other . FILTER(!sameTerm(?value, ?other)) }}"))
    elif value(SH.maxCount) is not None:
        checks.append(check("MaxCountConstraintComponent", f"SELECT ?this WHERE {{ {node.target} ?this <{path}> ?value }} "
                                                           f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(value(SH.maxCount))})"))
    if value(SH.datatype) is not None:
        datatype = value(SH.datatype)
        well_formed = f" || !COALESCE(<{datatype}>(?value) = <{datatype}>(?value), false)" if datatype in CASTABLE else ""
        checks.append(check("DatatypeConstraintComponent", each_value(f"!isLiteral(?value) || datatype(?value) != <{datatype}>{well_formed}")))
    if value(SH.pattern) is not None:
        flags = f", {_literal(value(SH.flags))}" if value(SH.flags) is not None else ""
        checks.append(check("PatternConstraintComponent", each_value(f"isBlank(?value) || !REGEX(STR(?value), {_literal(value(SH.pattern))}{flags})")))
    if value(SH.nodeKind) is not None:
        checks.append(check("NodeKindConstraintComponent", each_value(f"!{NODE_KINDS[value(SH.nodeKind)]}")))
    if value(SH.minInclusive) is not None:
        checks.append(check("MinInclusiveConstraintComponent", each_value(f"!COALESCE(?value >= {value(SH.minInclusive).n3()}, false)")))
    if value(SH.maxInclusive) is not None:
        checks.append(check("MaxInclusiveConstraintComponent", each_value(f"!COALESCE(?value <= {value(SH.maxInclusive).n3()}, false)")))
    if value(SH.minLength) is not None:
        checks.append(check("MinLengthConstraintComponent", each_value(f"isBlank(?value) || STRLEN(STR(?value)) < {int(value(SH.minLength))}")))
    if value(SH["in"]) is not None:
        allowed = " || ".join(f"sameTerm(?value, {term.n3()})" for term in Collection(shapes, value(SH["in"])))
        checks.append(check("InConstraintComponent", each_value(f"!({allowed or 'false'})")))
    if value(SH["class"]) is not None:
        checks.append(check("ClassConstraintComponent", each_value(f"!{_has_class(value(SH['class']))}")))
    if value(SH["or"]) is not None:
        checks.append(check("OrConstraintComponent", each_value(f"!({' || '.join(_class_member(shapes, m) for m in Collection(shapes, value(SH['or'])))})")))
    for component, operator in (("LessThanConstraintComponent", "<"), ("LessThanOrEqualsConstraintComponent", "<=")):
        other = value(SH[component[0].lower() + component[1:].removesuffix("ConstraintComponent")])
        if other is not None:
            checks.append(check(component, f"SELECT ?this ?value WHERE {{ {node.target} ?this <{path}> ?value . ?this <{other}> ?other . "
                                           f"FILTER(!COALESCE(?value {operator} ?other, false)) }}"))
    return checks


def _has_class(cls) -> str:
    return f"EXISTS {{ ?value {TYPE_OF} <{cls}> }}"


def _class_member(shapes: rdflib.Graph, member) -> str:
    """A member of sh:or that only says sh:class: whether the value is of that class."""
    _allow(shapes, member, {SH["class"]})
    return _has_class(shapes.value(member, SH["class"]))


def _xone(shapes: rdflib.Graph, node: _Shape, members) -> Check:
    """sh:xone of node shapes each requiring one property (sh:minCount 1): exactly one holds."""
    holds = []
    for member in Collection(shapes, members):
        _allow(shapes, member, {SH.property})
        required = []
        for prop in shapes.objects(member, SH.property):
            _allow(shapes, prop, {SH.path, SH.minCount})
            if shapes.value(prop, SH.minCount) is None or int(shapes.value(prop, SH.minCount)) != 1:
                raise Unsupported(f"{member}: sh:xone members other than sh:minCount 1")
            required.append(f"EXISTS {{ ?this <{shapes.value(prop, SH.path)}> ?any }}")
        holds.append(f"IF({' && '.join(required) or 'true'}, 1, 0)")
    query = f"SELECT ?this WHERE {{ {node.target} FILTER({' + '.join(holds)} != 1) }}"
    return Check(str(node.iri), str(SH.XoneConstraintComponent), None, node.messages, node.severity, query, value_is_focus=True, target=node.target, local=True)


def _sparql(shapes: rdflib.Graph, node: _Shape, constraint) -> Check:
    """A SPARQL-based constraint: its SELECT with `$this` a free variable joined with the targets."""
    _allow(shapes, constraint, {SH.select, SH.prefixes})
    select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
    where = select.upper().index("WHERE")
    brace = select.index("{", where) + 1
    query = _prefixes(shapes, constraint) + select[:brace] + f" {node.target} " + select[brace:]
    messages = _messages(shapes, constraint) or node.messages
    return Check(str(node.iri), str(SH.SPARQLConstraintComponent), None, messages, node.severity, query, str(constraint), target=node.target)


def _prefixes(shapes: rdflib.Graph, constraint) -> str:
    lines = []
    for owner in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(owner, SH.declare):
            lines.append(f"PREFIX {shapes.value(declaration, SH.prefix)}: <{shapes.value(declaration, SH.namespace)}>\n")
    return "".join(sorted(lines))


def _literal(term) -> str:
    return rdflib.Literal(str(term)).n3()
