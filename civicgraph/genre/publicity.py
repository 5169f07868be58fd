"""What an act's stamps and closing lines say of its publicity: its ACTES identifier and its dates
of transmission, reception, publication and display (`publicity.yaml`). A stamp repeats on every
page; a field printed blank ("Publié le", "le …..") is unknown."""

from __future__ import annotations

from datetime import date, timedelta

from civicgraph.actes import find_actes
from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, pattern
from civicgraph.text import find_dates


PUBLISHED_WITHIN = timedelta(days=366)
DATE_REACH = 60  # characters: a date spelled out ("vingt-quatre septembre deux mille vingt-six": 43)


def publicity_dates(text: Text, not_before: date | None = None, printed: Text | None = None) -> dict[str, tuple[date, Span]]:
    """Each publicity date the text prints, with its passage: the first date right after its cue,
    not earlier than the act (`not_before`: a convocation "affichée le" comes before the séance) nor
    more than a year after it (an archive's transcription "mise en ligne le 12 mars 2019" of an act of
    1911 publishes the transcription, not the act: CGCT L2131-1 makes an act enforceable once
    published, which a council does within weeks). A web page's own date (`_page_dates`, found in
    `printed`: the document as printed, its furniture kept, at the same offsets as `text`) is the
    date its text went online: the acts' publication when they print no publication date of their own
    (a display at the town hall is another fact, kept beside it: since 1 July 2022 a commune publishes
    its acts online: Code général des collectivités territoriales, article L2131-1)."""
    pages = _page_dates(printed or text)
    found = {prop: dated for prop, cue in cues("publicity")["dates"].items()
             if (dated := _dated(text, cue, not_before, lambda at: at not in pages))}
    page = _dated(text, cues("publicity")["dates"]["datePublication"], not_before, pages.__contains__)
    if page and "datePublication" not in found:
        found["datePublication"] = page
    return found


def _dated(text: Text, cue: str, not_before: date | None, where) -> tuple[date, Span] | None:
    """The first date right after `cue` where `where(its start)` holds, within the bounds above."""
    for match in text.finditer(pattern(cue)):
        if not where(match.start()):
            continue
        dates = find_dates(text.raw[match.end():match.end() + DATE_REACH])
        if dates and dates[0].start <= 2 and (not_before is None or not_before <= dates[0].value <= not_before + PUBLISHED_WITHIN):
            return dates[0].value, Span(match.start(), match.end() + dates[0].end)
    return None


def _page_dates(text: Text) -> set[int]:
    """Where the publicity cues that date a web page stand (`publicity.yaml` page_header): the first
    one after each breadcrumb, within its header's length."""
    spec = cues("publicity")["page_header"]
    starts = set()
    for crumb in text.finditer(pattern(spec["cue"])):
        end = crumb.start() + spec["length"]
        first = [m.start() for cue in cues("publicity")["dates"].values() if (m := text.find(pattern(cue), crumb.end(), end))]
        if first:
            starts.add(min(first))
    return starts


def actes_identifier(text: Text) -> tuple[str, Span] | None:
    """The act's ACTES identifier when the document prints exactly one (a stamp repeated is one)."""
    found = [a for a in find_actes(text.raw) if a.siren_valid]
    if len(found) != 1:
        return None
    return found[0].identifier, Span(*found[0].spans[0])
