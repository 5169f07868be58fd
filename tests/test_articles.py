"""The prepositions before a name in the labels the build makes (civicgraph.articles): every example of
ingest/articles.yaml, and the seeds' labels through SPARQL."""

from __future__ import annotations

import pytest
import yaml

from civicgraph import articles
from civicgraph.paths import data_dir

EXAMPLES = yaml.safe_load((data_dir("ingest") / "articles.yaml").read_text(encoding="utf-8"))["examples"]


@pytest.mark.parametrize("name, after_de, after_a", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_the_data_file_s_examples(name, after_de, after_a):
    assert (articles.of(name), articles.to(name)) == (after_de, after_a)


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
