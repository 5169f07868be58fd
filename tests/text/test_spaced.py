"""Headings with spaced-out letters joined in place (civicgraph/text/spaced.py)."""

from civicgraph.text.spaced import joined


def test_a_letter_spaced_heading_is_joined_and_keeps_its_length():
    line = "C O M M U N E  D E  V A L B R U N E"
    out = joined(f"RÉPUBLIQUE FRANÇAISE\n{line}\nSéance du 3 mars")
    assert out.split("\n")[1].split() == ["COMMUNE", "DE", "VALBRUNE"]
    assert len(out) == len(f"RÉPUBLIQUE FRANÇAISE\n{line}\nSéance du 3 mars")
    assert out.split("\n")[1].startswith("COMMUNE")  # each word where its first letter was


def test_codes_and_prose_are_left_alone():
    for text in ("Nom   P E A   Pouvoir à", "il y a deux points", "M. A B signe", "J. P. D."):
        assert joined(text) == text
