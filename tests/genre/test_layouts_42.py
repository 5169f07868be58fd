"""Acts designated after their point's number, the chair out of the room, holder-first and scoped proxies, a
proxy told in a vote's brackets, rolls with a tab before each status: general mechanisms, each on a small
invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.text.names import parse_person_name
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nExcusée : Mme Anne BRUN.\n\n"
TWO_ITEMS = "1. Budget\nAdopté à l'unanimité.\n\n{between}\n\n2. Tarifs\nAdopté à l'unanimité.\n"


def _acts(tmp_path: Path, text: str) -> dict[str | None, object]:
    """{number: the act} of the deliberations read from `text`."""
    return {a.first("numero"): a for a in read(tmp_path, text).facts[0].of_class("Deliberation")}


def _with_items(roll: str, between: str) -> str:
    return _seance(COUNCIL, roll).replace("1. Budget\nAdopté à l'unanimité.\n", TWO_ITEMS.format(between=between))


@pytest.mark.parametrize("line,number,title", [
    ("2 – Délibération 2026/18 : Vote des taux d'imposition", "2026/18", "Vote des taux d'imposition"),
    ("2. Délibération D-2026-27 – Compte administratif 2025", "D-2026-27", "Compte administratif 2025"),
    ("2. Deliberation CS 2O26-l8 - Compte administratif 2O25", "CS 2026-18", "Compte administratif 2025"),  # OCR's letters in the number
])
def test_an_act_designated_after_its_point_s_number_without_n(tmp_path: Path, line: str, number: str, title: str):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", f"1. Budget\nAdopté à l'unanimité.\n\n{line}\nAdopté à l'unanimité.\n")
    act = _acts(tmp_path, text).get(number)
    assert act is not None and act.first("titre") == title, _acts(tmp_path, text).keys()


def test_a_period_after_the_word_is_no_act_number(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget", "1. Délibération 2024-2026 : Programme pluriannuel")
    assert "2024-2026" not in _acts(tmp_path, text)


@pytest.mark.parametrize("title", ["1. Délibération CS 2026-19 - Val Digues : renouvellement de l'adhésion",
                                   "1. DCC 2026-082 – Val Digues : renouvellement de l'adhésion"])
def test_the_association_a_title_names_after_its_act_s_designation(tmp_path: Path, title: str):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        f"{title}\nLe conseil renouvelle l'adhésion pour l'année 2026 ; la cotisation s'élève à 300 €.\nAdopté à l'unanimité.\n"))
    facts = read(tmp_path, text).facts[0]
    assert {a.first("association").first("rdfs:label") for a in facts.of_class("Adhesion")} == {"Val Digues"}


def test_the_chair_out_of_the_room_while_another_presides_does_not_vote(tmp_path: Path):
    """The compte administratif's rule (CGCT L. 2121-14), said without "ne prend pas part au vote"."""
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        "1. Compte administratif 2025\nM. le Maire quitte la salle ; M. Jean CARON, 1er adjoint, préside pour ce point.\n"
        "Adopté à l'unanimité.\n"))
    ballots = read(tmp_path, text).facts[0].of_class("Vote")
    assert {p.first("rdfs:label") for b in ballots for p in b.props.get("nonParticipant", [])} == {"Paul ROCHE"}


@pytest.mark.parametrize("told", ["M. Luc PETIT, président de l'association, ne prend pas part au vote.",
                                  "M. L. PETIT, président de l'association, ne prend\npas part au vote.",  # an initial, the verb wrapped
                                  "PETIT Luc, président de l'association, ne prend pas part au vote."])  # no civility
def test_a_member_named_with_an_apposition_takes_no_part_in_the_vote(tmp_path: Path, told: str):
    roll = PRESENT.replace("Mme Nina ROUX", "Mme Nina ROUX, M. Luc PETIT")
    text = _seance(COUNCIL, roll).replace("Adopté à l'unanimité.", f"{told}\nAdopté à l'unanimité.")
    ballots = read(tmp_path, text).facts[0].of_class("Vote")
    assert {p.first("rdfs:label") for b in ballots for p in b.props.get("nonParticipant", [])} == {"Luc PETIT"}


def test_a_family_name_with_two_particles_written_first():
    name = parse_person_name("M. de la BROSSE Hubert")
    assert (name.given, name.family) == ("Hubert", "de la BROSSE")
    assert parse_person_name("de la FRANCE") is None  # the particles and one word: prose


def test_avec_voix_consultative_lists_non_voting_attendees(tmp_path: Path):
    roll = PRESENT + "Avec voix consultative : M. Yves MORIN, directeur général ; Mme Rose LYS, responsable des finances."
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert {statuses.get("Yves MORIN"), statuses.get("Rose LYS")} == {"sans voix délibérative"}


