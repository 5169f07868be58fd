"""Persons as a roll call writes them, resolved inside one document: "M. CAYLA Jean-Pierre" and
"Jean-Pierre CAYLA", "CAMATTE S." and "S. CAMATTE", "MOUGIN" and "Daniel MOUGIN" are one person
each. Names become `civicgraph.persons.person` resources (one IRI per name in its organisation)."""

from __future__ import annotations

import re

from civicgraph.facts import Facts, Resource, Span
from civicgraph.persons import person
from civicgraph.text import slug

CIVILITY = re.compile(r"^(?:(?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame|Messieurs|Mesdames)\s+)+")
UPPER = re.compile(r"^[A-ZÀ-ÖØ-Þ0'’-]{2,}$")
INITIALS = re.compile(r"^(?:[A-Z]{1,2}\.|[A-Z]\.-?[A-Z]\.)$")
NOT_NAMES = re.compile(r"(?i)\b(?:rue|salle|place|esplanade|avenue|boulevard|h[ôo]tel|mairie|commune|ville|association|comit[ée]|conseil|commission|liste|pr[ée]sidente?|maire|vice|directeur|directrice|suppl[ée]ant|quittant|donne|pouvoir|puis|compter|partir|appel[ée]e?|confie|non membres?|pour toute|séance|conseillers?|membres?|exception|feuille|émargement)\b")


class Roster:
    """The persons of one document, found once and resolved by family name and initial."""

    def __init__(self, facts: Facts, scope: Resource):
        self.facts, self.scope = facts, scope

    def person(self, written: str, span: Span) -> Resource | None:
        text = CIVILITY.sub("", " ".join(written.replace("’", "'").split())).strip(" ,;.:")
        text = re.sub(r"\s*-\s+|\s+-\s*", "-", text)  # "LE DORZE - JÉGO" (OCR spaces around hyphens)
        if not text or NOT_NAMES.search(text) or re.search(r"\d(?!$)", text.replace("0", "O")):
            return None
        words = text.split()
        if len(words) == 1 and UPPER.match(words[0]):
            return self._by_family(words[0], None, span)
        if len(words) == 2 and INITIALS.match(words[1]) and UPPER.match(words[0]):
            return self._by_family(words[0], words[1], span)  # "SICARD B."
        if len(words) == 2 and INITIALS.match(words[0]) and UPPER.match(words[1]):
            return self._by_family(words[1], words[0], span)  # "S. CAMATTE"
        family_first = [w for w in words if UPPER.match(w)]
        if family_first and UPPER.match(words[0]) and not UPPER.match(words[-1]):
            split = next(i for i, w in enumerate(words) if not UPPER.match(w))
            text = " ".join(words[split:] + words[:split])  # "CAYLA Jean-Pierre" → "Jean-Pierre CAYLA"
        text = text.replace("C0", "CO").replace("0", "O") if re.search(r"[A-Z]0|0[A-Z]", text) else text
        found = person(self.facts, text, span, self.scope)
        if found is not None:
            return found
        return None

    def _full_name(self, family: str) -> str | None:
        """The one "Prénom NOM" the document writes for a family name printed alone ("MOUGIN" →
        "Daniel MOUGIN" elsewhere in the file), or None."""
        given = r"[A-ZÉÈ][a-zéèëêïîôöüç]+(?:-[A-ZÉÈ][a-zéèëêïîôöüç]+)?"
        found = {m.group(1) for m in re.finditer(rf"\b({given})\s+{re.escape(family)}\b", self.facts.document.text)}
        found -= {"Monsieur", "Madame", "Mme", "Président", "Présidente", "Maire"}
        return f"{found.pop()} {family}" if len(found) == 1 else None

    def _by_family(self, family: str, initial: str | None, span: Span) -> Resource | None:
        """A person written by family name (and initial) only: the one person of the document with
        that family name (and initial), or a new person known by family name alone."""
        key = slug(family)
        letter = slug(initial)[:1] if initial else None
        matches = [r for r in self.facts.resources.values() if r.cls == "Personne" and slug(r.first("nomFamille") or "") == key
                   and (letter is None or slug(r.first("prenom") or r.first("initiale") or "")[:1] == letter)]
        if len(matches) == 1:
            return matches[0].cite(span)
        if len(matches) > 1:
            return None
        if initial is None:
            full = self._full_name(family)
            if full:
                return person(self.facts, full, span, self.scope)
        label = f"{family} {initial}" if initial else family
        resource = self.facts.get("Personne", self.scope, slug(label), span=span)
        resource.set("rdfs:label", label).set("nom", label).set("nomFamille", family).set("initiale", initial)
        return resource.set("contexteIdentification", self.scope)
