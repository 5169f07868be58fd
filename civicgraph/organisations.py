"""Organisation resolution: every way a text names a body → one resource.

Known bodies come from the reference table `ingest/organisations.csv` (official name, kind,
INSEE/SIREN/Wikidata, the source of those values). A body the table does not know still gets a
resource, with a kind guessed from its name and `cg:verifie false`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from civicgraph.facts import Facts, Resource, Span
from civicgraph.paths import data_dir
from civicgraph.text import slug, strip_accents

# Superclasses asserted with each kind, so that shapes and queries need no inference to find them.
KIND_TYPES = {
    "Commune": ("Collectivite", "Commune"),
    "Metropole": ("Collectivite", "Metropole"),
    "Departement": ("Collectivite", "Departement"),
    "Region": ("Collectivite", "Region"),
    "Intercommunalite": ("Collectivite", "Intercommunalite"),
    "Association": ("Association",),
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
    (r"^communaute (d'agglomeration|de communes|urbaine)|^agglomeration", "Intercommunalite"),
    (r"^(ministere|direction interministerielle|agence nationale|prefecture)", "AdministrationEtat"),
    (r"^(direction|mission|service) ", "Service"),
    (r"^(laboratoire|universite|universit|cnrs|inrae)", "EtablissementRecherche"),
    (r"^(association|collectif)\b", "Association"),
]


@dataclass(frozen=True)
class KnownOrganisation:
    id: str
    kind: str
    name: str
    insee: str
    siren: str
    wikidata: str


def normalise(name: str) -> str:
    """A name reduced to what identifies it: no accents, case, quotes, articles or ordinal marks."""
    text = strip_accents(name).lower()
    text = re.sub(r"\^\{?([a-z]+)\}?", r"\1", text)  # 27^{ème}, 27^e
    text = re.sub(r"\b(\d+)\s*(?:eme|e|ieme)\b", r"\1e", text)
    text = re.sub(r"[«»\"“”*]", " ", text)
    text = re.sub(r"^(?:(?:de |a )?(?:la |le |les |l'|l’))+", "", text.strip())
    text = re.sub(r"^association\s+", "", text)
    text = re.sub(r"^(?:la |le |les |l'|l’)", "", text.strip())
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip(" .,")


@cache
def reference_table(path: Path | None = None) -> dict[str, KnownOrganisation]:
    """Normalised name or alias → known organisation."""
    path = path or data_dir("ingest") / "organisations.csv"
    index: dict[str, KnownOrganisation] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            known = KnownOrganisation(row["id"], row["kind"], row["name"], row["insee"], row["siren"], row["wikidata"])
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                index[normalise(name)] = known
    return index


def reference_by_id(ident: str) -> KnownOrganisation:
    return {known.id: known for known in reference_table().values()}[ident]


def guess_kind(name: str) -> str:
    norm = normalise(name)
    return next((kind for pattern, kind in KIND_BY_NAME if re.search(pattern, norm)), "Organisation")


def organisation(facts: Facts, name: str, span: Span | None = None, kind: str | None = None) -> Resource:
    """The resource for a body named `name` in this document."""
    known = reference_table().get(normalise(name))
    if known is None:
        return _unverified(facts, name.strip(" .,"), span, kind)
    resource = facts.get("Organisation", known.id, span=span)
    resource.a(*KIND_TYPES[known.kind])
    resource.set("rdfs:label", known.name).set("nom", known.name).set("verifie", True)
    if name.strip() != known.name:  # the spellings documents use, for search and review
        resource.set("nomAlternatif", name.strip(), span)
    resource.set("codeInsee", known.insee or None).set("siren", known.siren or None)
    return resource


def from_heading(name: str) -> str:
    """A name read from a heading in capitals, in sentence case ("FRANCE URBAINE" → "France
    urbaine"); a lone word in capitals is an acronym and stays as it is."""
    return name[:1] + name[1:].lower() if name.isupper() and " " in name.strip() else name


def display_name(name: str) -> str:
    """A name as a label: without the running text's article, "l'association" or quotes."""
    text = re.sub(r"^(?:(?:la|le|les|l'|l’)\s*)?(?:association\s+)?", "", name.strip(), flags=re.I if name.isupper() else 0)
    text = re.sub(r"^(?:l'|l’)?association\s+", "", text, flags=re.I)
    return text.strip(" «»\"“”.,")


def _unverified(facts: Facts, name: str, span: Span | None, kind: str | None) -> Resource:
    resource = facts.get("Organisation", slug(normalise(name)), span=span)
    resource.a(*KIND_TYPES[kind or guess_kind(name)])
    label, current = display_name(name), resource.first("rdfs:label")
    # The same name in running text ("La Fabrique des transitions") beats its heading in capitals.
    if current is None or (current.lower() == label.lower() and not name.strip().isupper()):
        resource.props["rdfs:label"] = [label]
        resource.props["nom"] = [label]
    return resource.set("verifie", False)


CAPITALISED = r"[A-ZÉ][\w’-]*"
DIRECTION = re.compile(rf"\b(?P<name>Direction\s+(?:de\s+l'|de\s+la\s+|des\s+|du\s+|d'){CAPITALISED}(?:(?:\s+(?:et|de|des|du|la|le))*(?:\s+l'|\s+d'|\s+){CAPITALISED})*)")


def services(facts: Facts, body: Resource) -> list[Resource]:
    """Internal directions a text names with capitals ('la Direction de l'Innovation et de la
    Participation'), as services of `body`."""
    found = []
    for match in DIRECTION.finditer(facts.document.text):
        unit = organisation(facts, match.group("name"), Span.of(match, "name"), kind="Service")
        found.append(unit.set("organisationParente", body))
    return found
