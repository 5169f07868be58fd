"""Organisation resolution: every way a text names a body → one resource.

Known bodies come from the reference table `ingest/organisations.csv` (official name, kind,
INSEE/SIREN/Wikidata, the source of those values). A body the table does not know still gets a
resource, with a kind guessed from its name and `cg:verifie false`; when that kind is a
collectivité's and the name resolves to one official division (`civicgraph.territories`), the
resource gets its INSEE code and SIREN, and `cg:verifieSelon` says how they were found. The table
wins over the divisions.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from civicgraph import articles, territories
from civicgraph.actes import find_actes
from civicgraph.facts import Facts, Iri, Resource, Span
from civicgraph.paths import data_dir
from civicgraph.text import literals, slug, strip_accents
from civicgraph.text.spans import as_written, fold

# Superclasses asserted with each kind, so that shapes and queries need no inference to find them.
KIND_TYPES = {
    "Commune": ("Collectivite", "Commune"),
    "Metropole": ("Collectivite", "Metropole"),
    "Departement": ("Collectivite", "Departement"),
    "Region": ("Collectivite", "Region"),
    "Intercommunalite": ("Collectivite", "Intercommunalite"),
    "Syndicat": ("Collectivite", "Intercommunalite", "Syndicat"),
    "Association": ("Association",),
    "CentreActionSociale": ("CentreActionSociale",),
    "EtablissementPublicLocal": ("EtablissementPublicLocal",),
    "AdministrationEtat": ("AdministrationEtat",),
    "Entreprise": ("Entreprise",),
    "EtablissementRecherche": ("EtablissementRecherche",),
    "Service": ("Service",),
    "Organisation": (),
}

# How a name gives away a kind, tried in order (the first match wins).
KIND_BY_NAME = [
    (r"^(ville|commune) d", "Commune"),
    (r"^metropole|metropole$|metropole d|^bordeaux metropole|^rennes metropole|^nantes metropole", "Metropole"),
    (r"^departement", "Departement"),
    (r"^region ", "Region"),
    (r"^communaute (d'agglomeration|de communes|urbaine)|^agglomeration|^(cc|ca|cu) ", "Intercommunalite"),  # (abbreviated: "CC du Val")
    (r"^(syndicat (mixte|intercommunal)|sivom|sivu|sictom|smictom)\b", "Syndicat"),
    (r"^(ministere|direction interministerielle|agence nationale|prefecture)", "AdministrationEtat"),
    (r"^(direction|mission|service) ", "Service"),
    (r"^(laboratoire|universite|universit|cnrs|inrae)", "EtablissementRecherche"),
    (r"^(association|collectif)\b", "Association"),
    (r"^(centre (communal|intercommunal) d'action sociale|ccas|cias)\b", "CentreActionSociale"),
    (r"^(office (de tourisme|intercommunal de tourisme|public de l'habitat)|service departemental d'incendie|centre de gestion|caisse des ecoles)\b", "EtablissementPublicLocal"),
]


WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class KnownOrganisation:
    id: str
    kind: str
    name: str
    insee: str
    siren: str
    siret: str  # one establishment's SIRET, where a source states it (an SCDL export's COLL_SIRET)
    wikidata: str
    names: tuple[str, ...]  # the official name and the aliases
    source: str  # what the values were checked against, and what is left to confirm


ARTICLE = r"(?:(?:de |a )?(?:la |le |les |l'|l’))+"


@cache
def _rules() -> dict:
    return yaml.safe_load((data_dir("ingest") / "genre" / "fr" / "organisations.yaml").read_text(encoding="utf-8"))


def name_goes_on() -> str:
    """A pattern for the words after a designator that make it part of the name, on a text as
    written (any case, accents or not): for readers that find a designator in running text
    (civicgraph.genre.memberships)."""
    return r"(?i:" + "|".join(as_written(w) + ("" if w.endswith("'") else r"\b") for w in _rules()["name_goes_on"]) + ")"


NAME_GOES_ON = name_goes_on()


@cache
def _designators() -> tuple[re.Pattern, frozenset[str]]:
    """The designators of `ingest/genre/fr/organisations.yaml` as one pattern on folded text (the
    word in group "word", the spaces after it included; not before a word that makes it part of the
    name), and the words a label keeps."""
    designators = _rules()["designators"]
    kept = frozenset(word for word, entry in designators.items() if entry.get("in_label"))
    return re.compile(rf"(?P<word>{'|'.join(map(re.escape, designators))})\s+(?!{NAME_GOES_ON})"), kept


def designator(folded: str) -> re.Match | None:
    """The designator heading `folded` (a name folded: lower case, no accents) when it only says
    the body's kind ("association ", "reseau "); None when there is none or it is part of the name:
    a linking word or an adjective goes on after it, or what follows names another body (an
    official division, a body of the reference table that is no association). The rule and its
    examples: `ingest/genre/fr/organisations.yaml`."""
    found = _designators()[0].match(folded)
    if found is None:
        return None
    rest = _plain_key(folded[found.end():])
    if not rest or rest in _other_bodies() or territories.names_a_division(rest):
        return None
    return found


def _plain_key(text: str) -> str:
    text = re.sub(r"[«»\"“”*]", " ", text)
    text = re.sub(rf"^{ARTICLE}", "", text.strip())
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip(" .,")


@cache
def _other_bodies() -> frozenset[str]:
    """The names and aliases of the reference table's bodies that are not associations (folded,
    without their article): a designator before one of them heads another body's name."""
    with open(data_dir("ingest") / "organisations.csv", encoding="utf-8", newline="") as f:
        return frozenset(_plain_key(strip_accents(name).lower()) for row in csv.DictReader(f) if row["kind"] != "Association"
                         for name in (row["name"], *filter(None, row["aliases"].split("|"))))


