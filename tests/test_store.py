"""The store's default graph is the union of the named graphs with each triple once: a body named by
many documents gives the same catalogue rows and the same site as a body named once."""

from __future__ import annotations

import filecmp
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from civicgraph.queries import bind, catalogue, term
from civicgraph.site import Site
from civicgraph.store import Store

from tests.test_queries import PARAMETERS

EX = "http://example.org/"
ORGANISATION = "https://w3id.org/civicgraph/ontology#Organisation"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def quad(s, p, o, g) -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), ox.NamedNode(EX + o), ox.NamedNode(EX + g))


def count(store: Store, query: str) -> int:
    return int(store.select(query)[1][0][0].value)


def test_a_triple_stated_in_three_graphs_is_seen_once_by_queries_and_kept_in_each_graph():
    store = Store()
    store.add([quad("a", "p", "b", g) for g in ("g1", "g2", "g3")])
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 1
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == 3
    assert len(store) == 3
    assert store.nquads().count("\n") == 3
    assert store.graphs() == [EX + "g1", EX + "g2", EX + "g3"]


def test_the_merged_graph_follows_every_change():
    store = Store()
    store.add([quad("a", "p", "b", "g1")])
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 1
    store.replace_graph(EX + "g1", [quad("a", "p", "c", "g1"), quad("a", "p", "d", "g1")])
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2
    store.load_ntriples(f"<{EX}x> <{EX}p> <{EX}y> .\n", EX + "g2")
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 3
    assert len(store) == 3


def merged(store: Store) -> list[str]:
    return sorted(str(row) for row in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")[1])


def test_the_merged_graph_grown_by_the_graphs_added_is_the_one_made_from_nothing(tmp_path):
    """After a merge, graphs added to are merged alone; what a graph restates of others is taken
    out without a new merge; a removal makes it again: each time the same triples as a new store's."""
    store = Store()
    store.add([quad("a", "p", "b", "g1"), quad("a", "p", "c", "g2")])
    assert len(merged(store)) == 2
    store.add([quad("a", "p", "b", "g3"), quad("a", "q", "b", "g3")])  # one triple new, one restated
    store.load_ntriples(f"<{EX}x> <{EX}p> <{EX}y> .\n<{EX}a> <{EX}p> <{EX}c> .\n", EX + "g4")
    (tmp_path / "g5.nt").write_text(f"<{EX}z> <{EX}p> <{EX}y> .\n", encoding="utf-8")
    store.load(tmp_path / "g5.nt", graph=EX + "g5")
    fresh = lambda: merged(_copy(store))  # noqa: E731
    assert merged(store) == fresh() and len(merged(store)) == 5
    store.remove_restated(EX + "g4", EX + "g")
    assert [q for q in store.quads(EX + "g4")] == [ox.Quad(ox.NamedNode(EX + "x"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "y"), ox.NamedNode(EX + "g4"))]
    assert merged(store) == fresh() and len(merged(store)) == 5
    store.replace_graph(EX + "g3", [])
    assert merged(store) == fresh() and len(merged(store)) == 4
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 4


def _copy(store: Store) -> Store:
    copy = Store()
    copy.add(store.quads())
    return copy


def test_a_statement_outside_any_named_graph_is_refused_with_its_file(tmp_path):
    path = tmp_path / "default.nq"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}b> .\n", encoding="utf-8")
    with pytest.raises(ValueError, match="default.nq"):
        Store().load(path)


def restated(seeds_store: Store, copies: int) -> Store:
    """The seeds, plus `copies` more graphs that each restate everything said about every body, as
    many documents naming the same bodies do."""
    store = Store()
    store.add(seeds_store.quads())
    bodies = {row[0] for row in seeds_store.select(f"SELECT DISTINCT ?o WHERE {{ ?o a <{ORGANISATION}> }}")[1]}
    about = [q for q in seeds_store.quads() if q.subject in bodies]
    for n in range(copies):
        graph = ox.NamedNode(f"{EX}restated/{n}")
        store.add(ox.Quad(q.subject, q.predicate, q.object, graph) for q in about)
    return store


@pytest.fixture(scope="module")
def both(seeds):
    once = seeds.store
    many = restated(once, 25)
    body = "https://w3id.org/civicgraph/id/organisation/la-27e-region"
    statements = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{body}> a <{ORGANISATION}> }} }}"
    assert count(many, statements) == count(once, statements) + 25  # the body is restated, really
    return once, many


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_catalogue_query_gives_the_same_rows_whether_a_body_is_named_once_or_by_many_graphs(both, name):
    query = bind(catalogue()[name].text, {k: term(v) for k, v in PARAMETERS.get(name, {}).items()})
    if name == "vocabulary-labels":
        query = bind(query, {"language": ox.Literal("fr")})
    once, many = (sorted(tuple(unordered(term) for term in row) for row in store.select(query)[1]) for store in both)
    assert once and once == many


def unordered(term) -> str:
    """A cell, with the parts of a GROUP_CONCAT list in sorted order: SPARQL leaves their order to
    the query plan, which follows how the store happens to hold the triples."""
    if term is None:
        return ""
    if re.fullmatch(r"(https?://\S+ )+https?://\S+", term.value):
        return " ".join(sorted(term.value.split(" ")))
    return " ; ".join(sorted(term.value.split(" ; ")))


@pytest.mark.slow
def test_the_site_is_the_same_whether_a_body_is_named_once_or_by_many_graphs(both, tmp_path):
    folders = [tmp_path / "once", tmp_path / "many"]
    for store, folder in zip(both, folders):
        Site(store).render(folder)
    different = _different(folders[0], folders[1])
    assert different == []


def _different(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [*comparison.left_only, *comparison.right_only, *comparison.diff_files, *comparison.funny_files]
    for sub in comparison.common_dirs:
        found += [f"{sub}/{name}" for name in _different(left / sub, right / sub)]
    return found
