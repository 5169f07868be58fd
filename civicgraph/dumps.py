"""Dumps for harvesters, written into the published folder: the whole dataset in four formats, the
ontology and the shapes beside them, and their checksums. Byte-identical when nothing changed
(sorted statements, gzip without a timestamp). The TriG file is the prefixes, then each graph's
block as written alone, and the gzipped N-Quads one gzip member per graph (RFC 1952 allows several;
`gzip -d` and Python's gzip read them as one stream); a rebuild takes the JSON-LD, TriG
and gzip member of a graph whose statements are unchanged from the previous build
(cache.Outputs.piece). Past `PARALLEL_FROM` graphs, the graphs' pieces are made by worker
processes (one per core; started only when more than a few graphs are not in the cache) while a
process forked for it writes the Turtle.

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

import hashlib
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import zlib
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from civicgraph import jsonld
from civicgraph.cache import Outputs
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


def write_dumps(store: Store, folder: Path, outputs: Outputs | None = None) -> list[Dump]:
    """Write the dumps into `folder`; return what was written (checksums file last). The dataset
    is streamed a graph (or a chunk of a big graph) at a time: memory does not grow with it.
    With `outputs` (cache.Outputs), each graph's pieces unchanged since the previous build come
    from its cache. Each file's SHA-256 is taken from the bytes as they are written."""
    folder.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    parallel = _cpus() > 1 and len(store.graphs()) >= PARALLEL_FROM
    store.merge()  # before the Turtle's process forks: neither changes the store after
    turtle = _Turtle(store, folder / f"{NAME}.ttl", parallel)  # forked first, before this stage starts a thread
    try:
        quads = _dataset_files(store, folder, outputs, digests, parallel)
        triples, digests[f"{NAME}.ttl"] = turtle.result()
    finally:
        turtle.close()
    ontology = _concatenated(data_dir("ontology"))
    shapes = _concatenated(data_dir("shapes"))
    files = [
        Dump(f"{NAME}.nq.gz", "application/n-quads", quads, True, True, "N-Quads (gzip)"),
        Dump(f"{NAME}.trig", "application/trig", quads, True, False, "TriG"),
        Dump(f"{NAME}.ttl", "text/turtle", triples, False, False, "Turtle"),
        Dump(f"{NAME}.jsonld", "application/ld+json", quads, True, False, "JSON-LD"),
        Dump("context.jsonld", "application/ld+json", 0, title="JSON-LD context"),
        Dump("ontology.ttl", "text/turtle", _count(ontology), title="Ontology"),
        Dump("shapes.ttl", "text/turtle", _count(shapes), title="SHACL shapes"),
    ]
    for name, data in (("context.jsonld", jsonld.context_document()), ("ontology.ttl", ontology), ("shapes.ttl", shapes)):
        (folder / name).write_bytes(data)
        digests[name] = hashlib.sha256(data).hexdigest()
    sums = "".join(f"{digests[d.name]}  {d.name}\n" for d in sorted(files, key=lambda d: d.name))
    (folder / CHECKSUMS).write_text(sums, encoding="utf-8")
    return files + [Dump(CHECKSUMS, "text/plain", 0, title="Checksums")]


def _dataset_files(store: Store, folder: Path, outputs: Outputs | None, digests: dict[str, str], parallel: bool) -> int:
    """N-Quads (gzip), TriG and JSON-LD of the named graphs in one pass, a graph at a time. A graph
    in one chunk (most: one document's) is written from its pieces, from `outputs`' cache when
    its N-Quads are those of a previous build, else made from its N-Quads (`_made`), in worker
    processes when `parallel`, in order; a bigger one is streamed a chunk at a time, its gzip
    member compressed by a thread of their own (zlib lets go of the GIL). The N-Quads file is
    written by that thread, in order."""
    count = 0
    with _Pieces(outputs, parallel) as pieces, _Hashed(folder / f"{NAME}.nq.gz", digests) as nquads_file, \
            _Hashed(folder / f"{NAME}.jsonld", digests) as json_file, _Hashed(folder / f"{NAME}.trig", digests) as trig, \
            _Behind(nquads_file) as nquads:
        writer = jsonld.DatasetWriter(json_file)
        trig.write(_TRIG_PREFIXES)

        def write(data: bytes) -> None:
            member, item, block = _split(data)
            nquads.write(lambda: member)
            writer.write(item.decode("utf-8"))
            trig.write(block)

        for graph in store.graphs():
            text = store.graph_nquads(graph)
            if text == b"":
                continue
            if text is not None:
                for data in pieces.add(text):
                    write(data)
                count += text.count(b"\n")
                continue
            for data in pieces.drain():
                write(data)

            member = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, GZIP)

            def streamed(chunks=store.chunks([graph]), member=member):
                for chunk in chunks:
                    data = "".join(f"{q} .\n" for q in chunk).encode("utf-8")
                    nquads.write(lambda data=data: member.compress(data))
                    writer.add(chunk)
                    yield chunk

            counted = _counted(streamed())
            ox.serialize(counted, output=_Headless(trig), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
            nquads.write(member.flush)
            count += counted.count
        for data in pieces.drain():
            write(data)
        if not nquads.pending_or_written:
            nquads.write(lambda: _gzipped([]))
        writer.close()
    return count


PARALLEL_FROM = 64  # named graphs from which the pieces are made in worker processes and the Turtle in a process of its own


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _made(nquads: bytes) -> bytes:
    """One graph's pieces from its N-Quads (sorted, as `Store.graph_nquads` writes them: parsed in
    that order): its gzip member, JSON-LD object and TriG block, after a line giving the first two's
    lengths (`_split`): what `outputs` keeps of it."""
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    member = _gzipped([nquads])
    item = jsonld.DatasetWriter.item(quads).encode("utf-8")
    block = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)[len(_TRIG_PREFIXES):]
    return b"%d %d\n" % (len(member), len(item)) + member + item + block


