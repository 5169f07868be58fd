"""Printed counts of a séance (en exercice, présents, représentés, votants…): only what is printed,
and never a blank form's zero (`counts.yaml`, GENRE.md §2.5)."""

from __future__ import annotations

import re

from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, mode, pattern
from civicgraph.text import aligned
from civicgraph.text.numbers import words_to_int


def _numbers_first(text: Text, start: int, end: int) -> bool:
    """A flattened table prints "27 en exercice 16 présents"; a form "Présents 21 En exercice 29":
    the first label found tells which way the figures go (the other way is tried for a label the
    first way misses: "Présents : 23 ; soit 34 votants")."""
    labels = "|".join(f"(?:{e['cue']})" for e in cues("counts")["counts"][:2])
    first = text.find(pattern(rf"(?<![\w'’])(?:{labels})(?![\w'’])\s*(?!:)"), start, end)
    return bool(first and re.search(r"\d\s+$", text.folded[max(start, first.start() - 6):first.start()]) and not re.match(r"\s*[:=]?\s*\d", text.folded[first.end():first.end() + 6]))


def read_counts(text: Text, start: int, end: int) -> dict[str, tuple[int, Span]]:
    spec = cues("counts")
    found = _label_row(text, start, end)
    numbers_first = _numbers_first(text, start, end)
    for entry in spec["counts"]:
        label = rf"(?<![^\W\d]|['’])(?!\s)(?:{entry['cue']})(?![\w'’])"  # after a letter, never after a glued figure
        if not text.find(pattern(label), start, end):
            continue  # the label alone is a fast scan; the figure beside it, only where it is
        forms = [spec["before"] + label, label + spec["after"]]
        if numbers_first:
            forms.reverse()
        match = text.find(pattern(forms[1]), start, end) or text.find(pattern(forms[0]), start, end)
        part = text.find(pattern(r"\bdont\s+" + spec["before"] + label), start, match.start() if match else end)
        match = part or match  # "Votants : 25, dont 4 pouvoirs": the figure before its label, whichever way the others go
        figure = "n" if match and match["n"] else "w"  # (the number in words, `after`'s `w`: "Présents : sept")
        if not match or _item_number(text.raw, match.start(figure)):
            continue  # none, or a numbered list's next number: "23. M. X ……… absent⏎24. Mme Y"
        value = int(match["n"]) if figure == "n" else words_to_int(match["w"])
        if value is None:
            continue
        if value == 0 and (entry["zero_is_blank"] or mode("zeros_are_blank")):
            continue
        found.setdefault(entry["prop"], (value, Span(match.start(), match.end())))
    members = text.find(pattern(spec["of_members"]), start, end)
    if members:
        span = Span(members.start(), members.end())
        found.setdefault("nombrePresents", (int(members["p"]), span))
        found.setdefault("nombreAdherents", (int(members["m"]), span))
    total = text.find(pattern(spec["members_total"]), start, end)
    if total:
        found.setdefault("nombreMembres", (int(total["m"]), Span(total.start(), total.end())))
    _proxies_by_difference(text, found)
    return found


def _proxies_by_difference(text: Text, found: dict[str, tuple[int, Span]]) -> None:
    """The proxies' count under a label no cue names ("Voix placées sous la garde d'un autre : 3", "Instructions de vote :
    4"): a figure printed between the présents and the votants, its label a word of the vote (`counts.yaml`
    `proxies_by_difference`), its value the votants less the présents — the only count that sum leaves room for."""
    if {"nombrePouvoirs", "nombreRepresentes"} & found.keys() or not {"nombrePresents", "nombreVotants"} <= found.keys():
        return
    (present, a), (voting, b) = found["nombrePresents"], found["nombreVotants"]
    if abs(a.start - b.start) > 200:
        return
    between = text.find(pattern(cues("counts")["proxies_by_difference"] + r"\s*[:=]\s*(?P<n>\d{1,3})\b"), min(a.end, b.end), max(a.start, b.start))
    if between and _proxies_left(int(between["n"]), present, voting):
        found["nombrePouvoirs"] = (voting - present, Span(between.start(), between.end()))


def _proxies_left(value: int, present: int, voting: int) -> bool:
    """Whether a count is the room the présents leave in the votants: the proxies', one a member represented (CGCT
    L2121-20)."""
    return value == voting - present > 0


def _label_row(text: Text, start: int, end: int) -> dict[str, tuple[int, Span]]:
    """Counts printed as a table: a line of labels only, two or more a column's gap apart ("en
    exercice   présents   votants"), and under it a line of as many figures, paired by position (GENRE.md
    §3-4: a row's cells by their rank, never by adjacency)."""
    entries = cues("counts")["counts"]
    lines = aligned.lines(text.raw, start, end)
    for (label_start, label_end), (below_start, below_end) in zip(lines, lines[1:]):
        if not FIGURES_ONLY.fullmatch(text.raw, below_start, below_end):
            continue  # (a line of figures alone is rare: looked for first)
        cells, figures = aligned.fields(text.raw, label_start, label_end), aligned.fields(text.raw, below_start, below_end)
        if len(cells) < 2 or len(figures) != len(cells):
            continue
        props = [next((e["prop"] for e in entries if pattern(rf"(?:{e['cue']})").fullmatch(text.folded, c.start, c.start + len(c.text))), None) for c in cells]
        props = _unnamed_proxies_cell(text, cells, figures, props)
        if None not in props:
            zero_blank = {e["prop"] for e in entries if e["zero_is_blank"]}
            return {prop: (int(f.text), Span(f.start, f.start + len(f.text))) for prop, f in zip(props, figures) if int(f.text) or prop not in zero_blank}
    return {}


def _unnamed_proxies_cell(text: Text, cells, figures, props: list[str | None]) -> list[str | None]:
    """`props` with the one cell no cue names taken for the proxies' count when its label speaks of votes ("Voix gardées")
    and its figure is the votants less the présents (`_proxies_by_difference`, in a table's row)."""
    if props.count(None) != 1 or not {"nombrePresents", "nombreVotants"} <= set(props) or "nombrePouvoirs" in props:
        return props
    value = {prop: int(f.text) for prop, f in zip(props, figures)}
    at = props.index(None)
    label = pattern(cues("counts")["proxies_by_difference"]).fullmatch(text.folded, cells[at].start, cells[at].start + len(cells[at].text))
    fits = label and _proxies_left(int(figures[at].text), value["nombrePresents"], value["nombreVotants"])
    return props[:at] + ["nombrePouvoirs"] + props[at + 1:] if fits else props


def _item_number(raw: str, at: int) -> bool:
    """Whether the figure at `at` opens a line and is followed by "." or ")": a numbered item's (not a
    label's figure wrapped below its colon: "votants :⏎73. La liste …")."""
    before = raw[max(0, at - 40):at].rstrip(" \t")
    return before.endswith("\n") and not before.rstrip().endswith((":", "=")) and bool(re.match(r"\d{1,4}[.)][ \t]", raw[at:at + 6]))


FIGURES_ONLY = re.compile(r"[ \t]*\d{1,4}(?:[ \t]{2,}\d{1,4})+[ \t]*")
