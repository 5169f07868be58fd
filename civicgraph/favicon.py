"""The site's icon, drawn by the build from one small drawing: three linked nodes (a graph) on the
header's blue. Written as `static/favicon.svg`, which every page names in its `<link rel="icon">`, and
as `favicon.ico` at the site's root (the same drawing rasterised into a PNG inside an ICO), which a
browser asks for on its own when it shows something that names no icon (a Turtle file, a server's
error page). No external request, no image library: the PNG is written with zlib."""

from __future__ import annotations

import struct
import zlib

SIZE = 32  # the drawing's units, and the raster's pixels
BACKGROUND, LINE, NODE = "#1f3a5f", "#ffffff", "#c9a227"  # the header's blue, white, the focus ring's gold
CORNER = 6  # radius of the background's rounded corners
NODES = [(9.0, 22.0), (16.0, 9.5), (23.0, 22.0)]
RADIUS = 4.0
EDGES = [(0, 1), (1, 2), (0, 2)]
STROKE = 2.5
SAMPLES = 4  # per pixel and per axis, for smooth edges


def svg() -> str:
    lines = "".join(f'<line x1="{NODES[a][0]:g}" y1="{NODES[a][1]:g}" x2="{NODES[b][0]:g}" y2="{NODES[b][1]:g}"/>' for a, b in EDGES)
    circles = "".join(f'<circle cx="{x:g}" cy="{y:g}" r="{RADIUS:g}"/>' for x, y in NODES)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}">'
            f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{BACKGROUND}"/>'
            f'<g stroke="{LINE}" stroke-width="{STROKE:g}" stroke-linecap="round">{lines}</g>'
            f'<g fill="{NODE}">{circles}</g></svg>\n')


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def _on_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance from (x, y) to the segment a–b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)))
    return ((x - a[0] - t * dx) ** 2 + (y - a[1] - t * dy) ** 2) ** 0.5


def _in_background(x: float, y: float) -> bool:
    cx = min(max(x, CORNER), SIZE - CORNER)
    cy = min(max(y, CORNER), SIZE - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2


def _colour_at(x: float, y: float) -> tuple[int, int, int] | None:
    """The drawing's colour at a point, the topmost shape's (None outside the background)."""
    if any((x - nx) ** 2 + (y - ny) ** 2 <= RADIUS ** 2 for nx, ny in NODES):
        return _rgb(NODE)
    if any(_on_segment(x, y, NODES[a], NODES[b]) <= STROKE / 2 for a, b in EDGES):
        return _rgb(LINE)
    return _rgb(BACKGROUND) if _in_background(x, y) else None


def pixels() -> list[list[tuple[int, int, int, int]]]:
    """The drawing rasterised at SIZE × SIZE, RGBA, each pixel the mean of SAMPLES² points."""
    rows = []
    for py in range(SIZE):
        row = []
        for px in range(SIZE):
            found = [_colour_at(px + (i + .5) / SAMPLES, py + (j + .5) / SAMPLES) for i in range(SAMPLES) for j in range(SAMPLES)]
            inside = [c for c in found if c is not None]
            if not inside:
                row.append((0, 0, 0, 0))
                continue
            mean = tuple(round(sum(c[k] for c in inside) / len(inside)) for k in range(3))
            row.append((*mean, round(255 * len(inside) / len(found))))
        rows.append(row)
    return rows


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel) for row in pixels())
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8 bits, RGBA, no interlace
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico() -> bytes:
    """An ICO holding one PNG image (the form every current browser reads)."""
    image = png()
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 6 + 16) + image


FILES = {"static/favicon.svg": lambda: svg().encode("utf-8"), "favicon.ico": ico}
