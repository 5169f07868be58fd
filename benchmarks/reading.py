"""How fast the genre model reads, on one core: documents/s and characters/s on the shared cases as
they are, and on two sets of documents of about 8,000 characters (the size of a real extrait or a
short PV): the cases joined end to end (34 layouts, each document four or five of them), and the
documents of 6,000 to 10,000 characters of the seeded synthetic corpus (`corpus.py`: procès-verbaux
with long roll calls, proxies and many items, association assemblies, seed variants), one layout
each. Medians of several runs; reading only (text → facts), no RDF. Times are CPU time of the
reading process (one core), so that other work on a shared machine counts less.

    python benchmarks/reading.py [--runs R] [--size 8000]

The target of issue 11: above 100 documents/s for 8,000-character documents, so that a
10,000-document corpus reads in well under a minute on two cores."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import NotGovernance, read
from civicgraph.persons import curation
from civicgraph.pipeline import freeze_reference_data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

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


def _synthetic(size: int, wanted: int = 40) -> list[str]:
    """The first `wanted` documents of the seeded synthetic corpus within 25 % of `size` characters."""
    with tempfile.TemporaryDirectory() as folder:
        texts = [p.read_text(encoding="utf-8") for p in generate(400, Path(folder), seed=2026)]
    return [t for t in texts if 0.75 * size <= len(t) <= 1.25 * size][:wanted]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=8000)
    args = parser.parse_args()
    cases = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*/document.txt"))]
    _read_all(cases)  # warm the cue and name caches, as a long build does after its first document
    freeze_reference_data()  # as the build does after its first document (civicgraph.pipeline)
    sets = [("shared cases as they are", cases), (f"cases joined into documents of ~{args.size} characters", _joined(cases, args.size)),
            (f"synthetic documents of {0.75 * args.size:,.0f}–{1.25 * args.size:,.0f} characters", _synthetic(args.size))]
    for label, texts in sets:
        seconds = statistics.median(_read_all(texts) for _ in range(args.runs))
        characters = sum(map(len, texts))
        print(f"{label}: {len(texts)} documents, {characters / len(texts):,.0f} characters each on average; "
              f"median {seconds * 1000:.0f} ms CPU → {len(texts) / seconds:,.0f} documents/s, {characters / seconds:,.0f} characters/s")


if __name__ == "__main__":
    main()
