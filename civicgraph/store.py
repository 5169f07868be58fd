"""The embedded store: one Oxigraph dataset holding every document's named graph, the inferred
graph and the ontology. Queries see the union of the graphs as their default graph, each triple
once.

Why not Oxigraph's own union (`use_default_graph_as_union`): up to pyoxigraph 0.5.13 (the latest
release, checked on PyPI) it yields a triple once per graph that holds it, and so does a query
over a list of default graphs or `FROM` clauses. A body named by 100 documents then multiplies
every join through it by 100 and inflates every count that is not DISTINCT. The store therefore
keeps, in its default graph, one merged copy of the named graphs, rebuilt before the first query
after a change (a set: each triple once). The default graph is reserved for that copy: nothing
else is stored there, and the dataset's quads, dumps and size are those of the named graphs."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyoxigraph as ox


CHUNK = 200_000  # quads sorted in memory at once when writing a graph out


class Store:
    def __init__(self):
        self._store = ox.Store()
        self._merged: int | None = 0  # triples in the merged default graph; None when out of date
        self._default = 0  # triples the default graph holds now (out of date or not)
        self._added: set[str] = set()  # graphs added to since the default graph was merged: what it lacks, if not None
        self._digests: dict[str, str] = {}  # digest() of the graphs unchanged since it was computed

    def _changed(self, graph: str | None = None) -> None:
        """After statements were taken out of one named graph (None: any): the merged default graph
        must be made again."""
        self._merged = None
        self._added.clear()
        if graph is None:
            self._digests.clear()
        else:
            self._digests.pop(graph, None)

    def _grown(self, graphs: Iterable[str]) -> None:
        """After statements were added to some named graphs (None: a graph named by a blank node):
        the merged default graph lacks them alone."""
        if None in graphs:
            self._changed()
            return
        for graph in graphs:
            self._digests.pop(graph, None)
            if self._merged is not None:
                self._added.add(graph)

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads to their named graphs (a quad in the default graph is a ValueError)."""
        graphs: set = set()
        try:
            self._store.extend(_named(quads, graphs))
        except ValueError:
            self._changed()  # some quads may be in
            raise
        self._grown(graphs)

    def load(self, path: Path, graph: str | None = None) -> None:
        """Load an RDF file: N-Quads/TriG keep their graphs, a triples format goes into `graph`.
        A statement outside any named graph is a ValueError naming the file (nothing is dropped)."""
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        if fmt.supports_datasets:
            try:
                graphs: set = set()
                self._store.bulk_extend(_named(ox.parse(path=str(path), format=fmt), graphs))
            except ValueError as error:
                self._changed()  # some quads may be in
                raise ValueError(f"{path}: {error}") from error
            self._grown(graphs)
        else:
            if not graph:
                raise ValueError(f"{path}: a triples file is loaded into a named graph; none given")
            self._store.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(graph))
            self._grown([graph])

    def load_ntriples(self, data: str | bytes, graph: str) -> None:
        """Add N-Triples (text or UTF-8 bytes) to a named graph, parsed by Oxigraph. A blank node
        gets a new label: give no blank node that must match one already in the store."""
        self._store.bulk_load(data.encode("utf-8") if isinstance(data, str) else data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
        self._grown([graph])

    def load_nquads(self, graphs: dict[str, bytes]) -> None:
        """Replace each named graph of `graphs` with the statements of its N-Quads (UTF-8, as
        `graph_nquads` writes them: its lines sorted, no other graph, no blank node), parsed and
        loaded by Oxigraph in one call; each graph's digest is taken from its bytes."""
        for graph in graphs:
            if self.has_graph(graph):
                self._store.remove_graph(ox.NamedNode(graph))
                self._changed(graph)
        if graphs:
            self._store.bulk_load(b"".join(graphs.values()), format=ox.RdfFormat.N_QUADS)
        self._grown(graphs)
        for graph, data in graphs.items():  # graph_nquads' lines are digest's, each with its graph's name
            self._digests[graph] = hashlib.sha256(data.replace(f" {ox.NamedNode(graph)} .\n".encode("utf-8"), b" .\n")).hexdigest()

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        if self.has_graph(graph):
            self._store.remove_graph(ox.NamedNode(graph))
            self._changed(graph)
        self.add(quads)

    def remove_restated(self, graph: str, prefix: str) -> None:
        """Take out of `graph` the statements that another named graph whose IRI starts with
        `prefix` states too. The union of the graphs is the same after: the merged default graph
        stays as it is (or lacks what it lacked)."""
        node = ox.NamedNode(graph)
        self._store.update(f"""DELETE {{ GRAPH {node} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }}
            GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {node} && STRSTARTS(STR(?g), {ox.Literal(prefix)})) }}""")
        self._digests.pop(graph, None)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the named graphs (the merged default graph follows)."""
        self._store.update(sparql)
        self._changed()

    def stream(self, graphs: Iterable[str] | None = None) -> Iterator[ox.Quad]:
        """The quads of some named graphs (default: all) as they come, without holding them."""
        return self._in(graphs)

    def digest(self, graph: str) -> str:
        """The SHA-256 (hex) of a named graph's statements, its N-Triples lines as Oxigraph writes
        them, sorted (Oxigraph's order depends on what else the store holds and in which order it
        came): a cache key made without a Python object per statement."""
        if graph not in self._digests:
            self._digests[graph] = hashlib.sha256(b"".join(self.lines(graph))).hexdigest()
        return self._digests[graph]

    def lines(self, graph) -> list[bytes]:
        """A graph's statements (`graph` an IRI, a NamedNode, or ox.DefaultGraph(): the merged copy) as
        N-Triples lines, sorted: the order of `chunks` (Oxigraph writes a term as its str)."""
        if isinstance(graph, str):
            graph = ox.NamedNode(graph)
        if isinstance(graph, ox.DefaultGraph):
            self._merge()
        return sorted(self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines(keepends=True))

    def write_lines(self, output: Path | BinaryIO, graph=None) -> None:
        """A graph's statements (`graph` an IRI; None: the merged copy) as N-Triples lines, in
        Oxigraph's order (not sorted), written by Oxigraph into a file (a path) or a binary stream."""
        self._merge()
        self._store.dump(output=str(output) if isinstance(output, Path) else output, format=ox.RdfFormat.N_TRIPLES,
                         from_graph=ox.DefaultGraph() if graph is None else ox.NamedNode(graph))

    def size(self, graph: str) -> int:
        """How many statements a named graph holds, counted by Oxigraph."""
        return int(next(iter(self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")))["n"].value)

    def subjects(self, graph: str) -> set:
        """The subjects (terms) of a named graph."""
        return {row[0] for row in self._store.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")}

    def shared_subjects(self) -> set:
        """The subjects (terms) of statements in more than one named graph."""
        return {row[0] for row in self._store.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1)")}

    @contextmanager
    def marked(self, marks: Iterable[tuple], predicate: str):
        """Within the block, the default graph states `subject <predicate> object` for each
        (subject, object) of `marks`, for queries to join with (a query's VALUES of thousands of
        nodes costs more to parse than to join, a named graph more to join); taken out after.
        `predicate` must be one the data never uses."""
        self._merge()
        mark = ox.NamedNode(predicate)
        added = [ox.Quad(subject, mark, obj, ox.DefaultGraph()) for subject, obj in marks]
        self._store.extend(added)
        try:
            yield
        finally:
            for quad in added:
                self._store.remove(quad)

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """The quads of one named graph, or of all of them."""
        return list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)) if graph else self._in(None))

    def statements(self, subject: str, predicate: str) -> list[ox.Quad]:
        """The quads of the named graphs whose subject and predicate are these IRIs: an index
        lookup, without a query (nor the merged default graph it needs). ValueError: not an IRI."""
        found = self._store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, None)
        return [q for q in found if isinstance(q.graph_name, ox.NamedNode)]

    def triples_about(self, subject) -> list[ox.Triple]:
        """The statements of the named graphs about `subject` (a term), each distinct one once."""
        self._merge()
        return [ox.Triple(q.subject, q.predicate, q.object) for q in self._store.quads_for_pattern(subject, None, None, ox.DefaultGraph())]

    def __len__(self) -> int:
        """How many quads the named graphs hold (a triple stated in two graphs counts twice)."""
        return len(self._store) - self._default

    def select(self, query: str) -> tuple[list[str], list[tuple]]:
        """Run a SELECT query over the merged default graph (each triple once; `GRAPH` still
        reaches each named graph); returns the variable names and the rows (terms, None when unbound)."""
        names, rows = self.solutions(query)
        return names, list(rows)

    def solutions(self, query: str) -> tuple[list[str], Iterator[tuple]]:
        """`select`'s names and rows, the rows made as they are read: a caller that keeps a part of
        each (the site's global pass over millions of statements) never holds them all at once."""
        self._merge()
        solutions = self._store.query(query)
        # a solution iterates over its values in the variables' order: a third faster than one lookup per name
        return [v.value for v in solutions.variables], (tuple(solution) for solution in solutions)

    def query(self, query: str):
        """Run a query of any form over the merged default graph: pyoxigraph's QuerySolutions,
        QueryBoolean or QueryTriples."""
        self._merge()
        return self._store.query(query)

    def merge(self) -> None:
        """Bring the merged default graph up to date now (queries do it when they need it)."""
        self._merge()

    def _merge(self) -> None:
        """Make the default graph the set of the named graphs' triples, if out of date: from
        nothing after statements were taken out of a graph, else adding the graphs added to."""
        if self._merged is not None and not self._added:
            return
        if self._merged is None:
            self._store.clear_graph(ox.DefaultGraph())
            self._default = 0
        before = len(self._store)
        # in Oxigraph itself: about twice as fast as copying the quads through Python (benchmarks/)
        if self._merged is None:
            self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        for graph in sorted(self._added):
            self._store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
        self._added.clear()
        self._merged = self._default = self._default + len(self._store) - before

    def nquads(self, graphs: Iterable[str] | None = None) -> str:
        """The dataset (or some of its graphs) as N-Quads text, in the order of `chunks`."""
        return "".join(f"{q} .\n" for chunk in self.chunks(graphs) for q in chunk)

    def write_nquads(self, stream: BinaryIO, graphs: Iterable[str] | None = None, known: dict[str, Path] | None = None) -> int:
        """Write the dataset (or some graphs) as N-Quads to a binary stream, a graph (or a chunk
        of a big one) at a time, in the order of `chunks`; return how many quads were written.
        `known`: files holding some graphs' `graph_nquads` as the store holds them now, copied."""
        written = 0
        for graph in sorted(self.graphs() if graphs is None else graphs):
            text = known[graph].read_bytes() if known and graph in known else self.graph_nquads(graph)
            if text is not None:
                stream.write(text)
                written += text.count(b"\n")  # one a line: a newline in a literal is written \n
                continue
            for chunk in self._sorted(ox.NamedNode(graph)):
                stream.write("".join(f"{q} .\n" for q in chunk).encode("utf-8"))
                written += len(chunk)
        return written

    def graph_nquads(self, graph: str) -> bytes | None:
        """A named graph's N-Quads as `chunks` orders them, made from Oxigraph's sorted lines (no
        Python object per statement); None for a graph of more than CHUNK statements (`chunks`
        streams it)."""
        if self.size(graph) > CHUNK:
            return None
        suffix = f" {ox.NamedNode(graph)} .\n".encode("utf-8")
        return b"".join(line[:-3] + suffix for line in self.lines(graph))  # a line ends with " .\n"

    def chunks(self, graphs: Iterable[str] | None = None) -> Iterator[list[ox.Quad]]:
        """The quads of some named graphs (default: all), graph by graph in IRI order, each graph's
        statements sorted by their N-Quads text: the same graphs give the same sequence whatever
        the order things were added in. One list per graph, or, for a graph of more than CHUNK
        quads, per run of subjects, so that memory holds one chunk at a time."""
        for graph in sorted(self.graphs() if graphs is None else graphs):
            yield from self._sorted(ox.NamedNode(graph))

    def merged_chunks(self) -> Iterator[list[ox.Quad]]:
        """The merged default graph (each distinct triple once), sorted as `chunks` sorts: quads
        in the default graph, which Oxigraph's Turtle serialiser takes as they are (a Triple made
        of each in Python cost ten times the serialising)."""
        self._merge()
        yield from self._sorted(ox.DefaultGraph())

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        """A named graph's quads in the order of `chunks`, in one list whatever its size."""
        return sorted(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)), key=str)

    def _sorted(self, graph) -> Iterator[list[ox.Quad]]:
        where = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
        size = int(next(iter(self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)
        # key=str: a quad's N-Quads text, its graph's name the same for all: the order of _text, at a
        # third of its cost (a term that is a prefix of another is followed by " " there, by a
        # character greater than " " in the other: "a" "ab", "a"@en "a"@en-gb, _:b1 _:b12)
        if size <= CHUNK:
            yield sorted(self._store.quads_for_pattern(None, None, None, graph), key=str)
            return
        subjects = sorted((row["s"] for row in self._store.query(f"SELECT DISTINCT ?s WHERE {{ {where} }}")), key=str)
        chunk = []
        for subject in subjects:
            chunk += sorted(self._store.quads_for_pattern(subject, None, None, graph), key=str)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def triples(self, graphs: Iterable[str]) -> set[tuple]:
        """The union of some named graphs as a set of (subject, predicate, object) terms."""
        return {(q.subject, q.predicate, q.object) for q in self._in(graphs)}

    def ntriples(self, graphs: Iterable[str] | None = None) -> str:
        """The union of some graphs as N-Triples (for libraries that take one graph, like pySHACL)."""
        return "".join(sorted({f"{q.subject} {q.predicate} {q.object} .\n" for q in self._in(graphs)}))

    def _in(self, graphs: Iterable[str] | None):
        """The quads of some named graphs, or of the whole dataset."""
        if graphs is None:
            return (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
        return (q for g in graphs for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(g)))


def _text(quad: ox.Quad) -> str:
    """The statement as N-Triples text, the sort key of every output."""
    return f"{quad.subject} {quad.predicate} {quad.object}"


def _named(quads: Iterable[ox.Quad], graphs: set[str]):
    """The quads, refusing one in the default graph (reserved for the merged copy); the IRIs of
    their graphs go into `graphs` (None for a blank node)."""
    for quad in quads:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            raise ValueError(f"a statement outside any named graph: {quad.subject} {quad.predicate} {quad.object}")
        graphs.add(quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None)
        yield quad
