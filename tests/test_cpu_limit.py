"""One document's reading has a CPU-time limit: a rule that backtracks without end on some layout
stops that document, which is reported, and the corpus still builds."""

from __future__ import annotations

import pickle
import re
import time

import pytest

from conftest import CORPUS
import civicgraph.pipeline as pipeline
from civicgraph.cpu_limit import ReadingTooLong, cpu_limit, reading_seconds
from civicgraph.genre.cues import Text
from civicgraph.genre.signature import read_signature


def test_a_backtracking_match_is_stopped_at_the_limit():
    with pytest.raises(ReadingTooLong, match="more than 0 s of CPU time"):
        with cpu_limit(0.2):
            re.match(r"(a*)*b", "a" * 60)


def test_the_limit_is_lifted_after_the_block():
    with cpu_limit(0.05):
        pass
    sum(range(3_000_000))  # more than 0.05 s later: no alarm is left behind


def test_the_error_crosses_processes_with_its_message():
    error = pickle.loads(pickle.dumps(ReadingTooLong(21.5)))
    assert error.seconds == 21.5 and "22 s of CPU time" in str(error)


def test_the_limit_grows_with_the_text():
    assert reading_seconds(0) == 20 and reading_seconds(2_000_000) == 120


def test_a_signature_without_a_name_reads_in_linear_time():
    """Delegation lines and no blank line before a name: the signature's pattern once backtracked
    over every split of every line (2^lines)."""
    text = "Pour extrait conforme,\nLe Maire,\n" + "".join(f"Délégation numéro {i} aux affaires générales   \n" for i in range(40))
    with cpu_limit(5):
        signature = read_signature(Text(text), 0, len(text))
    assert signature is not None and signature.name is None


class Spinning:
    """A reader that never ends, as a rule backtracking without end would: only the limit stops it."""

    def read(self, document, curated):
        deadline = time.process_time() + 30
        while time.process_time() < deadline:
            pass
        raise AssertionError("the CPU-time limit did not stop the reading")


def test_a_document_over_its_limit_is_reported_and_the_rest_is_read(monkeypatch):
    """The slow document's reading spins (a tiny limit on a real reading was not enough: a reading whose
    rules are cached by the documents read before may end before the timer's first tick)."""
    slow, fast = sorted(CORPUS.glob("*.txt"))[:2]
    chosen = pipeline.choose
    monkeypatch.setattr(pipeline, "choose", lambda readers, document: Spinning() if document.path == slow else chosen(readers, document))
    size = len(slow.read_text(encoding="utf-8"))
    monkeypatch.setattr(pipeline, "reading_seconds", lambda n: 0.2 if n == size else 60)
    lines: list[str] = []
    result = pipeline.ingest([slow, fast], workers=1, progress=lines.append)
    assert [s.path for s in result.skipped] == [slow]
    assert "CPU time" in result.skipped[0].reason
    assert any(line.startswith(f"SKIPPED {slow}") for line in lines)
    assert [f.document.path for f in result.facts] == [fast]
