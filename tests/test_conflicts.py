"""Documents that disagree about one séance, one vote or one act: both kept with their passages,
the conflict reported (on stderr, in reports/ingest.json, as cg:conflit), nothing quarantined."""

from __future__ import annotations

import json
import re

import pytest

from click.testing import CliRunner

from civicgraph.cli import main
from conftest import build
from test_pdf import FORM

REGISTRY = "\n".join(FORM) + "\n"  # Rennes, séance of 9 May 2023 at 18:30, act 2023-0077, 51 for
WEB_PAGE = REGISTRY.replace("POUR 51", "POUR 49").replace("à 18h30", "à 19h00")  # the same act, other count and hour
LATE_COPY = REGISTRY.replace("du 9 mai 2023", "du 10 mai 2023")  # the same act, dated a day later
VOTE = "https://w3id.org/civicgraph/id/vote/ville-de-rennes/conseil-municipal/2023-05-09/14"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("conflicts")
    docs = root / "docs"
    docs.mkdir()
    for name, text in [("registre.txt", REGISTRY), ("site-web.txt", WEB_PAGE), ("copie.txt", LATE_COPY)]:
        (docs / name).write_text(text, encoding="utf-8")
    return docs, build(root / "out", docs)


def test_documents_that_disagree_are_all_published_and_the_conflicts_said(built):
    docs, result = built
    assert result.result.exit_code == 0, result.result.output
    assert "Traceback" not in result.result.output
    report = json.loads((result.out / "reports" / "ingest.json").read_text(encoding="utf-8"))
    assert {e["status"] for e in report["documents"]} == {"published"} and len(report["documents"]) == 3
    said = {c["conflict"] for c in report["conflicts"]}
    assert said == {"pour : 51 (registre.txt) ≠ 49 (site-web.txt)",
                    "debut : 2023-05-09T18:30:00 (registre.txt) ≠ 2023-05-09T19:00:00 (site-web.txt)",
                    "date : 2023-05-10 (copie.txt) ≠ 2023-05-09 (registre.txt) ≠ 2023-05-09 (site-web.txt)"}
    for text in said:
        assert f": {text} — both kept, each with its passage" in result.result.output


def test_each_value_stays_in_its_documents_graph_with_its_passage(built):
    _, result = built
    rows = result.rows(f"""
        SELECT ?file ?n ?quote WHERE {{ GRAPH ?g {{ <{VOTE}> cg:pour ?n ; prov:wasDerivedFrom/cg:citation ?quote .
                                                  ?g cg:nomFichier ?file }} }} ORDER BY ?file""")
    assert {(file, n) for file, n, _ in rows} == {("registre.txt", "51"), ("site-web.txt", "49")}
    assert all(quote for _, _, quote in rows)
    assert result.values(f"SELECT ?c WHERE {{ <{VOTE}> cg:conflit ?c }}") == ["pour : 51 (registre.txt) ≠ 49 (site-web.txt)"]


def test_one_act_dated_twice_is_two_deliberations_each_marked(built):
    _, result = built
    rows = result.rows("""SELECT DISTINCT ?date ?c WHERE { ?d a cg:Deliberation ; cg:identifiant "2023-0077" ; cg:seance/cg:date ?date ;
                                                            cg:conflit ?c FILTER(STRSTARTS(?c, "date")) } ORDER BY ?date""")
    assert [date for date, _ in rows] == ["2023-05-09", "2023-05-10"]


def test_validate_sets_aside_what_build_set_aside_and_only_that(built, tmp_path):
    """`civicgraph validate` on the output applies the build's rule: the two values of a conflict
    recorded with cg:conflit are no violation; the same graph without its record is two."""
    _, result = built
    validated = CliRunner().invoke(main, ["validate", "--out", str(result.out)])
    assert validated.exit_code == 0, validated.output
    assert validated.output.splitlines()[-1] == "conforms"
    assert "sh:conforms true" in (result.out / "reports" / "shacl-report.ttl").read_text(encoding="utf-8")
    unrecorded = tmp_path / "out"
    (unrecorded / "graph").mkdir(parents=True)
    quads = (result.out / "graph" / "documents.nq").read_text(encoding="utf-8").splitlines(keepends=True)
    (unrecorded / "graph" / "documents.nq").write_text("".join(q for q in quads if "ontology#conflit>" not in q), encoding="utf-8")
    validated = CliRunner().invoke(main, ["validate", "--out", str(unrecorded)])
    assert validated.exit_code == 1, validated.output
    assert validated.output.splitlines()[-1] == "2 violations"
    assert {re.search(r"ontology#(\w+): ", line)[1] for line in validated.output.splitlines()[:-1]} == {"pour", "debut"}
