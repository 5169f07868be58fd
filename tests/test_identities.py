"""One person, one IRI; one organisation, one IRI; merges recorded with their reason, and the
names left apart listed for review."""

from __future__ import annotations

from click.testing import CliRunner

from civicgraph.cli import main
from conftest import ROOT, build
from test_site import page, parse

ID = "https://w3id.org/civicgraph/id/"
STANISLAS = f"{ID}personne/clermont-ferrand/anne-laure-stanislas"


def persons_named(seeds, family_prefix):
    return sorted(set(seeds.values(f'SELECT ?p WHERE {{ ?p a cg:Personne ; cg:nomFamille ?f FILTER(STRSTARTS(UCASE(?f), "{family_prefix}")) }}')))


def test_spelling_variants_in_one_document_are_one_person_with_the_reason(seeds):
    assert persons_named(seeds, "RENI") == [f"{ID}personne/clermont-ferrand/stanislas-renie"]
    reasons = seeds.values(f"SELECT ?r WHERE {{ <{ID}personne/clermont-ferrand/stanislas-renie> cg:motifIdentification ?r }}")
    assert reasons == ["même nom à la casse et aux accents près : « Stanislas RENIE » = « Stanislas RENIÉ »"]
    assert persons_named(seeds, "DU") == [f"{ID}personne/clermont-ferrand/charles-andre-dubreuil", f"{ID}personne/clermont-ferrand/christine-dulac-rougerie"]
    assert seeds.ask(f"<{ID}personne/clermont-ferrand/charles-andre-dubreuil> cg:nomAlternatif \"Charles-André DU\" ; cg:motifIdentification ?r")


def test_the_same_person_across_documents_with_evidence(seeds):
    documents = set(seeds.values(f"SELECT ?f WHERE {{ <{STANISLAS}> prov:wasDerivedFrom/cg:document/cg:nomFichier ?f }}"))
    assert documents == {"000_8631124937c3ca60.txt", "001_8f2b548ca8d94996.txt", "004_8554f40af4c7becc.txt"}
    assert seeds.values(f"SELECT DISTINCT ?c WHERE {{ <{STANISLAS}> cg:contexteIdentification ?c }}") == [f"{ID}organisation/clermont-ferrand"]
    colombeau = persons_named(seeds, "COLOMBEAU")
    assert colombeau == [f"{ID}personne/clermont-ferrand/jean-damien-colombeau"]
    roles = set(seeds.values(f"SELECT ?r WHERE {{ ?m cg:personne <{colombeau[0]}> ; cg:role ?r }}"))
    assert roles == {"administrateur", "directeur innovation et participation"}


def test_stanislas_page_lists_presences_proxy_signature_and_excuse(seeds):
    html = page(seeds, "personne/clermont-ferrand/anne-laure-stanislas.html")
    hrefs = parse(html).hrefs
    assert sum("participation/clermont-ferrand/conseil-municipal/" in h for h in hrefs) == 2
    assert any("participation/la-27e-region/assemblee-generale/2024-06-06/clermont-ferrand/anne-laure-stanislas.html" in h for h in hrefs)
    assert any("pouvoir/clermont-ferrand/conseil-municipal/2021-03-05/" in h for h in hrefs)
    assert any(h.endswith("deliberation/clermont-ferrand/conseil-municipal/2021-03-05/9.html") for h in hrefs)
    text = " ".join(" ".join(parse(html).text).split())
    assert "« signataire »" in text  # the backlink row of the deliberation she signed


def test_la_27e_region_page_lists_every_membership(seeds):
    hrefs = parse(page(seeds, "organisation/la-27e-region.html")).hrefs
    members = {h.split("adhesion/", 1)[1].split("/", 1)[0] for h in hrefs if "adhesion/" in h}
    assert members == {"clermont-ferrand", "poitiers", "aix-marseille-provence", "departement-de-la-reunion",
                       "communaute-d-agglomeration-de-cergy-pontoise", "ministere-transition-ecologique"}


