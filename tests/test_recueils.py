"""A text too big for one document (a recueil des actes administratifs, a year's register) is cut
at the headings of its acts (ingest/genre/fr/recueils.yaml, civicgraph.recueils), streamed, and each
part read as a document that knows where it stands in the file; what is not cut stays refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicgraph import recueils
from civicgraph.recueils import split

from conftest import CORPUS, build

BOUND_MB = 0.03  # above each seed (the largest: 20 kB), below the five joined (49 kB)


def acts() -> list[str]:
    """The seed documents as acts of a recueil: each from its heading to its last line."""
    return [path.read_text(encoding="utf-8").strip("\n") + "\n" for path in sorted(CORPUS.glob("*.txt"))]


def ingest_report(out: Path) -> list[dict]:
    return json.loads((out / "reports" / "ingest.json").read_text(encoding="utf-8"))["documents"]


def quads(built, documents: dict[str, str]) -> set[tuple]:
    """The document graphs' quads, each document IRI written as `documents` names it, without the
    statements about the documents themselves (their label, file name, part and offsets)."""
    rows = built.rows("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(<https://w3id.org/civicgraph/id/document/>))) }")

    def named(value: str | None) -> str | None:
        for iri, name in documents.items():
            if value is not None and value.startswith(iri) and (len(value) == len(iri) or value[len(iri)] == "/"):
                return name + value[len(iri):]
        return value

    return {tuple(map(named, row)) for row in rows if row[1] not in documents}


@pytest.fixture(scope="module")
def one_by_one_and_joined(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recueil")
    (folder / "acts").mkdir()
    (folder / "joined").mkdir()
    for number, text in enumerate(acts(), start=1):
        (folder / "acts" / f"act-{number}.txt").write_text(text, encoding="utf-8")
    (folder / "joined" / "recueil-2024.txt").write_text("".join(acts()), encoding="utf-8")
    extra = ("--max-text-mb", str(BOUND_MB))
    return build(folder / "acts-out", folder / "acts", extra=extra), build(folder / "joined-out", folder / "joined", extra=extra), folder


def test_a_recueil_is_cut_at_its_acts_and_yields_the_facts_of_the_acts_read_one_by_one(one_by_one_and_joined):
    alone, joined, folder = one_by_one_and_joined
    assert alone.result.exit_code == 0 and joined.result.exit_code == 0, joined.result.output
    texts = acts()
    starts = [sum(map(len, texts[:n])) for n in range(len(texts) + 1)]
    entries = ingest_report(joined.out)
    assert [(e["status"], e["part"], e["characters"]) for e in entries] == [
        ("published", n, [starts[n - 1], starts[n]]) for n in range(1, len(texts) + 1)]
    assert {e["path"] for e in entries} == {str(folder / "joined" / "recueil-2024.txt")}
    base = "https://w3id.org/civicgraph/id/document/"
    assert quads(joined, {f"{base}recueil-2024-partie-{n}": f"act {n}" for n in range(1, 6)}) == \
        quads(alone, {f"{base}act-{n}": f"act {n}" for n in range(1, 6)})
    # each part says where it stands in the file, and is named by it and its number
    parts = joined.rows("SELECT ?d ?label ?file ?n ?start ?end WHERE { ?d a cg:Document ; rdfs:label ?label ; cg:nomFichier ?file ;"
                        " cg:partie ?n ; cg:positionDansFichier ?start ; cg:finDansFichier ?end } ORDER BY ?start")
    assert parts == [(f"{base}recueil-2024-partie-{n}", f"recueil-2024.txt, partie {n}", "recueil-2024.txt", str(n), str(starts[n - 1]), str(starts[n]))
                     for n in range(1, 6)]


def test_every_passage_of_a_part_quotes_the_part_and_the_file(one_by_one_and_joined):
    _, joined, folder = one_by_one_and_joined
    whole = (folder / "joined" / "recueil-2024.txt").read_text(encoding="utf-8")
    rows = joined.rows("SELECT ?digest ?offset ?start ?end ?quote WHERE { ?x cg:document ?d ; cg:positionDebut ?start ; cg:positionFin ?end ;"
                       " cg:citation ?quote . ?d cg:empreinte ?digest ; cg:positionDansFichier ?offset }")
    assert len(rows) > 500
    for digest, offset, start, end, quote in rows:
        text = (joined.out / "texts" / f"{digest}.txt").read_text(encoding="utf-8")  # what the site's viewer shows of the part
        start, end, offset = int(start), int(end), int(offset)
        assert 0 <= start < end <= len(text) and text[start:end] == quote
        assert whole[offset + start : offset + end] == quote  # and the same passage in the file


def test_a_part_too_big_is_refused_with_its_number_and_the_rest_read(tmp_path):
    """A part with no act heading inside over the bound is reported (file, part, offsets, reason);
    the other parts are published."""
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = acts()
    (docs / "recueil.txt").write_text("".join(texts), encoding="utf-8")
    bound = max(map(len, texts[:4])) * 1.05 / 1e6  # the fifth act, the largest, is over it
    built = build(tmp_path / "out", docs, extra=("--max-text-mb", str(bound)))
    assert built.result.exit_code == 1
    entries = ingest_report(built.out)
    assert [e["status"] for e in entries] == ["published"] * 4 + ["quarantined"]
    start = sum(map(len, texts[:4]))
    assert entries[4]["part"] == 5 and entries[4]["reason"].startswith(f"part 5 (characters {start}–{start + len(texts[4])}) too large for one document (")
    assert "--max-text-mb" in entries[4]["action"]
    assert "SKIPPED" in built.result.output and "recueil.txt, part 5" in built.result.output
    assert len(built.values("SELECT ?d WHERE { ?d a cg:Document ; cg:partie ?n }")) == 4


def test_a_big_text_without_an_act_heading_stays_refused(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    body = "Le conseil municipal, après en avoir délibéré, approuve le rapport.\n" * 2000
    (docs / "dump.txt").write_text(body, encoding="utf-8")
    (docs / "act.txt").write_text(acts()[0], encoding="utf-8")
    built = build(tmp_path / "out", docs, extra=("--max-text-mb", "0.05"))
    entries = {e["path"]: e for e in ingest_report(built.out)}
    refused = entries[str(docs / "dump.txt")]
    assert refused["status"] == "quarantined" and "part" not in refused
    assert refused["reason"] == "too large for one document (0.1 MB of text, no act heading to cut it at; at most 0.05 MB)"
    assert entries[str(docs / "act.txt")]["status"] == "published"


def test_the_cut_does_not_depend_on_the_chunks_nor_the_encoding(tmp_path, monkeypatch):
    """Read a few bytes at a time, with Windows line ends, or in Windows-1252: the same parts, each the
    file's text between its offsets."""
    text = "".join(acts())
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    expected = split(utf8, 10**9).parts
    assert len(expected) == 5 and "".join(p.text for p in expected) == text
    for part in expected:
        assert text[part.start : part.end] == part.text
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(text.encode("cp1252", errors="replace"))
    monkeypatch.setattr(recueils, "CHUNK", 97)
    assert split(utf8, 10**9).parts == expected
    assert split(crlf, 10**9).parts == expected
    windows = split(cp1252, 10**9)
    assert [(p.start, p.end) for p in windows.parts] == [(p.start, p.end) for p in expected]
    assert windows.warnings == ["not UTF-8: decoded as Windows-1252 (check the accents; convert the file to UTF-8 to be sure)"]