def test_minutes_without_numbers_a_long_title_closed_by_its_act_number(tmp_path: Path):
    """A title line longer than a wrapped line of prose counts when its act's number closes it."""
    long = "Convention d'adhésion au service de médecine préventive du Centre de gestion de la fonction publique du Val-Brun"
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        f"{long} (n° 2026-043)\nRapporteur : M. Jean CARON.\nPour : 3 – Contre : 1 (Mme Nina ROUX).\n\n"
        "Le conseil approuve la convention présentée par le maire et autorise sa signature au nom de la commune pour trois\n"
        "années à compter du 1er juillet. Adopté à l'unanimité.\n"))
    acts = _acts(tmp_path, text)
    assert set(acts) == {"2026-043"} and acts["2026-043"].first("titre") == long, {n: a.first("titre") for n, a in acts.items()}


def test_a_running_footer_after_a_tally_s_figure_leaves_the_figure(tmp_path: Path):
    """One line of text: "Pour : 12. Bureau … – page 1/2": the footer's title starts after the figure's stop."""
    text = ("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN Bureau communautaire Séance du 5 décembre 2024 Présents : M. Paul ROCHE, "
            "Président ; M. Jean CARON. Délibération n° B2024-045 – Subvention au club. Rapporteur : M. Jean CARON. Pour : 12. "
            "Bureau communautaire du 05/12/2024 – page 1/2 Délibération n° B2024-046 – Tarifs. Adopté à l'unanimité.")
    ballot = _acts(tmp_path, text)["B2024-045"]
    votes = read(tmp_path, text).facts[0].of_class("Vote")
    assert any(v.first("pour") == 12 for v in votes), ballot


@pytest.mark.parametrize("clause", ["; son pouvoir est porté par M. Jean CARON pour la suite de la séance",
                                    "; sa\nvoix est confiée à M. Jean CARON (Roche) à partir de 21 h 05"])  # the verb wrapped
def test_a_departure_s_proxy_carried_or_entrusted_after_a_semicolon(tmp_path: Path, clause: str):
    text = _with_items(PRESENT, f"Mme Nina ROUX quitte la séance à 21 h 05, après le vote du point 1 {clause}.")
    found = proxies(tmp_path, text)
    assert set(found) == {("Nina ROUX", "Jean CARON")} and found[("Nina ROUX", "Jean CARON")]["depuisHeure"] == "21:05:00"


def test_a_giver_s_name_ending_in_a_verb_s_letters(tmp_path: Path):
    """"BRUNMONT donne": the name's "ont" is no auxiliary ("ont donné")."""
    roll = PRESENT + "Pouvoirs :\nM. Luc BRUNMONT donne procuration à M. Jean CARON ;\nMme Rose LYS donne procuration à M. Paul ROCHE."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc BRUNMONT", "Jean CARON"), ("Rose LYS", "Paul ROCHE")}


@pytest.mark.parametrize("told", ["M. Jean CARON votera en lieu et place de M. Luc PETIT",  # "lieu et place": no list's "et"
                                  "M. Jean CARON votera à la place de M. Luc PETIT",
                                  "M. Jean CARON, qui tient la voix de M. Luc PETIT",
                                  "PETIT Luc (voix tenue par CARON Jean)"])  # no civility inside the bracket
def test_the_wordings_of_the_set_1130(tmp_path: Path, told: str):
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n\t{told}.\n\tM. Yves MORIN votera en lieu et place de Mme Rose LYS.\n\nExcusée : Mme Anne BRUN."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Yves MORIN")}


@pytest.mark.parametrize("arrival,time", [
    ("Mme Nina ROUX entre en séance à vingt heures trente-cinq, avant l'examen du point 2.", "20:35:00"),  # in words
    ("ROUX Nina entre en séance à 19 h 25.", "19:25:00"),  # name first, no civility
    ("Mme Nina ROUX prend place à 10 h 20, avant l'examen du point 2.", "10:20:00"),
])
def test_a_proxy_until_the_arrival_the_minutes_record(tmp_path: Path, arrival: str, time: str):
    roll = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nPouvoir :\n\tMme Nina ROUX à M. Jean CARON jusqu'à son arrivée."
    assert proxies(tmp_path, _with_items(roll, arrival))[("Nina ROUX", "Jean CARON")]["jusquAHeure"] == time


def test_taking_a_seat_at_the_desk_is_no_arrival(tmp_path: Path):
    text = _with_items(PRESENT, "M. Jean CARON prend place au bureau de la séance.")
    assert not read(tmp_path, text).facts[0].of_class("Mouvement")


