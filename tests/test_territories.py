"""The official divisions, and the collectivité a document names (civicgraph.territories)."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import yaml

from civicgraph import territories as T

ROOT = Path(__file__).resolve().parent.parent
CUES = ROOT / "ingest" / "genre" / "fr" / "collectivites.yaml"


def _examples():
    data = yaml.safe_load(CUES.read_text(encoding="utf-8"))
    for kind, entry in data["cues"].items():
        for example in entry["examples"]:
            yield pytest.param(example, id=f"{kind}: {example['text']}")
    for example in data["examples"]:
        yield pytest.param(example, id=f"{example['text']} {example.get('departement', '')}")


@pytest.mark.parametrize("example", list(_examples()))
def test_every_example_of_the_cue_file_resolves_as_it_says(example):
    found = T.resolve(example["text"], example.get("kind"), example.get("departement"), example.get("within"))
    assert (found.code if found else None) == example["expect"]


def test_the_divisions_hold_every_kind_with_its_codes():
    kinds = {}
    for territory in T.territories():
        kinds[territory.kind] = kinds.get(territory.kind, 0) + 1
    assert kinds["commune"] > 37_000 and kinds["epci"] > 1_250
    assert kinds["departement"] == 109 and kinds["region"] == 26
    actuelles = [t for t in T.territories() if t.kind == "commune" and t.status == "actuelle"]
    assert 34_000 < len(actuelles) < 36_000


def test_a_commune_by_its_insee_code_and_by_its_siren():
    noirmoutier = T.by_insee("85163")
    assert (noirmoutier.name, noirmoutier.siren, noirmoutier.departement, noirmoutier.region) == ("Noirmoutier-en-l'Île", "218501633", "85", "52")
    assert noirmoutier.insee == "85163"
    assert T.by_siren("218 501 633") is noirmoutier
    assert T.by_insee("2A004").name == "Ajaccio"
    assert T.by_insee("99999") is None and T.by_siren("000000000") is None


def test_a_commune_actuelle_wins_over_the_deleguee_that_shares_its_code():
    actuelle = T.by_insee("01015")
    assert (actuelle.name, actuelle.status) == ("Arboys en Bugey", "actuelle")
    deleguee = T.resolve("Arbignieu")  # named only as a commune déléguée
    assert (deleguee.status, deleguee.parent, deleguee.siren) == ("deleguee", "01015", "")


def test_an_epci_by_its_siren_with_its_members():
    noirmoutier = T.by_siren("248500191")
    assert (noirmoutier.kind, noirmoutier.epci_type, noirmoutier.departement) == ("epci", "CC", "85")
    assert "85163" in noirmoutier.members and noirmoutier.insee == ""
    assert noirmoutier in T.epcis_of("85163")
    assert {t.epci_type for t in T.epcis_of("93001")} == {"METRO", "EPT"}  # Aubervilliers: Grand Paris and Plaine Commune


def test_departements_by_their_cog_or_actes_code_and_no_invented_siren():
    assert T.departement("073").name == "Savoie" and T.departement("2A").name == "Corse-du-Sud"
    assert T.departement("02A") is T.departement("2A")
    assert T.departement("974").name == "La Réunion"
    assert all(t.siren == "" for t in T.territories() if t.kind in ("departement", "region"))
    assert T.region("52").name == "Pays de la Loire"


def test_the_reason_of_a_match():
    assert T.match("Commune de Saint-Cirq-Lapopie").reason == "exact"
    assert T.match("SAINT CIRQ LAPOPIE").reason == "normalised"
    fuzzy = T.match("Saint-Herbiain", departement="44")
    assert (fuzzy.territory.name, fuzzy.reason) == ("Saint-Herblain", "fuzzy")
    assert 88 <= fuzzy.score < 100


@pytest.mark.parametrize("name", ["Saint-Sauveur", "Beaulieu", "Commune de Beaulieu", "Sainte-Colombe", "L'Épine"])
def test_homonyms_give_nothing_without_a_departement(name):
    assert T.resolve(name) is None


def test_the_departement_chooses_between_homonyms():
    assert T.resolve("Beaulieu", departement="63").code == "63031"
    assert T.resolve("Beaulieu", departement="015").code == "15020"  # as ACTES writes it
    assert T.resolve("Saint-Martin", departement="32").code == "32389"
    assert T.resolve("Beaulieu", departement="75") is None


def test_the_kind_chooses_between_a_commune_and_a_departement():
    assert T.resolve("Paris") is None
    assert T.resolve("Paris", kind="commune").code == "75056"
    assert T.resolve("Paris", kind="departement").code == "75"
    assert T.resolve("Conseil de Paris") is None  # no cue for it: no guess


def test_an_epci_is_in_a_departement_when_one_of_its_members_is():
    assert T.resolve("Communauté de communes Cœur de Chartreuse", departement="73").code == "200040111"
    assert T.resolve("Communauté de communes Cœur de Chartreuse", departement="38").code == "200040111"
    assert T.resolve("Communauté de communes du Pays de Fayence", departement="74") is None


def test_a_cue_that_says_another_kind_than_the_caller_is_part_of_the_name():
    assert T.resolve("Ville-d'Avray", kind="commune").code == "92077"
    assert T.resolve("Ville-la-Grand").code == "74305"  # not the commune "Grand" (Vosges)


def test_misspellings_too_far_or_too_close_to_several_names_are_not_guessed():
    assert T.resolve("Beaulleu") is None  # near every Beaulieu
    assert T.resolve("Xyzzyville") is None
    assert T.resolve("") is None


def test_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown kind"):
        T.match("Lyon", kind="ville")


def test_the_data_files_are_small_and_say_their_source():
    folder = ROOT / "ingest" / "reference" / "divisions"
    assert sum(f.stat().st_size for f in folder.iterdir()) < 2 * 1024 * 1024
    assert T.source().startswith("@etalab/decoupage-administratif@")
    assert T.source().split("@")[-1] in (folder / "README.md").read_text(encoding="utf-8")


# --- the refresh script, on a tiny package written here (no network) ---

def _refresh_module():
    spec = importlib.util.spec_from_file_location("refresh_divisions", ROOT / "tools" / "refresh_divisions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PACKAGE = {
    "communes.json": [
        {"code": "85163", "nom": "Noirmoutier-en-l'Île", "type": "commune-actuelle", "departement": "85", "region": "52", "siren": "218501633", "codesPostaux": ["85330"], "population": 4600},
        {"code": "01015", "nom": "Arbignieu", "type": "commune-deleguee", "chefLieu": "01015", "departement": "01", "region": "84"},
        {"code": "01015", "nom": "Arboys en Bugey", "type": "commune-actuelle", "departement": "01", "region": "84", "siren": "200053668"},
        {"code": "13201", "nom": "Marseille 1er Arrondissement", "type": "arrondissement-municipal", "commune": "13055", "departement": "13", "region": "93"},
        {"code": "97501", "nom": "Miquelon-Langlade", "type": "commune-actuelle", "departement": "975", "region": "975"},
        {"code": "99001", "nom": "Ailleurs", "type": "some-new-type", "departement": "99", "region": "99"},
    ],
    "epci.json": [
        {"code": "248500191", "nom": "CC de l'Ile de Noirmoutier", "type": "CC", "modeFinancement": "FPU",
         "membres": [{"code": "85163", "siren": "218501633", "nom": "Noirmoutier-en-l'Île"}, {"code": "85011", "siren": "218500114", "nom": "Barbâtre"}]},
    ],
    "ept.json": [{"code": "200057867", "nom": "Plaine Commune", "type": "EPT", "modeFinancement": "", "membres": [{"code": "93001", "siren": "219300019", "nom": "Aubervilliers"}]}],
    "departements.json": [{"code": "85", "region": "52", "chefLieu": "85191", "nom": "Vendée", "typeLiaison": 5, "zone": "metro"}],
    "regions.json": [{"code": "52", "chefLieu": "44109", "nom": "Pays de la Loire", "typeLiaison": 0, "zone": "metro"}],
}


def _package(folder: Path) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "@etalab/decoupage-administratif", "version": "9.9.9"}))
    for name, records in PACKAGE.items():
        (folder / "data" / name).write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return folder


def _read(path: Path) -> list[dict]:
    data = path.read_bytes()
    data = gzip.decompress(data) if path.suffix == ".gz" else data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_the_refresh_script_converts_the_package_into_compact_sorted_files(tmp_path):
    refresh = _refresh_module()
    out = tmp_path / "out"
    assert refresh.main(["--package-dir", str(_package(tmp_path / "package")), "--out", str(out)]) == 0
    communes = _read(out / "communes.csv.gz")
    assert [(c["code"], c["type"], c["nom"]) for c in communes] == [
        ("01015", "actuelle", "Arboys en Bugey"), ("01015", "deleguee", "Arbignieu"),
        ("13201", "arrondissement", "Marseille 1er Arrondissement"), ("85163", "actuelle", "Noirmoutier-en-l'Île"),
        ("97501", "actuelle", "Miquelon-Langlade"),
    ]  # sorted, the actuelle first, an unknown type left out
    assert communes[1]["parent"] == "01015" and communes[2]["parent"] == "13055"
    assert communes[3]["siren"] == "218501633" and communes[4]["siren"] == ""
    epcis = _read(out / "epci.csv.gz")
    assert [(e["siren"], e["type"], e["membres"]) for e in epcis] == [("200057867", "EPT", "93001"), ("248500191", "CC", "85011|85163")]
    assert _read(out / "departements.csv") == [{"code": "85", "nom": "Vendée", "region": "52", "chef_lieu": "85191", "zone": "metro"}]
    assert _read(out / "regions.csv")[0]["nom"] == "Pays de la Loire"
    assert (out / "SOURCE").read_text() == "@etalab/decoupage-administratif@9.9.9\n"


def test_the_refresh_script_writes_the_same_bytes_twice(tmp_path):
    refresh = _refresh_module()
    package = _package(tmp_path / "package")
    refresh.convert(package, tmp_path / "a", "1")
    refresh.convert(package, tmp_path / "b", "1")
    for name in ("communes.csv.gz", "epci.csv.gz", "departements.csv", "regions.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_every_siren_of_the_divisions_passes_the_luhn_check():
    from civicgraph.actes import siren_valid

    sirens = [t.siren for t in T.territories() if t.siren]
    assert len(sirens) > 36_000 and all(map(siren_valid, sirens))


def test_a_bracket_that_is_no_departement_is_left_in_the_name():
    assert T.resolve("Beaulieu (ancienne commune)") is None
    assert T.resolve("Beaulieu (99)") is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.sampled_from([None, *T.KINDS]), st.sampled_from([None, "85", "073", "2A", "999", "x"]))
def test_any_name_resolves_to_one_territory_of_the_kind_asked_or_none(name, kind, departement):
    found = T.match(name, kind, departement)
    assert found is None or (found.reason in ("exact", "normalised", "fuzzy") and (kind is None or found.territory.kind == kind))


def test_an_epci_whose_form_follows_its_name():
    # a letterhead writes the form after a dash: "PAYS DE CRAON – COMMUNAUTÉ DE COMMUNES"
    assert T.match("PAYS DE CRAON – COMMUNAUTÉ DE COMMUNES").territory.siren == "200048551"
    assert T.match("Pays de Craon - Communauté de communes").territory.siren == "200048551"
