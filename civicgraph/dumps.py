"""Dumps for harvesters, written into the published folder: the whole dataset in four formats, the
ontology and the shapes beside them, and their checksums. Byte-identical when nothing changed
(sorted statements, gzip without a timestamp).

| file | content |
|---|---|
| `civicgraph.nq.gz` | N-Quads, gzipped: every named graph (one per document, inferences, ontology) |
| `civicgraph.trig` | TriG: the same named graphs |
| `civicgraph.ttl` | Turtle: the union of the graphs merged into one (each distinct triple once) |
| `civicgraph.jsonld` | JSON-LD: the named graphs, with the prefixes of `context.jsonld` inlined |
| `context.jsonld` | the JSON-LD context |
| `ontology.ttl`, `shapes.ttl` | the ontology and the SHACL shapes the data is checked with |
| `SHA256SUMS` | `sha256sum -c` format, for every file above |
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from civicgraph import jsonld
from civicgraph.paths import data_dir
from civicgraph.store import Store
from civicgraph.vocab import PREFIXES

NAME = "civicgraph"
CHECKSUMS = "SHA256SUMS"


@dataclass(frozen=True)
class Dump:
    """One file written: its name in the dumps folder, media type, statements (quads for a
    dataset format, triples for a graph format, 0 for a file that is not data), and whether it
    is gzipped."""

    name: str
    media_type: str
    statements: int
    graphs: bool = False
    gzipped: bool = False
    title: str = ""


def write_dumps(store: Store, folder: Path) -> list[Dump]:
    """Write the dumps into `folder`; return what was written (checksums file last)."""
    folder.mkdir(parents=True, exist_ok=True)
    nquads = store.nquads().encode("utf-8")
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    merged = store.ntriples().encode("utf-8")
    triples = list(ox.parse(merged, format=ox.RdfFormat.N_TRIPLES))
    ontology = _concatenated(data_dir("ontology"))
    shapes = _concatenated(data_dir("shapes"))
    files = [
        (Dump(f"{NAME}.nq.gz", "application/n-quads", len(quads), True, True, "N-Quads (gzip)"), _gzip(nquads)),
        (Dump(f"{NAME}.trig", "application/trig", len(quads), True, False, "TriG"), _serialize(quads, ox.RdfFormat.TRIG)),
        (Dump(f"{NAME}.ttl", "text/turtle", len(triples), False, False, "Turtle"), _serialize(triples, ox.RdfFormat.TURTLE)),
        (Dump(f"{NAME}.jsonld", "application/ld+json", len(quads), True, False, "JSON-LD"), jsonld.dataset(quads)),
        (Dump("context.jsonld", "application/ld+json", 0, title="JSON-LD context"), jsonld.context_document()),
        (Dump("ontology.ttl", "text/turtle", _count(ontology), title="Ontology"), ontology),
        (Dump("shapes.ttl", "text/turtle", _count(shapes), title="SHACL shapes"), shapes),
    ]
    for dump, data in files:
        (folder / dump.name).write_bytes(data)
    sums = "".join(f"{sha256(folder / d.name)}  {d.name}\n" for d, _ in sorted(files, key=lambda f: f[0].name))
    (folder / CHECKSUMS).write_text(sums, encoding="utf-8")
    return [d for d, _ in files] + [Dump(CHECKSUMS, "text/plain", 0, title="Checksums")]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _serialize(statements: list, fmt: ox.RdfFormat) -> bytes:
    """Oxigraph writes statements in the order given: sorted in, the same bytes out."""
    return ox.serialize(statements, format=fmt, prefixes=PREFIXES)


def _concatenated(folder: Path) -> bytes:
    """The Turtle files of a data folder, as written, one after the other (Turtle allows prefixes
    declared again; re-serialising would rename blank nodes at random)."""
    return b"\n".join(path.read_bytes() for path in sorted(folder.glob("*.ttl")))


def _count(turtle: bytes) -> int:
    return sum(1 for _ in ox.parse(turtle, format=ox.RdfFormat.TURTLE))


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)
