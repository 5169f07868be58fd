"""Per-entity descriptions beside the site's pages, so that an entity IRI `{base}{kind}/{key}`
can be dereferenced on a static host: `{kind}/{key}.ttl`, `.jsonld` and `.nt` next to
`{kind}/{key}.html`. The ACTES matières alike: `…/nomenclature/actes/{code}` (a fixed IRI of the
vocabulary, under the canonical site `https://w3id.org/civicgraph/`, whatever the base IRI) has
`nomenclature/actes/{code}.{html,ttl,jsonld,nt}`.

Each holds the entity's concise bounded description (its statements, following blank nodes;
https://www.w3.org/submission/CBD/) in the union of the graphs, plus the `rdfs:label` of every IRI
it links to, so a client can show the links without fetching them. Written in sorted order: the
same graph gives the same bytes.

A CBD is bounded by its subject's statements, and a hub's grow with the corpus: La 27e Région or a
métropole is derived from every passage that names it (`prov:wasDerivedFrom`, each with its label),
162 kB of N-Triples at 300 synthetic documents, megabytes at 10,000. Dereferencing an IRI should
answer with a description of a fixed size whatever the corpus (as the entity's page keeps `SHOWN`
entries of each list, civicgraph.mentions), so each property keeps its first `SHOWN` values (IRI
order) and their labels. When values are left out, the description says where the whole one is:
`<entity> rdfs:seeAlso <…/listes/{kind}/{key}/description.nt>`, the whole description (every
statement of the CBD and every neighbour's label) cut into N-Triples pages of `PAGE` statements,
`description.nt`, `description-2.nt`…, beside the whole lists of the entity's page. Each page names
the first, last, previous and next with Hydra's paging terms (https://www.hydra-cg.com/spec/latest/core/#collections,
as Linked Data Fragments page their answers). N-Triples because a page is read as a run of lines
(and N-Triples is Turtle); every statement is also in the dumps.

Two other IRI families are minted under the base. A passage of a document, `{base}document/{key}/extrait/{start}-{end}`
(a cg:Extrait: its document, offsets and quote), is described with the other passages of its document in
`extraits/{key}.{ttl,jsonld,nt}`: a file per document, not per passage (a document has tens to hundreds
of them; on the bundled corpus 618 passages of 5 documents), and its page is the document's viewer at the
passage's anchor (`document/{key}.html#c{start}-{end}`), where the hosting configuration redirects.
A named graph of no document (`{base}graph/inferred`) has its page (civicgraph.site) and its subset of the
VoID description beside it, `graph/{name}.{ttl,jsonld,nt}` (void.graph_descriptions).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

from civicgraph import jsonld, matierepage, matieres, mentions
from civicgraph.cache import Outputs
from civicgraph.paths import files_under, remove_empty_folders
from civicgraph.store import Store
from civicgraph.vocab import FOLDERS, GRAPHS, PREFIXES
from civicgraph.void import site_url

FORMATS = {  # suffix → media type
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
}
LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")
SEE_ALSO = ox.NamedNode(PREFIXES["rdfs"] + "seeAlso")
TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
HYDRA = "http://www.w3.org/ns/hydra/core#"
SHOWN = mentions.SHOWN  # values of one property in an entity's description
PAGE = mentions.PAGE_ROWS  # statements a page of a whole description
WHOLE = "description"  # the stem of a whole description's pages, in the entity's folder of whole lists
EXCERPTS = "extraits/"  # the folder of the descriptions of each document's passages
EXCERPT = "/extrait/"  # between a document's IRI and a passage's offsets


def entities(base: str, site: Path) -> list[str]:
    """The IRIs of the entities with a page in `site`: `{kind}/{key}.html` → `{base}{kind}/{key}`."""
    return sorted(f"{base}{kind}/{page[:-len('.html')]}" for kind in set(FOLDERS.values()) for page in files_under(site / kind, ".html"))


def concepts(site: Path) -> list[tuple[str, str]]:
    """(IRI, path in `site` without suffix) of each ACTES matière with a page: `nomenclature/actes/7.10.html`
    → (`https://w3id.org/civicgraph/nomenclature/actes/7.10`, `nomenclature/actes/7.10`)."""
    stems = [page[:-len(".html")] for page in files_under(site / matierepage.FOLDER, ".html") if page != "index.html"]
    return [(f"{matieres.SCHEME}/{stem}", matierepage.FOLDER + stem) for stem in stems]


def described(base: str, site: Path) -> list[tuple[str, str]]:
    """(IRI, path in `site` without suffix) of the entities, then the matières: each described at its own path."""
    return [(iri, iri[len(base):]) for iri in entities(base, site)] + concepts(site)


def graphs(base: str, site: Path) -> list[tuple[str, str]]:
    """(IRI, path in `site` without suffix) of the named graphs with a page: `graph/inferred.html` → (`{base}graph/inferred`, `graph/inferred`)."""
    return [(f"{base}{GRAPHS}{page[:-len('.html')]}", f"{GRAPHS}{page[:-len('.html')]}") for page in files_under(site / GRAPHS, ".html")]


def excerpt_files(site: Path) -> list[str]:
    """The paths in `site`, without suffix, of the descriptions of the documents' passages (`extraits/{key}`)."""
    return [EXCERPTS + name[:-len(".ttl")] for name in files_under(site / EXCERPTS, ".ttl")]


