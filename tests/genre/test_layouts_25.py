"""Proxy forms met in the twenty-eighth blind set (cases 320–329), read by general mechanisms: "X est
représenté par Y en vertu d'un pouvoir" among sentences; a long aside before the verb and a departure
"qui a dû quitter la séance"; "X mandataire Y"; the holder first, "Y, mandaté par X et par Z" and "Y
votant également pour X" (in a vote's bracket too); "(+ procurations de X et de Z)"; "le pouvoir de X
est porté par Y, celui de Z par W"; a double-spaced export whose lists have a blank line between
items. Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.furniture import double_spaced
from tests.genre.test_attendance_layouts_14 import proxies

OPENING = ("COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
           "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n"
           "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n")
ITEMS = "\n1. Budget\nAdopté à l'unanimité.\n\n2. Travaux\nAdopté à l'unanimité.\n"


def test_represented_by_virtue_of_a_proxy_among_sentences(tmp_path: Path):
    text = OPENING + ("Étaient absents excusés et représentés :\n"
                      "Mme Rose LYS (Val-Brun) est représentée par M. Paul ROCHE en vertu d'un pouvoir\nen date du 6 mars 2022.\n"
                      "M. Yves MORIN (Le Mont), excusé, a remis procuration à Mme Anne BRUN.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_the_commune_represented_by_a_member_is_no_proxy(tmp_path: Path):
    text = OPENING + "La commune de Val-Brun est représentée par M. Paul ROCHE au syndicat.\n" + ITEMS
    assert proxies(tmp_path, text) == {}


def test_a_long_aside_and_a_departure_told_with_a_du_quitter(tmp_path: Path):
    text = OPENING + ("\n1. Budget\nAdopté à l'unanimité.\n\n"
                      "M. Luc PETIT, qui a dû quitter la séance après le vote de la délibération n° 1, a remis procuration "
                      "à Mme Anne BRUN pour la suite de la séance.\n\n2. Travaux\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text) == {("Luc PETIT", "Anne BRUN"): {"depuisActe": "2"}}


def test_giver_mandataire_holder(tmp_path: Path):
    text = OPENING + "Absents représentés :\nMme Rose LYS mandataire M. Paul ROCHE\nM. Yves MORIN mandataire\nMme Anne BRUN\n" + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_the_holder_first_mandated_by_the_givers(tmp_path: Path):
    text = OPENING + ("Pouvoirs :\n– M. Paul ROCHE, mandaté par Mme Rose LYS ;\n"
                      "– Mme Anne BRUN, mandatée par M. Yves MORIN et par Mme Lise NOËL.\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN"), ("Lise NOËL", "Anne BRUN")}


def test_the_holder_voting_also_for_the_giver_in_a_vote(tmp_path: Path):
    text = OPENING + ("\n1. Budget\nVote : 6 voix pour (Mme BRUN votant également pour M. MORIN ; "
                      "M. CARON votant également pour Mme LYS).\n")
    assert set(proxies(tmp_path, text)) == {("MORIN", "Anne BRUN"), ("LYS", "Jean CARON")}  # (the givers listed nowhere else)


def test_a_holder_with_two_proxies_in_a_bracket(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 8 décembre 2022\n\n"
            "Membres présents : M. Paul ROCHE, Mme Anne BRUN (+ procurations de Mme Rose LYS et de M. Yves MORIN), "
            "M. Jean CARON (+ procuration de Mme Lise NOËL jusqu'à 11 h 30).\n" + ITEMS)
    read_ = proxies(tmp_path, text)
    assert set(read_) == {("Rose LYS", "Anne BRUN"), ("Yves MORIN", "Anne BRUN"), ("Lise NOËL", "Jean CARON")}
    assert read_[("Lise NOËL", "Jean CARON")] == {"jusquAHeure": "11:30:00"}


def test_proxies_carried_by_their_holders_then_by_ellipsis(tmp_path: Path):
    text = OPENING + ("Le président vérifie le quorum : le pouvoir de Mme LYS est porté par M. CARON, celui de "
                      "M. MORIN par Mme BRUN et celui de Mme NOËL par le Maire.\n") + ITEMS
    assert {(g.split()[-1], h.split()[-1]) for g, h in proxies(tmp_path, text)} == {("LYS", "CARON"), ("MORIN", "BRUN"), ("NOËL", "ROCHE")}


def test_a_double_spaced_export_keeps_its_lists_whole(tmp_path: Path):
    lines = ["COMMUNE DE VAL-BRUN", "PROCÈS-VERBAL DU CONSEIL MUNICIPAL", "Séance du 8 décembre 2022",
             "Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.", "Étaient présents :",
             "M. Paul ROCHE, Mme Anne BRUN", "M. Jean CARON, M. Luc PETIT", "Étaient absents représentés :",
             "Mme Rose LYS mandataire M. Paul ROCHE", "M. Yves MORIN mandataire Mme Anne BRUN", "Était absente excusée :",
             "Mme Lise NOËL", "", "1. Budget", "Adopté à l'unanimité.", "2. Travaux", "Adopté à l'unanimité."]
    text = "\n\n".join(lines) + "\n"
    assert double_spaced(text) and not double_spaced(OPENING + ITEMS)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_cue_word_that_ocr_cut_with_a_space_is_read_whole(tmp_path: Path):
    text = OPENING + ("Absents représentés : Mme Rose LYS représ entée par M. Paul ROCHE ; M. Yves MORIN représenté "
                      "par Mme Anne BRUN à partir de la délibération 2/2022\n") + ITEMS
    read_ = proxies(tmp_path, text)
    assert set(read_) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}
    assert read_[("Yves MORIN", "Anne BRUN")] == {"depuisActe": "2/2022"}


def test_ocr_s_space_is_taken_out_of_cue_words_only():
    from civicgraph.genre.cues import cue_words
    from civicgraph.text.hyphenation import rejoined_split
    from civicgraph.text.spans import fold
    text = "Mme X représ entée par M. Y ; le comité syn dical ; sur place ; la pro cédure ; non présente"
    seen = rejoined_split(text, cue_words(), fold(text))
    assert len(seen) == len(text)
    assert "représentée " in seen and "syndical " in seen
    assert "sur place" in seen and "non présente" in seen  # two words each, none a cue cut in two


def test_an_arrival_at_a_time_written_in_words_ends_the_proxy_then(tmp_path: Path):
    text = OPENING + ("Absents représentés : Mme Rose LYS avait donné pouvoir à M. Paul ROCHE.\n\n1. Budget\nAdopté à l'unanimité.\n\n"
                      "Mme Rose LYS rejoint la séance à 14 heures 50.\n\n2. Travaux\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Rose LYS", "Paul ROCHE")]["jusquAHeure"] == "14:50:00"
