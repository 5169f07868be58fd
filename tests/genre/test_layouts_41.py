"""Proxies told in words no form knows, paired by the roll; a collectivité's name in OCR, as "Agglomération de …",
and behind a web page's menu: general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import bodies, proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nExcusée : Mme Anne BRUN.\n\n"


@pytest.mark.parametrize("told", [
    "Mme Anne BRUN a reporté sa voix sur M. Jean CARON.",  # "sur": no preposition of the proxies' lexicon
    "Mme Anne BRUN a laissé le soin de son vote chez M. Jean CARON.",
    "Mme Anne BRUN, dont la procuration revient cette fois chez M. Jean CARON.",
])
def test_two_unmarked_names_about_a_proxy_paired_by_the_roll(tmp_path: Path, told: str):
    """The giver listed away, the holder listed present, a word of the proxy between them."""
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + told))) == {("Anne BRUN", "Jean CARON")}


@pytest.mark.parametrize("told", [
    "Mme Anne BRUN n'a pas donné de pouvoir, M. Jean CARON le regrette.",  # denied
    "Mme Anne BRUN a informé M. le Maire qu'elle ne pouvait donner pouvoir.",
    "Mme Anne BRUN, sans procuration, a écrit à M. Jean CARON.",
    "M. Jean CARON remercie Mme Anne BRUN pour son vote du dernier conseil.",  # the proxy's word after both names
])
def test_no_proxy_from_the_roll_where_the_clause_denies_one(tmp_path: Path, told: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + told))) == set()


@pytest.mark.parametrize("note,pairs", [
    ("(son vote ira à M. Jean CARON)", {("Anne BRUN", "Jean CARON")}),
    ("(sa voix sera portée par M. Jean CARON)", {("Anne BRUN", "Jean CARON")}),
    ("(sans pouvoir ; M. Jean CARON l'excuse)", set()),
])
def test_a_note_on_an_excused_name_naming_one_holder(tmp_path: Path, note: str, pairs: set):
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nExcusés : Mme Anne BRUN {note}, M. Luc PETIT."
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == pairs


def test_a_commune_name_damaged_by_ocr_is_spelt_as_the_cog_spells_it(tmp_path: Path):
    """OCR's "rn" for "m" in a commune's name: the label is the official division's name it matched."""
    text = _seance("DEPARTEMENT DU CHER\nCOMMUNE DE SAINT-ARNAND-MONTROND\nCONSEIL MUNICIPAL", PRESENT)
    assert "Commune de Saint-Amand-Montrond" in bodies(tmp_path, text)


def test_agglomeration_de_names_an_intercommunalite_not_a_region(tmp_path: Path):
    text = _seance("AGGLOMÉRATION DE LA RÉGION DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE", PRESENT.replace("Maire", "Président"))
    found = bodies(tmp_path, text)
    assert any(t.endswith("Intercommunalite") for t in found.get("Agglomération de la Région du Val-Brun", ())), found


def test_a_web_page_s_menu_ends_a_body_s_name(tmp_path: Path):
    """One line of web page: the site's name and menu, then the act's heading in capitals."""
    text = ("Aller au contenu Val-Brun – Communauté d'agglomération Menu L'Agglo Environnement Publications Rechercher "
            "Accueil > Les instances > Délibérations COMMUNAUTÉ D'AGGLOMÉRATION VAL-BRUN ROCHE EXTRAIT DU REGISTRE DES "
            "DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE Séance du 5 décembre 2024 Présents : M. Paul ROCHE, Président ; "
            "M. Jean CARON. 1. Budget Adopté à l'unanimité.")
    found = bodies(tmp_path, text)
    assert not any("Menu" in name for name in found), found
    assert any(name.endswith("Val-Brun Roche") for name in found), found


@pytest.mark.parametrize("told", [
    "M. Luc PETIT s'en est rapporté à M. Jean CARON pour son vote",
    "M. Jean CARON, nanti du pouvoir de M. Luc PETIT",  # the holder first
    "M. Jean CARON a ete charge par M. Luc PETIT de voter pour lui",  # the holder first, passive, OCR's accents lost
    "M. Jean CARON (Val) vote également au nom de M. Luc PETIT (Roche)",
])
def test_the_wordings_of_the_set_1110(tmp_path: Path, told: str):
    """Under a heading of proxies, the giver represented, the holder present."""
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n\t{told}.\n\nExcusée : Mme Anne BRUN."
    text = _seance(COUNCIL, roll)
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON")}
    assert _statuses(tmp_path, text)["Luc PETIT"] == "représenté"


def test_a_holder_who_votes_in_the_name_of_one_who_leaves(tmp_path: Path):
    """The holder named first in the clause after the departure, on the next line (`pdftotext -layout`)."""
    text = _seance(COUNCIL, PRESENT).replace("1. Budget", "   Mme Nina ROUX (Val) quitte la séance à 21 h 05 ;\n   M. Jean CARON (Roche), "
                                             "votant pour Mme Nina ROUX à partir du point 2.\n\n1. Budget")
    assert set(proxies(tmp_path, text)) == {("Nina ROUX", "Jean CARON")}


def test_a_tabbed_roll_whose_rows_stop_before_their_last_cells(tmp_path: Path):
    """A word processor's table, one tab a cell: a row without a holder ends after its presence."""
    roll = ("Élu(e)\tFonction\tPrésence\tVote porté par\nROCHE Paul\tMaire\tPrésent\nCARON Jean\tAdjoint\tPrésent\n"
            "TRAN Van Minh\tConseiller\tPrésent\nPETIT Luc\tConseiller\tPouvoir\tCARON Jean\nBRUN Anne\tConseillère\tExcusée")
    text = _seance(COUNCIL, roll)
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON")}
    assert _statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Jean CARON": "présent", "Van Minh TRAN": "présent",
                                         "Luc PETIT": "représenté", "Anne BRUN": "excusé"}


