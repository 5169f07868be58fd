"""What lets the build scale keeps its output: reading in several processes gives the graph read in
one; a graph written in chunks gives the same dumps as written whole."""

from __future__ import annotations

import gzip
import io
import pickle
import re
import sys
import types

import pyoxigraph as ox
import pytest

from civicgraph import pipeline, store as store_module
from civicgraph.dumps import write_dumps
from civicgraph.facts import Facts
from civicgraph.store import Store
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    generate(16, folder, seed=11)
    return folder


@pytest.fixture(scope="module")
def read_in_one(documents):
    return pipeline.ingest([documents], workers=1)


def graph_of(result) -> str:
    store = Store()
    pipeline.load_facts(store, result.facts)
    return store.nquads()


def test_reading_in_two_processes_gives_the_graph_read_in_one(documents, read_in_one):
    one, two = read_in_one, pipeline.ingest([documents], workers=2)
    assert [f.document.path for f in two.facts] == [f.document.path for f in one.facts]
    assert graph_of(two) == graph_of(one) and len(one.facts) > 8


def test_reading_holds_no_documents_facts_once_done(documents):
    """Each document's facts go to the spool as they are read (spool.py): what ingest returns holds
    no Facts object, only what the reports and the conflicts need of each document, and the spool
    gives the facts back in the order read. (Held as objects, facts cost about 230 kB a document.)"""
    result = pipeline.ingest([documents], workers=1)
    assert not list(_facts_within(result))
    assert [f.document.path for f in result.documents] == [r.document.path for r in result.read] and len(result.read) > 8


def _facts_within(root):
    """The Facts objects `root` holds, through containers and objects' attributes."""
    seen, stack = set(), [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, (str, bytes, int, float, type, types.ModuleType, types.FunctionType)):
            continue
        seen.add(id(item))
        if isinstance(item, Facts):
            yield item
        elif isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack += item
        elif hasattr(item, "__dict__"):
            stack.append(vars(item))


def test_a_document_whose_reading_fails_in_a_worker_is_skipped_with_its_reason(documents, tmp_path, monkeypatch):
    broken = tmp_path / "docs"
    broken.mkdir()
    for path in sorted(documents.iterdir()):
        (broken / path.name).write_bytes(path.read_bytes())
    (broken / "zz-empty.txt").write_bytes(b"")
    result = pipeline.ingest([broken], workers=2)
    assert [s.path.name for s in result.skipped] == ["zz-empty.txt"] and result.skipped[0].reason


def test_graphs_mapped_before_are_loaded_from_the_cache_as_the_mapping_makes_them(read_in_one, tmp_path):
    """A document's graph is cached by its facts (as they are when loaded): a second load takes every
    graph from the cache; facts changed since map again; the store holds what mapping alone gives."""
    from civicgraph.cache import Derived

    first = Derived("mapping", tmp_path / "one", None, [])
    stored = Store()
    pipeline.load_facts(stored, read_in_one.facts, cache=first)
    facts = [pickle.loads(pickle.dumps(f)) for f in read_in_one.facts]  # as the reading cache gives them: their pickles differ, not their keys
    assert first.hits == 0 and stored.nquads() == graph_of(read_in_one)
    facts[3].get("Document", facts[3].document.stem).set("nomAlternatif", "copie-de-val-brun.txt")
    again = Derived("mapping", tmp_path / "two", tmp_path / "one", [])
    loaded = Store()
    pipeline.load_facts(loaded, facts, cache=again)
    assert again.hits == len(facts) - 1
    assert loaded.nquads() == graph_of(type("R", (), {"facts": facts})) != stored.nquads()
    assert "copie-de-val-brun.txt" in loaded.nquads()
    fresh = Store()
    pipeline.load_facts(fresh, facts)
    assert [loaded.digest(g) for g in loaded.graphs()] == [fresh.digest(g) for g in fresh.graphs()]  # taken from the cached bytes
    again = Derived("mapping", tmp_path / "three", tmp_path / "two", [])
    files = pipeline.load_facts(Store(), facts, cache=again)
    assert again.hits == len(facts) == len(files)
    written, copied = io.BytesIO(), io.BytesIO()
    fresh.write_nquads(written)
    fresh.write_nquads(copied, known=files)
    assert copied.getvalue() == written.getvalue()


