"""The build, stage by stage: documents → facts → triples → validation → inference → store →
dumps and site. Each stage is a function the CLI can also run on its own."""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from civicgraph import conflicts, recueils
from civicgraph import documents as documents_module
from civicgraph.cache import Derived, ReadingCache
from civicgraph.conflicts import Conflict
from civicgraph.conflicts import Index as ConflictIndex
from civicgraph.cpu_limit import cpu_limit, reading_seconds
from civicgraph.document_keys import with_keys
from civicgraph.documents import MAX_TEXT_BYTES, UnreadableDocument, collect_all
from civicgraph.documents import read as read_file
from civicgraph.facts import Facts, SourceDocument
from civicgraph.inference import Schema, entailed
from civicgraph.mapping import Mapper
from civicgraph.persons import curation
from civicgraph.progress import bar, one_line
from civicgraph.scdl import matching
from civicgraph.scdl.matching import GENRE as TABLES
from civicgraph.spool import Spool
from civicgraph.paths import data_dir
from civicgraph.readers import UnrecognisedLayout, choose, load_readers
from civicgraph.store import Store
from civicgraph.validation import ValidationReport, Violation, validate
from civicgraph.vocab import DEFAULT_BASE, ONTOLOGY_GRAPH, graph_iri

Progress = Callable[[str], None]


@dataclass
class Skipped:
    """A document left out of the graph: why, and what the user can do about it."""

    path: Path
    reason: str
    action: str = ""
    quarantined: bool = True  # False: read, but no reader recognises it (not an error: out of scope)
    part: int | None = None  # the part of a file too big for one document (recueils.py)


@dataclass(frozen=True)
class Read:
    """What the reports say of a document read, kept when its facts go to the spool: its source
    (`document`, without its text), its genre, the fields its reader could not find, a table's rows
    that failed a check, and the layout profile the genre model read it with."""

    document: SourceDocument
    genre: str
    missing: list[str]
    problems: list
    layout: str | None

    @classmethod
    def of(cls, facts: Facts) -> "Read":
        return cls(replace(facts.document, text=""), facts.genre, facts.missing, facts.problems,
                   facts.get("Document", facts.document.stem).first("profil"))


@dataclass
class IngestResult:
    """What ingest made of a corpus: each document read (`read`, in order) and its facts (`documents`,
    spooled on disk in the same order: spool.py), the documents quarantined (skipped), the files of a
    type we do not read found in folders (ignored), the warnings of reading, the other paths of files
    with the same bytes as one read (copies), and the values documents state differently for one
    resource (conflicts, found by `find_conflicts` from `index`)."""

    read: list[Read] = field(default_factory=list)
    documents: Spool = field(default_factory=Spool)
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    warnings: dict[Path, list[str]] = field(default_factory=dict)
    copies: dict[Path, list[Path]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)  # see civicgraph.conflicts
    index: ConflictIndex = field(default_factory=ConflictIndex, repr=False)

    @property
    def facts(self) -> list[Facts]:
        """Every document's facts at once, loaded from the spool: for tests and tools on a few
        documents (the build takes `documents` one at a time)."""
        return list(self.documents)

    def keep(self, facts: Facts) -> None:
        """Take in one more document's facts: spooled, summed up, indexed for conflicts (a
        table's once merged: `_merge_tables`)."""
        number = self.documents.append(facts)
        self.read.append(Read.of(facts))
        if facts.genre != TABLES:
            self.index.add(number, facts)


BUG = "this is a bug in civicgraph: please report it with the file; the rest of the corpus was built"


