"""Shared fixtures: the seed corpus built once per test session through the CLI, as a user builds it."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from civicgraph.cli import Layout, main

# Hypothesis's deadline (200 ms an example) measures the machine's load as much as the code: the suite
# runs one worker a core on shared cores, and a first example may read the given-name list. No deadline;
# each property still runs its bounded number of examples. Derandomized: every run tries the same examples, so a
# run's verdict is the code's, not the draw's (a random draw had found an example only some runs met).
settings.register_profile("civicgraph", deadline=None, derandomize=True)
settings.load_profile("civicgraph")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

PREFIXES = """
PREFIX cg: <https://w3id.org/civicgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


class Built:
    """A built output folder and the store loaded from it, with SPARQL helpers for assertions."""

    def __init__(self, out: Path, result):
        self.out = out
        self.result = result
        self.store = Layout(out).store()

    def rows(self, query: str) -> list[tuple]:
        """Rows of plain values (IRIs and literals as strings, unbound as None)."""
        _, rows = self.store.select(PREFIXES + query)
        return [tuple(None if t is None else t.value for t in row) for row in rows]

    def values(self, query: str) -> list[str]:
        return [row[0] for row in self.rows(query)]

    def ask(self, pattern: str) -> bool:
        return bool(self.rows(f"SELECT * WHERE {{ {pattern} }} LIMIT 1"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The order of the modules for pytest-xdist (`-n auto --dist loadscope --no-loadscope-reorder`,
    the README's command: a module's tests run in one worker, its module fixtures made once, and the
    modules start in the order of their first test). Those holding a test marked slow or one of the
    200-document corpus go first, so that no long module is left for the end while the other workers
    wait; the rest keep their order. Without xdist only the order changes."""
    module = {item: item.nodeid.split("::")[0] for item in items}
    slow = {module[item] for item in items if item.get_closest_marker("slow") or "synthetic" in item.fixturenames}
    items.sort(key=lambda item: module[item] not in slow)  # stable: a module's tests keep their order


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory) -> Path:
    """OCR results are cached in a folder of the session (never in the user's ~/.cache), shared by
    the processes the tests start."""
    folder = tmp_path_factory.mktemp("cache")
    os.environ["CIVICGRAPH_CACHE"] = str(folder)
    return folder


def build(out: Path, *docs: Path, extra: tuple[str, ...] = ()) -> Built:
    result = CliRunner().invoke(main, ["build", *map(str, docs), "--out", str(out), *extra], catch_exceptions=False)
    return Built(out, result)


@pytest.fixture(scope="session")
def seeds(tmp_path_factory) -> Built:
    built = build(tmp_path_factory.mktemp("seeds") / "out")
    assert built.result.exit_code == 0, built.result.output
    return built


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory) -> Built:
    """200 documents of the benchmark's synthetic corpus (benchmarks/corpus.py, seed 2026, with its
    planted errors), built through the CLI with --keep-going so that every document's graph,
    violations included, is in the output. Built once a run: under pytest-xdist the first worker
    that needs it builds it in the run's folder, the others wait for it and read it (they only read)."""
    import json
    import sys
    from types import SimpleNamespace

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate

    folder = _run_folder(tmp_path_factory) / "synthetic"
    with _exclusive(folder.with_suffix(".lock")):
        folder.mkdir(exist_ok=True)
        made = folder / "result.json"
        if not made.exists():
            generate(200, folder / "docs", seed=2026)
            result = build(folder / "out", folder / "docs", extra=("--keep-going",)).result
            made.write_text(json.dumps({"exit_code": result.exit_code, "output": result.output}), encoding="utf-8")
    return Built(folder / "out", SimpleNamespace(**json.loads(made.read_text(encoding="utf-8"))))


def _run_folder(tmp_path_factory) -> Path:
    """The temporary folder of this run: under pytest-xdist, the one its workers' folders are in."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _exclusive(lock: Path):
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # released when the file is closed
        yield