def _split(data: bytes) -> tuple[bytes, bytes, bytes]:
    """The gzip member, JSON-LD object and TriG block of `_made`'s bytes."""
    head, rest = data.split(b"\n", 1)
    member, item = map(int, head.split())
    return rest[:member], rest[member:member + item], rest[member + item:]


class _Pieces:
    """The pieces of the graphs (`_made`), in the order added: from `outputs`' cache, or made here,
    or by worker processes (started fresh, not forked from this big process) with at most
    `AHEAD` graphs waiting per worker, once more than `HERE` graphs were not in the cache. `add`
    gives back the pieces that are ready, in order; `drain` the rest."""

    AHEAD = 8
    # graphs made here before the workers start: starting two costs about 0.5 s of CPU, more than a
    # rebuild's few changed graphs (one document's and the graph of inferences: 0.25 s at 100 documents)
    HERE = 4

    def __init__(self, outputs: Outputs | None, parallel: bool):
        self.outputs, self.waiting = outputs, deque()
        self.pool, self.missed = None, 0
        if parallel:
            context = multiprocessing.get_context("spawn")  # its workers this process's children: their CPU time is counted with its
            self.pool = ProcessPoolExecutor(_cpus(), mp_context=context)
            self.ahead = self.AHEAD * _cpus()

    def add(self, nquads: bytes) -> Iterator[bytes]:
        known = None if self.outputs is None else self.outputs.known(nquads)
        if known is None and not self._to_workers():
            known = _made(nquads)
            if self.outputs is not None:
                self.outputs.keep(nquads, known)
        self.waiting.append((nquads, known if known is not None else self.pool.submit(_made, nquads)))
        while self.waiting and (self.pool is None or len(self.waiting) > self.ahead or not isinstance(self.waiting[0][1], Future)):
            yield self._next()

    def _to_workers(self) -> bool:
        """Whether a graph not in the cache goes to the workers (past the first HERE), not made here."""
        self.missed += 1
        return self.pool is not None and self.missed > self.HERE

    def drain(self) -> Iterator[bytes]:
        while self.waiting:
            yield self._next()

    def _next(self) -> bytes:
        nquads, data = self.waiting.popleft()
        if isinstance(data, Future):
            data = data.result()
            if self.outputs is not None:
                self.outputs.keep(nquads, data)
        return data

    def __enter__(self):
        return self

    def __exit__(self, kind, *_) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=kind is not None)


