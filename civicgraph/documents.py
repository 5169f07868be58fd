"""Reading source files into text: plain text and markdown decoded, PDF through its text layer.

Every failure to read one file is an `UnreadableDocument` naming the file, the reason and what to
do; nothing a malformed file contains makes reading raise anything else.

Decoding (why a fixed chain rather than a guessing library): the files collectivités publish are
UTF-8, or Windows-1252 from office software, rarely UTF-16 from Windows "Unicode" exports, which
carry a byte-order mark (some exports leave it out). A strict chain tells these apart without
guessing: a BOM decides; else UTF-16's NUL bytes (a Latin text's high bytes, all on one side of
the byte pairs: binary content scatters them, UTF-8 and cp1252 text has none); else
strict UTF-8, which almost never accepts a cp1252 text with accents; else cp1252 (a superset of
the printable Latin-1), with a warning since that is a guess. Statistical detectors
(charset-normalizer) pick Central-European or Mac code pages on short French texts; the chain does
not. Bytes with NULs or many control characters are not text at all and are refused.

HTML character references ("&amp;", "&eacute;", "&#233;") that a text copied or exported from a
web page keeps are decoded with the standard library's table (html.unescape), with a warning, before
any fact is read, so every offset counts in the decoded text; not in a text that holds markup (an
end tag, a comment, a declaration), where a reference is part of what the file shows as written.
A web page saved as text or HTML (it opens with a page's element or breaks its lines with block tags)
is read as a browser shows it instead (`civicgraph.text.webpage`), with a warning. (Markdown is read as
written: the reader's view blanks its marks, `civicgraph.text.markdown`.)
"""

from __future__ import annotations

import codecs
import html
import logging
import os
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from civicgraph.facts import SourceDocument
from civicgraph.text import webpage
from civicgraph.text.normalise import normalise_text

TEXT_SUFFIXES = {".txt", ".md", ".text", ".html", ".htm"}  # (a web page: `shown_text`)
TABLE_SUFFIXES = {".csv"}  # open-data tables (SCDL Délibérations: civicgraph.scdl), decoded as text
SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | {".pdf"}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE starts like UTF-16 LE
# A character reference with its semicolon: without it html.unescape also reads the legacy names
# that prefix French words ("&notre" would be "¬re").
REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
MARKUP = re.compile(r"</[A-Za-z][\w:.-]*\s*>|<!--|<!DOCTYPE|<\?xml|<[A-Za-z][\w:.-]*[^<>]*/>", re.IGNORECASE)
CONTROL_SHARE = 0.01  # more control characters than this (besides tab, line ends, form feed): not text
# The largest text one document may hold: 4 MB is about 1,200 printed pages, more than any council's
# minutes. A text file over it joins many acts (a recueil des actes administratifs, a dump): the build
# cuts it at the headings of its acts (civicgraph.recueils) and reads each part as a document; here,
# read whole, it is refused. Tables (.csv) are not bound. The build's --max-text-mb changes it.
MAX_TEXT_BYTES = 4_000_000


class UnreadableDocument(Exception):
    """A file that cannot be turned into text; `reason` says why and `action` what to do."""

    def __init__(self, path: Path, reason: str, action: str = ""):
        super().__init__(f"{path}: {reason}" + (f"; {action}" if action else ""))
        self.path = path
        self.reason = reason
        self.action = action

    def __reduce__(self):  # crosses from a reading worker process back to the build
        return type(self), (self.path, self.reason, self.action)


@dataclass
class Read:
    """A document as read and what the reader noticed on the way (an encoding guessed, PDF repairs)."""

    document: SourceDocument
    warnings: list[str] = field(default_factory=list)


def read_document(path: Path) -> SourceDocument:
    """The document at `path` as text. Raises UnreadableDocument (never anything else for bad content)."""
    return read(path).document


def read(path: Path, max_text_bytes: int = MAX_TEXT_BYTES) -> Read:
    """Like read_document, with the warnings of reading; a text (a text file's bytes, a PDF's text
    in UTF-8) larger than `max_text_bytes` is UnreadableDocument."""
    path = Path(path)
    suffix = path.suffix.lower()
    if any("\udc80" <= c <= "\udcff" for c in str(path)):  # the bytes os.fsdecode could not decode (PEP 383)
        raise UnreadableDocument(path, "its name is not UTF-8 (bytes of another encoding)", "rename the file")
    try:
        status = path.stat()
        _check_regular(path, status.st_mode)
        if suffix in TEXT_SUFFIXES:  # refused before it is read: memory stays bounded
            _check_size(path, status.st_size, max_text_bytes)
        raw = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(path, f"cannot be opened ({error.strerror})", "check the file, its permissions and the links leading to it") from error
    warnings: list[str] = []
    confidences: list[float] = []
    if suffix in TEXT_SUFFIXES | TABLE_SUFFIXES:
        text = decode(path, raw, warnings)
    elif suffix == ".pdf":
        text = pdf_text(path, raw, warnings, confidences, max_text_bytes)
    else:
        raise UnreadableDocument(path, f"unsupported file type {suffix or '(none)'}", f"give one of {', '.join(sorted(SUFFIXES))}")
    document = SourceDocument.from_text(path, text, raw)
    if confidences:  # the least sure page speaks for the text
        document = replace(document, ocr_confidence=min(confidences))
    return Read(document, warnings)


