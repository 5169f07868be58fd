"""Bodies, roll calls and proxies met in the blind sets of cases 440–499, read by general mechanisms, each on a
small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre import author
from civicgraph.genre.cues import Text
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses


def _names(text: str) -> set[str]:
    return {b.name for b in author.bodies(Text(text))}


def test_a_syndicat_s_acronym_stays_in_capitals_and_the_words_after_it_keep_their_prepositions_small():
    assert "SIETOM de la Vallée du Brun" in _names("SIETOM DE LA VALLÉE DU BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Eaux du Val-Brun" in _names("SYNDICAT MIXTE DES EAUX DU VAL-BRUN\nCOMITÉ SYNDICAL\n")
    assert "Association Les Amis du Val" in _names("ASSOCIATION LES AMIS DU VAL\nASSEMBLÉE GÉNÉRALE\n")


def test_an_eurometropole_is_a_metropole_and_its_council_the_metropolitan_council(tmp_path: Path):
    assert "Metropole" in bodies(tmp_path, _seance("EUROMÉTROPOLE DU VAL-BRUN\nSÉANCE DU CONSEIL DE L'EUROMÉTROPOLE", PRESENT)).get("Eurométropole du Val-Brun", set())
    facts = read(tmp_path, _seance("EUROMÉTROPOLE DU VAL-BRUN\nSÉANCE DU CONSEIL DE L'EUROMÉTROPOLE", PRESENT)).facts[0]
    assert {o.first("nom") for o in facts.of_class("Organe")} == {"Conseil métropolitain"}


def test_an_acronym_alone_on_its_line_over_the_syndicat_s_full_name_is_not_that_name_s_first_word():
    names = _names("SMITU\nSYNDICAT MIXTE DES TRANSPORTS URBAINS DU VAL-BRUN\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Transports Urbains du Val-Brun" in names
    assert not any(name.upper().startswith("SMITU SYNDICAT") for name in names)


def test_proxies_one_sentence_a_line_are_a_list_s_items_and_a_proxy_to_m_le_maire_is_the_mayor_s(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON.\n\n"
            "Absents excusés :\n\tMme Rose LYS, excusée, donne délégation de vote à Mme Anne BRUN.\n"
            "\tM. Yves MORIN, excusé, donne délégation de vote à M. le Maire.\n\tM. Luc PETIT, excusé.")
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", roll)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Anne BRUN"), ("Yves MORIN", "Paul ROCHE")}
    facts = read(tmp_path, text).facts[0]
    excused = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if "excusé" in p.props.get("statut", [])}
    assert excused == {"Rose LYS", "Yves MORIN", "Luc PETIT"}


def test_a_ccas_member_s_body_in_brackets_is_no_commune_unless_it_is_one_and_a_qualified_person_s_proxy_is_read(tmp_path: Path):
    roll = ("Présents : Mme Anne BRUN, Présidente ; M. Jean CARON (Secours des Vallées) ; Mme Nina ROUX.\n\n"
            "Pouvoirs :\n\tM. Luc PETIT (Amis du Val) est représenté par M. Jean CARON.\n"
            "\tMme Rose LYS donne pouvoir à Mme Nina ROUX.\n\tM. Noël RIBES, personne qualifiée, a confié son pouvoir à Mme Anne BRUN.")
    text = _seance("CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-BRUN\nCONSEIL D'ADMINISTRATION", roll)
    assert "Commune" not in bodies(tmp_path, text).get("Amis du Val", {"Commune"})
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Nina ROUX"), ("Noël RIBES", "Anne BRUN")}


COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


def test_proxy_verbs_met_in_the_forty_fourth_and_fifth_sets(tmp_path: Path):
    roll = PRESENT + ("Pouvoirs :\n\tM. Yves MORIN a fait parvenir un pouvoir à Mme la Maire.\n"
                      "\tMme Rose LYS a donné procuration de vote à M. Jean CARON.\n"
                      "\tM. Luc PETIT (CC du Val) a désigné Mme Nina ROUX pour le représenter.\n"
                      "\tMme LEROUX Patricia donne mandat a Mme BRUN Anne pour la representer.")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {
        ("Yves MORIN", "Paul ROCHE"), ("Rose LYS", "Jean CARON"), ("Luc PETIT", "Nina ROUX"), ("Patricia LEROUX", "Anne BRUN")}


def test_a_list_of_proxy_sentences_without_accents_goes_on_to_a_name_alone_and_an_item_s_refusal_voids_its_proxy(tmp_path: Path):
    roll = PRESENT + ("Absents excuses :\nM. Yves MORIN a delegue son pouvoir a Mme Anne BRUN.\n"
                      "Mme Rose LYS a delegue son pouvoir a M. le Maire.\nM. Luc PETIT.\n\n"
                      "Procurations :\nM. Noël RIBES a donné procuration écrite à M. Jean CARON.\n"
                      "Mme Lise NOËL avait donné procuration écrite à Mme Zoé MAS, qui n'a pu être\n"
                      "présente ; cette procuration n'a donc pas été utilisée.")
    text = _seance(COUNCIL, roll)
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Paul ROCHE"), ("Noël RIBES", "Jean CARON")}
    statuses = _statuses(tmp_path, text)
    assert (statuses["Luc PETIT"], statuses["Yves MORIN"]) == ("excusé", "excusé")
    assert "Lise NOËL" not in statuses


def test_a_movement_timed_at_its_sentence_s_opening_with_the_member_s_commune_in_brackets_scopes_the_proxies(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 5 décembre 2024\n\n"
            "Présents : M. Paul ROCHE, Président ; Mme Anne BRUN (Val-Brun), M. Jean CARON (Haut-Mont), Mme Nina ROUX (Val-Brun).\n\n"
            "Pouvoirs : Mme Rose LYS (Haut-Mont) donne pouvoir à Mme Anne BRUN jusqu'à son arrivée ; "
            "M. Luc PETIT (Val-Brun) : pouvoir à M. Jean CARON à partir du point 2, en raison de son départ à 19 h 20.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n\nÀ 18 h 40, Mme Rose LYS (Haut-Mont) rejoint la séance.\n\n"
            "2. Tarifs\nAdopté à l'unanimité.\n\n"
            "À 19 h 45, Mme Nina ROUX (Val-Brun) quitte la séance et délègue sa voix à M. Paul ROCHE.\n\n"
            "3. Subventions\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text) == {("Rose LYS", "Anne BRUN"): {"jusquAHeure": "18:40:00", "jusquAActe": "1"},
                                       ("Luc PETIT", "Jean CARON"): {"depuisHeure": "19:20:00", "depuisActe": "2"},
                                       ("Nina ROUX", "Paul ROCHE"): {"depuisHeure": "19:45:00", "depuisActe": "3"}}


def test_a_member_who_joins_the_seance_without_a_time_is_present_from_the_next_act_and_no_conflict_is_reported(tmp_path: Path):
    roll = PRESENT + "Absente représentée : Mme Rose LYS donne pouvoir à Mme Anne BRUN jusqu'à son arrivée."
    text = (f"{COUNCIL}\nSéance du 5 décembre 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n\n"
            "Mme Rose LYS rejoint la séance.\n\n2. Tarifs\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    present = [p for p in facts.of_class("Participation") if p.first("personne").first("rdfs:label") == "Rose LYS"
               and "présent" in p.props.get("statut", [])]
    assert [p.first("depuisActe") for p in present] == ["2"]
    assert not facts.of_class("Seance")[0].props.get("conflit")


def test_two_columns_whose_right_heading_starts_two_characters_left_of_its_lists(tmp_path: Path):
    rows = [("PRÉSENTS : M. Paul ROCHE, Maire ;", "ABSENTS AYANT DONNÉ POUVOIR :", 44),
            ("Mme Anne BRUN, M. Jean CARON,", "Pouvoirs de Mme Rose LYS à M. Jean", 46),
            ("Mme Nina ROUX, Adjoints ; M. Luc PETIT,", "CARON, de M. Yves MORIN à Mme", 46),
            ("M. Hugo SALA, Mme Eva PONS,", "Nina ROUX, de Mme Lise NOËL à", 46),
            ("Conseillers municipaux.", "M. Luc PETIT.", 46)]
    lines = [f"   {left:<{width - 1}} {right}" for left, right, width in rows]
    assert [line.index(right) for line, (_, right, _) in zip(lines, rows)] == [47, 49, 49, 49, 49]
    assert set(proxies(tmp_path, _seance(COUNCIL, "\n".join(lines)))) == {
        ("Rose LYS", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Lise NOËL", "Luc PETIT")}
