"""Rounds fifty-eight and fifty-nine's pieces, each on a small invented text: "(vote délégué par écrit à Y)"; "X (body), qui
a désigné pour le remplacer au vote Y" with names family name first; a departure logged "--- 11:05 : départ de X ; vote
exprimé par l'intermédiaire de Y …"; a table's presence cell wrapped over lines ("excusé, a donné⏎pouvoir écrit à⏎M. Y");
a departure "quitte l'as-⏎semblée" at a line's end; bodies named by their kind in full in a letterhead (a CAUE, an ADIL)."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import bodies, proxies, read

BUREAU = ("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nCompte rendu du Bureau communautaire du 15 décembre 2027\n\n"
          "Présents : Paul ROCHE, Président, Rose LYS, Jean CARON, Anne BRUN.\n{roll}\n\nSecrétaire de séance : Rose LYS.\n\n"
          "{moves}B-2027-01 - Budget\nAdopté à l'unanimité.\n\nB-2027-02 - Tarifs\nAdopté à l'unanimité.\n")


def test_a_vote_delegated_in_writing(tmp_path: Path):
    roll = "Excusés : Luc PETIT (vote délégué par écrit à Rose LYS), Nina ROUX (vote délégué par écrit à Jean CARON)."
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == {("Luc PETIT", "Rose LYS"), ("Nina ROUX", "Jean CARON")}


def test_a_delegate_designated_to_replace_them_at_the_vote(tmp_path: Path):
    text = ("PÔLE MÉTROPOLITAIN DU VAL - COMITÉ SYNDICAL - PROCÈS-VERBAL DE LA SÉANCE DU 3 DÉCEMBRE 2027. Le Comité syndical s'est "
            "réuni le 3 décembre 2027 sous la présidence de ROCHE Paul. Présents : ROCHE Paul, LYS Rose, CARON Jean. Excusés : "
            "PETIT Luc (CA du Val), qui a désigné pour le remplacer au vote LYS Rose ; ROUX Nina (CC des Monts), qui a désigné "
            "pour la remplacer au vote CARON Jean. Secrétaire de séance : LYS Rose. 1. Budget : adopté à l'unanimité.")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Rose LYS"), ("Nina ROUX", "Jean CARON")}


def test_a_departure_logged_with_a_vote_expressed_through_another(tmp_path: Path):
    moves = ("  --- 11:05 : départ de CARON Jean ; vote exprimé par l'intermédiaire de\n      BRUN Anne pour les décisions "
             "suivantes ---\n\n")
    found = proxies(tmp_path, BUREAU.format(roll="", moves=moves))
    assert found[("Jean CARON", "Anne BRUN")]["depuisHeure"] == "11:05:00"


def test_a_departure_from_the_assembly_its_word_wrapped_at_a_hyphen(tmp_path: Path):
    moves = "À 11h20, après le vote de la décision B-2027-01, M. Jean CARON quitte l'as-\nsemblée ; il remet mandat de vote à Mme Anne BRUN pour la décision\nB-2027-02.\n\n"
    moved = read(tmp_path, BUREAU.format(roll="", moves=moves)).facts[0].of_class("Mouvement")
    assert [(m.first("personne").first("rdfs:label"), m.first("typeMouvement")) for m in moved] == [("Jean CARON", "départ")]


def test_a_presence_cell_wrapped_over_lines_tells_the_proxy(tmp_path: Path):
    text = ("ADIL 99                                 Agence départementale d'information\n"
            "                                        sur le logement du Val\n\n"
            "                    RELEVÉ DE DÉCISIONS DU BUREAU\n\n  Réunion du :     mercredi 9 décembre 2027         Ouverture :     18 h 00\n"
            "  Le Bureau s'est réuni au siège de l'association, sous la présidence de M. Paul ROCHE.\n\n"
            "  MEMBRES DU BUREAU                  QUALITÉ              PRÉSENCE\n"
            "  M. Paul ROCHE                      président            présent\n"
            "  Mme Rose LYS                       secrétaire           présente\n"
            "  M. Luc PETIT                       trésorier            excusé, a donné\n"
            "                                                          pouvoir écrit à\n"
            "                                                          M. Paul ROCHE\n\n"
            "  Secrétaire de séance : Mme Rose LYS\n\n  DÉCISION B-2027-01 – Budget\n  Le Bureau, après en avoir délibéré, DÉCIDE "
            "d'adopter le budget. Adopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Paul ROCHE")}
    assert "Agence départementale d'information sur le logement du Val" in bodies(tmp_path, text)


def test_a_caue_named_by_its_kind_in_full(tmp_path: Path):
    text = ("CAUE du Val\tConseil d'architecture, d'urbanisme et de l'environnement du Val\n\tAssociation loi 1901\n\n"
            "COMPTE RENDU DU CONSEIL D'ADMINISTRATION du 2 décembre 2027\n\nPrésents : M. Paul ROCHE, président, Mme Rose LYS.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert "Conseil d'architecture, d'urbanisme et de l'environnement du Val" in bodies(tmp_path, text)
