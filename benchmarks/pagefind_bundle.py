"""One search bundle of a rendered site indexed by Pagefind as the build indexes it, for the time and
peak memory of that run alone (`benchmarks/site.py` cannot tell Pagefind's peak from its own).

    python benchmarks/pagefind_bundle.py SITE [BUNDLE] OUT

SITE is a rendered site (e.g. `benchmarks/site.py OUT --keep DIR`); its entity pages are cut into
bundles as `civicgraph.search.bundles` cuts them, and BUNDLE (default `pagefind-00`) is indexed into OUT."""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from civicgraph import search
from civicgraph.paths import files_under
from civicgraph.vocab import FOLDERS


def main() -> None:
    site, bundle, out = Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 3 else "pagefind-00", Path(sys.argv[-1])
    pages = [p for p in files_under(site, ".html") if p.split("/", 1)[0] in set(FOLDERS.values())]
    members = search.bundles(pages)[bundle]
    wall = time.perf_counter()
    search._index(site, members, out)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)  # this process is small: its children's peak is Pagefind's
    print(f"{bundle}: {len(members)} pages of {len(pages)}, {time.perf_counter() - wall:.1f} s wall, "
          f"{used.ru_utime + used.ru_stime:.1f} s CPU, Pagefind's peak {used.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
