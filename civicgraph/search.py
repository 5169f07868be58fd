"""The site's search: a static index built at build time by Pagefind (from PyPI, binary included),
with French stemming, served with the site and queried in the browser without any server or network.

Only the elements marked `data-pagefind-body` (entity and document pages) are indexed. The pages are
split into SHARDS bundles (`pagefind-00/` …), more when the site holds over BUNDLE_PAGES pages a bundle
(Pagefind holds a bundle's whole index: about 75 kB of memory a page), each indexed by its own run of
Pagefind, which the browser merges (Pagefind's `mergeIndex`). A page's bundle is a hash of its owner
(`owner`: the organisation its path names, or its kind), so that the pages one document changes (a
séance's participations, votes and persons, its body's page, the documents' and the legal texts' pages)
fall in few bundles; an owner holding more than half a bundle's share of the pages is cut, by a hash of
the path, into parts that go to consecutive bundles. A page stays in its bundle from build to build
(while their number and its owner's parts stay), so a rebuild
indexes again only the bundles that hold a changed page (Pagefind cannot update an index) and links the
others from the previous build. The first bundle also holds Pagefind's interface.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from civicgraph.paths import link

if TYPE_CHECKING:
    from civicgraph.cache import Outputs

BUNDLE = "pagefind"  # the prefix of the bundles' folders
SHARDS = 16  # each run costs about 0.3 s of CPU more than its share of one run over every page (100 synthetic documents)
PARTS = 2  # an owner's parts per bundle's share of the pages: a part holds at most half a bundle's share
# pages of a bundle on average at most: owners kept together, the largest bundle holds about twice its share
# (measured on the 100-document site's owners each made 100 times larger), so about 1.2 GB for its run of
# Pagefind (13,018 pages: 967 MB)
BUNDLE_PAGES = 8_000


def bundles(pages: list[str]) -> dict[str, list[str]]:
    """The pages (paths relative to the site) by the folder of their bundle, in order; only the
    bundles that hold a page (Pagefind refuses to index nothing)."""
    shards = max(SHARDS, -(-len(pages) // BUNDLE_PAGES))  # 16 up to 128,000 pages (about 1,750 synthetic documents)
    owned: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        owned[owner(page)].append(page)
    found: dict[str, list[str]] = defaultdict(list)
    for name, members in owned.items():
        # an owner over half a bundle's share is cut, its parts in consecutive bundles, so no bundle holds much over twice its share
        parts = -(-PARTS * len(members) * shards // len(pages))
        first = _hash(name)
        for page in members:
            found[f"{BUNDLE}-{(first + (_hash(page) % parts if parts > 1 else 0)) % shards:02d}"].append(page)
    return {bundle: sorted(found[bundle]) for bundle in sorted(found)}


def owner(page: str) -> str:
    """The group of a page's path: the organisation named after its kind for a person, a séance, a
    participation or a mandate (`personne/ORG/…`); the kind itself for a page directly under its
    kind's folder (`organisation/ORG.html`, `document/KEY.html`, `programme/…`, `texte-juridique/…`),
    pages that the documents naming them change together."""
    parts = page.split("/", 2)
    return parts[1] if len(parts) == 3 else parts[0]


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def build_index(site: Path, pages: list[str], outputs: Outputs | None = None) -> None:
    """Write the search bundles of `pages` into `site`. With `outputs` (cache.Outputs, where each
    page's digest is recorded), a bundle whose pages all have the digests of the previous build is
    linked from it. Raises subprocess.CalledProcessError (with Pagefind's message) if indexing fails."""
    found = bundles(pages)
    for old in site.glob(f"{BUNDLE}*"):
        if old.name not in found:
            shutil.rmtree(old)
    for bundle, members in found.items():
        target = site / bundle
        if outputs is not None:
            digest = outputs.digest(bundle, _pagefind(), *(f"{page}\t{outputs.recorded.get(page, '')}" for page in members))
            if outputs.reuse_folder(bundle, digest, target):
                continue
        shutil.rmtree(target, ignore_errors=True)
        _index(site, members, target)


def _index(site: Path, pages: list[str], target: Path) -> None:
    """Run Pagefind over `pages` alone: a folder of links to them, at their paths in the site."""
    folder = Path(tempfile.mkdtemp(prefix=".search-", dir=site.parent))
    try:
        for page in pages:
            (folder / page).parent.mkdir(parents=True, exist_ok=True)
            link(site / page, folder / page)
        subprocess.run(
            [*_command(), "--site", str(folder), "--output-path", str(target), "--force-language", "fr", "--silent"],
            check=True, capture_output=True, text=True,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@functools.cache
def _command() -> tuple[str, ...]:
    """Pagefind's binary, run directly: `python -m pagefind` starts a Python first (about 0.04 s of CPU a
    bundle) only to find it."""
    from pagefind.service import get_executable  # honours PAGEFIND_BINARY_PATH, as `python -m pagefind` does

    executable = get_executable()
    return (str(executable),) if executable is not None else (sys.executable, "-m", "pagefind")


def _pagefind() -> str:
    """Pagefind's version: its bundles are made again when it changes."""
    try:
        return version("pagefind_bin")
    except PackageNotFoundError:
        return version("pagefind")
