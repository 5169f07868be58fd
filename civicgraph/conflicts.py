"""Documents that disagree: two documents state one resource (the same IRI: one séance, one
deliberation, one vote) with different values of a property it holds once (sh:maxCount 1 in the
shapes), e.g. two vote counts for one deliberation, a registry copy and a web page.

The same for one act (a deliberation's identifier in one organ) that documents date differently:
its séance is part of its key, so it has two IRIs, two séances.

Neither is chosen in silence and neither is lost: each document keeps its value, with its passage,
in its own named graph; the resource gets a cg:conflit in each of them naming every value and the
file that states it; the build reports the conflict and publishes both documents. In the union of
the graphs the resource then holds two values, which the shapes flag: those violations, and only
those, are set aside, by build and validate alike (the conflict is the report), see `set_aside`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import rdflib

from civicgraph.facts import Facts, Resource
from civicgraph.mapping import Mapper
from civicgraph.scdl.matching import single_valued
from civicgraph.store import Store
from civicgraph.validation import SH, ValidationReport
from civicgraph.vocab import DEFAULT_BASE, expand

MAX_COUNT = str(SH.MaxCountConstraintComponent)


@dataclass(frozen=True)
class Conflict:
    """`prop` of the resource `iri` (its `label`): the values (IRIs or literals' text) each file states."""

    iri: str
    label: str
    prop: str
    values: tuple[tuple[Path, tuple[str, ...]], ...]

    @property
    def text(self) -> str:
        """The conflict in words, as cg:conflit records it: "pour : 51 (a.txt) ≠ 49 (b.txt)"."""
        return f"{self.prop} : " + " ≠ ".join(f"{', '.join(terms)} ({path.name})" for path, terms in self.values)


def find(documents: list[Facts], mapper: Mapper) -> list[Conflict]:
    """The conflicts between the documents, in a stable order; each resource of a document that
    takes part gets the conflict as cg:conflit (in that document's graph)."""
    seen: dict[str, list[tuple[Facts, Resource]]] = {}
    for facts in documents:
        for resource in facts.resources.values():
            seen.setdefault(mapper.iri(resource).value, []).append((facts, resource))
    conflicts = []
    for iri, holders in sorted(seen.items()):
        if len(holders) < 2:
            continue
        for prop in sorted({p for _, r in holders for p in r.props if p in single_valued()}):
            stated = [(facts, tuple(sorted(mapper.term(v).value for v in r.props[prop]))) for facts, r in holders if r.props.get(prop)]
            if len({terms for _, terms in stated}) > 1:
                label = next((str(r.first("rdfs:label")) for _, r in holders if r.first("rdfs:label")), iri)
                conflict = Conflict(iri, label, prop, tuple((facts.document.path, terms) for facts, terms in stated))
                conflicts.append(conflict)
                for _, resource in holders:
                    resource.set("conflit", conflict.text)
    return conflicts + _one_act_two_dates(documents, mapper)


def _one_act_two_dates(documents: list[Facts], mapper: Mapper) -> list[Conflict]:
    """Deliberations of one organ with the same identifier (a registry number, unique in a
    collectivité: a séance's order number is not) that documents date differently: two IRIs (the
    séance is part of the key), one act. Both kept; each deliberation and its séance get cg:conflit."""
    acts: dict[tuple[str, str], list[tuple[Facts, Resource]]] = {}
    for facts in documents:
        for resource in facts.resources.values():
            meeting = resource.first("seance") if resource.cls == "Deliberation" else None
            organ = meeting.first("organe") if isinstance(meeting, Resource) else None
            if isinstance(organ, Resource) and resource.first("identifiant") and meeting.first("date"):
                acts.setdefault((mapper.iri(organ).value, str(resource.first("identifiant"))), []).append((facts, resource))
    conflicts = []
    for (_, ident), holders in sorted(acts.items()):
        dates = {r.first("seance").first("date") for _, r in holders}
        if len(dates) > 1 and len({f.document.path for f, _ in holders}) > 1:
            values = tuple((facts.document.path, (r.first("seance").first("date").isoformat(),)) for facts, r in holders)
            first = holders[0][1]
            conflict = Conflict(mapper.iri(first).value, f"délibération {ident}", "date", values)
            conflicts.append(conflict)
            for _, resource in holders:
                resource.set("conflit", conflict.text)
                resource.first("seance").set("conflit", conflict.text)
    return conflicts


def set_aside(report: ValidationReport, store: Store, base: str = DEFAULT_BASE) -> ValidationReport:
    """The report without the shapes' complaint about a conflict between documents: a violation of
    sh:maxCount whose focus carries cg:conflit and whose path two document graphs of `store` state
    with different values (what `find` records). Conforms when no other violation remains; the
    report's graph loses those results too. The one rule of build and validate (pipeline.run_validation)."""
    explained = _explained(store, {(v.focus, v.path) for v in report.violations if v.component == MAX_COUNT and v.path}, base)
    if not explained:
        return report
    kept = [v for v in report.violations if not (v.component == MAX_COUNT and (v.focus, v.path) in explained)]
    conforms = not any(v.severity == "Violation" for v in kept)
    return replace(report, violations=kept, conforms=report.conforms or conforms, graph=_without(report.graph, explained, conforms))


def _explained(store: Store, pairs: set[tuple[str, str]], base: str) -> set[tuple[str, str]]:
    """The (focus, path) of `pairs` whose focus is marked cg:conflit and whose path two document
    graphs state with different values (sets of values, as `find` compares them)."""
    found = set()
    for focus, path in pairs:
        try:
            if not store.statements(focus, expand("conflit")):
                continue
            stated = store.statements(focus, path)
        except ValueError:  # a blank node: not shared between documents
            continue
        values: dict[str, set] = {}
        for quad in stated:
            if quad.graph_name.value.startswith(f"{base}document/"):
                values.setdefault(quad.graph_name.value, set()).add(quad.object)
        if len({frozenset(v) for v in values.values()}) > 1:
            found.add((focus, path))
    return found


def _without(graph: rdflib.Graph, explained: set[tuple[str, str]], conforms: bool) -> rdflib.Graph:
    """A copy of the SHACL report graph without the results of `explained`, sh:conforms updated."""
    kept = rdflib.Graph()
    kept.namespace_manager = graph.namespace_manager
    dropped = {r for r in graph.subjects(SH.sourceConstraintComponent, rdflib.URIRef(MAX_COUNT))
               if (str(graph.value(r, SH.focusNode)), str(graph.value(r, SH.resultPath))) in explained}
    for s, p, o in graph:
        if s not in dropped and o not in dropped and p != SH.conforms:
            kept.add((s, p, o))
    for report in graph.subjects(SH.conforms, None):
        kept.add((report, SH.conforms, rdflib.Literal(conforms)))
    return kept
