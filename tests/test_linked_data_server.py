"""The published folder served by a real nginx (Debian package, installed by `make test`) with the
generated configuration: entity IRIs of every class answer each media type, and a harvester that
knows only `/.well-known/void` finds, downloads, checks and counts every dump."""

from __future__ import annotations

import getpass
import gzip
import hashlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCAT, RDF, VOID

from conftest import build

pytestmark = pytest.mark.slow

SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
CG = "https://w3id.org/civicgraph/ontology#"
ACCEPT = {  # Accept header → (media type served, rdflib format, Oxigraph format)
    "text/turtle": ("text/turtle", "turtle", ox.RdfFormat.TURTLE),
    "application/ld+json": ("application/ld+json", "json-ld", ox.RdfFormat.JSON_LD),
    "application/n-triples": ("application/n-triples", "nt", ox.RdfFormat.N_TRIPLES),
}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
DUMP_FORMATS = {  # media type of a dump → (rdflib format, Oxigraph format, holds named graphs)
    "application/n-quads": ("nquads", ox.RdfFormat.N_QUADS, True),
    "application/trig": ("trig", ox.RdfFormat.TRIG, True),
    "application/ld+json": ("json-ld", ox.RdfFormat.JSON_LD, True),
    "text/turtle": ("turtle", ox.RdfFormat.TURTLE, False),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _nginx() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not found:
        pytest.fail("nginx is not installed: `make test` installs the Debian package")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base URL, built output) with nginx serving OUT/site at http://127.0.0.1:PORT/."""
    nginx = _nginx()
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("lod") / "out"
    built = build(out, extra=("--base-iri", f"{base}id/"))
    assert built.result.exit_code == 0, built.result.output
    prefix = tmp_path_factory.mktemp("nginx")
    site = out / "site"
    user = "user root;" if os.geteuid() == 0 else f"# running as {getpass.getuser()}"
    temp = "".join(f"    {name}_temp_path {prefix}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (prefix / "nginx.conf").write_text(f"""{user}
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
{temp}    include {site}/nginx/http.conf;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {site}/nginx/server.conf;
    }}
}}
""")
    process = subprocess.Popen([nginx, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(prefix / "nginx.conf")],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_for(port, process, prefix)
        yield base, built
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(port: int, process, prefix: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nginx exited: {process.stdout.read().decode()} {(prefix / 'error.log').read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("nginx did not start listening in 15 s")


def get(url: str, accept: str = "*/*"):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as response:
        return response.status, response.headers, response.read()


def _one_entity_per_class(built, base: str) -> dict[str, str]:
    rows = built.rows(f"""SELECT ?c (MIN(STR(?s)) AS ?e) WHERE {{
        GRAPH ?d {{ ?s a ?c ; rdfs:label ?l . ?d a cg:Document }}
        FILTER(STRSTARTS(STR(?c), STR(cg:)) && ?c != cg:Extrait && STRSTARTS(STR(?s), "{base}id/"))
    }} GROUP BY ?c""")
    return dict(rows)


def test_entity_iris_of_every_class_answer_each_media_type(server):
    base, built = server
    entities = _one_entity_per_class(built, base)
    folders = {iri[len(base) + 3:].split("/", 1)[0] for iri in entities.values()}
    assert len(entities) > 15 and len(folders) >= 15, entities
    for cls, iri in sorted(entities.items()):
        for accept, (media, rdflib_format, ox_format) in ACCEPT.items():
            status, headers, body = get(iri, accept)
            assert status == 200 and headers.get_content_type() == media, (cls, iri, accept, headers)
            assert "Accept" in headers.get("Vary", "")
            graph = rdflib.Graph().parse(data=body, format=rdflib_format, publicID=iri)
            assert (rdflib.URIRef(iri), RDF.type, rdflib.URIRef(cls)) in graph, (iri, accept)
            assert ox.Quad(ox.NamedNode(iri), ox.NamedNode(str(RDF.type)), ox.NamedNode(cls)) in set(ox.parse(body, format=ox_format))
        for accept in ("text/html", BROWSER):
            status, headers, body = get(iri, accept)
            assert status == 200 and headers.get_content_type() == "text/html", (iri, accept)
            assert iri.encode() in body and b'rel="alternate" type="text/turtle"' in body
    with pytest.raises(urllib.error.HTTPError) as missing:
        get(f"{base}id/personne/nobody-at-all", "text/turtle")
    assert missing.value.code == 404


def test_a_harvester_starting_from_the_well_known_void_gets_every_dump(server):
    base, _ = server
    status, headers, body = get(f"{base}.well-known/void", "text/turtle")
    assert status == 200 and headers.get_content_type() == "text/turtle"
    void = rdflib.Graph().parse(data=body, format="turtle", publicID=f"{base}.well-known/void")
    dataset = void.value(predicate=RDF.type, object=DCAT.Dataset, any=False)
    triples = int(void.value(dataset, VOID.triples))
    quads = sum(int(void.value(s, VOID.triples)) for s in void.objects(dataset, VOID.subset))
    dumps = set(void.objects(dataset, VOID.dataDump))
    distributions = list(void.objects(dataset, DCAT.distribution))
    assert {void.value(d, DCAT.downloadURL) for d in distributions} == dumps and len(dumps) == 4
    for dist in distributions:
        url = str(void.value(dist, DCAT.downloadURL))
        status, _, data = get(url)
        assert status == 200
        assert len(data) == int(void.value(dist, DCAT.byteSize)), url
        assert hashlib.sha256(data).hexdigest() == str(void.value(void.value(dist, SPDX.checksum), SPDX.checksumValue)), url
        if void.value(dist, DCAT.compressFormat) is not None:
            data = gzip.decompress(data)
        media = str(void.value(dist, DCAT.mediaType)).split("/media-types/", 1)[1]
        rdflib_format, ox_format, graphs = DUMP_FORMATS[media]
        expected = quads if graphs else triples
        read = rdflib.Dataset().parse(data=data, format=rdflib_format) if graphs else rdflib.Graph().parse(data=data, format=rdflib_format)
        assert len(list(read.quads()) if graphs else read) == expected, url
        assert sum(1 for _ in ox.parse(data, format=ox_format)) == expected, url
