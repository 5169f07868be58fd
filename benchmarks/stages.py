"""How long each stage of the build takes, and how the embedded store compares with rdflib on
the site's heaviest query. Prints medians of several runs, measured side by side in one process.

    python benchmarks/stages.py [--copies N] [--runs R]

--copies N builds a corpus of N copies of each seed (renamed, so each is its own document)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import rdflib

from civicgraph import pipeline
from civicgraph.paths import data_dir
from civicgraph.queries import load
from civicgraph.site import Site
from civicgraph.store import Store


def corpus(copies: int, folder: Path) -> Path:
    folder.mkdir()
    for seed in sorted(data_dir("corpus").glob("*.txt")):
        for n in range(copies):
            shutil.copy(seed, folder / f"{seed.stem}-{n:04d}{seed.suffix}")
    return folder


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = corpus(args.copies, Path(tmp) / "docs")
        figures = {}
        figures["ingest"], result = timed(lambda: pipeline.ingest([docs]), args.runs)

        def mapped():
            store = Store()
            pipeline.load_facts(store, result.documents)
            pipeline.load_ontology(store)
            return store

        figures["map to RDF + load"], store = timed(mapped, args.runs)
        figures["SHACL validation"], _ = timed(lambda: pipeline.run_validation(store), max(1, args.runs // 2))
        figures["OWL-RL inference"], _ = timed(lambda: pipeline.run_inference(store), max(1, args.runs // 2))
        figures["site (render)"], pages = timed(lambda: Site(store).render(Path(tmp) / "site"), args.runs)

        # The site's statement query on Oxigraph and on rdflib: same data, same query.
        query = load("site-statements").text
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(data=store.nquads(), format="nquads")
        figures["site-statements.rq, Oxigraph"], rows = timed(lambda: store.select(query)[1], args.runs)
        figures["site-statements.rq, rdflib"], _ = timed(lambda: list(dataset.query(query)), max(1, args.runs // 2))

        print(f"corpus: {len(result.read)} documents, {len(store)} quads, {pages} pages; median of {args.runs} runs")
        for name, seconds in figures.items():
            print(f"  {name:32s} {seconds * 1000:9.1f} ms")
        ratio = figures["site-statements.rq, rdflib"] / figures["site-statements.rq, Oxigraph"]
        print(f"  rdflib / Oxigraph on the site's statement query: {ratio:.0f}x ({len(rows)} rows)")


if __name__ == "__main__":
    main()
