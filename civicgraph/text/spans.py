"""Where a value was found in a text, and the folding that lets readers match French text loosely
while keeping offsets into the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Found:
    """`value` read from `text[start:end]`."""

    value: Any
    start: int
    end: int


def _fold_char(char: str) -> str:
    # One character in, one out: "É" → "e", "İ" → "i". Keeping only the base letter of the
    # decomposition keeps the length, so spans on the folded text are spans on the original.
    # (No base letter has a lower case longer than one character.)
    return unicodedata.normalize("NFD", char)[0].lower()


class _FoldTable(dict):
    """`str.translate`'s table for `fold`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()
NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """`text` in lower case without accents, character for character (same length, same offsets)."""
    # `str.lower` folds ASCII in C; only the runs of other characters go through the table (a
    # lookup per character: twice as slow on French prose when the whole text went through it).
    # Exact because every folded character is its own lower case (tests/text/test_spans.py).
    if text.isascii():
        return text.lower()
    return NON_ASCII.sub(_fold_run, text).lower()


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_TABLE)
