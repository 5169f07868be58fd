"""What a static web host needs beside the pages to serve the data as linked data: content
negotiation for nginx and Apache, `robots.txt` and `sitemap.xml`.

Deployment the files assume: the published folder is served at the path of the site URL (the base
IRI's parent, see `void.site_url`), and requests for the base IRI's path reach the same server.
An entity IRI `{base}{kind}/{key}` is answered with `{kind}/{key}.{html,ttl,jsonld,nt}` chosen by
the `Accept` header with its q-values, the way Apache's mod_negotiation chooses
(https://httpd.apache.org/docs/2.4/en/content-negotiation.html): Apache from a type map
`{kind}/{key}.var` beside the page, nginx through its JavaScript module with `nginx/negotiate.js`,
which applies the same rules (they are spelled out at its top). When the choice is HTML, the answer is a
303 See Other to the page's own URL, `{site}{kind}/{key}.html` (the httpRange-14 pattern of "Cool URIs for
the Semantic Web", https://www.w3.org/TR/cooluris/#r303gendocument): the page's links are relative
(`../static/style.css`) so that the site works from any folder, and they resolve against the page's URL,
not against the IRI's (one folder deeper, under `id/`); the RDF formats are answered at the IRI itself.
`{base}{kind}/{key}.{ttl,jsonld,nt}` (the `Content-Location` of a negotiated answer, which Apache's type map
sets and nginx alike) answers with the file, and `{base}{kind}/{key}.html` with a 301 Moved Permanently to
the page's own URL: both servers alike. An ACTES matière's IRI
`https://w3id.org/civicgraph/nomenclature/actes/{code}` is negotiated alike, from the site's
`nomenclature/actes/{code}.*` (its code has a dot, so it has a location of its own), but its page is
served at the IRI itself, which is in the page's folder, so that its links resolve. A document's passage,
`{base}document/{key}/extrait/{start}-{end}`, answers with the description of the document's passages
(`extraits/{key}.*`, civicgraph.describe), or, when HTML is chosen, a 303 redirect to the document's viewer
at the passage (`document/{key}.html#c{start}-{end}`): nginx in its own location, Apache from the type map
`extraits/{key}.var`, whose HTML variant is rewritten into that redirect. Between equal q-values the server
prefers HTML, then Turtle, JSON-LD, N-Triples (source qualities 1, 0.999, 0.998, 0.997), so browsers
and `*/*` get the page; a header nothing matches gets 406 Not Acceptable.
"""

from __future__ import annotations

import json

from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from civicgraph.cache import Outputs
from civicgraph.describe import EXCERPT, EXCERPTS, FORMATS, described, entities, excerpt_files, graphs, remove_orphans
from civicgraph.matierepage import FOLDER as MATIERES
from civicgraph.paths import data_dir, files_under
from civicgraph.vocab import FOLDERS
from civicgraph.void import site_url

NEGOTIATED = [("text/html", "html"), *((media, suffix.lstrip(".")) for suffix, media in FORMATS.items())]
MEDIA_TYPES = {  # served extensions → media types
    "html": "text/html", "css": "text/css", "js": "text/javascript", "svg": "image/svg+xml", "png": "image/png", "ico": "image/x-icon",
    "txt": "text/plain", "xml": "application/xml", "ttl": "text/turtle", "nt": "application/n-triples",
    "jsonld": "application/ld+json", "trig": "application/trig", "nq": "application/n-quads", "gz": "application/gzip",
}
DOCUMENTS = FOLDERS["Document"] + "/"


def write(base: str, site: Path, outputs: Outputs | None = None) -> list[Path]:
    """Write `nginx/http.conf`, `nginx/negotiate.js`, `nginx/server.conf`, `.htaccess`, a type map
    beside each entity's page, `robots.txt`, `sitemap.xml`; with `outputs` (cache.Outputs), a type
    map the previous build wrote alike is linked from it."""
    files = {
        site / "nginx" / "http.conf": nginx_http(),
        site / "nginx" / "negotiate.js": nginx_negotiation(),
        site / "nginx" / "server.conf": nginx_server(base),
        site / ".htaccess": apache(base),
        site / "robots.txt": robots(base),
        **{site / name: text for name, text in sitemaps(base, site).items()},
    }
    for stale in set(site.glob("sitemap-*.xml")) - set(files):
        stale.unlink()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [*files, *write_type_maps(base, site, outputs)]