def test_every_way_of_naming_an_organisation_is_one_iri(seeds):
    named_27 = set(seeds.values('SELECT ?o WHERE { ?o a cg:Organisation ; rdfs:label ?l FILTER(CONTAINS(?l, "27")) }'))
    assert named_27 == {f"{ID}organisation/la-27e-region"}
    forms = set(seeds.values(f"SELECT ?n WHERE {{ <{ID}organisation/la-27e-region> cg:nomAlternatif ?n }}"))
    assert {"27^{ème} Région", "27ème Région"} & {f.removeprefix("la ").removeprefix("La ") for f in forms}
    # "la Métropole" in the Métropole's own deliberation is the Métropole
    assert seeds.ask(f"?p cg:nom \"Contrat du futur\" ; cg:participant <{ID}organisation/aix-marseille-provence>")
    assert seeds.values(f"SELECT ?k WHERE {{ <{ID}organisation/aix-marseille-provence> cg:siren ?k }}") == ["200054807"]


def test_same_name_in_two_collectivites_stays_two_and_is_reported(tmp_path):
    built = build(tmp_path / "out", ROOT / "tests" / "identity-cases")
    assert built.result.exit_code == 0, built.result.output
    martins = sorted(set(built.values("SELECT ?p WHERE { ?p cg:nomFamille \"MARTIN\" }")))
    assert martins == [f"{ID}personne/ville-de-lorient/marie-martin", f"{ID}personne/ville-de-vannes/marie-martin"]
    report = CliRunner().invoke(main, ["report", "--out", str(tmp_path / "out")]).output
    assert "Same-name persons NOT merged (1 names, 2 persons)" in report
    assert f"  Marie MARTIN — 2 persons: <{martins[0]}> <{martins[1]}>" in report
    assert (tmp_path / "out" / "reports" / "identities.txt").read_text(encoding="utf-8") == report


def test_a_curated_file_forces_a_merge(tmp_path):
    curated = tmp_path / "identities.csv"
    curated.write_text("action,person,other,reason\nforce,ville-de-lorient/marie-martin,ville-de-vannes/marie-martin,elected in both councils\n", encoding="utf-8")
    built = build(tmp_path / "out", ROOT / "tests" / "identity-cases", extra=("--identities", str(curated)))
    assert built.result.exit_code == 0, built.result.output
    assert sorted(set(built.values("SELECT ?p WHERE { ?p cg:nomFamille \"MARTIN\" }"))) == [f"{ID}personne/ville-de-vannes/marie-martin"]


def test_a_curated_file_forbids_a_merge(tmp_path):
    curated = tmp_path / "identities.csv"
    curated.write_text("action,person,other,reason\nforbid,clermont-ferrand/charles-andre-du,clermont-ferrand/charles-andre-dubreuil,not proven\n", encoding="utf-8")
    built = build(tmp_path / "out", ROOT / "corpus" / "001_8f2b548ca8d94996.txt", extra=("--identities", str(curated)))
    assert built.result.exit_code == 0, built.result.output
    assert f"{ID}personne/clermont-ferrand/charles-andre-du" in built.values("SELECT ?p WHERE { ?d cg:signataire ?p }")


def test_clermont_ferrand_named_three_ways_is_one_iri(seeds):
    forms = set(seeds.values(f"SELECT ?n WHERE {{ <{ID}organisation/clermont-ferrand> cg:nomAlternatif ?n }}"))
    # "Ville de Clermont-Ferrand" is its name; "la Commune" is how its own deliberation 000 names it
    assert {"Clermont-Ferrand", "la Commune"} <= forms
    assert not seeds.ask('?o a cg:Organisation ; rdfs:label ?l FILTER(LCASE(?l) IN ("la commune", "commune", "ville de clermont"))')


# -- codes of the authorities --------------------------------------------------------------------