@lru_cache(maxsize=1 << 14)
def normalise(name: str) -> str:
    """A name reduced to what identifies it: no accents, case, quotes, articles, ordinal marks, or
    designator that only says the body's kind (`designator`).
    (Cached: a document names its bodies again and again, and each call made seven `re.sub`.)"""
    text = _folded(name)
    found = designator(text)
    if found is not None:
        text = text[found.end():]
    text = re.sub(r"^(?:la |le |les |l'|l’)", "", text.strip())
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip(" .,")


def _folded(name: str) -> str:
    """A name without accents, case, quotes, ordinal marks or leading articles: what `normalise`
    and `guess_kind` start from (a kind is read with its designator: "association X")."""
    text = strip_accents(name).lower()
    text = re.sub(r"\^\{?([a-z]+)\}?", r"\1", text)  # 27^{ème}, 27^e
    text = re.sub(r"\b(\d+)\s*(?:eme|e|ieme)\b", r"\1e", text)
    text = re.sub(r"[«»\"“”*]", " ", text)
    return re.sub(rf"^{ARTICLE}", "", text.strip())


@cache
def reference_table(path: Path | None = None) -> dict[str, KnownOrganisation]:
    """Normalised name or alias → known organisation."""
    path = path or data_dir("ingest") / "organisations.csv"
    index: dict[str, KnownOrganisation] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names = (row["name"], *filter(None, row["aliases"].split("|")))
            known = KnownOrganisation(row["id"], row["kind"], row["name"], row["insee"], row["siren"], row.get("siret", ""),
                                      row["wikidata"], names, row["source"])
            for name in names:
                index[normalise(name)] = known
    return index


@cache
def known_organisations() -> dict[str, KnownOrganisation]:
    """id → known organisation, each once (the reference table indexes it under every name)."""
    return {known.id: known for known in reference_table().values()}


def reference_by_id(ident: str) -> KnownOrganisation:
    return known_organisations()[ident]


def guess_kind(name: str) -> str:
    norm = _folded(name)
    return next((kind for pattern, kind in KIND_BY_NAME if re.search(pattern, norm)), "Organisation")


