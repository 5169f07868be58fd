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


def publicity_dates(text: Text, not_before: date | None = None) -> dict[str, tuple[date, Span]]:
    """Each publicity date the text prints, with its passage: the first date right after its cue,
    not earlier than the act (`not_before`: a convocation "affichée le" comes before the séance) nor
    more than a year after it (an archive's transcription "mise en ligne le 12 mars 2019" of an act of
    1911 publishes the transcription, not the act: CGCT L2131-1 makes an act enforceable once
    published, which a council does within weeks)."""
    found = {}
    for prop, cue in cues("publicity")["dates"].items():
        for match in text.finditer(pattern(cue)):
            dates = find_dates(text.raw[match.end():match.end() + 40])
            if dates and dates[0].start <= 2 and (not_before is None or not_before <= dates[0].value <= not_before + PUBLISHED_WITHIN):
                found[prop] = (dates[0].value, Span(match.start(), match.end() + dates[0].end))
                break
    return found


def actes_identifier(text: Text) -> tuple[str, Span] | None:
    """The act's ACTES identifier when the document prints exactly one (a stamp repeated is one)."""
    found = [a for a in find_actes(text.raw) if a.siren_valid]
    if len(found) != 1:
        return None
    return found[0].identifier, Span(*found[0].spans[0])
