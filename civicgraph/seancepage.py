"""What a séance page shows beyond its properties: the attendance table (status, represented by
whom and for which stretch, arrivals and departures) and its items with their votes, gathered for
every séance at once from the `site-attendance`, `site-proxies`, `site-movements` and `site-items`
queries (one query per kind of row, never one per page)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from civicgraph import french

STATUS_ORDER = ("présent", "représenté", "excusé", "absent", "sans voix délibérative", "remplacé")


@dataclass
class Attendee:
    person: object  # a Link
    status: str
    modality: str = ""
    proxy_to: list = field(default_factory=list)  # (holder Link, stretch text)
    proxies_held: list = field(default_factory=list)  # (giver Link, stretch text)
    movements: list = field(default_factory=list)  # texts: "départ au point 2 (après le vote…)"
    sort_key: tuple = ()


@dataclass
class Item:
    link: object
    number: str
    title: str
    vote: object = None
    result: str = french.UNKNOWN
    tally: str = ""


@dataclass
class SeanceDetails:
    attendees: list[Attendee]
    counts: list[tuple[str, int]]
    items: list[Item]


def _value(row, name):
    value = row.get(name)
    return None if value is None else value.value


# A proxy's bounds: the columns, and the words before a start and an end ("du point 2 au point 4",
# "de l'acte 2 à l'acte 4", "de 18 h à 19 h"): the article elides before a vowel.
STRETCH_UNITS = (("fromPoint", "toPoint", "du point ", "au point "), ("fromAct", "toAct", "de l'acte ", "à l'acte "),
                 ("fromTime", "toTime", "de ", "à "))


def stretch(row: dict) -> str:
    """The part of the meeting a proxy covers, in words ('du point 2 au point 4', 'à partir de l'acte 5',
    'jusqu'à 18 h')."""
    parts = []
    for start, end, since, until in STRETCH_UNITS:
        a, b = (_value(row, c) for c in (start, end))
        a, b = (french.time(v) if v and start == "fromTime" else v for v in (a, b))
        if a and b:
            parts.append(f"{since}{a} {until}{b}")
        elif a:
            parts.append(f"à partir {since}{a}")
        elif b:
            parts.append(f"jusqu'{until}{b}")
    return ", ".join(parts)


def gather(select, link) -> dict[str, SeanceDetails]:
    """The details of every séance: select(name) runs a site query, link(iri) makes a Link."""
    people: dict[str, dict[str, Attendee]] = defaultdict(dict)
    for row in select("site-attendance"):
        seance, person = row["seance"].value, row["person"].value
        attendee = people[seance].get(person)
        if attendee is None:
            label = link(person).label
            attendee = people[seance][person] = Attendee(
                link(person), _value(row, "status") or french.UNKNOWN,
                sort_key=french.person_key(_value(row, "family"), _value(row, "given"), label))
        if _value(row, "modality"):
            attendee.modality = _value(row, "modality")
    for row in select("site-proxies"):
        seance, giver, holder = row["seance"].value, row["giver"].value, row["holder"].value
        for iri in (giver, holder):
            if iri not in people[seance]:
                people[seance][iri] = Attendee(link(iri), french.UNKNOWN, sort_key=french.person_key(None, None, link(iri).label))
        people[seance][giver].proxy_to.append((link(holder), stretch(row)))
        people[seance][holder].proxies_held.append((link(giver), stretch(row)))
    for row in select("site-movements"):
        seance, person = row["seance"].value, row["person"].value
        if person not in people[seance]:
            people[seance][person] = Attendee(link(person), french.UNKNOWN, sort_key=french.person_key(None, None, link(person).label))
        text = _value(row, "type") or "mouvement"
        if _value(row, "point"):
            text += f" au point {_value(row, 'point')}"
        if _value(row, "moment"):
            text += f" ({_value(row, 'moment')})"
        people[seance][person].movements.append(text)
    items: dict[str, dict[str, Item]] = defaultdict(dict)
    for row in select("site-items"):
        seance, iri = row["seance"].value, row["item"].value
        if iri in items[seance]:
            continue
        tally = ", ".join(f"{name} : {french.number(_value(row, key))}" for key, name in (("for", "pour"), ("against", "contre"), ("abstention", "abstentions")) if _value(row, key) is not None)
        items[seance][iri] = Item(link(iri), _value(row, "number") or "", _value(row, "title") or link(iri).label,
                                  link(row["vote"].value) if row.get("vote") is not None else None,
                                  _value(row, "result") or french.UNKNOWN, tally)
    details = {}
    for seance in set(people) | set(items):
        attendees = sorted(people[seance].values(), key=lambda a: (_rank(a.status), a.sort_key))
        counts: dict[str, int] = defaultdict(int)
        for a in attendees:
            counts[a.status] += 1
        details[seance] = SeanceDetails(attendees, sorted(counts.items(), key=lambda c: _rank(c[0])),
                                        sorted(items[seance].values(), key=_item_key))
    return details


def _rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def _item_key(item: Item):
    digits = "".join(c for c in item.number if c.isdigit())
    return (int(digits) if digits else 10**9, french.collation_key(item.title))
