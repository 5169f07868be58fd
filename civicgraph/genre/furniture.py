"""Page furniture inside a document's text: a page number and the running title before it, left
where a PDF's pages were run together ("… donne pouvoir à CC X – Conseil du 11/04/2024 – Page 2
sur 3 M. Y"). `blank` returns the text with them replaced by spaces, offsets kept, so that every
reader sees the sentence whole and every passage still points into the original text. Cues:
`furniture.yaml`."""

from __future__ import annotations

import re

from civicgraph.genre.cues import cues, pattern
from civicgraph.text.spans import fold

LOOKBACK = 160  # characters of running title looked at before a page number


def blank(text: str) -> str:
    """`text` with each page number and its running title replaced by as many spaces."""
    spec = cues("furniture")
    folded = fold(text)
    cuts = []
    for number in pattern(spec["page_number"]["cue"]).finditer(folded):
        cuts.append((_title_start(text, number.start(), spec), number.end()))
    for start, end in reversed(cuts):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _title_start(text: str, position: int, spec: dict) -> int:
    """Where the running title before a page number starts: parts joined by separators, back to
    the first part that is not one (a sentence's word) or the line start."""
    start = position
    while True:
        before = text[max(0, start - LOOKBACK):start]
        separator = re.search(spec["separator"], before)
        if not separator:
            return start
        head = before[:separator.start()]
        line = head.rsplit("\n", 1)[-1]
        part = re.search(spec["part"], line)
        if not part or not part.group().strip():
            return start
        start = start - len(before) + separator.start() - len(line) + part.start()
