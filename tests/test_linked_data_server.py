"""The published folder served by a real nginx and a real Apache httpd (Debian packages, installed
by `make test`) with the generated configuration: entity IRIs of every class answer each media type,
both servers weigh q-values alike, and a harvester that knows only `/.well-known/void` finds,
downloads, checks and counts every dump."""

from __future__ import annotations

import getpass
import gzip
import hashlib
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

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
NGINX_JS_MODULE = "/usr/lib/nginx/modules/ngx_http_js_module.so"  # Debian libnginx-mod-http-js
APACHE_MODULES = "/usr/lib/apache2/modules"  # Debian apache2
DUMP_FORMATS = {  # media type of a dump → (rdflib format, Oxigraph format, holds named graphs)
    "application/n-quads": ("nquads", ox.RdfFormat.N_QUADS, True),
    "application/trig": ("trig", ox.RdfFormat.TRIG, True),
    "application/ld+json": ("json-ld", ox.RdfFormat.JSON_LD, True),
    "text/turtle": ("turtle", ox.RdfFormat.TURTLE, False),
}


NEGOTIATION = [  # Accept header → the extension served (None: 406 Not Acceptable)
    ("text/turtle;q=0.9, application/ld+json;q=1", "jsonld"),
    ("application/ld+json;q=0.5, text/turtle", "ttl"),
    ("text/html;q=0.1, application/n-triples", "nt"),
    ("text/turtle;q=0.2, text/html;q=0.8", "html"),
    ("text/turtle, */*", "ttl"),
    ("text/turtle;q=0.3, */*;q=0.5", "html"),
    ("application/*", "jsonld"),
    ("text/*;q=0.5, application/n-triples;q=0.4", "html"),
    ("*/*", "html"),
    (BROWSER, "html"),
    ("text/turtle;q=0, */*;q=0.1", "html"),
    ("text/turtle;q=0", None),
    ("application/rdf+xml", None),
]
MEDIA = {"html": "text/html", "ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}


def accept_ext(media: str) -> str:
    return {m: ext for ext, m in MEDIA.items()}[media]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _program(*candidates: str) -> str:
    for name in candidates:
        found = shutil.which(name) or (name if os.path.isabs(name) and os.path.exists(name) else None)
        if found:
            return found
    pytest.fail(f"{candidates[0]} is not installed: `make test` installs the Debian package")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(nginx's base URL, built output): the base IRI names the port nginx will listen on. The output
    is readable by all, since Apache started as root serves it as www-data."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    out = Path(tempfile.mkdtemp(prefix="civicgraph-lod-")) / "out"
    out.parent.chmod(0o755)
    result = build(out, extra=("--base-iri", f"{base}id/"))
    assert result.result.exit_code == 0, result.result.output
    out.chmod(0o755)
    yield base, result
    shutil.rmtree(out.parent)


@pytest.fixture(scope="module")
def nginx(built, tmp_path_factory):
    """nginx (with its JavaScript module) serving OUT/site at the base URL's port."""
    nginx = _program("nginx", "/usr/sbin/nginx")
    base, result = built
    port = urlsplit(base).port
    prefix = tmp_path_factory.mktemp("nginx")
    site = result.out / "site"
    user = "user root;" if os.geteuid() == 0 else f"# running as {getpass.getuser()}"
    temp = "".join(f"    {name}_temp_path {prefix}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (prefix / "nginx.conf").write_text(f"""{user}
load_module {NGINX_JS_MODULE};
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
{temp}    js_path {site}/nginx;
    include {site}/nginx/http.conf;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {site}/nginx/server.conf;
    }}
}}
""")
    command = [nginx, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(prefix / "nginx.conf")]
    yield from _serve(command, port, prefix / "error.log")


@pytest.fixture(scope="module")
def apache(built, tmp_path_factory):
    """Apache httpd (Debian apache2) serving OUT/site with its `.htaccess`, on a port of its own."""
    apache = _program("apache2", "/usr/sbin/apache2")
    _, result = built
    port = _free_port()
    root = tmp_path_factory.mktemp("apache")
    site = result.out / "site"
    modules = "".join(f"LoadModule {name}_module {APACHE_MODULES}/mod_{name}.so\n"
                      for name in ("mpm_event", "authz_core", "mime", "negotiation", "rewrite", "dir", "headers"))
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    (root / "httpd.conf").write_text(f"""ServerRoot {root}
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {root}/httpd.pid
DefaultRuntimeDir {root}
ErrorLog {root}/error.log
LogLevel warn
{modules}{user}TypesConfig /dev/null
DocumentRoot {site}
<Directory {site}>
    AllowOverride FileInfo
    Require all granted
