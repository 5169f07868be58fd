"""End-to-end: the seeds' site in real headless Chromium (Debian `chromium`, driven by Playwright),
served from 127.0.0.1 as a reader would open it. The scenario of issue 14: search for "Clermont",
follow a result to the city's page, its membership to La 27e Région, find Poitiers and
Aix-Marseille-Provence among its members, open a fact's evidence and land on the highlighted
passage. Screenshots at 1280 and 390 px go to test-artefacts/; axe-core checks accessibility."""

from __future__ import annotations

import functools
import gzip
import json
import re
import http.server
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
ARTEFACTS = Path(__file__).resolve().parent.parent / "test-artefacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(seeds):
    assert CHROMIUM.exists(), "Debian chromium missing: run `make test`, which installs it"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(seeds.out))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/site/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


def _page(browser, width, requests):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    return page


def _first_result(page, words: str):
    """The link of the first result of a search for `words` from the home page's field. Pagefind
    draws the whole list at once, each result a placeholder without a link until its fragment has
    arrived, and the fragments arrive in any order: the first link drawn may be a later result's
    (a machine under load made the participation ranked second the "first" result of "Poitiers").
    So: the first result's own link, once it is drawn."""
    page.fill(".pagefind-ui__search-input", words)
    return _first_drawn(page)


def _first_drawn(page):
    """The link of the first result of the list, once its fragment has arrived and it is drawn."""
    first = page.locator(".pagefind-ui__result").first.locator(".pagefind-ui__result-link")
    first.wait_for(timeout=15000)
    return first


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_search_membership_members_and_evidence(browser, served):
    requests: list[str] = []
    page = _page(browser, 1280, requests)
    page.goto(served + "index.html")
    result = _first_result(page, "Clermont")
    assert result.inner_text() == "Ville de Clermont-Ferrand", "the city is not the first result"
    result.click()
    page.wait_for_url("**/organisation/clermont-ferrand.html")
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "clermont-1280.png"), full_page=True)
    page.locator("a[href$='adhesion/clermont-ferrand/la-27e-region/2021.html']").first.click()
    page.locator("a[href$='organisation/la-27e-region.html']").first.click()
    page.wait_for_url("**/organisation/la-27e-region.html")
    members = page.locator("section[aria-labelledby='h-membres']")
    for member in ("Ville de Poitiers", "Métropole d'Aix-Marseille-Provence"):
        assert members.get_by_role("link", name=member, exact=True).count() == 1, member
    page.screenshot(path=str(ARTEFACTS / "la-27e-region-1280.png"), full_page=True)
    page.goto(served + "adhesion/clermont-ferrand/la-27e-region/2021.html")
    reference = page.locator("table.facts sup.ref a").first
    target = reference.get_attribute("href")
    reference.click()
    page.wait_for_url("**" + target)
    source = page.locator(target)
    quote = source.locator("blockquote p").first.inner_text()
    assert reference.get_attribute("title") == quote, "the fact's tooltip is not its passage"
    source.locator("cite a").first.click()
    page.wait_for_url("**/document/*.html#c*")
    current = page.locator("a.span.current")
    assert current.count() > 0
    assert " ".join(current.all_inner_texts()).split() == quote.split()
    assert current.first.is_visible()
    assert all(r.startswith("http://127.0.0.1") for r in requests), "a page asked for something outside the site"


def test_no_request_of_a_page_is_answered_with_an_error(browser, served):
    """Every address a page makes the browser fetch, the icon among them, is there: no 404 (the
    favicon was one on every page while no page named it)."""
    answers: dict[str, int] = {}
    for relative in ("index.html", "organisation/la-27e-region.html", "seance/poitiers/conseil-municipal/2022-06-27.html"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})  # a new one: no icon cached
        page = context.new_page()
        page.on("response", lambda r: answers.__setitem__(r.url, r.status))
        with page.expect_response(lambda r: "favicon" in r.url, timeout=15000) as icon:
            page.goto(served + relative)
        assert (icon.value.url, icon.value.status) == (served + "static/favicon.svg", 200), relative
        page.wait_for_load_state("networkidle")
        context.close()
    assert not {url: status for url, status in answers.items() if status >= 400}


@pytest.mark.parametrize("words, first", [
    ("Poitiers", "Ville de Poitiers"),  # before its séance and the presences there, whose titles name it
    ("La 27e Région", "La 27e Région"),  # before its staff, whose labels name it in brackets
    ("Landivar", "Diego LANDIVAR"),  # a person before their presences and mandates
    ("régions grand", "Région Grand Est"),  # French stemming: its page never writes "régions"
])
def test_a_name_searched_puts_its_bearer_first(browser, served, seeds, words, first):
    page = _page(browser, 1280, [])
    page.goto(served + "index.html")
    result = _first_result(page, words)
    assert result.inner_text() == first
    if words.startswith("régions"):
        href = result.get_attribute("href").split("/site/", 1)[1]
        assert "régions" not in (seeds.out / "site" / href).read_text(encoding="utf-8").lower()


