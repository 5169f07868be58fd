"""Times of day as French documents write them: "17 h 00", "18h00", "14h15", "14h"."""

from __future__ import annotations

import re
from datetime import time

from civicgraph.text.spans import Found

TIME = re.compile(r"(?<![\w])(?P<hour>[01]?\d|2[0-3])\s*h\s*(?P<minute>[0-5]\d)?(?![\w])", re.IGNORECASE)


def find_times(text: str) -> list[Found]:
    return [Found(time(int(m["hour"]), int(m["minute"] or 0)), m.start(), m.end()) for m in TIME.finditer(text)]


def parse_time(text: str) -> time | None:
    found = find_times(text)
    return found[0].value if found else None
