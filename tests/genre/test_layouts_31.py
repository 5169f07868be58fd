"""Bodies, roll calls and proxies met in the blind sets of cases 440–499, read by general mechanisms, each on a
small invented text."""

from __future__ import annotations

from civicgraph.genre.author import bodies
from civicgraph.genre.cues import Text


def _names(text: str) -> set[str]:
    return {b.name for b in bodies(Text(text))}


def test_a_syndicat_s_acronym_stays_in_capitals_and_the_words_after_it_keep_their_prepositions_small():
    assert "SIETOM de la Vallée du Brun" in _names("SIETOM DE LA VALLÉE DU BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Eaux du Val-Brun" in _names("SYNDICAT MIXTE DES EAUX DU VAL-BRUN\nCOMITÉ SYNDICAL\n")
    assert "Association Les Amis du Val" in _names("ASSOCIATION LES AMIS DU VAL\nASSEMBLÉE GÉNÉRALE\n")


def test_an_acronym_alone_on_its_line_over_the_syndicat_s_full_name_is_not_that_name_s_first_word():
    names = _names("SMITU\nSYNDICAT MIXTE DES TRANSPORTS URBAINS DU VAL-BRUN\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Transports Urbains du Val-Brun" in names
    assert not any(name.upper().startswith("SMITU SYNDICAT") for name in names)
