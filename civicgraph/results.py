"""Query results as text: an aligned table for people, CSV/TSV/JSON for programs."""

from __future__ import annotations

import csv
import io
import json


def plain(term) -> str:
    return "" if term is None else term.value


def format_rows(names: list[str], rows: list[tuple], fmt: str) -> str:
    table = [[plain(t) for t in row] for row in rows]
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(table)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in table], ensure_ascii=False, indent=2) + "\n"
    widths = [max([len(n), *(len(r[i]) for r in table)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in table]
    return "\n".join(lines) + f"\n({len(table)} rows)\n"
