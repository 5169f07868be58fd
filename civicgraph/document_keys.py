"""What names a document in the graph, so that two different files never share an IRI.

A document's IRI is `…/id/document/<slug of its key>`. The key is the file name without its
suffix, as it always was, when that slug is non-empty and no other document of the corpus has the
same slug: the seed documents and any corpus without collisions keep their IRIs. Otherwise (two
files `a/minutes.txt` and `b/minutes.txt`, `Conseil 2021.txt` and `conseil-2021.txt`, a name made
only of emoji or punctuation) the key gets the first 12 hex digits of the file's SHA-256, which
depend on the file alone: `minutes-3f1c…`, or `document-3f1c…` when the name gives no slug. Among
colliding files the first in path order keeps the plain key. Identical files are one document
(see civicgraph.pipeline), so two colliding files always differ in content and in hash.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from civicgraph.facts import SourceDocument
from civicgraph.text import slug

HASH_DIGITS = 12


def with_keys(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents (distinct contents, in path order) with a key set where their name is not enough."""
    by_slug: dict[str, list[int]] = defaultdict(list)
    for index, document in enumerate(documents):
        by_slug[slug(document.stem)].append(index)
    keyed = list(documents)
    for name, indexes in by_slug.items():
        for rank, index in enumerate(indexes):
            document = documents[index]
            if not name:
                keyed[index] = replace(document, key=f"document-{document.sha256[:HASH_DIGITS]}")
            elif rank > 0:
                keyed[index] = replace(document, key=f"{document.stem}-{document.sha256[:HASH_DIGITS]}")
    return keyed
