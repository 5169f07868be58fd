"""The validation that runs in the build (each constraint one SPARQL query over the whole store)
reports exactly the results pySHACL reports on the whole graph: on every negative case of
tests/shapes/, on the seeds, and on 200 synthetic documents with planted errors, some of which only
show once documents are put together."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from civicgraph import pipeline
from civicgraph.cli import Layout
from civicgraph.store import Store
from civicgraph.validation import reference, shapes_graph, validate
from conftest import ROOT

CASES = sorted((ROOT / "tests" / "shapes").glob("*.ttl"))
ID = "https://w3id.org/civicgraph/id/"
CG = "https://w3id.org/civicgraph/ontology#"


def results(report) -> Counter:
    return Counter(v.key() for v in report.violations)


def asserted(out) -> Store:
    store = Store()
    store.load(Layout(out).asserted)
    return store


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_each_negative_case_gives_the_result_pyshacl_gives(case):
    store = Store()
    store.load(case, graph=f"{ID}document/case")
    fast = validate(store)
    assert len(fast.violations) == 1
    assert results(fast) == results(reference(store.ntriples()))


def test_the_messages_are_the_shapes_own_in_the_language_asked():
    store = Store()
    store.load(ROOT / "tests" / "shapes" / "proxy-to-oneself.ttl", graph=f"{ID}document/case")
    assert [v.message for v in validate(store).violations] == ["le mandant et le mandataire d'un pouvoir sont deux personnes différentes"]
    assert [v.message for v in validate(store, language="en").violations] == ["a proxy's giver and holder are two different people"]


def test_the_seeds_conform_for_both(seeds):
    store = asserted(seeds.out)
    assert validate(store).conforms and reference(store.ntriples()).conforms


def test_a_graph_with_the_ontology_loaded_is_validated_on_its_documents_only(seeds):
    with_ontology = seeds.store  # documents, inferences and the ontology
    documents = pipeline.document_graphs(with_ontology)
    assert len(with_ontology.graphs()) > len(documents)
    assert validate(with_ontology, documents).conforms


def cross_document(store: Store) -> list[ox.Quad]:
    """Two documents more: one gives a body another document names a second SIREN (a maxCount
    only the whole graph breaks), one gives a proxy whose giver is on the roll of another
    document's séance and whose holder is on none (a SPARQL constraint across documents)."""
    graph = ox.NamedNode(f"{ID}document/planted")
    body = store.select(f"SELECT ?o WHERE {{ ?o <{CG}siren> ?s }} ORDER BY ?o LIMIT 1")[1][0][0]
    seance, person = store.select(f"SELECT ?s ?p WHERE {{ ?r <{CG}seance> ?s ; <{CG}personne> ?p }} ORDER BY ?r LIMIT 1")[1][0]
    proxy, stranger = ox.NamedNode(f"{ID}pouvoir/planted"), ox.NamedNode(f"{ID}personne/planted")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [(body, ox.NamedNode(f"{CG}siren"), ox.Literal("999999999")),
               (proxy, rdf_type, ox.NamedNode(f"{CG}Pouvoir")), (proxy, ox.NamedNode(f"{CG}seance"), seance),
               (proxy, ox.NamedNode(f"{CG}mandant"), person), (proxy, ox.NamedNode(f"{CG}mandataire"), stranger),
               (stranger, rdf_type, ox.NamedNode(f"{CG}Personne")), (stranger, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("X"))]
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]


def test_two_hundred_synthetic_documents_with_planted_errors_give_the_results_pyshacl_gives(synthetic, tmp_path):
    store = asserted(synthetic.out)
    before = asserted(synthetic.out)
    store.add(cross_document(store))
    fast = validate(store)
    components = {v.component.rsplit("#", 1)[-1] for v in fast.violations}
    assert {"MaxCountConstraintComponent", "SPARQLConstraintComponent"} <= components
    assert any(v.focus == f"{ID}pouvoir/planted" for v in fast.violations)
    expected = results(reference(store.ntriples()))
    assert results(fast) == expected
    assert results(rebuilt(before, store, tmp_path)) == expected


def rebuilt(before: Store, after: Store, folder):
    """`after` validated with the cache a validation of `before` left: what a rebuild does."""
    from civicgraph.cache import Derived

    validate(before, cache=Derived("validation", folder / "one", None, []))
    cache = Derived("validation", folder / "two", folder / "one", [])
    report = validate(after, cache=cache)
    assert cache.hits >= len(before.graphs()) - 1
    return report


def test_a_rebuild_takes_from_the_cache_what_unchanged_graphs_decide_and_reports_what_pyshacl_reports(seeds, tmp_path):
    """One seed's graph changed (a value of the wrong type, a body's name taken out of it, a person
    without a name), the others from the cache: the results of a validation from scratch and
    of pySHACL."""
    before, after = asserted(seeds.out), asserted(seeds.out)
    graph = before.graphs()[1]
    named = after.select(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?o <http://www.w3.org/2000/01/rdf-schema#label> ?n ; a <{CG}Organisation> }} }} ORDER BY ?o LIMIT 1")[1][0][0]
    after.update(f"""DELETE WHERE {{ GRAPH <{graph}> {{ {named} <http://www.w3.org/2000/01/rdf-schema#label> ?n }} }};
        INSERT DATA {{ GRAPH <{graph}> {{ {named} <{CG}siren> 12 . <{ID}personne/planted> a <{CG}Personne> }} }}""")
    expected = results(reference(after.ntriples()))
    assert expected and results(rebuilt(before, after, tmp_path)) == expected == results(validate(after))


def test_every_constraint_that_reads_only_its_focus_node_can_be_asked_for_marked_nodes():
    from civicgraph.validation import _checks, _marked

    local = [check for check in _checks(False) if check.local]
    assert len(local) > 150 and all(check.target in check.query and _marked(check.target) for check in local)


def test_every_constraint_of_the_shapes_is_compiled():
    from civicgraph.constraints import compile_shapes

    assert len(compile_shapes(shapes_graph())) > 200
