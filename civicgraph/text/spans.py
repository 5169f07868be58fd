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


FEW = 64  # distinct characters past ASCII: a page of French holds about 15


def fold(text: str) -> str:
    """`text` in lower case without accents, character for character (same length, same offsets)."""
    # `str.lower` folds ASCII in C; the other characters are each replaced in C, one `str.replace`
    # per distinct character (a page holds a few: twice as fast as a Python call per run of them),
    # or, for a text of many, their runs through the table. Exact because every folded character is
    # its own lower case and its own fold, whatever the order of the replacements (tests/text/test_spans.py).
    if text.isascii():
        return text.lower()
    others = set(text)
    if len(others) > 128 + FEW:
        return NON_ASCII.sub(_fold_run, text).lower()
    for char in others:
        if char > "\x7f":
            text = text.replace(char, _TABLE[ord(char)])
    return text.lower()


# The letters a folded word stands for in a text as written ("francaise": "Française", "FRANÇAISE").
_LETTERS = {"a": "aàâä", "c": "cç", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "y": "yÿ", "'": "'’"}


def as_written(folded: str) -> str:
    """A pattern for a folded word as a text prints it, accents or not ("francaise": "[aàâä]"… for
    each letter that has accented forms); matched case-insensitively by the caller."""
    return "".join(f"[{_LETTERS[c]}]" if c in _LETTERS else re.escape(c) for c in folded)


def refold(text: str, before: str, folded: str, chunk: int = 256) -> str:
    """`fold(text)` for `text` edited in place from `before` (same length), whose fold is `folded`:
    only the chunks of `chunk` characters the edits touched are folded again."""
    if len(text) != len(before) or len(folded) != len(before):
        return fold(text)
    return "".join(folded[at:at + chunk] if text[at:at + chunk] == before[at:at + chunk] else fold(text[at:at + chunk])
                   for at in range(0, len(text), chunk))


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_TABLE)
