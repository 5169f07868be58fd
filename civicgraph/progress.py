"""Progress of a stage that can take more than a second: a bar with count, rate and time left
(rich), on standard error, only when it is a terminal; nothing otherwise (logs, CI, tests)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator


def one_line(path) -> str:
    """`path` for a message of one line: as it is, or quoted with its line ends, tabs and other
    unprintable characters escaped, as Python writes a string (a file name may hold any of them)."""
    text = str(path)
    return text if text.isprintable() else repr(text)


class _Quiet:
    def advance(self, steps: int = 1) -> None:
        pass


@contextmanager
def bar(description: str, total: int, unit: str = "items") -> Iterator:
    """A bar to `advance()` once per item done (or by the bytes done, with `unit="bytes"`), or a
    quiet stand-in when stderr is not a terminal."""
    if not sys.stderr.isatty() or total < 2:
        yield _Quiet()
        return
    from rich.console import Console
    from rich.progress import (BarColumn, DownloadColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn, TransferSpeedColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f}/s" if task.speed else "…/s")

    counted = (DownloadColumn(), TransferSpeedColumn()) if unit == "bytes" else (MofNCompleteColumn(), Rate())
    columns = (TextColumn("{task.description}"), BarColumn(), *counted, TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(description, total=total)

        class Bar:
            def advance(self, steps: int = 1) -> None:
                progress.advance(task, steps)

        yield Bar()
