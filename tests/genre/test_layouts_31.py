"""Bodies, roll calls and proxies met in the blind sets of cases 440–499, read by general mechanisms, each on a
small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre import author
from civicgraph.genre.cues import Text
from tests.genre.test_attendance_layouts_14 import bodies, proxies, read


def _names(text: str) -> set[str]:
    return {b.name for b in author.bodies(Text(text))}


def test_a_syndicat_s_acronym_stays_in_capitals_and_the_words_after_it_keep_their_prepositions_small():
    assert "SIETOM de la Vallée du Brun" in _names("SIETOM DE LA VALLÉE DU BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Eaux du Val-Brun" in _names("SYNDICAT MIXTE DES EAUX DU VAL-BRUN\nCOMITÉ SYNDICAL\n")
    assert "Association Les Amis du Val" in _names("ASSOCIATION LES AMIS DU VAL\nASSEMBLÉE GÉNÉRALE\n")


def test_an_acronym_alone_on_its_line_over_the_syndicat_s_full_name_is_not_that_name_s_first_word():
    names = _names("SMITU\nSYNDICAT MIXTE DES TRANSPORTS URBAINS DU VAL-BRUN\n\nCOMPTE RENDU DU COMITÉ SYNDICAL\n")
    assert "Syndicat Mixte des Transports Urbains du Val-Brun" in names
    assert not any(name.upper().startswith("SMITU SYNDICAT") for name in names)


def _seance(body: str, roll: str) -> str:
    return f"{body}\nSéance du 5 décembre 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"


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
