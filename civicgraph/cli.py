"""The `civicgraph` command: build everything, or run one stage at a time.

Exit codes (the same for every command):
  0  all good: every document read and published, the graph conforms;
  1  some documents quarantined (unreadable, their reader failing, or in violation of the shapes;
     with --keep-going, published with their violations): the rest is published and
     `reports/ingest.json` says which and why; with `--strict`, nothing is published;
     `validate`: the graph does not conform; `push`: the server's triple counts differ from ours
     after the upload. A document no reader recognises (not a governance
     text) is reported as not recognised, which is not an error;
  2  a usage or input error (bad option, no graph built yet, no document to publish, a query that
     does not parse, an endpoint that does not answer or refuses what we send): nothing changed;
  3  an internal error (a bug): nothing changed; the message names a file holding the details.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import traceback
from typing import NamedTuple
from pathlib import Path

import click

from civicgraph import __version__, pipeline, queries
from civicgraph.identities import report as identity_report
from civicgraph.paths import data_dir
from civicgraph.progress import one_line
from civicgraph.publish import publish
from civicgraph.publication import MARKER, NotAnOutputFolder, check_target, staged, write_file
from civicgraph.site import Site
from civicgraph.store import Store
from civicgraph.cache import FOLDER as CACHE, Derived, Outputs, ReadingCache, recycle
from civicgraph.documents import MAX_TEXT_BYTES, SUFFIXES
from civicgraph.mapping import Mapper
from civicgraph.validation import ValidationReport
from civicgraph.vocab import DEFAULT_BASE

OUT = click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True, help="Output folder.")
BASE = click.option("--base-iri", "--base", "base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the data; the published folder's address is its parent (…/civicgraph/id/ → …/civicgraph/).")
SPARQL = click.option("--sparql-endpoint", metavar="URL", help="A public SPARQL endpoint serving the data, named in the dataset description.")
DOCS = click.argument("docs", nargs=-1, type=click.Path(exists=True, path_type=Path))
IDENTITIES = click.option("--identities", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A curated file of merges to force or forbid (default: the project's ingest/identities.csv).")
MAX_TEXT = click.option("--max-text-mb", "max_text_mb", type=click.FloatRange(min=0, min_open=True), default=MAX_TEXT_BYTES / 1e6, show_default=True, metavar="MB",
                        help="A document whose text is larger (in MB, as UTF-8) is quarantined; a text file that large is first cut at the headings of its acts (a recueil, a dump), each part a document.")
READERS = click.option("--readers", "reader_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path), help="A folder of extra readers (searched before the project's).")


class InputError(click.ClickException):
    """A usage or input error the user can fix (exit 2)."""

    exit_code = 2


class Quarantined(click.ClickException):
    """Documents were quarantined and the command was asked to fail on that (exit 1)."""

    exit_code = 1


class InternalError(click.ClickException):
    """A bug (exit 3): the user sees one line and where the details are, not a traceback."""

    exit_code = 3

    def __init__(self, error: BaseException):
        handle, path = tempfile.mkstemp(prefix="civicgraph-crash-", suffix=".txt")
        with open(handle, "w", encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(error)))
        super().__init__(f"internal error ({type(error).__name__}: {str(error).strip()[:200]}). This is a bug in civicgraph; "
                         f"nothing was published. Please report it with the details in {path}")


class Commands(click.Group):
    """The command group: whatever a command raises that is not a user error becomes exit 3."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt, SystemExit):
            raise
        except NotAnOutputFolder as error:
            raise InputError(str(error)) from error
        except Exception as error:  # noqa: BLE001 — the last line of defence, see the module docstring
            raise InternalError(error) from error


class Layout:
    """Where each stage reads and writes under the output folder."""

    def __init__(self, out: Path):
        self.out = out
        self.asserted = out / "graph" / "documents.nq"
        self.inferred = out / "graph" / "inferred.nq"
        self.dumps = out / "site" / "dumps"
        self.reports = out / "reports"
        self.site = out / "site"
        self.texts = out / "texts"  # each document's text as read, by SHA-256: the site's viewer shows it

    def store(self, with_inferred: bool = True) -> Store:
        if not self.asserted.exists():
            raise InputError(f"no graph in {self.out}: run `civicgraph ingest` or `civicgraph build` first")
        store = Store()
        store.load(self.asserted)
        if with_inferred and self.inferred.exists():
            store.load(self.inferred)
        pipeline.load_ontology(store)
        return store


