"""Attendance written in layouts met after the eighth blind set: each mechanism on a small invented
text, so a change that breaks one shows here by name."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from civicgraph.pipeline import ingest

MINUTES = ("ASSOCIATION LES AMIS DU VAL-BRUN\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE\n"
           "L'assemblée générale s'est tenue le samedi 4 mars 2023 à 14 h 30, présidée par M. Paul ROCHE.\n"
           "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n"
           "Ont donné pouvoir : Mme Anne BRUN à M. Jean CARON ; M. Luc FAURE à Mme Lise GARNIER.\n\n"
           "1. Rapport moral\nAdopté à l'unanimité.\n\n2. Rapport financier\nAdopté à l'unanimité.\n\n"
           "M. CARON quitte l'assemblée à 16 h 10 ; il donne son pouvoir à Mme GARNIER.\n\n"
           "3. Élection du bureau\nAdopté à l'unanimité.\n")


def proxies(tmp_path: Path) -> dict[tuple[str, str], tuple]:
    doc = tmp_path / "pv.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    facts = ingest([doc]).facts[0]
    return {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")):
            (r.first("depuisHeure"), r.first("jusquAHeure"), r.first("jusquAActe")) for r in facts.of_class("Pouvoir")}


def test_a_pronoun_after_a_semicolon_gives_the_leaving_members_proxy(tmp_path: Path):
    assert proxies(tmp_path)[("Jean CARON", "Lise GARNIER")][0] == time(16, 10)


def test_a_holder_who_leaves_ends_the_proxies_he_held_with_the_last_item_before(tmp_path: Path):
    found = proxies(tmp_path)
    assert found[("Anne BRUN", "Jean CARON")] == (None, time(16, 10), "2")
    assert found[("Luc FAURE", "Lise GARNIER")] == (None, None, None)  # its holder stays
