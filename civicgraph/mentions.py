"""A hub's long lists cut short on its page, and given whole on pages of their own.

An entity named by many documents (the association most collectivités join, a métropole) has
lists that grow with the corpus: its backlinks by relation, its neighbours, the tables of its
class (members by year, mandates…). At 603 synthetic documents such a page weighed 679 kB (about
10 MB at 10,000). Its page keeps `SHOWN` entries of each list (the latest, for a list with dates)
and the list's length, and links to the whole list cut into pages (`civicgraph.pager`):
`listes/{kind}/{key}/{name}.html`, `{name}-2.html`… Those live under a folder of no IRI family, so
they are never taken for entities (no RDF descriptions, type maps or entity IRIs in the sitemap).
The same folder holds the pages of the entity's whole RDF description when its own keeps only
some values (`description.nt`…, civicgraph.describe).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence, TypeVar

from civicgraph.pager import Pager, paginate

T = TypeVar("T")
SHOWN = 50  # entries of one list on an entity's page: with about 20 lists, a page stays under 200 kB
PAGE_ROWS = 500  # entries of a page of a whole list, as the class indexes
FOLDER = "listes/"


@dataclass(frozen=True)
class Cut:
    """A list cut short on an entity's page: its whole length, the link to its first whole page
    (relative to the entity's page), and whether the entries kept are the latest (else the first)."""

    total: int
    href: str
    latest: bool


@dataclass
class ListPage:
    """The context of `mentions.html`: one page of a whole list of an entity's page.

    title: the list's name; entity: a Link to the entity's page; root: the relative path to the
    site's root; columns: the table's headings; rows: cells (a Link, text, or a list of Links);
    order: how the rows are sorted, in words; pager: the page's place among the list's pages."""

    title: str
    entity: object
    root: str
    columns: list[str]
    rows: list[list]
    order: str
    pager: Pager


def folder(entity_page: str) -> str:
    """Where an entity's whole lists go: `organisation/x.html` → `listes/organisation/x/`."""
    return FOLDER + entity_page.removesuffix(".html") + "/"


def name(*words: str) -> str:
    """A list's file stem from words (a relation's and a kind's name): lower case, ASCII letters,
    digits and hyphens."""
    ascii_only = unicodedata.normalize("NFKD", "-".join(words)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-") or "liste"


def shorten(rows: Sequence[T], latest: bool, shown: int = SHOWN) -> list[T]:
    """The entries an entity's page keeps: the last `shown` of a list in order of date (`latest`),
    else the first."""
    return list(rows[-shown:] if latest else rows[:shown]) if len(rows) > shown else list(rows)


def pages(entity_page: str, stem: str, rows: Sequence[T], size: int = PAGE_ROWS) -> list[tuple[str, list[T], Pager]]:
    """(path in the site, rows, pager) of each page of a whole list."""
    return [(folder(entity_page) + file, chunk, pager) for file, chunk, pager in paginate(rows, size, stem)]