</Directory>
""")
    command = [apache, "-f", str(root / "httpd.conf"), "-DFOREGROUND"]
    yield from _serve(command, port, root / "error.log")


@pytest.fixture(params=["nginx", "apache"])
def server(request, built):
    """(origin of a running server, nginx's base URL, built output), for each server."""
    base, result = built
    return request.getfixturevalue(request.param), base, result


def _serve(command: list[str], port: int, log: Path):
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait_for(port, process, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(port: int, process, log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{process.args[0]} exited: {process.stdout.read().decode()} {log.read_text() if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"{process.args[0]} did not start listening in 15 s")


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
    origin, base, built = server
    entities = _one_entity_per_class(built, base)
    folders = {iri[len(base) + 3:].split("/", 1)[0] for iri in entities.values()}
    assert len(entities) > 15 and len(folders) >= 15, entities
    for cls, iri in sorted(entities.items()):
        url = origin + iri[len(base):]
        for accept, (media, rdflib_format, ox_format) in ACCEPT.items():
            status, headers, body = get(url, accept)
            assert status == 200 and headers.get_content_type() == media, (cls, url, accept, headers)
            assert "accept" in headers.get("Vary", "").lower()
            graph = rdflib.Graph().parse(data=body, format=rdflib_format, publicID=iri)
            assert (rdflib.URIRef(iri), RDF.type, rdflib.URIRef(cls)) in graph, (iri, accept)
            assert ox.Quad(ox.NamedNode(iri), ox.NamedNode(str(RDF.type)), ox.NamedNode(cls)) in set(ox.parse(body, format=ox_format))
        for accept in ("text/html", BROWSER):
            status, headers, body = get(url, accept)
            assert status == 200 and headers.get_content_type() == "text/html", (url, accept)
            assert iri.encode() in body and b'rel="alternate" type="text/turtle"' in body
    with pytest.raises(urllib.error.HTTPError) as missing:
        get(f"{origin}id/personne/nobody-at-all", "text/turtle")
    assert missing.value.code == 404


@pytest.mark.parametrize("code", ["7.10", "7"])
def test_actes_matiere_iris_answer_each_media_type(server, code):
    """A matière's IRI is fixed (https://w3id.org/civicgraph/nomenclature/actes/7.10, whatever the base
    IRI): the site answers it at the same path under the site's address, negotiated like an entity's."""
    origin, _, built = server
    iri = f"https://w3id.org/civicgraph/nomenclature/actes/{code}"
    url = f"{origin}nomenclature/actes/{code}"
    for accept, (media, rdflib_format, ox_format) in ACCEPT.items():
        status, headers, body = get(url, accept)
        assert status == 200 and headers.get_content_type() == media, (url, accept, headers)
        assert "accept" in headers.get("Vary", "").lower()
        graph = rdflib.Graph().parse(data=body, format=rdflib_format)
        assert (rdflib.URIRef(iri), RDF.type, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#Concept")) in graph
        assert ox.Quad(ox.NamedNode(iri), ox.NamedNode(str(RDF.type)), ox.NamedNode("http://www.w3.org/2004/02/skos/core#Concept")) in set(ox.parse(body, format=ox_format))
        assert urllib.parse.urljoin(url, headers["Content-Location"] or "") == f"{url}.{accept_ext(media)}"
    for accept in ("text/html", BROWSER):
        status, headers, body = get(url, accept)
        assert status == 200 and headers.get_content_type() == "text/html"
        assert body == (built.out / "site" / f"nomenclature/actes/{code}.html").read_bytes()
    with pytest.raises(urllib.error.HTTPError) as refused:
        get(url, "application/rdf+xml")
    assert refused.value.code == 406
    with pytest.raises(urllib.error.HTTPError) as missing:
        get(f"{origin}nomenclature/actes/7.99", "text/turtle")
    assert missing.value.code == 404


@pytest.mark.parametrize("accept, served", NEGOTIATION)
def test_q_values_choose_the_representation(server, accept, served):
    """Both servers weigh q-values alike: the client's preference, then the server's (HTML, Turtle,
    JSON-LD, N-Triples); a header nothing matches gets 406."""
    origin, base, built = server
    path = "id/organisation/clermont-ferrand"  # also a folder (its services): negotiation must not list it
    if served is None:
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(origin + path, accept)
        assert refused.value.code == 406
        return
    status, headers, body = get(origin + path, accept)
    assert status == 200 and headers.get_content_type() == MEDIA[served], (accept, headers)
    assert body == (built.out / "site" / f"organisation/clermont-ferrand.{served}").read_bytes()


def test_no_accept_header_gets_the_page(server):
    origin, _, built = server
    with urllib.request.urlopen(origin + "id/organisation/la-27e-region", timeout=30) as response:
        assert response.headers.get_content_type() == "text/html"
        assert response.read() == (built.out / "site" / "organisation/la-27e-region.html").read_bytes()


def test_the_icon_is_served_on_both_servers(server):
    """The icon a page names and `/favicon.ico`, which a browser asks for where nothing names an icon,
    answer 200 with their media types: no 404 in the server's log for them."""
    origin, _, built = server
    _, _, home = get(origin, BROWSER)
    icon = re.search(rb'<link rel="icon" type="image/svg\+xml" href="([^"]+)">', home)[1].decode()
    for path, media, file in ((icon, "image/svg+xml", "static/favicon.svg"), ("favicon.ico", "image/x-icon", "favicon.ico")):
        status, headers, body = get(origin + path, "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
        assert (status, headers.get_content_type()) == (200, media), path
        assert body == (built.out / "site" / file).read_bytes()


def test_the_well_known_void_is_the_description_in_turtle_on_both_servers(server):
    """VoID's well-known address (https://www.w3.org/TR/void/#well-known) answers the dataset's
    description as Turtle on either server, whatever the Accept header; the home page links to it."""
    origin, _, built = server
    for accept in ("text/turtle", "*/*", BROWSER):
        status, headers, body = get(f"{origin}.well-known/void", accept)
        assert status == 200 and headers.get_content_type() == "text/turtle", (accept, headers)
        assert body == (built.out / "site" / ".well-known" / "void").read_bytes()
    _, _, home = get(origin, BROWSER)
    assert b'href=".well-known/void"' in home


def test_a_harvester_starting_from_the_well_known_void_gets_every_dump(built, nginx):
    base, _ = built
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


def _minted(built, base: str) -> list[str]:
    """Every distinct IRI under the base IRI in the N-Quads dump: subjects, objects and graph names."""
    data = gzip.decompress((built.out / "site" / "dumps" / "civicgraph.nq.gz").read_bytes())
    terms = {term.value for q in ox.parse(data, format=ox.RdfFormat.N_QUADS) for term in (q.subject, q.object, q.graph_name)
             if isinstance(term, ox.NamedNode)}
    return sorted(iri for iri in terms if iri.startswith(f"{base}id/"))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_every_iri_the_dumps_mint_dereferences(server):
    """Entities, documents' passages (…/document/{key}/extrait/{start}-{end}) and named graphs
    (…/graph/inferred): each answers Turtle that describes it, and a page (a passage's is its
    document's viewer at its anchor, through a redirect)."""
    origin, base, built = server
    minted = _minted(built, base)
    families = {iri[len(base) + 3:].split("/")[0] + ("/extrait" if "/extrait/" in iri else "") for iri in minted}
    assert {"document/extrait", "graph", "personne", "organisation"} <= families, families
    for iri in minted:
        url = origin + iri[len(base):]
        status, headers, body = get(url, "text/turtle")
        assert status == 200 and headers.get_content_type() == "text/turtle", (iri, headers)
        assert any(t.subject == ox.NamedNode(iri) for t in ox.parse(body, format=ox.RdfFormat.TURTLE)), iri
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": BROWSER}), timeout=30) as response:
            assert response.status == 200 and response.headers.get_content_type() == "text/html", iri
            page = response.read()
        if "/extrait/" in iri:
            document, span = iri[len(base):].split("/extrait/")
            assert response.url == f"{origin}{document[3:]}.html#c{span}", (iri, response.url)
            assert f'id="c{span}"'.encode() in page, iri
        else:
            assert iri.encode() in page, iri


class _Links(HTMLParser):
    """The addresses a page links to: `<link href>`, `<script src>`, `<a href>` (stylesheets apart)."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.others = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag in ("link", "a", "script") and (attrs.get("href") or attrs.get("src")):
            self.others.append(attrs.get("href") or attrs.get("src"))


def test_a_browser_at_an_entity_iri_is_sent_to_the_page_where_its_links_resolve(server):
    """An entity's page is one folder above its IRI (…/id/organisation/x → …/organisation/x.html), and
    its links are relative (`../static/style.css`): served at the IRI they would resolve under `id/`.
    So HTML is a 303 See Other to the page's own URL (the httpRange-14 pattern), which a browser
    follows; there the stylesheet and every relative link of the page answer 200."""
    origin, base, built = server
    iris = sorted(set(_one_entity_per_class(built, base).values())) + [f"{base}id/graph/inferred"]
    opener = urllib.request.build_opener(_NoRedirect)
    checked: dict[str, int] = {}
    for iri in iris:
        url, page = origin + iri[len(base):], origin + iri[len(base) + 3:] + ".html"
        for accept in ("text/html", BROWSER):
            with pytest.raises(urllib.error.HTTPError) as redirected:
                opener.open(urllib.request.Request(url, headers={"Accept": accept}), timeout=30)
            assert redirected.value.code == 303, (iri, accept)
            assert urllib.parse.urljoin(url, redirected.value.headers["Location"]) == page, (iri, redirected.value.headers)
            assert "accept" in redirected.value.headers.get("Vary", "").lower(), iri
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": BROWSER}), timeout=30) as response:
            assert response.status == 200 and response.url == page and response.headers.get_content_type() == "text/html"
            body = response.read()
        assert body == (built.out / "site" / (iri[len(base) + 3:] + ".html")).read_bytes(), iri
        links = _Links()
        links.feed(body.decode("utf-8"))
        assert links.stylesheets, iri
        for href in links.stylesheets + links.others:
            target = urllib.parse.urldefrag(urllib.parse.urljoin(page, href)).url
            if not target.startswith(origin) or target in checked:
                continue
            try:
                checked[target] = get(target)[0]
            except urllib.error.HTTPError as error:
                checked[target] = error.code
            assert checked[target] == 200, (iri, href, target, checked[target])
        status, headers, _ = get(urllib.parse.urljoin(page, links.stylesheets[0]), "text/css,*/*;q=0.1")
        assert status == 200 and headers.get_content_type() == "text/css"
    for accept in ("text/html", BROWSER):
        with pytest.raises(urllib.error.HTTPError) as missing:
            opener.open(urllib.request.Request(f"{origin}id/personne/nobody-at-all", headers={"Accept": accept}), timeout=30)
        assert missing.value.code == 404


def test_an_iri_with_a_suffix_answers_alike_on_both_servers(server):
    """A negotiated description names itself in `Content-Location` (Apache's type map does; nginx
    alike): `{iri}.ttl`, `.jsonld`, `.nt`, which answer with that description whatever the Accept
    header. `{iri}.html` is a 301 to the page at its own URL, never the page under `id/`, where its
    relative links would not resolve. For an entity of every class and the inferences' graph; an IRI
    of nothing is 404 with any suffix."""
    origin, base, built = server
    iris = sorted(set(_one_entity_per_class(built, base).values())) + [f"{base}id/graph/inferred"]
    opener = urllib.request.build_opener(_NoRedirect)
    extension = {media: ext for ext, media in MEDIA.items()}
    for iri in iris:
        url, page = origin + iri[len(base):], origin + iri[len(base) + 3:] + ".html"
        for accept, (media, _, _) in ACCEPT.items():
            _, headers, body = get(url, accept)
            described = urllib.parse.urljoin(url, headers["Content-Location"] or "")
            assert described == f"{url}.{extension[media]}", (iri, accept, headers["Content-Location"])
            status, again, same = get(described, "text/html")
            assert status == 200 and again.get_content_type() == media and same == body, (described, again)
        for accept in ("text/html", BROWSER, "text/turtle"):
            with pytest.raises(urllib.error.HTTPError) as moved:
                opener.open(urllib.request.Request(url + ".html", headers={"Accept": accept}), timeout=30)
            assert moved.value.code == 301, (iri, accept, moved.value.code)
            assert urllib.parse.urljoin(url, moved.value.headers["Location"]) == page, (iri, moved.value.headers)
    for suffix in (".html", ".ttl", ".jsonld", ".nt", ".var"):
        with pytest.raises(urllib.error.HTTPError) as missing:
            opener.open(urllib.request.Request(f"{origin}id/personne/nobody-at-all{suffix}"), timeout=30)
        assert missing.value.code == 404, suffix


def test_a_passage_redirects_a_browser_to_its_anchor_in_the_viewer(server):
    origin, base, built = server
    passage = next(iri for iri in _minted(built, base) if "/extrait/" in iri)
    document, span = passage[len(base) + 3:].split("/extrait/")
    opener = urllib.request.build_opener(_NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirected:
        opener.open(urllib.request.Request(origin + passage[len(base):], headers={"Accept": "text/html"}), timeout=30)
    assert redirected.value.code == 303
    assert urllib.parse.urljoin(origin, redirected.value.headers["Location"]) == f"{origin}{document}.html#c{span}"
    for accept, (media, rdflib_format, _) in ACCEPT.items():
        status, headers, body = get(origin + passage[len(base):], accept)
        assert status == 200 and headers.get_content_type() == media and "accept" in headers.get("Vary", "").lower()
        assert urllib.parse.urljoin(origin, headers["Content-Location"] or "") == f"{origin}extraits/{document.split('/')[-1]}.{accept_ext(media)}"
        graph = rdflib.Graph().parse(data=body, format=rdflib_format)
        start, end = span.split("-")
        assert (rdflib.URIRef(passage), rdflib.URIRef(CG + "positionDebut"), rdflib.Literal(int(start))) in graph
        assert (rdflib.URIRef(passage), rdflib.URIRef(CG + "document"), rdflib.URIRef(f"{base}id/{document}")) in graph
    for missing in (f"id/document/nothing-here/extrait/{span}", "id/graph/nothing-here"):
        for accept in ("text/turtle", "text/html"):
            with pytest.raises(urllib.error.HTTPError) as answer:
                get(origin + missing, accept)
            assert answer.value.code == 404, (missing, accept)
