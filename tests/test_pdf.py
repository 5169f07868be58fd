"""PDF input: a PDF with a text layer goes through the same text pipeline; a scan is read by OCR
(Tesseract, French), its confidence recorded; one with nothing to read, or a scan when Tesseract is
missing, is reported as such and skipped."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from conftest import build
from support.pdf import make_pdf, make_scanned_pdf

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


SCAN = [  # a council's deliberation as printed, signed and scanned
    "COMMUNE DE SAINT-AMAND-LES-EAUX",
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "Séance du 14 mars 2024",
    "L'an deux mille vingt-quatre, le quatorze mars à 18 heures 30,",
    "le conseil municipal, légalement convoqué, s'est réuni",
    "sous la présidence de M. Alain BOCQUET, maire.",
    "Délibération n° 2024-015 : adhésion à l'association La 27e Région",
    "Le conseil municipal, après en avoir délibéré, à l'unanimité,",
    "DÉCIDE d'adhérer à l'association pour l'année 2024.",
]


def test_a_scanned_pdf_is_read_by_ocr_and_says_so(tmp_path, ocr_cache):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan-2024-015.pdf").write_bytes(make_scanned_pdf(SCAN))
    built = build(tmp_path / "out", docs)
    assert built.result.exit_code == 0, built.result.output
    assert built.values("SELECT ?d WHERE { ?s a cg:Seance ; cg:date ?d }") == ["2024-03-14"]
    [confidence] = built.values("SELECT ?c WHERE { ?d a cg:Document ; cg:confianceOcr ?c }")
    assert 0.7 <= float(confidence) <= 1
    report = json.loads((tmp_path / "out" / "reports" / "ingest.json").read_text(encoding="utf-8"))
    [warning] = report["warnings"][str((docs / "scan-2024-015.pdf").resolve())]
    assert warning.startswith("page 1 has no text layer: read by OCR (Tesseract, French), confidence ")
    assert len(list((ocr_cache / "ocr").glob("*.json"))) >= 1  # a rebuild reads the scan from the cache


def test_a_scan_without_tesseract_is_skipped_with_the_reason(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "scan.pdf").write_bytes(make_scanned_pdf(SCAN[:3]))
    (docs / "form.pdf").write_bytes(make_pdf(FORM))
    no_tesseract = {**os.environ, "PATH": str(tmp_path), "CIVICGRAPH_CACHE": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", "from civicgraph.cli import main; main()", "build", str(docs), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, env=no_tesseract, timeout=600)
    assert result.returncode == 1, result.stderr  # the scan quarantined, the form published
    assert (f"SKIPPED {(docs / 'scan.pdf').resolve()}: PDF has no text layer (a scan?) and OCR is not available: "
            "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra)") in result.stderr
    assert "Traceback" not in result.stderr