def say(message: str) -> None:
    click.echo(message, err=True)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--keep-going", is_flag=True, help="Publish the documents whose graph violates the shapes too, with their violations marked in the reports, instead of quarantining them.")
@click.option("--strict", is_flag=True, help="Publish nothing if any document is quarantined (exit 1).")
@MAX_TEXT
@SPARQL
def build(docs, out, base, reader_dirs, identities, templates, keep_going, strict, max_text_mb, sparql_endpoint):
    """Ingest DOCS (default: the bundled corpus), validate, infer, and publish dumps and site.

    A document that cannot be read, or whose graph violates the shapes, is quarantined: left out
    and reported (reports/ingest.json) while the rest is published. Everything is written beside
    OUT and swapped in at the end: a build that fails or is refused changes nothing in OUT (a
    refused build's reports are kept in OUT/refused). Exit codes: see `civicgraph --help`."""
    timer = pipeline.Timer()
    check_target(out)
    with staged(out, recycle) as stage:  # in the publication before the previous one: only its changed files written again
        layout = Layout(stage.path)
        result, store = _ingest(docs, reader_dirs, base, layout, identities, previous=out, max_text_mb=max_text_mb)
        say("validating with the SHACL shapes…")
        results = Derived("validation", layout.out / CACHE, out / CACHE, [data_dir("shapes")])
        report = _validate(store, base, layout, results)
        if results.hits:
            say(f"{results.hits} document graphs unchanged since the last build: what they decide alone of the shapes comes from the cache")
        held, marked = {}, {}
        if not report.conforms:
            if keep_going:
                marked = pipeline.attribute(store, report, base)
            else:
                report, held = pipeline.quarantine(store, report, base, results)
        status = _statuses(result, base, held, marked)
        _write_ingest_report(layout, result, status, base)
        quarantined = [path for path, state in status.items() if state["status"] in ("quarantined", "published-with-violations")]
        for path, state in status.items():
            if state["status"] == "quarantined" and "violations" in state:
                say(f"QUARANTINED {one_line(path)}: {len(state['violations'])} violations of the shapes (see {out / 'reports' / 'shacl-report.ttl'})")
        refusal = _refusal(result, status, report, keep_going, strict)
        if refusal:
            shutil.rmtree(layout.site, ignore_errors=True)  # a recycled stage's pages are not this build's
            (layout.out / CACHE / "site.json").unlink(missing_ok=True)
            stage.publish(out / "refused")
            _summary(result, store, report, 0, 0, timer)
            raise (Quarantined if any(s["status"] == "quarantined" for s in status.values()) or not report.conforms else InputError)(
                f"{refusal}; nothing published, {out} is unchanged. The reports of this build are in {out / 'refused' / 'reports'}.")
        if held:  # the graphs quarantined are taken out of the one _ingest wrote
            _write_nquads(store, layout.asserted)
        say("inferring with OWL-RL…")
        entailments = Derived("inference", layout.out / CACHE, out / CACHE, [data_dir("ontology")])
        inferred = pipeline.run_inference(store, base, entailments)
        if entailments.hits:
            say(f"{entailments.hits} document graphs unchanged since the last build: their entailments come from the cache")
        _write_nquads(store, layout.inferred, [f"{base}graph/inferred"])
        pipeline.load_ontology(store)
        (layout.reports / "identities.txt").write_text(identity_report(store), encoding="utf-8")
        say("rendering the site…")
        # the pages read the ontology (matières) and ingest's tables (kinds of bodies) beside the graph: reads.PageReads
        outputs = Outputs("site", layout.out / CACHE, out / CACHE, out / "site",
                          [data_dir("site"), data_dir("ontology"), data_dir("ingest"), *([templates] if templates else [])],
                          layout.site if stage.recycled else None)
        pages = Site(store, base, templates, layout.texts, outputs).render(layout.site)
        say("writing dumps and descriptions…")
        publish(store, base, layout.site, sparql_endpoint, outputs)
        outputs.save()
        if outputs.reused:
            say(f"{outputs.reused} pages and descriptions unchanged since the last build: linked from it")
        (stage.path / MARKER).write_text("civicgraph output folder: replaced whole by each build\n", encoding="utf-8")
        say("publishing…")
    _summary(result, store, report, inferred, pages, timer)
    say(f"open {out / 'site' / 'index.html'} in a browser")
    if quarantined:
        say(f"{len(quarantined)} documents quarantined or published with violations: see {out / 'reports' / 'ingest.json'}")
    sys.exit(1 if quarantined or not report.conforms else 0)


