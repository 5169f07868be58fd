"""Inference on a built graph, the ways side by side: the rules of civicgraph/inference.py over the
whole graph and as the build streams them (a document graph at a time), `reasonable` (OWL 2 RL in
Rust) if it is installed, and owlrl, the reference, over the whole graph and/or one document graph at
a time (each with the ontology).

    python benchmarks/inference.py OUT [--owlrl whole,documents] [--documents N]

OUT is a folder `civicgraph build` wrote (its graph/documents.nq is read; for the synthetic corpus:
`python benchmarks/corpus.py 200 DOCS --seed 2026 && civicgraph build DOCS --out OUT --keep-going`).
Prints, per way, wall and CPU time, how many useful entailments it gives (inference.useful: about
the data, not trivial) and whether they are exactly the rules' on the same triples. One run each."""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from civicgraph import pipeline
from civicgraph.inference import infer, reference, useful
from civicgraph.store import Store
from civicgraph.vocab import DEFAULT_BASE, ONTOLOGY_GRAPH


def cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def timed(name: str, function):
    wall, used = time.perf_counter(), cpu()
    result = function()
    print(f"  {name:48s} {time.perf_counter() - wall:9.2f} s wall {cpu() - used:9.2f} s CPU", flush=True)
    return result


def with_reasonable(asserted, ontology) -> set:
    import reasonable

    graph = rdflib.Graph().parse(data="".join(f"{s} {p} {o} .\n" for s, p, o in [*asserted, *ontology]), format="nt")
    reasoner = reasonable.PyReasoner()
    reasoner.from_graph(graph)
    closure = rdflib.Graph()
    for triple in reasoner.reason():
        if not isinstance(triple[0], rdflib.Literal):
            closure.add(triple)
    entailed = ((q.subject, q.predicate, q.object) for q in ox.parse(closure.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES))
    return {t for t in entailed if useful(t, DEFAULT_BASE)} - set(asserted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--owlrl", default="whole", help="comma-separated: whole, documents, or none (default: whole)")
    parser.add_argument("--documents", type=int, help="with --owlrl documents: only the first N document graphs")
    args = parser.parse_args()

    store = Store()
    store.load(args.out / "graph" / "documents.nq")
    pipeline.load_ontology(store)
    documents = pipeline.document_graphs(store)
    asserted = store.triples(documents)
    ontology = store.triples([ONTOLOGY_GRAPH])
    print(f"{len(documents)} document graphs, {len(store)} quads, {len(asserted)} distinct asserted triples, {len(ontology)} triples of the ontology")

    rules = timed("rules, whole graph (inference.infer)", lambda: infer(asserted, ontology, DEFAULT_BASE))
    print(f"    {len(rules)} useful entailments")
    timed("rules, streamed by the build (run_inference)", lambda: pipeline.run_inference(store))
    streamed = store.triples([f"{DEFAULT_BASE}graph/inferred"])
    print(f"    {len(streamed)} in the graph of inferences, the same as the rules': {streamed == rules}")
    try:
        import reasonable  # noqa: F401
    except ImportError:
        print("  reasonable: not installed")
    else:
        found = timed("reasonable, whole graph (with rdflib's conversion)", lambda: with_reasonable(asserted, ontology))
        print(f"    {len(found)} useful entailments, the same as the rules': {found == rules}"
              + ("" if found == rules else f" ({len(found - rules)} more, {len(rules - found)} fewer)"))
    ways = set(args.owlrl.split(","))
    if "whole" in ways:
        found = timed("owlrl, whole graph (inference.reference)", lambda: reference(asserted, ontology, DEFAULT_BASE))
        print(f"    {len(found)} useful entailments, the same as the rules': {found == rules}"
              + ("" if found == rules else f" ({len(found - rules)} more, {len(rules - found)} fewer)"))
    if "documents" in ways:
        chosen = documents[:args.documents] if args.documents else documents
        differ = []

        def each():
            for graph in chosen:
                triples = store.triples([graph])
                if reference(triples, ontology, DEFAULT_BASE) != infer(triples, ontology, DEFAULT_BASE):
                    differ.append(graph)

        timed(f"owlrl, {len(chosen)} document graphs one at a time", each)
        print(f"    document graphs whose entailments differ from the rules': {len(differ)} {differ[:5]}")


if __name__ == "__main__":
    main()
