"""Minutes written in Markdown (a wiki page, a static site's source, an export from a notes tool):
the reader's view of the text with its markup blanked, as a reader of the rendered page sees the words
(`civicgraph.genre.reader.view`). Each mark becomes spaces of its length, so every offset and every
passage's quote is the file's as written.

Blanked: a heading's hashes ("## Réunion du …"), emphasis ("**président**", "*adopté*"), a quote's
">", a table's rule line ("|---|---|"), a thematic break, the fences of a front matter and of code,
inline code's backticks, a link's brackets and target ("[PV](pv.pdf)" reads "PV"). Kept: the
words, list markers ("- ", "1. ": the genre's own bullets), a table's pipes (cells apart, as the
genre's pipe tables: `civicgraph.genre.table`), a front matter's fields ("date: 2023-05-12": the
page's metadata, read like a heading's). Syntax from CommonMark 0.31 and GitHub's tables.

Only a Markdown text is read so (`is_markdown`): one that opens with a front matter, or uses at least
`MARKS` distinct kinds of mark (headings, emphasis, table rules, quotes, links): a plain text with a
"#" or an asterisk keeps them.
"""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){1,40}?---[ \t]*(?:\n|\Z)")
HEADING = re.compile(r"(?m)^[ ]{0,3}(#{1,6})[ \t]+(?=\S)|[ \t]+#+[ \t]*$")
STRONG = re.compile(r"(\*\*|__)(?=\S)(?:(?!\1)[^\n])+?(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])[^*_\n]+?(?<=[^\s*_])\1(?![*\w])")
QUOTE = re.compile(r"(?m)^[ ]{0,3}>[ ]?")
TABLE_RULE = re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
BREAK = re.compile(r"(?m)^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
FENCE = re.compile(r"(?m)^[ ]{0,3}(?:`{3,}|~{3,})[^\n]*$")
CODE = re.compile(r"(`+)([^`\n]+?)\1")
LINK = re.compile(r"!?\[([^\]\n]+)\]\(([^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
# Each kind of mark, with strings one of which every mark of it holds: most texts hold none, and
# `re` would try a pattern that starts with a multiline "^" or spaces at every line or space.
KINDS = ((HEADING, ("#",)), (STRONG, ("**", "__")), (TABLE_RULE, ("---",)), (QUOTE, (">",)), (LINK, ("](",)))
MARKS = 2


def is_markdown(text: str) -> bool:
    """Whether `text` is written in Markdown (see the module docstring)."""
    head = text[:200_000]
    if FRONT_MATTER.match(head):
        return True
    return sum(1 for kind, probes in KINDS if any(p in head for p in probes) and kind.search(head)) >= MARKS


def plain(text: str) -> str:
    """`text` with its Markdown marks blanked, same length (see the module docstring)."""
    chars = list(text)
    front = FRONT_MATTER.match(text)
    if front:
        _blank_lines(chars, front.start(), front.end(), only=re.compile(r"---[ \t]*"))
    for rule in (TABLE_RULE, BREAK, FENCE):
        for found in rule.finditer(text, front.end() if front else 0):
            _blank(chars, found.start(), found.end())
    for found in HEADING.finditer(text):
        _blank(chars, found.start(), found.end())
    for found in QUOTE.finditer(text):
        _blank(chars, found.start(), found.end())
    for rule in (STRONG, EMPHASIS, CODE):
        for found in rule.finditer(text):
            mark = len(found.group(1))
            _blank(chars, found.start(), found.start() + mark)
            _blank(chars, found.end() - mark, found.end())
    for found in LINK.finditer(text):
        _blank(chars, found.start(), found.start(1))
        _blank(chars, found.end(1), found.end())
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = [" " if c != "\n" else c for c in chars[start:end]]


def _blank_lines(chars: list[str], start: int, end: int, only: re.Pattern) -> None:
    """The lines of `chars[start:end]` that `only` matches whole, blanked."""
    text = "".join(chars[start:end])
    at = start
    for line in text.split("\n"):
        if only.fullmatch(line):
            _blank(chars, at, at + len(line))
        at += len(line) + 1
