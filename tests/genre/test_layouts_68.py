"""Rounds fifty-two and fifty-three's pieces, each on a small invented text: a list of proxies one member a line whose
line goes on past a semicolon ("… à Mme Y pour les points 1 et 2 ; arrivé à 18h55, il siège à partir du point 3"), the
giver's arrival there ending the proxy; a word processor's fields with a tab for the colon ("Date⇥samedi …⏎Heure⇥…");
a letterhead's kind with its address below it ("VAL-BRUN AGGLO⏎Communauté d'agglomération⏎Hôtel d'agglomération – 1 rue
Haute – 07000 Val")."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.lists import one_member_a_line
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_62 import COUNCIL

LINES = ("Excusés ayant donné pouvoir\n\n"
         "Mme Rose LYS (Val) a remis son pouvoir en main propre à M. Jean CARON\n"
         "M. Luc PETIT (Val) a remis son pouvoir en main propre à Mme Anne BRUN pour les points 1 et 2 ; arrivé à 18h55, "
         "il siège à partir du point 3\n"
         "Mme Nina ROUX (Roche) a remis son pouvoir en main propre à M. Paul ROCHE\n")


def test_one_member_a_line():
    assert one_member_a_line(LINES.split("\n\n", 1)[1])
    assert not one_member_a_line("Mme Rose LYS à M. Jean CARON, Mme Nina ROUX à M. Paul ROCHE\nM. Luc PETIT à Mme Anne BRUN")
    assert not one_member_a_line("Mme Rose LYS à M. Jean CARON")


def test_a_proxys_scope_and_the_givers_arrival_told_on_its_line(tmp_path: Path):
    text = COUNCIL.replace("Mme Rose LYS, M. Jean CARON", "M. Jean CARON").format(roll=LINES, moves="")
    found = proxies(tmp_path, text)
    assert set(found) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Anne BRUN"), ("Nina ROUX", "Paul ROCHE")}
    assert found[("Luc PETIT", "Anne BRUN")] == {"jusquAHeure": "18:55:00", "depuisActe": "1", "jusquAActe": "2"}
    assert found[("Rose LYS", "Jean CARON")] == {}


def test_fields_with_a_tab_for_the_colon(tmp_path: Path):
    text = ("LES CHASSEURS DU VAL-BRUN\nAssociation loi 1901\n\nCOMPTE RENDU DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\n\n"
            "Date\tsamedi vingt-huit février deux mille vingt-sept\nHeure\tneuf heures trente\nLieu\tRoche, salle Haute\n\n"
            "Présents\n\tM. Paul ROCHE\tprésident\n\tMme Rose LYS\tsecrétaire\n\n"
            "1. Approbation du compte rendu du conseil du 6 décembre 2026\nAdopté à l'unanimité.\n")
    seances = read(tmp_path, text).facts[0].of_class("Seance")
    assert [str(s.first("date")) for s in seances] == ["2027-02-28"]


def test_a_letterheads_kind_with_its_address_below_names_the_brand_above(tmp_path: Path):
    text = ("VALBRUNIA AGGLO\nCommunauté d'agglomération\nHôtel d'agglomération – 1 rue Haute – 07000 Privas\n\n"
            "PROCÈS-VERBAL\nSéance du Conseil communautaire du mercredi 16 décembre 2027\n\n"
            "Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    organs = read(tmp_path, text).facts[0].of_class("Organe")
    assert [o.first("organisation").first("rdfs:label") for o in organs] == ["Valbrunia Agglo"]

