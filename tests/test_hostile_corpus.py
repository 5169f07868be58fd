"""What a maintainer feeds the tool, whatever collectivités publish: one build of a hostile corpus
through the command line as a user runs it (a real process), each case's outcome asserted."""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import CORPUS, PREFIXES
from civicgraph.cli import Layout
from civicgraph.pipeline import ingest
from support.pdf import make_locked_pdf, make_pdf
from test_pdf import FORM

CG = "https://w3id.org/civicgraph/ontology#"
FORM_TEXT = (CORPUS / "002_79d589bcfa815739.txt").read_text(encoding="utf-8")
COUNCIL = (CORPUS / "000_8631124937c3ca60.txt").read_text(encoding="utf-8")


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from civicgraph.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=600)


SOURCES = sorted(CORPUS.glob("*.txt")) + sorted(p for p in (CORPUS.parent / "tests" / "cases").glob("*/*.txt") if p.parent.name != "autres")


def texts(n: int) -> list[str]:
    """`n` distinct real documents (test cases and seeds): different facts under each odd name, as
    a corpus has; the first can be written in cp1252."""
    found = [p.read_text(encoding="utf-8") for p in SOURCES]
    found.sort(key=lambda t: not _cp1252(t))
    assert len(found) >= n
    return found[:n]


