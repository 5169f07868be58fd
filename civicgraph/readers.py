"""Who reads a document: the genre model (`civicgraph.genre`) reads every layout of the genre;
Python readers in `ingest/` (or a folder the user names) are extensions for a layout that needs
more than the genre model reads. Each defines GENRE, `detect(text) -> float` (how sure it is the
text is in its layout) and `read(facts)`; the most confident extension reads the document, and
the genre model reads it when no extension claims it."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType

from civicgraph import genre
from civicgraph.facts import Facts, SourceDocument
from civicgraph.matieres import link_matieres
from civicgraph.organisations import organisations_mentioned
from civicgraph.paths import data_dir
from civicgraph.scdl import reader as scdl_reader


@dataclass(frozen=True)
class Reader:
    genre: str
    module: ModuleType

    def detect(self, text: str) -> float:
        return self.module.detect(text)

    def read(self, document: SourceDocument, curation=None) -> Facts:
        facts = Facts(document, self.genre, curation)
        doc = facts.get("Document", document.stem)
        label = document.path.name if document.part is None else f"{document.path.name}, partie {document.part}"
        doc.a("Document").set("rdfs:label", label).set("nomFichier", document.path.name)
        doc.set("empreinte", document.sha256).set("genre", self.genre)
        if document.part is not None:  # a part of a file too big for one document (civicgraph.recueils)
            doc.set("partie", document.part).set("positionDansFichier", document.within[0]).set("finDansFichier", document.within[1])
        if document.ocr_confidence is not None:
            doc.set("confianceOcr", Decimal(str(document.ocr_confidence)))
        self.module.read(facts)
        organisations_mentioned(facts)  # whatever the layout, and whether a rule read it or not
        link_matieres(facts)
        return facts


class UnrecognisedLayout(Exception):
    pass


def load_readers(extra_dirs: list[Path] = ()) -> list[Reader]:
    """Readers from the user's folders first (so theirs win a tie), then the project's."""
    readers = []
    for folder in [*map(Path, extra_dirs), data_dir("ingest")]:
        for path in sorted(folder.glob("*.py")):
            if not path.name.startswith("_"):
                readers.append(_load(path))
    return readers


def _load(path: Path) -> Reader:
    spec = importlib.util.spec_from_file_location(f"civicgraph_readers.{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Reader(module.GENRE, module)


class GenreReader(Reader):
    """The genre model, as a reader: a text it does not recognise as governance is unrecognised."""

    def read(self, document: SourceDocument, curation=None) -> Facts:
        try:
            return super().read(document, curation)
        except genre.NotGovernance as error:
            raise UnrecognisedLayout(f"{document.path}: not recognised: {error}") from error


GENRE_READER = GenreReader("genre", genre)


class TableReader(Reader):
    """The SCDL Délibérations reader: a table whose header is not the schema's is unrecognised."""

    def read(self, document: SourceDocument, curation=None) -> Facts:
        try:
            facts = super().read(document, curation)
        except scdl_reader.NotScdl as error:
            raise UnrecognisedLayout(f"{document.path}: not recognised: {error}") from error
        scdl_reader.place_spans(facts)
        return facts


TABLE_READER = TableReader(scdl_reader.GENRE, scdl_reader)


def choose(readers: list[Reader], document: SourceDocument) -> Reader:
    """An SCDL Délibérations table (by its header, or any .csv), else the most confident
    extension, else the genre model."""
    if document.path.suffix.lower() == ".csv" or scdl_reader.detect(document.text):
        return TABLE_READER
    scored = [(reader.detect(document.text), index, reader) for index, reader in enumerate(readers)]
    if scored:
        score, _, best = max(scored, key=lambda s: (s[0], -s[1]))
        if score > 0:
            return best
    return GENRE_READER