class _Turtle:
    """The Turtle of the merged graph, written by a process forked for it when `parallel` (it reads
    the store the parent holds, unchanged meanwhile), else here when `result` is asked. `result`:
    (triples, SHA-256)."""

    def __init__(self, store: Store, path: Path, parallel: bool):
        self.store, self.path, self.process = store, path, None
        if parallel and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.answer, sent = context.Pipe(duplex=False)
            self.process = context.Process(target=self._child, args=(sent,), name="dumps-turtle")
            self.process.start()
            sent.close()

    def _write(self) -> tuple[int, str]:
        digests: dict[str, str] = {}
        sort = shutil.which("sort")
        with _Hashed(self.path, digests) as turtle:
            if sort is None:
                triples = _counted(self.store.merged_chunks())
                ox.serialize(triples, output=turtle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
                count = triples.count
            else:
                with tempfile.TemporaryDirectory(prefix=".sorting-", dir=self.path.parent) as folder:
                    count = _sorted_lines(self.store, Path(folder), sort)
                    ox.serialize(ox.parse(path=str(Path(folder) / "sorted.nt"), format=ox.RdfFormat.N_TRIPLES),
                                 output=turtle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return count, digests[self.path.name]

    def _child(self, sent) -> None:
        try:
            sent.send(("done", self._write()))
        except BaseException as error:  # noqa: BLE001 — told to the parent, which raises it
            sent.send(("failed", f"{type(error).__name__}: {error}"))
        finally:
            sent.close()

    def close(self) -> None:
        """End the process if it still runs (the dataset files failed before its result was asked)."""
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
            self.process.join()

    def result(self) -> tuple[int, str]:
        if self.process is None:
            return self._write()
        try:
            status, value = self.answer.recv()
        except EOFError:
            status, value = "failed", "the process writing the Turtle ended without an answer"
        self.process.join()
        if status != "done":
            raise RuntimeError(f"{self.path}: {value}")
        return value


class _Hashed:
    """A file opened for writing whose SHA-256 is taken as it is written (put into `digests` under
    its name when closed): the checksums without reading the files again."""

    def __init__(self, path: Path, digests: dict[str, str]):
        self.path, self.digests, self.digest = path, digests, hashlib.sha256()
        self.stream = open(path, "wb")

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, kind, *_) -> None:
        self.stream.close()
        if kind is None:
            self.digests[self.path.name] = self.digest.hexdigest()


class _Behind:
    """Bytes written to a stream by a thread of its own, in the order given: `write(make)` queues
    `make` (which returns the bytes, e.g. compressed); at most `AHEAD` wait, so memory stays
    bounded. An error in `make` or in writing is raised by the next `write` or at the end."""

    AHEAD = 4

    def __init__(self, stream):
        self.stream, self.pending_or_written = stream, False
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dumps-gzip")
        self.pending: deque = deque()

    def write(self, make: Callable[[], bytes]) -> None:
        while len(self.pending) >= self.AHEAD:
            self.pending.popleft().result()
        self.pending.append(self.pool.submit(lambda: self.stream.write(make())))
        self.pending_or_written = True

    def __enter__(self):
        return self

    def __exit__(self, kind, *_) -> None:
        try:
            while self.pending:
                future = self.pending.popleft()
                if kind is None:
                    future.result()
                else:
                    future.cancel()
        finally:
            self.pool.shutdown(wait=True)


GZIP = 31  # zlib's window bits for a gzip member (header without name nor time: the same bytes each build)
# zlib's default level (gzip's too). Level 9 took 3.1 times its CPU for a file 2.9 % smaller (this one 3.0 % larger) (1,000 synthetic documents,
# a member per graph: 6.2 s against 2.0 s, 17.38 against 17.89 MB; level 5: 1.6 s, 18.94 MB): a sixth of the dumps
# stage's CPU. The N-Quads inside are the same; the compressed bytes differ (and the header's XFL byte, 0 here, 2 at 9).
GZIP_LEVEL = 6


def _gzipped(parts: list[bytes]) -> bytes:
    """One gzip member of the parts, at GZIP_LEVEL: the bytes a graph written in chunks gets too."""
    member = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, GZIP)
    return b"".join([*map(member.compress, parts), member.flush()])


def _trig_prefixes() -> bytes:
    """The prefix lines TriG starts with (pyoxigraph writes them all before the first statement)."""
    anything = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"), ox.NamedNode("urn:g"))
    text = ox.serialize([anything], format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return b"".join(line for line in text.splitlines(keepends=True) if line.startswith(b"@prefix "))


_TRIG_PREFIXES = _trig_prefixes()


class _Headless:
    """A binary stream that drops the TriG prefix lines written first (the file has them once)."""

    def __init__(self, stream):
        self.stream, self.skip = stream, len(_TRIG_PREFIXES)

    def write(self, data: bytes) -> int:
        kept = data[self.skip:]
        self.skip = max(0, self.skip - len(data))
        self.stream.write(kept)
        return len(data)

    def flush(self) -> None:
        self.stream.flush()


def _sorted_lines(store: Store, folder: Path, sort: str) -> int:
    """The merged graph's N-Triples lines written by Oxigraph into the system's `sort`, which
    sorts them into `folder`/sorted.nt (bytewise, LC_ALL=C: the order of `Store.chunks`, a line
    being its statement's text and " .": neither ends before the other, so no line is a prefix of
    another), in bounded memory (it merges runs in `folder`); return the lines."""
    environment = {**os.environ, "LC_ALL": "C"}
    command = [sort, "-S", SORT_MEMORY, "-T", str(folder), "-o", str(folder / "sorted.nt")]
    with subprocess.Popen(command, env=environment, stdin=subprocess.PIPE) as sorting:
        try:
            store.write_lines(sorting.stdin)
        finally:
            sorting.stdin.close()
    if sorting.returncode != 0:
        raise subprocess.CalledProcessError(sorting.returncode, command)
    lines = 0
    with open(folder / "sorted.nt", "rb") as stream:
        while block := stream.read(1 << 22):
            lines += block.count(b"\n")
    return lines


SORT_MEMORY = "256M"  # the buffer `sort` holds; past it, it sorts runs into temporary files and merges them


class _counted:
    """The statements of some chunks, counted as they pass (a chunk at a time)."""

    def __init__(self, chunks):
        self.chunks, self.count = chunks, 0

    def __iter__(self):
        for chunk in self.chunks:
            self.count += len(chunk)
            yield from chunk


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _concatenated(folder: Path) -> bytes:
    """The Turtle files of a data folder, as written, one after the other (Turtle allows prefixes
    declared again; re-serialising would rename blank nodes at random)."""
    return b"\n".join(path.read_bytes() for path in sorted(folder.glob("*.ttl")))


def _count(turtle: bytes) -> int:
    return sum(1 for _ in ox.parse(turtle, format=ox.RdfFormat.TURTLE))

