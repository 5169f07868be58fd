#!/usr/bin/env python3
"""Refresh the third-party scripts the site ships in `site/static/vendor/`: d3-force (the interactive
neighbourhood graph's layout, `site/static/graph.js`) and the three d3 modules it needs.

Each package is fetched from the npm registry with `npm pack` (the same way as
`tools/refresh_divisions.py`), and its minified browser build (`dist/*.min.js`) and its licence copied;
`SOURCE` lists the exact versions. All four are ISC-licensed (https://d3js.org). The build and the tests
never need npm: the copies are committed.

Usage (needs npm and the registry):

    python tools/refresh_vendor.py                 # the versions pinned in PACKAGES
    python tools/refresh_vendor.py --latest        # the latest of the same major version
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from refresh_divisions import fetch

OUT = Path(__file__).resolve().parent.parent / "site" / "static" / "vendor"
PACKAGES = {"d3-dispatch": "3.0.2", "d3-quadtree": "3.0.2", "d3-timer": "3.0.2", "d3-force": "3.0.1"}  # load order


def refresh(out: Path, latest: bool = False) -> list[str]:
    """Copy each package's `dist/{name}.min.js` and `LICENSE` (as `{name}.LICENSE`) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    sources = []
    for name, version in PACKAGES.items():
        with tempfile.TemporaryDirectory() as tmp:
            folder, exact = fetch(version.split(".")[0] if latest else version, Path(tmp), name)
            shutil.copyfile(folder / "dist" / f"{name}.min.js", out / f"{name}.min.js")
            shutil.copyfile(folder / "LICENSE", out / f"{name}.LICENSE")
        sources.append(f"{name}@{exact} ISC https://www.npmjs.com/package/{name}")
    (out / "SOURCE").write_text("\n".join(sources) + "\n", encoding="utf-8")
    return sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latest", action="store_true", help="the latest version of each package's major version")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for line in refresh(args.out, args.latest):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
