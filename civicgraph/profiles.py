"""What a person's and an organisation's page show beyond their properties: tables fitted to the
class, read from the statements the site gathers once for the whole graph (`site-statements`,
never one query per page).

A person: mandates, presences with the attendance rate, proxies given and received, votes, acts
signed and séances chaired. An organisation: memberships both ways (the associations it joins, the
members of an association by year with their fees), mandates held in it, séances of its organs and
the decisions taken there, programmes, accounts, affiliated persons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from civicgraph import french, seancepage
from civicgraph.vocab import ONTOLOGY

CG = ONTOLOGY
# A proxy's bounds, as the séance page's query names them (site-proxies.rq): worded by seancepage.stretch alike.
PROXY_BOUNDS = {"fromPoint": "depuisPoint", "toPoint": "jusquAuPoint", "fromTime": "depuisHeure", "toTime": "jusquAHeure",
                "fromAct": "depuisActe", "toAct": "jusquAActe"}


@dataclass
class Table:
    """One section of a page: id (its heading's anchor), title, column names, rows of cells (a
    Link, a list of Links, or text), a sentence summing it up, whether the rows are in order of date
    (else of name), and where the whole table continues when the page keeps only some (mentions.Cut)."""

    id: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    note: str = ""
    chronological: bool = True
    more: object = None


class Profiles:
    """Builds the sections of person and organisation pages.

    outgoing: IRI → property IRI → values (pyoxigraph terms); incoming: IRI → property IRI →
    subjects (NamedNode); kind(iri) → IRI family; link(iri) → Link from the site's root;
    show(term) → a Link (a resource) or French text (a literal), from the site's root."""

    def __init__(self, outgoing, incoming, kind, link, show):
        self.outgoing, self.incoming, self.kind, self.link, self.show = outgoing, incoming, kind, link, show

    # -- helpers -------------------------------------------------------------------------------
    def _from(self, iri: str, prop: str, family: str | tuple) -> list[str]:
        """The resources of one family (or several) whose property `prop` names iri."""
        families = (family,) if isinstance(family, str) else family
        return sorted({s.value for s in self.incoming[iri].get(CG + prop, ()) if self.kind(s.value) in families})

    def _one(self, iri: str, prop: str):
        values = self.outgoing[iri].get(CG + prop)
        return min(values, key=lambda v: v.value) if values else None

    def _cell(self, iri: str, prop: str):
        """A value as a cell: a Link for a resource with a page, French text, or '' when unstated."""
        value = self._one(iri, prop)
        return "" if value is None else self.show(value)

    def _named(self, iri: str, prop: str, raw: bool = False):
        """A link to iri's page, worded by one of its values (a mandate by its role, a membership
        by its year: raw, as a year is no amount to group by thousands)."""
        link, value = self.link(iri), self._raw(iri, prop)
        return type(link)(link.href, (value if raw else self.show(self._one(iri, prop))) if value else link.label)

    def _raw(self, iri: str, *props: str) -> str:
        for prop in props:
            value = self._one(iri, prop)
            if value is not None:
                return value.value
        return ""

    def _order(self, iri: str | None) -> tuple:
        """Where a resource sorts among its peers, in French order: a person by family name, then
        given name; anything else by its label."""
        if not iri:
            return ()
        return french.person_key(self._raw(iri, "nomFamille") or None, self._raw(iri, "prenom") or None, self.link(iri).label)

    def _seance_date(self, seance: str) -> str:
        return self._raw(seance, "debut", "date")

    def _when(self, seance: str) -> str:
        raw = self._seance_date(seance)
        return french.date(raw[:10]) if raw else french.UNKNOWN

    # -- a person ------------------------------------------------------------------------------
    def person(self, iri: str) -> list[Table]:
        tables = [self._mandates(self._from(iri, "personne", "mandat"), "personne"), self._presences(iri),
                  self._proxies(iri, "mandant", "mandataire", "pouvoirs-donnes", "Pouvoirs donnés", "À"),
                  self._proxies(iri, "mandataire", "mandant", "pouvoirs-recus", "Pouvoirs reçus", "De la part de"),
                  self._votes(iri), self._signatures(iri), self._chairs(iri)]
        return [t for t in tables if t.rows]

    def _mandates(self, mandates: list[str], other: str) -> Table:
        """Mandates as a table naming, beside the role, the other end: the organisation (on a
        person's page) or the person (on an organisation's page)."""
        heading = "Organisation" if other == "personne" else "Personne"
        rows = []
        for m in mandates:
            holder = self._cell(m, "personne") or self._cell(m, "membre")
            end = self._raw(m, "organisation") if other == "personne" else self._raw(m, "personne", "membre")
            rows.append(((self._raw(m, "attesteLe"), french.collation_key(self._raw(m, "role")), self._order(end)),
                         [self._named(m, "role"), self._cell(m, "organisation") if other == "personne" else holder,
                          french.date(self._raw(m, "attesteLe")) or french.UNKNOWN]))
        rows.sort(key=lambda r: r[0])
        return Table("mandats", "Mandats et fonctions", ["Rôle", heading, "Attesté le"], [r[1] for r in rows])

    def _presences(self, iri: str) -> Table:
        rows, present, seances = [], set(), set()
        for p in self._from(iri, "personne", "participation"):
            seance = self._one(p, "seance")
            if seance is None:
                continue
            status = self._raw(p, "statut") or french.UNKNOWN
            modality = self._raw(p, "modalite")
            seances.add(seance.value)
            if status == "présent":
                present.add(seance.value)
            rows.append((self._seance_date(seance.value), [self.link(seance.value), self._when(seance.value),
                                                            status + (f" ({modality})" if modality else "")]))
        rows.sort(key=lambda r: r[0])
        note = ""
        if seances:
            note = (f"Présent à {len(present)} séance{'s' if len(present) > 1 else ''} sur {len(seances)} "
                    f"dont les documents donnent la présence ({round(100 * len(present) / len(seances))} %).")
        return Table("presences", "Présences aux séances", ["Séance", "Date", "Statut"], [r[1] for r in rows], note)

    def _proxies(self, iri: str, mine: str, theirs: str, anchor: str, title: str, heading: str) -> Table:
        rows = []
        for p in self._from(iri, mine, "pouvoir"):
            seance = self._one(p, "seance")
            stretch = seancepage.stretch({column: self._one(p, prop) for column, prop in PROXY_BOUNDS.items()})
            rows.append(((self._seance_date(seance.value) if seance is not None else "", self._order(self._raw(p, theirs))),
                         [self.link(seance.value) if seance is not None else french.UNKNOWN, self._cell(p, theirs), stretch or "toute la séance"]))
        rows.sort(key=lambda r: r[0])
        return Table(anchor, title, ["Séance", heading, "Portée"], [r[1] for r in rows])

    def _votes(self, iri: str) -> Table:
        rows = []
        for prop, how in (("votantPour", "pour"), ("votantContre", "contre"), ("votantAbstention", "abstention"),
                          ("nonParticipant", "ne prend pas part au vote")):
            for vote in self._from(iri, prop, "vote"):
                deliberation = self._one(vote, "deliberation")
                act = self.show(deliberation) if deliberation is not None else self.link(vote)
                rows.append((self._raw(deliberation.value, "date") if deliberation is not None else "", [act, self.link(vote), how]))
        rows.sort(key=lambda r: (r[0], french.collation_key(getattr(r[1][0], "label", str(r[1][0])))))
        return Table("votes", "Votes", ["Acte", "Vote", "Position"], [r[1] for r in rows])

    def _signatures(self, iri: str) -> Table:
        rows = []
        for act in self._from(iri, "signataire", ("deliberation", "decision")):
            date = self._raw(act, "date")
            rows.append((date, [self.link(act), self._cell(act, "qualiteSignataire"), french.date(date) if date else french.UNKNOWN]))
        rows.sort(key=lambda r: r[0])
        return Table("signatures", "Actes signés", ["Acte", "Qualité", "Date"], [r[1] for r in rows])

    def _chairs(self, iri: str) -> Table:
        rows = [(self._seance_date(s), [self.link(s), self._when(s), role])
                for prop, role in (("president", "président(e) de séance"), ("secretaire", "secrétaire de séance"))
                for s in self._from(iri, prop, "seance")]
        rows.sort(key=lambda r: r[0])
        return Table("seances-tenues", "Présidences et secrétariats de séance", ["Séance", "Date", "Rôle"], [r[1] for r in rows])

    # -- an organisation -----------------------------------------------------------------------
    def organisation(self, iri: str) -> list[Table]:
        seances = sorted({s for organ in self._from(iri, "organisation", "organe") for s in self._from(organ, "organe", "seance")},
                         key=lambda s: (self._seance_date(s), s))
        tables = [self._members(iri), self._memberships(iri), self._mandates(self._from(iri, "organisation", "mandat"), "organisation"),
                  self._seances(seances), self._decisions(seances), self._programmes(iri), self._accounts(iri),
                  self._people(iri)]
        return [t for t in tables if t.rows]

    def _adhesion_row(self, adhesion: str, other: str) -> tuple:
        fee = self._raw(adhesion, "cotisation")
        return (self._raw(adhesion, "annee"), [self._cell(adhesion, other), self._named(adhesion, "annee", raw=True),
                                               french.amount(fee or None, self._raw(adhesion, "devise") or None),
                                               self._cell(adhesion, "decidePar") or french.UNKNOWN])

    def _members(self, iri: str) -> Table:
        rows = sorted((self._adhesion_row(a, "membre") for a in self._from(iri, "association", "adhesion")),
                      key=lambda r: (r[0], french.collation_key(getattr(r[1][0], "label", str(r[1][0])))))
        years = defaultdict(int)
        for year, _ in rows:
            years[year or french.UNKNOWN] += 1
        note = " · ".join(f"{y} : {n} membre{'s' if n > 1 else ''}" for y, n in sorted(years.items())) if rows else ""
        return Table("membres", "Membres, par année", ["Membre", "Année", "Cotisation", "Décision"], [r[1] for r in rows], note)

    def _memberships(self, iri: str) -> Table:
        rows = sorted((self._adhesion_row(a, "association") for a in self._from(iri, "membre", "adhesion")),
                      key=lambda r: (r[0], french.collation_key(getattr(r[1][0], "label", str(r[1][0])))))
        return Table("adhesions", "Adhésions à des associations", ["Association", "Année", "Cotisation", "Décision"], [r[1] for r in rows])

    def _seances(self, seances: list[str]) -> Table:
        return Table("seances", "Séances", ["Séance", "Date", "Organe"],
                     [[self.link(s), self._when(s), self._cell(s, "organe")] for s in seances])

    def _decisions(self, seances: list[str]) -> Table:
        rows = []
        for s in seances:
            for act in self._from(s, "seance", ("deliberation", "decision")):
                rows.append((self._seance_date(s), self._raw(act, "numero"), [self._raw(act, "numero"), self._named(act, "titre"), self._when(s)]))
        rows.sort(key=lambda r: (r[0], french.collation_key(r[1])))
        return Table("decisions", "Décisions", ["N°", "Acte", "Date"], [r[2] for r in rows])

    def _programmes(self, iri: str) -> Table:
        roles = (("portePar", "porteur"), ("fondePar", "fondateur"), ("partenaire", "partenaire"),
                 ("participant", "participant"), ("experimenteA", "lieu d'expérimentation"))
        by_programme: dict[str, list[str]] = defaultdict(list)
        for prop, role in roles:
            for programme in self._from(iri, prop, "programme"):
                by_programme[programme].append(role)
        for etape in self._from(iri, "organisation", "etape"):
            programme = self._one(etape, "programme")
            if programme is not None and self.kind(programme.value) == "programme":
                by_programme[programme.value].append("étape prévue")
        rows = sorted(([self.link(p), ", ".join(dict.fromkeys(r))] for p, r in by_programme.items()),
                      key=lambda r: french.collation_key(r[0].label))
        return Table("programmes", "Programmes", ["Programme", "Rôle"], rows, chronological=False)

    def _accounts(self, iri: str) -> Table:
        rows = []
        for fact in self._from(iri, "organisation", "fait-financier"):
            amount = self._raw(fact, "montant")
            rows.append((self._raw(fact, "exercice"), [self._raw(fact, "exercice") or french.UNKNOWN, self._named(fact, "nature"),
                                                       french.amount(amount or None, self._raw(fact, "devise") or None)]))
        rows.sort(key=lambda r: (r[0], french.collation_key(r[1][1].label)))
        return Table("comptes", "Comptes", ["Exercice", "Nature", "Montant"], [r[1] for r in rows])

    def _people(self, iri: str) -> Table:
        return Table("personnes", "Personnes qui s'y rattachent", ["Personne"],
                     [[self.link(p)] for p in sorted(self._from(iri, "affiliation", "personne"), key=self._order)], chronological=False)