def write_descriptions(store: Store, base: str, site: Path, outputs: Outputs | None = None) -> int:
    """Write the three descriptions of every entity and ACTES matière with a page (each property's first
    `SHOWN` values), and the pages of the whole description of those that leave values out
    (`listes/{kind}/{key}/description.nt`…); remove the descriptions of entities whose page is gone.
    Returns the number of entities described. With `outputs` (cache.Outputs), the
    descriptions of an entity whose statements are the ones of the previous build are linked from it,
    without being made: what a description is made from is found from Oxigraph's N-Triples lines
    (class _Lines), its statements asked of the store only for the entities made again."""
    statements = _Statements(store)
    lines = _Lines(store.lines(ox.DefaultGraph())) if outputs is not None else None
    resources = described(base, site)
    for iri, relative in resources:
        if outputs is not None:
            read, whole_size, capped = lines.read_by(f"<{iri}>".encode("utf-8"))
            digest = outputs.digest(site_url(base), *(line.decode("utf-8") for line in read))
            names = [relative + suffix for suffix in FORMATS] + _page_names(relative, whole_size if capped else 0)
            if all([outputs.reuse(name, digest, site / name) for name in names]):
                continue
        whole = describe(iri, statements)
        kept = describe(iri, statements, SHOWN)
        for name, data in _files(iri, relative, whole, kept, base).items():
            _replace(site / name, data)
    remove_orphans(site, tuple(FORMATS))
    _write_excerpts(statements, lines, base, site, outputs)
    return len(resources)


class _Statements:
    """Subject → its triples in the union of the graphs (the merged default graph, each once),
    asked of the store when first needed (a description reads a few subjects of thousands)."""

    def __init__(self, store: Store):
        self.store, self.known = store, {}

    def get(self, subject, default=()):
        if subject not in self.known:
            self.known[subject] = self.store.triples_about(subject)
        return self.known[subject] or default


