"""A real SPARQL server (Oxigraph's, on 127.0.0.1): push the seeds, ask every catalogue query
of it and of the embedded store, get the same rows; a server that is down or answers errors
gives a clear message and a non-zero exit."""

from __future__ import annotations

import http.server
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from civicgraph import endpoint
from civicgraph.cli import main
from civicgraph.queries import bind, catalogue, term
from civicgraph.server import free_port, running_server
from test_queries import PARAMETERS, RESEARCH
from test_query_forms import ASK_ANSWERS, CG

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(seeds):
    with running_server() as base:
        result = CliRunner().invoke(main, ["push", "--out", str(seeds.out), "--endpoint", f"{base}/query"])
        assert result.exit_code == 0, result.output
        assert "the server's triple counts match ours" in result.output
        yield base


def normalised(rows):
    """Rows as sorted tuples of plain values; concatenated lists sorted inside (their order is free)."""
    def cell(t):
        return None if t is None else " ; ".join(sorted(t.value.split(" ; ")))
    return sorted(tuple(cell(t) for t in row) for row in rows)


@pytest.mark.parametrize("name", RESEARCH)
def test_server_and_embedded_store_give_the_same_rows(seeds, server, name):
    query = bind(catalogue()[name].text, {k: term(v) for k, v in PARAMETERS.get(name, {}).items()})
    local_names, local_rows = seeds.store.select(query)
    remote_names, remote_rows = endpoint.select(f"{server}/query", query)
    assert remote_names == local_names
    assert normalised(remote_rows) == normalised(local_rows)
    assert local_rows


