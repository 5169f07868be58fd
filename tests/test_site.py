"""The static site: a page per resource, linked both ways, with the passages behind the facts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class Links(HTMLParser):
    """hrefs: every link and resource address of a page; loads: those a browser fetches on its own
    (stylesheets, scripts, images), as opposed to links a reader may follow."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.loads: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = [value for name, value in attrs if name in ("href", "src") and value]
        self.hrefs += found
        if tag != "a":
            self.loads += found

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page(seeds, relative: str) -> Path:
    path = seeds.out / "site" / relative
    assert path.is_file(), f"missing page {relative}"
    return path


def test_there_is_a_page_per_kind_of_resource(seeds):
    site = seeds.out / "site"
    for kind in ("organisation", "seance", "deliberation", "adhesion", "programme", "personne", "document"):
        assert list((site / kind).rglob("*.html")), f"no {kind} page"


def test_every_internal_link_resolves(seeds):
    site = seeds.out / "site"
    pages = list(site.rglob("*.html"))
    assert len(pages) > 100
    for path in pages:
        for href in parse(path).hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("#"):
                continue
            target = (path.parent / href.split("#")[0]).resolve()
            assert target.is_file(), f"{path.relative_to(site)} links to missing {href}"


def test_no_remote_resource_is_loaded(seeds):
    for path in (seeds.out / "site").rglob("*.html"):
        assert not [h for h in parse(path).loads if re.match(r"^([a-z]+:)?//", h)], path


def test_links_out_are_the_graph_s_own_links(seeds):
    """A page links out only to IRIs the graph states (the Wikidata item of a collectivité…)."""
    clermont = parse(page(seeds, "organisation/clermont-ferrand.html"))
    assert "http://www.wikidata.org/entity/Q42168" in clermont.hrefs
    stated = set(seeds.values("SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }"))
    for path in (seeds.out / "site").rglob("*.html"):
        for href in parse(path).hrefs:
            if re.match(r"^https?://", href):
                assert href in stated or href.startswith("https://w3id.org/civicgraph/"), f"{path.name} links out to {href}"


def test_adhesion_page_links_to_its_deliberation_and_both_ways(seeds):
    adhesion = page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html")
    hrefs = parse(adhesion).hrefs
    deliberation_href = next(h for h in hrefs if "/deliberation/" in h)
    assert any("organisation/clermont-ferrand.html" in h for h in hrefs)
    assert any("organisation/la-27e-region.html" in h for h in hrefs)
    deliberation = (adhesion.parent / deliberation_href).resolve()
    back = parse(deliberation).hrefs
    assert any(h.endswith("adhesion/clermont-ferrand/la-27e-region/2021.html") for h in back), "deliberation lacks its backlink"


def test_organisation_page_lists_what_links_to_it(seeds):
    la27 = parse(page(seeds, "organisation/la-27e-region.html"))
    adhesions = {h.rsplit("adhesion/", 1)[-1] for h in la27.hrefs if "adhesion/" in h}
    assert {
        "clermont-ferrand/la-27e-region/2021.html",
        "poitiers/la-27e-region/2022.html",
        "aix-marseille-provence/la-27e-region/2024.html",
    } <= adhesions
    assert any("programme/care.html" in h for h in la27.hrefs)


def test_seance_page_links_to_organe_and_is_linked_from_its_deliberation(seeds):
    seance = page(seeds, "seance/poitiers/conseil-municipal/2022-06-27.html")
    hrefs = parse(seance).hrefs
    assert any("organe/poitiers/conseil-municipal.html" in h for h in hrefs)
    assert any("deliberation/poitiers/conseil-municipal/2022-06-27/26.html" in h for h in hrefs)


def test_pages_show_the_passage_behind_a_fact(seeds):
    text = " ".join(parse(page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html")).text)
    assert "de régler l'adhésion de 5 000 euros pour l'année 2021" in text


def test_index_lists_the_memberships(seeds):
    index = parse(page(seeds, "index.html"))
    text = " ".join(index.text)
    for member in ("Ville de Clermont-Ferrand", "Ville de Poitiers", "Métropole d'Aix-Marseille-Provence", "Département de La Réunion"):
        assert member in text


def test_the_ontology_is_documented_and_served_as_turtle(seeds):
    import rdflib

    doc = page(seeds, "ontology/index.html")
    html = doc.read_text(encoding="utf-8")
    graph = rdflib.Graph().parse(seeds.out / "site" / "ontology.ttl")
    terms = {str(s) for s in graph.subjects(rdflib.RDF.type, None) if str(s).startswith("https://w3id.org/civicgraph/ontology#")}
    assert len(terms) > 100
    for term in terms:
        name = term.rsplit("#", 1)[1]
        assert f'id="{name}"' in html, f"{name} undocumented"
    assert "Séance" in html and "Meeting" in html  # French and English
    seance = parse(page(seeds, "seance/poitiers/conseil-municipal/2022-06-27.html")).hrefs
    assert "../../../ontology/index.html#Seance" in seance
    assert any(h.startswith("../../../ontology/index.html#") and h != "../../../ontology/index.html#Seance" for h in seance)


def test_pages_show_what_the_documents_state_not_its_inferred_restatements(seeds):
    html = page(seeds, "organisation/la-27e-region.html").read_text(encoding="utf-8")
    assert "alternateName" not in html and "https://schema.org/" not in html
