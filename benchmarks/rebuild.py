"""A full build against a rebuild after touching one document, side by side on the same corpus.

    python benchmarks/rebuild.py N [--runs R] [--seed S]

Writes N synthetic documents (corpus.py), builds them into a kept output folder (a full build from
nothing: the first full run), then, R times: a rebuild of the kept folder after one document was
touched (its first "2" becomes "3", another document each run), and, from the second run on, a full
build into a new output folder before it (so R full builds and R rebuilds, alternating).
Runs `civicgraph build --keep-going` in this process and prints, for each, the median wall time,
CPU time (this process and its children: Pagefind) and time per stage (the build's functions, timed
where they are called), and the rebuild's share of the full build; then, for the first full build,
the process's peak resident memory at the end of each stage (getrusage: the peak so far, MB)."""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from civicgraph import cli, pipeline, publish, site  # noqa: E402

STAGES = {  # label → (module, function), in the order of the build; a stage's time excludes the stages nested in it
    "read + map + load": (cli, "_ingest"),
    "validate": (cli, "_validate"),
    "infer": (pipeline, "run_inference"),
    "identities": (cli, "identity_report"),
    "site pages": (site.Site, "render"),
    "search index (Pagefind)": (site.search, "build_index"),
    "dumps": (publish, "write_dumps"),
    "descriptions": (publish.describe, "write_descriptions"),
}


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def now() -> tuple[float, float]:
    return time.perf_counter(), cpu()


@contextmanager
def timed_stages(spent: dict):
    """Time each function of STAGES where the build calls it: spent[label] = [wall, CPU] seconds,
    the stages nested in it excluded."""
    originals, running = {}, []
    peaks = spent.setdefault("peak MB", {})

    def wrap(label, function):
        def timed(*args, **kwargs):
            start = now()
            running.append([0.0, 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = [b - a for a, b in zip(start, now())]
                inner = running.pop()
                spent[label] = [s + e - i for s, e, i in zip(spent[label], elapsed, inner)]
                if running:
                    running[-1] = [r + e for r, e in zip(running[-1], elapsed)]
                peaks[label] = peak_mb()
        return timed

    for label, (owner, name) in STAGES.items():
        originals[label] = getattr(owner, name)
        setattr(owner, name, wrap(label, originals[label]))
    try:
        yield
    finally:
        for label, (owner, name) in STAGES.items():
            setattr(owner, name, originals[label])


def build(docs: Path, out: Path) -> tuple[float, float, dict]:
    spent: dict = defaultdict(lambda: [0.0, 0.0])
    wall, used = time.perf_counter(), cpu()
    with timed_stages(spent):
        try:
            cli.main(["build", str(docs), "--out", str(out), "--keep-going"], standalone_mode=False)
        except SystemExit:
            pass
    return time.perf_counter() - wall, cpu() - used, spent


def touch(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("2", "3", 1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        documents = generate(args.count, tmp / "docs", args.seed)
        results: dict[str, list] = {"full": [build(tmp / "docs", tmp / "kept")], "rebuild": []}
        peaks = results["full"][0][2].pop("peak MB")
        for run in range(args.runs):
            if run:
                results["full"].append(build(tmp / "docs", tmp / "full"))
                shutil.rmtree(tmp / "full")  # the next full build starts from nothing
            touch(documents[(run * 7919) % len(documents)])
            results["rebuild"].append(build(tmp / "docs", tmp / "kept"))
            table(results, f"{args.count} documents (seed {args.seed}), median of {run + 1} runs")
        print("  peak resident memory at the end of each stage of the first full build (MB): "
              + ", ".join(f"{label} {mb:.0f}" for label, mb in peaks.items()))


def table(results: dict, title: str) -> None:
    print(f"\n{title}, seconds (CPU: this process and its children):")
    print(f"  {'stage':26s} {'full wall':>10s} {'rebuild':>8s} {'share':>6s} {'full CPU':>10s} {'rebuild':>8s} {'share':>6s}")
    for label in [*STAGES, "other", "total"]:
        cells = []
        for index in (0, 1):
            full, again = (statistics.median(_stage(r, label, index) for r in results[k]) for k in ("full", "rebuild"))
            cells.append(f"{full:10.1f} {again:8.1f} {again / full if full else 0:6.0%}")
        print(f"  {label:26s} {' '.join(cells)}", flush=True)


def _stage(run: tuple, label: str, index: int) -> float:
    """One run's wall (index 0) or CPU (1) seconds in a stage, in the rest ("other"), or in all."""
    if label == "total":
        return run[index]
    if label == "other":
        return run[index] - sum(spent[index] for name, spent in run[2].items() if name in STAGES)
    return run[2][label][index]


if __name__ == "__main__":
    main()
