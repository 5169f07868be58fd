"""Layout profiles: what one layout of the genre does its own way, as data.

A profile (`ingest/profiles/*.yaml`, or a folder the user names) says how to recognise the layout
(weighted cues and a threshold), which cue lists it changes (`cues:` — laid over
`ingest/genre/<lang>/*.yaml` by `civicgraph.genre.cues.merge`), and its field modes (`modes:`,
e.g. `zeros_are_blank`: a form printed unfilled shows 0 in every count and tally). The genre model
reads a document with the best-scoring profile active; a document no profile recognises is read
with the genre's cues alone. A new layout needs a profile, not code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from civicgraph.genre.cues import PROFILE, Text, load_yaml, pattern
from civicgraph.paths import data_dir


@dataclass(frozen=True, eq=False)
class Profile:
    name: str
    description: str
    detect: tuple[tuple[str, int], ...]
    threshold: int
    overrides: dict = field(hash=False)
    modes: dict = field(hash=False)

    def score(self, text: Text) -> int:
        return sum(weight for cue, weight in self.detect if text.find(pattern(cue)))


def _profile(path: Path) -> Profile:
    data = load_yaml(path)
    detect = tuple((entry["cue"], entry["weight"]) for entry in data["detect"])
    return Profile(data.get("name", path.stem), data.get("description", ""), detect, data["threshold"],
                   data.get("cues", {}), data.get("modes", {}))


@cache
def profiles(extra: tuple[Path, ...] = ()) -> tuple[Profile, ...]:
    """The profiles of the folders the user names, then the project's (theirs win a tie)."""
    folders = [*extra, data_dir("ingest") / "profiles"]
    return tuple(_profile(path) for folder in folders for path in sorted(Path(folder).glob("*.yaml")))


def choose(text: Text, extra: tuple[Path, ...] = ()) -> Profile | None:
    """The profile that recognises the text best, above its threshold; None for the genre's cues alone."""
    scored = [(profile.score(text), -index, profile) for index, profile in enumerate(profiles(extra))]
    passing = [s for s in scored if s[0] >= s[2].threshold]
    return max(passing, key=lambda s: s[:2])[2] if passing else None


@contextmanager
def active(profile: Profile | None) -> Iterator[None]:
    """Read with `profile`'s cues and modes while the block runs."""
    token = PROFILE.set(profile)
    try:
        yield
    finally:
        PROFILE.reset(token)
