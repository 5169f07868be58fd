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


def test_fold_of_a_fold_is_itself():
    """`fold` replaces each distinct character of a text in turn: exact only because a folded
    character folds to itself (and is its own lower case)."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    assert all(_fold_char(f) == f == f.lower() for f in set(map(_fold_char, chars)))
    few = "Ça, l’Été — Ærø, İstanbul, ﬁn, Œuvre"
    assert fold(few) == "".join(_fold_char(c) for c in few)


def test_refold_is_the_fold_of_the_edited_text():
    """`refold` folds again only the chunks an edit touched: the same as folding the edited text."""
    import random

    from civicgraph.text.spans import refold

    rng = random.Random(7)
    before = "".join(rng.choice("aÉé’ xZ\nçÇ.Œ") for _ in range(3000))
    for _ in range(50):
        edited = list(before)
        for at in rng.sample(range(len(before)), rng.randint(0, 20)):
            edited[at] = rng.choice(" iÉ1ﬁ")
        edited = "".join(edited)
        assert refold(edited, before, fold(before), chunk=rng.choice([1, 7, 256])) == fold(edited)
    assert refold("Été", "été!", fold("été!")) == fold("Été")  # not an edit in place: folded whole
