"""The séance's hour, place, end and convocation in common forms met in the tenth blind set: each on
a small invented text, read through the pipeline."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from civicgraph.genre.cues import repair_ocr
from civicgraph.pipeline import ingest


def seance(tmp_path: Path, text: str):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc]).facts[0].of_class("Seance")[0]


SYNDICATE = ("SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\n\n"
             "Le Cornité syndical, régulièrement convoqué le l2 novembre 2014, s'est réuni le jeudi 20 novembre\n"
             "2014 à 18 heures à la salle des fêtes de Val-Brun, sous la présidence de M. Paul ROCHE, Président.\n\n"
             "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n\n"
             "1 - Budget\nAdopté à l'unanimité.\n\nFin de la réunion à 19 h 45.\n")


def test_a_day_ocr_printed_with_a_letter_is_read_as_its_digits():
    assert repair_ocr("convoqué le l2 novembre 2Ol4, réuni") == "convoqué le 12 novembre 2014, réuni"
    assert repair_ocr("il 2 mars") == "il 2 mars"  # a word, not a day


def test_the_convocation_hour_in_words_place_and_end_of_a_common_formula(tmp_path: Path):
    found = seance(tmp_path, SYNDICATE)
    assert found.first("dateConvocation") == date(2014, 11, 12)
    assert found.first("lieu") == "salle des fêtes de Val-Brun"
    assert found.first("fin") == datetime(2014, 11, 20, 19, 45)


def test_a_convocation_en_date_du_and_a_place_between_dashes_in_a_heading(tmp_path: Path):
    found = seance(tmp_path, "ASSOCIATION LES AMIS DU VAL-BRUN\nCompte rendu du Conseil d'administration\n"
                             "Mardi 11 février 2025 – 20 h 00 – salle des associations\n\n"
                             "Sur convocation de la présidente en date du 3 février 2025.\n"
                             "Présents : Mme Lise GARNIER (présidente), M. Jean CARON, M. Paul ROCHE.\n\n"
                             "1. Rapport\nAdopté à l'unanimité.\n")
    assert found.first("lieu") == "salle des associations"
    assert found.first("dateConvocation") == date(2025, 2, 3)


def test_an_items_title_stops_at_a_line_that_opens_a_sentence(tmp_path: Path):
    doc = tmp_path / "ca.txt"
    doc.write_text("ASSOCIATION LES AMIS DU VAL-BRUN\nCompte rendu du Conseil d'administration du 11 février 2025\n\n"
                   "Présents : Mme Lise GARNIER (présidente), M. Jean CARON, M. Paul ROCHE.\n\n"
                   "1. Approbation du compte rendu du CA du 10 décembre 2024\nApprouvé à l'unanimité.\n\n"
                   "2. Bilan de fréquentation 2024\nJean CARON présente le bilan de l'année.\nLe CA prend acte du bilan.\n",
                   encoding="utf-8")
    titles = sorted(r.first("titre") for r in ingest([doc]).facts[0].of_class("Deliberation"))
    assert titles == ["Approbation du compte rendu du CA du 10 décembre 2024", "Bilan de fréquentation 2024"]


BESIDE_THE_COUNTS = ("VILLE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"
                     "                          Séance du lundi 8 janvier 2024\n\n"
                     "  Nombre de conseillers            L'an deux mille vingt-quatre, le huit janvier à\n"
                     "  En exercice : 19                 dix-neuf heures, le Conseil municipal, légalement\n"
                     "  Présents :    15                 convoqué le vingt-huit décembre, s'est réuni en\n"
                     "  Votants :     17                 séance publique, salle du conseil de la mairie,\n"
                     "                                   sous la présidence de M. Paul ROCHE, Maire.\n\n"
                     "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n\n"
                     "Objet : Budget primitif 2024\nAdopté à l'unanimité.\n")


def test_a_formula_printed_beside_the_counts_box_reads_on_from_line_to_line(tmp_path: Path):
    found = seance(tmp_path, BESIDE_THE_COUNTS)
    assert found.first("debut") == datetime(2024, 1, 8, 19, 0)
    assert found.first("lieu") == "salle du conseil de la mairie"
    # "convoqué le vingt-huit décembre": no year printed, the last 28 December before the séance
    assert found.first("dateConvocation") == date(2023, 12, 28)


def test_the_place_named_right_after_the_seances_hour_and_a_lieu_field_between_dashes(tmp_path: Path):
    heading = ("SYNDICAT DES EAUX DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\n"
               "Séance du mercredi 25 juin 2025 – 18 h 30 – Siège du syndicat, salle du Comité, Val-Brun\n\n"
               "Présents : M. Paul ROCHE, Mme Lise GARNIER.\nSecrétaire de séance : Mme Lise GARNIER.\n\n"
               "1 - Budget\nAdopté à l'unanimité.\n\nL'assemblée générale aura lieu le 8 mars à 14 h, salle Roger-Brun.\n")
    assert seance(tmp_path, heading).first("lieu") == "Siège du syndicat, salle du Comité, Val-Brun"
    field = heading.replace("Séance du mercredi 25 juin 2025 – 18 h 30 – Siège du syndicat, salle du Comité, Val-Brun",
                            "Séance du mercredi 25 juin 2025\nConvocation : 18/06/2025 – Lieu : salle du Comité – Ouverture : 18 h 30")
    assert seance(tmp_path, field).first("lieu") == "salle du Comité"
    later = heading.replace(" – 18 h 30 – Siège du syndicat, salle du Comité, Val-Brun", "")
    assert seance(tmp_path, later).first("lieu") is None  # the hour of a later meeting names no place of this one


def test_the_hour_in_the_formulas_clause_when_the_date_read_is_the_headings(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nSÉANCE DU 7 MARS 2023\n\n"
            "L'an deux mille vingt-trois et le sept mars à vingt heures trente, le Conseil municipal s'est réuni "
            "sous la présidence de M. Paul ROCHE, Maire.\nPrésents : M. Paul ROCHE, Mme Lise GARNIER.\n\n"
            "1 - Budget\nAdopté à l'unanimité.\n")
    assert seance(tmp_path, text).first("debut") == datetime(2023, 3, 7, 20, 30)
    spans = text.replace("7 MARS 2023", "mardi 7 mars 2023").replace(
        "L'an deux mille vingt-trois et le sept mars à vingt heures trente, le Conseil municipal s'est réuni",
        "Le Conseil municipal s'est réuni le mardi 7 mars 2023 de 18 h 00 à 19 h 45")
    assert seance(tmp_path, spans).first("debut") == datetime(2023, 3, 7, 18, 0)  # "de … à …": its start


def test_the_bodys_size_printed_as_its_members_before_the_counts(tmp_path: Path):
    text = SYNDICATE.replace("Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n",
                             "Membres du comité : 9 – Présents : 3 – Votants : 3\n"
                             "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n")
    read = seance(tmp_path, text)
    assert (read.first("nombreMembres"), read.first("nombrePresents"), read.first("nombreVotants")) == (9, 3, 3)
    assert read.first("membresEnExercice") is None


def _with_end(closing: str, opening: str = "s'est réuni le mardi 4 mars 2025 à 18 h 30") -> str:
    return ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\n"
            f"Le Conseil municipal, régulièrement convoqué, {opening} à la mairie, sous la présidence de\n"
            "M. Paul ROCHE, Maire.\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
            f"1 - Budget\nAdopté à l'unanimité.\n\n{closing}\n")


def test_the_end_of_the_seance_in_its_common_forms(tmp_path: Path):
    for closing, hour in [("La séance a été levée à 21 h 50.", (21, 50)),
                          ("Fin de séance : 19 h 35.", (19, 35)),
                          ("L'ordre du jour étant épuisé, Monsieur le Maire lève la séance à 22 h 05.", (22, 5)),
                          ("La séance est levée à vingt-deux heures quinze.", (22, 15)),  # the whole hour, not 22 h
                          ("Le présent procès-verbal, dressé et clos le quatre mars deux mille vingt-cinq, à dix-neuf "
                           "heures vingt minutes.", (19, 20))]:
        assert seance(tmp_path, _with_end(closing)).first("fin") == datetime(2025, 3, 4, *hour), closing


def test_the_last_end_of_a_seance_lifted_once_for_want_of_quorum_is_its_end(tmp_path: Path):
    closing = ("Le quorum n'est pas atteint. Le Maire lève la séance à 18 h 40.\n\nLa séance reprend à 18 h 50.\n\n"
               "2 - Travaux\nAdopté à l'unanimité.\n\nLa séance est levée à 20 h 10.")
    assert seance(tmp_path, _with_end(closing)).first("fin") == datetime(2025, 3, 4, 20, 10)


def test_an_hour_range_gives_the_seances_start_and_end(tmp_path: Path):
    found = seance(tmp_path, _with_end("", opening="s'est réuni le mardi 4 mars 2025 de 18 h 30 à 20 h 15"))
    assert (found.first("debut"), found.first("fin")) == (datetime(2025, 3, 4, 18, 30), datetime(2025, 3, 4, 20, 15))


def test_a_heading_without_its_year_takes_the_year_of_the_convocation_before_it(tmp_path: Path):
    def heading(day: str, convoked: str) -> str:
        return (f"COMMUNE DE VAL-BRUN\nCOMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du {day} – 20 h 00 – salle du conseil\n\n"
                f"Date de convocation : {convoked}\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN, Mme Rose LYS.\n\n"
                "1 - Budget\nAdopté à l'unanimité.\n")
    found = seance(tmp_path, heading("mardi 24 septembre", "17/09/2024"))
    assert (found.first("date"), found.first("debut")) == (date(2024, 9, 24), datetime(2024, 9, 24, 20, 0))
    assert seance(tmp_path, heading("vendredi 3 janvier", "27/12/2024")).first("date") == date(2025, 1, 3)  # the year after


def test_offices_in_a_heading_name_the_chair_and_the_holders_of_proxies_given_to_an_office(tmp_path: Path):
    text = ("Commune nouvelle de VAL-BRUN\nMaire : M. Paul ROCHE – Maire déléguée de Lys : Mme Anne BRUN – Maire délégué\n"
            "de Brun : M. Jean CARON\n\nCOMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du mardi 4 mars 2025 à 20 h 00\n\n"
            "Présents : Paul ROCHE, Anne BRUN, Jean CARON, Rose LYS.\n\nPouvoirs :\n"
            "– Marc DURAND a donné pouvoir à Mme la Maire déléguée de Lys ;\n– Luc PETIT a donné pouvoir au Maire délégué de Brun ;\n"
            "– Lise GARNIER a donné pouvoir à M. le Maire.\n\nLe Maire ouvre la séance à 20 h 00.\n\n1 - Budget\nAdopté à l'unanimité.\n")
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    facts = ingest([doc]).facts[0]
    label = lambda person: person.first("rdfs:label")  # noqa: E731
    assert label(facts.of_class("Seance")[0].first("president")) == "Paul ROCHE"
    assert {(label(p.first("mandant")), label(p.first("mandataire"))) for p in facts.of_class("Pouvoir")} == {
        ("Marc DURAND", "Anne BRUN"), ("Luc PETIT", "Jean CARON"), ("Lise GARNIER", "Paul ROCHE")}


def test_an_earlier_seances_minutes_named_in_a_sentence_do_not_date_this_one(tmp_path: Path):
    text = ("MAIRIE DE VAL-BRUN\nREGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance ordinaire du\n\n"
            "L'an mil neuf cent quatre-vingt-quatorze, le vendredi [illisible] novembre, à vingt heures trente, le Conseil\n"
            "municipal, régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses\n"
            "séances, sous la présidence de M. Paul ROCHE, Maire.\n\nPrésents : MM. Paul ROCHE, Jean CARON, Mme Anne BRUN.\n\n"
            "1° - Procès-verbal de la séance précédente\nLe procès-verbal de la séance du 14 octobre 1994 est lu et adopté.\n\n"
            "La séance est levée à vingt-deux heures.\n\nVal-Brun - registre 1994 - séance du 18 novembre 1994 - feuillet n° 41\n")
    found = seance(tmp_path, text)
    assert found.first("date") == date(1994, 11, 18)  # the register's footer; never the approved minutes' day
    assert found.first("lieu") == "lieu habituel de ses séances"


def test_the_secretary_in_sentences_appositions_and_brackets(tmp_path: Path):
    head = ("ASSOCIATION LES AMIS DU VAL-BRUN\nProcès-verbal du conseil d'administration du 4 mars 2025\n\n"
            "Présents : M. Paul ROCHE, président, Mme Anne BRUN, M. Jean CARON, Mme Rose LYS.\n\n")
    for sentence in ["Le conseil désigne son benjamin, M. Jean CARON, comme secrétaire de séance.",
                     "Mme Rose LYS, secrétaire de l'association, tient la plume.",
                     "1 - Budget\nAdopté (feuille certifiée par la secrétaire de séance, Mme Rose LYS).",
                     "La séance est levée. Le présent procès-verbal a été rédigé par Mme Anne BRUN, désignée en début de "
                     "séance pour remplir les fonctions de secrétaire."]:
        secretary = seance(tmp_path, head + sentence + "\n").first("secretaire")
        assert secretary is not None and secretary.first("rdfs:label") in sentence, sentence
