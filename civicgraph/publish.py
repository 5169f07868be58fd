"""Publication: everything a harvester or a linked-data client needs, written into the published
folder after the site's pages — the dumps (`dumps/`), their VoID/DCAT description
(`.well-known/void`), per-entity descriptions beside the pages, the data licence, and the host's
configuration (content negotiation, `robots.txt`, `sitemap.xml`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from civicgraph import describe, hosting, void
from civicgraph.cache import Outputs
from civicgraph.dumps import Dump, write_dumps
from civicgraph.paths import data_dir
from civicgraph.store import Store

LICENCE_FILE = "LICENCE.txt"


@dataclass
class Publication:
    dumps: list[Dump]
    described: int
    void: Path


def publish(store: Store, base: str, site: Path, sparql_endpoint: str | None = None, outputs: Outputs | None = None) -> Publication:
    """Write the publication into `site` (the folder the pages were rendered into); with `outputs`,
    the descriptions and type maps unchanged since the previous build are linked from it, and the dumps
    assembled from the pieces of the graphs unchanged."""
    dumps = write_dumps(store, site / "dumps", outputs)
    described = describe.write_descriptions(store, base, site, outputs)
    (site / "dumps" / LICENCE_FILE).write_text(licence_text(), encoding="utf-8")
    description = void.write(store, base, dumps, site, sparql_endpoint)
    describe.write_graphs(void.graph_descriptions(description.read_bytes(), base), base, site, outputs)
    hosting.write(base, site, outputs)
    return Publication(dumps, described, description)


def licence_text() -> str:
    """The data licence and the credits of the third-party data the build reads (`ingest/reference/CREDITS.md`)."""
    credits = (data_dir("ingest") / "reference" / "CREDITS.md").read_text(encoding="utf-8")
    return (
        f"The civicgraph data (the dumps in this folder, the descriptions beside the pages) are published under the\n"
        f"{void.LICENCE_LABEL}: {void.LICENCE}\n"
        f"Les données civicgraph sont publiées sous la Licence Ouverte / Open Licence version 2.0 (Etalab).\n\n"
        f"{credits}"
    )
