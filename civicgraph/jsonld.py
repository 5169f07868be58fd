"""JSON-LD written from sorted statements, byte for byte the same for the same statements.

The context only declares the project's prefixes (`CONTEXT`, published as `context.jsonld`); every
value is explicit (`{"@id": …}` or `{"@value": …, "@type"|"@language": …}`), so reading a file needs
no other term definition and loses no datatype. The context is inlined in each file, so a parser
needs no network (JSON-LD 1.1, https://www.w3.org/TR/json-ld11/#the-context).
"""

from __future__ import annotations

import io
import json
from functools import lru_cache
from collections import defaultdict
from typing import BinaryIO, Iterable

import pyoxigraph as ox

from civicgraph.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
CONTEXT = {"@context": dict(sorted(PREFIXES.items()))}


def context_document() -> bytes:
    """The published context document (`context.jsonld`)."""
    return _dump(CONTEXT)


def dataset(quads: Iterable[ox.Quad]) -> bytes:
    """A dataset: one `{"@id": graph, "@graph": [...]}` object per named graph, in IRI order;
    statements of the default graph as top-level nodes."""
    by_graph: dict[str, list] = defaultdict(list)
    for q in quads:
        by_graph["" if isinstance(q.graph_name, ox.DefaultGraph) else _id(q.graph_name)].append(ox.Triple(q.subject, q.predicate, q.object))
    items = _nodes(by_graph.pop("", []))
    items += [{"@id": g, "@graph": _nodes(by_graph[g])} for g in sorted(by_graph)]
    return _dump({**CONTEXT, "@graph": items})


class DatasetWriter:
    """A dataset written as it comes, a chunk of one named graph's quads at a time (as
    `Store.chunks` gives them): one `{"@id": graph, "@graph": [...]}` object per chunk. A graph
    cut into several chunks is several objects with the same `@id`, which JSON-LD merges into
    one named graph (JSON-LD 1.1 Processing Algorithms, node map generation)."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.first = stream, True
        head = json.dumps(CONTEXT["@context"], ensure_ascii=False, indent=1).replace("\n", "\n ")
        stream.write(f'{{\n "@context": {head},\n "@graph": ['.encode("utf-8"))
        # each graph object on one line: json's C encoder, about ten times faster than indenting

    def add(self, quads: list[ox.Quad]) -> None:
        if quads:
            self.write(self.item(quads))

    @staticmethod
    def item(quads: list[ox.Quad]) -> str:
        """The graph object of some quads of one graph, on one line."""
        item = {"@id": _id(quads[0].graph_name), "@graph": _nodes(quads)}
        return json.dumps(item, ensure_ascii=False)

    def write(self, item: str) -> None:
        """Write one graph object (as `item` gives it)."""
        self.stream.write(f'{"" if self.first else ","}\n  {item}'.encode("utf-8"))
        self.first = False

    def close(self) -> None:
        self.stream.write(b"\n ]\n}\n")


def graph(triples: Iterable[ox.Triple]) -> bytes:
    """One graph's triples as a node list, a node a line as in the dump (the entities' descriptions:
    8 % fewer bytes than indented at 300 synthetic documents, and json's C encoder writes them)."""
    out = io.BytesIO()
    writer = DatasetWriter(out)
    for node in _nodes(triples):
        writer.write(json.dumps(node, ensure_ascii=False))
    writer.close()
    return out.getvalue()


def _nodes(triples: Iterable[ox.Triple]) -> list[dict]:
    """The node objects of some statements (triples, or quads of one graph): one per subject in
    the order of their `@id`, its properties in the order of their keys, each property's values in
    the order of their JSON text with sorted keys (`_sort_key`)."""
    by_subject: dict[str, dict[str, list]] = {}
    named, literal = ox.NamedNode, ox.Literal
    for t in triples:
        subject, obj = t.subject, t.object
        s = subject.value if type(subject) is named else _id(subject)
        props = by_subject.get(s)
        if props is None:
            props = by_subject[s] = {}
        p = _key(t.predicate.value)
        if type(obj) is named:
            value = {"@id": obj.value}
        elif type(obj) is literal:
            value = _literal(obj)
        else:
            value = {"@id": _id(obj)}
        values = props.get(p)
        if values is None:
            props[p] = [value]
        else:
            values.append(value)
    return [
        {"@id": s, **{p: values if len(values) == 1 else sorted(values, key=_sort_key) for p, values in sorted(props.items())}}
        for s, props in sorted(by_subject.items())
    ]


def _id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


@lru_cache(maxsize=4096)
def _key(iri: str) -> str:
    """A property as a compact IRI when one of the prefixes covers it."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _value(term) -> dict:
    if isinstance(term, ox.Literal):
        return _literal(term)
    return {"@id": _id(term)}


def _literal(term: ox.Literal) -> dict:
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if datatype != XSD_STRING:
        return {"@value": term.value, "@type": datatype}
    return {"@value": term.value}


def _sort_key(value: dict) -> str:
    """The value's JSON text with sorted keys, as `json.dumps(value, sort_keys=True,
    ensure_ascii=False)` writes it (its separators, its string escapes), built without an encoder
    per value: "@id" < "@language" < "@type" < "@value"."""
    if "@id" in value:
        return '{"@id": ' + _string(value["@id"]) + "}"
    text = _string(value["@value"])
    if "@language" in value:
        return '{"@language": ' + _string(value["@language"]) + ', "@value": ' + text + "}"
    if "@type" in value:
        return '{"@type": ' + _string(value["@type"]) + ', "@value": ' + text + "}"
    return '{"@value": ' + text + "}"


_string = json.encoder.encode_basestring  # json's own string encoder (ensure_ascii=False), in C when available


def _dump(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
