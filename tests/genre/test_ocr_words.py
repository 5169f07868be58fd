"""OCR's "rn" for "m" (one, or each of two) put right where the "m" makes a French word (`civicgraph.text.lexicon`, `ocr.yaml`
vocabulary), the text's length kept; names and words that hold "rn" are left as written."""

from __future__ import annotations

import pytest

from civicgraph.genre.cues import repair_ocr
from civicgraph.text import lexicon


@pytest.mark.parametrize("damaged,repaired", [
    ("Decision rnodificative n° 2", "Decision modificative  n° 2"),  # the genre's word, from ocr.yaml's vocabulary
    ("Budget prirnitif 2026", "Budget primitif  2026"),  # general French, from the lexicon
    ("Renouvellernent de l'adhesion", "Renouvellement  de l'adhesion"),
    ("Adopté à l'unanirnité", "Adopté à l'unanimité "),
    ("le 3 rnars 2026", "le 3 mars  2026"),
    ("maires des cornrnunes thermales", "maires des communes   thermales"),  # both of a word's "m"
    ("COMRNUNE DE VAL-BRUN", "COMMUNE  DE VAL-BRUN"),
])
def test_a_word_damaged_by_ocr_is_put_right(damaged: str, repaired: str):
    assert repair_ocr(damaged) == repaired


@pytest.mark.parametrize("written", [
    "M. Bernard ARNAUD", "Mme Sylvie FOURNIER", "publié sur internet", "place Carnot", "la Marne", "une corne", "le terne",
])
def test_names_and_words_holding_rn_are_left_as_written(written: str):
    assert repair_ocr(written) == written


def test_the_lexicon_is_folded_french():
    words = lexicon.words("fr")
    assert {"primitif", "renouvellement", "unanimite", "membres"} <= words and "rnembres" not in words
    assert all(w == w.lower() and len(w) >= lexicon.MIN_LENGTH for w in list(words)[:1000])
