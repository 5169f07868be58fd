"""A limit on the CPU time one document's reading may take. A reader meeting a layout that one of
its rules handles in exponential time (a regular expression backtracking over many lines) must not
stall the corpus: the document is reported, the rest is built.

The limit is generous: reading runs at several hundred thousand characters a second of CPU
(BENCHMARKS.md), the limit allows twenty thousand, plus a fixed 20 s.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

BASE_SECONDS = 20.0
CHARACTERS_PER_SECOND = 20_000


class ReadingTooLong(Exception):
    """Reading one document used more than its CPU time (`seconds`)."""

    def __init__(self, seconds: float):
        super().__init__(seconds)  # its one argument, so that it crosses processes (pickle)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"reading took more than {self.seconds:.0f} s of CPU time and was stopped"


def reading_seconds(characters: int) -> float:
    """The CPU time a text of `characters` may take to read, in seconds."""
    return BASE_SECONDS + characters / CHARACTERS_PER_SECOND


@contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """Within the block, raise ReadingTooLong once the process has used `seconds` more CPU time
    (SIGPROF; `re` checks for signals while it matches). No limit where signals cannot be set:
    outside the main thread, or on a platform without `setitimer`."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise ReadingTooLong(seconds)

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
