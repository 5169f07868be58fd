"""Query texts side by side on one graph: the old and the new text of a catalogue query (or any
SELECT), timed in the same process on the same store, so that the machine's load falls on both.

    python benchmarks/query_texts.py DUMP.nq[.gz] OLD.rq NEW.rq [MORE.rq ...] [--runs 3] [--rows DIR]

Loads the dump as `benchmarks/from_dump.py` does (named graphs, then the merged default graph),
then runs the texts in turn, round after round (--runs rounds: text 1, text 2, ..., text 1, ...),
and prints each text's median and least CPU time (ms, the process's), its rows, a digest of its
rows and whether they are byte-identical, in the same order, to the first text's. The rows are
written as `from_dump.py --rows` writes them (one a line, N-Triples terms separated by tabs, UNDEF
for an unbound one) to DIR/I-NAME.tsv with --rows. Texts are run as they are: bind a parameter in
the file (`civicgraph.queries.bind`) to time a query for one value."""

from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from from_dump import load  # noqa: E402

from civicgraph.store import Store  # noqa: E402


def cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def tsv(rows) -> str:
    return "".join("\t".join("UNDEF" if t is None else str(t) for t in row) + "\n" for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("texts", type=Path, nargs="+", help="query files; the first is the reference")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=Path, help="write each text's rows to ROWS/I-NAME.tsv")
    args = parser.parse_args()
    store = Store()
    used = cpu()
    load(store, args.dump)
    store.merge()
    print(f"loaded and merged {len(store)} quads in {cpu() - used:.1f} s of CPU", flush=True)
    texts = [path.read_text(encoding="utf-8") for path in args.texts]
    times: list[list[float]] = [[] for _ in texts]
    digests: list[tuple[int, str] | None] = [None] * len(texts)
    for _ in range(args.runs):
        for i, text in enumerate(texts):
            rows = None  # the last run's rows freed before the clock starts
            used = cpu()
            rows = store.select(text)[1]
            times[i].append(cpu() - used)
            if digests[i] is None:
                written = tsv(rows)
                digests[i] = (len(rows), hashlib.sha256(written.encode()).hexdigest()[:12])
                if args.rows:
                    args.rows.mkdir(parents=True, exist_ok=True)
                    (args.rows / f"{i}-{args.texts[i].stem}.tsv").write_text(written, encoding="utf-8")
    for path, spent, (count, digest) in zip(args.texts, times, digests):
        same = "identical to the first" if digest == digests[0][1] else "DIFFERENT from the first"
        print(f"  {str(path):50s} {statistics.median(spent) * 1000:9.1f} ms CPU (least {min(spent) * 1000:.1f})"
              f" {count:8d} rows  {digest}  {same}", flush=True)


if __name__ == "__main__":
    main()
