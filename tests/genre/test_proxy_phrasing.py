"""Proxies in the ways minutes write them (GENRE.md §2.4), crossed with where and how they are printed:
each form of `FORMS` under a roll-call heading, one a line or in a run of commas or semicolons, among
plain excused names, after the counts, in sentences, and in a narrow column that `pdftotext` wraps
mid-name ("à M.⏎Paul ROCHE", "Anne-⏎Marie", "M. DE LA⏎VIDALIE", "a⏎donné pouvoir"). The persons'
names rotate through the written forms of `NAMES`. Every cell of the grid is one small invented
minutes, read through the pipeline; each proxy must come out, and nothing else."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies, read

# (given, family, civility, family as mixed case writes it)
PERSONS = [("Paul", "ROCHE", "M.", "Roche"), ("Anne-Marie", "BRUN", "Mme", "Brun"), ("Jean", "CARON", "M.", "Caron"),
           ("Luc", "PETIT", "M.", "Petit"), ("Rose", "LYS", "Mme", "Lys"), ("Yves", "MORIN", "M.", "Morin"),
           ("Lise", "BÉRARD", "Mme", "Bérard"), ("Jean-Marc", "DE LA VIDALIE", "M.", "de La Vidalie"),
           ("Claire", "FAURE", "Mme", "Faure"), ("Hugo", "REY", "M.", "Rey")]
NAMES = [lambda p: f"{p[2]} {p[0]} {p[1]}", lambda p: f"{p[0]} {p[1]}", lambda p: f"{p[1]} {p[0]}",
         lambda p: f"{p[2]} {p[1]}", lambda p: f"{p[2]} {p[1]} {p[0]}", lambda p: f"{p[0]} {p[3]}",
         lambda p: f"{p[2]} {p[0]} {p[3]}", lambda p: f"{'Madame' if p[2] == 'Mme' else 'Monsieur'} {p[0]} {p[1]}"]
# A form, and whether minutes also write it as a sentence of its own.
FORMS = {
    "{a} donne pouvoir à {b}": True, "{a} a donné pouvoir à {b}": True, "{a} (pouvoir à {b})": False,
    "{a} représent{e} par {b}": False, "{a} (représent{e} par {b})": False, "Pouvoir de {a} à {b}": True,
    "{a} (délégation de vote à {b})": False, "{a} ayant donné pouvoir à {b}": False, "{a} a remis un pouvoir à {b}": True,
    "{a} a donné procuration à {b}": True, "{a} : procuration à {b}": False, "{a}, pouvoir à {b}": False,
    "{a} – pouvoir à {b}": False, "{a} donne procuration à {b}": True, "{a} (procuration à {b})": False,
    "{a} → {b}": False, "{b} (pouvoir de {a})": False, "{a} donne délégation de vote à {b}": True,
    "{a} a donné mandat à {b}": True, "{a} (pvr à {b})": False, "{a}, qui a donné pouvoir à {b}": False,
}
HEADINGS = ["Pouvoirs :", "Procurations :", "Absents représentés :", "Absents ayant donné pouvoir :", "Excusés :",
            "Absents excusés :", "Ont donné pouvoir :", "Étaient absents et représentés :", "Représentés :"]
SEPARATORS = ["\n", " ; ", ", "]
PLACES = ["list", "among excused", "after counts", "sentences", "wrapped"]

MINUTES = """COMMUNE DE VAL-BRUN
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 MARS 2025

L'an deux mille vingt-cinq, le douze mars à vingt heures, le conseil municipal de la commune de Val-Brun, dûment convoqué, s'est réuni en séance publique à la mairie sous la présidence de {chair}, Maire.

Présents : {present}
{proxies}
Secrétaire de séance : {secretary}

1. Approbation du procès-verbal de la séance du 5 février 2025
Le conseil municipal approuve à l'unanimité le procès-verbal.
"""


def _minutes(form: str, place: str, index: int) -> str:
    name = NAMES[index % len(NAMES)]
    heading, separator = HEADINGS[index % len(HEADINGS)], SEPARATORS[index % len(SEPARATORS)]
    told = [form.format(a=name(giver), b=name(holder), e="ée" if giver[2] == "Mme" else "é") for giver, holder in zip(PERSONS[6:8], PERSONS[:2])]
    if place == "sentences":
        block = " ".join(t + "." for t in told)
    else:
        items = [name(PERSONS[8]), *told, name(PERSONS[9])] if place == "among excused" else told
        block = ("Membres en exercice : 12 – Présents : 6 – " if place == "after counts" else "") + heading + \
            ("\n" if separator == "\n" else " ") + separator.join(items) + ("" if separator == "\n" else ".")
    if place == "wrapped":  # a narrow column through `pdftotext`: every line cut at 45 characters
        block = "\n".join(piece for line in block.split("\n") for piece in textwrap.wrap(line, 45))
    present = ", ".join(name(p) for p in PERSONS[:6])
    return MINUTES.format(chair=name(PERSONS[0]), present=present, proxies=block, secretary=name(PERSONS[1]))


GRID = [(form, place, index) for index, (form, sentence) in enumerate(FORMS.items())
        for place in PLACES if place != "sentences" or sentence]


@pytest.mark.parametrize("form, place, index", GRID, ids=[f"{f.format(a='X', b='Y', e='é')}|{p}" for f, p, _ in GRID])
def test_each_proxy_form_is_read_wherever_it_is_printed(tmp_path: Path, form: str, place: str, index: int):
    got = {(giver.split()[-1].upper(), holder.split()[-1].upper()) for giver, holder in proxies(tmp_path, _minutes(form, place, index))}
    assert got == {("BÉRARD", "ROCHE"), ("VIDALIE", "BRUN")}, _minutes(form, place, index)


def test_a_presents_list_ends_where_a_line_tells_a_proxy(tmp_path: Path):
    text = MINUTES.format(chair="M. Paul ROCHE", present="M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON",
                          proxies="Mme Lise NOËL donne pouvoir à M. Paul ROCHE. M. Yves MORIN donne pouvoir à Mme Anne BRUN.",
                          secretary="Mme Anne BRUN")
    facts = read(tmp_path, text).facts[0]
    present = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if "présent" in p.props["statut"]}
    assert present == {"Paul ROCHE", "Anne BRUN", "Jean CARON"}
    assert set(proxies(tmp_path, text)) == {("Lise NOËL", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_represente_par_opening_a_wrapped_line_heads_no_list(tmp_path: Path):
    text = MINUTES.format(chair="M. Paul ROCHE", present="M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON",
                          proxies="Représentés : Lise Noël représentée par Paul Roche ; Yves Morin représenté\npar Anne Brun.",
                          secretary="Mme Anne BRUN")
    assert set(proxies(tmp_path, text)) == {("Lise NOËL", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}
