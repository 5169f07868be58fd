"""SHACL validation of the asserted graph, and a report a person can act on.

The shapes run as set-oriented SPARQL over the store (`constraints.py`: one query per constraint,
the whole graph at once, so a constraint spanning documents sees them all); pySHACL over the same
triples (`reference`) is the reference the tests compare it with, and the fallback for a shape
`constraints.py` does not compile.

With a cache (a rebuild), what a document graph alone decides is kept by the graph's digest: the
results of the constraints that read only their focus node's own statements (Check.local), for
the focus nodes no other graph states anything about. Only the rest is asked of the store: those
constraints for the nodes several graphs describe and the nodes of the graphs not seen before (one
query per constraint, its target joined with marks put on them for the time), and every other constraint (a
value's class, SPARQL constraints) over the whole store."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import json
import re

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from civicgraph.cache import Derived
from civicgraph.constraints import Check, Unsupported, compile_shapes
from civicgraph.paths import data_dir
from civicgraph.store import Store

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
RDFS = rdflib.RDFS
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
CG = rdflib.Namespace("https://w3id.org/civicgraph/ontology#")


@dataclass(frozen=True)
class Violation:
    """One validation result: the files the focus node was read from (so a maintainer knows where
    to look), the focus node and its label, the path, the message in the report's language, the
    severity's local name, and the value, shape and constraint component SHACL names (N-Triples
    for the value, "" when the result has none)."""

    documents: str
    focus: str
    focus_label: str
    path: str
    message: str
    severity: str
    value: str = ""
    shape: str = ""
    component: str = ""

    def key(self) -> tuple:
        """What identifies the result, whatever engine found it (not the message: pySHACL keeps one
        message of a SPARQL constraint, in a language chosen at random, without its tag)."""
        return (self.focus, self.path, self.value, self.shape, self.component, self.severity)


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    graph: rdflib.Graph

    def turtle(self) -> str:
        return self.graph.serialize(format="turtle")


def shapes_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted(data_dir("shapes").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=2)
def _checks(subclasses: bool = True) -> tuple[Check, ...] | None:
    try:
        return tuple(compile_shapes(shapes_graph(), subclasses))
    except Unsupported:
        return None


def validate(store: Store, graphs: Iterable[str] | None = None, language: str = "fr", cache: Derived | None = None) -> ValidationReport:
    """Validate the union of some named graphs of `store` (default: all) against every shape in
    `shapes/`, each constraint as one SPARQL query; pySHACL when a shape does not compile. With a
    `cache` (of this stage's entries, keyed by each graph's digest), the results a graph alone
    decides are taken from it when the graph was seen before (module docstring)."""
    graphs = sorted(store.graphs() if graphs is None else graphs)
    scoped = store if store.graphs() == graphs else _subset(store, graphs)
    subclasses = bool(scoped.query(f"ASK {{ ?class <{RDFS.subClassOf}> ?super }}"))
    checks = _checks(subclasses)
    if checks is None:
        return reference(scoped.ntriples(), language)
    if cache is not None and not subclasses:  # a node's type is then one of its own statements
        rows = _rows_cached(scoped, checks, cache)
    else:
        rows = [(check, row) for check in checks for row in scoped.select(check.query)[1]]
    focus_nodes = sorted({row[0] for _, row in rows if isinstance(row[0], ox.NamedNode)}, key=str)
    labels, documents = _described(scoped, focus_nodes)
    results = sorted(((check, _violation(check, row, labels, documents, language)) for check, row in rows),
                     key=lambda pair: (pair[1].focus, pair[1].path, pair[1].message, pair[1].value, pair[1].shape, pair[1].component))
    return ValidationReport(not results, [v for _, v in results], _report_graph(results))


RECHECK = "urn:civicgraph:validation:recheck"  # marks each node asked of the store (with itself and its classes), while it is
RDF = rdflib.RDF


def _rows_cached(store: Store, checks: tuple[Check, ...], cache: Derived) -> list[tuple[Check, tuple]]:
    """Each check's result rows over the whole store, the rows a graph decides alone taken from
    `cache` for the graphs seen before; the cache gets an entry for each graph not seen before:
    the rows of its nodes no other graph describes, and the nodes other graphs describe (once
    they no longer do, a graph seen before cannot tell about them: they are asked)."""
    shared = store.shared_subjects()
    if any(not isinstance(node, ox.NamedNode) for node in shared) or store.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?s)) }"):
        return [(check, row) for check in checks for row in store.select(check.query)[1]]  # a blank node has no name to keep
    rows, asked, fresh = [], set(shared), {}
    for graph in store.graphs():
        digest = store.digest(graph)
        entry = cache.get(digest)
        if entry is None:
            fresh[graph] = (digest, store.subjects(graph))
            asked |= fresh[graph][1]
            continue
        entry = json.loads(entry)
        asked |= {node for node in map(ox.NamedNode, entry["shared"]) if node not in shared}
        rows += [(checks[i], _row(focus, value)) for i, focus, value in entry["rows"] if ox.NamedNode(focus) not in shared]
    if len(fresh) * 2 > len(store.graphs()):  # a first build: the queries over the whole store cost less than joining with marks
        rows = [(check, row) for check in checks for row in store.select(check.query)[1]]
    else:
        rows += [(check, row) for check in checks if not check.local for row in store.select(check.query)[1]]
        marks = {(node, q.object) for node in asked for q in store.statements(node.value, str(RDF.type))}
        with store.marked(marks | {(node, ox.NamedNode(RECHECK)) for node in asked}, RECHECK):
            rows += [(check, row) for check in checks if check.local for row in store.select(check.query.replace(check.target, _marked(check.target), 1))[1]]
    index = {check: i for i, check in enumerate(checks)}
    for graph, (digest, nodes) in fresh.items():
        decided = [[index[check], row[0].value, str(row[1]) if len(row) > 1 and row[1] is not None else None]
                   for check, row in rows if check.local and row[0] in nodes and row[0] not in shared]
        entry = {"shared": sorted(node.value for node in nodes & shared), "rows": decided}
        cache.put(digest, json.dumps(entry).encode("utf-8"))
    return rows


def _marked(target: str) -> str:
    """A check's target pattern for the marked nodes only: those of the class, or any marked node
    (the target's DISTINCT keeps each once)."""
    one_class = re.fullmatch(rf"\?this <{RDF.type}> (<[^>]+>) \.", target)
    if one_class:
        return f"?this <{RECHECK}> {one_class[1]} ."
    head = "{ SELECT DISTINCT ?this WHERE { "
    if not target.startswith(head):
        raise ValueError(f"a target pattern of an unknown form: {target}")
    return f"{head}?this <{RECHECK}> <{RECHECK}> . {target[len(head):]}"


def _row(focus: str, value: str | None) -> tuple:
    """A result row read back from the cache: the focus node and the value (N-Triples) as terms."""
    if value is None:
        return (ox.NamedNode(focus),)
    statement = next(iter(ox.parse(f"<urn:s> <urn:p> {value} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)))
    return ox.NamedNode(focus), statement.object


def _violation(check: Check, row: tuple, labels: dict, documents: dict, language: str) -> Violation:
    focus = row[0]
    name = focus.value if isinstance(focus, ox.NamedNode) else str(focus)
    value = focus if check.value_is_focus else (row[1] if len(row) > 1 else None)
    return Violation(documents=", ".join(sorted(documents.get(focus, ()))) or "?", focus=name, focus_label=labels.get(focus, name),
                     path=check.path or "", message=_in_language(check.messages, language), severity=check.severity.rsplit("#", 1)[-1],
                     value="" if value is None else str(value), shape=check.shape, component=check.component)


def _subset(store: Store, graphs: list[str]) -> Store:
    subset = Store()
    subset.add(q for g in graphs for q in store.quads(g))
    return subset


def _described(store: Store, nodes: list) -> tuple[dict, dict]:
    """Each node's label (the least, for a stable report) and the files it was read from."""
    labels, documents = {}, {}
    for start in range(0, len(nodes), 500):
        values = " ".join(str(n) for n in nodes[start:start + 500])
        _, rows = store.select(f"""SELECT ?node ?label ?file WHERE {{ VALUES ?node {{ {values} }}
            OPTIONAL {{ ?node <{RDFS.label}> ?label }}
            OPTIONAL {{ ?node <{PROV.wasDerivedFrom}>/<{CG.document}>/<{CG.nomFichier}> ?file }} }}""")
        for node, label, file in rows:
            if label is not None and (node not in labels or label.value < labels[node]):
                labels[node] = label.value
            if file is not None:
                documents.setdefault(node, set()).add(file.value)
    return labels, documents


def _in_language(messages: tuple, language: str) -> str:
    chosen = [text for lang, text in messages if lang == language]
    return chosen[0] if chosen else (messages[0][1] if messages else "")


def _report_graph(results: list[tuple[Check, Violation]]) -> rdflib.Graph:
    """The SHACL validation report (SHACL 1.0, §3.6) of the results."""
    lines = [f"_:report <{rdflib.RDF.type}> <{SH.ValidationReport}> .",
             f'_:report <{SH.conforms}> "{str(not results).lower()}"^^<http://www.w3.org/2001/XMLSchema#boolean> .']
    for n, (check, violation) in enumerate(results):
        node = f"_:r{n:06d}"
        lines += [f"_:report <{SH.result}> {node} .", f"{node} <{rdflib.RDF.type}> <{SH.ValidationResult}> .",
                  f"{node} <{SH.focusNode}> {_term(violation.focus)} .", f"{node} <{SH.resultSeverity}> <{check.severity}> .",
                  f"{node} <{SH.sourceShape}> <{check.shape}> .", f"{node} <{SH.sourceConstraintComponent}> <{check.component}> ."]
        lines += [f"{node} <{SH.resultMessage}> {rdflib.Literal(text, lang=lang or None).n3()} ." for lang, text in check.messages]
        if check.path:
            lines.append(f"{node} <{SH.resultPath}> <{check.path}> .")
        if violation.value:
            lines.append(f"{node} <{SH.value}> {violation.value} .")
        if check.constraint:
            lines.append(f"{node} <{SH.sourceConstraint}> <{check.constraint}> .")
    graph = rdflib.Graph()
    graph.bind("sh", SH)
    return graph.parse(data="\n".join(lines) + "\n", format="nt", bnode_context=_AsWritten())


class _AsWritten(dict):
    """Blank nodes labelled as written (the parser would draw a random label for each): Turtle
    lists a node's values sorted by term, so the report's results come in the order of their labels,
    the order of the sorted results, and the same results give the same bytes."""

    def get(self, label, default=None):
        return rdflib.BNode(label)


def _term(focus: str) -> str:
    return focus if focus.startswith("_:") else f"<{focus}>"


def reference(ntriples: str, language: str = "fr") -> ValidationReport:
    """Validate a graph given as N-Triples with pySHACL (inference none) against every shape."""
    data = rdflib.Graph()
    data.parse(data=ntriples, format="nt")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    return ValidationReport(conforms, _violations(report, data, language), report)


def _violations(report: rdflib.Graph, data: rdflib.Graph, language: str) -> list[Violation]:
    found = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        messages = list(report.objects(result, SH.resultMessage))
        message = next((str(m) for m in messages if getattr(m, "language", None) == language), str(messages[0]) if messages else "")
        value = report.value(result, SH.value)
        found.append(
            Violation(
                documents=", ".join(_documents(data, focus)) or "?",
                focus=str(focus),
                focus_label=min((str(label) for label in data.objects(focus, RDFS.label)), default=str(focus)),
                path=str(report.value(result, SH.resultPath) or ""),
                message=message,
                severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                value=value.n3() if value is not None else "",
                shape=str(report.value(result, SH.sourceShape)),
                component=str(report.value(result, SH.sourceConstraintComponent)),
            )
        )
    return sorted(found, key=lambda v: (v.focus, v.path, v.message, v.value))


def _documents(data: rdflib.Graph, focus) -> list[str]:
    files = set()
    for excerpt in data.objects(focus, PROV.wasDerivedFrom):
        files.update(str(f) for f in data.objects(data.value(excerpt, CG.document), CG.nomFichier))
    return sorted(files)


def write_report(report: ValidationReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report.turtle(), encoding="utf-8")