def ingest(paths: list[Path], reader_dirs: list[Path] = (), progress: Progress = lambda _: None, identities: Path | None = None,
           workers: int | None = None, cache: ReadingCache | None = None, max_text_bytes: int = MAX_TEXT_BYTES,
           texts: Path | None = None) -> IngestResult:
    """Read every document; a file that cannot be read, or whose reader fails, is skipped with its
    reason (never fatal). Identical files are read once; document keys are made unique (document_keys).
    Reading is a pure function of one document, so it runs in `workers` processes (default: one
    per core), the results in the order of the files; with a `cache`, a document read before with
    the same code and data is not read again (cache.py). A text over `max_text_bytes` is not read
    (documents.MAX_TEXT_BYTES). Each document's facts go to the result's spool as they come, so that
    memory holds a few documents' facts, not the corpus's; with `texts` (a folder), each document's
    text is written there as it is read (`{sha256}.txt`, for the site's viewer)."""
    readers = load_readers(reader_dirs)
    curated = curation(identities)
    collected = collect_all(paths)
    result = IngestResult(ignored=collected.ignored)
    documents = []
    big = {path for path in collected.documents if recueils.too_big(path, max_text_bytes)}  # cut into parts (recueils.py)
    whole = [path for path in collected.documents if path not in big]
    with bar("decoding", len(whole)) as shown:
        decoded = dict(zip(whole, _map(partial(read_file, max_text_bytes=max_text_bytes), whole, workers, shown)))
    for path in collected.documents:
        if path in big:
            documents += _parts(result, path, max_text_bytes, progress)
            continue
        read = _guarded(result, path, progress, lambda: _outcome(decoded.pop(path)))
        if read is None:
            continue
        if read.warnings:
            result.warnings[path] = read.warnings
        first = next((d for d in documents if d.sha256 == read.document.sha256 and d.part is None), None)
        if first is not None:
            result.copies.setdefault(first.path, []).append(path)
            progress(f"{one_line(path)} has the same content as {one_line(first.path)}: read once")
            continue
        documents.append(read.document)
    documents = with_keys(documents)
    with bar("reading", len(documents)) as shown:
        read_facts = partial(_read_facts, readers, curated)
        # by number, not path: a recueil's parts share theirs; each hit loaded in its turn, not all at once
        cached = {number for number, d in enumerate(documents) if cache.has(d)} if cache else set()
        shown.advance(len(cached))
        fresh = iter(_map(read_facts, [d for number, d in enumerate(documents) if number not in cached], workers, shown))
        for number, document in enumerate(documents):
            hit = cache.get(document) if number in cached else None
            facts = hit if number in cached else next(fresh)
            if facts is None:  # a damaged entry: read again, here
                facts = _attempt(read_facts, document)
            if cache and hit is None and not isinstance(facts, _Failed):
                cache.put(document, facts)  # before anything below changes the facts
            facts = _guarded(result, document.path, progress, lambda: _outcome(facts), document.part)
            if facts is None:
                continue
            for copy in result.copies.get(document.path, []):
                facts.get("Document", document.stem).set("nomAlternatif", copy.name)  # nomFichier is one name (shapes)
            result.keep(facts)
            if texts is not None:  # named by content: rewriting one changes nothing a reader could see half-done
                (texts / f"{facts.document.sha256}.txt").write_text(facts.document.text, encoding="utf-8")
            layout = result.read[-1].layout
            progress(f"read {one_line(document.path.name)}{f', part {document.part}' if document.part else ''} as {facts.genre}" + (f", layout {layout}" if layout else "")
                     + (f" (not found: {', '.join(facts.missing)})" if facts.missing else ""))
            for problem in facts.problems:  # a table's rows: each line that failed a check, and why
                progress(f"{one_line(document.path.name)}: {problem}")
    _merge_tables(result, progress)
    return result


def _merge_tables(result: IngestResult, progress: Progress) -> None:
    """A table's row that states a document's deliberation enriches it (scdl.matching): the tables
    and the documents they can match (`matching.relevant`) loaded from the spool, merged, the
    tables put back and indexed for conflicts. A corpus without tables loads nothing."""
    numbers = [number for number, read in enumerate(result.read) if read.genre == TABLES]
    if not numbers:
        return
    tables = [result.documents.get(number) for number in numbers]
    relevant = matching.relevant(tables)
    tabled = set(numbers)
    others = (result.documents.get(number) for number in range(len(result.documents)) if number not in tabled)
    documents = [facts for facts in others if relevant(facts)]
    for match in matching.merge(tables + documents):
        progress(f"matched: {one_line(str(match))}")
    for number, table in zip(numbers, tables):
        result.documents.put(number, table)
        result.index.add(number, table)


