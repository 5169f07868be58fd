"""The command-line side of remote endpoints: errors as user messages, progress, the serve loop."""

from __future__ import annotations

import time

import click

from civicgraph import endpoint, server
from civicgraph.store import Store


def remote_select(url: str, query: str):
    try:
        return endpoint.select(url, query)
    except endpoint.EndpointError as error:
        raise click.ClickException(str(error)) from error


def push(store: Store, url: str, graph_store: str | None, say) -> None:
    try:
        differences = endpoint.push(store, url, graph_store, progress=say)
    except endpoint.EndpointError as error:
        raise click.ClickException(f"push failed, the server may hold part of the dataset: {error}") from error
    if differences:
        for d in differences:
            say(f"MISMATCH <{d.graph}>: {d.local} triples sent, {d.remote} on the server")
        raise click.ClickException(f"{len(differences)} graphs differ on the server")
    say(f"{len(store.graphs())} graphs pushed; the server's triple counts match ours")


def serve(store: Store, port: int | None, say) -> None:
    try:
        with server.running_server(port) as base:
            endpoint.push(store, f"{base}/query", f"{base}/store")
            say(f"SPARQL endpoint: {base}/query   (query page: {base}/ ; Graph Store: {base}/store)")
            say("Ctrl-C to stop")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                say("stopping")
    except endpoint.EndpointError as error:
        raise click.ClickException(str(error)) from error
