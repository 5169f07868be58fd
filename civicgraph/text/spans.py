"""Where a value was found in a text, and the folding that lets readers match French text loosely
while keeping offsets into the original."""

from __future__ import annotations

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


def fold(text: str) -> str:
    """`text` in lower case without accents, character for character (same length, same offsets)."""
    return text.translate(_TABLE)