def source_quality(extension: str) -> str:
    """The server's preference for a variant (Apache's `qs`): 1 for HTML, a thousandth less for each next."""
    rank = [ext for _, ext in NEGOTIATED].index(extension)
    return f"{1 - rank / 1000:.3f}"


def nginx_http() -> str:
    """What nginx's `http` block needs: the negotiation function that sets `$civicgraph_ext`."""
    return """# civicgraph: include in the http block, after `js_path` naming this folder (nginx/). Needs nginx's
# JavaScript module (`load_module modules/ngx_http_js_module.so;`, Debian package libnginx-mod-http-js).
js_import civicgraph_negotiation from negotiate.js;
js_set $civicgraph_ext civicgraph_negotiation.extension;
"""


def nginx_negotiation() -> str:
    """`site/hosting/negotiate.js` with the variants: extension, media type and source quality."""
    variants = [{"extension": ext, "media": media, "qs": float(source_quality(ext))} for media, ext in NEGOTIATED]
    script = (data_dir("site") / "hosting" / "negotiate.js").read_text(encoding="utf-8")
    return script.replace("/* civicgraph:variants */[]", json.dumps(variants), 1)


def type_map(stem: str) -> str:
    """Apache's type map for the entity whose files are `{stem}.{html,ttl,jsonld,nt}` beside it
    (https://httpd.apache.org/docs/2.4/mod/mod_negotiation.html#typemaps). Apache answers with the
    chosen variant's URI as `Content-Location`, resolved against the IRI: `{base}{kind}/{key}.ttl`,
    which both servers answer with the file."""
    return "".join(f"URI: {stem}.{ext}\nContent-Type: {media}; qs={source_quality(ext)}\n\n" for media, ext in NEGOTIATED)


def write_type_maps(base: str, site: Path, outputs: Outputs | None = None) -> list[Path]:
    """A type map `{kind}/{key}.var` beside each entity's (ACTES matière's, named graph's) page, and
    `extraits/{key}.var` beside the description of each document's passages; those of entities gone are
    removed. With `outputs` (cache.Outputs), one the previous build wrote alike is linked from it."""
    written = []
    for stem in [stem for _, stem in described(base, site) + graphs(base, site)] + excerpt_files(site):
        relative = stem + ".var"
        data = type_map(stem.rsplit("/", 1)[-1]).encode("utf-8")
        if outputs is None:
            (site / relative).write_bytes(data)
        else:
            outputs.write(relative, data, site / relative)
        written.append(site / relative)
    remove_orphans(site, (".var",))
    return written


