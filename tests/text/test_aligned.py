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


WRAPPED = (
    "Nom Prénom          Présence     Procuration à        Vote\n"
    "VERNAY Paul         Représenté   DU PLESSIS-MARTEL    Pour\n"
    "                                 Anne-\n"
    "                                 Sophie\n"
    "PIN Ida             Présente                          Contre\n"
)

GROUPED = (
    "Commune      Délégué          Présent   Excusé\n"
    "VALBRUNE     LYS Rose         X\n"
    "             BRUN Léo\n"
    "             PIN Ida                    X\n"
)


def _read(table: str) -> list[list[str]]:
    [(header, rows)] = aligned.grids(table, 0, len(table))
    return [[text for text, _ in row] for row in aligned.unwrapped([aligned.place(header, row) for row in rows])]


def test_a_cell_wrapped_onto_the_next_lines_is_joined_to_its_row():
    assert _read(WRAPPED) == [["VERNAY Paul", "Représenté", "DU PLESSIS-MARTEL Anne-Sophie", "Pour"],
                              ["PIN Ida", "Présente", "", "Contre"]]


def test_a_member_under_the_group_of_the_row_above_is_a_row_of_his_own():
    assert _read(GROUPED) == [["VALBRUNE", "LYS Rose", "X", ""], ["", "BRUN Léo", "", ""], ["", "PIN Ida", "", "X"]]


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


def test_the_field_printed_under_a_label_that_ends_its_line():
    raw = "Nombre de conseillers        Date de la convocation :\n  en exercice : 11              25 février 1972\n"
    label = raw.index("Date")
    below = aligned.field_below(raw, label, raw.index(":", label) + 1)
    assert below.text == "25 février 1972" and raw[below.start:].startswith("25 février")
    assert aligned.field_below(raw, 0, len("Nombre de conseillers")) is None  # the line goes on
