"""How fast the genre model reads, on one core: documents/s and characters/s on the shared cases as
they are, and on documents of about 8,000 characters (cases joined end to end, the size of a real
extrait or a short PV). Medians of several runs; reading only (text → facts), no RDF. Times are CPU time of the reading process (one core), so that
other work on a shared machine does not count.

    python benchmarks/reading.py [--runs R] [--size 8000]

The target of issue 11: above 100 documents/s for 8,000-character documents, so that a
10,000-document corpus reads in well under a minute on two cores."""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import NotGovernance, read
from civicgraph.persons import curation

CASES = Path(__file__).resolve().parents[1] / "tests" / "genre" / "cases"


def _read_all(texts: list[str]) -> float:
    """CPU seconds of this process to read `texts`: one core's work, whatever else the machine runs."""
    curated = curation()
    start = time.process_time()
    for index, text in enumerate(texts):
        facts = Facts(SourceDocument.from_text(Path(f"{index}.txt"), text), "genre", curated)
        try:
            read(facts)
        except NotGovernance:
            pass
    return time.process_time() - start


def _joined(texts: list[str], size: int) -> list[str]:
    """Documents of about `size` characters, each the cases joined from a different starting one."""
    out = []
    for first in range(len(texts)):
        parts, length, index = [], 0, first
        while length < size:
            parts.append(texts[index % len(texts)])
            length += len(parts[-1])
            index += 1
        out.append("\n\n".join(parts))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=8000)
    args = parser.parse_args()
    cases = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*/document.txt"))]
    _read_all(cases)  # warm the cue and name caches, as a long build does after its first document
    for label, texts in (("shared cases as they are", cases), (f"documents of ~{args.size} characters", _joined(cases, args.size))):
        seconds = statistics.median(_read_all(texts) for _ in range(args.runs))
        characters = sum(map(len, texts))
        print(f"{label}: {len(texts)} documents, {characters / len(texts):,.0f} characters each on average; "
              f"median {seconds * 1000:.0f} ms CPU → {len(texts) / seconds:,.0f} documents/s, {characters / seconds:,.0f} characters/s")


if __name__ == "__main__":
    main()
