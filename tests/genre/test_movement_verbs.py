"""A proxy's verb is read only up to the end of the last line a movement's verb stands on
(`movements._verbs`): the movements read are those read with every proxy's verb of the block."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre import movements
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.reader import view

CASES = sorted((Path(__file__).parent / "cases").glob("*/document.txt"))


def _every_verb(text: Text, start: int, end: int):
    spec = cues("movements")["verbs"]
    found = [(m, verb["kind"]) for verb in spec for m in text.finditer(pattern(verb["cue"]), start, end)]
    return sorted(found, key=lambda f: f[0].start())


def _same(text: Text, monkeypatch) -> None:
    for start in (0, len(text) // 3):
        read = movements.movements(text, start, len(text))
        with monkeypatch.context() as patched:
            patched.setattr(movements, "_verbs", _every_verb)
            assert movements.movements(text, start, len(text)) == read


@pytest.mark.parametrize("path", CASES[::3], ids=lambda p: p.parent.name[:40])
def test_the_movements_of_a_case_are_those_read_with_every_proxy_verb(path, monkeypatch):
    _same(Text(view(path.read_text(encoding="utf-8"))), monkeypatch)


@pytest.mark.parametrize("text", [
    "Mme Rose LYS donne pouvoir à M. Paul ROCHE.\nM. Paul ROCHE quitte la séance et donne pouvoir à Mme Anne BRUN.\n"
    "Mme Anne BRUN donne pouvoir à Mme Rose LYS.",
    "M. Paul ROCHE quitte la séance à 21 h ; pouvoir remis à Mme Rose LYS.\nPouvoir de Mme LYS à M. ROCHE.",
    "Mme Rose LYS donne pouvoir à M. Paul ROCHE, quitte la séance.\n\nMme Anne BRUN arrive.",
    "Pouvoirs : Mme Rose LYS donne pouvoir à M. Paul ROCHE.",
    "M. Paul ROCHE arrive\net donne pouvoir à\nMme Rose LYS",
])
def test_proxies_before_between_and_after_the_movements(text, monkeypatch):
    _same(Text(text), monkeypatch)
