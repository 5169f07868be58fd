"""Query results as text: an aligned table for people, CSV/TSV/JSON for programs; ASK as true or
false (table: the word; json: a JSON boolean; csv and tsv: a one-column table, header `boolean`, so a
CSV reader gets a named column as for a SELECT; SPARQL's own CSV/TSV results define no ASK form); CONSTRUCT and DESCRIBE as Turtle or N-Triples (or CSV/TSV/JSON rows of subject, predicate,
object). JSON values keep their type: xsd integers are JSON integers, decimals and doubles
numbers, booleans true/false, unbound null; everything else a string."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

import pyoxigraph as ox

from civicgraph.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
NUMBERS = {XSD + t for t in ("decimal", "double", "float")}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


def plain(term) -> str:
    return "" if term is None else term.value


def typed(term):
    """A term as a JSON value (see the module docstring); a malformed number stays a string."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in INTEGERS:
                return int(term.value)
            if datatype in NUMBERS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
    return term.value


def format_rows(names: list[str], rows: list[tuple], fmt: str) -> str:
    if fmt in GRAPH_FORMATS:
        raise ValueError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; a SELECT gives table, csv, tsv or json")
    if fmt == "json":
        return json.dumps([dict(zip(names, map(typed, row))) for row in rows], ensure_ascii=False, indent=2) + "\n"
    table = [[plain(t) for t in row] for row in rows]
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(table)
        return buffer.getvalue()
    widths = [max([len(n), *(len(r[i]) for r in table)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in table]
    return "\n".join(lines) + f"\n({len(table)} rows)\n"


def format_boolean(value: bool, fmt: str) -> str:
    """An ASK answer: `true`/`false`, under a `boolean` header in csv and tsv (see the module docstring)."""
    if fmt in GRAPH_FORMATS:
        raise ValueError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; an ASK gives table, csv, tsv or json")
    word = json.dumps(value) + "\n"
    return "boolean\n" + word if fmt in ("csv", "tsv") else word


def format_triples(triples: list[ox.Triple], fmt: str) -> str:
    """Triples in RDF (table and turtle: Turtle with the project's prefixes) or as rows."""
    if fmt in ("csv", "tsv", "json"):
        return format_rows(["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in triples], fmt)
    data = ox.serialize(sorted(triples, key=str), format=GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE),
                        **({"prefixes": PREFIXES} if fmt != "ntriples" else {}))
    return data.decode("utf-8")


@dataclass
class Answer:
    """What a query gave: SELECT names and rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples;
    `cut` when the row limit stopped it."""

    form: str
    names: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    cut: bool = False


def format_answer(answer: Answer, fmt: str) -> str:
    if answer.form == "ASK":
        return format_boolean(bool(answer.boolean), fmt)
    if answer.form in ("CONSTRUCT", "DESCRIBE"):
        return format_triples(answer.triples, fmt)
    return format_rows(answer.names, answer.rows, fmt)
