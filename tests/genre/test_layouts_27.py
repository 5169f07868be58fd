"""Roll calls and proxies left over from the twenty-ninth blind set and met in the thirtieth (cases
330–349), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.names import parse_person_name
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_attendance_layouts_8 import pairs, statuses

def _seance(tmp_path: Path, text: str):
    """The séance read from `text` (the first)."""
    return read(tmp_path, text).facts[0].of_class("Seance")[0]


THREE_LISTS = ("Etaient présents :            Ont donné pouvoir :            Etait excusée :\n"
               "M. Paul ROCHE (Val-Brun)      M. Yves MORIN à M. Jean        Mme Lise NOËL\n"
               "Mme Anne BRUN (Le Mont)       CARON                          (Val-Brun)\n"
               "M. Jean CARON (Val-Brun)      Mme Rose LYS à Mme Anne\n"
               "M. Luc PETIT (Le Mont)        BRUN\n\n")


def test_three_lists_side_by_side_under_one_heading_line_are_each_read_alone():
    assert pairs(THREE_LISTS) == [("M. Yves MORIN", "M. Jean CARON"), ("Mme Rose LYS", "Mme Anne BRUN")]
    assert ("Mme Lise NOËL", "excusé") in statuses(THREE_LISTS)
    assert {who for who, status in statuses(THREE_LISTS) if status == "présent"} == {
        "M. Paul ROCHE", "Mme Anne BRUN", "M. Jean CARON", "M. Luc PETIT"}


def test_the_last_proxy_of_a_list_after_enfin_with_the_giver_s_substitute_in_an_aside():
    raw = ("Mme la Présidente indique avoir reçu trois pouvoirs :\ncelui de M. Paul ROCHE au profit de Mme Anne BRUN ; "
           "enfin celui de M. Yves MORIN (CC du Val), dont\nle suppléant, M. Luc PETIT, est lui-même empêché, au profit de M. Jean CARON.\n")
    assert pairs(raw) == [("M. Paul ROCHE", "Mme Anne BRUN"), ("M. Yves MORIN", "M. Jean CARON")]


def test_a_delegate_s_body_that_names_its_kind_is_not_taken_for_a_commune(tmp_path: Path):
    text = ("SYNDICAT MIXTE DU VAL-BRUN\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\nSéance du 8 décembre 2022\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
            "Pouvoirs : M. Yves MORIN (Le Mont) à M. Paul ROCHE ; Mme Rose LYS (CC du Val-Brun) à Mme Anne BRUN ; "
            "M. Luc PETIT (Communauté de communes du Mont) à M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n")
    kinds = {o.first("rdfs:label"): o.types for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert "Commune" in kinds["Le Mont"]
    assert "Intercommunalite" in kinds["CC du Val-Brun"] and "Commune" not in kinds["CC du Val-Brun"]
    assert "Intercommunalite" in kinds["Communauté de communes du Mont"]


def test_reports_on_one_line_with_their_degree_sign_lost_are_each_an_item_and_end_the_list_before(tmp_path: Path):
    text = ("DÉPARTEMENT DU VAL-BRUN CONSEIL DEPARTEMENTAL Réunion du 8 décembre 2022 PROCES-VERBAL Le Conseil départemental s est réuni le 8 décembre "
            "2022 sous la présidence de M. Paul ROCHE. Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON. Pouvoirs : "
            "M. Yves MORIN à M. Jean CARON. Rapport n 1 DAF/2022/07 Budget supplémentaire Adopté à l unanimité. M. Yves MORIN "
            "rejoint la séance à 15 h 10. Rapport n 2 DRH/2022/03 Tableau des effectifs Adopté à l unanimité. "
            "Rapport n 3 DRT/2022/11 Voirie Adopté à l unanimité.")
    facts = read(tmp_path, text).facts[0]
    assert sorted(d.first("numero") for d in facts.of_class("Deliberation")) == ["1", "2", "3"]
    assert proxies(tmp_path, text)[("Yves MORIN", "Jean CARON")] == {"jusquAHeure": "15:10:00", "jusquAActe": "1"}


def test_proxies_under_pouvoir_de_each_from_a_giver_to_a_holder_with_a_title_after_its_article():
    raw = "Pouvoir de :\nMme Rose LYS à Mme Anne BRUN,\nM. Yves MORIN à M. le Dr Paul ROCHE.\n"
    assert [(g, h) for g, h in pairs(raw)] == [("Mme Rose LYS", "Mme Anne BRUN"), ("M. Yves MORIN", "M. le Dr Paul ROCHE")]
    assert parse_person_name("M. le Dr Paul ROCHE").label == "Paul ROCHE"
    assert parse_person_name("le Colonel Anne BRUN").label == "Anne BRUN"
    assert parse_person_name("LE DREAU Yves").family == "LE DREAU"  # an article that opens a family name stays


def test_members_with_a_consultative_voice_are_no_voting_members():
    raw = "Membres ayant voix consultative présents :\nLe Colonel Paul ROCHE, directeur départemental ; M. Jean CARON, payeur.\n"
    assert statuses(raw) == [("Le Colonel Paul ROCHE", "sans voix délibérative"), ("M. Jean CARON", "sans voix délibérative")]


def test_a_giver_s_office_before_the_holder_in_a_table_of_proxies():
    raw = ("Absents excusés ayant donné pouvoir :\n   M. Yves MORIN, Adjoint                 à    Mme Anne BRUN\n"
           "   Mme Rose LYS                           à    M. Paul ROCHE\n\n")
    assert pairs(raw) == [("M. Yves MORIN", "Mme Anne BRUN"), ("Mme Rose LYS", "M. Paul ROCHE")]
    assert pairs("Pouvoirs :\nM. Yves MORIN, Adjoint à Mme Anne BRUN\nMme Rose LYS à M. Paul ROCHE\n\n")[0] == ("M. Yves MORIN", "Mme Anne BRUN")


def test_ocr_s_one_for_an_l_inside_a_lower_case_given_name():
    assert parse_person_name("M. NEXON C1aude").label == "Claude NEXON"
    assert parse_person_name("Mme PRADIGNAC Hé1ène").label == "Hélène PRADIGNAC"
    assert parse_person_name("M. ROCHE P1") is None  # a figure that is no letter's stand-in stays a figure


def test_a_giver_s_body_in_brackets_wrapped_in_a_right_hand_column():
    raw = ("Présents :                                Représentée :\n"
           "M. Paul ROCHE                             Mme Rose LYS (Gîtes de France du\n"
           "Mme Anne BRUN                             Val-Brun), représentée par M. Paul\n"
           "M. Jean CARON                             ROCHE\n\n")
    assert pairs(raw) == [("Mme Rose LYS", "M. Paul ROCHE")]


def test_a_secretary_designated_in_a_sentence_when_the_signatures_below_run_together(tmp_path: Path):
    text = ("Les Amis du Val-Brun\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 7 FÉVRIER 2025\n"
            "La séance est ouverte par Mme Anne BRUN, présidente.\n"
            "Mme Rose LYS, secrétaire de l'association, est désignée secrétaire de séance.\n"
            "Présents : Mme Anne BRUN, Mme Rose LYS, M. Paul ROCHE.\n\n1. Rapport moral\nAdopté à l'unanimité.\n\n"
            "La présidente La secrétaire de séance\nAnne BRUN Rose LYS\n")
    seance = _seance(tmp_path, text)
    assert seance.first("secretaire").first("rdfs:label") == "Rose LYS"


def test_initials_joined_by_a_hyphen_with_one_dot_and_proxies_parted_by_dashes_after_an_office():
    assert parse_person_name("J-Y. LE BRUN").initials == "JY"
    assert pairs("Pouvoirs :\nM-F. ROCHE (Pouvoir à J-Y. BRUN), S. LYS (Pouvoir à A. CARON).\n") == [
        ("M-F. ROCHE", "J-Y. BRUN"), ("S. LYS", "A. CARON")]
    raw = ("Excusés ayant donné pouvoir : M. Yves MORIN, Vice-Président, a donné pouvoir à M. Paul ROCHE - Mme Rose LYS "
           "a donné pouvoir à Mme Anne BRUN. Excusés : M. Luc PETIT.\n")
    assert pairs(raw) == [("M. Yves MORIN", "M. Paul ROCHE"), ("Mme Rose LYS", "Mme Anne BRUN")]


def test_an_intercommunality_named_in_its_letterhead_by_its_official_name_alone(tmp_path: Path):
    text = ("   Lannion-Trégor Communauté                     Conseil communautaire du 26 septembre 2024\n\n"
            "                         COMPTE RENDU DU CONSEIL COMMUNAUTAIRE\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\nPouvoirs : M. Yves MORIN à M. Paul ROCHE.\n\n"
            "1. Adhésion à l'agence locale de l'énergie\nAdopté à l'unanimité.\n")
    seance = _seance(tmp_path, text)
    body = seance.first("organe").first("organisation")
    assert body.first("rdfs:label") == "Lannion-Trégor Communauté" and body.first("siren") == "200065928"


def test_two_proxies_a_line_a_column_s_gap_apart_and_an_alsatian_association_s_letterhead(tmp_path: Path):
    raw = ("Procurations :\nMme Anne BRUN à Mme Rose LYS           M. Jean CARON à M. Paul ROCHE\n"
           "M. Luc PETIT représenté par M. Paul ROCHE\n\n")
    assert pairs(raw) == [("Mme Anne BRUN", "Mme Rose LYS"), ("M. Jean CARON", "M. Paul ROCHE"), ("M. Luc PETIT", "M. Paul ROCHE")]
    text = ("AMIS DU VAL-BRUN\nAssociation inscrite au registre des associations du tribunal judiciaire\n\n"
            "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\ndu vendredi 24 janvier 2025\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n1. Rapport moral\nApprouvé à l'unanimité.\n")
    seance = _seance(tmp_path, text)
    assert seance.first("organe").first("organisation").first("rdfs:label") == "Amis du Val-Brun"
