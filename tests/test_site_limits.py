"""What keeps the site light as the corpus grows: long lists cut into pages (the pager's
arithmetic, the seeds' class indexes cut into pages of a few rows: every resource listed once, in
French order, pages linked both ways), the home page's latest rows and sums, and a hub's page
quoting a bounded number of the passages that only name it."""

from __future__ import annotations

import math
import re

import pytest

from civicgraph.french import collation_key
from civicgraph.pager import paginate
from civicgraph.site import HOME_ROWS, Site, _fees, _latest, _timeline
from test_site import parse


def test_a_list_is_cut_into_pages_that_name_each_other():
    pages = paginate(list(range(23)), 5, "personne")
    assert [name for name, _, _ in pages] == ["personne.html", "personne-2.html", "personne-3.html", "personne-4.html", "personne-5.html"]
    assert [rows for _, rows, _ in pages][-1] == [20, 21, 22]
    third = pages[2][2]
    assert (third.number, third.count, third.first_row, third.last_row, third.total) == (3, 5, 11, 15, 23)
    assert (third.previous, third.next) == ("personne-2.html", "personne-4.html")
    assert third.window == [(1, "personne.html"), (2, "personne-2.html"), (3, None), (4, "personne-4.html"), (5, "personne-5.html")]
    assert (pages[0][2].previous, pages[-1][2].next) == (None, None)


def test_far_pages_are_reached_through_a_window_with_gaps():
    pager = paginate(list(range(1000)), 10, "p")[49][2]
    assert [n for n, _ in pager.window] == [1, None, 48, 49, 50, 51, 52, None, 100]


def test_an_empty_list_is_one_empty_page():
    [(name, rows, pager)] = paginate([], 500, "vote")
    assert (name, rows, pager.count, pager.first_row, pager.last_row) == ("vote.html", [], 1, 0, 0)
    with pytest.raises(ValueError):
        paginate([1], 0, "x")


def test_the_home_page_lists_the_latest_rows_and_charts_sums():
    seances = [{"date_raw": f"20{10 + n % 15}-01-{1 + n % 28:02d}", "n": n} for n in range(200)]
    latest = _latest(seances, "date_raw")
    assert len(latest) == HOME_ROWS and min(s["date_raw"] for s in latest) >= max(s["date_raw"] for s in seances if s not in latest)
    assert [s["n"] for s in latest] == sorted(s["n"] for s in latest)  # the query's order kept
    timeline = _timeline(seances, [])
    assert max(y["seances_width"] for y in timeline) == 100 and all(y["adhesions_width"] == 0 for y in timeline)
    adhesions = [{"associationLabel": "Réseau Valbrune", "year_raw": "2021", "year": "2021", "currency": "EUR", "fee_raw": fee}
                 for fee in ("500", "1500", None)] + [{"associationLabel": "Réseau Valbrune", "year_raw": "2022", "year": "2022", "currency": "EUR", "fee_raw": "1000"}]
    assert [(f["year"], f["members"], f["of"], f["fee"], f["width"]) for f in _fees(adhesions)] == [
        ("2021", 2, 3, "2\u202f000\u00a0€", 100), ("2022", 1, 1, "1\u202f000\u00a0€", 50)]


def test_the_seeds_class_indexes_cut_into_pages(seeds, tmp_path):
    out = tmp_path / "site"
    Site(seeds.store, texts=seeds.out / "texts", page_rows=20).render(out)
    persons = {p.rsplit("/id/", 1)[1] + ".html": f for p, f in seeds.rows("SELECT ?p ?f WHERE { ?p a cg:Personne ; cg:nomFamille ?f }")}
    everyone = seeds.rows("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cg:Personne }")[0][0]
    pages = sorted(out.glob("classes/personne*.html"), key=lambda p: int(re.search(r"(\d+)\.html$", "1.html" if p.name == "personne.html" else p.name).group(1)))
    assert len(pages) == math.ceil(int(everyone) / 20) > 2
    listed, ordered = [], []
    for path in pages:
        parsed = parse(path)
        rows = [h.removeprefix("../") for h in parsed.hrefs if h.startswith("../personne/")]
        assert len(rows) <= 20
        listed += rows
        ordered += [persons[r] for r in rows if r in persons]
        for href in parsed.hrefs:
            if not re.match(r"^[a-z]+:", href) and href.partition("#")[0].endswith(".html"):  # Site.render writes the pages only
                assert (path.parent / href.partition("#")[0]).resolve().is_file(), f"{path.name} links to missing {href}"
    assert len(listed) == len(set(listed)) == int(everyone)
    assert ordered == sorted(ordered, key=collation_key)
    second = pages[1].read_text(encoding="utf-8")
    assert 'href="personne.html" rel="prev"' in second and 'href="personne-3.html" rel="next"' in second
    assert f"Lignes 21 à 40 sur {everyone}" in second


