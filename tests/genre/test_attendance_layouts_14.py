"""Forms met in the fourteenth blind set and in the earlier sets' leftovers: proxies bounded by the
giver's arrival as the roll call lists it. Each on a small invented text, read through the
pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.pipeline import ingest


def read(tmp_path: Path, text: str):
    """What the pipeline reads from `text`: its result (facts, skipped)."""
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc])


def bodies(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """{label: types} of the organisations read from `text`."""
    return {o.first("rdfs:label"): o.types for o in read(tmp_path, text).facts[0].of_class("Organisation")}


def proxies(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, str]]:
    """{(giver, holder): {bound: value}} of the proxies read from `text`."""
    facts = read(tmp_path, text).facts[0]
    bounds = ("depuisHeure", "jusquAHeure", "depuisActe", "jusquAActe")
    return {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")):
            {b: str(p.first(b)) for b in bounds if p.first(b) is not None} for p in facts.of_class("Pouvoir")}


COMMISSION = ("DÉPARTEMENT DU VAL-BRUN\nCOMMISSION PERMANENTE\nRéunion du lundi 14 juin 2004\n\n"
              "La Commission Permanente s'est réunie le lundi 14 juin 2004, à 14 h 30, sous la présidence de "
              "M. Paul ROCHE, Président du Conseil départemental.\n\n"
              "Étaient présents : MM. ROCHE, CARON, Mme BRUN, M. PETIT (à partir de 15 h 10, rapport n° 4-06).\n\n"
              "Absents excusés : Mme LYS, M. PETIT (jusqu'à 15 h 10).\n\n"
              "Avaient donné mandat de vote :\nMme LYS à M. CARON,\nM. PETIT à Mme BRUN, jusqu'à son arrivée.\n\n")


def test_a_proxy_until_the_arrival_the_roll_call_lists_ends_before_the_act_of_that_arrival(tmp_path: Path):
    read = proxies(tmp_path, COMMISSION + "Rapport n° 4-07 : Voirie départementale.\nAdopté à l'unanimité.\n")
    assert read[("PETIT", "BRUN")] == {"jusquAHeure": "15:10:00", "jusquAActe": "4-05"}
    assert read[("LYS", "CARON")] == {}


def test_a_proxy_that_starts_at_an_act_keeps_no_end_from_the_givers_listed_presence(tmp_path: Path):
    text = COMMISSION.replace("M. PETIT à Mme BRUN, jusqu'à son arrivée.", "M. PETIT à Mme BRUN (à partir du point 6).")
    read = proxies(tmp_path, text.replace("(à partir de 15 h 10, rapport n° 4-06)", "(jusqu'au point 5)") + "6. Voirie.\nAdopté.\n")
    assert "jusquAActe" not in read[("PETIT", "BRUN")]


SCHOOL_BOARD = ("COLLÈGE PAUL-ROCHE – VAL-BRUN                          UAI 0000000X\n"
                "Établissement public local d'enseignement\n\n"
                "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL D'ADMINISTRATION\n\n"
                "Date : jeudi 22 janvier 2026        Heure : 17 h 45        Lieu : salle polyvalente\n\n"
                "Présidence : Mme Anne BRUN, principale\n\n"
                "Membres présents\n- Administration : Mme Anne BRUN ; M. Jean CARON, adjoint gestionnaire\n"
                "- Personnels : Mme Rose LYS, M. Luc PETIT\n- Parents d'élèves : M. Paul ROCHE\n\n"
                "Acte n° 2026-01 – Budget\nAdopté à l'unanimité.\n")


def test_a_meeting_dated_by_a_bare_date_field_beside_its_hour_and_place(tmp_path: Path):
    facts = read(tmp_path, SCHOOL_BOARD).facts[0]
    assert [str(s.first("date")) for s in facts.of_class("Seance")] == ["2026-01-22"]


def test_a_school_boards_member_groups_name_no_organisation_and_its_heading_ends_at_the_dash(tmp_path: Path):
    assert set(bodies(tmp_path, SCHOOL_BOARD)) == {"Collège Paul-Roche"}


def test_a_works_reception_report_is_no_seance(tmp_path: Path):
    result = read(tmp_path, "MARCHÉS PUBLICS DE TRAVAUX                     EXE 6\nPROCÈS-VERBAL DES OPÉRATIONS PRÉALABLES À LA RÉCEPTION\n\n"
                   "Commune de Val-Brun, représentée par M. Paul ROCHE, Maire.\n\nLe jeudi 3 septembre 2015 à 9 h 30, sur le chantier, "
                   "il a été procédé aux opérations préalables à la réception.\n\nÉtaient présents :\n - M. Paul ROCHE, Maire ;\n"
                   " - Mme Anne BRUN, adjointe.\nExcusé : M. Jean CARON, qui a donné pouvoir à Mme BRUN pour signer.\n")
    assert not any(f.of_class("Seance") for f in result.facts)


APP_POST = ("Val-Brun — Mairie\nPublié le 26/11/2021 · Vie municipale\n\n"
            "📣 COMPTE RENDU – CONSEIL MUNICIPAL DU 23/11/21\n\n"
            "Séance ouverte à 20h30, présidée par Paul Roche, 1er adjoint. Secrétaire de séance : Anne Brun.\n"
            "Présents : Roche Paul, Brun Anne, Caron Jean, Petit Luc.\n"
            "Pouvoirs : Lys Rose (Maire) ➡️ Brun Anne · Garnier Lise ➡️\nRoche Paul\n\n"
            "1️⃣ Tarifs : ✅ unanimité\n")


def test_proxies_written_with_an_arrow_emoji_a_role_in_brackets_and_a_holder_on_the_next_line(tmp_path: Path):
    assert set(proxies(tmp_path, APP_POST)) == {("Rose LYS", "Anne BRUN"), ("Lise GARNIER", "Paul ROCHE")}


def test_a_place_then_mairie_opening_the_text_names_the_commune_and_a_role_in_brackets_none(tmp_path: Path):
    assert set(bodies(tmp_path, APP_POST)) == {"Commune de Val-Brun"}


def test_an_associations_title_line_keeps_the_common_nouns_of_its_name(tmp_path: Path):
    assert list(bodies(tmp_path, "ASSOCIATION Comité des fêtes de Val-Brun\nCompte rendu de l'assemblée générale ordinaire du 16 septembre 2021\n\n"
                   "Présents : Paul Roche, Anne Brun, Jean Caron.\n\n1. Rapport moral : adopté à l'unanimité.\n")) == ["Comité des fêtes de Val-Brun"]


ASSEMBLY = ("AMIS DU VAL-BRUN\nAssociation loi 1901\n\nASSEMBLÉE GÉNÉRALE ORDINAIRE\nVendredi 14 avril 2023 à 18 h 30, salle des fêtes\n\n"
            "Présidente : Mme Anne BRUN\nSecrétaire de séance : M. Jean CARON\n\n"
            "► Pouvoirs reçus\n"
            "  Mme Rose LYS (Hôtel du Port)      →  M. Jean CARON\n"
            "  M. Luc PETIT                      →  Mme Anne BRUN\n"
            "  M. Paul ROCHE                     →  Mme Rose LYS\n"
            "Le pouvoir de M. ROCHE, établi au nom de Mme LYS, elle-même absente et représentée, n'a pas été retenu "
            "(statuts : le mandataire doit être présent ; deux pouvoirs au plus).\n\n"
            "1re résolution – Rapport moral\nAdoptée à l'unanimité.\n")


def test_a_bulleted_list_of_proxies_ends_before_the_sentence_that_refuses_one_by_its_givers_name(tmp_path: Path):
    assert set(proxies(tmp_path, ASSEMBLY)) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Anne BRUN")}


def test_an_association_members_bracket_names_the_body_they_sit_for_not_a_commune(tmp_path: Path):
    assert "Commune" not in bodies(tmp_path, ASSEMBLY)["Hôtel du Port"]


LANDOWNERS = ("ASSOCIATION SYNDICALE AUTORISÉE DU VAL-BRUN\nProcès-verbal de l'assemblée générale des propriétaires\n\n"
              "L'assemblée s'est réunie le 14 mars 1998 sous la présidence de M. Paul ROCHE, Directeur de l'Association.\n"
              "Étaient présents : MM. ROCHE Paul, CARON Jean, Mme BRUN Anne.\n\n"
              "Mandats : M. PETIT Luc a donné mandat à M. CARON Jean ; Mme veuve LYS Rose est représentée par son fils "
              "M. LYS Marc ;\nM. GARNIER Hugo a remis son mandat à M. le Directeur.\n\n1° - Compte administratif\nApprouvé à l'unanimité.\n")


def test_proxies_to_a_relative_and_to_the_chair_named_by_the_office_the_minutes_give_him(tmp_path: Path):
    assert set(proxies(tmp_path, LANDOWNERS)) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Marc LYS"), ("Hugo GARNIER", "Paul ROCHE")}


def test_an_association_syndicale_autorisee_keeps_its_legal_form_in_its_name(tmp_path: Path):
    assert "Association Syndicale Autorisée du Val-Brun" in bodies(tmp_path, LANDOWNERS)


def test_the_chair_a_relative_clause_names_after_the_absent_presidents_designation(tmp_path: Path):
    result = read(tmp_path, "CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION\nSéance du mercredi 21 juin 2017\n\n"
                   "Le Président du conseil d'administration, M. Paul ROCHE, Maire de Val-Brun, empêché, a désigné pour le représenter "
                   "Mme Anne\nBRUN, adjointe au Maire chargée des affaires sociales, qui préside la séance.\n\n"
                   "Membres présents : Mme Anne BRUN, M. Jean CARON, Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = result.facts[0].of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Anne BRUN"


def test_a_proxy_heading_with_a_holders_column_pairs_each_row_and_ends_the_exceptions_list(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nCOMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL\nSéance du 12 avril 2008\n\n"
            "Le Conseil Municipal s'est réuni le 12 avril 2008 sous la présidence de M. Paul ROCHE, Maire.\n\n"
            "Étaient présents : tous les conseillers municipaux en exercice, à l'exception de :\n\n"
            "   Absents représentés :                   Mandataires :\n"
            "   Mme Rose LYS                            M. Jean CARON\n"
            "   M. Luc PETIT                            M. le Maire\n\n"
            "   Absent : M. Hugo GARNIER\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Paul ROCHE")}


def test_a_meetings_hour_after_its_date_and_a_comma_and_convocations_sent_on_a_day(tmp_path: Path):
    seance = read(tmp_path, ASSEMBLY.replace("Vendredi 14 avril 2023 à 18 h 30, salle des fêtes",
                                            "Vendredi 14 avril 2023, 18 h 30 – salle des fêtes\n(convocations adressées par courriel le 24 mars 2023)")
                  ).facts[0].of_class("Seance")[0]
    assert (str(seance.first("debut")), str(seance.first("dateConvocation"))) == ("2023-04-14 18:30:00", "2023-03-24")


def test_the_place_a_formula_gives_ends_before_the_way_the_members_attend(tmp_path: Path):
    text = ASSEMBLY.replace("Vendredi 14 avril 2023 à 18 h 30, salle des fêtes",
                            "Le 18 juin 2020, l'assemblée s'est réunie au gymnase Paul-Roche de Val-Brun, en présence physique et par "
                            "visioconférence, en application de l'ordonnance n° 2020-391 du 1er avril 2020 et de l'ordonnance n° 2020-562 "
                            "du 13 mai 2020 (quorum fixé au tiers des membres)")
    assert read(tmp_path, text).facts[0].of_class("Seance")[0].first("lieu") == "gymnase Paul-Roche de Val-Brun"


def test_a_district_is_an_intercommunalite_and_a_football_district_is_not(tmp_path: Path):
    minutes = ("DISTRICT DU VAL-BRUN\nPROCÈS-VERBAL DE LA RÉUNION DU CONSEIL DE DISTRICT\nSéance du 17 septembre 1987\n\n"
               "Le Conseil de District s'est réuni le 17 septembre 1987 sous la présidence de M. Paul ROCHE, Président.\n\n"
               "Présents : MM. ROCHE, CARON, PETIT.\n\n1 - Budget\nAdopté à l'unanimité.\n")
    assert "Intercommunalite" in bodies(tmp_path, minutes)["District du Val-Brun"]
    football = minutes.replace("DISTRICT DU VAL-BRUN", "DISTRICT DU VAL-BRUN DE FOOTBALL\nAssociation loi 1901")
    assert not any("Intercommunalite" in kinds for kinds in bodies(tmp_path, football).values())
