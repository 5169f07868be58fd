"""Layouts read in session 39 (invented text): a letterhead's cell that ends before its line's trailing spaces."""

from __future__ import annotations

from civicgraph.genre.author import HEADING_CELL


def test_a_letterhead_s_last_cell_ends_before_its_line_s_trailing_spaces():
    """A PDF's text layer pads lines with a space or two: the last cell ends there as it does before the
    line's end (its search ran on to the line's end from every character, on a one-line text quadratically)."""
    top = "   Val-Brun Agglo  \nConseil communautaire      du 26 septembre 2024 \n\tBureau\t \nVal-les-Bains"
    assert [m.group() for m in HEADING_CELL.finditer(top)] == [
        "Val-Brun Agglo", "Conseil communautaire", "du 26 septembre 2024", "Bureau", "Val-les-Bains"]
