"""The identity report a maintainer reviews: every merge the build made (variant spellings in a
document, the same person across documents) and every pair of names close enough to be one person
or one body that were NOT merged, so that `ingest/identities.csv` can force or forbid them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from civicgraph import articles
from civicgraph.queries import load
from civicgraph.store import Store
from civicgraph.text import slug


@dataclass(frozen=True)
class Identity:
    iri: str
    name: str
    context: str
    documents: int
    forms: str
    reasons: str


@dataclass(frozen=True)
class NearPair:
    first: str
    second: str
    first_name: str
    second_name: str
    distance: int


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), computed by rapidfuzz."""
    return Levenshtein.distance(a, b)


def identities(store: Store) -> list[Identity]:
    names, rows = store.select(load("identities").text)
    plain = [{n: (t.value if t is not None else "") for n, t in zip(names, row)} for row in rows]
    return [Identity(r["person"], r["name"], r["context"], int(r["documents"]), r["forms"], r["reasons"]) for r in plain]


def near_pairs(named: list[tuple[str, str]], limit: int = 2) -> list[NearPair]:
    """Pairs of distinct resources whose name keys are within `limit` edits. Names are compared
    only within blocks sharing their last word's first three letters, and within a block each name
    is compared with the others by rapidfuzz in one call (C code, stops at `limit`), so the work
    grows with the sum of the blocks' squares, not the square of the names."""
    blocks: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for iri, name in named:
        key = slug(name)
        blocks[key.rsplit("-", 1)[-1][:3]].append((iri, name, key))
    pairs = []
    for block in blocks.values():
        block = sorted(block)
        keys = [key for _, _, key in block]
        for i, (a, an, ak) in enumerate(block[:-1]):
            later = keys[i + 1:]
            for _, d, j in process.extract(ak, later, scorer=Levenshtein.distance, score_cutoff=limit, limit=None):
                b, bn, _ = block[i + 1 + j]
                if a != b:
                    pairs.append(NearPair(a, b, an, bn, int(d)))
    return sorted(pairs, key=lambda p: (p.distance, p.first, p.second))


ORGANISATIONS = """
PREFIX cg: <https://w3id.org/civicgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?o ?name WHERE { ?o a cg:Organisation ; rdfs:label ?name }"""


def report(store: Store) -> str:
    people = identities(store)
    merged = [p for p in people if p.documents > 1 or p.reasons]
    lines = [f"Merges ({len(merged)} persons named in several documents or under several spellings)"]
    for p in merged:
        why = p.reasons or (f"même nom dans les documents {articles.of(p.context)}" if p.context else "même nom dans plusieurs documents")
        lines.append(f"  {p.name} <{p.iri}> — {p.documents} documents — {why}")
    person_pairs = near_pairs([(p.iri, p.name) for p in people])
    _, rows = store.select(ORGANISATIONS)
    organisation_pairs = near_pairs([(o.value, n.value) for o, n in rows])
    for title, pairs in (("persons", person_pairs), ("organisations", organisation_pairs)):
        lines.append(f"Near-duplicate {title} NOT merged ({len(pairs)}): review, then force or forbid in ingest/identities.csv")
        lines += [f"  {p.first_name} <{p.first}>  ~  {p.second_name} <{p.second}>  (distance {p.distance})" for p in pairs]
    return "\n".join(lines) + "\n"
