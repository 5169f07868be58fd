"""A long list cut into pages of a fixed size, and where each page stands among them.

The site's class indexes grow with the corpus (about 70 participations and 30 persons a document:
at 10,000 documents a single index page would weigh tens of megabytes); each is cut into pages
named `{stem}.html`, `{stem}-2.html`, … in one folder, so links between them are bare file names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")
WINDOW = 2  # pages linked on each side of the current one, besides the first and the last


@dataclass(frozen=True)
class Pager:
    """One page's place: its number and the count of pages (1-based), its rows' positions in the
    whole list (1-based, inclusive) and the list's length, the file names of the previous and next
    pages (None at either end), and the pages to link: (number, file name), the file name None for
    this page and the number None for a gap."""

    number: int
    count: int
    first_row: int
    last_row: int
    total: int
    previous: str | None
    next: str | None
    window: list[tuple[int | None, str | None]]


def file_name(stem: str, number: int) -> str:
    """The file of page `number` (1-based): the first keeps the list's own name."""
    return f"{stem}.html" if number == 1 else f"{stem}-{number}.html"


def paginate(rows: Sequence[T], size: int, stem: str) -> list[tuple[str, list[T], Pager]]:
    """(file name, rows, pager) for each page of `rows`, `size` rows a page; one page, possibly
    empty, when the list fits. Raises ValueError for a size below 1."""
    if size < 1:
        raise ValueError(f"a page holds at least one row, not {size}")
    count = max(1, -(-len(rows) // size))
    pages = []
    for number in range(1, count + 1):
        start = (number - 1) * size
        chunk = list(rows[start:start + size])
        pages.append((file_name(stem, number), chunk, Pager(
            number, count, start + 1 if chunk else 0, start + len(chunk), len(rows),
            file_name(stem, number - 1) if number > 1 else None,
            file_name(stem, number + 1) if number < count else None,
            _window(stem, number, count))))
    return pages


def _window(stem: str, number: int, count: int) -> list[tuple[int | None, str | None]]:
    shown = sorted({1, count, *range(max(1, number - WINDOW), min(count, number + WINDOW) + 1)})
    window: list[tuple[int | None, str | None]] = []
    for n in shown:
        if window and window[-1][0] is not None and n > window[-1][0] + 1:
            window.append((None, None))
        window.append((n, None if n == number else file_name(stem, n)))
    return window