def _parts(result: IngestResult, path: Path, max_text_bytes: int, progress: Progress) -> list:
    """The parts of a text too big for one document, as documents, made as the file is read
    (recueils.Cutting); a part that cannot be one (over the bound, not text) is skipped with its
    number, offsets and reason, the others read; a text with no act heading to cut it at is refused
    whole, as any text over the bound; one that is a single act after all is read whole."""
    made: list = []  # documents, and the Skipped of the parts that cannot be one
    warnings: list[str] = []
    sizes: list[int] = []  # the first part's

    def cut(advance) -> int:
        cutting = recueils.Cutting(path, max_text_bytes, advance)
        warnings.extend(cutting.warnings)
        count = 0
        for part in cutting:
            count += 1
            if count == 1:
                sizes.append(part.size)
            if part.text is None:
                made.append(Skipped(path, f"part {part.number} (characters {part.start}–{part.end}) too large for one document "
                                          f"({part.size / 1e6:.1f} MB of text with no act heading inside; at most {max_text_bytes / 1e6:g} MB)",
                                    "cut it into one file per act, or raise --max-text-mb", part=part.number))
                continue
            try:
                made.append(recueils.part_document(path, part, warnings))
            except UnreadableDocument as error:
                made.append(Skipped(path, error.reason, error.action, part=part.number))
        return count

    with bar(f"cutting {path.name}", path.stat().st_size, unit="bytes") as shown:
        count = _guarded(result, path, progress, lambda: cut(shown.advance))
    if count is None:
        return []
    if count == 0:
        result.skipped.append(Skipped(path, "holds only white space", "check that the file holds the documents"))
        progress(f"SKIPPED {one_line(path)}: {result.skipped[-1].reason}")
        return []
    if count == 1:
        if isinstance(made[0], Skipped):  # no heading inside to cut it at: refused whole, as before
            _guarded(result, path, progress, lambda: documents_module._check_size(path, sizes[0], max_text_bytes, "of text, no act heading to cut it at"))
            return []
        read = _guarded(result, path, progress, lambda: read_file(path, max_text_bytes=path.stat().st_size))  # one act after all (line ends, normal form)
        if read is None:
            return []
        if read.warnings:
            result.warnings[path] = read.warnings
        return [read.document]
    documents = []
    for one in made:
        if isinstance(one, Skipped):
            result.skipped.append(one)
            progress(f"SKIPPED {one_line(path)}, part {one.part}: {one.reason}")
        else:
            documents.append(one)
    if warnings:
        result.warnings[path] = sorted(set(warnings), key=warnings.index)
    progress(f"{one_line(path)}: {count} parts cut at the headings of its acts")
    return documents


def _read_facts(readers, curated, document):
    with cpu_limit(reading_seconds(len(document.text))):
        facts = choose(readers, document).read(document, curated)
    freeze_reference_data()
    return facts


_FROZEN = False


def freeze_reference_data() -> None:
    """Once a process has read a document, the reference data it loaded on the way (collation
    tables, the official territories, the given names: some 400,000 objects) lives as long as the
    process: after one collection, moved out of the garbage collector's reach (`gc.freeze`), so
    that its full collections, every few documents, no longer walk it (0.3 s of CPU each; 5 % of
    the reading). Once per process (a forked worker inherits its parent's); what is frozen is still
    freed when no longer referenced, only cycles among it are not."""
    global _FROZEN
    if not _FROZEN:
        _FROZEN = True
        gc.collect()
        gc.freeze()


_TASK: tuple = ()  # (function, items) in a worker process, set by _inherit when the pool starts it


def _map(function, items: list, workers: int | None, shown) -> Iterator:
    """function(item) for each item, in order, in worker processes when there are enough items
    and the platform forks (the readers, loaded from files, are inherited, not pickled); each
    result is the value or the exception raised (`_outcome` gives it back)."""
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(items) < 4 * workers or "fork" not in multiprocessing.get_all_start_methods():
        for item in items:
            yield _attempt(function, item)
            shown.advance()
        return
    # The task goes to the workers as the initializer's arguments, which a forked process inherits
    # unpickled; a global set here instead could be reset by an earlier, suspended _map's cleanup
    # when the garbage collector closes it while this pool forks.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=_inherit, initargs=(function, items)) as pool:
        for outcome in pool.map(_run, range(len(items)), chunksize=4):
            yield outcome
            shown.advance()


def _inherit(function, items: list) -> None:
    global _TASK
    _TASK = (function, items)


def _run(index: int):
    function, items = _TASK
    outcome = _attempt(function, items[index])
    if isinstance(outcome, _Failed):
        try:
            pickle.loads(pickle.dumps(outcome))  # both ways: a failed unpickling breaks the whole pool
        except Exception:  # noqa: BLE001 — an exception that cannot cross processes: its type and message can
            outcome = _Failed(RuntimeError(f"{type(outcome.error).__name__}: {outcome.error}"))
    return outcome


