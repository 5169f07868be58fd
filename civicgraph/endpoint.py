"""Talking to a SPARQL 1.1 server: queries of every form over HTTP POST with an overall deadline and
retries (SPARQLWrapper has neither, and lets parser errors through), uploads through the Graph
Store Protocol (one named graph per request, replaced whole), and a check that the server now
holds what we sent."""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from civicgraph.results import Answer
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


ACCEPT = {"SELECT": "application/sparql-results+json", "ASK": "application/sparql-results+json",
          "CONSTRUCT": "application/n-triples", "DESCRIBE": "application/n-triples"}
ATTEMPTS = 3
BACKOFF = 0.5  # seconds before the second attempt, doubled for each next one


class _Retry(Exception):
    """A failure worth another attempt (the query is idempotent): no connection, a 5xx or 429, a cut answer."""


def query(endpoint: str, sparql: str, form: str = "SELECT", timeout: float = 60.0) -> Answer:
    """Run a query of any form on a SPARQL 1.1 endpoint (HTTP POST), within `timeout` seconds in all,
    retries included: up to ATTEMPTS, BACKOFF seconds apart and doubling, for failures that another
    try may cure. Raises EndpointError with a message a user can act on (never a parser's error)."""
    deadline = time.monotonic() + timeout
    last = "no attempt"
    for attempt in range(1, ATTEMPTS + 1):
        try:
            body, kind = _post(endpoint, sparql, ACCEPT[form], deadline)
            return _parse(endpoint, body, kind, form)
        except _Retry as error:
            last = str(error)
        pause = BACKOFF * 2 ** (attempt - 1)
        if attempt == ATTEMPTS or time.monotonic() + pause >= deadline:
            break
        time.sleep(pause)
    raise EndpointError(f"{endpoint}: {last} (gave up after {attempt} attempts, {timeout:g} s in all)")


def _post(endpoint: str, sparql: str, accept: str, deadline: float) -> tuple[bytes, str]:
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": sparql}).encode("utf-8"), method="POST",
                                     headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _Retry("no answer in time")
    try:
        with urllib.request.urlopen(request, timeout=remaining) as response:
            chunks = []
            while chunk := response.read(65536):
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise _Retry("the answer did not arrive in time")
            body, length = b"".join(chunks), response.headers.get("Content-Length", "")
            if length.isdigit() and len(body) < int(length):
                raise _Retry("the answer was cut off (truncated)")
            return body, response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        if error.code >= 500 or error.code == 429:
            raise _Retry(f"the server answered HTTP {error.code} {error.reason}") from error
        detail = error.read(300).decode("utf-8", errors="replace").strip().splitlines()
        raise EndpointError(f"{endpoint}: the server refused the query: HTTP {error.code} {error.reason}"
                            + (f" ({detail[0]})" if detail else "")) from error
    except http.client.IncompleteRead as error:
        raise _Retry("the answer was cut off (truncated)") from error
    except (TimeoutError, socket.timeout) as error:
        raise _Retry("no answer in time") from error
    except urllib.error.URLError as error:
        raise _Retry(f"cannot connect ({error.reason})") from error
    except (http.client.HTTPException, OSError) as error:
        raise _Retry(f"the connection failed ({type(error).__name__}: {error})") from error


def _parse(endpoint: str, body: bytes, kind: str, form: str) -> Answer:
    if kind in ("text/html", "application/xhtml+xml") or body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise EndpointError(f"{endpoint}: answered an HTML page, not SPARQL results: is it the query endpoint (often …/sparql or …/query)?")
    if form in ("CONSTRUCT", "DESCRIBE"):
        try:
            return Answer(form, triples=[q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)])
        except SyntaxError as error:
            raise EndpointError(f"{endpoint}: answered malformed or truncated N-Triples ({error})") from error
    try:
        answer = json.loads(body)
    except ValueError as error:
        raise EndpointError(f"{endpoint}: answered malformed or truncated JSON ({error.args[0][:80]})") from error
    if form == "ASK":
        if not isinstance(answer, dict) or not isinstance(answer.get("boolean"), bool):
            raise EndpointError(f"{endpoint}: answered JSON that is not an ASK result (no boolean)")
        return Answer(form, boolean=answer["boolean"])
    try:
        names = answer["head"]["vars"]
        bindings = answer["results"]["bindings"]
        rows = [tuple(_term(row.get(name)) for name in names) for row in bindings]
    except (KeyError, TypeError, AttributeError) as error:
        raise EndpointError(f"{endpoint}: answered JSON that is not SPARQL results (expected head.vars and results.bindings)") from error
    return Answer(form, list(names), rows)


def select(endpoint: str, query_text: str, timeout: float = 60.0) -> tuple[list[str], list[tuple]]:
    """Run a SELECT query on a SPARQL 1.1 endpoint; returns variable names and rows."""
    answer = query(endpoint, query_text, "SELECT", timeout)
    return answer.names, answer.rows


def _reason(error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        detail = error.read(300).decode("utf-8", errors="replace").strip().splitlines()
        return f"the server answered HTTP {error.code} {error.reason}" + (f" ({detail[0]})" if detail else "")
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
