"""One very big text read by the build's reading stage: a recueil of N MB made of the seeded synthetic
corpus (`corpus.py`: its documents joined end to end, as a recueil des actes administratifs joins
acts), cut at the headings of its acts (civicgraph.recueils) and read in worker processes, as
`civicgraph build` reads it (pipeline.ingest, the default bound of one document, no cache).

    python benchmarks/recueil.py [--mb 5 20 50] [--workers W] [--seed S]

Each size runs in a process of its own and prints: the file's size; the cutting alone (its parts
counted as they come and let go: its time and the process's peak resident memory once done); then the
whole reading stage on the file (cutting again, then reading the parts in workers, then finding the
conflicts between parts, as the build does before mapping): parts read, wall
time, CPU time (this process and its reading workers), the peak resident memory of the process and
of the largest worker (getrusage), and MB/s. Linear time shows as a steady MB/s across sizes."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

AVERAGE = 6_800  # bytes of one synthetic document, about (to generate enough of them)


def make(path: Path, megabytes: float, seed: int) -> int:
    """Write a recueil of at least `megabytes` MB at `path`: the synthetic documents in order, each
    ending with its line end. Returns the number of documents joined."""
    wanted = int(megabytes * 1e6)
    with tempfile.TemporaryDirectory() as folder:
        files = generate(int(wanted / AVERAGE * 1.1) + 10, Path(folder), seed=seed)
        size = joined = 0
        with open(path, "wb") as out:
            for file in files:
                data = file.read_bytes().rstrip(b"\n") + b"\n"
                out.write(data)
                size += len(data)
                joined += 1
                if size >= wanted:
                    break
    return joined


def one(megabytes: float, workers: int | None, seed: int) -> dict:
    from civicgraph import pipeline, recueils
    from civicgraph.documents import MAX_TEXT_BYTES

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "recueil.txt"
        joined = make(path, megabytes, seed)
        size = path.stat().st_size
        wall, cpu = time.perf_counter(), time.process_time()  # the cutting alone, streamed: its parts counted, not kept
        cut = sum(part.text is not None for part in recueils.Cutting(path, MAX_TEXT_BYTES))
        cut_wall, cut_cpu = time.perf_counter() - wall, time.process_time() - cpu
        cut_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        wall, cpu = time.perf_counter(), time.process_time()
        result = pipeline.ingest([path], workers=workers)
        pipeline.find_conflicts(result)  # as the build does before mapping: what it needs of every part
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"mb": size / 1e6, "acts": joined, "cut": cut, "cut_wall_s": cut_wall, "cut_cpu_s": cut_cpu, "cut_peak_mb": cut_peak, "parts_read": len(result.read), "skipped": len(result.skipped),
            "skipped_reasons": sorted({s.reason.split(" (")[0] for s in result.skipped}),
            "wall_s": wall, "cpu_s": cpu + children.ru_utime + children.ru_stime,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "worker_peak_mb": children.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[5, 20, 50])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.workers, args.seed)))
        return
    for megabytes in args.mb:
        command = [sys.executable, __file__, "--one", str(megabytes), "--seed", str(args.seed)] + (["--workers", str(args.workers)] if args.workers else [])
        found = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        print(f"{found['mb']:.1f} MB ({found['acts']} acts joined): cut into {found['cut']} parts in {found['cut_wall_s']:.1f} s"
              f" ({found['cut_cpu_s']:.1f} s CPU, {found['mb'] / found['cut_cpu_s']:.1f} MB/s), peak memory {found['cut_peak_mb']:.0f} MB;"
              f" then {found['parts_read']} parts read, {found['skipped']} skipped"
              f"{' (' + '; '.join(found['skipped_reasons']) + ')' if found['skipped'] else ''} · wall {found['wall_s']:.1f} s,"
              f" CPU {found['cpu_s']:.1f} s · peak memory {found['peak_mb']:.0f} MB (largest worker {found['worker_peak_mb']:.0f} MB)"
              f" · {found['mb'] / found['wall_s']:.3f} MB/s wall, {found['mb'] / found['cpu_s']:.3f} MB/s CPU", flush=True)


if __name__ == "__main__":
    main()
