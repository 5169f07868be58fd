"""The build, stage by stage: documents → facts → triples → validation → inference → store →
dumps and site. Each stage is a function the CLI can also run on its own."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from civicgraph.documents import UnreadableDocument, collect, read_document
from civicgraph.facts import Facts
from civicgraph.inference import infer
from civicgraph.mapping import Mapper
from civicgraph.persons import curation
from civicgraph.paths import data_dir
from civicgraph.readers import UnrecognisedLayout, choose, load_readers
from civicgraph.store import Store
from civicgraph.validation import ValidationReport, validate
from civicgraph.vocab import DEFAULT_BASE, ONTOLOGY_GRAPH, graph_iri

Progress = Callable[[str], None]


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class IngestResult:
    """What ingest made of a corpus: the facts of each document read, and what it skipped."""

    facts: list[Facts] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def ingest(paths: list[Path], reader_dirs: list[Path] = (), progress: Progress = lambda _: None, identities: Path | None = None) -> IngestResult:
    """Read every document; a file that cannot be read is skipped with its reason, never fatal."""
    readers = load_readers(reader_dirs)
    curated = curation(identities)
    result = IngestResult()
    for path in collect(paths):
        try:
            document = read_document(path)
            facts = choose(readers, document).read(document, curated)
        except (UnreadableDocument, UnrecognisedLayout) as error:
            result.skipped.append(Skipped(path, str(error)))
            progress(f"skipped {path}: {error}")
            continue
        result.facts.append(facts)
        progress(f"read {path.name} as {facts.genre}" + (f" (not found: {', '.join(facts.missing)})" if facts.missing else ""))
    return result


def load_facts(store: Store, facts: list[Facts], base: str = DEFAULT_BASE) -> None:
    """Each document's triples replace its own named graph."""
    mapper = Mapper(base)
    for one in facts:
        store.replace_graph(mapper.document_iri(one).value, mapper.quads(one))


def document_graphs(store: Store, base: str = DEFAULT_BASE) -> list[str]:
    return [g for g in store.graphs() if g.startswith(f"{base}document/")]


def load_ontology(store: Store) -> None:
    for path in sorted(data_dir("ontology").glob("*.ttl")):
        store.load(path, graph=ONTOLOGY_GRAPH)


def run_validation(store: Store, base: str = DEFAULT_BASE) -> ValidationReport:
    return validate(store.ntriples(document_graphs(store, base)))


def run_inference(store: Store, base: str = DEFAULT_BASE) -> int:
    """Put what the ontology entails (the rules of inference.py) into the graph of inferences;
    return how many triples it holds."""
    ontology = [(q.subject, q.predicate, q.object) for p in sorted(data_dir("ontology").glob("*.ttl")) for q in ox.parse(path=str(p))]
    inferred = infer(store.triples(document_graphs(store, base)), ontology, base)
    graph = ox.NamedNode(graph_iri(base, "inferred"))
    store.replace_graph(graph.value, (ox.Quad(s, p, o, graph) for s, p, o in sorted(inferred, key=str)))
    return len(inferred)


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start
