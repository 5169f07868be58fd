"""A text too big for one document, cut into the acts it joins, streamed.

What a user brings as a text of tens of MB is, in this field, a recueil des actes administratifs
(RAA), a year's register or a dump of minutes: many acts, each with its own heading ("EXTRAIT DU
REGISTRE DES DÉLIBÉRATIONS…", "ARRÊTÉ N° …", "Séance du …"). A text file larger than the bound of one
document (documents.MAX_TEXT_BYTES, --max-text-mb) is read here in chunks of bytes, decoded and
normalised a line at a time (as documents.decode does for a whole file: the same encodings, the same
normal form, so that offsets count the same characters), and cut before each line that heads an act,
by the cues of `ingest/genre/<lang>/recueils.yaml`; the lines above a heading that belong to it (who
issues it, the Republic's motto, an ACTES identifier) go with it. Each part is then read as a
document of its own, and knows where it stands in the file: its number, and the offsets of its first
and last characters in the file's text as read. Memory holds the current part, never the whole text.

What is not cut is not guessed at: a part still larger than the bound (no act heading inside, a
single act of tens of MB does not exist) is refused with its reason, file, part and offsets, and the
other parts are read; a text with no heading at all is refused as before. Parts holding only white
space are dropped (no fact can come from them)."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterator

from civicgraph.documents import BOMS, TEXT_SUFFIXES, UnreadableDocument, _binary, _latin_script, _utf16_by_nuls, normalise_text, shown_text
from civicgraph.facts import SourceDocument
from civicgraph.genre.cues import alternatives, cues, pattern
from civicgraph.text.spans import fold

CHUNK = 1 << 20  # bytes read at once
HEAD = 1 << 16  # bytes that decide the encoding and whether the file is text at all
LONGEST_HEADING = 240  # a longer line is prose: no cue is tried on it
CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Part:
    """One part of a big text: `number` from 1 in the file's order, [start, end) its characters in
    the file's text as read, `text` its text (None when it is larger than the bound: not kept)."""

    number: int
    start: int
    end: int
    size: int  # bytes, as UTF-8
    text: str | None


@dataclass
class Split:
    """What cutting a file gave: its parts in order, and the warnings of decoding it."""

    parts: list[Part] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Cues:
    headings: tuple[tuple[str, re.Pattern, bool], ...]  # (name, cue, weak)
    any_heading: re.Pattern
    closing: re.Pattern
    preamble: re.Pattern
    header_lines: int
    preamble_lines: int

    def heading(self, folded_line: str) -> tuple[str, str, bool] | None:
        """(cue name, key, weak) of the heading `folded_line` is, or None."""
        if len(folded_line) > LONGEST_HEADING or not self.any_heading.search(folded_line):
            return None
        for name, compiled, weak in self.headings:
            found = compiled.search(folded_line)
            if found:
                key = found.groupdict().get("key")
                return name, " ".join(key.split()) if key else "", weak
        return None


@cache
def load_cues() -> Cues:
    data = cues("recueils")
    headings = tuple((entry["name"], pattern(entry["cue"]), bool(entry.get("weak"))) for entry in data["headings"])
    return Cues(headings, alternatives([_unnamed(entry["cue"]) for entry in data["headings"]]),
                alternatives([entry["cue"] for entry in data["closings"]]),
                alternatives([entry["cue"] for entry in data["preamble"]]), int(data["header_lines"]), int(data["preamble_lines"]))


