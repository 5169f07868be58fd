"""French dates in figures or in words: "5 mars 2021", "1er mars 2021", "12 MAR 2021", "20/06/2022",
"jeudi 7 décembre 2023", "cinq mars deux mille vingt et un", "02/02/22", "02.02.2022"."""

from __future__ import annotations

import re
from datetime import date

from civicgraph.text.numbers import NUMBER_WORDS, longest_number, words_to_int
from civicgraph.text.spans import Found, fold

# Keys are folded (lower case, no accents), so "Février", "fevrier" and "FÉVR." all meet "fevrier"/"fevr".
MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}
MONTHS |= {name.replace("m", "rn"): n for name, n in MONTHS.items() if "m" in name}  # OCR's "rn" for "m": "5 rnars 2025"
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))  # the months' names, folded, longest first (a regex alternation)
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
# Matched against folded text; the year in words runs on greedily and is trimmed afterwards.
WRITTEN = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:(?P<day>\d\s\d(?=\s+[a-z])|\d{{1,2}})\s?(?:er)?|(?P<day_words>premier|{NUMBER_WORDS}))\s+"
    rf"(?P<month>{MONTH_WORDS})\b\.?\s+(?:(?P<year>\d{{4}})\b|(?P<year_words>{NUMBER_WORDS}))"
)
# Two-digit years only after slashes ("02/02/22"): with dots they are too often other numbers.
NUMERIC = re.compile(r"(?<![\d/.])(?P<day>\d{1,2})(?P<sep>[/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|(?<=/)\d{2})(?![\d/]|\.\d)")


def _date(year: int | None, month: int, day: int | None) -> date | None:
    # Years below 1000 are not dates of these documents: they come from "un"/"deux" read as a year.
    if year is None or day is None or year < 1000:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # 31 février
        return None


def _written(match: re.Match) -> Found | None:
    if match["day"]:
        day = int(match["day"].replace(" ", ""))  # OCR spaces digits apart: "1 8 AVRIL" is the 18th
    else:
        day = 1 if match["day_words"] == "premier" else words_to_int(match["day_words"])
    if match["year"]:
        year, end = int(match["year"]), match.end()
    else:
        read = longest_number(match["year_words"])
        if read is None:
            return None
        year, end = read[0], match.start("year_words") + read[1]
    value = _date(year, MONTHS[match["month"]], day)
    return Found(value, match.start(), end) if value else None


def _numeric(match: re.Match) -> Found | None:
    month, year = int(match["month"]), int(match["year"])
    if year < 100:  # the POSIX strptime pivot for %y: 69–99 are 1969–1999, 00–68 are 2000–2068
        year += 1900 if year >= 69 else 2000
    value = _date(year, month, int(match["day"])) if 1 <= month <= 12 else None
    return Found(value, match.start(), match.end()) if value else None


def find_dates(text: str) -> list[Found]:
    """Every date in `text` with its span, in order. The span includes a leading weekday
    ("jeudi 7 décembre 2023"), which is not checked against the date."""
    folded = fold(text)
    found = [_written(m) for m in WRITTEN.finditer(folded)] + [_numeric(m) for m in NUMERIC.finditer(folded)]
    return sorted((f for f in found if f), key=lambda f: f.start)


def parse_date(text: str) -> date | None:
    """The first date in `text`, or None."""
    found = find_dates(text)
    return found[0].value if found else None