def test_the_first_result_is_the_best_ranked_even_when_its_fragment_comes_last(browser, served, seeds):
    """Each result is drawn when its fragment arrives, in any order (the flaky failure of the search
    tests on a loaded machine, made certain): the city's fragment held back, a later result's link is
    the first drawn, while the first place of the list, the one `_first_result` reads, waits for the
    city's; released, the city fills it."""
    site = seeds.out / "site"
    fragment = next(f for f in site.glob("pagefind-*/fragment/*.pf_fragment")  # gzip of "pagefind_dcd" and JSON
                    if json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
                    == "/organisation/poitiers.html")
    page = _page(browser, 1280, [])

    def when_released(route):
        page.wait_for_function("() => window.releaseTheCity === true", timeout=30000)
        route.continue_()

    page.route("**/" + fragment.relative_to(site).as_posix(), when_released)
    page.goto(served + "index.html")
    page.fill(".pagefind-ui__search-input", "Poitiers")
    drawn = page.locator(".pagefind-ui__result-link").first
    drawn.wait_for(timeout=15000)
    assert drawn.inner_text() != "Ville de Poitiers"
    assert page.locator(".pagefind-ui__result").first.locator(".pagefind-ui__result-link").count() == 0
    page.evaluate("window.releaseTheCity = true")
    assert _first_drawn(page).inner_text() == "Ville de Poitiers"


def test_opened_from_the_disk_the_search_says_how_to_serve_the_site(browser, served, seeds):
    """The README opens the site from the file system, where Chromium refuses the index's modules: the
    home page says so and how to serve it, instead of a field that finds nothing; served, the field works."""
    page = _page(browser, 1280, [])
    page.goto((seeds.out / "site" / "index.html").as_uri())
    hint = page.locator("#search-from-disk")
    assert hint.is_visible() and "python3 -m http.server" in hint.inner_text()
    assert page.locator(".pagefind-ui__search-input").count() == 0
    page.goto(served + "index.html")
    assert _first_result(page, "Poitiers").inner_text() == "Ville de Poitiers"
    assert not page.locator("#search-from-disk").is_visible()


def test_the_timeline_fits_a_narrow_screen_with_every_count_in_view(browser, served, seeds):
    """The home page's timeline at 360 px: its table does not scroll, every bar and its count lie
    inside it, and the counts are the graph's (séances by year of their date)."""
    by_year = dict(seeds.rows("""SELECT ?year (COUNT(?s) AS ?n) WHERE { ?s a cg:Seance ; cg:date ?d
        BIND(YEAR(?d) AS ?year) } GROUP BY ?year"""))
    page = _page(browser, 360, [])
    page.goto(served + "index.html")
    box = page.locator("#chronologie .scroll")
    assert page.evaluate("e => e.scrollWidth <= e.clientWidth", box.element_handle())
    right = box.bounding_box()["x"] + box.bounding_box()["width"]
    rows = page.locator("#chronologie tbody tr")
    shown = {}
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        for j in (1, 2):
            cell = cells.nth(j).bounding_box()
            assert cell["x"] + cell["width"] <= right + 0.5
            assert cells.nth(j).evaluate("c => c.scrollWidth <= c.clientWidth")
        shown[cells.nth(0).inner_text()] = cells.nth(1).inner_text().strip()
    assert by_year and {str(y): str(n) for y, n in by_year.items()}.items() <= shown.items()


@pytest.mark.parametrize("relative", ["index.html", "organisation/la-27e-region.html",
                                      "seance/clermont-ferrand/conseil-municipal/2021-03-05.html",
                                      "document/000-8631124937c3ca60.html", "classes/personne.html",
                                      "organisation/clermont-ferrand.html", "personne/clermont-ferrand/anne-laure-stanislas.html"])
@pytest.mark.parametrize("width", [390, 360])
def test_narrow_screens_and_accessibility(browser, served, relative, width):
    """No overflow and no serious axe violation at 390 px (the issue's screenshots) and at 360 px,
    the narrowest it asks for (a table wider than the screen scrolls in its box, which must then be
    focusable from the keyboard)."""
    assert AXE.exists(), "axe-core missing: run `make test`, which installs it from the npm registry"
    page = _page(browser, width, [])
    page.goto(served + relative)
    if width == 390:
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / (relative.replace("/", "_") + "-390.png")), full_page=True)
    assert _overflow(page) <= 0, f"{relative} overflows at {width} px"
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in results["violations"]
               if v["impact"] in ("serious", "critical")]
    assert not serious, serious


CUT_WORDS = """() => {
  const cut = [];
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("code, pre, svg, .visually-hidden") || /^\\s*https?:/.test(node.data)) continue;
    for (const m of node.data.matchAll(/(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]{2,19}(?![\\p{L}\\p{N}])/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (lines.size > 1) cut.push(m[0]);
    }
  }
  return cut;
}"""


