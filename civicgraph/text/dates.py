"""French dates, in figures or in words: "05 mars 2021", "cinq mars deux mille vingt et un",
"12 MAR 2021", "20/06/2022", "jeudi 7 décembre 2023", "1er mars 2021"."""

from __future__ import annotations

import re
from datetime import date

from civicgraph.text.numbers import NUMBER_PHRASE, _plain, words_to_int
from civicgraph.text.spans import Found

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10,
    "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_WORDS = r"(?:premier|(?:vingt|trente)(?:[\s-]+et)?[\s-]+un|(?:vingt|trente)(?:[\s-]+(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:[\s-]+(?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize)"
IN_FIGURES = re.compile(rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{MONTH})\.?\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
IN_WORDS = re.compile(rf"\b(?P<day>{DAY_WORDS})\s+(?P<month>{MONTH})\s+(?P<year>{NUMBER_PHRASE.pattern})", re.IGNORECASE)
NUMERIC = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b")


def _make(year: int | None, month: int | None, day: int | None) -> date | None:
    try:
        return date(year, month, day) if None not in (year, month, day) else None
    except ValueError:
        return None


def find_dates(text: str) -> list[Found]:
    """Every date in `text`, in order, with its span (accents and case do not matter)."""
    plain = _plain(text)  # same length as text for the accents French uses
    if len(plain) != len(text):
        plain = text.lower()
    found: list[Found] = []
    for match in IN_FIGURES.finditer(plain):
        value = _make(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
        found.append(Found(value, match.start(), match.end()))
    for match in IN_WORDS.finditer(plain):
        day = 1 if match["day"].startswith("premier") else words_to_int(match["day"])
        value = _make(words_to_int(match["year"]), MONTHS[match["month"]], day)
        found.append(Found(value, match.start(), match.end()))
    for match in NUMERIC.finditer(plain):
        found.append(Found(_make(int(match["year"]), int(match["month"]), int(match["day"])), match.start(), match.end()))
    return sorted((f for f in found if f.value is not None), key=lambda f: f.start)


def parse_date(text: str) -> date | None:
    found = find_dates(text)
    return found[0].value if found else None
