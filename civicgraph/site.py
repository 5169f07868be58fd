"""The static cross-reference site: one page per resource, rendered with Jinja2 from the results
of the `site-*.rq` queries, in one global pass (labels, properties, backlinks, evidence).

Templates are chosen most specific first (`<kind>.html`, then `entity.html`), in a user's template
folder before the project's, so a page kind can be restyled without touching the others.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import jinja2
import pyoxigraph as ox
import yaml

from civicgraph import __version__, articles, doctitles, favicon, french, matierepage, matieres, mentions, neighbourhood, organisations, search, seancepage
from civicgraph.paths import data_dir, files_under, remove_empty_folders
from civicgraph.cache import Outputs
from civicgraph.mentions import Cut, ListPage
from civicgraph.pager import Pager, file_name, paginate
from civicgraph.profiles import Profiles
from civicgraph.queries import bind, load
from civicgraph.reads import PageReads
from civicgraph.store import Store
from civicgraph.viewer import Span, anchor, highlight
from civicgraph.void import site_url
from civicgraph.vocab import DEFAULT_BASE, FOLDERS, GRAPHS, ONTOLOGY

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


CLASS_PAGE_ROWS = 500  # rows of a class index page: about 150 kB of HTML, whatever the corpus
UNCITED_SOURCES = 20  # passages of a page that name its resource without stating a fact: a hub is named thousands of times
HOME_ROWS = 50  # séances and memberships listed on the home page; the class indexes list them all

@dataclass(frozen=True)
class Link:
    href: str
    label: str


@dataclass(frozen=True)
class Evidence:
    """A passage behind a fact: its document, offsets and quote; href opens the viewer there."""

    document: Link
    start: int
    end: int
    quote: str
    href: str


@dataclass(frozen=True)
class Source:
    """A passage of a page, quoted once in its list of sources: number is the order in which the
    page first cites it (its facts first, from the top); cited_by links to the facts it states."""

    number: int
    evidence: Evidence
    cited_by: list[Link]


@dataclass
class Row:
    """One property of a page: its name, the link to its documentation when it is ours, its
    values (links to other pages, or text in French), the passages that state it (document, start,
    end, quote), and once the page is numbered, its anchor and the numbers of those passages; more:
    where the values continue when the page keeps only some (mentions.Cut)."""

    property: str
    values: list = field(default_factory=list)
    doc: str | None = None
    passages: list = field(default_factory=list)
    id: str = ""
    sources: list[int] = field(default_factory=list)
    more: Cut | None = None


@dataclass
class Backlinks:
    """The resources of one kind whose property names this page's resource; more: where the
    whole list continues when the page keeps only some (mentions.Cut)."""

    property: str
    doc: str | None
    kind_label: str
    values: list
    more: Cut | None = None


@dataclass
class EntityPage:
    """The context every entity template gets.

    title: the resource's label; kind: its IRI family (e.g. "seance"); kind_label: the heading of
    that family; iri: the resource's IRI; url: the page's own URL (where the IRI redirects a
    browser, under the site's address, `void.site_url`); classes: its civicgraph classes; root: the relative path
    to the site's root; properties: what it states (Row); backlinks: the resources that link to it,
    by property and kind (Backlinks); sources: the passages it was read from, each once, numbered
    as its facts cite them (Source); neighbours: the
    organisations, persons and programmes around it; extra: what its kind adds (a séance's
    attendance, a document's text); sections: the tables fitted to its class (profiles.Table: a
    person's mandates and presences, an organisation's members…); graph: the neighbourhood drawn
    as SVG markup (None without neighbours); more_sources: the passages that name it but state
    none of its facts, left out of `sources` past UNCITED_SOURCES (each is still highlighted and
    linked here in its document's viewer); neighbours_more: where the list of neighbours continues
    when the page keeps only some (mentions.Cut; a section's and a backlink group's `more` alike)."""

    title: str
    kind: str
    kind_label: str
    iri: str
    url: str
    classes: list[Link]
    root: str
    properties: list[Row]
    backlinks: list[Backlinks]
    sources: list[Source]
    neighbours: list[Link] = field(default_factory=list)
    extra: object = None
    sections: list = field(default_factory=list)
    graph: str | None = None
    more_sources: int = 0
    neighbours_more: Cut | None = None


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
    datatypes: dict[str, str] = field(default_factory=dict)  # a range outside the ontology → its kind in words


@dataclass
class GraphPage:
    """The context of graph.html: a named graph of no document (the inferences). title and description:
    site/labels.yaml's words for it; iri: its name; triples: how many statements it holds; url: the
    page's own URL."""

    title: str
    description: str
    kind: str
    root: str
    iri: str
    triples: str
    url: str


@dataclass
class ClassRow:
    link: Link
    types: str
    date: str
    date_sort: str
    sources: int


@dataclass
class ClassPage:
    """The context of class.html: one page of the resources of one IRI family (`CLASS_PAGE_ROWS`
    a page, in French order) in a sortable table, and the page's place among the family's pages."""

    title: str
    kind: str
    root: str
    rows: list[ClassRow]
    pager: Pager


@dataclass
class IndexPage:
    """The context of index.html: the dataset in figures, the séances and memberships, a timeline
    by year and the fees by association and year; search: the folders of the search index's
    bundles, the first holding Pagefind's interface ([] when no page is indexed)."""

    title: str
    root: str
    version: str
    search: list[str]
    figures: list[tuple[Link, int]]
    adhesions: list[dict]  # the latest HOME_ROWS by year (all of them: `adhesion_count`)
    seances: list[dict]  # the latest HOME_ROWS by date (all of them: `seance_count`)
    timeline: list[dict]
    fees: list[dict]
    adhesion_count: int
    seance_count: int


@dataclass
class GuidePage:
    """The context of guide.html: the project's SPARQL queries with what each answers."""

    title: str
    root: str
    queries: list[tuple[str, str]]


@dataclass
class DocumentText:
    html: str | None
    origin: str  # how its text was obtained, in words (site/labels.yaml)
    yielded: list[tuple[Link, str, int, int, bool]]  # (resource, anchor, start, end, first with this anchor)


NEIGHBOUR_KINDS = ("organisation", "personne", "programme", "organe")
QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def own_name(label: str) -> str:
    """A label without the qualifier that tells two namesakes apart ("Anne (équipe de Val-Brun)" → "Anne"):
    the name a reader types to find its bearer."""
    return QUALIFIER.sub("", label) or label
DATE_PROPERTIES = tuple(ONTOLOGY + p for p in ("date", "debut", "attesteLe", "annee", "exercice"))
YEAR_PROPERTIES = {ONTOLOGY + p for p in ("annee", "exercice", "jusquAExercice")}  # integers shown as written: "2021", not "2 021"
YEAR_COLUMNS = {"year"}  # the columns of the site's queries that hold a year, shown as written too


class Site:
    """The site of a store. With `outputs` (cache.Outputs), an entity page whose context is the
    one the previous build rendered is linked from the previous site instead of rendered again.
    `page_rows`: rows of a class index page; `uncited`: passages a page quotes at most that name its
    resource without stating one of its facts; `shown`: entries an entity's page keeps of each of its
    lists (backlinks of one relation and kind, neighbours, a section), the whole list on pages of its own."""

    def __init__(self, store: Store, base: str = DEFAULT_BASE, templates: Path | None = None, texts: Path | None = None,
                 outputs: Outputs | None = None, page_rows: int = CLASS_PAGE_ROWS, uncited: int = UNCITED_SOURCES,
                 shown: int = mentions.SHOWN):
        self.store, self.base, self.texts, self.outputs = store, base, texts, outputs
        self.page_rows, self.uncited, self.shown = page_rows, uncited, shown
        folders = [str(templates)] if templates else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*folders, str(data_dir("site") / "templates")]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        self.env.filters["own_name"] = own_name
        self.env.filters["of"] = articles.of  # "la page {{ label|of }}": "de la Ville de …", "d'Anne BRUN" (ingest/articles.yaml)
        self.labels: dict[str, str] = {}
        self.classes: dict[str, list[str]] = defaultdict(list)
        self.vocabulary: dict[str, str] = {}
        self.sort_keys: dict[str, tuple] = {}
        self.collated: set[str] = set()  # the names whose French sort keys the next build takes from this one
        self.words = _words()
        self.templates: dict[str, jinja2.Template] = {}
        self.places: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # resource → document → its passages' (start, end)

    # -- one global pass over the graph ------------------------------------------------------
    def _select(self, name: str, **parameters) -> Iterator[dict]:
        """A site query's rows, one at a time: at 10,000 documents `site-statements` gives 2.7 million."""
        query = bind(load(name).text, {k: ox.Literal(v) for k, v in parameters.items()})
        names, rows = self.store.solutions(query)
        return (dict(zip(names, row)) for row in rows)

    def _gather(self):
        """Labels, classes, statements both ways and evidence of every resource with a page. The names that
        recur (classes, properties, documents) are interned: one string each, not one a statement."""
        for row in self._select("site-resources"):
            iri = row["resource"].value
            self.labels.setdefault(iri, french.dates_in(row["label"].value))
            self.classes[iri].append(sys.intern(row["class"].value.rsplit("#", 1)[-1]))
        self.vocabulary = {r["term"].value: r["label"].value for r in self._select("vocabulary-labels", language="fr")}
        outgoing: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        incoming: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for row in self._select("site-statements"):
            subject, prop, value = row["subject"].value, sys.intern(row["property"].value), row["value"]
            if subject not in self.labels:
                continue
            outgoing[subject][prop].append(value)
            if isinstance(value, ox.NamedNode) and value.value in self.labels:
                incoming[value.value][prop].append(ox.NamedNode(subject))
        evidence: dict[str, list] = defaultdict(list)
        for row in self._select("site-evidence"):
            resource, document, start, end = row["resource"].value, sys.intern(row["document"].value), int(row["start"].value), int(row["end"].value)
            evidence[resource].append((document, start, end, row["quote"].value))
            self.places[resource][document].append((start, end))
        self.labels |= doctitles.titles(self.labels, self.kind, outgoing, evidence)
        for iri, label in self.labels.items():
            names = outgoing[iri]
            family, given = (names.get(ONTOLOGY + p, [None])[0] for p in ("nomFamille", "prenom"))
            family, given = family and family.value, given and given.value
            self.sort_keys[iri] = french.person_key(family, given, label)
            self.collated.update((family or label, given or "", label))
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
        dataset (Wikidata…), or text in French."""
        if isinstance(value, ox.NamedNode):
            if value.value.startswith(matieres.SCHEME + "/"):  # an ACTES matière: its own page
                known = matieres.matieres().get(value.value.rsplit("/", 1)[-1], {})
                return Link(matierepage.href(value.value, root), f"{value.value.rsplit('/', 1)[-1]} {known.get('fr', '')}".strip())
            return self.link(value.value, root) if value.value in self.labels else Link(value.value, value.value)
        return french.literal(value)

    def _sorted_links(self, links) -> list[Link]:
        return sorted(set(links), key=lambda l: (self.sort_keys.get(self._iri(l.href), ()) or french.collation_key(l.label), l.href))

    def _iri(self, href: str) -> str:
        return self.base + href.lstrip("./").removesuffix(".html")

    def _evidence(self, passages, root: str) -> list[Evidence]:
        return [
            Evidence(self.link(d, root), s, e, q, f"{root}{self.path(d)}#{anchor(s, e)}")
            for d, s, e, q in sorted(passages, key=lambda p: (p[0], p[1], p[2]))
        ]

    def _row_evidence(self, values, passages) -> list:
        """The passages of the subject that state one property: those quoting a literal value, or
        overlapping a passage of the linked resource (in the same document)."""
        found = []
        for value in values:
            if isinstance(value, ox.NamedNode):
                theirs = self.places.get(value.value, {})
                found += [p for p in passages if any(p[1] < end and start < p[2] for start, end in theirs.get(p[0], ()))]
            else:
                found += [p for p in passages if _quotes(p[3], value)]
        return list(dict.fromkeys(found))[:3]

    def _rows(self, iri: str, by_property: dict[str, list], root: str, evidence_of) -> list[Row]:
        passages = evidence_of.get(iri, [])
        rows = []
        for prop, values in _designations_apart(by_property).items():
            shown = [v.value if prop in YEAR_PROPERTIES and isinstance(v, ox.Literal)
                     else self.words["genres"].get(v.value, v.value) if prop == ONTOLOGY + "genre"
                     else self._value(v, root) for v in values]
            links = self._sorted_links(v for v in shown if isinstance(v, Link))
            texts = sorted({v for v in shown if not isinstance(v, Link)}, key=french.collation_key)
            rows.append(Row(self._property_label(prop), links + texts, self._doc(prop, root), self._row_evidence(values, passages)))
        return sorted(rows, key=lambda r: french.collation_key(r.property))

    def _sources(self, rows: list[Row], passages, root: str) -> tuple[list[Source], int]:
        """Each passage of a page once, numbered in the order the rows cite them (the passages no
        row cites after, in document order, `self.uncited` of them at most), as footnotes are; sets
        each row's id and numbers. Returns the sources and the count of uncited passages left out."""
        numbers: dict[tuple, int] = {}
        cited_by: dict[tuple, list[Link]] = defaultdict(list)
        for i, row in enumerate(rows, 1):
            row.id = f"fait-{i}"
            for passage in row.passages:
                row.sources.append(numbers.setdefault(passage, len(numbers) + 1))
                cited_by[passage].append(Link(f"#{row.id}", row.property))
        uncited = [p for p in sorted(set(passages), key=lambda p: (p[0], p[1], p[2])) if p not in numbers]
        for passage in uncited[:self.uncited]:
            numbers[passage] = len(numbers) + 1
        sources = [Source(n, self._evidence([p], root)[0], cited_by[p]) for p, n in sorted(numbers.items(), key=lambda item: item[1])]
        return sources, max(0, len(uncited) - self.uncited)

    def _property_label(self, prop: str) -> str:
        if prop == DESIGNATION:
            return "désignée aussi comme"
        return self.vocabulary.get(prop, prop.rsplit("#", 1)[-1].rsplit("/", 1)[-1])

    def _backlinks(self, by_property: dict[str, list], root: str) -> list[Backlinks]:
        """The groups of backlinks: links from the site's root (cut, then made relative to the page
        by `_cut`), the relations' documentation from the page (`root`)."""
        groups = []
        for prop, subjects in by_property.items():
            by_kind: dict[str, list] = defaultdict(list)
            for subject in subjects:
                by_kind[self.kind(subject.value)].append(self.link(subject.value, ""))
            for kind, links in by_kind.items():
                groups.append(Backlinks(self._property_label(prop), self._doc(prop, root), KIND_LABELS.get(kind, kind), self._sorted_links(links)))
        return sorted(groups, key=lambda g: (french.collation_key(g.property), french.collation_key(g.kind_label)))

    def _neighbours(self, iri: str, outgoing, incoming) -> list[str]:
        """The organisations, persons, programmes and organs a resource links to or is linked
        from, directly or through one resource of another kind (a mandate, a membership…)."""
        def around(node):
            found = [v.value for vs in outgoing[node].values() for v in vs if isinstance(v, ox.NamedNode)]
            return found + [v.value for vs in incoming[node].values() for v in vs]
        near = set(around(iri))
        near |= {j for i in near if i in self.labels and self.kind(i) not in NEIGHBOUR_KINDS and self.kind(i) != "document" for j in around(i)}
        return [i for i in near if i in self.labels and i != iri and self.kind(i) in NEIGHBOUR_KINDS]

    @staticmethod
    def _doc(term: str, root: str) -> str | None:
        """Where the ontology page documents one of our terms."""
        return f"{root}ontology/index.html#{term[len(ONTOLOGY):]}" if term.startswith(ONTOLOGY) else None

    # -- rendering ---------------------------------------------------------------------------
    def render(self, out: Path) -> int:
        """Write the site into `out`; return the number of pages written."""
        if self.outputs is not None:
            self.outputs.remember_collation()
        outgoing, incoming, evidence = self._gather()
        if self.outputs is not None:
            self.outputs.keep_collation(self.collated)
        seances = seancepage.gather(self._select, lambda iri: self.link(iri, ""))
        reads = None
        if self.outputs is not None:  # which page reads what: a rebuild makes only the pages whose data changed
            reads = PageReads(self.outputs, {"labels": self.labels, "sort_keys": self.sort_keys, "classes": self.classes, "places": self.places,
                                             "outgoing": outgoing, "incoming": incoming, "evidence": evidence},
                              repr((self.base, self.uncited, self.shown, self.page_rows, self.vocabulary, self.words)))
            self.labels, self.sort_keys, self.classes, self.places = (reads.maps[k] for k in ("labels", "sort_keys", "classes", "places"))
            outgoing, incoming, evidence = (reads.maps[k] for k in ("outgoing", "incoming", "evidence"))
        out.mkdir(parents=True, exist_ok=True)
        self._copy(data_dir("site") / "static", out, "static")
        for relative, make in favicon.FILES.items():  # the icon every page names, drawn by the build
            self._put(make(), out, relative)
        written: set[str] = set()  # paths in the site: a Path each would weigh several times more (730,000 at 10,000 documents)
        indexed = [self.path(iri) for iri in self.labels]  # every entity page is marked for the search index

        def write(relative: str, html: str | None) -> None:  # each page written as soon as rendered: memory holds one
            written.add(relative)
            if html is not None:  # None: linked from the previous build
                self._write(out / relative, html)

        def made(relative: str, template: str, page) -> None:  # a page of no entity, made again only when its context changed
            write(relative, self._made(out, relative, template, page))

        made("index.html", "index.html", self._index(outgoing, evidence, list(search.bundles(indexed))))
        made("ontology/index.html", "ontology.html", self._ontology())
        made("guide.html", "guide.html", self._guide())
        for relative, template, page in (*self._graph_pages(), *self._matieres()):
            made(relative, template, page)
        by_document = self._spans_by_document(evidence)
        profiles = Profiles(outgoing, incoming, self.kind, lambda iri: self.link(iri, ""), lambda term: self._value(term, ""))
        by_kind: dict[str, list[str]] = defaultdict(list)
        for iri in self.labels:
            kind = self.kind(iri)
            by_kind[kind].append(iri)
            relative = self.path(iri)
            fixed = f"{self._template(kind).name}\n{seances.get(iri) if kind == 'seance' else ''!r}\n{by_document.get(iri) if kind == 'document' else ''!r}"
            kept = reads.unchanged(relative, fixed, out) if reads is not None else None
            if kept is not None:  # the page and the pages of its whole lists, as the previous build made them
                for path in kept:
                    write(path, None)
                continue
            with reads.recording(relative, fixed) if reads is not None else contextlib.nullcontext([]) as lists:
                extra = None
                if kind == "seance":
                    extra = _relink(seances.get(iri), "../" * relative.count("/"))
                elif kind == "document":
                    extra = self._document_text(iri, outgoing[iri], by_document.get(iri, []))
                page, wholes = self._page(iri, outgoing, incoming, evidence, extra, profiles)
                lists.extend(path for path, _ in wholes)
            write(relative, self._entity_page(out, iri, page))
            for path, whole in wholes:
                write(path, self._list_page_html(out, path, whole))
        if reads is not None:
            reads.save()
        for kind in KIND_LABELS:
            for relative, page in self._class_pages(kind, by_kind[kind], outgoing, evidence):
                made(relative, "class.html", page)
        self._copy(self._ontology_file(), out, "ontology.ttl")
        _remove_stale_pages(out, written)
        search.build_index(out, indexed, self.outputs)
        return len(written)

    def _entity_page(self, out: Path, iri: str, page: EntityPage) -> str | None:
        """The HTML of one entity's page, or None when its context (every value the template sees,
        in its repr) and template are those the previous build rendered: then its page is linked
        from the previous site into `out`."""
        template = self._template(page.kind)
        relative = self.path(iri)
        if self.outputs is not None and self.outputs.reuse(relative, self.outputs.digest(template.name, repr(page)), out / relative):
            return None
        return template.render(page=page)

    def _made(self, out: Path, relative: str, template: str, page) -> str | None:
        """The HTML of a page of no entity (the home page, a class index, the guide…), or None when its
        context and template are those the previous build rendered (then linked, as `_entity_page`)."""
        if self.outputs is not None and self.outputs.reuse(relative, self.outputs.digest(template, repr(page)), out / relative):
            return None
        return self.env.get_template(template).render(page=page)

    def _copy(self, source: Path, out: Path, relative: str) -> None:
        """Copy a file or a folder of the site's data into `out` at `relative`: with a previous build, a
        file whose bytes it held already is linked from it (or left as it is), not written again."""
        files = [(source, relative)] if source.is_file() else [(source / f, f"{relative}/{f}") for f in files_under(source)]
        for path, name in files:
            if self.outputs is not None:
                self.outputs.write(name, path.read_bytes(), out / name)
            else:
                (out / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out / name)

    def _put(self, data: bytes, out: Path, relative: str) -> None:
        """Write a file the build makes into `out` at `relative` (linked from a previous build that made it alike)."""
        if self.outputs is not None:
            self.outputs.write(relative, data, out / relative)
        else:
            (out / relative).parent.mkdir(parents=True, exist_ok=True)
            (out / relative).write_bytes(data)

    def _list_page_html(self, out: Path, relative: str, page: ListPage) -> str | None:
        """The HTML of one page of an entity's whole list, or None when linked from the previous site (as `_entity_page`)."""
        if self.outputs is not None and self.outputs.reuse(relative, self.outputs.digest("mentions.html", repr(page)), out / relative):
            return None
        return self.env.get_template("mentions.html").render(page=page)

    @staticmethod
    def _ontology_file() -> Path:
        return data_dir("ontology") / "civicgraph.ttl"

    def _ontology(self) -> OntologyPage:
        kinds = {"Class": "Classes", "ObjectProperty": "Propriétés d'objet / object properties", "DatatypeProperty": "Propriétés de données / datatype properties"}
        sections: dict[str, list[Term]] = defaultdict(list)
        for row in self._select("site-ontology-terms"):
            value = {k: (v.value if v is not None else "") for k, v in row.items()}
            sections[value["kind"].rsplit("#", 1)[-1]].append(Term(
                value["term"][len(ONTOLOGY):], value["labelFr"], value["labelEn"], value["commentFr"], value["commentEn"],
                # sorted: GROUP_CONCAT's order follows the query plan, not the ontology
                sorted(value["domain"].split()), sorted(value["range"].split()), sorted(value["parents"].split())))
        page = OntologyPage("Ontologie civicgraph / civicgraph ontology", "../", ONTOLOGY,
                            [(kinds[k], sections[k]) for k in kinds if sections.get(k)], self.words["datatypes"])
        return page

    def _matieres(self) -> list[tuple[str, str, object]]:
        """The nomenclature's page and one page per matière, with the pages of a matière's whole list of
        deliberations when its page keeps `self.shown` of them: (path in the site, template, context)."""
        page = matierepage.page(self._select, self.link, shown=self.shown)
        pages: list[tuple[str, str, object]] = [(matierepage.PATH, "matieres.html", page)]
        for concept in matierepage.concept_pages(page.themes, site_url(self.base)):
            relative, links = matierepage.path(concept.iri), concept.matiere.deliberations
            if len(links) > self.shown:
                wholes = mentions.pages(relative, "deliberations", [[Link(link.href.removeprefix(concept.root), link.label)] for link in links], self.page_rows)
                concept.matiere = dataclasses.replace(concept.matiere, deliberations=links[:self.shown],
                                                      more=Cut(len(links), concept.root + wholes[0][0], False))
                for path, chunk, pager in wholes:
                    root = "../" * path.count("/")
                    pages.append((path, "mentions.html", ListPage(f"{concept.title} — Délibérations classées", Link(root + relative, concept.title),
                                                                  root, ["Délibération"], _relink(chunk, root), "par ordre alphabétique", pager)))
            pages.append((relative, "matiere.html", concept))
        return pages

    def _guide(self) -> GuidePage:
        french_words = yaml.safe_load((data_dir("site") / "guide.yaml").read_text(encoding="utf-8"))["queries"]
        queries = []
        for path in sorted((data_dir("queries")).glob("*.rq")):
            queries.append((path.stem, in_french(path.read_text(encoding="utf-8"), french_words.get(path.stem))))
        return GuidePage("Guide SPARQL", "", queries)

    def _graph_pages(self) -> list[tuple[str, str, GraphPage]]:
        """A page for each named graph of no document under the base (`graph/inferred.html`), so that its IRI
        dereferences: (path in the site, template, context)."""
        pages = []
        for iri in self.store.graphs():
            name = iri[len(self.base + GRAPHS):]
            if iri.startswith(self.base + GRAPHS) and "/" not in name:
                words = self.words["graphs"].get(name, {"title": name, "description": ""})
                page = GraphPage(words["title"], words["description"], "graph", "../", iri, french.number(self.store.size(iri)),
                                 site_url(self.base) + f"{GRAPHS}{name}.html")
                pages.append((f"{GRAPHS}{name}.html", "graph.html", page))
        return pages

    def _page(self, iri: str, outgoing, incoming, evidence, extra, profiles: Profiles) -> tuple[EntityPage, list[tuple[str, ListPage]]]:
        """An entity's page, and the pages of its lists too long for it (path in the site, context)."""
        root = "../" * self.path(iri).count("/")
        kind = self.kind(iri)
        sections = profiles.person(iri) if kind == "personne" else profiles.organisation(iri) if kind == "organisation" else []
        properties = self._rows(iri, outgoing[iri], root, evidence)
        sources, more_sources = self._sources(properties, evidence.get(iri, []), root)
        near = sorted(self._neighbours(iri, outgoing, incoming),
                      key=lambda i: (NEIGHBOUR_KINDS.index(self.kind(i)), self.sort_keys.get(i, ()), i))
        page = EntityPage(
            title=self.labels[iri],
            kind=kind,
            kind_label=KIND_LABELS.get(kind, kind),
            iri=iri,
            url=site_url(self.base) + self.path(iri),
            classes=[Link(self._doc(ONTOLOGY + c, root), self.vocabulary.get(ONTOLOGY + c, c)) for c in sorted(set(self.classes[iri]))],
            root=root,
            properties=properties,
            backlinks=self._backlinks(incoming[iri], root),
            sources=sources,
            more_sources=more_sources,
            neighbours=self._sorted_links(self.link(i, "") for i in near),  # from the site's root until `_cut`
            extra=extra,
            sections=sections,
            graph=neighbourhood.svg(self.labels[iri], [(self.link(i, root), self.kind(i)) for i in near]),
        )
        return page, self._cut(iri, page, outgoing)

    def _cut(self, iri: str, page: EntityPage, outgoing) -> list[tuple[str, ListPage]]:
        """Keep `self.shown` entries of each of the page's lists (links from the site's root, made
        relative to the page here; a property's values, made from the page, are taken back to the
        root for their whole list): the latest of a list with dates, else the first; return the
        pages of the lists cut short, whole (mentions.ListPage)."""
        wholes: list[tuple[str, str, list[str], list[list], str]] = []  # (stem, title, columns, rows, order)

        def cut(stem: str, title: str, columns: list[str], rows: list[list], latest: bool, order: str) -> Cut | None:
            if len(rows) <= self.shown:
                return None
            stem = mentions.name(stem)
            if any(w[0] == stem for w in wholes):  # two relations of one name (in two vocabularies)
                stem += f"-{len(wholes)}"
            wholes.append((stem, title, columns, rows, order))
            return Cut(len(rows), page.root + mentions.folder(self.path(iri)) + file_name(stem, 1), latest)

        for group in page.backlinks:
            dates = {link: self._date(self._iri(link.href), outgoing) for link in group.values}
            dated = any(d for d, _ in dates.values())
            whole = [[link, dates[link][1]] if dated else [link] for link in group.values]
            kept = mentions.shorten(sorted(group.values, key=lambda l: dates[l][0]), latest=True, shown=self.shown) if dated else group.values[:self.shown]
            more = cut(f"{group.property} {group.kind_label}", f"« {group.property} » ({group.kind_label})",
                       ["Ressource", "Date"] if dated else ["Ressource"], whole, dated, "par ordre alphabétique")
            group.values, group.more = _relink([v for v in group.values if v in set(kept)], page.root), more
        for table in page.sections:
            more = cut(table.id, table.title, table.columns, table.rows, table.chronological,
                       "par date" if table.chronological else "par ordre alphabétique")
            table.rows, table.more = _relink(mentions.shorten(table.rows, table.chronological, self.shown), page.root), more
        near = page.neighbours
        page.neighbours_more = cut("voisinage", "Voisinage", ["Nom", "Type"],
                                   [[n, KIND_LABELS.get(self.kind(self._iri(n.href)), "")] for n in near], False, "par type, puis par nom")
        page.neighbours = _relink(near[:self.shown], page.root)
        for row in page.properties:  # last, so the lists above keep their names: a programme's partners grow with the corpus too
            row.more = cut(row.property, f"« {row.property} »", ["Valeur"], [[_unroot(v, page.root)] for v in row.values],
                           False, "par ordre alphabétique")
            row.values = row.values[:self.shown]
        return [p for w in wholes for p in self._list_page(iri, page.title, *w)]

    def _list_page(self, iri: str, label: str, stem: str, title: str, columns: list[str], rows: list[list], order: str) -> list[tuple[str, ListPage]]:
        """The pages of one whole list of an entity's page (path in the site, context)."""
        pages = []
        for relative, chunk, pager in mentions.pages(self.path(iri), stem, rows, self.page_rows):
            root = "../" * relative.count("/")
            pages.append((relative, ListPage(f"{label} — {title}", Link(root + self.path(iri), label), root, columns, _relink(chunk, root), order, pager)))
        return pages

    def _date(self, iri: str, outgoing) -> tuple[str, str]:
        """A resource's earliest date: (as stored, for sorting; in words), ("", "") when it has none."""
        dates = [v for p in DATE_PROPERTIES for v in outgoing[iri].get(p, [])] if iri in outgoing else []
        if not dates:
            return "", ""
        first = min(dates, key=lambda d: d.value)
        return first.value, _date_text(first)

    def _template(self, kind: str) -> jinja2.Template:
        """The template of a kind's pages, looked up once per kind (a miss costs a search of every folder)."""
        if kind not in self.templates:
            self.templates[kind] = self.env.select_template([f"{kind}.html", "entity.html"])
        return self.templates[kind]

    def _spans_by_document(self, evidence) -> dict[str, list[tuple]]:
        spans: dict[str, list[tuple]] = defaultdict(list)
        for resource, passages in evidence.items():
            if resource in self.labels:
                for document, start, end, _ in passages:
                    spans[document].append((start, end, resource))
        return spans

    def _document_text(self, iri: str, outgoing, spans) -> DocumentText:
        """The viewer's text of a document (None when its text was not kept) and what it yielded."""
        root = "../" * self.path(iri).count("/")
        yielded = sorted({(self.link(r, root), anchor(s, e), s, e) for s, e, r in spans}, key=lambda y: (y[2], y[3], y[0].label))
        yielded = [(*y, i == 0 or yielded[i - 1][1] != y[1]) for i, y in enumerate(yielded)]
        digest = outgoing.get(ONTOLOGY + "empreinte", [None])[0]
        name = outgoing.get(ONTOLOGY + "nomFichier", [None])[0]
        origin = self.words["origins"].get(Path(name.value).suffix.lower(), french.UNKNOWN) if name is not None else french.UNKNOWN
        path = self.texts / f"{digest.value}.txt" if self.texts and digest is not None else None
        if path is None or not path.is_file():
            return DocumentText(None, origin, yielded)
        text = path.read_text(encoding="utf-8")
        return DocumentText(str(highlight(text, [Span(s, e, self.link(r, root).href, self.labels[r]) for s, e, r in spans])), origin, yielded)

    def _class_pages(self, kind: str, members: list[str], outgoing, evidence) -> list[tuple[str, ClassPage]]:
        """The index of a kind: (path in the site, context) of each of its pages."""
        rows = []
        for iri in members:
            dates = [v for p in DATE_PROPERTIES for v in outgoing[iri].get(p, [])]
            raw = min((d.value for d in dates), default="")
            rows.append(ClassRow(self.link(iri, "../"), ", ".join(self.vocabulary.get(ONTOLOGY + c, c) for c in sorted(set(self.classes[iri]))),
                                 _date_text(min(dates, key=lambda d: d.value)) if dates else "", raw,
                                 len({d for d, *_ in evidence.get(iri, [])})))
        rows.sort(key=lambda r: self.sort_keys[self._iri(r.link.href.removeprefix("../"))])
        return [(f"classes/{name}", ClassPage(KIND_LABELS[kind], kind, "../", chunk, pager)) for name, chunk, pager in paginate(rows, self.page_rows, kind)]

    def _index(self, outgoing, evidence, bundles: list[str]) -> IndexPage:
        counts: dict[str, int] = defaultdict(int)
        for iri in self.labels:
            counts[self.kind(iri)] += 1
        figures = [(Link(f"classes/{k}.html", KIND_LABELS[k]), counts[k]) for k in KIND_LABELS if counts.get(k)]
        adhesions = [self._linked(r) for r in self._select("adhesions")]
        for a in adhesions:  # a fee with its currency's sign, as on every page ('5 000 €', not '5 000 EUR')
            a["fee"] = french.amount(a["fee_raw"], a["currency_raw"]) if a.get("fee_raw") else french.UNKNOWN
        seances = [self._linked(r) for r in self._select("site-seances")]
        page = IndexPage(
            title="civicgraph",
            root="",
            version=__version__,
            search=bundles,
            figures=figures,
            adhesions=_latest(adhesions, "year_raw"),
            seances=_latest(seances, "date_raw"),
            timeline=_timeline(seances, adhesions),
            fees=_fees(adhesions),
            adhesion_count=len(adhesions),
            seance_count=len(seances),
        )
        return page

    def _linked(self, row: dict) -> dict:
        """A result row for a template: IRIs with a page become links, literals their French text
        (and their raw value under '<name>_raw')."""
        shown = {k: (v.value if k in YEAR_COLUMNS and isinstance(v, ox.Literal) else self._value(v, "") if v is not None else None)
                 for k, v in row.items()}
        shown |= {k: french.dates_in(v) for k, v in shown.items() if k.lower().endswith("label") and isinstance(v, str)}
        shown |= {f"{k}_raw": (v.value if isinstance(v, ox.Literal) else None) for k, v in row.items()}
        return shown

    @staticmethod
    def _write(path: Path, html: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")



DESIGNATION = "#designation"  # a row of the page, not a property: how a document designates a body by its kind alone


def _designations_apart(by_property: dict[str, list]) -> dict[str, list]:
    """The properties of a page, with the alternative names that only name a kind ("la Commune")
    moved to a row of their own: they designate the body, they are not its names."""
    names = by_property.get(ONTOLOGY + "nomAlternatif", [])
    generic = [v for v in names if organisations.by_kind_alone(v.value)]
    if not generic:
        return by_property
    shown = dict(by_property) | {ONTOLOGY + "nomAlternatif": [v for v in names if v not in generic], DESIGNATION: generic}
    return {k: v for k, v in shown.items() if v}


def in_french(query: str, words: dict | None) -> str:
    """A catalogue query as the guide shows it: its opening comment replaced by the French one of
    site/guide.yaml (`header`), its comments inside written in French (`inline`); as it is without words."""
    if not words:
        return query
    lines = query.splitlines()
    opening = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    body = "\n".join(lines[opening:])
    for english, french_text in (words.get("inline") or {}).items():
        body = body.replace(f"# {english}", f"# {french_text}")
    return "\n".join(f"# {line}".rstrip() for line in words["header"].splitlines()) + "\n" + body + ("\n" if query.endswith("\n") else "")


def _words() -> dict[str, dict[str, str]]:
    """The words of site/labels.yaml, with the genre model's labels of its genres."""
    words = yaml.safe_load((data_dir("site") / "labels.yaml").read_text(encoding="utf-8"))
    model = yaml.safe_load((data_dir("ingest") / "genre" / "fr" / "genres.yaml").read_text(encoding="utf-8"))
    words["genres"] = {name: g["label"] for name, g in model.get("genres", {}).items() if g.get("label")} | words["genres"]
    return words


def _date_text(value: ox.Literal) -> str:
    """A date in words; a year (an integer) as written."""
    return value.value if value.datatype and value.datatype.value.endswith("#integer") else french.literal(value)


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text.casefold())


def _quotes(quote: str, value: ox.Literal) -> bool:
    """Whether a passage writes a literal, as stored or in French ('5000' in '5 000 euros'),
    spaces and case aside; a number only as a whole number ('5000' not in '15000')."""
    squashed = _squash(quote)
    return any(pattern.search(squashed) for pattern in _written_forms(value.value, french.literal(value)))


@functools.lru_cache(maxsize=65536)
def _written_forms(value: str, shown: str) -> tuple[re.Pattern, ...]:
    """The patterns of a literal's forms (stored and in French), squashed; a form of one character says nothing."""
    forms = {_squash(value), _squash(shown)}
    return tuple(re.compile(rf"(?<![\d]){re.escape(f)}(?![\d])" if f[0].isdigit() else re.escape(f)) for f in sorted(forms) if len(f) > 1)


def _relink(extra, root: str):
    """Links gathered once for the whole site (relative to the root) made relative to a page."""
    if extra is None or not root:
        return extra
    import copy

    def fix(value):
        if isinstance(value, Link):
            return Link(root + value.href, value.label) if not value.href.startswith(("http:", "https:")) else value
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if hasattr(value, "__dataclass_fields__"):
            clone = copy.copy(value)
            for name in value.__dataclass_fields__:
                setattr(clone, name, fix(getattr(value, name)))
            return clone
        return value

    return fix(extra)


def _unroot(value, root: str):
    """A value of a page's row as a link from the site's root (what `_relink` takes), for a list page of its own."""
    if isinstance(value, Link) and value.href.startswith(root) and not value.href.startswith(("http:", "https:")):
        return Link(value.href[len(root):], value.label)
    return value


def _latest(rows: list[dict], date: str) -> list[dict]:
    """The HOME_ROWS rows of latest `date` (undated last), in their query's order."""
    if len(rows) <= HOME_ROWS:
        return rows
    kept = {id(r) for r in sorted(rows, key=lambda r: r.get(date) or "", reverse=True)[:HOME_ROWS]}
    return [r for r in rows if id(r) in kept]


def _timeline(seances: list[dict], adhesions: list[dict]) -> list[dict]:
    """Séances and memberships by year, for the home page's timeline; a bar's width (%) is its
    share of the largest count of its kind."""
    years: dict[str, dict] = defaultdict(lambda: {"seances": 0, "adhesions": 0})
    for s in seances:
        if s.get("date_raw"):
            years[s["date_raw"][:4]]["seances"] += 1
    for a in adhesions:
        if a.get("year_raw"):
            years[a["year_raw"][:4]]["adhesions"] += 1
    top = {k: max((y[k] for y in years.values()), default=0) or 1 for k in ("seances", "adhesions")}
    return [{"year": y, **years[y], **{f"{k}_width": round(100 * years[y][k] / top[k]) for k in top}} for y in sorted(years)]


def _fees(adhesions: list[dict]) -> list[dict]:
    """Fees by association and year for the home page's chart: their sum, the members whose fee
    is stated and, of: all the memberships of that association and year; a bar's width is its
    share of the largest sum. Memberships without a fee are left out of the sum (the tables say
    'non renseigné'); sums are per currency."""
    sums: dict[tuple, list] = defaultdict(lambda: [Decimal(0), 0])
    joined: dict[tuple, int] = defaultdict(int)
    for a in adhesions:
        year = (a["associationLabel"], a.get("year_raw") or "")
        joined[year] += 1
        if a.get("fee_raw"):
            key = (*year, a.get("year") or french.UNKNOWN, a.get("currency"))
            sums[key][0] += Decimal(a["fee_raw"])
            sums[key][1] += 1
    top = max((total for total, _ in sums.values()), default=0) or 1
    return [{"association": association, "year": year, "members": members, "of": joined[association, raw],
             "fee": french.amount(str(total), currency), "width": round(100 * total / top)}
            for (association, raw, year, currency), (total, members) in sorted(sums.items(), key=lambda kv: (kv[0][0], kv[0][1]))]


assert set(KIND_LABELS) == set(FOLDERS.values()), "every IRI family needs a section on the index"


def _remove_stale_pages(out: Path, written: set[str]) -> None:
    """Pages of a previous build whose resource is gone would be dead facts: remove them."""
    for page in files_under(out, ".html"):
        if page not in written and not page.startswith(search.BUNDLE):
            (out / page).unlink()
    remove_empty_folders(out, keep_top=True)