def test_a_hub_quotes_a_bounded_number_of_the_passages_that_only_name_it(seeds, tmp_path):
    out = tmp_path / "site"
    Site(seeds.store, texts=seeds.out / "texts", uncited=2).render(out)
    whole = (seeds.out / "site" / "organisation" / "la-27e-region.html").read_text(encoding="utf-8")
    cut = (out / "organisation" / "la-27e-region.html").read_text(encoding="utf-8")

    def quoted(html):
        items = re.findall(r'<li id="source-\d+">(.*?)</li>', html, re.S)
        return [i for i in items if "cited-by" in i], [i for i in items if "cited-by" not in i]

    (cited, uncited), (cited_cut, uncited_cut) = quoted(whole), quoted(cut)
    assert len(uncited) > 2 and len(uncited_cut) == 2 and cited_cut == cited
    assert f"Et {len(uncited) - 2} autres passages qui nomment cette ressource" in cut
    assert "autres passages" not in whole
    left_out = re.search(r'<cite><a href="([^"]+)"', uncited[-1]).group(1)  # still highlighted in its document, linked here
    file, anchor = left_out.split("#")
    viewer = (out / "organisation" / file).read_text(encoding="utf-8")
    assert re.search(rf'<span class="anchor" id="{anchor}"></span><a class="span" href="../organisation/la-27e-region.html"', viewer)


def test_a_hub_keeps_a_few_entries_of_each_list_and_links_to_the_whole_lists(seeds, tmp_path):
    """With 5 entries a list, La 27e Région's page keeps 5 of each list (the latest of its dated
    ones) and links to the list cut into pages of 4 rows elsewhere (`listes/…`), where every
    entry of the full page is listed once and every link resolves."""
    out = tmp_path / "site"
    site = Site(seeds.store, texts=seeds.out / "texts", shown=5, page_rows=4)
    site.render(out)
    whole = parse(seeds.out / "site" / "organisation" / "la-27e-region.html")
    cut = (out / "organisation" / "la-27e-region.html").read_text(encoding="utf-8")
    mandates = re.search(r'<tr><th scope="row">« <a class="term" href="[^"]+">organisation</a> » <span class="of-kind">\(Mandats\)</span></th><td>(.*?)</td></tr>', cut, re.S).group(1)
    assert mandates.count('<a href="../mandat/') == 5
    more = re.search(r'<p class="more">5 sur (\d+) \(les plus récents\) — <a href="([^"]+)">', mandates)
    everyone = {h.removeprefix("../") for h in whole.hrefs if h.startswith("../mandat/")}
    assert int(more.group(1)) == len(everyone) > 5
    listed, page_path = [], (out / "organisation" / more.group(2)).resolve()
    assert page_path.parent == (out / "listes" / "organisation" / "la-27e-region").resolve()
    while page_path:
        parsed = parse(page_path)
        rows = [h.removeprefix("../../../") for h in parsed.hrefs if h.startswith("../../../mandat/")]
        assert 0 < len(rows) <= 4
        listed += rows
        for href in parsed.hrefs:
            if not re.match(r"^[a-z]+:", href) and href.partition("#")[0].endswith(".html"):
                assert (page_path.parent / href.partition("#")[0]).resolve().is_file(), f"{page_path.name} links to missing {href}"
        following = re.search(r'<a href="([^"]+)" rel="next">', page_path.read_text(encoding="utf-8"))
        page_path = following and page_path.parent / following.group(1)
    assert sorted(listed) == sorted(everyone)
    kept = {h.removeprefix("../") for h in re.findall(r'href="(\.\./mandat/[^"]+)"', mandates)}
    first = dict(seeds.rows("SELECT ?m (MIN(?d) AS ?first) WHERE { ?m cg:organisation <https://w3id.org/civicgraph/id/organisation/la-27e-region> ; "
                            "cg:attesteLe ?d } GROUP BY ?m"))
    dates = {m.rsplit("/id/", 1)[1] + ".html": d for m, d in first.items()}
    assert kept <= everyone and min(dates[k] for k in kept) >= sorted(dates.values())[-5]  # the latest
    neighbours = re.search(r"data-neighbours>(.*?)</ul>\s*(<p class=\"more\">.*?</p>)", cut, re.S)
    assert neighbours.group(1).count("<li>") == 5 and "(les premiers)" in neighbours.group(2)
    assert not any("data-pagefind-body" in p.read_text(encoding="utf-8") for p in (out / "listes").rglob("*.html"))


