"""Per-entity descriptions beside the site's pages, so that an entity IRI `{base}{kind}/{key}`
can be dereferenced on a static host: `{kind}/{key}.ttl`, `.jsonld` and `.nt` next to
`{kind}/{key}.html`. The ACTES matières alike: `…/nomenclature/actes/{code}` (a fixed IRI of the
vocabulary, under the canonical site `https://w3id.org/civicgraph/`, whatever the base IRI) has
`nomenclature/actes/{code}.{html,ttl,jsonld,nt}`.

Each holds the entity's concise bounded description (its statements, following blank nodes;
https://www.w3.org/submission/CBD/) in the union of the graphs, plus the `rdfs:label` of every IRI
it links to, so a client can show the links without fetching them. Written in sorted order: the
same graph gives the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from civicgraph import jsonld, matierepage, matieres
from civicgraph.cache import Outputs
from civicgraph.paths import files_under, remove_empty_folders
from civicgraph.store import Store
from civicgraph.vocab import FOLDERS, PREFIXES

FORMATS = {  # suffix → media type
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
}
LABEL = ox.NamedNode(PREFIXES["rdfs"] + "label")


def entities(base: str, site: Path) -> list[str]:
    """The IRIs of the entities with a page in `site`: `{kind}/{key}.html` → `{base}{kind}/{key}`."""
    return sorted(f"{base}{kind}/{page[:-len('.html')]}" for kind in set(FOLDERS.values()) for page in files_under(site / kind, ".html"))


def concepts(site: Path) -> list[tuple[str, str]]:
    """(IRI, path in `site` without suffix) of each ACTES matière with a page: `nomenclature/actes/7.10.html`
    → (`https://w3id.org/civicgraph/nomenclature/actes/7.10`, `nomenclature/actes/7.10`)."""
    stems = [page[:-len(".html")] for page in files_under(site / matierepage.FOLDER, ".html") if page != "index.html"]
    return [(f"{matieres.SCHEME}/{stem}", matierepage.FOLDER + stem) for stem in stems]


def described(base: str, site: Path) -> list[tuple[str, str]]:
    """(IRI, path in `site` without suffix) of everything dereferenceable: the entities, then the matières."""
    return [(iri, iri[len(base):]) for iri in entities(base, site)] + concepts(site)


def write_descriptions(store: Store, base: str, site: Path, outputs: Outputs | None = None) -> int:
    """Write the three descriptions of every entity and ACTES matière with a page; remove those of entities whose
    page is gone. Returns the number of entities described. With `outputs` (cache.Outputs), the
    descriptions of an entity whose statements are the ones of the previous build are linked from it."""
    statements = _by_subject(store)
    resources = described(base, site)
    for iri, relative in resources:
        triples = describe(iri, statements)
        if outputs is not None:
            digest = outputs.digest(*map(str, triples))
            if all([outputs.reuse(relative + suffix, digest, site / (relative + suffix)) for suffix in FORMATS]):
                continue
        for suffix, data in _formats(triples).items():
            (site / (relative + suffix)).unlink(missing_ok=True)  # a link to the previous build's file is not written through
            (site / (relative + suffix)).write_bytes(data)
    remove_orphans(site, tuple(FORMATS))
    return len(resources)


def describe(iri: str, statements: dict) -> list[ox.Triple]:
    """The CBD of `iri` and its neighbours' labels, sorted."""
    found: set[ox.Triple] = set()
    todo = [ox.NamedNode(iri)]
    seen = set(todo)
    while todo:
        subject = todo.pop()
        for t in statements.get(subject, ()):
            found.add(t)
            if isinstance(t.object, ox.BlankNode) and t.object not in seen:
                seen.add(t.object)
                todo.append(t.object)
    for t in list(found):
        if isinstance(t.object, ox.NamedNode):
            found.update(l for l in statements.get(t.object, ()) if l.predicate == LABEL)
    return sorted(found, key=str)


def _by_subject(store: Store) -> dict:
    by_subject: dict = defaultdict(set)
    for q in store.quads():
        by_subject[q.subject].add(ox.Triple(q.subject, q.predicate, q.object))
    return by_subject


def _formats(triples: list[ox.Triple]) -> dict[str, bytes]:
    return {
        ".ttl": ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES),
        ".jsonld": jsonld.graph(triples),
        ".nt": "".join(f"{t} .\n" for t in triples).encode("utf-8"),
    }


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