def _check_regular(path: Path, mode: int) -> None:
    """A folder (one that could not be listed) or a pipe, socket or device is no document: reading
    a pipe would wait for ever."""
    if stat.S_ISDIR(mode):
        raise UnreadableDocument(path, "a folder whose content cannot be listed", "check the folder's permissions")
    if not stat.S_ISREG(mode):
        raise UnreadableDocument(path, "not a regular file (a pipe, a socket or a device)", "give the document as a file")


def _check_size(path: Path, size: int, limit: int, what: str = "") -> None:
    if size > limit:
        raise UnreadableDocument(path, f"too large for one document ({size / 1e6:.1f} MB{' ' + what if what else ''}; at most {limit / 1e6:g} MB)",
                                 "if it joins several documents, split it into one file per document; else raise --max-text-mb")


def decode(path: Path, raw: bytes, warnings: list[str]) -> str:
    """Bytes → normalised text by the chain above; appends to `warnings` when the encoding was guessed."""
    bom, encoding = next(((bom, name) for bom, name in BOMS if raw.startswith(bom)), (b"", None))
    if encoding:
        try:
            text = raw[len(bom):].decode(encoding)
        except UnicodeDecodeError as error:
            raise UnreadableDocument(path, f"starts with a {encoding} byte-order mark but is not {encoding} (byte {error.start})", "convert it to UTF-8") from error
        if encoding != "utf-8":
            warnings.append(f"decoded as {encoding.upper()} (byte-order mark)")
    elif encoding := _utf16_by_nuls(raw):
        text = raw.decode(encoding)
        warnings.append(f"decoded as {encoding.upper()} (no byte-order mark: told by its NUL bytes)")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _cp1252(raw)
            warnings.append("not UTF-8: decoded as Windows-1252 (check the accents; convert the file to UTF-8 to be sure)")
    if _binary(text) or (encoding != "utf-8" and not _latin_script(text)):
        raise UnreadableDocument(path, "not text (binary content, or an encoding that cannot be told)",
                                 "give the document as UTF-8 text (.txt, .md) or PDF")
    return normalise_text(shown_text(text, warnings))


def shown_text(text: str, warnings: list[str]) -> str:
    """The text a reader sees: a web page's as a browser shows it (`civicgraph.text.webpage`), with
    a warning; any other text with its character references decoded (`unescape_references`)."""
    if webpage.is_page(text):
        warnings.append("a web page: its markup removed, its text read as a browser shows it")
        return webpage.page_text(text)
    return unescape_references(text, warnings)


def unescape_references(text: str, warnings: list[str]) -> str:
    """`text` with its HTML character references decoded by html.unescape ("d&eacute;lib&eacute;r&eacute;e"
    → "délibérée"), one pass ("&amp;eacute;" → "&eacute;"), and a warning; unchanged when it holds
    markup (see the module docstring) or no reference."""
    if not REFERENCE.search(text) or MARKUP.search(text):
        return text
    decoded: list[str] = []

    def one(match: re.Match) -> str:
        character = html.unescape(match.group())
        if character != match.group():
            decoded.append(match.group())
        return character

    text = REFERENCE.sub(one, text)
    if decoded:
        warnings.append(f"{len(decoded)} HTML character references decoded (e.g. {', '.join(sorted(set(decoded))[:3])})")
    return text


def _utf16_by_nuls(raw: bytes, sample: int = 4096) -> str | None:
    """The UTF-16 byte order of a file without a byte-order mark, or None: in its first `sample`
    bytes at least half of the pairs have a NUL on one side (the high byte of a Latin character)
    and none on the other, and the whole decodes strictly. What it decodes is still checked as
    text (no control characters, Latin letters) like any other encoding's."""
    head = raw[:sample]
    if len(raw) % 2 or b"\x00" not in head:
        return None
    first, second, pairs = head[0::2].count(0), head[1::2].count(0), len(head) // 2
    for encoding, high, low in (("utf-16-le", second, first), ("utf-16-be", first, second)):
        if high * 2 >= pairs and low == 0:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _cp1252(raw: bytes) -> str:
    """cp1252, where its five unassigned bytes read as Latin-1 (they are controls, flagged as binary)."""
    return raw.decode("cp1252", errors="latin-1-fallback")


def _latin1_fallback(error: UnicodeDecodeError):
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin-1-fallback", _latin1_fallback)


def _binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0)
    return controls > CONTROL_SHARE * max(len(text), 1)


