"""Forms met in the eighteenth blind set, read by general mechanisms: "qui a chargé M. Y de voter en
son nom", "X vote aussi pour Y" (the holder first), a table of proxies drawn with box-drawing
characters whose observations scope a proxy or, over several lines, refuse it. Each on a small invented
text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies

HEAD = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL DU 8 DÉCEMBRE 2022\n\n"
        "Le comité syndical s'est réuni le jeudi 8 décembre 2022 à 10 h 00, sous la présidence de M. Paul ROCHE, Président.\n\n")
ITEMS = "\n\n1 - Budget\nAdopté à l'unanimité.\n2 - Tarifs\nAdopté à l'unanimité.\n3 - Statuts\nAdopté à l'unanimité.\n"


def test_a_member_who_charged_another_to_vote_in_their_name(tmp_path: Path):
    text = HEAD + ("Présents : M. Paul ROCHE, M. Jean CARON, Mme Anne BRUN.\n"
                   "Excusés : M. Luc PETIT (Val-Brun), qui a chargé M. Jean CARON de voter en son nom ; Mme Rose LYS.") + ITEMS
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Jean CARON")}


def test_a_holder_who_votes_also_for_a_giver(tmp_path: Path):
    text = ("AMICALE DES CHASSEURS DE VAL-BRUN\nAssociation loi 1901\n\nCompte rendu de l'assemblée générale du 2 juin 2023\n\n"
            "Présents : 12 – Procurations : 2 – Votants : 14\n\nProcurations :\n"
            "- Paul ROCHE vote aussi pour son frère Luc ROCHE\n- Anne BRUN vote aussi pour Jean CARON\n\n"
            "1. Rapport moral\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text).keys() == {("Luc ROCHE", "Paul ROCHE"), ("Jean CARON", "Anne BRUN")}


def test_a_table_of_proxies_drawn_with_box_characters(tmp_path: Path):
    text = HEAD + ("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\nPouvoirs\n\n"
                   "┌────────────────────┬────────────────────┬──────────────────────────┐\n"
                   "│ Mandant            │ Mandataire         │ Observations             │\n"
                   "├────────────────────┼────────────────────┼──────────────────────────┤\n"
                   "│ Mme Rose LYS       │ M. Jean CARON      │                          │\n"
                   "│ M. Luc PETIT       │ Mme Anne BRUN      │ Points 1 et 2 uniquement │\n"
                   "│ M. Yves MORIN      │ Mme Anne BRUN      │ Reçu à 10 h 40, après    │\n"
                   "│                    │                    │ l'ouverture : non pris   │\n"
                   "│                    │                    │ en compte                │\n"
                   "└────────────────────┴────────────────────┴──────────────────────────┘") + ITEMS
    assert proxies(tmp_path, text) == {("Rose LYS", "Jean CARON"): {}, ("Luc PETIT", "Anne BRUN"): {"depuisActe": "1", "jusquAActe": "2"}}


def _seance(tmp_path: Path, text: str):
    from tests.genre.test_attendance_layouts_14 import read
    return read(tmp_path, text).facts[0].of_class("Seance")[0]


def test_a_public_hospitals_conseil_de_surveillance(tmp_path: Path):
    text = ("                 CENTRE HOSPITALIER DE VAL-BRUN\n\n                 CONSEIL DE SURVEILLANCE\n\n"
            "          PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 28 JUIN 2018\n\n"
            "Présidence : Mme Anne BRUN, Présidente du conseil de surveillance\n\n"
            "Présents : Mme Anne BRUN, M. Paul ROCHE, M. Jean CARON.\n\n1 - Budget\nAvis favorable à l'unanimité.\n")
    seance = _seance(tmp_path, text)
    organ = seance.first("organe")
    assert (organ.first("nom"), organ.first("organisation").first("nom"), str(seance.first("date"))) == (
        "Conseil de surveillance", "Centre Hospitalier de Val-Brun", "2018-06-28")


def test_a_societe_publique_locales_shareholders_meet_in_assemblee_generale(tmp_path: Path):
    text = ("SPL VAL-BRUN LOISIRS\nSociété publique locale au capital de 450 000 euros\n\n"
            "PROCÈS-VERBAL DES DÉLIBÉRATIONS DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 27 JUIN 2019\n\n"
            "Les actionnaires se sont réunis en assemblée générale ordinaire le 27 juin 2019 au siège social, "
            "sous la présidence de M. Paul ROCHE.\n\nPREMIÈRE RÉSOLUTION\nAdoptée à l'unanimité.\n")
    organ = _seance(tmp_path, text).first("organe")
    assert (organ.first("nom"), organ.first("organisation").first("nom")) == ("Assemblée générale ordinaire", "SPL Val-Brun Loisirs")


def test_revision_balloons_in_a_right_margin_are_no_part_of_the_text(tmp_path: Path):
    text = HEAD + ("Présents : Paul ROCHE, Anne BRUN, Jean CARON.\n\n"
                   "Excusés : Luc PETIT (pouvoir à Anne BRUN), Rose                    Supprimé: Yves MORIN\n"
                   "LYS (pouvoir à Paul ROCHE).                                           Commenté [AB1]: Le pouvoir\n"
                   "                                                                      remis par M. MORIN\n"
                   "Secrétaire de séance : Jean CARON.                                 Supprimé: 21") + ITEMS
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}
