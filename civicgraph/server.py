"""A real SPARQL 1.1 server on this machine: Oxigraph's own server (from the `oxigraph`
package), started on 127.0.0.1 and loaded with the built dataset through the Graph Store
Protocol, like any other server we push to."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sysconfig
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from civicgraph.endpoint import EndpointError


def oxigraph_command() -> str:
    """The server installed beside this Python (its venv's scripts), else on the PATH."""
    beside = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise EndpointError("the `oxigraph` server is not installed: `pip install oxigraph` (it ships the SPARQL server)")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server(port: int | None = None, timeout: float = 30.0):
    """Start `oxigraph serve` on 127.0.0.1 with a fresh database; yield its base URL; stop it."""
    port = port or free_port()
    with tempfile.TemporaryDirectory(prefix="civicgraph-oxigraph-") as location:
        process = subprocess.Popen(
            [oxigraph_command(), "serve", "--location", location, "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base, process, timeout)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_up(base: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise EndpointError(f"oxigraph server exited at start: {process.stderr.read().decode(errors='replace').strip()}")
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise EndpointError(f"oxigraph server did not answer on {base} within {timeout:.0f} s")
