"""The prepositions before a name in the labels the build makes (civicgraph.articles): every example of
ingest/articles.yaml, the seeds' labels through SPARQL, and every other place a label or a sentence puts
"de" before a name (a commune an SCDL row names, an association's staff, the identity report, the site's
pages of whole lists), on invented names."""

from __future__ import annotations

import re

import pytest
import yaml

from civicgraph import articles
from civicgraph.paths import data_dir

DATA = yaml.safe_load((data_dir("ingest") / "articles.yaml").read_text(encoding="utf-8"))
EXAMPLES, PLACES = DATA["examples"], DATA["place_examples"]


@pytest.mark.parametrize("name, after_de, after_a", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_the_data_file_s_examples(name, after_de, after_a):
    assert (articles.of(name), articles.to(name)) == (after_de, after_a)


@pytest.mark.parametrize("name, after_de, after_a", PLACES, ids=[e[0] for e in PLACES])
def test_a_place_s_name_takes_only_its_own_article(name, after_de, after_a):
    assert (articles.of(name, place=True), articles.to(name, place=True)) == (after_de, after_a)


def test_a_commune_an_scdl_row_names_by_its_siren_is_named_as_a_heading_names_it():
    from civicgraph.scdl.reader import official_name
    from civicgraph.territories import Territory

    names = ["Le Val-Brun", "Les Aubiers-du-Val", "La Motte-Brune", "L'Île-Brune", "Ambrune", "Œillet-sur-Val", "Pays du Val", "Val-Brun"]
    assert [official_name(Territory("commune", "99001", "299000011", name)) for name in names] == [
        "Commune du Val-Brun", "Commune des Aubiers-du-Val", "Commune de La Motte-Brune", "Commune de L'Île-Brune",
        "Commune d'Ambrune", "Commune d'Œillet-sur-Val", "Commune de Pays du Val", "Commune de Val-Brun"]
    assert official_name(Territory("epci", "299000029", "299000029", "Communauté de communes du Val")) == "Communauté de communes du Val"


@pytest.mark.parametrize("association, staff", [("Amis du Val", "Élise (équipe d'Amis du Val)"),
                                                ("Les Amis du Val", "Élise (équipe des Amis du Val)"),
                                                ("Ville de Val-Brun", "Élise (équipe de la Ville de Val-Brun)"),
                                                ("La Fabrique du Val", "Élise (équipe de La Fabrique du Val)"),
                                                ("Habitat du Val", "Élise (équipe d'Habitat du Val)"),  # a mute h
                                                ("Hameau des Arts du Val", "Élise (équipe du Hameau des Arts du Val)")])  # an h aspiré
def test_an_association_s_staff_is_named_with_the_association_s_article(tmp_path, association, staff):
    from click.testing import CliRunner

    from civicgraph.cli import main

    minutes = tmp_path / "ag.txt"
    minutes.write_text(f"PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DE {association}\nLe 12 mars 2024 à 18h00\n\n"
                       "Sur place :\nAnne BRUN (Ville de Val-Brun), Paul ROCHE (Amis du Val)\n\n"
                       "Équipe de l'association : Élise, Marc.\n\nLa séance est levée à 20h00.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(minutes)])
    assert result.exit_code == 0, result.output
    assert f"\n  {staff}\n" in result.output
    assert not re.search(r"\(équipe de (?:Les|Le|Ville|Amis) ", result.output)


def test_the_identity_report_names_a_collectivite_with_its_article(seeds):
    from click.testing import CliRunner

    from civicgraph.cli import main

    report = CliRunner().invoke(main, ["report", "--out", str(seeds.out)]).output
    reasons = [line.rsplit(" — ", 1)[1] for line in report.splitlines() if "même nom dans" in line]
    assert "même nom dans les documents de la Ville de Clermont-Ferrand" in reasons, reasons
    assert not [r for r in reasons if r.startswith(("même nom dans les documents de Ville", "même nom dans les documents de Métropole"))]


def test_a_page_of_a_whole_list_links_back_to_its_entity_with_the_article(seeds):
    from civicgraph.mentions import ListPage
    from civicgraph.pager import paginate
    from civicgraph.site import Link, Site

    template = Site(seeds.store).env.get_template("mentions.html")
    [(_, rows, pager)] = paginate([["x"]], 10, "liste")
    said = {name: template.render(page=ListPage("Membres", Link("../x.html", name), "../", ["Nom"], rows, "par ordre alphabétique", pager))
            for name in ("Ville de Val-Brun", "Anne BRUN", "Les Amis du Val", "Département du Val", "Paul ROCHE")}
    assert [re.search(r">(la page [^<]+)</a>", html).group(1) for html in said.values()] == [
        "la page de la Ville de Val-Brun", "la page d&#39;Anne BRUN", "la page des Amis du Val", "la page du Département du Val", "la page de Paul ROCHE"]


def test_a_typographic_apostrophe_and_a_compound_given_name():
    assert articles.of("L’Atelier du Val") == "de L’Atelier du Val"
    assert articles.of("Anne-Laure BRUN") == "d'Anne-Laure BRUN"


def test_the_seeds_memberships_and_proxies_read_as_french(seeds):
    labels = set(seeds.values("SELECT ?l WHERE { ?a a cg:Adhesion ; rdfs:label ?l }"))
    assert "Adhésion de la Ville de Poitiers à La 27e Région (2022)" in labels
    assert "Adhésion du Département de La Réunion à La 27e Région (2024)" in labels
    assert "Adhésion de la Métropole d'Aix-Marseille-Provence à La 27e Région (2024)" in labels
    assert not [label for label in labels if label.startswith(("Adhésion de Ville", "Adhésion de Département", "Adhésion de Métropole"))]
    proxies = seeds.values("SELECT ?l WHERE { ?p a cg:Pouvoir ; rdfs:label ?l }")
    assert proxies and not [label for label in proxies if label[len("Pouvoir de "):][:1] in "AEIOUÉ"], proxies
