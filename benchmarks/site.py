"""The site stage alone, on a built graph: time and memory of rendering every page, search index
included, by one or more versions of the code side by side.

    python benchmarks/site.py OUT [--runs 3] [--code DIR ...] [--profile FILE] [--docs DOCS] [--keep DIR]

OUT is the output folder of a build (`civicgraph build DOCS --out OUT`, e.g. on the documents of
`benchmarks/corpus.py N DIR`): its graph is loaded and the site rendered into a temporary folder.
Without a graph (`graph/documents.nq`), its dump is loaded (`dumps/civicgraph.nq.gz`, as
`benchmarks/run.py --out OUT` leaves it), and --docs gives the documents whose texts the viewer shows
(a build keeps them in `OUT/texts`). Each run also reports the site's files and bytes, by class of
page (its first folder; `listes/` by the kind under it) and the largest pages; --keep DIR keeps each
version's last site in DIR/{the name of its --code folder}.
Each run is a fresh process (so that its peak memory is its own); with several `--code` folders
(checkouts of civicgraph, e.g. a `git worktree` of an earlier commit; default: this one) the runs
alternate between them, so that a shared machine's load falls on each alike. Prints, per version,
the median over the runs of: wall time and CPU time of `Site.render` (Python's own CPU, then the
search indexer's, a child process), the process's peak resident memory after loading the graph and
after rendering (MB), the search indexer's peak (getrusage of the children: a child counts the pages
of the parent it was forked from until it runs Pagefind, so this reads as the parent's peak whenever
Pagefind is smaller; measure a bundle's run apart for its own), and the pages written. --profile writes a cProfile
of one run of the first version (read it with `python -m pstats FILE`)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, os, resource, shutil, sys, tempfile, time
from collections import Counter
from pathlib import Path
from civicgraph.cli import Layout
from civicgraph.site import Site
from civicgraph.store import Store

def peak(who):
    return resource.getrusage(who).ru_maxrss / 1024

def weigh(site):
    # files and bytes by class of page (first folder; listes/ by its kind), the largest pages
    files, size, largest = Counter(), Counter(), []
    for path, _, names in os.walk(site):
        parts = Path(path).relative_to(site).parts
        kind = "/".join(parts[:2]) if parts[:1] == ("listes",) else parts[0].split("-")[0] if parts else "(top)"
        for name in names:
            n = os.stat(os.path.join(path, name)).st_size
            files[kind] += 1
            size[kind] += n
            if name.endswith(".html"):
                largest = sorted(largest + [(n, "/".join((*parts, name)))], reverse=True)[:10]
    return {"files": sum(files.values()), "bytes": sum(size.values()), "by_class": {k: [files[k], size[k]] for k in sorted(size, key=size.get, reverse=True)}, "largest": largest}

out, profile, texts, keep = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
layout = Layout(out)
if layout.asserted.exists():
    store = layout.store()
else:  # the dump of benchmarks/run.py --out OUT
    sys.path.insert(0, sys.argv[5])
    from from_dump import load
    store = Store()
    load(store, out / "dumps" / "civicgraph.nq.gz")
store.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")  # the merged default graph, built before timing
loaded = peak(resource.RUSAGE_SELF)
if keep:
    Path(keep).parent.mkdir(parents=True, exist_ok=True)
target = Path(tempfile.mkdtemp(prefix="site-bench-", dir=keep and Path(keep).parent or None))
try:
    site = Site(store, texts=Path(texts) if texts else layout.texts)
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
                      "indexer_mb": children.ru_maxrss / 1024, "pages": pages, "site": weigh(target / "site")}))
    if keep:
        shutil.rmtree(keep, ignore_errors=True)
        (target / "site").rename(keep)
finally:
    shutil.rmtree(target)
"""


def documents_texts(docs: Path) -> Path:
    """The texts of a folder of documents as a build keeps them (`OUT/texts/{SHA-256 of the file}.txt`),
    in a temporary folder: the documents of benchmarks/corpus.py are plain text, read as written."""
    import hashlib
    import tempfile
    folder = Path(tempfile.mkdtemp(prefix="site-bench-texts-"))
    for path in sorted(docs.iterdir()):
        raw = path.read_bytes()
        (folder / f"{hashlib.sha256(raw).hexdigest()}.txt").write_text(raw.decode("utf-8"), encoding="utf-8")
    return folder


def run(code: Path, out: Path, profile: str = "", texts: Path | None = None, keep: Path | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code))
    here = str(Path(__file__).resolve().parent)
    done = subprocess.run([sys.executable, "-c", CHILD, str(out), profile, str(texts or ""), str(keep or ""), here],
                          env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the site stage failed with the code of {code}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", help="a civicgraph checkout (repeatable); default: this one")
    parser.add_argument("--profile", default="")
    parser.add_argument("--docs", type=Path, help="the documents of a dump's build, whose texts the viewer shows")
    parser.add_argument("--keep", type=Path, help="keep each version's last site in KEEP/{its folder's name} (replaced)")
    args = parser.parse_args()
    codes = [c.resolve() for c in (args.code or [Path(__file__).resolve().parent.parent])]
    texts = documents_texts(args.docs) if args.docs else None
    if args.profile:
        figures = run(codes[0], args.out, args.profile, texts)
        print(f"profile of {codes[0]} written to {args.profile}: {figures}")
        return
    results: dict[Path, list[dict]] = {code: [] for code in codes}
    for i in range(args.runs):
        for code in codes:
            results[code].append(run(code, args.out, texts=texts, keep=args.keep and args.keep / code.name))
            print(f"run {i + 1} {code}: {results[code][-1]}", file=sys.stderr, flush=True)
    if texts:
        shutil.rmtree(texts)
    print(f"site stage on {args.out}, median of {args.runs} runs per version")
    print(f"{'version':40s} {'wall s':>8s} {'CPU s':>8s} {'index CPU s':>11s} {'loaded MB':>9s} {'peak MB':>8s} {'index MB':>8s} {'pages':>7s}")
    for code, runs in results.items():
        median = {key: statistics.median(r[key] for r in runs) for key in runs[0] if key != "site"}
        print(f"{str(code):40s} {median['wall']:8.1f} {median['cpu']:8.1f} {median['indexer_cpu']:11.1f} "
              f"{median['loaded_mb']:9.0f} {median['peak_mb']:8.0f} {median['indexer_mb']:8.0f} {median['pages']:7.0f}")


if __name__ == "__main__":
    main()