def _attempt(function, item):
    try:
        return function(item)
    except Exception as error:  # noqa: BLE001 — given back to the caller, which records it (_guarded)
        return _Failed(error)


@dataclass
class _Failed:
    error: Exception


def _outcome(value):
    if isinstance(value, _Failed):
        raise value.error
    return value


def find_conflicts(result: IngestResult, base: str = DEFAULT_BASE, progress: Progress = lambda _: None) -> None:
    """Record in `result` (and as cg:conflit on the resources, in the spool) where documents disagree."""
    mapper = Mapper(base)
    result.conflicts, marks = conflicts.find(result.index, enumerate(result.documents), mapper)
    for number, found in marks.items():
        facts = result.documents.get(number)
        conflicts.record(facts, found, mapper)
        result.documents.put(number, facts)
    for conflict in result.conflicts:
        progress(f"CONFLICT {conflict.label} <{conflict.iri}>: {conflict.text} — both kept, each with its passage")


def _guarded(result: IngestResult, path: Path, progress: Progress, step, part: int | None = None):
    """Run one document's step; on any failure record the document (the `part` of a file cut into
    parts) as skipped and return None."""
    try:
        return step()
    except UnreadableDocument as error:
        skipped = Skipped(path, error.reason, error.action, part=part)
    except UnrecognisedLayout as error:
        skipped = Skipped(path, str(error).removeprefix(f"{path}: "), "if it is a governance document, add a reader for its layout (see ingest/)", quarantined=False, part=part)
    except Exception as error:  # noqa: BLE001 — one document's failure must not stop the corpus
        skipped = Skipped(path, f"reading failed ({type(error).__name__}: {_first_line(error)})", BUG, part=part)
    result.skipped.append(skipped)
    progress(f"SKIPPED {one_line(path)}{f', part {part}' if part else ''}: {skipped.reason}" + (f" ({skipped.action})" if skipped.action else ""))
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else "no message"


LOAD_BATCH = 32 << 20  # bytes of cached N-Quads handed to Oxigraph at once: memory holds one batch, not the dataset


def load_facts(store: Store, facts: Iterable[Facts], base: str = DEFAULT_BASE, cache: Derived | None = None) -> dict[str, Path]:
    """Each document's triples replace its own named graph (`facts` taken one at a time: the
    result's spool, IngestResult.documents, holds them on disk). With a `cache`, the graph of facts
    mapped before (the same facts, pickled, under the same base and code) is taken from it as
    N-Quads and bulk-loaded by Oxigraph, a batch of graphs at a time (no Python object per
    statement; its digest, Store.digest, from the same bytes); the graphs mapped here are put in it.
    The facts are keyed as they are now, after what was done to them across documents since they
    were read (conflicts, a table's rows merged). Returns the cache's file of each graph loaded from
    it: its N-Quads as `Store.graph_nquads` writes them (for `Store.write_nquads`)."""
    mapper = Mapper(base)
    batch: dict[str, bytes] = {}
    size, files = 0, {}
    for one in facts:
        graph = mapper.document_iri(one).value
        files.pop(graph, None)
        if graph in batch or size > LOAD_BATCH:  # a later graph of one IRI replaces an earlier one
            store.load_nquads(batch)
            batch, size = {}, 0
        key = _facts_key(base, one) if cache else None
        data = cache.get(key) if cache else None
        if data is not None:
            batch[graph], files[graph] = data, cache.path(key)
            size += len(data)
            continue
        store.replace_graph(graph, mapper.quads(one))
        if cache:
            text = store.graph_nquads(graph)  # None for a graph too big to hold as text: mapped each build
            if text is not None:
                cache.put(key, text)
    store.load_nquads(batch)
    return files


