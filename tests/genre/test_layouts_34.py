"""Proxies, memberships, lists of those present and collectivités in the forms probed before the blind
sets of cases 620–699 were read, or met in them: each read on a small invented text by the general mechanisms
(a list's end, the proxy lexicon's forms, the membership and body cues)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


@pytest.mark.parametrize("roll", [
    "Absents : M. Luc PETIT. Pouvoir de Mme Léa GIRARD à M. Marc DURAND. Secrétaire de séance : Mme Nina ROUX.",
    "Absents : M. Luc PETIT, Mme Léa GIRARD. Procuration de Mme Léa GIRARD à M. Marc DURAND.",
    "Excusés : M. Luc PETIT ; pouvoir de Mme Léa GIRARD à M. Marc DURAND.",
])
def test_a_proxy_after_a_list_of_absents_ends_the_list_and_is_read(tmp_path: Path, roll: str):
    text = _seance(COUNCIL, PRESENT + roll)
    assert sorted(proxies(tmp_path, text)) == [("Léa GIRARD", "Marc DURAND")]
    assert _statuses(tmp_path, text)["Luc PETIT"] in ("absent", "excusé")


@pytest.mark.parametrize("sentence", [
    "Mandat de Mme Léa GIRARD à M. Marc DURAND.",
    "Délégation de vote de Mme Léa GIRARD à M. Marc DURAND.",
    "Mme Léa GIRARD a été excusée et a donné pouvoir à M. Marc DURAND.",
    "Mme Léa GIRARD est excusée et a donné pouvoir à M. Marc DURAND.",
    "M. Marc DURAND votera au nom de Mme Léa GIRARD.",
    "M. Marc DURAND, également porteur du pouvoir de Mme Léa GIRARD, prend part aux votes.",
])
def test_a_proxy_told_in_a_paragraph_of_its_own(tmp_path: Path, sentence: str):
    roll = PRESENT + "Absent excusé : M. Luc PETIT.\n\n" + sentence + "\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Léa GIRARD", "Marc DURAND")]


@pytest.mark.parametrize("item", ["Mme Léa GIRARD excusée - pouvoir à M. Marc DURAND",
                                  "M. Marc DURAND votera au nom de Mme Léa GIRARD",
                                  "Mme Léa GIRARD a été excusée et a donné pouvoir à M. Marc DURAND"])
def test_a_proxy_in_a_list_of_proxies(tmp_path: Path, item: str):
    roll = PRESENT + "Pouvoirs :\n\t" + item + "\n\tM. Luc PETIT, excusé.\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Léa GIRARD", "Marc DURAND")]


@pytest.mark.parametrize("member", ["M. Jean CARON (+ pouvoir Mme Rose LYS)", "M. Jean CARON (et pouvoir de Mme Rose LYS)",
                                    "M. Jean CARON (2 voix, pouvoir de Mme Rose LYS)", "M. Jean CARON qui a le pouvoir de Mme Rose LYS"])
def test_a_present_member_s_note_names_the_proxy_they_hold(tmp_path: Path, member: str):
    roll = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, " + member + ", Mme Nina ROUX.\n\nExcusée : Mme Rose LYS.\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Rose LYS", "Jean CARON")]  # never the other way


def test_a_holder_s_relative_clause_in_a_paragraph(tmp_path: Path):
    roll = PRESENT + "Absent excusé : M. Luc PETIT.\n\nM. Marc DURAND, qui a le pouvoir de Mme Léa GIRARD, prend part aux votes.\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Léa GIRARD", "Marc DURAND")]


def test_a_cotisation_whose_figures_ocr_read_as_letters(tmp_path: Path):
    from civicgraph.genre.cues import repair_ocr
    from tests.genre.test_attendance_layouts_14 import read
    assert repair_ocr("la cotisation de l 2OO,OO EUR, imputee au compte 628l") == "la cotisation de 1 200,00 EUR, imputee au compte 6281"
    assert repair_ocr("Mme LOO 200 EUR") == "Mme LOO 200 EUR"  # a name's letters before a sum stay letters
    item = ("2. Adhesion a l'association des Amis du Val-Brun\nLe Conseil renouvelle l'adhesion de la commune a l'association "
            "des Amis du Val-Brun pour l'annee 2O25 et autorise le versement de la cotisation de l 2OO,OO EUR.\nAdopte a l'unanimite.\n")
    text = _seance(COUNCIL, PRESENT + "Absent excusé : M. Luc PETIT.") + item
    adhesions = read(tmp_path, text).facts[0].of_class("Adhesion")
    assert [(str(a.first("annee")), str(a.first("cotisation"))) for a in adhesions] == [("2025", "1200.00")]


SYNDICAT = "SYNDICAT MIXTE DU PARC NATUREL RÉGIONAL DU VAL-BRUN\nCOMITÉ SYNDICAL"


def _joined(tmp_path: Path, head: str, item: str) -> list[tuple[str, str]]:
    from tests.genre.test_attendance_layouts_14 import read
    text = _seance(head, PRESENT + "Absent excusé : M. Luc PETIT.") + item
    return [(a.first("association").first("rdfs:label"), str(a.first("cotisation"))) for a in read(tmp_path, text).facts[0].of_class("Adhesion")]


@pytest.mark.parametrize("head, item, joined", [
    # the member a syndicat mixte: its name before "adhère" is no false friend
    (SYNDICAT, "2. Renouvellement de l'adhésion à la Fédération des Amis du Val\nLe Syndicat mixte adhère depuis 2003 à la "
     "Fédération des Amis du Val. Le Comité renouvelle l'adhésion pour l'année 2025 et autorise le versement de la cotisation "
     "de 2 900,00 €.\nAdopté à l'unanimité.\n", [("Fédération des Amis du Val", "2900.00")]),
    # no word says "association", the cotisation paid does
    (COUNCIL, "2. Renouvellement de l'adhésion à Villes Unies du Val\nLe Conseil renouvelle l'adhésion à Villes Unies du Val pour "
     "l'année 2025 et autorise le versement de la cotisation de 640,00 €.\nAdopté à l'unanimité.\n", [("Villes Unies du Val", "640.00")]),
    # the title names the body after "Adhésion au"
    (SYNDICAT, "2. Adhésion au Groupement des élus du Val (GEV) – cotisation 2025\nLe Syndicat renouvelle son adhésion pour l'année "
     "2025 ; la cotisation s'élève à 1 240 €.\nAdopté à l'unanimité.\n", [("Groupement des élus du Val (GEV)", "1240")]),
])
def test_a_membership_read_from_its_cotisation(tmp_path: Path, head: str, item: str, joined: list):
    assert _joined(tmp_path, head, item) == joined


@pytest.mark.parametrize("item", [
    "2. Adhésion à l'Agence technique du Val\nLe Conseil décide d'adhérer à l'Agence technique du Val (ATV), établissement "
    "public administratif ; la cotisation annuelle s'élève à 3 042,50 €.\nAdopté à l'unanimité.\n",
    "2. Avis sur le renouvellement de l'adhésion de la commune au « Foyer des Amis du Val »\nLe Conseil émet un avis favorable ; "
    "la cotisation est de 90 €.\nAdopté à l'unanimité.\n",
    "2. Adhésion au SIVOM du Val-Brun\nLe Conseil approuve l'adhésion au SIVOM du Val-Brun et la cotisation de 1 200 €.\nAdopté.\n",
    "2. Caisse de garantie du Val\nLe Conseil approuve la cotisation à la Caisse de garantie du Val, soit 61 240 €.\nAdopté.\n",
])
def test_a_cotisation_to_a_body_of_another_kind_or_an_opinion_is_no_membership(tmp_path: Path, item: str):
    assert _joined(tmp_path, COUNCIL, item) == []


@pytest.mark.parametrize("sentence", [
    "M. Luc PETIT (Val) a confié à Mme Anne BRUN (Val) son pouvoir.",
    "M. Luc PETIT (Val) a délégué Mme Anne BRUN pour voter en son nom.",
    "M. Luc PETIT (Val) a prié Mme Anne BRUN (Val) de voter en son nom.",
    "M. Luc PETIT a souhaite etre represente par Mme Anne BRUN.",
    "M. Luc PETIT, qui a donné tout pouvoir à Mme Anne BRUN pour voter en son nom, est excusé.",
    "M. Luc PETIT a conféré pouvoir à Mme Anne BRUN.",  # the sets 660–699
    "M. Luc PETIT (Val) a fait suivre son pouvoir à Mme Anne BRUN (Val).",
    "M. Luc PETIT a rédigé une procuration au nom de Mme Anne BRUN.",
    "M. Luc PETIT (CC des 4 Vallées) a chargé Mme Anne BRUN (CC des 4 Vallées) de le représenter.",
    "M. Luc PETIT quitte la séance et envoie sa procuration à Mme Anne BRUN.",
])
def test_proxies_of_the_sets_620_699_in_a_list_and_a_paragraph(tmp_path: Path, sentence: str):
    for text in placed(sentence):
        assert sorted(proxies(tmp_path, text)) == [("Luc PETIT", "Anne BRUN")], text


def placed(sentence: str) -> tuple[str, str]:
    """The minutes of a council with `sentence` in a list of proxies, and in a paragraph of its own after those excused."""
    return (_seance(COUNCIL, PRESENT + "Pouvoirs :\n\t" + sentence + "\n\tM. Yves MORIN, excusé.\n"),
            _seance(COUNCIL, PRESENT + "Absent excusé : M. Yves MORIN.\n\n" + sentence + "\n"))


def test_a_holder_who_represents_a_member_by_proxy_in_a_list(tmp_path: Path):
    roll = PRESENT + "Pouvoirs :\n\tMme Anne BRUN (Val) représente M. Luc PETIT (Val) par pouvoir ;\n\tM. Yves MORIN, excusé.\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Anne BRUN")]


def test_all_powers_given_to_sign_is_no_proxy(tmp_path: Path):
    roll = PRESENT + "Absent excusé : M. Luc PETIT.\n\nLe Conseil donne tout pouvoir à M. Paul ROCHE pour signer la convention.\n"
    assert proxies(tmp_path, _seance(COUNCIL, roll)) == {}


def test_a_given_mandate_in_a_list_of_excused_leaves_its_giver_excused(tmp_path: Path):
    roll = PRESENT + "Absents excusés :\n\tMme Rose LYS, qui a donné tout pouvoir à Mme Anne BRUN pour voter en son nom ;\n\tM. Luc PETIT.\n"
    assert _statuses(tmp_path, _seance(COUNCIL, roll))["Rose LYS"] == "excusé"


def test_an_office_of_the_bureau_inside_a_list_of_those_present_does_not_end_it(tmp_path: Path):
    roll = ("Administrateurs présents : Mme Rose LYS (Val), Présidente ; M. Jean CARON (Roche), secrétaire générale ; "
            "M. Luc PETIT (Brun), trésorier ; Mme Eva PONS (Mont).\n")
    statuses = _statuses(tmp_path, _seance("ASSOCIATION DES MAIRES DU VAL-BRUN\nCONSEIL D'ADMINISTRATION", roll))
    assert {name for name, status in statuses.items() if status == "présent"} >= {"Rose LYS", "Jean CARON", "Luc PETIT", "Eva PONS"}


def test_a_departure_before_a_named_point_holds_its_proxy_from_that_point(tmp_path: Path):
    from tests.genre.test_layouts_33 import ACTS, HEAD, ITEMS
    between = "À 21 h 10, avant l'examen du point 3 :\nMme Anne BRUN quitte la séance et remet un mandat écrit à M. Jean CARON."
    found = proxies(tmp_path, HEAD + "\n" + ITEMS.format(between=between))
    assert found[("Anne BRUN", "Jean CARON")] == {"depuisHeure": "21:10:00", "depuisActe": ACTS["3"]}  # the point the minutes name, its act


@pytest.mark.parametrize("top, body", [
    # a collapsed line: the division's heading runs on with the brand and the kind alone
    ("RÉPUBLIQUE FRANÇAISE DÉPARTEMENT DE LA SAVOIE VAL-BRUN COMMUNAUTÉ D'AGGLOMÉRATION RELEVÉ DES DÉCISIONS DU BUREAU "
     "COMMUNAUTAIRE", "Val-Brun"),
    # the brand on its line, the kind alone below it, then the division
    ("VAL-BRUN MÉDITERRANÉE MÉTROPOLE\nCOMMUNAUTÉ URBAINE\nDépartement de la Savoie\n\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL DE COMMUNAUTÉ",
     "Val-Brun Méditerranée Métropole"),
])
def test_a_brand_over_its_bare_kind_names_the_body_not_its_departement(tmp_path: Path, top: str, body: str):
    from tests.genre.test_attendance_layouts_14 import read
    text = f"{top}\nSéance du jeudi 5 juin 2025\nPrésents : M. Paul ROCHE, Président, Mme Anne BRUN.\n1. Budget\nAdopté à l'unanimité.\n"
    facts = read(tmp_path, text).facts[0]
    organ = facts.of_class("Seance")[0].first("organe")
    assert organ.first("organisation").first("rdfs:label") == body


def test_one_heading_over_two_columns_of_names(tmp_path: Path):
    roll = ("PRÉSENTS :\n"
            "M. Paul ROCHE, Maire                      Mme Nina ROUX\n"
            "Mme Anne BRUN, 1re adjointe               M. Luc PETIT\n"
            "M. Jean CARON                             Mme Eva PONS\n"
            "Mme Rose LYS\n\n"
            "EXCUSÉ : M. Yves MORIN.\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert {name for name, status in statuses.items() if status == "présent"} == {
        "Paul ROCHE", "Nina ROUX", "Anne BRUN", "Luc PETIT", "Jean CARON", "Eva PONS", "Rose LYS"}
    assert statuses["Yves MORIN"] == "excusé"


def test_a_giver_s_office_and_status_before_the_bare_proxy(tmp_path: Path):
    roll = PRESENT + ("Pouvoirs : M. Luc PETIT (Val), 5e Vice-président, excusé, pouvoir à M. le Maire ; Mme Rose LYS (Roche), "
                      "7e Vice-présidente, pouvoir à Mme Anne BRUN. Excusés : M. Yves MORIN (Val).")
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Paul ROCHE"), ("Rose LYS", "Anne BRUN")]


@pytest.mark.parametrize("top, body", [
    ("LE VAL-BRUN COMMUNAUTÉ D'AGGLOMÉRATION Département de la Savoie RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE",
     "Le Val-Brun"),  # the division after the bare kind is not its name
    ("Val-Brun Agglomération – Site officiel\nCOMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nRELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE",
     "Communauté d'Agglomération du Val-Brun"),  # the name its kind introduces before the brand
    ("C0MMUNE DE TR0IS-RlVIERES\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL", "Commune de Trois-Rivieres"),  # OCR: "l" among capitals (its accent lost)
])
def test_the_body_s_name_before_a_division_or_a_brand(tmp_path: Path, top: str, body: str):
    from tests.genre.test_attendance_layouts_14 import read
    text = f"{top}\nSéance du jeudi 5 juin 2025\nPrésents : M. Paul ROCHE, Président, Mme Anne BRUN.\n1. Budget\nAdopté à l'unanimité.\n"
    organ = read(tmp_path, text).facts[0].of_class("Seance")[0].first("organe")
    assert organ.first("organisation").first("rdfs:label") == body


def test_a_name_in_capitals_with_a_diaeresis_wrapped_at_its_line_end(tmp_path: Path):
    roll = "   Présents : M. Paul ROCHE (Val), Président ; M. Sami\n   SAÏDI (Val) ; Mme Noëlle\n   HASCOËT (Roche).\n"
    assert {n for n, s in _statuses(tmp_path, _seance(COUNCIL, roll)).items() if s == "présent"} == {"Paul ROCHE", "Sami SAÏDI", "Noëlle HASCOËT"}
