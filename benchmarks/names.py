"""Person names in roll calls: speed (characters/s) and detection quality on the shared cases.

    python benchmarks/names.py [--cases ../shared/cases] [--runs 7]

A rough harness, not a reader: in each case's document.txt it takes the passages after roll-call
headings ("Présents :", "Absents excusés :", "ÉTAIENT PRÉSENTS"…) up to the next heading or a stop
phrase ("Secrétaire", "Ordre du jour"…), cells of table rows ("… | GALLAIS Yves | …"), splits them
with `roll_call`, and parses each item and the names inside its annotations ("pouvoir à S. CAMATTE").
Gold: every person the case's expected.yaml puts in the roll call (present, excused, absent, proxy
givers, replaced titulars), normalised as `normalised_names` says. A found name is right when it is
one of these persons (same spelling up to case/accents, initials, lost hyphen, or a surname alone
that is one gold person). Prints precision and recall over distinct persons, and the median speed of
list_order + roll_call + parse_person_name over the roll-call passages, on one core.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

import yaml

from civicgraph.text import PersonName, list_order, parse_person_name, same_person
from civicgraph.text.lists import roll_call
from civicgraph.text.name_data import fold
from civicgraph.text.names import _kind, _words
from civicgraph.text.same_person import HYPHEN, INITIAL, SAME_SPELLING, SURNAME

REPO = Path(__file__).resolve().parent.parent
HEADING = re.compile(
    r"(?<![\w'’])(?:(?:etaient|sont|membres|personnes|delegues|conseillers|s'etaient fait|s’etaient fait)\s+)?"
    r"(?:presents?|presentes|excuser|excuses?|excusees?|excuse\(s\)|absents?|absentes?|absent\(s\)|representes?|procurations?|pouvoirs?)"
    r"(?P<rest>[ \w()'’-]{0,50}?)(?P<colon>\s*:(?!\s*\d))"
)
CAPS_HEADING = re.compile(r"(?:ÉTAIENT|ETAIENT|SONT)?\s*PR[ÉE]SENTS|S[’'][ÉE]TAIENT FAIT EXCUSER|ABSENTS?(?: - EXCUS[ÉE]S)?")
STOP = re.compile(
    r"secretaire|ordre du jour|formant|nombre d|le quorum"
    r"|assist|pas d[’']autres|aucune|les decisions|conformement|\n\s*\n(?!\s*-)",
)
MATCHING = {SAME_SPELLING, HYPHEN, INITIAL, SURNAME}
LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ’'()]+\s+)+")


def folded(text: str) -> str:
    """`text` lower-cased without accents, one character for one (offsets are the text's)."""
    return "".join(fold(c)[:1] or " " for c in text)


def passages(text: str) -> list[str]:
    """The roll-call passages of a document, and table cells."""
    low = folded(text)
    starts = [(m.start(), m.end()) for m in HEADING.finditer(low)]
    starts += [(m.start(), m.end()) for m in CAPS_HEADING.finditer(text) if m.group().strip()]
    starts.sort()
    found = []
    for index, (_, end) in enumerate(starts):
        limit = min([s for s, _ in starts[index + 1 :] if s >= end] + [end + 1500, len(text)])
        stop = STOP.search(low, end, limit)
        found.append(text[end : stop.start() if stop else limit])
    for row in re.findall(r"^.*\|.*$", text, re.M):
        found += [cell.strip() for cell in row.split("|")]
    return found


def detected(passage: str) -> list[PersonName]:
    items = roll_call(passage)
    order = list_order(i.name.text for i in items)
    names = [parse_person_name(i.name.text, order, surname_only=True) for i in items]
    for item in items:
        for note in item.annotations:
            rest = LOWER_LEAD.sub("", note.text)
            names += [parse_person_name(i.name.text, order, surname_only=True) for i in roll_call(rest)]
    return [n for n in names if n is not None]


def gold(expected: dict) -> list[PersonName]:
    roll = []
    for key in ("present", "excused", "absent"):
        if isinstance(expected.get(key), list):
            roll += [e["name"] if isinstance(e, dict) else e for e in expected[key]]
    roll += [p["from"] for p in expected.get("proxies") or []]
    roll += [s["titular"] for s in expected.get("substitutes") or []]
    normalised = expected.get("normalised_names") or {}
    order = list_order(roll)
    names = []
    for written in dict.fromkeys(roll):
        fixed = normalised.get(written)
        name = PersonName(fixed["given"], fixed["family"]) if fixed else parse_person_name(written, order, surname_only=True)
        if name is None:
            raise SystemExit(f"gold name not parsed: {written!r}")
        names.append(name)
    return names


def same(a: PersonName, b: PersonName) -> bool:
    return same_person(a, b) in MATCHING


def distinct(names: list[PersonName]) -> list[PersonName]:
    return list({n.key: n for n in names}.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=REPO.parent / "shared" / "cases")
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    right = found_total = gold_hit = gold_total = 0
    all_passages = []
    for case in sorted(p for p in args.cases.iterdir() if (p / "expected.yaml").exists()):
        expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
        texts = passages((case / "document.txt").read_text(encoding="utf-8"))
        all_passages += texts
        found = distinct([n for t in texts for n in detected(t)])
        truth = gold(expected)
        wrong = [f for f in found if not any(same(f, g) for g in truth)]
        missed = [g for g in truth if not any(same(f, g) for f in found)]
        right += len(found) - len(wrong)
        found_total += len(found)
        gold_hit += len(truth) - len(missed)
        gold_total += len(truth)
        if args.verbose or wrong or missed:
            print(f"{case.name}: {len(found)} found, {len(truth)} gold; wrong {[f.label for f in wrong]}; missed {[g.label for g in missed]}")
    precision, recall = right / max(found_total, 1), gold_hit / max(gold_total, 1)
    print(f"detection on {gold_total} roll-call persons of the cases: precision {precision:.1%}, recall {recall:.1%}")

    text_size = sum(len(t) for t in all_passages)
    runs = [_timed(lambda: [detected(p) for p in all_passages]) for _ in range(args.runs)]
    print(f"speed: {text_size / statistics.median(runs):,.0f} characters/s of roll calls (median of {args.runs} runs over {text_size:,} characters, word caches emptied before each run)")
    names = [i.name.text for t in all_passages for i in roll_call(t)]
    runs = [_timed(lambda: [parse_person_name(n, surname_only=True) for n in names]) for _ in range(args.runs)]
    print(f"parse_person_name alone: {len(names) / statistics.median(runs):,.0f} names/s")


def _timed(function) -> float:
    for cached in (fold, _kind, _words):
        cached.cache_clear()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
