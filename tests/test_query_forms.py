"""The query command: every query form in its output formats, parameters checked against those
the query declares, typed JSON, row and time limits; and remote endpoints that answer garbage,
HTML, truncated or slow answers, tested against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest
from click.testing import CliRunner

from civicgraph import endpoint
from civicgraph.cli import main

ID = "https://w3id.org/civicgraph/id/"
CG = "PREFIX cg: <https://w3id.org/civicgraph/ontology#> "


def query(seeds, *args):
    return CliRunner().invoke(main, ["query", *args, "--out", str(seeds.out)])


ASK_ANSWERS = [("table", "true\n", "false\n"), ("json", "true\n", "false\n"),
               ("csv", "boolean\ntrue\n", "boolean\nfalse\n"), ("tsv", "boolean\ntrue\n", "boolean\nfalse\n")]


@pytest.mark.parametrize("fmt, yes, no", ASK_ANSWERS)
def test_ask(seeds, fmt, yes, no):
    result = query(seeds, CG + "ASK { ?a a cg:Adhesion }", "--format", fmt)
    assert result.exit_code == 0 and result.output == yes
    assert query(seeds, CG + "ASK { ?a a cg:Nothing }", "--format", fmt).output == no
    if fmt == "json":
        assert json.loads(result.output) is True


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_ask_in_a_graph_format_names_the_formats_it_supports(seeds, fmt):
    result = query(seeds, CG + "ASK { ?a a cg:Adhesion }", "--format", fmt)
    assert result.exit_code == 2 and "an ASK gives table, csv, tsv or json" in result.output


@pytest.mark.parametrize("form", ["CONSTRUCT { ?a a cg:Adhesion } WHERE { ?a a cg:Adhesion }", f"DESCRIBE <{ID}adhesion/poitiers/la-27e-region/2022>"])
def test_construct_and_describe_in_each_format(seeds, form):
    turtle = query(seeds, CG + form, "--format", "turtle")
    assert turtle.exit_code == 0 and "@prefix cg:" in turtle.output and "adhesion/poitiers/la-27e-region/2022" in turtle.output
    assert query(seeds, CG + form).output == turtle.output  # table: Turtle
    nt = query(seeds, CG + form, "--format", "ntriples")
    assert nt.exit_code == 0 and all(line.endswith(" .") for line in nt.output.splitlines())
    rows = json.loads(query(seeds, CG + form, "--format", "json").output)
    assert rows and set(rows[0]) == {"subject", "predicate", "object"}
    assert query(seeds, CG + form, "--format", "csv").output.startswith("subject,predicate,object\n")
    assert query(seeds, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "turtle").exit_code == 2


SELECT_FEES = CG + "SELECT ?year ?fee WHERE { ?a a cg:Adhesion ; cg:annee ?year ; cg:cotisation ?fee } ORDER BY ?year ?fee"


def test_select_in_each_format_gives_the_same_rows(seeds):
    rows = json.loads(query(seeds, SELECT_FEES, "--format", "json").output)
    expected = [(str(r["year"]), f"{r['fee']:g}") for r in rows]
    assert len(expected) >= 2
    assert query(seeds, SELECT_FEES, "--format", "csv").output.splitlines() == ["year,fee", *(",".join(r) for r in expected)]
    assert query(seeds, SELECT_FEES, "--format", "tsv").output.splitlines() == ["year\tfee", *("\t".join(r) for r in expected)]
    table = query(seeds, SELECT_FEES, "--format", "table").output.splitlines()
    assert table[0].split() == ["year", "fee"] and [tuple(line.split()) for line in table[2:-1]] == expected
    assert table[-1] == f"({len(expected)} rows)"


def test_the_limits_defaults_are_documented():
    shown = " ".join(CliRunner().invoke(main, ["query", "--help"]).output.split())
    assert "--limit INTEGER RANGE At most this many rows or triples" in shown and "[default: 10000; x>=1]" in shown
    assert "--timeout FLOAT RANGE Seconds the whole query may take" in shown and "[default: 60.0; x>=0.1]" in shown


def test_json_values_keep_their_type(seeds):
    rows = json.loads(query(seeds, "adhesions", "--format", "json").output)
    poitiers = next(r for r in rows if r["memberLabel"] == "Ville de Poitiers")
    assert poitiers["year"] == 2022 and poitiers["fee"] == 5000 and isinstance(poitiers["fee"], (int, float))
    assert poitiers["deliberation"].startswith(ID)


@pytest.mark.parametrize("params, message", [
    (["--param", "organisaton=x"], "unknown parameter 'organisaton': this query takes ?organisation"),
    ([], "missing parameter ?organisation"),
    (["--param", "organisation=<a b>"], "is not a valid IRI"),
    (["--param", "x y=1"], "a parameter name is a SPARQL variable name"),
    (["--param", "organisation"], "expected NAME=VALUE"),
])
def test_parameters_are_checked_against_those_the_query_declares(seeds, params, message):
    result = query(seeds, "organisation-timeline", *params)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_an_optional_parameter_may_be_left_out(seeds):
    assert query(seeds, "financial-figures").exit_code == 0
    assert query(seeds, "adhesions", "--param", f"association={ID}organisation/la-27e-region", "--format", "csv").output.count("\n") == 7


def test_row_and_time_limits(seeds):
    result = CliRunner().invoke(main, ["query", "SELECT * WHERE { ?s ?p ?o }", "--out", str(seeds.out), "--limit", "3", "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.count("\n") == 4 and "only the first 3 results" in result.stderr
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    started = time.monotonic()
    result = query(seeds, slow, "--timeout", "1")
    assert result.exit_code == 2 and "took longer than 1 s (--timeout)" in result.output
    assert time.monotonic() - started < 30


class Garbage(http.server.BaseHTTPRequestHandler):
    """A SPARQL 'endpoint' whose answer the path chooses."""

    calls = 0
    ANSWERS = {
        "/html": ("text/html", b"<!DOCTYPE html><html><body>Welcome</body></html>"),
        "/nohead": ("application/sparql-results+json", b'{"results": {"bindings": []}}'),
        "/array": ("application/sparql-results+json", b"[1, 2, 3]"),
        "/truncated": ("application/sparql-results+json", b'{"head": {"vars": ["s"]}, "results": {"bindi'),
        "/ok": ("application/sparql-results+json", b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}'),
    }

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/flaky" and type(self).calls % 2:
            self.send_error(503, "busy")
            return
        kind, body = self.ANSWERS.get(self.path, self.ANSWERS["/ok"])
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body) + (50 if self.path == "/cut" else 0)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def garbage():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    httpd.handle_error = lambda request, address: None  # a client that gave up early is expected here
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("path, message", [
    ("/html", "answered an HTML page, not SPARQL results"),
    ("/nohead", "answered JSON that is not SPARQL results"),
    ("/array", "answered JSON that is not SPARQL results"),
    ("/truncated", "answered malformed or truncated JSON"),
    ("/cut", "the answer was cut off (truncated)"),
])
def test_a_bad_answer_is_a_clear_error(garbage, path, message):
    result = CliRunner().invoke(main, ["query", "SELECT ?n WHERE { ?s ?p ?n }", "--endpoint", garbage + path, "--timeout", "5"])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_a_slow_server_meets_the_overall_deadline(garbage):
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", "SELECT ?n WHERE { ?s ?p ?n }", "--endpoint", garbage + "/slow", "--timeout", "1.5"])
    assert result.exit_code == 2 and "no answer in time" in result.output
    assert time.monotonic() - started < 3


def test_an_idempotent_query_is_retried_after_a_server_error(garbage):
    Garbage.calls = 0
    names, rows = endpoint.select(garbage + "/flaky", "SELECT ?n WHERE { ?s ?p ?n }", timeout=10)
    assert Garbage.calls == 2 and names == ["n"] and rows[0][0].value == "7"
    result = CliRunner().invoke(main, ["query", "SELECT ?n WHERE { ?s ?p ?n }", "--endpoint", garbage + "/ok", "--format", "json"])
    assert json.loads(result.output) == [{"n": 7}]
