"""The synthetic corpus of benchmarks/: the same files for the same seed, and documents the readers
read (the seed layouts) alongside minutes in the layouts of the shared cases."""

from __future__ import annotations

import sys
from pathlib import Path

from civicgraph import pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus import generate  # noqa: E402


def test_the_same_seed_writes_the_same_corpus_and_another_seed_another(tmp_path):
    first = [p.read_bytes() for p in generate(12, tmp_path / "a", seed=5)]
    again = [p.read_bytes() for p in generate(12, tmp_path / "b", seed=5)]
    other = [p.read_bytes() for p in generate(12, tmp_path / "c", seed=6)]
    assert first == again and first != other


def test_the_corpus_is_read_with_other_collectivites_persons_and_years(tmp_path):
    generate(20, tmp_path / "docs", seed=3)
    result = pipeline.ingest([tmp_path / "docs"])
    assert len(result.facts) + len(result.skipped) == 20
    assert len(result.facts) >= 10
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "docs").glob("*.txt"))
    assert "Clermont-Ferrand" not in text and "Poitiers" not in text
    assert {str(year) for year in range(2015, 2027)} & set(text.split()) != set()