def test_a_proxy_s_stretch_in_french():
    """'à partir de l'acte 5', never 'à partir du acte 5': the article elides before a vowel."""
    from types import SimpleNamespace

    from civicgraph.seancepage import stretch

    def row(**values):
        return {k: SimpleNamespace(value=v) for k, v in values.items()}

    assert stretch(row(fromPoint="2", toPoint="4")) == "du point 2 au point 4"
    assert stretch(row(fromPoint="4", fromAct="5")) == "à partir du point 4, à partir de l'acte 5"
    assert stretch(row(fromAct="2", toAct="4")) == "de l'acte 2 à l'acte 4"
    assert stretch(row(toAct="7", toPoint="3")) == "jusqu'au point 3, jusqu'à l'acte 7"
    assert stretch(row(fromTime="18:00:00")) == "à partir de 18 h"


def test_a_name_searched_is_the_label_without_its_bracketed_qualifier():
    from civicgraph.site import own_name

    assert own_name("Anne (équipe de Val-Brun)") == "Anne"
    assert own_name("Syndicat (SIVU) du Val") == "Syndicat (SIVU) du Val"  # only a qualifier that ends the label
    assert own_name("(Dé)formations") == "(Dé)formations"


def test_the_pages_of_no_entity_are_written_only_when_their_content_changed(tmp_path):
    """The home page, the class indexes, the guide, the ontology's page and the static files: a
    rebuild links those whose content the previous build made (the same file, not a copy), and a
    change of the corpus writes anew only those whose content changed."""
    import shutil

    from conftest import build
    from civicgraph.paths import data_dir

    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(data_dir("corpus").glob("*.txt")):
        shutil.copy(path, docs / path.name)
    out, spare = tmp_path / "out", tmp_path / ".out.spare"

    def fixed(folder):  # the pages of no entity and the static files: relative path → (inode, bytes)
        site = folder / "site"
        paths = [site / "index.html", site / "guide.html", site / "ontology" / "index.html", *site.glob("classes/*.html"), *site.glob("static/*")]
        return {str(p.relative_to(site)): (p.stat().st_ino, p.read_bytes()) for p in paths if p.is_file()}

    assert build(out, docs).result.exit_code == 0
    first = fixed(out)
    assert len(first) > 10 and "classes/personne.html" in first
    assert build(out, docs).result.exit_code == 0
    assert fixed(out) == first == fixed(spare)  # every one linked from the previous build, none written again
    (docs / sorted(p.name for p in docs.iterdir())[-1]).unlink()  # the association's minutes: persons, memberships, figures go
    assert build(out, docs).result.exit_code == 0
    third = fixed(out)
    changed = {p for p in first if third.get(p, (None, None))[1] != first[p][1]}
    assert {"index.html", "classes/personne.html"} <= changed and "static/style.css" not in changed
    for page, (inode, _) in third.items():  # a page is a new file exactly when its content changed
        assert (inode != first[page][0]) == (page in changed), page


