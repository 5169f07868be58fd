"""Person resolution inside one document, and the resources readers make for people.

A person's IRI is scoped by the organisation the document ties them to (two "Marie Martin" of two
councils stay two); within one document, one name is one person, whatever its case, accents, or a
signature cut short ("Charles-André DU" is the Charles-André DUBREUIL of the presence list).
"""

from __future__ import annotations

from civicgraph.facts import Facts, Resource, Span
from civicgraph.text import PersonName, parse_person_name, slug


def person(facts: Facts, text: str, span: Span | None, scope: Resource) -> Resource | None:
    """The person named `text`, or None (reported) if the text is not a person's name."""
    name = parse_person_name(text)
    if name is None:
        facts.report_missing(f"person name in {text.strip()!r}")
        return None
    known = _same_person_in(facts, name)
    if known is not None:
        if known.first("rdfs:label") != name.label:
            known.set("nomAlternatif", name.label)
        return known.cite(span)
    resource = facts.get("Personne", scope, name.key, span=span)
    resource.set("rdfs:label", name.label).set("nom", name.label)
    return resource.set("prenom", name.given).set("nomFamille", name.family)


def _same_person_in(facts: Facts, name: PersonName) -> Resource | None:
    people = [r for r in facts.resources.values() if r.cls == "Personne"]
    exact = [r for r in people if r.key[-1] == name.key]
    if exact:
        return exact[0]
    # A truncated family name: the same given name and a family name that starts the same way,
    # accepted only when exactly one person of the document fits.
    given = slug(name.given)
    truncated = [
        r
        for r in people
        if r.key[-1].startswith(name.key) and r.key[-1].startswith(given + "-") and len(name.family) >= 2
    ]
    return truncated[0] if len(truncated) == 1 else None


def mandate(facts: Facts, who: Resource, organisation: Resource, role: str, span: Span | None, **details) -> Resource:
    """A person's role in an organisation (maire, adjointe, administrateur…), as a cg:Mandat."""
    resource = facts.get("Mandat", who, organisation, role, span=span)
    resource.set("rdfs:label", f"{who.first('rdfs:label')} — {role}, {organisation.first('rdfs:label')}")
    resource.set("personne", who).set("organisation", organisation).set("role", role)
    for prop, value in details.items():
        resource.set(prop, value)
    return resource
