"""Attendance in the forms met in the blind sets of cases 700–739 or probed before they were read, each
read on a small invented text by the general mechanisms (the roll call's headings, the civilities, the
proxy lexicon)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses, read
from tests.genre.test_layouts_34 import placed

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


@pytest.mark.parametrize("heading", ["Assistaient avec voix consultative :", "Assistait également, à titre consultatif :",
                                     "Assistaient également à la séance avec voix consultative :", "Assistaient en outre :",
                                     "Assiste à titre consultatif, sans droit de vote :", "Membres de droit avec voix consultative :",
                                     "• Sans voix délibérative :", "Délégué suppléant présent sans voix délibérative :",
                                     "Invité présent (sans droit de vote) :"])
def test_those_attending_with_an_advisory_voice_are_no_members_present(tmp_path: Path, heading: str):
    roll = PRESENT + f"Absent : M. Luc PETIT.\n\n{heading} M. Yves TESSIER, directeur ; Mme Rose LYS, directrice financière.\n"
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert statuses["Yves TESSIER"] == statuses["Rose LYS"] == "sans voix délibérative"
    assert statuses["Anne BRUN"] == "présent" and statuses["Luc PETIT"] == "absent"


def test_ranks_and_titles_before_the_name_after_their_article(tmp_path: Path):
    roll = PRESENT + ("Assistaient avec voix consultative : le Colonel hors classe Luc PETIT, directeur départemental ; "
                      "l'Adjudant-chef Marc DURAND, représentant des volontaires ; le Contrôleur général Yves TESSIER, directeur adjoint ; "
                      "Maître Rose LYS, avocate.\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    names = ("Luc PETIT", "Marc DURAND", "Yves TESSIER", "Rose LYS")
    assert {name: statuses.get(name) for name in names} == dict.fromkeys(names, "sans voix délibérative")


def test_a_director_without_a_vote_who_keeps_the_minutes_is_no_member_present(tmp_path: Path):
    roll = PRESENT + ("Assistaient avec voix consultative : M. Yves TESSIER, directeur ; Mme Rose LYS, médecin. "
                      "M. Yves TESSIER, directeur, assure le secrétariat de la séance.\n")
    facts = read(tmp_path, _seance(COUNCIL, roll)).facts[0]
    statuses = [p.first("statut") for p in facts.of_class("Participation") if p.first("personne").first("rdfs:label") == "Yves TESSIER"]
    assert statuses == ["sans voix délibérative"]
    assert facts.of_class("Seance")[0].first("secretaire").first("rdfs:label") == "Yves TESSIER"


@pytest.mark.parametrize("roll", [
    PRESENT + "Absents excusés :\n\tMme Rose LYS a transféré son pouvoir à M. Jean CARON\n\tM. Luc PETIT\n",
    PRESENT + "Absente excusée : Mme Rose LYS, qui a transféré sa procuration à M. Jean CARON.\n",
    PRESENT + "Absent : M. Luc PETIT.\n\nMme Rose LYS a transféré son pouvoir à M. Jean CARON.\n",
])
def test_a_proxy_transferred(tmp_path: Path, roll: str):
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Rose LYS", "Jean CARON")]


@pytest.mark.parametrize("roll", [
    # an office holding the proxy, its civility and article cut at a line end, another proxy after it
    PRESENT + "Absents : M. Luc PETIT (Val) a donné pouvoir à M.\nle Maire ; Mme Rose LYS (Roche) a donné pouvoir à M. Jean CARON.\n",
    PRESENT + "Procurations : M. Luc PETIT (Val) : pouvoir au bénéfice de M.\nle Maire ; Mme Rose LYS (Roche) : pouvoir au bénéfice de\nM. Jean CARON.\n",
    # a giver's rank and office before the colon: no sub-list of vice-presidents
    PRESENT + ("Pouvoirs : M. Luc PETIT (Val), 4e Vice-président : pouvoir remis à M. le Maire ; Mme Rose LYS (Roche), "
               "8e Vice-présidente : pouvoir remis à M. Jean CARON. Excusé : M. Yves MORIN (Val)."),
])
def test_proxies_to_an_office_wrapped_or_after_the_giver_s_office(tmp_path: Path, roll: str):
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Paul ROCHE"), ("Rose LYS", "Jean CARON")]


@pytest.mark.parametrize("top, body", [
    ("LA ROCHE-SUR-YON AGGLOMÉRATION\nRELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE", "La Roche-sur-Yon Agglomération"),  # the commune's article
    ("VAL-BRUN COMMUNAUTÉ\nRELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE", "Val-Brun Communauté"),  # a communauté by its brand
    # a service d'incendie et de secours not called départemental, under a running header with its acronym
    ("SIS 2V – Procès-verbal du conseil d'administration du 5 juin 2025\n\nSERVICE D'INCENDIE ET DE SECOURS DU VAL-BRUN\n"
     "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL D'ADMINISTRATION", "Service d'Incendie et de Secours du Val-Brun"),
])
def test_a_body_named_with_its_article_or_by_its_brand(tmp_path: Path, top: str, body: str):
    text = f"{top}\nSéance du jeudi 5 juin 2025\nPrésents : M. Paul ROCHE, Président, Mme Anne BRUN.\n1. Budget\nAdopté à l'unanimité.\n"
    organ = read(tmp_path, text).facts[0].of_class("Seance")[0].first("organe")
    assert organ.first("organisation").first("rdfs:label") == body


@pytest.mark.parametrize("cut", ["Mme", "Mme Chantal"])
def test_a_list_of_those_present_goes_on_over_a_page_break_after_a_civility(tmp_path: Path, cut: str):
    header = "          Val-Brun – Conseil municipal du 5 juin 2025 – Procès-verbal"
    rest = "LYS" if " " in cut else "Rose LYS"
    text = (f"{header}\n\n     COMMUNE DE VAL-BRUN\n     PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n     Séance du jeudi 5 juin 2025\n\n"
            f"     Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN ; M. Jean CARON ; {cut}\n\n\n"
            f"                                  – 1 –\n\f{header}\n\n\n     {rest} ; M. Luc PETIT.\n\n"
            "     Absent : M. Yves MORIN.\n\n     1. Budget\n     Adopté à l'unanimité.\n")
    statuses = _statuses(tmp_path, text)
    given = cut.split()[1] if " " in cut else "Rose"
    assert statuses[f"{given} LYS"] == statuses["Luc PETIT"] == "présent"


def test_a_name_whose_family_name_opens_the_next_line_with_its_particle(tmp_path: Path):
    roll = "Présents : M. Luc PETIT (Val) ; Mme Graziella\n      DA COSTA (Roche) ; M. Yves MORIN (Val).\n"
    assert {n for n, s in _statuses(tmp_path, _seance(COUNCIL, roll)).items() if s == "présent"} == {"Luc PETIT", "Graziella DA COSTA", "Yves MORIN"}


def test_a_count_ocr_printed_with_letters_for_ones(tmp_path: Path):
    text = _seance(COUNCIL, "Membres en exercice : l5\nPresents : ll\nVotants : l3\n\n" + PRESENT)
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (seance.first("membresEnExercice"), seance.first("nombrePresents"), seance.first("nombreVotants")) == (15, 11, 13)


@pytest.mark.parametrize("line, day", [
    ("Affiché à l'Hôtel de Ville le 15 juin 2025.", "2025-06-15"),  # an elided article before the place
    ("Affiché au siège de Le Val-Brun Métropole le 18 juin 2025.", "2025-06-18"),  # the place's own "Le"
    ("Affiche a l'Hotel de Ville le 23 juin 2O25.", "2025-06-23"),  # OCR
])
def test_a_display_date_after_its_place(tmp_path: Path, line: str, day: str):
    text = ("COMMUNE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 5 juin 2025\n"
            + PRESENT + "Délibération n° 2025-031 – Budget\nAdopté à l'unanimité.\n\nLe Maire, Paul ROCHE\n" + line + "\n")
    act = read(tmp_path, text).facts[0].of_class("Deliberation")[0]
    assert str(act.first("dateAffichage")) == day


@pytest.mark.parametrize("item, joined", [
    # a title names the body by its acronym, the text in full: the full name, the sentence "adhère depuis …" a join
    ("2. Renouvellement de l'adhésion au CAUE du Val-Brun\nLa Commune adhère depuis 2006 au Conseil d'architecture, "
     "d'urbanisme et de l'environnement (CAUE) du Val-Brun, association départementale. Le Conseil renouvelle l'adhésion pour "
     "l'année 2025 et autorise le versement de la cotisation de 2 400,00 €.\nAdopté à l'unanimité.\n",
     [("Conseil d'architecture, d'urbanisme et de l'environnement (CAUE) du Val-Brun", "2400.00")]),
    # the full name without its acronym in brackets is the same body as the acronym: one membership
    ("2. CAUE DU VAL-BRUN - RENOUVELLEMENT DE L'ADHESION 2025\nLe Maire rappelle que la commune adhère au Conseil d'Architecture, "
     "d'Urbanisme et de l'Environnement du Val-Brun. Le Conseil décide de renouveler l'adhésion de la commune au CAUE du Val-Brun "
     "pour 2025 ; la cotisation s'élève à 420 €.\nAdopté à l'unanimité.\n", 1),
])
def test_a_membership_named_by_its_acronym_and_in_full(tmp_path: Path, item: str, joined):
    from tests.genre.test_layouts_34 import _joined
    found = _joined(tmp_path, COUNCIL, item)
    assert (len(found) if isinstance(joined, int) else found) == joined


@pytest.mark.parametrize("roll", [
    PRESENT + "Pouvoirs :\n\tpouvoir remis par M. Luc PETIT (Val), 4e Vice-président, à M. le Maire\n\tpouvoir remis par "
              "Mme Rose LYS (Roche), membre du Bureau, à M. Jean CARON\n",
    PRESENT + "Pouvoirs :\n\tM. Luc PETIT (Val), 4e Vice-président, à M. le Maire\n\tMme Rose LYS (Roche), conseillère déléguée, à M. Jean CARON\n",
])
def test_a_proxy_whose_giver_s_office_stands_before_the_holder(tmp_path: Path, roll: str):
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Paul ROCHE"), ("Rose LYS", "Jean CARON")]


def test_a_departure_with_a_proxy_given_by_its_article(tmp_path: Path):
    roll = PRESENT + "Pouvoirs :\nMme Anne BRUN quitte la séance et transmet une procuration à M. Jean CARON.\n"
    assert ("Anne BRUN", "Jean CARON") in proxies(tmp_path, _seance(COUNCIL, roll))


@pytest.mark.parametrize("sentence", [
    "Mme Rose LYS a remis une procuration nominative à M. Jean CARON.",  # a proxy's qualifier after its noun
    "Mme Rose LYS a transmis une procuration signée à M. Jean CARON.",
    "Mme Rose LYS a attribué son pouvoir à M. Jean CARON.",
    "Mme Rose LYS a fait établir une procuration au nom de M. Jean CARON.",
    "Mme Rose LYS a confié sa représentation à M. Jean CARON.",
    "Mme Rose LYS (Val) a donné mission à M. Jean CARON (Val) de voter en son nom.",
    "Procuration signée de Mme Rose LYS (Val) au profit de M. Jean CARON (Val).",
    "Pouvoir a été donné par Mme Rose LYS à M. Jean CARON.",
    "Mme Rose LYS a souscrit une procuration au profit de M. Jean CARON.",  # the sets 780–819
    "Mme Rose LYS (Roche) a donné mandat de représentation à M. Jean CARON (Val).",
    "Mme Rose LYS (Roche) a délégué à M. Jean CARON (Val) le soin de voter en son nom.",
    "Mme Rose LYS, 4e Vice-présidente, a remis un bon pour pouvoir à M. Jean CARON.",
    "Mme Rose LYS a délégué son suffrage à M. Jean CARON.",
    "Mme Rose LYS a prêté sa voix à M. Jean CARON.",
])
def test_proxies_of_the_sets_740_819_in_a_list_and_a_paragraph(tmp_path: Path, sentence: str):
    for text in placed(sentence):
        assert sorted(proxies(tmp_path, text)) == [("Rose LYS", "Jean CARON")], text


@pytest.mark.parametrize("item", ["Mme Rose LYS (voix confiée à M. Jean CARON)", "Mme Rose LYS (pouvoir délivré à M. Jean CARON)",
                                  "Mme Rose LYS (Val), 9e Vice-présidente, représentée par M. Jean CARON suivant pouvoir"])
def test_a_proxy_noted_after_its_giver_in_a_list_of_those_represented(tmp_path: Path, item: str):
    roll = PRESENT + "Représentés : " + item + " ; M. Luc PETIT (pouvoir à Mme Anne BRUN).\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")]


@pytest.mark.parametrize("sentence", ["Pouvoir de Mme Rose LYS à M. le Maire.", "Pouvoir a été donné par Mme Rose LYS à M. le Maire."])
def test_a_proxy_told_giver_first_to_an_office(tmp_path: Path, sentence: str):
    roll = PRESENT + "Absent excusé : M. Yves MORIN.\n\n" + sentence + "\n"
    assert ("Rose LYS", "Paul ROCHE") in proxies(tmp_path, _seance(COUNCIL, roll))


@pytest.mark.parametrize("verb", ["se retire", "quitte la séance"])
def test_a_member_who_leaves_and_gives_a_proxy(tmp_path: Path, verb: str):
    roll = PRESENT + f"Absent : M. Yves MORIN.\n\nÀ 20 h 10, après le vote du point 3, Mme Anne BRUN {verb} et dépose un pouvoir en faveur de M. Jean CARON.\n"
    assert ("Anne BRUN", "Jean CARON") in proxies(tmp_path, _seance(COUNCIL, roll))


def test_a_collapsed_site_s_menu_ends_the_body_s_name(tmp_path: Path):
    text = ("Aller au contenu Communauté de communes du Val-Brun Accueil La Communauté Compétences Services Contact Accueil > "
            "Le Conseil > Comptes rendus Compte rendu du Conseil communautaire du 5 juin 2025 COMPTE RENDU DU CONSEIL "
            "COMMUNAUTAIRE Séance du jeudi 5 juin 2025 Présents : M. Paul ROCHE, Président, Mme Anne BRUN. 1. Budget Adopté à l'unanimité.")
    organ = read(tmp_path, text).facts[0].of_class("Seance")[0].first("organe")
    assert organ.first("organisation").first("rdfs:label") == "Communauté de communes du Val-Brun"


def test_a_member_body_s_label_with_commas_is_no_person(tmp_path: Path):
    roll = ("Délégués présents :\nCC Val-Brun : M. Paul ROCHE, Président ; Mme Anne BRUN.\n"
            "CC Arbres, Roches, Salines - Cœur du Val : Mme Rose LYS ; M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n")
    statuses = _statuses(tmp_path, _seance("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL", roll))
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Anne BRUN", "Rose LYS", "Jean CARON"}


@pytest.mark.parametrize("roll", [
    "Pouvoirs :\n\tM. Luc PETIT (Val) a déposé son pouvoir auprès de M. Jean CARON ;\n\tMme Rose LYS (Roche) : pouvoir nominatif à Mme Anne BRUN.\n",
    "Absents ayant délégué leur vote : M. Luc PETIT (Val), ayant délégué son\nvote à M. Jean CARON ; Mme Rose LYS (Roche), ayant délégué son vote à\nMme Anne BRUN.\n",
])
def test_proxies_of_the_sets_780_819(tmp_path: Path, roll: str):
    assert sorted(proxies(tmp_path, _seance(COUNCIL, PRESENT + roll))) == [("Luc PETIT", "Jean CARON"), ("Rose LYS", "Anne BRUN")]


@pytest.mark.parametrize("item", ["M. Luc PETIT (représentation assurée par Mme Anne BRUN)", "M. Luc PETIT (vote délégué à Mme Anne BRUN)",
                                  "Mme Anne BRUN, maire de Valbrune, porteuse du pouvoir de M. Luc PETIT"])
def test_a_proxy_noted_or_held_in_a_list_of_proxies(tmp_path: Path, item: str):
    roll = PRESENT + "Pouvoirs : " + item + " ; Mme Rose LYS (pouvoir à M. Jean CARON).\n"
    assert sorted(proxies(tmp_path, _seance(COUNCIL, roll))) == [("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")]


def test_a_left_column_s_heading_alone_above_its_names(tmp_path: Path):
    left = ["PRÉSENTS :", "", "M. Paul ROCHE, Maire", "Mme Anne BRUN, 1re adjointe", "M. Jean CARON, 2e adjoint", "Mme Nina ROUX", "M. Hugo SALA"]
    right = ["", "", "REPRÉSENTÉS :", "Mme Rose LYS (procuration à M. le Maire)", "M. Yves MORIN (procuration à Mme Anne BRUN)", "", "EXCUSÉ : M. Luc PETIT"]
    roll = "\n".join(f"     {a:<44}{b}".rstrip() for a, b in zip(left, right))
    text = _seance(COUNCIL, roll)
    statuses = _statuses(tmp_path, text)
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Hugo SALA"}
    assert sorted(proxies(tmp_path, text)) == [("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")]


@pytest.mark.parametrize("said, last", [("pour les deux premiers points", "2"), ("pour les 3 premiers points", "3")])
def test_a_proxy_for_the_first_points_said_by_their_number(tmp_path: Path, said: str, last: str):
    from tests.genre.test_attendance_layouts_14 import read as read_minutes
    roll = PRESENT + f"Absent : M. Yves MORIN.\n\nMme Rose LYS a remis un pouvoir à M. Jean CARON {said}.\n"
    facts = read_minutes(tmp_path, _seance(COUNCIL, roll)).facts[0]
    scopes = [(p.first("depuisActe"), p.first("jusquAActe")) for p in facts.of_class("Pouvoir")]
    assert scopes == [("1", last)]