def test_a_matiere_keeps_its_first_deliberations_and_links_to_its_whole_list(seeds, tmp_path):
    """The ACTES nomenclature's page and a matière's page grow with the deliberations filed under it:
    both keep `shown` of them (none here) with the count, the matière's page links to its whole list,
    cut into pages of its own that link back; every link resolves."""
    out = tmp_path / "site"
    Site(seeds.store, texts=seeds.out / "texts", shown=0, page_rows=1).render(out)
    deliberation = "deliberation/poitiers/conseil-municipal/2022-06-27/26.html"
    nomenclature = (out / "nomenclature" / "actes" / "index.html").read_text(encoding="utf-8")
    divers = nomenclature.split('id="matiere-7-10"', 1)[1].split("</li>", 1)[0]
    assert deliberation not in divers and "1 délibération" in divers
    assert '0 sur 1 (les premières) — <a href="7.10.html">toutes sur la page de la matière 7.10</a>' in divers
    matiere = (out / "nomenclature" / "actes" / "7.10.html").read_text(encoding="utf-8")
    assert deliberation not in matiere and "Aucune délibération" not in matiere
    whole = re.search(r'<p class="more">0 sur 1 \(les premiers\) — <a href="([^"]+)">', matiere).group(1)
    assert whole == "../../listes/nomenclature/actes/7.10/deliberations.html"
    listed = parse(out / "listes" / "nomenclature" / "actes" / "7.10" / "deliberations.html")
    assert f"../../../../{deliberation}" in listed.hrefs and "../../../../nomenclature/actes/7.10.html" in listed.hrefs
    for href in listed.hrefs:
        if not re.match(r"^[a-z]+:", href) and href.partition("#")[0].endswith(".html"):
            assert (out / "listes" / "nomenclature" / "actes" / "7.10" / href.partition("#")[0]).resolve().is_file(), href
    whole_site = (seeds.out / "site" / "nomenclature" / "actes" / "7.10.html").read_text(encoding="utf-8")
    assert deliberation in whole_site and "listes/" not in whole_site  # with the default, one deliberation: listed, no cut


def test_a_property_with_many_values_keeps_a_few_and_links_to_the_whole_list(seeds, tmp_path):
    """A property's values grow with the corpus too (a programme's partners, the deliberations that
    decided a membership): with 5 entries a list, a row keeps 5 values and links to all of them on
    pages of 4 rows, each value listed once there."""
    out = tmp_path / "site"
    Site(seeds.store, texts=seeds.out / "texts", shown=5, page_rows=4).render(out)
    cut_rows = 0
    for path in out.glob("[!l]*/**/*.html"):
        for cell in re.findall(r'<tr id="fait-\d+"><th scope="row">.*?</th><td>(.*?)</td></tr>', path.read_text(encoding="utf-8"), re.S):
            more = re.search(r'<p class="more">5 sur (\d+) \(les premiers\) — <a href="([^"]+)">', cell)
            if not more:
                continue
            cut_rows += 1
            shown = cell.split('<sup class="ref">')[0].split('<p class="more">')[0].split("<br>")
            listed, page_path = 0, (path.parent / more.group(2)).resolve()
            while page_path:
                text = page_path.read_text(encoding="utf-8")
                rows = re.findall(r"<tr><td>(.*?)</td></tr>", text, re.S)
                assert 0 < len(rows) <= 4
                listed += len(rows)
                for href in re.findall(r'href="([^"#]+\.html)', text):
                    assert (page_path.parent / href).resolve().is_file(), f"{page_path.name} links to missing {href}"
                following = re.search(r'<a href="([^"]+)" rel="next">', text)
                page_path = following and page_path.parent / following.group(1)
            assert len(shown) == 5 and listed == int(more.group(1)) > 5, path
    assert cut_rows


def test_search_bundles_grow_in_number_with_the_pages(monkeypatch):
    """Pagefind holds a bundle's whole index in memory: past SHARDS bundles of BUNDLE_PAGES pages, the
    site gets more bundles rather than larger ones; each page is in one bundle, the first is `pagefind-00`."""
    from civicgraph import search

    monkeypatch.setattr(search, "BUNDLE_PAGES", 100)
    few = search.bundles([f"personne/p{i}.html" for i in range(1000)])
    many = search.bundles([f"personne/p{i}.html" for i in range(4000)])
    assert len(few) == search.SHARDS and len(many) == 40
    assert sorted(p for pages in many.values() for p in pages) == sorted(f"personne/p{i}.html" for i in range(4000))
    assert next(iter(many)) == "pagefind-00" and max(len(pages) for pages in many.values()) < 200


def test_pagefind_runs_as_its_binary_without_a_python_before_it():
    """A rebuild runs Pagefind once per changed bundle: its binary is run directly, not through
    `python -m pagefind` (a Python started only to find the binary)."""
    import subprocess
    import sys
    from pathlib import Path

    from civicgraph import search

    command = search._command()
    assert command[0] != sys.executable and Path(command[0]).is_file()
    assert subprocess.run([*command, "--version"], capture_output=True, text=True, check=True).stdout.startswith("pagefind ")
