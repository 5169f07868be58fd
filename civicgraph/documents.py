"""Reading source files into text: plain text and markdown as they are, PDF through its text layer."""

from __future__ import annotations

from pathlib import Path

from civicgraph.facts import SourceDocument
from civicgraph.text.normalise import normalise_text

TEXT_SUFFIXES = {".txt", ".md", ".text"}
SUFFIXES = TEXT_SUFFIXES | {".pdf"}


class UnreadableDocument(Exception):
    """A file that cannot be turned into text; the message says why and what to do."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_document(path: Path) -> SourceDocument:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(path, f"cannot be opened ({error.strerror})") from error
    if suffix in TEXT_SUFFIXES:
        return SourceDocument.from_text(path, _decode(path, raw), raw)
    if suffix == ".pdf":
        return SourceDocument.from_text(path, _pdf_text(path), raw)
    raise UnreadableDocument(path, f"unsupported file type {suffix or '(none)'}; expected one of {sorted(SUFFIXES)}")


def _decode(path: Path, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableDocument(path, f"not UTF-8 text (byte {error.start}); convert it to UTF-8") from error
    return normalise_text(text)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    except (PdfReadError, ValueError, OSError) as error:
        raise UnreadableDocument(path, f"not a readable PDF ({error})") from error
    text = normalise_text("\n\n".join(pages))
    if not text.strip():
        raise UnreadableDocument(path, "PDF has no text layer (a scan?): run OCR on it first, then add the result")
    return text


def collect(paths: list[Path]) -> list[Path]:
    """The documents named: files as given, folders searched for readable files, in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found
