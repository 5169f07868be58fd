"""ACTES identifiers in a text, and the checks on SIREN and SIRET numbers.

An act sent to the préfecture through ACTES is stamped with an identifier (format and natures in
`ingest/reference/actes.yaml`):

    073-217300656-20240314-DEL2024_037-DE
    → département "073", SIREN "217300656", date 2024-03-14, number "DEL2024_037", nature "DE"

The stamp repeats on every page, and OCR damages it ("2O24O314", spaces around the dashes):
`find_actes` gives each identifier once, with every passage where it is written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

import yaml
from rapidfuzz.distance import Levenshtein

from civicgraph.paths import data_dir
from civicgraph.text import literals


@cache
def natures() -> dict[str, dict[str, str]]:
    """Nature code → {"fr": label, "en": label} ("DE" → délibération)."""
    path = data_dir("ingest") / "reference" / "actes.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["natures"]


def luhn_valid(digits: str) -> bool:
    """The Luhn check (ISO/IEC 7812), which SIREN and SIRET numbers satisfy."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def siren_valid(siren: str) -> bool:
    """Nine digits passing the Luhn check (INSEE, Sirene register)."""
    return len(siren) == 9 and luhn_valid(siren)


LA_POSTE = "356000000"


def siret_valid(siret: str) -> bool:
    """Fourteen digits passing the Luhn check, or for La Poste (SIREN 356000000), whose
    establishments outnumber the Luhn keys, digits summing to a multiple of 5 (INSEE, Sirene)."""
    siret = _digits(siret)
    if len(siret) != 14 or not siret.isdigit():
        return False
    return luhn_valid(siret) or (siret.startswith(LA_POSTE) and sum(map(int, siret)) % 5 == 0)


def siren_from_siret(siret: str) -> str:
    """The SIREN of an establishment: the first nine digits of its SIRET ("216 301 135 00010" →
    "216301135"). Raises ValueError unless the SIRET is 14 digits (spaces and dots allowed); its key
    is not checked here (`siret_valid`)."""
    digits = _digits(siret)
    if len(digits) != 14 or not digits.isdigit() or not digits.isascii():
        raise ValueError(f"a SIRET is 14 digits, not {siret!r}")
    return digits[:9]


def _digits(text: str) -> str:
    return re.sub(r"[\s.\u00a0\u202f]", "", text)


@dataclass(frozen=True)
class ActesId:
    """One ACTES identifier of a text.

    identifier: as ACTES writes it, OCR confusions in its figures repaired ("O" → "0").
    departement: the three characters ("073", "02A"); date: None when its eight figures are no
    date; spans: (start, end) character offsets of each passage that writes it, in text order;
    problems: what does not check out ("SIREN 217300657 fails the Luhn check"), empty when all does.
    """

    identifier: str
    departement: str
    siren: str
    date: dt.date | None
    number: str
    nature: str
    spans: tuple[tuple[int, int], ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def siren_valid(self) -> bool:
        return siren_valid(self.siren)

    @property
    def nature_label(self) -> str:
        """The nature in French ("délibération")."""
        return natures()[self.nature]["fr"]


# Figures as OCR may read them: O for 0, I or l for 1.
_FIGURE = "[0-9OoIl]"
_DASH = r"\s*[-‐‑–—]\s*"
ACTES = re.compile(
    rf"(?<![\w-])(?P<departement>{_FIGURE}{{3}}|[0O]2[AB]){_DASH}(?P<siren>{_FIGURE}{{9}}){_DASH}"
    rf"(?P<date>{_FIGURE}{{8}}){_DASH}(?P<number>[A-Za-z0-9_]{{1,30}}){_DASH}(?P<nature>[A-Z]{{2}})(?![\w-])"
)
FIGURES = str.maketrans("OoIl", "0011")


def parse_actes(text: str) -> ActesId | None:
    """The identifier `text` is (surrounding spaces allowed), or None if it is not one; its span
    is in `text`."""
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    found = ACTES.fullmatch(text, start, max(start, end))
    return _read(found) if found else None


def _read(found: re.Match) -> ActesId | None:
    if found.group("nature") not in natures():
        return None
    departement = found.group("departement").upper().replace("O", "0").translate(FIGURES)
    siren = found.group("siren").translate(FIGURES)
    figures = found.group("date").translate(FIGURES)
    number, nature = found.group("number"), found.group("nature")
    problems = []
    if not siren_valid(siren):
        problems.append(f"SIREN {siren} fails the Luhn check")
    try:
        date = dt.date(int(figures[:4]), int(figures[4:6]), int(figures[6:]))
    except ValueError:
        date = None
        problems.append(f"{figures} is not a date")
    identifier = "-".join((departement, siren, figures, number, nature))
    return ActesId(identifier, departement, siren, date, number, nature, ((found.start(), found.end()),), tuple(problems))


def _fold(identifier: str) -> str:
    """An identifier as OCR cannot tell it apart: case, O/0, I/l/1 set aside."""
    return identifier.upper().replace("O", "0").replace("I", "1").replace("L", "1")


def find_actes(text: str) -> list[ActesId]:
    """Each ACTES identifier of `text` once, in order of first appearance, with all its spans.

    Passages equal once OCR confusions are set aside are one identifier. A passage that fails a
    check (Luhn, date) and is within two characters of exactly one sound identifier of the text is
    a damaged copy of it: its span joins that identifier, its problems are dropped. Otherwise it
    stays, with its problems.
    """
    groups: dict[str, list[ActesId]] = {}
    for found in literals.finditer(ACTES, text, 0, len(text)):  # (its look-behind start: scanned through its twin)
        read = _read(found)
        if read is not None:
            groups.setdefault(_fold(read.identifier), []).append(read)
    merged = {key: _merge(reads) for key, reads in groups.items()}
    sound = [key for key, actes in merged.items() if not actes.problems]
    for key, actes in list(merged.items()):
        if actes.problems:
            near = [other for other in sound if Levenshtein.distance(key, other, score_cutoff=2) <= 2]
            if len(near) == 1:
                target = merged[near[0]]
                merged[near[0]] = _with_spans(target, target.spans + actes.spans)
                del merged[key]
    return sorted(merged.values(), key=lambda actes: actes.spans[0])


def _merge(reads: list[ActesId]) -> ActesId:
    """One identifier from its passages: the first sound reading, all their spans."""
    best = next((read for read in reads if not read.problems), reads[0])
    return _with_spans(best, tuple(span for read in reads for span in read.spans))


def _with_spans(actes: ActesId, spans: tuple[tuple[int, int], ...]) -> ActesId:
    return ActesId(actes.identifier, actes.departement, actes.siren, actes.date, actes.number, actes.nature,
                   tuple(sorted(set(spans))), actes.problems)
