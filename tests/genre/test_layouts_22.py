"""Forms met in the twenty-fourth blind set (cases 280–289), read by general mechanisms: the holder
named first in a sentence ("Mme Y a le pouvoir de M. X", "M. Y porte les pouvoirs de Mme X et de
M. Z"); the secretary designated as the object of an act ("DÉSIGNE Mme X, secrétaire de séance.") or
keeping the minutes ("…, secrétaire, qui tient le procès-verbal"); two roll-call columns whose
headings carry a noun before the status ("ADMINISTRATEURS PRÉSENTS      ADMINISTRATEURS EXCUSÉS");
"pouvoir confié à"; a log line between dashes ("----- 19 h 15 : arrivée de M. X -----"). Each on a
small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read

OPENING = ("COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
           "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n"
           "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n")
ITEMS = "\n1. Budget\nAdopté à l'unanimité.\n\n2. Travaux\nAdopté à l'unanimité.\n"


def _seance(tmp_path: Path, text: str):
    return read(tmp_path, text).facts[0].of_class("Seance")[0]


def test_the_holder_named_first_in_sentences_each_giver_a_proxy(tmp_path: Path):
    text = OPENING + ("Pouvoirs :\nMme Anne BRUN a le pouvoir de M. Yves MORIN pour le représenter et voter en son nom.\n"
                      "M. Jean CARON porte les pouvoirs de Mme Rose LYS, de Mme Lise NOËL et de M. Marc VIDAL.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON"),
                                            ("Lise NOËL", "Jean CARON"), ("Marc VIDAL", "Jean CARON")}


def test_a_holder_named_first_is_no_authorisation_to_sign(tmp_path: Path):
    text = OPENING + "Le conseil dit que le maire a le pouvoir de signer la convention.\n" + ITEMS
    assert proxies(tmp_path, text) == {}


def test_the_secretary_designated_by_an_act_or_keeping_the_minutes(tmp_path: Path):
    act = OPENING + "1. Désignation du secrétaire de séance\nLe conseil, à l'unanimité,\n- DÉSIGNE Mme Anne BRUN, secrétaire de séance.\n\n2. Budget\nAdopté.\n"
    assert _seance(tmp_path, act).first("secretaire").first("rdfs:label") == "Anne BRUN"
    minutes = OPENING + "La séance est présidée par M. Paul ROCHE, assisté de M. Luc PETIT, secrétaire, qui tient le procès-verbal.\n" + ITEMS
    assert _seance(tmp_path, minutes).first("secretaire").first("rdfs:label") == "Luc PETIT"


COLUMNS = ("ASSOCIATION « LES AMIS DU VAL-BRUN »\n\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION\nRéunion du 14 novembre 2024\n\n"
           "   ADMINISTRATEURS PRÉSENTS                  ADMINISTRATEURS EXCUSÉS\n"
           "   Mme Anne BRUN, présidente                 Mme Rose LYS – pouvoir confié\n"
           "   M. Jean CARON, secrétaire                 à Mme Anne BRUN\n"
           "   M. Luc PETIT                              M. Yves MORIN (arrivé à 19 h 15) –\n"
           "   Mme Lise NOËL                             pouvoir confié à M. Luc PETIT\n"
           "                                             jusqu'à son arrivée\n\n"
           "La présidente ouvre la séance. M. Jean CARON est désigné secrétaire de séance.\n\n"
           "1. Compte rendu\nApprouvé à l'unanimité.\n\n----- 19 h 15 : arrivée de M. Yves MORIN -----\n\n2. Budget\nApprouvé à l'unanimité.\n")


def test_two_columns_headed_by_a_noun_and_a_status(tmp_path: Path):
    statuses = {p.first("personne").first("rdfs:label"): set(p.props["statut"]) for p in read(tmp_path, COLUMNS).facts[0].of_class("Participation")}
    assert {n for n, s in statuses.items() if s == {"présent"}} >= {"Anne BRUN", "Jean CARON", "Luc PETIT", "Lise NOËL"}
    assert statuses["Rose LYS"] == {"excusé"}


def test_a_proxy_confided_until_an_arrival_logged_between_dashes(tmp_path: Path):
    found = proxies(tmp_path, COLUMNS)
    assert set(found) == {("Rose LYS", "Anne BRUN"), ("Yves MORIN", "Luc PETIT")}
    assert found[("Yves MORIN", "Luc PETIT")] == {"jusquAHeure": "19:15:00", "jusquAActe": "1"}


# The twenty-fifth blind set (cases 290–299).

def test_statuses_after_leaders_with_their_accents_lost_by_ocr(tmp_path: Path):
    text = OPENING.replace("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n", "") + (
        "  M. Paul ROCHE, President ............ present\n  Mme Anne BRUN ....................... presente\n"
        "  Mme Rose LYS ........................ representee par Mme Anne BRUN\n  M. Yves MORIN ....................... absent excuse\n\n"
        " COLLEGE DES USAGERS\n  M. Jean CARON ....................... present\n  M. Luc PETIT ........................ represente par M. Jean CARON\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Anne BRUN"), ("Luc PETIT", "Jean CARON")}
    statuses = {p.first("personne").first("rdfs:label"): set(p.props["statut"]) for p in read(tmp_path, text).facts[0].of_class("Participation")}
    assert statuses["Yves MORIN"] == {"excusé"} and statuses["Jean CARON"] == {"présent"}


def test_excused_with_a_proxy_and_a_line_opening_on_the_status(tmp_path: Path):
    text = OPENING + "Absent(s) : M. Y. Morin excuse avec procuration a Mme A. Brun, Mme R. Lys\nexcusee avec procuration a M. J. Caron, M. L. Vidal excuse.\n" + ITEMS
    text = text.replace("M. Luc PETIT.", "M. Luc PETIT, M. Yves MORIN, Mme Rose LYS, M. Louis VIDAL.")
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON")}


def test_a_boxed_table_whose_names_column_says_absent(tmp_path: Path):
    text = OPENING + ("PROCURATIONS\n┌──────────────────────────┬────────────────────┬──────────────────────┐\n"
                      "│ Délégué titulaire absent │ Collectivité       │ Procuration donnée à │\n"
                      "├──────────────────────────┼────────────────────┼──────────────────────┤\n"
                      "│ Mme Rose LYS             │ CC du Val-Brun     │ M. Paul ROCHE        │\n"
                      "│ M. Yves MORIN            │ CC des Coteaux     │ Mme Anne BRUN        │\n"
                      "└──────────────────────────┴────────────────────┴──────────────────────┘\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_secretary_wrapped_at_the_hyphen_of_a_double_name(tmp_path: Path):
    text = OPENING.replace("Présents :", "Secrétaire de séance : Mme Anne BRUN-\nLAMBERT\nPrésents :") + ITEMS
    assert _seance(tmp_path, text).first("secretaire").first("rdfs:label") == "Anne BRUN-LAMBERT"


def test_the_chair_named_by_office_and_in_a_signature_beside_another(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
            "Le conseil municipal s'est réuni sous la présidence de Monsieur le Maire.\n"
            "Présents : Mmes et MM. Paul ROCHE, Anne BRUN, Jean CARON.\nSecrétaire de séance : Mme Anne BRUN.\n\n"
            "Délibération n° 2022-06\nObjet : Association des Maires du Val-Brun – cotisation 2022\n\n"
            "Le Conseil municipal DÉCIDE de renouveler l'adhésion de la commune pour 2022. La cotisation s'élève à 92,40 €.\n\n"
            "        Le Maire,                               La secrétaire de séance,\n"
            "        Paul ROCHE                              Anne BRUN\n")
    facts = read(tmp_path, text).facts[0]
    assert facts.of_class("Seance")[0].first("president").first("rdfs:label") == "Paul ROCHE"
    assert [a.first("association").first("nom") for a in facts.of_class("Adhesion")] == ["Association des Maires du Val-Brun"]


def test_a_presence_sheet_flattened_one_column_after_another(tmp_path: Path):
    sheet = ("Feuille de présence\nNOM Prénom\nROCHE Paul\nBRUN Anne\nCARON Jean\nLYS Rose\nMORIN Yves\n"
             "Présence\nPrésent\nPrésente\nPrésent\nExcusée\nExcusé\nPouvoir donné à\n—\n—\n—\nROCHE Paul\nBRUN Anne\n")
    text = OPENING.replace("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n", "") + ITEMS + "\n" + sheet
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_blank_proxies_a_heading_gives_to_one_holder(tmp_path: Path):
    text = OPENING + ("Pouvoirs en blanc (2), attribués au président de séance conformément à l'article 9 des statuts :\n"
                      "  M. Yves MORIN, Mme Rose LYS.\n") + ITEMS  # (the séance is chaired by M. Paul ROCHE)
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Paul ROCHE"), ("Rose LYS", "Paul ROCHE")}


def test_a_member_leaving_hands_on_the_proxy_held_and_their_own(tmp_path: Path):
    text = OPENING + ("Pouvoirs : Mme Rose LYS a donné pouvoir à M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n\n"
                      "À 21 h 10, M. Jean CARON quitte la séance et remet le pouvoir de Mme Rose LYS ainsi que le sien à M. Luc PETIT.\n\n"
                      "2. Travaux\nAdopté à l'unanimité.\n")
    found = proxies(tmp_path, text)
    assert found[("Rose LYS", "Luc PETIT")]["depuisHeure"] == "21:10:00" and found[("Rose LYS", "Luc PETIT")]["depuisActe"] == "2"
    assert found[("Jean CARON", "Luc PETIT")]["depuisHeure"] == "21:10:00"
    assert found[("Rose LYS", "Jean CARON")].get("jusquAHeure") == "21:10:00"


def test_a_commune_label_with_no_name_after_it_is_no_person(tmp_path: Path):
    text = OPENING.replace("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n",
                           "Présents :\nVAL-BRUN : M. Paul ROCHE, Mme Anne BRUN\nCORBELIN :\nLES COTEAUX : M. Jean CARON\n\n") + ITEMS
    names = {p.first("rdfs:label") for p in read(tmp_path, text).facts[0].of_class("Personne")}
    assert names == {"Paul ROCHE", "Anne BRUN", "Jean CARON"}


# The twenty-sixth blind set (cases 300–309).

def test_proxy_lines_after_the_counts_under_no_heading(tmp_path: Path):
    text = OPENING + ("Conseillers en exercice : 7   Présents : 4   Procurations : 2   Votants : 6\n\n"
                      "   Mme Rose LYS - procuration à M. Paul ROCHE (pour les questions 1 à 6)\n"
                      "   M. Yves MORIN - procuration à Mme Anne BRUN\n\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_procuration_written_without_its_a_and_a_vote_confided(tmp_path: Path):
    brackets = OPENING + "Absents excusés : Mme Rose LYS (procuration M. Paul ROCHE), M. Yves\nMORIN (procuration Mme Anne BRUN).\n" + ITEMS
    assert set(proxies(tmp_path, brackets)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}
    confided = OPENING + ("Pouvoirs :\n- pouvoir de vote de Mme Rose LYS (Val-Brun) confié à M. Paul ROCHE\n"
                          "- pouvoir de vote de M. Yves MORIN (Les Coteaux) confié à Mme Anne BRUN\n\n") + ITEMS
    assert set(proxies(tmp_path, confided)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_member_leaving_confides_their_vote_and_the_one_they_held(tmp_path: Path):
    text = OPENING + ("Pouvoirs : Mme Rose LYS a donné pouvoir à M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n\n"
                      "À 21 h 10, M. Jean CARON quitte la séance et confie son pouvoir de vote, ainsi que celui de Mme Rose LYS "
                      "qu'il détenait, à M. Luc PETIT.\n\n2. Travaux\nAdopté à l'unanimité.\n")
    found = proxies(tmp_path, text)
    assert {("Rose LYS", "Luc PETIT"), ("Jean CARON", "Luc PETIT"), ("Rose LYS", "Jean CARON")} <= set(found)


def test_two_columns_headed_by_counts_and_arrows_for_proxies(tmp_path: Path):
    text = ("ASSOCIATION DES AMIS DU VAL-BRUN\n\nCONSEIL D'ADMINISTRATION DU 7 NOVEMBRE 2024\n\n"
            "   Administrateurs présents (3)                     Administrateurs excusés (2) – pouvoirs\n"
            "   Mme Anne BRUN, présidente                        M. Yves MORIN → Mme Anne BRUN\n"
            "   M. Paul ROCHE, secrétaire                        Mme Rose LYS → M. Jean CARON\n"
            "   M. Jean CARON\n\n"
            "La séance est ouverte par la présidente. M. Paul ROCHE est secrétaire de séance.\n" + ITEMS)
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON")}
    assert _seance(tmp_path, text).first("secretaire").first("rdfs:label") == "Paul ROCHE"


def test_ocr_proxies_wrapped_in_a_run_of_commas_and_an_unused_one(tmp_path: Path):
    text = OPENING + ("Sont excuses :\nMadame Rose LYS, procuration donnee a M. ROCHE, Monsieur Yves MORIN,\n"
                      "procuration donnee a Mme BRUN, Monsieur Marc VIDAL, procuration\ndonnee a M. CARON.\n\n"
                      "M. Louis NOËL avait donné procuration écrite à M. Luc PETIT, qui n'a pu être présent ; "
                      "cette procuration n'a donc pas été utilisée.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN"), ("Marc VIDAL", "Jean CARON")}


def test_a_commune_in_brackets_holding_its_own_bracket(tmp_path: Path):
    text = OPENING + "Était représenté\n  M. Yves MORIN (Val-Brun (Ville))            Par Mme Anne BRUN\n\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN")}


def test_a_proxy_sentence_wrapped_in_a_narrow_column_under_a_heading(tmp_path: Path):
    mixed = OPENING + "Pouvoirs : Madame Rose Lys a donné pouvoir\nà Monsieur Jean Caron.\n" + ITEMS
    assert set(proxies(tmp_path, mixed)) == {("Rose LYS", "Jean CARON")}
    held = OPENING + "Pouvoirs : M. Paul ROCHE porte les\npouvoirs de Mme Rose LYS et de M.\nYves MORIN.\n" + ITEMS
    assert set(proxies(tmp_path, held)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Paul ROCHE")}


def test_a_giver_named_before_qui_without_a_comma(tmp_path: Path):
    text = OPENING + "Madame Rose LYS qui a donné procuration à Monsieur Jean CARON.\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON")}


def test_a_giver_who_charged_a_member_to_vote_in_a_list(tmp_path: Path):
    text = OPENING + "Pouvoirs :\nM. Yves MORIN (Val-Brun), qui a chargé M. Jean CARON de voter en son nom.\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Jean CARON")}


def test_ocr_represente_par_opening_a_wrapped_line(tmp_path: Path):
    text = OPENING + "Pouvoirs : Mme Rose LYS\nrepresentee par M. Jean-Marc\nCARON.\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean-Marc CARON")}


# The twenty-seventh blind set (cases 310–319).

def test_proxy_wordings_of_the_twenty_seventh_set(tmp_path: Path):
    forms = {
        "Absents excusés : Mme Rose LYS a donné délégation à M. Jean CARON ; M. Marc VIDAL.\n": {("Rose LYS", "Jean CARON")},
        "Absent(s) represente(s) :\nM. MORIN Yves represente par procuration par M. CARON Jean ;\n": {("Yves MORIN", "Jean CARON")},
        "Pouvoirs : Mme Anne BRUN votera pour M. Yves MORIN ; M. Jean CARON votera pour Mme Rose LYS.\n": {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON")},
        "Absents excuses :\nM. Yves MORIN (vote par procuration de M. MORIN a M. CARON)\n": {("Yves MORIN", "Jean CARON")},
        "Représentés :\nMme Rose LYS, retenue par ses obligations, s'est fait représenter par\nMme Anne BRUN.\n"
        "M. Yves MORIN a transmis son pouvoir par courriel à M. Luc PETIT le 3 mars.\n": {("Rose LYS", "Anne BRUN"), ("Yves MORIN", "Luc PETIT")},
    }
    for block, wanted in forms.items():
        assert set(proxies(tmp_path, OPENING + block + ITEMS)) == wanted, block


def test_a_roll_called_by_number_with_its_status_after_leaders(tmp_path: Path):
    text = OPENING.replace("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n", "") + (
        "Il est procédé à l'appel nominal :\n\n  1. M. Paul ROCHE, Maire ............ présent\n"
        "  2. Mme Anne BRUN, adjointe ......... présente\n  3. Mme Rose LYS ...................... représentée par Mme Anne BRUN (pouvoir)\n"
        "  4. M. Yves MORIN ..................... absent\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Anne BRUN")}
    statuses = {p.first("personne").first("rdfs:label"): set(p.props["statut"]) for p in read(tmp_path, text).facts[0].of_class("Participation")}
    assert statuses["Yves MORIN"] == {"absent"} and statuses["Paul ROCHE"] == {"présent"}