class _Items(list):
    """A list that runs `when_measured` once it is measured a second time: just before the pool forks."""

    def __init__(self, items, when_measured):
        super().__init__(items)
        self.calls, self.when_measured = 0, when_measured

    def __len__(self):
        self.calls += 1
        if self.calls == 2:
            self.when_measured()
        return super().__len__()


def test_an_earlier_reading_closed_while_the_next_one_starts_leaves_it_its_task():
    """The garbage collector may close a suspended reading (a generator) at any moment, even while
    the next one starts its workers: that must not take the next one's task away."""

    class Shown:
        def advance(self, *_):
            pass

    earlier = pipeline._map(len, ["ab"] * 16, 2, Shown())
    assert next(earlier) == 2
    later = pipeline._map(str.upper, _Items(["cd"] * 16, earlier.close), 2, Shown())
    assert list(later) == ["CD"] * 16


def test_a_graph_written_in_chunks_gives_the_dumps_written_whole(seeds, tmp_path, monkeypatch):
    whole, chunked = tmp_path / "whole", tmp_path / "chunked"
    write_dumps(seeds.store, whole)
    monkeypatch.setattr(store_module, "CHUNK", 50)
    write_dumps(seeds.store, chunked)
    for name in ("civicgraph.nq.gz", "civicgraph.trig", "civicgraph.ttl"):
        assert (whole / name).read_bytes() == (chunked / name).read_bytes(), name
    as_quads = lambda folder: sorted(map(str, ox.parse(path=str(folder / "civicgraph.jsonld"), format=ox.RdfFormat.JSON_LD)))  # noqa: E731
    assert as_quads(chunked) == as_quads(whole)
    nquads = gzip.decompress((whole / "civicgraph.nq.gz").read_bytes()).decode()
    assert len(as_quads(whole)) == nquads.count("\n") == len(seeds.store)
    trig = sorted(map(str, ox.parse(path=str(whole / "civicgraph.trig"), format=ox.RdfFormat.TRIG)))
    assert trig == sorted(map(str, ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS))) == as_quads(whole)  # each graph's block written alone


