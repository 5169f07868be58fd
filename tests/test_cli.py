"""The command line as a user meets it: help, stages, errors, determinism, bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from civicgraph.cli import main
from conftest import CORPUS, build


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def test_every_command_has_help():
    for command in ([], ["build"], ["ingest"], ["validate"], ["query"], ["site"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_two_builds_give_byte_identical_dumps_and_descriptions(seeds, tmp_path):
    again = build(tmp_path / "again")
    assert again.result.exit_code == 0
    site, other = seeds.out / "site", tmp_path / "again" / "site"
    published = [p for p in site.rglob("*") if p.is_file() and (
        p.suffix in {".ttl", ".jsonld", ".nt", ".var"} or p.parent.name in {"dumps", ".well-known", "nginx"}
        or p.name in {".htaccess", "sitemap.xml", "robots.txt"})]
    assert {p.name for p in published} >= {"civicgraph.nq.gz", "civicgraph.trig", "civicgraph.ttl", "civicgraph.jsonld",
                                           "SHA256SUMS", "void", "negotiate.js", ".htaccess", "sitemap.xml"}
    assert len(published) > 1000  # three descriptions per entity
    for path in published:
        assert path.read_bytes() == (other / path.relative_to(site)).read_bytes(), path.relative_to(site)


def test_a_rebuild_leaves_no_page_of_a_resource_that_is_gone(tmp_path):
    out = tmp_path / "out"
    assert build(out, CORPUS / "002_79d589bcfa815739.txt").result.exit_code == 0
    poitiers = out / "site" / "seance" / "poitiers" / "conseil-municipal" / "2022-06-27.html"
    assert poitiers.exists()
    assert build(out, CORPUS / "003_7d5e4a2d1a0197dc.txt").result.exit_code == 0
    assert not poitiers.exists() and not poitiers.with_suffix(".var").exists()
    assert not (out / "site" / "seance" / "poitiers").exists()
    assert (out / "site" / "seance" / "aix-marseille-provence" / "bureau" / "2023-12-07.html").exists()


def test_stages_run_one_by_one(tmp_path):
    out = tmp_path / "out"
    assert run("ingest", CORPUS / "002_79d589bcfa815739.txt", "--out", out).exit_code == 0
    assert (out / "graph" / "documents.nq").stat().st_size > 0
    result = run("validate", "--out", out)
    assert result.exit_code == 0 and "conforms" in result.output
    assert (out / "reports" / "shacl-report.ttl").exists()
    assert run("site", "--out", out).exit_code == 0
    assert (out / "site" / "seance" / "poitiers" / "conseil-municipal" / "2022-06-27.html").exists()
    result = run("query", "adhesions", "--out", out, "--format", "csv")
    assert result.exit_code == 0
    assert "Ville de Poitiers,https://w3id.org/civicgraph/id/organisation/la-27e-region,La 27e Région,2022,5000,EUR" in result.output


def test_bad_files_are_reported_and_the_rest_builds(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(CORPUS / "000_8631124937c3ca60.txt", docs)
    (docs / "binary.txt").write_bytes(b"\xff\xfe\x00garbage")
    (docs / "recipe.txt").write_text("Faire cuire les pâtes dix minutes.\n", encoding="utf-8")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    built = build(tmp_path / "out", docs)
    assert built.result.exit_code == 1, built.result.output  # 1: some documents quarantined, the rest published
    out = built.result.output
    assert "1 documents read, 3 skipped" in out
    assert "binary.txt: not text" in out
    assert "recipe.txt: not recognised" in out
    assert "scan.pdf: not a readable PDF" in out
    assert built.ask("?a a <https://w3id.org/civicgraph/ontology#Adhesion>")


def test_querying_before_building_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["query", "adhesions", "--out", str(tmp_path / "nothing")])
    assert result.exit_code != 0 and "run `civicgraph ingest` or `civicgraph build` first" in result.output


def test_installed_wheel_builds_from_another_directory(tmp_path):
    """A wheel installed into a fresh venv, then `civicgraph build` run outside the checkout.
    The venv borrows this environment's dependencies (tests stay offline), not its civicgraph."""
    root = Path(__file__).resolve().parent.parent
    wheels, venv, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "elsewhere"
    quiet = {"check": True, "capture_output": True}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(root)], **quiet)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], **quiet)
    python = str(venv / "bin" / "python")
    site_packages = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True, **quiet).stdout.strip()
    dependencies = next(p for p in sys.path if p.endswith("site-packages"))
    Path(site_packages, "borrowed-dependencies.pth").write_text(dependencies + "\n")
    subprocess.run([python, "-m", "pip", "install", "--no-deps", str(next(wheels.glob("civicgraph-*.whl")))], **quiet)
    elsewhere.mkdir()
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # only the venv decides what is imported
    result = subprocess.run([str(venv / "bin" / "civicgraph"), "build", "--out", str(tmp_path / "x")], cwd=elsewhere, capture_output=True, text=True, env=clean)
    assert result.returncode == 0, result.stderr
    assert "5 documents read" in result.stderr
    assert (tmp_path / "x" / "site" / "index.html").exists()
    where = subprocess.run([python, "-c", "from civicgraph.paths import data_dir; print(data_dir('corpus'))"], cwd=elsewhere, text=True, env=clean, **quiet)
    assert where.stdout.startswith(site_packages)


def test_validate_names_the_document_and_the_resource_of_a_violation(tmp_path):
    """A deliberation form with a negative vote count: validate says which file, which resource,
    which rule, and build publishes nothing unless told to keep going."""
    docs = tmp_path / "docs"
    docs.mkdir()
    form = (CORPUS.parent / "tests" / "cases" / "formulaire-deliberation" / "limoges-adhesion-votee.txt").read_text(encoding="utf-8")
    (docs / "bad.txt").write_text(form.replace("Quorum 22", "Quorum 22\nPrésents 38\nPOUR\t300\t").replace("POUR\t36\t\n", ""), encoding="utf-8")
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(docs), "--out", str(out)])
    assert built.exit_code == 1 and "nothing published" in built.output
    assert not (out / "site").exists() and not (out / "graph").exists()
    result = run("validate", "--out", out / "refused")
    assert result.exit_code == 1
    line = next(l for l in result.output.splitlines() if "Violation" in l)
    assert line.startswith("bad.txt: Violation:") and "Vote" in line
    assert (out / "refused" / "reports" / "shacl-report.ttl").read_text(encoding="utf-8").count("sh:ValidationResult") >= 1
    kept = CliRunner().invoke(main, ["build", str(docs), "--out", str(out), "--keep-going"])
    assert kept.exit_code == 1 and (out / "site" / "index.html").exists()
    published = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and "refused" not in p.relative_to(out).parts}
    refused = CliRunner().invoke(main, ["build", str(docs), "--out", str(out)])
    assert refused.exit_code == 1 and "nothing published" in refused.output
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and "refused" not in p.relative_to(out).parts} == published
