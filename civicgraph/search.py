"""The site's search: a static index built at build time by Pagefind (from PyPI, binary included),
with French stemming, served with the site and queried in the browser without any server or network.

Only the elements marked `data-pagefind-body` (entity and document pages) are indexed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"


def build_index(site: Path) -> None:
    """Write the search bundle into site/pagefind. Raises subprocess.CalledProcessError (with
    Pagefind's message) if indexing fails."""
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE, "--force-language", "fr", "--silent"],
        check=True, capture_output=True, text=True,
    )
