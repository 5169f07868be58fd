"""Forms met in the twenty-eighth blind set (cases 320–329), read by general mechanisms: the chair
acting by office ("la Présidente déclare la séance ouverte") named later by a surname with its
civility and office ("Madame Brun, Présidente, informe …"; a signature "La Présidente⏎Madame
Brun"). Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import read

SYNDICATE = ("SYNDICAT INTERCOMMUNAL DES EAUX DU VAL-BRUN\n\nCOMPTE RENDU DE LA REUNION DU 13 DECEMBRE 2022\n\n"
             "Etaient présents :\n\nCommune de Val-Brun : Messieurs Roche, Caron, Madame Brun, Monsieur Petit\n\n"
             "Le quorum étant atteint, la Présidente déclare la séance ouverte.\n\n")


def _president(tmp_path: Path, text: str) -> str | None:
    chair = read(tmp_path, text).facts[0].of_class("Seance")[0].first("president")
    return chair.first("rdfs:label") if chair is not None else None


def test_the_chair_acting_by_office_is_the_surname_a_later_apposition_gives_that_office(tmp_path: Path):
    text = SYNDICATE + ("Désignation secrétaire de séance : Monsieur Jean Caron\n\n"
                        "Avant de commencer Madame Brun, Présidente, informe le comité de la démission d'un délégué.\n\n"
                        "I Tarifs\nVote : unanimité\n")
    assert _president(tmp_path, text) == "BRUN"


def test_the_chair_acting_by_office_is_the_surname_with_a_civility_under_her_signed_office(tmp_path: Path):
    text = SYNDICATE + "I Tarifs\nVote : unanimité\n\nLa Présidente\nMadame Brun\n"
    assert _president(tmp_path, text) == "BRUN"


def test_the_chairs_name_wrapped_onto_an_indented_line_before_the_office(tmp_path: Path):
    text = ("   COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\n\n   SÉANCE DU JEUDI 9 MARS 2023\n\n"
            "   L'an deux mil vingt-trois, le neuf mars à dix-huit heures, le Conseil communautaire, dûment\n"
            "   convoqué, s'est réuni à la salle des fêtes, sous la présidence de Monsieur Paul\n"
            "   ROCHE, Président.\n\n   Étaient présents : Monsieur Paul ROCHE, Madame Anne BRUN, Monsieur Luc PETIT.\n\n"
            "   1. Budget\n   Adopté à l'unanimité.\n")
    assert _president(tmp_path, text) == "Paul ROCHE"


CCAS = ("VILLE DE VAL-BRUN\n\nCOMPTE-RENDU DE LA SEANCE DU CONSEIL D'ADMINISTRATION DU CENTRE COMMUNAL D'ACTION SOCIALE\n\n"
        "DU 23 JANVIER 2024\n\nLe Conseil d'Administration a été convoqué le 16 janvier 2024.\n\n"
        "La séance présidée par Monsieur Paul ROCHE, Président, est ouverte à dix-huit heures.\n\n"
        "Etaient Présents :\n\nM. Paul ROCHE, Président, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT\n\n"
        "1. Approbation du procès-verbal\n\nLe procès-verbal de la séance du Conseil d'Administration du 26 septembre 2023 "
        "est adopté à l'unanimité.\n\n2. Budget\n\nAdopté à l'unanimité.\n")


def test_a_titles_day_on_a_line_of_its_own_and_not_the_approved_minutes_day(tmp_path: Path):
    seances = read(tmp_path, CCAS).facts[0].of_class("Seance")
    assert [str(s.first("date")) for s in seances] == ["2024-01-23"]


def test_a_ccas_printed_alone_under_its_communes_heading_keeps_no_article_of_the_next_line(tmp_path: Path):
    names = {o.first("nom") for o in read(tmp_path, CCAS).facts[0].of_class("Organisation")}
    assert "Centre Communal d'Action Sociale de Val-Brun" in names


def test_the_approved_minutes_of_a_seance_of_a_named_organ_give_no_heading_date(tmp_path: Path):
    text = ("ASSOCIATION DU VAL-BRUN\n\nLe Conseil d'Administration s'est réuni le 23 janvier 2024 à 18 heures.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT\n\n"
            "Le procès-verbal de la séance du Conseil d'Administration du 26 septembre 2023 est adopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert str(seance.first("date")) == "2024-01-23" and seance.first("dateEnTete") is None


LOST_APOSTROPHES = ("CONSEIL COMMUNAUTAIRE DU VAL-BRUN Réunion du 27 mars\n\n"
                    "Le Conseil communautaire s est réuni à l Hôtel de la Communauté le 27 mars 2023 sous la présidence "
                    "de Monsieur Paul ROCHE, Président. Monsieur le Président demande à Madame Anne BRUN de procéder à l appel. "
                    "Etaient présents au moment de l appel : Paul ROCHE, Anne BRUN, Jean CARON, Luc PETIT\n\nRapport n 1 Budget. Adopté à l unanimité.\n")


def test_a_text_that_lost_its_apostrophes_is_dated_by_its_formula(tmp_path: Path):
    seance = read(tmp_path, LOST_APOSTROPHES).facts[0].of_class("Seance")[0]
    assert str(seance.first("date")) == "2023-03-27"


def test_lost_apostrophes_are_put_back_only_where_the_text_shows_the_loss():
    from civicgraph.genre.cues import repair_ocr
    assert "s'est réuni à l'Hôtel" in repair_ocr(LOST_APOSTROPHES) and "n 1" in repair_ocr(LOST_APOSTROPHES)
    kept = "Le conseil s'est réuni à l'hôtel de ville ; l'appel est fait. Mme L ARNAUD est présente."
    assert repair_ocr(kept) == kept
    spaced = "E X T R A I T   D U   R E G I S T R E   D E S   D E L I B E R A T I O N S"
    assert repair_ocr(spaced) == spaced


def test_an_association_named_only_after_its_organ_in_the_formula(tmp_path: Path):
    text = ("PROCES VERBAL CONSEIL D'ADMINISTRATION\nCONSEIL\nD'ADMINISTRATION\nDU COMITE\nDES FETES\nDE\nVAL-BRUN\n"
            "DU JEUDI 14 MARS 2024.\nLes membres du Conseil\nd'Administration du Comité des Fêtes de Val-Brun se sont réunis "
            "le jeudi 14 mars\n2024 à 14h dans la salle des fêtes.\nEtaient\nprésents :\nM. Paul ROCHE, Mme Anne BRUN, "
            "M. Jean CARON, M. Luc PETIT\nLe Président ouvre la séance.\n1. Comptes\nApprouvés à l'unanimité.\n")
    names = {o.first("nom") for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert "Comité des Fêtes de Val-Brun" in names
