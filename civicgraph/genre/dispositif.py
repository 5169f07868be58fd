"""The articles of an act's dispositif when they are listed as bullets of infinitive clauses after
its opening ("Il vous est proposé : - d'adhérer à … - de régler …"). Cues: `dispositif.yaml`."""

from __future__ import annotations

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern


def articles(text: Text, start: int, end: int) -> list[tuple[str, Span]]:
    """Each article listed after the dispositif's opening in text[start:end], with its span."""
    data = cues("dispositif")
    opening = text.find(pattern(data["opens"]["cue"]), start, end)
    if opening is None:
        return []
    found = []
    for match in text.finditer(pattern(data["article"]["cue"]), opening.end(), end):
        found.append((text.raw[match.start("a"):match.end("a")], Span(match.start("a"), match.end("a"))))
    return found
