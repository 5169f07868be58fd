"""The words of giving one's vote ("a donné pouvoir", "procuration remise à"), from the `words` of
`ingest/genre/fr/proxies.yaml`: one lexicon for every pattern that reads a proxy, the cues of the
file ("{giving}", "{given}", "{proxy_noun}", "{qualifying}", "{empowering}", "{asking}", "{holding}", "{carried}" and the phrases "{holds}", "{bears}", "{voting}", "{in_place_of}", "{ending}" in a cue) and the roll call's patterns on raw text alike,
so that a verb added there is read in a list's item, a sentence and a line the same way."""

from __future__ import annotations

import re
from functools import cache

import yaml

from civicgraph.paths import data_dir
from civicgraph.text.spans import fold
from civicgraph.text.tries import trie

PLACEHOLDERS = ("giving", "given", "proxy_noun", "qualifying", "giving_alone", "empowering", "asking", "holding", "carried")
PHRASES = ("holds", "bears", "voting", "in_place_of", "ending")  # made of the words: replaced first


@cache
def _lexicon() -> dict:
    with open(data_dir("ingest") / "genre" / "fr" / "proxies.yaml", encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    return {"words": spec["words"], "phrases": spec["phrases"]}


def _words() -> dict[str, list[str]]:
    return _lexicon()["words"]


@cache
def forms(key: str, folded: bool = False) -> list[str]:
    """The words of `key` (one of `PLACEHOLDERS`), longest first; on folded text if `folded`, else as printed in lower case, with
    its accents or without them all (as OCR loses them), and with OCR's "rn" for each "m" ("son rnandat")."""
    words = _words()[key]
    found = {fold(w) for w in words} if folded else {*words, *(fold(w) for w in words)}
    found |= {form.replace("m", "rn") for form in found if "m" in form}
    return sorted(found, key=lambda w: (-len(w), w))


def alternation(key: str, folded: bool = False) -> str:
    """One group (no capture) of `forms(key, folded)`; a space stands for any run of spaces."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms(key, folded)) + ")"


def scanning(key: str) -> str:
    """`alternation(key)` as a trie: the same matches, for a text scanned for them (`re` tries a plain
    alternation's every branch at every character). Not for a cue `literals` searches: it reads its
    needles from plain words."""
    return trie(forms(key), loose_spaces=True)


def with_proxy_words(regex: str, folded: bool = False) -> str:
    """`regex` with each "{phrase}" of `PHRASES` replaced by its text, then each "{key}" of `PLACEHOLDERS` by
    `alternation(key, folded)`."""
    for phrase in PHRASES:
        regex = regex.replace("{" + phrase + "}", _lexicon()["phrases"][phrase])
    if not any("{" + key + "}" in regex for key in PLACEHOLDERS):
        return regex
    for key in PLACEHOLDERS:
        regex = regex.replace("{" + key + "}", alternation(key, folded))
    return regex
