"""A roll-call item is searched for a proxy form only when it holds one of the words every match of
the form holds (`roll_call._Forms`): never a form left out that would match."""

from __future__ import annotations

import re

import pytest

from civicgraph.genre import roll_call
from civicgraph.genre.cues import cues, fold_piece

AROUND = ["{}", "M. Paul ROCHE, {}", "{} jusqu'à 19 h 40", "Mme Anne BRUN – excusée, {}", "{}, puis à Mme Rose LYS"]


def _examples() -> list[str]:
    found = []
    for form in cues("proxies")["forms"]:
        found += form.get("examples", []) + ([form["example"]] if "example" in form else []) + form.get("counter_examples", [])
    return found + ["Mme Anne BRUN", "M. Paul ROCHE (Val-Brun)", "LEFEVRE Paul", "M. Yves LYS → Mme Rose LYS", "Mme X pvr M. Y"]


@pytest.mark.parametrize("in_proxy_list", [False, True])
def test_no_form_that_matches_is_left_out(in_proxy_list):
    forms = roll_call._forms(cues("proxies")["forms"], in_proxy_list)
    for example in _examples():
        for written in AROUND:
            folded = fold_piece(written.format(example))
            possible = forms.possible(folded)
            for kept in forms.kept:
                if kept[0].search(folded):
                    assert kept in possible, (folded, kept[0].pattern)


def test_a_bare_name_is_tried_against_no_form():
    forms = roll_call._forms(cues("proxies")["forms"], False)
    assert forms.possible(fold_piece("Mme Anne BRUN")) == []


def test_words_inside_longer_words_count():
    # "delegu" inside "delegation", "mandat" inside "mandate": found with the longer word at its place
    forms = roll_call._forms(cues("proxies")["forms"], False)
    folded = fold_piece("M. Paul ROCHE a donné délégation de vote à Mme Anne BRUN")
    assert all(kept in forms.possible(folded) for kept in forms.kept if re.search(kept[0], folded))
    assert len(forms.possible(folded)) >= 2
