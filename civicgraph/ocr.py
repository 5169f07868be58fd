"""Text from the images of a scanned page: Tesseract's French model (Debian packages `tesseract-ocr`
and `tesseract-ocr-fra`), called through pytesseract, the result cached by the image's bytes.

Why Tesseract through pytesseract rather than OCRmyPDF: we need the text, not a new PDF, and the
images are already out of the PDF (pypdf gives each page's images), so OCRmyPDF's Ghostscript and
rendering pipeline would add a system dependency for nothing.

The cache: `$CIVICGRAPH_CACHE/ocr/` (default `$XDG_CACHE_HOME/civicgraph`, else `~/.cache/civicgraph`),
one JSON file per image, named by the SHA-256 of the image's bytes and keyed by Tesseract's version
and the language, so a rebuild reads a scan once and a new Tesseract reads it again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGE = "fra"
PAGE_SEGMENTATION = "--psm 6"  # one block of text per image: a scanned page of a deliberation
UPSCALE_BELOW = 1500  # pixels of width: smaller scans are enlarged (Tesseract reads ~300 dpi text best)


class OcrUnavailable(Exception):
    """Tesseract or its French model is not installed; the message says what to install."""


@dataclass(frozen=True)
class Recognised:
    """The text OCR found in one image and Tesseract's mean word confidence (0–1; None: no word)."""

    text: str
    confidence: float | None


def check_available() -> str:
    """Tesseract's version, when it and its French model are installed; else OcrUnavailable."""
    return _version_and_languages()


@cache
def _version_and_languages() -> str:
    import pytesseract

    try:
        version = str(pytesseract.get_tesseract_version())
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError) as error:
        raise OcrUnavailable("Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)") from error
    if LANGUAGE not in languages:
        raise OcrUnavailable(f"Tesseract has no French model (apt-get install tesseract-ocr-{LANGUAGE})")
    return version


def recognise(image_bytes: bytes) -> Recognised:
    """OCR one image (any format Pillow opens). Raises OcrUnavailable; Pillow's errors on an
    undecodable image pass through (the caller reports the file)."""
    version = check_available()
    entry = cache_folder() / f"{hashlib.sha256(image_bytes).hexdigest()}.json"
    key = {"tesseract": version, "language": LANGUAGE, "config": PAGE_SEGMENTATION}
    try:
        stored = json.loads(entry.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return Recognised(stored["text"], stored["confidence"])
    except (OSError, ValueError, KeyError, AttributeError):
        pass  # no entry, or a damaged one: read the image again
    found = _tesseract(image_bytes)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"key": key, "text": found.text, "confidence": found.confidence}), encoding="utf-8")
        temporary.replace(entry)
    except OSError:
        pass  # a read-only cache only costs time
    return found


def _tesseract(image_bytes: bytes) -> Recognised:
    import pytesseract
    from PIL import Image

    with Image.open(io.BytesIO(image_bytes)) as opened:
        image = opened.convert("L")
    if image.width < UPSCALE_BELOW:
        factor = UPSCALE_BELOW / image.width
        image = image.resize((UPSCALE_BELOW, round(image.height * factor)), Image.Resampling.LANCZOS)
    data = pytesseract.image_to_data(image, lang=LANGUAGE, config=PAGE_SEGMENTATION, output_type=pytesseract.Output.DICT)
    return Recognised(_lines(data), _confidence(data))


def _lines(data: dict) -> str:
    """The words of Tesseract's table, a line of the page a line of text, blocks apart by a blank line."""
    lines: dict[tuple, list[str]] = {}
    for block, paragraph, line, word in zip(data["block_num"], data["par_num"], data["line_num"], data["text"]):
        if word.strip():
            lines.setdefault((block, paragraph, line), []).append(word.strip())
    out, previous = [], None
    for (block, _, _), words in lines.items():
        if previous is not None and previous != block:
            out.append("")
        out.append(" ".join(words))
        previous = block
    return "\n".join(out)


def _confidence(data: dict) -> float | None:
    scores = [float(c) for c, word in zip(data["conf"], data["text"]) if word.strip() and float(c) >= 0]
    return round(sum(scores) / len(scores) / 100, 2) if scores else None


def cache_folder() -> Path:
    root = os.environ.get("CIVICGRAPH_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "civicgraph"
    return Path(root) / "ocr"
