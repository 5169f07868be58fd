"""Which data each page of the site read, so that a rebuild makes again only the pages whose data
changed. The maps the site gathers once for the whole graph (labels, sort keys, classes, outgoing
and incoming statements, evidence, passages) are wrapped so that every key a page looks up
while its context is made is recorded, present or not; a page's key is the digest of what it
read under those keys (and of what it gets whole: its template, a séance's attendance, a
document's passages). A page is a deterministic function of what it reads, so when every key it
read last time holds what it held, it reads the same keys again and is the same page: it is
linked from the previous build (cache.Outputs) without its context being made. The keys each
page read and their digest are kept in the build cache (`cache/site-reads.pickle`); the manifest
keeps the digest of each page's context, as for a page made again (its search bundle is indexed
again only when a page's context changed)."""

from __future__ import annotations

import hashlib
from array import array
import pickle
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from civicgraph.cache import Outputs

FILE = "site-reads.pickle"


class _Log:
    current: set | None = None


class _Recording:
    """Records the keys looked up in a dict while its log is on (dict's own methods do the lookup:
    a defaultdict's __missing__ still makes a missing key)."""

    log: _Log

    def __getitem__(self, key):
        if self.log.current is not None:
            self.log.current.add(key)
        return dict.__getitem__(self, key)

    def get(self, key, default=None):
        if self.log.current is not None:
            self.log.current.add(key)
        return dict.get(self, key, default)

    def __contains__(self, key):
        if self.log.current is not None:
            self.log.current.add(key)
        return dict.__contains__(self, key)


class _Recorded(_Recording, dict):
    def __init__(self, log: _Log, data):
        super().__init__(data)
        self.log = log


class _RecordedDefault(_Recording, defaultdict):
    def __init__(self, log: _Log, data: defaultdict):
        super().__init__(data.default_factory, data)
        self.log = log


def recorded(log: _Log, data: dict) -> dict:
    return _RecordedDefault(log, data) if isinstance(data, defaultdict) else _Recorded(log, data)


class PageReads:
    """The keys read by each page (by its path in the site) in this build and the previous one.
    `maps`: name → the site's maps, wrapped here (use `self.maps[name]` in their place); `shared`:
    what every page may read without a key (words, vocabulary), in its repr."""

    def __init__(self, outputs: Outputs, maps: dict[str, dict], shared: str):
        self.outputs, self.log = outputs, _Log()
        self.maps = {name: recorded(self.log, data) for name, data in maps.items()}
        self.shared = hashlib.sha256(f"{shared}\n".encode("utf-8"))  # fed once: each page's digest goes on from a copy
        self.previous: dict[str, tuple] = {}  # path → (keys read, their digest, paths of its whole lists)
        if outputs.previous_cache is not None and (outputs.previous_cache / FILE).is_file():
            try:
                self.previous = _decoded(pickle.loads((outputs.previous_cache / FILE).read_bytes()))
            except Exception:  # noqa: BLE001 — a damaged file: every page is made again
                self.previous = {}
        self.now: dict[str, tuple] = {}
        self.data: dict = {}  # key → digest of what the maps hold under it, made once a build
        self.reused = 0

    def unchanged(self, relative: str, fixed: str, out: Path) -> tuple[str, ...] | None:
        """When the page at `relative` read nothing that changed: the paths of the page and of the
        pages of its whole lists (mentions), each linked (or kept) from the previous build into
        `out` under the digest it recorded; None when the page must be made again."""
        keys, key, lists = self.previous.get(relative, ((), None, ()))
        paths = (relative, *lists)
        if key is None or self.key(fixed, keys) != key or any(path not in self.outputs.previous for path in paths):
            return None
        for done, path in enumerate(paths):
            if not self.outputs.reuse(path, self.outputs.previous[path], out / path):  # gone from the previous publication
                for linked in paths[:done]:  # the page is made again, its lists too: as new files
                    (out / linked).unlink(missing_ok=True)
                return None
        self.now[relative] = keys, key, lists
        self.reused += 1
        return paths

    @contextmanager
    def recording(self, relative: str, fixed: str):
        """Record the keys read in the block as those of the page at `relative`; the block adds to
        the list it gets the paths of the other pages made from what it read (its whole lists)."""
        self.log.current = read = set()
        lists: list[str] = []
        try:
            yield lists
        finally:
            self.log.current = None
        keys = tuple(sorted(read, key=str))
        self.now[relative] = keys, self.key(fixed, keys), tuple(lists)

    def key(self, fixed: str, keys: tuple) -> str:
        """The digest of a page: its fixed inputs and what the maps hold under the keys it read."""
        digest = self.shared.copy()
        digest.update(fixed.encode("utf-8"))
        for key in keys:
            digest.update(self._datum(key))
        return self.outputs.digest(digest.hexdigest())

    def _datum(self, key) -> bytes:
        if key not in self.data:
            # dict.get: not recorded; empty as absent (a defaultdict makes a key it is asked for)
            held = tuple(dict.get(data, key) or None for data in self.maps.values())
            self.data[key] = hashlib.sha1(repr((key, held)).encode("utf-8")).digest()
        return self.data[key]

    def save(self) -> None:
        folder = self.outputs.manifest.parent
        folder.mkdir(parents=True, exist_ok=True)
        (folder / FILE).write_bytes(pickle.dumps(_encoded(self.now), protocol=pickle.HIGHEST_PROTOCOL))


def _encoded(pages: dict[str, tuple]) -> dict:
    """Pages' reads with each key stored once: a page names the keys it read by their numbers
    (a hub's IRI is read by thousands of pages; as strings, 40 MB at 100 documents)."""
    table = sorted({key for keys, *_ in pages.values() for key in keys}, key=str)
    number = {key: n for n, key in enumerate(table)}
    return {"keys": table, "pages": {relative: (array("I", map(number.__getitem__, keys)).tobytes(), digest, lists)
                                      for relative, (keys, digest, lists) in pages.items()}}


def _decoded(stored: dict) -> dict[str, tuple]:
    table = stored["keys"]
    pages = {}
    for relative, (numbers, digest, lists) in stored["pages"].items():
        read = array("I")
        read.frombytes(numbers)
        pages[relative] = tuple(map(table.__getitem__, read)), digest, lists
    return pages
