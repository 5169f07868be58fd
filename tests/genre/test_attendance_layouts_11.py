"""Forms met in the eleventh and twelfth blind sets (proxies, the chair, the secretary, the author): each on a
small invented text, read through the pipeline, so a change that breaks one shows here by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.pipeline import ingest


def read(tmp_path: Path, text: str):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc]).facts[0]


def chair_and_secretary(tmp_path: Path, text: str) -> tuple[str | None, str | None]:
    seance = read(tmp_path, text).of_class("Seance")[0]
    return tuple(who.first("rdfs:label") if who else None for who in (seance.first("president"), seance.first("secretaire")))


def proxies(tmp_path: Path, roll_call: str) -> set[tuple[str, str]]:
    """(giver, holder) of each proxy read from a small séance whose roll call is `roll_call`."""
    doc = tmp_path / "doc.txt"
    doc.write_text("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\n"
                   "Le Conseil municipal s'est réuni le mardi 4 mars 2025 à 18 h 30 à la mairie, sous la présidence de\n"
                   f"M. Paul ROCHE, Maire.\n\n{roll_call}\n\n1 - Budget\nAdopté à l'unanimité.\n", encoding="utf-8")
    facts = ingest([doc]).facts[0]
    return {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")) for r in facts.of_class("Pouvoir")}


PRESENT = "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, Mme Lise GARNIER."


@pytest.mark.parametrize("excused", [
    "Excusée : Mme Rose LYS, qui a mandaté Mme Anne BRUN pour la représenter.",  # the holder between verb and purpose
    "Excusée : Mme Rose LYS qui a donné procuration écrite à Mme Anne BRUN.",    # an adjective after the noun
    "Excusée : Mme Rose LYS, qui a confié son pouvoir à Mme Anne BRUN.",
])
def test_a_proxy_told_in_a_relative_clause_after_the_givers_name(tmp_path: Path, excused: str):
    assert proxies(tmp_path, f"{PRESENT}\n{excused}") == {("Rose LYS", "Anne BRUN")}


def test_a_list_of_proxies_written_pouvoir_de_x_en_faveur_de_y(tmp_path: Path):
    found = proxies(tmp_path, f"{PRESENT}\nDeux pouvoirs ont été remis :\n"
                              "  - pouvoir de Mme Rose LYS en faveur de Mme Anne BRUN ;\n"
                              "  - pouvoir de M. Yves BLANC en faveur de M. Jean CARON.")
    assert found == {("Rose LYS", "Anne BRUN"), ("Yves BLANC", "Jean CARON")}


def test_a_mandate_to_act_is_no_proxy(tmp_path: Path):
    assert proxies(tmp_path, f"{PRESENT}\nLe Conseil a mandaté M. Paul ROCHE pour signer la convention.") == set()


FIELDS = ("MÉTROPOLE DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE\n\n"
          "Séance publique du lundi 7 mars 2022\n\nPrésident : Monsieur Paul Roche\n\nSecrétaire élu : Monsieur Yves Lys\n\n"
          "Présents : M. Roche, Mme Brun, M. Lys, Mme Garnier.\n"
          "Absents excusés : Mme Rose (pouvoir à M. Roche), M. Caron (pouvoir à Mme Brun à partir du dossier n° CP-2022-0012).\n\n"
          "Objet : Budget\nAdopté à l'unanimité.\n")


def test_the_chair_and_secretary_as_heading_fields_and_a_surname_only_roll_call_resolved_to_them(tmp_path: Path):
    assert chair_and_secretary(tmp_path, FIELDS) == ("Paul ROCHE", "Yves LYS")
    scopes = {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")): r.first("depuisActe")
              for r in read(tmp_path, FIELDS).of_class("Pouvoir")}
    # "M. Roche" of the lists is the "Monsieur Paul Roche" of the fields: one person, the proxy's holder
    assert scopes == {("ROSE", "Paul ROCHE"): None, ("CARON", "BRUN"): "CP-2022-0012"}


def test_a_president_field_after_the_roll_call_is_an_elections_result_not_the_chair(tmp_path: Path):
    text = ("ASSOCIATION LES AMIS DU VAL-BRUN\nCompte rendu de l'assemblée générale du samedi 8 mars 2025\n\n"
            "Présents : Mme Anne BRUN, M. Jean CARON, Mme Lise GARNIER.\n\n1 - Élection du bureau\n"
            "Président : M. Jean CARON\nTrésorière : Mme Lise GARNIER\nAdopté à l'unanimité.\n")
    assert chair_and_secretary(tmp_path, text)[0] is None


@pytest.mark.parametrize("opening", ["Le Président, M. Paul ROCHE, ouvre la séance et constate que le quorum est atteint.",
                                     "M. Paul ROCHE, président, ouvre l'assemblée et remercie les participants."])
def test_the_chair_named_with_the_role_before_or_after_the_name_as_they_open_the_seance(tmp_path: Path, opening: str):
    text = ("SYNDICAT INTERCOMMUNAL DU VAL-BRUN\nCompte rendu du comité syndical\n\n"
            f"Le comité syndical s'est réuni le mardi 5 avril 2016 à 20 h 30 à la mairie. {opening}\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON. Secrétaire : Anne BRUN 1. Budget : adopté à l'unanimité.\n")
    assert chair_and_secretary(tmp_path, text) == ("Paul ROCHE", "Anne BRUN")  # one-line text: the item's number is no name's


def test_an_association_agreee_named_in_capitals_above_its_kind(tmp_path: Path):
    text = ("FÉDÉRATION DU VAL-BRUN POUR LA PÊCHE\nAssociation agréée - Reconnue d'utilité publique\n\n"
            "Procès-verbal de la réunion du Conseil d'administration\nJeudi 26 novembre 2020 - 18 h 00\n\n"
            "Présents : M. Paul ROCHE (président), Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")
    # (the capitals' case is guessed word by word: compared folded)
    assert [o.first("nom").casefold() for o in read(tmp_path, text).of_class("Organisation")] == ["fédération du val-brun pour la pêche"]


def test_a_holder_named_by_an_office_the_text_gives_a_member_after_their_name(tmp_path: Path):
    found = proxies(tmp_path, f"{PRESENT}\nAbsents ayant donné délégation de vote :\n- Mme Rose LYS à M. le Premier Vice-Président ;\n"
                              "- M. Yves BLANC à Mme Anne BRUN.\n\nDe 15 h 10 à 16 h 30, la présidence a été assurée par M. Jean\n"
                              "CARON, 1er Vice-Président.")
    assert found == {("Rose LYS", "Jean CARON"), ("Yves BLANC", "Anne BRUN")}  # "Premier" and "1er" are one office


def test_a_presence_table_by_college_with_a_proxy_column_and_a_mark_one_space_after_a_long_name(tmp_path: Path):
    facts = read(tmp_path, "OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION\n\n"
                           "Le Conseil d'administration s'est réuni le mardi 24 juin 2025 à 14 h 30 au siège, sous la\n"
                           "présidence de Mme Anne BRUN, Présidente.\n\n"
                           " Collège                 Administrateur                    Présent  Excusé  Pouvoir donné à\n"
                           " Élus                    Mme Anne BRUN                        X\n"
                           "                         M. Jean CARON                                 X     Mme la Présidente\n"
                           " Locataires              Mme Marie-Rose GARNIER-LYS (CNL) X\n"
                           "                         M. Yves BLANC (CLCV)                 X\n\n"
                           "1. Budget\nAdopté à l'unanimité.\n")
    status = {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation")}
    assert status == {"Anne BRUN": "présent", "Jean CARON": "excusé", "Marie-Rose GARNIER-LYS": "présent", "Yves BLANC": "présent"}
    assert {(r.first("mandant").first("rdfs:label"), r.first("mandataire").first("rdfs:label")) for r in facts.of_class("Pouvoir")} == {("Jean CARON", "Anne BRUN")}


AG_THEN_BOARD = ("ASSOCIATION LES AMIS DU VAL-BRUN\nPROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 15 MARS 2014\n\n"
                 "L'assemblée générale s'est réunie le samedi 15 mars 2014 à 14 h 30 à la salle des fêtes.\n"
                 "M. Paul ROCHE, président, ouvre l'assemblée. Mme Anne BRUN est désignée secrétaire de séance.\n"
                 "Pouvoirs : Mme Rose LYS à M. Jean CARON.\n\n1. Rapport moral\nAdopté à l'unanimité.\n\n"
                 "La séance est levée à 16 h 50.\n\n"
                 "RÉUNION DU CONSEIL D'ADMINISTRATION - 15 MARS 2014, 17 h 10\n\n"
                 "Administrateurs présents : Paul ROCHE, Jean CARON, Lise GARNIER.\n"
                 "Excusée : Anne BRUN, qui a confié son pouvoir à Lise GARNIER.\nSecrétaire de séance : Lise GARNIER.\n\n"
                 "1. Élection du bureau\nAdopté à l'unanimité.\n")


def test_a_meeting_of_another_organ_headed_after_the_first_one_closed_is_a_seance_of_its_own(tmp_path: Path):
    facts = read(tmp_path, AG_THEN_BOARD)
    organs = {s.first("organe").first("nom"): s for s in facts.of_class("Seance")}
    assert set(organs) == {"Assemblée générale ordinaire", "Conseil d'administration"}
    board = organs["Conseil d'administration"]
    assert board.first("secretaire").first("rdfs:label") == "Lise GARNIER"
    assert organs["Assemblée générale ordinaire"].first("secretaire").first("rdfs:label") == "Anne BRUN"
    assert {(p.first("seance") is board, p.first("mandant").first("rdfs:label")) for p in facts.of_class("Pouvoir")} == {(False, "Rose LYS"), (True, "Anne BRUN")}


def test_the_same_organs_heading_after_the_end_opens_its_signature_sheet_not_a_seance(tmp_path: Path):
    sheet = AG_THEN_BOARD.replace("RÉUNION DU CONSEIL D'ADMINISTRATION - 15 MARS 2014, 17 h 10", "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DU 15 MARS 2014 — émargement")
    assert len(read(tmp_path, sheet).of_class("Seance")) == 1


def test_the_commune_a_mairies_stamp_names_is_the_author_not_one_an_item_names(tmp_path: Path):
    text = ("Séance du 27 février 2009\n\nL'an deux mil neuf, le vingt-sept février à vingt heures trente, le Conseil\n"
            "Municipal de cette Commune s'est réuni sous la présidence de M. Paul ROCHE, Maire.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
            "N° 1 - Objet : Adhésion de la commune de Guéret au syndicat des eaux\nAdopté à l'unanimité.\n\n"
            "Le Maire,\nPaul ROCHE\n            ( MAIRIE D'AUBUSSON * CREUSE * )\n")
    assert read(tmp_path, text).of_class("Seance")[0].first("organe").first("organisation").first("nom") == "Commune d'Aubusson"


def test_those_present_listed_by_how_they_attend_at_the_seat_or_by_video(tmp_path: Path):
    facts = read(tmp_path, "ASSOCIATION LES AMIS DU VAL-BRUN\nProcès-verbal de la réunion du Conseil d'administration\n"
                           "Jeudi 26 novembre 2020 - 18 h 00\n\nParticipants\n• Au siège : Paul ROCHE (président), Anne BRUN\n"
                           "• En visioconférence : Jean CARON, Lise GARNIER\n• Excusé : Yves BLANC (pouvoir au Président)\n\n"
                           "Le président ouvre la séance à 18 h 05.\n\n1. Budget\nAdopté à l'unanimité.\n")
    status = {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation") if p.first("statut") != "représenté"}
    assert status == {"Paul ROCHE": "présent", "Anne BRUN": "présent", "Jean CARON": "présent", "Lise GARNIER": "présent", "Yves BLANC": "excusé"}
    assert facts.of_class("Seance")[0].first("president").first("rdfs:label") == "Paul ROCHE"


def test_a_departure_with_a_proxy_told_in_a_sentence_wrapped_before_its_verb(tmp_path: Path):
    found = proxies(tmp_path, f"{PRESENT}\n\nMouvements : M. Jean CARON (Val-Brun) quitte la séance avant l'examen de\n"
                              "la présente délibération et donne pouvoir à Mme Lise GARNIER.")
    assert found == {("Jean CARON", "Lise GARNIER")}


def test_the_eldest_presiding_a_boards_first_meeting_and_no_office_made_of_the_verb_after_his_name(tmp_path: Path):
    facts = read(tmp_path, AG_THEN_BOARD.replace("Administrateurs présents :", "Le conseil d'administration, réuni à l'issue de "
                 "l'assemblée, sous la présidence de son doyen d'âge, M. Jean CARON, procède à l'élection du bureau.\nAdministrateurs présents :"))
    board = next(s for s in facts.of_class("Seance") if s.first("organe").first("nom") == "Conseil d'administration")
    assert board.first("president").first("rdfs:label") == "Jean CARON"
    assert not [m for m in facts.of_class("Mandat") if "lection" in (m.first("role") or "")]


def test_a_list_of_proxies_written_as_sentences_is_read_sentence_by_sentence(tmp_path: Path):
    roll_call = ("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\nExcusés : M. Luc PETIT, Mme Rose LYS.\n\n"
                 "Pouvoirs : M. PETIT a donné pouvoir à Mme BRUN. Mme LYS, quittant la séance après\n"
                 "le vote du point 15, a donné pouvoir à M. CARON pour les points 16 à 18.")
    assert proxies(tmp_path, roll_call) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")}


def test_a_proxy_sentence_that_ocr_printed_without_accents(tmp_path: Path):
    roll_call = ("Presents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                 "M. Luc PETIT (CC du Val-Brun), empeche, avait donne mandat a Mrne Anne BRUN ;\n"
                 "Mme Rose LYS a donne procuration a M. Jean CARON.")
    assert proxies(tmp_path, roll_call) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")}


def test_a_table_of_delegations_with_their_validity_and_a_footnotes_written_proxy(tmp_path: Path):
    roll_call = ("Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, Mme Lise GARNIER.\nExcusés : M. Luc PETIT (1).\n\n"
                 "  Délégant                 Délégataire               Validité\n"
                 "  Mme Rose LYS              Mme Anne BRUN             toute la séance\n"
                 "  M. Marc DURAND            M. Jean CARON             de 15 h 30 à 17 h 00\n\n"
                 "(1) M. PETIT a remis une procuration écrite à Mme Lise GARNIER.")
    assert proxies(tmp_path, roll_call) == {("Rose LYS", "Anne BRUN"), ("Marc DURAND", "Jean CARON"), ("Luc PETIT", "Lise GARNIER")}