def _refusal(result, status, report, keep_going: bool, strict: bool) -> str | None:
    """Why this build must not replace the previous publication, or None."""
    published = [path for path, state in status.items() if state["status"].startswith("published")]
    held = [path for path, state in status.items() if state["status"] == "quarantined"]
    if not published:
        return "no document could be read and published" if status else "no document found"
    if strict and held:
        return f"{len(held)} documents quarantined and --strict given"
    if not report.conforms and not keep_going:
        return (f"the graph still does not conform after quarantine ({len(report.violations)} violations no document can be "
                "held responsible for); use --keep-going to publish anyway")
    return None


@main.command()
@DOCS
@OUT
@BASE
@READERS
@IDENTITIES
@MAX_TEXT
def ingest(docs, out, base, reader_dirs, identities, max_text_mb):
    """Read DOCS (default: the bundled corpus) into the graph of documents (OUT/graph/documents.nq)."""
    check_target(out)
    layout = Layout(out)
    with staged(layout.asserted.parent) as graph:
        result, store = _ingest(docs, reader_dirs, base, Layout(out), identities, graph.path / layout.asserted.name, max_text_mb=max_text_mb)
        if not result.read:
            raise (Quarantined if any(s.quarantined for s in result.skipped) else InputError)(f"no document could be read; {layout.asserted} is unchanged")
    _write_ingest_report(layout, result, _statuses(result, base, {}, {}), base)
    say(f"{len(result.read)} documents read, {len(result.skipped)} skipped, {len(store)} triples")
    sys.exit(1 if any(s.quarantined for s in result.skipped) else 0)


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
@SPARQL
def site(out, base, templates, sparql_endpoint):
    """Render the static site, the dumps and the descriptions from the built graph into OUT/site."""
    layout = Layout(out)
    store = layout.store()
    with staged(layout.site) as site_stage:
        pages = Site(store, base, templates, layout.texts).render(site_stage.path)
        publish(store, base, site_stage.path, sparql_endpoint)
    say(f"{pages} pages written; open {layout.site / 'index.html'}")


@main.command()
@click.argument("query", required=False)
@OUT
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (an IRI, an integer or a string); NAME must be a parameter the query declares.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "ntriples"]), default="table", show_default=True,
              help="SELECT and ASK: table, csv, tsv, json (typed values). CONSTRUCT and DESCRIBE: turtle (also for table), ntriples, or csv/tsv/json rows.")