def organisation(facts: Facts, name: str, span: Span | None = None, kind: str | None = None) -> Resource:
    """The resource for a body named `name` in this document (its white space one space: "(CA⏎Val-Brun)" wraps a line)."""
    name = " ".join(name.split())
    known = reference_table().get(normalise(name))
    if known is None:
        return _unverified(facts, name.strip(" .,"), span, kind)
    resource = facts.get("Organisation", known.id, span=span)
    resource.a(*KIND_TYPES[known.kind])
    resource.set("rdfs:label", known.name).set("nom", known.name).set("verifie", True).set("verifieSelon", known.source)
    spelling = name.strip()
    if spelling != known.name and not is_heading(spelling):  # a heading in capitals is no new spelling
        resource.set("nomAlternatif", spelling, span)  # the spellings documents use, for search and review
    resource.set("codeInsee", known.insee or None).set("siren", known.siren or None).set("siret", known.siret or None)
    if known.wikidata:
        resource.set("wikidata", Iri(WIKIDATA + known.wikidata))
    return resource


# Words that make a name a body's, not a place's: "Isère" or "Grenoble" alone may be the territory.
BODY_WORDS = re.compile(r"\b(ville|commune|metropole|departement|region|communaute|agence|ministere|direction|laboratoire|universite|university|association)\b")


def _alternatives(names) -> str:
    """Names as one regex alternation, longest first (so the longest name wins), either apostrophe."""
    ordered = sorted(set(names), key=lambda name: (-len(name), name))
    return "|".join(re.escape(name).replace("'", "['’]").replace("’", "['’]") for name in ordered)


def _is_acronym(name: str) -> bool:
    return name.isupper() and " " not in name


@cache
def _mention_pattern() -> re.Pattern:
    """The names that can only mean the body: an official name, an alias with a body word, an
    acronym (in capitals only: "AMP", not "amp")."""
    names = {name for known in known_organisations().values() for name in known.names
             if name == known.name or BODY_WORDS.search(normalise(name)) or _is_acronym(name)}
    acronyms = {name for name in names if _is_acronym(name)}
    return re.compile(rf"(?<![\w-])(?:{_alternatives(acronyms)}|(?i:{_alternatives(names - acronyms)}))(?![\w-])")


def organisations_mentioned(facts: Facts) -> None:
    """Every body of the reference table the document names, wherever it names it: the document
    mentions it, and the passage is on the body's page, even where no rule reads a fact about it
    ("l'AFD n'a adhéré qu'une année")."""
    document = facts.get("Document", facts.document.stem)
    for match in _mention_pattern().finditer(facts.document.text):
        document.set("mentionne", organisation(facts, match.group(), Span.of(match)))


# A collectivité's own deliberation names it by its kind alone, with a capital ("la Commune",
# "la Ville", "la Métropole"); not "la Ville de Lyon", "la Métropole Aix-…" or "Politique de la Ville".
SELF_MENTION = re.compile(
    r"(?<!Politique )(?<!Politique de )\b(?:[Ll]a|de\s+la|[àÀ]\s+la)\s+(?P<kind>Commune|Ville|Métropole|Collectivité)\b(?!\s+(?:de\b|d'|du\b|des\b|[A-ZÉ]))"
)
SELF_KINDS = {"Commune": "Commune", "Ville": "Commune", "Métropole": "Metropole", "Collectivité": "Collectivite"}


def self_mentions(facts: Facts, body: Resource) -> None:
    """Record, where they occur, the ways the document names `body` by its kind alone."""
    if not any(kind in body.types for kind in SELF_KINDS.values()):
        return  # no mention could be of it
    text = facts.document.text
    for match in literals.finditer(SELF_MENTION, text, 0, len(text)):
        if SELF_KINDS[match.group("kind")] in body.types:
            body.set("nomAlternatif", "la " + match.group("kind"), Span.of(match, "kind"))


def by_kind_alone(name: str) -> bool:
    """Whether an alternative name is a self-mention ("la Commune"): how a body is designated,
    not a name (the site shows it apart from the names)."""
    return SELF_MENTION.fullmatch(name) is not None


