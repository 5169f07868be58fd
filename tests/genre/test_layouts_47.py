"""Members who take no part in a vote, named after a commune in brackets, on the line after a rapporteur, or by a
label with or without a figure ("Ne prend pas part au vote : 1 (Mme X, administratrice du Club)"); proxies said by
"laissé consigne", by a passive "Un pouvoir a été signé par X au profit de Y", in a table's "Voix reportée sur" column,
ended at an arrival ("son pouvoir à Y prend fin"), held by the chair named "Président du Conseil régional"; a
departure before "la présente délibération"; communes labelling a column of names without civility: general
mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import read_vote
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _with_items
from tests.genre.test_layouts_44 import listed_proxies


def _not_voting(said: str) -> list[str]:
    text = Text(view("Une subvention de 1 500 € est attribuée au club de Val-Brun.\n" + said))
    return [name for name, _ in read_vote(text, 0, len(text.raw)).names.get("nonParticipant", [])]


@pytest.mark.parametrize("said,who", [
    ("M. Luc PETIT (Val-Brun), maire de la commune bénéficiaire, ne prend pas part au vote. Pour : 16.", ["M. Luc PETIT"]),
    ("Rapporteur : Mme Rose LYS\n   Mme Anne BRUN, administratrice du club, ne prend pas part au vote.\n   Adopté à l'unanimité des votants (10 voix).",
     ["Mme Anne BRUN"]),
    ("Résultat du vote : Pour : 19 - Contre : 0 - Abstention : 0 - Ne prend pas part au vote : 1\n(Mme Anne BRUN, administratrice du club)\n",
     ["Mme Anne BRUN"]),
    ("Vote : Pour : 11 – Contre : 0 – Abstention : 0\nNe prend pas part au vote : Mme Anne BRUN, présidente du club.\n", ["Mme Anne BRUN"]),
])
def test_a_member_who_takes_no_part_named_every_way(said: str, who: list):
    assert _not_voting(said) == who


def test_a_tally_s_apposition_is_no_voter_but_a_family_name_s_particle_is_one():
    text = Text(view("Adopté : Pour : 12 – Contre : 2 (de LA MORANDIÈRE Paul, Mme Anne BRUN, présidente du club)."))
    assert [name for name, _ in read_vote(text, 0, len(text.raw)).names["contre"]] == ["de LA MORANDIÈRE Paul", "Mme Anne BRUN"]


@pytest.mark.parametrize("told", [
    "Mme Anne BRUN a laissé consigne à M. Jean CARON de voter en son nom.",
    "Un pouvoir a été signé par Mme Anne BRUN (Val) au profit de M. Jean CARON.",
])
def test_a_proxy_told_by_an_instruction_or_a_passive_signature(tmp_path: Path, told: str):
    assert ("Anne BRUN", "Jean CARON") in listed_proxies(tmp_path, told)


def test_passive_signatures_one_a_line_each_a_proxy(tmp_path: Path):
    told = "Un pouvoir a été signé par Mme Anne BRUN au profit de M. Jean CARON.\nUn pouvoir a été signé par M. Yves MORIN au profit de Mme Nina ROUX."
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX")} <= set(listed_proxies(tmp_path, told))


def test_givers_under_a_heading_of_instructions_are_excused(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Excusés ayant laissé consigne de vote :\nMme Anne BRUN a laissé consigne à M. Jean CARON de voter en son nom.")
    assert _statuses(tmp_path, _seance(COUNCIL, roll))["Anne BRUN"] == "excusé"


@pytest.mark.parametrize("between", [
    "Mme Nina ROUX quitte la séance à 20 h 05, après le point 1 ; un pouvoir est signé par Mme Nina ROUX au profit de M. Jean CARON à partir du point 2.",
])
def test_a_departure_s_passive_signature(tmp_path: Path, between: str):
    found = proxies(tmp_path, _with_items(PRESENT, between))[("Nina ROUX", "Jean CARON")]
    assert (found.get("depuisHeure"), found.get("depuisActe")) == ("20:05:00", "2")


@pytest.mark.parametrize("ended", ["son pouvoir à M. Jean CARON prend fin", "sa procuration à M.\nJean CARON devient caduque"])
def test_an_arrival_that_ends_a_proxy_gives_none(tmp_path: Path, ended: str):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Pouvoirs :\nMme Anne BRUN a donné pouvoir à M. Jean CARON jusqu'à son arrivée.")
    found = proxies(tmp_path, _with_items(roll, f"Mme Anne BRUN rejoint la séance à 20 h 05, avant l'examen du point 2 ; {ended}."))
    assert found[("Anne BRUN", "Jean CARON")].get("jusquAHeure") == "20:05:00" and "depuisHeure" not in found[("Anne BRUN", "Jean CARON")]


def test_a_departure_before_the_present_deliberation_gives_a_proxy_from_it(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nDélibération n° 2026-031\n"
            "Séance du 5 mars 2026\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n"
            "Mme Nina ROUX quitte la séance à 19 h 05, avant l'examen de la présente délibération ; pouvoir de Mme Nina ROUX à M. le Maire à compter de cette délibération.\n"
            "Objet : Tarifs de la cantine\nLe Conseil municipal, après en avoir délibéré, DÉCIDE : Article 1 : les tarifs sont fixés.\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Nina ROUX", "Paul ROCHE")].get("depuisActe") == "2026-031"


def _comite(table: str) -> str:
    """A syndicat's comité whose roll is `table`, chaired by M. Paul ROCHE."""
    return _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", "Sous la présidence de M. Paul ROCHE, Président.\n\n" + table)


