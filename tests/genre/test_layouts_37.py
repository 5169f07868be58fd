"""The body the séance formula names (`civicgraph.genre.labels.formula_name`), the labels it goes by, and the proxy
wordings of the blind sets of cases 900–939: each read on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from civicgraph import territories
from civicgraph.genre.labels import formula_name
from civicgraph.genre.cues import Text
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, read
from tests.genre.test_cues import CUES

ROLL = "Présents : M. Paul ROCHE, Président, Mme Anne BRUN, M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n"
FORMULA = yaml.safe_load((CUES / "organs.yaml").read_text(encoding="utf-8"))["formula"]


def _bodies(tmp_path: Path, heading: str, formula: str) -> dict[str, dict[str, list]]:
    """{nom: props} of the organisations read from a bureau's minutes: `heading`, then the séance formula."""
    text = f"{heading}\nRELEVÉ DES DÉCISIONS DU BUREAU COMMUNAUTAIRE\nSéance du 9 décembre 2025\n\nLe mardi 9 décembre 2025 à 17 h 30, {formula}, convoqué le 2 décembre 2025, s'est réuni sous la présidence de M. Paul ROCHE.\n{ROLL}"
    return {o.first("nom"): o.props for o in read(tmp_path, text).facts[0].of_class("Organisation")}


@pytest.mark.parametrize("example", FORMULA["examples"])
def test_the_formula_s_examples_name_a_body(example: str):
    assert formula_name(Text(example + ", s'est réuni")) is not None


@pytest.mark.parametrize("example", FORMULA["counter_examples"])
def test_the_formula_s_counter_examples_name_none(example: str):
    assert formula_name(Text(example)) is None


def test_a_body_no_heading_names_is_the_one_the_formula_names(tmp_path: Path):
    found = _bodies(tmp_path, "Aller au contenu Accueil > Les instances", "le Bureau communautaire de Val-Brun Terre & Lys")
    assert "Val-Brun Terre & Lys" in found


def test_the_formula_s_brand_is_a_name_the_body_goes_by(tmp_path: Path):
    found = _bodies(tmp_path, "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN", "le Bureau communautaire de Val-Brun Agglo")
    assert found["Communauté d'Agglomération du Val-Brun"]["nomAlternatif"] == ["Val-Brun Agglo"]


def test_a_kind_s_name_is_no_brand(tmp_path: Path):
    found = _bodies(tmp_path, "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN", "le Bureau communautaire de la Communauté d'agglomération du Val-Brun")
    assert "nomAlternatif" not in found["Communauté d'Agglomération du Val-Brun"]


def test_ocr_s_misreading_of_the_body_s_name_is_no_brand(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\nSéance du 9 décembre 2025\n\nLe Conseil municipal de la Cornmune de "
            "Val-Brun, dûment convoqué, s'est réuni sous la présidence de M. Paul ROCHE, Maire.\n" + ROLL)
    commune = next(o for o in read(tmp_path, text).facts[0].of_class("Organisation") if o.first("nom") == "Commune de Val-Brun")
    assert "Cornmune de Val-Brun" not in commune.props.get("nomAlternatif", [])


def test_a_name_cut_at_a_line_s_end_is_the_formula_s_whole_name(tmp_path: Path):
    text = ("CONSEIL COMMUNAUTAIRE\nSéance du 9 décembre 2025\n\nLe mardi 9 décembre 2025 à 18 h 00, le Conseil communautaire de la Communauté de communes Val-Brun\n"
            "Roche & Lys, convoqué le 2 décembre 2025, s'est réuni sous la présidence de M. Paul ROCHE.\n" + ROLL)
    names = {o.first("nom") for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert "Communauté de communes Val-Brun Roche & Lys" in names and "Communauté de communes Val-Brun" not in names


@pytest.mark.parametrize("written, siren", [
    ("LAMBALLE TERRE & MER", "200069391"),  # "&" reads "et"
    ("Val Parisis Agglomération", "200058485"),  # the EPCI's name with its form after it
    ("Pays de Gex Agglo", "240100750"),  # and the form a brand writes
])
def test_an_official_body_is_known_by_its_brand(written: str, siren: str):
    assert territories.match(written, "epci").territory.siren == siren


PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


@pytest.mark.parametrize("told", [
    "M. Luc PETIT a choisi de se faire représenter par Mme Anne BRUN.",
    "Mme Anne BRUN (Val) est chargée de voter pour M. Luc PETIT (Roche).",
    "procuration de M. Luc PETIT (Val) détenue par Mme Anne BRUN (Roche) ;",
    "Procuration a été donnée par M. Luc PETIT (Roche) à Mme Anne\nBRUN (Val).",  # the holder's name wraps its line
    "M. Luc PETIT (Roche) a nommé Mme Anne BRUN (Val) pour le représenter.",  # "nommé" among the empowering verbs
])
@pytest.mark.parametrize("placed", ["Pouvoirs :\n\t{}\n\tM. Yves MORIN, excusé.", "Absent excusé : M. Luc PETIT.\n\n{}\n"])
def test_the_wordings_of_the_sets_900_939(tmp_path: Path, told: str, placed: str):
    assert set(proxies(tmp_path, _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", PRESENT + placed.format(told)))) == {("Luc PETIT", "Anne BRUN")}


def test_a_holder_s_office_before_vote_au_nom_de_in_a_list(tmp_path: Path):  # (in prose not yet: the office ends the name)
    told = "Mme Anne BRUN (Val), 2e Vice-présidente, vote au nom de M. Luc PETIT (Roche), 7e Vice-président ;"
    roll = PRESENT + f"Pouvoirs :\n\t{told}\n\tM. Yves MORIN, excusé."
    assert set(proxies(tmp_path, _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", roll))) == {("Luc PETIT", "Anne BRUN")}


@pytest.mark.parametrize("told", [
    "M. Luc PETIT a confie son rnandat a Mrne Anne BRUN",  # OCR's "rn" for "m" in the lexicon's words and the civility
    "M. Luc PETIT, empeche, a donne procuration a Mrne Anne BRUN",  # OCR's unaccented status between the giver and the verb
])
def test_ocr_s_proxies_of_the_sets_940_979_in_a_list(tmp_path: Path, told: str):
    roll = PRESENT + f"Pouvoirs :\n\t{told}\n\tM. Yves MORIN, excusé."
    assert set(proxies(tmp_path, _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", roll))) == {("Luc PETIT", "Anne BRUN")}


@pytest.mark.parametrize("placed", ["Pouvoirs :\n\t{}\n\tM. Yves MORIN, excusé.", "Absent excusé : M. Luc PETIT.\n\n{}\n"])
def test_a_holder_wrapped_before_its_particle_and_family_name(tmp_path: Path, placed: str):
    told = "pouvoir de M. Luc PETIT (Val) donné à M. Noël\nde RIBES (Roche) ;"
    (giver, holder), = proxies(tmp_path, _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", PRESENT + placed.format(told)))
    assert giver == "Luc PETIT" and holder.startswith("Noël") and holder.lower().endswith("de ribes")
