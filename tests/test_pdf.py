"""PDF input: a PDF with a text layer goes through the same text pipeline; one without is
reported as such and skipped."""

from __future__ import annotations

import re

from conftest import build
from support.pdf import make_pdf

FORM = [
    "Conseil Municipal du 9 mai 2023",
    "à 18h30",
    "N°ordre 14",
    "N° identifiant 2023-0077",
    "Titre Adhésion à la 27ème Région pour l'année 2023",
    "Rapporteur(s) M. Hugo VIDAL",
    "Président de séance Mme Nathalie APPÉRÉ",
    "La Ville de Rennes adhère à l'association.",
    "- de prendre en charge la cotisation annuelle correspondante, soit 5 000,00 € au titre de l'année 2023",
    "POUR 51",
    "CONTRE 0",
    "Abstention 2",
    "RESULTAT DU VOTE Adopté",
    "Nomenclature Préfecture 7.10",
]


def test_a_pdf_with_a_text_layer_is_read_like_text(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rennes-2023-0077.pdf").write_bytes(make_pdf(FORM))
    built = build(tmp_path / "out", docs)
    assert built.result.exit_code == 0, built.result.output
    assert re.search(r"read rennes-2023-0077\.pdf as [\w-]+, layout formulaire-deliberation", built.result.output)
    rows = built.rows("""
        SELECT DISTINCT ?fee ?year ?result ?pour WHERE {
          ?a cg:membre <https://w3id.org/civicgraph/id/organisation/ville-de-rennes> ; cg:association <https://w3id.org/civicgraph/id/organisation/la-27e-region> ;
             cg:annee ?year ; cg:cotisation ?fee ; cg:decidePar ?d . ?v cg:deliberation ?d ; cg:resultat ?result ; cg:pour ?pour }""")
    assert rows == [("5000", "2023", "adoptée", "51")]
    # offsets point into the text as read from the PDF
    quote = built.values("SELECT ?q WHERE { ?p cg:president/prov:wasDerivedFrom/cg:citation ?q }")
    assert any("APPÉRÉ" in q for q in quote)


def test_a_pdf_without_a_text_layer_is_reported_and_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(make_pdf([]))
    (docs / "form.pdf").write_bytes(make_pdf(FORM))
    built = build(tmp_path / "out", docs)
    assert built.result.exit_code == 1, built.result.output  # the scan is quarantined, the form published
    assert "1 documents read, 1 skipped" in built.result.output
    assert "scan.pdf: PDF has no text layer (a scan?)" in built.result.output