def test_the_place_after_s_est_assemble(tmp_path: Path):
    """The registers' formula "régulièrement convoqué, s'est assemblé … à la salle …", as "s'est réuni"."""
    text = ("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL\nSéance du 5 décembre 2024\n\nL'an deux mille vingt-quatre, le cinq décembre "
            "à vingt heures, le Conseil municipal, régulièrement convoqué, s'est assemblé en séance publique à la salle communale "
            "de Roche, sous la présidence de M. Paul ROCHE, Maire.\n\n" + PRESENT + "1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("lieu") == "salle communale de Roche"


@pytest.mark.parametrize("told", [
    "La voix de M. Luc PETIT est portée par M. Jean CARON",
    "M. Jean CARON, dépositaire de la voix de M. Luc PETIT",  # the holder first
    "M. Luc PETIT a fait confiance à M. Jean CARON pour voter en son nom",
    "M. Jean CARON (Val), qui vote aussi pour M. Luc PETIT (Roche)",  # the list cuts the item at its comma
    "M. Jean CARON (Val), votant pour M. Luc PETIT (Roche)",
])
@pytest.mark.parametrize("heading", ["Pouvoirs", "Votes confiés"])
def test_the_wordings_of_the_set_1120(tmp_path: Path, told: str, heading: str):
    roll = f"Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\n{heading} :\n\t{told}.\n\nExcusée : Mme Anne BRUN."
    text = _seance(COUNCIL, roll)
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON")}
    assert _statuses(tmp_path, text)["Luc PETIT"] == "représenté"


def test_a_proxy_item_cut_at_its_giver_s_office(tmp_path: Path):
    """One line: the list cuts "la procuration de Mme X (Val), 5e Vice-présidente, a été confiée à M. Y" at its commas."""
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON (Roche). Pouvoirs : la procuration de Mme Anne BRUN (Val), "
            "5e Vice-présidente, a été confiée à M. Jean CARON (Roche) ; la procuration de M. Luc PETIT (Val) a été confiée à "
            "M. Paul ROCHE. Excusée : Mme Nina ROUX.")
    text = _seance("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nBUREAU COMMUNAUTAIRE", roll).replace("\n\n", " ")
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Jean CARON"), ("Luc PETIT", "Paul ROCHE")}


def test_a_roll_table_s_column_porteur_de_pouvoir(tmp_path: Path):
    roll = ("Élu(e)\tQualité\tPrésence\tPorteur de pouvoir\nM. Paul ROCHE\tMaire\tPrésent\nM. Jean CARON\tAdjoint\tPrésent\n"
            "M. Luc PETIT\tConseiller\tPouvoir\tM. Jean CARON\nMme Anne BRUN\tConseillère\tExcusée")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON")}


@pytest.mark.parametrize("arrival", ["Arrivée de M. L. PETIT à 19 h 20, avant l'examen du point 2.",
                                     "Arrivée de M. Luc PETIT (Roche) à 19 h 20, avant l'examen du point 2."])
def test_a_proxy_until_an_arrival_told_with_initials_or_a_commune(tmp_path: Path, arrival: str):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nPouvoirs :\n\tM. Jean CARON, dépositaire de la voix "
            "de M. Luc PETIT jusqu'à son arrivée.")
    text = _seance(COUNCIL, roll).replace("1. Budget\nAdopté à l'unanimité.\n", f"1. Budget\nAdopté à l'unanimité.\n\n{arrival}\n\n"
                                                                                "2. Tarifs\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Luc PETIT", "Jean CARON")]["jusquAHeure"] == "19:20:00"


def test_la_reunion_ends_no_body_s_name(tmp_path: Path):
    """"RÉUNION" stops a name as the meeting's word ("… RÉUNION DU CONSEIL"), not as the island."""
    text = _seance("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DE LA RÉUNION\nSDIS 974\n\nPROCÈS-VERBAL DE LA RÉUNION DU "
                   "CONSEIL D'ADMINISTRATION", PRESENT.replace("Maire", "Président"))
    found = bodies(tmp_path, text)
    assert any(name.lower().startswith("service") and name.lower().endswith("de la réunion") for name in found), found


def test_a_cut_item_among_excused_names_keeps_its_neighbours(tmp_path: Path):
    """The pieces of a cut item give way to its giver; the names before and after it in the list stay."""
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nExcusés : Mme Rose LYS, la procuration de Mme Anne "
            "BRUN (Val), 5e adjointe, a été confiée à M. Jean CARON, M. Yves MORIN.")
    text = _seance(COUNCIL, roll)
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Jean CARON")}
    statuses = _statuses(tmp_path, text)
    assert {n: statuses.get(n) for n in ("Rose LYS", "Anne BRUN", "Yves MORIN")} == {"Rose LYS": "excusé", "Anne BRUN": "excusé", "Yves MORIN": "excusé"}


def test_minutes_without_numbers_a_title_then_a_tally_is_an_act(tmp_path: Path):
    """A title line, its rapporteur, then "Pour : … – Contre : …" and no outcome's word: the point is an act."""
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", (
        "Décision modificative du budget principal\nRapporteur : M. Jean CARON.\nPour : 3 – Contre : 1 (Mme Nina ROUX).\n\n"
        "Tarifs de la cantine\nRapporteur : Mme Nina ROUX.\nAdopté à l'unanimité.\n"))
    titles = {a.first("titre") for a in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert titles == {"Décision modificative du budget principal", "Tarifs de la cantine"}, titles
