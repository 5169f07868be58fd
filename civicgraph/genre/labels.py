"""The names a body goes by besides the one its author's reading gives (`civicgraph.genre.author`): the body the
séance formula names between its organ and its verb, a letterhead's brands, the opening's other labels of the same
official body. Each is recorded as a `nomAlternatif`, for search; the formula's name is the body's own only where no
heading named the body, or the heading's name was cut at a line's end or was a weak brand the formula's holds."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from civicgraph import territories
from civicgraph.facts import Span
from civicgraph.genre.author import (HEADING_CELL, HEADING_LINES, PARTICLES, Body, Organ, bodies, divisions_of, end_of_lines,
                                     french_title, kind_of)
from civicgraph.genre.cues import Text, cues, fold_piece, pattern
from civicgraph.organisations import DEPARTEMENT_NUMBER, DIVISION_KINDS, guess_kind
from civicgraph.text.acronyms import OPENING, spelled_above, spelled_out, spells


def formula_name(text: Text, limit: int = 3000) -> tuple[str, Span] | None:
    """The meeting body's name the séance formula writes between its organ and its verb (`organs.yaml`
    formula: "le Bureau communautaire de Douaisis Agglo, convoqué le …" → "Douaisis Agglo", "le Conseil
    communautaire de Golfe du Morbihan – Vannes⏎agglomération, s'est réuni"), across a line's end, a dash
    and "&", which end a heading's name; (name, passage), or None when no formula names a body."""
    spec = cues("organs")["formula"]
    for verb in text.finditer(pattern(spec["verb"]), 0, min(limit, len(text))):
        organs = list(text.finditer(pattern(spec["organ"]), max(0, verb.start() - FORMULA_NAME), verb.start()))
        if not organs:
            continue
        start = organs[-1].end()
        if _organ_runs_on(text, organs[-1].start(), start):
            continue  # "le Conseil de District s'est réuni": the organ's own name
        article = LEADING_ARTICLE.match(text.raw, start)
        start = article.end() if article else start
        written = text.raw[start:verb.start()]
        if _formula_words(written, spec["name_words"]):
            return " ".join(written.split()), Span(start, verb.start())
    return None


def with_formula_name(speaker: Body | None, meeting_organ: Organ, formula: tuple[str, Span]) -> tuple[Body | None, list[tuple[str, Span]]]:
    """The author as the séance formula's name (`formula_name`) completes it, and the names it goes by:
    the formula's body when no heading named one of the organ's kind (its kind the official division's it names, else its
    name's, else its organ's); the formula's fuller name when the author was read from the same passage
    cut at a line's end, or was a weak brand the formula's name holds ("Vannes Agglomération" in "Golfe du
    Morbihan – Vannes agglomération"); else the formula's name as one the body goes by ("Douaisis Agglo"
    for the Communauté d'agglomération du Douaisis), unless it names a body by its kind or is the author's
    own name misspelt (OCR's "Cornmune de Sada")."""
    name, span = formula
    if speaker is None or speaker.kind not in meeting_organ.kinds:  # (a member body the roll call names is not who meets: "le Comité syndical du SYDETOM 66")
        return Body(name, _formula_kind(name, meeting_organ), span, name), []
    written, said = _echo_key(speaker.name), _echo_key(name)
    if said in written:
        return speaker, []
    if written in said and (speaker.weak or speaker.span.start == span.start):
        return Body(name, speaker.kind, span, name), []
    return speaker, [(name, span)] if _a_brand(name) and not _misspelt(name, speaker.name) else []


def with_name_spelled_out(text: Text, speaker: Body, limit: int = 3000) -> tuple[Body, list[tuple[str, Span]]]:
    """The author by its name in full where it was read by its acronym and the opening spells the acronym
    out ("le conseil d'administration du CDVB du Val-Brun" and "COMITÉ DES SPORTS DU VAL-BRUN (CDVB)", or its letterhead's
    name over it: `acronyms.spelled_above`),
    the acronym's name kept as one it goes by; else the author as read, no alias."""
    opening = OPENING.match(speaker.name)
    found = (spelled_out(text.raw, opening[1], 0, min(limit, len(text))) or spelled_above(text.raw, opening[1], speaker.span.start)) if opening else None
    if found is None:
        kind_spelled = _kind_spelled_out(text, speaker, limit) if opening else None
        return (kind_spelled, [(speaker.name, speaker.span)]) if kind_spelled else (speaker, [])
    written = text.raw[found[0]:found[1]]
    name = " ".join((french_title(written) if written.isupper() else written).split())
    return Body(name, speaker.kind, Span(*found), written), [(speaker.name, speaker.span)]


