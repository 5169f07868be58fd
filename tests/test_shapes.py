"""Each shape has a graph that breaks it, and the report names the exact focus node, path and
constraint; the seeds conform."""

from __future__ import annotations

import re

import pytest
import rdflib

from civicgraph.validation import SH, shapes_graph
from conftest import ROOT

CASES = sorted((ROOT / "tests" / "shapes").glob("*.ttl"))
ID = "https://w3id.org/civicgraph/id/"
PREFIXES = {"id:": ID, "cg:": "https://w3id.org/civicgraph/ontology#", "sh:": str(SH), "prov:": "http://www.w3.org/ns/prov#"}


def expand(curie: str) -> str:
    prefix = curie[: curie.index(":") + 1]
    return PREFIXES[prefix] + curie[len(prefix):]


def expectation(path):
    """'# expect: FOCUS PATH COMPONENT [SPARQL-LABEL]' from the case's header."""
    fields = re.search(r"^# expect: (.+)$", path.read_text(encoding="utf-8"), re.M).group(1).split()
    focus, prop, component = fields[:3]
    return expand(focus), None if prop == "-" else expand(prop), expand(component), fields[3] if len(fields) > 3 else None


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_each_case_breaks_exactly_the_shape_it_names(case):
    from pyshacl import validate

    data = rdflib.Graph().parse(case)
    conforms, report, _ = validate(data, shacl_graph=shapes_graph(), inference="none")
    assert not conforms
    focus, path, component, label = expectation(case)
    results = [
        (str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath) or "") or None,
         str(report.value(r, SH.sourceConstraintComponent)), report.value(r, SH.sourceConstraint))
        for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)
    ]
    assert [(f, p, c) for f, p, c, _ in results] == [(focus, path, component)]
    if label:
        assert str(results[0][3]) == f"https://w3id.org/civicgraph/shapes#{label}"


def test_every_sparql_constraint_has_a_failing_case():
    shapes = shapes_graph()
    labels = {str(c).rsplit("#", 1)[-1] for c in shapes.objects(None, SH.sparql)}
    covered = {expectation(case)[3] for case in CASES}
    assert labels <= covered
