"""French number words → integers: "vingt et un" 21, "quatre-vingt-dix-neuf" 99, "deux mille vingt et un" 2021.

A small recursive-descent reader over the words, strict enough that a phrase which is not a number
("trois cinq", "vingt dix") gives None instead of a guess.
"""

from __future__ import annotations

import re

from civicgraph.text.spans import fold

UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
}
# Septante, huitante/octante, nonante: Belgian and Swiss documents use them.
TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
# "mil" is the old spelling of "mille" in years: "l'an deux mil vingt-trois"; "rnille" OCR's ("rn" for "m",
# which `genre.cues.repair_ocr`'s same-length repairs cannot undo).
HUNDRED, THOUSAND, MILLION = {"cent", "cents"}, {"mille", "mil", "rnille", "rnil"}, {"million", "millions"}
VOCABULARY = [*UNITS, *TENS, "vingts", "zero", *HUNDRED, *THOUSAND, *MILLION]

# A run of number words in folded text (see spans.fold); "et" only between two of them.
_WORD = "(?:" + "|".join(sorted(VOCABULARY, key=len, reverse=True)) + r")\b"
NUMBER_WORDS = rf"\b{_WORD}(?:[\s-]+(?:et[\s-]+)?{_WORD})*"

Parsed = tuple[int, int] | None  # (value, index of the next word) or nothing read


def _at(words: list[str], i: int) -> str:
    return words[i] if i < len(words) else ""


def _below_20(words: list[str], i: int) -> Parsed:
    if _at(words, i) == "dix" and _at(words, i + 1) in ("sept", "huit", "neuf"):
        return 10 + UNITS[words[i + 1]], i + 2
    return (UNITS[words[i]], i + 1) if _at(words, i) in UNITS else None


def _after_tens(words: list[str], i: int, base: int) -> Parsed:
    """What may follow a tens word: "et un", a unit, or for 60 and 80 a number up to 19."""
    if _at(words, i) == "et" and _at(words, i + 1) in ("un", "une", "onze"):
        extra = UNITS.get(words[i + 1], 11)
        return (base + extra, i + 2) if extra == 1 or base == 60 else (base, i)
    rest = _below_20(words, i)
    limit = 19 if base in (60, 80) else 9  # soixante-dix-neuf, quatre-vingt-dix-neuf
    if rest and (2 <= rest[0] <= limit or base == 80 and rest[0] == 1):  # quatre-vingt-un has no "et"
        return base + rest[0], rest[1]
    return base, i


def _below_100(words: list[str], i: int) -> Parsed:
    if _at(words, i) == "quatre" and _at(words, i + 1) in ("vingt", "vingts"):
        return _after_tens(words, i + 2, 80)
    if _at(words, i) in TENS:
        return _after_tens(words, i + 1, TENS[words[i]])
    return _below_20(words, i)


def _scaled(words: list[str], i: int, scale_words: set[str], scale: int, head, tail) -> Parsed:
    """[head] SCALE [tail] ("deux cent trois", "mille", "cinq mille vingt"), or a number below the scale."""
    first = head(words, i)
    j = first[1] if first else i
    if _at(words, j) not in scale_words:
        return tail(words, i)
    if first is None and scale == 1_000_000:
        return None  # "million" needs its count: "un million"
    value = (first[0] if first else 1) * scale
    rest = tail(words, j + 1)
    return (value + rest[0], rest[1]) if rest else (value, j + 1)


def _hundreds_count(words: list[str], i: int) -> Parsed:
    # Only a unit from 2 to 9 counts hundreds ("trois cents"); "cent" alone is one hundred.
    return (UNITS[words[i]], i + 1) if 2 <= UNITS.get(_at(words, i), 0) <= 9 else None


def _below_1000(words: list[str], i: int) -> Parsed:
    return _scaled(words, i, HUNDRED, 100, _hundreds_count, _below_100)


def _below_million(words: list[str], i: int) -> Parsed:
    return _scaled(words, i, THOUSAND, 1000, _below_1000, _below_1000)


def _any(words: list[str], i: int) -> Parsed:
    return _scaled(words, i, MILLION, 1_000_000, _below_1000, _below_million)


def words_to_int(text: str) -> int | None:
    """The integer a French number phrase names ("soixante-dix" → 70), or None if `text` is not one."""
    words = [w for w in re.split(r"[\s\-‐‑]+", fold(text).strip()) if w]
    if words == ["zero"]:
        return 0
    parsed = _any(words, 0) if words else None
    return parsed[0] if parsed and parsed[1] == len(words) else None


def longest_number(phrase: str) -> tuple[int, int] | None:
    """(value, length) of the longest leading part of `phrase` that is a number phrase:
    "deux mille vingt et un cinq" → (2021, 22). Readers use it where words run on after a number."""
    ends = [m.end() for m in re.finditer(r"[^\s-]+", phrase)]
    for end in reversed(ends):
        value = words_to_int(phrase[:end])
        if value is not None:
            return value, end
    return None