def _unnamed(cue: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", cue)  # joined, the cues may not repeat a group's name


def too_big(path: Path, max_text_bytes: int) -> bool:
    """Whether `path` is a text file (documents.TEXT_SUFFIXES) over the bound of one document: cut
    here. Anything else is read whole (and refused there, with its reason, when it must be)."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return Path(path).suffix.lower() in TEXT_SUFFIXES and stat.S_ISREG(status.st_mode) and status.st_size > max_text_bytes


def split(path: Path, max_text_bytes: int, advance: Callable[[int], None] = lambda _: None) -> Split:
    """The parts of the text file at `path` (see the module's docstring), all of them: `cut` gives
    them one at a time."""
    cutting = Cutting(Path(path), max_text_bytes, advance)
    return Split(list(cutting), cutting.warnings)


class Cutting:
    """The parts of the text file at `path`, yielded in order as the file is read (memory holds one
    part); `advance(n)` is called with the bytes read as they are read; `warnings` are those of
    decoding it. The encoding is decided before the first part: a byte-order mark, else UTF-16's NUL
    bytes, else UTF-8 if the whole file decodes so (a first pass over the bytes, in C), else
    Windows-1252, as documents.decode decides for a whole file. Raises UnreadableDocument when the
    file cannot be opened or is not text."""

    def __init__(self, path: Path, max_text_bytes: int, advance: Callable[[int], None] = lambda _: None):
        self.path, self.limit, self.advance = path, max_text_bytes, advance
        self.warnings: list[str] = []
        try:
            self.encoding, self.skip = self._encoding()
        except OSError as error:
            raise UnreadableDocument(path, f"cannot be opened ({error.strerror})", "check the file, its permissions and the links leading to it") from error

    def _encoding(self) -> tuple[str, int]:
        with open(self.path, "rb") as stream:
            head = stream.read(HEAD)
            bom, encoding = next(((bom, name) for bom, name in BOMS if head.startswith(bom)), (b"", None))
            if encoding:
                if encoding != "utf-8":
                    self.warnings.append(f"decoded as {encoding.upper()} (byte-order mark)")
                return encoding, len(bom)
            if encoding := _utf16_by_nuls(head[: len(head) // 2 * 2]):
                self.warnings.append(f"decoded as {encoding.upper()} (no byte-order mark: told by its NUL bytes)")
                return encoding, 0
            decoder = codecs.getincrementaldecoder("utf-8")()
            stream.seek(0)
            try:
                while chunk := stream.read(CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                self.warnings.append("not UTF-8: decoded as Windows-1252 (check the accents; convert the file to UTF-8 to be sure)")
                return "cp1252", 0
        return "utf-8", 0

    def __iter__(self) -> Iterator[Part]:
        cutter = _Cutter(load_cues(), self.limit)
        first = True
        try:
            for piece in _pieces(self.path, self.encoding, self.skip, self.advance):
                if first:
                    first = False
                    if _binary(piece[:HEAD]) or (self.encoding != "utf-8" and not _latin_script(piece[:HEAD])):
                        raise UnreadableDocument(self.path, "not text (binary content, or an encoding that cannot be told)",
                                                 "give the document as UTF-8 text (.txt, .md) or PDF")
                cutter.feed(piece)
                yield from cutter.taken()
        except UnicodeDecodeError as error:  # a UTF-16 file told by its start, broken further on
            raise UnreadableDocument(self.path, f"not {self.encoding} as its start says", "convert it to UTF-8") from error
        except OSError as error:
            raise UnreadableDocument(self.path, f"cannot be read ({error.strerror})", "check the file") from error
        cutter.close()
        yield from cutter.taken()


def _pieces(path: Path, encoding: str, skip: int, advance) -> Iterator[str]:
    """The file's text, normalised, in pieces that end at a line end (or, for a line longer than a
    few chunks, where the next character starts a new one: normalisation is local to a character
    and the marks that follow it)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="latin-1-fallback" if encoding == "cp1252" else "strict")
    carry = ""
    with open(path, "rb") as stream:
        stream.seek(skip)
        advance(skip)
        while chunk := stream.read(CHUNK):
            advance(len(chunk))
            text = carry + decoder.decode(chunk)
            cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
            if cut and text[cut - 1] == "\r" and text[cut] == "\n":  # (never between CR and LF)
                cut += 1
            if not cut and len(text) > 4 * CHUNK:
                cut = len(text) - 1
                while cut > 0 and (unicodedata.combining(text[cut]) or text[cut - 1] == "\r"):
                    cut -= 1
            if cut:
                yield normalise_text(text[:cut])
                text = text[cut:]
            carry = text
        carry += decoder.decode(b"", final=True)
    if carry:
        yield normalise_text(carry)


