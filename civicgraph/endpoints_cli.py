"""The command-line side of remote endpoints: errors as user messages, progress, the serve loop."""

from __future__ import annotations

import signal
import tempfile
import time
from pathlib import Path

import click

from civicgraph import endpoint, server
from civicgraph.store import Store


class EndpointProblem(click.ClickException):
    """The server could not be started or reached (an input error: exit 2)."""

    exit_code = 2


def remote_query(url: str, query: str, form: str, timeout: float):
    try:
        return endpoint.query(url, query, form, timeout)
    except endpoint.EndpointError as error:
        raise EndpointProblem(str(error)) from error


class PushMismatch(click.ClickException):
    """The server took every graph but does not hold what we sent (exit 1: like `validate` finding
    violations, the command ran and its check failed)."""

    exit_code = 1


def push(store: Store, url: str, graph_store: str | None, say) -> None:
    """Push the dataset; a server down, refusing or answering garbage is exit 2 (EndpointProblem),
    counts that differ afterwards exit 1 (PushMismatch); each message names the server and the cause."""
    try:
        differences = endpoint.push(store, url, graph_store, progress=say)
    except endpoint.EndpointError as error:
        raise EndpointProblem(f"push failed, the server may hold part of the dataset: {error}") from error
    if differences:
        for d in differences:
            say(f"MISMATCH <{d.graph}>: {d.local} triples sent, {d.remote} on the server")
        raise PushMismatch(f"{len(differences)} graphs differ on the server: push again, or check the server's logs")
    say(f"{len(store.graphs())} graphs pushed; the server's triple counts match ours")


def serve(store: Store, port: int | None, say, writable: bool = False) -> None:
    """Serve the dataset until Ctrl-C or SIGTERM; either stops the server child and removes its
    temporary database. Read-only unless `writable` (then loaded through the Graph Store Protocol)."""
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with tempfile.TemporaryDirectory(prefix="civicgraph-serve-") as folder:
            data = None
            if not writable:
                data = Path(folder) / "dataset.nq"
                # the named graphs, and their union as the default graph (each triple once)
                data.write_text(store.nquads() + store.ntriples(store.graphs()), encoding="utf-8")
            with server.running_server(port, data=data) as base:
                if writable:
                    endpoint.push(store, f"{base}/query", f"{base}/store")
                say(f"SPARQL endpoint: {base}/query   (query page: {base}/ ; Graph Store: {base}/store)"
                    + ("" if writable else "   read-only (--writable to accept updates)"))
                say("Ctrl-C to stop")
                while True:
                    time.sleep(3600)
    except KeyboardInterrupt:
        say("stopping")
    except endpoint.EndpointError as error:
        raise EndpointProblem(str(error)) from error
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame):
    raise KeyboardInterrupt
