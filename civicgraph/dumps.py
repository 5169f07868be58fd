"""Dumps for harvesters: the whole dataset as N-Quads and TriG, plain and gzipped, byte-identical
when nothing changed (sorted statements, gzip without a timestamp)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox

from civicgraph.store import Store
from civicgraph.vocab import PREFIXES

NAME = "civicgraph"


def write_dumps(store: Store, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    nquads = store.nquads().encode("utf-8")
    trig = _trig(nquads)
    written = []
    for suffix, data in ((".nq", nquads), (".trig", trig)):
        written += [_write(folder / f"{NAME}{suffix}", data), _write(folder / f"{NAME}{suffix}.gz", _gzip(data))]
    return written


def _trig(nquads: bytes) -> bytes:
    """TriG from the sorted N-Quads: Oxigraph writes graphs in the order it reads them."""
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
