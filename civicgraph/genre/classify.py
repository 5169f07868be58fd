"""What kind of text a document is: an extrait, a procès-verbal, a relevé des décisions, a décision
taken by delegation, an association's AG minutes — or not governance at all (a newsletter, a
letter), which yields no facts. Scores from weighted cues of `genres.yaml`."""

from __future__ import annotations

from dataclasses import dataclass

from civicgraph.genre.cues import Text, cues, pattern


@dataclass(frozen=True)
class Genre:
    name: str
    label: str
    score: int


def _score(text: Text, weighted: list[dict]) -> int:
    return sum(entry["weight"] for entry in weighted if text.find(pattern(entry["cue"])))


def classify(text: Text) -> Genre | None:
    """The genre with the best score, or None when the text is not minutes, an act or a decision."""
    data = cues("genres")
    common = _score(text, data["common"])
    penalty = _score(text, data["not_governance"])
    own = {name: _score(text, spec["cues"]) for name, spec in data["genres"].items()
           if "required" not in spec or text.find(pattern(spec["required"]))}
    if common - penalty + max(own.values(), default=0) < data["threshold"] or common == 0:
        return None
    name = max(own, key=own.get) if any(own.values()) else data["default"]  # dict order breaks ties
    return Genre(name, data["genres"][name]["label"], own.get(name, 0) + common - penalty)
