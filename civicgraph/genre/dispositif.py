"""The articles of an act's dispositif: numbered ("Article 1 : …", "Art. 2.- …"), or listed as
bullets of infinitive clauses after its opening ("Il vous est proposé : - d'adhérer à … - de
régler …"). Cues: `dispositif.yaml`."""

from __future__ import annotations

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern


def articles(text: Text, start: int, end: int) -> list[tuple[str, Span]]:
    """The numbered articles of text[start:end] ("Article 1 : …"), else each article listed as a bullet
    after the dispositif's opening, with its span."""
    data = cues("dispositif")
    found = []
    for match in text.finditer(pattern(data["numbered"]["cue"]), start, end):
        heading = " ".join(text.raw[match.start("h"):match.end("h")].split())
        found.append((f"{heading} : {text.raw[match.start('a'):match.end('a')]}", Span(match.start("h"), match.end("a"))))
    opening = text.find(pattern(data["opens"]["cue"]), start, end)
    if found or opening is None:
        return found
    for match in text.finditer(pattern(data["article"]["cue"]), opening.end(), end):
        found.append((text.raw[match.start("a"):match.end("a")], Span(match.start("a"), match.end("a"))))
    return found
