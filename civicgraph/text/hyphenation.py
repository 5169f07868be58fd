"""Words broken at a line's end by a hyphen, as justified text prints them ("procura-⏎tion",
"secré-⏎taire", "BERTO-⏎LINI"), rejoined in place, so that cues and names read whole.

Same length: the first part of a broken word moves down beside the second, and the hyphen becomes a
space before the line end, as if the line had wrapped before the word; every offset still points
into the original. A hyphen is the word's own, and kept, when (the usual dehyphenation evidence, in order):

1. the document writes the word with its hyphen elsewhere; a break if it writes it whole, or if the
   genre's cues spell it (`known`: "DÉLIBÉ-⏎RATION");
2. the second part is one that ends compounds ("-ci", "-même", number words), or the first one that
   begins them and the second a word the document writes ("vice-⏎président"; but "ex-⏎ercice" is a
   break): `ingest/genre/<lang>/hyphenation.yaml`;
3. the second part is followed by another hyphen: a compound goes on ("Val-⏎les-Bains"), unless the parts make a
   given name, a compound one's first ("Ro-⏎se-Marie");
4. a capital follows the hyphen: compound given names and places ("Jean-⏎Baptiste", "Saint-⏎Martin").

Otherwise, a lower-case word on both sides, it is a break. A compound whose hyphen is kept moves
down whole too ("3e Vice-⏎président" → "3e ⏎Vice-président"), a name's stays as printed.
"""

from __future__ import annotations

import re
from functools import cache

from civicgraph.paths import data_dir
from civicgraph.text.name_data import given_name
from civicgraph.text.spans import fold

BROKEN = re.compile(r"(?P<first>[^\W\d_]+)-(?P<gap>[ \t]*\n[ \t]*)(?P<second>[^\W\d_]+)")
LINE_END_HYPHEN = re.compile(r"-[ \t]*\n")  # (a literal first: `re` skips to the hyphens)
LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _compounds(language: str) -> tuple[frozenset[str], frozenset[str]]:
    import yaml

    data = yaml.safe_load((data_dir("ingest") / "genre" / language / "hyphenation.yaml").read_text(encoding="utf-8"))
    return frozenset(data["compound_first"]), frozenset(data["compound_second"])


def rejoined(text: str, known: frozenset[str] = frozenset(), language: str = "fr") -> str:
    """`text` with its words broken at a line's end rejoined, same length. `known`: folded words
    that count as written whole (the cues' words)."""
    breaks = _broken(text)
    if not breaks:
        return text
    written = {fold(word) for word in WORD.findall(_without(text, breaks))}  # the words written elsewhere
    parts = []
    end = 0
    for match in breaks:
        first, second = match["first"], match["second"]
        if _is_break(match, written, known, language):
            parts.append(text[end:match.start()] + " " + match["gap"] + first + second)
        elif second[0].islower():  # a compound's own hyphen: the word moves down whole ("⏎Vice-président")
            parts.append(text[end:match.start()] + match["gap"] + first + "-" + second)
        else:  # a name's ("Jean-⏎Baptiste"): its parts stay by the names on their lines
            continue
        end = match.end()
    return "".join(parts) + text[end:]


def _broken(text: str) -> list[re.Match]:
    """`BROKEN.finditer(text)`, matched from the start of the letters before each hyphen at a line's
    end: `re` would try `BROKEN` at every letter of the text, reading each word to its end (about
    1 ms a page, where most pages break no word)."""
    found, end = [], 0
    for hyphen in LINE_END_HYPHEN.finditer(text):
        start = hyphen.start()
        while start > end and LETTER.match(text, start - 1):
            start -= 1
        match = BROKEN.match(text, start) if start >= end and start < hyphen.start() else None
        if match:
            found.append(match)
            end = match.end()
    return found


def _without(text: str, breaks: list[re.Match]) -> str:
    """`BROKEN.sub(" ", text)` for these `breaks` of it."""
    pieces, end = [], 0
    for match in breaks:
        pieces += [text[end:match.start()], " "]
        end = match.end()
    return "".join(pieces) + text[end:]


