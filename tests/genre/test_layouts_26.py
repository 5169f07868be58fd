"""Proxy forms met in the twenty-ninth blind set (cases 330–339), read by general mechanisms: "a établi
une procuration en faveur de", "(procuration établie au nom de Y)", "(a confié sa voix à Y)", "délègue
son vote à"; a list read out "de M. X à Mme Y", "celui de M. X au profit de Mme Y"; "X, pour qui votera
Y"; a present-tense "confie son pouvoir à" after an aside; the next heading's first word left at a
one-line list's end ("… (valable pour les points 1 à 4).   Délégués absents : …"). Each on a small
invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_25 import ITEMS, OPENING  # (the same invented minutes)


def test_a_proxy_made_out_in_favour_of_or_in_the_name_of_the_holder(tmp_path: Path):
    text = OPENING + ("Mme Rose LYS a établi une procuration en faveur de M. Paul ROCHE.\n"
                      "Excusés : M. Yves MORIN (procuration établie au nom de Mme Anne BRUN), Mme Lise NOËL.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_vote_entrusted_or_delegated(tmp_path: Path):
    text = OPENING + ("Excusés : M. Yves MORIN (a confié sa voix à M. Jean CARON), Mme Lise NOËL.\n"
                      "Mme Rose LYS délègue son vote à Mme Anne BRUN.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Jean CARON"), ("Rose LYS", "Anne BRUN")}


def test_a_list_read_out_from_each_giver_to_each_holder(tmp_path: Path):
    text = OPENING + ("Pouvoirs : de M. Yves MORIN à Mme Anne BRUN, de Mme Rose LYS à M. Jean CARON.\n"
                      "Procurations : celui de Mme Lise NOËL au profit de M. Luc PETIT.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON"), ("Lise NOËL", "Luc PETIT")}


def test_the_giver_for_whom_the_holder_will_vote(tmp_path: Path):
    text = OPENING + "Pouvoirs : Mme Rose LYS, pour qui votera M. Paul ROCHE ; M. Yves MORIN, pour qui votera Mme Anne BRUN.\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_present_tense_proxy_after_an_aside_in_a_list(tmp_path: Path):
    text = OPENING + "Pouvoirs : Mme Rose LYS, appelée à l'extérieur, confie son pouvoir à M. Paul ROCHE.\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE")}


def test_a_one_line_list_ends_before_the_next_heading_s_first_word(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN   PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 8 DÉCEMBRE 2022   Présents : M. Paul ROCHE, "
            "Mme Anne BRUN.   Procurations : Mme Rose LYS a confié sa procuration à M. Paul ROCHE ; M. Yves MORIN a "
            "confié sa procuration à Mme Anne BRUN (valable pour les points 1 à 4).   Conseillers absents : M. Luc PETIT.   "
            "1. Budget Adopté à l'unanimité.")
    read_ = proxies(tmp_path, text)
    assert set(read_) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}
    assert read_[("Yves MORIN", "Anne BRUN")] == {"depuisActe": "1", "jusquAActe": "4"}


def test_the_holder_holding_the_next_one_by_ellipsis(tmp_path: Path):
    text = OPENING + "Pouvoirs : Monsieur ROCHE détient le pouvoir de Madame LYS ; Madame BRUN détient celui\nde Monsieur MORIN.\n" + ITEMS
    assert {(g.split()[-1], h.split()[-1]) for g, h in proxies(tmp_path, text)} == {("LYS", "ROCHE"), ("MORIN", "BRUN")}


def test_a_vote_delegated_on_leaving_after_a_semicolon(tmp_path: Path):
    text = OPENING + ("\n1. Budget\nAdopté à l'unanimité.\n\nMme Anne BRUN quitte la séance à 11 h 35 ; elle délègue son vote "
                      "à M. Jean CARON pour les points suivants.\n\n2. Travaux\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text) == {("Anne BRUN", "Jean CARON"): {"depuisHeure": "11:35:00", "depuisActe": "2"}}


def test_votes_by_proxy_named_holder_first_in_a_vote(tmp_path: Path):
    text = OPENING + ("\n1. Budget\nAdoptée à l'unanimité (11 voix dont 2 par procuration : M. Paul ROCHE pour\n"
                      "Mme Rose LYS ; Mme Anne BRUN pour M. Yves MORIN).\n")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_delegations_read_out_one_void_because_its_giver_came(tmp_path: Path):
    text = OPENING + ("Le Président fait connaître les délégations de vote qu'il a reçues : de M. Yves MORIN à Mme Anne\n"
                      "BRUN, de Mme Rose LYS à M. Jean CARON et de Mme Lise NOËL à M. Luc PETIT. Mme Lise\n"
                      "NOËL ayant pu rejoindre la séance dès son ouverture, sa délégation est sans objet.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Jean CARON")}


def test_a_member_replaced_by_someone_carrying_their_proxy(tmp_path: Path):
    text = OPENING + ("Pouvoirs :\n   - M. Yves MORIN s'est fait remplacer par Mme Rose LYS, adhérente, munie de son\n     pouvoir ;\n"
                      "   - Mme Lise NOËL s'est fait remplacer par sa suppléante.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Rose LYS")}


def test_a_holder_written_with_two_initials_keeps_them(tmp_path: Path):
    text = OPENING + "Excusés : MORIN Y. (a confié sa voix à CARON J.-L.), LYS R. (pouvoir à BRUN A.M.).\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Y. MORIN", "Jean CARON"), ("R. LYS", "Anne BRUN")}  # (the one member of that family and initial)
