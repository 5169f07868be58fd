"""Backtracking over white space: each case whose page is laid out in columns (a run of three spaces or more)
read as it is and with its runs of spaces four times as wide, one core. A reading linear in the text grows
about as the text does (about twice); a cue that shares a long run of spaces out between two quantifiers
(`\\s*,?\\s*`, a lazy name before `\\s*` and `\\s+word`, tried at each character of the run) grows with its
square or cube and stands out at the top of the list, with the case to profile.

    python benchmarks/widened.py [--top 15] [--runs 2]

Prints the total CPU time of both sets and the cases whose time grew most, with their ratio."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reading import CASES, _read_all  # noqa: E402

COLUMNS = re.compile(r"(?<=\S) {3,}(?=\S)|^ {2,}", re.M)  # a gap between cells, an indent


def widened(text: str, factor: int = 4) -> str:
    """`text` with each gap between cells and each indent `factor` times as wide."""
    return COLUMNS.sub(lambda gap: gap.group() * factor, text)


def _seconds(text: str, runs: int) -> float:
    return min(_read_all([text]) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    paths = [p for p in sorted(CASES.glob("*/document.txt")) if COLUMNS.search(p.read_text(encoding="utf-8"))]
    _read_all([p.read_text(encoding="utf-8") for p in paths[:50]])  # warm the caches
    rows = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        wide = widened(text)
        before, after = _seconds(text, args.runs), _seconds(wide, args.runs)
        rows.append((after / before, before, after, len(wide) / len(text), path.parent.name))
    print(f"{len(rows)} cases in columns: {sum(r[1] for r in rows):.1f} s CPU as they are, {sum(r[2] for r in rows):.1f} s widened "
          f"(texts {sum(r[3] for r in rows) / len(rows):.1f} times as long on average)")
    for ratio, before, after, longer, name in sorted(rows, reverse=True)[:args.top]:
        print(f"×{ratio:5.1f}  {before * 1000:7.1f} → {after * 1000:8.1f} ms  (text ×{longer:.1f})  {name}")


if __name__ == "__main__":
    main()
