"""Rounds fifty-four to fifty-seven's pieces, each on a small invented text: a word processor's rows ("M. X⇥Body⇥office")
under a college's title, its fields with a tab for the colon and hours in words; proxies "a pour fondé de pouvoir", "droit
de vote délégué à", "Y, porteur de sa procuration" after the giver's office, "(vote cédé à Y)" on a departure, a proxy handed
on ("la procuration de X est désormais tenue par Z"); a holders' column under a status ("EXCUSÉS      DROIT DE VOTE
TRANSMIS À"), its scope wrapped below; counts boxed under labels ("Membres de la CP", "Droits de vote transmis"); a
body's name wrapped at its hyphen, one named "des Deux …", one named with its département's number ("SYDETOM 66")."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.lists import split_list_spans
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read


def _roll(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """{status: names} of the participations read from `text`."""
    found: dict[str, set[str]] = {}
    for p in read(tmp_path, text).facts[0].of_class("Participation"):
        found.setdefault(p.first("statut"), set()).add(p.first("personne").first("rdfs:label"))
    return found


AG = ("LES AMIS DU VAL-BRUN\nAssociation loi 1901\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\n\n"
      "Date :\tmardi trente juin deux mille vingt-sept\nOuverture :\tquatorze heures trente\nLieu :\tVal-Brun, salle Haute\n"
      "Présidence :\tM. Paul ROCHE, président\n\n{roll}\n"
      "Présents\t3\nMandats donnés\t1\nVotants\t4\nM. Jean CARON est secrétaire de séance.\n\n"
      "Résolution 1 - Rapport moral 2026\nAdopté à l'unanimité.\n\nRésolution 2 - Comptes 2026\nAdopté à l'unanimité.\n\n"
      "Résolution 3 - Budget 2027\nAdopté à l'unanimité.\n")
ROWS = ("PRÉSENTS\nCollège des collectivités\n\tM. Paul ROCHE\tVal-Brun Agglo\tprésident\n\tMme Rose LYS\tFrance Travail\n"
        "Collège de l'État et des organismes publics\n\tM. Jean CARON\tÉducation nationale\tsecrétaire\n\n"
        "EXCUSÉS\n\tM. Luc PETIT (Ville de Roche)\ta donné mandat à Mme Rose LYS pour les résolutions 1 et 2\n\n"
        "ASSISTENT SANS VOIX DÉLIBÉRATIVE\n\tMme Anne BRUN\tcommissaire aux comptes\n")


def test_a_word_processors_rows_under_a_colleges_title(tmp_path: Path):
    roll = _roll(tmp_path, AG.format(roll=ROWS))
    assert roll["présent"] == {"Paul ROCHE", "Rose LYS", "Jean CARON"}  # (not "France Travail", "Éducation nationale", a college)
    assert roll["sans voix délibérative"] == {"Anne BRUN"}


def test_a_word_processors_fields_and_an_assemblys_resolutions(tmp_path: Path):
    facts = read(tmp_path, AG.format(roll=ROWS)).facts[0]
    (seance,) = facts.of_class("Seance")
    assert (str(seance.first("date")), str(seance.first("debut"))[-8:]) == ("2027-06-30", "14:30:00")
    assert seance.first("lieu") == "Val-Brun, salle Haute"
    assert (seance.first("nombrePresents"), seance.first("nombrePouvoirs"), seance.first("nombreVotants")) == (3, 1, 4)
    assert sorted(d.first("numero") for d in facts.of_class("Deliberation")) == ["1", "2", "3"]


def test_a_proxy_for_resolutions_one_and_two(tmp_path: Path):
    found = proxies(tmp_path, AG.format(roll=ROWS))
    assert found == {("Luc PETIT", "Rose LYS"): {"depuisActe": "1", "jusquAActe": "2"}}


def test_and_before_a_figure_parts_numbers_not_a_scope():
    assert [t for t, _, _ in split_list_spans("n° 1, 2, 3, 5 et 9")] == ["n° 1", "2", "3", "5", "9"]
    assert [t for t, _, _ in split_list_spans("M. X à M. Y pour les points 1 et 2")] == ["M. X à M. Y pour les points 1 et 2"]


COUNCIL = ("COMMUNE DE VAL-BRUN\nConseil municipal\nSéance du mardi 5 octobre 2027 à 18 h 00\n\n"
           "Présents : M. Paul ROCHE, Maire, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\n{roll}\n\n"
           "Secrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n\n{moves}2. Tarifs\nAdopté à l'unanimité.\n\n"
           "3. Voirie\nAdopté à l'unanimité.\n")


def test_proxies_in_new_words(tmp_path: Path):
    roll = ("Excusés :\nM. Luc PETIT, membre élu, a pour fondé de pouvoir M. Jean CARON ;\n"
            "Mme Nina ROUX, conseillère, droit de vote délégué à Mme Anne BRUN ;\n"
            "M. Yves MORIN, membre nommé : Mme Rose LYS, porteuse de sa procuration ;\n"
            "M. Marc DUVAL (Roche), excusé, droit de vote non délégué.")
    found = proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))
    assert set(found) == {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Anne BRUN"), ("Yves MORIN", "Rose LYS")}
    assert "Marc DUVAL" in _roll(tmp_path, COUNCIL.format(roll=roll, moves=""))["excusé"]


def test_a_departures_vote_ceded_and_a_held_proxy_handed_on(tmp_path: Path):
    roll = "Excusé : M. Luc PETIT, sa procuration a été remise à Mme Anne BRUN."
    moves = ("À 19 h 15, M. Jean CARON quitte la séance (vote cédé à M. Paul ROCHE à partir de 19h15).\n"
             "À 19 h 20, après le vote du point 1, Mme Anne BRUN quitte la séance ; la procuration de M. PETIT est désormais "
             "tenue par Mme Rose LYS.\n\n")
    found = proxies(tmp_path, COUNCIL.format(roll=roll, moves=moves))
    assert found[("Jean CARON", "Paul ROCHE")]["depuisHeure"] == "19:15:00"
    assert found[("Luc PETIT", "Anne BRUN")] == {"jusquAHeure": "19:20:00", "jusquAActe": "1"}
    assert found[("Luc PETIT", "Rose LYS")]["depuisActe"] == "2"


def test_a_holders_column_under_a_status_its_scope_wrapped_below(tmp_path: Path):
    text = ("DÉPARTEMENT DU VAL\nConseil départemental\n\n   COMMISSION PERMANENTE\n   RÉUNION DU 08/10/2027\n\n"
            "   Membres de la CP      Présents      Droits de vote transmis      Votants\n"
            "          6                 3                     2                    5\n\n"
            "   PRÉSENTS\n   ROCHE Paul (Val-1)                      LYS Rose (Roche)\n     Président\n"
            "   CARON Jean (Val-2)\n\n"
            "   EXCUSÉS                                 DROIT DE VOTE TRANSMIS À\n"
            "   PETIT Luc (Brun)                        ROCHE Paul\n"
            "   BRUN Anne (Haut-                        LYS Rose jusqu'à son\n     Val)                                    arrivée\n"
            "   MORIN Yves (Bas)                        sans transmission\n\n"
            "   Secrétaire de séance : LYS Rose\n\n1. Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert [o.first("nom") for o in facts.of_class("Organe")] == ["Commission permanente"]
    (seance,) = facts.of_class("Seance")
    assert (seance.first("nombreMembres"), seance.first("nombrePouvoirs"), seance.first("nombreVotants")) == (6, 2, 5)
    roll = _roll(tmp_path, text)
    assert roll["présent"] >= {"Paul ROCHE", "Rose LYS", "Jean CARON"} and roll["excusé"] == {"Luc PETIT", "Anne BRUN", "Yves MORIN"}
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Paul ROCHE"), ("Anne BRUN", "Rose LYS")}


def test_bodies_named_des_deux_or_with_a_departements_number(tmp_path: Path):
    deux = ("Le lundi 23 novembre 2027 à 18 heures, le Bureau communautaire de la Communauté d'agglomération des Deux Rives "
            "du Val, régulièrement convoqué, s'est réuni sous la présidence de M. Paul ROCHE.\n\nPrésents : M. Paul ROCHE, "
            "Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert "Communauté d'agglomération des Deux Rives du Val" in bodies(tmp_path, deux)
    numbered = ("SYVALDEC 66 Syndicat de valorisation des déchets COMITÉ SYNDICAL PROCÈS-VERBAL DE LA SÉANCE DU 25 NOVEMBRE 2027 "
                "L'an deux mille vingt-sept, le vingt-cinq novembre, le Comité syndical du SYVALDEC 66, dûment convoqué, s'est "
                "réuni sous la présidence de M. Paul ROCHE. Délégués présents : CC du Val : ROCHE Paul, Président ; LYS Rose ; "
                "CC des Monts : CARON Jean. Secrétaire de séance : LYS Rose. 1. Budget : adopté à l'unanimité.")
    assert "SYVALDEC 66" in bodies(tmp_path, numbered)
    assert _roll(tmp_path, numbered)["présent"] == {"Paul ROCHE", "Rose LYS", "Jean CARON"}


def test_a_communes_name_wrapped_at_its_hyphen(tmp_path: Path):
    text = ("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n\n"
            "Le 9 juin 2027 à 20 h 30, le Conseil municipal de la commune de Val-Brun-\nSaint-Roch, régulièrement convoqué, "
            "s'est réuni sous la présidence de M. Paul ROCHE, Maire.\n\nPrésents : M. Paul ROCHE, Mme Rose LYS.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert "Commune de Val-Brun-Saint-Roch" in bodies(tmp_path, text)


def test_a_one_line_minutes_day_after_its_title(tmp_path: Path):
    text = ("LES SPORTS DU VAL - Association loi 1901 RELEVÉ DE DÉCISIONS DU BUREAU Le mardi dix novembre deux mille "
            "vingt-sept, à dix-neuf heures, le bureau des Sports du Val, convoqué le vingt-sept octobre, s'est réuni à Val-Brun "
            "sous la présidence de M. Paul ROCHE. Présents : M. Paul ROCHE, Mme Rose LYS. Présents : 2. Droits de vote "
            "délégués : 0. Votants : 2. Décision D-2027-21 - Relevé de décisions du bureau du 8 septembre 2027 : approuvé.")
    assert [str(s.first("date")) for s in read(tmp_path, text).facts[0].of_class("Seance")] == ["2027-11-10"]
