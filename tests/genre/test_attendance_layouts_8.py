"""Attendance written in layouts the eighth blind set brought (cases 120–129): each mechanism on a
small invented text, so a change that breaks one shows here by name."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from civicgraph.genre.author import author, organ
from civicgraph.genre.cues import Text
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.genre.table import read_table
from civicgraph.pipeline import ingest


def roll(raw: str):
    return read_roll_call(Text(view(raw)), 0, len(raw))


def pairs(raw: str) -> list[tuple[str, str]]:
    return [(" ".join(p.giver.text.split()), " ".join(p.holder.text.split())) for p in roll(raw).proxies]


def statuses(raw: str) -> list[tuple[str, str]]:
    return [(" ".join(e.who.text.split()), e.status) for e in roll(raw).entries]


def test_a_proxy_heading_broken_by_a_hyphen_at_the_line_end_still_heads_its_list():
    raw = "Absents ayant donné procura-\ntion : M. Paul ROCHE à Mme Lise GARNIER.\n"
    assert pairs(raw) == [("M. Paul ROCHE", "Mme Lise GARNIER")]


def test_pouvoir_abbreviated_in_brackets_and_appositions():
    raw = ("Absents :\n•\tMme Anne BRUN (pvr à M. Paul ROCHE)\n•\tM. Yves BLANC (P. M. ROCHE)\n"
           "•\tMme Lise GARNIER, excusée, pvr Mme Rose PETIT\n•\tM. Marc DUPUY\n\n")
    assert pairs(raw) == [("Mme Anne BRUN", "M. Paul ROCHE"), ("M. Yves BLANC", "M. ROCHE"),
                          ("Mme Lise GARNIER", "Mme Rose PETIT")]


def test_a_status_after_a_comma_at_a_line_end_is_the_names_own_not_a_heading():
    raw = "Absents :\n- Mme Lise GARNIER, excusée\n- M. Marc DUPUY\n- M. Luc FAURE\n\n"
    named = [(name, status) for name, status in statuses(raw) if name.startswith(("M.", "Mme"))]
    assert named == [("Mme Lise GARNIER", "excusé"), ("M. Marc DUPUY", "absent"), ("M. Luc FAURE", "absent")]  # (her own: excused)


def test_a_proxies_table_scopes_each_proxy_by_its_points_column():
    raw = ("POUVOIRS\n  Mandant                Mandataire              Points\n"
           "  Mme Anne BRUN          M. Paul ROCHE           1 à 6\n"
           "  M. Yves BLANC          Mme Lise GARNIER        5 et 6\n\n")
    found = [(p.giver.text, p.holder.text, p.from_item, p.to_item) for p in read_table(Text(view(raw)), 0, len(raw)).proxies]
    assert found == [("Mme Anne BRUN", "M. Paul ROCHE", "1", "6"), ("M. Yves BLANC", "Mme Lise GARNIER", "5", "6")]


def test_a_member_present_until_an_hour_who_then_gives_a_proxy_is_no_conflict():
    raw = (" N° | Délégué        | Statut           | Mandataire  | Validité\n"
           "  1 | ROCHE Paul     | Présent          |             |\n"
           "  2 | BRUN Anne      | Présente (-19:00)| ROCHE P.    | à partir de 19:00\n")
    read = read_table(Text(view(raw)), 0, len(raw))
    assert [(p.giver.text, p.holder.text, p.from_time) for p in read.proxies] == [("BRUN Anne", "ROCHE P.", time(19, 0))]
    assert read.conflicts == []


def test_delegates_labelled_by_a_sector_in_capitals_and_proxies_in_square_brackets():
    raw = ("Étaient présents les délégués suivants :\n\n"
           "     NORD-VAL              M. Paul ROCHE, Président     [+ P. de M. Yves BLANC]\n"
           "                           Mme Lise GARNIER             [+ P. de Mme Anne BRUN]\n"
           "                                                        [+ P. de M. Marc DUPUY]\n"
           "     HAUTE-VALLÉE          M. Luc FAURE\n\n")
    entries = roll(raw).entries
    assert [(e.who.text, e.commune.text) for e in entries] == [
        ("M. Paul ROCHE", "NORD-VAL"), ("Mme Lise GARNIER", "NORD-VAL"), ("M. Luc FAURE", "HAUTE-VALLÉE")]
    assert pairs(raw) == [("M. Yves BLANC", "M. Paul ROCHE"), ("Mme Anne BRUN", "Mme Lise GARNIER"), ("M. Marc DUPUY", "Mme Lise GARNIER")]


def test_several_givers_before_one_holder_give_one_proxy_each():
    raw = ("Ont donné pouvoir : Mme Anne BRUN et M. Yves BRUN à Mme Lise GARNIER ; Mme Rose PETIT, M. Marc DUPUY "
           "et Mme Ève FAURE à M. Paul ROCHE.\n\n")
    assert pairs(raw) == [("Mme Anne BRUN", "Mme Lise GARNIER"), ("M. Yves BRUN", "Mme Lise GARNIER"),
                          ("Mme Rose PETIT", "M. Paul ROCHE"), ("M. Marc DUPUY", "M. Paul ROCHE"), ("Mme Ève FAURE", "M. Paul ROCHE")]


def test_a_roll_call_in_one_sentence_with_its_verbs():
    raw = ("sous la présidence de M. Paul ROCHE ; étaient présents : M. Paul ROCHE, Mme Lise GARNIER ; étaient "
           "représentés : Mme Anne BRUN par M. Paul ROCHE, M. Yves\nBLANC par Mme Lise GARNIER et, à compter de son départ, "
           "Mme Rose PETIT par M. Marc DUPUY ; étaient excusés : M. Luc FAURE ; était absent : M. Jean VIDAL ; "
           "Mme Lise GARNIER a été désignée secrétaire de séance.\n")
    assert pairs(raw) == [("Mme Anne BRUN", "M. Paul ROCHE"), ("M. Yves BLANC", "Mme Lise GARNIER"), ("Mme Rose PETIT", "M. Marc DUPUY")]
    assert ("M. Luc FAURE", "excusé") in statuses(raw) and ("M. Jean VIDAL", "absent") in statuses(raw)
    assert not any(name.startswith("étai") for name, _ in statuses(raw))


def test_a_called_member_present_from_an_act_is_no_proxy():
    raw = "Appel nominal : 1. M. Paul ROCHE – présent 2. Mme Lise GARNIER – présente à partir de la délibération n° 2025-066 3. M. Luc FAURE – absent\n"
    found = {" ".join(e.who.text.split()): (e.status, e.from_item) for e in roll(raw).entries}
    assert found["Mme Lise GARNIER"] == ("présent", "2025-066")
    assert roll(raw).proxies == []


def test_a_syndicat_named_by_its_purpose_in_a_two_column_header():
    raw = ("     SIEV                                  Comité syndical\n"
           "     Syndicat intercommunal d'énergie du Val-Brun          du 3 mars 2022\n\n"
           "Le Comité syndical s'est réuni le 3 mars 2022 sous la présidence de M. Paul ROCHE.\n")
    text = Text(view(raw))
    assert author(text, organ(text)).name == "Syndicat intercommunal d'énergie du Val-Brun"


def test_the_president_de_seance_named_as_a_holder_is_whoever_chairs(tmp_path: Path):
    doc = tmp_path / "pv.txt"
    doc.write_text("COMMUNE DE VALBRUNE\nSéance du conseil municipal du 12 mars 2024\n\n"
                   "L'an deux mille vingt-quatre, le douze mars à vingt heures, le conseil municipal s'est réuni sous la "
                   "présidence de Mme Lise GARNIER, première adjointe.\n\n"
                   "Présents : Mme Lise GARNIER, M. Jean CARON.\nExcusé : M. Paul ROCHE (pouvoir au Président de séance).\n\n"
                   "1. Budget primitif 2024\nLe conseil municipal, après en avoir délibéré, à l'unanimité, adopte le budget.\n",
                   encoding="utf-8")
    facts = ingest([doc]).facts[0]
    proxies = [(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")) for r in facts.of_class("Pouvoir")]
    assert proxies == [("Paul ROCHE", "Lise GARNIER")]


def test_footnotes_called_after_names_tell_their_proxies_and_departures():
    raw = ("Etaient presents : M. Paul ROCHE, Mme Lise GARNIER (*), M. Yves BLANC (**), M. Marc DUPUY.\n\n"
           "Absents excuses : Mme Anne BRUN (1), M. Luc FAURE.\n\n1. Budget\nAdopte.\n"
           "_____\n(1) a donne pouvoir a M. Paul ROCHE.\n(*) arrivee a 10 h 25.\n"
           "(**) a quitte la seance a 11 h 40, avant l'examen du point 3, et a donne pouvoir a\nM. Marc DUPUY pour la suite de la seance.\n")
    found = [(p.giver.text, " ".join(p.holder.text.split()), p.from_time, p.from_item) for p in roll(raw).proxies]
    assert sorted(found) == [("M. Yves BLANC", "M. Marc DUPUY", time(11, 40), "3"), ("Mme Anne BRUN", "M. Paul ROCHE", None, None)]
    assert {e.who.text: e.from_time for e in roll(raw).entries}["Mme Lise GARNIER"] == time(10, 25)


def test_a_software_exports_labelled_header_gives_the_seance_its_date_chair_and_secretary(tmp_path: Path):
    doc = tmp_path / "export.txt"
    doc.write_text("EXPORT SÉANCES · Procès-verbal\nSYNDICAT MIXTE DU VAL-BRUN\n"
                   "Séance        : COMITÉ SYNDICAL — ordinaire\nDate          : 15/04/2021   Ouverture : 18:00\n"
                   "Convocation   : 08/04/2021\nPrés. séance  : ROCHE Paul (1er vice-président)\nSecr. séance  : GARNIER Lise\n\n"
                   "Présents : ROCHE Paul, GARNIER Lise, BLANC Yves.\n\n1. Approbation du procès-verbal du comité du 11/02/2021\n"
                   "Adopté à l'unanimité.\n", encoding="utf-8")
    facts = ingest([doc]).facts[0]
    seance = facts.of_class("Seance")[0]
    assert str(seance.first("date")) == "2021-04-15"
    assert seance.first("president").first("rdfs:label") == "Paul ROCHE"
    assert seance.first("secretaire").first("rdfs:label") == "Lise GARNIER"


def test_votes_by_proxy_in_a_tallys_brackets_are_their_givers():
    from civicgraph.genre.items import read_vote
    raw = "Pour : 13 – Contre : 3 (Mme Lise GARNIER pour M. Yves BLANC ; M. Marc DUPUY par pouvoir ; Mme Anne BRUN et M. Luc FAURE) – Abstention : 0"
    names = [name for name, _ in read_vote(Text(view(raw)), 0, len(raw)).names["contre"]]
    assert names == ["M. Yves BLANC", "M. Marc DUPUY", "Mme Anne BRUN", "M. Luc FAURE"]