def test_a_running_title_and_the_headings_inside_an_act_do_not_cut(tmp_path):
    """A heading repeated as a page's running title, and "Délibération n° …" after an extract's roll
    call (the act has not ended: no signature, no "séance levée"), stay in their part."""
    act = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 12 mars 2024\n\n"
           + "Étaient présents : M. Paul ROCHE, Mme Anne BRUN.\n" * 12
           + "Délibération n° 2024-012\nObjet : adhésion à l'association Amis du Val\n"
           + "Le conseil municipal décide d'adhérer.\n" * 12
           + "Séance du 12 mars 2024\n" + "Adopté à l'unanimité.\n" * 12 + "Fait à Val-Brun, le 14 mars 2024\nLe Maire, Paul ROCHE\n")
    path = tmp_path / "recueil.txt"
    path.write_text("RÉPUBLIQUE FRANÇAISE\nCOMMUNE DE VAL-BRUN\n\n" + act + "\n\nRÉPUBLIQUE FRANÇAISE\nCOMMUNE DE VAL-BRUN\n" + act, encoding="utf-8")
    parts = split(path, 10**9).parts
    assert [p.text.split("\n", 3)[:3] for p in parts] == [["RÉPUBLIQUE FRANÇAISE", "COMMUNE DE VAL-BRUN", ""],
                                                          ["", "", "RÉPUBLIQUE FRANÇAISE"]]


def test_cutting_shows_the_bytes_read_on_a_terminal_only(tmp_path, monkeypatch):
    import io
    import sys

    from civicgraph.progress import bar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "recueil.txt"
    path.write_text("".join(acts()), encoding="utf-8")
    for shown in (io.StringIO(), Terminal()):
        monkeypatch.setattr(sys, "stderr", shown)
        read = []
        with bar("cutting recueil.txt", path.stat().st_size, unit="bytes") as progress:
            split(path, 10**9, lambda n: (read.append(n), progress.advance(n)))
        assert sum(read) == path.stat().st_size
        assert ("cutting recueil.txt" in shown.getvalue()) == isinstance(shown, Terminal)


def test_a_recueils_parts_read_again_from_the_reading_cache_are_each_their_own(tmp_path):
    """A rebuild takes each part's facts from the reading cache: the parts share their file's path,
    and each still gets its own facts (not the last part's for all)."""
    from civicgraph import pipeline
    from civicgraph.cache import ReadingCache

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "recueil-2024.txt").write_text("".join(acts()), encoding="utf-8")
    bound = round(BOUND_MB * 1e6)
    first = pipeline.ingest([tmp_path / "docs"], workers=1, cache=ReadingCache(tmp_path / "cache", None, []), max_text_bytes=bound)
    cache = ReadingCache(tmp_path / "cache", None, [])
    again = pipeline.ingest([tmp_path / "docs"], workers=1, cache=cache, max_text_bytes=bound)
    parts = [f.document.part for f in first.facts]
    assert len(parts) == len(acts()) and cache.hits == len(parts)
    assert [f.document.stem for f in again.facts] == [f.document.stem for f in first.facts] == [f"recueil-2024-partie-{n}" for n in parts]