def test_a_proxy_for_some_acts_ends_at_its_giver_s_arrival(tmp_path: Path):
    """"pour les délibérations n° 2026-031 et 2026-032" kept whole (no list's "et" between two numbers), then the
    giver arrives: the proxy ends then too."""
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nPouvoirs :\n\tROUX Nina (voix tenue par CARON Jean) pour les "
            "délibérations n° 2026-031 et 2026-032")
    text = _seance(COUNCIL, roll).replace("1. Budget\nAdopté à l'unanimité.\n", (
        "1. Délibération n° 2026-031 – Budget\nAdopté à l'unanimité.\n\n2. Délibération n° 2026-032 – Tarifs\nAdopté à l'unanimité.\n\n"
        "ROUX Nina entre en séance à 19 h 25, avant l'examen de la délibération n° 2026-033.\n\n"
        "3. Délibération n° 2026-033 – Travaux\nAdopté à l'unanimité.\n"))
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")] == {"depuisActe": "2026-031", "jusquAActe": "2026-032", "jusquAHeure": "19:25:00"}


def test_a_roll_table_s_column_vote_assure_par(tmp_path: Path):
    roll = ("Élu(e)\tQualité\tPrésence\tVote assuré par\nM. Paul ROCHE\tMaire\tPrésent\nM. Jean CARON\tAdjoint\tPrésent\n"
            "M. Luc PETIT\tConseiller\tPouvoir\tM. Jean CARON\nMme Anne BRUN\tConseillère\tExcusée")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON")}


def test_vote_par_delegation_the_holder_first_and_a_scope_after_the_giver_s_office(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON. Vote par délégation : M. Jean CARON pour M. Luc PETIT (Val), "
            "4e Vice-président ; M. le Président pour Mme Anne BRUN (Roche), membre du Bureau, pour les points 1 à 2.")
    text = _seance("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nBUREAU COMMUNAUTAIRE", roll)
    found = proxies(tmp_path, text)
    assert set(found) == {("Luc PETIT", "Jean CARON"), ("Anne BRUN", "Paul ROCHE")}
    assert (found[("Anne BRUN", "Paul ROCHE")]["depuisActe"], found[("Anne BRUN", "Paul ROCHE")]["jusquAActe"]) == ("1", "2")


def test_a_proxy_told_in_a_vote_s_brackets_on_a_member_who_left(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        "1. Budget\nAdopté à l'unanimité.\n\nMme Nina ROUX quitte la séance à 21 h 40, avant l'examen du point 2.\n\n"
        "2. Tarifs\nPour : 2 – Abstention : 1 (Mme Nina ROUX, sortie, représentée par M. Jean CARON à compter de ce point)\n"))
    assert proxies(tmp_path, text) == {("Nina ROUX", "Jean CARON"): {"depuisHeure": "21:40:00", "depuisActe": "2"}}


def test_a_roll_by_member_each_status_after_a_tab(tmp_path: Path):
    roll = ("Délégués, par membre :\n\nCC DU VAL\n\tM. Paul ROCHE, Président\tprésent\n\tMme Anne BRUN\tprésente\n"
            "\tM. Luc PETIT\texcusé\n\tMme Rose LYS\tabsente")
    assert _statuses(tmp_path, _seance("PETR DU VAL-BRUN\nCOMITÉ SYNDICAL", roll)) == {
        "Paul ROCHE": "présent", "Anne BRUN": "présent", "Luc PETIT": "excusé", "Rose LYS": "absent"}


def test_communaute_intercommunale_and_the_island_s_cardinal_point(tmp_path: Path):
    text = ("COMMUNAUTÉ INTERCOMMUNALE RÉUNION EST (CIREST) REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE Séance du "
            "5 décembre 2024 Présents : M. Paul ROCHE, Président ; M. Jean CARON. 1. Budget Adopté à l'unanimité.")
    assert any(name.lower() == "communauté intercommunale réunion est" for name in bodies(tmp_path, text)), bodies(tmp_path, text)


def test_the_place_after_a_time_in_words(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL\nSéance du 5 décembre 2024\n\nLe Conseil municipal, régulièrement convoqué, "
            "s'est réuni à vingt heures, en mairie, salle des délibérations, sous la présidence de M. Paul ROCHE, Maire.\n\n"
            + PRESENT + "1. Budget\nAdopté à l'unanimité.\n")
    assert read(tmp_path, text).facts[0].of_class("Seance")[0].first("lieu") == "mairie, salle des délibérations"


