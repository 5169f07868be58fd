"""Roll calls and proxies left over from the blind sets of cases 390–439 and met in the fortieth and
forty-first (440–459), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read


def _seance(body: str, roll: str) -> str:
    return f"{body}\nSéance du 5 décembre 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"


def _statuses(tmp_path: Path, text: str) -> dict[str, str]:
    facts = read(tmp_path, text).facts[0]
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation")}


def test_a_right_hand_column_that_drifts_by_a_character_down_the_page_is_one_column(tmp_path: Path):
    left = ["PRÉSENTS :", "M. Paul ROCHE, Président ;", "Mme Anne BRUN, M. Jean CARON,", "M. Luc PETIT, Mme Nina ROUX,",
            "M. Marc LEROY, Mme Eva PONS,", "M. Hugo SALA, Mme Zoé MAS,", "M. Noël RIBES."]
    right = ["ABSENTS AYANT DONNÉ POUVOIR :", "Mme Rose LYS a donné pouvoir à M. Jean CARON",
             "M. Yves MORIN a donné pouvoir au Président", "", " ABSENTS EXCUSÉS :", " Mme Lise NOËL.", " M. Guy TOMAS."]
    roll = "\n".join(f"   {a:<44}{b}".rstrip() for a, b in zip(left, right))
    text = _seance("DÉPARTEMENT DU VAL-BRUN\nCOMMISSION PERMANENTE", roll)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON"), ("Yves MORIN", "Paul ROCHE")}
    statuses = _statuses(tmp_path, text)
    assert (statuses["Lise NOËL"], statuses["Guy TOMAS"], statuses["Noël RIBES"]) == ("excusé", "excusé", "présent")


def test_a_departure_after_the_vote_of_an_act_whose_number_ocr_misread_hands_the_proxy_from_the_next_act(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL\nSeance du 5 decembre 2024\n\n"
            "Etaient presents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON.\n\n"
            "M. Jean CARON quitte la seance a 2l h 1O, apres le vote de la deliberation n° 2O24-l4, et donne procuration a Mme Anne BRUN.\n\n"
            "Deliberation n° 2024-14 : Budget\nAdopte a l'unanimite.\n\nDeliberation n° 2024-15 : Tarifs\nAdopte a l'unanimite.\n")
    assert proxies(tmp_path, text) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "21:10:00", "depuisActe": "2024-15"}}


def test_a_proxy_until_the_arrival_for_a_named_act_covers_the_acts_before_it(tmp_path: Path):
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
                   "Pouvoirs : Mme Rose LYS (pouvoir à M. Jean CARON jusqu'à son arrivée, délibération DCM-2024-03).") + (
        "\nDCM-2024-02 – Tarifs\nAdopté à l'unanimité.\n\nDCM-2024-03 – Travaux\nAdopté à l'unanimité.\n")
    text = text.replace("1. Budget\n", "DCM-2024-01 – Budget\n")
    assert proxies(tmp_path, text) == {("Rose LYS", "Jean CARON"): {"jusquAActe": "DCM-2024-02"}}


def test_a_holder_s_commune_in_brackets_before_the_proxy_s_scope(tmp_path: Path):
    text = _seance("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                   "Pouvoirs :\nM. Luc PETIT (Bas-Val), mandat de vote à M. Jean CARON (Haut-Mont)\n"
                   "M. Yves MORIN (Val-Brun), mandat de vote à Mme Anne BRUN (Val-Brun) à partir du point 4 (départ à 11 h 05)")
    assert proxies(tmp_path, text) == {("Luc PETIT", "Jean CARON"): {},
                                       ("Yves MORIN", "Anne BRUN"): {"depuisHeure": "11:05:00", "depuisActe": "4"}}


def test_a_departure_that_hands_a_proxy_for_named_points_and_an_arrival_with_a_rejoint(tmp_path: Path):
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
                   "Pouvoirs : Mme Rose LYS a délégué son vote à Mme Anne BRUN jusqu'à son arrivée.\n"
                   "Mme Rose LYS a rejoint la séance à 19 h 25.") + (
        "\nÀ 21 h 40, M. Jean CARON quitte la séance ; il donne procuration à M. Paul ROCHE pour les points 4 et 5.\n"
        "\n2. Tarifs\nAdopté.\n\n3. Travaux\nAdopté.\n\n4. Voirie\nAdopté.\n\n5. Écoles\nAdopté.\n")
    found = proxies(tmp_path, text)
    assert found[("Rose LYS", "Anne BRUN")]["jusquAHeure"] == "19:25:00"
    assert found[("Jean CARON", "Paul ROCHE")] == {"depuisHeure": "21:40:00", "depuisActe": "4", "jusquAActe": "5"}


def test_givers_under_ayant_donne_mandat_their_body_in_brackets_before_the_verb_or_en_faveur_de(tmp_path: Path):
    text = _seance("OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nCONSEIL D'ADMINISTRATION", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                   "ABSENTS AYANT DONNÉ MANDAT :\nM. Luc PETIT (CNL) a donné mandat\nà Mme Anne BRUN\n"
                   "Mme Rose LYS (commune de Val-Brun), pouvoir en faveur de M. Jean CARON.")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")}
    statuses = _statuses(tmp_path, text)
    assert (statuses["Luc PETIT"], statuses["Rose LYS"]) == ("représenté", "représenté")


def test_a_body_s_name_in_capitals_ends_before_words_in_title_case_and_an_association_s_acronym_heads_its_letterhead():
    from civicgraph.genre.author import bodies
    from civicgraph.genre.cues import Text
    one_line = "Accueil › Mairie › Procès-verbaux VILLE DE VAL-BRUN Haute-Loire PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL"
    assert "Ville de Val-Brun" in {b.name for b in bodies(Text(one_line))}
    letterhead = "AVB DU VAL-BRUN\nAgence de valorisation du bâti, des paysages et de l'environnement\nAssociation loi 1901\n\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE\n"
    assert any(b.as_written == "AVB DU VAL-BRUN" and b.kind == "Association" for b in bodies(Text(letterhead)))


def test_an_agenda_whose_first_point_approves_an_earlier_compte_rendu_is_skipped_whole():
    from civicgraph.genre.cues import Text
    from civicgraph.genre.items import find_items
    text = ("Ordre du jour :\n\t1. Approbation du compte rendu de la séance du 3 mars 2025\n\t2. Budget\n\t3. Tarifs\n\n"
            "1.\tApprobation du compte rendu de la séance du 3 mars 2025\n\tApprouvé.\n\n"
            "2.\tDélibération n° 2025-011 – Budget\n\tAdopté.\n\n3.\tDélibération n° 2025-012 – Tarifs\n\tAdopté.\n")
    assert [i.number for i in find_items(Text(text), 0, len(text), [])] == ["1", "2025-011", "2025-012"]


def test_acts_opened_by_a_series_letters_and_n_degree_their_ocr_figures_put_right_not_a_running_header():
    from civicgraph.genre.cues import Text, repair_ocr
    from civicgraph.genre.items import find_items
    text = ("DCM n° 2O21-4l - Budget\nAdopte.\n\n" + " " * 40 + "RAA n° 2021-07 – page 2\n\nDCM n° 2O21-42 - Tarifs\nAdopte.\n")
    assert [(i.number, i.title) for i in find_items(Text(repair_ocr(text)), 0, len(text), [])] == [("2021-41", "Budget"), ("2021-42", "Tarifs")]


def test_pouvoir_de_vote_a_departure_s_il_a_donne_delegation_and_an_arrival_before_a_report_numbered_with_letters(tmp_path: Path):
    text = _seance("RÉGION VAL-BRUN\nCOMMISSION PERMANENTE", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, Mme Lise NOËL.\n"
                   "Absents excusés :\n\tMme Rose LYS a donné pouvoir de vote à Mme Anne BRUN jusqu'à 10 h 30.").replace("1. Budget\nAdopté à l'unanimité.\n", (
        "Rapport n° 24-CP05-01 – Budget\nAdopté.\n\nMme Rose LYS rejoint la séance à 10 h 30, avant l'examen du rapport n° 24-CP05-02.\n\n"
        "Rapport n° 24-CP05-02 – Lycées\nAdopté.\n\nÀ 11 h 40, M. Jean CARON quitte la séance ; il a donné délégation de vote à Mme Lise NOËL.\n\n"
        "Rapport n° 24-CP05-03 – Ports\nAdopté.\n"))
    found = proxies(tmp_path, text)
    assert found[("Rose LYS", "Anne BRUN")] == {"jusquAHeure": "10:30:00", "jusquAActe": "24-CP05-01"}
    assert found[("Jean CARON", "Lise NOËL")] == {"depuisHeure": "11:40:00", "depuisActe": "24-CP05-03"}


def test_a_family_name_in_capitals_after_an_elided_particle_and_an_ocr_zero_after_a_word_s_capital():
    from civicgraph.genre.cues import repair_ocr
    from civicgraph.text.names import parse_person_name
    assert (parse_person_name("Mme Rose d'ESTRAVEL").given, parse_person_name("Mme Rose d'ESTRAVEL").family) == ("Rose", "d'ESTRAVEL")
    assert repair_ocr("Mme Rose LYS (Saint-Paul-du-P0nt)") == "Mme Rose LYS (Saint-Paul-du-Pont)"


def test_a_point_s_act_number_in_brackets_after_its_title_or_after_the_point_on_one_line_text():
    from civicgraph.genre.cues import Text
    from civicgraph.genre.items import find_items
    text = ("1. Budget 2024 (DCM 2021-031)\nAdopté.\n\n2. Convention de service (2024-2026)\nAdopté.\n")
    assert [(i.number, i.title) for i in find_items(Text(text), 0, len(text), [])] == [
        ("DCM 2021-031", "Budget 2024"), ("2", "Convention de service (2024-2026)")]
    one_line = ("Le procès-verbal est approuvé à l'unanimité. 2. Délibération n° 2021-01 – Budget Adopté à l'unanimité. "
                "3. Délibération n° 2021-02 – Tarifs Adopté à l'unanimité.")
    assert [i.number for i in find_items(Text(one_line), 0, len(one_line), [])] == ["2021-01", "2021-02"]
