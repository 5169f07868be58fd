"""The shared cases (`tests/genre/cases/*/`): each document read by the genre model, each fact of
its `expected.yaml` looked for in the graph through SPARQL, and nothing produced that the case does
not state (closed world for persons, séances, proxies, memberships). Aspects the reader does not
read yet are listed in `known_gaps.yaml` and run as strict xfails: a fix makes them fail until the
line is removed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from civicgraph.genre.cues import repair_ocr
from civicgraph.mapping import Mapper
from civicgraph.pipeline import ingest
from civicgraph.store import Store
from civicgraph.text import spans
from civicgraph.vocab import DEFAULT_BASE
from tests.conftest import PREFIXES
from tests.genre.expected import aliases, all_person_names, fold, iso, name_of, same_name, same_organ

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.name for p in CASES.iterdir() if (p / "expected.yaml").exists())
GAPS = yaml.safe_load((Path(__file__).parent / "known_gaps.yaml").read_text(encoding="utf-8")) or {}


class Read:
    def __init__(self, case: str):
        self.expected = yaml.safe_load((CASES / case / "expected.yaml").read_text(encoding="utf-8"))
        self.aliases = aliases(self.expected)
        result = ingest([CASES / case / "document.txt"])
        self.skipped = result.skipped
        self.store = Store()
        mapper = Mapper(DEFAULT_BASE)
        for facts in result.facts:
            self.store.replace_graph(mapper.document_iri(facts).value, mapper.quads(facts))

    def rows(self, query: str) -> list[tuple]:
        _, rows = self.store.select(PREFIXES + query)
        return [tuple(None if t is None else t.value for t in row) for row in rows]

    def persons(self) -> list[tuple[str, str | None]]:
        return self.rows("SELECT DISTINCT ?p ?l ?f WHERE { ?p a cg:Personne ; rdfs:label ?l OPTIONAL { ?p cg:nomFamille ?f } }")

    def main_seance(self) -> str | None:
        day = (self.expected.get("seance") or {}).get("date")
        rows = self.rows(f'SELECT ?s WHERE {{ ?s a cg:Seance ; cg:date "{iso(day)}"^^xsd:date }}') if day else []
        return rows[0][0] if rows else None

    def status(self, status: str) -> list[tuple]:
        seance = self.main_seance()
        if seance is None:
            return []
        return self.rows(f'SELECT DISTINCT ?l ?f WHERE {{ ?x cg:seance <{seance}> ; cg:statut "{status}" ; cg:personne ?p . ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}')


@pytest.fixture(scope="module")
def read():
    cache: dict[str, Read] = {}

    def get(case: str) -> Read:
        if case not in cache:
            cache[case] = Read(case)
        return cache[case]
    return get


def matches(expected_names, produced, aliases: dict | None = None) -> bool:
    """The produced persons are exactly the expected ones (each matched once)."""
    produced = list(produced)
    if len(produced) != len(expected_names):
        return False
    return all(any(same_name(e, label, family, aliases) for label, family in produced) for e in expected_names)


def gap(case: str, aspect: str):
    """The check of `aspect` on `case`, expected to fail where `known_gaps.yaml` says so; its id written out (pytest
    names a parameter of over 100 characters by its index, which `-k` on a case's number would miss)."""
    reason = (GAPS.get(case) or {}).get(aspect)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, aspect, marks=marks, id=f"{case}-{aspect}")


ASPECTS = ["organisation", "organ", "seance", "present", "excused", "absent", "represented", "non_voting", "proxies", "counts", "deliberations", "votes", "memberships",
           "persons", "publicity", "reported"]


@pytest.mark.parametrize("case,aspect", [gap(c, a) for c in NAMES for a in ASPECTS])
def test_case(read, case, aspect):
    CHECKS[aspect](read(case))


