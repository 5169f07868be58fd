"""The offices members hold ("2e adjoint", "Premier Vice-Président", "conseillère déléguée"), from
`ingest/genre/fr/offices.yaml`: one list for every reader that meets an office after a name, as a
roll call's item or as a proxy's holder."""

from __future__ import annotations

import re
from functools import cache

import yaml

from civicgraph.paths import data_dir
from civicgraph.text.spans import as_written, fold


@cache
def _data() -> dict:
    with open(data_dir("ingest") / "genre" / "fr" / "offices.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def _words(key: str) -> list[str]:
    return sorted({fold(w) for w in _data()[key]}, key=lambda w: (-len(w), w))  # longest first: "présidente" before "président"


@cache
def ordinals() -> dict[str, int]:
    """Ordinals in words, folded ("premiere"), and their figures."""
    return {fold(word): figure for word, figure in _data()["ordinals"].items()}


@cache
def alternation(folded: bool = False, key: str = "words") -> str:
    """One regular expression (a group, no capture) for an office at a word's start: an ordinal
    ("1er", "2e", "Premier"), "vice-", the office ("adjointe", "Conseillère"), at a word's end; on
    folded text if `folded`, else on text as printed (any case, accents or not); `key` "ranked" for
    the offices one member holds."""
    write = re.escape if folded else as_written
    ordinal = "|".join(write(w) for w in sorted(ordinals(), key=lambda w: (-len(w), w)))
    office = "|".join(write(w) for w in _words(key))
    suffix = "|".join(write(s) for s in ("eme", "ere", "er", "re", "e"))
    return rf"(?i:(?:\d+\s*(?:{suffix})\s+|(?:{ordinal})\s+)?(?:vice-)?(?:{office})\b)"


def with_offices(regex: str, folded: bool = False) -> str:
    """`regex` with "{office}" replaced by `alternation(folded)`, "{ranked_office}" by the ranked ones'."""
    if "office}" not in regex:
        return regex
    return regex.replace("{office}", alternation(folded)).replace("{ranked_office}", alternation(folded, "ranked"))


@cache
def chair(folded: bool = False) -> str:
    """The chair's own offices ("maire", "présidente"), a group with no capture."""
    write = re.escape if folded else as_written
    return "(?i:" + "|".join(write(w) for w in _words("chair")) + r")\b"


@cache
def own_body_suffixes() -> tuple[str, ...]:
    """The words after an office that make it the body's own ("de l'association", "du conseil"), folded:
    "Directeur de l'Association" holds the office "le Directeur" names."""
    return tuple(" " + " ".join(fold(b).split()) for b in _data()["own_body"])


def own_chair() -> re.Pattern:
    """A chair's role that is the body's own chair: "Président", "présidente de l'association", "Président du
    conseil d'administration", "Président de l'Assemblée du Val-Brun", its body's name after it (not "président de la
    commission des finances"); on text as printed."""
    bodies = "|".join(as_written(b).replace(r"\ ", r"\s+") for b in sorted((fold(b) for b in _data()["own_body"]), key=len, reverse=True))
    return re.compile(rf"(?i){chair()}(?:\s+(?:{bodies})(?:\s+(?:de|du|des|d['’])\s*(?-i:[A-ZÉÈ])[^,;()]{{1,40}})?)?")