@pytest.mark.parametrize("relative", ["index.html", "seance/clermont-ferrand/conseil-municipal/2021-03-05.html",
                                      "seance/la-27e-region/assemblee-generale/2024-06-06.html",
                                      "organisation/la-27e-region.html", "organisation/clermont-ferrand.html",
                                      "classes/participation.html", "classes/vote.html", "nomenclature/actes/1.3.html",
                                      "organisation/region-bretagne.html", "document/000-8631124937c3ca60.html"])
@pytest.mark.parametrize("width", [1280, 360])
def test_no_word_is_cut_across_lines(browser, served, relative, width):
    """A table's column is at least as wide as its longest word ("prés-ent", "2 0 2 1" stacked a
    character a line is unreadable): a table wider than the screen scrolls in its box instead.
    Identifiers (code, addresses, hashes: 20 characters or more) and the documents' own text may
    still break anywhere."""
    page = _page(browser, width, [])
    page.goto(served + relative)
    assert page.evaluate(CUT_WORDS) == []
    assert _overflow(page) <= 0


def test_an_index_filters_and_sorts_in_french_order(browser, served, seeds):
    """The persons' index: its filter keeps the rows holding every word typed, accents and case
    aside; sorting by name from the keyboard keeps family-name order (the order the page was built
    in), reversed then restored; sorting by a column of numbers orders them as numbers."""
    page = _page(browser, 1280, [])
    page.goto(served + "classes/personne.html")
    rows = page.locator("#liste tbody tr")
    built = [rows.nth(i).locator("a").get_attribute("href") for i in range(rows.count())]
    page.fill("#filtre", "renie STANISLAS")
    visible = page.locator("#liste tbody tr:visible")
    assert visible.count() == 1 and visible.first.locator("a").inner_text() == "Stanislas RENIÉ"
    page.fill("#filtre", "")
    assert page.locator("#liste tbody tr:visible").count() == len(built)
    name = page.locator("#liste thead th").nth(0)
    name.focus()
    page.keyboard.press("Enter")
    assert name.get_attribute("aria-sort") == "descending"
    assert [rows.nth(i).locator("a").get_attribute("href") for i in range(rows.count())] == built[::-1]
    page.keyboard.press("Enter")
    assert [rows.nth(i).locator("a").get_attribute("href") for i in range(rows.count())] == built
    page.locator("#liste thead th").nth(3).click()
    counts = [int(rows.nth(i).locator("td").nth(3).inner_text()) for i in range(rows.count())]
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_keyboard_reaches_the_content_first(browser, served):
    page = _page(browser, 1280, [])
    page.goto(served + "organisation/clermont-ferrand.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#contenu"


def _transform(node) -> tuple[float, float]:
    x, y = re.match(r"translate\(([-\d.]+),([-\d.]+)\)", node.get_attribute("transform")).groups()
    return float(x), float(y)


def test_the_neighbourhood_graph_is_interactive_and_keyboard_usable(browser, served, seeds):
    """With JavaScript, the static drawing becomes the d3-force graph: every drawn node is there, laid
    out inside the frame, a link to its page that the keyboard reaches and the arrow keys move; a
    drag moves a node without opening it; no script error, no axe violation."""
    requests, errors = [], []
    page = _page(browser, 1280, requests)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served + "organisation/la-27e-region.html")
    static = (seeds.out / "site" / "organisation/la-27e-region.html").read_text(encoding="utf-8").count("data-kind=")
    page.locator("figure.graph[data-interactive='true']").wait_for(timeout=10000)
    nodes = page.locator("svg.graph.interactive a[data-kind]")
    assert nodes.count() == static > 5 and page.locator("svg.graph[aria-hidden='true']").count() == 0
    places = [_transform(nodes.nth(i)) for i in range(nodes.count())]
    assert all(0 < x < 760 and 0 < y < 460 for x, y in places) and len(set(places)) == len(places)
    assert page.locator("svg.graph.interactive line").count() == static

    for _ in range(200):  # Tab from the top until a node of the graph has the focus
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('svg.graph.interactive')"):
            break
    focused = page.evaluate("document.activeElement.querySelector('title').textContent")
    assert focused and focused.endswith(")"), focused
    assert page.locator("svg.graph.interactive line.current").count() == 1
    node = page.locator("svg.graph.interactive a:focus")
    before = _transform(node)
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert _transform(node)[1] > before[1] and page.evaluate("location.pathname").endswith("la-27e-region.html")

    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert not [v["id"] for v in results["violations"] if v["impact"] in ("serious", "critical")], results["violations"]

    other = nodes.nth(0)
    box = other.locator("circle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 40, steps=8)
    page.mouse.up()
    page.wait_for_timeout(300)
    assert page.evaluate("location.pathname").endswith("la-27e-region.html"), "a drag opened the node"
    assert _transform(other) != places[0]

    href = node.get_attribute("href")
    node.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/" + href.lstrip("./"))
    assert not errors, errors
    assert all(r.startswith("http://127.0.0.1") for r in requests)


def test_without_javascript_the_static_drawing_stays(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + "organisation/la-27e-region.html")
    assert page.locator("svg.graph[aria-hidden='true'] a[data-kind]").count() > 5
    assert page.locator("svg.graph.interactive").count() == 0
    context.close()
