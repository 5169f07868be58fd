"""Forms met in the earlier blind sets' leftovers, read by general mechanisms: OCR's letters in a time,
a proxy that ends at its giver's arrival noted on the proxy, a scope's points named by the end of
the acts' numbers. Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import repair_ocr
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read

REGION = ("REGION VAL-BRUN\nCOMMISSION PERMANENTE\nSeance du jeudi 16 decembre 2010\n\n"
          "La Commission permanente s'est reunie le jeudi 16 decembre 2010 a 9 h 30, sous la presidence "
          "de M. Paul ROCHE, President du Conseil regional.\n\n"
          "Etaient presents : M. Paul ROCHE, M. Jean CARON, Mme Anne BRUN.\n\n"
          "Pouvoirs :\n- M. Luc PETIT a M. Jean CARON ;\n- Mrne Rose LYS a Mrne Anne BRUN, jusqu'a son arri-\nvee a l l h 00.\n\n"
          "1. Voirie regionale\nAdopte a l'unanimite.\n")


def test_ocr_letters_in_a_time_are_read_as_its_figures_and_the_text_keeps_its_length():
    for printed, seen in [("arrivee a l l h 00.", "arrivee a 11  h 00."), ("A l9 h 30, Mme X", "A 19 h 30, Mme X"),
                          ("levee a 2O h l5", "levee a 20 h 15"), ("a 18 h 30", "a 18 h 30"), ("il h 00", "il h 00"), ("l h", "l h")]:
        assert repair_ocr(printed) == seen


def test_a_proxy_until_its_givers_arrival_at_an_ocr_time_ends_then_and_starts_at_the_opening(tmp_path: Path):
    assert proxies(tmp_path, REGION)[("Rose LYS", "Anne BRUN")] == {"jusquAHeure": "11:00:00"}


BOARD = ("RÉGIE DES EAUX DU VAL-BRUN\nConseil d'administration\nSéance du jeudi 15 mai 2025\n\n"
         "Le jeudi 15 mai 2025 à 18 h 00, le Conseil d'administration s'est réuni sous la présidence de M. Paul ROCHE.\n\n"
         "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n"
         "Pouvoirs : Mme BRUN, quittant la séance après le vote du point 15, a donné pouvoir à M. CARON pour les points 16 à 18.\n\n"
         "CA-2025-15 – Compte financier\nAdopté à l'unanimité.\n\nCA-2025-16 – Tarifs\nAdopté à l'unanimité.\n\n"
         "CA-2025-17 – Travaux\nAdopté à l'unanimité.\n\nCA-2025-18 – Personnel\nAdopté à l'unanimité.\n")


def test_a_scopes_points_name_the_acts_whose_numbers_end_with_them(tmp_path: Path):
    assert proxies(tmp_path, BOARD)[("Anne BRUN", "Jean CARON")] == {"depuisActe": "CA-2025-16", "jusquAActe": "CA-2025-18"}


def test_a_scopes_points_are_the_agendas_ranks_when_no_act_number_ends_with_them(tmp_path: Path):
    ranked = BOARD.replace("points 16 à 18", "points 2 à 4")
    assert proxies(tmp_path, ranked)[("Anne BRUN", "Jean CARON")] == {"depuisActe": "CA-2025-16", "jusquAActe": "CA-2025-18"}


SESSION = ("CHAMBRE D'AGRICULTURE DU VAL-BRUN\nEtablissement public - Maison de l'Agriculture\n\n"
           "PROCES-VERBAL DE LA SESSION DU 29 NOVEMBRE 2004\n\n"
           "La Chambre d'agriculture du Val-Brun s'est réunie en session ordinaire le lundi 29 novembre 2004 à 9 h 45, "
           "sous la présidence de IVI. Paul ROCHE, Président.\n\n"
           "Etaient présents : MIVI. Paul ROCHE, Jean CARON, Mrne Anne BRUN.\n"
           "Pouvoirs : IVI. Luc PETIT à Mrne Anne BRUN.\n\n"
           "1. BUDGET 2005\nAdopté à l'unanimité.\n")


def test_ocr_civilities_open_names_and_a_chambre_consulaire_is_an_organisation_of_no_narrower_kind(tmp_path: Path):
    facts = read(tmp_path, SESSION).facts[0]
    assert {o.first("rdfs:label"): o.types for o in facts.of_class("Organisation")} == {"Chambre d'Agriculture du Val-Brun": set()}
    seance = facts.of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Paul ROCHE"
    assert {p.first("rdfs:label") for p in facts.of_class("Personne")} == {"Paul ROCHE", "Jean CARON", "Anne BRUN", "Luc PETIT"}
    assert proxies(tmp_path, SESSION) == {("Luc PETIT", "Anne BRUN"): {}}


def test_a_groupement_dinteret_public_is_an_organisation_named_by_the_line_below_its_form(tmp_path: Path):
    text = ("GROUPEMENT D'INTÉRÊT PUBLIC\nMAISON DE L'EMPLOI DU VAL-BRUN\n\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE\ndu mardi 3 juillet 2012\n\n"
            "L'assemblée générale du Groupement d'intérêt public s'est réunie le mardi 3 juillet 2012 à 14 h 30.\n\n"
            "Présidence : M. Paul ROCHE, Président du GIP.\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert bodies(tmp_path, text) == {"Maison de l'Emploi du Val-Brun": set()}


def test_a_collectivite_territoriale_unique_is_a_region(tmp_path: Path):
    text = ("RÉPUBLIQUE FRANÇAISE\nCOLLECTIVITÉ TERRITORIALE DE GUYANE\nASSEMBLÉE DE GUYANE\nSéance plénière\n"
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDÉLIBÉRATION N° 19-12\n"
            "L'Assemblée de Guyane s'est réunie le jeudi 28 novembre 2019 sous la présidence de M. Paul ROCHE.\n"
            "ÉTAIENT PRÉSENTS : M. Paul ROCHE, Mme Anne BRUN.\nAdopté à l'unanimité.\n")
    found = bodies(tmp_path, text)
    assert found["Collectivité Territoriale de Guyane"] >= {"Region", "Collectivite"}


EXTRACT = ("SYNDICAT INTERCOMMUNAL SCOLAIRE DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\nSéance ordinaire\n"
           "Le Comité syndical, régulièrement convoqué, s'est réuni à vingt heures trente sous la présidence de Mme Anne BRUN, Présidente.\n"
           "Présents : Mme Anne BRUN, M. Paul ROCHE, M. Jean CARON.\n"
           "Délibération n° DCS2015-11\nObjet : Transport scolaire\nAdopté à l'unanimité.\n"
           "Accusé de réception en préfecture\n{actes}\n")


def test_a_deliberations_actes_identifier_dates_its_seance_when_the_text_prints_no_date(tmp_path: Path):
    facts = read(tmp_path, EXTRACT.format(actes="099-200000001-20150624-DCS2015_11-DE")).facts[0]
    assert [str(s.first("date")) for s in facts.of_class("Seance")] == ["2015-06-24"]


def test_an_identifier_of_another_nature_dates_no_seance(tmp_path: Path):
    facts = read(tmp_path, EXTRACT.format(actes="099-200000001-20150624-A2015_11-AR")).facts[0]
    assert facts.of_class("Seance") == []


def test_a_draft_of_minutes_written_before_the_seance_yields_nothing(tmp_path: Path):
    result = read(tmp_path, "DOCUMENT DE TRAVAIL – TRAME PRÉPARÉE AVANT LA SÉANCE – NE VAUT PAS PROCÈS-VERBAL\n\n"
                  "COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 14 JUIN 2022\n\n"
                  "L'an deux mille vingt-deux, le quatorze juin, le Conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, Maire.\n"
                  "Présents : ……………\nSecrétaire de séance : ……………\n\n1. Budget\nVote : Pour : …… Contre : ……\n")
    assert result.facts == [] and result.skipped


SIGNED = ("HERRIKO ETXEA – MAIRIE\nVAL-BRUN\n\nSÉANCE DU CONSEIL MUNICIPAL\n\n"
          "Le douze mars deux mille vingt-quatre, à dix-neuf heures, le Conseil municipal de la commune de Val-Brun s'est réuni "
          "sous la présidence de M. Paul ROCHE, Maire.\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
          "1. Budget\nAdopté à l'unanimité.\n\nLa séance est levée à 21 h 05.\n\n{signatures}\n")


def test_the_secretary_signs_in_a_column_whose_name_does_not_start_under_the_quality(tmp_path: Path):
    for signatures in ["Auzapeza / Le Maire                    Bilkuraren idazkaria / La secrétaire de séance\n"
                       "Paul ROCHE                             Anne BRUN",
                       "Le Maire\t\tLa conseillère, secrétaire de séance\nPaul ROCHE\t\tAnne BRUN (points 1 à 3)"]:
        facts = read(tmp_path, SIGNED.format(signatures=signatures)).facts[0]
        assert facts.of_class("Seance")[0].first("secretaire").first("rdfs:label") == "Anne BRUN"


def test_a_header_place_before_mairie_yields_to_the_commune_the_formula_names(tmp_path: Path):
    assert set(bodies(tmp_path, SIGNED.format(signatures=""))) == {"Commune de Val-Brun"}


DELEGATED = ("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL\nProcès-verbal de la séance du jeudi 8 novembre 2018\n\n"
             "Le conseil municipal s'est réuni le jeudi 8 novembre 2018 à 20 h 00 sous la présidence de M. Paul ROCHE, maire.\n\n"
             "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT, Mme Rose LYS.\n"
             "Pouvoirs : M. Luc PETIT à M. Paul ROCHE (à partir du point 4).\n"
             "M. CARON est arrivé à 20 h 20, pendant l'examen du point 1. Mme LYS et M. PETIT ont quitté la séance à 21 h 15, "
             "après le vote du point 3.\n\n"
             "1. Budget\nAdopté.\n\n2. Voirie\nAdopté.\n\n3. Écoles\nAdopté.\n\n4. Cantine\nAdopté.\n")


def test_movements_with_an_auxiliary_and_subjects_joined_by_et(tmp_path: Path):
    facts = read(tmp_path, DELEGATED).facts[0]
    moved = {(m.first("personne").first("rdfs:label"), m.first("typeMouvement")) for m in facts.of_class("Mouvement")}
    assert moved == {("Jean CARON", "arrivée"), ("Rose LYS", "départ"), ("Luc PETIT", "départ")}


def test_a_proxy_from_the_point_after_its_givers_departure_starts_at_the_departures_time(tmp_path: Path):
    assert proxies(tmp_path, DELEGATED)[("Luc PETIT", "Paul ROCHE")] == {"depuisHeure": "21:15:00", "depuisActe": "4"}



def test_le_sien_names_the_proxy_of_the_sentence_before_and_the_second_part_starts_at_the_departure(tmp_path: Path):
    text = DELEGATED.replace("Pouvoirs : M. Luc PETIT à M. Paul ROCHE (à partir du point 4).\n",
                             "M. Jean CARON, empêché, avait donné mandat à Mme Anne BRUN ; Mme Rose LYS avait confié le sien à M. Paul ROCHE, "
                             "pour les votes de la seconde partie de la séance seulement.\n")
    read_back = proxies(tmp_path, text)
    assert read_back[("Jean CARON", "Anne BRUN")] == {"jusquAHeure": "20:20:00"}  # he arrives at 20 h 20
    assert read_back[("Rose LYS", "Paul ROCHE")] == {"depuisHeure": "21:15:00", "depuisActe": "4"}


def test_a_holders_name_ends_at_a_full_stop_before_a_new_sentence(tmp_path: Path):
    text = DELEGATED.replace("Pouvoirs : M. Luc PETIT à M. Paul ROCHE (à partir du point 4).\n",
                             "Pouvoirs : Mme Rose LYS à M. Paul ROCHE. Les 10 autres pouvoirs sont en blanc.\n")
    assert ("Rose LYS", "Paul ROCHE") in proxies(tmp_path, text)
