"""A collectivité the reference table does not know gets its official codes from the divisions
(civicgraph.organisations.codes_for), through the build, as a user sees them in the graph."""

from __future__ import annotations

import csv
import html
import re

import pytest

from civicgraph import territories
from civicgraph.organisations import DIVISION_KINDS, codes_for
from conftest import ROOT, build

ID = "https://w3id.org/civicgraph/id/organisation/"

DOCUMENT = """{heading}

Conseil {organ}

Séance du 12 mars 2024

Objet : Adhésion à l'association des amis des sciences

{body} adhère à l'association pour l'année 2024.

La délibération est adoptée à l'unanimité.
{stamp}"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    write = lambda name, **fields: (docs / name).write_text(DOCUMENT.format(**fields), encoding="utf-8")  # noqa: E731
    write("beaulieu.txt", heading="COMMUNE DE BEAULIEU", organ="municipal", body="La Commune de Beaulieu",
          stamp="Reçu en préfecture le 15/03/2024\nID : 063-216300319-20240312-DEL2024_05-DE")
    write("fayence.txt", heading="COMMUNAUTÉ DE COMMUNES", organ="communautaire", body="La Communauté de communes du Pays de Fayence", stamp="")
    write("la-ciotat.txt", heading="COMMUNE DE LA CIOTAT", organ="municipal", body="La Commune de la Ciotat", stamp="")
    write("l-ile-rousse.txt", heading="MAIRIE", organ="municipal", body="La Ville de l’Île-Rousse", stamp="")
    write("saint-martin.txt", heading="MAIRIE", organ="municipal", body="La Commune de Saint-Martin", stamp="")
    result = build(tmp_path_factory.mktemp("out") / "out", docs)
    assert result.result.exit_code == 0, result.result.output
    return result


def codes(built, ident: str) -> list[tuple]:
    return built.rows(f"""SELECT ?insee ?siren ?source ?verified WHERE {{ <{ID}{ident}> cg:verifie ?verified .
        OPTIONAL {{ <{ID}{ident}> cg:codeInsee ?insee }} OPTIONAL {{ <{ID}{ident}> cg:siren ?siren }}
        OPTIONAL {{ <{ID}{ident}> cg:verifieSelon ?source }} }}""")


def test_a_homonym_is_chosen_by_the_departement_of_the_actes_identifier(built):
    [(insee, siren, source, verified)] = codes(built, "commune-de-beaulieu")
    assert (insee, siren, verified) == ("63031", "216300319", "false")
    assert "COG de l'INSEE" in source and "Beaulieu (63031)" in source and "correspondance exacte, celui de ses homonymes du département 063" in source


def test_an_epci_gets_its_siren_and_no_insee_code(built):
    assert [row[:2] for row in codes(built, "communaute-de-communes-du-pays-de-fayence")] == [(None, "200004802")]


@pytest.mark.parametrize("ident, label", [("commune-de-la-ciotat", "Commune de La Ciotat"), ("ville-de-l-ile-rousse", "Ville de L'Île-Rousse")])
def test_a_resolved_commune_is_labelled_with_its_official_name_under_the_same_iri(built, ident, label):
    """The text writes "la Commune de la Ciotat"; the COG writes "La Ciotat", as an SCDL row's commune is
    named: the label (the site's title) spells the place officially, the IRI stays the text's."""
    assert built.values(f"SELECT ?l WHERE {{ <{ID}{ident}> rdfs:label ?l }}") == [label]
    page = (built.out / "site" / "organisation" / f"{ident}.html").read_text(encoding="utf-8")
    assert re.search(f"<h1[^>]*>{re.escape(html.escape(label).replace('&#x27;', '&#39;'))}</h1>", page)


def test_a_homonym_with_nothing_to_choose_gets_no_code(built):
    assert codes(built, "commune-de-saint-martin") == [(None, None, None, "false")]


def test_codes_for_by_organisation_kind():
    found = codes_for("Ville de Saint-Herbiain", "Commune")
    assert (found.insee, found.siren, found.territory.name) == ("44162", "214401622", "Saint-Herblain")
    assert "correspondance approchée, score" in found.source
    assert codes_for("Beaulieu", "Commune", "63").insee == "63031"
    assert codes_for("Saint-Herbiain", "Commune", "44").insee == "44162"  # fuzzy alone, before any département
    assert codes_for("Beaulleu", "Commune", "63") is None  # a département never makes a fuzzy match
    assert codes_for("Lyon", "Commune", "73").insee == "69123"  # found without it: the département does not filter
    assert codes_for("Département de la Gironde", "Departement").territory.code == "33"
    assert codes_for("Département de la Gironde", "Departement").siren == ""  # none in the divisions: none invented
    assert codes_for("La 27e Région", "Association") is None


def test_the_curated_table_agrees_with_the_divisions():
    with open(ROOT / "ingest" / "organisations.csv", encoding="utf-8", newline="") as f:
        rows = [row for row in csv.DictReader(f) if row["kind"] in DIVISION_KINDS]
    assert rows
    for row in rows:
        found = codes_for(row["name"], row["kind"])
        assert found is not None, row["id"]
        if row["insee"]:
            assert found.insee == row["insee"] and territories.by_insee(row["insee"]).siren == row["siren"], row["id"]
        elif found.siren:
            assert found.siren == row["siren"], row["id"]


@pytest.mark.parametrize("label, official, spelt", [
    ("Commune de la Motte-Brune", "La Motte-Brune", "Commune de La Motte-Brune"),
    ("Ville de Val-brun", "Val-Brun", "Ville de Val-Brun"),
    ("Commune du Val-Brun", "Le Val-Brun", "Commune du Val-Brun"),  # "du": the contraction articles.of writes
    ("Ville de l’Île-Brune", "L'Île-Brune", "Ville de L'Île-Brune"),
    ("la motte-brune", "La Motte-Brune", "La Motte-Brune"),
    ("Commune de la Mote-Brune", "La Motte-Brune", "Commune de la Mote-Brune"),  # another spelling: a fuzzy match's, kept
    ("VILLE DE LA MOTTE-BRUNE", "La Motte-Brune", "VILLE DE LA MOTTE-BRUNE"),  # no capitals and small letters mixed
    ("Commune de Grand-Val-Brun", "Val-Brun", "Commune de Grand-Val-Brun"),  # a word's end is no name
])
def test_official_spelling_changes_only_case_and_accents_of_the_place(label, official, spelt):
    from civicgraph.organisations import official_spelling

    assert official_spelling(label, territories.Territory("commune", "99001", "299000011", official)) == spelt