def _facts_key(base: str, facts: Facts) -> str:
    """The SHA-256 of a document's facts as they are (and of the base). A pickle's bytes follow
    which of its objects are shared, not only what they hold: facts just read and the same facts
    unpickled from the reading cache (or from a worker) pickle differently. Pickled, unpickled and
    pickled again, they give the same bytes (the sharing a pickle records is kept by the next one);
    when they do not, the graph is only mapped again (never a wrong graph: equal keys, equal facts).
    Pickling without a memo was tried: 60 times the bytes (a resource pickled wherever it is named)
    and 6 s for 100 documents, against 0.4 s here."""
    once = pickle.loads(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))
    return hashlib.sha256(base.encode("utf-8") + b"\n" + pickle.dumps(once, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()


def document_graphs(store: Store, base: str = DEFAULT_BASE) -> list[str]:
    return [g for g in store.graphs() if g.startswith(f"{base}document/")]


def load_ontology(store: Store) -> None:
    for path in sorted(data_dir("ontology").glob("*.ttl")):
        store.load(path, graph=ONTOLOGY_GRAPH)


def run_validation(store: Store, base: str = DEFAULT_BASE, cache: Derived | None = None) -> ValidationReport:
    """Validate the union of the document graphs (validation.py: each constraint one query; what a
    graph seen before decides alone from `cache`), the complaints about conflicts between
    documents set aside (conflicts.set_aside): what build and validate both report."""
    return conflicts.set_aside(validate(store, document_graphs(store, base), cache=cache), store, base)


def quarantine(store: Store, report: ValidationReport, base: str = DEFAULT_BASE, cache: Derived | None = None) -> tuple[ValidationReport, dict[str, list[Violation]]]:
    """Take out of the store the graphs of the documents that state something about a resource in
    violation of the shapes (`report`, from run_validation), and validate again, until the rest
    conforms or no violation can be put on a document. Returns the last report and the violations
    of each graph taken out."""
    held: dict[str, list[Violation]] = {}
    while not report.conforms:
        found = attribute(store, report, base)
        if not found:
            break
        for graph, violations in found.items():
            held.setdefault(graph, []).extend(violations)
            store.replace_graph(graph, [])
        report = run_validation(store, base, cache)
    return report, held


def attribute(store: Store, report: ValidationReport, base: str = DEFAULT_BASE) -> dict[str, list[Violation]]:
    """The violations (severity Violation) of each document graph that states something about their focus."""
    found: dict[str, list[Violation]] = {}
    for violation in report.violations:
        if violation.severity == "Violation":
            for graph in _graphs_about(store, violation.focus, base):
                found.setdefault(graph, []).append(violation)
    return found


def _graphs_about(store: Store, focus: str, base: str) -> list[str]:
    try:
        subject = ox.NamedNode(focus)
    except ValueError:  # a blank node: no document can be named
        return []
    _, rows = store.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {subject} ?p ?o }} }}")
    return [g.value for (g,) in rows if g.value.startswith(f"{base}document/")]


def run_inference(store: Store, base: str = DEFAULT_BASE, cache: Derived | None = None) -> int:
    """Put what the ontology entails (the rules of inference.py) into the graph of inferences;
    return how many triples it holds. Streamed: the entailments of each document graph go into the
    store in turn (it keeps each once), then those a document asserts are taken out. With a
    `cache`, a document graph's entailments are computed once: kept as N-Triples by the graph's
    digest, loaded by Oxigraph's parser (no Python object per triple) when the graph comes again."""
    ontology = [(q.subject, q.predicate, q.object) for p in sorted(data_dir("ontology").glob("*.ttl")) for q in ox.parse(path=str(p))]
    graph = ox.NamedNode(graph_iri(base, "inferred"))
    store.replace_graph(graph.value, [])
    schema = Schema(ontology)
    pending: list[bytes] = []  # N-Triples parsed in one call: Oxigraph's loader costs per call too

    def flush(limit: int = 0) -> None:
        if sum(map(len, pending)) > limit:
            store.load_ntriples(b"".join(pending), graph.value)
            pending.clear()

    for document in document_graphs(store, base):  # memory holds about one graph's entailments
        digest = store.digest(document) if cache else None
        text = cache.get(digest) if cache else None
        if text is None:
            asserted = [(q.subject, q.predicate, q.object) for q in store.stream([document])]
            new = set(entailed(asserted, schema, base)).difference(asserted)
            if any(isinstance(term, ox.BlankNode) for triple in new for term in triple):  # the parser would relabel it
                store.add([ox.Quad(s, p, o, graph) for s, p, o in new])
                continue
            text = "".join(f"{s} {p} {o} .\n" for s, p, o in new).encode("utf-8")
            if cache:
                cache.put(digest, text)
        pending.append(text)
        flush(1 << 24)
    flush()
    store.remove_restated(graph.value, f"{base}document/")
    return store.size(graph.value)


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.start
