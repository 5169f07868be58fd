"""French words, to tell OCR's damage from a word: "rnodificative" is no word, "modificative" is.

The words come from pyspellchecker's French frequency list (`spellchecker/resources/fr.json.gz`, MIT
licence, about 140,000 forms counted over subtitles): general French, where a deliberation's own vocabulary
("modificative", "délibérante") may be missing, so a language's `ocr.yaml` adds its `vocabulary`. Names are
mostly absent, which is what a repair needs: a name is never put right into a word ("Bernard" stays, no
"Bemard" being French)."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.resources import files

from civicgraph.text.spans import fold

LISTS = {"fr": "fr.json.gz"}  # language → pyspellchecker's list
MIN_LENGTH = 4  # shorter words make too many chance variants ("ame" → "arne")


@cache
def words(language: str = "fr") -> frozenset[str]:
    """The list's words of `MIN_LENGTH` letters or more, folded (lower case, no accents: OCR loses them).

    Raises KeyError for a language with no list."""
    with gzip.open(files("spellchecker") / "resources" / LISTS[language], "rt", encoding="utf-8") as stream:
        counted = json.load(stream)
    return frozenset(fold(w) for w in counted if len(w) >= MIN_LENGTH and w.isalpha())
