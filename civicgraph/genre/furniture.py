"""Page furniture inside a document's text: a page number and the running title before it, left
where a PDF's pages were run together ("… donne pouvoir à CC X – Conseil du 11/04/2024 – Page 2
sur 3 M. Y"), a web page's breadcrumb ("Vous êtes ici : Accueil » …") and its skip links ("Aller au contenu"). `blank` returns the text with them replaced by spaces, offsets kept, so that every
reader sees the sentence whole and every passage still points into the original text. Cues:
`furniture.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from statistics import median

from civicgraph.genre.cues import cues, pattern
from civicgraph.text import literals
from civicgraph.text.spans import fold

LOOKBACK = 160  # characters of running title looked at before a page number


def blank(text: str, folded: str | None = None) -> str:
    """`text` with each page number and its running title, a breadcrumb line and a skip link, replaced by as many spaces (`folded`:
    `fold(text)` when the caller has it)."""
    spec = cues("furniture")
    folded = fold(text) if folded is None else folded
    numbers = list(literals.finditer(pattern(spec["page_number"]["cue"]), folded, 0, len(folded)))
    cuts = [(_title_start(text, number.start(), spec), number.end()) for number in numbers]
    cuts += _page_lines(text, [number.start() for number in numbers])
    cuts += [m.span() for m in literals.finditer(pattern(spec["breadcrumb"]["cue"]), folded, 0, len(folded)) if m.end() - m.start() <= PAGE_LINE]
    cuts += [m.span() for m in literals.finditer(pattern(spec["skip_link"]["cue"]), folded, 0, len(folded))]
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


PAGE_LINE = 200  # a footer or header line is short: longer "lines" are prose run together


# A page turn inside a sentence: the line before it ends on no stop, the blank lines between hold a form feed or
# the furniture `blank` left (a line of spaces), and the next page goes on in lower case ("… après le vote du⏎
# [page 1/2, the running title]⏎point 3, et a donné pouvoir à …").
PAGE_TURN = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?P<run>(?:[ \t\f]*\n)+)(?=[ \t]*[a-zàâçéèêëîïôûù])")
BLANKED_LINE = re.compile(r"\f| {4,}\n")


def joined_page_turns(text: str) -> str:
    """`text` with each page turn inside a sentence (`PAGE_TURN`) made a plain line end, the blank lines after it
    spaces (offsets kept): every zone's reader sees the sentence wrapped, not ended."""
    for turn in reversed(list(PAGE_TURN.finditer(text))):
        if BLANKED_LINE.search(turn["run"]):
            text = text[:turn.start("run")] + re.sub(r"[\n\f]", " ", turn["run"]) + text[turn.end("run"):]
    return text


