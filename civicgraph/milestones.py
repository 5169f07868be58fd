"""The stages a collectivité plans for a programme, as its deliberation states them: "le déploiement
d'un Budget carbone à partir de 2022"; "un état des lieux à partir du Compte Administratif 2020, un
Budget carbone en version « beta » pour 2022 […] et version complète en 2023". Each stage is a
cg:Etape of the programme and the organisation, with its year only when the text gives one.
"""

from __future__ import annotations

import re

from civicgraph.facts import Facts, Resource, Span

YEAR = r"(?:pour|en|dès|[àa]\s+partir\s+de)\s+(?P<year>(?:19|20)\d{2})\b"
# "le déploiement d'un Budget carbone à partir de 2022": the noun before the programme is the stage.
NAMED_STAGE = r"(?P<stage>[a-zéèêàâîôûç]+)\s+(?:d'un|d'une|du|de\s+la|de\s+l')\s*{name}\s+" + YEAR
# Clauses of an enumeration after a colon: "…, un …", "…, et …".
CLAUSE_BREAK = re.compile(r",\s+(?=(?:un|une|et)\b)")
LEADING = re.compile(r"^(?:et\s+)?(?:(?:une|un|le|la)\s+|l')?")


def milestones(facts: Facts, programme: Resource, name: re.Match, sentence: Span, body: Resource | None) -> None:
    """The stages the sentence holding the programme's `name` plans for `body`."""
    if body is None:
        return
    text = facts.quote(sentence)
    at = name.start() - sentence.start
    named = re.compile(NAMED_STAGE.replace("{name}", re.escape(name.group())), re.I).match(text, _word_before(text, at))
    if named:
        _stage(facts, programme, body, named.group("stage"), int(named.group("year")), Span(sentence.start + named.start(), sentence.start + named.end()))
    colon = text.find(":", at)
    if colon < 0:
        return
    clauses = _clauses(text, colon + 1)
    if not any(re.search(YEAR, clause) for clause, _ in clauses):  # an enumeration of stages dates some
        return
    for clause, start in clauses:
        year = re.search(YEAR, clause)
        what = clause[: year.start()] + clause[year.end():] if year else clause
        what = re.sub(rf"^{re.escape(name.group())}\s+(?:en\s+)?", "", what, flags=re.I)  # "un Budget carbone en version…"
        span = Span(sentence.start + start, sentence.start + start + len(clause))
        _stage(facts, programme, body, re.sub(r"\s+,", ",", " ".join(what.split())).strip(" ,"), int(year.group("year")) if year else None, span)


def _word_before(text: str, at: int) -> int:
    """Where the word two words before `at` starts ("déploiement d'un |Budget")."""
    words = list(re.finditer(r"\S+", text[:at]))
    return words[-2].start() if len(words) >= 2 else 0


def _clauses(text: str, start: int) -> list[tuple[str, int]]:
    """The clauses after a colon, each without its leading article or "et", and where it starts."""
    found, position = [], start
    for part in CLAUSE_BREAK.split(text[start:]):
        lead = LEADING.match(part.strip())
        offset = text.index(part, position) + (len(part) - len(part.lstrip())) + lead.end()
        clause = part.strip()[lead.end():].rstrip(" .;")
        if clause:
            found.append((clause, offset))
        position = offset + len(clause)
    return found


def _stage(facts: Facts, programme: Resource, body: Resource, what: str, year: int | None, span: Span) -> Resource:
    stage = facts.get("Etape", programme, body, what, year or "", span=span)
    when = f" ({year})" if year else ""
    stage.set("rdfs:label", f"{programme.first('rdfs:label')} — {what}{when}, {body.first('rdfs:label')}")
    return stage.set("description", what).set("annee", year).set("programme", programme).set("organisation", body)