def is_heading(name: str) -> bool:
    """Words in capitals, as a heading writes a name (a lone word in capitals is an acronym, and so is one with its
    département's number: "SDIS 13", "SYDETOM 66")."""
    return name.isupper() and " " in name.strip() and not NUMBERED_ACRONYM.fullmatch(name.strip())


DEPARTEMENT_NUMBER = r"(?:\d{2,3}|2[AB])"  # a département's number after a body's acronym ("SDIS 13", "SYDETOM 66", "SDIS 2A")
NUMBERED_ACRONYM = re.compile(rf"\S+ {DEPARTEMENT_NUMBER}")


@cache
def _capitals() -> dict:
    """The function words, prepositions before a place and acronyms of names in capitals (ingest/capitals.yaml)."""
    return yaml.safe_load((data_dir("ingest") / "capitals.yaml").read_text(encoding="utf-8"))


def _acronym_word(word: str) -> bool:
    plain = strip_accents(word).lower()
    return (plain in _capitals()["acronyms"] or "." in word
            or (word.isupper() and word.isalpha() and len(word) > 1 and not set(plain) & set("aeiouy")))


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def from_heading(name: str) -> str:
    """A name read from a heading in capitals, as a label: sentence case ("FRANCE URBAINE" → "France
    urbaine"), a place's name with its capitals ("AMIS DU VAL-BRUN" → "Amis du Val-Brun"), function words
    small, acronyms as written ("RÉSEAU DES CCAS DU VAL" → "Réseau des CCAS du Val"): the words and the
    rules are ingest/capitals.yaml's. A lone word in capitals is an acronym and stays as it is."""
    if not is_heading(name):
        return name
    words = _capitals()
    small, before_place, articles_ = set(words["function_words"]), set(words["before_a_place"]), {"le", "la", "les", "l'"}
    # the name's units: a word, or an elided article or preposition and the word it is glued to ("D'ÉTUDES")
    units: list[tuple[str, str]] = []  # (unit, what follows it: a space, or "" when glued)
    for word, space in re.findall(r"(\S+)(\s*)", name):
        elided = re.match(r"([^\W\d_]['’])(.+)", word)
        units += [(elided.group(1), ""), (elided.group(2), space)] if elided else [(word, space)]
    key = [u.lower().replace("’", "'") for u, _ in units]
    last = max((i for i, k in enumerate(key) if k in before_place), default=None)
    place_from = last + 1 if last is not None and last + 1 < len(units) and key[last + 1] not in articles_ else len(units)
    written = []
    for i, (unit, space) in enumerate(units):
        if _acronym_word(unit):
            shown = unit
        elif key[i] in small:
            shown = _capital(unit) if i == 0 else unit.lower()
        elif "-" in unit:
            shown = "-".join(part.lower() if part.lower() in small else part if _acronym_word(part) else _capital(part) for part in unit.split("-"))
        elif i == 0 or i >= place_from:
            shown = _capital(unit)
        else:
            shown = unit.lower()
        written.append(shown + space)
    return "".join(written)


def display_name(name: str) -> str:
    """A name as a label: without the running text's article ("la", "l'", in lower case unless the
    whole name is in capitals), its quotes, or a designator the label does not keep ("l'association
    Rivières Vives" → "Rivières Vives"; "Réseau Cigales Bleues" stays: `designator`). Quotes inside
    the name stay with their pair: "EHPAD « Les Tilleuls »"."""
    text = name.strip()
    article = re.match(r"(?:(?:la|le|les)\s+|l['’]\s*)", text, flags=re.I if name.isupper() else 0)
    text = text[article.end():] if article else text
    elided = re.match(r"l['’]\s*", text, flags=re.I)
    at = elided.end() if elided else 0
    found = designator(fold(text[at:]))
    if found is not None and found.group("word") not in _designators()[1]:
        text = text[at + found.end():]
    text = text.strip(" .,")
    inner = text.count("«") == text.count("»") > 0 and not text.startswith("«")
    return text if inner else text.strip(" «»\"“”.,")


