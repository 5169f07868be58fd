"""How long the cue searches take (`civicgraph.text.literals`), apart from the rest of reading:
every `search` and `finditer` call made while reading the cases joined into ~8,000-character
documents and the synthetic documents (`reading.py`'s sets) is recorded, then replayed, CPU time
of one core, alternately against this checkout's `literals` and another's (`--base DIR`, e.g. an
exported earlier commit), after checking that both find the same matches.

    python benchmarks/searches.py --base /tmp/before [--runs 5]"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

from civicgraph.text import literals

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reading import CASES, _joined, _read_all, _synthetic  # noqa: E402


def _recorded(texts: list[str]) -> list[tuple]:
    calls = []
    search, finditer = literals.search, literals.finditer
    literals.search = lambda c, t, s, e: (calls.append((search, c, t, s, e)), search(c, t, s, e))[1]
    literals.finditer = lambda c, t, s, e: (calls.append((finditer, c, t, s, e)), finditer(c, t, s, e))[1]
    try:
        _read_all(texts)
    finally:
        literals.search, literals.finditer = search, finditer
    return [("search" if f is search else "finditer", c, t, s, e) for f, c, t, s, e in calls]


def _module(path: Path):
    spec = importlib.util.spec_from_file_location("base_literals", path)
    module = sys.modules["base_literals"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _replay(module, calls) -> float:
    start = time.process_time()
    for kind, compiled, text, begin, end in calls:
        if kind == "search":
            module.search(compiled, text, begin, end)
        else:
            for _ in module.finditer(compiled, text, begin, end):
                pass
    return time.process_time() - start


def _spans(module, call) -> list:
    kind, compiled, text, begin, end = call
    if kind == "search":
        found = module.search(compiled, text, begin, end)
        return [] if found is None else [(found.span(), found.groups())]
    return [(m.span(), m.groups()) for m in module.finditer(compiled, text, begin, end)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="a checkout whose civicgraph/text/literals.py to compare with")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cases = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*/document.txt"))]
    _read_all(cases)  # warm the caches
    texts = _joined(cases, 8000) + _synthetic(8000)
    calls = _recorded(texts)
    base = _module(args.base / "civicgraph" / "text" / "literals.py")
    for call in calls:
        assert _spans(base, call) == _spans(literals, call), call[1].pattern
    _replay(base, calls), _replay(literals, calls)
    before, after = [], []
    for _ in range(args.runs):
        before.append(_replay(base, calls))
        after.append(_replay(literals, calls))
    print(f"{len(calls):,} searches over {len(texts)} documents, same matches; medians of {args.runs}, alternated: "
          f"base {statistics.median(before) * 1000:.0f} ms, this checkout {statistics.median(after) * 1000:.0f} ms CPU")


if __name__ == "__main__":
    main()
