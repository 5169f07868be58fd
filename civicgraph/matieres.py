"""The ACTES nomenclature of matières (ontology/actes-matieres.ttl, a SKOS concept scheme, its
sources in its header): the concept of a code, and its label. A deliberation whose code matière
is read, from a document or a table's row, is linked to its concept (cg:matiere)."""

from __future__ import annotations

from functools import cache

from civicgraph.facts import Facts, Iri
from civicgraph.paths import data_dir

SCHEME = "https://w3id.org/civicgraph/nomenclature/actes"


@cache
def matieres() -> dict[str, dict[str, str]]:
    """Code → {"fr": label, "en": label, "iri": concept IRI} for levels 1 and 2 ("7.10" → Divers)."""
    import rdflib
    from rdflib.namespace import SKOS

    graph = rdflib.Graph().parse(data_dir("ontology") / "actes-matieres.ttl", format="turtle")
    found = {}
    for concept_iri, code in graph.subject_objects(SKOS.notation):
        labels = {label.language: str(label) for label in graph.objects(concept_iri, SKOS.prefLabel)}
        found[str(code)] = labels | {"iri": str(concept_iri)}
    return found


def concept(code: str | None) -> str | None:
    """The concept IRI of a level-1 or level-2 code; a deeper code ("7.10.2", set by a préfecture)
    links to its level-2 concept; None for a code the nomenclature does not have ("7.11")."""
    parts = (code or "").strip().split(".")
    known = matieres().get(".".join(parts[:2]))
    return known["iri"] if known else None


def link_matieres(facts: Facts) -> None:
    """Every deliberation of the facts with a code matière → cg:matiere, its concept."""
    for resource in facts.resources.values():
        if resource.cls == "Deliberation":
            iri = concept(resource.first("codeMatiere"))
            if iri:
                resource.set("matiere", Iri(iri))
