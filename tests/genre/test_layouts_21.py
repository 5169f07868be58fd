"""Forms met reading the twentieth set's leftovers again (session of 3 December 2026, evening), read by
general mechanisms: a form's count boxes run together by the text layer, a "Présents" list that is the
full roll of the members, a suppléant "suppléé par" in a list of proxies, an act headed
"DÉLIBÉRATION : <number>", and the proposal an act is taken on, which cites no text. Each on a small
invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import bodies, proxies, read

OPENING = ("COMMUNE DE VAL-BRUN\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
           "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n")
CLOSING = "\nSecrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n"
PRESENT = OPENING + "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"


def _seance(tmp_path: Path, text: str):
    return read(tmp_path, text).facts[0].of_class("Seance")[0]


def _statuses(tmp_path: Path, text: str) -> dict[str, set[str]]:
    return {p.first("personne").first("rdfs:label"): set(p.props["statut"]) for p in read(tmp_path, text).facts[0].of_class("Participation")}


def test_count_boxes_run_together_are_each_read_by_their_label(tmp_path: Path):
    text = OPENING + "NOMBRE DES MEMBRES Légal 15En Exercice 15Présents 11Procuration 2Absents 4\n\n" + CLOSING
    seance = _seance(tmp_path, text)
    assert {p: seance.first(p) for p in ("membresEnExercice", "nombrePresents", "nombrePouvoirs", "nombreAbsents")} == {
        "membresEnExercice": 15, "nombrePresents": 11, "nombrePouvoirs": 2, "nombreAbsents": 4}


ROLL = "Présents M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT, Mme Rose LYS, M. Yves MORIN, M. Marc VIDAL.\n\n"


def test_a_presents_list_naming_every_member_listed_away_is_the_full_roll(tmp_path: Path):
    text = OPENING + ROLL + ("Ont donné procuration Anne BRUN à Paul ROCHE, Jean CARON suppléé par Lise NOËL.\n\n"
                             "Absents excusés Luc PETIT.\n\nAbsents Marc VIDAL.\n") + CLOSING
    statuses = _statuses(tmp_path, text)
    assert statuses["Anne BRUN"] == {"représenté"} and statuses["Luc PETIT"] == {"excusé"} and statuses["Marc VIDAL"] == {"absent"}
    assert statuses["Jean CARON"] == {"remplacé"} and statuses["Lise NOËL"] == {"présent"}
    assert statuses["Yves MORIN"] == {"présent"}
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE")}


def test_one_member_listed_present_and_excused_stays_a_conflict(tmp_path: Path):
    text = OPENING + ROLL + "Absents excusés Luc PETIT, Paul DURAND.\n" + CLOSING
    statuses = _statuses(tmp_path, text)
    assert statuses["Luc PETIT"] == {"présent", "excusé"}
    assert "Luc PETIT est listé présent et excusé" in _seance(tmp_path, text).props["conflit"]


def test_an_act_headed_deliberation_colon_number_and_its_proposal_is_no_legal_basis(tmp_path: Path):
    text = (PRESENT + "DELIBERATION : VB 12-04-2022\n\nOBJET : Adhésion à l'association des maires ruraux\n\n"
            "VU le Code général des collectivités territoriales ;\n\nSur proposition de M. CARON, rapporteur ;\n\n"
            "CONSIDÉRANT l'intérêt de la commune,\n\nAPRES EN AVOIR DÉLIBÉRÉ, DÉCIDE d'adhérer.\n\nVOTANTS : 3 POUR : 3\n")
    facts = read(tmp_path, text).facts[0]
    acts = facts.of_class("Deliberation")
    assert [a.first("numero") for a in acts] == ["VB 12-04-2022"]
    assert [v.first("rdfs:label") for v in facts.of_class("TexteJuridique")] == ["Code général des collectivités territoriales"]


def test_another_organs_extrait_after_a_signed_act_is_a_seance_of_its_own(tmp_path: Path):
    text = (PRESENT + "1. Budget\nAdopté à l'unanimité.\n\n"
            "Fait et délibéré les jour, mois et an susdits.\n\nLe Maire,\nPaul ROCHE\n\n"
            "COMMISSION PERMANENTE DU 6 MARS 2022\n\nL'an deux mille vingt-deux le 6 mars, la commission permanente s'est réunie "
            "sous la présidence de M. Paul ROCHE.\n\nPrésents : M. Paul ROCHE, M. Luc PETIT.\n\nExcusée : Mme Anne BRUN.\n")
    facts = read(tmp_path, text).facts[0]
    by_day = {str(s.first("date")): s for s in facts.of_class("Seance")}
    assert set(by_day) == {"2022-12-08", "2022-03-06"}
    status = {(p.first("seance") is by_day["2022-12-08"], p.first("personne").first("rdfs:label")): set(p.props["statut"]) for p in facts.of_class("Participation")}
    assert status[(True, "Anne BRUN")] == {"présent"} and status[(False, "Anne BRUN")] == {"excusé"}


AG = ("ASSOCIATION LES AMIS DU VAL-BRUN\n\nAssemblée générale ordinaire du 8 mars 2025\n\n"
      "L'assemblée s'est réunie sous la présidence de Mme Anne BRUN, présidente.\n\n"
      "Présents : Mme Anne BRUN, M. Paul ROCHE, M. Jean CARON.\n\n")
AG_END = "\n\nSecrétaire de séance : M. Jean CARON.\n\n1. Rapport moral\nAdopté à l'unanimité.\n"


def test_a_blank_proxy_given_to_the_chair_in_a_note_a_list_or_a_table(tmp_path: Path):
    note = AG + "Représentés : M. Luc PETIT (pouvoir en blanc, attribué à la présidente), Mme Rose LYS (pouvoir à M. ROCHE)." + AG_END
    assert set(proxies(tmp_path, note)) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}
    listed = AG + "Représentés : M. Luc PETIT, qui a remis un pouvoir en blanc, attribué à la présidente ; Mme Rose LYS à M. ROCHE." + AG_END
    assert set(proxies(tmp_path, listed)) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}
    table = AG + ("Pouvoirs reçus\n\n   Mandant                  Mandataire\n   PETIT Luc                (pouvoir en blanc - attribué à la présidente)\n"
                  "   LYS Rose                 ROCHE Paul\n") + AG_END
    assert set(proxies(tmp_path, table)) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}


def test_a_list_ends_where_a_sentence_tells_a_members_proxy(tmp_path: Path):
    text = AG + "Excusés : M. Luc PETIT, Mme Rose LYS. Mme Rose LYS a donné pouvoir à M. ROCHE." + AG_END
    assert _statuses(tmp_path, text) == {"Anne BRUN": {"présent"}, "Paul ROCHE": {"présent"}, "Jean CARON": {"présent"},
                                         "Luc PETIT": {"excusé"}, "Rose LYS": {"excusé"}}
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE")}


MINUTES = ("PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\nSéance du jeudi 26 septembre 2024\n\n"
           "Le conseil communautaire s'est réuni sous la présidence de M. Paul ROCHE, Président.\n\n"
           "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\nProcurations : M. Jean CARON à Mme Anne BRUN.\n\n"
           "Secrétaire de séance : Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")


def test_bodies_named_by_a_brand_a_title_case_letterhead_or_a_capitals_name_before_its_motto(tmp_path: Path):
    assert "Intercommunalite" in bodies(tmp_path, "                    Val-Brun Agglomération\n\n" + MINUTES)["Val-Brun Agglomération"]
    cias = "Centre Intercommunal d'Action Sociale\ndu Pays de Val-Brun\n" + MINUTES.replace("CONSEIL COMMUNAUTAIRE", "CONSEIL D'ADMINISTRATION")
    assert "CentreActionSociale" in bodies(tmp_path, cias)["Centre Intercommunal d'Action Sociale du Pays de Val-Brun"]
    motto = ("LES AMIS DU VAL – atelier participatif et solidaire\nAssociation loi 1901 – Val-Brun\n\n"
             + MINUTES.replace("CONSEIL COMMUNAUTAIRE", "CONSEIL D'ADMINISTRATION"))
    assert "Association" in bodies(tmp_path, motto)["Les Amis du Val"]


def test_minutes_whose_body_no_heading_names_keep_their_seance_under_an_unnamed_body(tmp_path: Path):
    result = read(tmp_path, MINUTES)
    facts = result.facts[0]
    (body,) = facts.of_class("Organisation")
    assert body.first("rdfs:label").startswith("(organisme non nommé") and not body.types - {"Organisation"}
    assert [str(s.first("date")) for s in facts.of_class("Seance")] == ["2024-09-26"]
    assert set(proxies(tmp_path, MINUTES)) == {("Jean CARON", "Anne BRUN")}


def test_the_date_of_the_meeting_that_approved_the_minutes_is_not_theirs(tmp_path: Path):
    text = "CR_CA_2025-01-14.docx — version validée au CA du 11/02/2025\n\n" + AG.replace(" du 8 mars 2025", "") + AG_END
    assert not read(tmp_path, text).facts[0].of_class("Seance")


def test_a_groups_members_with_their_status_after_their_names(tmp_path: Path):
    text = OPENING.replace("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION") + (
        "Membres élus : Mme Anne BRUN, M. Paul\nROCHE, présents ; Mme Rose LYS, représentée par M. Paul ROCHE jusqu'au point 1\n"
        "inclus, présente à partir du point 2 ; M. Jean CARON, excusé, représenté par Mme Anne BRUN ; M. Luc PETIT, absent.\n\n"
        "Mme Rose LYS rejoint la séance à 18 h 40.\n\n1. Budget\nAdopté.\n\n2. Tarifs\nAdopté.\n")
    statuses = _statuses(tmp_path, text)
    assert statuses["Anne BRUN"] == {"présent"} and statuses["Paul ROCHE"] == {"présent"} and statuses["Luc PETIT"] == {"absent"}
    assert statuses["Jean CARON"] == {"excusé"} and statuses["Rose LYS"] == {"représenté", "présent"}
    assert proxies(tmp_path, text) == {("Rose LYS", "Paul ROCHE"): {"jusquAHeure": "18:40:00", "jusquAActe": "1"}, ("Jean CARON", "Anne BRUN"): {}}


def test_a_givers_aside_says_away_or_when_and_a_relative_clause_goes_on_with_its_name(tmp_path: Path):
    text = AG + ("Absents : M. Yves MORIN, excusé, représenté par Mme Anne BRUN ; Mme Rose LYS, qui avait donné procuration à "
                 "M. Paul ROCHE ; M. Luc PETIT, arrivé à 18 h 30 au cours du point 1, qui avait donné pouvoir à M. Paul ROCHE jusqu'à son arrivée.") + AG_END
    statuses = _statuses(tmp_path, text)
    assert statuses["Yves MORIN"] == {"excusé"}
    assert proxies(tmp_path, text) == {("Yves MORIN", "Anne BRUN"): {}, ("Rose LYS", "Paul ROCHE"): {}, ("Luc PETIT", "Paul ROCHE"): {"jusquAHeure": "18:30:00"}}


def test_a_list_item_wrapped_before_the_next_headings_bullet(tmp_path: Path):
    text = AG.replace("Présents : ", "• Présents : ") + ("• Représentés : Mme Rose LYS par M. Paul ROCHE ; M. Luc PETIT par\n  Mme Anne BRUN\n"
                                                          "• Excusée : Mme Lise NOËL") + AG_END
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Luc PETIT", "Anne BRUN")}


def test_a_bracket_in_the_holders_cell_scopes_the_proxy(tmp_path: Path):
    text = OPENING + ("Membre\tPrésent\tExcusé\tPouvoir donné à\nROCHE Paul\tX\t\t\nBRUN Anne\tX\t\t\nCARON Jean\tX\t\tBRUN A. (à partir de 19 h 15)\n"
                      "PETIT Luc\t\tX\tROCHE P.\n") + CLOSING
    assert proxies(tmp_path, text) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "19:15:00"}, ("Luc PETIT", "Paul ROCHE"): {}}


def test_a_departure_between_acts_numbered_with_letters_opens_the_proxy_at_the_next_act(tmp_path: Path):
    text = (PRESENT + "Le procès-verbal de la séance du 3 mai est approuvé.\n\n"
            "DC-2022-01 - Budget\nAdopté à l'unanimité.\n\nDC-2022-02 - Tarifs\nAdopté à l'unanimité.\n\n"
            "M. Jean CARON quitte la séance à 20 h 10, avant l'examen de la délibération DC-2022-03, et donne procuration à Mme Anne BRUN.\n\n"
            "DC-2022-03 - Subventions\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "20:10:00", "depuisActe": "DC-2022-03"}}


def test_the_place_of_members_who_met_in_their_assembly_up_to_the_convocation_or_the_day(tmp_path: Path):
    def place(formula: str) -> str:
        text = "COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL\n\n" + formula + "\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN.\n\n1. Budget\nAdopté.\n"
        return _seance(tmp_path, text).first("lieu")
    assert place("Les membres du conseil municipal se sont réunis à la salle des fêtes de Val-Brun, sur la convocation "
                 "qui leur a été adressée le 2 mars 2024, le 8 mars 2024.") == "salle des fêtes de Val-Brun"
    assert place("Le conseil municipal s'est réuni à l'Hôtel de Ville, à Val-Brun, le lundi 8 mars 2024 à 18 h, "
                 "sous la présidence de M. Paul ROCHE.") == "Hôtel de Ville, Val-Brun"
    assert place("Les adhérents se sont réunis en assemblée générale ordinaire à la salle des fêtes de Val-Brun le 8 mars 2024.") == "salle des fêtes de Val-Brun"
    assert place("Séance du 8 mars 2024\nLieu : salle des fêtes de Val-Brun - 18 h 00") == "salle des fêtes de Val-Brun"


def test_guests_under_their_heading_attend_without_a_vote(tmp_path: Path):
    text = AG + "Invités (sans droit de vote) : M. Yves MORIN, maire de Val-Brun ; Mme Lise NOËL, trésorière honoraire." + AG_END
    assert _statuses(tmp_path, text)["Yves MORIN"] == {"sans voix délibérative"}
    assert _statuses(tmp_path, text)["Lise NOËL"] == {"sans voix délibérative"}


def test_a_register_numbered_on_its_own_line_its_secretary_who_will_be_and_inclusive_headings(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nREUNION DU CONSEIL MUNICIPAL\nDU 26 SEPTEMBRE 2024\n"
            "Le vingt-six septembre deux mil vingt-quatre, s'est réuni le Conseil Municipal sous la présidence de Monsieur Paul ROCHE, Maire.\n"
            "Etaient Présents : Paul ROCHE, Anne BRUN, Jean CARON\nAbsent(s/es) excusé(s/es) : Luc PETIT, Rose LYS\n"
            "Absent(s/es) représenté(s/es) :\nLuc PETIT donne pouvoir à Paul ROCHE\n"
            "Le Conseil Municipal décide à l'unanimité que Madame\nAnne BRUN sera Secrétaire de séance.\n"
            "N° 2024/41\nDECISION MODIFICATIVE N° 2\nAdopté à l'unanimité.\n"
            "Monsieur Jean CARON quitte l'assemblée à 21 h 35 et donne pouvoir à Madame Anne BRUN pour les délibérations suivantes.\n"
            "N° 2024/42\nTARIFS DU RESTAURANT SCOLAIRE\nVu le Code général des collectivités territoriales ;\n"
            "Le Conseil Municipal, apres en avoir delibere,\n- DECIDE de fixer les tarifs.\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert [a.first("numero") for a in facts.of_class("Deliberation")] == ["2024/41", "2024/42"]
    assert facts.of_class("Seance")[0].first("secretaire").first("rdfs:label") == "Anne BRUN"
    assert _statuses(tmp_path, text)["Rose LYS"] == {"excusé"}
    assert proxies(tmp_path, text) == {("Luc PETIT", "Paul ROCHE"): {}, ("Jean CARON", "Anne BRUN"): {"depuisHeure": "21:35:00", "depuisActe": "2024/42"}}
    assert [v.first("rdfs:label") for v in facts.of_class("TexteJuridique")] == ["Code général des collectivités territoriales"]


def test_a_proxy_given_during_the_seance_under_its_singular_heading(tmp_path: Path):
    text = AG + "Pouvoir donné en cours de séance : M. Jean CARON à Mme Anne BRUN (à partir de 20 h 05)." + AG_END
    assert proxies(tmp_path, text) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "20:05:00"}}


def test_a_family_name_first_cut_by_a_line_end_and_staff_who_attended(tmp_path: Path):
    text = OPENING + ("PRESENTS : MM. ROCHE Paul, CARON Jean, Mme BRUN Anne remplacée par sa suppléante LYS\nRose, M. PETIT\n"
                      "Luc.\nABSENTS - EXCUSES : M. MORIN Yves.\nASSISTAIENT : M. NOËL Marc, directeur du syndicat.\n") + CLOSING
    statuses = _statuses(tmp_path, text)
    assert statuses["Rose LYS"] == {"présent"} and statuses["Luc PETIT"] == {"présent"} and statuses["Marc NOËL"] == {"sans voix délibérative"}
    assert "LYS" not in statuses and "PETIT" not in statuses


def test_members_paying_counted_at_a_date(tmp_path: Path):
    text = AG + "Adhérents à jour de cotisation au 31 décembre 2024 : 82\nAdhérents présents : 47\nPouvoirs : 5" + AG_END
    seance = _seance(tmp_path, text)
    assert (seance.first("nombreAdherents"), seance.first("nombrePresents"), seance.first("nombrePouvoirs")) == (82, 47, 5)


def test_the_hour_written_after_another_mention_of_the_day(tmp_path: Path):
    text = ("SIAEP DU VAL-BRUN\nCOMITE SYNDICAL\nCompte-rendu de la réunion du 11 juin 2025\nDate de convocation : 3 juin 2025\n"
            "Réunion du mercredi 11 juin 2025 à 18 heures, salle du conseil de la mairie de Val-Brun,\n"
            "sous la présidence de Monsieur ROCHE Paul, Président,\nPRESENTS : MM. ROCHE Paul, CARON Jean.\n\n1) Budget\nAdopté.\n")
    seance = _seance(tmp_path, text)
    assert (str(seance.first("debut")), seance.first("lieu")) == ("2025-06-11 18:00:00", "salle du conseil de la mairie de Val-Brun")
