"""A real SPARQL 1.1 server on this machine: Oxigraph's own server (from the `oxigraph`
package), started on 127.0.0.1. Read-only by default: the dataset is loaded into the server's
database before it starts (`oxigraph load`) and served with `oxigraph serve-read-only`, so no
request can change it; writable on demand (`oxigraph serve`, an empty store to push into).

The server is a child process: it is stopped, and its temporary database removed, when the block
ends, when this process gets SIGTERM (see endpoints_cli.serve), and by the kernel if this process
dies without cleaning up (Linux parent-death signal)."""

from __future__ import annotations

import ctypes
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from civicgraph.endpoint import EndpointError

_PR_SET_PDEATHSIG = 1


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


def check_port_free(port: int) -> None:
    """A busy port is an error before anything starts: else the endpoint we announce could be
    another program's, answering on that port."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as error:
            raise EndpointError(f"127.0.0.1:{port} is in use ({error.strerror}): choose another port with --port, "
                                "or --port 0 for any free port") from error


@contextmanager
def running_server(port: int | None = None, timeout: float = 30.0, data: Path | None = None):
    """Start Oxigraph on 127.0.0.1 with a fresh database; yield its base URL; stop it and remove the
    database. With `data` (an N-Quads file whose default graph is the union of its named graphs,
    each triple once), the database is loaded with it and served read-only; without, it starts
    empty and writable, and queries see the union of the named graphs (Oxigraph's option, which
    repeats a triple once per graph holding it)."""
    if port:
        check_port_free(port)
    port = port or free_port()
    command = oxigraph_command()
    with tempfile.TemporaryDirectory(prefix="civicgraph-oxigraph-") as location:
        if data is not None:
            _load(command, location, data)
        mode = "serve-read-only" if data is not None else "serve"
        log = open(Path(location).with_name(Path(location).name + ".log"), "w+b")  # a file, not a pipe: a full pipe blocks the server
        process = subprocess.Popen(
            [command, mode, "--location", location, "--bind", f"127.0.0.1:{port}", *([] if data is not None else ["--union-default-graph"])],
            stdout=subprocess.DEVNULL, stderr=log, preexec_fn=_die_with_parent,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base, process, timeout, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
            Path(log.name).unlink(missing_ok=True)


def _load(command: str, location: str, data: Path) -> None:
    done = subprocess.run([command, "load", "--location", location, "--file", str(data)], capture_output=True, text=True)
    if done.returncode != 0:
        raise EndpointError(f"oxigraph could not load {data}: {done.stderr.strip()[:300]}")


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to send SIGTERM if the parent dies (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass


def _wait_until_up(base: str, process: subprocess.Popen, timeout: float, log) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise EndpointError(f"oxigraph server exited at start: {log.read().decode(errors='replace').strip()[-500:]}")
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1):
                if process.poll() is None:  # it is ours that answered, not another program on the port
                    return
        except OSError:
            time.sleep(0.1)
    raise EndpointError(f"oxigraph server did not answer on {base} within {timeout:.0f} s")