def test_the_dumps_made_by_worker_processes_and_from_the_cache_are_those_made_here(seeds, tmp_path, monkeypatch):
    """Past dumps.PARALLEL_FROM graphs, the graphs' pieces come from worker processes and the Turtle
    from a forked process (its statements sorted by the system's `sort`): the same bytes as made in
    this process, with the cache of a previous build or without, or without `sort`."""
    from civicgraph import dumps as dumps_module
    from civicgraph.cache import Outputs

    here, parallel, cached = tmp_path / "here", tmp_path / "parallel", tmp_path / "cached"
    monkeypatch.setattr(dumps_module, "PARALLEL_FROM", 10**9)
    write_dumps(seeds.store, here)
    monkeypatch.setattr(dumps_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(dumps_module, "_cpus", lambda: 2)
    first = Outputs("dumps", tmp_path / "cache1", None, None, [])
    write_dumps(seeds.store, parallel, first)
    again = Outputs("dumps", tmp_path / "cache2", tmp_path / "cache1", tmp_path / "parallel", [])
    write_dumps(seeds.store, cached, again)
    assert again.pieces.hits == len(seeds.store.graphs())  # each graph's pieces, from the first build's cache
    monkeypatch.setattr(dumps_module.shutil, "which", lambda _: None)  # no `sort`: the merged graph sorted here, a chunk at a time
    monkeypatch.setattr(store_module, "CHUNK", 50)
    unsorted = tmp_path / "unsorted"
    write_dumps(seeds.store, unsorted)
    names = sorted(p.name for p in here.iterdir())
    assert names == sorted(p.name for p in parallel.iterdir()) == sorted(p.name for p in cached.iterdir()) == sorted(p.name for p in unsorted.iterdir())
    for name in names:
        assert (here / name).read_bytes() == (parallel / name).read_bytes() == (cached / name).read_bytes(), name
    assert (here / "civicgraph.ttl").read_bytes() == (unsorted / "civicgraph.ttl").read_bytes()


def test_a_rebuild_makes_its_few_changed_graphs_pieces_without_starting_the_workers(seeds, tmp_path, monkeypatch):
    """Starting the dumps' worker processes costs more than a rebuild's few changed graphs: the first
    dumps._Pieces.HERE graphs not in the cache are made here, the rest by the workers; the same bytes."""
    from concurrent.futures import ProcessPoolExecutor

    from civicgraph import dumps as dumps_module
    from civicgraph.cache import Outputs

    submitted = []

    class Counted(ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            submitted.append(args)
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(dumps_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(dumps_module, "_cpus", lambda: 2)
    monkeypatch.setattr(dumps_module, "ProcessPoolExecutor", Counted)
    graphs = len(seeds.store.graphs())
    write_dumps(seeds.store, tmp_path / "full", Outputs("dumps", tmp_path / "cache1", None, None, []))
    assert len(submitted) == graphs - dumps_module._Pieces.HERE > 0
    pieces = sorted((tmp_path / "cache1" / "dumps-pieces").iterdir())
    for piece in pieces[:2]:  # two graphs changed since
        piece.unlink()
    submitted.clear()
    write_dumps(seeds.store, tmp_path / "again", Outputs("dumps", tmp_path / "cache2", tmp_path / "cache1", tmp_path / "full", []))
    assert submitted == []
    for name in ("civicgraph.nq.gz", "civicgraph.trig", "civicgraph.jsonld", "civicgraph.ttl"):
        assert (tmp_path / "full" / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), name


def test_json_ld_values_are_sorted_by_the_json_text_of_each_with_sorted_keys():
    """The sort key of a value is written without an encoder per value: the text json.dumps writes."""
    import json

    from civicgraph import jsonld

    texts = ["a", "a!", "ab", 'q"uote', "back\\slash", "tab\tnew\nline", "\x01\x7f", "é", "😀", "\u2028", ""]
    values = [{"@id": t} for t in texts] + [{"@value": t} for t in texts]
    values += [{"@value": t, "@language": lang} for t in texts for lang in ("fr", "en-GB")]
    values += [{"@value": t, "@type": "http://www.w3.org/2001/XMLSchema#integer"} for t in texts]
    for value in values:
        assert jsonld._sort_key(value) == json.dumps(value, sort_keys=True, ensure_ascii=False)


def test_two_hundred_synthetic_documents_build_end_to_end(synthetic):
    """The smoke test of issue 16: the benchmark's corpus through `civicgraph build`."""
    import json
    import subprocess

    from civicgraph.queries import catalogue

    report = json.loads((synthetic.out / "reports" / "ingest.json").read_text(encoding="utf-8"))
    statuses = {d["status"] for d in report["documents"]}
    copies = sum(len(d.get("copies", [])) for d in report["documents"])
    assert len(report["documents"]) + copies == 200 and statuses <= {"published", "published-with-violations"}
    assert synthetic.result.exit_code == (1 if "published-with-violations" in statuses else 0), synthetic.result.output
    assert len(list((synthetic.out / "site").rglob("*.html"))) > 5000
    checked = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=synthetic.out / "site" / "dumps", capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    documents = synthetic.values("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cg:Document }")
    assert int(documents[0]) == len(report["documents"])
    for name in ("adhesions", "seances", "mandates", "organisations-by-kind", "persons-across-documents"):
        assert synthetic.store.select(catalogue()[name].text)[1], name


@pytest.mark.slow
def test_a_rebuild_after_touching_one_document_reuses_the_rest_and_publishes_what_a_full_build_does(documents, tmp_path):
    from click.testing import CliRunner

    from civicgraph.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    for path in sorted(documents.iterdir())[:6]:
        (docs / path.name).write_bytes(path.read_bytes())
    build = lambda out: CliRunner().invoke(main, ["build", str(docs), "--out", str(out), "--keep-going"], catch_exceptions=False)  # noqa: E731
    first = build(tmp_path / "out")
    assert "unchanged since the last build" not in first.output
    indexed = {p.parent.name: p.stat().st_mtime_ns for p in (tmp_path / "out" / "site").glob("pagefind*/pagefind-entry.json")}
    touched = sorted(docs.iterdir())[2]
    touched.write_text(touched.read_text(encoding="utf-8").replace("2", "3", 1), encoding="utf-8")
    again, full = build(tmp_path / "out"), build(tmp_path / "full")
    assert "5 documents unchanged since the last build" in again.output
    assert again.output.count("5 document graphs unchanged since the last build") == 3  # loaded, their entailments, their validation
    reused = re.search(r"(\d+) pages and descriptions unchanged since the last build", again.output)
    assert reused and int(reused[1]) > len(list((tmp_path / "full" / "site").rglob("*.html"))), again.output  # most of them
    assert again.exit_code == full.exit_code
    kept = [b for b, made in indexed.items() if (tmp_path / "out" / "site" / b / "pagefind-entry.json").stat().st_mtime_ns == made]
    assert 0 < len(kept) < len(indexed), kept  # the search bundles without a changed page are linked, not indexed again
    _assert_same_output(tmp_path / "out", tmp_path / "full")
    assert len(list((tmp_path / "out" / "cache" / "reading").iterdir())) == 6  # the touched document's old entry is gone


@pytest.mark.slow
def test_a_rebuild_in_the_spare_publication_after_touching_adding_and_removing_documents_is_a_full_build(documents, tmp_path):
    """From the third build on, a build writes into the publication before the previous one (kept
    beside OUT as a spare), rewriting only what changed: what it publishes is still, byte for
    byte, what a full build publishes, and the publication it replaces is never written."""
    from click.testing import CliRunner

    from civicgraph.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    corpus = sorted(documents.iterdir())
    for path in corpus[:5]:
        (docs / path.name).write_bytes(path.read_bytes())
    out, spare = tmp_path / "out", tmp_path / ".out.spare"
    build = lambda target: CliRunner().invoke(main, ["build", str(docs), "--out", str(target), "--keep-going"], catch_exceptions=False)  # noqa: E731
    build(out)
    touched = sorted(docs.iterdir())[1]
    changes = [
        lambda: touched.write_text(touched.read_text(encoding="utf-8").replace("2", "3", 1), encoding="utf-8"),
        lambda: (docs / corpus[7].name).write_bytes(corpus[7].read_bytes()),
        lambda: (docs / corpus[0].name).unlink(),
        lambda: touched.write_text(touched.read_text(encoding="utf-8").replace("3", "2", 1), encoding="utf-8"),
    ]
    for number, change in enumerate(changes):
        published = _bytes(out)
        change()
        again = build(out)
        assert spare.is_dir(), "the publication replaced is kept as the spare"
        for relative, data in _bytes(spare).items():  # what is left of it: never written through a shared link
            assert published.get(relative) == data, relative
        full = build(tmp_path / f"full-{number}")
        assert again.exit_code == full.exit_code, again.output
        _assert_same_output(out, tmp_path / f"full-{number}")
    assert not [p for p in tmp_path.iterdir() if ".new-" in p.name]


def _assert_same_output(out, full) -> None:
    """Every file the build writes, byte for byte: the site (dumps included), graph/, reports/ (the
    SHACL report too), texts/, the caches the next build starts from, the folder's marker. One
    exception, by content not by name: an entry of cache/validation/ holds, for a document graph
    (named by its digest), the results it decided alone and the nodes other graphs described too
    *in the build that made the entry*; a rebuild keeps an unchanged graph's entry from an earlier
    build whose other documents differed (the nodes it shared then are asked again, validation.py),
    so the same name may hold other bytes. Both are valid; what they decide is the SHACL report,
    compared byte for byte."""
    ours, theirs = _bytes(out), _bytes(full)
    assert {"reports/shacl-report.ttl", "reports/ingest.json", "reports/identities.txt", "graph/documents.nq", "graph/inferred.nq"} <= set(ours)
    assert any(name.startswith("texts/") for name in ours) and any(name.startswith("cache/validation/") for name in ours)
    assert sorted(ours) == sorted(theirs), sorted(set(ours) ^ set(theirs))[:10]
    assert [name for name in ours if ours[name] != theirs[name] and not name.startswith("cache/validation/")] == []


def _bytes(folder) -> dict:
    """Every file under `folder` by its relative path, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_hubs_whole_lists_are_kept_while_what_they_read_holds_and_made_again_when_it_changed(seeds, tmp_path, monkeypatch):
    """The pages of a hub's whole lists (listes/…) are made from what the hub's page reads: a
    rebuild with nothing changed keeps them without making the page's context; a label that only
    a whole list shows (not among the entries the hub's page keeps) makes them again, and the
    site is, byte for byte, the one a site rendered without a cache gives."""
    from civicgraph.cache import Outputs
    from civicgraph.paths import data_dir
    from civicgraph.site import Site

    store = Store()
    store.add(seeds.store.quads())
    hub = "https://w3id.org/civicgraph/id/organisation/la-27e-region"
    made = []
    page = Site._page
    monkeypatch.setattr(Site, "_page", lambda self, iri, *rest: (made.append(iri), page(self, iri, *rest))[1])

    def render(name, previous=None):
        out = tmp_path / name
        outputs = Outputs("site", out / "cache", previous and tmp_path / previous / "cache", previous and tmp_path / previous / "site", [data_dir("site")])
        Site(store, texts=seeds.out / "texts", outputs=outputs, shown=5, page_rows=4).render(out / "site")
        outputs.save()
        return out / "site"

    first = render("first")
    lists = sorted((first / "listes" / "organisation" / "la-27e-region").glob("*.html"))
    assert len(lists) > 1
    made.clear()
    second = render("second", "first")
    assert hub not in made and made == []
    assert all((second / p.relative_to(first)).stat().st_ino == p.stat().st_ino for p in lists)  # linked, not made again
    shown = set(re.findall(r'href="\.\./(mandat/[^"]+)\.html"', (first / "organisation" / "la-27e-region.html").read_text(encoding="utf-8")))
    listed = {m for p in lists for m in re.findall(r'href="\.\./\.\./\.\./(mandat/[^"]+)\.html"', p.read_text(encoding="utf-8"))}
    mandate = sorted(listed - shown)[0]
    store.update(f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        DELETE {{ GRAPH ?g {{ <https://w3id.org/civicgraph/id/{mandate}> rdfs:label ?l }} }}
        INSERT {{ GRAPH ?g {{ <https://w3id.org/civicgraph/id/{mandate}> rdfs:label "Mandat de Jeanne Vasseur-Lentier" }} }}
        WHERE {{ GRAPH ?g {{ <https://w3id.org/civicgraph/id/{mandate}> rdfs:label ?l }} }}""")
    made.clear()
    third = render("third", "second")
    assert hub in made
    assert any("Mandat de Jeanne Vasseur-Lentier" in (third / p.relative_to(first)).read_text(encoding="utf-8") for p in lists)
    fresh = tmp_path / "fresh"
    Site(store, texts=seeds.out / "texts", shown=5, page_rows=4).render(fresh)
    assert _bytes(third) == _bytes(fresh)


def test_a_rebuild_takes_the_sort_keys_of_the_sites_names_from_the_previous_build(seeds, tmp_path, monkeypatch):
    """The French sort keys of the site's names are made once: the next build takes them from the
    cache the previous one kept (cache/collation.pickle) and makes only those of new names."""
    import pickle

    from civicgraph import french
    from civicgraph.cache import Outputs
    from civicgraph.paths import data_dir
    from civicgraph.site import Site

    def render(name, previous=None):
        out = tmp_path / name
        outputs = Outputs("site", out / "cache", previous and tmp_path / previous / "cache", previous and tmp_path / previous / "site", [data_dir("site")])
        Site(seeds.store, texts=seeds.out / "texts", outputs=outputs).render(out / "site")
        outputs.save()
        return pickle.loads((out / "cache" / "collation.pickle").read_bytes())

    first = render("first")
    assert first["collation"] == french.COLLATION and len(first["keys"]) > 100
    made, compute = [], french._computed
    monkeypatch.setattr(french, "_remembered", {})  # as in a new process
    monkeypatch.setattr(french, "_computed", lambda text: (made.append(text), compute(text))[1])
    second = render("second", "first")
    assert second == first
    assert made and not set(made) & set(first["keys"])  # property and kind labels only
