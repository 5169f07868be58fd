"""Round thirty-four's pieces, each on a small invented text: a proxy sentence after the giver's office and "excusé";
an arrival told after its time ("À 20 h 40, avant le point 3, M. X arrive ;") ending the proxy "jusqu'à son arrivée";
"Excusés sans procuration⇥…"; tally names "Mme X représentée par M. Y" and "Contre : M. X. Abstention : …"; "dont le pouvoir a été confié à" and a status said again ("…, excusée.") under "Absents excusés";
"27.06.Ol" in OCR; "Le président du club, ROCHE Paul, ne prend pas part au vote"; a body with its acronym after a comma."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import Text
from civicgraph.genre.items import act_number, read_vote
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_42 import COUNCIL
from tests.genre.test_layouts_57 import roll_of

ITEMS = "\n\n1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\n3. Voirie\nAdopté à l'unanimité.\n"


def test_a_proxy_sentence_after_the_givers_office_and_excuse(tmp_path: Path):
    text = (f"{COUNCIL}\nSéance du 5 octobre 2027\n\nPrésents :\nM. Paul ROCHE, Président\nM. Jean CARON, 2e vice-président\n\n"
            "M. Luc PETIT, 7e vice-président, excusé, a donné pouvoir à M. Jean CARON.\n\nSecrétaire de séance : M. Jean CARON."
            + ITEMS)
    assert ("Luc PETIT", "Jean CARON") in proxies(tmp_path, text)


def test_an_arrival_told_after_its_time_ends_the_proxy_until_it(tmp_path: Path):
    text = (f"{COUNCIL}\nSéance du 5 octobre 2027\n\nPrésents : M. Paul ROCHE, M. Jean CARON.\n\n"
            "Pouvoirs : procuration de M. Luc PETIT à M. Jean CARON,\njusqu'à son arrivée.\n\nSecrétaire de séance : M. Jean CARON."
            "\n\n1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\n"
            "À 20 h 40, avant le point 3, M. Luc PETIT arrive ; son pouvoir prend fin.\n\n3. Voirie\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Luc PETIT", "Jean CARON")].get("jusquAHeure") == "20:40:00"


def test_excused_without_proxy_after_a_tab_and_restated_statuses():
    roll = roll_of("Présents : M. Paul ROCHE, M. Jean CARON.\n\nExcusés sans procuration\tMme Rose LYS, M. Yves MORIN\n\n"
                   "Absents excusés :\nM. Luc PETIT (Val), dont le pouvoir a été confié à M. Paul ROCHE ;\nMme Anne BRUN (Roche), excusée.\n\n"
                   "Secrétaire de séance : M. Jean CARON.\n")
    assert {(e.who.text, e.status) for e in roll.entries} >= {("Mme Rose LYS", "excusé"), ("M. Yves MORIN", "excusé"), ("Mme Anne BRUN", "excusé")}
    assert "présent" not in {e.status for e in roll.entries if "PETIT" in e.who.text}
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("M. Luc PETIT", "M. Paul ROCHE")]


def test_tally_names_held_by_another_and_labelled_after_the_tally():
    raw = "Pour : 15 – Contre : 0 – Abstentions : 2 (M. Luc PETIT, Mme Rose LYS représentée par M. Jean CARON)\n"
    vote = read_vote(Text(raw), 0, len(raw))
    assert [n for n, _ in vote.names["abstention"]] == ["M. Luc PETIT", "Mme Rose LYS"] and [n for n, _ in vote.by_proxy] == ["Mme Rose LYS"]
    raw = "Pour : 30   Contre : 1   Abstention : 1\nContre : M. Luc PETIT. Abstention : M. Jean CARON (par pouvoir).\n"
    vote = read_vote(Text(raw), 0, len(raw))
    assert [n for n, _ in vote.names["contre"]] == ["M. Luc PETIT"] and [n for n, _ in vote.names["abstention"]] == ["M. Jean CARON"]


def test_not_voting_named_in_apposition_to_an_office_and_a_dotted_ocr_number():
    raw = "Le président du club, ROCHE Paul, ne prend pas part au vote.\nPour : 18.\n"
    assert [n for n, _ in read_vote(Text(raw), 0, len(raw)).names["nonParticipant"]] == ["ROCHE Paul"]
    assert act_number("27.06.Ol") == "27.06.01"


def test_a_body_with_its_acronym_after_a_comma():
    roll = roll_of("Présents :\tM. Paul ROCHE, CCI du Val, Trésorier\n\tMme Rose LYS, CAF 27\n\tM. Jean CARON, ROCHE Paul\n\n"
                   "Secrétaire de séance\tMme Rose LYS\n")
    assert [(e.who.text, e.commune.text if e.commune else None) for e in roll.entries] == [
        ("M. Paul ROCHE", "CCI du Val"), ("Mme Rose LYS", "CAF 27"), ("M. Jean CARON", None), ("ROCHE Paul", None)]  # (a member, no body)
