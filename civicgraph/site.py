"""The static cross-reference site: one page per resource, rendered with Jinja2 from the results
of the `site-*.rq` queries, in one global pass (labels, properties, backlinks, evidence).

Templates are chosen most specific first (`<kind>.html`, then `entity.html`), in a user's template
folder before the project's, so a page kind can be restyled without touching the others.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pyoxigraph as ox

from civicgraph import __version__
from civicgraph.paths import data_dir
from civicgraph.queries import bind, load
from civicgraph.store import Store
from civicgraph.vocab import DEFAULT_BASE, FOLDERS, ONTOLOGY

KIND_LABELS = {  # folder → the heading of its section, in the order the index lists them
    "organisation": "Organisations",
    "personne": "Personnes",
    "organe": "Organes",
    "seance": "Séances",
    "deliberation": "Délibérations",
    "decision": "Décisions prises par délégation",
    "vote": "Votes",
    "adhesion": "Adhésions",
    "programme": "Programmes",
    "etape": "Étapes de programmes",
    "mandat": "Mandats",
    "participation": "Participations",
    "pouvoir": "Pouvoirs",
    "mouvement": "Mouvements",
    "fait-financier": "Faits financiers",
    "texte-juridique": "Textes juridiques",
    "document": "Documents",
}


@dataclass(frozen=True)
class Link:
    href: str
    label: str


@dataclass
class Row:
    """One property of a page: its name, the link to its documentation when it is ours, and its
    values (links to other pages, or text)."""

    property: str
    values: list = field(default_factory=list)
    doc: str | None = None


@dataclass(frozen=True)
class Evidence:
    document: Link
    start: int
    end: int
    quote: str


@dataclass
class EntityPage:
    """The context every entity template gets.

    title: the resource's label; kind: its IRI family (e.g. "seance"); kind_label: the heading of
    that family; iri: the resource's IRI; classes: its civicgraph classes; root: the relative path
    to the site's root; properties: what it states; backlinks: the resources that link to it, by
    property; evidence: the passages it was read from."""

    title: str
    kind: str
    kind_label: str
    iri: str
    classes: list[Link]
    root: str
    properties: list[Row]
    backlinks: list[Row]
    evidence: list[Evidence]


@dataclass(frozen=True)
class Term:
    name: str
    label_fr: str
    label_en: str
    comment_fr: str
    comment_en: str
    domain: list[str]
    range: list[str]
    parents: list[str]


@dataclass
class OntologyPage:
    """The context of ontology.html: the ontology's terms by kind, in French and English."""

    title: str
    root: str
    namespace: str
    sections: list[tuple[str, list[Term]]]


@dataclass
class IndexPage:
    """The context of index.html: sections of links by kind, and the tables of the main questions."""

    title: str
    root: str
    version: str
    sections: list[tuple[str, list[Link]]]
    adhesions: list[dict]
    seances: list[dict]