def test_a_table_s_substitute_and_carried_vote_columns(tmp_path: Path):
    text = _comite("Membre        Délégué titulaire        Prés.  Suppléant siégeant   Voix reportée sur\n"
                   "CC du Val     M. Paul ROCHE, Président P\n"
                   "CC du Val     Mme Anne BRUN            E                           M. le Président\n"
                   "CC du Mont    M. Jean CARON            P\n"
                   "CC du Mont    Mme Rose LYS             S      M. Luc PETIT\n\n"
                   "P : présent – S : titulaire remplacé par son suppléant – E : excusé")
    assert ("Anne BRUN", "Paul ROCHE") in proxies(tmp_path, text)
    assert _statuses(tmp_path, text).get("Luc PETIT") == "présent"


def test_the_chair_named_president_of_the_council_holds_a_proxy_written_to_his_office(tmp_path: Path):
    text = ("RÉGION DU VAL-BRUN\nCOMMISSION PERMANENTE\nSéance du 10 juillet 2026\n\nLa Commission permanente s'est réunie sous la présidence "
            "de M. Paul ROCHE, Président du Conseil régional.\n\nPrésents : 12 membres (liste d'émargement annexée).\n\nMandats :\n"
            "   M. le Président, porteur du mandat de Mme Anne BRUN ;\n   M. Jean CARON, porteur du mandat de M. Luc PETIT.\n\n"
            "1. Budget (rapport n° 2026.1413.CP)\nAdopté à l'unanimité.\n")
    facts = proxies(tmp_path, text)
    assert {("Anne BRUN", "Paul ROCHE"), ("Luc PETIT", "Jean CARON")} <= set(facts)


