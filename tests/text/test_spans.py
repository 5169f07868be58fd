import sys

from civicgraph.text.spans import _fold_char, fold


def test_fold_is_the_table_on_every_code_point():
    """`fold` lowers ASCII with `str.lower` and the rest through the table: the same as folding
    each character alone, on every code point (surrogates apart), alone and between ASCII letters."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    folded = list(map(_fold_char, chars))
    assert fold("".join(chars)) == "".join(folded)
    assert fold("A".join(chars)) == "a".join(folded)
    assert all(fold(c) == f for c, f in zip(chars[:0x3000], folded))


def test_fold_keeps_offsets_on_mixed_text():
    text = "Délibération N° 12 : l’ÉTAT, Ærø et İstanbul — ﬁn"
    assert fold(text) == "".join(_fold_char(c) for c in text)
    assert len(fold(text)) == len(text)
