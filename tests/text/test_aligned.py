"""Tables aligned with spaces and columns printed side by side (civicgraph/text/aligned.py):
cells placed under their titles, each column read alone, offsets kept."""

from civicgraph.text import aligned

TABLE = (
    "Titulaire          P  E  A   Suppléant         P\n"
    "M. Paul VERNAY     X         Mme Rose LYS\n"
    "Mme Ida PIN           X      M. Léo BRUN       X\n"
    "\n"
    "La séance est ouverte.\n"
)


def test_cells_sit_under_their_titles():
    [(header, rows)] = aligned.grids(TABLE, 0, len(TABLE))
    assert [f.text for f in header] == ["Titulaire", "P", "E", "A", "Suppléant", "P"]
    first, second = (aligned.place(header, row) for row in rows)
    assert [text for text, _ in first] == ["M. Paul VERNAY", "X", "", "", "Mme Rose LYS", ""]
    assert [text for text, _ in second] == ["Mme Ida PIN", "", "X", "", "M. Léo BRUN", "X"]
    text, at = second[4]
    assert TABLE[at:at + len(text)] == text  # offsets are the document's


def test_a_blank_line_ends_the_table_and_prose_is_no_row():
    [(_, rows)] = aligned.grids(TABLE, 0, len(TABLE))
    assert len(rows) == 2


SIDE_BY_SIDE = (
    "PRÉSENTS :                    EXCUSÉS :\n"
    "M. Paul VERNAY                Mme Rose LYS, pouvoir à\n"
    "Mme Ida PIN                       M. Paul VERNAY\n"
    "\n"
    "Le conseil municipal, réuni en séance publique, délibère.\n"
)


def test_two_columns_side_by_side_read_one_at_a_time():
    block = aligned.column_block(SIDE_BY_SIDE, SIDE_BY_SIDE.index("EXCUSÉS"))
    assert block == (0, SIDE_BY_SIDE.index("\n\n") + 1, 30)
    right = aligned.one_column(SIDE_BY_SIDE, block, right=True)
    left = aligned.one_column(SIDE_BY_SIDE, block, right=False)
    assert len(right) == len(left) == len(SIDE_BY_SIDE)
    assert right.split()[:6] == ["EXCUSÉS", ":", "Mme", "Rose", "LYS,", "pouvoir"]
    assert "Rose" not in left and "Ida" in left and "Ida" not in right
    assert right.endswith("délibère.\n") and left.endswith("délibère.\n")  # prose after the block is kept


def test_a_heading_at_a_line_start_opens_no_column():
    assert aligned.column_block(SIDE_BY_SIDE, 0) is None
