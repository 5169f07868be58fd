"""The identity report and the site stage alone, on a graph loaded from a dump (e.g. the one
`benchmarks/run.py N` writes before its identities stage), so that they can be measured at N where
the whole run takes hours.

    python benchmarks/from_dump.py DUMP.nq[.gz] [--site OUT]
    python benchmarks/from_dump.py DUMP.nq[.gz] --queries [NAME ...] [--runs 3] [--slow S] [--no-report] [--rows DIR] [--merged-only]

Prints, per step (load, merge union, the `identities` query, the report; with --site, the site
rendered into OUT): wall time, CPU time (the process's; for the site also its children's, Pagefind),
resident memory after the step and the process's peak so far (MB, getrusage/proc), and what it made
(report lines and bytes; pages, the children's peak). With --queries, every catalogue query (or
those named) is run --runs times on the loaded graph, its parameters bound as `benchmarks/run.py`
binds them: the median wall and CPU time of each, and its rows; with --rows, each query's rows are
written to DIR/NAME.tsv in the order the query gave them (one row a line, its terms in N-Triples
syntax separated by tabs, UNDEF for an unbound one), so that two versions' answers can be compared.
With --slow S, a query whose first run takes more than S seconds of CPU is run once. With
--merged-only, the dump's triples are loaded into the default graph alone, each once (no named
graphs: the queries that read `GRAPH` find nothing there), to measure the queries on the merged
graph without the document graphs beside it."""

from __future__ import annotations

import argparse
import gzip
import resource
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from civicgraph import identities as ids
from civicgraph.store import Store, _named

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import queries  # noqa: E402


def peak(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def rss() -> float:
    """Resident memory now (MB): the peak alone would hide each step behind the load's."""
    with open("/proc/self/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1]) / 1024


def cpu(who=resource.RUSAGE_SELF) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def step(name, function, made=lambda result: ""):
    wall, used, children = time.perf_counter(), cpu(), cpu(resource.RUSAGE_CHILDREN)
    result = function()
    print(f"  {name:14s} {time.perf_counter() - wall:8.1f} s wall {cpu() - used:8.1f} s CPU (children {cpu(resource.RUSAGE_CHILDREN) - children:.1f} s)"
          f" {rss():7.0f} MB now {peak():7.0f} MB peak  {made(result)}", flush=True)
    return result


def load(store: Store, path: Path) -> None:
    """N-Quads, gzipped or not, into their named graphs by Oxigraph's bulk loader."""
    graphs: set = set()
    with (gzip.open(path) if path.suffix == ".gz" else open(path, "rb")) as data:
        store._store.bulk_extend(_named(ox.parse(data, format=ox.RdfFormat.N_QUADS), graphs))
    store._grown(graphs)


def load_merged(store: Store, path: Path) -> None:
    """The dump's triples into the default graph alone (a set: each triple once), no named graph."""
    with (gzip.open(path) if path.suffix == ".gz" else open(path, "rb")) as data:
        store._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))
    store._merged = store._default = len(store._store)  # the default graph is already the merged one: nothing to merge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--site", type=Path, help="render the site into this folder (large: about 20 kB a page)")
    parser.add_argument("--queries", nargs="*", metavar="NAME", help="time the catalogue queries (all when none is named)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each query with --queries (the median is printed)")
    parser.add_argument("--no-report", action="store_true", help="skip the identities query and the report")
    parser.add_argument("--rows", type=Path, help="with --queries, write each query's rows to ROWS/NAME.tsv")
    parser.add_argument("--slow", type=float, help="with --queries, run once a query whose first run takes more than SLOW s of CPU")
    parser.add_argument("--merged-only", action="store_true", help="load the triples into the default graph alone (no named graphs)")
    args = parser.parse_args()
    store = Store()
    if args.merged_only:
        step("load merged", lambda: load_merged(store, args.dump), lambda _: f"{store._merged} distinct triples, no named graph")
    else:
        step("load", lambda: load(store, args.dump), lambda _: f"{len(store)} quads")
        step("merge union", store._merge, lambda _: f"{store._merged} distinct triples")
    if not args.no_report:
        step("identities()", lambda: ids.identities(store), lambda people: f"{len(people)} persons")
        step("report", lambda: ids.report(store), lambda text: f"{len(text.splitlines())} lines, {len(text.encode()) / 1e6:.1f} MB")
    if args.queries is not None:
        texts = queries(store)
        print(f"catalogue queries, median of {args.runs} runs:")
        for name in args.queries or texts:
            walls, cpus = [], []
            for _ in range(args.runs):
                rows = None  # freed before the clock starts: freeing the last run's rows (or the last query's) is not this run's time
                wall, used = time.perf_counter(), cpu()
                rows = store.select(texts[name])[1]
                walls.append(time.perf_counter() - wall)
                cpus.append(cpu() - used)
                if args.slow is not None and cpus[0] > args.slow:
                    break
            print(f"  {name:26s} {statistics.median(walls) * 1000:10.1f} ms wall {statistics.median(cpus) * 1000:10.1f} ms CPU {len(rows):8d} rows"
                  f"  ({len(cpus)} run{'s' if len(cpus) > 1 else ''}, {rss():.0f} MB now, {peak():.0f} MB peak)", flush=True)
            if args.rows:
                args.rows.mkdir(parents=True, exist_ok=True)
                (args.rows / f"{name}.tsv").write_text("".join("\t".join("UNDEF" if t is None else str(t) for t in row) + "\n" for row in rows), encoding="utf-8")
    if args.site:
        from civicgraph.site import Site
        step("site", lambda: Site(store).render(args.site), lambda pages: f"{pages} pages, children's peak {peak(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
