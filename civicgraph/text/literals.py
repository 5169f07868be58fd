"""The literal text every match of a regular expression must contain, so that a search can be skipped
when the text lacks it: Python's `re` scans a whole text for a pattern that starts with `\\b` or a
lookbehind (most cues do), while `str.find` skips through it in C many times faster.

`required(pattern)` is a set of strings of which every match contains at least one ("vote" for
`\\bpas\\s+de\\s+vote\\b|\\bsans\\s+vote\\b`; {"pas", "sans"} would also do, "vote" is chosen as the
longest), or None when no string of at least `MIN_LENGTH` characters is required (then always search).
Read from the pattern's parse tree (`re._parser`); conservative: a case-insensitive pattern or part,
or any construct not understood, requires nothing."""

from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _constants as _c, _parser
except ImportError:  # Python < 3.11
    import sre_constants as _c
    import sre_parse as _parser

MIN_LENGTH = 3  # shorter strings are in nearly every text: checking them would only cost time


@lru_cache(maxsize=4096)
def required(compiled: re.Pattern) -> frozenset[str] | None:
    """Strings one of which is in every match of `compiled` (see the module), or None."""
    if compiled.flags & re.IGNORECASE or not isinstance(compiled.pattern, str):
        return None
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags)
    except Exception:  # an internal API: never let it break a search
        return None
    found = _sequence(list(tree))
    return found if found and min(map(len, found)) >= MIN_LENGTH else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective requirement: the longer shortest string, then fewer alternatives."""
    if a is None or b is None:
        return a or b
    return max((a, b), key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: list) -> frozenset[str] | None:
    """The best requirement of items matched one after another: a run of literal characters
    (zero-width assertions do not interrupt it), or the best requirement of one item."""
    best, run = None, []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if op is _c.AT:
            continue  # "\b", "^": consume nothing, the literals around them are adjacent
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op not in (_c.ASSERT, _c.ASSERT_NOT):  # a lookaround's text is not part of the match
            best = _better(best, _item(op, arg))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op, arg) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        _, add_flags, _, body = arg
        return None if add_flags & re.IGNORECASE else _sequence(list(body))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, body = arg
        return _sequence(list(body)) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    if op is _c.BRANCH:
        alternatives = [_sequence(list(branch)) for branch in arg[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)
    return None
