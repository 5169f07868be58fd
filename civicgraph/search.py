"""The site's search: a static index built at build time by Pagefind (from PyPI, binary included),
with French stemming, served with the site and queried in the browser without any server or network.

Only the elements marked `data-pagefind-body` (entity and document pages) are indexed. The pages are
split by a hash of their path into SHARDS bundles (`pagefind-00/` …), more when the site holds over
BUNDLE_PAGES pages a bundle (Pagefind holds a bundle's whole index: about 75 kB of memory a page), each
indexed by its own run of Pagefind, which the browser merges (Pagefind's `mergeIndex`): a page stays in
its bundle from build to build (while their number stays), so a rebuild indexes again only the bundles
that hold a changed page (Pagefind cannot update an index) and links the others from the previous
build. The first bundle also holds Pagefind's interface.
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
BUNDLE_PAGES = 16_000  # pages of a bundle on average at most: about 1.2 GB for its run of Pagefind (13,018 pages: 967 MB)


def bundles(pages: list[str]) -> dict[str, list[str]]:
    """The pages (paths relative to the site) by the folder of their bundle, in order; only the
    bundles that hold a page (Pagefind refuses to index nothing). By a hash of the path, so that each
    bundle is a sample of the whole: Pagefind scores a merged bundle's results with that bundle's own
    word statistics, and bundles grouped by organisation (fewer bundles indexed again by a rebuild) put
    a presence before the body searched by name."""
    found: dict[str, list[str]] = defaultdict(list)
    shards = max(SHARDS, -(-len(pages) // BUNDLE_PAGES))  # 16 up to 256,000 pages (about 3,500 synthetic documents)
    for page in sorted(pages):
        shard = int.from_bytes(hashlib.sha256(page.encode("utf-8")).digest()[:4], "big") % shards
        found[f"{BUNDLE}-{shard:02d}"].append(page)
    return dict(sorted(found.items()))


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