def check_organisation(r: Read):
    org = r.expected.get("organisation")
    if org is None:
        assert r.skipped or not r.rows("SELECT ?s WHERE { ?s a cg:Seance }")
        return
    # "Association" is the genre word, not part of the name (case 31): "Association La Toupie" is "La Toupie".
    # "Commune de Gottenhouse" is the commune a case may call "Gottenhouse": the kind word is no part of the name
    # (so is a région's: "Région Réunion" is the Région de La Réunion; and an EPT's: "Établissement public territorial Val-Brun").
    # (a name the reader records the body going by counts: "SYVALOM" over "Syndicat de valorisation …")
    names = [form for (n,) in r.rows("SELECT DISTINCT ?n WHERE { ?o a cg:Organisation ; cg:nom|cg:nomAlternatif ?n }") for form in (_bare(n), fold(n))]
    also = org.get("also_written") or []  # the body's other names the document writes ("CREUSE HABITAT", "Office Public de l'Habitat de la Creuse")
    # (its short form and acronym are names the document writes too: "EID du Val", "CAUE du Val-Brun")
    wanted = {form for n in [org["name"], org.get("as_written"), org.get("short"), org.get("acronym"), *([also] if isinstance(also, str) else also)] if n
              for form in (_bare(n), fold(n))}  # (with its kind's words and without: a name read in part is a prefix of the whole)
    assert any(n in wanted or (len(n) >= 15 and any(w.startswith(n) for w in wanted)) for n in names), (org["name"], names)


def check_organ(r: Read):
    """The organ whose séance the document records (the case's `organ`), for a document with a séance."""
    if not (r.expected.get("seance") or {}).get("date") or not r.expected.get("organ"):
        return
    seance = r.main_seance()
    organs = [n for (n,) in r.rows(f"SELECT DISTINCT ?n WHERE {{ <{seance}> cg:organe/cg:nom ?n }}")] if seance else []
    assert any(same_organ(r.expected["organ"], n) for n in organs), (r.expected["organ"], organs)


# A case may name a CCAS or CIAS by its acronym ("CCAS de Vendôme"): the reader spells the kind out.
ACRONYMS = {"ccas": "Centre communal d'action sociale", "cias": "Centre intercommunal d'action sociale"}


def _bare(name: str) -> str:
    name = re.sub(r"(?i)^(ccas|cias)\b", lambda m: ACRONYMS[m.group().lower()], name)
    kind = re.match(r"(?i)(?:association\s+|(?:commune(?:\s+nouvelle)?|ville|mairie)\s+(?:de\s+|d['’]\s*|du\s+|des\s+)|r[ée]gion\s+(?:de\s+|d['’]\s*|du\s+|des\s+)?|[ée]tablissement\s+public\s+territorial\s+)", name)
    name = name[kind.end():] if kind else name
    # (a commune's article is in its kind's "du" or "des": "Commune des Trois-Ilets" is "Les Trois-Îlets")
    return fold(re.sub(r"(?i)^(?:les|le|la)\s+(?=[A-ZÉÈÎ])", "", name.strip(" «»\"“”")))  # "Commune d'Urcabé" is "Urcabé", not "rcabé" ("du" folded)


