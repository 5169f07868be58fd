"""Markdown's marks blanked in place: the words where the file writes them."""

from civicgraph.text.markdown import is_markdown, plain


def test_marks_are_blanked_and_every_offset_kept():
    text = "## Réunion du **4 mars**\n\n> Lieu : *salle* [PV](pv.pdf)\n\n| A | B |\n|---|---|\n| x | y |\n"
    shown = plain(text)
    assert len(shown) == len(text)
    assert shown.split() == ["Réunion", "du", "4", "mars", "Lieu", ":", "salle", "PV", "|", "A", "|", "B", "|", "|", "x", "|", "y", "|"]
    assert shown.index("4 mars") == text.index("4 mars")


def test_a_front_matter_keeps_its_fields_not_its_fences():
    text = "---\ndate: 2023-05-12\n---\n\nTexte\n"
    assert plain(text) == "   \ndate: 2023-05-12\n   \n\nTexte\n"


def test_only_markdown_is_read_so():
    assert is_markdown("---\ntitre: x\n---\nTexte")
    assert is_markdown("# Titre\n\nLe **président** ouvre la séance.")
    assert not is_markdown("Délibération n° 2024-#12 : M. ROCHE * absent\n- point 1\n")
    assert not is_markdown("Ordre du jour\n---\nPoint 1\n")
