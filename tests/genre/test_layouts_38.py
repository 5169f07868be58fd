"""The proxy wordings, layouts and OCR misreadings of the blind sets of cases 980–1079, read by general mechanisms,
each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance

COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"
LIST, PROSE = "Pouvoirs :\n\t{}\n\tM. Yves MORIN, excusé.", "Absent excusé : M. Luc PETIT.\n\n{}\n"


@pytest.mark.parametrize("told", [
    # the holder's office between its name and what it is named for: the list's item runs on past both commas
    "M. Luc PETIT (Roche), 6e Vice-président, a nommé Mme Anne BRUN (Val), 9e Vice-présidente, pour le représenter.",
    "M. Luc PETIT (Roche) a nommé Mme Anne BRUN (Val), 9e Vice-présidente, pour le représenter.",
    "M. Luc PETIT, 6e Vice-président, a chargé Mme Anne BRUN, adjointe, de voter en son nom.",
    "Mrne lsabelle PETIT a donné pouvoir à Mme Anne BRUN.",  # OCR's small "l" for the capital "I" opening a given name
])
@pytest.mark.parametrize("placed", [LIST, PROSE])
def test_the_wordings_of_the_sets_980_999(tmp_path: Path, told: str, placed: str):
    (giver, holder), = proxies(tmp_path, _seance(COUNCIL, PRESENT + placed.format(told)))
    assert giver.endswith("PETIT") and giver.split()[0] in ("Luc", "Isabelle") and holder == "Anne BRUN"


def test_the_office_holder_named_to_represent_a_member(tmp_path: Path):
    told = "M. Luc PETIT, membre du Bureau, a nommé M. le Maire pour le représenter."
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + LIST.format(told)))) == {("Luc PETIT", "Paul ROCHE")}


@pytest.mark.parametrize("told", [
    "À 11 h 10, M. Luc PETIT quitte la séance et charge Mme Anne BRUN de voter pour lui à partir du point 4.",  # the present after a departure
    "Absents : M. Luc PETIT. M. Luc PETIT quitte la séance et charge Mme Anne BRUN de voter pour lui.",
    "M. Luc PETIT (Roche) quitte la séance et consent un pouvoir à Mme Anne BRUN (Val).",  # "consent" among the giving verbs
])
def test_a_departure_that_gives_its_vote(tmp_path: Path, told: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + f"{told}\n"))) == {("Luc PETIT", "Anne BRUN")}


@pytest.mark.parametrize("told", [
    "Le Conseil approuve les statuts et désigne M. Jean CARON pour le représenter à l'assemblée générale.",
    "Le Maire signe la convention et charge M. Jean CARON de la représenter.",
])
def test_a_body_s_delegate_is_no_proxy(tmp_path: Path, told: str):
    assert not proxies(tmp_path, _seance(COUNCIL, PRESENT + f"{told}\n"))


@pytest.mark.parametrize("told", [
    "M. Luc PETIT (Roche) a pour mandataire Mme Anne BRUN (Val).",  # the holder named as such
    "M. Luc PETIT (Roche) a chargé Mme Anne BRUN (Val) de porter sa voix.",  # what the holder is charged with
    "M. Luc PETIT (Roche), 5e Vice-président, excusé – pouvoir à Mme Anne BRUN (Val).",  # status, dash, bare noun
    "M. Luc PETIT, excuse, procuration a Mrne Anne BRUN.",  # the same in OCR, unaccented
    "M. Luc PETIT (Roche) a confié par écrit son pouvoir à Mme Anne BRUN.",  # "par écrit" before the proxy's noun
])
@pytest.mark.parametrize("placed", [LIST, PROSE, "Absents excusés : Mme Rose LYS, {}, M. Yves MORIN."])
def test_the_wordings_of_the_sets_1000_1039(tmp_path: Path, told: str, placed: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + placed.format(told.rstrip(".") if "{}," in placed else told)))) == {("Luc PETIT", "Anne BRUN")}


def test_a_giver_s_commune_broken_at_its_hyphen_at_a_line_s_end(tmp_path: Path):
    told = "Pouvoirs : Mme Rose LYS (Val-\nles-Bains) a cédé sa procuration à Mme\nAnne BRUN (Roche)."
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + told + "\n"))) == {("Rose LYS", "Anne BRUN")}


def test_a_right_hand_column_headed_by_absents_who_sent_their_proxy(tmp_path: Path):
    rows = [("PRÉSENTS :", "ABSENTS AYANT TRANSMIS LEUR POUVOIR :"), ("M. Paul ROCHE, Maire", "M. Luc PETIT à Mme Anne BRUN"),
            ("Mme Anne BRUN, 1re adjointe", "Mme Rose LYS à M. le Maire"), ("M. Jean CARON", ""),  # a blank cell on the right
            ("Mme Nina ROUX", "EXCUSÉ :"), ("M. Yves MORIN", "M. Noël RIBES")]
    roll = "".join(f"    {left:<48}{right}".rstrip() + "\n" for left, right in rows) + "\n"
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}


def test_a_family_name_with_a_capital_s_slash():
    from civicgraph.text.names import parse_person_name
    assert parse_person_name("Mme Laurence K/BIDI").family == "K/BIDI"
    assert parse_person_name("ROCHE/BRUN") is None  # two names a slash parts


def test_a_letterhead_that_writes_the_form_after_the_name(tmp_path: Path):
    from tests.genre.test_layouts_30 import read
    text = ("Accueil > Les instances PAYS DE CRAON – COMMUNAUTÉ DE COMMUNES RELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE "
            "Séance du lundi 8 décembre 2025 Le lundi 8 décembre 2025 à 17 h 30, le Bureau communautaire s'est réuni sous la présidence "
            "de M. Paul ROCHE. Présents : M. Paul ROCHE, Mme Anne BRUN. 1. Budget Adopté à l'unanimité.")
    sirens = {o.first("siren") for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert "200048551" in sirens


@pytest.mark.parametrize("printed, repaired", [
    ("Assistait egalernent : M. Yves MORIN", "Assistait egalement  : M. Yves MORIN"),  # OCR's "rn" for "m" in a cue's word
    ("salle du CORNITE syndical", "salle du COMITE  syndical"),
])
def test_ocr_s_rn_for_m_in_a_cue_s_word_keeps_the_text_s_length(printed: str, repaired: str):
    from civicgraph.genre.cues import repair_ocr
    assert repair_ocr(printed) == repaired
    assert repair_ocr("le gouvernement interne, la caserne") == "le gouvernement interne, la caserne"  # French writes these so


@pytest.mark.parametrize("told", [
    "M. Luc PETIT (Roche) a délégué ses voix à Mme Anne BRUN (Val) ;",  # "ses voix": the proxy's noun after a plural determiner
    "M. Luc PETIT, pouvoir écrit en faveur de Mme Anne BRUN",  # the noun qualified, the holder after "en faveur de"
])
@pytest.mark.parametrize("placed", [LIST, PROSE])
def test_the_wordings_of_the_sets_1040_1079(tmp_path: Path, told: str, placed: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + placed.format(told)))) == {("Luc PETIT", "Anne BRUN")}


def test_ocr_s_day_of_two_letters_before_its_month():
    from civicgraph.genre.cues import repair_ocr
    assert repair_ocr("du mardi lO fevrier 2O26 a lO h OO") == "du mardi 10 fevrier 2026 a 10 h 00"


@pytest.mark.parametrize("block", [
    "Pouvoirs : Mme Anne BRUN détient\nune procuration de M. Luc PETIT.",  # the holder first, its verb ending the line
    "Pouvoirs : M. Luc PETIT,\nprocuration accordée à Mme Anne BRUN.",  # the giver, then the proxy on the next line
])
def test_a_proxy_wrapped_onto_a_line_that_opens_in_lower_case(tmp_path: Path, block: str):
    assert set(proxies(tmp_path, _seance(COUNCIL, PRESENT + block + "\n"))) == {("Luc PETIT", "Anne BRUN")}
