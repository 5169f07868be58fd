"""Namespaces and IRI minting: the one place that knows how things are named."""

from __future__ import annotations

from civicgraph.text import slug

ONTOLOGY = "https://w3id.org/civicgraph/ontology#"
ONTOLOGY_GRAPH = "https://w3id.org/civicgraph/ontology"
DEFAULT_BASE = "https://w3id.org/civicgraph/id/"

PREFIXES = {
    "cg": ONTOLOGY,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
}

# The IRI family of each class: subclasses share their parent's folder so that a refined
# type never changes an IRI.
FOLDERS = {
    "Organisation": "organisation",
    "Organe": "organe",
    "Personne": "personne",
    "Mandat": "mandat",
    "Seance": "seance",
    "Participation": "participation",
    "Pouvoir": "pouvoir",
    "Mouvement": "mouvement",
    "Deliberation": "deliberation",
    "Decision": "decision",
    "Vote": "vote",
    "Adhesion": "adhesion",
    "Programme": "programme",
    "FaitFinancier": "fait-financier",
    "Etape": "etape",
    "Document": "document",
    "TexteJuridique": "texte-juridique",
}


def expand(curie: str) -> str:
    """A property or class name as an IRI: 'rdfs:label' by prefix, a bare name in cg:."""
    prefix, sep, local = curie.partition(":")
    if not sep:
        return ONTOLOGY + curie
    return PREFIXES[prefix] + local


GRAPHS = "graph/"  # the IRI family of the named graphs of no document


def graph_iri(base: str, name: str) -> str:
    """The named graph of things that belong to no single document (inferences, reference data)."""
    return f"{base}{GRAPHS}{name}"


def key_path(key: tuple) -> list[str]:
    """The IRI path segments of a key: its parts slugged, nested resources' keys spliced in."""
    parts: list[str] = []
    for part in key:
        if hasattr(part, "key"):
            parts.extend(key_path(part.key))
        else:
            parts.append(slug(str(part)))
    return [p for p in parts if p]


def resource_iri(base: str, cls: str, key: tuple) -> str:
    return f"{base}{FOLDERS[cls]}/" + "/".join(key_path(key))
