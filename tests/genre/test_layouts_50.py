"""The round-twenty forms: a table laid out with spaces that a page break cuts (its header and footer blanked, a form
feed between), a list item closed by a bracket's full stop at its line's end, holders named first ("Y vote aussi au
nom de X" without civility, "Y a pouvoir pour X"), "le droit de vote de X est exercé par Y" and a table column
"Droit de vote exercé par"; an act's number with series letters inside, after a dash as in brackets (one pattern,
`items.ACT_NUMBER`); a proxy told in an item's minutes "à partir du présent point". General mechanisms, each on a small
invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.items import DASHED_ACT, TRAILING_ACT
from civicgraph.genre.reader import view
from civicgraph.text import aligned
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL
from tests.genre.test_layouts_47 import _comite


def test_a_table_in_columns_goes_on_across_a_page_break():
    raw = view("Syndicat du Val-Brun                      Comité syndical du 05/11/2027\n\n"
               "Délégué               Commune        Présence   Pouvoir à\n"
               "M. Paul ROCHE         Val-Brun       P\n"
               "Mme Anne BRUN         Haut-Val       E          M. Paul ROCHE\n\n"
               "                         Page 1/2\n\f"
               "Syndicat du Val-Brun                      Comité syndical du 05/11/2027\n\n"
               "M. Jean CARON         Val-Nord       E          Mme Nina ROUX\n"
               "Mme Nina ROUX         Val-Nord       P\n\n"
               "                         Page 2/2\n")
    firsts = [[line[0].text for line in [header, *rows]] for header, rows in aligned.grids(raw, 0, len(raw), min_columns=2)]
    assert any(cells[cells.index("Délégué"):] == ["Délégué", "M. Paul ROCHE", "Mme Anne BRUN", "M. Jean CARON", "Mme Nina ROUX"]
               for cells in firsts if "Délégué" in cells), firsts


def test_a_list_item_closed_by_its_bracket_s_full_stop_at_the_line_s_end(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX, M. Luc PETIT.\n\n"
            "Pouvoirs : Mme Anne BRUN donne procuration à M. Paul ROCHE ; M. Yves MORIN (pouvoir à M. Jean CARON).\n"
            "Mme Rose LYS donne procuration à Mme Nina ROUX.")
    assert {("Anne BRUN", "Paul ROCHE"), ("Yves MORIN", "Jean CARON"), ("Rose LYS", "Nina ROUX")} <= set(proxies(tmp_path, _seance(COUNCIL, roll)))


def test_holders_named_first_who_vote_for_or_have_a_proxy_for(tmp_path: Path):
    roll = ("Présents : ROCHE Paul, Président ; CARON Jean ; ROUX Nina ; M. Luc PETIT.\n\nExcusés : BRUN Anne ; MORIN Yves ; "
            "M. Marc LEROY.\n\nCARON Jean vote aussi au nom de BRUN Anne. ROUX Nina vote aussi au nom de MORIN Yves.\n\n"
            "Pouvoirs :\nM. Luc PETIT a pouvoir pour M. Marc LEROY.")
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Marc LEROY", "Luc PETIT")} <= set(proxies(tmp_path, _seance(COUNCIL, roll)))


def test_a_right_to_vote_exercised_by_its_holder_in_a_sentence_and_in_a_column(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nExcusée : Mme Anne BRUN.\n\n"
            "Le droit de vote de Mme Anne BRUN est exercé par M. Jean CARON pour l'ensemble de la séance.")
    assert ("Anne BRUN", "Jean CARON") in proxies(tmp_path, _seance(COUNCIL, roll))
    table = ("| Administrateur | Qualité | Présence | Droit de vote exercé par |\n|---|---|---|---|\n"
             "| M. Paul ROCHE | élu | Présent | |\n| Mme Anne BRUN | élue | Excusée | M. Paul ROCHE |\n"
             "| M. Jean CARON | personne qualifiée | Présent | |\n")
    assert set(proxies(tmp_path, _comite(table))) == {("Anne BRUN", "Paul ROCHE")}


def test_an_act_s_number_after_a_dash_or_in_brackets_with_series_letters_inside():
    assert DASHED_ACT.search("Tarifs de la cantine – n° 2027-CA-061")["num"] == "2027-CA-061"
    assert TRAILING_ACT.search("Tarifs de la cantine (délibération n° 2027-CA-061)")["num"] == "2027-CA-061"


def test_a_proxy_told_in_an_item_s_minutes_holds_from_that_item(tmp_path: Path):
    from tests.genre.test_layouts_42 import PRESENT, _with_items
    between = ("2. Tarifs\nAvant l'examen du point, le Maire indique que Mme Anne BRUN, absente, a adressé une procuration : "
               "Mme Anne BRUN donne procuration à M. Jean CARON à partir du présent point.\nAdopté à l'unanimité.")
    text = _with_items(PRESENT, "").replace("2. Tarifs\nAdopté à l'unanimité.", between)
    assert proxies(tmp_path, text)[("Anne BRUN", "Jean CARON")].get("depuisActe") == "2"


def test_holders_named_first_among_the_excused_who_assure_or_carry_a_vote(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON, Mme Nina ROUX, M. Luc PETIT.\n\nExcusés :\n"
            "M. Jean CARON assurera le vote de Mme Anne BRUN.\nMme Nina ROUX assurera le vote de M. Yves MORIN.\n\n"
            "Mme Rose LYS (Val-Nord), excusée ; M. Luc PETIT portera sa voix.")
    text = _seance(COUNCIL, roll)
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Rose LYS", "Luc PETIT")} <= set(proxies(tmp_path, text))
    statuses = _statuses(tmp_path, text)
    assert (statuses["Jean CARON"], statuses["Anne BRUN"]) == ("présent", "excusé")  # (the list's status is the giver's)
