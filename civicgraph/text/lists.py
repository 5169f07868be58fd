"""Lists as documents write them: "A, B et C", "A - B - C", one item a line, bullets."""

from __future__ import annotations

import re

# Separators outside brackets: comma, semicolon, " - " / " – ", " et ", line breaks, bullets.
SEPARATOR = re.compile(r"\s*(?:[,;]|\s[-–—]\s|\set\s|\n+\s*(?:[-•*]\s+)?)\s*")


def split_list_spans(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Each item with its [start, end) offsets in the original text (plus `offset`)."""
    items: list[tuple[str, int, int]] = []
    depth, start, position = 0, 0, 0
    cuts: list[tuple[int, int]] = []
    while position < len(text):
        char = text[position]
        depth += char in "([" and 1 or (char in ")]" and -1 or 0)
        if depth == 0:
            match = SEPARATOR.match(text, position)
            if match and match.end() > position:
                cuts.append((match.start(), match.end()))
                position = match.end()
                continue
        position += 1
    bounds = [0] + [c for cut in cuts for c in cut] + [len(text)]
    for start, end in zip(bounds[::2], bounds[1::2]):
        item_text = text[start:end]
        stripped = item_text.strip()
        lead = re.match(r"^\s*(?:[-•*]\s+)?", item_text).end()
        stripped = item_text[lead:].rstrip()
        if end == len(text):
            stripped = stripped.rstrip(".")
        if stripped:
            items.append((stripped, offset + start + lead, offset + start + lead + len(stripped)))
    return items


def split_list(text: str) -> list[str]:
    return [item for item, _, _ in split_list_spans(text)]
