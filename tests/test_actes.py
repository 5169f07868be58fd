"""ACTES identifiers in text, SIREN and SIRET checks (civicgraph.actes)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicgraph import territories
from civicgraph.actes import find_actes, luhn_valid, natures, parse_actes, siren_from_siret, siren_valid, siret_valid

STAMP = "073-217300656-20240314-DEL2024_037-DE"


def test_an_identifier_is_read_into_its_five_parts():
    actes = parse_actes(STAMP)
    assert (actes.departement, actes.siren, actes.date, actes.number, actes.nature) == ("073", "217300656", dt.date(2024, 3, 14), "DEL2024_037", "DE")
    assert actes.identifier == STAMP and actes.problems == () and actes.siren_valid
    assert actes.nature_label == "délibération"


def test_the_identifier_names_its_author_through_the_divisions():
    assert territories.by_siren(parse_actes(STAMP).siren).name == "Chambéry"
    assert territories.departement(parse_actes(STAMP).departement).name == "Savoie"


def test_every_nature_of_the_nomenclature_is_known():
    assert set(natures()) == {"DE", "AR", "AI", "CC", "BF", "AU"}
    assert parse_actes("095-219501426-20240105-032024-AI").nature_label == "arrêté individuel"
    assert parse_actes("095-219501426-20240105-032024-XX") is None


def test_a_stamp_repeated_on_every_page_is_one_identifier_with_each_of_its_spans():
    page = f"Envoyé en préfecture le 19/03/2024 Reçu en préfecture le 19/03/2024 ID : {STAMP} "
    text = "Le conseil délibère. " + page + "page 2 " + page + "Article 1 : ... " + page
    [actes] = find_actes(text)
    assert len(actes.spans) == 3
    assert all(text[start:end] == STAMP for start, end in actes.spans)


def test_a_garbled_repeat_is_the_same_identifier():
    clean = f"Reçu en préfecture le 19/03/2024 ID : {STAMP}"
    garbled = "Recu en prefecture 1e 19/03/2O24 ID : 073 - 2173OO656-2O24O314 -DEL2024_037-DE"
    typo = "ID : 073-217300666-20240314-DEL2024_037-DE"  # a figure misread: the Luhn check fails
    text = f"{clean} texte {garbled} texte {typo}"
    [actes] = find_actes(text)
    assert actes.identifier == STAMP and actes.problems == ()
    assert [text[start:end] for start, end in actes.spans] == [STAMP, "073 - 2173OO656-2O24O314 -DEL2024_037-DE", typo[5:]]


def test_two_acts_of_one_document_stay_two():
    text = f"{STAMP} puis 073-217300656-20240314-DEL2024_038-DE et 095-219501426-20240105-032024-DE"
    assert [a.number for a in find_actes(text)] == ["DEL2024_037", "DEL2024_038", "032024"]


def test_a_failed_check_is_said_not_hidden():
    [actes] = find_actes("ID : 073-217300657-20241332-DEL1-DE")
    assert actes.siren == "217300657" and actes.date is None and not actes.siren_valid
    assert actes.problems == ("SIREN 217300657 fails the Luhn check", "20241332 is not a date")


def test_an_identifier_inside_a_longer_code_is_not_one():
    assert find_actes("X073-217300656-20240314-DEL2024_037-DEF") == []
    assert find_actes("1073-217300656-20240314-DEL2024_037-DE") == []


def test_corsica_and_overseas_departements():
    assert parse_actes("02A-212000046-20230101-12-DE").departement == "02A"
    assert parse_actes("974-219740115-20230101-A_1-BF").departement == "974"


def test_luhn_siren_and_siret():
    assert luhn_valid("216301135") and siren_valid("216301135")
    assert not siren_valid("216301136") and not siren_valid("21630113") and not luhn_valid("2163O1135")
    assert siret_valid("216 301 135 00010") and not siret_valid("21630113500011")
    assert siret_valid("35600000000048")  # La Poste, a Luhn key
    assert siret_valid("35600000009075") and not siret_valid("35600000009090")  # La Poste beyond: digit sum a multiple of 5
    assert not siret_valid("50000000000000")
    assert siren_valid("356000000")


def test_siren_from_siret():
    assert siren_from_siret("21630113500010") == "216301135"
    assert siren_from_siret("216 301 135 00010") == "216301135"
    with pytest.raises(ValueError, match="14 digits"):
        siren_from_siret("2163011350001")
    with pytest.raises(ValueError):
        siren_from_siret("2163011350001A")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789OIl-_ ADEBFCRUX\n"), max_size=200) | st.text(max_size=200))
def test_any_text_reads_without_error_and_spans_fall_inside_it(text):
    for actes in find_actes(text):
        assert actes.spans and all(0 <= start < end <= len(text) for start, end in actes.spans)
        assert actes.nature in natures()
