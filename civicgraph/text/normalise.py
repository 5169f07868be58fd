"""The text of a document as every later stage reads it: one Unicode form, one line-end convention,
no invisible characters. Offsets of every fact are counted in this text.

What it does (and why):
- Unicode NFC: a decomposed "é" (e + U+0301, common in PDF text layers and macOS files) becomes one
  character, so cue phrases and names match whatever tool wrote the file.
- CR LF and lone CR become LF; a leading byte-order mark is dropped.
- No-break spaces (U+00A0, U+202F narrow, U+2007 figure) become plain spaces: French typography puts
  them before ":" and inside amounts ("1 250 €"), and rules treat every space alike.
- Soft hyphens (U+00AD) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed:
  they are invisible and split words.
- A table drawn with box-drawing characters (U+2500–U+257F: "│ Mandant │", "├───┼───┤") is drawn
  with ASCII bars instead: "|" for each stroke with a vertical part, "-" for the others, so it is read
  as the bar tables it is (`civicgraph.genre.table`).
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " "})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACE_PROBE = re.compile("[\u00a0\u202f\u2007\u2009\u200a]")
_BOX_PROBE = re.compile("[\u2500-\u257f]")
_BOX = {c: "|" if any(w in unicodedata.name(chr(c)) for w in ("VERTICAL", "DOWN", "UP")) else "-" for c in range(0x2500, 0x2580)}


def normalise_text(text: str) -> str:
    """`text` in NFC with LF line ends, plain spaces and no invisible characters. Idempotent."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for probe, table in ((_SPACE_PROBE, _SPACES), (_BOX_PROBE, _BOX)):
        if probe.search(text):  # (str.translate costs a dictionary lookup a character: most texts need neither)
            text = text.translate(table)
    text = _INVISIBLE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
