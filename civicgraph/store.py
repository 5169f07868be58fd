"""The embedded store: one Oxigraph dataset holding every document's named graph, the inferred
graph and the ontology. Queries see the union of the graphs as their default graph."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox


class Store:
    def __init__(self):
        self._store = ox.Store()

    def add(self, quads: Iterable[ox.Quad]) -> None:
        self._store.extend(quads)

    def load(self, path: Path, graph: str | None = None) -> None:
        """Load an RDF file: N-Quads/TriG keep their graphs, a triples format goes into `graph`."""
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        to_graph = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        self._store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)

    def load_ntriples(self, data: str, graph: str) -> None:
        self._store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        if self.has_graph(graph):
            self._store.remove_graph(ox.NamedNode(graph))
        self.add(quads)

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def __len__(self) -> int:
        return len(self._store)

    def select(self, query: str) -> tuple[list[str], list[tuple]]:
        """Run a SELECT query; returns the variable names and the rows (terms, None when unbound)."""
        solutions = self._store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        return names, [tuple(solution[name] for name in names) for solution in solutions]

    def nquads(self, graphs: Iterable[str] | None = None) -> str:
        """The dataset (or some of its graphs) as N-Quads, one statement a line, in sorted order:
        the same graph gives the same bytes, whatever the order things were added in."""
        return "".join(sorted(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n" for q in self._in(graphs)))

    def ntriples(self, graphs: Iterable[str] | None = None) -> str:
        """The union of some graphs as N-Triples (for libraries that take one graph, like pySHACL)."""
        return "".join(sorted({f"{q.subject} {q.predicate} {q.object} .\n" for q in self._in(graphs)}))

    def _in(self, graphs: Iterable[str] | None):
        """The quads of some named graphs, or of the whole dataset."""
        if graphs is None:
            return iter(self._store)
        return (q for g in graphs for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
