"""Headings printed with letters spaced out ("C O M M U N E  D E  V A L B R U N E"): a letterhead's
letter-spacing that PDF text extraction and OCR render as a space between letters, two between
words. `joined` closes the gaps in place: each word's letters side by side, the spaces it held moved
after it, so the text keeps its length and every offset holds.

Only lines holding a run of at least `LONG_RUN` spaced capitals are joined (then every run of two or
more on that line, "D E" included): a table's header of one-letter codes ("P E A") is left alone.
"""

from __future__ import annotations

import re

from civicgraph.text import literals

RUN = re.compile(r"(?<![^\s])[A-ZÀ-ÖØ-Ý](?: [A-ZÀ-ÖØ-Ý])+(?![^\s])")
LONG_RUN = 4


def joined(text: str) -> str:
    """`text` with the spaced-out capitals of its headings joined, same length."""
    if not literals.search(RUN, text, 0, len(text)):  # (its look-behind start: scanned through its twin)
        return text
    return "\n".join(_joined_line(line) for line in text.split("\n"))


def _joined_line(line: str) -> str:
    runs = list(RUN.finditer(line))
    if not any(len(run.group()) >= 2 * LONG_RUN - 1 for run in runs):
        return line
    for run in runs:
        word = run.group().replace(" ", "")
        line = line[:run.start()] + word.ljust(len(run.group())) + line[run.end():]
    return line