@click.option("--list", "list_", is_flag=True, help="List the query catalogue.")
@click.option("--endpoint", metavar="URL", help="Query this SPARQL 1.1 endpoint instead of the built graph.")
@click.option("--limit", type=click.IntRange(min=1), default=queries.ROW_LIMIT, show_default=True, help="At most this many rows or triples (a warning says when more were cut).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=queries.TIME_LIMIT, show_default=True, help="Seconds the whole query may take, locally or on the endpoint (retries included).")
def query(query, out, params, fmt, list_, endpoint, limit, timeout):
    """Run QUERY (a catalogue name, a .rq file, or SPARQL text: SELECT, ASK, CONSTRUCT or DESCRIBE)
    on the built graph, or on the SPARQL endpoint given with --endpoint."""
    from civicgraph import endpoints_cli, results

    if list_:
        for name, entry in queries.catalogue().items():
            click.echo(f"{name}\n    {entry.description}")
        return
    if not query:
        raise click.UsageError("give a query name, a .rq file or SPARQL text (or --list)")
    text = _query_text(query)
    try:
        bindings = {}
        for param in params:
            name, sep, value = param.partition("=")
            if not sep:
                raise queries.ParameterError(f"--param {param!r}: expected NAME=VALUE")
            bindings[name.lstrip("?$")] = queries.parameter(value)
        queries.check(text, list(bindings))
        sparql = queries.bind(text, bindings)
        form = queries.form(sparql)
    except ValueError as error:
        raise InputError(str(error)) from error
    try:
        if endpoint:
            answer = endpoints_cli.remote_query(endpoint, sparql, form, timeout)
        else:
            answer = queries.run(Layout(out).store(), sparql, limit, timeout)
    except queries.QueryTimeout as error:
        raise InputError(str(error)) from error
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(f"query failed: {error}") from error
    if answer.cut:
        say(f"WARNING: only the first {limit} results are shown (--limit)")
    try:
        click.echo(results.format_answer(answer, fmt), nl=False)
    except ValueError as error:
        raise InputError(str(error)) from error


@main.group()
def export():
    """Write the graph in another standard form."""


@export.command("scdl")
@OUT
@click.option("--output", "output", type=click.Path(dir_okay=False, path_type=Path), help="Write the CSV here (default: standard output).")
@click.option("--incomplete", is_flag=True, help="Write the rows the schema refuses too (the file is then not valid SCDL).")
def export_scdl(out, output, incomplete):
    """The deliberations of collectivités as an SCDL « Délibérations » CSV (schema.data.gouv.fr,
    scdl/deliberations), checked against the schema: a row it refuses (a required value the graph
    does not know, such as a SIRET no source states) is left out and reported on standard error.
    Vote counts (or a budget) only partly known are written all empty, as the schema wants all or
    none, and said on standard error; counts that contradict each other (more "pour" than voters,
    a sum that is not the voters) alike, as a transmission date before the act's; the graph keeps
    what is stated.
    Exit 0 when every deliberation was written valid, 1 when some were left out or are invalid."""
    from civicgraph.scdl.export import export as scdl_export

    result = scdl_export(Layout(out).store(), incomplete=incomplete)
    if output:
        output.write_text(result.text, encoding="utf-8")
    else:
        click.echo(result.text, nl=False)
    for blank in result.blanked:
        click.echo(f"left empty: {blank}", err=True)
    for left in result.left_out:
        click.echo(f"{'invalid' if incomplete else 'left out'}: {left}", err=True)
    click.echo(f"{result.written} deliberations written, {len(result.left_out)} {'invalid' if incomplete else 'left out'}", err=True)
    sys.exit(1 if result.left_out else 0)


@main.command()
@OUT
def report(out):
    """List identity merges, same and near-duplicate names left apart, for review (also written by
    build to OUT/reports/identities.txt)."""
    click.echo(identity_report(Layout(out).store()), nl=False)


@main.command()
@OUT
@click.option("--port", type=int, default=7878, show_default=True, help="Port on 127.0.0.1 (0: any free port); a busy port is an error.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates and Graph Store writes (default: read-only).")
def serve(out, port, writable):
    """Start a SPARQL 1.1 server (Oxigraph) on 127.0.0.1 loaded with the built dataset, with its
    query page; read-only unless --writable; stop it with Ctrl-C or SIGTERM (its temporary
    database is removed)."""
    from civicgraph import endpoints_cli

    endpoints_cli.serve(Layout(out).store(), port or None, say, writable)


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
            raise InputError(f"{path}: no such query file (catalogue: {', '.join(catalogue)})")
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise InputError(f"{query!r} is neither a catalogue query ({', '.join(catalogue)}), a .rq file, nor SPARQL text")
    return query


# -- stages shared by the commands --------------------------------------------------------------
def _ingest(docs, reader_dirs, base, layout: Layout, identities: Path | None = None, graph_file: Path | None = None,
            previous: Path | None = None, max_text_mb: float = MAX_TEXT_BYTES / 1e6):
    """Read the documents into a store and write its N-Quads to `graph_file` (default: the layout's).
    The facts of a document read before (in `previous`, an earlier output folder, or in this one)
    with the same code and data are taken from the reading cache (cache.py)."""
    paths = list(docs) or [data_dir("corpus")]
    say(f"reading {', '.join(map(str, paths))}")
    cache = ReadingCache(layout.out / CACHE, previous / CACHE if previous else None, [*map(Path, reader_dirs), *([identities] if identities else [])])
    layout.texts.mkdir(parents=True, exist_ok=True)
    result = pipeline.ingest(paths, list(reader_dirs), progress=say, identities=identities, cache=cache, max_text_bytes=round(max_text_mb * 1e6),
                             texts=layout.texts)
    if cache.hits:
        say(f"{cache.hits} documents unchanged since the last build: their facts come from the reading cache")
    pipeline.find_conflicts(result, base, say)
    store = Store()
    mapped = Derived("mapping", layout.out / CACHE, previous / CACHE if previous else None, [])
    loaded = pipeline.load_facts(store, result.documents, base, mapped)
    if mapped.hits:
        say(f"{mapped.hits} document graphs unchanged since the last build: loaded from the cache")
    graph_file = graph_file or layout.asserted
    graph_file.parent.mkdir(parents=True, exist_ok=True)
    with open(graph_file, "wb") as stream:
        store.write_nquads(stream, known=loaded)  # the graphs loaded from the cache copied from it
    for ignored in result.ignored:
        say(f"IGNORED {one_line(ignored)}: not a type civicgraph reads ({', '.join(sorted(SUFFIXES))})")
    for path, warnings in result.warnings.items():
        for warning in warnings:
            say(f"WARNING {one_line(path)}: {warning}")
    return result, store


def _write_nquads(store: Store, path: Path, graphs: list[str] | None = None) -> None:
    with open(path, "wb") as stream:  # streamed: memory does not grow with the dataset
        store.write_nquads(stream, graphs)


def _statuses(result, base: str, held: dict, marked: dict) -> dict["Named", dict]:
    """Each document once, by its full path: published or quarantined, and why. `held` are the
    violations of the graphs quarantined; `marked` the report whose violations mark published documents."""
    mapper = Mapper(base)
    status: dict[Path, dict] = {}
    for read in result.read:
        graph = mapper.source_iri(read.document).value
        entry = {"status": "published", "iri": graph, "genre": read.genre, "sha256": read.document.sha256,
                 "not_found": read.missing, "copies": [str(p) for p in result.copies.get(read.document.path, [])]}
        if read.layout:  # the layout profile the genre model read it with
            entry["layout"] = read.layout
        if read.problems:  # a table's rows that failed a check: line, column, reason
            entry["problems"] = [vars(problem) for problem in read.problems]
        if graph in held:
            entry.update(status="quarantined", reason="its graph violates the shapes", violations=_violations(held[graph]),
                         action="correct the document or the reader (see reports/shacl-report.ttl), or build with --keep-going")
        elif graph in marked:
            entry.update(status="published-with-violations", violations=_violations(marked[graph]))
        if read.document.part is not None:  # a part of a file too big for one document: where it stands in the file
            entry.update(part=read.document.part, characters=list(read.document.within))
        status[Named(read.document.path, read.document.part)] = entry
    for skipped in result.skipped:
        status[Named(skipped.path, skipped.part)] = {
            "status": "quarantined" if skipped.quarantined else "not-recognised", "reason": skipped.reason, "action": skipped.action,
            **({"part": skipped.part} if skipped.part is not None else {}),
            **({"copies": [str(p) for p in result.copies[skipped.path]]} if skipped.path in result.copies else {})}
    return dict(sorted(status.items(), key=lambda item: (str(item[0].path), item[0].part or 0)))


class Named(NamedTuple):
    """What names a document in the reports: its file, and its part when the file was cut into parts."""

    path: Path
    part: int | None = None

    def __str__(self) -> str:
        return str(self.path) if self.part is None else f"{self.path}, part {self.part}"


def _violations(violations) -> list[dict]:
    return [{"focus": v.focus, "path": v.path, "message": v.message} for v in violations]


def _write_ingest_report(layout: Layout, result, status: dict, base: str) -> None:
    report = {
        "documents": [{"path": str(name.path), **entry} for name, entry in status.items()],
        "ignored": [{"path": str(p), "reason": "not a type civicgraph reads", "action": f"convert it to one of {', '.join(sorted(SUFFIXES))} if it is a document"} for p in result.ignored],
        "warnings": {str(path): warnings for path, warnings in result.warnings.items()},
        "conflicts": [{"resource": c.iri, "label": c.label, "property": c.prop, "conflict": c.text,
                       "values": [{"path": str(path), "values": list(values)} for path, values in c.values]} for c in result.conflicts],
    }
    # A file name that is not UTF-8 holds lone surrogates (PEP 383): written as JSON's \udcXX escapes.
    write_file(layout.reports / "ingest.json", (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace"))


def _validate(store: Store, base: str, layout: Layout, cache: Derived | None = None) -> ValidationReport:
    report = pipeline.run_validation(store, base, cache)
    write_file(layout.reports / "shacl-report.ttl", report.turtle())
    return report


def _summary(result, store, report, inferred, pages, timer) -> None:
    asserted = sum(store.size(g) for g in pipeline.document_graphs(store))
    share = f", {inferred / asserted:.0%} of the {asserted} asserted" if asserted else ""
    say(
        f"\n{len(result.read)} documents read, {len(result.skipped)} skipped · {len(store)} triples"
        f" ({inferred} inferred{share}) · {len(report.violations)} violations · {pages} pages · {timer.seconds:.1f} s"
    )
