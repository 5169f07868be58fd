"""SHACL validation of the asserted graph with pySHACL, and a report a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from pyshacl import validate as shacl_validate

from civicgraph.paths import data_dir

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
RDFS = rdflib.RDFS
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
CG = rdflib.Namespace("https://w3id.org/civicgraph/ontology#")


@dataclass(frozen=True)
class Violation:
    documents: str  # the files the focus node was read from, so a maintainer knows where to look
    focus: str
    focus_label: str
    path: str
    message: str
    severity: str


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


def validate(ntriples: str, language: str = "fr") -> ValidationReport:
    """Validate a graph given as N-Triples against every shape in `shapes/`."""
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
        found.append(
            Violation(
                documents=", ".join(_documents(data, focus)) or "?",
                focus=str(focus),
                focus_label=str(data.value(focus, RDFS.label) or focus),
                path=str(report.value(result, SH.resultPath) or ""),
                message=message,
                severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))


def _documents(data: rdflib.Graph, focus) -> list[str]:
    files = set()
    for excerpt in data.objects(focus, PROV.wasDerivedFrom):
        files.update(str(f) for f in data.objects(data.value(excerpt, CG.document), CG.nomFichier))
    return sorted(files)


def write_report(report: ValidationReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report.turtle(), encoding="utf-8")
