"""The document viewer's text: the full text as read, every extracted span highlighted, linked to the
resource it produced, and anchored by its offsets (`#c2224-2236`).

Spans may nest or cross. The text is cut at every span boundary; each piece covered by a span is
one highlighted link to the resource of the narrowest span covering it (the most specific fact),
and an empty anchor marks where each span starts. The pieces carry their offsets so that a script
can outline exactly the passage the address names.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    href: str
    label: str


def anchor(start: int, end: int) -> str:
    """The id of a passage in the viewer."""
    return f"c{start}-{end}"


def highlight(text: str, spans: list[Span]) -> Markup:
    """The text as HTML: escaped, with the spans inside [0, len(text)] highlighted and anchored."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    opening: dict[int, list[int]] = {}  # where each span (by its place in the list) opens and closes
    closing: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        starts.setdefault(span.start, []).append(span)
        opening.setdefault(span.start, []).append(i)
        closing.setdefault(span.end, []).append(i)
    out: list[str] = []
    covering: set[int] = set()  # the spans covering the piece at hand
    for left, right in zip(cuts, cuts[1:]):
        covering.difference_update(closing.get(left, ()))
        covering.update(opening.get(left, ()))
        for start, end in sorted({(s.start, s.end) for s in starts.get(left, ())}):
            out.append(f'<span class="anchor" id="{anchor(start, end)}"></span>')
        piece = escape(text[left:right])
        if not covering:
            out.append(str(piece))
            continue
        narrow = spans[min(covering, key=lambda i: (spans[i].end - spans[i].start, spans[i].label, i))]
        out.append(
            f'<a class="span" href="{escape(narrow.href)}" title="{escape(narrow.label)}" '
            f'data-start="{left}" data-end="{right}">{piece}</a>'
        )
    return Markup("".join(out))