# The organisation kinds that are official divisions, and the division kind of each.
DIVISION_KINDS = {"Commune": "commune", "Intercommunalite": "epci", "Metropole": "epci", "Departement": "departement", "Region": "region"}


@dataclass(frozen=True)
class Codes:
    """The official codes of a collectivité: `insee` (a commune's, else ""), `siren` ("" where the
    divisions have none: départements, régions, communes déléguées), the `territory` matched, and
    `source`, a sentence for cg:verifieSelon."""

    insee: str
    siren: str
    territory: territories.Territory
    source: str


MATCHES = {  # territories.Match.reason → how the name matched, in words
    "exact": "correspondance exacte",
    "normalised": "correspondance après normalisation",
    "fuzzy": "correspondance approchée, score {score}",
}


def french_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def codes_for(name: str, kind: str, departement: str | None = None) -> Codes | None:
    """The codes of the collectivité named `name` (as the document writes it) of organisation kind
    `kind` (a key of DIVISION_KINDS; None for any other kind), or None when no single division fits.

    departement (COG or ACTES code) chooses between homonyms only: it is used when the name alone
    resolves to nothing, and then only for a name equal to an official one once normalised, never
    for a fuzzy match ("Beaulieu" in a document of the Puy-de-Dôme is Beaulieu 63031; "Lyon" is
    Lyon wherever the document comes from).
    """
    division = DIVISION_KINDS.get(kind)
    if division is None:
        return None
    found, among = territories.match(name, division), ""
    if found is None and departement:
        near = territories.match(name, division, departement)
        found = near if near is not None and near.reason != "fuzzy" else None
        among = f", celui de ses homonymes du département {departement}"
    if found is None:
        return None
    territory = found.territory
    how = MATCHES[found.reason].format(score=french_number(found.score)) + among
    code = territory.insee or territory.siren or territory.code
    # In French: the sentence is shown as is on the site (cg:verifieSelon).
    source = (f"codes tirés du découpage administratif officiel (COG de l'INSEE, DGCL ; {territories.source()}) : "
              f"nom lu comme {territory.name} ({code}), {how} ; non vérifié à la main")
    return Codes(territory.insee, territory.siren, territory, source)


def official_spelling(label: str, territory: territories.Territory) -> str:
    """`label` with the division's name spelt as the official reference spells it, where the text
    spells it otherwise only in case, accents or OCR's confusions (`ocr_key`): "Commune de la Motte-Brune" →
    "Commune de La Motte-Brune" (the COG's "La Motte-Brune", as an SCDL row's commune is named, scdl.reader.official_name),
    "COMMUNE DE VAL-BRUN" read as "Commune de Val-brun" → "Commune de Val-Brun", OCR's "COMMUNE DE
    VAL-BRURN" read as "Commune de Val-Brurn" → "Commune de Val-Brum" (a place the COG names so). The place's own
    article contracted with "de" ("Commune du Val-Brun", COG "Le Val-Brun") is spelt as
    articles.of spells it. Anything else written (another kind's noun, "Ville de", a fuzzy match's
    other spelling, a name in capitals before the place) is kept as the text has it."""
    official = territory.name
    for phrase in (official, articles.of(official, place=True)):
        key = ocr_key(phrase)
        for at in (0, *(i + 1 for i, c in enumerate(label) if c == " ")):
            if ocr_key(label[at:]) == key and (at == 0 or not label[:at].isupper()):
                return label[:at] + phrase
    return label


OCR_LETTERS = str.maketrans("01l|’", "oiii'")


def ocr_key(name: str) -> str:
    """`name` folded with what OCR confuses made one: "rn" and "m", a figure and its letter ("0" and
    "o", "1", "l" and "i"), and the apostrophes: "Val-l'Arnaury" and "Val-l’Amaury" are alike."""
    return fold(name).replace("rn", "m").translate(OCR_LETTERS)


def official_commune(name: str) -> bool:
    """Whether `name` is an official commune's, as written or normalised (no fuzzy match): a member
    of an association may sit for a commune ("Mme X (Val-Brun)") or for any other body ("(Hôtel du Port)")."""
    return territories.names_a_division(name, "commune")  # (homonyms too: a name two départements' communes bear)


