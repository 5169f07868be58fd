"""Publication is all or nothing: a build killed at any stage, refused, or crashing leaves the
previous output whole and usable; exit codes say which case happened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from civicgraph.cli import main
from conftest import CORPUS

FIRST = CORPUS / "002_79d589bcfa815739.txt"
SECOND = CORPUS / "003_7d5e4a2d1a0197dc.txt"
STAGES = ["reading", "validating with the SHACL shapes", "inferring with OWL-RL", "writing dumps", "rendering the site", "publishing"]


def command(*args) -> list[str]:
    return [sys.executable, "-c", "from civicgraph.cli import main; main()", *map(str, args)]


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """An output of FIRST, and the reference output a complete build of SECOND gives."""
    root = tmp_path_factory.mktemp("publication")
    for name, doc in (("out", FIRST), ("reference", SECOND)):
        assert subprocess.run(command("build", doc, "--out", root / name), capture_output=True).returncode == 0
    return root


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_a_build_killed_at_any_stage_leaves_the_previous_output_whole(published, stage):
    out = published / "out"
    before, after = snapshot(out), snapshot(published / "reference")
    process = subprocess.Popen(command("build", SECOND, "--out", out), stderr=subprocess.PIPE, text=True)
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith(stage):
            process.send_signal(signal.SIGKILL)
            break
    assert process.wait() == -signal.SIGKILL, "".join(seen)
    now = snapshot(out)
    assert now == before or now == after  # whole old or whole new, never a mix
    query = subprocess.run(command("query", "seances", "--out", out, "--format", "csv"), capture_output=True, text=True)
    assert query.returncode == 0 and ("poitiers" in query.stdout or "aix-marseille" in query.stdout)
    if now == after:  # published just before the kill: put the first output back for the next stage
        assert subprocess.run(command("build", FIRST, "--out", out), capture_output=True).returncode == 0


def test_the_folders_of_killed_builds_are_removed_by_the_next(published):
    out = published / "out"
    leftovers = [p for p in out.parent.iterdir() if p.name.startswith(".out.new-")]
    process = subprocess.Popen(command("build", SECOND, "--out", out), stderr=subprocess.PIPE, text=True)
    next(line for line in process.stderr if line.startswith("validating"))
    process.kill()
    process.wait()
    assert [p for p in out.parent.iterdir() if p.name.startswith(".out.new-")]
    assert subprocess.run(command("build", FIRST, "--out", out), capture_output=True).returncode == 0
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".out.new-")], leftovers


def test_a_bug_is_exit_3_with_one_line_and_the_details_in_a_file(tmp_path):
    @main.command("explode")
    def explode():
        {}["missing"]

    try:
        result = CliRunner().invoke(main, ["explode"], catch_exceptions=False)
    finally:
        main.commands.pop("explode")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "internal error (KeyError: 'missing'). This is a bug in civicgraph" in result.output
    details = Path(result.output.split("details in ")[1].split()[0])
    assert "Traceback" in details.read_text() and "explode" in details.read_text()
    details.unlink()


def test_usage_errors_are_exit_2(tmp_path):
    assert CliRunner().invoke(main, ["build", "--no-such-option"]).exit_code == 2
    assert CliRunner().invoke(main, ["query", "adhesions", "--out", str(tmp_path)]).exit_code == 2
    assert CliRunner().invoke(main, ["build", str(tmp_path / "missing")]).exit_code == 2