def nginx_server(base: str) -> str:
    """The locations (include them in the `server` block whose `root` is the published folder)."""
    base_path, site_path = _path(base), _path(site_url(base))
    types = "".join(f"        {media} {ext};\n" for ext, media in sorted(MEDIA_TYPES.items()))
    return f"""# civicgraph: include in the server block whose root is the published folder.
types {{
{types}}}
default_type application/octet-stream;
charset utf-8;
charset_types text/turtle application/n-triples application/ld+json application/trig application/n-quads text/plain application/xml;

# A document's passage: the description of the document's passages, or its viewer at the passage.
location ~ ^{_regex(base_path + DOCUMENTS)}(?<civicgraph_document>[^/.]+){EXCERPT}(?<civicgraph_span>[0-9]+-[0-9]+)$ {{
    add_header Vary Accept always;
    if ($civicgraph_ext = "") {{
        return 406;
    }}
    if (!-f $document_root{site_path}{EXCERPTS}$civicgraph_document.var) {{
        return 404;
    }}
    if ($civicgraph_ext = "html") {{
        add_header Vary Accept always;
        return 303 {site_path}{DOCUMENTS}$civicgraph_document.html#c$civicgraph_span;
    }}
    add_header Content-Location {site_path}{EXCERPTS}$civicgraph_document.$civicgraph_ext;
    try_files {site_path}{EXCERPTS}$civicgraph_document.$civicgraph_ext =404;
}}

# An entity IRI: the description in the format the Accept header prefers (negotiate.js, see http.conf),
# or, when that is HTML, a 303 to the entity's page, at whose own URL its relative links resolve.
# Content-Location names the description under the IRI's path, as Apache's type map does.
location ~ ^{_regex(base_path)}(?<civicgraph_entity>(?:[^./]+/)*(?<civicgraph_leaf>[^./]+))$ {{
    add_header Vary Accept always;
    if ($civicgraph_ext = "") {{
        return 406;
    }}
    if (!-f $document_root{site_path}$civicgraph_entity.var) {{
        return 404;
    }}
    if ($civicgraph_ext = "html") {{
        add_header Vary Accept always;
        return 303 {site_path}$civicgraph_entity.html;
    }}
    add_header Content-Location $civicgraph_leaf.$civicgraph_ext;
    try_files {site_path}$civicgraph_entity.$civicgraph_ext =404;
}}

# The IRI with a description's suffix (the Content-Location above): that description; with the page's,
# a 301 to the page at its own URL (served under the IRI's path its relative links would not resolve).
location ~ ^{_regex(base_path)}(?<civicgraph_described>[^.]+)[.](?<civicgraph_suffix>{_described()})$ {{
    try_files {site_path}$civicgraph_described.$civicgraph_suffix =404;
}}
location ~ ^{_regex(base_path)}(?<civicgraph_page>[^.]+)[.]html$ {{
    if (!-f $document_root{site_path}$civicgraph_page.html) {{
        return 404;
    }}
    return 301 {site_path}$civicgraph_page.html;
}}

# An ACTES matière (…/nomenclature/actes/7.10): alike, from the site's nomenclature folder.
location ~ ^{_regex(site_path + MATIERES)}(?<civicgraph_concept>[0-9]+(?:[.][0-9]+)?)$ {{
    add_header Vary Accept always;
    if ($civicgraph_ext = "") {{
        return 406;
    }}
    add_header Content-Location $civicgraph_concept.$civicgraph_ext;
    try_files {site_path}{MATIERES}$civicgraph_concept.$civicgraph_ext =404;
}}

# VoID's well-known address (https://www.w3.org/TR/void/#well-known).
location = /.well-known/void {{
    default_type text/turtle;
    try_files {site_path}.well-known/void =404;
}}
"""


