"""What minutes say of the agenda itself: the items withdrawn from it ("Les délibérations n° 20 et
63 sont retirées"), which are taken by no decision. Cue: `items.yaml` `withdrawn`."""

from __future__ import annotations

import re

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern


def withdrawn(text: Text, start: int, end: int) -> list[tuple[str, Span]]:
    """The numbers of the items withdrawn in text[start:end], each with the sentence that says so."""
    found = []
    for match in text.finditer(pattern(cues("items")["withdrawn"]["cue"]), start, end):
        for number in re.findall(r"\d+", match["numbers"]):
            found.append((number, Span(match.start(), match.end())))
    return found
