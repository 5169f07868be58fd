"""The caches of incremental builds, kept between builds in the output folder (`OUT/cache/`), each
entry named by the SHA-256 of everything its content is a function of, so that nothing stale is
ever read back:

- reading (`cache/reading/`): the facts read from each document, keyed by the document (its path,
  key, and the SHA-256 of its text) and everything that reads it (the package's code, the data
  folders of ingest/ and of the readers named, the curated identities);
- site (`cache/site.json`): the digest of what each page and description of the site was made
  from (class Outputs), and the French sort keys of the site's names (`cache/collation.pickle`);
- what a stage made from one document graph, by the graph's digest (class Derived): the
  entailments of each graph (`cache/inference/`).

A build reads the previous output folder's cache and writes the entries it used or made into its
own (a hard link when it can), so the cache holds the entries of the last build and no more."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from pathlib import Path
from typing import Callable

import civicgraph
from civicgraph import french
from civicgraph.facts import Facts, SourceDocument
from civicgraph.paths import data_dir, link, link_tree, remove_empty_folders

FOLDER = Path("cache")
COLLATION = "collation.pickle"  # the French sort keys of the site's names (Outputs.keep_collation)


class Entries:
    """Files by name in the folder `current`, found there or in `previous` (then linked into
    `current`: the next build finds what this one used)."""

    def __init__(self, current: Path, previous: Path | None):
        self.current, self.previous = current, previous
        self.hits = 0

    def has(self, name: str) -> bool:
        """Whether the entry is in `current` or `previous` (nothing linked nor counted: `get` does)."""
        return any(folder is not None and (folder / name).exists() for folder in (self.current, self.previous))

    def get(self, name: str) -> bytes | None:
        for folder in (self.current, self.previous):
            if folder is not None and (folder / name).exists():
                if folder is not self.current:
                    _keep(folder / name, self.current / name)
                self.hits += 1
                return (self.current / name).read_bytes()
        return None

    def put(self, name: str, data: bytes) -> None:
        self.current.mkdir(parents=True, exist_ok=True)
        path = self.current / name
        temporary = path.with_suffix(".part")
        temporary.write_bytes(data)
        os.replace(temporary, path)


class ReadingCache:
    """Facts by document, read from `previous` (an earlier output folder's cache folder, if any)
    and written into `current` (this build's)."""

    def __init__(self, current: Path, previous: Path | None, sources: list[Path]):
        self.entries = Entries(current / "reading", previous / "reading" if previous else None)
        self.version = _version([Path(civicgraph.__file__).parent, data_dir("ingest"), *sources])

    @property
    def hits(self) -> int:
        return self.entries.hits

    def _name(self, document: SourceDocument) -> str:
        text = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        return hashlib.sha256("\n".join((self.version, str(document.path), document.stem, document.sha256, text)).encode()).hexdigest()

    def has(self, document: SourceDocument) -> bool:
        """Whether facts are cached for the document (`get` may still find them damaged)."""
        return self.entries.has(self._name(document))

    def get(self, document: SourceDocument) -> Facts | None:
        """The facts cached for the document, or None."""
        data = self.entries.get(self._name(document))
        try:
            return None if data is None else pickle.loads(data)
        except Exception:  # noqa: BLE001 — a damaged entry is read again, not trusted
            self.entries.hits -= 1
            return None

    def put(self, document: SourceDocument, facts: Facts) -> None:
        self.entries.put(self._name(document), pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))


class Derived:
    """Bytes a stage made from one named graph, in `current/NAME` (found there or in `previous`),
    named by the graph's digest (Store.digest) and the digest of the package's code and the
    data folders `sources` it also depends on."""

    def __init__(self, name: str, current: Path, previous: Path | None, sources: list[Path]):
        self.entries = Entries(current / name, previous / name if previous else None)
        self.version = _version([Path(civicgraph.__file__).parent, *sources])

    @property
    def hits(self) -> int:
        return self.entries.hits

    def _name(self, digest: str) -> str:
        return hashlib.sha256(f"{self.version}\n{digest}".encode()).hexdigest()

    def get(self, digest: str) -> bytes | None:
        return self.entries.get(self._name(digest))

    def put(self, digest: str, data: bytes) -> None:
        self.entries.put(self._name(digest), data)

    def path(self, digest: str) -> Path:
        """The file of an entry this build got or put."""
        return self.entries.current / self._name(digest)


def _keep(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    link(source, target)


def _version(folders: list[Path]) -> str:
    """A digest of every file under the folders (names and bytes), in a stable order."""
    digest = hashlib.sha256()
    for folder in map(Path, folders):
        files = [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(folder.parent if folder.is_file() else folder)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class Outputs:
    """Files of the previous publication made again only when what they are a function of changed.
    A manifest (JSON, in this build's cache folder) maps each file's path, relative to the folder
    it is published in, to the digest of its inputs; a file whose digest is the one the previous
    build recorded is hard-linked from the previous folder instead of being made again (a link
    costs a seventh of writing the file here).

    When this build writes into an earlier publication (`folder`, recycled: see `recycle`), the
    manifest that folder kept says what its files hold: a file whose digest is unchanged is left
    where it is, one that changed is replaced (unlinked first: it may be a hard link that the
    published folder shares, never written through), and at `save` those this build did not
    record are removed."""

    def __init__(self, name: str, current: Path, previous: Path | None, published: Path | None, sources: list[Path],
                 folder: Path | None = None):
        self.manifest = current / f"{name}.json"
        self.previous = _manifest(previous / f"{name}.json") if previous is not None and published is not None else {}
        self.folder_here, self.here = folder, {}
        if folder is not None:
            self.here = _manifest(self.manifest)
            self.manifest.unlink(missing_ok=True)  # written again at save, the last file of the site
        self.published = published
        self.previous_cache = previous if published is not None else None
        self.version = _version([Path(civicgraph.__file__).parent, *sources])
        self.recorded: dict[str, str] = {}
        self.reused = 0
        self.folders: set[Path] = set()  # made already: one mkdir per folder, not per file
        self.pieces = Entries(current / f"{name}-pieces", previous / f"{name}-pieces" if previous is not None else None)

    def digest(self, *parts: str) -> str:
        return hashlib.sha256("\n".join((self.version, *parts)).encode("utf-8")).hexdigest()

    def reuse(self, relative: str, digest: str, target: Path) -> bool:
        """Record `relative`'s digest; link the previous file to `target` if its digest was the
        same (True), else leave `target` to the caller (False)."""
        self.recorded[relative] = digest
        if self.here.get(relative) == digest and target.is_file():
            self.reused += 1
            return True
        if relative in self.here:
            target.unlink(missing_ok=True)  # the caller writes a new file, not through a shared link
        if self.previous.get(relative) != digest:
            return False
        self.folder(target.parent)
        try:
            os.link(self.published / relative, target)
        except FileNotFoundError:  # removed from the previous publication since it was made
            return False
        except OSError:  # another file system, or no hard links: a copy
            shutil.copyfile(self.published / relative, target)
        self.reused += 1
        return True

    def write(self, relative: str, data: bytes, target: Path) -> None:
        """Write `data` into `target`, or link the previous build's file when it held these bytes."""
        if not self.reuse(relative, hashlib.sha256(data).hexdigest(), target):
            self.folder(target.parent)
            target.write_bytes(data)

    def reuse_folder(self, relative: str, digest: str, target: Path) -> bool:
        """As `reuse`, for a whole folder (recorded as `relative/`): its files linked from the previous one."""
        self.recorded[relative + "/"] = digest
        if self.here.get(relative + "/") == digest and target.is_dir():
            return True
        if relative + "/" in self.here:
            shutil.rmtree(target, ignore_errors=True)
        if self.previous.get(relative + "/") != digest or not (self.published / relative).is_dir():
            return False
        link_tree(self.published / relative, target)
        return True

    def piece(self, key: bytes, make: Callable[[], bytes]) -> bytes:
        """What `make` returns for `key` (the whole of what it is a function of, with this code),
        kept in the cache: made only when no previous build made it."""
        data = self.known(key)
        if data is None:
            data = make()
            self.keep(key, data)
        return data

    def known(self, key: bytes) -> bytes | None:
        """The piece kept for `key` by this build or the previous one, or None."""
        return self.pieces.get(self._piece(key))

    def keep(self, key: bytes, data: bytes) -> None:
        """Keep `data` as the piece of `key` (`piece`, made elsewhere)."""
        self.pieces.put(self._piece(key), data)

    def _piece(self, key: bytes) -> str:
        return hashlib.sha256(self.version.encode() + b"\n" + key).hexdigest()

    def remember_collation(self) -> None:
        """Give `french` the sort keys the previous build kept, if made by this collation (else none)."""
        if self.previous_cache is None:
            return
        try:
            stored = pickle.loads((self.previous_cache / COLLATION).read_bytes())
        except Exception:  # noqa: BLE001 — none kept, or damaged: the keys are made again
            return
        if isinstance(stored, dict) and stored.get("collation") == french.COLLATION:
            french.remember(stored["keys"])

    def keep_collation(self, texts) -> None:
        """Keep the French sort keys of `texts` (made or remembered in this process) for the next build."""
        folder = self.manifest.parent
        folder.mkdir(parents=True, exist_ok=True)
        data = {"collation": french.COLLATION, "keys": french.known(texts)}
        (folder / COLLATION).write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))

    def folder(self, path: Path) -> None:
        if path not in self.folders:
            path.mkdir(parents=True, exist_ok=True)
            self.folders.add(path)

    def save(self) -> None:
        """Remove the files of the recycled folder this build did not record, then write the manifest."""
        gone = sorted(set(self.here) - set(self.recorded))
        for relative in gone:
            if relative.endswith("/"):
                shutil.rmtree(self.folder_here / relative, ignore_errors=True)
            else:
                (self.folder_here / relative).unlink(missing_ok=True)
        if gone:
            remove_empty_folders(self.folder_here, keep_top=True)
        self.manifest.parent.mkdir(parents=True, exist_ok=True)
        self.manifest.write_text(json.dumps(self.recorded, sort_keys=True, indent=0), encoding="utf-8")


def _manifest(path: Path) -> dict[str, str]:
    """A manifest of Outputs, or {} when there is none or it cannot be read (then nothing is reused)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def recycle(folder: Path, name: str = "site") -> None:
    """Make a former output folder (`folder`, no longer published) the start of the next build's:
    keep the manifest `cache/NAME.json` and the files of `folder/NAME` it lists, remove every other
    file (each build writes those again, as new files: never through a hard link that a published
    folder shares). Without a readable manifest, nothing is kept."""
    manifest = _manifest(folder / FOLDER / f"{name}.json")
    kept_folders = {key for key in manifest if key.endswith("/")}
    for path, _, names in os.walk(folder):
        relative = Path(path).relative_to(folder).as_posix()
        for file in names:
            inner = f"{relative}/{file}".removeprefix("./")
            if inner == f"{FOLDER}/{name}.json" and manifest:
                continue
            if inner.startswith(f"{name}/"):
                inner = inner[len(name) + 1:]
                if inner in manifest or inner.split("/", 1)[0] + "/" in kept_folders:
                    continue
            os.unlink(os.path.join(path, file))
    remove_empty_folders(folder, keep_top=True)