def apache(base: str) -> str:
    """An `.htaccess` for the published folder (mod_rewrite, mod_negotiation, mod_mime; `AllowOverride
    FileInfo`): an entity IRI is rewritten to its type map, and `{base}{kind}/{key}.{ext}` to the file,
    which is the `Content-Location` the type map answers with."""
    base_path, site_path = _path(base), _path(site_url(base))
    if not base_path.startswith(site_path):
        raise ValueError(f"the base IRI's path {base_path} must be under the site's {site_path} for .htaccess")
    pattern = _regex(base_path[len(site_path):])
    types = "".join(f"AddType {media} .{ext}\n" for ext, media in sorted(MEDIA_TYPES.items()))
    extensions = "|".join(ext for _, ext in NEGOTIATED)
    return f"""# civicgraph: content negotiation for entity IRIs.
{types}AddCharset utf-8 .html .ttl .nt .jsonld .trig .nq .txt
AddHandler type-map .var
# A passage's answer comes from its document's type map in {EXCERPTS}, whose variant names would resolve
# against the passage's IRI: mod_headers (if loaded) makes them paths from the host's root, as nginx sends them.
<IfModule mod_headers.c>
    <If "%{{THE_REQUEST}} =~ m#^[A-Z]+ {_regex(base_path + DOCUMENTS)}[^/.?]+{EXCERPT}[0-9]+-[0-9]+[? ]#">
        Header always edit Content-Location ^([^/]+)$ {site_path}{EXCERPTS}$1
    </If>
</IfModule>
<Files "void">
    ForceType text/turtle
</Files>
RewriteEngine On
RewriteCond %{{DOCUMENT_ROOT}}{site_path}{EXCERPTS}$1.var -f
RewriteRule ^{pattern}{DOCUMENTS}([^/.]+){EXCERPT}[0-9]+-[0-9]+$ {site_path}{EXCERPTS}$1.var [L]
RewriteCond %{{THE_REQUEST}} ^[A-Z]+\\s{_regex(base_path + DOCUMENTS)}([^/.?\\s]+){EXCERPT}([0-9]+-[0-9]+)[?\\s]
RewriteRule ^{EXCERPTS}[^/]+[.]html$ {site_path}{DOCUMENTS}%1.html#c%2 [R=303,NE,L]
RewriteCond %{{THE_REQUEST}} ^[A-Z]+\\s{_regex(base_path)}([^.?\\s]+)[?\\s]
RewriteRule ^[^.]+[.]html$ {site_path}%1.html [R=303,NE,L]
RewriteCond %{{DOCUMENT_ROOT}}{site_path}$1.html -f
RewriteRule ^{pattern}([^.]+)[.]html$ {site_path}$1.html [R=301,L]
RewriteCond %{{DOCUMENT_ROOT}}{site_path}$1.var -f
RewriteRule ^{pattern}([^.]+)$ {site_path}$1.var [L]
RewriteCond %{{DOCUMENT_ROOT}}{site_path}$1 -f
RewriteRule ^{pattern}([^.]+[.](?:{extensions}))$ {site_path}$1 [L]
RewriteCond %{{DOCUMENT_ROOT}}{site_path}{MATIERES}$1.var -f
RewriteRule ^{_regex(MATIERES)}([0-9]+(?:[.][0-9]+)?)$ {site_path}{MATIERES}$1.var [L]
"""


def robots(base: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {site_url(base)}sitemap.xml\n"


SITEMAP_URLS = 50_000  # the protocol's limit of URLs in one file (and 50 MB, far above 50,000 of ours)


def sitemaps(base: str, site: Path, size: int = SITEMAP_URLS) -> dict[str, str]:
    """File name → text of the sitemap (https://www.sitemaps.org/protocol.html): every page's URL,
    the index first, the site's other own pages (guide, ontology, classes, nomenclature), then the
    entities' pages (at their own URLs: an entity's IRI answers a browser with a redirect to its page,
    and a sitemap lists the addresses it leads to). Up to `size` URLs it is `sitemap.xml` alone; past
    that, `sitemap.xml` is a sitemap index naming `sitemap-1.xml`, `sitemap-2.xml`, … of `size` each."""
    kinds = set(FOLDERS.values())
    own = sorted(files_under(site, ".html", frozenset(kinds)),
                 key=lambda path: (path != "index.html", path))
    urls = [*(site_url(base) + path for path in own), *(site_url(base) + iri[len(base):] + ".html" for iri in entities(base, site))]
    if len(urls) <= size:
        return {"sitemap.xml": _xml("urlset", "url", urls)}
    parts = {f"sitemap-{n}.xml": _xml("urlset", "url", urls[start:start + size])
             for n, start in enumerate(range(0, len(urls), size), start=1)}
    return {"sitemap.xml": _xml("sitemapindex", "sitemap", [site_url(base) + name for name in parts]), **parts}


def _xml(root: str, item: str, urls: list[str]) -> str:
    body = "".join(f"  <{item}><loc>{escape(u)}</loc></{item}>\n" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</{root}>\n'


def _described() -> str:
    """The suffixes of an entity's descriptions, as a regular expression's alternatives."""
    return "|".join(ext for _, ext in NEGOTIATED if ext != "html")


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


def _regex(path: str) -> str:
    return "".join("\\" + ch if ch in ".+*?()[]{}^$|\\" else ch for ch in path)
