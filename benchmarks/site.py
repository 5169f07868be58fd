"""The site stage alone, on a built graph: time and memory of rendering every page, search index
included, by one or more versions of the code side by side.

    python benchmarks/site.py OUT [--runs 3] [--code DIR ...] [--profile FILE]

OUT is the output folder of a build (`civicgraph build DOCS --out OUT`, e.g. on the documents of
`benchmarks/corpus.py N DIR`): its graph is loaded and the site rendered into a temporary folder.
Each run is a fresh process (so that its peak memory is its own); with several `--code` folders
(checkouts of civicgraph, e.g. a `git worktree` of an earlier commit; default: this one) the runs
alternate between them, so that a shared machine's load falls on each alike. Prints, per version,
the median over the runs of: wall time and CPU time of `Site.render` (Python's own CPU, then the
search indexer's, a child process), the process's peak resident memory after loading the graph and
after rendering (MB), the search indexer's peak, and the pages written. --profile writes a cProfile
of one run of the first version (read it with `python -m pstats FILE`)."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, resource, shutil, sys, tempfile, time
from pathlib import Path
from civicgraph.cli import Layout
from civicgraph.site import Site

def peak(who):
    return resource.getrusage(who).ru_maxrss / 1024

out, profile = Path(sys.argv[1]), sys.argv[2]
layout = Layout(out)
store = layout.store()
store.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")  # the merged default graph, built before timing
loaded = peak(resource.RUSAGE_SELF)
target = Path(tempfile.mkdtemp(prefix="site-bench-"))
try:
    site = Site(store, texts=layout.texts)
    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        import cProfile
        cProfile.runctx("pages = site.render(target / 'site')", globals(), locals(), profile)
        pages = len(list((target / "site").rglob("*.html")))
    else:
        pages = site.render(target / "site")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "cpu": cpu, "indexer_cpu": children.ru_utime + children.ru_stime,
                      "loaded_mb": loaded, "peak_mb": peak(resource.RUSAGE_SELF),
                      "indexer_mb": children.ru_maxrss / 1024, "pages": pages}))
finally:
    shutil.rmtree(target)
"""


def run(code: Path, out: Path, profile: str = "") -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", CHILD, str(out), profile], env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the site stage failed with the code of {code}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", help="a civicgraph checkout (repeatable); default: this one")
    parser.add_argument("--profile", default="")
    args = parser.parse_args()
    codes = [c.resolve() for c in (args.code or [Path(__file__).resolve().parent.parent])]
    if args.profile:
        figures = run(codes[0], args.out, args.profile)
        print(f"profile of {codes[0]} written to {args.profile}: {figures}")
        return
    results: dict[Path, list[dict]] = {code: [] for code in codes}
    for i in range(args.runs):
        for code in codes:
            results[code].append(run(code, args.out))
            print(f"run {i + 1} {code}: {results[code][-1]}", file=sys.stderr, flush=True)
    print(f"site stage on {args.out}, median of {args.runs} runs per version")
    print(f"{'version':40s} {'wall s':>8s} {'CPU s':>8s} {'index CPU s':>11s} {'loaded MB':>9s} {'peak MB':>8s} {'index MB':>8s} {'pages':>7s}")
    for code, runs in results.items():
        median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        print(f"{str(code):40s} {median['wall']:8.1f} {median['cpu']:8.1f} {median['indexer_cpu']:11.1f} "
              f"{median['loaded_mb']:9.0f} {median['peak_mb']:8.0f} {median['indexer_mb']:8.0f} {median['pages']:7.0f}")


if __name__ == "__main__":
    main()
