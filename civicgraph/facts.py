"""The facts a reader takes out of one document.

A reader does not write RDF: it records *resources* (a séance, a person, an adhésion…) with their
class, the key that makes them themselves across the corpus, their properties, and the spans of
text that show them. `civicgraph.mapping` turns these into triples; nothing else does.
"""

from __future__ import annotations

import hashlib
import re
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the document text as read."""

    start: int
    end: int

    @classmethod
    def of(cls, match: re.Match, group: int | str = 0, offset: int = 0) -> "Span":
        """The span of a regex match group; `offset` when the match ran on a slice of the text."""
        return cls(match.start(group) + offset, match.end(group) + offset)


@dataclass(frozen=True)
class CellSpan(Span):
    """A span in a table's text that is also a place in the table: the 1-based `line` of the file
    where its record starts, and its `column` (None for the whole record)."""

    line: int = 0
    column: str | None = None


@dataclass(frozen=True)
class SourceDocument:
    """A document as read: its path, its text and the hash of its bytes. `key` is what names it in
    the graph (its IRI), when the file name alone would not (see civicgraph.identity)."""

    path: Path
    text: str
    sha256: str
    key: str = ""
    ocr_confidence: float | None = None  # some pages read by OCR: Tesseract's confidence (0–1) on the least sure
    # A part of a file too big for one document (civicgraph.recueils): its number from 1, and the
    # characters [start, end) it holds in the file's text as read.
    part: int | None = None
    within: tuple[int, int] | None = None

    @property
    def stem(self) -> str:
        """The key of the document's IRI: `key` when set, else the file name without its suffix."""
        return self.key or self.path.stem

    @classmethod
    def from_text(cls, path: Path, text: str, raw: bytes | None = None) -> "SourceDocument":
        digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()
        return cls(Path(path), text, digest)


@dataclass(frozen=True)
class Iri:
    """A link to a thing outside the graph (a Wikidata entity), written as an IRI, not a literal."""

    value: str


@dataclass(eq=False)
class Resource:
    """One thing a document speaks of.

    `cls` is the ontology class that names its IRI family (Organisation, Personne, Seance…); `types`
    are further classes it belongs to (Commune, Elu…). `key` is what makes it itself across the
    corpus: strings, or other resources whose keys it extends (a séance is its organ plus its date).
    Property values are str, int, bool, Decimal, date, datetime or time (literals), a Resource (a link)
    or an Iri (a link outside the graph).
    """

    cls: str
    key: tuple
    types: set[str] = field(default_factory=set)
    props: dict[str, list] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    ident: tuple | None = field(default=None, repr=False)  # its identity in Facts, computed once

    def __getstate__(self) -> dict:
        """Pickled with its types sorted: a set of strings pickles in an order that changes with the
        process's hash seed, and the reading cache's bytes (cache.py) should not."""
        return {**self.__dict__, "types": sorted(self.types)}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, types=set(state["types"]))

    def set(self, prop: str, value, span: Span | None = None) -> "Resource":
        """Add a value to a property (once); None is ignored, because unknown is not a value."""
        if value is None or value == "":
            return self
        values = self.props.get(prop)
        if values is None:  # most properties have one value: no comparison to make
            self.props[prop] = [value]
        elif not any(_same(value, v) for v in values):
            values.append(value)
        return self if span is None else self.cite(span)

    def first(self, prop: str):
        """The first value of a property, or None."""
        values = self.props.get(prop)
        return values[0] if values else None

    def cite(self, span: Span | None) -> "Resource":
        """Record a passage of the document that shows this resource."""
        if span is not None and span.end > span.start and span not in self.spans:
            self.spans.append(span)
        return self

    def a(self, *types: str) -> "Resource":
        """Add classes this resource belongs to."""
        self.types.update(types)
        return self


def _same(a, b) -> bool:
    if isinstance(a, Resource) or isinstance(b, Resource):
        return a is b
    return type(a) is type(b) and a == b


@dataclass(eq=False)
class Facts:
    """Everything read out of one document, and what the reader could not find."""

    document: SourceDocument
    genre: str
    curation: object = None  # the curated identities (civicgraph.persons.Curation) readers apply
    resources: dict[tuple, Resource] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    problems: list = field(default_factory=list)  # a table's rows that failed a check (civicgraph.scdl.checks.Problem)
    _classes: dict[str, list[Resource]] = field(default_factory=dict, repr=False)  # `of_class`'s index
    _indexed: int = field(default=0, repr=False)  # how many of `resources` it holds

    def get(self, cls: str, *key, span: Span | None = None) -> Resource:
        """The resource of this class and key, made on first use: one key, one resource."""
        ident = (cls, _key_id(key))
        resource = self.resources.get(ident)
        if resource is None:
            resource = self.resources[ident] = Resource(cls, tuple(key), ident=ident)
            if self._indexed == len(self.resources) - 1:  # `of_class`'s index was up to date: keep it so
                self._classes.setdefault(cls, []).append(resource)
                self._indexed += 1
        return resource.cite(span)

    def of_class(self, cls: str) -> list[Resource]:
        """The resources of class `cls`, in the order of `resources`: an index kept up to date with
        the resources added since (readers look persons up once per name they read)."""
        if len(self.resources) == self._indexed:  # (`get` keeps it up to date)
            return self._classes.get(cls, [])
        if len(self.resources) < self._indexed:  # resources were removed: index again
            self._classes, self._indexed = {}, 0
        for resource in islice(self.resources.values(), self._indexed, None):
            self._classes.setdefault(resource.cls, []).append(resource)
        self._indexed = len(self.resources)
        return self._classes.get(cls, [])

    def remove(self, resource: Resource) -> None:
        """Take `resource` out (a proxy passed on to another holder); `of_class` indexes again."""
        del self.resources[resource.ident]
        self._classes, self._indexed = {}, 0

    def quote(self, span: Span) -> str:
        return self.document.text[span.start : span.end]

    def report_missing(self, what: str) -> None:
        """Say that a field the layout should give was not found (never guess it)."""
        if what not in self.missing:
            self.missing.append(what)


def _key_id(key: tuple) -> tuple:
    return tuple((k.ident[1] + (k.cls,) if k.ident else _key_id(k.key) + (k.cls,)) if isinstance(k, Resource) else k for k in key)
