"""Talking to a SPARQL 1.1 server: queries through SPARQLWrapper, uploads through the Graph
Store Protocol (one named graph per request, replaced whole), and a check that the server now
holds what we sent."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, SELECT, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from civicgraph.store import Store


class EndpointError(Exception):
    """The server could not be reached or refused a request; the message says which and why."""


def _term(binding: dict | None):
    """A SPARQL JSON result term as an Oxigraph term, so both stores give the same rows."""
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def select(endpoint: str, query: str, timeout: int = 60) -> tuple[list[str], list[tuple]]:
    """Run a SELECT query on a SPARQL 1.1 endpoint; returns variable names and rows."""
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    # SPARQLWrapper guesses the query form from keywords and takes "?movement" for MOVE.
    client.queryType = SELECT
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(timeout)
    try:
        answer = client.queryAndConvert()
    except (urllib.error.URLError, SPARQLWrapperException, OSError, ValueError) as error:
        raise EndpointError(f"{endpoint}: {_reason(error)}") from error
    names = answer["head"]["vars"]
    return names, [tuple(_term(row.get(name)) for name in names) for row in answer["results"]["bindings"]]


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        return f"the server answered HTTP {error.code} {error.reason}"
    if isinstance(error, urllib.error.URLError):
        return f"cannot connect ({error.reason})"
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def graph_store_for(endpoint: str) -> str:
    """The Graph Store Protocol address servers put beside their query endpoint (Oxigraph's
    /query → /store, Fuseki's /sparql → /data)."""
    for query_path, store_path in (("/query", "/store"), ("/sparql", "/data")):
        if endpoint.rstrip("/").endswith(query_path):
            return endpoint.rstrip("/")[: -len(query_path)] + store_path
    raise EndpointError(f"{endpoint}: cannot guess its Graph Store address; give it with --graph-store")


def put_graph(graph_store: str, graph: str, ntriples: str, timeout: int = 120) -> None:
    """Replace one named graph on the server with these triples (HTTP PUT, Graph Store Protocol)."""
    url = f"{graph_store}?{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=ntriples.encode("utf-8"), method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout):
            pass
    except (urllib.error.URLError, OSError) as error:
        raise EndpointError(f"{graph_store}: uploading <{graph}> failed: {_reason(error)}") from error


@dataclass(frozen=True)
class Difference:
    graph: str
    local: int
    remote: int


def push(store: Store, endpoint: str, graph_store: str | None = None, progress=lambda _: None) -> list[Difference]:
    """Send every named graph of the store, then compare triple counts graph by graph.
    Returns the graphs whose counts differ (empty when the server holds exactly what we sent)."""
    graph_store = graph_store or graph_store_for(endpoint)
    graphs = store.graphs()
    for index, graph in enumerate(graphs, 1):
        put_graph(graph_store, graph, store.ntriples([graph]))
        progress(f"[{index}/{len(graphs)}] {graph}")
    return check(store, endpoint, graphs)


COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def check(store: Store, endpoint: str, graphs: list[str]) -> list[Difference]:
    _, rows = select(endpoint, COUNTS)
    remote = {g.value: int(n.value) for g, n in rows}
    local = {graph: len(store.quads(graph)) for graph in graphs}
    return [Difference(g, local[g], remote.get(g, 0)) for g in graphs if local[g] != remote.get(g, 0)]
