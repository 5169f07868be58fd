"""The site's pages of the ACTES nomenclature: `nomenclature/actes/index.html` (where the concept
scheme's IRI points under the site's address), each matière of levels 1 and 2 with the
deliberations filed under it (`cg:matiere`), gathered by one query (`site-matieres`); and one page
per matière at the path its IRI maps to (`…/nomenclature/actes/7.10` → `nomenclature/actes/7.10.html`,
with its `.ttl`, `.jsonld` and `.nt` descriptions beside it, see `describe.concepts`).

The deliberations filed under a matière grow with the corpus: the nomenclature's page keeps `shown`
of each matière's (the first in French order) and its count, and links to the matière's page; a
matière's page keeps as many and links to the whole list cut into pages of its own (the site's
`listes/nomenclature/actes/{code}/deliberations.html`…, civicgraph.mentions)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from civicgraph.matieres import SCHEME
from civicgraph.mentions import SHOWN

FOLDER = "nomenclature/actes/"
PATH = FOLDER + "index.html"


@dataclass
class Matiere:
    notation: str  # "7.10"
    label: str  # "Divers"
    anchor: str  # the element id on the page: "matiere-7-10"
    deliberations: list = field(default_factory=list)  # Links, in the order of their labels
    subjects: list["Matiere"] = field(default_factory=list)  # a level 1's level-2 matières
    iri: str = ""  # the concept's IRI
    labels: dict[str, str] = field(default_factory=dict)  # language → skos:prefLabel
    more: object = None  # on its page: the whole list's mentions.Cut when `deliberations` holds only the first


@dataclass
class MatieresPage:
    """The context of matieres.html: the level-1 matières, each with its level-2 ones."""

    title: str
    root: str
    scheme: str  # the concept scheme's IRI (not `iri`: base.html gives a page with an `iri` an entity's head)
    themes: list[Matiere]
    filed: int  # deliberations filed under a matière
    shown: int = SHOWN  # the deliberations of a matière listed here (all of them on its page)


@dataclass
class MatierePage:
    """The context of matiere.html, one matière's page: `iri` the concept's (base.html then links its
    descriptions), `kind` "matiere", `matiere` with its deliberations and level-2 matières, `broader`
    its level 1 (None for a level 1), `url` the page's own URL (under the site's address)."""

    title: str
    root: str
    iri: str
    kind: str
    matiere: Matiere
    broader: Matiere | None
    url: str


def anchor(notation: str) -> str:
    return "matiere-" + notation.replace(".", "-")


def path(concept: str) -> str:
    """The page of a concept of the scheme, relative to the site (`…/actes/7.10` → `nomenclature/actes/7.10.html`)."""
    return f"{FOLDER}{concept.rsplit('/', 1)[-1]}.html"


def href(concept: str, root: str) -> str:
    return root + path(concept)


def concept_pages(themes: list[Matiere], site: str, root: str = "../../") -> list[MatierePage]:
    """A page context for every matière of the nomenclature page's `themes` (levels 1 and 2), the
    site's pages under the URL `site`."""
    pages = []
    for theme in themes:
        for matiere, broader in ((theme, None), *((subject, theme) for subject in theme.subjects)):
            pages.append(MatierePage(f"{matiere.notation} {matiere.label}", root, matiere.iri, "matiere", matiere, broader,
                                     site + path(matiere.iri)))
    return pages


def page(select, link, root: str = "../../", shown: int = SHOWN) -> MatieresPage:
    """The page's context from `select(query name) -> rows` and `link(iri, root) -> Link`."""
    found: dict[str, Matiere] = {}
    broader: dict[str, str] = {}
    deliberations: dict[str, set] = defaultdict(set)
    for row in select("site-matieres"):
        concept = row["concept"].value
        notation = row["notation"].value
        found.setdefault(concept, Matiere(notation, row["label"].value, anchor(notation), iri=concept))
        if row["label_en"] is not None:
            found[concept].labels = {"fr": row["label"].value, "en": row["label_en"].value}
        if row["broader"] is not None:
            broader[concept] = row["broader"].value
        if row["deliberation"] is not None:
            deliberations[concept].add(row["deliberation"].value)
    for concept, iris in deliberations.items():
        found[concept].deliberations = sorted((link(iri, root) for iri in iris), key=lambda l: (l.label, l.href))
    for concept, parent in broader.items():
        found[parent].subjects.append(found[concept])
    themes = sorted((m for c, m in found.items() if c not in broader), key=_order)
    for theme in themes:
        theme.subjects.sort(key=_order)
    filed = len(set().union(*deliberations.values())) if deliberations else 0
    return MatieresPage("Nomenclature ACTES des matières", root, SCHEME, themes, filed, shown)


def _order(matiere: Matiere) -> tuple[int, ...]:
    return tuple(int(part) for part in matiere.notation.split("."))
