"""An act's labelled fields, listed articles and withdrawn items, read by the genre model in any
layout (fields.yaml, dispositif.yaml, items.yaml `withdrawn`)."""

from __future__ import annotations

from pathlib import Path

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import read
from civicgraph.persons import curation

DOC = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA VILLE DE VIERZON

Séance du 14 mars 2024

Présents : M. Paul DURIEUX, Mme Anne FAURE

DÉLIBÉRATION N° 2024-031 – Adhésion à l'association Villes Internet

N° identifiant 2024-0031
Service référent\tDirection du numérique
Service gestionnaire\t----
Projet de délibération étudié par :\tCommission Finances
Code matière : 7.10

L'association a pour objet :
- de favoriser l'usage du numérique

Les délibérations n° 12 et 14 sont retirées.

Il vous est proposé :
- d'adhérer à l'association Villes Internet
- **de régler la cotisation de 1 200 € pour l'année 2024**

Adopté à l'unanimité.
"""


def facts_of(text: str) -> Facts:
    facts = Facts(SourceDocument.from_text(Path("vierzon.txt"), text), "genre", curation())
    read(facts)
    return facts


def acts(facts: Facts) -> dict[str, object]:
    return {r.first("numero"): r for r in facts.resources.values() if r.cls == "Deliberation"}


def test_labelled_fields_of_an_act():
    act = acts(facts_of(DOC))["2024-031"]
    assert act.first("identifiant") == "2024-0031"
    assert act.first("codeMatiere") == "7.10"
    assert act.first("commission").first("nom") == "Commission Finances"
    assert [s.first("nom") for s in act.props["serviceReferent"]] == ["Direction du numérique"]  # a rule of dashes states nothing


def test_articles_are_the_bullets_after_the_dispositif_opens():
    act = acts(facts_of(DOC))["2024-031"]
    assert act.props["article"] == ["d'adhérer à l'association Villes Internet", "de régler la cotisation de 1 200 € pour l'année 2024"]


def test_withdrawn_items():
    found = acts(facts_of(DOC))
    assert {n: r.first("statut") for n, r in found.items()} == {"2024-031": None, "12": "retirée", "14": "retirée"}


def test_a_blank_field_is_no_value():
    act = acts(facts_of(DOC.replace("N° identifiant 2024-0031", "N° identifiant \t")))["2024-031"]
    assert act.first("identifiant") is None
