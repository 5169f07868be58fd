"""The five measures of issue 11 over a folder of cases (`document.txt` + `expected.yaml`, the form
of `tests/genre/cases/`): for how many documents the séance date, the collectivité, the president,
the secretary and the proxies come out right, and how many of every case aspect of
`tests/genre/test_cases.py` hold. Meant for cases kept aside from the reader's authors (a blind set):
run it before fitting anything to them.

    .venv/bin/python benchmarks/reading_quality.py [CASES_DIR] [-v]

A case with no séance (`seance: null`) is right when no séance is read; an absent president or
secretary is right when none is read. Prints one line per miss with `-v`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tests.genre.test_cases as cases  # noqa: E402  (the cases' reading and checks)
from tests.genre.expected import iso, same_name  # noqa: E402

ASPECTS = ("séance date", "collectivité", "president", "secretary", "proxies")


def _holds(check, read) -> bool:
    try:
        check(read)
        return True
    except (AssertionError, KeyError, TypeError):  # a check that cannot even compare is a miss
        return False


def _person(read, seance, prop: str, wanted) -> bool:
    got = read.rows(f"SELECT ?l ?f WHERE {{ <{seance}> cg:{prop} ?p . ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}") if seance else []
    return (len(got) == 1 and same_name(str(wanted), *got[0], read.aliases)) if wanted else not got


def measure(read) -> dict[str, bool]:
    """The five measures for one case read."""
    expected = read.expected.get("seance") or {}
    days = [d for (_, d) in read.rows("SELECT ?s ?d WHERE { ?s a cg:Seance ; cg:date ?d }")]
    seance = read.main_seance()
    return {
        "séance date": iso(expected["date"]) in days if expected.get("date") else not days,
        "collectivité": _holds(cases.check_organisation, read),
        "president": _person(read, seance, "president", expected.get("president")),
        "secretary": _person(read, seance, "secretaire", expected.get("secretary")),
        "proxies": _holds(cases.check_proxies, read),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="?", type=Path, default=cases.CASES)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    cases.CASES = args.cases
    names = sorted(p.name for p in args.cases.iterdir() if (p / "expected.yaml").exists())
    right = dict.fromkeys(ASPECTS, 0)
    aspects = held = 0
    for name in names:
        read = cases.Read(name)
        for aspect, ok in measure(read).items():
            right[aspect] += ok
            if not ok and args.verbose:
                print(f"miss  {name}  {aspect}")
        for check in cases.CHECKS.values():
            aspects += 1
            held += _holds(check, read)
    for aspect in ASPECTS:
        print(f"{aspect:<13} {right[aspect]}/{len(names)}  ({100 * right[aspect] / len(names):.0f} %)")
    print(f"{'all aspects':<13} {held}/{aspects}")


if __name__ == "__main__":
    main()