def check_seance(r: Read):
    expected = r.expected.get("seance")
    seances = r.rows("SELECT DISTINCT ?s ?d WHERE { ?s a cg:Seance ; cg:date ?d }")
    if expected is None:
        assert seances == []
        return
    allowed = {iso(expected["date"])} | {iso(o["date"]) for o in r.expected.get("other_seances", []) if o.get("present") or "embedded" in str(o.get("note", "")) or "exposé" in str(o.get("note", ""))}
    assert {d for _, d in seances} <= allowed | {iso(expected["date"])}, seances
    s = r.main_seance()
    assert s, f"no séance on {expected['date']}"
    props = dict(r.rows(f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}"))
    cg = "https://w3id.org/civicgraph/ontology#"
    if "time" in expected:
        assert props.get(cg + "debut", "").endswith(f"T{expected['time']}:00"), props.get(cg + "debut")
    else:
        assert cg + "debut" not in props
    if "end_time" in expected:
        assert props.get(cg + "fin", "").endswith(f"T{expected['end_time']}:00")
    if "convocation" in expected:
        assert props.get(cg + "dateConvocation") == iso(expected["convocation"])
    else:
        assert cg + "dateConvocation" not in props
    if "heading_date" in expected:
        assert props.get(cg + "dateEnTete") == iso(expected["heading_date"]) and cg + "conflit" in props
    if "place" in expected:  # "salle du conseil à Autun" is read "salle du conseil, Autun", "Pau, au siège du syndicat" is "Pau, siège du syndicat" (and "dans les locaux du …" "locaux du …"): the same
        # place; so is "siège de la CC, Val, salle du conseil" written "Val, siège de la CC, salle du conseil" (its parts in another order),
        # and "salle des séances de l'hôtel de ville" written "hôtel de ville, salle des séances" (a room of a building, its parts parted)
        place, wanted = (re.sub(r",\s+(?:au|aux|[àa]\s+la|[àa]\s+l['’]\s*|[àa]|dans\s+(?:les|le|la|l['’]))\s*(?=\w)", ", ", re.sub(r",?\s+[àa]\s+(?=[A-ZÉÈ])", ", ", p))
                         for p in (props.get(cg + "lieu", ""), expected["place"]))
        parts = [{fold(part) for part in re.split(r",\s*|\s+de\s+l['’]\s*(?=(?i:hôtel|hotel|mairie|espace|école|ecole))", p)} for p in (place, wanted)]
        place, wanted = fold(place), fold(wanted)
        assert place and (place in wanted or wanted in place or parts[0] == parts[1]), props.get(cg + "lieu")
    for role, prop in (("president", "president"), ("secretary", "secretaire")):
        who = r.rows(f"SELECT ?l ?f WHERE {{ <{s}> cg:{prop} ?p . ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}")
        if role in expected:
            assert matches([expected[role]], who, r.aliases), (role, who)
        else:
            assert who == [], (role, who)


def _listed(r: Read, key: str, status: str):
    expected = r.expected.get(key)
    if expected is None or expected == "all_members_except_listed":
        return
    named = [name_of(e) for e in expected if not isinstance(e, dict) or "name" in e]  # (an attendee the text leaves unnamed: "correspondant de presse")
    found = r.status(status)
    if status in ("excusé", "absent"):  # a proxy's giver, excused or absent as the case labels them, and read as represented
        givers = [p["from"] for p in r.expected.get("proxies") or [] if p.get("from") in named]
        found += [p for p in r.status("représenté") if any(same_name(g, *p, r.aliases) for g in givers) and p not in found]
    if status == "excusé":  # a giver excused at the opening who arrives later, the proxy until then: one status, présent from the arrival
        arriving = [a.get("person") for a in r.expected.get("arrivals") or [] if a.get("person") in givers]
        found += [p for p in r.status("présent") if any(same_name(g, *p, r.aliases) for g in arriving) and p not in found]
    if status == "présent":  # a member arriving, present from the arrival: in the case's présents or in its arrivals only, as its writer chose
        arriving = [a.get("person") for a in r.expected.get("arrivals") or [] if a.get("person") and a.get("person") not in named]
        found = [p for p in found if not any(same_name(a, *p, r.aliases) for a in arriving)]
    assert matches(named, found, r.aliases), (key, found)


def check_present(r: Read):
    if r.expected.get("present") == "all_members_except_listed":
        # Only those the text names as present are: the president, the secretary, proxy holders, members arriving.
        seance = r.expected["seance"]
        named = [seance.get("president"), seance.get("secretary")] + [p["to"] for p in r.expected.get("proxies") or []] \
            + [a.get("person") for a in r.expected.get("arrivals") or []]
        assert all(any(same_name(n, label, family, r.aliases) for n in named if n) for label, family in r.status("présent"))
        return
    _listed(r, "present", "présent")


def check_excused(r: Read):
    _listed(r, "excused", "excusé")


def check_absent(r: Read):
    _listed(r, "absent", "absent")


def check_represented(r: Read):
    """Members the roll lists as giving a proxy ("Absents représentés : X par Y", "Excusés : X (pouvoir à
    Y)"): the graph says so by the status "représenté", or, a participation having one status (the
    shapes), by a proxy the member gave for the séance's opening: not on leaving (from a time, or from an act
    after a departure; "pour les points 1 à 3" is no departure), nor unbounded by a member present, and until
    their arrival when present; a leaver's proxy counts when the case lists the leaver."""
    expected = r.expected.get("represented")
    if expected is None:
        return
    seance = r.main_seance()
    givers = r.rows(f"""SELECT DISTINCT ?l ?f WHERE {{ ?x a cg:Pouvoir ; cg:seance <{seance}> ; cg:mandant ?p .
        FILTER NOT EXISTS {{ ?x cg:depuisHeure ?t }}
        FILTER (NOT EXISTS {{ ?x cg:depuisActe|cg:depuisPoint ?a }} || NOT EXISTS {{ ?m a cg:Mouvement ; cg:seance <{seance}> ; cg:personne ?p ; cg:typeMouvement "départ" }})
        FILTER (NOT EXISTS {{ ?q cg:seance <{seance}> ; cg:personne ?p ; cg:statut "présent" }}
                || EXISTS {{ ?x cg:jusquAHeure|cg:jusquAActe|cg:jusquAuPoint ?e }})
        ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}""") if seance else []
    found = set(r.status("représenté")) | set(givers)
    # A member who leaves and gives a proxy for the rest is represented from then: a case may list them or not
    # (both are facts of the text; the cases' writers differ), so a leaver the case lists is looked for among them.
    leavers = r.rows(f"""SELECT DISTINCT ?l ?f WHERE {{ ?x a cg:Pouvoir ; cg:seance <{seance}> ; cg:mandant ?p ; cg:depuisHeure|cg:depuisActe|cg:depuisPoint ?b .
        ?m a cg:Mouvement ; cg:seance <{seance}> ; cg:personne ?p ; cg:typeMouvement "départ" . ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}""") if seance else []
    found = sorted(found, key=str)
    found += [leaver for leaver in leavers if any(same_name(name_of(e), *leaver, r.aliases) for e in expected) and str(leaver[0]) not in {str(f[0]) for f in found}]
    assert matches([name_of(e) for e in expected], found, r.aliases), ("represented", found)


def check_non_voting(r: Read):
    """Attendees without a vote (staff, guests, members "sans voix délibérative"): never counted present."""
    _listed(r, "non_voting", "sans voix délibérative")


def check_proxies(r: Read):
    expected = r.expected.get("proxies") or []
    s = r.main_seance()
    produced = r.rows(f"""SELECT DISTINCT ?g ?gf ?h ?hf ?ft ?tt ?fi ?ti ?fp ?tp WHERE {{ ?x a cg:Pouvoir ; cg:seance <{s}> ; cg:mandant ?gp ; cg:mandataire ?hp .
        ?gp rdfs:label ?g . ?hp rdfs:label ?h OPTIONAL {{ ?gp cg:nomFamille ?gf }} OPTIONAL {{ ?hp cg:nomFamille ?hf }}
        OPTIONAL {{ ?x cg:depuisHeure ?ft }} OPTIONAL {{ ?x cg:jusquAHeure ?tt }} OPTIONAL {{ ?x cg:depuisActe ?fi }} OPTIONAL {{ ?x cg:jusquAActe ?ti }}
        OPTIONAL {{ ?x cg:depuisPoint ?fp }} OPTIONAL {{ ?x cg:jusquAuPoint ?tp }} }}""") if s else []
    assert len(produced) == len(expected), produced
    for e in expected:
        hit = [p for p in produced if same_name(e["from"], p[0], p[1], r.aliases) and same_name(e["to"], p[2], p[3], r.aliases)]
        assert len(hit) == 1, (e, produced)
        g, gf, h, hf, ft, tt, fi, ti, fp, tp = hit[0]
        for time_key, item_key, time, item, point in (("from_time", "from_item", ft, fi, fp), ("to_time", "to_item", tt, ti, tp)):
            told = (e.get(time_key), None if e.get(item_key) is None else str(e[item_key]))
            read = ((time or "")[:5] or None, _act(item, e.get(item_key)) or None)
            if told[1] is not None and point is not None and told[1] == str(point):
                read = (read[0], told[1])  # the item named by its rank on the agenda, its act's number read with it
            elif time_key == "to_time" and read[0] and told[1] and _arrived_for(r, told[1], read[1], point):
                read = (read[0], told[1])  # ended by an arrival before point N: the case names N, the reader the last point held
            if time_key == "from_time" and not any(told) and read[0] is None and ("1" in (str(point), item) or item is not None and _first_item(r, str(item))):
                read = (None, None)  # from the agenda's first item ("pour les points 1 et 2", "pour la délibération n° 2026-41", the first act): from the opening, as the case leaves it
            if time_key == "from_time" and told[0] is None and told[1] is not None and not any(read) and _first_item(r, told[1]):
                read = told  # from the opening, as the reader leaves it: from the agenda's first item, as the case writes it
            if time_key == "to_time" and not any(told) and read[0] is None and _last_item(r, item, point):
                read = (None, None)  # to the agenda's last item ("pour le point 4", the last): to the end, as the case leaves it
            if time_key == "to_time" and told[0] is None and told[1] is not None and not any(read) and _last_item(r, told[1], None):
                read = told  # to the end, as the reader leaves it: to the agenda's last item, as the case writes it
            assert all(t is None or t == r for t, r in zip(told, read)) and (any(told) or not any(read)), (e, hit)


def _arrived_for(r: Read, told: str, read: str | None, point) -> bool:
    """Whether a proxy's end the case names (the point or act its giver arrives for) comes right after the one read
    (the last point or act the proxy held): by rank, or as the case lists its acts, one after the other."""
    if told.isdigit() and point is not None:
        return int(told) == int(point) + 1
    listed = [str(e.get("number")) for e in _expected_deliberations(r) if e.get("number") is not None]
    return read in listed[:-1] and listed[listed.index(read) + 1] == told


def _first_item(r: Read, told: str) -> bool:
    """Whether the act or point a case names is the first of the deliberations it lists."""
    listed = [str(e.get("number")) for e in _expected_deliberations(r) if e.get("number") is not None]
    return told == "1" or bool(listed) and told == listed[0]


def _last_item(r: Read, item, point) -> bool:
    """Whether the act or point read is the last of the deliberations the case lists."""
    listed = [str(e.get("number")) for e in _expected_deliberations(r) if e.get("number") is not None]
    return bool(listed) and (item is not None and str(item) == listed[-1] or point is not None and int(point) == len(listed))


# A proxy's bound is checked end by end (from, to): each bound the case gives must be read; a bound the case leaves
# out may be read when the case gives that end's other bound (its time for its act, or its act for its time: the
# minutes' movement dates the act, and the cases' writers differ on recording both); an end the case leaves open
# stays open.


def _in_figures(number: str) -> str:
    """`number` with OCR's letters for figures ("l", "I", "o", "O") made figures in each run that holds a figure."""
    return re.sub(r"\w+", lambda run: run.group().translate(str.maketrans("lIoO", "1100")) if re.search(r"\d", run.group()) else run.group(), number)


def _act(produced, expected) -> str:
    """An act number read, without the prefix its series prints ("DCM 2026-044") when the case gives it bare; a point's
    number and the number of the act that ends with it ("rapport n° 3" and "CP 2026-10-03") are one bound, whichever
    the case gives and the reader reads; so are a number OCR printed and the same put right."""
    number, told = str(produced or ""), str(expected or "")
    if told and (number == repair_ocr(told) or _in_figures(number) == _in_figures(told)):
        return told  # the case copies the number as OCR printed it ("2O26-O32"), the reader puts its figures right (all or some)
    bare, other = (number, told) if number.isdigit() else (told, number)
    if bare.isdigit() and (ending := re.search(r"\D0*(\d+)$", other)) and ending[1] == bare.lstrip("0"):
        return told  # a point and the act numbered after it
    return ACT_PREFIX.sub("", number) if expected is not None and not ACT_PREFIX.match(str(expected)) else number


COUNTS = {"en_exercice": "membresEnExercice", "presents": "nombrePresents", "representes": "nombreRepresentes", "pouvoirs": "nombrePouvoirs", "delegations": "nombrePouvoirs", "delegations_de_vote": "nombrePouvoirs",
          "procurations": "nombrePouvoirs", "votants": "nombreVotants", "absents": "nombreAbsents", "took_part": "nombreParticipantsVote",
          "members": "nombreMembres", "members_paying": "nombreAdherents"}


def check_counts(r: Read):
    s = r.main_seance()
    produced = dict(r.rows(f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o FILTER(?p IN ({', '.join('cg:' + v for v in set(COUNTS.values()))})) }}")) if s else {}
    expected = {f"https://w3id.org/civicgraph/ontology#{COUNTS[k]}": str(v) for k, v in (r.expected.get("counts") or {}).items() if k in COUNTS}
    # "Membres du Bureau : 14": the organ's members, whom a case may call in office; "Pouvoirs : 3": the proxies given,
    # whom a case may call the members represented (one proxy a member, CGCT L2121-20) — the cases' writers differ; one
    # count told, its name either
    for pair in (("nombreMembres", "membresEnExercice"), ("nombrePouvoirs", "nombreRepresentes")):
        a, b = (f"https://w3id.org/civicgraph/ontology#{p}" for p in pair)
        for told, read in ((b, a), (a, b)):
            if told in expected and told not in produced and read in produced and read not in expected:
                produced[told] = produced.pop(read)
    assert produced == expected


def _deliberations(r: Read):
    """The acts, but the decisions an act reports (`mayor_decisions_reported`, checked apart)."""
    return r.rows("""SELECT DISTINCT ?d ?n ?t WHERE { { ?d a cg:Deliberation } UNION { ?d a cg:Decision FILTER NOT EXISTS { ?d cg:renduCompteDans ?r } }
        OPTIONAL { ?d cg:numero ?n } OPTIONAL { ?d cg:titre ?t } }""")


# An act's number read with the prefix its series prints ("DCM 2021-047") is the number a case may
# give without it ("2021-047").
ACT_PREFIX = re.compile(r"^[A-Za-z]{1,5}[ _-]?(?=\d)")


def _find(r: Read, e: dict, produced):
    number = str(e["number"]) if e.get("number") is not None else None
    for d, n, t in produced:
        if number is not None and n is not None and (n == number or ACT_PREFIX.sub("", n) == number):
            return d
        if number is not None and n is not None and ACTLIKE.search(n) and not n.isdigit() and n.casefold() in (e.get("title") or "").casefold():
            return d  # "2. Rapport CP-27-07-02 – Title": the case numbers the point, the reader the act its title names
        if (number is None or n is None) and t and fold(t)[:25] == fold(e.get("title", ""))[:25]:
            return d  # (a case may number in the text's order the items the document leaves unnumbered)
    return None


def _expected_deliberations(r: Read):
    items = list(r.expected.get("deliberations") or [])
    for other in r.expected.get("other_seances") or []:
        items += other.get("deliberations") or []
    if r.expected.get("decision"):
        items.append(r.expected["decision"])
    return items


# The approval of an earlier séance's minutes under a bare point number (in figures or Roman numerals) or none ("1. Approbation du
# procès-verbal…"): the reader records it as the deliberation of that point; the cases' writers split on it,
# some listing it (102, 410…), others leaving it out as having no act number (430, 442…). Both hold.
# So it is with the point that reports the decisions taken by delegation ("2. Compte rendu des décisions prises par
# le Maire"), which the council takes note of: most cases list it with `prise_d_acte`, a few leave it out.
# So again with the point that designates the séance's secretary ("Point 1 Désignation du secrétaire de séance").
APPROVAL = re.compile(r"approbation(?:du|des)(?:procesverba|compte(?:s)?rendu|pv)")  # the minutes' approval, not "des comptes financiers" (on `fold`: letters and digits only)
REPORT = re.compile(r"(?:compte(?:s)?rendudes)?decisions(?:prises|du(?:maire|president))")
SECRETARY = re.compile(r"designation(?:du|dun|de)secretaire")  # the secretary's designation (Alsace-Moselle: a deliberation, L2541-6): listed by most cases, left out by some


def _unlisted_points(produced: list, expected: list) -> list:
    """`produced` without the approval of earlier minutes, or the report of decisions taken by delegation, by
    point number (or none) when the case lists none."""
    for point in (APPROVAL, REPORT, SECRETARY):
        if not any(point.match(fold(e.get("title", ""))) for e in expected):
            produced = [(d, n, t) for d, n, t in produced if not ((not n or re.fullmatch(r"\d+|[IVXL]+", n)) and t and point.match(fold(t)))]
    return produced


def check_deliberations(r: Read):
    expected = _expected_deliberations(r)
    produced = _unlisted_points(_deliberations(r), expected)
    assert len(produced) == len(expected), produced
    for e in expected:
        d = _find(r, e, produced)
        assert d, (e, produced)
        title = r.rows(f"SELECT ?t WHERE {{ <{d}> cg:titre ?t }}")
        told = (e["title"], repair_ocr(e["title"]), DESIGNATED.sub("", e["title"]))  # (as printed, OCR's letters put right, the act's designation apart)
        assert title and fold(title[0][0])[:40] in {fold(t)[:40] for t in told}, (e["title"], title)


ACTLIKE = re.compile(r"\d.*[-./_]|[-./_].*\d")  # an act's number: figures and a separator ("CP-27-07-02"), not a point's rank
DESIGNATED = re.compile(r"^(?:[Rr]apport|[Dd][ée]lib[ée]ration)\s+(?:n°\s*)?[A-Z]{1,5}[-\w./]*\d\s+[–—-]\s+")  # "Rapport CP-27-07-02 – ": the act's number a case keeps in its title
RESULTS = {"unanimite": "unanimité", "adopte": "adoptée", "rejete": "rejetée", "prise_d_acte": "prise d'acte"}


def check_votes(r: Read):
    produced = _deliberations(r)
    for e in _expected_deliberations(r):
        d = _find(r, e, produced)
        assert d, e
        vote = e.get("vote") or {}
        rows = r.rows(f"""SELECT ?r ?p ?c ?a WHERE {{ ?v cg:deliberation <{d}> OPTIONAL {{ ?v cg:resultat ?r }} OPTIONAL {{ ?v cg:pour ?p }}
            OPTIONAL {{ ?v cg:contre ?c }} OPTIONAL {{ ?v cg:abstention ?a }} }}""")
        if vote.get("result") in (None, "no_vote", "unknown"):
            assert all(row[1:] == (None, None, None) for row in rows) and all(row[0] is None for row in rows), rows
            continue
        assert len(rows) == 1, rows
        result, pour, contre, abst = rows[0]
        said = tuple(None if vote.get(k) is None else str(vote[k]) for k in ("for", "against", "abstention"))
        said = (said[0], *(_counted(told, vote.get(names), read) for told, names, read in zip(said[1:], ("against_names", "abstention_names"), (contre, abst))))
        assert _same_result(result, RESULTS[vote["result"]], pour, contre, abst), (e.get("number"), rows)
        assert (pour, *(None if n == "0" else n for n in (contre, abst))) == (said[0], *(None if n == "0" else n for n in said[1:])), (e.get("number"), rows)
        for key, prop in (("against_names", "votantContre"), ("abstention_names", "votantAbstention"), ("not_voting", "nonParticipant")):
            who = r.rows(f"SELECT ?l ?f WHERE {{ ?v cg:deliberation <{d}> ; cg:{prop} ?p . ?p rdfs:label ?l OPTIONAL {{ ?p cg:nomFamille ?f }} }}")
            assert matches(vote.get(key, []), who, r.aliases), (e.get("number"), key, who)


def _counted(told: str | None, names: list | None, read: str | None) -> str | None:
    """The count a case gives, or, where it gives none but lists the names ("abstentions : M. X, Mme Y"), their number
    when that is what was read: a label that lists who voted so counts them (the cases' writers differ on writing it)."""
    return str(len(names)) if told is None and names and read == str(len(names)) else told


def _same_result(read: str | None, told: str, pour: str | None, against: str | None, abstention: str | None) -> bool:
    """Whether the result read is the one the case tells. A tally read with its zeros printed ("Pour : 13 – Contre : 0 –
    Abstention : 0") is as much a unanimity as an adoption: the cases' writers differ (some write `unanimite`, others
    `adopte`), so either holds there; without printed zeros the words decide ("adopté à l'unanimité" is no mere
    adoption). A zero the case leaves out is compared as no figure (`check_votes`)."""
    zeros = pour is not None and "0" in (against, abstention) and all(n in (None, "0") for n in (against, abstention))
    return read == told or (zeros and {read, told} == {RESULTS["adopte"], RESULTS["unanimite"]})


def check_memberships(r: Read):
    expected = list(r.expected.get("memberships") or [])
    for other in r.expected.get("other_seances") or []:
        expected += other.get("memberships") or []
    produced = r.rows("""SELECT DISTINCT ?m ?a ?y ?c ?r WHERE { ?x a cg:Adhesion ; cg:membre/cg:nom ?m ; cg:association/cg:nom ?a ; cg:annee ?y
        OPTIONAL { ?x cg:cotisation ?c } OPTIONAL { ?x cg:renouvellement ?r } }""")
    assert len(produced) == len(expected), produced
    for e in expected:
        hit = [p for p in produced if fold(e["association"])[:12] in fold(p[1]) or fold(p[1])[:12] in fold(e["association"])
               or _same_body_name(e["association"], p[1]) or _same_body_name(p[1], e["association"])]
        assert len(hit) == 1, (e, produced)
        m, a, y, c, renewal = hit[0]
        assert _same_body_name(e["association"], a) or _same_body_name(a, e["association"]), (e, hit)  # (either may be the fuller form)
        assert y == str(e["year"]) and (c and float(c)) == (e.get("amount") and float(e["amount"])), (e, hit)
        if "kind" in e:
            assert renewal == ("true" if e["kind"] == "renewal" else "false"), (e, hit)


def _same_body_name(expected: str, produced: str) -> bool:
    """The produced name is the expected one, give or take a designator ("Association des …"), a
    bracketed acronym or description, or the acronym alone, or the acronym and what follows it ("Union …
    (URIOPSS) Nouvelle-Aquitaine" is "URIOPSS Nouvelle-Aquitaine"): a truncated or overlong name is wrong."""
    def bare(name: str) -> str:
        name = re.sub(r"\s*\([^)]*\)", "", name.casefold()).strip(" «»")
        return fold(re.sub(r"^(?:association|f[ée]d[ée]ration)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]|de\s+)?", "", name))
    acronyms = {fold(a) for a in re.findall(r"\(([^)]+)\)|^([A-Z]{2,})\s+–", expected) for a in a if a}  # "(CAUE)", "CLER – Réseau …"
    acronyms.add(fold(re.sub(r"^[^()]*\(([^)]+)\)\s*", r"\1 ", expected)))
    return bare(expected) == bare(produced) or fold(produced) in acronyms or bare(produced) in acronyms


def check_publicity(r: Read):
    """Transmission, reception and publication dates (a display date counts as publication: an act displayed one day
    and put online another has either as its publication, as the cases' writers differ), and nothing where the text
    prints the field blank."""
    produced = dict(r.rows("""SELECT ?p ?o WHERE { { ?d a cg:Deliberation } UNION { ?d a cg:Decision } ?d ?p ?o
        FILTER(?p IN (cg:dateTransmission, cg:dateReception, cg:datePublication, cg:dateAffichage)) }"""))
    cg = "https://w3id.org/civicgraph/ontology#"
    published = {produced.get(cg + "datePublication"), produced.get(cg + "dateAffichage")} - {None} or {None}
    # (the préfecture's receipt, when the text prints no sending, is the transmission to cases that have no key for it:
    # an act sent by ACTES is received the day it is sent)
    receipt = produced.get(cg + "dateReception") if "received_by_prefecture" not in r.expected else None
    transmitted = {produced.get(cg + "dateTransmission") or receipt}
    for key, value in (("transmitted", transmitted), ("received_by_prefecture", {produced.get(cg + "dateReception")}), ("published", published)):
        if key in r.expected:
            assert (iso(r.expected[key]) if r.expected[key] is not None else None) in value, (key, produced)


def _words(value) -> set[str]:
    return {w for w in re.findall(r"\w+", spans.fold(str(value))) if len(w) >= 4}


def check_reported(r: Read):
    """The decisions taken by delegation that an act reports, row by row in the text's order: number,
    day and month (a year not printed is the reader's inference), object, amount; none from a table
    whose columns do not pair (`unpaired_tables`)."""
    expected = [] if "unpaired_tables" in r.expected else r.expected.get("mayor_decisions_reported") or []
    produced = r.rows("""SELECT ?d ?n ?t ?day ?m ?at WHERE { ?d a cg:Decision ; cg:renduCompteDans ?x ; prov:wasDerivedFrom/cg:positionDebut ?at
        OPTIONAL { ?d cg:numero ?n } OPTIONAL { ?d cg:titre ?t } OPTIONAL { ?d cg:date ?day } OPTIONAL { ?d cg:montant ?m } } ORDER BY ?at""")
    first = {}
    for d, *rest in produced:
        first.setdefault(d, rest)
    rows = sorted(first.values(), key=lambda row: int(row[-1]))
    assert len(rows) == len(expected), rows
    for e, (number, title, day, amount, _) in zip(expected, rows):
        assert number == (str(e["number"]) if e.get("number") else None), (e, number)
        assert len(_words(e["object"]) & _words(title)) * 2 >= len(_words(e["object"])), (e["object"], title)
        wanted = e.get("amount") if isinstance(e.get("amount"), (int, float)) else None
        assert (amount and float(amount)) == wanted, (e, amount)
        if e.get("date"):
            printed = iso(e["date"]) if re.match(r"\d{4}-", str(e["date"])) else None
            assert day and (day == printed if printed else int(day[8:]) == int(re.match(r"\d+", str(e["date"])).group())), (e, day)


def check_persons(r: Read):
    """Closed world: every person the reader made is one the case names."""
    known = all_person_names(r.expected)
    stray = [(label, family) for _, label, family in r.persons() if not any(same_name(n, label, family, r.aliases) for n in known)]
    assert stray == []


CHECKS = {name.removeprefix("check_"): fn for name, fn in globals().items() if name.startswith("check_")}


def test_the_cases_graph_uses_only_declared_terms(read):
    """Every class and property the genre model writes is declared in the ontology."""
    import rdflib

    ontology = rdflib.Graph().parse(Path(__file__).parents[2] / "ontology" / "civicgraph.ttl")
    declared = {str(s) for s in ontology.subjects() if str(s).startswith("https://w3id.org/civicgraph/ontology#")}
    used = set()
    for case in NAMES:
        used |= {t for (t,) in read(case).rows("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } FILTER(STRSTARTS(STR(?t), STR(cg:))) }")}
    assert used - declared == set()


def test_each_known_gap_names_a_case_once_and_that_case_exists():
    """A case named twice in `known_gaps.yaml` would silently replace its first gaps with the second's (YAML keeps the
    last key); a gap for a case that is gone would never run."""
    names = re.findall(r"(?m)^([^\s#][^:\n]*):\s*$", (Path(__file__).parent / "known_gaps.yaml").read_text(encoding="utf-8"))
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert set(names) <= {p.name for p in CASES.iterdir()}, sorted(set(names) - {p.name for p in CASES.iterdir()})
