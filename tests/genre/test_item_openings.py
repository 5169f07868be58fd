"""The item cues that open a line or follow a stop (`opens: line_or_stop` in items.yaml) are tried at
those places alone (`items._opening_matches`): the same matches as `re`'s search at every character,
on every case and on one-line texts, from the block's start or from within it."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre import items
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.reader import view

CASES = sorted((Path(__file__).parent / "cases").glob("*/document.txt"))
OPENING = [pattern(entry["cue"]) for entry in cues("items")["starts"] if entry.get("opens") == "line_or_stop"]
ONE_LINE = ["Le conseil approuve. D2025-09 – Budget. 2. Voirie : travaux. 3) Écoles. Rapport n 4 Finances",
            "Réf. S-2021-03 — ordinaire ; adopté à l'unanimité.\f2022-12-01 – Tarifs\n 1 - Culture ! 2 - Sport"]


def _same(folded: str, start: int) -> None:
    for cue in OPENING:
        plain = [(m.span(), m.groups()) for m in cue.finditer(folded, start, len(folded))]
        assert [(m.span(), m.groups()) for m in items._opening_matches(cue, folded, items._openings(folded, start, len(folded)), start, len(folded))] == plain


def test_the_cues_that_open_lines_are_declared():
    assert len(OPENING) >= 4


@pytest.mark.parametrize("path", CASES[::3], ids=lambda p: p.parent.name[:40])
def test_tried_at_openings_they_find_what_re_finds(path):
    folded = Text(view(path.read_text(encoding="utf-8"))).folded
    for start in (0, len(folded) // 2):
        _same(folded, start)


@pytest.mark.parametrize("text", ONE_LINE)
def test_on_one_line_and_from_within_it(text):
    folded = Text(text).folded
    for start in range(len(folded)):
        _same(folded, start)
