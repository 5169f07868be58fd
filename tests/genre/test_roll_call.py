"""Roll-call zone, unit by unit: each written form of a proxy or an exception gives its facts."""

from __future__ import annotations

from datetime import time

import pytest

from civicgraph.genre.cues import Text, cues
from civicgraph.genre.roll_call import _headings, read_roll_call


def roll(raw: str):
    text = Text(raw)
    return read_roll_call(text, 0, len(raw))


def proxies(raw: str) -> list[tuple]:
    return [(p.giver.text, p.holder.text, p.from_time, p.to_time, p.from_item) for p in roll(raw).proxies]


def test_pouvoir_de_x_a_y_in_a_list_of_proxies():
    raw = "Pouvoirs reçus (2) :\n- pouvoir de Mme Odile FERRAND à Mme Lise GARNIER ;\n- M. Paul ROCHE à M. Yves BLANC.\n"
    assert proxies(raw) == [("Mme Odile FERRAND", "Mme Lise GARNIER", None, None, None),
                            ("M. Paul ROCHE", "M. Yves BLANC", None, None, None)]


def test_a_departure_noted_on_a_proxy_starts_it_an_arrival_ends_it():
    raw = ("Procurations :\n– Anne MARTIN → Luc PETIT, jusqu'à 21 h (arrivée à 21 h 00) ;\n"
           "– Yves COLIN a donné pouvoir à Rose LEROY à partir du point 4 (départ à 21 h 05).\n")
    assert proxies(raw) == [("Anne MARTIN", "Luc PETIT", None, time(21, 0), None),
                            ("Yves COLIN", "Rose LEROY", time(21, 5), None, "4")]


def test_everyone_but_the_exceptions_written_as_appositions():
    read = roll("Étaient présents : tous les conseillers municipaux en exercice, à l'exception de Mme Aurélie FAURE,\n"
                "excusée, qui a donné pouvoir à M. Julien VALETTE, et de M. Serge ROUVIER, absent.\n")
    assert read.all_but_listed
    assert [(e.who.text, e.status) for e in read.entries] == [("Mme Aurélie FAURE", "excusé"), ("M. Serge ROUVIER", "absent")]
    assert [(p.giver.text, p.holder.text) for p in read.proxies] == [("Mme Aurélie FAURE", "M. Julien VALETTE")]


@pytest.mark.parametrize("example", [e for entry in cues("roll_call")["headings"] for e in entry.get("examples", [])])
def test_every_heading_example_opens_a_list(example):
    raw = f"{example}{'' if example.endswith(chr(10)) else ' '}M. Jean DUPONT, Mme Anne MARTIN.\n"  # (a heading alone on its line: the list below)
    headings = _headings(Text(raw), 0, len(raw))
    assert len(headings) == 1 and raw[headings[0].end:].startswith("M. Jean"), example


def test_proxies_written_in_sentences_outside_any_list():
    raw = ("Région : Mme Laetitia MOUROT, présente ; M. Denis PERRAUDIN, excusé, pouvoir à Mme Laetitia MOUROT.\n"
           "Mme Aurélie DUPRAT avait confié son pouvoir à M. Thierry DUPOUY.\n"
           "  10 h 40 – Départ de M. Fabrice KERMARREC, qui donne procuration à Mme Catherine QUINIOU.\n"
           "La subvention est versée, pouvoir à la commune de la reverser.\n")
    assert proxies(raw) == [("M. Denis PERRAUDIN", "Mme Laetitia MOUROT", None, None, None),
                            ("Mme Aurélie DUPRAT", "M. Thierry DUPOUY", None, None, None),
                            ("M. Fabrice KERMARREC", "Mme Catherine QUINIOU", time(10, 40), None, None)]


def test_a_couple_gives_two_persons_each_with_their_holder():
    raw = ("Pouvoirs reçus :\n- M. et Mme GIRAULT (Bernard et Monique), représentés par M. Jean-Louis BAILLY pour M. GIRAULT\n"
           "  et par Mme Nadine RAGOT pour Mme GIRAULT ;\n- M. Paul ROCHE à M. Yves BLANC.\n")
    assert [(g, h) for g, h, *_ in proxies(raw)] == [("Bernard GIRAULT", "M. Jean-Louis BAILLY"), ("Monique GIRAULT", "Mme Nadine RAGOT"),
                                                     ("M. Paul ROCHE", "M. Yves BLANC")]


def statuses(read) -> list[tuple[str, str]]:
    return [(" ".join(e.who.text.split()), e.status) for e in read.entries]