def _kind_spelled_out(text: Text, speaker: Body, limit: int) -> Body | None:
    """The body of the author's kind another heading names with the author's kind acronym spelled out, the rest of the
    name alike ("PETR du Val-Brun", a running header's, and "PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL DU VAL-BRUN"; "SICTOM
    Val" and "Syndicat intercommunal de collecte et de traitement des ordures ménagères Val"), else None."""
    rest = speaker.name.partition(" ")[2]
    return next((other for other in bodies(text, limit) if other.kind == speaker.kind and other.name != speaker.name
                 and fold_piece(other.name).endswith(fold_piece(rest)) and spells(speaker.name, other.name)), None)


def _misspelt(name: str, own: str) -> bool:
    """Whether `name` is `own` misspelt (OCR's "Cornmune de Sada" for "Commune de SADA"): close letter for
    letter, or the same after their first words (a kind's word misread, or another: "Ville de Sainte-Anne")."""
    folded, folded_own = fold_piece(name), fold_piece(own)
    return fuzz.ratio(folded, folded_own) >= SPELLING or folded.split()[1:] == folded_own.split()[1:]


SPELLING = 85  # a name this close to the author's (rapidfuzz ratio, 0–100) is the author's, misspelt


def _formula_kind(name: str, meeting_organ: Organ) -> str:
    """The kind of a body only the séance formula names: an official division's of the organ's kinds
    ("Lamballe Terre & Mer": an EPCI), else its name's, else its organ's when it has one alone."""
    for division in divisions_of(meeting_organ):
        found = territories.match(name, division)
        if found and found.reason != "fuzzy":
            return kind_of(found.territory)
    guessed = guess_kind(name)
    return guessed if guessed in meeting_organ.kinds else meeting_organ.kinds[0] if len(meeting_organ.kinds) == 1 else "Organisation"


def _organ_runs_on(text: Text, at: int, end: int) -> bool:
    """Whether an organ's name (`organs.yaml` organs) starts at `at` and runs past `end`."""
    return any((named := text.at(pattern(spec["cue"]), at)) and named.end() > end for spec in cues("organs")["organs"])


FORMULA_NAME = 120  # characters: the longest name a formula writes between its organ and its verb
LEADING_ARTICLE = re.compile(r"(?:(?:la|le|les)\s+|l['’]\s*)(?=[A-ZÀ-Þ])")  # "de la Communauté urbaine …"


def _formula_words(written: str, kind_words: str) -> bool:
    """Whether the words between a formula's organ and its verb are a proper name: capitalised but
    for particles and the kind's own words ("Communauté urbaine Grand Paris Seine & Oise"), at most
    twelve, no figure (but a département's number closing it: "SYDETOM 66") or punctuation of a sentence; not "cette commune"."""
    words = NUMBER_AFTER.sub("", written.strip()).split()
    if not 1 <= len(words) <= 12 or not words[0][:1].isupper() or re.search(r"[\d,;:()«»\"]", " ".join(words)):
        return False
    small = re.compile(rf"(?:[dl]['’])?(?:{kind_words})")
    return all(w[:1].isupper() or w in ("&", "–", "—", "-") or w.lower().strip("'’") in PARTICLES
               or small.fullmatch(fold_piece(w)) for w in words)


NUMBER_AFTER = re.compile(rf"\s{DEPARTEMENT_NUMBER}$")  # "SYDETOM 66", "SDIS 2A": a body named with its département's number


BRAND_LINE = 60  # characters: a letterhead's brand or acronym is short
BRAND_LINES = 2  # the letterhead's lines above the body's name that may be its brand


def brands_above(text: Text, body: Body) -> list[tuple[str, Span]]:
    """The letterhead's lines that open the text above the line the body's name opens, each one the text
    names the body by again ("SYVALBRUN⏎Syndicat de valorisation des déchets du Val-Brun … Le Comité
    syndical du SYVALBRUN, convoqué …"): the names the body calls itself by, with their passages.
    The line right over the name, in capitals, is one even when the text does not repeat it ("VAL DE LOIRE NUMÉRIQUE⏎Syndicat
    mixte ouvert pour …"), unless it is a letterhead's République or a genre's title (`organs.yaml` letterhead_beside). Another
    line the text does not repeat, or one that names a body of a kind or a division (`_a_division`), is none."""
    line_start = text.raw.rfind("\n", 0, body.span.start) + 1
    if line_start == 0 or text.raw[line_start:body.span.start].strip():
        return []
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text.raw[:line_start])]
    if not 1 <= len(lines) <= BRAND_LINES:
        return []
    rest = _echo_key(text.raw[body.span.end:body.span.end + 3000])
    beside = pattern(cues("organs")["letterhead_beside"]["cue"])
    found = []
    for index, line in enumerate(lines):
        brand = line.group().strip()
        key = _echo_key(brand)
        above = index == len(lines) - 1 and brand.isupper() and not beside.search(fold_piece(brand))  # right over the name, in capitals
        if len(brand) <= BRAND_LINE and len(key) >= 4 and (key in rest or above) and not _a_division(brand):
            at = line.start() + line.group().index(brand)
            found.append((brand, Span(at, at + len(brand))))
    return found


