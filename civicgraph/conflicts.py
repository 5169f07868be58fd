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
from typing import Iterable

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


@dataclass(frozen=True)
class Mark:
    """A conflict to record on one document's resource of IRI `iri` (and on its séance, for an act
    dated differently): its cg:conflit."""

    iri: str
    text: str
    seance: bool = False


@dataclass(frozen=True)
class _Stated:
    """What one document states of one resource, as conflicts compare it: the document's number
    (reading order) and path, the resource's first rdfs:label, and the values of its single-valued
    properties (each its terms' text, sorted)."""

    number: int
    path: Path
    label: str | None
    values: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Act:
    """A deliberation with an identifier, in one document: its organ's and its own IRI (their
    part after the base), the identifier, and its séance's date."""

    organ: str
    ident: str
    number: int
    path: Path
    iri: str
    date: object


class Index:
    """What finding conflicts keeps of each document as it is read, so that its facts can be let
    go: for each resource, a hash of its IRI and one of the values of its single-valued properties,
    as first seen (about 100 bytes a resource); the IRIs some document states with other values
    (`suspects`, compared in full by `find`); the acts, whole (a few a document). The IRIs are taken
    after the base, so that the index does not depend on it. Python's 64-bit hashes: two IRIs
    that collide only make one more suspect; two different values that collide (about one chance
    in 10^19 a pair) would hide a conflict, which the shapes would then report as a violation."""

    def __init__(self):
        self._mapper = Mapper(DEFAULT_BASE)
        self._first: dict[int, int] = {}  # hash of an IRI → hash of its values as first stated
        self.suspects: set[int] = set()
        self.acts: list[_Act] = []  # the acts of every document indexed

    def add(self, number: int, facts: Facts) -> None:
        """Index the document numbered `number` (any order: `find` reads the documents in theirs)."""
        for iri, stated in _statements(number, facts, self._mapper):
            key, values = hash(iri[len(DEFAULT_BASE):]), hash(tuple(sorted(stated.values.items())))
            if self._first.setdefault(key, values) != values:
                self.suspects.add(key)
        self.acts.extend(_acts(number, facts, self._mapper))


def find(index: Index, documents: Iterable[tuple[int, Facts]], mapper: Mapper) -> tuple[list[Conflict], dict[int, list[Mark]]]:
    """The conflicts between the documents indexed, in a stable order, and what each document
    (by number) must record: each resource of a document that takes part gets the conflict as
    cg:conflit (`record`). `documents` (number and facts, in reading order) are read only if some
    IRI is suspect, one at a time; only the suspects' values are kept."""
    seen: dict[str, list[_Stated]] = {}
    for number, facts in documents if index.suspects else ():
        for iri, stated in _statements(number, facts, mapper, index.suspects):
            seen.setdefault(iri, []).append(stated)
    conflicts, marks = [], {}
    for iri, holders in sorted(seen.items()):
        if len(holders) < 2:
            continue
        for prop in sorted({p for h in holders for p in h.values}):
            stated = [(h.path, h.values[prop]) for h in holders if prop in h.values]
            if len({terms for _, terms in stated}) > 1:
                label = next((h.label for h in holders if h.label), iri)
                conflicts.append(Conflict(iri, label, prop, tuple(stated)))
                mark = Mark(iri, conflicts[-1].text)  # one for all: its text grows with the holders
                for h in holders:
                    marks.setdefault(h.number, []).append(mark)
    for conflict, holders in _one_act_two_dates(index.acts, mapper.base):
        conflicts.append(conflict)
        text = conflict.text
        for act in holders:
            marks.setdefault(act.number, []).append(Mark(mapper.base + act.iri, text, seance=True))
    return conflicts, marks


def record(facts: Facts, marks: list[Mark], mapper: Mapper) -> None:
    """Set on `facts`' resources the cg:conflit of `marks` (from `find`), in their order."""
    by_iri: dict[str, list[Resource]] = {}
    for resource in facts.resources.values():
        by_iri.setdefault(mapper.iri(resource).value, []).append(resource)
    for mark in marks:
        for resource in by_iri.get(mark.iri, ()):
            resource.set("conflit", mark.text)
            if mark.seance:
                resource.first("seance").set("conflit", mark.text)


def _statements(number: int, facts: Facts, mapper: Mapper, only: set[int] | None = None):
    """(IRI, _Stated) of each resource of a document, in the document's order; with `only`, of
    those whose IRI's hash (after the base) is in it."""
    single = single_valued()
    for resource in facts.resources.values():
        iri = mapper.iri(resource).value
        if only is not None and hash(iri[len(mapper.base):]) not in only:
            continue
        label = resource.first("rdfs:label")
        values = {p: tuple(sorted(mapper.term(v).value for v in vs)) for p, vs in resource.props.items() if vs and p in single}
        yield iri, _Stated(number, facts.document.path, str(label) if label else None, values)


def _acts(number: int, facts: Facts, mapper: Mapper):
    """The deliberations of a document with an identifier, an organ and a dated séance."""
    for resource in facts.resources.values():
        meeting = resource.first("seance") if resource.cls == "Deliberation" else None
        organ = meeting.first("organe") if isinstance(meeting, Resource) else None
        if isinstance(organ, Resource) and resource.first("identifiant") and meeting.first("date"):
            yield _Act(mapper.iri(organ).value[len(mapper.base):], str(resource.first("identifiant")), number,
                       facts.document.path, mapper.iri(resource).value[len(mapper.base):], meeting.first("date"))


def _one_act_two_dates(acts: list[_Act], base: str) -> list[tuple[Conflict, list[_Act]]]:
    """Deliberations of one organ with the same identifier (a registry number, unique in a
    collectivité: a séance's order number is not) that documents date differently: two IRIs (the
    séance is part of the key), one act. Both kept; each deliberation and its séance get cg:conflit."""
    grouped: dict[tuple[str, str], list[_Act]] = {}
    for act in sorted(acts, key=lambda a: a.number):  # stable: a document's own in its order
        grouped.setdefault((act.organ, act.ident), []).append(act)
    found = []
    for (_, ident), holders in sorted(grouped.items()):
        if len({a.date for a in holders}) > 1 and len({a.path for a in holders}) > 1:
            values = tuple((a.path, (a.date.isoformat(),)) for a in holders)
            found.append((Conflict(base + holders[0].iri, f"délibération {ident}", "date", values), holders))
    return found


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
