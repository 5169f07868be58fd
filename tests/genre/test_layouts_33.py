"""Movements and proxies' bounds met in the blind sets of cases 520–559, read by general mechanisms, each
on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance

HEAD = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 5 décembre 2025\n\n"
        "Présents : M. Paul ROCHE, Président ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n")
ITEMS = ("1. Approbation du procès-verbal de la séance du 6 novembre 2025\nAdopté à l'unanimité.\n\n"
         "2. Délibération n° 2025-071 – Budget : décision modificative n° 2\nAdopté à l'unanimité.\n\n"
         "{between}\n\n"
         "3. Délibération n° 2025-072 – Adhésion à l'association des Amis du Val\nAdopté à l'unanimité.\n\n"
         "4. Délibération n° 2025-073 – Tarifs 2026\nAdopté à l'unanimité.\n")


def test_an_arrival_whose_sentence_opens_on_the_point_it_comes_before_ends_the_proxy_at_the_point_before(tmp_path: Path):
    roll = "Pouvoir : M. Rémi LYS a remis pouvoir à M. Jean CARON, jusqu'à son arrivée.\n\n"
    between = "À 19 h 25, avant l'examen du point 3, M. Rémi LYS rejoint la séance."
    found = proxies(tmp_path, HEAD + roll + ITEMS.format(between=between))
    assert found[("Rémi LYS", "Jean CARON")] == {"jusquAHeure": "19:25:00", "jusquAActe": "2025-071"}  # the act of the point before the one the minutes name



def test_a_departure_at_the_end_of_a_point_is_after_its_vote(tmp_path: Path):
    between = "A 20 h 05, à l'issue du point 2, M. Jean CARON quitte la séance ; il remet son pouvoir à Mme Anne BRUN pour le point 3."
    moved = read(tmp_path, HEAD + "\n" + ITEMS.format(between=between)).facts[0].of_class("Mouvement")
    assert [(m.first("typeMouvement"), m.first("pointOrdreDuJour")) for m in moved] == [("départ", 2)]


def test_a_sentence_before_a_movement_s_own_does_not_give_it_its_point(tmp_path: Path):
    between = ("M. Rémi LYS est arrivé à 20 h 20, pendant l'examen du point 1. Mme Nina ROUX a quitté la séance à 21 h 15, "
               "après le vote du point 2, et donne pouvoir à M. Paul ROCHE.")
    found = proxies(tmp_path, HEAD + "\n" + ITEMS.format(between=between))
    assert found[("Nina ROUX", "Paul ROCHE")]["depuisActe"] == ACTS["3"]  # point 3, its act




def test_a_member_body_named_with_its_kind_last_or_after_pour_la_heads_its_delegates(tmp_path: Path):
    roll = ("Délégués présents :\nCommunauté de communes du Val :\tM. Paul ROCHE, Mme Anne BRUN.\n"
            "Val-Brun Agglomération :\tM. Jean CARON, Mme Nina ROUX.\n"
            "Pour la Communauté de communes des Monts : M. Luc PETIT.\n")
    facts = read(tmp_path, _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", roll)).facts[0]
    sits_for = {p.first("personne").first("rdfs:label"): (p.first("representeOrganisation") or p).first("rdfs:label")
                for p in facts.of_class("Participation") if p.first("statut") == "présent"}
    assert {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Luc PETIT"} <= set(sits_for)
    assert sits_for["Luc PETIT"] == "Communauté de communes des Monts"  # (not "Pour la Communauté …")


@pytest.mark.parametrize("between, proxy, bounds", [
    ("À 19 h 40, après le vote du point 2 :\nMme Anne BRUN quitte la séance en donnant procuration à Mme Nina ROUX.",
     ("Anne BRUN", "Nina ROUX"), ("19:40:00", "3")),  # the line that leads in gives the time and point
    ("À 20 h 05, après le vote du point 2, Mme Anne BRUN quitte la séance.\n"
     "Mme Anne BRUN donne procuration à Mme Nina ROUX pour la suite de la séance.", ("Anne BRUN", "Nina ROUX"), ("20:05:00", "3")),
    ("À 19 h 10, à l'issue du point 2, Mme Nina ROUX (Val) quitte la séance ; M. Jean CARON (Val) est muni de son pouvoir "
     "pour les points suivants.", ("Nina ROUX", "Jean CARON"), ("19:10:00", "3")),
    ("À 20 h 20, après le vote du point 2 :\nM. Jean CARON quitte la séance ; il est représenté par Mme Anne BRUN pour la "
     "suite de la séance.", ("Jean CARON", "Anne BRUN"), ("20:20:00", "3")),
    ("À 20 h 30, après le vote du point 2, M. Jean CARON quitte la séance et donne pouvoir pour voter en son nom à Mme Anne BRUN.",
     ("Jean CARON", "Anne BRUN"), ("20:30:00", "3")),
    ("À 20 h 40, après le vote du point 2 :\nM. Jean CARON (Val) quitte la séance ; Mme Anne BRUN (Val) porte son pouvoir à partir du point 3.",
     ("Jean CARON", "Anne BRUN"), ("20:40:00", "3")),
])
def test_a_proxy_given_on_leaving_holds_from_the_departure(tmp_path: Path, between: str, proxy: tuple, bounds: tuple):
    found = proxies(tmp_path, HEAD + "\n" + ITEMS.format(between=between))
    assert found[proxy] in (dict(zip(("depuisHeure", "depuisActe"), bounds)), {"depuisHeure": bounds[0], "depuisActe": ACTS[bounds[1]]})


ACTS = {"2": "2025-071", "3": "2025-072"}  # an item named by its rank is the act numbered on its line (`_points_and_acts`)


@pytest.mark.parametrize("top, body", [
    ("ValAgglo – Communauté d'agglomération Aller au contenu Accueil > Les instances",  # a skip link is furniture
     "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN BUREAU COMMUNAUTAIRE"),
    ("ValAgglo – Site officiel Aller au contenu Accueil > Le Bureau Relevé des décisions du Bureau du 5 juin 2025",
     "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE"),  # the name ends before the title
])
def test_a_web_page_s_furniture_and_title_are_no_part_of_the_body_s_name(tmp_path: Path, top: str, body: str):
    page = f"{top} {body} Séance du jeudi 5 juin 2025 Présents : M. Paul ROCHE, Président, Mme Anne BRUN. 1. Budget Adopté à l'unanimité."
    labels = {o.first("rdfs:label") for o in read(tmp_path, page).facts[0].of_class("Organisation")}
    assert "Communauté d'Agglomération du Val-Brun" in labels and not any(w in label for label in labels for w in ("Aller", "Relevé"))


@pytest.mark.parametrize("letterhead, brands", [
    ("SYVALBRUN\nSyndicat de valorisation des déchets du Val-Brun", {"SYVALBRUN"}),  # the text calls it so again
    # a line it does not repeat is none (SYVALBRUN still is: the séance formula names the body so)
    ("RÉPUBLIQUE FRANÇAISE\nSyndicat de valorisation des déchets du Val-Brun", {"SYVALBRUN"}),
])
def test_a_letterhead_s_brand_the_text_repeats_is_a_name_the_body_goes_by(tmp_path: Path, letterhead: str, brands: set):
    text = (f"{letterhead}\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\nSéance du 5 décembre 2025\n\n"
            "Le Comité syndical du SYVALBRUN, régulièrement convoqué, s'est réuni sous la présidence de M. Paul ROCHE.\n"
            "Présents : M. Paul ROCHE, Président, Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")
    bodies = read(tmp_path, text).facts[0].of_class("Organisation")
    syndicat = next(o for o in bodies if (o.first("nom") or "").startswith("Syndicat de valorisation"))
    assert set(syndicat.props.get("nomAlternatif", [])) == brands
