"""French number words → integers ("deux mille vingt et un" → 2021)."""

from __future__ import annotations

import re
import unicodedata

UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90,
}
SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000}
WORD = "|".join(sorted([*UNITS, *SCALES, "et"], key=len, reverse=True))
NUMBER_PHRASE = re.compile(rf"\b(?:{WORD})(?:[\s-]+(?:{WORD}))*\b", re.IGNORECASE)


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def words_to_int(text: str) -> int | None:
    """The integer a French number phrase names, or None if the text is not one."""
    words = [w for w in re.split(r"[\s-]+", _plain(text).strip()) if w and w != "et"]
    if not words or any(w not in UNITS and w not in SCALES for w in words):
        return None
    total, current = 0, 0
    for word in words:
        if word in UNITS:
            value = UNITS[word]
            # "quatre-vingt": a unit before vingt multiplies it
            current = current * value if value == 20 and current in (1, 2, 3, 4) and current else current + value
        elif SCALES[word] == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * SCALES[word]
            current = 0
    return total + current
