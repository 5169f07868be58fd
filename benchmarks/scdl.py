"""SCDL Délibérations tables: time to read a table into facts (split, repair, validate with
frictionless, facts) and its share spent in frictionless, median of runs, one core.

    python benchmarks/scdl.py [--rows 1000] [--runs 5]

The table is generated like the tests' (tests/scdl/test_scdl.py): one collectivité, every column filled.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from civicgraph.facts import SourceDocument
from civicgraph.readers import choose
from civicgraph.scdl import checks
from civicgraph.scdl.table import read_table

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "tests"), str(Path(__file__).resolve().parents[1] / "tests" / "scdl")]
from test_scdl import csv_text, row  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = [row(DELIB_ID=f"2022_{n:05d}", DELIB_OBJET=f"Objet n° {n}", DELIB_DATE=f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(args.rows)]
    text = csv_text(rows).replace("\r\n", "\n")
    document = SourceDocument.from_text(Path("bench.csv"), text)
    whole, validation = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        choose([], document).read(document)
        whole.append(time.perf_counter() - start)
        table = read_table(text)
        checked = [checks._row(table, r) for r in table.records]
        start = time.perf_counter()
        checks._validate(checked, [])
        validation.append(time.perf_counter() - start)
    read, valid = statistics.median(whole), statistics.median(validation)
    print(f"{args.rows} rows: read in {read:.2f} s ({args.rows / read:.0f} rows/s), of which frictionless {valid:.2f} s")


if __name__ == "__main__":
    main()