def test_a_display_date_labelled_and_in_words(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("Séance du 5 décembre 2024", "Séance du 5 décembre 2024\nDate d'affichage :\tdouze décembre deux mille vingt-quatre")
    dates = {str(a.first("dateAffichage")) for a in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert dates == {"2024-12-12"}


def test_votants_dont_pouvoirs_before_a_later_count(tmp_path: Path):
    """The opening's "dont 4 pouvoirs" over the count printed after an arrival."""
    roll = "Membres en exercice : 15    Présents : 11    Votants : 15, dont 4 pouvoirs\n\n" + PRESENT
    text = _with_items(roll, "Mme Anne BRUN arrive. Présents : 12 – Pouvoirs : 3 – Votants : 15.")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("nombrePouvoirs"), seance.first("nombrePresents")) == (4, 11)


@pytest.mark.parametrize("told", ["Mme Anne BRUN : sa voix sera exprimée par M. Jean CARON pour les points 1 à 2",
                                  "M. Luc PETIT, de Mme Anne BRUN"])  # under "Ont reçu pouvoir :", the holder first
def test_the_wordings_of_the_set_1140(tmp_path: Path, told: str):
    heading = "Ont reçu pouvoir" if ", de " in told else "Pouvoirs"
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, M. Luc PETIT.\n\n{heading} :\n{told}.\n\nExcusée : Mme Nina ROUX."
    assert {g for g, _ in proxies(tmp_path, _seance(COUNCIL, roll))} == {"Anne BRUN"}


def test_an_initial_after_a_family_name_ends_its_line(tmp_path: Path):
    """"… à M. FOURCADE M." then the next proxy: the initial's "M." is no civility waiting for its name."""
    roll = PRESENT + "Pouvoirs :\n\tPouvoir de M. PETIT L. à M. CARON M.\n\tPouvoir de Mme LYS R. à M. ROCHE P."
    assert {g for g, _ in proxies(tmp_path, _seance(COUNCIL, roll))} == {"L. PETIT", "R. LYS"}


def test_a_tabbed_roll_by_member_with_coded_presence_and_its_legend(tmp_path: Path):
    """Rows indented by a tab under their header, a member body's title between them, codes a legend explains."""
    roll = ("Liste des délégués\tQualité\tPrésence\nCC DU VAL\n\tM. ROCHE P.\tPrésident\tP\n\tM. CARON J.\tDélégué\tP\n"
            "CC DE ROCHE\n\tMme BRUN A.\tDéléguée\tE\n\tMme LYS R.\tDéléguée\tA\n\n"
            "Légende : P présent(e) – R représenté(e) – E excusé(e) – A absent(e)")
    assert _statuses(tmp_path, _seance("PETR DU VAL-BRUN\nCOMITÉ SYNDICAL", roll)) == {
        "P. ROCHE": "présent", "J. CARON": "présent", "A. BRUN": "excusé", "R. LYS": "absent"}


def test_a_table_of_the_seance_s_movements(tmp_path: Path):
    roll = PRESENT + ("Mouvements en cours de séance :\nDélégué                Mouvement   Heure      Observation\n"
                      "Mme Nina ROUX          départ      21 h 05    après le point 1 ; pouvoir à M. Jean CARON")
    assert proxies(tmp_path, _with_items(roll, ""))[("Nina ROUX", "Jean CARON")]["depuisHeure"] == "21:05:00"


def test_an_arrival_told_twice_keeps_its_time(tmp_path: Path):
    """A footnote times the arrival; the minutes tell it again without the time ("rejoint la séance (note 1)")."""
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nPouvoirs :\n\tM. Jean CARON reçoit pouvoir de Mme Nina ROUX (1).\n\n"
            "(1) Mme Nina ROUX a rejoint la séance à 19 h 45, avant le point 2.")
    text = _with_items(roll, "Mme Nina ROUX rejoint la séance (note 1).")
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")]["jusquAHeure"] == "19:45:00"


def test_territoire_d_energie_names_a_syndicat(tmp_path: Path):
    text = _seance("TERRITOIRE D'ÉNERGIE VAL-BRUN (TE 99)\nSyndicat départemental d'énergies\n\nCOMITÉ SYNDICAL",
                   PRESENT.replace("Maire", "Président"))
    assert any(name.lower() == "territoire d'énergie val-brun" for name in bodies(tmp_path, text)), bodies(tmp_path, text)


@pytest.mark.parametrize("told", ["M. Jean CARON vote pour compte de M. Luc PETIT.",
                                  "M. Luc PETIT confie ses votes à M. Jean CARON.",
                                  "M. Jean CARON est en possession du pouvoir de M. Luc PETIT.",
                                  "M. Luc PETIT s'en remet au 1er adjoint pour ses votes."])  # the holder by office