class _Lines:
    """The merged default graph's N-Triples lines (sorted, as Oxigraph writes them) by subject: what
    `describe` reads for an entity, found without a Python term per statement, so that an entity
    whose description reads the same lines as in the previous build is not described again."""

    def __init__(self, lines: list[bytes]):
        self.by_subject: dict[bytes, list[tuple[bytes, bytes, bytes]]] = defaultdict(list)
        for line in lines:
            subject, predicate, rest = line.split(b" ", 2)
            self.by_subject[subject].append((predicate, rest[:-3], line))  # rest ends with " .\n"

    def read_by(self, subject: bytes) -> tuple[list[bytes], int, bool]:
        """The lines `describe(subject)` is made from (its CBD, its neighbours' labels), sorted; how
        many statements the whole description holds; whether `SHOWN` leaves some out."""
        found, todo, seen, capped = set(), [subject], {subject}, False
        while todo:
            statements = self.by_subject.get(todo.pop(), ())
            if len(statements) > SHOWN and max(Counter(p for p, _, _ in statements).values()) > SHOWN:
                capped = True
            for _, obj, line in statements:
                found.add(line)
                if obj.startswith(b"_:") and obj not in seen:
                    seen.add(obj)
                    todo.append(obj)
        neighbours = {line.split(b" ", 2)[2][:-3] for line in found}
        labels = {line for n in neighbours if n.startswith(b"<") for p, _, line in self.by_subject.get(n, ()) if p == _LABEL}
        return sorted(found | labels), len(found | labels), capped


_LABEL = f"<{PREFIXES['rdfs']}label>".encode()


def _write_excerpts(statements: _Statements, lines: _Lines | None, base: str, site: Path, outputs: Outputs | None) -> None:
    """`extraits/{key}.{ttl,jsonld,nt}`: the passages of each document with a page, their CBDs and the
    labels they link to. With `outputs`, a document whose passages read the same N-Triples lines as in
    the previous build has its files linked from it, without describing them."""
    documents = base + FOLDERS["Document"] + "/"
    by_document: dict[str, list[str]] = defaultdict(list)
    for iri in _passages(statements.store, documents):
        by_document[iri.split(EXCERPT, 1)[0]].append(iri)
    kept = {document[len(documents):]: passages for document, passages in sorted(by_document.items())
            if (site / f"{FOLDERS['Document']}/{document[len(documents):]}.html").is_file()}
    for name in files_under(site / EXCERPTS):  # a recycled publication's files of documents gone (their type maps are made from these)
        if name.rsplit(".", 1)[0] not in kept:
            (site / EXCERPTS / name).unlink()
    for key, passages in kept.items():
        relative = EXCERPTS + key
        if outputs is not None and lines is not None:
            read = sorted({line for iri in passages for line in lines.read_by(f"<{iri}>".encode("utf-8"))[0]})
            digest = outputs.digest(*(line.decode("utf-8") for line in read))
            if all([outputs.reuse(relative + suffix, digest, site / (relative + suffix)) for suffix in FORMATS]):
                continue
        triples = sorted({t for iri in passages for t in describe(iri, statements)}, key=str)
        for suffix, data in _formats(triples).items():
            _replace(site / (relative + suffix), data)


def _passages(store: Store, documents: str) -> list[str]:
    """The IRIs of the passages (cg:Extrait) minted under a document's IRI, `{documents}{key}/extrait/…`."""
    query = f"SELECT DISTINCT ?s WHERE {{ ?s a <{PREFIXES['cg']}Extrait> FILTER(STRSTARTS(STR(?s), {ox.Literal(documents)})) }}"
    return sorted(row[0].value for row in store.select(query)[1] if isinstance(row[0], ox.NamedNode) and EXCERPT in row[0].value)


def write_graphs(descriptions: dict[str, list[ox.Triple]], base: str, site: Path, outputs: Outputs | None = None) -> None:
    """`graph/{name}.{ttl,jsonld,nt}` beside each named graph's page: its description (void.graph_descriptions)."""
    pages = dict(graphs(base, site))
    for iri, triples in sorted(descriptions.items()):
        if iri not in pages:
            continue
        for suffix, data in _formats(triples).items():
            if outputs is None:
                _replace(site / (pages[iri] + suffix), data)
            else:
                outputs.write(pages[iri] + suffix, data, site / (pages[iri] + suffix))


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # a link to the previous build's file is not written through
    path.write_bytes(data)


