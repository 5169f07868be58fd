"""The query catalogue (`queries/*.rq`) and parameter binding.

Parameters are bound as RDF terms: each value is parsed into a term and written in a VALUES
block at the start of the query's WHERE group (Oxigraph's own serialisation does the escaping),
so a value can never change the query's shape, and the same text runs on any SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from itertools import islice, takewhile
from pathlib import Path

import pyoxigraph as ox

from civicgraph.paths import data_dir
from civicgraph.results import Answer


@dataclass(frozen=True)
class CatalogueQuery:
    name: str
    text: str

    @property
    def description(self) -> str:
        """The opening comment: the question the query answers, its parameters and columns."""
        lines = []
        for line in self.text.splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("# ").rstrip())
        return " ".join(lines)


def catalogue(folder: Path | None = None) -> dict[str, CatalogueQuery]:
    folder = folder or data_dir("queries")
    return {p.stem: CatalogueQuery(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def load(name: str) -> CatalogueQuery:
    return catalogue()[name]


def term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter given on the command line as an RDF term: an IRI, an integer, or a string."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if re.match(r"^[a-z][a-z0-9+.-]*://", value):
        return ox.NamedNode(value)
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Literal(value)


WHERE = re.compile(r"\b(?:WHERE|ASK)\s*\{", re.IGNORECASE)  # ASK may have its group without WHERE


def bind(query: str, parameters: dict[str, ox.NamedNode | ox.Literal]) -> str:
    if not parameters:
        return query
    where = WHERE.search(query)
    if where is None:
        raise ValueError("parameters need a query with a WHERE clause to bind them in")
    names = " ".join(f"?{name}" for name in parameters)
    values = " ".join(str(value) for value in parameters.values())
    return f"{query[: where.end()]}\n  VALUES ({names}) {{ ({values}) }}{query[where.end():]}"


VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ParameterError(ValueError):
    """A parameter the query does not take, a required one missing, or a value that is no RDF term."""


def declared(text: str) -> dict[str, bool] | None:
    """The parameters a query declares in its opening comment, name → required:
    `# Parameters: ?document (an IRI)` is required, `?person (optional)` is not, and in
    `Parameters: none (bind ?association to …)` every one named is optional. None when the text
    has no such line (SPARQL written by hand): then any variable of the query may be bound."""
    header = " ".join(line.lstrip("# ") for line in takewhile(lambda l: l.startswith("#"), text.splitlines()))
    found = re.search(r"Parameters:(.*?)(?:Columns:|$)", header)
    if found is None:
        return None
    part = found.group(1).strip()
    optional = part.lower().startswith("none")
    return {m.group(1): not optional and not (m.group(2) or "").lower().startswith("optional")
            for m in re.finditer(r"\?([A-Za-z_][A-Za-z0-9_]*)(?:\s*\((\w*))?", part)}


def check(text: str, names: list[str]) -> None:
    """Raise ParameterError unless `names` are parameters the query takes and include the required ones."""
    for name in names:
        if not VARNAME.fullmatch(name):
            raise ParameterError(f"--param {name!r}: a parameter name is a SPARQL variable name (letters, digits, _)")
    wanted = declared(text)
    allowed = set(wanted) if wanted is not None else set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", text))
    takes = ", ".join(f"?{n}" + ("" if wanted and wanted[n] else " (optional)") for n in sorted(allowed)) or "none"
    for name in names:
        if name not in allowed:
            raise ParameterError(f"unknown parameter {name!r}: this query takes {takes}")
    missing = [n for n, required in (wanted or {}).items() if required and n not in names]
    if missing:
        raise ParameterError(f"missing parameter {', '.join('?' + n for n in missing)}: give it with --param {missing[0]}=VALUE")


def parameter(value: str) -> ox.NamedNode | ox.Literal:
    """`term`, with a ParameterError saying what is wrong instead of Oxigraph's ValueError."""
    try:
        return term(value)
    except ValueError as error:
        raise ParameterError(f"{value!r} is not a valid IRI ({error}); write an IRI as <https://…> without spaces") from error


FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def form(text: str) -> str:
    """The query form: the first of SELECT, ASK, CONSTRUCT, DESCRIBE outside comments, IRIs and strings."""
    bare = re.sub(r'#[^\n]*|<[^>\s]*>|"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', " ", text)
    found = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare, re.IGNORECASE)
    if found is None:
        raise ParameterError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return found.group(1).upper()


ROW_LIMIT = 10_000  # rows or triples a local query returns at most, unless --limit says otherwise
TIME_LIMIT = 60.0  # seconds a query may take, unless --timeout says otherwise


class QueryTimeout(Exception):
    pass


def run(store, sparql: str, limit: int = ROW_LIMIT, timeout: float = TIME_LIMIT) -> Answer:
    """Run a query of any form on the embedded store, at most `limit` results, within `timeout`
    seconds. Oxigraph releases the GIL while it evaluates, so the query runs in a thread this one
    stops waiting for; the command then ends, and the thread with it."""
    box: dict = {}

    def work():
        try:
            box["answer"] = _collect(store.query(sparql), limit)
        except Exception as error:  # noqa: BLE001 — handed to the caller's thread
            box["error"] = error

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeout(f"the query took longer than {timeout:g} s (--timeout): narrow it, or add a LIMIT")
    if "error" in box:
        raise box["error"]
    return box["answer"]


def _collect(result, limit: int) -> Answer:
    if isinstance(result, ox.QueryBoolean):
        return Answer("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = list(islice(result, limit + 1))
        return Answer("SELECT", names, [tuple(s[n] for n in names) for s in rows[:limit]], cut=len(rows) > limit)
    triples = list(islice(result, limit + 1))
    return Answer("CONSTRUCT", triples=triples[:limit], cut=len(triples) > limit)
