"""Attendance written in layouts met after the eighth blind set: each mechanism on a small invented
text, so a change that breaks one shows here by name."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from civicgraph.genre.cues import Text
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.genre.table import read_table
from civicgraph.pipeline import ingest

MINUTES = ("ASSOCIATION LES AMIS DU VAL-BRUN\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE\n"
           "L'assemblée générale s'est tenue le samedi 4 mars 2023 à 14 h 30, présidée par M. Paul ROCHE.\n"
           "Présents : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON.\n"
           "Ont donné pouvoir : Mme Anne BRUN à M. Jean CARON ; M. Luc FAURE à Mme Lise GARNIER.\n\n"
           "1. Rapport moral\nAdopté à l'unanimité.\n\n2. Rapport financier\nAdopté à l'unanimité.\n\n"
           "M. CARON quitte l'assemblée à 16 h 10 ; il donne son pouvoir à Mme GARNIER.\n\n"
           "3. Élection du bureau\nAdopté à l'unanimité.\n")


def proxies(tmp_path: Path) -> dict[tuple[str, str], tuple]:
    doc = tmp_path / "pv.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    facts = ingest([doc]).facts[0]
    return {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")):
            (r.first("depuisHeure"), r.first("jusquAHeure"), r.first("jusquAActe")) for r in facts.of_class("Pouvoir")}


def test_a_pronoun_after_a_semicolon_gives_the_leaving_members_proxy(tmp_path: Path):
    assert proxies(tmp_path)[("Jean CARON", "Lise GARNIER")][0] == time(16, 10)


def test_a_holder_who_leaves_ends_the_proxies_he_held_with_the_last_item_before(tmp_path: Path):
    found = proxies(tmp_path)
    assert found[("Anne BRUN", "Jean CARON")] == (None, time(16, 10), "2")
    assert found[("Luc FAURE", "Lise GARNIER")] == (None, None, None)  # its holder stays


def read(tmp_path: Path, text: str):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc]).facts[0]


def proxy_rows(facts) -> list[tuple]:
    return sorted((r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label"), r.first("jusquAHeure"))
                  for r in facts.of_class("Pouvoir"))


COMMISSION = ("DEPARTEMENT DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DELIBERATIONS DE LA COMMISSION PERMANENTE\n\n"
              "La Commission Permanente du Conseil départemental du Val-Brun s'est réunie le lundi 7 juin 2004 à 14 h 30,\n"
              "sous la présidence de M. Paul ROCHE, Président.\n\n"
              "Etaient présents : MM. ROCHE, CARON, Mme GARNIER, et M. FAURE (à partir de 15 h 10).\n\n"
              "Absents excusés : MM. BLANC, FAURE (jusqu'à 15 h 10).\n\n"
              "Avaient donné mandat de vote :\nM. BLANC à M. C ARON,\nM. FAURE à Mme GARNIER, jusqu'à son arrivée.\n\n"
              "Après en avoir délibéré, la Commission Permanente adopte le rapport à l'unanimité.\n")


def test_mandat_de_vote_heads_a_proxy_list_and_a_capital_split_off_by_ocr_is_joined_back(tmp_path: Path):
    rows = proxy_rows(read(tmp_path, COMMISSION))
    assert [(giver, holder) for giver, holder, _ in rows] == [("BLANC", "CARON"), ("FAURE", "GARNIER")]


def test_a_proxy_until_arrival_ends_when_the_roll_call_lists_its_giver_present(tmp_path: Path):
    assert proxy_rows(read(tmp_path, COMMISSION))[1][2] == time(15, 10)


ANNEX = ("     COMMUNAUTÉ D'AGGLOMÉRATION                      COMPTE RENDU\n     DU VAL-BRUN                               DU CONSEIL COMMUNAUTAIRE\n\n"
         "L'an deux mille dix-sept, le jeudi 29 juin à 18 h 30, le Conseil communautaire de la Communauté\n"
         "d'Agglomération du Val-Brun s'est réuni sous la présidence de M. Paul ROCHE, Président.\n\n"
         "PRÉSENTS : M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON, M. Yves BLANC.\n\n"
         "2017-55 Budget\nAdopté à l'unanimité.\n\n"
         "ANNEXE – ÉTAT DES POUVOIRS\n\n"
         " N°  Mandant                 Pouvoir donné à          Validité                     Observations\n"
         " 1   Mme Anne BRUN           M. Jean CARON            séance entière\n"
         " 2   M. Yves BLANC           Mme Lise GARNIER         —                            sans objet : M. BLANC\n"
         "                                                                                   présent dès l'ouverture\n"
         " 3   M. Luc FAURE            Mme Lise GARNIER         à compter de la              remis lors de son départ\n"
         "                                                      n° 2017-58                   (19 h 25)\n\n")


def test_an_annexed_table_of_proxies_its_wrapped_cells_and_a_proxy_it_voids(tmp_path: Path):
    facts = read(tmp_path, ANNEX)
    found = sorted((r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label"), r.first("depuisActe"))
                   for r in facts.of_class("Pouvoir"))
    assert found == [("Anne BRUN", "Jean CARON", None), ("Luc FAURE", "Lise GARNIER", "2017-58")]


def test_a_body_named_in_a_sentence_wrapped_inside_its_kind_words(tmp_path: Path):
    names = [r.first("nom") for r in read(tmp_path, ANNEX).of_class("Organisation")]
    assert "Communauté d'Agglomération du Val-Brun" in names


def test_an_association_named_by_its_letterhead_or_its_titles_words(tmp_path: Path):
    above = read(tmp_path, "Vélo Val-Brun – atelier de réparation\nCompte rendu du conseil d'administration du mardi 13 janvier 2026\n\n"
                           "Présents : Léna ROCHE (présidente), Paul CARON, Lise GARNIER.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert [o.first("nom") for o in above.of_class("Organisation")] == ["Vélo Val-Brun – atelier de réparation"]
    titled = read(tmp_path, "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DES AMIS DU VAL-BRUN\n\n12 mai 2022\n\n"
                            "Présents : Léna ROCHE (présidente), Paul CARON, Lise GARNIER.\n\n1. Rapport moral\nAdopté à l'unanimité.\n")
    assert [o.first("nom") for o in titled.of_class("Organisation")] == ["Amis du Val-Brun"]


def test_inclusive_headings_and_holders_written_as_an_office_of_the_roll_call(tmp_path: Path):
    facts = read(tmp_path, "COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du jeudi 15 juin 2023\n\n"
                           "Étaient présents : M. Paul ROCHE, Maire ; M. Jean CARON, 1er adjoint, Maire délégué de Brune-le-Haut ;\n"
                           "Mme Lise GARNIER, 2e adjointe ; Mme Anne BRUN (Sevran), arrivée à 19 h 25 au cours du point 4.\n\n"
                           "Conseiller(e)s représenté(e)s :\n• M. Luc FAURE a donné procuration au Maire délégué de Brune-le-Haut\n"
                           "• Mme Rose PETIT a donné procuration au 2e adjoint\n"
                           "• Mme Anne BRUN a donné procuration à Mme Lise GARNIER jusqu'à son arrivée\n\n"
                           "1. Budget\nAdopté à l'unanimité.\n")
    assert proxy_rows(facts) == [("Anne BRUN", "Lise GARNIER", time(19, 25)), ("Luc FAURE", "Jean CARON", None)]


def test_a_table_of_members_represented_and_the_secretary_its_holder(tmp_path: Path):
    facts = read(tmp_path, "LES AMIS DU VAL-BRUN\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\ndu samedi 19 mars 2011\n\n"
                           "Bureau présent : Mme Lise GARNIER (Présidente), M. Jean CARON (Secrétaire), Mme Anne BRUN (Trésorière).\n\n"
                           "Pouvoirs reçus :\n\n     Membre représenté            Pouvoir remis à\n"
                           "     M. Luc FAURE                 le Secrétaire\n     Mme Rose PETIT               Mme Anne BRUN\n\n"
                           "1. Rapport moral\nAdopté à l'unanimité.\n")
    assert proxy_rows(facts) == [("Luc FAURE", "Jean CARON", None), ("Rose PETIT", "Anne BRUN", None)]
    present = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if "présent" in p.props["statut"]}
    assert {"Lise GARNIER", "Jean CARON", "Anne BRUN"} <= present


def test_a_forms_dot_leaders_lead_each_label_to_its_value(tmp_path: Path):
    facts = read(tmp_path, "RÉGION VAL-BRUN                      Module Séances — Export « Émargement »\n"
                           "Commission permanente régionale\n==========\n"
                           "Séance .......................... : CPR du vendredi 16 septembre 2022\n"
                           "Lieu ............................ : Hôtel de Région, salle Jean-Zay\n"
                           "Convocation envoyée le .......... : 09/09/2022\n"
                           "Présidence ...................... : ROCHE Paul, Président du Conseil régional\n\n"
                           "Présents : ROCHE Paul, GARNIER Lise, CARON Jean.\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = facts.of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Paul ROCHE"
    assert seance.first("lieu") == "Hôtel de Région, salle Jean-Zay"
    assert str(seance.first("dateConvocation")) == "2022-09-09"


def test_an_organs_name_then_a_day_dates_the_seance_and_animation_names_its_chair(tmp_path: Path):
    facts = read(tmp_path, "Vélo Val-Brun – atelier de réparation\nCompte rendu du conseil d'administration du mardi 13 janvier 2026\n\n"
                           "Animation : Léna ROCHE (présidente)\nSecrétaire de séance : Paul CARON\n\n"
                           "Présents : Léna ROCHE, Paul CARON, Lise GARNIER.\n\n1. Budget\nAdopté à l'unanimité.\n\n"
                           "Prochain conseil d'administration : mardi 17 février 2026.\n")
    seance = facts.of_class("Seance")[0]
    assert str(seance.first("date")) == "2026-01-13"
    assert seance.first("president").first("rdfs:label") == "Léna ROCHE"


def test_a_headings_time_after_a_dash(tmp_path: Path):
    facts = read(tmp_path, "SYNDICAT MIXTE DU VAL-BRUN\nCompte rendu du comité syndical du mardi 24 novembre 2009 – 18 h 00\n\n"
                           "Présents : Paul ROCHE, Lise GARNIER, Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert str(facts.of_class("Seance")[0].first("debut")) == "2009-11-24 18:00:00"


def test_a_departure_written_as_a_noun_with_its_hour_and_a_proxy_after_a_colon(tmp_path: Path):
    facts = read(tmp_path, MINUTES.replace("M. CARON quitte l'assemblée à 16 h 10 ; il donne son pouvoir à Mme GARNIER.",
                                           "Départ de M. Jean CARON à 16 h 10, après le vote du point 2 : il donne procuration à Mme Lise GARNIER pour la suite de la séance."))
    found = {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")): (r.first("depuisHeure"), r.first("jusquAHeure"))
             for r in facts.of_class("Pouvoir")}
    assert found[("Jean CARON", "Lise GARNIER")] == (time(16, 10), None)
    assert found[("Anne BRUN", "Jean CARON")] == (None, time(16, 10))


def _roll(raw: str):
    """The roll call read from `raw` as the reader sees it."""
    return read_roll_call(Text(view(raw)), 0, len(raw))


def _table(raw: str):
    """The roll-call table read from `raw` as the reader sees it."""
    return read_table(Text(view(raw)), 0, len(raw))


def test_a_presence_table_whose_names_column_has_no_title_and_a_represented_by_column():
    """The names' column untitled, ticks under "Présent / Excusé", and one "Représenté par" column
    mixing a suppléant who sits and a proxy holder."""
    raw = ("                         Présent   Excusé    Représenté par\n"
           "Collège des communes\n"
           "  M. Paul ROCHE            X\n"
           "  Mme Anne BRUN                      X       M. Yves BLANC (suppléant)\n"
           "  M. Luc FAURE                       X       M. Paul ROCHE (pouvoir)\n\n")
    read = _table(raw)
    assert [(e.who.text, e.status, e.replaces.text if e.replaces else None) for e in read.entries] == [
        ("M. Paul ROCHE", "présent", None), ("Mme Anne BRUN", "excusé", None),
        ("M. Yves BLANC", "présent", "Mme Anne BRUN"), ("M. Luc FAURE", "excusé", None)]
    assert [(p.giver.text, p.holder.text) for p in read.proxies] == [("M. Luc FAURE", "M. Paul ROCHE")]


def test_presents_grouped_by_office_with_communes_and_roles_split_at_line_ends():
    """"Le Président :", "Les Vice-présidents :", "Les conseillers :" group one list of présents; a
    role broken at a line end, or a commune's bracket wrapped from its name, stays with the name."""
    raw = ("Étaient présents :\nLe Président : M. Paul ROCHE (Val-Brun)\n"
           "Les Vice-présidents : Mme Anne BRUN (Mont), 1re Vice-présidente ; M. Luc FAURE (Val-Brun), 2e Vice-\n"
           "président ; M. Jean CARON\n(Mont), 3e Vice-président.\n"
           "Les conseillers : Mme Lise GARNIER (Val-Brun), M. Yves BLANC (Mont), arrivé à 19 h 25.\n\n"
           "Le président ouvre la séance.\n")
    read = _roll(raw)
    assert [(" ".join(e.who.text.split()), e.status) for e in read.entries] == [
        ("M. Paul ROCHE", "présent"), ("Mme Anne BRUN", "présent"), ("M. Luc FAURE", "présent"),
        ("M. Jean CARON", "présent"), ("Mme Lise GARNIER", "présent"), ("M. Yves BLANC", "présent")]
    assert [(e.commune.text, " ".join(e.role.split())) for e in read.entries[2:4]] == [("Val-Brun", "2e Vice-président"), ("Mont", "3e Vice-président")]
    assert read.entries[-1].from_time == time(19, 25)


