"""Acronyms and the names they stand for: "AAV" for "Association des Amis du Val (AAV)", "CDVB du Val-Brun"
(an acronym and the place it serves), and where a text spells an acronym out ("COMITÉ DES SPORTS DU VAL-BRUN
(CSVB)"). Initials are the capitalised words' first letters, the particles and elisions left out."""

from __future__ import annotations

import re

from civicgraph.text.spans import fold

# "CDVB du Val-Brun", "CDVB 27", "CROS Haut-Val" (a place's one name after it)
OPENING = re.compile(r"([A-ZÉ&]{2,12})(?:$|\s+(?:\d{1,3}|2[AB])$|\s+(?:de|du|des|d['’])\s|\s+[A-ZÉ][a-zéèêëàâîïôöûüç'’]+(?:-[A-Za-zéèêëàâîïôöûüç'’]+)*$)")
IN_BRACKETS = re.compile(r"\(([A-ZÉ][A-Za-zÉ&]{1,11})(?:\)|\s+[-–]\s)")  # "… (AAV)", "… (AAV - Territoires du Val)"
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w-]*")
ELISION = re.compile(r"\b[dlDL]['’]")  # ("d'Information", "D'INFORMATION")
PARTICLES = {"de", "du", "des", "la", "le", "les", "et", "en", "sur", "pour", "aux", "au", "à"}
WORD = re.compile(r"[^\W\d_][\w'’-]*")
MOST_WORDS = 12  # an acronym's name is no longer


def acronyms(name: str) -> set[str]:
    """"AAV" for "Association des Amis du Val (AAV)", for "AAV" and for "AAV du Val-Brun"."""
    opening = OPENING.match(name.strip())
    return set(IN_BRACKETS.findall(name)) | ({opening[1]} if opening else set())


def initials(name: str) -> str:
    """The first letters of `name`'s capitalised words, elisions dropped: "Association des Bâtisseurs du
    Val-Brun" → "ABV"."""
    return "".join(w[0] for w in CAPITALISED.findall(ELISION.sub("", name)))


def spells(short: str, full: str) -> bool:
    """Whether an acronym of `short` (three letters at least) is the initials `full` opens with, of its capitalised words
    ("ABV du Val-Brun" and "Association des Bâtisseurs du Val-Brun") or of all its words but particles ("FNCV" and
    "Fédération nationale des communes du Val")."""
    openings = (fold(initials(full)).upper(), fold("".join(w[0] for w in _counted(WORD.findall(full)))).upper())  # ("Pôle d'Équilibre …": PETR)
    return any(len(acronym) >= 3 and any(o.startswith(fold(acronym).upper()) for o in openings) for acronym in acronyms(short))


def _counted(words: list[str]) -> list[str]:
    """The words an acronym's letters stand for: all but particles, elisions dropped."""
    return [bare for w in words if (bare := ELISION.sub("", w)) and bare.lower() not in PARTICLES]


def spelled_out(raw: str, acronym: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where `raw[start:end]` writes in full the name `acronym` stands for, just before the acronym in
    brackets ("Comité départemental des sports du Val-Brun (CDS 27)", capitals or not): the fewest words
    before the bracket, every word but particles counted in the initials, a place after them ("du Val-Brun") allowed. (start, end) of the name, or None."""
    written, acronym = acronym, fold(acronym).upper()
    for bracket in re.finditer(rf"\(\s*{re.escape(written)}\b", raw[:end], re.IGNORECASE):
        if bracket.start() < start:
            continue
        words = list(WORD.finditer(raw, max(start, bracket.start() - 200), bracket.start()))[-MOST_WORDS:]
        if words and raw[words[-1].end():bracket.start()].strip():
            continue  # "… 2026 (CDS)": the bracket does not follow a name
        for first in reversed(range(len(words))):  # (the shortest name that spells it)
            counted = _counted([w.group() for w in words[first:]])
            letters = _letters(counted)
            if letters.startswith(acronym) and (letters == acronym or _place_after(counted[len(acronym):])):
                return words[first].start(), words[-1].end()
    return None


def spelled_above(raw: str, acronym: str, at: int) -> tuple[int, int] | None:
    """Where the line next above the one holding `at` writes in full the name `acronym` stands for, a letterhead's name
    over its acronym ("AGENCE DÉPARTEMENTALE D'INFORMATION SUR LE LOGEMENT DU VAL⏎ADIL 27 – Association …"): every word
    but particles counted, a place after them allowed. (start, end) of the name, or None."""
    line_start = raw.rfind("\n", 0, at) + 1
    if line_start == 0:
        return None
    above = raw.rfind("\n", 0, line_start - 1) + 1
    words = list(WORD.finditer(raw, above, line_start - 1))
    counted = _counted([w.group() for w in words])
    letters, acronym = _letters(counted), fold(acronym).upper()
    if len(acronym) < 3 or not letters.startswith(acronym) or not (letters == acronym or _place_after(counted[len(acronym):])):
        return None
    return words[0].start(), words[-1].end()


def _letters(words: list[str]) -> str:
    """The words' first letters in capitals without accents ("Élus Santé" → "ES": an acronym drops them)."""
    return fold("".join(w[0] for w in words)).upper()


def _place_after(words: list[str]) -> bool:
    """Whether the words left after an acronym's letters are a place's name: capitalised ("Haute-Saône")."""
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)