@lru_cache(maxsize=8)  # the documents being read, not all of them
def _actes_departement(text: str) -> str | None:
    """The département of the document's ACTES identifiers, when they agree on one."""
    departements = {actes.departement for actes in find_actes(text) if not actes.problems}
    return departements.pop() if len(departements) == 1 else None


def _unverified(facts: Facts, name: str, span: Span | None, kind: str | None) -> Resource:
    resource = facts.get("Organisation", slug(normalise(name)), span=span)
    kind = kind or guess_kind(name)
    resource.a(*KIND_TYPES[kind])
    codes = codes_for(name.strip(" .,"), kind, _actes_departement(facts.document.text)) if kind in DIVISION_KINDS else None
    if codes is not None and not (resource.first("codeInsee") or resource.first("siren")):
        resource.set("codeInsee", codes.insee).set("siren", codes.siren)
        if codes.insee or codes.siren:
            resource.set("verifieSelon", codes.source)
    label, current = display_name(name), resource.first("rdfs:label")
    if is_heading(label):  # "AMIS DU VAL-BRUN" → "Amis du Val-Brun" (ingest/capitals.yaml)
        label = from_heading(label)
    if codes is not None:
        label = official_spelling(label, codes.territory)
    # The same name in running text ("La Fabrique des transitions") beats its heading in capitals.
    if current is None or (current.lower() == label.lower() and not name.strip().isupper()):
        resource.props["rdfs:label"] = [label]
        resource.props["nom"] = [label]
    return resource.set("verifie", False)


def _known_names() -> str:
    """Any name or alias of the reference table, longest first, whatever its case, so that a list
    keeps the lowercase words of an official name ("Métropole européenne de Lille")."""
    names = (name for known in known_organisations().values() for name in known.names)
    return rf"(?i:{_alternatives(names)})\b(?!\s+{LINK}?[A-ZÉ0-9])"  # a longer name goes on ("Grenoble École de …")


# A list of bodies in running text: "la Ville et le CCAS de Grenoble, Grenoble Alpes Métropole et le
# Département de l'Isère", "I4C et la 27eme Région". Names start with a capital or a figure.
NAME_WORD = r"[A-ZÉ0-9][\w'’^{}-]*"
LINK = r"(?:de\s+l['’]|de\s+la\s+|de\s+|du\s+|des\s+|d['’])"
NAMED = rf"(?:{_known_names()}|{NAME_WORD}(?:\s+{LINK}?{NAME_WORD})*)"
LISTED = re.compile(rf"(?:(?:la|le|les)\s+|l['’])?(?P<name>{NAMED})")
LIST = rf"(?:(?:la|le|les)\s+|l['’])?{NAMED}(?:\s*(?:,|\bet\b)\s*(?:(?:la|le|les)\s+|l['’])?{NAMED})*"
# A kind named alone ("la Ville"): before a body of a place ("et le CCAS de Grenoble") it shares the
# place; otherwise it is the organisation the document speaks for.
BARE_KINDS = {"Ville", "Commune", "Métropole", "Département", "Région", "Collectivité"}
PLACE = re.compile(rf"\s{LINK}.+$")


def organisations_listed(facts: Facts, text: str, offset: int = 0, body: Resource | None = None) -> list[Resource]:
    """The bodies a list names (`text` holds just the list; `offset` is where it starts in the
    document), each cited where it is named. A kind named alone with no place ("la Ville") is
    `body`, the organisation the document speaks for, if any."""
    items = list(LISTED.finditer(text))
    found = []
    for index, item in enumerate(items):
        name, span = item.group("name"), Span.of(item, "name", offset)
        following = items[index + 1].group("name") if index + 1 < len(items) else ""
        place = PLACE.search(following)
        if name in BARE_KINDS and place:
            found.append(organisation(facts, name + place.group(), span))
        elif name in BARE_KINDS:
            if body is not None:
                found.append(body.cite(span))
        else:
            found.append(organisation(facts, name, span))
    return found
