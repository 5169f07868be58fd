"""Times of day as French documents write them: "17 h 00", "18h00", "14h15", "14h", "à 17 h", and
as software exports print them: "19:00"."""

from __future__ import annotations

import re
from datetime import time

from civicgraph.text.numbers import NUMBER_WORDS, words_to_int
from civicgraph.text.spans import Found, fold

# Hours 0-23, minutes 00-59. The look-arounds keep "h" from being read inside words and numbers:
# "B2h", "1,5h", "24h" and "14hxx" are not times.
TIME = re.compile(
    r"(?<![\w.,:/])(?P<hour>[01]?\d|2[0-3])(?:\s*h(?:eures?)?(?:\s*(?P<minute>[0-5]\d))?(?!\w)|:(?P<colon>[0-5]\d)(?![\w:]|[.,]\d))", re.IGNORECASE
)


# "dix-huit heures trente", "vingt heures", "dix-neuf heures quinze"; "à midi cinq", "à minuit" (matched on folded
# text; noon and midnight only after "à" or first: "l'après-midi" names no hour).
WORDS = re.compile(rf"(?:(?P<hour>{NUMBER_WORDS})\s+heures?|(?:(?<=\ba\s)|\A)(?P<noon>midi|minuit)\b)(?:\s+(?P<minute>{NUMBER_WORDS}))?")


def _in_words(match: re.Match) -> Found | None:
    hour = {"midi": 12, "minuit": 0}[match["noon"]] if match["noon"] else words_to_int(match["hour"])
    minute = words_to_int(match["minute"]) if match["minute"] else 0
    if hour is None or minute is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return Found(time(hour, minute), match.start(), match.end())


def find_times(text: str) -> list[Found]:
    """Every time of day in `text` with its span, in order, in figures or in words."""
    found = [Found(time(int(m["hour"]), int(m["minute"] or m["colon"] or 0)), m.start(), m.end()) for m in TIME.finditer(text)]
    found += filter(None, map(_in_words, WORDS.finditer(fold(text))))
    return sorted(found, key=lambda f: f.start)


def parse_time(text: str) -> time | None:
    """The first time of day in `text`, or None."""
    found = find_times(text)
    return found[0].value if found else None