class Site:
    def __init__(self, store: Store, base: str = DEFAULT_BASE, templates: Path | None = None):
        self.store, self.base = store, base
        folders = [str(templates)] if templates else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*folders, str(data_dir("site") / "templates")]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.labels: dict[str, str] = {}
        self.classes: dict[str, list[str]] = defaultdict(list)
        self.vocabulary: dict[str, str] = {}

    # -- one global pass over the graph ------------------------------------------------------
    def _select(self, name: str, **parameters) -> list[dict]:
        query = bind(load(name).text, {k: ox.Literal(v) for k, v in parameters.items()})
        names, rows = self.store.select(query)
        return [dict(zip(names, row)) for row in rows]

    def _gather(self):
        for row in self._select("site-resources"):
            iri = row["resource"].value
            self.labels.setdefault(iri, row["label"].value)
            self.classes[iri].append(row["class"].value.rsplit("#", 1)[-1])
        self.vocabulary = {r["term"].value: r["label"].value for r in self._select("vocabulary-labels", language="fr")}
        outgoing: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        incoming: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for row in self._select("site-statements"):
            subject, prop, value = row["subject"].value, row["property"].value, row["value"]
            if subject not in self.labels:
                continue
            outgoing[subject][prop].append(value)
            if isinstance(value, ox.NamedNode) and value.value in self.labels:
                incoming[value.value][prop].append(ox.NamedNode(subject))
        evidence: dict[str, list] = defaultdict(list)
        for row in self._select("site-evidence"):
            evidence[row["resource"].value].append(row)
        return outgoing, incoming, evidence

    # -- paths and links ---------------------------------------------------------------------
    def path(self, iri: str) -> str:
        return iri[len(self.base):] + ".html"

    def kind(self, iri: str) -> str:
        return iri[len(self.base):].split("/", 1)[0]

    def link(self, iri: str, root: str) -> Link:
        return Link(root + self.path(iri), self.labels.get(iri, iri))

    def _value(self, value, root: str):
        """A value as the page shows it: a link to its page, a link out for an IRI of another
        dataset (Wikidata…), or text."""
        if isinstance(value, ox.NamedNode):
            return self.link(value.value, root) if value.value in self.labels else Link(value.value, value.value)
        return value.value

    def _rows(self, by_property: dict[str, list], root: str) -> list[Row]:
        rows = [
            Row(self.vocabulary.get(prop, prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1]), sorted(
                (self._value(v, root) for v in values), key=lambda v: v.label if isinstance(v, Link) else str(v)),
                self._doc(prop, root))
            for prop, values in by_property.items()
        ]
        return sorted(rows, key=lambda r: r.property)

    @staticmethod
    def _doc(term: str, root: str) -> str | None:
        """Where the ontology page documents one of our terms."""
        return f"{root}ontology/index.html#{term[len(ONTOLOGY):]}" if term.startswith(ONTOLOGY) else None

    # -- rendering ---------------------------------------------------------------------------
    def render(self, out: Path) -> int:
        """Write the site into `out`; return the number of pages written."""
        outgoing, incoming, evidence = self._gather()
        out.mkdir(parents=True, exist_ok=True)
        shutil.copytree(data_dir("site") / "static", out / "static", dirs_exist_ok=True)
        written = {out / "index.html", out / "ontology" / "index.html"}
        for iri in sorted(self.labels):
            written.add(out / self.path(iri))
            self._write(out / self.path(iri), self._page(iri, outgoing[iri], incoming[iri], evidence[iri]))
        self._write(out / "index.html", self._index())
        self._write(out / "ontology" / "index.html", self._ontology())
        shutil.copy(self._ontology_file(), out / "ontology.ttl")
        _remove_stale_pages(out, written)
        return len(self.labels) + 2

    @staticmethod
    def _ontology_file() -> Path:
        return data_dir("ontology") / "civicgraph.ttl"

    def _ontology(self) -> str:
        kinds = {"Class": "Classes", "ObjectProperty": "Propriétés d'objet / object properties", "DatatypeProperty": "Propriétés de données / datatype properties"}
        sections: dict[str, list[Term]] = defaultdict(list)
        for row in self._select("site-ontology-terms"):
            value = {k: (v.value if v is not None else "") for k, v in row.items()}
            sections[value["kind"].rsplit("#", 1)[-1]].append(Term(
                value["term"][len(ONTOLOGY):], value["labelFr"], value["labelEn"], value["commentFr"], value["commentEn"],
                # sorted: GROUP_CONCAT's order follows the query plan, not the ontology
                sorted(value["domain"].split()), sorted(value["range"].split()), sorted(value["parents"].split())))
        page = OntologyPage("Ontologie civicgraph / civicgraph ontology", "../", ONTOLOGY,
                            [(kinds[k], sections[k]) for k in kinds if sections.get(k)])
        return self.env.get_template("ontology.html").render(page=page)

    def _page(self, iri: str, outgoing, incoming, evidence) -> str:
        root = "../" * self.path(iri).count("/")
        kind = self.kind(iri)
        page = EntityPage(
            title=self.labels[iri],
            kind=kind,
            kind_label=KIND_LABELS.get(kind, kind),
            iri=iri,
            classes=[Link(self._doc(ONTOLOGY + c, root), c) for c in sorted(set(self.classes[iri]))],
            root=root,
            properties=self._rows(outgoing, root),
            backlinks=self._rows(incoming, root),
            evidence=[
                Evidence(self.link(r["document"].value, root), int(r["start"].value), int(r["end"].value), r["quote"].value)
                for r in evidence
            ],
        )
        return self.env.select_template([f"{kind}.html", "entity.html"]).render(page=page)

    def _index(self) -> str:
        by_kind: dict[str, list[Link]] = defaultdict(list)
        for iri in self.labels:
            by_kind[self.kind(iri)].append(self.link(iri, ""))
        sections = [(KIND_LABELS[k], sorted(by_kind[k], key=lambda l: l.label)) for k in KIND_LABELS if by_kind.get(k)]
        page = IndexPage(
            title="civicgraph",
            root="",
            version=__version__,
            sections=sections,
            adhesions=[self._linked(r) for r in self._select("adhesions")],
            seances=[self._linked(r) for r in self._select("seances")],
        )
        return self.env.get_template("index.html").render(page=page)

    def _linked(self, row: dict) -> dict:
        """A result row for a template: IRIs with a page become links, literals their text."""
        return {k: (self._value(v, "") if v is not None else None) for k, v in row.items()}

    @staticmethod
    def _write(path: Path, html: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")


assert set(KIND_LABELS) == set(FOLDERS.values()), "every IRI family needs a section on the index"


def _remove_stale_pages(out: Path, written: set[Path]) -> None:
    """Pages of a previous build whose resource is gone would be dead facts: remove them."""
    for page in out.rglob("*.html"):
        if page not in written:
            page.unlink()
    for folder in sorted((p for p in out.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
