"""Why a document reads as it does: the zones the genre model found, each fact with the passage it
was read from, and what it looked for and did not find. What `civicgraph inspect DOC` prints."""

from __future__ import annotations

from collections.abc import Iterator

from civicgraph.facts import Facts, Resource, Span
from civicgraph.genre import profiles
from civicgraph.genre.author import author, organ
from civicgraph.genre.classify import classify
from civicgraph.genre.cues import Text
from civicgraph.genre.flat_tables import find_flat_tables
from civicgraph.genre.reader import view
from civicgraph.genre.items import find_items
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.genre.table import read_table
from civicgraph.genre.seance import blocks
from civicgraph.text.spans import fold

ORDER = ["Document", "Organisation", "Organe", "Seance", "Participation", "Pouvoir", "Mouvement", "Deliberation",
         "Decision", "Vote", "Adhesion", "Mandat", "Personne"]


def _quote(text: str, span: Span, limit: int = 90) -> str:
    flat = " ".join(text[span.start:span.end].split())
    return f"[{span.start}–{span.end}] « {flat if len(flat) <= limit else flat[:limit - 1] + '…'} »"


def zones(text: Text) -> Iterator[str]:
    """The zones of the genre the model found, in reading order."""
    genre = classify(text)
    yield f"genre: {genre.name} ({genre.label}, score {genre.score})" if genre else "genre: not recognised as governance"
    if genre is None:
        return
    meeting_organ = organ(text)
    speaker = author(text, meeting_organ)
    yield f"organ: {meeting_organ.name} {_quote(text.raw, meeting_organ.span)}" if meeting_organ else "organ: not found"
    yield f"author: {speaker.name} ({speaker.kind}) {_quote(text.raw, speaker.span)}" if speaker else "author: not found"
    for start, end in blocks(text):
        yield f"séance block [{start}–{end}]"
        table = read_table(text, start, end)
        roll = read_roll_call(text, start, end, table)
        for a, b in table.spans if table else []:
            yield f"  roll-call table {_quote(text.raw, Span(a, b), 70)}: {len(table.entries)} members, {len(table.proxies)} proxies"
        for a, b in roll.headings:
            yield f"  roll-call list {_quote(text.raw, Span(a, b), 70)}"
        tables = find_flat_tables(text, start, end)
        for table in tables:
            read = f"refused: {table.refused}" if table.refused else f"{len(table.rows)} rows, cells {table.layout}" + (f", unread {', '.join(table.unread)}" if table.unread else "")
            yield f"  flattened table [{table.span[0]}–{table.span[1]}] ({', '.join(table.roles)}): {read}"
        for item in find_items(text, start, end, list(roll.headings) + [t.span for t in tables]):
            yield f"  item {item.number or '(no number)'}: {item.title or '(no title)'} — text [{item.block[0]}–{item.block[1]}]"


def facts_read(facts: Facts) -> Iterator[str]:
    """Every resource read, by class, with its values and passages."""
    text = facts.document.text
    resources = sorted(facts.resources.values(), key=lambda r: (ORDER.index(r.cls) if r.cls in ORDER else len(ORDER), r.spans[0].start if r.spans else 0))
    current = None
    for resource in resources:
        if resource.cls != current:
            current = resource.cls
            yield f"{current}:"
        yield f"  {resource.first('rdfs:label') or resource.key}"
        for prop, values in resource.props.items():
            if prop in ("rdfs:label",):
                continue
            shown = ", ".join(_value(v) for v in values)
            yield f"    {prop}: {shown}"
        for span in resource.spans[:3]:
            yield f"    ← {_quote(text, span)}"


def _value(value) -> str:
    if isinstance(value, Resource):
        return f"→ {value.first('rdfs:label') or value.key}"
    return str(value)


def explain(facts: Facts | None, text: str, missing: list[str], reason: str | None = None) -> Iterator[str]:
    folded = fold(text)
    read = Text.edited(view(text, folded), text, folded)  # (as the reader sees it: page furniture blanked…)
    profile = profiles.choose(read)
    if profile:
        yield f"layout profile: {profile.name} ({profile.description})"
    with profiles.active(profile):  # the zones as the reading found them, with the layout's cues
        yield from zones(read)
    if reason:
        yield f"not read: {reason}"
    if facts is not None:
        yield from facts_read(facts)
    if missing:
        yield "not found: " + "; ".join(missing)