class _Cutter:
    """Lines in, parts out (`taken`), holding the current part's lines only."""

    def __init__(self, cues: Cues, max_text_bytes: int):
        self.cues, self.limit = cues, max_text_bytes
        self.parts: list[Part] = []  # made, not yet taken
        self.number = 0
        self.offset = 0  # characters of the file's text before the current part
        self.lines: list[str] = []  # the current part's lines (its last ones only once it is over the bound)
        self.folded: list[str] = []
        self.chars = self.bytes = 0
        self.dropped = 0  # characters of the current part no longer held (over the bound)
        self.line = 0
        self.last_heading = -(10**9)
        self.keys: dict[str, str] = {}
        self.seen: set[str] = set()  # the current part's heading lines: one printed again is a running title
        self.closed = False  # whether the current part holds a line that ends an act (a weak heading cuts only then)
        self.headed = False  # whether the current part holds a heading: the lines before a file's first heading go with it

    def taken(self) -> list[Part]:
        parts, self.parts = self.parts, []
        return parts

    def feed(self, piece: str) -> None:
        folded = fold(piece)
        position = 0
        while position < len(piece):
            end = piece.find("\n", position)
            end = len(piece) if end < 0 else end + 1
            self.take(piece[position:end], folded[position:end])
            position = end

    def take(self, line: str, folded: str) -> None:
        heading = self.cues.heading(folded)
        if heading:
            name, key, weak = heading
            again = " ".join(folded.split())
            # Once the part has closed, any heading opens the next one; before, a strong heading does
            # unless it repeats one of the part's own (a running title: the same line, the same séance).
            cuts = self.headed and self.line - self.last_heading > self.cues.header_lines and (
                self.closed or not (weak or again in self.seen or (key and self.keys.get(name) == key)))
            self.last_heading = self.line
            if cuts:
                self.cut()
            if key:
                self.keys[name] = key
            self.seen.add(again)
            self.headed = True
        elif self.headed and not self.closed and len(folded) <= LONGEST_HEADING and self.cues.closing.search(folded):
            self.closed = True
        self.lines.append(line)
        self.folded.append(folded)
        self.chars += len(line)
        self.bytes += len(line) if line.isascii() else len(line.encode("utf-8"))
        self.line += 1
        if self.bytes > self.limit and len(self.lines) > 4 * self.cues.preamble_lines:  # over: keep a tail, for a preamble
            kept = 2 * self.cues.preamble_lines
            self.dropped += sum(map(len, self.lines[:-kept]))
            del self.lines[:-kept], self.folded[:-kept]

    def cut(self) -> None:
        """End the current part before its last lines that are a heading's preamble."""
        start = len(self.lines)
        seen = 0
        for index in range(len(self.lines) - 1, -1, -1):
            folded = self.folded[index]
            if not folded.strip():
                continue
            if seen >= self.cues.preamble_lines or not self.cues.preamble.search(folded):
                break
            seen += 1
            start = index
        while start > 0 and not self.folded[start - 1].strip():  # the blank lines between two acts go with the next
            start -= 1
        if start == 0 and not self.dropped:
            return  # the part so far is only a preamble: the heading goes on with it
        self.emit(self.lines[:start])
        self.lines, self.folded = self.lines[start:], self.folded[start:]
        self.chars = sum(map(len, self.lines))
        self.bytes = sum(len(line.encode("utf-8")) for line in self.lines)
        self.keys, self.seen, self.closed = {}, set(), False

    def emit(self, lines: list[str]) -> None:
        chars = self.dropped + sum(map(len, lines))
        if self.dropped or sum(len(line.encode("utf-8")) for line in lines) > self.limit:
            size = self.bytes - sum(len(line.encode("utf-8")) for line in self.lines[len(lines):])
            self.number += 1
            self.parts.append(Part(self.number, self.offset, self.offset + chars, max(size, self.limit + 1), None))
        else:
            text = "".join(lines)
            if text.strip():
                self.number += 1
                self.parts.append(Part(self.number, self.offset, self.offset + chars, len(text.encode("utf-8")), text))
        self.offset += chars
        self.dropped = 0

    def close(self) -> None:
        self.emit(self.lines)
        self.lines, self.folded = [], []


def part_document(path: Path, part: Part, warnings: list[str]) -> SourceDocument:
    """A part as a document of the corpus: its own text (a web page's markup removed, else HTML
    character references decoded, as in a whole file: `documents.shown_text`, `warnings` told), keyed by the file's name and its number. Raises
    UnreadableDocument when it is not text."""
    text = part.text
    if len(CONTROLS.findall(text)) > 0.01 * len(text) or "\x00" in text:
        raise UnreadableDocument(path, f"part {part.number} (characters {part.start}–{part.end}): not text (binary content)",
                                 "give the document as UTF-8 text (.txt, .md) or PDF")
    text = normalise_text(shown_text(text, warnings))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return SourceDocument(path, text, digest, key=f"{path.stem}-partie-{part.number}", part=part.number, within=(part.start, part.end))