def test_the_wordings_of_the_set_1150(tmp_path: Path, told: str):
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, 1er adjoint ; Mme Nina ROUX.\n\nPouvoirs : {told}\n\nExcusée : Mme Anne BRUN."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON")}


def test_holders_named_by_office_voting_for_a_giver_and_one_until_an_arrival(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; Mme Nina ROUX, 1re adjointe ; M. Jean CARON.\n\nPouvoirs :\tLa 1re adjointe vote pour "
            "compte de M. Luc PETIT. M. le Maire vote pour compte de Mme Anne BRUN. M. Jean CARON vote pour compte de Mme Rose LYS "
            "jusqu'à l'arrivée de celle-ci.")
    found = proxies(tmp_path, _with_items(roll, "Mme Rose LYS rejoint la séance à 20 h 40."))
    assert set(found) == {("Luc PETIT", "Nina ROUX"), ("Anne BRUN", "Paul ROCHE"), ("Rose LYS", "Jean CARON")}
    assert found[("Rose LYS", "Jean CARON")]["jusquAHeure"] == "20:40:00"


def test_proxies_read_out_after_the_excused_end_their_list(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON.\nExcusés : M. Luc PETIT ; Mme Anne BRUN.\nLe Président donne lecture "
            "des pouvoirs qui lui ont été remis : M. Luc PETIT\nconfie ses votes à M. Jean CARON ; Mme Anne BRUN confie ses votes à M. Paul ROCHE.")
    text = _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", roll)
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON"), ("Anne BRUN", "Paul ROCHE")}


def test_a_brand_before_a_kind_with_no_name_after_it(tmp_path: Path):
    """One line: "AGGLOMÉRATION VAL-BRUN ROCHE Communauté d'agglomération – Oise REGISTRE …": the kind's "name" is a
    dash and the département; the brand before it names the body."""
    text = ("Accueil > Les instances AGGLOMÉRATION VAL-BRUN ROCHE Communauté d'agglomération – Oise REGISTRE DES DÉLIBÉRATIONS DU "
            "BUREAU COMMUNAUTAIRE Séance du lundi 18 mai 2026 Présents : M. Paul ROCHE, Président ; M. Jean CARON. 1. Fonds de "
            "concours à la commune de Val Adopté à l'unanimité.")
    assert "Agglomération Val-Brun Roche" in bodies(tmp_path, text), bodies(tmp_path, text)


def test_the_wordings_of_the_set_1160_in_a_list_of_sentences(tmp_path: Path):
    """"s'exprime par la voix de", one item with a relative clause between its giver and its verb, items parted by stops."""
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX ; M. Yves MORIN.\n\nPouvoirs : M. Luc PETIT s'exprime par "
            "la voix de M. Jean CARON. Mme Nina ROUX, qui doit quitter la séance après le point 1, s'exprime par la voix de M. Yves MORIN "
            "à partir du point 2.")
    found = proxies(tmp_path, _with_items(roll, "Mme Nina ROUX quitte la séance à 20 h 15, après le vote du point 1."))
    assert set(found) == {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Yves MORIN")}
    assert found[("Nina ROUX", "Yves MORIN")] == {"depuisHeure": "20:15:00", "depuisActe": "2"}


def test_a_proxy_until_the_giver_connects_and_one_for_the_only_points(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\nPouvoirs :\n\tMme Nina ROUX, représentée par M. Jean CARON jusqu'à sa "
            "connexion ;\n\tM. Luc PETIT, représenté par M. Paul ROCHE pour les seuls points 1 et 2.")
    found = proxies(tmp_path, _with_items(roll, "Mme Nina ROUX se connecte à 9 h 35."))
    assert found[("Nina ROUX", "Jean CARON")]["jusquAHeure"] == "09:35:00"
    assert (found[("Luc PETIT", "Paul ROCHE")]["depuisActe"], found[("Luc PETIT", "Paul ROCHE")]["jusquAActe"]) == ("1", "2")


def test_a_kind_s_heading_over_its_status_line(tmp_path: Path):
    """"SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS⏎Établissement public administratif": the line below is no name."""
    text = _seance("DÉPARTEMENT DU VAL-BRUN\nSERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS\nÉtablissement public administratif\n\n"
                   "CONSEIL D'ADMINISTRATION", PRESENT.replace("Maire", "Président"))
    assert not any("Établissement" in name for name in bodies(tmp_path, text)), bodies(tmp_path, text)
