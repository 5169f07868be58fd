"""The query catalogue (`queries/*.rq`) and parameter binding.

Parameters are bound as RDF terms: each value is parsed into a term and written in a VALUES
block at the start of the query's WHERE group (Oxigraph's own serialisation does the escaping),
so a value can never change the query's shape, and the same text runs on any SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from civicgraph.paths import data_dir


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


WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind(query: str, parameters: dict[str, ox.NamedNode | ox.Literal]) -> str:
    if not parameters:
        return query
    where = WHERE.search(query)
    if where is None:
        raise ValueError("parameters need a query with a WHERE clause to bind them in")
    names = " ".join(f"?{name}" for name in parameters)
    values = " ".join(str(value) for value in parameters.values())
    return f"{query[: where.end()]}\n  VALUES ({names}) {{ ({values}) }}{query[where.end():]}"
