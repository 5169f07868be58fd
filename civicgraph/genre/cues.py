"""The genre's cue lists (`ingest/genre/<lang>/*.yaml`), compiled for matching on folded text.

Cues are regular expressions over *folded* text (`civicgraph.text.spans.fold`: lower case, no
accents, one character for one, so a match's offsets are offsets into the original). An apostrophe
in a cue matches both ' and ’.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

import yaml

from civicgraph.paths import data_dir
from civicgraph.text.spans import fold

LANGUAGE = "fr"


@cache
def cues(name: str, language: str = LANGUAGE) -> dict:
    """The parsed YAML file `ingest/genre/<language>/<name>.yaml`."""
    with open(data_dir("ingest") / "genre" / language / f"{name}.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when installed


@cache
def pattern(cue: str, flags: int = 0) -> re.Pattern:
    """A cue compiled for folded text; "'" stands for either apostrophe."""
    return re.compile(cue.replace("'", "['’]"), flags)


def alternatives(cue_list: list[str]) -> re.Pattern:
    """Several cues as one pattern (the first that matches at a place wins)."""
    return pattern("|".join(f"(?:{c})" for c in cue_list))


@dataclass(frozen=True)
class Text:
    """A document's text and its folded twin (same length): cues match the folded one, values are
    read from the original at the same offsets."""

    raw: str

    @cached_property
    def folded(self) -> str:
        # Mojibake prints every accented letter as U+FFFD; "e" is the likeliest letter it hides,
        # enough for cues ("D\ufffdlib\ufffdre") to match. Values are still read from the raw text.
        # It also prints apostrophes as "?" ("l?Etat"): between two letters, read one.
        return re.sub(r"(?<=[a-z])\?(?=[a-z])", "'", fold(self.raw).replace("\ufffd", "e"))

    def __len__(self) -> int:
        return len(self.raw)

    def find(self, cue: str | re.Pattern, start: int = 0, end: int | None = None) -> re.Match | None:
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return compiled.search(self.folded, start, len(self.raw) if end is None else end)

    def finditer(self, cue: str | re.Pattern, start: int = 0, end: int | None = None):
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return compiled.finditer(self.folded, start, len(self.raw) if end is None else end)

    def at(self, cue: str | re.Pattern, position: int, end: int | None = None) -> re.Match | None:
        """The cue matched exactly at `position`."""
        compiled = pattern(cue) if isinstance(cue, str) else cue
        return compiled.match(self.folded, position, len(self.raw) if end is None else end)
