"""Forms met reading the older cases again (session of 3 December 2026, afternoon), read by general
mechanisms: a roll call printed as a table of members and their statuses with no header row, and two
such tables side by side (a PDF's layout text: "MEMBRES ÉLUS      MEMBRES NOMMÉS"), their cells wrapped
over several lines. Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read

OPENING = ("COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
           "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n")
CLOSING = "\nMme Rose LYS est désignée secrétaire de séance.\n\n1. Budget\nAdopté à l'unanimité.\n"


def _statuses(tmp_path: Path, text: str) -> dict[str, str]:
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in read(tmp_path, text).facts[0].of_class("Participation")}


def test_a_table_of_members_and_statuses_needs_no_header_row(tmp_path: Path):
    text = (OPENING + "MEMBRES\nM. Paul ROCHE, Maire          présent\nMme Anne BRUN                 excusée, pouvoir à M. ROCHE\n"
            "M. Jean CARON                 absent\nM. Luc PETIT                  présent\n" + CLOSING)
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent", "Luc PETIT": "présent"}
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE")}


TWO_TABLES = ("MEMBRES ÉLUS                                 MEMBRES NOMMÉS\n"
              "M. Paul ROCHE, Maire,      présent           Mme Rose LYS (Secours         excusée,\n"
              "Président de droit                           populaire)                    pouvoir à\n"
              "Mme Anne BRUN              excusée,                                        M. ROCHE\n"
              "                           pouvoir à         M. Yves MORIN (UDAF)          présent\n"
              "                           M. PETIT\n"
              "M. Luc PETIT               présent           M. Marc VIDAL (club)          absent\n"
              "M. Jean CARON              absent\n")


def test_two_tables_side_by_side_are_each_read_their_cells_wrapped(tmp_path: Path):
    text = OPENING + TWO_TABLES + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Luc PETIT": "présent", "Jean CARON": "absent",
                                         "Rose LYS": "excusé", "Yves MORIN": "présent", "Marc VIDAL": "absent"}
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Luc PETIT"), ("Rose LYS", "Paul ROCHE")}


def test_two_lists_on_one_line_are_no_table(tmp_path: Path):
    text = OPENING + "Présents : M. Paul ROCHE, M. Luc PETIT.\n\nExcusée : Mme Anne BRUN.   Absent : M. Jean CARON.\n" + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Luc PETIT": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent"}


def test_a_members_own_status_after_a_colon_or_a_dash_their_office_wrapped(tmp_path: Path):
    colon = OPENING + ("MEMBRES DU CONSEIL\nM. Paul ROCHE, maire : présent\nMme Anne BRUN : excusée\n"
                       "M. Jean CARON, adjoint : absent\nM. Luc PETIT : présent\n") + CLOSING
    assert _statuses(tmp_path, colon) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent", "Luc PETIT": "présent"}
    dash = OPENING + ("MEMBRES DU CONSEIL\nM. Paul ROCHE, maire – présent\nMme Anne BRUN, représentant le quartier\n"
                      "nord – excusée, pouvoir à M. ROCHE\nM. Jean CARON, désigné par la commission – absent\n") + CLOSING
    assert _statuses(tmp_path, dash) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé", "Jean CARON": "absent"}
    assert set(proxies(tmp_path, dash)) == {("Anne BRUN", "Paul ROCHE")}


def test_a_legend_or_a_count_is_no_member(tmp_path: Path):
    text = OPENING + ("MEMBRES DU CONSEIL\nM. Paul ROCHE – présent\nMme Anne BRUN – excusée\n\nP – E : excusé\n"
                      "En exercice : 3 – Présents : 1\n") + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "excusé"}


def test_a_left_column_as_wide_as_the_right_is_no_margin(tmp_path: Path):
    left = ["Mme Anne BRUN, représentant la Ville de", "Val-Brun – présente", "M. Jean CARON, représentant le Département",
            "– excusé, pouvoir à Mme BRUN", "M. Luc PETIT, représentant la Région – absent", "Mme Rose LYS, désignée par le personnel – présente"]
    right = ["M. Yves MORIN, directeur de l'établissement", "public de santé – présent", "Mme Lise VIDAL, représentant l'agence",
             "régionale de santé – présente", "M. Marc ROUX, représentant la caisse", "primaire d'assurance maladie – excusé"]
    block = "".join(f"{a:<56}{b}\n" for a, b in zip(left, right))
    text = OPENING + "MEMBRES À VOIX DÉLIBÉRATIVE                             MEMBRES À VOIX CONSULTATIVE\n\n" + block + CLOSING
    statuses = _statuses(tmp_path, text)
    assert {k: statuses.get(k) for k in ("Anne BRUN", "Jean CARON", "Luc PETIT", "Rose LYS")} == {
        "Anne BRUN": "présent", "Jean CARON": "excusé", "Luc PETIT": "absent", "Rose LYS": "présent"}
    assert ("Jean CARON", "Anne BRUN") in proxies(tmp_path, text)


def test_an_overseas_collectivite_and_its_conseil_territorial(tmp_path: Path):
    text = ("Collectivité de Saint-Barthélemy\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL TERRITORIAL\n\n"
            "L'an deux mille vingt-trois, le 30 mars à 9 h, le Conseil territorial, dûment convoqué, s'est réuni sous la "
            "présidence de M. Paul ROCHE.\n\nPrésents : Paul ROCHE, Anne BRUN, Jean CARON.\n\nDélibération n° 2023-01 : Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    body = seance.first("organe").first("organisation")
    assert (seance.first("organe").first("nom"), body.first("nom"), body.types >= {"Region"}) == ("Conseil territorial", "Collectivité de Saint-Barthélemy", True)


def test_proxies_told_as_votes_delegated_or_under_a_heading_with_no_colon(tmp_path: Path):
    delegated = OPENING + ("Présents : M. Paul ROCHE, M. Luc PETIT.\n\nDeux conseillers sont excusés et ont délégué leur voix, à savoir : "
                           "Mme A. BRUN à M. P. ROCHE, M. J. CARON à M. L. PETIT.\n") + CLOSING
    assert set(proxies(tmp_path, delegated)) == {("A. BRUN", "Paul ROCHE"), ("J. CARON", "Luc PETIT")}
    no_colon = OPENING + ("Présents Paul ROCHE, Luc PETIT, Yves MORIN\n\nOnt donné procuration – Suppléant(e)s Anne BRUN à Paul ROCHE, "
                          "Jean CARON à Luc PETIT\n") + CLOSING
    assert set(proxies(tmp_path, no_colon)) == {("Anne BRUN", "Paul ROCHE"), ("Jean CARON", "Luc PETIT")}


def test_abbreviated_ranks_are_civilities_and_a_proxy_goes_au_or_a_l_to_a_rank(tmp_path: Path):
    text = ("AMICALE DES SAPEURS-POMPIERS DE VAL-BRUN\nAssociation régie par la loi du 1er juillet 1901\n\n"
            "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU SAMEDI 16 NOVEMBRE 2024\n\n"
            "L'assemblée générale s'est tenue le samedi 16 novembre 2024 à 18 h 00 au centre de secours.\n\n"
            "Présidence : Adj/C ROCHE Paul, président de l'amicale.\nSecrétariat de séance : Sgt BRUN Anne.\n\n"
            "Pouvoirs reçus :\n- Sap 1cl CARON Jean au Cpl PETIT Luc ;\n- Sgt/C MORIN Yves à l'Adj/C ROCHE Paul.\n\n"
            "1. Rapport moral\nLe rapport moral est approuvé à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("president").first("nom"), seance.first("secretaire").first("nom")) == ("Paul ROCHE", "Anne BRUN")
    assert set(proxies(tmp_path, text)) == {("Jean CARON", "Luc PETIT"), ("Yves MORIN", "Paul ROCHE")}


def test_a_commune_named_only_in_its_page_footer_is_the_councils_author(tmp_path: Path):
    text = ("Département du Val-Brun\nArrondissement de Val-Brun\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n"
            "DU 30 SEPTEMBRE 2024\n\nLe lundi trente septembre deux mille vingt-quatre, à vingt heures trente, le Conseil municipal, "
            "légalement convoqué, s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\nPrésents : Paul ROCHE, Anne BRUN.\n\n"
            "1 – Budget\nAdopté à l'unanimité.\n\n"
            "Mairie de Roche-sur-Brun – 2 place de la Mairie – 12330 Roche-sur-Brun                Page 1/2\n\n"
            "2 – Voirie\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("organe").first("organisation").first("nom") == "Commune de Roche-sur-Brun"


def test_a_journal_printed_in_columns_its_word_breaks_kept_and_married_names(tmp_path: Path):
    text = ("Collectivité de Saint-Barthélemy\n\nJOURNAL OFFICIEL\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRA-TIONS DU CONSEIL TERRITORIAL\n\n"
            "L'an deux mille vingt-trois le 30 mars à 09h00, le Conseil Territorial, dûment convoqué, s'est réuni sous la "
            "présidence de Monsieur le Pré-sident Paul ROCHE.\n\nETAIENT PRESENTS : Paul ROCHE, Anne BRUN épse CARON, Rose LYS Vve MORIN.\n\n"
            "ONT DONNE PROCURATION : Luc PETIT à Anne BRUN épse CARON.\n\nDélibération n° 2023-01 : Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("president").first("nom") == "Paul ROCHE"
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN épse CARON": "présent", "Rose LYS Vve MORIN": "présent",
                                         "Luc PETIT": "représenté"}
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Anne BRUN épse CARON")}


def test_a_list_of_proxies_naming_the_holder_first_represents_the_givers(tmp_path: Path):
    text = OPENING + ("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Luc PETIT.\n\nProcurations :\n"
                      "– M. Paul ROCHE : procurations de Mme Rose LYS et M. Jean CARON\n– Mme Anne BRUN : procuration de M. Yves MORIN\n") + CLOSING
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "présent", "Luc PETIT": "présent",
                                         "Rose LYS": "représenté", "Jean CARON": "représenté", "Yves MORIN": "représenté"}
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Jean CARON", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_proxy_refused_as_the_third_one_a_holder_carries_is_none(tmp_path: Path):
    text = OPENING + ("Présents : M. Paul ROCHE, Mme Anne BRUN.\n\nPouvoirs :\nM. Luc PETIT à M. Paul ROCHE\nMme Rose LYS à M. Paul ROCHE\n"
                      "M. Yves MORIN à M. Paul ROCHE\n\nLes statuts limitent à deux le nombre de pouvoirs détenus par un même membre. "
                      "Le troisième pouvoir remis à M. ROCHE, celui d'Yves MORIN, ne peut donc pas être retenu.\n") + CLOSING
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Paul ROCHE"), ("Rose LYS", "Paul ROCHE")}


def test_an_entente_of_departements_is_a_public_body_named_by_its_purpose(tmp_path: Path):
    text = ("EID Val-Brun\nEntente interdépartementale pour la démoustication du Val-Brun\nÉtablissement public interdépartemental\n\n"
            "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 8 DÉCEMBRE 2022\n\n"
            "Le jeudi 8 décembre 2022, à dix heures, le Conseil d'administration s'est réuni sous la présidence de M. Paul ROCHE.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\nL'Association nationale des élus des littoraux est remerciée.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    body = read(tmp_path, text).facts[0].of_class("Seance")[0].first("organe").first("organisation")
    assert (body.first("nom"), body.types) == ("Entente interdépartementale pour la démoustication du Val-Brun", {"EtablissementPublicLocal"})


def test_a_surname_alone_resolves_to_a_name_written_family_first_and_by_its_civilitys_gender(tmp_path: Path):
    text = OPENING + ("Présents : ROCHE Paul, BRUN Anne, PETIT Luc, DUVAL Alain, DUVAL Marie.\n\n"
                      "Pouvoirs : M. CARON à Mme BRUN - Mme LYS à M. DUVAL.\n\nAbsents excusés : CARON Jean, LYS Rose.\n") + CLOSING
    assert set(proxies(tmp_path, text)) == {("Jean CARON", "Anne BRUN"), ("Rose LYS", "Alain DUVAL")}


def test_proxy_scopes_told_by_an_arrival_a_departure_or_a_bracket_in_a_table(tmp_path: Path):
    arrival = OPENING + ("Présents : M. Paul ROCHE, M. Jean CARON.\n\nMme Rose LYS, arrivée à 10 h 45 lors de l'examen du point 2, "
                         "avait donné délégation de vote à M. Jean CARON jusqu'à son arrivée.\n") + CLOSING
    assert proxies(tmp_path, arrival)[("Rose LYS", "Jean CARON")]["jusquAHeure"] == "10:45:00"
    departure = OPENING + ("Présents : M. ROCHE Paul, M. PETIT Luc, M. CARON Jean.\n\nProcurations : M. CARON Jean à M. PETIT Luc "
                           "(à compter du point 2, après son départ à 21 h 50).\n") + CLOSING + "\n2. Voirie\nAdopté.\n"
    assert proxies(tmp_path, departure)[("Jean CARON", "Luc PETIT")] == {"depuisHeure": "21:50:00", "depuisActe": "2"}
    table = OPENING + ("Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n   Mandant                                   Mandataire\n"
                       "   M. Luc PETIT                              M. Paul ROCHE\n"
                       "   M. Jean CARON (à partir de 11 h 30)       Mme Anne BRUN\n") + CLOSING
    assert proxies(tmp_path, table)[("Jean CARON", "Anne BRUN")] == {"depuisHeure": "11:30:00"}


def test_a_ccas_printed_under_its_communes_heading_is_that_communes(tmp_path: Path):
    text = ("VILLE DE VAL-BRUN\nCentre Communal d'Action Sociale\n2, rue de la Mairie - 00000 Val-Brun\n\n"
            "CONSEIL D'ADMINISTRATION DU C.C.A.S.\nCompte rendu de la réunion du mardi 14 novembre 2023\n\n"
            "Le Conseil d'administration s'est réuni le mardi 14 novembre 2023 à 18 heures sous la présidence de M. Paul ROCHE, Maire.\n\n"
            "   M. Paul ROCHE, Maire ...................... présent\n   M. Jean CARON ............................. excusé - pouvoir à M. ROCHE\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    body = seance.first("organe").first("organisation")
    assert (body.first("nom"), body.types) == ("Centre Communal d'Action Sociale de Val-Brun", {"CentreActionSociale"})
    assert set(proxies(tmp_path, text)) == {("Jean CARON", "Paul ROCHE")}


def test_a_note_in_brackets_after_a_giver_is_no_part_of_the_name(tmp_path: Path):
    text = OPENING + ("   M. Paul ROCHE, Maire ...................... présent\n"
                      "   Mme Anne BRUN (insertion, Secours populaire) ........ excusée - pouvoir à M. ROCHE\n") + CLOSING
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE")}


def test_counts_printed_as_a_row_of_labels_over_a_row_of_figures_pair_by_position(tmp_path: Path):
    text = OPENING.replace("Séance du 8 décembre 2022\n", "Séance du 8 décembre 2022\n\nNombre de conseillers\nen exercice   présents   votants\n"
                           "    19           14         16\n") + "Présents : M. Paul ROCHE.\n" + CLOSING
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("membresEnExercice"), seance.first("nombrePresents"), seance.first("nombreVotants")) == (19, 14, 16)
