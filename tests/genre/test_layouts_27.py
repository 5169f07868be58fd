"""Roll calls and proxies left over from the twenty-ninth blind set and met in the thirtieth (cases
330–349), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from tests.genre.test_attendance_layouts_8 import pairs, statuses

THREE_LISTS = ("Etaient présents :            Ont donné pouvoir :            Etait excusée :\n"
               "M. Paul ROCHE (Val-Brun)      M. Yves MORIN à M. Jean        Mme Lise NOËL\n"
               "Mme Anne BRUN (Le Mont)       CARON                          (Val-Brun)\n"
               "M. Jean CARON (Val-Brun)      Mme Rose LYS à Mme Anne\n"
               "M. Luc PETIT (Le Mont)        BRUN\n\n")


def test_three_lists_side_by_side_under_one_heading_line_are_each_read_alone():
    assert pairs(THREE_LISTS) == [("M. Yves MORIN", "M. Jean CARON"), ("Mme Rose LYS", "Mme Anne BRUN")]
    assert ("Mme Lise NOËL", "excusé") in statuses(THREE_LISTS)
    assert {who for who, status in statuses(THREE_LISTS) if status == "présent"} == {
        "M. Paul ROCHE", "Mme Anne BRUN", "M. Jean CARON", "M. Luc PETIT"}
