"""French presentation of values for the site: dates ("7 mai 2021 à 17 h"), numbers ("5 000,50"),
booleans in words, "non renseigné" for what the documents do not say, and French collation.

Rules follow the Imprimerie nationale's *Lexique des règles typographiques*: a narrow no-break space
groups thousands, a comma marks decimals, "1er" for the first day of a month, hours as "17 h 30".
Collation is the Unicode Collation Algorithm (pyuca, DUCET), which orders "Éric" with "Eric" and
ignores case, as French dictionaries do. Its keys are kept between builds (`remember`, `known`):
pyuca computes about 10,000 a second, and a site has one to three per resource.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib.metadata import version

import pyoxigraph as ox
import pyuca

UNKNOWN = "non renseigné"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger", "positiveInteger")}
_THIN = "\u202f"

_collator = pyuca.Collator()
# what a key is a function of besides its text: a stored key of another collation is never read back
COLLATION = f"pyuca {version('pyuca')} UCA {_collator.UCA_VERSION} Unicode {unicodedata.unidata_version}, 16-bit big-endian"
_remembered: dict[str, bytes] = {}  # keys of an earlier build (`remember`)


def collation_key(text: str) -> bytes:
    """A sort key that orders French text as a dictionary does (accents and case secondary): the
    UCA key's weights (each under 2^16) as 16-bit big-endian units, which compare as the weights do
    in a quarter of a tuple's memory."""
    key = _remembered.get(text)
    return key if key is not None else _computed(text)


@lru_cache(maxsize=65536)
def _computed(text: str) -> bytes:
    weights = _collator.sort_key(text)
    return struct.pack(f">{len(weights)}H", *weights)


def remember(keys: dict[str, bytes]) -> None:
    """Take keys made by `collation_key` in an earlier process (`known`), for the same COLLATION."""
    _remembered.update(keys)


def known(texts) -> dict[str, bytes]:
    """The keys of `texts`, sorted by text: what to keep for the next build."""
    return {text: collation_key(text) for text in sorted(set(texts))}


def person_key(family: str | None, given: str | None, label: str) -> tuple:
    """Persons sort by family name, then given name; a person without them by their label."""
    return (collation_key(family or label), collation_key(given or ""), collation_key(label))


def number(value: str | int | float | Decimal) -> str:
    """'5000' → '5 000', '1234.5' → '1 234,5' (narrow no-break space); text that is no number is
    returned unchanged."""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    grouped = re.sub(r"(?<=\d)(?=(\d{3})+$)", _THIN, whole)
    return sign + grouped + ("," + fraction if fraction else "")


def date(value: str) -> str:
    """An xsd:date or xsd:dateTime in words: '2021-05-07T17:00:00' → '7 mai 2021 à 17 h',
    '2021-05-07T17:30:00' → '7 mai 2021 à 17 h 30', '2021-05-01' → '1er mai 2021'. A value of
    another shape is returned unchanged."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:\d{2})?", value)
    if not match:
        return value
    year, month, day, hour, minute = match.groups()
    if not 1 <= int(month) <= 12:
        return value
    text = f"{'1er' if int(day) == 1 else int(day)} {MONTHS[int(month) - 1]} {year}"
    return text + (" à " + time(f"{hour}:{minute}") if hour else "")


_ISO_IN_TEXT = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?(?![\w-])")


def dates_in(text: str) -> str:
    """Text whose ISO dates are put in words, as in a label minted from a date:
    'séance du 2021-05-07' → 'séance du 7 mai 2021'."""
    return _ISO_IN_TEXT.sub(lambda m: date(m.group(0)), text)


def time(value: str) -> str:
    """'17:00' or '17:00:00' → '17 h', '09:05' → '9 h 05'."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", value)
    if not match:
        return value
    hour, minute = int(match.group(1)), match.group(2)
    return f"{hour} h" + (f" {minute}" if minute != "00" else "")


def boolean(value: str) -> str:
    return {"true": "oui", "1": "oui", "false": "non", "0": "non"}.get(value, value)


def literal(value: ox.Literal) -> str:
    """A literal of the graph as a French reader reads it, by its datatype."""
    datatype = value.datatype.value if value.datatype else ""
    if datatype in (XSD + "date", XSD + "dateTime"):
        return date(value.value)
    if datatype == XSD + "time":
        return time(value.value)
    if datatype == XSD + "gYear":
        return value.value
    if datatype in _NUMERIC:
        return number(value.value)
    if datatype == XSD + "boolean":
        return boolean(value.value)
    return value.value


def amount(value: str | None, currency: str | None) -> str:
    """A fee: '5000', 'EUR' → '5 000 €'; unknown → 'non renseigné'."""
    if value is None:
        return UNKNOWN
    symbol = {"EUR": "€", "€": "€", "euros": "€"}.get(currency or "", currency or "")
    return f"{number(value)}\u00a0{symbol}".strip()
