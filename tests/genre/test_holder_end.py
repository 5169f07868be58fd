"""Where a holder's name ends (`roll_call.HOLDER_END`): its blanks taken at once say what sharing them out
says, at every place of texts made of its words, blanks and punctuation."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from civicgraph.genre import roll_call
from civicgraph.text.proxy_words import with_proxy_words

PLAIN = re.compile(with_proxy_words(r"(?=\s*(?:" + "|".join(roll_call.HOLDER_ENDS) + r"|\s+(?:" + "|".join(roll_call.HOLDER_ENDS_AFTER_BLANK) + ")))"))
FAST = re.compile(roll_call.HOLDER_END)
PIECES = [" ", "  ", "\n", "\t", ",", ";", ".", "(Val)", ")", "(", "pour", "le 2", "de la représenter", "à voter",
          "qui l'accepte", "jusqu", "à compter", "de 3", "puis", "Rose", "L", "J.-L", "A", "son pouvoir", "par procuration"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_blanks_taken_at_once_end_a_name_where_shared_out_they_do(pieces):
    text = "".join(pieces)
    assert [bool(FAST.match(text, i)) for i in range(len(text) + 1)] == [bool(PLAIN.match(text, i)) for i in range(len(text) + 1)]


def test_a_name_ends_before_a_column_of_spaces_and_its_cue():
    """"… à M. Paul ROCHE⟨400 spaces⟩pour la suite": the holder is the name, its blanks not part of it (sharing
    such a run out at each of the name's characters took seconds before the blanks were taken at once)."""
    item = "Mme Rose LYS à M. Paul ROCHE" + " " * 400 + "pour la suite"
    name = re.compile(r"(?:[^()\n;,])+?" + roll_call.HOLDER_END)
    assert name.match(item, item.index("M. Paul")).group() == "M. Paul ROCHE"
