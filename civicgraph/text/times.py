"""Times of day as French documents write them: "17 h 00", "18h00", "14h15", "14h", "à 17 h"."""

from __future__ import annotations

import re
from datetime import time

from civicgraph.text.spans import Found

# Hours 0-23, minutes 00-59. The look-arounds keep "h" from being read inside words and numbers:
# "B2h", "1,5h", "24h" and "14hxx" are not times.
TIME = re.compile(
    r"(?<![\w.,:/])(?P<hour>[01]?\d|2[0-3])\s*h(?:eures?)?(?:\s*(?P<minute>[0-5]\d))?(?!\w)", re.IGNORECASE
)


def find_times(text: str) -> list[Found]:
    """Every time of day in `text` with its span, in order."""
    return [Found(time(int(m["hour"]), int(m["minute"] or 0)), m.start(), m.end()) for m in TIME.finditer(text)]


def parse_time(text: str) -> time | None:
    """The first time of day in `text`, or None."""
    found = find_times(text)
    return found[0].value if found else None
