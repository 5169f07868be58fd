"""Searching a text for a regular expression without scanning all of it: the strings every match
must contain, and where they stand in a match.

Python's `re` tries a pattern at every position of a text when it starts with `\\b` or a lookbehind
(most cues do), while `str.find` skips through a text many times faster. `Needles.of(pattern)`
reads from the pattern's parse tree (`re._parser`):

- `strings`: a set of strings of which every match contains at least one ("vote" for
  `\\bpas\\s+de\\s+vote\\b|\\bsans\\s+vote\\b`, the longest): when the text lacks them all, there is
  no match; None when there is none, or when they are the anchors' strings;
- `anchors`: such strings (of at least `MIN_LENGTH` characters) each with the least and greatest
  distance from a match's start to it (`\\bapres\\s+en…`: "apres" at 0), or None when a distance is
  unbounded: a match can then only start at these distances before an occurrence, and `search`
  tries the pattern only there, in order (after `MAX_TRIES` places, it searches the rest).

- `line_start`: for a pattern that starts a line, `(?:^|\\n)…` (many cues), its twin `\\n…`:
  away from the text's first character only the `\\n` branch can match, and a pattern that
  starts with a literal character lets `re` skip to its occurrences instead of trying the
  pattern at every place (about ten times faster on a page).

- `capped`: anchors as above, their distances counted with every unbounded run of white space
  (`\\s*`, `[ \\t]+`) at most `CAP` characters long: they hold in a part of a text without a
  longer run (most prose), where a cue such as `(?P<who>…{2,40}?)\\s*…\\s+secretaire` has no
  other anchor and `re` tries it at every character. A character of `RARE` serves as such an
  anchor too (a legend's `(?P<code>[a-z]{1,3})\\s*[:=]…`), even for a pattern with a twin: the
  twin would stop at every letter.

- `scan`: a twin of the pattern with another start, for `re` to scan a text with where it must
  (no anchor, or one too frequent): `re` skips in C to a pattern's literal start or to the first
  letters of its branches, but tries a pattern that starts with `\\b`, a look-behind, an optional
  word or `\\s*` at every character (see `_scan_twin`; three to ten times faster on a page).

`search` gives exactly `pattern.search(text, start, end)`: the leftmost match starts within its
anchor's distances of some occurrence, and `re` reads the text before `start` for lookbehinds and
`\\b` whatever the start. Conservative: a case-insensitive pattern or part, or a construct not
understood, requires nothing, and the search is the plain one."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

# What `re`'s internal parser and compiler may raise on a pattern they were not written for. Not
# `Exception`: a signal's exception (civicgraph.cpu_limit's SIGPROF) must cross a search unswallowed.
INTERNAL_ERRORS = (re.error, ValueError, TypeError, AttributeError, IndexError, KeyError, AssertionError, RecursionError, OverflowError)

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:  # Python < 3.11
    import sre_compile as _compiler
    import sre_constants as _c
    import sre_parse as _parser

MIN_LENGTH = 2  # a shorter anchor occurs too often to save anything
RARE = frozenset(":=;|/°§")  # but these characters are far rarer than letters: anchors for `capped` (see `_usable`)
MAX_SPREAD = 40  # anchors whose distance may vary more than this would try too many places
MAX_TRIES = 64  # after this many places tried, one search of the rest instead
CAP = 8  # white space longer than this is rare in prose (columns, indents): `capped` anchors hold without it
MAX_CAPPED_SPREAD = 400  # `capped` anchors serve patterns `re` finds no quicker way through: a wider window pays
LONG_SPACE = re.compile(r"\s\s{%d,}" % CAP)  # (one `\s` first: `re` skips to white space, twice as fast as `\s{9,}`)

Need = tuple[tuple[str, int, "int | None"], ...]  # (string, least, greatest distance from the match start)


@dataclass(frozen=True)
class Needles:
    strings: frozenset[str] | None
    anchors: Need | None
    line_start: re.Pattern | None = None
    scan: re.Pattern | None = None  # a faster twin for `re` to scan a text with (see `_scan_twin`)
    scan_from_one: bool = False  # the twin holds from the text's second character only
    scan_rematch: bool = False  # the twin copies groups: it finds where a match starts, `compiled` reads it
    capped: Need | None = None  # anchors that hold where white space runs no longer than `CAP`
    capped_if_few: bool = False  # `capped` beside a twin that stops at fewer places, most texts: used where its places are few
    confirm: Need | None = None  # `capped` anchors of a rarer word that `anchors` (a civility) are tried near

    @staticmethod
    @lru_cache(maxsize=4096)
    def of(compiled: re.Pattern) -> "Needles":
        """What every match of `compiled` contains (see the module)."""
        if compiled.flags & re.IGNORECASE or not isinstance(compiled.pattern, str):
            return Needles(None, None)
        line_start = _line_twin(compiled)
        try:
            tree = _parser.parse(compiled.pattern, compiled.flags)
            found, anchored = _sequence(tree.state, list(tree))
        except INTERNAL_ERRORS:  # an internal API: never let it break a search
            return Needles(None, None, line_start)
        anchored = anchored if _long(anchored) else None
        strings = frozenset(s for s, _, _ in found) if found else None
        if anchored and strings == frozenset(s for s, _, _ in anchored):
            strings = None  # the anchors are looked for anyway
        anchored = _lean(anchored)
        twin = _scan_twin(compiled)
        fast = not len(tree) or _fast(list(tree))  # (`re` skips to such a start itself)
        capped = None if anchored or line_start or fast else _capped_anchors(tree)
        # A twin stops at fewer places than anchors on words, most texts; not than anchors on `RARE` characters, nor
        # than narrow windows on longer words when it stops at every white space (`(?:membres)?\\s*en\\s+exercice`):
        if_few = bool(twin[0] and capped and _long(capped) and not (_space_first(list(tree)) and _narrow(capped)))
        confirm = _confirm(tree, anchored) if anchored and len(anchored) >= MANY and min(len(s) for s, _, _ in anchored) < SHORT else None
        if twin[0] is None and not (anchored or line_start or fast or capped):  # nothing else to go by: its first characters
            twin = _first_twin(compiled, tree)
        return Needles(strings, anchored, line_start if anchored is None else None, *twin, capped=capped, capped_if_few=if_few, confirm=confirm)


_BY_ID: dict[int, tuple[re.Pattern, Needles]] = {}


def _needles(compiled: re.Pattern) -> Needles:
    """`Needles.of(compiled)`, looked up by the pattern's identity: hashing a pattern hashes its
    compiled code (microseconds for a long cue list), and cues are searched many times a page."""
    known = _BY_ID.get(id(compiled))
    if known is None or known[0] is not compiled:  # (held, so an id is not reused while kept)
        if len(_BY_ID) > 4096:
            _BY_ID.clear()  # patterns `re` compiled again after evicting them: forget the old ones
        known = _BY_ID[id(compiled)] = (compiled, Needles.of(compiled))
    return known[1]


def search(compiled: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """`compiled.search(text, start, end)`, skipping what cannot match (see the module)."""
    start, end = max(start, 0), max(min(end, len(text)), 0)  # as `re` reads pos and endpos
    needles = _needles(compiled)
    if needles.strings is not None:
        for string in needles.strings:  # (a loop, not `any` over a generator: called some 300 times a page)
            if text.find(string, start, end) >= 0:
                break
        else:
            return None
    if needles.line_start is not None:
        at_first = compiled.match(text, 0, end) if min(start, len(text)) == 0 else None  # as `re` clamps pos
        return at_first or needles.line_start.search(text, start, end)
    if needles.anchors is not None:
        if needles.confirm is None:
            places = _places(needles.anchors, text, start, end)
        else:
            confirmed = _union(_capped_places(needles.confirm, text, start, end))
            if not confirmed:
                return None
            places = _near(needles.anchors, confirmed, text, start, end)
        return _tried(needles, compiled, places, text, start, end, MAX_TRIES)
    if _capped_first(needles, text, start, end):
        return _tried(needles, compiled, _capped_places(needles.capped, text, start, end), text, start, end, max(MAX_TRIES, (end - start) // 8))
    return _scanned(needles, compiled, text, start, end)


def _capped_first(needles: Needles, text: str, start: int, end: int) -> bool:
    """Whether to try a pattern at its `capped` anchors' places rather than scan for it: a twin beside
    anchors on words (see `Needles.of`) scans a short text faster than the places are found; a long
    one too where they are many (`capped_if_few`: the words of the séance's end, "levee", "close",
    are rare, where its twin stops at every "s", "r", "a", "c": 10 → 2 ms over reading.py's
    synthetic documents; a proxy's "et", "puis" are not)."""
    if needles.capped is None or (needles.scan is not None and _long(needles.capped) and end - start < LONG_TEXT):
        return False
    return not needles.capped_if_few or _few_places(needles.capped, text, start, end)


def _few_places(anchors: Need, text: str, start: int, end: int) -> bool:
    """Whether `anchors` allow fewer places in `[start, end)` than `_tried` tries before it scans (their
    windows counted as they are, not widened: an estimate)."""
    found, budget = _occurrences(text, {s for s, _, _ in anchors}), max(MAX_TRIES, (end - start) // 8)
    for string, low, high in anchors:
        budget -= len(_within(found[string], string, start, end)) * (high - low + 1)
        if budget < 0:
            return False
    return True


def _tried(needles: Needles, compiled: re.Pattern, places, text: str, start: int, end: int, budget: int) -> re.Match | None:
    """`compiled.search`, tried at `places` (ranges ordered by their first place); past `budget`
    places, one search of the rest."""
    tried = start - 1  # every place up to `tried` that could start a match failed
    for first, last in places:
        for place in range(max(first, tried + 1), last + 1):
            found = compiled.match(text, place, end)
            if found:
                return found
            budget -= 1
        tried = max(tried, last)
        if budget <= 0:  # an anchor too frequent: let `re` scan the rest
            return _scanned(needles, compiled, text, tried + 1, end)
    return None


def finditer(compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer(text, start, end)`, from the first place a match can start."""
    start, end = max(start, 0), max(min(end, len(text)), 0)
    needles = _needles(compiled)
    if needles.strings is not None:
        for string in needles.strings:
            if text.find(string, start, end) >= 0:
                break
        else:
            return iter(())
    if needles.line_start is not None and not (min(start, len(text)) == 0 and compiled.match(text, 0, end)):
        return needles.line_start.finditer(text, start, end)  # (a match at 0: the plain search, for its sequel)
    if needles.anchors is not None and needles.confirm is not None:
        return _confirmed_all(needles, compiled, text, start, end)
    if needles.anchors is not None:
        return _anchored_all(needles, compiled, text, start, end)
    if _capped_first(needles, text, start, end):
        return _tried_all(needles, compiled, text, start, end)
    return _scanned_all(needles, compiled, text, start, end)


def sub(compiled: re.Pattern, function, text: str) -> str:
    """`compiled.sub(function, text)`, its matches found by `finditer` (a look-behind start: through its twin)."""
    out, at = [], 0
    for match in finditer(compiled, text, 0, len(text)):
        out += (text[at:match.start()], function(match))
        at = match.end()
    return "".join(out) + text[at:] if out else text


def _anchored_all(needles: Needles, compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer`, tried at the places its anchors allow, in order, each match's successor
    from where it ended (as `re` goes on); past `MAX_TRIES` places, one scan of the rest; after an
    empty match, `re` itself. (Scanning from the first place on, as this did, read the whole rest of
    a page for a civility's cue whose few civilities stand near its start: 40 % of the office
    apposition's time over reading.py's synthetic documents.)"""
    tried, count, budget = start - 1, 0, MAX_TRIES  # every place up to `tried` that could start a match failed
    for first, last in _places(needles.anchors, text, start, end):
        place = max(first, tried + 1)
        while place <= last:
            match = compiled.match(text, place, end)
            if match:
                yield match
                count += 1
                if match.end() == match.start():  # `re` must then move on from a non-empty match: let it
                    yield from islice(compiled.finditer(text, start, end), count, None)
                    return
                tried, place = match.end() - 1, match.end()
            else:
                tried, place, budget = place, place + 1, budget - 1
        if budget <= 0:  # an anchor too frequent: let `re` scan the rest
            yield from _scanned_all(needles, compiled, text, tried + 1, end)
            return


def _tried_all(needles: Needles, compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer`, each match searched at the places `capped` allows from where the last
    ended (as `re` goes on); after an empty match, `re` itself."""
    places = _capped_places(needles.capped, text, start, end)

    def find(at: int) -> re.Match | None:
        nonlocal places
        places = [(max(first, at), last) for first, last in places if last >= at]
        return _tried(needles, compiled, places, text, at, end, max(MAX_TRIES, (end - at) // 8))
    yield from _each(find, compiled, text, start, end)


def _confirmed_all(needles: Needles, compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer` for a pattern with `confirm` anchors: each match searched from where the
    last ended (as `re` goes on) at the places of `anchors` near those of `confirm`; after an empty
    match, `re` itself."""
    confirmed = _union(_capped_places(needles.confirm, text, start, end))
    if confirmed:
        yield from _each(lambda at: _tried(needles, compiled, _near(needles.anchors, confirmed, text, at, end), text, at, end, MAX_TRIES),
                         compiled, text, start, end)


def _each(find, compiled: re.Pattern, text: str, start: int, end: int):
    """The matches `find(at)` gives, each from where the last ended (as `re` goes on); after an empty
    match, `re` itself (it must then move on from a non-empty match)."""
    at, count = start, 0
    while (match := find(at)) is not None:
        yield match
        count += 1
        if match.end() == match.start():
            yield from islice(compiled.finditer(text, start, end), count, None)
            return
        at = match.end()


def _union(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges ordered by their first place, those that overlap or touch joined: disjoint, in order."""
    out = []
    for first, last in places:
        if first > last:
            continue
        if out and first <= out[-1][1] + 1:
            if last > out[-1][1]:
                out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def _near(anchors: Need, confirmed: list[tuple[int, int]], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The places `anchors` allow within the ranges of `confirmed` (disjoint, in order): each range's
    anchors found in it alone (a civility is frequent, the rarer word's ranges few), in order."""
    for first, last in confirmed:
        yield from sorted((max(at - high, first, start), min(at - low, last))
                          for string, low, high in anchors
                          for at in _finds(text, string, max(start, first + low), min(end, last + high + len(string))))


def _finds(text: str, string: str, start: int, end: int) -> Iterator[int]:
    at = text.find(string, start, end)
    while at >= 0:
        yield at
        at = text.find(string, at + 1, end)


def _scanned(needles: Needles, compiled: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """`compiled.search`, through its twin (the text's first character tried with `compiled` when
    the twin holds from the second only)."""
    if needles.scan is None:
        return compiled.search(text, start, end)
    if needles.scan_from_one and min(start, len(text)) == 0:  # (as `re` clamps pos)
        first = compiled.match(text, 0, end)
        if first:
            return first
    found = needles.scan.search(text, start, end)
    return compiled.match(text, found.start(), end) if found and needles.scan_rematch else found


def _scanned_all(needles: Needles, compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer`, through its twin (see `_scanned`)."""
    if needles.scan is None or (needles.scan_from_one and min(start, len(text)) == 0 and compiled.match(text, 0, end)):
        return compiled.finditer(text, start, end)
    if needles.scan_rematch:
        return _rematched(needles.scan, compiled, text, start, end)
    return needles.scan.finditer(text, start, end)


def _rematched(scan: re.Pattern, compiled: re.Pattern, text: str, start: int, end: int):
    """`compiled.finditer`: each match found by `scan`, read again with `compiled` from where it
    starts, the next searched from its end (as `re` does); after an empty match, `re` itself."""
    at, count = start, 0
    while True:
        found = scan.search(text, at, end)
        if found is None:
            return
        match = compiled.match(text, found.start(), end)
        yield match
        count += 1
        if match.end() == match.start():  # `re` must then move on from a non-empty match: let it
            yield from islice(compiled.finditer(text, start, end), count, None)
            return
        at = match.end()


def _lean(need: Need | None) -> Need | None:
    """`need` without the strings that hold another of its strings whose windows cover theirs
    ("mme." holds "mme", "adjudant-chef" holds "adjudant", both at the match's start): wherever one
    occurs, the other does, with a window at least as wide. One `str.find` less on each search."""
    if not need:
        return need
    def covered(string: str, low: int, high: int) -> bool:
        for other, other_low, other_high in need:
            if other != string:
                at = string.find(other)
                while at >= 0:
                    if other_low - at <= low and other_high - at >= high:
                        return True
                    at = string.find(other, at + 1)
        return False
    return tuple(n for n in need if not covered(*n)) or need


def _capped_places(anchors: Need, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`_places` of `capped` anchors: each window widened by the white space longer than `CAP`
    between it and its anchor (a match that runs through such a run may start that much earlier)."""
    starts, ends = _long_spaces(text)
    places, found = [], _occurrences(text, {s for s, _, _ in anchors})  # (a cue's 50 words: each found once per text)
    for string, low, high in anchors:
        for at in _within(found[string], string, start, end):
            first = at - high
            while True:  # widen until the runs it reaches are all counted
                index, wider = bisect_left(ends, first), at - high
                while index < len(starts) and starts[index] < at:
                    wider -= ends[index] - starts[index]
                    index += 1
                if wider == first:
                    break
                first = wider
            places.append((max(first, start), at - low))
    return sorted(places)


_LONG_SPACES: dict[int, tuple[str, list[int], list[int]]] = {}


def _long_spaces(text: str) -> tuple[list[int], list[int]]:
    """Where white space longer than `CAP` starts and ends in `text` (found once per text)."""
    known = _LONG_SPACES.get(id(text))
    if known is None or known[0] is not text:  # (held, so an id is not reused while kept)
        if len(_LONG_SPACES) > 64:
            _LONG_SPACES.clear()
        runs = [m.span() for m in LONG_SPACE.finditer(text)]
        known = _LONG_SPACES[id(text)] = (text, [a for a, _ in runs], [b for _, b in runs])
    return known[1], known[2]


def _places(anchors: Need, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ranges of places (first, last) where a match can start, ordered by their first place."""
    if len(anchors) == 1:
        return _places_of(*anchors[0], text, start, end)
    if len(anchors) >= MANY:
        strings = {s for s, _, _ in anchors}
        found = _occurrences(text, strings)
        if sum(len(found[s]) for s in strings) <= MAX_KNOWN:
            return _known_places(anchors, found, start, end)
    return _merged(anchors, text, start, end)


MAX_KNOWN = 512  # occurrences at most for `_known_places`: beyond (articles, "de"), each search would list
# them all where `_merged` finds them one after the other, up to the first match


def _known_places(anchors: Need, found: dict[str, list[int]], start: int, end: int) -> list[tuple[int, int]]:
    """`_merged`'s ranges for many anchors (a civility's forms, in the cues of the roll call, the
    votes, the offices, the movements), from their occurrences in the text (`_occurrences`): 30
    `str.find` through the text for every search were 7 % of the reading over reading.py's synthetic
    documents."""
    places = []
    for string, low, high in anchors:
        at = _within(found[string], string, start, end)
        places += [(max(a - high, start), a - low) for a in at]
    places.sort()
    return places


def _within(positions: list[int], string: str, start: int, end: int) -> list[int]:
    """The occurrences of `string` at `positions` that lie within `[start, end)`, as `text.find(string, start, end)` finds them."""
    return positions[bisect_left(positions, start):bisect_right(positions, end - len(string))]


_OCCURRENCES: dict[int, tuple[str, dict[str, list[int]]]] = {}


def _occurrences(text: str, strings) -> dict[str, list[int]]:
    """Where each of `strings` occurs in `text`, in order: found once per text and string, for a
    document is searched for the same words (civilities, a proxy's) by many cues, each block by each."""
    known = _OCCURRENCES.get(id(text))
    if known is None or known[0] is not text:  # (held, so an id is not reused while kept)
        if len(_OCCURRENCES) > 64:
            _OCCURRENCES.clear()
        known = _OCCURRENCES[id(text)] = (text, {})
    found = known[1]
    for string in strings:
        if string not in found:
            found[string] = list(_finds(text, string, 0, len(text)))
    return found


def _merged(anchors: Need, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The places of several anchors in order: each anchor's next occurrence on one heap, found
    when the one before it is used. `heapq.merge` of a generator per anchor gives the same ranges in
    the same order (equal ranges may come in another order, which changes nothing `_tried` does),
    through more Python calls."""
    heads = []
    for index, (string, low, high) in enumerate(anchors):
        at = text.find(string, start, end)
        if at >= 0:
            heads.append((max(at - high, start), at - low, at, index))
    heapq.heapify(heads)
    while heads:
        first, last, at, index = heads[0]
        yield first, last
        string, low, high = anchors[index]
        at = text.find(string, at + 1, end)
        if at >= 0:
            heapq.heapreplace(heads, (max(at - high, start), at - low, at, index))
        else:
            heapq.heappop(heads)


def _places_of(string: str, low: int, high: int, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = text.find(string, start, end)
    while at >= 0:
        yield max(at - high, start), at - low
        at = text.find(string, at + 1, end)


LINE_STARTS = ("(?:^|\\n)", "(?:^|\n)", "(?:\\n|^)", "(?:\n|^)")


def _line_twin(compiled: re.Pattern) -> re.Pattern | None:
    """`\\n…` for a pattern `(?:^|\\n)…` (not multiline: its `^` matches at the text's start only),
    when `re` skips to its start: not `(?:^|\\n)x|\\by`, whose other branch it would try at every
    character (the scan twin drops the `^` and stops only where a branch can start)."""
    if compiled.flags & re.MULTILINE:
        return None
    for prefix in LINE_STARTS:
        rest = compiled.pattern[len(prefix):]
        if compiled.pattern.startswith(prefix) and not rest.startswith(("*", "+", "?", "{")):
            twin = re.compile("\\n" + rest, compiled.flags)
            return twin if _fast(list(_parser.parse(twin.pattern, twin.flags))) else None
    return None


# --- a twin that `re` scans faster ---------------------------------------------------------------

BEHIND = (_c.ASSERT, _c.ASSERT_NOT)
REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT) + ((_c.POSSESSIVE_REPEAT,) if hasattr(_c, "POSSESSIVE_REPEAT") else ())


def _scan_twin(compiled: re.Pattern) -> tuple[re.Pattern | None, bool, bool]:
    """A twin of `compiled` that `re` scans a text for in C, whether it holds only from the text's
    second character (its first is then tried with `compiled`), and whether it copies groups (a
    match it finds is then read again with `compiled`, from where it starts). `re` skips to a pattern's
    literal start, or to the first letters of its branches, but tries a pattern that starts
    otherwise (a word boundary, a look-behind, an optional word, `\\s+`, `^`) at every character.
    The twin's start is rewritten, with the same matches at every place, tried in the same order:

    - assertions moved behind the letters that follow them: `\\bseance` → `seance(?<=\\bseance)`;
    - an optional start made a branch: `(?:est\\s+)?presidee` → `est\\s+presidee|presidee`,
      `\\s*x` → `\\s\\s*x|x`;
    - a repeat's first letter taken out: `\\s{2,}x` → `\\s\\s{1,}x`;
    - a `^` branch dropped (it matches at the text's first character only): `(?:^|\\n)x` → `\\nx`;
      a multiline one a look-behind: `(?m)^x` → `(?<=\\n)x`; what follows branches copied into
      them when one may match nothing: `(?:^|\\s{2,})n` → `^n|\\s{2,}n`;
    - branches that start with sets of letters behind one set of all: `[ab]x|cy` → `[abc](?:(?<=[ab])x|(?<=c)y)`.

    The twin of a pattern with groups has none (unless a back-reference reads one): it finds where
    a match starts, `compiled` reads the match from there. (None, False, False) when no twin
    starts better."""
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags)
        items, rematch = list(tree), False
        if _groups(items) and not _has(items, REFERENCES):  # where a match starts is all the twin finds
            items, rematch = _stripped(tree.state, items), True
        twin = _Twin(tree.state, bool((compiled.flags | tree.state.flags) & re.MULTILINE))
        moved = twin.start(items)
        if moved is None or moved is DEAD:
            return None, False, False
        moved = _one_set(twin, moved)
        tree.data, tree.width = moved, None  # (its width is cached)
        if not _fast(moved) or tree.getwidth()[0] == 0:  # (`re` skips only for a pattern that cannot match empty)
            return None, False, False
        return _compiler.compile(tree, compiled.flags), twin.from_one, rematch
    except INTERNAL_ERRORS:  # an internal API: never let it break a search
        return None, False, False


def _first_twin(compiled: re.Pattern, tree) -> tuple[re.Pattern | None, bool, bool]:
    """`[F](?<=(?=P)[F])` for a pattern P whose matches start with a character of a small set F that
    `re` cannot skip to itself (P opens with a look-behind, then words in any case: the civilities,
    "(?<![\\w.])(?:(?i:Monsieur)|Mme|…)", a programme's name): `re` skips through the text to F's
    characters in C and tries P only there, where it tried it at every character. F is read from the
    parse tree, each character of a case-insensitive part with those `re` takes for it, found over
    every code point (`_case_closed`); P is tried in a look-ahead, its groups made plain: the twin
    finds where a match starts, `compiled` reads it from there. (None, False, False) when F is not
    known, too large, or P may match nothing. Twice as fast on the proxies' holders (`HOLDS`)."""
    try:
        items = list(tree)
        if _has(items, REFERENCES):
            return None, False, False
        firsts, empty = _firsts(items, bool(tree.state.flags & re.IGNORECASE))
        if firsts is None or empty or compiled.flags & re.LOCALE:
            return None, False, False
        characters = _first_set(firsts, compiled.flags & re.ASCII)
        if characters is None or _first_size(characters) > MAX_FIRST:
            return None, False, False
        state = tree.state
        ahead = (_c.ASSERT, (1, _parser.SubPattern(state, _stripped(state, items))))
        tree.data, tree.width = [(_c.IN, characters), (_c.ASSERT, (-1, _parser.SubPattern(state, [ahead, (_c.IN, characters)])))], None
        return _compiler.compile(tree, compiled.flags), False, True
    except INTERNAL_ERRORS:  # an internal API: never let it break a search
        return None, False, False


MAX_FIRST = 16  # characters and classes a match may start with, at most, for `_first_twin` to skip to: the civilities'
# first letters in both cases (15), not a class of small letters (`[a-z]` counts 26: nearly every character of prose)


def _first_size(characters: list) -> int:
    """`_size` of a set, its classes other than figures counted as too many (`\\w`, `\\s`: most characters of prose)."""
    return sum(MAX_FIRST + 1 if op is _c.CATEGORY and arg not in DIGITS else _size([(op, arg)]) for op, arg in characters)


DIGITS = (_c.CATEGORY_DIGIT, getattr(_c, "CATEGORY_UNI_DIGIT", _c.CATEGORY_DIGIT))


def _firsts(items: list, ignore: bool) -> tuple[list | None, bool]:
    """(the (case-insensitive, op, arg) items of which a match of `items` starts with one character,
    whether it may match nothing), or (None, False) when not known (any character, a negated set,
    a reference)."""
    out = []
    for op, arg in items:
        if op is _c.AT or op in BEHIND:  # (assertions either way: the match's first character is still what follows)
            continue
        if op is _c.SUBPATTERN:
            _, add, remove, body = arg
            inner, empty = _firsts(list(body), (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op is _c.BRANCH:
            inner, empty = [], False
            for branch in arg[1]:
                found, may = _firsts(list(branch), ignore)
                if found is None:
                    return None, False
                inner, empty = inner + found, empty or may
        elif op in REPEATS:
            inner, empty = _firsts(list(arg[2]), ignore)
            empty = empty or arg[0] == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner, empty = _firsts(list(arg), ignore)
        elif op is _c.LITERAL or (op is _c.IN and not any(o is _c.NEGATE for o, _ in arg)):
            inner, empty = [(ignore, op, arg)], False
        else:
            return None, False
        if inner is None:
            return None, False
        out += inner
        if not empty:
            return out, False
    return out, True


def _first_set(firsts: list, ascii_only: int) -> list | None:
    """The items of one set of the characters `firsts` stand for: those matched in any case made
    literal characters, each that `re` takes for one of them (`_case_closed`)."""
    exact, loose = [], []
    for ignore, op, arg in firsts:
        (loose if ignore else exact).extend([(op, arg)] if op is _c.LITERAL else list(arg))
    if loose:
        exact += [(_c.LITERAL, ord(c)) for c in _case_closed(tuple(loose), ascii_only)]
    return list(dict.fromkeys(exact)) or None


@lru_cache(maxsize=256)
def _case_closed(items: tuple, ascii_only: int) -> str:
    """Every character that `items` (a set's) match when case is ignored, as `re` reads them ("ſ" for
    "s", "K" the Kelvin sign for "k"): found by matching them against every code point."""
    state = _parser.State()
    one = _compiler.compile(_parser.SubPattern(state, [(_c.IN, list(items))]), re.IGNORECASE | (re.ASCII if ascii_only else 0))
    return "".join(one.findall(every_character()))


@lru_cache(maxsize=1)
def every_character() -> str:
    """Every code point but the surrogates, as one string: what a set of characters matches, found once."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


DEAD: list = []  # a start that cannot match after the text's first character
MAX_COPIES = 32  # starts copied into branches, at most, per pattern (each copies the rest)
ONE_CHARACTER = (_c.LITERAL, _c.IN)
MAX_SET = 10  # letters and classes a match may start with, at most, for a set of them to skip to (beyond, the
# branches tried at each of these places cost more than `re` trying the pattern everywhere: amounts in words)


class _Twin:
    def __init__(self, state, multiline: bool):
        self.state, self.multiline, self.from_one, self.copies = state, multiline, False, 0

    def start(self, items: list) -> list | None:
        """`items` with their start rewritten (see `_scan_twin`), DEAD, or None when unchanged."""
        lead = 0
        while lead < len(items) and _behind(items[lead]):
            lead += 1
        before, rest = items[:lead], items[lead:]
        if not rest:
            return None
        op, arg = rest[0]
        if op is _c.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2]:  # a bare (?:…)
            return self.start(before + list(arg[3]) + rest[1:])
        if op is _c.SUBPATTERN and not arg[1] and not arg[2]:  # a group: its start, assertions moved in
            moved = self.start(before + list(arg[3]))
            if moved is None or moved is DEAD:
                return moved
            return [(op, (arg[0], 0, 0, _parser.SubPattern(self.state, moved))), *rest[1:]]
        if op is _c.AT and (arg is _c.AT_BEGINNING_STRING or (arg is _c.AT_BEGINNING and not self.multiline)):
            self.from_one = True
            return DEAD
        if op is _c.AT and arg is _c.AT_BEGINNING:  # (?m)^: after a line end, from the second character
            self.from_one = True
            return self.start(before + [(_c.ASSERT, (-1, _parser.SubPattern(self.state, [(_c.LITERAL, 10)])))] + rest[1:])
        if op is _c.BRANCH:
            return self._branches(before, arg[1], rest[1:])
        if op is _c.MAX_REPEAT and arg[0] == 0 and arg[2].getwidth()[0] > 0 and self.copies < MAX_COPIES \
                and not _groups(items):  # X?Y → XY|Y, X{0,n}Y → X X{0,n-1}Y|Y: the longest first, as `re` tries
            self.copies += 1
            _, high, body = arg
            again = [] if high == 1 else [(op, (0, high if high == _c.MAXREPEAT else high - 1, body))]
            return self._branches(before, [list(body) + again + rest[1:], list(rest[1:])], [], changed=True)
        if op is _c.MAX_REPEAT and arg[0] >= 1 and len(arg[2]) == 1 and arg[2][0][0] in ONE_CHARACTER:
            low, high, body = arg  # C{2,} → C C{1,}
            again = [] if high == 1 else [(op, (low - 1, high if high == _c.MAXREPEAT else high - 1, body))]
            moved = self.start(before + [body[0]] + again + rest[1:])
            return before + [body[0]] + again + rest[1:] if moved is None else moved
        run = 0
        while run < len(rest) and rest[run][0] is _c.LITERAL:
            run += 1
        if not run and rest[0][0] is _c.IN:
            run = 1
        if not before or not run:
            return None
        ahead = rest[:run]
        behind = [(op, (-1, _parser.SubPattern(self.state, list(arg[1]) + ahead))) if op in BEHIND
                  else (_c.ASSERT, (-1, _parser.SubPattern(self.state, [(op, arg)] + ahead))) for op, arg in before]
        return ahead + behind + rest[run:]

    def _branches(self, before: list, branches: list, after: list, changed: bool = False) -> list | None:
        """`before(?:A|B)after` as `(?:A'|B')after`: the assertions hold where each branch starts;
        a branch that is itself branches (`A|(?:B|C)`) is spliced in, a dead one dropped."""
        out = []
        if after and self.copies < MAX_COPIES and not _groups(after) \
                and any(_parser.SubPattern(self.state, list(b)).getwidth()[0] == 0 for b in branches):
            self.copies += 1  # (?:^|x)y → ^y|xy: a branch that may match nothing starts with what follows
            branches, after, changed = [list(b) + after for b in branches], [], True
        for branch in branches:
            whole = before + list(branch)
            moved = self.start(whole)
            if moved is DEAD:
                changed = True
                continue
            changed = changed or moved is not None
            moved = whole if moved is None else moved
            if len(moved) == 1 and moved[0][0] is _c.BRANCH:
                out.extend(list(b) for b in moved[0][1][1])
            else:
                out.append(moved)
        if not out:
            return DEAD
        if not changed:
            return None
        if len(out) == 1:
            return out[0] + after
        return [(_c.BRANCH, (None, [_parser.SubPattern(self.state, b) for b in out])), *after]


def _stripped(state, items: list) -> list:
    """`items` with their groups made non-capturing."""
    out = []
    for op, arg in items:
        if op is _c.SUBPATTERN:
            arg = (None, arg[1], arg[2], _parser.SubPattern(state, _stripped(state, arg[3])))
        elif op is _c.BRANCH:
            arg = (None, [_parser.SubPattern(state, _stripped(state, b)) for b in arg[1]])
        elif op in REPEATS:
            arg = (arg[0], arg[1], _parser.SubPattern(state, _stripped(state, arg[2])))
        elif op in BEHIND:
            arg = (arg[0], _parser.SubPattern(state, _stripped(state, arg[1])))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            arg = _parser.SubPattern(state, _stripped(state, arg))
        out.append((op, arg))
    return out


def _one_set(twin: "_Twin", items: list) -> list:
    """`items`, or when `re` would not skip to them, one set of every character they can start
    with, then what must follow each: `[ab]x|cy` → `[abc](?:(?<=[ab])x|(?<=c)y)`."""
    if _fast(items):
        return items
    split = _split_first(twin, items)
    if split is None:
        return items
    characters = list(dict.fromkeys(split[0]))
    return items if _size(characters) > MAX_SET else [(_c.IN, characters), *split[1]]


def _size(characters: list) -> int:
    """How many letters and classes a set's items name, a range of small letters counting its letters (`[a-z]`:
    nearly every character of prose, where a twin would try its branches, slower than `re` trying the pattern)."""
    return sum(max(1, sum(chr(c).islower() for c in range(arg[0], arg[1] + 1))) if op is _c.RANGE else 1 for op, arg in characters)


def _split_first(twin: "_Twin", items: list) -> tuple[list, list] | None:
    """(the characters a match of `items` starts with, what must follow one of them: the check of
    the one read moved behind the letters after it, so that `re` still skips a branch on its
    first letter), or None when they are not known or nearly any (a negated set)."""
    if not items:
        return None
    op, arg = items[0]
    if op is _c.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2]:
        return _split_first(twin, list(arg[3]) + items[1:])
    if op is _c.LITERAL or (op is _c.IN and not any(o is _c.NEGATE for o, _ in arg)):
        after = [(_c.ASSERT, (-1, _parser.SubPattern(twin.state, [items[0]]))), *items[1:]]
        moved = twin.start(after)
        return [(op, arg)] if op is _c.LITERAL else list(arg), after if moved is None or moved is DEAD else moved
    if op is _c.BRANCH:
        characters, afters = [], []
        for branch in arg[1]:
            split = _split_first(twin, list(branch))
            if split is None:
                return None
            characters += split[0]
            afters.append(_parser.SubPattern(twin.state, split[1]))
        return characters, [(_c.BRANCH, (None, afters)), *items[1:]]
    return None


def _fast(items: list) -> bool:
    """Whether `re` skips through a text to where `items` can start."""
    op, arg = items[0]
    while op is _c.SUBPATTERN and len(arg[3]):  # (as `re` looks into a group for its start)
        op, arg = arg[3][0]
    if op in ONE_CHARACTER:
        return True
    return op is _c.BRANCH and all(len(b) and b[0][0] is _c.LITERAL for b in arg[1])


NARROW = 30  # a `capped` window at most this wide, on words of at least `SHORT` letters, costs less than a
# twin that stops at every white space, on a text of `LONG_TEXT` characters or more
LONG_TEXT = 1000


def _narrow(need: Need) -> bool:
    return all(len(s) >= SHORT and b - a <= NARROW for s, a, b in need)


def _space_first(items: list) -> bool:
    """Whether a match of `items` may start with a white-space character; False when not known."""
    for index, (op, arg) in enumerate(items):
        rest = items[index + 1:]
        if op is _c.AT or op in BEHIND:
            continue
        if op is _c.SUBPATTERN:
            return _space_first(list(arg[3]) + rest)
        if op is _c.BRANCH:
            return any(_space_first(list(branch) + rest) for branch in arg[1])
        if op in REPEATS:
            return _space_first(list(arg[2]) + rest) or (arg[0] == 0 and _space_first(rest))
        if op is _c.LITERAL:
            return chr(arg).isspace()
        return op is _c.IN and any((o is _c.LITERAL and chr(a).isspace()) or (o is _c.CATEGORY and a in SPACES) for o, a in arg)
    return False


def _behind(item) -> bool:
    """A word boundary, or a look-behind without groups."""
    op, arg = item
    if op is _c.AT:
        return arg in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)
    return op in BEHIND and arg[0] == -1 and not _groups(arg[1])


GROUPS = (_c.SUBPATTERN,)
REFERENCES = (_c.GROUPREF, _c.GROUPREF_EXISTS) + tuple(getattr(_c, n) for n in ("GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE") if hasattr(_c, n))


def _groups(items) -> bool:
    """Whether `items` hold a capturing group."""
    return _has(items, GROUPS)


def _has(items, ops) -> bool:
    """Whether `items` hold one of `ops` (a group: a capturing one), at any depth."""
    for op, arg in items:
        if op in ops and (op is not _c.SUBPATTERN or arg[0] is not None):
            return True
        for sub in (arg if isinstance(arg, (tuple, list)) else ()):
            if isinstance(sub, _parser.SubPattern) and _has(sub, ops):
                return True
            if isinstance(sub, list) and any(isinstance(b, _parser.SubPattern) and _has(b, ops) for b in sub):
                return True
    return False


def solid_width(compiled: re.Pattern) -> int | None:
    """The most characters other than white space that one match of `compiled` holds (a run of `\\s`
    or `[ \\t]` counts for none, however long), or None when unbounded or not known: a caller that
    knows where every match ends knows how far back one can start."""
    try:
        return _solid(list(_parser.parse(compiled.pattern, compiled.flags)))
    except INTERNAL_ERRORS:  # an internal API: never let it break a search
        return None


def solid_start(text: str, end: int, count: int, start: int = 0) -> int:
    """Where the `count`-th character other than white space back from `end` stands (`start` when there
    are fewer): a stretch of text that reaches `end` from before it and holds fewer than `count` of them
    (a match of at most `solid_width` such characters, for `count` one more) starts after it."""
    at = end
    while at > start:
        at -= 1
        if not text[at].isspace():
            count -= 1
            if not count:
                return at
    return start


def _solid(items: list) -> int | None:
    total = 0
    for op, arg in items:
        if op is _c.AT or op in BEHIND:  # (assertions, either way, hold no character)
            width = 0
        elif op is _c.SUBPATTERN:
            width = _solid(list(arg[3]))
        elif op is _c.BRANCH:
            widths = [_solid(list(branch)) for branch in arg[1]]
            width = None if None in widths else max(widths)
        elif op in REPEATS:
            low, high, body = arg
            inner = _solid(list(body))
            width = 0 if inner == 0 else None if inner is None or high == _c.MAXREPEAT else inner * high
        elif op in ONE_CHARACTER or op in (_c.NOT_LITERAL, _c.ANY):
            width = 0 if _space([(op, arg)]) else 1
        else:
            return None
        if width is None:
            return None
        total += width
    return total


# --- reading the parse tree ----------------------------------------------------------------------


SHORT = 4  # anchors this short ("m.", "mme", "dr") occur often: a rarer word of the pattern confirms them,
MANY = 8  # when there are this many (a list of civilities: one `str.find` each, on every search); a few
# short anchors ("en" in "en exercice") are found quicker than the rarer word's windows are made


def _confirm(tree, anchored: Need) -> Need | None:
    """`capped` anchors of words at least `RARE_LENGTH - 1` long, none of `anchored`'s: a match holds one of
    them too, so `anchored`'s places are tried only near them (a civility before "quitte la séance",
    "ne prend pas part au vote", "doyen d'âge"). None when the pattern has none."""
    confirm = _capped_anchors(tree)
    if not confirm or min(len(s) for s, _, _ in confirm) < RARE_LENGTH - 1 or {s for s, _, _ in confirm} & {s for s, _, _ in anchored}:
        return None
    return confirm


def _capped_anchors(tree) -> Need | None:
    """The best anchors of a pattern's parse tree with its unbounded runs of white space counted
    at most `CAP` long (None when still unbounded)."""
    try:
        _, anchored = _sequence(tree.state, _capped(tree.state, list(tree)), MAX_CAPPED_SPREAD, _capped_key)
    except INTERNAL_ERRORS:  # an internal API: never let it break a search
        return None
    return anchored if _usable(anchored) else None


def _capped(state, items: list) -> list:
    """`items` with each unbounded repeat of one white-space character repeated at most `CAP`
    times (to count distances with, never to match)."""
    out = []
    for op, arg in items:
        if op is _c.SUBPATTERN:
            arg = (*arg[:3], _parser.SubPattern(state, _capped(state, arg[3])))
        elif op is _c.BRANCH:
            arg = (arg[0], [_parser.SubPattern(state, _capped(state, b)) for b in arg[1]])
        elif op in REPEATS:
            low, high, body = arg
            high = max(low, CAP) if high == _c.MAXREPEAT and _space(body) else high
            arg = (low, high, _parser.SubPattern(state, _capped(state, body)))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            arg = _parser.SubPattern(state, _capped(state, arg))
        out.append((op, arg))
    return out


SPACES = (_c.CATEGORY_SPACE, getattr(_c, "CATEGORY_UNI_SPACE", _c.CATEGORY_SPACE))


def _space(body) -> bool:
    """Whether `body` is one character that only white space matches (`\\s`, `[ \\t]`, `\\n`)."""
    if len(body) != 1:
        return False
    op, arg = body[0]
    if op is _c.LITERAL:
        return chr(arg).isspace()
    return op is _c.IN and all((o is _c.LITERAL and chr(a).isspace()) or (o is _c.CATEGORY and a in SPACES) for o, a in arg)


def _long(need: Need | None) -> bool:
    return bool(need) and min(len(s) for s, _, _ in need) >= MIN_LENGTH


def _usable(need: Need | None) -> bool:
    """Long anchors, or anchors on characters of `RARE` (a legend's "P = présent", "T : titulaire")."""
    return bool(need) and all(len(s) >= MIN_LENGTH or s in RARE for s, _, _ in need)


def _shift(need: Need | None, low: int, high: int | None) -> Need | None:
    if need is None:
        return None
    return tuple((s, a + low, None if b is None or high is None else b + high) for s, a, b in need)


def _filter_key(need: Need):
    return (min(len(s) for s, _, _ in need), -len(need))


def _anchor_key(need: Need):
    return (_long(need), _usable(need), -max(b - a for _, a, b in need), min(len(s) for s, _, _ in need), -len(need))


RARE_LENGTH = 6  # a word this long is about as rare as a `RARE` character; shorter ones much less so


def _capped_key(need: Need):
    """`_anchor_key` for `capped` anchors, rarer words first: their windows are wide (up to
    `MAX_CAPPED_SPREAD`), so the places tried grow with how often an anchor occurs more than with
    its spread ("secretaire" rather than "est" for "… est nommé secrétaire")."""
    rarity = min(RARE_LENGTH if s in RARE else min(len(s), RARE_LENGTH) for s, _, _ in need)
    return (_long(need), _usable(need), rarity, -max(b - a for _, a, b in need), -len(need))


def _bounded(need: Need | None, spread: int = MAX_SPREAD) -> bool:
    return need is not None and all(b is not None and b - a <= spread for _, a, b in need)


def _best(a: Need | None, b: Need | None, key) -> Need | None:
    if a is None or b is None:
        return a or b
    return max((a, b), key=key)


MAX_SPELLINGS = 4  # a run of literal characters through small sets ("l['’]an") is at most this many strings


def _sequence(state, items: list, spread: int = MAX_SPREAD, key=_anchor_key) -> tuple[Need | None, Need | None]:
    """(best string set, best anchored string set) of items matched one after another: a run of
    literal characters (zero-width assertions do not interrupt it; a set of a few characters makes
    it as many strings: `l['’]an`, the apostrophe of every cue, is "l'an" or "l’an") or the best of
    one item, at the distances the items before it allow."""
    found = anchored = None
    low, high = 0, 0  # distance from the match start to the current item
    run, run_at = [], (0, 0)  # the strings the run of literal characters so far may be

    def close_run():
        nonlocal found, anchored, run
        if run:
            need = tuple((spelling, run_at[0], run_at[1]) for spelling in sorted(set(run)))
            found = _best(found, need, _filter_key)
            anchored = _best(anchored, need if _bounded(need, spread) else None, key)
            run = []

    for op, arg in items:
        characters = [chr(arg)] if op is _c.LITERAL else _few(op, arg)
        if characters and len(run or [""]) * len(characters) <= MAX_SPELLINGS:
            if not run:
                run, run_at = [""], (low, high)
            run = [spelling + character for spelling in run for character in characters]
        elif op is _c.AT:
            continue  # "\b", "^": consume nothing, the literals around them are adjacent
        else:
            close_run()
            if op not in (_c.ASSERT, _c.ASSERT_NOT):  # a lookaround's text is not part of the match
                inner, inner_anchored = _item(state, op, arg, spread, key)
                found = _best(found, _shift(inner, low, high), _filter_key)
                shifted = _shift(inner_anchored, low, high)
                anchored = _best(anchored, shifted if _bounded(shifted, spread) else None, key)
        item_low, item_high = _parser.SubPattern(state, [(op, arg)]).getwidth()
        low += item_low
        high = None if high is None or item_high >= _c.MAXREPEAT else high + item_high
    close_run()
    return found, anchored


def _few(op, arg) -> list[str] | None:
    """The characters of a set of a few literal ones (`['’]`, `[ée]`), or None."""
    if op is _c.IN and 0 < len(arg) <= MAX_SPELLINGS and all(o is _c.LITERAL for o, _ in arg):
        return [chr(a) for _, a in arg]
    return None


def _item(state, op, arg, spread: int = MAX_SPREAD, key=_anchor_key) -> tuple[Need | None, Need | None]:
    if op is _c.SUBPATTERN:
        _, add_flags, _, body = arg
        return (None, None) if add_flags & re.IGNORECASE else _sequence(state, list(body), spread, key)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, body = arg
        return _sequence(state, list(body), spread, key) if low >= 1 else (None, None)  # in the first repetition
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(state, list(arg), spread, key)
    if op is _c.BRANCH:
        branches = [_sequence(state, list(branch), spread, key) for branch in arg[1]]
        found = None if any(f is None for f, _ in branches) else tuple(sorted({n for f, _ in branches for n in f}, key=str))
        anchored = None if any(a is None for _, a in branches) else tuple(sorted({n for _, a in branches for n in a}, key=str))
        return found, anchored
    if op is _c.IN and 0 < len(arg) <= 3 and all(o is _c.LITERAL and chr(a) in RARE for o, a in arg):
        need = tuple((chr(a), 0, 0) for _, a in arg)  # `[:=]`: one of these characters
        return need, need
    return None, None
