"""How fast names of collectivités resolve to the official divisions: the first load of the data,
then calls per second by kind of match, each computed (the memo of match() bypassed). Prints
medians of several runs.

    python benchmarks/territories.py [--runs R]
"""

from __future__ import annotations

import argparse
import statistics
import time

from civicgraph import territories

# Names as documents write them, by the way they match.
NAMES = {
    "exact or normalised": [
        "Commune de Saint-Cirq-Lapopie", "SAINT CIRQ LAPOPIE", "commune du Grau-du-Roi", "des Herbiers",
        "CONSEIL GÉNÉRAL DE LA GIRONDE", "Région Bretagne", "Communauté de Communes du Pays de Craon",
        "Métropole d'Aix-Marseille-Provence", "Ville de Clermont-Ferrand", "Noirmoutier-en-I'Île",
    ],
    "ambiguous (None)": ["Saint-Martin", "Beaulieu", "Paris", "L'Épine", "Sainte-Colombe"],
    "fuzzy, in a département": [("Saint-Herbiain", "44"), ("Vic en Bigore", "65"), ("Clermont-Ferand", "63")],
    "fuzzy, anywhere": ["Saint-Herbiain", "Vic en Bigore", "Clermont-Ferand", "Xyzzyville"],
}


def rate(names, runs: int) -> float:
    """Median match() calls per second over `runs` runs of the names, without its memo."""
    calls = [(name, None) if isinstance(name, str) else name for name in names] * 20
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for name, departement in calls:
            territories.match.__wrapped__(name, None, departement)
        rates.append(len(calls) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    territories.resolve("Lyon")
    print(f"first call (loads {len(territories.territories())} divisions and indexes them): {time.perf_counter() - start:.2f} s")
    for name in ("Saint-Herbiain", "Saint-Herbiain"):  # builds the fuzzy pools once
        territories.resolve(name), territories.resolve(name, departement="44")
    print(f"match() calls per second, median of {args.runs} runs, without the memo:")
    for label, names in NAMES.items():
        print(f"  {label:26s} {rate(names, args.runs):10,.0f}")


if __name__ == "__main__":
    main()
