"""A web page saved as a text file (a collectivité's minutes copied from its site with the page's
markup): its text as a browser shows it, read by the standard library's HTML parser (html.parser)
— tags dropped, a line break for each block or "<br>", character references decoded, scripts and
styles left out — so that the genre's cues meet words, not markup.

Only a page is read so: a text that opens with a page's own element ("<!DOCTYPE", "<html", "<head",
"<title"…) or breaks its lines with at least `PAGE_BREAKS` block tags ("<br>", "</p>"…). A text that merely holds some
markup ("Adhésion <b>X</b>") is a text that writes it, and keeps it (`documents.unescape_references`).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

PAGE_START = re.compile(r"\A\s*<(?:!doctype|html|head|title|body|meta)\b", re.IGNORECASE)
BREAK = re.compile(r"<(?:br\s*/?|/p|/div|/tr|/li|/h[1-6])\s*>", re.IGNORECASE)
PAGE_BREAKS = 3
BLOCKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table", "ul", "ol", "section", "article", "header", "footer"}
HIDDEN = {"script", "style"}


def is_page(text: str) -> bool:
    """Whether `text` is a web page's source rather than a text that writes some markup."""
    return bool(PAGE_START.match(text)) or len(BREAK.findall(text, 0, 200_000)) >= PAGE_BREAKS


def page_text(text: str) -> str:
    """The text a browser shows of the page `text`: one line per block, a source's line ends as
    spaces (as a browser shows them), runs of spaces inside a line kept, at most one blank line in a row."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    shown = "".join(reader.parts)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", shown).strip("\n") + "\n"


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # inside a script or a style

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in HIDDEN
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        self.hidden = max(0, self.hidden - (tag in HIDDEN))
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.hidden:
            return
        data = re.sub(r"[ \t]*\n[ \t]*", " ", data)
        self.parts.append(data.lstrip() if not self.parts or self.parts[-1].endswith("\n") else data)