def luhn(digits: str) -> bool:
    """The check a SIREN number passes (its last digit is a Luhn key)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def reference_rows():
    import csv
    with open(ROOT / "ingest" / "organisations.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_reference_table_states_its_sources_and_its_codes_are_well_formed():
    rows = reference_rows()
    assert len({r["id"] for r in rows}) == len(rows)
    assert [r["id"] for r in rows if not r["source"].strip()] == []
    assert [r["siren"] for r in rows if r["siren"] and not (len(r["siren"]) == 9 and r["siren"].isdigit() and luhn(r["siren"]))] == []
    assert [r["wikidata"] for r in rows if r["wikidata"] and not (r["wikidata"][0] == "Q" and r["wikidata"][1:].isdigit())] == []
    # a commune's SIREN is 21, its département, 0, its number in the département and a key: two codes
    # found in different sources must agree
    communes = [r for r in rows if r["kind"] == "Commune" and r["siren"]]
    assert communes and [r["id"] for r in communes if r["siren"][:8] != "21" + r["insee"][:2] + "0" + r["insee"][2:]] == []


def test_every_collectivite_of_the_seeds_carries_its_official_codes(seeds):
    rows = seeds.rows("""SELECT DISTINCT ?o ?siren ?insee ?qid WHERE { ?o a cg:Collectivite .
        OPTIONAL { ?o cg:siren ?siren } OPTIONAL { ?o cg:codeInsee ?insee } OPTIONAL { ?o cg:wikidata ?qid } }""")
    found = {o.rsplit("/", 1)[1]: (siren, insee, qid) for o, siren, insee, qid in rows}
    assert len(found) >= 20
    assert sorted(k for k, (siren, _, _) in found.items() if siren is None) == []
    assert sorted(k for k, (_, insee, _) in found.items() if insee) == ["clermont-ferrand", "poitiers", "ville-de-grenoble", "ville-de-lyon", "ville-de-nancy"]
    assert found["clermont-ferrand"] == ("216301135", "63113", "http://www.wikidata.org/entity/Q42168")
    assert found["poitiers"] == ("218601946", "86194", "http://www.wikidata.org/entity/Q6616")
    assert found["ville-de-nancy"][:2] == ("215403957", "54395")
    assert found["aix-marseille-provence"][0] == "200054807"
    assert found["grenoble-alpes-metropole"][0] == "200040715"
    assert found["region-occitanie"][0] == "200053791"
    assert all(luhn(siren) for siren, _, _ in found.values() if siren)
    # the Wikidata link is also a skos:exactMatch (entailed by the ontology) for harvesters
    assert seeds.ask(f"<{ID}organisation/clermont-ferrand> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q42168>")
    # bodies the reference table knows are verified, under their official name
    assert seeds.rows(f"SELECT ?l ?v WHERE {{ <{ID}organisation/grenoble-alpes-metropole> rdfs:label ?l ; cg:verifie ?v }}") == [("Grenoble-Alpes Métropole", "true")]


def test_every_body_of_the_seeds_the_table_knows_carries_the_table_s_codes(seeds):
    """Not only the collectivités: a ministry, a firm, a foreign university — each code of the table,
    and no other, on the body's resource."""
    stated = {key: set(seeds.values(f"SELECT ?o WHERE {{ ?s cg:{key} ?o }}")) for key in ("siren", "codeInsee", "wikidata")}
    in_graph = {o.rsplit("/", 1)[1] for o in seeds.values("SELECT DISTINCT ?o WHERE { ?o a cg:Organisation }")}
    checked = 0
    for row in reference_rows():
        if row["id"] not in in_graph:
            continue
        iri = f"<{ID}organisation/{row['id']}>"
        for column, key, prefix in (("siren", "siren", ""), ("insee", "codeInsee", ""), ("wikidata", "wikidata", "http://www.wikidata.org/entity/")):
            values = seeds.values(f"SELECT DISTINCT ?v WHERE {{ {iri} cg:{key} ?v }}")
            assert values == ([prefix + row[column]] if row[column] else []), (row["id"], key, values)
            checked += bool(row[column])
    assert checked >= 50
    assert "110068012" in stated["siren"]  # the Ministère de la transition écologique
    assert "308238393" in stated["siren"]  # PRAXOR AUDIT, the association's auditor
    assert seeds.rows(f"SELECT ?l ?q WHERE {{ <{ID}organisation/universite-de-colombie-britannique> rdfs:label ?l ; cg:wikidata ?q }}") == [
        ("Université de la Colombie-Britannique", "http://www.wikidata.org/entity/Q391028")]
    # where each code comes from travels with it: Nancy's SIREN, derived from its COG code, says so
    nancy = seeds.values(f"SELECT DISTINCT ?s WHERE {{ <{ID}organisation/ville-de-nancy> cg:verifieSelon ?s }}")
    assert len(nancy) == 1 and "déduit du code COG" in nancy[0] and "à confirmer dans Sirene" in nancy[0]
    assert "à confirmer dans Sirene" in "".join(parse(page(seeds, "organisation/ville-de-nancy.html")).text)


