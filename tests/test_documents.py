"""Reading files into text: encodings, line ends, Unicode forms, binary content, malformed PDFs;
and fuzzing: no bytes or text make reading raise anything but a reasoned UnreadableDocument."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicgraph import pipeline
from civicgraph.documents import UnreadableDocument, read
from conftest import CORPUS
from support.pdf import make_pdf
from test_pdf import FORM

TEXT = "Délibération n° 12 — « Adhésion » à l'association ; cotisation : 1 250 € ; œuvre, Noël.\nFin.\n"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def read_bytes(tmp_path: Path, data: bytes, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read(path)


@pytest.mark.parametrize("encoding, warned", [
    ("utf-8", False), ("utf-8-sig", False), ("cp1252", True), ("latin-1", True),
    ("utf-16", True), ("utf-16-be", None), ("utf-32", True),
])
def test_each_encoding_collectivites_use_is_read_right(tmp_path, encoding, warned):
    text = TEXT.replace("€", "EUR").replace("œ", "oe").replace("—", "-") if encoding == "latin-1" else TEXT
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # a big-endian file with its byte-order mark
    result = read_bytes(tmp_path, data)
    assert result.document.text == text.replace("\u202f", " ")
    assert bool(result.warnings) == (warned is not False)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_read_with_a_warning(tmp_path, encoding):
    """Some exports write UTF-16 with no byte-order mark: every other byte of its Latin text is
    NUL, on one side, which neither binary content nor UTF-8 or cp1252 text shows."""
    result = read_bytes(tmp_path, TEXT.encode(encoding))
    assert result.document.text == TEXT.replace("\u202f", " ")
    assert f"decoded as {encoding.upper()} (no byte-order mark: told by its NUL bytes)" in result.warnings


def test_line_ends_and_decomposed_accents_are_normalised(tmp_path):
    nfd = unicodedata.normalize("NFD", "Séance du conseil\r\nÉlus présents\rFin")
    result = read_bytes(tmp_path, nfd.encode("utf-8"))
    assert result.document.text == "Séance du conseil\nÉlus présents\nFin" and not result.warnings


@pytest.mark.parametrize("data, reason", [
    (b"\x00\x01\x02\x03" * 100, "not text"),
    (bytes(range(256)) * 8, "not text"),
    (b"\xff\xfe\x00garbage", "not text"),
    (b"\xff\xfe\x00", "starts with a utf-16-le byte-order mark but is not utf-16-le"),
])
def test_binary_content_is_refused_with_its_reason(tmp_path, data, reason):
    with pytest.raises(UnreadableDocument) as error:
        read_bytes(tmp_path, data)
    assert error.value.reason.startswith(reason) and error.value.action


def test_pypdf_warnings_go_to_the_document_not_the_terminal(tmp_path, capsys, caplog):
    good = make_pdf(FORM)
    broken = good.replace(b"startxref\n", b"startxref\n9").replace(b"xref\n0 6", b"xref\n0 9")
    result = read_bytes(tmp_path, broken, "form.pdf")
    assert "N° identifiant 2023-0077" in result.document.text
    assert result.warnings and all(w.startswith("PDF: ") for w in result.warnings)
    assert capsys.readouterr().err == "" and not caplog.records


@FUZZ
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_read_as_text_or_refused(tmp_path, data):
    try:
        result = read_bytes(tmp_path, data)
    except UnreadableDocument as error:
        assert error.reason and error.action
    else:
        assert "\r" not in result.document.text and unicodedata.is_normalized("NFC", result.document.text)


@FUZZ
@given(st.data())
def test_a_mutated_pdf_is_read_or_refused(tmp_path, data):
    pdf = bytearray(make_pdf(FORM))
    for _ in range(data.draw(st.integers(1, 30))):
        pdf[data.draw(st.integers(0, len(pdf) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(pdf) // 3, len(pdf)))
    try:
        read_bytes(tmp_path, bytes(pdf[:cut]), "fuzzed.pdf")
    except UnreadableDocument as error:
        assert error.reason and error.action


LINES = [l for p in sorted(CORPUS.glob("*.txt")) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=80)), max_size=40))
def test_arbitrary_text_is_read_or_skipped_and_every_excerpt_is_inside_it(tmp_path, lines):
    """Lines of real documents shuffled with arbitrary text: ingest never raises, and every span
    a reader cites lies inside the text."""
    path = tmp_path / "fuzz.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    result = pipeline.ingest([path])
    assert len(result.facts) + len(result.skipped) == 1
    for facts in result.facts:
        size = len(facts.document.text)
        for resource in facts.resources.values():
            for span in resource.spans:
                assert 0 <= span.start < span.end <= size


def test_the_text_bound_is_an_argument(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text(TEXT * 100, encoding="utf-8")
    assert read(path).document.text == TEXT * 100
    with pytest.raises(UnreadableDocument, match=r"too large for one document \(0\.0 MB; at most 0\.005 MB\)"):
        read(path, max_text_bytes=5_000)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(make_pdf(FORM))
    with pytest.raises(UnreadableDocument, match=r"MB of text; at most 0\.0001 MB\)"):
        read(pdf, max_text_bytes=100)


def test_html_character_references_are_decoded_unless_the_text_is_markup(tmp_path):
    exported = "Conseil municipal : d&eacute;lib&eacute;ration n&deg;&nbsp;12 &amp; 13 &#8211; 1 250 &#x20AC; ; &amp;eacute; &notre &amp &inconnu;\n"
    result = read_bytes(tmp_path, exported.encode("utf-8"))
    assert result.document.text == "Conseil municipal : délibération n° 12 & 13 – 1 250 € ; &eacute; &notre &amp &inconnu;\n"
    assert result.warnings == ["8 HTML character references decoded (e.g. &#8211;, &#x20AC;, &amp;)"]
    for markup in ["<p>Titre &amp; sous-titre</p>\n", "Titre &eacute;<!-- note -->\n", "Ligne<br/>&amp;\n"]:
        result = read_bytes(tmp_path, markup.encode("utf-8"))
        assert (result.document.text, result.warnings) == (markup, []), markup
    assert read_bytes(tmp_path, "Montant < 5000 &euro; > 0\n".encode("utf-8")).document.text == "Montant < 5000 € > 0\n"


def test_a_web_page_saved_as_text_is_read_as_a_browser_shows_it(tmp_path):
    page = ("<title>Val-Brun &ndash; Compte rendu</title>\nAccueil &gt; Conseil<br>\n"
            "Le Conseil s&#39;est r&eacute;uni le 3&nbsp;mars 2025.<br>\n<script>var x = '<b>';</script>"
            "<b>Pr&eacute;sents :</b> M. Paul ROCHE,\n   Mme Anne BRUN.<br>\n<br>\n<br>\nFin.</p>\n")
    result = read_bytes(tmp_path, page.encode("utf-8"))
    assert result.document.text == ("Val-Brun – Compte rendu\nAccueil > Conseil\nLe Conseil s'est réuni le 3 mars 2025.\n"
                                    "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\nFin.\n")
    assert result.warnings == ["a web page: its markup removed, its text read as a browser shows it"]
