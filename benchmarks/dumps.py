"""The dumps stage alone, on a graph loaded from a dump (e.g. the one `benchmarks/run.py N --out DIR`
keeps in DIR/dumps), so that two versions of `civicgraph.dumps` can be measured on the same store.

    python benchmarks/dumps.py DUMP.nq[.gz] OUT [--profile FILE]

Loads the N-Quads into a Store (its named graphs: documents, inferences, ontology), merges the
union as the build does before its dumps, then times `write_dumps(store, OUT)`: wall time, CPU time
of the process and of its children (if the stage starts any), resident memory before the stage,
its peak during the stage (the kernel's high-water mark, reset before the stage, so the load's
peak does not hide it), the largest peak of its child processes (getrusage: a forked child's
resident memory counts the pages it still shares with this process, and a program started by
fork and exec, like `sort`, may report this process's resident size at the fork) and the bytes and SHA-256 of
each file written. With --profile, the stage
runs under cProfile and its statistics are written to FILE (then its times include cProfile's
overhead)."""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from from_dump import load  # noqa: E402

from civicgraph.dumps import write_dumps  # noqa: E402
from civicgraph.store import Store  # noqa: E402


def status(field: str) -> float:
    """A field of /proc/self/status in MB (VmRSS: resident now; VmHWM: the peak since the last reset)."""
    with open("/proc/self/status") as lines:
        return int(next(line for line in lines if line.startswith(field + ":")).split()[1]) / 1024


def reset_peak() -> None:
    """Reset the kernel's resident high-water mark of this process (Linux 4.0 on)."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def cpu(who) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--one-process", action="store_true", help="no worker process (dumps.PARALLEL_FROM out of reach), e.g. to profile it all")
    args = parser.parse_args()
    if args.one_process:
        from civicgraph import dumps as dumps_module
        dumps_module.PARALLEL_FROM = 1 << 62
    store = Store()
    start = time.perf_counter()
    load(store, args.dump)
    store._merge()
    print(f"loaded and merged {len(store)} quads in {time.perf_counter() - start:.1f} s; {status('VmRSS'):.0f} MB resident", flush=True)
    reset_peak()
    before = status("VmRSS")
    wall, own, children = time.perf_counter(), cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
    if args.profile:
        profile = cProfile.Profile()
        dumps = profile.runcall(write_dumps, store, args.out)
        profile.dump_stats(str(args.profile))
    else:
        dumps = write_dumps(store, args.out)
    wall = time.perf_counter() - wall
    own, children = cpu(resource.RUSAGE_SELF) - own, cpu(resource.RUSAGE_CHILDREN) - children
    print(f"dumps: {wall:.1f} s wall, {own + children:.1f} s CPU (children {children:.1f} s), "
          f"resident {before:.0f} MB before, peak {status('VmHWM'):.0f} MB during (+{status('VmHWM') - before:.0f} MB); "
          f"largest child's peak {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB (a forked child's counts the pages it shares)")
    for dump in dumps:
        path = args.out / dump.name
        print(f"  {dump.name:20s} {path.stat().st_size:13,d} bytes  {dump.statements:10,d} statements  {hashlib.sha256(path.read_bytes()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