def test_proxies_told_in_the_passive_several_givers_to_the_president(tmp_path: Path):
    text = MINUTES.replace("Ont donné pouvoir : Mme Anne BRUN à M. Jean CARON ; M. Luc FAURE à Mme Lise GARNIER.\n",
                           "Les pouvoirs remis sans nom de mandataire par Mme Anne BRUN, M. Luc FAURE et Mme Rose PETIT ont été "
                           "attribués au président, conformément aux statuts.\n").replace(
        "présidée par M. Paul ROCHE.", "présidée par M. Paul ROCHE, président de l'association.")
    doc = tmp_path / "pv.txt"
    doc.write_text(text, encoding="utf-8")
    facts = ingest([doc]).facts[0]
    given = {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")) for p in facts.of_class("Pouvoir")}
    assert {("Anne BRUN", "Paul ROCHE"), ("Luc FAURE", "Paul ROCHE"), ("Rose PETIT", "Paul ROCHE")} <= given


def test_headings_in_inclusive_writing_head_their_lists():
    raw = "Présent·es :\n● Mme Rose LYS\n● M. Paul VERNAY\n\nExcusé·es :\n● Mme Anne BRUN\n\nAbsent·e·s : M. Luc FAURE.\n\n"
    read = _roll(raw)
    assert [(e.who.text, e.status) for e in read.entries] == [("Mme Rose LYS", "présent"), ("M. Paul VERNAY", "présent"),
                                                              ("Mme Anne BRUN", "excusé"), ("M. Luc FAURE", "absent")]
