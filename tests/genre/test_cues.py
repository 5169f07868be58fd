"""Every cue list of `ingest/genre/fr/*.yaml` matches its examples and none of its counter-examples,
and every cue compiles: a change to a cue shows at once what it breaks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from civicgraph.genre.cues import Text, pattern

CUES = Path(__file__).parents[2] / "ingest" / "genre" / "fr"


def _entries():
    """(file, cue patterns, examples, counter-examples) for every entry that carries examples."""
    for path in sorted(CUES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in _walk(data):
            if isinstance(entry.get("examples"), dict):
                continue  # examples keyed by entry name: below
            cues = [entry["cue"]] if isinstance(entry.get("cue"), str) else [c["cue"] for c in entry.get("cues", []) if isinstance(c, dict) and "cue" in c]
            examples = [e for e in entry.get("examples", []) + ([entry["example"]] if "example" in entry else []) if isinstance(e, str)]
            if entry.get("matched_on") == "raw":  # a cue where capitals count: plain regular expressions
                cues = [re.compile(c).search for c in cues]
            if cues and (examples or entry.get("counter_examples")):
                yield pytest.param(cues, examples, entry.get("counter_examples", []), id=f"{path.stem}:{examples[:1] or str(cues[0])[:20]}")
        if isinstance(data, dict) and isinstance(data.get("examples"), dict):
            entries = next((v for v in data.values() if isinstance(v, list) and v and all(isinstance(e, dict) and "cue" in e for e in v)), None)
            if entries is None:
                continue
            by_name = {e.get("name") or e.get("prop"): e["cue"] for e in entries}
            for name, examples in data["examples"].items():
                yield pytest.param([by_name[name]], examples, [], id=f"{path.stem}:{name}")


def _walk(value):
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


@pytest.mark.parametrize("cues,examples,counter_examples", list(_entries()))
def test_cue_examples(cues, examples, counter_examples):
    def matches(cue, example):
        return cue(example) if callable(cue) else Text(example).find(pattern(cue))
    for example in examples:
        assert any(matches(c, example) for c in cues), example
    for example in counter_examples:
        assert not any(matches(c, example) for c in cues), example


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in ("examples", "counter_examples", "example", "label", "name", "role", "result", "status", "as", "prop", "kind", "closes"):
                yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


# Files read by the genre model's extractors (persons.yaml and collectivites.yaml hold word lists, tested apart).
READ_AS_CUES = [p for p in sorted(CUES.glob("*.yaml")) if p.stem not in ("persons", "collectivites")]


@pytest.mark.parametrize("path", READ_AS_CUES, ids=lambda p: p.stem)
def test_every_cue_compiles(path):
    for cue in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
        pattern(cue)
