"""The reading cache of incremental builds: the facts read from each document, kept between builds
in the output folder (`OUT/cache/reading/`), keyed by what the facts are a function of — the
document (its path, key, and the SHA-256 of its text) and everything that reads it (the package's
code, the data folders of ingest/ and of the readers named, the curated identities). Change any of
these and the key changes: nothing stale is ever read back.

A build reads the previous output folder's cache and writes the entries it used or made into its
own (a hard link when it can), so the cache holds the entries of the last build and no more."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from pathlib import Path

import civicgraph
from civicgraph.facts import Facts, SourceDocument
from civicgraph.paths import data_dir

FOLDER = Path("cache") / "reading"


class ReadingCache:
    """Facts by document, read from `previous` (an earlier output folder's cache, if any) and
    written into `current`."""

    def __init__(self, current: Path, previous: Path | None, sources: list[Path]):
        self.current, self.previous = current, previous
        self.version = _version([Path(civicgraph.__file__).parent, data_dir("ingest"), *sources])
        self.hits = 0

    def _name(self, document: SourceDocument) -> str:
        text = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        return hashlib.sha256("\n".join((self.version, str(document.path), document.stem, document.sha256, text)).encode()).hexdigest()

    def get(self, document: SourceDocument) -> Facts | None:
        """The facts cached for the document, or None."""
        name = self._name(document)
        for folder in (self.current, self.previous):
            if folder is not None and (folder / name).exists():
                try:
                    facts = pickle.loads((folder / name).read_bytes())
                except Exception:  # noqa: BLE001 — a damaged entry is read again, not trusted
                    return None
                if folder is not self.current:
                    _keep(folder / name, self.current / name)
                self.hits += 1
                return facts
        return None

    def put(self, document: SourceDocument, facts: Facts) -> None:
        self.current.mkdir(parents=True, exist_ok=True)
        path = self.current / self._name(document)
        temporary = path.with_suffix(".part")
        temporary.write_bytes(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)


def _keep(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _version(folders: list[Path]) -> str:
    """A digest of every file under the folders (names and bytes), in a stable order."""
    digest = hashlib.sha256()
    for folder in map(Path, folders):
        files = [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(folder.parent if folder.is_file() else folder)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
