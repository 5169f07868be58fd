"""The dataset's description for harvesters, in VoID (https://www.w3.org/TR/void/) and DCAT with
the DCAT-AP 3 terms (https://semiceu.github.io/DCAT-AP/releases/3.0.1/), written as Turtle to
`.well-known/void` (the address VoID §7.2 names) and `void.ttl` in the published folder.

Every resource of the description is an IRI under `{site}.well-known/void#` (no blank nodes, so the
file is byte-identical when nothing changed), but the named graphs of no document (the inferences),
whose IRIs are under the base: each is an `sd:NamedGraph` (SPARQL 1.1 Service Description) named by
its IRI, whose `sd:graph` is its subset, so that dereferencing the graph's IRI answers with its
subset (`graph_descriptions`; a document's graph is the document's IRI, described as an entity). The dates are `SOURCE_DATE_EPOCH` when set (the
reproducible-builds convention), else the newest date the documents state: the data are as of
that day.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pyoxigraph as ox

from civicgraph.dumps import Dump, sha256
from civicgraph.store import Store
from civicgraph.vocab import FOLDERS, ONTOLOGY_GRAPH, PREFIXES

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SPDX = "http://spdx.org/rdf/terms#"
SD = "http://www.w3.org/ns/sparql-service-description#"
DCT = PREFIXES["dcterms"]
FOAF = PREFIXES["foaf"]
RDF_TYPE = PREFIXES["rdf"] + "type"
XSD = PREFIXES["xsd"]
PUBLISHED_PREFIXES = {**PREFIXES, "void": VOID, "dcat": DCAT, "spdx": SPDX, "sd": SD}

# Licence Ouverte / Open Licence 2.0: the licence French public bodies publish their data under
# (décret n° 2017-638), compatible with CC-BY 4.0 and ODC-BY; SPDX id etalab-2.0.
LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
LICENCE_SPDX = "http://spdx.org/licenses/etalab-2.0"
LICENCE_LABEL = "Licence Ouverte / Open Licence version 2.0 (Etalab)"
IANA = "https://www.iana.org/assignments/media-types/"
FILE_TYPES = {  # EU file-type authority table, https://op.europa.eu/en/web/eu-vocabularies
    "application/n-quads": "RDF_N_QUADS",
    "application/trig": "RDF_TRIG",
    "text/turtle": "RDF_TURTLE",
    "application/ld+json": "JSON_LD",
}
TITLE = {"fr": "civicgraph : gouvernance de l'innovation publique locale", "en": "civicgraph: governance of local public innovation"}
DESCRIPTION = {
    "fr": "Graphe de connaissances extrait de délibérations de collectivités françaises et de procès-verbaux "
          "d'associations : organisations, organes, séances, élus et mandats, votes, adhésions, programmes. "
          "Chaque fait renvoie au passage du document qui l'établit.",
    "en": "Knowledge graph read from French local councils' deliberations and associations' minutes: "
          "organisations, bodies, meetings, members and mandates, votes, memberships, programmes. "
          "Each fact points to the passage of the document it was read from.",
}


def site_url(base: str) -> str:
    """Where the published folder lives: the base IRI's parent ('…/civicgraph/id/' → '…/civicgraph/')."""
    return base.rstrip("/").rsplit("/", 1)[0] + "/"


def description(store: Store, base: str, dumps: list[Dump], folder: Path, sparql_endpoint: str | None = None) -> bytes:
    """The VoID and DCAT description of the dataset in `store` whose dumps are in `folder`."""
    d = _Description(store, base, sparql_endpoint)
    d.dataset()
    for dump in dumps:
        if dump.statements and dump.name.startswith("civicgraph."):
            d.distribution(dump, folder / dump.name)
    d.statistics()
    d.subsets()
    triples = sorted(set(d.triples), key=str)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PUBLISHED_PREFIXES)


def write(store: Store, base: str, dumps: list[Dump], site: Path, sparql_endpoint: str | None = None) -> Path:
    data = description(store, base, dumps, site / "dumps", sparql_endpoint)
    (site / ".well-known").mkdir(parents=True, exist_ok=True)
    (site / ".well-known" / "void").write_bytes(data)
    (site / "void.ttl").write_bytes(data)
    return site / ".well-known" / "void"