def test_a_roll_call_by_number_gives_each_name_its_own_status_and_proxy():
    read = roll("Appel nominal : 1. Mme Lise GARNIER, Maire – présente 2. M. Paul ROCHE – excusé, pouvoir donné à "
                "Mme Lise GARNIER 3. Mme Odile FERRAND – absente 4. M. Yves BLANC – présent\n")
    assert statuses(read) == [("Mme Lise GARNIER", "présent"), ("M. Paul ROCHE", "excusé"),
                              ("Mme Odile FERRAND", "absent"), ("M. Yves BLANC", "présent")]
    assert [(p.giver.text, p.holder.text) for p in read.proxies] == [("M. Paul ROCHE", "Mme Lise GARNIER")]


def test_an_attendance_sheet_with_dotted_leaders_and_no_heading():
    read = roll("Membres élus :\n- M. Paul ROCHE, Président ............ présent\n"
                "- Mme Odile FERRAND .................... excusée, a donné mandat à M. Paul ROCHE\n"
                "- M. Yves BLANC (personne qualifiée) .. absent\n")
    assert statuses(read) == [("M. Paul ROCHE", "présent"), ("Mme Odile FERRAND", "excusé"), ("M. Yves BLANC", "absent")]
    assert [(p.giver.text, p.holder.text) for p in read.proxies] == [("Mme Odile FERRAND", "M. Paul ROCHE")]


def test_proxies_in_favour_of_and_scoped_by_reports_or_points():
    assert proxies("Procurations : Mme Odile FERRAND en faveur de M. Paul ROCHE ; M. Yves BLANC en faveur de "
                   "Mme Lise GARNIER pour les rapports n° 1 à 4.\n") == [
        ("Mme Odile FERRAND", "M. Paul ROCHE", None, None, None), ("M. Yves BLANC", "Mme Lise GARNIER", None, None, "1")]
    assert proxies("Pouvoirs :\n- Yves BLANC → Lise GARNIER (à partir du point 6)\n") == [("Yves BLANC", "Lise GARNIER", None, None, "6")]


def test_a_holder_on_the_next_line_after_par():
    read = roll("Étaient absents et représentés :\nPaul ROCHE représenté par Lise GARNIER - Yves BLANC représenté par\nOdile FERRAND.\n")
    assert [(p.giver.text, " ".join(p.holder.text.split())) for p in read.proxies] == [("Paul ROCHE", "Lise GARNIER"), ("Yves BLANC", "Odile FERRAND")]


def test_a_secretary_signing_in_a_column_of_the_signature_block():
    read = roll("La séance est levée à 19 h 20.\n\nLe Président,                         La secrétaire de séance,\n"
                "Paul ROCHE                            Odile FERRAND\n")
    assert read.secretary.text == "Odile FERRAND"


def test_a_proxy_wrapped_onto_the_next_line_stays_with_its_giver():
    raw = "Excusés ayant donné pouvoir : Mme Rose LYS (pouvoir à M. Paul VERNAY), M. Léo BRUN\nreprésenté par Mme Ida PIN.\nExcusée : Mme Anne ROCHE.\n"
    assert proxies(raw) == [("Mme Rose LYS", "M. Paul VERNAY", None, None, None), ("M. Léo BRUN", "Mme Ida PIN", None, None, None)]
    assert [(e.who.text, e.status) for e in roll(raw).entries] == [("Mme Rose LYS", "excusé"), ("M. Léo BRUN", "excusé"), ("Mme Anne ROCHE", "excusé")]


def test_a_departure_sentence_gives_its_time_item_and_wrapped_holder():
    from civicgraph.genre.movements import movements
    raw = ("À 19 h 25, après le vote de la délibération n° 2025-087, M. Paul VERNAY quitte la séance et\n"
           "donne procuration à Mme Rose\nVALBRUNE pour la suite de la séance.\n")
    [left] = movements(Text(raw), 0, len(raw))
    assert (left.who.text, left.kind, left.at, left.after_item, left.gives.text) == ("M. Paul VERNAY", "départ", time(19, 25), "2025-087", "Mme Rose VALBRUNE")


@pytest.mark.parametrize("raw", [
    "M. Paul VERNAY a donné pouvoir à Mme Rose LYS, Mme Ida PIN, pouvoir à M. Léo BRUN ; M. Yves COLIN avait  ensuite\n"
    "confié son pouvoir à Mme Anne ROCHE, P. M. Luc PETIT, pvr Mme Odile FERRAND, la donne remise, ayant remis procuration à M. X.",
    "a a  donné pouvoir à M. X, , pouvoir à Mme Y, avait alors délégué son droit de vote à M. Z, pouv. à Mme W",
    "Sans pouvoir : les données, la donne, remis à plus tard.",
])
def test_proxy_verbs_are_found_where_the_pattern_finds_them(raw):
    from civicgraph.genre.roll_call import PROXY_VERB, _proxy_verbs
    for start in range(len(raw)):  # from every place: a prefix or a comma may lie just before it
        assert [m.span() for m in _proxy_verbs(raw, start, len(raw))] == [m.span() for m in PROXY_VERB.finditer(raw, start, len(raw))]
