"""The official French administrative divisions, and the collectivité a document names.

Data: `ingest/reference/divisions/` (communes, EPCI and EPT with their members, départements,
régions), converted from the npm package `@etalab/decoupage-administratif` (INSEE's COG, DGCL
list of EPCI; Licence Ouverte 2.0) by `tools/refresh_divisions.py`. The words documents put around
a name ("commune du …", "conseil général de la …") are in `ingest/genre/fr/collectivites.yaml`.
Both are loaded once, on first use.

    by_insee("85163")  → Territory(kind="commune", code="85163", siren="218501633", name="Noirmoutier-en-l'Île", …)
    resolve("commune du Grau-du-Roi") → the Territory of Le Grau-du-Roi (30133)
    match("Saint-Herbiain", departement="44") → Match(<Saint-Herblain>, reason="fuzzy", score=92.9)
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from civicgraph.paths import data_dir

KINDS = ("commune", "epci", "departement", "region")


@dataclass(frozen=True)
class Territory:
    """One official division.

    kind: "commune" | "epci" | "departement" | "region".
    code: the COG code (INSEE code of a commune, "73" or "2A" or "974" for a département, "52" for
        a région); the SIREN for an EPCI or EPT.
    siren: nine digits, "" where the source has none (départements, régions, communes déléguées,
        communes of the overseas collectivities).
    departement, region: COG codes; for an EPCI, the one all its members share, else "".
    epci_type: an EPCI's form (CC, CA, CU, METRO, MET69 for the Métropole de Lyon, EPT), else "".
    members: an EPCI's member communes (INSEE codes).
    status: a commune's: "actuelle" (the collectivité), "deleguee", "associee", "arrondissement"
        (municipal, of Paris, Lyon, Marseille); "" for other kinds.
    parent: INSEE code of the commune actuelle a déléguée, associée or arrondissement belongs to.
    """

    kind: str
    code: str
    siren: str
    name: str
    departement: str = ""
    region: str = ""
    epci_type: str = ""
    members: tuple[str, ...] = ()
    status: str = ""
    parent: str = ""

    @property
    def insee(self) -> str:
        """The INSEE code of a commune, "" for other kinds."""
        return self.code if self.kind == "commune" else ""


@dataclass(frozen=True)
class Match:
    """Why a name resolved to a territory. reason: "exact" (the name as written, around the cue
    words, is the official name), "normalised" (equal once case, accents, hyphens, articles and
    abbreviations are set aside) or "fuzzy" (misspelt or damaged; `score` the rapidfuzz ratio 0–100)."""

    territory: Territory
    reason: str
    score: float = 100.0


def divisions_dir() -> Path:
    return data_dir("ingest") / "reference" / "divisions"


def _rows(name: str) -> list[dict[str, str]]:
    path = divisions_dir() / name
    data = path.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


@cache
def source() -> str:
    """The package and version the divisions come from ("@etalab/decoupage-administratif@6.0.0")."""
    return (divisions_dir() / "SOURCE").read_text(encoding="utf-8").strip()


@cache
def territories() -> tuple[Territory, ...]:
    """Every division: communes (all statuses), EPCI and EPT, départements, régions."""
    communes = [
        Territory("commune", r["code"], r["siren"], r["nom"], r["departement"], r["region"], status=r["type"], parent=r["parent"])
        for r in _rows("communes.csv.gz")
    ]
    place = {c.code: c for c in communes if c.status == "actuelle"}
    epcis = []
    for r in _rows("epci.csv.gz"):
        members = tuple(filter(None, r["membres"].split("|")))
        deps = {place[m].departement for m in members if m in place}
        regions = {place[m].region for m in members if m in place}
        epcis.append(Territory("epci", r["siren"], r["siren"], r["nom"], _single(deps), _single(regions), r["type"], members))
    departements = [Territory("departement", r["code"], "", r["nom"], r["code"], r["region"]) for r in _rows("departements.csv")]
    regions = [Territory("region", r["code"], "", r["nom"], region=r["code"]) for r in _rows("regions.csv")]
    return (*communes, *epcis, *departements, *regions)


def _single(values: set[str]) -> str:
    return next(iter(values)) if len(values) == 1 else ""


@cache
def _by_code() -> dict[tuple[str, str], Territory]:
    """(kind, code) → territory; a commune actuelle wins over the déléguée that shares its code."""
    index: dict[tuple[str, str], Territory] = {}
    for territory in territories():
        index.setdefault((territory.kind, territory.code), territory)  # communes come sorted actuelle first
    return index


@cache
def _by_siren() -> dict[str, Territory]:
    return {t.siren: t for t in territories() if t.siren and (t.kind != "commune" or t.status == "actuelle")}


def by_insee(code: str) -> Territory | None:
    """The commune of this INSEE code ("85163", "2A004"): the commune actuelle, else the commune
    déléguée or associée or the municipal arrondissement; None if unknown."""
    return _by_code().get(("commune", code.strip().upper()))


def by_siren(siren: str) -> Territory | None:
    """The commune actuelle or EPCI of this SIREN (spaces allowed, "217 300 656"); None if unknown
    (départements and régions have no SIREN in the source)."""
    return _by_siren().get(re.sub(r"\s", "", siren))


def departement(code: str) -> Territory | None:
    """The département of a COG code, also as ACTES writes it ("073", "02A", "974")."""
    return _by_code().get(("departement", departement_code(code)))


def region(code: str) -> Territory | None:
    return _by_code().get(("region", code.strip()))


def departement_code(code: str) -> str:
    """A département code as the COG writes it: "073" → "73", "02A" → "2A", "974" stays."""
    code = code.strip().upper()
    return code[1:] if len(code) == 3 and code.startswith("0") else code


@cache
def _members(siren: str) -> frozenset[str]:
    epci = by_siren(siren)
    return frozenset(epci.members) if epci is not None and epci.kind == "epci" else frozenset()


@cache
def epcis_of(insee: str) -> tuple[Territory, ...]:
    """The EPCI and EPT a commune belongs to (an EPCI à fiscalité propre, and an EPT in the Grand Paris)."""
    return tuple(t for t in territories() if t.kind == "epci" and insee in t.members)


# --- names as documents write them ---------------------------------------------------------------

@dataclass(frozen=True)
class _Cues:
    # By first word, longest first: phrases as (tokens, kind, epci_type), links as (tokens, article).
    phrases: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]
    tails: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # the phrases of two words or more, by last word
    links: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    articles: frozenset[str]
    abbreviations: dict[str, str]
    min_score: float
    margin: float


@cache
def cues() -> _Cues:
    """The cue words of `ingest/genre/fr/collectivites.yaml`, normalised."""
    data = yaml.safe_load((data_dir("ingest") / "genre" / "fr" / "collectivites.yaml").read_text(encoding="utf-8"))
    phrases = []
    for kind, entry in data["cues"].items():
        for phrase in entry["phrases"]:
            text, epci_type = (phrase["phrase"], phrase.get("epci_type", "")) if isinstance(phrase, dict) else (phrase, "")
            phrases.append((tuple(_plain(text).split()), kind, epci_type))
    links = [(tuple(_plain(link).split()), article or "") for link, article in data["links"].items()]
    return _Cues(
        _by_first_word(phrases),
        _by_last_word([p for p in phrases if len(p[0]) > 1]),
        _by_first_word(links),
        frozenset(data["articles"]),
        dict(data["abbreviations"]),
        float(data["fuzzy"]["min_score"]),
        float(data["fuzzy"]["margin"]),
    )


# OCR reads "l'" as "I'" or "1'" ("Noirmoutier-en-I'Île"): no French word is written that way.
OCR_ELISION = re.compile(r"(?<![\w])[I1|](?=['’]\s*[AEIOUYHÂÊÎÔÛÉÈÀaeiouyhâêîôûéèà])")
WORD = re.compile(r"[a-z0-9]+")
SEPARATOR = re.compile(r"[^\w\u0300-\u036f]|_")  # anything but a letter, a digit or an accent
# (and "&", which names read "et": "Lamballe Terre & Mer" is the EPCI "Lamballe Terre et Mer")
LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "&": " et "})


def _plain(text: str) -> str:
    """Lower case, no accents, every run of non-letters a single space."""
    text = SEPARATOR.sub(" ", unicodedata.normalize("NFKD", text.translate(LIGATURES).casefold()))
    return " ".join(WORD.findall(text.encode("ascii", "ignore").decode("ascii")))


def _tokens(text: str) -> list[str]:
    """The words of a name, OCR elisions repaired and abbreviations written out."""
    abbreviations = cues().abbreviations
    return [abbreviations.get(token, token) for token in _plain(OCR_ELISION.sub("l", text)).split()]


def _by_first_word(options: list[tuple]) -> dict[str, tuple]:
    index: dict[str, list] = {}
    for option in sorted(options, key=lambda option: -len(option[0])):
        index.setdefault(option[0][0], []).append(option)
    return {word: tuple(found) for word, found in index.items()}


def _by_last_word(options: list[tuple]) -> dict[str, tuple]:
    index: dict[str, list] = {}
    for option in sorted(options, key=lambda option: -len(option[0])):
        index.setdefault(option[0][-1], []).append(option)
    return {word: tuple(found) for word, found in index.items()}


def _strip_tail(tokens: list[str]) -> tuple[list[str], tuple | None]:
    """`tokens` without a phrase of cue words of two words or more that ends them ("Hérault Méditerranée –
    Communauté d'agglomération": a heading writes the form after the name), and its (kind, epci_type)."""
    for phrase, *value in cues().tails.get(tokens[-1], ()) if tokens else ():
        if len(tokens) > len(phrase) and tuple(tokens[-len(phrase):]) == phrase:
            return tokens[:-len(phrase)], tuple(value)
    return tokens, None


def _strip(tokens: list[str], options: dict[str, tuple]) -> tuple[list[str], object | None]:
    """`tokens` without the longest leading phrase of `options` (by first word, (tokens, value…)
    tuples), and its value; the name itself is never taken whole."""
    for phrase, *value in options.get(tokens[0], ()) if tokens else ():
        if tuple(tokens[: len(phrase)]) == phrase and len(tokens) > len(phrase):
            return tokens[len(phrase):], value
    return tokens, None


def _article(tokens: list[str]) -> tuple[list[str], str]:
    if len(tokens) > 1 and tokens[0] in cues().articles:
        return tokens[1:], tokens[0]
    return tokens, ""


@dataclass(frozen=True)
class _Reading:
    key: str  # the name's words, without cue, link or leading article
    article: str  # the name's article, written or hidden in a contraction ("du" → "le")
    kind: str | None  # the kind the cue words say
    epci_type: str


def _read(text: str) -> _Reading:
    """Cue words, links and articles taken off a name ("commune du Grau-du-Roi" → "grau du roi",
    "le", commune; "la Commune de Beaulieu", "de la commune de Val-Brun" alike; "Val-Brun – Communauté de
    communes": the form after the name)."""
    tokens, kind, epci_type, article = _tokens(text), None, "", ""
    while True:
        tokens, link = _strip(tokens, cues().links)  # a name cut from running text: "des Herbiers"
        article = link[0] if link else article
        rest, cue = _strip(_article(tokens)[0], cues().phrases)
        if cue is None:
            break
        tokens, (kind, cue_type), article = rest, cue, ""
        epci_type = cue_type or epci_type
    if kind is None:
        tokens, tail = _strip_tail(tokens)
        kind, epci_type = tail or (None, epci_type)
    tokens, written = _article(tokens)
    return _Reading(" ".join(tokens), written or article, kind, epci_type)


def _short_tokens(reading: _Reading) -> str:
    """An EPCI's name without its form ("CC du Pays de Craon" → "pays de craon", "Toulouse
    Métropole" → "toulouse"): the way a document names it after its own cue words."""
    tokens = reading.key.split()
    suffixes = [p for options in cues().phrases.values() for p, kind, _ in options if kind == "epci" and len(p) == 1]
    while len(tokens) > 1 and (tokens[-1],) in suffixes:
        tokens = tokens[:-1]
    return " ".join(tokens)


@dataclass(frozen=True)
class _Entry:
    territory: Territory
    article: str


@cache
def _indexes() -> tuple[dict[str, list[_Entry]], dict[str, list[_Entry]], dict[str, list[_Entry]]]:
    """Three indexes of normalised names: full names (without their article), EPCI names without
    their form, and full names without spaces (OCR glues words: "SAINTJEAN")."""
    names: dict[str, list[_Entry]] = {}
    short: dict[str, list[_Entry]] = {}
    glued: dict[str, list[_Entry]] = {}
    for territory in territories():
        whole = _read_name(territory.name)
        entry = _Entry(territory, whole.article)
        names.setdefault(whole.key, []).append(entry)
        glued.setdefault(whole.key.replace(" ", ""), []).append(entry)
        if territory.kind == "epci":
            stripped = _read(territory.name)
            for key in {stripped.key, _short_tokens(stripped)} - {whole.key}:
                short.setdefault(key, []).append(_Entry(territory, stripped.article))
    return names, short, glued


def _read_name(name: str) -> _Reading:
    """An official name's own words (its cue-like words kept: "Ville-d'Avray", "CC Faucigny")."""
    tokens, article = _article(_tokens(name))
    return _Reading(" ".join(tokens), article, None, "")


def names_a_division(name: str, kind: str | None = None) -> bool:
    """Whether `name` is an official division's name (of `kind`, any if None), with or without its cue
    words ("Bretagne", "Ville de Lyon", "Val-d'Oise"), homonyms included and nothing fuzzy: a name that
    could be a place's (civicgraph.organisations keeps "Association Bretagne" apart from the Région)."""
    names, short, _ = _indexes()
    keys = {_read_name(name).key, _read(name).key} - {""}
    return any(kind in (None, entry.territory.kind) for key in keys for entry in names.get(key, []) + short.get(key, []))


def _fits(territory: Territory, kind: str | None, dep: str | None, within: str | None = None) -> bool:
    """Whether a territory is of `kind` (any if None), in département `dep` (any if None), and a
    member commune of the EPCI whose SIREN is `within` (any if None)."""
    if kind and territory.kind != kind:
        return False
    if within and not (territory.kind == "commune" and {territory.code, territory.parent} & set(_members(within))):
        return False
    if dep:
        if territory.kind == "epci":
            return any((by_insee(m) or territory).departement == dep for m in territory.members)
        if territory.kind == "region":
            return (found := departement(dep)) is not None and found.region == territory.code
        return territory.departement == dep
    return True


def _choose(entries: list[_Entry], article: str, epci_type: str = "") -> Territory | None:
    """The one territory among `entries`, or None: a commune actuelle before a déléguée, then the
    article as written, or its absence ("du Crest" → Le Crest, "de Crest" → Crest), then the EPCI
    form the cue words name (only to choose: an older act may name a communauté by the form it had
    then); two left are homonyms, and nothing is guessed."""
    unique = list({e.territory: e for e in entries}.values())
    unique = [e for e in unique if e.territory.status in ("", "actuelle")] or unique
    if len(unique) > 1:
        unique = [e for e in unique if e.article == article] or unique
    if len(unique) > 1 and epci_type:
        unique = [e for e in unique if e.territory.epci_type.startswith(epci_type[:3])] or unique  # METRO: also MET69
    return unique[0].territory if len(unique) == 1 else None


@lru_cache(maxsize=65536)
def match(name: str, kind: str | None = None, departement: str | None = None, within: str | None = None) -> Match | None:
    """The territory a document names, and why; None when nothing or more than one fits.

    name: as the document writes it ("CONSEIL GÉNÉRAL DE LA GIRONDE", "commune du Grau-du-Roi",
        "Communauté de communes Cœur de Chartreuse", "Noirmoutier-en-I'Île").
    kind: one of KINDS, to choose between homonyms of different kinds ("Paris"); cue words in
        the name ("Ville de", "Région") also say it.
    departement: COG or ACTES code ("85", "085", "2A"), to choose between homonyms in different
        départements ("Beaulieu"); an EPCI fits when one of its members is in it.
    within: SIREN of an EPCI: only its member communes fit (the communes a conseil communautaire's
        roll call names: "CREON : M. X").
    Tried in order: the whole name as an official name ("Ville-d'Avray", "Métropole de Lyon"),
    then without its cue words, then an EPCI's name without its form ("Pays de Craon"; the name
    written with its form after it too: "Val Parisis Agglomération"), then
    with its words glued ("SAINTJEAN"), then fuzzy. The first that finds candidates decides: one
    candidate is the answer, several are homonyms and give None.
    Raises ValueError for a kind outside KINDS.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
    stated = DEPARTEMENT_STATED.search(name)
    if stated and (code := _departement_named(stated.group(1))):
        name, departement = name[: stated.start()], departement or code  # "Beaulieu (63)", "Saint-Denis (La Réunion)"
    dep = departement_code(departement) if departement else None
    whole, reading = _read_name(name), _read(name)
    if kind and reading.kind and reading.kind != kind:
        reading = whole  # the cue words say another kind than the caller: they are part of the name
    readings = [(whole, lambda t: _fits(t, kind, dep, within))]
    if reading.key != whole.key:
        readings.append((reading, lambda t: _fits(t, kind or reading.kind, dep, within)))
    if kind in (None, "epci") and (bare := _short_tokens(reading)) != reading.key:  # "Val Parisis Agglomération": CA Val Parisis
        readings.append((_Reading(bare, reading.article, "epci", reading.epci_type), lambda t: _fits(t, "epci", dep, within)))
    names, short, glued = _indexes()
    for index, glue in ((names, False), (short, False), (glued, True)):
        for read, keep in readings:
            key = read.key.replace(" ", "") if glue else read.key
            entries = [e for e in index.get(key, ()) if keep(e.territory)]
            if entries:
                territory = _choose(entries, read.article, read.epci_type)
                return Match(territory, _reason(name, territory)) if territory else None
    return _fuzzy(reading.key, kind or reading.kind, dep, within)


# A département written after a name, in brackets: its code or its name.
DEPARTEMENT_STATED = re.compile(r"\s*\(([^()]{2,40})\)\s*$")


def _departement_named(text: str) -> str | None:
    """The COG code of the département `text` writes ("63", "063", "Puy-de-Dôme", "La Réunion"), or None."""
    if found := departement(text):
        return found.code
    named = match(text, "departement")
    return named.territory.code if named is not None and named.reason != "fuzzy" else None


def _reason(name: str, territory: Territory) -> str:
    """"exact" when the name, as written, ends with the official name after a space or apostrophe."""
    written = unicodedata.normalize("NFC", name).strip()
    official = territory.name
    return "exact" if written == official or written.endswith((" " + official, "'" + official, "’" + official)) else "normalised"


@dataclass(frozen=True)
class _Rows:
    """Every name fuzzy matching may compare with, as (key, entry) rows in the order `_pool` keeps
    them (full names, then EPCI names without their form), and the rows to look at for a kind,
    a département or an EPCI's members: a pool is built from the few that may fit, not all 40,000."""

    rows: list[tuple[str, _Entry]]
    short_from: int  # rows from here are EPCI names without their form
    by_kind: dict[str, list[int]]
    by_kind_dep: dict[tuple[str, str], list[int]]  # a commune's or département's own; each of an EPCI's members'
    by_commune: dict[str, list[int]]  # a commune's rows under its code and its parent's


@cache
def _pool_rows() -> _Rows:
    names, short, _ = _indexes()
    rows = [(key, entry) for index in (names, short) for key, entries in index.items() for entry in entries]
    found = _Rows(rows, sum(map(len, names.values())), {}, {}, {})
    epci_deps: dict[Territory, set[str]] = {}  # (an EPCI has several rows: its départements read once)
    for number, (_, entry) in enumerate(rows):
        territory = entry.territory
        found.by_kind.setdefault(territory.kind, []).append(number)
        if territory.kind == "commune":
            found.by_kind_dep.setdefault(("commune", territory.departement), []).append(number)
            for code in {territory.code, territory.parent} - {""}:
                found.by_commune.setdefault(code, []).append(number)
        elif territory.kind == "departement":
            found.by_kind_dep.setdefault(("departement", territory.departement), []).append(number)
        elif territory.kind == "epci":
            if territory not in epci_deps:  # (as `_fits` reads an EPCI's départements)
                epci_deps[territory] = {(by_insee(m) or territory).departement for m in territory.members}
            for dep in epci_deps[territory]:
                found.by_kind_dep.setdefault(("epci", dep), []).append(number)
    return found


@cache
def _pool(kind: str | None, dep: str | None, within: str | None) -> tuple[list[int], list[str], list[list[_Entry]]]:
    """The names fuzzy matching compares with, those of the kind and département asked for,
    sorted by length (lengths, names, their entries)."""
    table = _pool_rows()
    numbers: set[int] = set()
    for each in (kind,) if kind else KINDS:
        if within:  # only member communes fit
            numbers.update(n for code in _members(within) for n in table.by_commune.get(code, ()) if each == "commune")
        elif dep and each != "region":
            numbers.update(table.by_kind_dep.get((each, dep), ()))
        else:
            numbers.update(table.by_kind.get(each, ()))
    pool: dict[str, list[_Entry]] = {}
    for number in sorted(numbers):
        key, entry = table.rows[number]
        if (number < table.short_from or kind in (None, "epci")) and _fits(entry.territory, kind, dep, within):
            pool.setdefault(key, []).append(entry)
    keys = sorted(pool, key=lambda key: (len(key), key))
    return [len(key) for key in keys], keys, [pool[key] for key in keys]


def _fuzzy(key: str, kind: str | None, dep: str | None, within: str | None) -> Match | None:
    """The one territory whose name is clearly the closest to `key`, or None."""
    settings = cues()
    lengths, keys, entries = _pool(kind, dep, within)
    if not key or not keys:
        return None
    # Levenshtein, not the Indel ratio: OCR substitutes letters, and "Valbrunk" must be as far
    # from Valbrune as from Valbrunea. The similarity is 1 - distance / the longer length, and
    # the distance at least the difference of lengths: a name shorter than cutoff × len(key) or
    # longer than len(key) / cutoff cannot reach the cutoff, only names in between are compared.
    cutoff = (settings.min_score - settings.margin) / 100
    shortest, longest = math.ceil(cutoff * len(key) - 1e-9), math.floor(len(key) / cutoff + 1e-9)  # (rounding: wider)
    low, high = bisect_left(lengths, shortest), bisect_right(lengths, longest)
    found = process.extract(key, keys[low:high], scorer=Levenshtein.normalized_similarity, limit=8, score_cutoff=cutoff)
    scored: dict[Territory, float] = {}
    for _, similarity, position in found:
        for entry in entries[low + position]:
            scored[entry.territory] = max(100 * similarity, scored.get(entry.territory, 0.0))
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0].status not in ("", "actuelle")))
    if not ranked or ranked[0][1] < settings.min_score:
        return None
    best, score = ranked[0]
    rivals = [other for territory, other in ranked[1:] if not _related(best, territory)]
    if rivals and score - rivals[0] < settings.margin:
        return None
    return Match(best, "fuzzy", round(score, 1))


def _related(a: Territory, b: Territory) -> bool:
    """A commune and its déléguée, associée or arrondissement: one place, no rivals."""
    return a.kind == b.kind == "commune" and (a.code == b.code or a.parent == b.code or b.parent == a.code)


def resolve(name: str, kind: str | None = None, departement: str | None = None, within: str | None = None) -> Territory | None:
    """The territory a document names (see `match` for the arguments), or None: never a guess."""
    found = match(name, kind, departement, within)
    return found.territory if found else None