def _cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def fuzzed_pdfs() -> dict[str, bytes]:
    good = make_pdf(FORM)
    rng = random.Random(12)
    out = {"truncated.pdf": good[: len(good) // 2], "fake.pdf": b"%PDF-1.4 not really a pdf", "empty.pdf": b""}
    for n in range(6):
        data = bytearray(good)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        out[f"fuzzed-{n}.pdf"] = bytes(data)
    return out


FAILING_READERS = Path(__file__).parent / "support" / "failing_readers"
NEWSLETTER = """LE PETIT JOURNAL DE VILLEBRUNE
Bulletin d'information municipal — n° 42 — mars 2024

Retour sur le conseil municipal
Lors du conseil municipal du 12 février 2024, les élus ont adopté à l'unanimité le budget primitif.
Une subvention de 15 000 € a été accordée au comité des fêtes et la commune adhère à l'association
des maires ruraux pour une cotisation de 350 €.

Agenda
Samedi 16 mars : loto de l'école à 20 h à la salle des fêtes.

État civil
Naissances : Léa MARTIN, Hugo BERNARD.
"""
BODY_LINE = "Le conseil municipal, après en avoir délibéré, approuve le rapport présenté.\n".encode("utf-8")
HOSTILE_NAMES = ['<script>alert(1)<script>', '{{ 7*7 }} {% raw %}', '" } ; DROP ALL ; {', "q?#'..x", "🏛️🗳️"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    docs = root / "docs"
    (docs / "a").mkdir(parents=True)
    (docs / "b").mkdir()
    variant = dict(enumerate(texts(16), 1)).__getitem__
    files = {
        "empty.txt": b"",
        "binary.txt": random.Random(1).randbytes(4000),
        "picture.bin": b"\x89PNG\r\n\x1a\n",
        "scan.pdf": make_pdf([]),
        "form.pdf": make_pdf(FORM),
        "cut-mid-name.txt": COUNCIL[: COUNCIL.index("Anne-Laure STANISLAS") + len("Anne-Laure S")].encode("utf-8"),
        "one-line.txt": " ".join(COUNCIL.split()).encode("utf-8"),  # OCR that lost every line end
        "unnamed-proxy.txt": COUNCIL.replace("donne pouvoir à Nicaise JOSEPH.", "donne pouvoir à son collègue.").encode("utf-8"),
        "crash.txt": "Pièce pour le lecteur défaillant\nConseil municipal du 3 mars 2024\n".encode("utf-8"),
        "cp1252.txt": variant(1).encode("cp1252"),
        "utf16.txt": variant(2).encode("utf-16"),
        "bom.txt": b"\xef\xbb\xbf" + variant(3).replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": variant(14).replace("\n", "\r").encode("utf-8"),  # old Mac line ends
        "nfd.txt": unicodedata.normalize("NFD", variant(15)).encode("utf-8"),  # accents decomposed, as macOS names and some exports have
        "latin1.txt": variant(16).encode("latin-1", errors="replace"),
        "locked.pdf": make_locked_pdf(FORM),
        "newsletter.txt": NEWSLETTER.encode("utf-8"),
        "a/minutes.txt": variant(4).encode("utf-8"),
        "b/minutes.txt": variant(5).encode("utf-8"),
        "Conseil 2021.txt": variant(6).encode("utf-8"),
        "conseil-2021.txt": variant(7).encode("utf-8"),
        "same.txt": variant(8).encode("utf-8"),
        "same-again.txt": variant(8).encode("utf-8"),
        "english.txt": b"Minutes of the board meeting. The board approved the budget.\n",
        # 50 MB with no act heading to cut it at (a text joining acts is cut: tests/test_recueils.py)
        "fifty-megabytes.txt": BODY_LINE * (50_000_000 // len(BODY_LINE) + 1),
        **{f"{name}.txt": variant(9 + n).encode("utf-8") for n, name in enumerate(HOSTILE_NAMES)},
        **fuzzed_pdfs(),
    }
    for name, data in files.items():
        (docs / name).write_bytes(data)
    out = root / "out"
    result = cli("build", docs, "--out", out, "--readers", FAILING_READERS)  # crash.txt goes to a reader that fails
    return docs, out, result, files


def report(out: Path) -> dict:
    return json.loads((out / "reports" / "ingest.json").read_text(encoding="utf-8"))


def statuses(out: Path) -> dict[str, dict]:
    return {entry["path"]: entry for entry in report(out)["documents"]}


def test_the_rest_is_published_and_no_traceback_reaches_the_user(hostile):
    docs, out, result, _ = hostile
    assert result.returncode == 1, result.stderr  # some documents quarantined
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert (out / "site" / "index.html").exists() and (out / "site" / "dumps" / "civicgraph.nq.gz").exists()


# The lines a build writes on stderr: its stages, one line per file read, set aside or warned about,
# conflicts, and the summary. Anything else (a library's own warning, a traceback) leaked.
BUILD_LINE = re.compile(r"(reading|read|SKIPPED|IGNORED|WARNING|QUARANTINED|CONFLICT|matched:) .+|(validating|inferring|rendering|writing|publishing)\b.*…"
                        r"|\S.* has the same content as \S.*: read once|\d+ (documents|document graphs|pages) .+|open \S+ in a browser|")


def test_each_file_set_aside_is_said_on_one_line_and_nothing_else_leaks(hostile):
    """stderr as a user reads it: each file not published named once, on one line, with its reason;
    no line a library or a crash wrote."""
    docs, out, result, _ = hostile
    lines = result.stderr.splitlines()
    assert [line for line in lines if not BUILD_LINE.fullmatch(line)] == []
    for entry in report(out)["documents"] + report(out)["ignored"]:
        if entry.get("status", "").startswith("published"):
            continue
        said = [line for line in lines if f" {entry['path']}: " in line]
        assert len(said) == 1 and said[0].startswith(("SKIPPED ", "IGNORED ")) and entry["reason"] in said[0], (entry, said)


def test_each_file_is_reported_once_with_its_full_path(hostile):
    docs, out, _, files = hostile
    entries = [e["path"] for e in report(out)["documents"]] + [e["path"] for e in report(out)["ignored"]]
    copies = [c for e in report(out)["documents"] for c in e.get("copies", [])]
    assert sorted(entries + copies) == sorted(str((docs / name).resolve()) for name in files)
    assert len(set(entries + copies)) == len(files)
    assert report(out)["ignored"] == [{"path": str((docs / "picture.bin").resolve()), "reason": "not a type civicgraph reads",
                                       "action": "convert it to one of .csv, .htm, .html, .md, .pdf, .text, .txt if it is a document"}]


@pytest.mark.parametrize("name, reason", [
    ("binary.txt", "not text"),
    ("scan.pdf", "PDF has no text layer"),
    ("fake.pdf", "not a readable PDF"),
    ("empty.pdf", "not a readable PDF"),
    ("truncated.pdf", "not a readable PDF"),
    ("crash.txt", "reading failed (AttributeError"),
    ("fifty-megabytes.txt", "too large for one document (50.0 MB of text, no act heading to cut it at; at most 4 MB)"),
    ("locked.pdf", "PDF is protected by a password"),
])
def test_a_bad_document_is_quarantined_with_its_reason_and_what_to_do(hostile, name, reason):
    docs, out, result, _ = hostile
    entry = statuses(out)[str((docs / name).resolve())]
    assert entry["status"] == "quarantined" and entry["reason"].startswith(reason) and entry["action"]
    assert f"SKIPPED {(docs / name).resolve()}: {reason}" in result.stderr


def test_fuzzed_pdfs_are_read_or_quarantined_never_fatal(hostile):
    docs, out, _, files = hostile
    for name in files:
        if name.startswith("fuzzed-"):
            assert statuses(out)[str((docs / name).resolve())]["status"] in ("published", "quarantined")


@pytest.mark.parametrize("name, warning", [
    ("cp1252.txt", "not UTF-8: decoded as Windows-1252"),
    ("utf16.txt", "decoded as UTF-16-LE (byte-order mark)"),
    ("bom.txt", None),
    ("cr.txt", None),
    ("nfd.txt", None),
    ("latin1.txt", "not UTF-8: decoded as Windows-1252"),
])
def test_other_encodings_are_read_with_a_warning(hostile, name, warning):
    docs, out, _, _ = hostile
    path = str((docs / name).resolve())
    assert statuses(out)[path]["status"] == "published"
    assert (report(out)["warnings"].get(path, [None])[0] or "").startswith(warning or "") and (warning or path not in report(out)["warnings"])
    text = (out / "texts" / f"{statuses(out)[path]['sha256']}.txt").read_text(encoding="utf-8")
    assert "\r" not in text and unicodedata.is_normalized("NFC", text)  # each offset counts in this text


def graph(out: Path) -> Layout:
    return Layout(out).store()


def values(out: Path, query: str) -> list[str]:
    _, rows = graph(out).select(PREFIXES + query)
    return [row[0].value for row in rows]


def test_two_files_never_share_a_document_iri(hostile):
    docs, out, _, _ = hostile
    published = [e for e in report(out)["documents"] if e["status"] == "published"]
    assert len({e["iri"] for e in published}) == len(published)
    iris = {Path(e["path"]).relative_to(docs.resolve()).as_posix(): e["iri"] for e in published}
    base = "https://w3id.org/civicgraph/id/document/"
    assert iris["a/minutes.txt"] == base + "minutes"
    assert iris["b/minutes.txt"].startswith(base + "minutes-") and len(iris["b/minutes.txt"]) == len(base + "minutes-") + 12
    assert {iris["Conseil 2021.txt"], iris["conseil-2021.txt"]} - {base + "conseil-2021"} != set()
    assert iris["🏛️🗳️.txt"].startswith(base + "document-")
    graphs = set(graph(out).graphs())
    assert set(iris.values()) <= graphs
    assert values(out, f"SELECT ?name WHERE {{ <{iris['🏛️🗳️.txt']}> cg:nomFichier ?name }}") == ["🏛️🗳️.txt"]
    assert not (out / "site" / "document" / ".html").exists()
    assert (out / "site" / "document" / f"{iris['🏛️🗳️.txt'].removeprefix(base)}.html").exists()


def test_identical_files_are_read_once_with_both_names(hostile):
    docs, out, _, _ = hostile
    first = statuses(out)[str((docs / "same-again.txt").resolve())]  # first in path order: "-" sorts before "."
    assert first["status"] == "published" and first["copies"] == [str((docs / "same.txt").resolve())]
    assert str((docs / "same.txt").resolve()) not in statuses(out)
    assert values(out, f"SELECT ?n WHERE {{ <{first['iri']}> cg:nomFichier ?n }}") == ["same-again.txt"]
    assert values(out, f"SELECT ?n WHERE {{ <{first['iri']}> cg:nomAlternatif ?n }}") == ["same.txt"]


def test_markup_in_file_names_is_inert_on_the_site(hostile):
    docs, out, _, _ = hostile
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "site").rglob("*.html"))
    assert "<script>alert(1)" not in pages and "&lt;script&gt;alert(1)&lt;script&gt;" in pages
    assert "{{ 7*7 }} {% raw %}" in pages  # shown as named, never run as a template (a count of 49 may well be on a page)
    assert not values(out, 'SELECT ?p WHERE { ?p a cg:Personne ; rdfs:label ?l FILTER(CONTAINS(LCASE(?l), "drop all")) }')


def test_a_proxy_to_an_unnamed_colleague_is_no_fact_and_the_rest_of_the_document_is_read(hostile):
    docs, out, _, _ = hostile
    entry = statuses(out)[str((docs / "unnamed-proxy.txt").resolve())]
    assert entry["status"] == "published"
    graph_of = f"GRAPH <{entry['iri']}>"
    assert values(out, f"SELECT (COUNT(*) AS ?n) WHERE {{ {graph_of} {{ ?p a cg:Participation }} }}") != ["0"]
    assert values(out, f"SELECT ?p WHERE {{ {graph_of} {{ ?p a cg:Pouvoir FILTER NOT EXISTS {{ ?p cg:mandataire ?m }} }} }}") == []
    assert values(out, f'SELECT ?l WHERE {{ {graph_of} {{ ?p a cg:Pouvoir ; rdfs:label ?l FILTER(CONTAINS(?l, " à ?")) }} }}') == []


def test_a_list_cut_mid_name_makes_no_person_of_the_cut_name(hostile):
    docs, out, _, _ = hostile
    entry = statuses(out)[str((docs / "cut-mid-name.txt").resolve())]
    assert entry["status"] == "published"
    labels = values(out, f"SELECT ?l WHERE {{ GRAPH <{entry['iri']}> {{ ?p a cg:Personne ; rdfs:label ?l }} }}")
    assert "Jérôme AUSLENDER" in labels and not [l for l in labels if l.startswith("Anne-Laure")]


def test_one_line_ocr_text_makes_no_proxy_or_movement_the_text_does_not_state(hostile, tmp_path):
    """Once read 159 proxies and 371 movements from the council's text run onto one line: now only
    proxies and movements its lines also give (a sentence "X quitte la séance … et donne pouvoir à Y" is one on
    one line too; a name opening no line moves nobody unless a movement's own words follow it)."""
    docs, out, _, _ = hostile
    entry = statuses(out)[str((docs / "one-line.txt").resolve())]
    assert entry["status"] in ("published", "not-recognised")
    if entry["status"] == "published":
        graph_of = f"GRAPH <{entry['iri']}>"
        stated_proxies, stated_movements = _stated(tmp_path)
        _, rows = graph(out).select(PREFIXES + f"SELECT ?g ?h WHERE {{ {graph_of} {{ ?x a cg:Pouvoir ; cg:mandant/rdfs:label ?g ; cg:mandataire/rdfs:label ?h }} }}")
        assert {(g.value, h.value) for g, h in rows} <= stated_proxies
        _, rows = graph(out).select(PREFIXES + f"SELECT ?p ?k WHERE {{ {graph_of} {{ ?x a cg:Mouvement ; cg:personne/rdfs:label ?p ; cg:typeMouvement ?k }} }}")
        assert {(p.value, k.value) for p, k in rows} <= stated_movements


def _stated(tmp_path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The proxies (giver, holder) and the movements (person, kind) the council's text gives with its line ends, as labels."""
    original = tmp_path / "council.txt"
    original.write_text(COUNCIL, encoding="utf-8")
    [facts] = ingest([original], workers=1).facts
    return ({(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")) for p in facts.of_class("Pouvoir")},
            {(m.first("personne").first("rdfs:label"), m.first("typeMouvement")) for m in facts.of_class("Mouvement")})


@pytest.mark.parametrize("name", ["english.txt", "empty.txt", "newsletter.txt"])
def test_a_text_that_is_no_governance_document_is_not_recognised(hostile, name):
    docs, out, result, _ = hostile
    entry = statuses(out)[str((docs / name).resolve())]
    assert entry["status"] == "not-recognised" and entry["reason"].startswith("not recognised")
    assert f"SKIPPED {(docs / name).resolve()}: not recognised" in result.stderr


def snapshot_without_refused(out: Path) -> dict:
    return {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and "refused" not in p.relative_to(out).parts}


def test_a_build_of_nothing_readable_keeps_the_previous_publication(hostile, tmp_path):
    _, out, _, _ = hostile
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_text("")
    (junk / "fake.pdf").write_bytes(b"%PDF-1.4 junk")
    result = cli("build", junk, "--out", out)
    assert result.returncode == 1 and "nothing published" in result.stderr and "Traceback" not in result.stderr
    assert snapshot_without_refused(out) == before
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("build", empty, "--out", out)
    assert result.returncode == 2 and "no document found" in result.stderr
    (empty / "recipe.txt").write_text("Faire cuire les pâtes dix minutes.\n", encoding="utf-8")
    result = cli("build", empty, "--out", out)
    assert result.returncode == 2 and "no document could be read and published" in result.stderr
    assert snapshot_without_refused(out) == before


def test_strict_publishes_nothing_when_a_document_is_quarantined(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "form.txt").write_text(FORM_TEXT, encoding="utf-8")
    (docs / "fake.pdf").write_bytes(b"%PDF-1.4 junk")
    result = cli("build", docs, "--out", tmp_path / "out", "--strict")
    assert result.returncode == 1 and "--strict" in result.stderr
    assert not (tmp_path / "out" / "graph").exists()
    assert cli("build", docs, "--out", tmp_path / "out").returncode == 1
    assert (tmp_path / "out" / "graph" / "documents.nq").exists()


def test_an_output_folder_holding_other_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = cli("build", CORPUS / "002_79d589bcfa815739.txt", "--out", tmp_path)
    assert result.returncode == 2 and "is not a civicgraph output folder" in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "mine"


MARKUP_TITLE = ('Adhésion <script>alert("t")</script> &amp; <b>{{ 7*7 }}</b> {% if 1 %}x{% endif %} '
                '" } ; DROP ALL ; { ]]> <!-- --> \\u0022')


def test_markup_in_a_title_is_kept_as_text_and_inert_in_the_site_and_dumps(tmp_path):
    """A title holding HTML, an entity, Jinja2, SPARQL and Turtle syntax: the graph holds it as the
    document wrote it, each dump gives back the same string, and no page runs or renders any of it.
    The same syntax in the fields that name persons makes no person."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "poitiers.txt").write_text(FORM_TEXT.replace("Titre Adhésion à la 27ème Région, laboratoire de transformation publique", f"Titre {MARKUP_TITLE}")
                                       .replace("Président de séance Mme Léonore MONCOND'HUY", 'Président de séance " } ; DROP ALL ; {')
                                       .replace("Rapporteur(s) M. Théo SAGET", "Rapporteur(s) <script>alert(1)</script> {{ 7*7 }}"), encoding="utf-8")
    out = tmp_path / "out"
    result = cli("build", docs, "--out", out)
    assert result.returncode == 0, result.stderr
    assert values(out, "SELECT ?t WHERE { ?d a cg:Deliberation ; cg:titre ?t }") == [MARKUP_TITLE]
    assert values(out, "SELECT ?l WHERE { ?p a cg:Personne ; rdfs:label ?l }") == []
    dumps = out / "site" / "dumps"
    with gzip.open(dumps / "civicgraph.nq.gz") as stream:
        nquads = stream.read()
    for name, syntax, data in [("civicgraph.ttl", ox.RdfFormat.TURTLE, None), ("civicgraph.trig", ox.RdfFormat.TRIG, None),
                               ("civicgraph.jsonld", ox.RdfFormat.JSON_LD, None), ("civicgraph.nq.gz", ox.RdfFormat.N_QUADS, nquads)]:
        parsed = ox.parse(data, path=None if data else str(dumps / name), format=syntax)
        assert {q.object.value for q in parsed if q.predicate.value == CG + "titre"} == {MARKUP_TITLE}, name
    pages = {p: p.read_text(encoding="utf-8") for p in (out / "site").rglob("*.html")}
    shown = [text for text in pages.values() if "alert(&#34;t&#34;)" in text or "alert(&quot;t&quot;)" in text]
    assert shown and all("&amp;amp;" in text for text in shown)  # on its pages, escaped; the entity shown as written
    for page, text in pages.items():
        assert '<script>alert("t")' not in text and "<b>{{" not in text and ">49<" not in text, page
        for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, flags=re.S):
            assert json.loads(script)  # embedded JSON-LD stays one script: the title cannot close it


def test_the_text_bound_is_an_option(tmp_path):
    """--max-text-mb: a document over the bound is quarantined with its reason, the rest published."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "form.txt").write_text(FORM_TEXT, encoding="utf-8")
    (docs / "council.txt").write_text(COUNCIL, encoding="utf-8")
    bound = (len(FORM_TEXT.encode("utf-8")) + len(COUNCIL.encode("utf-8"))) / 2e6
    assert len(FORM_TEXT.encode("utf-8")) < bound * 1e6 < len(COUNCIL.encode("utf-8"))
    out = tmp_path / "out"
    result = cli("build", docs, "--out", out, "--max-text-mb", bound)
    assert result.returncode == 1, result.stderr
    entries = statuses(out)
    assert entries[str(docs / "form.txt")]["status"] == "published"
    council = entries[str(docs / "council.txt")]
    assert council["status"] == "quarantined" and council["reason"].startswith("too large for one document (")
    assert council["reason"].endswith(f"; at most {bound:g} MB)") and "--max-text-mb" in council["action"]
    for command in ("build", "ingest"):
        assert "--max-text-mb MB A document whose text is larger" in " ".join(cli(command, "--help").stdout.split())
        assert "[default: 4.0; x>0]" in " ".join(cli(command, "--help").stdout.split())
    assert cli("build", docs, "--out", tmp_path / "bad", "--max-text-mb", "0").returncode == 2


ENTITIES = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "'": "&#39;", "°": "&#xB0;"}


def test_html_character_references_are_read_as_their_characters(tmp_path):
    """A text exported from a web page with its accents as references reads as the same text: the
    same facts, each passage quoting the decoded text the viewer shows at its offsets."""
    docs = tmp_path / "docs"
    docs.mkdir()
    exported = FORM_TEXT.translate(str.maketrans(ENTITIES))
    assert "&eacute;" in exported and "&#39;" in exported
    (docs / "poitiers.txt").write_text(exported, encoding="utf-8")
    out = tmp_path / "out"
    result = cli("build", docs, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "HTML character references decoded" in result.stderr
    assert values(out, "SELECT ?t WHERE { ?d a cg:Deliberation ; cg:titre ?t }") == ["Adhésion à la 27ème Région, laboratoire de transformation publique"]
    assert "MONCOND'HUY" in values(out, "SELECT ?f WHERE { ?p a cg:Personne ; cg:nomFamille ?f }")
    [text] = [p.read_text(encoding="utf-8") for p in (out / "texts").glob("*.txt")]
    assert text == FORM_TEXT
    _, rows = graph(out).select(PREFIXES + "SELECT ?s ?e ?q WHERE { ?x a cg:Extrait ; cg:positionDebut ?s ; cg:positionFin ?e ; cg:citation ?q }")
    assert len(rows) > 10
    for start, end, quote in rows:
        assert text[int(start.value):int(end.value)] == quote.value


def _without_root_s_bypass() -> list[str]:
    """A command prefix under which permissions hold: as root (tests often run so), drop the
    capabilities that let root read any file (setpriv, util-linux); else nothing."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: an unreadable file cannot be made")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def test_what_a_folder_holds_besides_documents_is_each_said_once_and_the_rest_builds(tmp_path):
    """Links to nothing or in a loop, a pipe, a file no one may read, names with a line end, a tab
    or bytes that are not UTF-8, a folder named like a document, a link back to the corpus: each
    file set aside is named on one line of stderr with its reason and once in the report; reading
    never waits on the pipe nor loops; what can be read is published."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "deliberation.txt").write_text(FORM_TEXT, encoding="utf-8")
    (docs / "minutes.txt").mkdir()  # a folder named like a document: searched like any folder
    (docs / "minutes.txt" / "inner.txt").write_text(COUNCIL, encoding="utf-8")
    (docs / "locked-for-editing.pdf").write_bytes(make_locked_pdf(FORM, password=""))
    (docs / "recipe.txt").write_text("Faire cuire les pâtes dix minutes.\n", encoding="utf-8")
    (docs / "tab\tcopy.txt").write_text("Faire cuire les pâtes dix minutes.\n", encoding="utf-8")
    (docs / "two\nlines.pdf").write_bytes(b"%PDF-1.4 junk")
    Path(os.fsdecode(bytes(docs) + b"/caf\xe9.txt")).write_text(COUNCIL, encoding="utf-8")  # a name from a Latin-1 archive
    (docs / "unreadable.txt").write_text(COUNCIL, encoding="utf-8")
    (docs / "unreadable.txt").chmod(0)
    (docs / "dangling.txt").symlink_to("nowhere.txt")
    (docs / "loop-a.txt").symlink_to("loop-b.txt")
    (docs / "loop-b.txt").symlink_to("loop-a.txt")
    (docs / "again").symlink_to(docs)  # the corpus reached a second way: searched once
    os.mkfifo(docs / "pipe.txt")
    out = tmp_path / "out"
    result = subprocess.run([*_without_root_s_bypass(), sys.executable, "-c", "from civicgraph.cli import main; main()", "build", str(docs), "--out", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    set_aside = {
        "two\nlines.pdf": "not a readable PDF", os.fsdecode(b"caf\xe9.txt"): "its name is not UTF-8",
        "unreadable.txt": "cannot be opened (Permission denied)", "dangling.txt": "cannot be opened (No such file or directory)",
        "loop-a.txt": "cannot be opened (Too many levels of symbolic links)", "loop-b.txt": "cannot be opened (Too many levels of symbolic links)",
        "pipe.txt": "not a regular file", "recipe.txt": "not recognised",
    }
    lines = result.stderr.splitlines()
    for name, reason in set_aside.items():
        path = str(docs.resolve() / name)
        said = [line for line in lines if line.startswith(f"SKIPPED {path if path.isprintable() else repr(path)}: ")]
        assert len(said) == 1 and reason in said[0], (name, said)
        assert statuses(out)[path]["reason"].startswith(reason)
    assert [line for line in lines if not BUILD_LINE.fullmatch(line)] == []
    entries = statuses(out)
    published = {Path(p).relative_to(docs.resolve()).as_posix() for p, e in entries.items() if e["status"] == "published"}
    assert published == {"deliberation.txt", "minutes.txt/inner.txt", "locked-for-editing.pdf"}
    assert entries[str(docs.resolve() / "recipe.txt")]["copies"] == [str(docs.resolve() / "tab\tcopy.txt")]
    assert len(entries) == len(set_aside) + len(published) and report(out)["ignored"] == []
    assert (out / "site" / "index.html").exists()


def test_a_document_whose_graph_violates_the_shapes_is_quarantined_and_the_rest_published(tmp_path):
    """One form states a vote of 300 for: its graph is left out with the reason, the violations and
    what to do, the other document is published (exit 1); with --keep-going both are published,
    the bad one marked with its violations."""
    docs = tmp_path / "docs"
    docs.mkdir()
    form = (CORPUS.parent / "tests" / "cases" / "formulaire-deliberation" / "limoges-adhesion-votee.txt").read_text(encoding="utf-8")
    (docs / "bad.txt").write_text(form.replace("Quorum 22", "Quorum 22\nPrésents 38\nPOUR\t300\t").replace("POUR\t36\t\n", ""), encoding="utf-8")
    (docs / "good.txt").write_text(FORM_TEXT, encoding="utf-8")
    bad, good = str(docs / "bad.txt"), str(docs / "good.txt")
    out = tmp_path / "out"
    result = cli("build", docs, "--out", out)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("QUARANTINED")] == [
        f"QUARANTINED {bad}: {len(statuses(out)[bad]['violations'])} violations of the shapes (see {out / 'reports' / 'shacl-report.ttl'})"]
    entry = statuses(out)[bad]
    assert entry["status"] == "quarantined" and entry["reason"] == "its graph violates the shapes" and "--keep-going" in entry["action"]
    assert any("Vote" in v["focus"] or "vote" in v["focus"] for v in entry["violations"])
    assert statuses(out)[good]["status"] == "published"
    assert set(graph(out).graphs()) >= {statuses(out)[good]["iri"]} and entry["iri"] not in set(graph(out).graphs())
    assert values(out, "SELECT ?t WHERE { ?d a cg:Deliberation ; cg:titre ?t }") == ["Adhésion à la 27ème Région, laboratoire de transformation publique"]
    assert (out / "site" / "index.html").exists()
    kept = cli("build", docs, "--out", out, "--keep-going")
    assert kept.returncode == 1, kept.stderr
    entry = statuses(out)[bad]
    assert entry["status"] == "published-with-violations" and entry["violations"]
    assert entry["iri"] in set(graph(out).graphs()) and statuses(out)[good]["status"] == "published"
