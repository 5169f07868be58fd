"""Proxy scopes met after the ninth blind set: each mechanism on a small invented text, so a change
that breaks one shows here by name."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from civicgraph.pipeline import ingest


def scopes(tmp_path: Path, text: str) -> dict[tuple[str, str], tuple]:
    """Each proxy read from `text`: (giver, holder) → (from time, to time, from act, to act)."""
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    facts = ingest([doc]).facts[0]
    return {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")):
            (r.first("depuisHeure"), r.first("jusquAHeure"), r.first("depuisActe"), r.first("jusquAActe"))
            for r in facts.of_class("Pouvoir")}


BUREAU = ("COMMUNAUTÉ URBAINE DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU\n\n"
          "Délibération n° B-2022-0112\n\n"
          "Le Bureau, dûment convoqué, s'est réuni le mardi 8 mars 2022 à 17 h 00, sous la présidence de\n"
          "M. Paul ROCHE, Président ; étaient présents : M. Paul ROCHE, Mme Lise GARNIER, Mme Anne BRUN\n"
          "(jusqu'à 18 h 20, délibération B-2022-0110 incluse), M. Jean CARON ; étaient représentés :\n"
          "M. Luc FAURE par Mme Lise GARNIER et, à compter de son départ, Mme Anne BRUN par M. Jean CARON ;\n"
          "était absent : M. Yves BLANC ; Mme Lise GARNIER a été désignée secrétaire de séance.\n\n"
          "Objet : Cotisation 2022 à l'association Villes Internet\n"
          "Le Bureau, après en avoir délibéré, décide à l'unanimité de verser la cotisation.\n")


def test_a_scope_written_before_its_proxy_starts_it_at_the_departure_the_roll_call_lists(tmp_path: Path):
    found = scopes(tmp_path, BUREAU)
    assert found[("Luc FAURE", "Lise GARNIER")] == (None, None, None, None)
    # her last act is B-2022-0110; the register numbers acts in sequence: the proxy holds from B-2022-0111
    assert found[("Anne BRUN", "Jean CARON")] == (time(18, 20), None, "B-2022-0111", None)


COUNCIL = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 14 NOVEMBRE 2019\n\n"
           "Le Conseil municipal s'est réuni le jeudi 14 novembre 2019 à 20 h 00 sous la présidence de M. Paul ROCHE, Maire.\n\n"
           "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON, Mme Anne BRUN.\n"
           "Absents représentés : M. Luc FAURE, pouvoir à M. Jean CARON jusqu'à son arrivée.\n"
           "Secrétaire de séance : Mme Lise GARNIER.\n\n"
           "1. Budget primitif\nAdopté à l'unanimité.\n\n"
           "2. Tarifs de la cantine\n"
           "Arrivée de M. FAURE à 20 h 45, pendant l'examen de ce point ; il prend part aux votes à\n"
           "compter du point 3.\nAdopté à l'unanimité.\n\n"
           "3. Subvention au comité des fêtes\nAdopté à l'unanimité.\n")


def test_an_arrival_that_says_from_which_point_its_member_votes_ends_the_proxy_with_the_point_before(tmp_path: Path):
    assert scopes(tmp_path, COUNCIL)[("Luc FAURE", "Jean CARON")] == (None, time(20, 45), None, "2")


RANKED = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL DU 3 MARS 2021\n\n"
          "Le Comité syndical s'est réuni le mercredi 3 mars 2021 à 18 h 00 sous la présidence de M. Paul ROCHE, Président.\n\n"
          "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n"
          "Pouvoirs : Mme Anne BRUN à M. Jean CARON pour les points 1 à 2.\n\n"
          "Délibération n° 2021-031 – Compte administratif 2020\nAdopté à l'unanimité.\n\n"
          "Délibération n° 2021-032 – Budget primitif 2021\nAdopté à l'unanimité.\n\n"
          "Délibération n° 2021-033 – Tarifs 2021\nAdopté à l'unanimité.\n")


def test_points_named_by_their_rank_are_the_acts_of_that_rank_when_acts_carry_other_numbers(tmp_path: Path):
    assert scopes(tmp_path, RANKED)[("Anne BRUN", "Jean CARON")] == (None, None, "2021-031", "2021-032")


ASSEMBLY = ("ASSOCIATION LES AMIS DU VAL-BRUN\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DU 17 MARS 2018\n\n"
            "L'assemblée générale s'est tenue le samedi 17 mars 2018 à 14 h 30.\n"
            "Présents : Mme Lise GARNIER (présidente), M. Jean CARON, M. Paul ROCHE, Mme Rose VALBRUNE.\n"
            "Représentés : Mme Anne BRUN (représentée par\nM. Jean CARON).\n\n"
            "Pouvoirs reçus :\n"
            "- M. Luc FAURE a donné pouvoir à Mme Lise GARNIER\n"
            "- M. Yves BLANC et Mme Ève BLANC ont donné pouvoir respectivement à M. Paul\n"
            "  ROCHE et à Mme Rose VALBRUNE\n\n"
            "La réunion est ouverte à 14 h 40 par la présidente.\n\n"
            "1. Rapport moral\nAdopté à l'unanimité.\n")


def test_givers_and_holders_written_respectively_are_paired_in_order_one_bullet_one_item(tmp_path: Path):
    found = scopes(tmp_path, ASSEMBLY)
    assert {("Yves BLANC", "Paul ROCHE"), ("Ève BLANC", "Rose VALBRUNE"), ("Luc FAURE", "Lise GARNIER")} <= set(found)
    assert ("Yves BLANC", "Rose VALBRUNE") not in found and ("Ève BLANC", "Paul ROCHE") not in found


def test_a_note_represente_par_names_the_proxys_holder_wrapped_below(tmp_path: Path):
    assert ("Anne BRUN", "Jean CARON") in scopes(tmp_path, ASSEMBLY)


def test_a_meeting_opened_by_la_presidente_is_chaired_by_the_member_the_roll_call_calls_so(tmp_path: Path):
    doc = tmp_path / "doc.txt"
    doc.write_text(ASSEMBLY, encoding="utf-8")
    seance = ingest([doc]).facts[0].of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Lise GARNIER"


CCAS = ("CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION\n\n"
        "Séance du 28 avril 2026 à 18 h 00, sous la présidence de Mme Lise GARNIER, Maire, Présidente de droit du CCAS.\n\n"
        "Présents : Mme Lise GARNIER, Mme Rose VALBRUNE, M. Jean CARON, M. Paul ROCHE.\n\n"
        "Mme la Présidente, appelée par ses fonctions de Maire, a quitté la séance après le vote du point 2 et a\n"
        "donné pouvoir à la Vice-présidente pour la suite de la séance.\n\n"
        "Objet : Subvention à l'épicerie solidaire\nAdopté à l'unanimité.\n\n"
        "Pour extrait conforme,\nLa Vice-présidente,\nRose VALBRUNE\nSigné électroniquement le 29/04/2026\n")


def test_a_member_named_by_office_leaves_and_gives_her_proxy_to_the_office_the_signature_names(tmp_path: Path):
    found = scopes(tmp_path, CCAS)
    assert found[("Lise GARNIER", "Rose VALBRUNE")] == (None, None, "3", None)  # after the vote of point 2
