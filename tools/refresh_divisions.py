#!/usr/bin/env python3
"""Refresh the official French administrative divisions kept in `ingest/reference/divisions/`.

Source: the npm package `@etalab/decoupage-administratif` (code MIT; data Licence Ouverte 2.0, from
INSEE's Code officiel géographique and the DGCL/BANATIC list of EPCI). The package is fetched with
`npm pack` into a temporary folder, its JSON read, and compact files written:

    communes.csv.gz      code,siren,nom,type,departement,region,parent
    epci.csv.gz          siren,nom,type,financement,membres (INSEE codes joined with "|")
    departements.csv     code,nom,region,chef_lieu,zone
    regions.csv          code,nom,chef_lieu,zone
    SOURCE               package name and version

Usage (needs npm and the registry; the build and the tests never do):

    python tools/refresh_divisions.py                      # latest version
    python tools/refresh_divisions.py --version 6.0.0
    python tools/refresh_divisions.py --package-dir DIR    # an already unpacked package

Rows are sorted and the gzip header carries no time, so the same package gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif"
OUT = Path(__file__).resolve().parent.parent / "ingest" / "reference" / "divisions"

# Communes kept, with why: the commune actuelle is the collectivité (it has the SIREN); a commune
# déléguée or associée is named by the acts of a commune nouvelle and by acts older than the merger
# (`parent` is its chef-lieu, the commune actuelle); a municipal arrondissement of Paris, Lyon or
# Marseille has its own council (`parent` is the commune).
COMMUNE_TYPES = {
    "commune-actuelle": "actuelle",
    "commune-deleguee": "deleguee",
    "commune-associee": "associee",
    "arrondissement-municipal": "arrondissement",
}


def _csv(rows: list[list[str]], header: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _write(path: Path, data: bytes) -> None:
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)


def communes(records: list[dict]) -> list[list[str]]:
    """Rows of communes.csv from the package's communes.json (types outside COMMUNE_TYPES dropped)."""
    rows = [
        [c["code"], c.get("siren", ""), c["nom"], COMMUNE_TYPES[c["type"]], c["departement"], c["region"],
         c.get("chefLieu") or c.get("commune") or ""]
        for c in records if c["type"] in COMMUNE_TYPES
    ]
    order = list(COMMUNE_TYPES.values())
    return sorted(rows, key=lambda row: (row[0], order.index(row[3]), row[2]))


def epcis(records: list[dict], kind: str | None = None) -> list[list[str]]:
    """Rows of epci.csv from epci.json (or ept.json, whose `type` is EPT); members sorted."""
    return sorted(
        [e["code"], e["nom"], kind or e["type"], e.get("modeFinancement", ""),
         "|".join(sorted(m["code"] for m in e["membres"]))]
        for e in records
    )


def convert(package_dir: Path, out_dir: Path, version: str) -> dict[str, int]:
    """Write the compact files from an unpacked package (its `data/*.json`); rows written per file."""
    data = package_dir / "data"
    load = lambda name: json.loads((data / name).read_text(encoding="utf-8"))  # noqa: E731
    ept = load("ept.json") if (data / "ept.json").exists() else []
    tables = {
        "communes.csv.gz": (["code", "siren", "nom", "type", "departement", "region", "parent"], communes(load("communes.json"))),
        "epci.csv.gz": (["siren", "nom", "type", "financement", "membres"], sorted(epcis(load("epci.json")) + epcis(ept, "EPT"))),
        "departements.csv": (["code", "nom", "region", "chef_lieu", "zone"],
                             sorted([d["code"], d["nom"], d["region"], d["chefLieu"], d["zone"]] for d in load("departements.json"))),
        "regions.csv": (["code", "nom", "chef_lieu", "zone"],
                        sorted([r["code"], r["nom"], r["chefLieu"], r["zone"]] for r in load("regions.json"))),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in tables.items():
        _write(out_dir / name, _csv(rows, header))
    (out_dir / "SOURCE").write_text(f"{PACKAGE}@{version}\n", encoding="utf-8")
    return {name: len(rows) for name, (_, rows) in tables.items()}


def fetch(version: str, into: Path, package: str = PACKAGE) -> tuple[Path, str]:
    """`npm pack` the package into `into` and unpack it; (package folder, exact version)."""
    spec = f"{package}@{version}" if version else package
    result = subprocess.run(["npm", "pack", spec, "--json", "--pack-destination", str(into)],
                            check=True, capture_output=True, text=True)
    packed = json.loads(result.stdout)[0]
    with tarfile.open(into / packed["filename"]) as archive:
        archive.extractall(into, filter="data")
    return into / "package", packed["version"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", default="", help="package version (default: the latest)")
    parser.add_argument("--package-dir", type=Path, help="an unpacked package instead of npm")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.package_dir:
            package_dir = args.package_dir
            version = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))["version"]
        else:
            package_dir, version = fetch(args.version, Path(tmp))
        counts = convert(package_dir, args.out, version)
    for name, count in counts.items():
        size = (args.out / name).stat().st_size
        print(f"{name}: {count} rows, {size / 1024:.0f} KiB")
    print(f"from {PACKAGE}@{version} into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