def test_communes_in_capitals_label_a_column_of_names_without_civility_and_are_no_persons(tmp_path: Path):
    roll = ("Étaient présents :\n"
            "   VAL-BRUN                Paul ROCHE, Président ; Anne BRUN ; Jean\n"
            "                           CARON\n"
            "   SAINT-PIERRE-DU-MONT    Rose LYS\n"
            "   HAUT-VAL                \n"
            "   NANDY                   Luc PETIT")
    statuses = _statuses(tmp_path, _seance("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE", roll))
    assert {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Rose LYS", "Luc PETIT"} <= set(statuses)
    assert not {"VAL-BRUN", "SAINT-PIERRE-DU-MONT", "HAUT-VAL", "NANDY"} & set(statuses)


def test_proxies_told_one_sentence_each_under_an_excused_heading_are_the_excused_s(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Absents excusés :\nMme Anne BRUN, excusée, a donné pouvoir à M. Jean CARON. "
                           "M. Yves MORIN, excusé, a donné pouvoir à Mme Nina ROUX.")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert (statuses["Anne BRUN"], statuses["Yves MORIN"]) == ("excusé", "excusé")


def test_sublists_by_role_or_by_commune_deleguee_with_names_without_civility(tmp_path: Path):
    roll = ("Étaient présents :\nLe Maire : Paul ROCHE.\nLes adjoints : Anne BRUN, Jean CARON.\n"
            "Les conseillers municipaux : Nina ROUX, Luc PETIT.\n\nAbsent : M. Yves MORIN.")
    assert {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Luc PETIT"} <= set(_statuses(tmp_path, _seance(COUNCIL, roll)))
    roll = ("Étaient présents :\nCommune déléguée de Val-Brun :\tM. Paul ROCHE, Maire ; Mme Anne BRUN.\n"
            "Commune déléguée des Monts :\tM. Jean CARON, maire délégué ; Mme Nina ROUX.\n\nAbsent : M. Yves MORIN.")
    assert {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX"} <= set(_statuses(tmp_path, _seance(COUNCIL, roll)))


@pytest.mark.parametrize("told", [
    "Mme Anne BRUN (Val) est suppléée dans son vote par M. Jean CARON.",
    "M. Jean CARON joint à sa voix le suffrage de Mme Anne BRUN.",
    "Procuration est faite par Mme Anne BRUN (communes) à M. Jean CARON.",
])
def test_proxies_said_by_a_vote_supplied_a_suffrage_joined_or_a_proxy_made(tmp_path: Path, told: str):
    assert ("Anne BRUN", "Jean CARON") in listed_proxies(tmp_path, told)


def test_an_excused_heading_with_its_supplied_votes(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Excusés, avec vote suppléé\nMme Anne BRUN (Val) est suppléée dans son vote par M. Jean CARON.")
    text = _seance(COUNCIL, roll)
    assert ("Anne BRUN", "Jean CARON") in proxies(tmp_path, text) and _statuses(tmp_path, text)["Anne BRUN"] == "excusé"


def test_a_departure_that_must_leave(tmp_path: Path):
    between = "À 20 h 05, pendant le point 2, Mme Nina ROUX doit quitter la séance ; elle donne procuration à M. Jean CARON à partir de 20 h 05."
    assert proxies(tmp_path, _with_items(PRESENT, between))[("Nina ROUX", "Jean CARON")].get("depuisHeure") == "20:05:00"


def test_a_departure_s_scope_wrapped_before_its_number(tmp_path: Path):
    between = "Mme Nina ROUX quitte la séance à 20 h 05, après le vote du point 1\n; procuration de Mme Nina ROUX à M. Jean CARON (Val) pour le point\n2."
    found = proxies(tmp_path, _with_items(PRESENT, between))[("Nina ROUX", "Jean CARON")]
    assert (found.get("depuisActe"), found.get("jusquAActe")) == ("2", "2")


def test_a_web_menu_item_under_l_association_names_no_association(tmp_path: Path):
    text = ("Aller au contenu principal\nAmis du Val-Brun\nAccueil\nL'association\nAdhérer\nContact\n\n"
            "ASSOCIATION DES AMIS DU VAL-BRUN\nCOMPTE RENDU DU CONSEIL D'ADMINISTRATION DU 9 JUIN 2026\n\n"
            "Présents : M. Paul ROCHE, Président ; Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")
    names = {o.first("nom") for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert not any("Adhérer" in (n or "") for n in names)


def test_a_point_s_title_closed_by_a_report_number_with_a_two_figure_year(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\n", "1. Budget annexe (rapport n° 24-07-0712)\n")
    assert {a.first("numero") for a in read(tmp_path, text).facts[0].of_class("Deliberation")} >= {"24-07-0712"}


def test_a_table_s_designated_voter_column(tmp_path: Path):
    text = _comite("Membre        Délégué titulaire        Prés.  Votant désigné\n"
                   "CC du Val     M. Paul ROCHE, Président T\n"
                   "CC du Val     Mme Anne BRUN            E      M. le Président\n"
                   "CC du Mont    M. Jean CARON            T\n\n"
                   "T : titulaire présent – E : excusé")
    assert ("Anne BRUN", "Paul ROCHE") in proxies(tmp_path, text)