def describe(iri: str, statements: dict, shown: int | None = None) -> list[ox.Triple]:
    """The CBD of `iri` and its neighbours' labels, sorted; with `shown`, each subject's first
    `shown` values of each property (in the order of their N-Triples forms)."""
    found: set[ox.Triple] = set()
    todo = [ox.NamedNode(iri)]
    seen = set(todo)
    while todo:
        subject = todo.pop()
        for t in _capped(statements.get(subject, ()), shown):
            found.add(t)
            if isinstance(t.object, ox.BlankNode) and t.object not in seen:
                seen.add(t.object)
                todo.append(t.object)
    for t in list(found):
        if isinstance(t.object, ox.NamedNode):
            found.update(l for l in statements.get(t.object, ()) if l.predicate == LABEL)
    return sorted(found, key=str)


def _capped(triples, shown: int | None) -> list[ox.Triple]:
    if shown is None or len(triples) <= shown:
        return list(triples)
    by_predicate: dict = defaultdict(list)
    for t in sorted(triples, key=str):
        by_predicate[t.predicate].append(t)
    return [t for values in by_predicate.values() for t in values[:shown]]


def _page_paths(relative: str, whole: list, kept: list) -> list[tuple[str, list[ox.Triple]]]:
    """(path in the site, statements) of each page of the whole description, none when nothing was left out."""
    names = _page_names(relative, len(whole) if len(kept) < len(whole) else 0)
    return [(name, whole[start:start + PAGE]) for name, start in zip(names, range(0, len(whole), PAGE))]


def _page_names(relative: str, statements: int) -> list[str]:
    """The paths in the site of the pages of a whole description of `statements` (0: no pages)."""
    folder = mentions.folder(relative + ".html")
    return [f"{folder}{WHOLE}{'' if n == 1 else f'-{n}'}.nt" for n in range(1, -(-statements // PAGE) + 1)]


def _files(iri: str, relative: str, whole: list, kept: list, base: str) -> dict[str, bytes]:
    """Path in the site → bytes of the entity's three descriptions and its whole description's pages:
    the kept statements plus, when some were left out, the link to the first page; each page with
    its paging statements (Hydra)."""
    pages = _page_paths(relative, whole, kept)
    urls = [ox.NamedNode(site_url(base) + path) for path, _ in pages]
    link = [ox.Triple(ox.NamedNode(iri), SEE_ALSO, urls[0])] if pages else []
    files = {relative + suffix: data for suffix, data in _formats(sorted(kept + link, key=str)).items()}
    for n, (path, chunk) in enumerate(pages):
        files[path] = _ntriples(chunk + _paging(urls, n))
    return files


def _paging(urls: list[ox.NamedNode], n: int) -> list[ox.Triple]:
    page = urls[n]
    near = {"first": urls[0], "last": urls[-1], "previous": urls[n - 1] if n else None, "next": urls[n + 1] if n + 1 < len(urls) else None}
    return [ox.Triple(page, TYPE, ox.NamedNode(HYDRA + "PartialCollectionView")),
            *(ox.Triple(page, ox.NamedNode(HYDRA + term), url) for term, url in near.items() if url is not None)]


def _formats(triples: list[ox.Triple]) -> dict[str, bytes]:
    return {
        ".ttl": ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES),
        ".jsonld": jsonld.graph(triples),
        ".nt": _ntriples(triples),
    }


def _ntriples(triples: list[ox.Triple]) -> bytes:
    return "".join(f"{t} .\n" for t in triples).encode("utf-8")


def remove_orphans(site: Path, suffixes: tuple[str, ...]) -> None:
    """The files beside the pages (with these suffixes) of a previous build whose page is gone, and
    the folders they leave empty."""
    for kind in sorted(set(FOLDERS.values())):
        files = files_under(site / kind)
        pages = {f for f in files if f.endswith(".html")}
        for file in files:
            if file.endswith(suffixes) and file.rsplit(".", 1)[0] + ".html" not in pages:
                (site / kind / file).unlink()
        if (site / kind).is_dir():
            remove_empty_folders(site / kind)