def _is_break(match: re.Match, written: set[str], known: frozenset[str], language: str) -> bool:
    first, second = fold(match["first"]), fold(match["second"])
    if f"{first}-{second}" in written:
        return False
    if first + second in written or first + second in known:
        return True
    if LETTER.match(match.string, match.end() + 1) and match.string.startswith("-", match.end()):
        # the compound goes on after the second part: "Val-⏎les-Bains", "Saint-Paul-⏎de-Val"; unless the parts
        # make a given name that opens a compound one: "Ro-⏎se-Marie"
        return match["second"][0].islower() and given_name(match["first"] + match["second"]) is not None
    compound_first, compound_second = _compounds(language)
    if second in compound_second or first in compound_first and second in written:  # "ex-⏎maire", not "ex-⏎ercice"
        return False
    return match["first"][-1].islower() and match["second"][0].islower()


INLINE = re.compile(r"(?<![^\W\d_])(?P<first>[^\W\d_]{2,})-(?P<second>[^\W\d_]{2,})(?![^\W\d_]|-[^\W\d_])")
INLINE_HYPHEN = re.compile(r"-(?<=[^\W\d_]{2}-)(?=[^\W\d_]{2})")  # (the hyphen first: `re` skips to the hyphens)


def rejoined_inline(text: str, known: frozenset[str]) -> str:
    """`text` with a word a hyphen breaks inside a line rejoined when the whole word is one of the
    genre's cues (`known`, folded): a justified column's breaks kept after its line ends were lost
    ("sous la présidence de M. le Pré-sident X", "DÉLIBÉRA-TIONS"). Same length: the hyphen
    becomes a space after the word. Any other hyphen is the word's own ("vice-président")."""
    if "-" not in text:
        return text
    parts, end = [], 0
    for match in _inline(text):
        if fold(match["first"] + match["second"]) in known:
            parts.append(text[end:match.start()] + match["first"] + match["second"] + " ")
            end = match.end()
    return "".join(parts) + text[end:] if parts else text


def _inline(text: str):
    """`INLINE.finditer(text)`, matched from the start of the letters before each hyphen between two
    letters: a match starts where its letters do and its first part ends at its hyphen, so it is the
    match at the start of the letters before one (`re` would try `INLINE` at every letter)."""
    end = 0
    for hyphen in INLINE_HYPHEN.finditer(text):
        start = hyphen.start()
        while start > end and LETTER.match(text, start - 1):
            start -= 1
        match = INLINE.match(text, start)
        if match:
            yield match
            end = match.end()


# OCR's space inside a word: "représ enté", "procura tion". Rejoined when the whole word is one of the
# genre's cues of `SPLIT_WORD` letters or more and neither part is (a part of 3 letters or more each).
SPLIT_WORD = 8
PAIR = re.compile(r"(?<![a-z])(?P<first>[a-z]{3,}) (?=(?P<second>[a-z]{3,})(?![a-z]))")
FOLDED_WORD = re.compile(r"[a-z]{3,}")


@cache
def _splits(known: frozenset[str]) -> dict[str, set[str]]:
    """{first part: its second parts} of the long words of `known` cut in two."""
    parts: dict[str, set[str]] = {}
    for word in known:
        for cut in range(3, len(word) - 2) if len(word) >= SPLIT_WORD else ():
            if word[:cut] not in known and word[cut:] not in known:
                parts.setdefault(word[:cut], set()).add(word[cut:])
    return parts


def rejoined_split(text: str, known: frozenset[str], folded: str) -> str:
    """`text` with a cue's word that OCR cut with a space rejoined in place ("représ enté" becomes
    "représenté "; `known`: the cues' words, folded; `folded`: a fold of `text`, same length)."""
    splits = _splits(known)
    firsts = splits.keys() & set(FOLDED_WORD.findall(folded))  # (most texts: no first part anywhere)
    for pair in _pairs(folded, firsts):
        if pair["second"] in splits[pair["first"]] and text[pair.start():pair.end("second")].replace(" ", "").isalpha():
            joined = text[pair.start():pair.end("first")] + text[pair.start("second"):pair.end("second")] + " "
            text = text[:pair.start()] + joined + text[pair.end("second"):]
    return text


def _pairs(folded: str, firsts: set[str]):
    """`PAIR.finditer(folded)`'s matches whose first part is one of `firsts`, in order: each matched where
    one of them is followed by a space (`PAIR` matches at every word it can start with, none overlapping
    the next: the scan of every word for the few first parts a text holds, skipped)."""
    places = sorted(at for first in firsts for at in _occurrences(folded, first + " "))
    for at in places:
        pair = PAIR.match(folded, at)
        if pair:
            yield pair


def _occurrences(text: str, string: str):
    at = text.find(string)
    while at >= 0:
        yield at
        at = text.find(string, at + 1)
