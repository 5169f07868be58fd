"""Lists as documents write them: "A, B et C", "A - B - C", "A; B", one item a line, bullets."""

from __future__ import annotations

import re

SEPARATOR = re.compile(
    r"""\s*(?:
        [,;]\s*(?:et\s+)?        # "A, B" and "A, B, et C"
      | \s[-–—]\s                # " - ": a hyphen inside a name ("Jean-Pierre") has no spaces
      | \set\s                   # "A et B", the last separator of a French list
      | \n\s*(?:[-•*]\s+)?       # one item a line, with or without a bullet
    )\s*""",
    re.VERBOSE,
)
BULLET = re.compile(r"\s*(?:[-•*]\s+)?")


def _depths(text: str) -> list[int]:
    """Bracket depth at each character: separators inside "(…)" or "[…]" do not split."""
    depths, depth = [], 0
    for char in text:
        depths.append(depth)
        depth = max(0, depth + (char in "([") - (char in ")]"))
    return depths


def _trimmed(text: str, start: int, end: int, last: bool) -> tuple[int, int]:
    """The item's bounds without surrounding blanks, a leading bullet, or the list's final full stop."""
    start = BULLET.match(text, start, end).end()
    end = start + len(text[start:end].rstrip())
    if last and text[start:end].endswith("."):
        end = start + len(text[start : end - 1].rstrip())
    return start, end


def split_list_spans(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Each item with its [start, end) offsets in `text` plus `offset`: text[start:end] == item."""
    depths = _depths(text)
    cuts = [m for m in SEPARATOR.finditer(text) if depths[m.start()] == 0]
    bounds = zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(text)])
    items = []
    for index, (start, end) in enumerate(bounds):
        start, end = _trimmed(text, start, end, index == len(cuts))
        if end > start:
            items.append((text[start:end], offset + start, offset + end))
    return items


def split_list(text: str) -> list[str]:
    """The items of a list written in prose or one a line, stripped, empty ones dropped."""
    return [item for item, _, _ in split_list_spans(text)]
