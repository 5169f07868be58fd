"""The whole build at N synthetic documents, stage by stage, then every catalogue query, then the
store against rdflib's in-memory Dataset on the same data.

    python benchmarks/run.py N [--seed S] [--skip validate] [--skip site] [--skip queries] [--out DIR] [--rdflib-queries SECONDS]

Prints, per stage (read, map + load, validate, infer, dumps, identities, site) and in total: wall
time, CPU time (this process and its children: reading workers, Pagefind), the process's peak memory so far (resident, from getrusage), triples and pages;
then each catalogue query's time (wall and CPU) and rows on the built graph; then load (parse the N-Quads dump),
dump and the catalogue queries on Oxigraph and on rdflib side by side, with the ratio. rdflib's
queries stop once they have taken --rdflib-queries seconds in all (default 120): the ones left are
printed as not run. Each figure is one run (the stages are minutes long at N = 1,000). --out keeps
the documents, dumps and site in DIR (a temporary folder otherwise): its `dumps/civicgraph.nq.gz` is
what `benchmarks/from_dump.py` loads to measure the report and the queries again."""

from __future__ import annotations

import argparse
import gzip
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from civicgraph import pipeline  # noqa: E402
from civicgraph.dumps import write_dumps  # noqa: E402
from civicgraph.identities import report as identity_report  # noqa: E402
from civicgraph.queries import bind, catalogue  # noqa: E402
from civicgraph.site import Site  # noqa: E402
from civicgraph.store import Store  # noqa: E402

ID = "https://w3id.org/civicgraph/id/"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    """CPU seconds of this process and of its children that ended (reading workers, Pagefind)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Stages:
    def __init__(self):
        self.rows = []

    def run(self, name, function, size=lambda result: ""):
        wall, used = time.perf_counter(), cpu()
        result = function()
        self.rows.append((name, time.perf_counter() - wall, cpu() - used, peak_mb(), size(result)))
        print(f"  {name:14s} {self.rows[-1][1]:8.1f} s wall {self.rows[-1][2]:8.1f} s CPU {self.rows[-1][3]:7.0f} MB peak  {self.rows[-1][4]}", flush=True)
        return result

    def total(self):
        print(f"  {'total':14s} {sum(r[1] for r in self.rows):8.1f} s wall {sum(r[2] for r in self.rows):8.1f} s CPU {peak_mb():7.0f} MB peak")


def queries(store: Store) -> dict[str, str]:
    """Every catalogue query, its parameters bound to something the graph holds."""
    first = lambda q: (store.select(q)[1] or [[None]])[0][0]
    document = first("SELECT ?d WHERE { ?d a <https://w3id.org/civicgraph/ontology#Document> } LIMIT 1")
    organisation = first("SELECT ?o WHERE { ?o a <https://w3id.org/civicgraph/ontology#Commune> } LIMIT 1")
    resource_ = first("SELECT ?a WHERE { ?a a <https://w3id.org/civicgraph/ontology#Adhesion> } LIMIT 1")
    given = {"facts-of-document": {"document": document}, "organisation-timeline": {"organisation": organisation},
             "evidence": {"resource": resource_}, "vocabulary-labels": {"language": ox.Literal("fr")}}
    return {name: bind(q.text, {k: v for k, v in given.get(name, {}).items() if v is not None}) for name, q in catalogue().items()}


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--skip", action="append", default=[], choices=["validate", "rdflib", "site", "queries"])
    parser.add_argument("--out", type=Path, help="keep the documents, dumps and site in this folder (it must not exist)")
    parser.add_argument("--rdflib-queries", type=float, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.out:
            args.out.mkdir(parents=True)
            tmp = args.out
        generate(args.count, tmp / "docs", args.seed)
        print(f"{args.count} synthetic documents (seed {args.seed}); per stage:")
        stages = Stages()
        result = stages.run("read", lambda: pipeline.ingest([tmp / "docs"]), lambda r: f"{len(r.read)} read, {len(r.skipped)} skipped")
        store = Store()
        stages.run("map + load", lambda: pipeline.load_facts(store, result.documents), lambda _: f"{len(store)} quads")
        if "validate" not in args.skip:
            stages.run("validate", lambda: pipeline.run_validation(store), lambda r: f"{len(r.violations)} violations")
        stages.run("infer", lambda: pipeline.run_inference(store), lambda n: f"{n} inferred triples")
        pipeline.load_ontology(store)
        stages.run("merge union", store._merge, lambda _: f"{store._merged} distinct triples")
        stages.run("dumps", lambda: write_dumps(store, tmp / "dumps"), lambda dumps: f"{sum((tmp / 'dumps' / d.name).stat().st_size for d in dumps) / 1e6:.0f} MB")
        stages.run("identities", lambda: identity_report(store), lambda text: f"{len(text.splitlines())} lines")
        if "site" not in args.skip:
            stages.run("site", lambda: Site(store).render(tmp / "site"), lambda pages: f"{pages} pages")
        stages.total()

        if "queries" in args.skip:
            return
        texts = queries(store)
        print("catalogue queries on the store (Oxigraph):")
        ours = {}
        for name, text in texts.items():
            used = cpu()  # beside the wall time: on a loaded machine the wall alone misled (issue 16)
            ours[name] = timed(lambda: store.select(text)[1])
            print(f"  {name:26s} {ours[name][0] * 1000:9.1f} ms wall {(cpu() - used) * 1000:9.1f} ms CPU {len(ours[name][1]):7d} rows", flush=True)
        if "rdflib" in args.skip:
            return
        nquads = _unzipped(tmp / "dumps" / "civicgraph.nq.gz")  # (both parsers read the same plain file)
        print(f"Oxigraph against rdflib.Dataset on the same {len(store)} quads:")
        load_ox, fresh = timed(lambda: _load_oxigraph(nquads))
        load_rdf, dataset = timed(lambda: rdflib.Dataset(default_union=True).parse(nquads, format="nquads"))
        print(f"  load N-Quads      Oxigraph {load_ox:7.2f} s  rdflib {load_rdf:7.2f} s  ratio {load_rdf / load_ox:5.1f}")
        dump_ox, _ = timed(lambda: fresh.nquads())
        dump_rdf, _ = timed(lambda: dataset.serialize(format="nquads"))
        print(f"  dump N-Quads      Oxigraph {dump_ox:7.2f} s  rdflib {dump_rdf:7.2f} s  ratio {dump_rdf / dump_ox:5.1f}")
        spent = 0.0
        for name, text in texts.items():
            if spent > args.rdflib_queries:
                print(f"  {name:26s} rdflib not run (budget spent)")
                continue
            try:
                seconds, rows = timed(lambda: list(dataset.query(text)))
            except Exception as error:  # rdflib fails some valid SPARQL 1.1 (unbound variables in aggregates)
                print(f"  {name:26s} Oxigraph {ours[name][0] * 1000:9.1f} ms  rdflib fails: {type(error).__name__}")
                continue
            spent += seconds
            print(f"  {name:26s} Oxigraph {ours[name][0] * 1000:9.1f} ms  rdflib {seconds * 1000:10.1f} ms  ratio {seconds / max(ours[name][0], 1e-6):7.0f}  rows {len(ours[name][1])} / {len(rows)}", flush=True)


def _unzipped(path: Path) -> Path:
    plain = path.with_suffix("")
    with gzip.open(path, "rb") as packed, plain.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return plain


def _load_oxigraph(path: Path) -> Store:
    store = Store()
    store.load(path)
    return store


if __name__ == "__main__":
    main()