def names_gone_by(text: Text, speaker: Body, formula_aliases: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Every name the author goes by besides its own, each once (letters and figures compared): the
    letterhead's brands above its name (`brands_above`), the séance formula's (`with_formula_name`), the
    opening's other labels of the same official body (`other_labels`). (name, passage) pairs."""
    found, keys = [], {_echo_key(speaker.name)}
    for name, span in [*brands_above(text, speaker), *formula_aliases, *other_labels(text, speaker)]:
        if _echo_key(name) not in keys:
            found.append((name, span))
            keys.add(_echo_key(name))
    return found


def other_labels(text: Text, speaker: Body, limit: int = 3000) -> list[tuple[str, Span]]:
    """The labels the opening gives the author's official body besides its name: a letterhead's cell
    ("GRAND PARIS SEINE & OISE" over "Communauté urbaine – Yvelines") or a body of its kind the opening
    names by a brand ("Val Parisis Agglomération" in a site's banner) that the official divisions
    (`territories`, exact or normalised) resolve to the collectivité the author's name resolves to.
    A commune's name without "Commune de" is no label (every text names it so); an intercommunality's
    without its form is its brand ("Grand Paris Seine & Oise"). (label, passage) pairs, in the text's order."""
    division = DIVISION_KINDS.get(speaker.kind)
    own = territories.match(speaker.name, division) if division else None
    if own is None or own.reason == "fuzzy":
        return []
    top = text.raw[:end_of_lines(text.raw, HEADING_LINES)]
    cells = [(french_title(c.group()), Span(c.start(), c.end())) for c in HEADING_CELL.finditer(top) if len(c.group()) <= BRAND_LINE]
    named = [(b.name, b.span) for b in bodies(text, limit) if b.kind == speaker.kind]
    own_key, found, keys = _echo_key(speaker.name), [], []
    for label, span in sorted(cells + named, key=lambda pair: pair[1].start):
        key = _echo_key(label)
        known = key == own_key or speaker.kind == "Commune" and key in own_key or any(key in k for k in keys)
        same = territories.match(label, division)
        if (key and not known and _a_brand(label) and same and same.reason != "fuzzy" and same.territory == own.territory
                and not (division != "commune" and territories.names_a_division(label, "commune"))):  # "METZ" over Metz Métropole
            found.append((label, span))
            keys.append(key)
    return found


def _a_brand(label: str) -> bool:
    """Whether `label` is a brand a body goes by ("Douaisis Agglo", "Grand-Orly Seine Bièvre", "SDIS de la
    Mayenne"), not a name by its kind ("Commune de X", "Mairie de X", "Conseil général de X": `organs.yaml`
    brand_not) nor a piece of one ("Du Grand Villeneuvois"): it opens on a capitalised word of its own,
    says no kind `guess_kind` knows and holds only a name's characters."""
    words = label.split()
    return (bool(words) and label[:1].isupper() and words[0].lower().strip("'’") not in PARTICLES
            and guess_kind(label) == "Organisation" and not re.search(cues("organs")["brand_not"], fold_piece(label))
            and re.fullmatch(r"[\w'’&. –—-]+", label) is not None)


def _a_division(line: str) -> bool:
    """Whether a letterhead's line names a body of a kind or an official division rather than a brand:
    "DÉPARTEMENT DES LANDES", "GUYANE", "Arrondissement d'Autun" above a commune's name."""
    matches = [territories.match(line, kind) for kind in (None, "departement", "region")]
    return (guess_kind(line) != "Organisation" or any(m is not None and m.reason != "fuzzy" for m in matches)
            or fold_piece(line.split()[0]).lower() in ("arrondissement", "canton", "republique"))


def _echo_key(written: str) -> str:
    """Letters and figures only, lower case, accents and OCR's "0" for "O" undone: OCR's "SYVAL0RIS" and "du
    SYVALORIS" share "syvaloris"."""
    return re.sub(r"[^a-z0-9]", "", fold_piece(written).lower().replace("0", "o"))
