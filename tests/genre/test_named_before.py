"""The secretary named before the verb ("Rose L., conseillère, accepte …") is searched from where the
verb first stands, less the most a name and its apposition hold (`roll_call._named_before`): the same
match as the search from the block's start, on every case and on sentences written around the verb."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre import roll_call
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.genre.reader import view

CASES = sorted((Path(__file__).parent / "cases").glob("*/document.txt"))
VERB = cues("roll_call")["secretary_after"]
WHOLE = pattern(roll_call.NAMED_BEFORE + "(?:" + VERB + ")")


def _same(text: Text, start: int, end: int) -> None:
    plain, found = WHOLE.search(text.folded, start, end), roll_call._named_before(text, VERB, start, end)
    assert (plain and (plain.span(), plain.groups())) == (found and (found.span(), found.groups()))


@pytest.mark.parametrize("path", CASES[::4], ids=lambda p: p.parent.name[:40])
def test_the_search_from_the_verb_finds_what_the_search_from_the_start_finds(path):
    text = Text(view(path.read_text(encoding="utf-8")))
    for start in (0, len(text) // 3):
        _same(text, start, len(text))


@pytest.mark.parametrize("lead", ["", "La séance est ouverte. ", "Le conseil, " + "très " * 60 + "longuement, ", "M.\n" + " " * 200])
def test_a_name_and_its_apposition_long_or_spaced_out_are_found_whole(lead):
    for sentence in ["Mme Rose LYS, conseillère municipale déléguée, est nommée secrétaire de séance.",
                     "Mme Rose LYS,          conseillère,\n\n         accepte de tenir le secrétariat.",
                     "Paul ROCHE tient la plume", "La séance, présidée par M. Paul ROCHE, secrétaire de séance, débute."]:
        text = Text(lead + sentence)
        _same(text, 0, len(text))


PLAIN = pattern((roll_call.NAMED_BEFORE + "(?:" + VERB + ")").replace(r"\s*+", r"\s*"))  # the blanks shared out as `re` would


@pytest.mark.parametrize("gap", [" ", " " * 3, " " * 40, "\n" + " " * 90, " ,  "])
def test_the_blanks_taken_at_once_give_the_match_they_would_shared_out(gap):
    """The verb opens on a character other than white space, so taking the blanks before it at once
    (`\\s*+`) finds what sharing them out finds, in far fewer tries over a column's long run of spaces."""
    for sentence in [f"Mme Rose LYS{gap}(Val-Brun){gap}accepte{gap}de tenir le secrétariat",
                     f"M. Paul ROCHE,{gap}conseiller,{gap}est nommé secrétaire de séance",
                     f"Paul ROCHE{gap}tient la plume", f"Rose LYS{gap}{gap}, désignée{gap}comme secrétaire"]:
        text = Text(sentence)
        plain, found = PLAIN.search(text.folded), WHOLE.search(text.folded)
        assert (plain and (plain.span(), plain.groups())) == (found and (found.span(), found.groups()))
