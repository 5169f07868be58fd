"""Every fact is tied to the passage it was read from, and the passage says what the graph says."""

from __future__ import annotations

from conftest import CORPUS


def test_every_excerpt_quotes_its_document_exactly(seeds):
    texts = {}
    rows = seeds.rows("""
        SELECT DISTINCT ?excerpt ?file ?start ?end ?quote WHERE {
          ?excerpt a cg:Extrait ; cg:document/cg:nomFichier ?file ; cg:positionDebut ?start ; cg:positionFin ?end ; cg:citation ?quote }""")
    assert len(rows) > 300
    for excerpt, file, start, end, quote in rows:
        text = texts.setdefault(file, (CORPUS / file).read_text(encoding="utf-8"))
        assert text[int(start) : int(end)] == quote, excerpt
        assert quote.strip(), excerpt


def test_no_extracted_resource_lacks_an_excerpt(seeds):
    orphans = seeds.values("""
        SELECT DISTINCT ?r WHERE {
          ?r a ?class . FILTER(STRSTARTS(STR(?class), STR(cg:)))
          FILTER(?class NOT IN (cg:Document, cg:Extrait))
          FILTER NOT EXISTS { ?r prov:wasDerivedFrom ?excerpt }
        }""")
    assert orphans == []


def test_a_fact_points_to_the_sentence_that_states_it(seeds):
    quotes = seeds.values("""
        SELECT DISTINCT ?quote WHERE {
          ?a a cg:Adhesion ; cg:membre <https://w3id.org/civicgraph/id/organisation/aix-marseille-provence> ;
             prov:wasDerivedFrom/cg:citation ?quote }""")
    assert any("5000 euros" in q for q in quotes)
