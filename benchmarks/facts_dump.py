"""Every fact the readers take out of the cases, the seeds, synthetic and joined documents, as
sorted lines: a change meant to leave the reading alone (speed) is checked by comparing two dumps.

    python benchmarks/facts_dump.py OUT.txt
    diff before.txt after.txt"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from civicgraph.documents import read_document
from civicgraph.facts import Resource, SourceDocument
from civicgraph.persons import curation
from civicgraph.readers import GENRE_READER, UnrecognisedLayout

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402
from reading import _joined  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[tuple[str, str]]:
    paths = [*sorted((ROOT / "tests" / "genre" / "cases").glob("*/document.txt")),
             *sorted((ROOT.parent / "shared" / "cases").glob("*/document.txt")),
             *sorted((ROOT / "tests" / "cases").glob("*/*.txt")),
             *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    texts = [("/".join(p.parts[-4:]), read_document(p).text) for p in paths]  # decoded and normalised as the build reads them
    with tempfile.TemporaryDirectory() as folder:
        texts += [(f"synthetic/{p.name}", p.read_text(encoding="utf-8")) for p in generate(200, Path(folder), seed=2026)]
    genre_cases = [t for name, t in texts if "genre/cases" in name]
    texts += [(f"joined/{i}", t) for i, t in enumerate(_joined(genre_cases, 8000))]
    return texts


def _value(value) -> str:
    return repr(value.ident) if isinstance(value, Resource) else repr(value)


def dump(name: str, text: str, curated) -> list[str]:
    document = SourceDocument.from_text(Path(name.replace("/", "_")), text)
    try:
        facts = GENRE_READER.read(document, curated)
    except UnrecognisedLayout as error:
        return [f"{name}\tunrecognised\t{str(error).split(': ', 1)[-1]}"]
    lines = [f"{name}\tmissing\t{facts.missing!r}"]
    for resource in facts.resources.values():
        head = f"{name}\t{resource.ident!r}"
        lines.append(f"{head}\ttypes\t{sorted(resource.types)!r}\tspans\t{[(s.start, s.end) for s in resource.spans]!r}")
        for prop, values in resource.props.items():
            lines.append(f"{head}\t{prop}\t{[_value(v) for v in values]!r}")
    return lines


def main() -> None:
    curated = curation()
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for name, text in _texts():
            out.write("\n".join(dump(name, text, curated)) + "\n")


if __name__ == "__main__":
    main()
