"""The `civicgraph` command: build everything, or run one stage at a time.

Exit codes: 0 success (graph conforms), 1 the graph does not conform to the shapes,
2 a usage or input error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from civicgraph import __version__, pipeline
from civicgraph.dumps import write_dumps
from civicgraph.identities import report as identity_report
from civicgraph.paths import data_dir
from civicgraph.site import Site
from civicgraph.store import Store
from civicgraph.validation import ValidationReport, write_report
from civicgraph.vocab import DEFAULT_BASE

OUT = click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True, help="Output folder.")
BASE = click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the data.")
DOCS = click.argument("docs", nargs=-1, type=click.Path(exists=True, path_type=Path))
IDENTITIES = click.option("--identities", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A curated file of merges to force or forbid (default: the project's ingest/identities.csv).")
READERS = click.option("--readers", "reader_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="A folder of extra readers (searched before the project's).")


class Layout:
    """Where each stage reads and writes under the output folder."""

    def __init__(self, out: Path):
        self.out = out
        self.asserted = out / "graph" / "documents.nq"
        self.inferred = out / "graph" / "inferred.nq"
        self.dumps = out / "dumps"
        self.reports = out / "reports"
        self.site = out / "site"
        self.texts = out / "texts"  # each document's text as read, by SHA-256: the site's viewer shows it

    def store(self, with_inferred: bool = True) -> Store:
        if not self.asserted.exists():
            raise click.ClickException(f"no graph in {self.out}: run `civicgraph ingest` or `civicgraph build` first")
        store = Store()
        store.load(self.asserted)
        if with_inferred and self.inferred.exists():
            store.load(self.inferred)
        pipeline.load_ontology(store)
        return store


def say(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="civicgraph")
def main():
    """civicgraph: documents of local public-innovation governance → a linked-open-data graph,
    dumps, and a static cross-reference site."""


@main.command()
@DOCS
@OUT
@BASE
@READERS
@IDENTITIES
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path), help="A folder of templates searched before the project's.")
@click.option("--keep-going", is_flag=True, help="Publish dumps and site even if the graph does not conform to the shapes.")
def build(docs, out, base, reader_dirs, identities, templates, keep_going):
    """Ingest DOCS (default: the bundled corpus), validate, infer, and publish dumps and site."""
    timer = pipeline.Timer()
    layout = Layout(out)
    result, store = _ingest(docs, reader_dirs, base, layout, identities)
    say("validating with the SHACL shapes…")
    report = _validate(store, base, layout)
    if not report.conforms and not keep_going:
        _summary(result, store, report, 0, 0, timer)
        raise click.ClickException(f"the graph does not conform ({len(report.violations)} violations, see {layout.reports / 'shacl-report.ttl'}); nothing published. Use --keep-going to publish anyway.")
    say("inferring with OWL-RL…")
    inferred = pipeline.run_inference(store, base)
    layout.inferred.write_text(store.nquads([f"{base}graph/inferred"]), encoding="utf-8")
    pipeline.load_ontology(store)
    say("writing dumps…")
    write_dumps(store, layout.dumps)
    (layout.reports / "identities.txt").write_text(identity_report(store), encoding="utf-8")
    say("rendering the site…")
    pages = Site(store, base, templates, layout.texts).render(layout.site)
    _summary(result, store, report, inferred, pages, timer)
    say(f"open {layout.site / 'index.html'} in a browser")
    sys.exit(0 if report.conforms else 1)


@main.command()
@DOCS
@OUT
@BASE
@READERS
@IDENTITIES
def ingest(docs, out, base, reader_dirs, identities):
    """Read DOCS (default: the bundled corpus) into the graph of documents (OUT/graph/documents.nq)."""
    result, store = _ingest(docs, reader_dirs, base, Layout(out), identities)
    say(f"{len(result.facts)} documents read, {len(result.skipped)} skipped, {len(store)} triples")


@main.command()
@OUT
@BASE
def validate(out, base):
    """Check the graph against the SHACL shapes; write OUT/reports/shacl-report.ttl."""
    layout = Layout(out)
    report = _validate(layout.store(with_inferred=False), base, layout)
    for v in report.violations:
        click.echo(f"{v.documents}: {v.severity}: {v.focus_label} <{v.focus}> {v.path}: {v.message}")
    click.echo("conforms" if report.conforms else f"{len(report.violations)} violations")
    sys.exit(0 if report.conforms else 1)


@main.command()
@OUT
@BASE
@click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path), help="A folder of templates searched before the project's.")
def site(out, base, templates):
    """Render the static site from the built graph into OUT/site."""
    layout = Layout(out)
    pages = Site(layout.store(), base, templates, layout.texts).render(layout.site)
    say(f"{pages} pages written; open {layout.site / 'index.html'}")


@main.command()
@click.argument("query", required=False)
@OUT
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (an IRI, an integer or a string).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the query catalogue.")
@click.option("--endpoint", metavar="URL", help="Query this SPARQL 1.1 endpoint instead of the built graph.")
def query(query, out, params, fmt, list_, endpoint):
    """Run QUERY (a catalogue name, a .rq file, or SPARQL text) on the built graph, or on the
    SPARQL endpoint given with --endpoint."""
    from civicgraph import endpoints_cli, queries, results

    if list_:
        for name, entry in queries.catalogue().items():
            click.echo(f"{name}\n    {entry.description}")
        return
    if not query:
        raise click.UsageError("give a query name, a .rq file or SPARQL text (or --list)")
    text = _query_text(query)
    bindings = {}
    for param in params:
        name, sep, value = param.partition("=")
        if not sep:
            raise click.UsageError(f"--param {param!r}: expected NAME=VALUE")
        bindings[name.lstrip("?")] = queries.term(value)
    sparql = queries.bind(text, bindings)
    try:
        names, rows = endpoints_cli.remote_select(endpoint, sparql) if endpoint else Layout(out).store().select(sparql)
    except (SyntaxError, ValueError, OSError) as error:
        raise click.ClickException(f"query failed: {error}")
    click.echo(results.format_rows(names, rows, fmt), nl=False)


@main.command()
@OUT
def report(out):
    """List identity merges and near-duplicate names left apart, for review (also written by
    build to OUT/reports/identities.txt)."""
    click.echo(identity_report(Layout(out).store()), nl=False)


@main.command()
@OUT
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1 (0: any free port).")
def serve(out, port):
    """Start a SPARQL 1.1 server (Oxigraph) on 127.0.0.1 loaded with the built dataset, with its
    query page; stop it with Ctrl-C."""
    from civicgraph import endpoints_cli

    endpoints_cli.serve(Layout(out).store(), port or None, say)


@main.command()
@OUT
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query endpoint.")
@click.option("--graph-store", metavar="URL", help="Its Graph Store Protocol address (guessed for Oxigraph and Fuseki).")
def push(out, endpoint, graph_store):
    """Send the built dataset to a SPARQL server, one named graph per document, each replaced
    whole; then check the server's triple counts against ours."""
    from civicgraph import endpoints_cli

    endpoints_cli.push(Layout(out).store(), endpoint, graph_store, say)