def test_query_command_on_the_endpoint(seeds, server):
    result = CliRunner().invoke(main, ["query", "seances", "--endpoint", f"{server}/query", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert ",Ville de Poitiers," in result.output and result.output.count("\n") == 6


@pytest.mark.parametrize("fmt, yes, no", ASK_ANSWERS)
def test_ask_on_the_endpoint_answers_as_the_embedded_store_does(seeds, server, fmt, yes, no):
    for ask, expected in (("ASK { ?a a cg:Adhesion }", yes), ("ASK { ?a a cg:Nothing }", no)):
        remote = CliRunner().invoke(main, ["query", CG + ask, "--endpoint", f"{server}/query", "--format", fmt])
        local = CliRunner().invoke(main, ["query", CG + ask, "--out", str(seeds.out), "--format", fmt])
        assert remote.exit_code == 0 and remote.output == local.output == expected, remote.output


def test_a_server_that_is_down(seeds):
    down = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(main, ["query", "seances", "--endpoint", down])
    assert result.exit_code == 2 and "cannot connect" in result.output
    result = CliRunner().invoke(main, ["push", "--out", str(seeds.out), "--endpoint", down])
    assert result.exit_code == 2 and "push failed" in result.output and "cannot connect" in result.output
    assert "Traceback" not in result.output


def test_a_push_the_server_rejects(seeds, tmp_path):
    """A real Oxigraph served read-only refuses the Graph Store Protocol's PUT: exit 2, the status named."""
    data = tmp_path / "one.nq"
    data.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n", encoding="utf-8")
    with running_server(data=data) as base:
        result = CliRunner().invoke(main, ["push", "--out", str(seeds.out), "--endpoint", f"{base}/query"])
    assert result.exit_code == 2, result.output
    assert "push failed, the server may hold part of the dataset" in result.output
    assert f"{base}/store: uploading <" in result.output and "the server answered HTTP 4" in result.output
    assert "Traceback" not in result.output


class Refusing(http.server.BaseHTTPRequestHandler):
    """A server that answers every request with an error."""

    def do_GET(self):
        self.send_error(503, "overloaded")

    do_POST = do_PUT = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture()
def refusing_server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_server_that_answers_errors(seeds, refusing_server):
    result = CliRunner().invoke(main, ["query", "seances", "--endpoint", f"{refusing_server}/query"])
    assert result.exit_code == 2 and "503" in result.output
    result = CliRunner().invoke(main, ["push", "--out", str(seeds.out), "--endpoint", f"{refusing_server}/query"])
    assert result.exit_code == 2 and "push failed" in result.output and "HTTP 503 overloaded" in result.output and "match" not in result.output


class Forgetful(http.server.BaseHTTPRequestHandler):
    """A server that accepts every graph and then holds none of them."""

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        body = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_push_the_server_does_not_keep_is_exit_1_with_each_graph_named(seeds):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Forgetful)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        result = CliRunner().invoke(main, ["push", "--out", str(seeds.out), "--endpoint", f"http://127.0.0.1:{httpd.server_address[1]}/query"])
    finally:
        httpd.shutdown()
    graphs = seeds.store.graphs()
    assert result.exit_code == 1, result.output
    assert result.output.count("MISMATCH <") == len(graphs) and f"{len(graphs)} graphs differ on the server" in result.output
    assert f"MISMATCH <{graphs[0]}>: {len(seeds.store.quads(graphs[0]))} triples sent, 0 on the server" in result.output


def test_a_push_whose_counts_do_not_match_is_reported(seeds):
    with running_server() as base:
        store = seeds.store
        graph = store.graphs()[0]
        endpoint.push(store, f"{base}/query", f"{base}/store")
        endpoint.put_graph(f"{base}/store", graph, "<urn:a> <urn:b> <urn:c> .\n")  # the server now differs
        differences = endpoint.check(store, f"{base}/query", store.graphs())
        assert [(d.graph, d.remote) for d in differences] == [(graph, 1)]


def serving(out: Path, port: int, *flags: str, **options) -> subprocess.Popen:
    """`civicgraph serve` as a user starts it, in its own process."""
    return subprocess.Popen([sys.executable, "-c", "from civicgraph.cli import main; main()", "serve", "--out", str(out), "--port", str(port), *flags],
                            stderr=subprocess.PIPE, text=True, **options)


def ready(process: subprocess.Popen, port: int, within: float = 300.0) -> str:
    """Wait until `serve` announces its endpoint (it does once the server answers), however slow the
    machine; the announcement line. Fails with what the process said if it exits or stays silent."""
    lines: queue.Queue = queue.Queue()
    endpoint_line = f"http://127.0.0.1:{port}/query"

    def read_until_announced():  # then stops reading: the rest is left to communicate()
        for line in iter(process.stderr.readline, ""):
            lines.put(line)
            if endpoint_line in line:
                return
        lines.put("")

    threading.Thread(target=read_until_announced, daemon=True).start()
    said = []
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if not line:
            pytest.fail(f"serve exited ({process.wait()}) before announcing its endpoint: {''.join(said)}")
        said.append(line)
        if endpoint_line in line:
            return line
    pytest.fail(f"serve did not announce its endpoint within {within:g} s: {''.join(said)}")


def count_adhesions(port: int) -> str:
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/civicgraph/ontology#Adhesion> }")
    request = urllib.request.Request(f"http://127.0.0.1:{port}/query?query={query}", headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read().decode().split()[-1]


def test_serve_writable_accepts_an_update_then_stops_on_ctrl_c_with_its_server_and_files(seeds, tmp_path):
    port = free_port()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = serving(seeds.out, port, "--writable", env={**os.environ, "TMPDIR": str(temporary)})
    try:
        assert "read-only" not in ready(process, port)
        server_pids = children(process.pid)
        assert server_pids and any(temporary.iterdir())
        assert count_adhesions(port) == "6"
        insert = "INSERT DATA { GRAPH <urn:x:test> { <urn:x:a> a <https://w3id.org/civicgraph/ontology#Adhesion> } }"
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=urllib.parse.urlencode({"update": insert}).encode(), method="POST",
                                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(update, timeout=120) as response:
            assert response.status in (200, 204)
        assert count_adhesions(port) == "7"
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=120)
    assert process.returncode == 0, rest
    assert "stopping" in rest
    assert not [pid for pid in server_pids if Path(f"/proc/{pid}").exists()]
    assert not any(temporary.iterdir())


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_serve_is_read_only_and_sigterm_stops_the_server_and_removes_its_files(seeds, tmp_path):
    port = free_port()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = serving(seeds.out, port, env={**os.environ, "TMPDIR": str(temporary)})
    try:
        assert "read-only" in ready(process, port)
        server_pids = children(process.pid)
        assert server_pids and any(temporary.iterdir())
        assert count_adhesions(port) == "6"
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"update=DROP%20ALL", method="POST",
                                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=120)
        busy = subprocess.run([sys.executable, "-c", "from civicgraph.cli import main; main()", "serve", "--out", str(seeds.out), "--port", str(port)],
                              capture_output=True, text=True, timeout=300)
        assert busy.returncode == 2 and f"127.0.0.1:{port} is in use" in busy.stderr and "SPARQL endpoint" not in busy.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=120)
    assert process.returncode == 0 and "stopping" in rest, rest
    assert not [pid for pid in server_pids if Path(f"/proc/{pid}").exists()]
    assert not any(temporary.iterdir())