def test_a_document_mentions_every_known_body_it_names_even_with_no_fact_read_about_it(seeds):
    doc = f"{ID}document/004-8554f40af4c7becc"
    # "l'AFD n'a adhéré qu'une année": no rule reads it, yet the AFD is named, so it is not lost
    assert seeds.ask(f"<{doc}> cg:mentionne <{ID}organisation/afd>")
    afd = parse(page(seeds, "organisation/afd.html"))
    assert "Agence française de développement" in "".join(afd.text)
    assert any(h.endswith("document/004-8554f40af4c7becc.html") for h in afd.hrefs)
    # a place alone is not its body: "([laboratoire Pacte](#) à Grenoble)" does not name the Ville
    quotes = seeds.values(f"""SELECT ?q WHERE {{ <{ID}organisation/ville-de-grenoble> prov:wasDerivedFrom ?e .
        ?e cg:document <{doc}> ; cg:citation ?q }}""")
    assert "Ville de Grenoble" in quotes and "Grenoble" not in quotes


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_near_pairs_are_every_pair_of_names_of_a_block_within_two_edits():
    """rapidfuzz within blocks finds exactly what comparing every pair of different name keys of a
    block by hand finds; the same key is one group of homonyms, not pairs."""
    import random
    from itertools import combinations

    from civicgraph.identities import homonyms, near_pairs
    from civicgraph.text import slug

    rng = random.Random(7)
    given = ["Jean", "Marie", "Anne-Laure", "Paul", "Éloïse", "Pierre"]
    family = ["MARTIN", "MARTINS", "MARTI", "BERNARD", "BERNARDI", "DUPONT", "DUPOND", "MOREAU", "MOREL", "RENIÉ"]
    named = [(f"{ID}personne/{n}", f"{rng.choice(given)} {rng.choice(family)}{rng.choice(['', 'E', 'A'])}") for n in range(150)]
    keys = {}
    for iri, name in named:
        keys.setdefault(slug(name), set()).add(iri)
    expected = set()
    for ak, bk in combinations(sorted(keys), 2):
        if ak.rsplit("-", 1)[-1][:3] == bk.rsplit("-", 1)[-1][:3] and (d := _levenshtein(ak, bk)) <= 2:
            expected.add((tuple(sorted(keys[ak])), tuple(sorted(keys[bk])), d))
    found = {(p.first, p.second, p.distance) for p in near_pairs(named)}
    assert len(expected) > 100 and found == expected
    assert {g.iris for g in homonyms(named)} == {tuple(sorted(iris)) for iris in keys.values() if len(iris) > 1}


def test_homonyms_are_one_group_not_every_pair():
    """300 namesakes (one name in 300 communes) are one group of 300 and one report line, not the
    44,850 pairs that exhausted memory at 10,000 documents; a near name is one pair of names."""
    from civicgraph.identities import SHOWN, homonyms, listed, near_pairs

    named = [(f"{ID}personne/commune-{n:03d}/jean-martin", "Jean MARTIN") for n in range(300)]
    named += [(f"{ID}personne/commune-{n:03d}/jean-martins", "Jean MARTINS") for n in range(2)]
    groups = homonyms(named)
    assert [(g.name, len(g.iris)) for g in groups] == [("Jean MARTIN", 300), ("Jean MARTINS", 2)]
    pairs = near_pairs(named)
    assert [(p.first_name, p.second_name, len(p.first), len(p.second), p.distance) for p in pairs] == [("Jean MARTIN", "Jean MARTINS", 300, 2, 1)]
    assert listed(groups[0].iris).endswith(f"<{ID}personne/commune-{SHOWN - 1:03d}/jean-martin> and {300 - SHOWN} more")
