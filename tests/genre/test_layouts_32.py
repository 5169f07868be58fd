"""Items, votes, counts, publicity and roll calls met in the blind sets of cases 500–519, read by general
mechanisms, each on a small invented text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


def _acts(tmp_path: Path, text: str) -> dict[str, str]:
    return {d.first("numero"): d.first("titre") for d in read(tmp_path, text).facts[0].of_class("Deliberation")}


def test_an_act_number_in_the_bracket_closing_a_point_s_title_is_the_point_s_act(tmp_path: Path):
    items = ("1. Budget supplémentaire (délibération n° 2025-078)\nAdopté à l'unanimité.\n\n"
             "2. Adhésion à l'association des Amis du Val (délibération n° 2025-079)\nAdopté à l'unanimité.\n")
    acts = _acts(tmp_path, f"{COUNCIL}\nSéance du 5 décembre 2025\n\n{PRESENT}{items}")
    assert acts == {"2025-078": "Budget supplémentaire", "2025-079": "Adhésion à l'association des Amis du Val"}


def test_a_bureau_s_decisions_and_an_assembly_s_resolutions_are_its_items(tmp_path: Path):
    relevé = ("BUREAU COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nSéance du 5 décembre 2025\n\n" + PRESENT +
              "DÉCISION N° B2025-041 – Adhésion à l'association Rails du Val Le Bureau approuve l'adhésion. Adopté à l'unanimité. "
              "DÉCISION N° B2025-042 – Subvention au club Adopté à l'unanimité.")
    assert set(_acts(tmp_path, relevé)) == {"B2025-041", "B2025-042"}
    assembly = ("ASSOCIATION LES AMIS DU VAL\nAssemblée générale du 5 décembre 2025\n\n" + PRESENT +
                "Résolution n° 1 – Rapport moral\nL'AMICALE, fondée en 1990, présente son rapport.\nAdoptée à l'unanimité.\n\n"
                "Résolution n° 2 – Comptes 2024\nRésolution n° 2 : les comptes sont approuvés à l'unanimité.\n")
    acts = _acts(tmp_path, assembly)
    assert acts == {"1": "Rapport moral", "2": "Comptes 2024"}  # (a title ends before "L'AMICALE, fondée …"; the vote is no item)


def test_ocr_letters_for_a_lone_figure_in_a_labelled_tally(tmp_path: Path):
    text = f"{COUNCIL}\nSéance du 5 décembre 2025\n\n{PRESENT}1. Budget\nPour : ll    Contre : l (M. Jean CARON)    Abstention : O\n"
    vote = read(tmp_path, text).facts[0].of_class("Vote")[0]
    assert (vote.first("pour"), vote.first("contre"), vote.first("abstention")) == (11, 1, 0)


def test_members_up_to_date_with_their_fee_are_the_assembly_s_members(tmp_path: Path):
    text = ("ASSOCIATION LES AMIS DU VAL\nAssemblée générale du 5 décembre 2025\n\n"
            "Membres à jour de cotisation : 52 – Membres présents : 23 – Pouvoirs : 5 – Votants : 28\n\n" + PRESENT + "1. Rapport moral\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("nombreAdherents"), seance.first("nombrePresents")) == (52, 23)


def test_a_display_date_after_its_place_and_no_publication_date_years_after_the_act(tmp_path: Path):
    shown = f"{COUNCIL}\nSéance du 5 décembre 2025\n\n{PRESENT}1. Budget\nAdopté à l'unanimité.\n\nAffiché en mairie le 12 décembre 2025.\n"
    acts = read(tmp_path, shown).facts[0].of_class("Deliberation")
    assert {d.first("dateAffichage") for d in acts} == {date(2025, 12, 12)}
    transcribed = shown.replace("Affiché en mairie le 12 décembre 2025.", "Transcription mise en ligne le 12 mars 2031.")
    assert {d.first("datePublication") for d in read(tmp_path, transcribed).facts[0].of_class("Deliberation")} == {None}


def test_delegates_grouped_by_member_body_are_read_group_after_group(tmp_path: Path):
    roll = ("Délégués présents :\nCommunauté de communes du Val :\tM. Paul ROCHE, Mme Anne BRUN.\n"
            "Communauté de communes des Monts :\tM. Jean CARON, Mme Nina ROUX.\n"
            "CC de la Plaine :\tM. Luc PETIT.\n\nExcusés : M. Yves MORIN (Val), suppléé par Mme Rose LYS ; Mme Lise NOËL.")
    statuses = _statuses(tmp_path, _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", roll))
    assert {n for n, s in statuses.items() if s == "présent"} >= {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Luc PETIT", "Rose LYS"}
    assert statuses.get("Lise NOËL") == "excusé"
    facts = read(tmp_path, _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", roll)).facts[0]
    assert "excusé" in {s for p in facts.of_class("Participation") if p.first("personne").first("rdfs:label") == "Yves MORIN" for s in p.props["statut"]}


def test_a_proxy_for_points_listed_or_one_deliberation_and_no_range_over_points_apart(tmp_path: Path):
    items = "".join(f"{n}. Point {n}\nAdopté à l'unanimité.\n\n" for n in range(1, 7))
    roll = PRESENT + ("Pouvoirs :\n\tMme Lise NOËL a donné pouvoir à M. Jean CARON pour les points 4, 5 et 6.\n"
                      "\tM. Luc PETIT a donné pouvoir à Mme Anne BRUN pour la délibération n° 2.\n"
                      "\tMme Rose LYS a donné pouvoir à Mme Nina ROUX pour les points 1 et 3.\n\n")
    read_ = proxies(tmp_path, f"{COUNCIL}\nSéance du 5 décembre 2025\n\n{roll}{items}")
    assert read_[("Lise NOËL", "Jean CARON")] == {"depuisActe": "4", "jusquAActe": "6"}
    assert read_[("Luc PETIT", "Anne BRUN")] == {"depuisActe": "2", "jusquAActe": "2"}
    assert read_[("Rose LYS", "Nina ROUX")] == {}  # (two points apart are no range from the first to the last)
