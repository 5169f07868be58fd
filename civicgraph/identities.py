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
class Homonyms:
    """Distinct resources whose names have the same key (`slug`): e.g. namesakes in two communes."""
    name: str
    iris: tuple[str, ...]  # sorted


@dataclass(frozen=True)
class NearPair:
    """Two different name keys within a few edits, and the resources named by each (sorted)."""
    first_name: str
    second_name: str
    first: tuple[str, ...]
    second: tuple[str, ...]
    distance: int


SHOWN = 5  # IRIs listed per name in the report; the others are counted


def distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), computed by rapidfuzz."""
    return Levenshtein.distance(a, b)


def identities(store: Store) -> list[Identity]:
    names, rows = store.select(load("identities").text)
    plain = [{n: (t.value if t is not None else "") for n, t in zip(names, row)} for row in rows]
    return [Identity(r["person"], r["name"], r["context"], int(r["documents"]), r["forms"], r["reasons"]) for r in plain]


def by_key(named: list[tuple[str, str]]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """(IRI, name) pairs grouped by name key: key -> (the smallest name, the distinct IRIs sorted)."""
    keyed: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for iri, name in named:
        names, iris = keyed[slug(name)]
        names.add(name)
        iris.add(iri)
    return {key: (min(names), tuple(sorted(iris))) for key, (names, iris) in keyed.items()}


def homonyms(named: list[tuple[str, str]]) -> list[Homonyms]:
    """The keys naming more than one resource, one group each, largest first: a group of n
    namesakes is one entry, not n(n-1)/2 pairs (at 10,000 documents thousands of persons share a
    name across communes, and the pairs exhausted 23 GB)."""
    groups = [Homonyms(name, iris) for name, iris in by_key(named).values() if len(iris) > 1]
    return sorted(groups, key=lambda g: (-len(g.iris), g.name, g.iris))


def near_pairs(named: list[tuple[str, str]], limit: int = 2) -> list[NearPair]:
    """Pairs of different name keys within `limit` edits (1 to `limit`: same keys are `homonyms`).
    Only distinct keys are compared, so the work and the output grow with the distinct names, not
    with the resources; and only within blocks sharing their last word's first three letters, each
    key compared with the later ones by rapidfuzz in one call (C code, stops at `limit`), so the
    work grows with the sum of the blocks' squares, not the square of the names."""
    keyed = by_key(named)
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keyed:
        blocks[key.rsplit("-", 1)[-1][:3]].append(key)
    pairs = []
    for block in blocks.values():
        block.sort()
        for i, a in enumerate(block[:-1]):
            for b, d, _ in process.extract(a, block[i + 1:], scorer=Levenshtein.distance, score_cutoff=limit, limit=None):
                (an, ai), (bn, bi) = keyed[a], keyed[b]
                if ai == bi and len(ai) == 1:
                    continue  # one resource under two labels (an organisation's forms): no pair to merge
                pairs.append(NearPair(an, bn, ai, bi, int(d)))
    return sorted(pairs, key=lambda p: (p.distance, p.first_name, p.second_name, p.first, p.second))


ORGANISATIONS = """
PREFIX cg: <https://w3id.org/civicgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?o ?name WHERE { ?o a cg:Organisation ; rdfs:label ?name }"""


def listed(iris: tuple[str, ...]) -> str:
    """The IRIs in angle brackets, at most SHOWN of them and the count of the others."""
    shown = " ".join(f"<{iri}>" for iri in iris[:SHOWN])
    return shown + (f" and {len(iris) - SHOWN} more" if len(iris) > SHOWN else "")


def report(store: Store) -> str:
    """The report's text: merges, then per kind (persons, organisations) the namesakes and the near
    names not merged. Its lines grow with the merged persons and the distinct names; a name's
    resources beyond SHOWN are counted, not listed."""
    people = identities(store)
    merged = [p for p in people if p.documents > 1 or p.reasons]
    lines = [f"Merges ({len(merged)} persons named in several documents or under several spellings)"]
    for p in merged:
        why = p.reasons or (f"même nom dans les documents {articles.of(p.context)}" if p.context else "même nom dans plusieurs documents")
        lines.append(f"  {p.name} <{p.iri}> — {p.documents} documents — {why}")
    _, rows = store.select(ORGANISATIONS)
    for title, named in (("persons", [(p.iri, p.name) for p in people]), ("organisations", [(o.value, n.value) for o, n in rows])):
        groups, pairs = homonyms(named), near_pairs(named)
        lines.append(f"Same-name {title} NOT merged ({len(groups)} names, {sum(len(g.iris) for g in groups)} {title}): review, then force or forbid in ingest/identities.csv")
        lines += [f"  {g.name} — {len(g.iris)} {title}: {listed(g.iris)}" for g in groups]
        lines.append(f"Near-duplicate {title} NOT merged ({len(pairs)} pairs of names): review, then force or forbid in ingest/identities.csv")
        lines += [f"  {p.first_name} {listed(p.first)}  ~  {p.second_name} {listed(p.second)}  (distance {p.distance})" for p in pairs]
    return "\n".join(lines) + "\n"
