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
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.ids |= {value for name, value in attrs if name == "id" and value}
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


def test_the_search_index_is_in_bundles_that_hold_each_entity_page_once(seeds):
    """Pagefind's index is split into bundles merged in the browser (a rebuild indexes again only
    the bundles of the pages that changed): the home page names them, each is a whole bundle, and
    together they index every entity page once."""
    import json

    site = seeds.out / "site"
    bundles = re.search(r'data-search="([^"]*)"', page(seeds, "index.html").read_text(encoding="utf-8"))[1].split()
    assert len(bundles) > 1 and sorted(p.name for p in site.glob("pagefind*")) == bundles
    assert f'src="{bundles[0]}/pagefind-ui.js"' in page(seeds, "index.html").read_text(encoding="utf-8")
    counts = [json.loads((site / b / "pagefind-entry.json").read_text())["languages"]["fr"]["page_count"] for b in bundles]
    marked = [p for p in site.rglob("*.html") if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert sum(counts) == len(marked) and all(counts)


def test_every_internal_link_and_anchor_resolves(seeds):
    """The link checker: every relative link of every page names a file of the build, and every
    fragment an id of its target page."""
    site = seeds.out / "site"
    pages = {path.resolve(): parse(path) for path in site.rglob("*.html")}
    assert len(pages) > 100
    checked = 0
    for path, parsed in pages.items():
        for href in parsed.hrefs:
            if re.match(r"^[a-z]+:", href):
                continue
            file, _, fragment = href.partition("#")
            target = (path.parent / file).resolve() if file else path
            assert target.is_file(), f"{path.relative_to(site.resolve())} links to missing {href}"
            if fragment and target.suffix == ".html":
                assert fragment in pages[target].ids, f"{path.relative_to(site.resolve())} links to missing anchor {href}"
                checked += 1
    assert checked > 500


def test_no_remote_resource_is_loaded(seeds):
    for path in (seeds.out / "site").rglob("*.html"):
        assert not [h for h in parse(path).loads if re.match(r"^([a-z]+:)?//", h)], path


def test_every_page_names_the_icon_the_build_drew(seeds):
    """No page leaves the browser to ask for a missing `/favicon.ico`: each names the icon in a `<link
    rel="icon">` (which the link checker above follows), an SVG the build drew; `favicon.ico` at the site's
    root is the same drawing as a PNG inside an ICO, for what names no icon (a Turtle file, an error page)."""
    site = seeds.out / "site"
    icons = set()
    for path in site.rglob("*.html"):
        if path.is_relative_to(site / "pagefind") or path.is_relative_to(site / "pagefind-fr"):
            continue
        named = re.findall(r'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', path.read_text(encoding="utf-8"))
        assert len(named) == 1, path
        icons.add((path.parent / named[0]).resolve())
    assert icons == {(site / "static" / "favicon.svg").resolve()}
    svg = (site / "static" / "favicon.svg").read_text(encoding="utf-8")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"') and "href" not in svg  # nothing fetched from it
    ico = (site / "favicon.ico").read_bytes()
    assert ico[:6] == b"\x00\x00\x01\x00\x01\x00" and ico[22:30] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(ico[14:18], "little") == len(ico) - 22


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


def test_the_ontology_names_the_kinds_of_value_in_words(seeds):
    """A range outside the ontology (xsd:boolean…) is said in French beside its IRI: the page
    speaks French, not XML Schema."""
    html = page(seeds, "ontology/index.html").read_text(encoding="utf-8")
    renewal = html.split('id="renouvellement"', 1)[1].split("</article>", 1)[0]
    assert "oui ou non (<code>http://www.w3.org/2001/XMLSchema#boolean</code>)" in renewal
    ranges = re.findall(r"<dt>Portée / range</dt><dd>(.*?)</dd>", html, re.S)
    assert len(ranges) > 50
    unworded = [r for r in ranges for iri in re.findall(r"(?:^|\s)<code>(http[^<]+)</code>", r)]
    assert not unworded, unworded[:3]


def test_the_sparql_guide_speaks_french_and_its_queries_still_run(seeds):
    """Every catalogue query is in the guide with its comments in French (site/guide.yaml): none of the
    English comments of queries/*.rq is on the page, and each query as the page shows it parses and runs."""
    import html as markup

    import pyoxigraph as ox
    import yaml

    root = Path(__file__).resolve().parent.parent
    queries = {p.stem: p.read_text(encoding="utf-8") for p in (root / "queries").glob("*.rq")}
    words = yaml.safe_load((root / "site" / "guide.yaml").read_text(encoding="utf-8"))["queries"]
    assert sorted(words) == sorted(queries)
    shown = dict(re.findall(r'<section id="([^"]+)"><h2><code>[^<]+</code></h2><pre class="query">(.*?)</pre></section>',
                            page(seeds, "guide.html").read_text(encoding="utf-8"), re.S))
    assert sorted(shown) == sorted(queries)
    for name, text in queries.items():
        guide = markup.unescape(shown[name])
        comments = [c.strip() for line in text.splitlines() for c in re.findall(r"(?:^|\s)#\s*(.+)$", line)]
        english = [c for c in comments if re.search(r"(?<![?\w:])[A-Za-z]{3,}", c)]  # not a line of variables alone
        assert english and not [c for c in english if c in guide], name
        assert guide.startswith("# " + words[name]["header"].splitlines()[0]) and "Paramètres :" in guide
        ox.Store().query(guide)  # the French comments leave a query that parses and runs


def test_pages_show_what_the_documents_state_not_its_inferred_restatements(seeds):
    html = page(seeds, "organisation/la-27e-region.html").read_text(encoding="utf-8")
    assert "alternateName" not in html and "https://schema.org/" not in html


def test_breadcrumbs_lead_to_the_index_of_the_class(seeds):
    seance = parse(page(seeds, "seance/poitiers/conseil-municipal/2022-06-27.html"))
    assert "../../../classes/seance.html" in seance.hrefs
    listing = parse(page(seeds, "classes/seance.html"))
    assert any(h.endswith("seance/poitiers/conseil-municipal/2022-06-27.html") for h in listing.hrefs)


def test_a_blank_attendance_is_unknown_never_zero(seeds):
    """Poitiers' form leaves the attendance blank ('Présents 0'): the home page counts only whom the
    form names as there, its présidente de séance, never the form's 0."""
    html = page(seeds, "index.html").read_text(encoding="utf-8")
    row = re.search(r"<tr>(?:(?!</tr>).)*2022-06-27\.html(?:(?!</tr>).)*</tr>", html, re.S).group(0)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert cells[-1] == "1"
    assert cells[0] == "27 juin 2022"


def test_the_home_page_writes_years_as_years_and_says_whose_fee_is_known(seeds):
    """A year is written "2021", never as a number ("2 021"); the fees chart says of how many of a
    year's members the fee is known (La 27e Région, 2024: one of four)."""
    html = page(seeds, "index.html").read_text(encoding="utf-8")
    assert "2\u202f02" not in html
    assert 'la-27e-region/2021.html">2021</a>' in html
    assert "<td data-sort=\"5000\">5\u202f000\u00a0€</td>" in html and " EUR<" not in html  # a fee as on every page
    chart = [re.sub(r"\s+", " ", c) for c in re.findall(r'class="chart-label">(.*?)</span>', html, re.S)]
    assert "La 27e Région · 2024 · cotisation connue de 1 membre sur 4" in chart
    assert "La 27e Région · 2021 · cotisation connue de 1 membre sur 1" in chart


def test_pages_speak_french(seeds):
    html = page(seeds, "seance/clermont-ferrand/conseil-municipal/2021-05-07.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "7 mai 2021" in html and "2021-05-07T" not in html
    adhesion = " ".join(parse(page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html")).text)
    assert "5\u202f000" in adhesion
    assert ">true<" not in page(seeds, "organisation/clermont-ferrand.html").read_text(encoding="utf-8")


def test_seance_page_has_an_attendance_table_with_proxies_and_movements(seeds):
    html = page(seeds, "seance/clermont-ferrand/conseil-municipal/2021-03-05.html").read_text(encoding="utf-8")
    table = html.split('id="h-presence"', 1)[1].split("</table>", 1)[0]
    assert "<td>présent</td>" in table
    # a proxy given for part of the meeting, and a departure at an agenda point
    assert "(du point 2 au point 4)" in table
    assert "départ au point 2" in table
    assert 'id="h-points"' in html


def _attendance(html: str) -> dict[str, dict]:
    """A séance page's attendance table: each row by its person's page, with the status, the pages of
    who represents them and whose proxies they hold, and the texts of their movements."""
    table = html.split('id="h-presence"', 1)[1].split("</table>", 1)[0].split("<tbody>", 1)[1]
    found = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        person = re.search(r'href="[./]*([^"]+)"', cells[0])[1]
        found[person] = {"status": cells[1], "by": re.findall(r'href="[./]*([^"]+)"', cells[2]),
                         "holds": re.findall(r'href="[./]*([^"]+)"', cells[3]), "movements": cells[4].split("<br>") if cells[4] else []}
    return found


def test_every_seance_page_holds_its_attendance_proxies_movements_and_items(seeds):
    """Each séance page's attendance table is the graph's: one row a person with their status (and how
    they attend), who represents them and whose proxies they hold, their arrivals and departures at
    an agenda point; its items with their vote's result."""
    import html as markup

    def page_of(iri: str) -> str:
        return iri.split("/id/", 1)[1] + ".html"

    seances = seeds.values("SELECT ?s WHERE { ?s a cg:Seance }")
    assert len(seances) == 5
    rows_seen = 0
    for seance in seances:
        html = page(seeds, page_of(seance)).read_text(encoding="utf-8")
        status = {page_of(p): (st, m) for p, st, m in seeds.rows(f"""SELECT ?p ?st ?m WHERE {{ ?x a cg:Participation ;
            cg:seance <{seance}> ; cg:personne ?p ; cg:statut ?st OPTIONAL {{ ?x cg:modalite ?m }} }}""")}
        if not status:
            assert 'id="h-presence"' not in html
            continue
        table = _attendance(html)
        assert set(table) == set(status), seance
        for person, (st, modality) in status.items():
            assert markup.unescape(table[person]["status"]) == (f"{st} ({modality})" if modality else st), person
        for giver, holder in seeds.rows(f"SELECT ?g ?h WHERE {{ ?x a cg:Pouvoir ; cg:seance <{seance}> ; cg:mandant ?g ; cg:mandataire ?h }}"):
            assert page_of(holder) in table[page_of(giver)]["by"] and page_of(giver) in table[page_of(holder)]["holds"]
        for who, kind, point in seeds.rows(f"""SELECT ?p ?k ?n WHERE {{ ?x a cg:Mouvement ; cg:seance <{seance}> ; cg:personne ?p ;
                cg:typeMouvement ?k OPTIONAL {{ ?x cg:pointOrdreDuJour ?n }} }}"""):
            expected = f"{kind} au point {point}" if point else kind
            assert any(markup.unescape(m).startswith(expected) for m in table[page_of(who)]["movements"]), (who, expected)
        items = html.split('id="h-points"', 1)[1].split("</table>", 1)[0] if 'id="h-points"' in html else ""
        for item, result in seeds.rows(f"""SELECT ?d ?r WHERE {{ ?d cg:seance <{seance}> . FILTER EXISTS {{ ?d a cg:Deliberation }}
                OPTIONAL {{ ?v cg:deliberation ?d ; cg:resultat ?r }} }}"""):
            row = next(r for r in items.split("<tr>") if f"/{page_of(item).rsplit('/', 1)[1]}\"" in r)
            assert result is None or f">{result}</a>" in markup.unescape(row), (item, result)
        rows_seen += len(table)
    assert rows_seen > 100


def test_persons_are_listed_by_family_name_in_french_order(seeds):
    listing = page(seeds, "classes/personne.html")
    hrefs = [h for h in parse(listing).hrefs if "/personne/" in h]
    names = seeds.rows("SELECT ?p ?f WHERE { ?p a cg:Personne ; cg:nomFamille ?f }")
    family = {p.rsplit("/id/", 1)[1] + ".html": f for p, f in names}
    ordered = [family[h.removeprefix("../")] for h in hrefs if h.removeprefix("../") in family]
    from civicgraph.french import collation_key
    assert len(ordered) > 50
    assert ordered == sorted(ordered, key=collation_key)


def test_document_viewer_shows_the_text_with_every_span_anchored(seeds):
    evidence = seeds.rows("""SELECT ?d ?s ?e WHERE { ?r prov:wasDerivedFrom ?x . ?x cg:document ?d ;
        cg:positionDebut ?s ; cg:positionFin ?e }""")
    documents = {}
    for d, s, e in evidence:
        documents.setdefault(d, set()).add(f"c{s}-{e}")
    for document, anchors in documents.items():
        viewer = parse(page(seeds, document.rsplit("/id/", 1)[1] + ".html"))
        assert anchors <= viewer.ids, document
    adhesion = parse(page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html"))
    assert any(re.search(r"document/[^#]+\.html#c\d+-\d+$", h) for h in adhesion.hrefs)


def test_evidence_sits_next_to_the_fact_it_supports(seeds):
    html = page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html").read_text(encoding="utf-8")
    facts = html.split('id="h-proprietes"', 1)[1].split("</table>", 1)[0]
    row = next(r for r in facts.split("<tr ") if "cotisation" in r)
    number = re.search(r'<sup class="ref"><a href="#source-(\d+)"', row).group(1)
    source = re.search(rf'<li id="source-{number}">(.*?)</li>', html, re.S).group(1)
    assert "5 000 euros" in source and re.search(r'href="[^"]*document/[^"#]+\.html#c\d+-\d+"', source)
    fact = re.search(r'id="(fait-\d+)"', row).group(1)
    assert f'href="#{fact}"' in source, "the source does not link back to its fact"


def test_a_passage_is_quoted_once_on_a_page(seeds):
    """Facts read from one passage refer to it by its number; the page quotes it once."""
    html = page(seeds, "adhesion/clermont-ferrand/la-27e-region/2021.html").read_text(encoding="utf-8")
    cited = re.findall(r'<sup class="ref"><a href="#source-(\d+)"', html)
    assert len(cited) > len(set(cited)), "the membership's facts should share a passage"
    for path in (seeds.out / "site").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        passages = re.findall(r"<blockquote><p>.*?</p><cite><a href=\"([^\"]+)\"", text, re.S)
        assert len(passages) == len(set(passages)), f"{path} quotes a passage twice"
        numbers = re.findall(r'<li id="source-(\d+)">', text)
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)], path
        assert set(re.findall(r'href="#source-(\d+)"', text)) <= set(numbers), path


def test_text_from_documents_renders_inert(tmp_path):
    """A document that carries markup and template syntax is shown as text, never run."""
    from conftest import build

    hostile = tmp_path / "hostile.txt"
    source = (Path(__file__).parent.parent / "corpus" / "000_8631124937c3ca60.txt").read_text(encoding="utf-8")
    payload = '<script>alert(1)</script> " onerror="alert(2) {{ 7*7 }} {% raw %}'
    hostile.write_text(source.replace("ADHESION", payload + " ADHESION", 1), encoding="utf-8")
    built = build(tmp_path / "out", hostile, extra=("--keep-going",))
    site = built.out / "site"
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    viewer = next(html for p, html in pages.items() if "/document/" in str(p))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &#34; onerror=&#34;alert(2) {{ 7*7 }} {% raw %}" in viewer
    for path, html in pages.items():
        assert "<script>alert" not in html and '" onerror="' not in html, path


def section(html: str, anchor: str) -> str:
    """The HTML of the page section headed by id=anchor (up to the next section)."""
    assert f'id="{anchor}"' in html, f"no section {anchor}"
    return html.split(f'id="{anchor}"', 1)[1].split("</section>", 1)[0]


def test_person_page_shows_mandates_presences_proxies_and_signatures(seeds):
    html = page(seeds, "personne/clermont-ferrand/anne-laure-stanislas.html").read_text(encoding="utf-8")
    assert "Adjointe" in section(html, "h-mandats") and "organisation/clermont-ferrand.html" in section(html, "h-mandats")
    presences = section(html, "h-presences")
    # the figure of the catalogue's attendance-rate query (README): present at 2 of 3 séances
    assert "Présent à 2 séances sur 3" in presences and "(67 %)" in presences
    assert "seance/clermont-ferrand/conseil-municipal/2021-03-05.html" in presences and "<td>excusé</td>" in presences
    given = section(html, "h-pouvoirs-donnes")
    assert "marion-barraud.html" in given and "du point 2 au point 4" in given
    # a proxy's whole stretch, worded as on the séance page: its act too, never "toute la séance" for part of it
    briat = section(page(seeds, "personne/clermont-ferrand/dominique-briat.html").read_text(encoding="utf-8"), "h-pouvoirs-donnes")
    assert "à partir du point 4, à partir de l&#39;acte 5" in briat
    assert "deliberation/clermont-ferrand/conseil-municipal/2021-03-05/9.html" in section(html, "h-signatures")


def test_a_person_s_vote_and_received_proxies(seeds):
    landivar = page(seeds, "personne/clermont-ferrand/diego-landivar.html").read_text(encoding="utf-8")
    assert "ne prend pas part au vote" in section(landivar, "h-votes")
    barraud = page(seeds, "personne/clermont-ferrand/marion-barraud.html").read_text(encoding="utf-8")
    assert "anne-laure-stanislas.html" in section(barraud, "h-pouvoirs-recus")


def test_memberships_both_ways_and_an_association_s_members_by_year(seeds):
    clermont = page(seeds, "organisation/clermont-ferrand.html").read_text(encoding="utf-8")
    joined = section(clermont, "h-adhesions")
    assert "organisation/la-27e-region.html" in joined and "adhesion/clermont-ferrand/la-27e-region/2021.html" in joined
    assert ">2021</a>" in joined and "5\u202f000\u00a0€" in joined
    la27 = page(seeds, "organisation/la-27e-region.html").read_text(encoding="utf-8")
    members = section(la27, "h-membres")
    for member in ("clermont-ferrand", "poitiers", "aix-marseille-provence", "departement-de-la-reunion"):
        assert f"organisation/{member}.html" in members, member
    assert "2024 : 4 membres" in members and "non renseigné" in members  # the 2024 newcomers' fees are not stated
    assert "programme/care.html" in section(la27, "h-programmes")
    assert "seance/la-27e-region/assemblee-generale/2024-06-06.html" in section(la27, "h-seances")  # its general assembly
    assert "750\u202f000\u00a0€" in section(la27, "h-comptes")


def test_collectivite_page_lists_its_seances_decisions_and_identifiers(seeds):
    html = page(seeds, "organisation/clermont-ferrand.html").read_text(encoding="utf-8")
    seances = section(html, "h-seances")
    assert "seance/clermont-ferrand/conseil-municipal/2021-03-05.html" in seances and "7 mai 2021" in seances
    decisions = section(html, "h-decisions")
    assert "2021-03-05/9.html" in decisions and "2021-05-07/40.html" in decisions
    facts = " ".join(parse(page(seeds, "organisation/clermont-ferrand.html")).text)
    assert "63113" in facts and "216301135" in facts


def test_documents_are_listed_by_their_title_not_their_file_name(seeds):
    viewer = page(seeds, "document/000-8631124937c3ca60.html").read_text(encoding="utf-8")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", viewer).group(1)
    assert "ADHESION" in title and "5 mars 2021" in title
    for relative in ("organisation/la-27e-region.html", "classes/document.html", "adhesion/clermont-ferrand/la-27e-region/2021.html"):
        labels = re.findall(r'<a href="[^"]*document/[^"#]*(?:#[^"]*)?">([^<]*)</a>', page(seeds, relative).read_text(encoding="utf-8"))
        assert labels and not [label for label in labels if label.endswith(".txt")], relative


def test_link_texts_carry_no_iso_date(seeds):
    for path in (seeds.out / "site").rglob("*.html"):
        if "document" in path.parts or path.relative_to(seeds.out / "site").parts[0].startswith("pagefind"):
            continue
        texts = re.findall(r"<a [^>]*>([^<]*)</a>", path.read_text(encoding="utf-8"))
        assert not [t for t in texts if re.search(r"\d{4}-\d{2}-\d{2}", t)], path


def test_neighbourhood_is_a_static_drawing_with_a_list_beside_it(seeds):
    html = page(seeds, "organisation/la-27e-region.html").read_text(encoding="utf-8")
    drawing = section(html, "h-voisinage")
    svg = drawing.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "organisation/clermont-ferrand.html" in svg and "<script" not in svg
    listed = drawing.split("</svg>", 1)[1]
    assert "organisation/clermont-ferrand.html" in listed and "programme/care.html" in listed


def test_generic_nouns_are_never_shown_as_names(seeds):
    """'la Commune' designates Clermont-Ferrand in its own deliberation: shown apart, not as a name;
    no person's page is titled by words that are roles or bodies (ingest/genre/fr/persons.yaml)."""
    import yaml

    clermont = page(seeds, "organisation/clermont-ferrand.html").read_text(encoding="utf-8")
    rows = {re.sub(r"<[^>]+>", "", r.split("</th>")[0]).strip(): r for r in re.split(r"<tr[^>]*>", section(clermont, "h-proprietes"))[1:]}
    assert "la Commune" not in rows["nom alternatif"] and "Clermont-Ferrand" in rows["nom alternatif"]
    assert "la Commune" in rows["désignée aussi comme"]
    words = yaml.safe_load((Path(__file__).parent.parent / "ingest" / "genre" / "fr" / "persons.yaml").read_text(encoding="utf-8"))
    generic = {w.casefold() for key in ("role_words", "organisation_words", "particles") for w in words[key]}
    for path in (seeds.out / "site" / "personne").rglob("*.html"):
        title = re.search(r"<h1[^>]*>(.*?)</h1>", path.read_text(encoding="utf-8")).group(1)
        assert not set(re.findall(r"[\w'-]+", title.casefold())) <= generic, path


def test_sources_of_identifiers_are_in_french(seeds):
    for relative in ("organisation/ville-de-nancy.html", "organisation/poitiers.html", "organisation/la-27e-region.html"):
        text = " ".join(parse(page(seeds, relative)).text)
        assert not re.search(r"\b(?:the|from|named in|match|not checked)\b", text), relative


def test_every_statement_of_the_documents_is_on_its_pages(seeds):
    """Every resource of a civicgraph class (but passages) has its page, and every statement the documents'
    graphs make of it is there: a literal as the site writes it in French ("5 mars 2021", "5 000", "oui"), a
    code in words (a document's genre), a link to the page of the resource it names; and that page lists it
    back among what links to it, or in the whole list a link there leads to (a hub's list cut short)."""
    import html as markup

    import pyoxigraph as ox

    from civicgraph import french
    from civicgraph.site import _words

    site = seeds.out / "site"
    genres = _words()["genres"]
    _, rows = seeds.store.select("""PREFIX cg: <https://w3id.org/civicgraph/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o . ?g a cg:Document } ?s a ?c .
          FILTER(STRSTARTS(STR(?c), STR(cg:)) && ?c != cg:Extrait) FILTER(?p NOT IN (rdf:type, rdfs:label, prov:wasDerivedFrom)) }""")
    texts: dict[str, str] = {}

    def text(relative: str) -> str:
        if relative not in texts:
            texts[relative] = markup.unescape(page(seeds, relative).read_text(encoding="utf-8"))
        return texts[relative]

    def listed_back(target: str, subject: str) -> bool:
        if f"/{subject}" in text(target):
            return True
        wholes = re.findall(r'href="(?:\.\./)*(listes/[^"#]+\.html)"', text(target))
        return any(f"/{subject}" in text(whole) for whole in wholes)

    checked, absent = 0, []
    for s, p, o in rows:
        relative = s.value.split("/id/", 1)[1] + ".html"
        name = p.value.rsplit("#", 1)[-1]
        if isinstance(o, ox.Literal):
            shown = {genres.get(o.value, o.value)} if name == "genre" else {french.literal(o)}
            if o.datatype.value.endswith("#integer"):
                shown.add(o.value)  # a year is written as a year ("2024", not "2 024")
            if not any(form in text(relative) for form in shown):
                absent.append((relative, name, shown))
        elif "/id/" in o.value and (site / (o.value.split("/id/", 1)[1] + ".html")).is_file():
            target = o.value.split("/id/", 1)[1] + ".html"
            if "/" + target.rsplit("/", 1)[-1] not in text(relative) or not listed_back(target, relative.rsplit("/", 1)[-1]):
                absent.append((relative, name, target))
        checked += 1
    assert checked > 3000 and not absent, absent[:10]


def test_document_metadata_in_words(seeds):
    html = page(seeds, "document/003-7d5e4a2d1a0197dc.html").read_text(encoding="utf-8")
    assert "extrait du registre des délibérations" in section(html, "h-proprietes")
    assert "Origine du texte : fichier texte." in html
    assert "faec3177ea9867bec8e0a2a959e6ec086c11330925bb6edbe7b7e45fc2621374" in page(seeds, "document/000-8631124937c3ca60.html").read_text(encoding="utf-8")


def test_the_actes_nomenclature_page_lists_each_matiere_with_its_deliberations(seeds):
    """Every level-1 and level-2 matière is on the page; Poitiers' n° 26 (code 7.10, read from its
    form) under 7.10 Divers, and its page links there."""
    html = page(seeds, "nomenclature/actes/index.html").read_text(encoding="utf-8")
    assert html.count('id="matiere-') == 66  # every concept of ontology/actes-matieres.ttl: nine themes, 57 subjects
    divers = html.split('id="matiere-7-10"', 1)[1].split("</li></ul></li>", 1)[0]
    assert "7.10 Divers" in divers and "1 délibération" in divers
    assert 'href="../../deliberation/poitiers/conseil-municipal/2022-06-27/26.html"' in divers
    assert "1 délibération classée." in html
    deliberation = page(seeds, "deliberation/poitiers/conseil-municipal/2022-06-27/26.html").read_text(encoding="utf-8")
    assert '<a href="../../../../nomenclature/actes/7.10.html">7.10 Divers</a>' in deliberation
    assert '<a href="7.10.html">7.10 Divers</a>' in divers and '<a href="7.html">7 Finances locales</a>' in html


def test_each_actes_matiere_has_a_page_with_its_deliberations_broader_and_narrower(seeds):
    divers = page(seeds, "nomenclature/actes/7.10.html").read_text(encoding="utf-8")
    assert "<h1>7.10 Divers</h1>" in divers and "<code>https://w3id.org/civicgraph/nomenclature/actes/7.10</code>" in divers
    assert '<a href="index.html">Nomenclature ACTES des matières</a> › <a href="7.html">7 Finances locales</a>' in divers
    assert '<a href="../../deliberation/poitiers/conseil-municipal/2022-06-27/26.html">' in divers
    theme = page(seeds, "nomenclature/actes/7.html").read_text(encoding="utf-8")
    assert '<a href="7.10.html">7.10 Divers</a>' in theme and "Aucune délibération" in theme


def test_a_page_s_tables_list_persons_by_family_name(seeds):
    """Within one role and date, La 27e Région's administrators in French order of family name;
    the persons affiliated with Clermont-Ferrand likewise (not by first name, not by address)."""
    from civicgraph.french import collation_key, person_key

    names = {p.rsplit("/id/", 1)[1]: (f, g) for p, f, g in seeds.rows(
        "SELECT ?p (MIN(?f) AS ?family) (MIN(?g) AS ?given) WHERE { ?p cg:nomFamille ?f OPTIONAL { ?p cg:prenom ?g } } GROUP BY ?p")}

    def persons(html: str) -> list[str]:
        return [h.split("/personne/", 1)[1].removesuffix(".html") for h in re.findall(r'href="([^"]*/personne/[^"]+\.html)"', html)]

    la27 = page(seeds, "organisation/la-27e-region.html").read_text(encoding="utf-8")
    rows = [r for r in section(la27, "h-mandats").split("<tr") if ">administrateur<" in r]
    listed = [p for r in rows for p in persons(r)]
    assert len(listed) == 6
    assert listed == sorted(listed, key=lambda p: person_key(*names["personne/" + p], ""))
    clermont = page(seeds, "organisation/clermont-ferrand.html").read_text(encoding="utf-8")
    affiliated = [p for p in persons(section(clermont, "h-personnes")) if "personne/" + p in names]
    assert len(affiliated) > 1
    assert affiliated == sorted(affiliated, key=lambda p: (collation_key(names["personne/" + p][0]), collation_key(names["personne/" + p][1] or "")))