def line_at(text: str, position: int) -> tuple[int, int]:
    """The [start, end) of the line of `text` that holds `position`, its line end excluded."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _page_lines(text: str, numbers: list[int]) -> list[tuple[int, int]]:
    """Whole lines of page furniture around page numbers: a footer line that recurs with the other
    page numbers (its digits aside: "Liste … – affichée le 21/10/2025   Page 1/2"), and the first
    lines of the next page while each repeats a line printed before (the running header, up to
    HEADER_LINES)."""
    lines = [line_at(text, at) for at in numbers]
    tops = sorted({0, *(at + 1 for at in _form_feeds(text)), *(end + 1 for _, end in lines)})
    shapes = [re.sub(r"\d+", "#", " ".join(text[a:b].split())) for a, b in lines]
    cuts = [(a, b) for (a, b), shape in zip(lines, shapes) if b - a <= PAGE_LINE and shapes.count(shape) >= 2]
    for _, end in lines:
        for rank in range(HEADER_LINES):
            # the header's first line after blank lines and the form feed that opens the page, the next ones line after line
            following = re.match(r"\n(?:[ \t\f]*\n)*\f?([^\n]+)" if rank == 0 else r"\n([^\n]+)", text[end:end + PAGE_LINE + 3])
            if not following:
                break
            line, start = following.group(1), end + following.start(1)
            if not line.strip() or len(line) > PAGE_LINE or not _at_page_top(text, line, rank, start, tops):
                break
            cuts.append((start, start + len(line)))
            end = start + len(line)
    return cuts


HEADER_LINES = 3  # a running header: the body's name, the document's title, a date


def _form_feeds(text: str) -> list[int]:
    return [found.start() for found in re.finditer("\f", text)] if "\f" in text else []


LINE_WITH_TEXT = re.compile(r"[^\n]*\S[^\n]*")


def _at_page_top(text: str, line: str, rank: int, before: int, tops: list[int]) -> bool:
    """Whether `line` is the `rank`-th line with text of a page that starts before `before` (a running
    header repeats the first lines of an earlier page, in order; a table's header row repeated
    overleaf was first printed lower on its page)."""
    wanted = line.strip(" \t\f")
    for top in tops:
        first = next(islice(LINE_WITH_TEXT.finditer(text, top, before), rank, None), None)
        if first and first.group().strip(" \t\f") == wanted and first.end() < before:
            return True
    return False


def _title_start(text: str, position: int, spec: dict) -> int:
    """Where the running title before a page number starts: parts joined by separators, back to
    the first part that is not one (a sentence's word) or the line start."""
    start = position
    while True:
        before = text[max(0, start - LOOKBACK):start]
        separator = re.search(spec["separator"], before)
        if not separator:
            return start
        head = before[:separator.start()]
        line = head.rsplit("\n", 1)[-1]
        part = re.search(spec["part"], line)
        if not part or not part.group().strip():
            return start
        start = start - len(before) + separator.start() - len(line) + part.start()


# A margin column printed beside the body, line by line, by a PDF-to-text conversion: a gutter of at
# least three spaces at one column, a body of prose to its right (no gutter inside), short notes or
# nothing to its left. `MARGIN_RUN` lines in a row make a margin; fewer are a letterhead.
GUTTER = re.compile(r"(?P<left>\S[^\n]*?)?(?P<gap> {3,})(?P<body>\S[^\n]*)$")
MARGIN_RUN = 6
MARGIN_WIDTH = (12, 60)  # where the body column may start, in characters


def blank_margin(text: str) -> str:
    """`text` with a margin column (GUTTER) replaced by spaces on the lines it shares with the body."""
    lines = text.split("\n")
    column = _body_column(lines)
    if column is None:
        return text
    out, run = [], []
    for line in lines + [""]:
        if _beside(line, column):
            run.append(line)
            continue
        out.extend(_blanked(run, column) if len(run) >= MARGIN_RUN else run)
        out.append(line)
        run = []
    return "\n".join(out[:-1])


def _beside(line: str, column: int) -> bool:
    """Whether `line` has body prose starting at `column` (a margin note or nothing before it)."""
    if len(line) <= column + 10 or line[column] == " " or line[column - 1] != " ":
        return False
    body = line[column:]
    return not re.search(r"\S {3,}\S", body) and (not line[:column].strip() or line[column - 3:column] == "   ")


def _body_column(lines: list[str]) -> int | None:
    """The column where a body beside a margin starts on most lines with a margin note, if any."""
    starts: dict[int, int] = {}
    for line in lines:
        found = GUTTER.match(line) if "   " in line else None  # (a gutter is three spaces at least)
        if found and found["left"] and MARGIN_WIDTH[0] <= found.start("body") <= MARGIN_WIDTH[1] and len(found["body"]) >= 30:
            starts[found.start("body")] = starts.get(found.start("body"), 0) + 1
    if not starts:
        return None
    column, count = max(starts.items(), key=lambda item: item[1])
    return column if count >= 3 else None


def _blanked(run: list[str], column: int) -> list[str]:
    if sum(1 for line in run if line[:column].strip()) < 3:
        return run  # a body indented alone: no margin to set apart
    if column >= median(len(line) - column for line in run):
        return run  # as wide as the body or wider: two columns side by side, no margin
    return [" " * column + line[column:] for line in run]


def blank_balloons(text: str, folded: str) -> str:
    """`text` with the right margin of revision balloons blanked (`furniture.yaml`,
    `revision_balloon`; at least two balloons): from the leftmost column a balloon starts at, the part
    of every line that a gap of two spaces or more (or nothing) parts from the body; same length."""
    found = list(literals.finditer(pattern(cues("furniture")["revision_balloon"]["cue"]), folded, 0, len(folded)))  # (its look-behind start: scanned through its twin)
    if len(found) < 2:
        return text
    column = min(m.start() - folded.rfind("\n", 0, m.start()) - 1 for m in found)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line[column:].strip() and line[max(0, column - 2):column].strip() == "":
            lines[index] = line[:column] + " " * (len(line) - column)
    return "\n".join(lines)


MARKUP = re.compile(r"\(\*{1,3}\)|\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")  # Markdown's bold and italic marks; a footnote's "(*)" kept


def blank_markup(text: str) -> str:
    """`text` with the emphasis marks of Markdown copied from a web page blanked ("**Présents :**
    Mme X") and a form's dot leaders ("Présidence ........ : M. X"): offsets kept, so a heading
    and its list, a label and its value read as typed."""
    if "...." in text:
        text = LEADERS.sub(lambda m: " " * len(m.group()), text)
    if "*" not in text:  # (every mark is one: `re` would try the look-behinds at every character)
        return text
    return MARKUP.sub(lambda m: m.group() if m.group().startswith("(") else " " * len(m.group()), text)


def plain_bullets(text: str) -> str:
    """`text` with a list's bullet printed as another glyph ("● Mme X", "▪ M. Y", "➢ …") made the
    bullet "•" every list reader knows: one character for one, offsets kept."""
    return BULLETS.sub(lambda m: m.group(1) + "•", text) if BULLET_PROBE.search(text) else text


BULLET_GLYPHS = "●▪◦■○➢►➤◆◇□"
BULLET_PROBE = re.compile(f"[{BULLET_GLYPHS}]")
BULLETS = re.compile(rf"(?m)^([ \t]*)[{BULLET_GLYPHS}](?=[ \t])")


LEADERS = re.compile(r"(?<=\S) ?\.{4,}(?= ?:)")  # dots that lead a label to its colon


# A text exported with a blank line after every line (a word processor's paragraph spacing, a web
# page): its blank lines part no lists. Such a text has `SPACED_LINES` line ends or more, at most
# `SPACED_SHARE` of them single.
SPACED_LINES = 12
SPACED_SHARE = 0.1
LINE_END_BETWEEN = re.compile(r"(?<=\S)[ \t]*(\n(?:[ \t]*\n)*)(?=[ \t]*\S)")


@lru_cache(maxsize=64)
def double_spaced(text: str) -> bool:
    """Whether `text` puts a blank line after (nearly) every line."""
    if text.count("\n\n") < SPACED_LINES:
        return False
    ends = [m.group(1).count("\n") for m in LINE_END_BETWEEN.finditer(text)]
    return len(ends) >= SPACED_LINES and sum(1 for n in ends if n == 1) <= SPACED_SHARE * len(ends)
