"""The code passes pyflakes' checks (`ruff check`, rules "F" of pyproject.toml): no name defined twice in a module
(a later function silently replacing an earlier one of the same name), none undefined, no import unused."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_pyflakes_finding():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "civicgraph", "benchmarks", "tests"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
