"""A document's title on the site, instead of its file name: what the document is the record of.

A document that holds one titled decision is titled by it and its séance ("Délibération n° 9 —
ADHESION … (Conseil municipal — Ville de Clermont-Ferrand, séance du 5 mars 2021)"); a document
that records a séance without one titled decision (minutes, a form with several acts) by its
séance; a document from which neither was read keeps its file name. A resource belongs to a
document when one of its passages comes from it (the `site-evidence` rows).
"""

from __future__ import annotations

from collections import defaultdict

from civicgraph import french
from civicgraph.vocab import ONTOLOGY

DECISION_NOUNS = {"deliberation": "Délibération", "decision": "Décision"}  # IRI family → the noun before "n° …"


def titles(labels: dict[str, str], kind, outgoing, evidence) -> dict[str, str]:
    """document IRI → its title, for the documents that hold a decision or a séance.

    labels: IRI → label (dates already in words); kind(iri) → its IRI family; outgoing: IRI →
    property → values (pyoxigraph terms); evidence: IRI → [(document, start, end, quote)]."""
    held: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for resource, passages in evidence.items():
        family = kind(resource)
        if resource in labels and (family in DECISION_NOUNS or family == "seance"):
            for document, *_ in passages:
                held[document][family].add(resource)
    found = {}
    for document, by_family in held.items():
        if document not in labels:
            continue
        titled = [d for f in DECISION_NOUNS for d in by_family[f] if outgoing[d].get(ONTOLOGY + "titre")]
        if len(titled) == 1:
            found[document] = _decision_title(titled[0], labels, kind, outgoing)
        elif by_family["seance"]:
            found[document] = labels[min(by_family["seance"], key=lambda s: (_date(outgoing[s]), s))]
    return found


def _decision_title(decision: str, labels, kind, outgoing) -> str:
    label = labels[decision]
    if label.startswith("n°"):
        label = f"{DECISION_NOUNS[kind(decision)]} {label}"
    seance = outgoing[decision].get(ONTOLOGY + "seance", [None])[0]
    if seance is not None and seance.value in labels:
        return f"{label} ({labels[seance.value]})"
    dates = outgoing[decision].get(ONTOLOGY + "date")
    return f"{label} ({french.date(dates[0].value)})" if dates else label


def _date(properties) -> str:
    dates = properties.get(ONTOLOGY + "debut") or properties.get(ONTOLOGY + "date") or []
    return min((d.value for d in dates), default="")
