"""What a static web host needs beside the pages to serve the data as linked data: content
negotiation for nginx and Apache, `robots.txt` and `sitemap.xml`.

Deployment the files assume: the published folder is served at the path of the site URL (the base
IRI's parent, see `void.site_url`), and requests for the base IRI's path reach the same server.
An entity IRI `{base}{kind}/{key}` is answered with `{kind}/{key}.{html,ttl,jsonld,nt}` chosen by
the `Accept` header: the first RDF media type it names wins (Turtle, JSON-LD, N-Triples), anything
else gets HTML, so browsers (which send `text/html` and `*/*`) get the page. q-values are not
weighed: an RDF type named at all means the client asked for RDF.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from civicgraph.describe import FORMATS, entities
from civicgraph.void import site_url

NEGOTIATED = [(media, suffix.lstrip(".")) for suffix, media in FORMATS.items()]
MEDIA_TYPES = {  # served extensions → media types
    "html": "text/html", "css": "text/css", "js": "text/javascript", "svg": "image/svg+xml", "png": "image/png",
    "txt": "text/plain", "xml": "application/xml", "ttl": "text/turtle", "nt": "application/n-triples",
    "jsonld": "application/ld+json", "trig": "application/trig", "nq": "application/n-quads", "gz": "application/gzip",
}


def write(base: str, site: Path) -> list[Path]:
    """Write `nginx/http.conf`, `nginx/server.conf`, `.htaccess`, `robots.txt`, `sitemap.xml`."""
    files = {
        site / "nginx" / "http.conf": nginx_http(),
        site / "nginx" / "server.conf": nginx_server(base),
        site / ".htaccess": apache(base),
        site / "robots.txt": robots(base),
        site / "sitemap.xml": sitemap(base, site),
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def nginx_http() -> str:
    """The `map` from `Accept` to a file extension (include it in nginx's `http` block)."""
    lines = "".join(f'    "~*{media.replace("+", "[+]")}" {ext};\n' for media, ext in NEGOTIATED)
    return f"# civicgraph: include in the http block.\nmap $http_accept $civicgraph_ext {{\n    default html;\n{lines}}}\n"


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

# An entity IRI: the description in the requested format (see the map in http.conf).
location ~ ^{_regex(base_path)}(?<civicgraph_entity>[^.]+)$ {{
    add_header Vary Accept always;
    try_files {site_path}$civicgraph_entity.$civicgraph_ext =404;
}}

# VoID's well-known address (https://www.w3.org/TR/void/#well-known).
location = /.well-known/void {{
    default_type text/turtle;
    try_files {site_path}.well-known/void =404;
}}
"""


def apache(base: str) -> str:
    """An `.htaccess` for the published folder (mod_rewrite, mod_headers, mod_mime)."""
    base_path, site_path = _path(base), _path(site_url(base))
    if not base_path.startswith(site_path):
        raise ValueError(f"the base IRI's path {base_path} must be under the site's {site_path} for .htaccess")
    pattern = _regex(base_path[len(site_path):])
    rules = "".join(
        f"RewriteCond %{{HTTP_ACCEPT}} {media.replace('+', '[+]')} [NC]\n"
        f"RewriteCond %{{DOCUMENT_ROOT}}{site_path}$1.{ext} -f\n"
        f"RewriteRule ^{pattern}([^.]+)$ {site_path}$1.{ext} [L,T={media},E=civicgraph_negotiated:1]\n"
        for media, ext in NEGOTIATED
    )
    types = "".join(f"AddType {media} .{ext}\n" for ext, media in sorted(MEDIA_TYPES.items()))
    return f"""# civicgraph: content negotiation for entity IRIs.
{types}AddCharset utf-8 .ttl .nt .jsonld .trig .nq .txt
<Files "void">
    ForceType text/turtle
</Files>
RewriteEngine On
{rules}RewriteRule ^{pattern}([^.]+)$ {site_path}$1.html [L,E=civicgraph_negotiated:1]
Header always append Vary Accept env=REDIRECT_civicgraph_negotiated
"""


def robots(base: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {site_url(base)}sitemap.xml\n"


def sitemap(base: str, site: Path) -> str:
    """Every page's URL (https://www.sitemaps.org/protocol.html): the index, then the entities'
    IRIs, which answer with their page."""
    urls = [site_url(base) + "index.html", site_url(base) + "ontology/index.html", *entities(base, site)]
    body = "".join(f"  <url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'


def _path(url: str) -> str:
    return urlsplit(url).path or "/"


def _regex(path: str) -> str:
    return "".join("\\" + ch if ch in ".+*?()[]{}^$|\\" else ch for ch in path)