def _latin_script(text: str) -> bool:
    """Whether most letters are Latin: what a French text decoded with the right encoding gives
    (a wrong guess gives CJK from UTF-16, or letters from other scripts)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00)
    return latin >= 0.9 * len(letters)


def pdf_text(path: Path, raw: bytes, warnings: list[str], ocr_confidence: list[float] | None = None,
             max_text_bytes: int = MAX_TEXT_BYTES) -> str:
    """The text of a PDF, pages separated by a blank line: each page's text layer, or, for a page
    without one (a scan), the OCR of its images (civicgraph.ocr); each page OCR read is a warning
    with Tesseract's confidence, appended (0–1) to `ocr_confidence` when given. pypdf's own
    warnings (repairs of broken files) are collected into `warnings` instead of going to the
    terminal; any error pypdf raises on a malformed file (its own, or TypeError, AssertionError…
    from inside) is UnreadableDocument, and so is a scan when Tesseract is not installed, and a text
    over `max_text_bytes` (UTF-8)."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    with _collected(logging.getLogger("pypdf"), warnings):
        try:
            pages = list(PdfReader(io.BytesIO(raw)).pages)
            layers = [page.extract_text() or "" for page in pages]
            texts = [layer if layer.strip() else _ocr_page(path, number, page, warnings, ocr_confidence)
                     for number, (page, layer) in enumerate(zip(pages, layers), start=1)]
        except UnreadableDocument:
            raise
        except FileNotDecryptedError as error:  # pypdf tried the empty password, which opens a PDF locked only against editing
            raise UnreadableDocument(path, "PDF is protected by a password", "give a copy without the password, or its text") from error
        except Exception as error:  # noqa: BLE001 — pypdf raises many classes on malformed files
            detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
            raise UnreadableDocument(path, f"not a readable PDF ({type(error).__name__}{': ' + detail if detail else ''})",
                                     "open it in a PDF viewer and export it again, or give its text") from error
    text = normalise_text("\n\n".join(texts))
    _check_size(path, len(text.encode("utf-8")), max_text_bytes, "of text")
    if not text.strip():
        raise UnreadableDocument(path, "PDF has no text layer (a scan?) and OCR found no text in it",
                                 "check that the file holds the document; else give its text")
    return text


def _ocr_page(path: Path, number: int, page, warnings: list[str], confidences: list[float] | None) -> str:
    """The text OCR reads in the images of one page without a text layer ("" when it has none)."""
    from civicgraph.ocr import OcrUnavailable, recognise

    images = [image.data for image in page.images]
    if not images:
        return ""
    try:
        found = [recognise(data) for data in images]
    except OcrUnavailable as error:
        raise UnreadableDocument(path, f"PDF has no text layer (a scan?) and OCR is not available: {error}",
                                 "install Tesseract and its French model, or give the document's text") from error
    scores = [f.confidence for f in found if f.confidence is not None]
    if scores:
        confidence = round(sum(scores) / len(scores), 2)
        if confidences is not None:
            confidences.append(confidence)
        warnings.append(f"page {number} has no text layer: read by OCR (Tesseract, French), confidence {confidence:.0%}")
    return "\n\n".join(f.text for f in found)


class _collected:
    """Within the block, the records of `logger` go to a list, not to the terminal."""

    def __init__(self, logger: logging.Logger, into: list[str]):
        self.logger, self.into = logger, into
        self.handler = logging.Handler()
        self.handler.emit = lambda record: into.append(f"PDF: {record.getMessage()}") if f"PDF: {record.getMessage()}" not in into else None

    def __enter__(self):
        self.propagate = self.logger.propagate
        self.logger.propagate = False
        self.logger.addHandler(self.handler)

    def __exit__(self, *_):
        self.logger.removeHandler(self.handler)
        self.logger.propagate = self.propagate


@dataclass
class Collected:
    """The files a command line names: those to read, and those found in folders but not of a type we read."""

    documents: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)


def collect_all(paths: list[Path]) -> Collected:
    """Files as given (whatever their type: reading says if it is unsupported), folders searched,
    in a stable order; each file once, by its resolved path. Hidden files in folders are skipped.
    What a folder holds that is no regular file (a broken link, a loop of links, a pipe) and a
    folder that cannot be listed are documents too, so that reading reports each with its reason;
    links to folders are followed, each folder searched once."""
    found = Collected()
    seen: set[Path] = set()
    for path in map(Path, paths):
        for file in _entries(path) if path.is_dir() else [path]:
            resolved = _resolved(file)
            if resolved in seen:
                continue
            seen.add(resolved)
            if path.is_dir() and file.suffix.lower() not in SUFFIXES and not file.is_dir():
                found.ignored.append(resolved)
            else:
                found.documents.append(resolved)
    return found


def _entries(root: Path) -> list[Path]:
    """The entries under `root` that are not folders, and the folders that cannot be listed, sorted."""
    found: list[Path] = []
    searched: set[str] = set()
    for folder, folders, names in os.walk(root, onerror=lambda error: found.append(Path(error.filename)), followlinks=True):
        real = os.path.realpath(folder)
        if real in searched:  # a link back to a folder searched already: a loop, or a second way in
            folders[:] = []
            continue
        searched.add(real)
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [Path(folder, name) for name in names if not name.startswith(".")]
    return sorted(found)


def _resolved(path: Path) -> Path:
    """`path` with its links followed; a link that leads nowhere or in a loop stays itself."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path.absolute()


def collect(paths: list[Path]) -> list[Path]:
    """The documents named (see collect_all), without the ignored files."""
    return collect_all(paths).documents
