"""Boards' rolls by college with no presence heading, givers of a whole séance's proxy among those listed, proxies told by
the vote's carrying ("a fait porter son vote par", "votera en son nom", "porteur de sa voix", "sa voix ira à"), a departure's
next clause in new words, a point's act number alone on its line, a bureau's "Décision B-…" items, an association named by
its acronym beside its long name, members who take no part in a vote: general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import read_vote
from civicgraph.genre.movements import movements
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_cases import _act
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import PRESENT, _acts, _with_items
from tests.genre.test_layouts_44 import listed_proxies

BOARD = "OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nCONSEIL D'ADMINISTRATION"


def test_a_board_s_roll_by_college_without_a_presence_heading(tmp_path: Path):
    roll = ("Représentants désignés par le Département : M. Paul ROCHE, Président ; Mme\nAnne BRUN ; Mme Rose LYS (pouvoir à M. le Président).\n"
            "Personnalités qualifiées : M. Jean CARON ; M. Luc PETIT, absent.\n"
            "Représentante de la CAF : Mme Nina ROUX, excusée.\n"
            "Représentant des locataires : M. Yves MORIN (pouvoir à M. Jean CARON).\n\n"
            "Avec voix consultative : M. Marc LEROY, directeur général.\n\nSecrétaire de séance : Mme Anne BRUN.\n\n")
    text = _seance(BOARD, roll)
    statuses = _statuses(tmp_path, text)
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Anne BRUN", "Jean CARON"}
    assert (statuses["Rose LYS"], statuses["Yves MORIN"], statuses["Luc PETIT"], statuses["Nina ROUX"]) == ("représenté", "représenté", "absent", "excusé")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Jean CARON")}


def test_groups_whose_parts_say_present_are_left_to_their_own_reading(tmp_path: Path):
    roll = ("Membres élus : Mme Rose LYS, M. Jean CARON, présents ; Mme Anne BRUN, représentée par M. Jean CARON ;\n"
            "M. Luc PETIT, absent.\n\nMembres nommés : M. Paul ROCHE, présent.\n\n")
    statuses = _statuses(tmp_path, _seance(BOARD, roll))
    assert (statuses["Rose LYS"], statuses["Anne BRUN"], statuses["Luc PETIT"]) == ("présent", "représenté", "absent")


@pytest.mark.parametrize("told", [
    "LYS R. (Val) a fait porter son vote par M. Jean CARON ;",
    "Mme Rose LYS (Val) : M. Jean CARON votera en son nom ;",
    "Mme Rose LYS a désigné M. J. CARON porteur de sa voix ;",
    "Mme Rose LYS, Maire déléguée, Conseillère départementale : sa voix ira à M. Jean CARON ;",
    "Mme Rose LYS (délégation donnée à M. Jean CARON)",
    "Mme Rose LYS (Val) : sa représentation est assurée par M. Jean CARON ;",
    "LYS Rose : représentation au vote par M. Jean CARON ;",
    "Mme R. LYS, dont le droit de vote est confié à M. Jean CARON ;",
    "pouvoir conféré à M. Jean CARON par Mme Rose LYS ;",
])
def test_a_proxy_told_by_the_vote_s_carrying_its_representation_or_the_right_to_vote(tmp_path: Path, told: str):
    assert {(g.split()[-1], h) for g, h in listed_proxies(tmp_path, told)} == {("LYS", "Jean CARON")}


def test_a_proxy_to_an_office_after_the_giver_s_two_offices(tmp_path: Path):
    roll = ("Présents : Mme Nina ROUX, Vice-présidente ; M. Jean CARON.\n\nPouvoirs :\n"
            "M. Paul ROCHE, Maire, Président de droit : sa voix ira à Mme la Vice-présidente ;\n\n")
    assert set(proxies(tmp_path, _seance("CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-BRUN\nCONSEIL D'ADMINISTRATION", roll))) == {("Paul ROCHE", "Nina ROUX")}


def test_a_proxy_for_points_said_pour_voter_sur(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nPouvoirs :\n\tMme Rose LYS s'en est remise à M. Jean CARON pour voter sur les points 1 à 2.\n\n"
    found = proxies(tmp_path, _with_items(roll, ""))[("Rose LYS", "Jean CARON")]
    assert (found.get("depuisActe"), found.get("jusquAActe")) == ("1", "2")


def test_a_proxy_for_the_later_points_of_a_member_listed_present(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX, Mme Rose LYS.\n\n"
            "Pouvoirs : Mme Nina ROUX vote en vertu du pouvoir de M. Paul ROCHE (Val) ; Mme Anne BRUN vote en vertu du pouvoir\n"
            "de Mme Rose LYS (Val) à partir du point 2.\n\n")
    found = proxies(tmp_path, _with_items(roll, "Mme Rose LYS quitte la séance après le vote du point 1."))
    assert found[("Rose LYS", "Anne BRUN")].get("depuisActe") == "2"


@pytest.mark.parametrize("left", [
    "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1 ; à compter du\npoint 2, elle est représentée par M. Jean CARON.",
    "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1 ; mandat de vote au profit de M. Jean CARON à partir du point 2.",
    "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1 ; à partir du point 2, son pouvoir est détenu par M. Jean CARON.\n"
    "Présents : 20 | Représentés : 5 | Votants : 25",
])
def test_a_departure_s_next_clause_gives_the_leaver_s_proxy(tmp_path: Path, left: str):
    found = proxies(tmp_path, _with_items(PRESENT, left))[("Nina ROUX", "Jean CARON")]
    assert (found.get("depuisHeure"), found.get("depuisActe")) == ("20:05:00", "2")


def test_a_departure_s_next_clause_that_ends_another_proxy_gives_none(tmp_path: Path):
    left = "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1 ; le pouvoir de Mme Anne BRUN à M. Jean CARON prend fin."
    assert ("Nina ROUX", "Jean CARON") not in proxies(tmp_path, _with_items(PRESENT, left))


def test_a_point_whose_line_is_its_act_s_number_has_its_title_below(tmp_path: Path):
    text = _seance("DÉPARTEMENT DU VAL-BRUN\nCOMMISSION PERMANENTE", PRESENT).replace(
        "1. Budget\nAdopté à l'unanimité.\n",
        "Rapport n° 1 - Délibération CP 2026-10-01\nSubvention au club de Val-Brun\nAdopté à l'unanimité.\n\n"
        "Rapport n° 2 - Délibération CP 2026-10-02\nTarifs des transports scolaires\nAdopté à l'unanimité.\n")
    acts = _acts(tmp_path, text)
    assert {n: a.first("titre") for n, a in acts.items()} == {"CP 2026-10-01": "Subvention au club de Val-Brun", "CP 2026-10-02": "Tarifs des transports scolaires"}


def test_a_bureau_s_decisions_numbered_without_n_and_a_proxy_from_one_of_them(tmp_path: Path):
    text = ("VAL-BRUN AGGLOMÉRATION\nBUREAU COMMUNAUTAIRE\nSéance du 5 décembre 2024\n\n"
            "Présents : M. Paul ROCHE, Président ; M. Jean CARON, Mme Nina ROUX.\n\n"
            "Décision B-2026-112 – Budget\nAdopté à l'unanimité.\n\n"
            "Mme Nina ROUX quitte la séance à 17 h 50, après la décision B-2026-112 ; M. Jean CARON est détenteur de son mandat "
            "à compter de la décision B-2026-113.\n\n"
            "Décision B-2026-113 – Voirie\nAdopté à l'unanimité.\n")
    assert set(_acts(tmp_path, text)) == {"B-2026-112", "B-2026-113"}
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")].get("depuisActe") == "B-2026-113"


@pytest.mark.parametrize("heading,name", [
    ("CAUE DU VAL-BRUN\tConseil d'architecture, d'urbanisme et de l'environnement\n\tAssociation régie par la loi du 1er juillet 1901",
     "CAUE du Val-Brun"),
    ("CAUE 29\tConseil d'architecture, d'urbanisme et de l'environnement du Val-Brun\n\tAssociation régie par la loi du 1er juillet 1901",
     "CAUE 29"),
])
def test_an_association_named_by_its_acronym_beside_its_long_name(tmp_path: Path, heading: str, name: str):
    text = (heading + "\n\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\ndu jeudi 11 juin 2026\n\n"
            "Présents : M. Paul ROCHE, Président ; M. Jean CARON.\n\n"
            "1. Rapport moral\nL'adhésion de 5 nouvelles communes au CAUE en 2025 est saluée. Adopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert name in {o.first("nom") for o in facts.of_class("Organisation")}
    assert not facts.of_class("Adhesion")  # (others joining it, not its own membership)


@pytest.mark.parametrize("read_bound,case_bound,same", [
    ("CP 2026-10-03", "3", True), ("3", "CP 2026-10-03", True), ("DCM 2026-044", "2026-044", True), ("CP 2026-10-03", "4", False),
])
def test_the_cases_compare_a_point_with_the_act_numbered_after_it(read_bound: str, case_bound: str, same: bool):
    assert (_act(read_bound, case_bound) == case_bound) is same


@pytest.mark.parametrize("said,who", [
    ("Mme Rose LYS, présidente de l'association, et M. Jean CARON, trésorier, ne prennent pas part au vote.", ["Mme Rose LYS", "M. Jean CARON"]),
    ("LYS R., présidente de l'association, ne prend pas part au vote.", ["LYS R."]),
    ("M. CARON J., président de l'association, ne prend pas part au vote.", ["M. CARON J."]),
    ("Le Maire quitte la salle et ne prend pas part au vote ; Mme Anne BRUN, 1re adjointe, préside pour ce point.", ["Le Maire"]),
])
def test_members_who_take_no_part_in_a_vote(said: str, who: list):
    text = Text(view("Une subvention est attribuée. " + said + "\nPour : 12."))
    assert set(who) <= {name for name, _ in read_vote(text, 0, len(text.raw)).names["nonParticipant"]}


@pytest.mark.parametrize("left", [
    "Mme Nina ROUX est appelée à quitter la séance à 20 h 05 après le point 1 ; à partir du point 2, son droit de vote est confié à M. Jean CARON.",
    "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1 ; à compter du point 2, M. Jean CARON est habilité à voter pour elle.",
    "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1\n   (délégation donnée à M. Jean CARON à partir du point 2).",
])
def test_a_departure_gives_the_right_to_vote_or_a_delegation(tmp_path: Path, left: str):
    found = proxies(tmp_path, _with_items(PRESENT, left))[("Nina ROUX", "Jean CARON")]
    assert (found.get("depuisHeure"), found.get("depuisActe")) == ("20:05:00", "2")


def test_a_family_name_ending_in_a_is_not_cut_before_quitte():
    raw = "Mouvement en cours de séance : Mme Rose DA COSTA quitte la séance à 21 h 10 ; à compter\nde son départ, pouvoir à M. Jean CARON."
    assert [m.who.text for m in movements(Text(raw), 0, len(raw))] == ["Mme Rose DA COSTA"]