def graph_descriptions(void: bytes, base: str) -> dict[str, list[ox.Triple]]:
    """The description of each named graph under `base` that the VoID description `void` (Turtle)
    names (`sd:NamedGraph`): its own statements, its subset's, and the dataset's `void:subset` link."""
    triples = list(ox.parse(void, format=ox.RdfFormat.TURTLE))
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    named = ox.NamedNode(SD + "NamedGraph")
    out = {}
    for t in triples:
        if t.predicate.value == RDF_TYPE and t.object == named and t.subject.value.startswith(base):
            subsets = [s.object for s in by_subject[t.subject] if s.predicate.value == SD + "graph"]
            found = set(by_subject[t.subject])
            for subset in subsets:
                found.update(by_subject.get(subset, ()))
                found.update(s for s in triples if s.predicate.value == VOID + "subset" and s.object == subset)
            out[t.subject.value] = sorted(found, key=str)
    return out


class _Description:
    def __init__(self, store: Store, base: str, sparql_endpoint: str | None):
        self.store, self.base, self.endpoint = store, base, sparql_endpoint
        self.site = site_url(base)
        self.here = f"{self.site}.well-known/void#"
        self.iri = self.here + "dataset"
        self.triples: list[ox.Triple] = []
        self.date = _date(store)

    def add(self, s: str, p: str, o) -> None:
        obj = o if isinstance(o, (ox.Literal, ox.NamedNode)) else ox.NamedNode(o)
        self.triples.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), obj))

    def typed(self, s: str, *classes: str) -> str:
        for c in classes:
            self.add(s, RDF_TYPE, c)
        return s

    def count(self, s: str, p: str, n: int) -> None:
        self.add(s, p, ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer")))

    def dataset(self) -> None:
        d = self.typed(self.iri, VOID + "Dataset", DCAT + "Dataset")
        for lang in ("fr", "en"):
            self.add(d, DCT + "title", ox.Literal(TITLE[lang], language=lang))
            self.add(d, DCT + "description", ox.Literal(DESCRIPTION[lang], language=lang))
        publisher = self.typed(self.here + "publisher", FOAF + "Agent")
        self.add(publisher, FOAF + "name", ox.Literal("civicgraph"))
        self.add(d, DCT + "publisher", publisher)
        self.add(d, DCT + "license", self.typed(LICENCE, DCT + "LicenseDocument"))
        self.add(LICENCE, PREFIXES["rdfs"] + "label", ox.Literal(LICENCE_LABEL))
        self.add(LICENCE, PREFIXES["owl"] + "sameAs", LICENCE_SPDX)
        for p in ("issued", "modified"):
            self.add(d, DCT + p, ox.Literal(self.date, datatype=ox.NamedNode(XSD + "date")))
        self.add(d, DCT + "language", self.typed("http://publications.europa.eu/resource/authority/language/FRA", DCT + "LinguisticSystem"))
        self.add(d, DCAT + "landingPage", self.typed(self.site + "index.html", FOAF + "Document"))
        for keyword in ("délibérations", "procès-verbaux", "collectivités territoriales", "innovation publique", "gouvernance"):
            self.add(d, DCAT + "keyword", ox.Literal(keyword, language="fr"))
        self.add(d, VOID + "uriSpace", ox.Literal(self.base))
        self.add(d, VOID + "feature", "http://www.w3.org/ns/formats/Turtle")
        if self.endpoint:
            self.add(d, VOID + "sparqlEndpoint", self.endpoint)
        self.add(d, PREFIXES["rdfs"] + "seeAlso", self.site + "dumps/ontology.ttl")

    def distribution(self, dump: Dump, path: Path) -> None:
        url = f"{self.site}dumps/{dump.name}"
        dist = self.typed(self.here + dump.name, DCAT + "Distribution")
        self.add(self.iri, DCAT + "distribution", dist)
        self.add(self.iri, VOID + "dataDump", url)
        self.add(dist, DCT + "title", ox.Literal(f"{dump.title}: {'named graphs' if dump.graphs else 'merged graph'}", language="en"))
        self.add(dist, DCAT + "downloadURL", url)
        self.add(dist, DCAT + "accessURL", url)
        self.add(dist, DCAT + "mediaType", self.typed(IANA + dump.media_type, DCT + "MediaType"))
        self.add(dist, DCT + "format", self.typed("http://publications.europa.eu/resource/authority/file-type/" + FILE_TYPES[dump.media_type], DCT + "MediaTypeOrExtent"))
        if dump.gzipped:
            self.add(dist, DCAT + "compressFormat", self.typed(IANA + "application/gzip", DCT + "MediaType"))
        self.add(dist, DCT + "license", LICENCE)
        self.add(dist, DCAT + "byteSize", ox.Literal(str(path.stat().st_size), datatype=ox.NamedNode(XSD + "nonNegativeInteger")))
        checksum = self.typed(f"{self.here}{dump.name}-sha256", SPDX + "Checksum")
        self.add(dist, SPDX + "checksum", checksum)
        self.add(checksum, SPDX + "algorithm", self.typed(SPDX + "checksumAlgorithm_sha256", SPDX + "ChecksumAlgorithm"))
        self.add(checksum, SPDX + "checksumValue", ox.Literal(sha256(path), datatype=ox.NamedNode(XSD + "hexBinary")))

    def statistics(self) -> None:
        """Counts over the union of the graphs, each distinct triple once (the store's default
        graph is that union, a set: no DISTINCT needed over its triples)."""
        one = self._one
        self.count(self.iri, VOID + "triples", one("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        self.count(self.iri, VOID + "entities", one(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), {_str(self.base)})) }}"))
        self.count(self.iri, VOID + "distinctSubjects", one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"))
        self.count(self.iri, VOID + "distinctObjects", one("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"))
        classes = self._rows("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
        properties = self._rows("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p")
        self.count(self.iri, VOID + "classes", len(classes))
        self.count(self.iri, VOID + "properties", len(properties))
        for c, n in classes:
            part = self.here + "class-" + _local(c)
            self.add(self.iri, VOID + "classPartition", part)
            self.add(part, VOID + "class", c)
            self.count(part, VOID + "entities", n)
        for p, n in properties:
            part = self.here + "property-" + _local(p)
            self.add(self.iri, VOID + "propertyPartition", part)
            self.add(part, VOID + "property", p)
            self.count(part, VOID + "triples", n)
        for ns in sorted({_namespace(t) for t, _ in classes + properties}):
            self.add(self.iri, VOID + "vocabulary", ns)
        for s in example_resources(self.store, self.base).values():
            self.add(self.iri, VOID + "exampleResource", s)

    def subsets(self) -> None:
        """One subset per named graph: each document's graph says which document it was read
        from; the inferences and the ontology say what they are."""
        for graph in self.store.graphs():
            subset = self.typed(f"{self.here}graph-{_local(graph)}", VOID + "Dataset")
            self.add(self.iri, VOID + "subset", subset)
            self.count(subset, VOID + "triples", self.store.size(graph))
            if graph.startswith(self.base + "document/"):
                self.add(subset, DCT + "source", graph)
                self.add(subset, PREFIXES["prov"] + "wasDerivedFrom", graph)
            elif graph == ONTOLOGY_GRAPH:
                self.add(subset, DCT + "description", ox.Literal("The civicgraph ontology", language="en"))
            else:
                self.add(subset, DCT + "description", ox.Literal("What OWL-RL entails from the documents' graphs and the ontology", language="en"))
            if graph.startswith(self.base) and not graph.startswith(self.base + "document/"):
                self.add(self.typed(graph, SD + "NamedGraph"), SD + "name", graph)
                self.add(graph, SD + "graph", subset)

    def _one(self, query: str) -> int:
        return int(self.store.select(query)[1][0][0].value)

    def _rows(self, query: str) -> list[tuple[str, int]]:
        return sorted((row[0].value, int(row[1].value)) for row in self.store.select(query)[1] if isinstance(row[0], ox.NamedNode))


def example_resources(store: Store, base: str) -> dict[str, str]:
    """Folder of FOLDERS → the first IRI (in code point order, SPARQL's order of IRIs) of a typed
    subject under `{base}{folder}/`, for the folders that have one: one pass over the typed
    subjects under the base, instead of one sorted query per folder (17 scans of every `a`
    statement: 1.4 s of CPU at 100 documents, against about 0.1 s)."""
    folders = set(FOLDERS.values())
    first: dict[str, str] = {}
    _, rows = store.select(f"SELECT DISTINCT ?s WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), {_str(base)})) }}")
    for (s,) in rows:
        if not isinstance(s, ox.NamedNode):
            continue
        folder, slash, _ = s.value[len(base):].partition("/")
        if slash and folder in folders and (folder not in first or s.value < first[folder]):
            first[folder] = s.value
    return {folder: first[folder] for folder in sorted(first)}


def _date(store: Store) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date().isoformat()
    _, rows = store.select(f"SELECT (MAX(?d) AS ?m) WHERE {{ ?s ?p ?d FILTER(DATATYPE(?d) = <{XSD}date>) }}")
    return rows[0][0].value if rows and rows[0][0] is not None else "1970-01-01"


def _str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _local(iri: str) -> str:
    """A fragment-safe name for an IRI: its compact form, with ':' and '/' as '-'."""
    for prefix, ns in sorted(PUBLISHED_PREFIXES.items(), key=lambda p: -len(p[1])):
        if iri.startswith(ns):
            iri = f"{prefix}-{iri[len(ns):]}"
            break
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in iri)


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]
