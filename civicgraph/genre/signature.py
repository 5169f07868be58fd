"""Who signs an extract, with which quality and delegation, and where and when it was certified
("Fait à Rouen, le 21 NOV 2022 — Pour le Maire et par délégation, L'Adjointe, Anne PETIT";
"Certifié Conforme, Le Vice-Président Délégué, Finances, Sacha BRIAND"). Cues: `signature.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.text import find_dates


@dataclass(frozen=True)
class Signature:
    name: str | None  # as written, on its own line after the quality
    name_span: Span | None
    quality: str | None  # "Adjointe", "Vice-Président Délégué"
    delegation: str | None  # the lines under the quality ("Emploi, cohésion sociale …")
    span: Span
    place: str | None = None
    day: date | None = None
    made_span: Span | None = None


# The quality's delegation lines, a blank line, the signatory's name. Each delegation line is taken
# whole (possessive): an ambiguous "any text with a non-space" line backtracks exponentially in the
# number of lines when no name follows.
SIGNED_LINES = re.compile(r"(?P<delegation>(?:[ \t]*\n[^\S\n]*+\S[^\n]*+)*?)[ \t]*\n(?:[ \t]*\n)+[ \t]*(?P<name>[^\n]{3,60}?)[ \t]*(?:\n|$)")


# Without a blank line, the line right below the quality is the name when it reads as one ("La
# Vice-présidente,⏎Fabienne X⏎Signé électroniquement …"): capitals, no digit, no colon.
NAME_BELOW = re.compile(r"(?P<delegation>)[ \t]*\n[ \t]*(?P<name>[A-ZÉÈ][^\n\d:;,]{2,58}[^\s\d:;,.])[ \t]*(?:\n|$)")


def read_signature(text: Text, start: int, end: int) -> Signature | None:
    """The last signature block in text[start:end], or None."""
    spec = cues("signature")
    opened = [*text.finditer(pattern(spec["opens"]["cue"]), start, end)]
    made = [*text.finditer(pattern(spec["made"]["cue"]), start, end)]
    place = day = made_span = None
    if made:
        dates = find_dates(text.raw[made[-1].end():min(end, made[-1].end() + 40)])
        if dates and dates[0].start <= 2:
            place = " ".join(text.raw[made[-1].start("place"):made[-1].end("place")].split())
            day, made_span = dates[0].value, Span(made[-1].start(), made[-1].end() + dates[0].end)
    if not opened:
        return Signature(None, None, None, None, made_span, place, day, made_span) if made_span else None
    at = opened[-1].end()
    quality = text.at(pattern(spec["quality"]["cue"]), at, end)
    role = None
    if quality:
        role = " ".join(text.raw[quality.start("q"):quality.end("q")].split())
        role = role[:1].upper() + role[1:]
        at = quality.end()
    lines = SIGNED_LINES.match(text.raw, at, end) or NAME_BELOW.match(text.raw, at, end)
    if lines is None:
        return Signature(None, None, role, None, Span(opened[-1].start(), at), place, day, made_span)
    delegation = " ".join(lines["delegation"].split()).strip(" ,") or None
    name, name_at = _in_column(text.raw, lines["name"], lines.start("name"), opened[-1].end())
    span = Span(opened[-1].start() + 1 if text.raw[opened[-1].start()] == "\n" else opened[-1].start(), name_at + len(name))
    return Signature(name, Span(name_at, name_at + len(name)), role, delegation, span, place, day, made_span)


CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a line printed in columns: words one space apart


def _in_column(raw: str, name: str, name_at: int, opener_end: int) -> tuple[str, int]:
    """The cell of a name line printed in columns ("Paul X          Anne Y", under "Le Maire,
    La secrétaire de séance,") that stands under the opener, with its offset; the name as it is
    when it is one cell."""
    cells = list(CELL.finditer(name))
    if len(cells) < 2:
        return name, name_at
    column = opener_end - (raw.rfind("\n", 0, opener_end) + 1)  # where the opener ends on its line
    line_start = raw.rfind("\n", 0, name_at) + 1
    under = min(cells, key=lambda c: abs(name_at - line_start + c.start() - column) if name_at - line_start + c.start() <= column else 10**6)
    return under.group(), name_at + under.start()
