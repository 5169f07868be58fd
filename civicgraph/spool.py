"""The facts of the documents read, kept on disk between reading and mapping.

The corpus-wide steps that run between the two (tables merged into deliberations, conflicts
between documents) need every document, but never all of their facts at once. Held as Python
objects, facts cost about 230 kB a document of 6.6 kB (some 100 resources, their property dicts
and lists, their spans): 1.9 GB for a recueil of 7,400 acts. Pickled and compressed they are
about 11 kB, and on disk nothing: memory then holds one document's facts at a time, whatever the
corpus (BENCHMARKS.md, "One very big text").
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from typing import Iterator

from civicgraph.facts import Facts

LEVEL = 1  # zlib's fastest: 10.9 kB a document against 9.6 kB at level 6, for a third of the CPU


class Spool:
    """Facts by number (0, 1… in the order they were put), pickled and compressed one after the
    other in an anonymous temporary file (removed when the spool is closed or collected). `get`
    gives a new object each time: a change to it is kept only if it is `put` back."""

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="civicgraph-facts-")
        self._places: list[tuple[int, int]] = []  # (offset, length) in the file of each entry's latest bytes

    def append(self, facts: Facts) -> int:
        """Keep `facts` as the next entry; returns its number."""
        self._places.append(self._write(facts))
        return len(self._places) - 1

    def put(self, number: int, facts: Facts) -> None:
        """Replace entry `number` with `facts` (its old bytes are left in the file, unreferenced)."""
        self._places[number] = self._write(facts)

    def get(self, number: int) -> Facts:
        offset, length = self._places[number]
        self._file.seek(offset)
        return pickle.loads(zlib.decompress(self._file.read(length)))

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Facts]:
        """Each entry's facts in turn, in order: memory holds the one being used."""
        return (self.get(number) for number in range(len(self._places)))

    def _write(self, facts: Facts) -> tuple[int, int]:
        data = zlib.compress(pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL), LEVEL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        return offset, len(data)

    def close(self) -> None:
        self._file.close()
