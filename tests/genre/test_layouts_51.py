"""Round twenty-two's pieces: an association's minutes whose items name another association (the one it joins) and whose
letterhead sits under a running header; an author read by its acronym that the opening spells out. Each on a small
invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.acronyms import spelled_out, spells
from tests.genre.test_layouts_30 import read

ROLL = ("Présents : Mme Rose LYS, présidente ; M. Jean CARON ; Mme Nina ROUX ; M. Luc PETIT.\n"
        "Excusés : Mme Anne BRUN ; M. Yves MORIN.\n\n")


def _organisations(tmp_path: Path, text: str) -> dict[str, dict[str, list]]:
    return {o.first("nom"): o.props for o in read(tmp_path, text).facts[0].of_class("Organisation")}


def _authors(tmp_path: Path, text: str) -> set[str]:
    return {o.first("organisation").first("nom") for o in read(tmp_path, text).facts[0].of_class("Organe")}


def test_the_association_an_item_joins_is_not_the_one_that_meets(tmp_path: Path):
    text = ("Val-Brun Familles – CA du 7 septembre 2027\n\n"
            "Val-Brun Familles – Fédération des foyers du Val-Brun\nAssociation loi 1901 – Conseil d'administration\n\n"
            "COMPTE RENDU DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 7 SEPTEMBRE 2027\n\n"
            "Le conseil d'administration de la fédération s'est réuni le mardi 7 septembre 2027 à 18 heures à Val-Brun.\n\n"
            + ROLL + "1. Adhésion à un réseau\nLe conseil décide d'adhérer à l'association Réseau des Foyers Ruraux pour 2027 ; "
            "la cotisation est de 80 euros.\nAdopté à l'unanimité.\n")
    found = _organisations(tmp_path, text)
    assert "Val-Brun Familles – Fédération des foyers du Val-Brun" in found, found
    assert _authors(tmp_path, text) == {"Val-Brun Familles – Fédération des foyers du Val-Brun"}


def test_an_author_read_by_its_acronym_goes_by_the_name_the_heading_spells_out(tmp_path: Path):
    text = ("COMITÉ DES SPORTS ET LOISIRS DU VAL-BRUN (CSL 27) – Procès-verbal du conseil d'administration\n\n"
            "Le mardi 19 mai 2027 à 18 h 30, le conseil d'administration du CSL du Val-Brun, convoqué le 5 mai 2027, "
            "s'est réuni à la maison des sports sous la présidence de Mme Rose LYS.\n\n" + ROLL
            + "1. Budget\nAdopté à l'unanimité.\n")
    found = _organisations(tmp_path, text)
    assert found["Comité des Sports et Loisirs du Val-Brun"]["nomAlternatif"] == ["CSL du Val-Brun"], found


def test_where_an_acronym_is_spelled_out():
    raw = "Procès-verbal. Le Comité départemental des sports du Val-Brun (CDS 27) a tenu séance ; le CDS (2027) vote."
    start, end = spelled_out(raw, "CDS")
    assert raw[start:end] == "Comité départemental des sports du Val-Brun"
    assert spelled_out("Le budget de 2027 (CDS) est adopté.", "CDS") is None  # no name before the bracket
    assert spelled_out("Le Centre des Arts (CDS) ouvre.", "CDS") is None  # its initials are "CA"
    assert spells("ABV du Val-Brun", "Association des Bâtisseurs du Val-Brun")
    assert not spells("ABV du Val-Brun", "Amicale des Boulistes")