@main.command()
@click.argument("doc", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--readers", "reader_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="A folder of extension readers.")
def inspect(doc, reader_dirs):
    """Explain how DOC reads: zones found, each fact with its passage, what is missing."""
    from civicgraph.documents import UnreadableDocument, read_document
    from civicgraph.genre.explain import explain
    from civicgraph.persons import curation
    from civicgraph.readers import UnrecognisedLayout, choose, load_readers

    try:
        document = read_document(doc)
    except UnreadableDocument as error:
        raise click.ClickException(str(error)) from error
    reader = choose(load_readers(reader_dirs), document)
    say(f"reader: {reader.genre}")
    try:
        facts = reader.read(document, curation())
        lines = explain(facts, document.text, facts.missing)
    except UnrecognisedLayout as error:
        lines = explain(None, document.text, [], str(error))
    for line in lines:
        click.echo(line)


def _query_text(query: str) -> str:
    from civicgraph import queries

    catalogue = queries.catalogue()
    if query in catalogue:
        return catalogue[query].text
    path = Path(query)
    if path.suffix == ".rq":
        if not path.exists():
            raise click.ClickException(f"{path}: no such query file (catalogue: {', '.join(catalogue)})")
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise click.ClickException(f"{query!r} is neither a catalogue query ({', '.join(catalogue)}), a .rq file, nor SPARQL text")
    return query


# -- stages shared by the commands --------------------------------------------------------------
def _ingest(docs, reader_dirs, base, layout: Layout, identities: Path | None = None):
    paths = list(docs) or [data_dir("corpus")]
    say(f"reading {', '.join(map(str, paths))}")
    result = pipeline.ingest(paths, list(reader_dirs), progress=say, identities=identities)
    store = Store()
    pipeline.load_facts(store, result.facts, base)
    layout.asserted.parent.mkdir(parents=True, exist_ok=True)
    layout.asserted.write_text(store.nquads(), encoding="utf-8")
    layout.texts.mkdir(parents=True, exist_ok=True)
    for facts in result.facts:
        (layout.texts / f"{facts.document.sha256}.txt").write_text(facts.document.text, encoding="utf-8")
    layout.reports.mkdir(parents=True, exist_ok=True)
    (layout.reports / "ingest.json").write_text(json.dumps(_ingest_report(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for skipped in result.skipped:
        say(f"SKIPPED {skipped.reason}")
    return result, store


def _ingest_report(result) -> dict:
    return {
        "read": [{"file": f.document.path.name, "genre": f.genre, "sha256": f.document.sha256, "not_found": f.missing} for f in result.facts],
        "skipped": [{"file": str(s.path), "reason": s.reason} for s in result.skipped],
    }


def _validate(store: Store, base: str, layout: Layout) -> ValidationReport:
    report = pipeline.run_validation(store, base)
    write_report(report, layout.reports / "shacl-report.ttl")
    return report


def _summary(result, store, report, inferred, pages, timer) -> None:
    asserted = sum(len(store.quads(g)) for g in pipeline.document_graphs(store))
    share = f", {inferred / asserted:.0%} of the {asserted} asserted" if asserted else ""
    say(
        f"\n{len(result.facts)} documents read, {len(result.skipped)} skipped · {len(store)} triples"
        f" ({inferred} inferred{share}) · {len(report.violations)} violations · {pages} pages · {timer.seconds:.1f} s"
    )
