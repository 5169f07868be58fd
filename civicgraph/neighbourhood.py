"""The neighbourhood graph of an entity page, drawn at build time as a static SVG: the entity in
the middle, the organisations, persons, programmes and organs it is linked to around it (grouped
by kind, each a link to its page), no script and no library. The list beside it says the same in
text, for screen readers and text browsers: the drawing is hidden from assistive technology and
its links from the keyboard, so that nothing is announced twice.

With JavaScript, `site/static/graph.js` replaces the drawing by an interactive one (a force layout
from the vendored d3-force: nodes that can be dragged and focused with the keyboard, each a link).
It reads its nodes from this SVG: each node's `<a>` carries its `data-kind`, the SVG its centre's
`data-title`; so the static drawing is the no-JavaScript fallback and the one source of both.
"""

from __future__ import annotations

import math

from markupsafe import Markup, escape

KINDS = {  # IRI family → (colour, legend); colours of at least 4.5:1 against white
    "organisation": ("#1f5f8b", "organisation"),
    "personne": ("#8a4b08", "personne"),
    "programme": ("#2e6b30", "programme"),
    "organe": ("#6b3d8f", "organe"),
}
MOST = 24  # neighbours drawn; the list names them all
WIDTH, HEIGHT, RADIUS = 760, 460, 170


def _short(text: str, size: int = 28) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _share(nodes: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """At most MOST nodes, the slots shared between the kinds (each kind keeps its order), so
    that thirty persons do not hide the programmes."""
    by_kind = {kind: [n for n in nodes if n[1] == kind] for kind in KINDS}
    kept: dict[str, int] = {kind: 0 for kind in KINDS}
    while sum(kept.values()) < min(MOST, len(nodes)):
        for kind in KINDS:
            if kept[kind] < len(by_kind[kind]) and sum(kept.values()) < MOST:
                kept[kind] += 1
    return [n for kind in KINDS for n in by_kind[kind][: kept[kind]]]


def svg(title: str, neighbours: list[tuple[object, str]]) -> Markup | None:
    """The drawing for an entity titled `title` with neighbours [(Link, IRI family)] (in the order
    to draw them); None when there is none. At most MOST are drawn, shared between the kinds."""
    drawn = _share([(link, kind) for link, kind in neighbours if kind in KINDS])
    if not drawn:
        return None
    cx, cy = WIDTH / 2, HEIGHT / 2
    parts = [f'<svg class="graph" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
             f'xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" data-title="{escape(title)}">']
    nodes = []
    for i, (link, kind) in enumerate(drawn):
        angle = 2 * math.pi * i / len(drawn) - math.pi / 2
        x, y = cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle)
        parts.append(f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="#b8b8b8"/>')
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = 4 if anchor != "middle" else (-12 if math.sin(angle) < 0 else 20)
        colour = KINDS[kind][0]
        nodes.append(f'<a href="{escape(link.href)}" tabindex="-1" data-kind="{kind}"><title>{escape(link.label)}</title>'
                     f'<circle cx="{x:.0f}" cy="{y:.0f}" r="7" fill="{colour}"/>'
                     f'<text x="{x + dx:.0f}" y="{y + dy:.0f}" text-anchor="{anchor}" fill="{colour}">{escape(_short(link.label))}</text></a>')
    parts += nodes
    parts.append(f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="11" fill="#222"/>'
                 f'<text x="{cx:.0f}" y="{cy + 30:.0f}" text-anchor="middle" font-weight="bold" fill="#222">{escape(_short(title, 40))}</text>')
    legend = [k for k in KINDS if any(kind == k for _, kind in drawn)]
    for i, kind in enumerate(legend):
        colour, name = KINDS[kind]
        parts.append(f'<circle cx="14" cy="{16 + 20 * i}" r="6" fill="{colour}"/><text x="26" y="{21 + 20 * i}" fill="#222">{name}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
