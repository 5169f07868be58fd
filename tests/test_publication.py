"""Publication is all or nothing: a build killed at any stage, refused, or crashing leaves the
previous output whole and usable; exit codes say which case happened."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from civicgraph.cli import main
from conftest import CORPUS

FIRST = CORPUS / "002_79d589bcfa815739.txt"
SECOND = CORPUS / "003_7d5e4a2d1a0197dc.txt"
STAGES = ["reading", "validating with the SHACL shapes", "inferring with OWL-RL", "writing dumps", "rendering the site", "publishing"]


def command(*args) -> list[str]:
    return [sys.executable, "-c", "from civicgraph.cli import main; main()", *map(str, args)]


def snapshot(out: Path, cache: bool = True) -> dict[str, bytes]:
    """Every file under `out` by its relative path; without `cache/` (keyed by where it was built)
    what two builds of the same documents into two folders write byte for byte the same."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and (cache or p.relative_to(out).parts[0] != "cache")}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """An output of FIRST (`out`), and the reference outputs complete builds of FIRST and SECOND give."""
    root = tmp_path_factory.mktemp("publication")
    for name, doc in (("out", FIRST), ("first", FIRST), ("second", SECOND)):
        assert subprocess.run(command("build", doc, "--out", root / name), capture_output=True).returncode == 0
    return root


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_a_build_killed_at_any_stage_leaves_the_previous_output_whole_and_a_rerun_completes(published, stage):
    """SIGKILL as the build enters `stage` (it says so on stderr): `out` is the previous output,
    untouched and queryable, or (killed once it had swapped the new one in) the new one whole;
    the same build run again completes and gives what a build never killed gives."""
    out = published / "out"
    before = snapshot(out)
    holds_second = snapshot(out, cache=False) == snapshot(published / "second", cache=False)
    doc, reference = (FIRST, published / "first") if holds_second else (SECOND, published / "second")
    after = snapshot(reference, cache=False)
    process = subprocess.Popen(command("build", doc, "--out", out), stderr=subprocess.PIPE, text=True)
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith(stage):
            process.send_signal(signal.SIGKILL)
            break
    assert process.wait() == -signal.SIGKILL, "".join(seen)
    assert snapshot(out) == before or snapshot(out, cache=False) == after  # whole old or whole new, never a mix
    query = subprocess.run(command("query", "seances", "--out", out, "--format", "csv"), capture_output=True, text=True)
    assert query.returncode == 0 and ("poitiers" in query.stdout or "aix-marseille" in query.stdout), query.stderr
    rerun = subprocess.run(command("build", doc, "--out", out), capture_output=True, text=True)
    assert rerun.returncode == 0 and "Traceback" not in rerun.stderr, rerun.stderr
    assert snapshot(out, cache=False) == after
    assert not [p for p in out.parent.iterdir() if p.name.startswith((".out.new-", ".out.old-"))]


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
