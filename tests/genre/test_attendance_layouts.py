"""Attendance written in layouts the seventh blind set brought (cases 110–119): each mechanism on a
small invented text, so a change that breaks one shows here by name."""

from __future__ import annotations

from datetime import time

from civicgraph.genre.cues import Text, pattern
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.genre.seance import read_seance
from civicgraph.genre.table import read_table
from civicgraph.text.name_data import with_civilities


def roll(raw: str):
    text = Text(view(raw))
    return read_roll_call(text, 0, len(raw))


def pairs(raw: str) -> list[tuple[str, str]]:
    return [(p.giver.text, p.holder.text) for p in roll(raw).proxies]


def table(raw: str):
    text = Text(view(raw))
    return read_table(text, 0, len(raw))


def test_every_civility_of_the_list_reaches_the_cues():
    ocr = with_civilities(r"(?P<who>{civility}\s+\w+)", folded=True)
    assert Text("arrivee de mrne lenoir a 20 h").find(pattern(ocr))["who"] == "mrne lenoir"
    assert Text("le forum. puis").find(pattern(ocr)) is None  # "m." ending a word is no civility


def test_holder_first_in_a_bracket_of_the_present_list():
    raw = "Présents : M. Paul ROCHE (pouvoir de Mme Anne BRUN), Mme Lise GARNIER.\nExcusée : Mme Anne BRUN.\n"
    assert pairs(raw) == [("Mme Anne BRUN", "M. Paul ROCHE")]


def test_a_civility_ending_its_line_belongs_to_the_next_name():
    raw = "Présents : M. Paul ROCHE, Mme\nLise GARNIER, M. Yves BLANC.\n"
    assert [e.who.text for e in roll(raw).entries] == ["M. Paul ROCHE", "Mme\nLise GARNIER", "M. Yves BLANC"]


def test_proxy_sentences_under_a_hanging_indent_stay_one_list():
    raw = ("Procurations : M. DURAND a donne procuration a M. PETIT.\n"
           "               M. LEROY a donne procuration a M. BLANC.\n\nLe compte rendu est approuve.\n")
    assert pairs(raw) == [("M. DURAND", "M. PETIT"), ("M. LEROY", "M. BLANC")]


def test_delegates_behind_dotted_leaders_are_labelled_by_their_commune():
    raw = "Etaient presents :\nVALBRUNE ............ MM. ROCHE Paul, BLANC Yves\nLES AULNES .......... Mme GARNIER Lise\n\n"
    entries = roll(raw).entries
    assert [(e.who.text, e.commune.text if e.commune else None) for e in entries] == [
        ("MM. ROCHE Paul", "VALBRUNE"), ("BLANC Yves", "VALBRUNE"), ("Mme GARNIER Lise", "LES AULNES")]


def test_a_proxy_until_an_arrival_timed_in_a_bracket():
    raw = "Pouvoirs :\n- Mme Anne BRUN à M. Paul ROCHE jusqu'à son arrivée (10 h 15) ;\n"
    assert [(p.giver.text, p.holder.text, p.to_time) for p in roll(raw).proxies] == [("Mme Anne BRUN", "M. Paul ROCHE", time(10, 15))]


def test_a_proxy_for_a_range_of_acts_keeps_their_numbers_as_written():
    raw = "Absents ayant donné procuration :\nM. Paul ROCHE, représenté par Mme Lise GARNIER (pour les rapports n° B24.07.01\nà B24.07.12)\n"
    assert [(p.from_item, p.to_item) for p in roll(raw).proxies] == [("B24.07.01", "B24.07.12")]


def test_a_proxies_table_prints_each_holder_once_for_its_mandants():
    raw = ("   Mandataire (membre présent)        Mandant(s)\n"
           "   Mme Lise GARNIER                   M. Paul ROCHE\n"
           "                                      Mme Anne BRUN\n"
           "   M. Yves BLANC                      Mme Rose LEROY\n\n")
    assert [(p.giver.text, p.holder.text) for p in table(raw).proxies] == [
        ("M. Paul ROCHE", "Mme Lise GARNIER"), ("Mme Anne BRUN", "Mme Lise GARNIER"), ("Mme Rose LEROY", "M. Yves BLANC")]


def test_a_signature_sheet_marks_presences_absences_and_proxies():
    raw = ("NOM Prénom                Collectivité              Signature\n"
           "ROCHE Paul                Valbrune                  ~/f~\n"
           "BRUN Anne                 Valbrune                  excusée - pouvoir à\n"
           "                                                    M. ROCHE\n"
           "BLANC Yves                Les Aulnes                Excusé\n"
           "LEROY Rose                Les Aulnes\n\n")
    read = table(raw)
    assert [(e.who.text, e.status) for e in read.entries] == [
        ("ROCHE Paul", "présent"), ("BRUN Anne", "excusé"), ("BLANC Yves", "excusé"), ("LEROY Rose", "absent")]
    assert [(p.giver.text, " ".join(p.holder.text.split())) for p in read.proxies] == [("BRUN Anne", "M. ROCHE")]


def test_a_form_ticked_present_with_a_holder_filled_in_is_a_conflict_not_a_proxy():
    raw = ("Nom                   Présent   Excusé   Pouvoir à\n"
           "M. Paul ROCHE           ☒         ☐      ______________\n"
           "Mme Anne BRUN           ☐         ☒      M. ROCHE\n"
           "M. Yves BLANC           ☒         ☐      M. ROCHE\n\n")
    read = table(raw)
    assert [(p.giver.text, p.holder.text) for p in read.proxies] == [("Mme Anne BRUN", "M. ROCHE")]
    assert read.conflicts == ["M. Yves BLANC : présent et « pouvoir à M. ROCHE » dans le tableau"]


def test_the_eldest_who_takes_the_chair_presides_the_election_of_the_maire():
    raw = ("Séance du 25 mai 2020\nLa séance a été ouverte sous la présidence de M. Paul ROCHE, maire sortant.\n"
           "M. BLANC Yves, le plus âgé des membres présents du conseil municipal, a ensuite pris la présidence.\n")
    read = read_seance(Text(raw), 0, len(raw))
    assert read.president.value == "M. BLANC Yves" and read.president_role is None
    assert read.opener[0].value == "M. Paul ROCHE" and read.opener[1] == "maire sortant"


def test_a_dotted_acronym_reads_as_the_cues_write_it():
    text = Text("S.I.V.O.M. DU CANTON DE VALBRUNE")
    assert text.folded.startswith("sivom      du canton") and len(text.folded) == len(text.raw)
