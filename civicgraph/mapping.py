"""Facts → quads: the only place where RDF is written from what readers found."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pyoxigraph as ox

from civicgraph.facts import CellSpan, Facts, Iri, Resource, SourceDocument, Span
from civicgraph.vocab import expand, resource_iri

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode(expand("rdf:type"))
DERIVED_FROM = ox.NamedNode(expand("prov:wasDerivedFrom"))


def literal(value) -> ox.Literal:
    """A Python value as a typed literal. bool before int: bool is an int in Python."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return ox.Literal(format(value, "f"), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, time):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "time"))
    return ox.Literal(str(value))


class Mapper:
    """Mints IRIs under one base and writes a document's facts into its own named graph."""

    def __init__(self, base: str):
        self.base = base

    def iri(self, resource: Resource) -> ox.NamedNode:
        return ox.NamedNode(resource_iri(self.base, resource.cls, resource.key))

    def term(self, value) -> ox.NamedNode | ox.Literal:
        if isinstance(value, Resource):
            return self.iri(value)
        return ox.NamedNode(value.value) if isinstance(value, Iri) else literal(value)

    def document_iri(self, facts: Facts) -> ox.NamedNode:
        return self.iri(facts.get("Document", facts.document.stem))

    def source_iri(self, document: SourceDocument) -> ox.NamedNode:
        """The IRI of a document (its graph's) from its source alone, as `document_iri` gives it."""
        return ox.NamedNode(resource_iri(self.base, "Document", (document.stem,)))

    def quads(self, facts: Facts) -> list[ox.Quad]:
        graph = self.document_iri(facts)
        out: list[ox.Quad] = []
        excerpts: set[Span] = set()
        for resource in facts.resources.values():
            subject = self.iri(resource)
            for cls in sorted({resource.cls} | resource.types):
                out.append(ox.Quad(subject, RDF_TYPE, ox.NamedNode(expand(cls)), graph))
            for prop, values in resource.props.items():
                predicate = ox.NamedNode(expand(prop))
                for value in values:
                    out.append(ox.Quad(subject, predicate, self.term(value), graph))
            for span in resource.spans:
                out.append(ox.Quad(subject, DERIVED_FROM, self.excerpt_iri(graph, span), graph))
                excerpts.add(span)
        for span in sorted(excerpts, key=lambda s: (s.start, s.end)):
            out.extend(self._excerpt(facts, span, graph))
        return out

    @staticmethod
    def excerpt_iri(graph: ox.NamedNode, span: Span) -> ox.NamedNode:
        return ox.NamedNode(f"{graph.value}/extrait/{span.start}-{span.end}")

    def _excerpt(self, facts: Facts, span: Span, graph: ox.NamedNode) -> list[ox.Quad]:
        """The cg:Extrait of a span: where it is and what it says."""
        node = self.excerpt_iri(graph, span)
        statements = [
            ("rdf:type", ox.NamedNode(expand("Extrait"))),
            ("document", graph),
            ("positionDebut", literal(span.start)),
            ("positionFin", literal(span.end)),
            ("citation", literal(facts.quote(span))),
            ("rdfs:label", literal(_short(facts.quote(span)))),
        ]
        if isinstance(span, CellSpan):  # a place in a table: its line, and its column
            statements.append(("ligne", literal(span.line)))
            if span.column:
                statements.append(("colonne", literal(span.column)))
        return [ox.Quad(node, ox.NamedNode(expand(p)), o, graph) for p, o in statements]


def _short(quote: str, limit: int = 80) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
