"""The reader's view of a text: page furniture and a margin column blanked, OCR letters put right,
every offset kept (the passages of every fact point into the original text)."""

from pathlib import Path

import pytest
import yaml

from civicgraph.genre import furniture
from civicgraph.genre.cues import repair_ocr
from civicgraph.genre.reader import view


def test_a_page_footer_inside_a_sentence_is_blanked_with_its_running_title():
    text = "M. X quitte la séance et donne pouvoir à CC Val d'Orge – Conseil du 11/04/2024 – Page 2 sur 3 M. Paul Y. Délibération"
    seen = furniture.blank(text)
    assert len(seen) == len(text)
    assert "Page" not in seen and "Conseil du" not in seen and "CC Val" not in seen
    assert " ".join(seen.split()) == "M. X quitte la séance et donne pouvoir à M. Paul Y. Délibération"


def test_a_page_number_alone_leaves_the_sentence_before_it():
    text = "Le conseil approuve. page 4/12 La séance est levée."
    assert " ".join(furniture.blank(text).split()) == "Le conseil approuve. La séance est levée."


MARGIN = """Délibération n° 2025-41
Nombre de conseillers       L'an deux mille vingt-cinq, le dix juin, le Conseil municipal
En exercice : 23            de la commune, légalement convoqué, s'est réuni en séance publique
Présents : 18               à la mairie, sous la présidence de Monsieur Paul X, Maire.
Votants : 21                Étaient présents : M. X Paul, Mme Y Anne, M. Z Marc, Mme W Lucie,
                            Mme V Claire, M. U Jean, Mme T Rose, M. S Luc, Mme R Marie.
Objet :                     Absents représentés : Mme Q Ève (pouvoir à M. X
Adhésion                    Paul), M. P Léo (pouvoir à Mme Y Anne).

Monsieur le Maire expose."""


def test_a_margin_column_beside_the_body_is_blanked_and_the_body_reads_whole():
    seen = furniture.blank_margin(MARGIN)
    assert len(seen) == len(MARGIN)
    assert "Votants" not in seen and "Objet" not in seen
    assert "sous la présidence de Monsieur Paul X, Maire." in seen
    assert seen.endswith("Monsieur le Maire expose.")


def test_two_columns_of_a_table_are_no_margin():
    table = "\n".join(f"Commune {n}          M. TITULAIRE{n} Jean          M. SUPPLEANT{n} Paul" for n in range(8))
    assert furniture.blank_margin(table) == table


def test_ocr_letters_for_i_are_put_right_in_the_genre_words_only():
    assert repair_ocr("Mme X (pouvolr à M. Y) DÉLIBÉRATlON") == "Mme X (pouvoir à M. Y) DÉLIBÉRATION"
    assert repair_ocr("salle Lille pilote Milly") == "salle Lille pilote Milly"
    assert repair_ocr("Paris Terres d'Envol, date d'envol") == "Paris Terres d'Envol, date d'envol"  # a word French writes so


def test_the_view_keeps_every_offset():
    assert len(view(MARGIN)) == len(MARGIN)


PAGE_BREAK = (
    "Ville de Valbrune                          Conseil municipal du 3 mars 2025\n\n"
    "Absents représentés :\nMme Rose LYS à M. Paul VERNAY ;\n\n"
    "Liste des délibérations – séance du 03/03/2025 – affichée le 10/03/2025        Page 1/2\n"
    "Ville de Valbrune                          Conseil municipal du 3 mars 2025\n\n"
    "M. Léo BRUN à Mme Ida PIN.\n\n"
    "Liste des délibérations – séance du 03/03/2025 – affichée le 10/03/2025        Page 2/2\n"
)


def test_a_footer_repeated_with_each_page_number_and_the_next_page_header_are_blanked():
    seen = furniture.blank(PAGE_BREAK)
    assert len(seen) == len(PAGE_BREAK)
    assert seen.count("Liste des délibérations") == 0  # the footer of both pages
    assert seen.count("Ville de Valbrune") == 1  # the first page's heading stays, its repetition goes
    assert "Mme Rose LYS à M. Paul VERNAY ;" in seen and "M. Léo BRUN à Mme Ida PIN." in seen


def test_markdown_emphasis_is_blanked_offsets_kept():
    text = "**Présents :** Mme Rose LYS, *M. Paul VERNAY*\n2 * 3 = 6"
    seen = furniture.blank_markup(text)
    assert len(seen) == len(text)
    assert " ".join(seen.split()) == "Présents : Mme Rose LYS, M. Paul VERNAY 2 * 3 = 6"


HYPHENATION = yaml.safe_load((Path(__file__).parents[2] / "ingest" / "genre" / "fr" / "hyphenation.yaml").read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("broken,whole", HYPHENATION["broken"].items())
def test_a_word_broken_at_a_line_end_is_rejoined_in_place(broken, whole):
    text = broken.replace("⏎", "\n")
    seen = view(text)
    assert len(seen) == len(text)
    assert seen == whole.replace("⏎", "\n")


@pytest.mark.parametrize("broken,whole", HYPHENATION["compounds"].items())
def test_a_compound_broken_at_a_line_end_keeps_its_hyphen_and_moves_down_whole(broken, whole):
    text = broken.replace("⏎", "\n")
    assert view(text) == whole.replace("⏎", "\n")


@pytest.mark.parametrize("text", HYPHENATION["kept"])
def test_a_hyphen_that_is_the_words_own_is_kept_at_a_line_end(text):
    text = text.replace("⏎", "\n")
    assert view(text) == text


def test_a_lists_bullet_printed_as_another_glyph_is_the_bullet_lists_know():
    text = "Présents :\n● Mme Rose LYS\n  ▪ M. Paul VERNAY\nLe ● du logo"
    seen = view(text)
    assert len(seen) == len(text) and seen == "Présents :\n• Mme Rose LYS\n  • M. Paul VERNAY\nLe ● du logo"


def test_ocr_dates_are_found_as_their_patterns_find_them():
    """The days and years OCR misprinted are tried only at month words: the same spans as
    `OCR_DAY` and `OCR_YEAR` over the whole text, on random runs of dates' pieces."""
    import random

    from civicgraph.genre.cues import OCR_DAY, OCR_YEAR, _ocr_date_spans

    rng = random.Random(11)
    pieces = ["l2", "12", "o1", " ", "  ", "\n", "mai", "mars", "sept", "septembre", "2ol4", "2014", "x", "(", "_", "é", "1er", "."]
    for _ in range(3000):
        folded = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = [m.span() for m in OCR_DAY.finditer(folded)] + [m.span("y") for m in OCR_YEAR.finditer(folded)]
        assert _ocr_date_spans(folded) == expected, folded


def test_ocr_capital_i_for_l_inside_a_word_in_lower_case():
    from civicgraph.genre.cues import repair_ocr
    assert repair_ocr("L'an deux miIle dix-neuf, DÉLIBÉRATION, McIntosh, NOUVELLE") == "L'an deux mille dix-neuf, DÉLIBÉRATION, McIntosh, NOUVELLE"


def test_ocr_capital_i_is_found_as_the_look_behind_first_finds_it():
    """`CAPITAL_I_IN_WORD` starts with its "I" (for `re` to skip to it): the same matches as the
    pattern with the letters before it looked for first, on random runs of letters."""
    import random
    import re

    from civicgraph.genre.cues import CAPITAL_I_IN_WORD

    plain = re.compile(r"(?<=[a-zà-ÿ]{2})I(?=[a-zà-ÿ]{2})")
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("aéIIi L\n-ÿÀ") for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in CAPITAL_I_IN_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)], text
