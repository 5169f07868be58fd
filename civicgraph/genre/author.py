"""Who speaks: the body whose organ meets (the author) and the organ, from the headings and the
séance formula. The first line is often the département or "République française"; the author is
the most local body named (a commune before its département), unless the organ is the
département's or région's own (`organs.yaml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from civicgraph import articles, territories
from civicgraph.facts import Span
from civicgraph.genre.cues import Text, cues, fold_piece, pattern
from civicgraph.genre.roll_call import first_heading
from civicgraph.organisations import DIVISION_KINDS, NUMBERED_ACRONYM
from civicgraph.text.acronyms import spells
from civicgraph.text.name_data import civility_of, given_name
from civicgraph.text.name_data import cues as name_cues

ARTICLES = {"de la ": "La ", "de l'": "L'", "de l’": "L’", "du ": "Le ", "des ": "Les ", "de ": "", "d'": "", "d’": ""}


@dataclass(frozen=True)
class Body:
    name: str  # as the documents' readers name it: "Commune de Thiviers", "Département de la Gironde"
    kind: str  # a key of organisations.KIND_TYPES: Commune, Syndicat, Association, EtablissementPublicLocal…
    span: Span
    as_written: str
    weak: bool = False  # named by a header's form that other words also take ("X — Mairie"): any other body of its kind first


@dataclass(frozen=True)
class Organ:
    name: str
    kinds: tuple[str, ...]
    span: Span


def organ(text: Text, limit: int = 3000, start: int = 0) -> Organ | None:
    """The first organ named in the opening of the text (from `start`, `limit` characters), most
    specific name first; an organ of a council heading a line just after the council's name
    (`of_council`) rather than that council, its letterhead."""
    end = min(start + limit, len(text))
    best = None
    for spec in cues("organs")["organs"]:
        found = text.find(pattern(spec["cue"]), start, end)
        if found and (best is None or found.start() < best[0].start() - 5):
            best = (found, spec)
    if best is None:
        return None
    found, spec = best if best[1].get("of_council") else (_of_council(text, best[0].end(), end) or best)
    return Organ(spec["name"], tuple(spec["kinds"]), Span(found.start(), found.end()))


def _of_council(text: Text, council_end: int, end: int):
    """The organ of a council (`of_council`) heading a line within `of_council_window` characters or
    `of_council_lines` lines after the council's name, with its spec; None when there is none."""
    spec = cues("organs")
    lines = [m.end() for m in NONBLANK_LINE.finditer(text.raw, council_end, end)][:spec["of_council_lines"] + 1]  # (the council's own line's rest first)
    window = min(max([council_end + spec["of_council_window"], *lines[-1:]]), end)
    for organ_spec in (o for o in spec["organs"] if o.get("of_council")):
        found = text.find(pattern(organ_spec["cue"]), council_end, window)
        if found and _heads_line(text, found.start()):
            return found, organ_spec
    return None


NONBLANK_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _heads_line(text: Text, at: int) -> bool:
    """Whether `at` opens its line or lies in a heading in capitals ("DE LA COMMISSION PERMANENTE")."""
    line_start = text.raw.rfind("\n", 0, at) + 1
    line_end = text.raw.find("\n", at)
    return _opens_line(text, at) or _is_heading(text.raw[line_start:line_end if line_end >= 0 else len(text)])


def _name_end(text: Text, start: int, subtitle: bool = False) -> int:
    """Where a body's name ends: the end of its line, or genre words on one-line text, or a dash
    unless the name may carry a subtitle."""
    line_end = text.raw.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    beside = _beside(text.raw[start + 1:line_end])
    line_end = start + 1 + beside if beside is not None else line_end  # a name ends where another column's cell starts
    spec = cues("organs")
    stops = spec["name_stops"] if subtitle else f"{spec['name_stops']}|{spec['name_dashes']}"
    lead = re.match(r"[ \t]*", text.folded[start:line_end]).end()  # ("S.I.V.O.M. DU": the acronym's folded dots are spaces)
    stop = text.find(pattern(stops), start + lead, line_end)
    return stop.start() if stop else line_end


def _proper_name_end(text: Text, start: int, end: int) -> int:
    """A proper name's words are capitalised but for its particles, and it ends on no particle:
    "Saint-Martin adhère" ends before "adhère", "Val-Brun à compter du" before "à"."""
    kept, capitals = start, None
    for word in re.finditer(r"[^\s]+", text.raw[start:end]):
        particle = word.group().lower().strip("'’") in PARTICLES  # ("d'Aveyron" is a name's word)
        if word.group()[:1].islower() and not particle and not re.match(r"[dl]['’]", word.group()):
            return kept
        if not particle:
            capitals = word.group().isupper() if capitals is None else capitals
            if capitals and TITLE_CASED.fullmatch(word.group()):
                return kept  # a name in capitals ends where words in title case begin: "PETR VAL-BRUN Pôle d'Équilibre …"
        kept = kept if particle else start + word.end()
    return end if kept == start + len(text.raw[start:end].rstrip()) else kept


TITLE_CASED = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-(?:[a-zà-ÿ]{1,3}-)*[A-ZÀ-Þ]?[a-zà-ÿ]{2,})*[,.]?")  # ("Haute-Loire", "Loir-et-Cher")
PARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d", "en", "sur", "sous", "lès", "les", "aux", "et", "à"}


def french_title(name: str, continued: bool = False) -> str:
    """A name printed in capitals, in the case French writes it: "SAINT CIRQ LAPOPIE" → "Saint Cirq
    Lapopie", "MOIRANS-EN-MONTAGNE" → "Moirans-en-Montagne", "DE LA HAUTE-VIENNE" → "de la Haute-Vienne".
    A body's acronym stays in capitals ("CAUE DU VAL" → "CAUE du Val": `persons.yaml` organisation_acronyms). A name
    already in mixed case is kept, and so is one word with a département's number ("SYDETOM 66", "CDOS 48": an acronym). A name that `continued` the words before it keeps its first preposition small
    ("[SYNDICAT MIXTE] DES TRANSPORTS" → "des Transports"; "[ASSOCIATION] LES AMIS" → "Les Amis")."""
    name = re.sub(r"\s+", " ", name).strip(" .,;:–—-")
    if not name.isupper() or len(name) <= 4 or NUMBERED_ACRONYM.fullmatch(name):
        return name
    words = re.split(r"([\s'’-]+)", name.lower())
    continues = continued and words[0] in ("de", "du", "des", "d")
    opens = lambda i: not continues if i == 0 else words[i - 2] in ("«", "“", '"')  # noqa: E731  (a quoted name opens anew: « Les Tilleuls »)
    acronyms = name_cues().acronyms
    out = [w.upper() if w in acronyms else w if (w in PARTICLES and not opens(i)) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return "".join(out)


def bodies(text: Text, limit: int = 3000) -> list[Body]:
    """`named_bodies`, kept with the text (the author and its other labels both ask): do not change the list."""
    kept = text.__dict__.setdefault("bodies", {})  # (where `cached_property` keeps a text's own values)
    if limit not in kept:
        kept[limit] = named_bodies(text, limit)
    return kept[limit]


def named_bodies(text: Text, limit: int = 3000) -> list[Body]:
    """Every collectivité or association a heading or formula names in the opening of the text:
    "COMMUNE DE SAINT CIRQ LAPOPIE" → Commune de Saint Cirq Lapopie; "CONSEIL GÉNÉRAL DE LA
    GIRONDE" → Département de la Gironde; "la commune du Grau-du-Roi" → Commune du Grau-du-Roi;
    a kind alone on its line, the name on the next ("Établissement public territorial / GRAND-ORLY
    SEINE BIÈVRE"). A place ("l'hôtel de ville de Vitry") is not a body."""
    found = []
    spec_cues = cues("organs")
    place = pattern(spec_cues["place_before"])
    for spec in spec_cues["bodies"]:
        for match in text.finditer(pattern(spec["cue"]), 0, min(limit, len(text))):
            if place.search(text.folded, max(0, match.start() - 30), match.start()) or _in_address(text.raw, match.start()):
                continue
            named = _name_span(text, match, spec.get("subtitle") and _opens_heading(text, match.start()),
                               titled=(spec.get("subtitle") or spec.get("common_name")) and _opens_line(text, match.start()))
            if named and DIVISION_NAMED.match(text.raw, named[0]) and not ENDS_WITH_ARTICLE.search(text.folded, match.start(), match.end()):
                named = None  # "COMMUNAUTÉ URBAINE⏎Département du Val": the division below the kind is not its name
            named = named if named and text.raw[named[0]:named[1]].strip() else None  # "… Communauté d'agglomération – Oise": no name after the kind
            if named is None:
                acronym = ACRONYM_ABOVE.search(text.raw, 0, text.raw.rfind("\n", 0, match.start()) + 1) if spec.get("common_name") and _opens_line(text, match.start()) else None
                if acronym:  # "SMIVBR⏎Syndicat mixte de valorisation, …": the kind spelled out under the acronym it goes by
                    found.append(Body(acronym["acronym"], spec["kind"], Span(acronym.start("acronym"), acronym.end("acronym")), acronym["acronym"]))
                    continue
                commune = _commune_above(text, match, found) if spec.get("of_commune") else None
                if commune:  # "VILLE DE X / Centre communal d'action sociale": the commune's CCAS
                    kind_end = _without_article(text, match)
                    cue_words = french_title(" ".join(text.raw[match.start():kind_end].split()))
                    found.append(Body(f"{cue_words} {commune.name.split(' ', 1)[1]}", spec["kind"], Span(match.start(), kind_end), text.raw[match.start():kind_end].strip()))
                brand = BRAND_BEFORE.search(text.raw, text.raw.rfind("\n", 0, match.start()) + 1, match.start()) if spec.get("brand_before") else None
                if brand and not re.search(cues("organs")["brand_not"], fold_piece(brand["brand"])):  # "… VAL-BRUN COMMUNAUTÉ D'AGGLOMÉRATION RELEVÉ …"
                    found.append(Body(french_title(brand["brand"]), spec["kind"], Span(brand.start("brand"), match.end()), text.raw[brand.start("brand"):match.end()]))
                continue
            start, end = named
            name = HYPHEN_BREAK.sub("-", text.raw[start:end].strip().strip("«»“”\"").strip())  # ASSOCIATION « LES JARDINS »; "Castelnau-⏎Montratier"
            bare = re.sub(r"^(?:(?:de\s+la|de|du|des)\s+|(?:de\s+l|d)['’]\s*)", "", name, flags=re.I)  # (not "Deux Baies"'s "De")
            if not re.search(r"[^\W\d_]{2}", bare) or bare[:1].islower() and not (spec.get("common_name") and _opens_line(text, match.start())):
                continue  # "l'association absentes…", a cue in running text
            if spec.get("as") and text.at(BODY_WORD, start):
                continue  # "conseil municipal de la Ville de X": the body's own cue names it
            cue_words = " ".join(text.raw[match.start():match.end()].split())
            if spec.get("keep_cue"):  # (an acronym stays in capitals: "Sivom du Val" → "SIVOM du Val")
                full = f"{cue_words.upper() if spec.get('acronym') else french_title(cue_words)} {french_title(name, continued=True)}"
            else:
                article = re.search(r"(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*$", cue_words, re.I)
                word = spec["as"] if "as" in spec else french_title(cue_words.split()[0].upper()).capitalize()  # "": the name alone
                full = f"{word} {article.group().lower().strip() if article else ''} {french_title(name)}"
            full = re.sub(r"\s+", " ", full).replace("' ", "'").replace("’ ", "’")
            found.append(Body(full.strip(), spec["kind"], Span(match.start(), end), text.raw[match.start():end].strip(), weak=bool(spec.get("weak"))))
    found = [piece for body in found for piece in _brand_after_division(body)]
    found += _named_before(text, limit)
    found += _kind_below(text, limit)
    return sorted(found, key=lambda b: b.span.start)


HYPHEN_BREAK = re.compile(r"-\n[ \t]*")
# A letterhead's acronym alone at the head of its column, on the line right above the one its kind is spelled out on.
ACRONYM_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?P<acronym>[A-ZÉÈ]{4,12})(?:[ \t]{3,}[^\n]*)?\n\Z")


def _brand_after_division(body: Body) -> list[Body]:
    """`body`, or, when it is a division whose heading ran on with a brand and a kind alone
    (`organs.yaml` brand_after_division: "DÉPARTEMENT DU CHER VAL-BRUN COMMUNAUTÉ D'AGGLOMÉRATION",
    a collapsed line), the division cut to its name and the body the brand names."""
    if body.kind not in ("Departement", "Region"):
        return [body]
    folded = fold_piece(body.as_written)
    kind = next((spec for spec in cues("organs")["brand_after_division"] if re.search(spec["cue"], folded)), None)
    if kind is None:
        return [body]
    words = list(re.finditer(r"\S+", body.as_written))
    kind_at = re.search(kind["cue"], folded).start() + 1
    before = [w for w in words if w.end() <= kind_at]
    cut = next((k for k in range(len(before) - 1, 1, -1)
                if territories.match(body.as_written[:before[k - 1].end()], DIVISION_KINDS[body.kind])), None)
    if cut is None:
        return [body]
    start = body.span.start
    division = Body(" ".join(body.name.split()[:cut]), body.kind, Span(start, start + before[cut - 1].end()), body.as_written[:before[cut - 1].end()])
    brand = body.as_written[before[cut].start():before[-1].end()]
    named = Body(french_title(brand), kind["kind"], Span(start + before[cut].start(), body.span.end), body.as_written[before[cut].start():])
    return [division, named]


ENDS_WITH_ARTICLE = re.compile(r"(?:\bde|\bdu|\bdes|\bd'|\bla|\bl')\s*$")  # "… DU Département du Val-Brun": of the division, its name
DIVISION_NAMED = re.compile(r"(?:Département|Région|DÉPARTEMENT|RÉGION)\s+(?:de|du|des|d['’]|DE|DU|DES|D['’])")  # (not "… de la Région de X", a name)
# The brand in capitals right before a body's kind printed without a name, on its line (a collapsed letterhead):
# one to four words after a word that is not in capitals, a dash perhaps between ("VAL-BRUN – COMMUNAUTÉ
# D'AGGLOMÉRATION"); not a division or the République (`organs.yaml` brand_not).
BRAND_BEFORE = re.compile(r"(?<![A-ZÀ-Þ'’-])(?<![A-ZÀ-Þ'’-] )(?P<brand>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,3})(?:[ \t]+[–—-])?[ \t]+\Z")


TRAILING_ARTICLE = re.compile(r"(?i)\s+(?:de\s+la|de\s+l['’]|de|d['’]|du|des)\s*$")


def _without_article(text: Text, match: re.Match) -> int:
    """Where a body's kind printed alone ends: before the article its cue ends with when no name
    follows it ("CENTRE COMMUNAL D'ACTION SOCIALE⏎⏎DU 23 JANVIER 2024": the "DU" opens the date's line)."""
    caught = TRAILING_ARTICLE.search(text.raw, match.start(), match.end())
    return caught.start() if caught else match.end()


def _commune_above(text: Text, match: re.Match, found: list[Body]) -> Body | None:
    """The commune a heading names on one of the two lines above a body's kind printed alone ("VILLE
    DE X" over "Centre Communal d'Action Sociale"), among the bodies `found` so far."""
    line_start = above = text.raw.rfind("\n", 0, match.start()) + 1
    for _ in range(2):
        above = text.raw.rfind("\n", 0, max(0, above - 1)) + 1 if above else 0
    return next((b for b in found if b.kind == "Commune" and above <= b.span.start < line_start and " " in b.name), None)


def stamp(text: Text) -> Body | None:
    """The commune a mairie's stamp names (`organs.yaml`, `stamp`), anywhere in the text."""
    found = text.find(pattern(cues("organs")["stamp"]["cue"]))
    if found is None:
        return None
    article = " ".join(text.raw[found.start("article"):found.end("article")].lower().split())
    name = f"Commune {article} {french_title(text.raw[found.start('name'):found.end('name')].strip())}"
    return Body(name.replace("' ", "'").replace("’ ", "’"), "Commune", Span(found.start("name"), found.end("name")),
                text.raw[found.start():found.end()])


def self_described(text: Text) -> Body | None:
    """The association its minutes name only in passing, where they speak of it ("Les Amis du
    Moulin a cinq ans": `organs.yaml` self_described): the capitalised words before the cue, back to
    the sentence's start; a person's name ("Rose Valbrune a cinq ans") is not one."""
    for found in text.finditer(pattern(cues("organs")["self_described"]["cue"])):
        start = _sentence_start(text.raw, found.start())
        name = text.raw[start:found.start()].strip()
        words = name.split()
        if 0 < len(words) <= 6 and _proper_name_end(text, start, found.start()) == found.start() and not _personal(words[0]):
            return Body(name, "Association", Span(start, start + len(name)), name)
    return None


def _personal(word: str) -> bool:
    """A civility or a given name: the words a person's name opens with."""
    return civility_of(word) is not None or given_name(word.strip(".…")) is not None


def _sentence_start(raw: str, end: int, reach: int = 80) -> int:
    """Where the sentence ending at `end` starts: after the last full stop and space, or line end,
    within `reach` characters; a name's own closing dots ("Les Amis...") are no sentence end."""
    window = max(0, end - reach)
    stops = list(re.finditer(r"[.!?…]\s+|\n", raw[window:end].rstrip(".… \t")))
    return window + (stops[-1].end() if stops else 0)


def _in_address(raw: str, position: int) -> bool:
    """Whether `position` lies in an e-mail or web address ("secretariat.sivos.x@orange.fr")."""
    start = max(raw.rfind(" ", 0, position), raw.rfind("\n", 0, position), raw.rfind("<", 0, position)) + 1
    end = min((i for i in (raw.find(" ", position), raw.find("\n", position), raw.find(">", position)) if i >= 0), default=len(raw))
    return bool(re.search(r"@|://|www\.", raw[start:end]))


def _kind_below(text: Text, limit: int) -> list[Body]:
    """A body named by its heading alone, the line below saying what it is ("Association loi 1901",
    "Établissement public industriel et commercial"), or the same line when OCR ran the lines
    together ("FOYER RURAL DE VALBRUNE Association loi 1901 …", the heading opening the line)."""
    found = []
    for spec in cues("organs")["kind_below"]:
        for match in text.finditer(pattern(spec["cue"]), 0, min(limit, len(text))):
            line_start = text.raw.rfind("\n", 0, match.start()) + 1
            before = text.raw[line_start:match.start()]
            if before.strip() and not ADDRESS_BEFORE.search(before):
                heading_start, heading = line_start, before.strip()
            else:  # the kind alone on its line, or closing the letterhead's address line ("Maison des sports – Val – Association loi 1901")
                heading_start = text.raw.rfind("\n", 0, max(0, line_start - 1)) + 1
                heading = text.raw[heading_start:max(heading_start, line_start - 1)].strip()
            if heading and not _is_heading(heading):  # "LES AMIS DU VAL – atelier participatif": the name in capitals, then its motto,
                brand = BRAND_DASH.fullmatch(before) if heading_start == line_start else None  # or a column; a site's title "Val Habitat - Office public …"
                brand = None if brand and brand["comma"] and territories.names_a_division(brand["brand"]) else brand  # ("Val-Brun, office public …": the place it serves)
                heading = brand["brand"] if brand else next((h for h in [HEADING_BESIDE.split(heading)[0].strip()] if h != heading and _is_heading(h)), None)
            if not heading and heading_start < line_start and not _names_a_body(text, heading_start, line_start):
                heading_start, heading = _block_top(text.raw, heading_start)  # "AVB DU VAL / Agence de valorisation du bâti … / Association loi 1901"
            two_lines = _two_line_heading(text.raw, heading_start, heading)
            if two_lines:  # "CONSEIL DU BÂTI ET DES PAYSAGES⏎DU VAL-BRUN": the name's first line above
                found.append(Body(french_title(" ".join(text.raw[two_lines[0]:two_lines[1]].split())), spec["kind"], Span(*two_lines), text.raw[two_lines[0]:two_lines[1]]))
            elif heading:
                start = text.raw.find(heading, heading_start)  # the name ends at a column's gap or a dash:
                heading = text.raw[start:min(start + len(heading), _name_end(text, start, spec.get("subtitle", False)))].rstrip()
                found.append(Body(french_title(heading), spec["kind"], Span(start, start + len(heading)), heading))
    return found


# A brand in capitalised words opening the line, then a dash or a comma before the kind that says what it is ("Val-Brun Habitat -
# Office public de l'habitat du Val", a web page's title; "Valbrunia, office public de l'habitat du Val").
BRAND_DASH = re.compile(r"[ \t]*(?P<brand>[A-ZÉÈ][\w'’-]+(?:[ \t]+[A-ZÉÈ0-9][\w'’-]*){0,3})(?:[ \t]+[–—-]|(?P<comma>,))[ \t]*")
PARTICLE_OPENING = re.compile(r"(?i:de|du|des|d['’])\s*(?:la\s+|l['’])?\S")  # a heading's line that goes on the line above
PARTICLE_CLOSING = re.compile(r"(?i:\b(?:de|du|des|et|pour|la|le|les)|\bd['’]|\bl['’])[ \t]*$")  # a heading's line that goes on below


def _two_line_heading(raw: str, start: int, heading: str | None) -> tuple[int, int] | None:
    """(start, end) of a name in capitals over two lines whose second opens with a particle ("CONSEIL DU BÂTI ET DES
    PAYSAGES⏎DU VAL-BRUN") or whose first ends with one ("CONSEIL DU BÂTI ET DE⏎L'HABITAT DU VAL"), `heading` its
    second line at `start`; else None."""
    if not heading or not start:
        return None
    above = raw.rfind("\n", 0, start - 1) + 1
    first = raw[above:start - 1]
    if not (PARTICLE_OPENING.match(heading) or PARTICLE_CLOSING.search(first)) or not _is_heading(first.strip()):
        return None
    begin = above + len(first) - len(first.lstrip())
    return begin, raw.find(heading, start) + len(heading)


# The kind closing an address line of the letterhead, after a dash: "Maison des sports – 27000 Val-Brun – "
ADDRESS_BEFORE = re.compile(r"\b\d{5}\b.*\s[—–-]\s*$")

# What parts a heading in capitals from the words beside it on its line: a dash, or a column's tab or gap
# ("CAUE DU VAL⏎Conseil d'architecture, …", the acronym's words in the next column).
HEADING_BESIDE = re.compile(r"\s[—–-]\s|\t|\s{3,}")


def _names_a_body(text: Text, start: int, end: int) -> bool:
    """Whether `[start, end)` holds a body's name by its kind's words ("Entente interdépartementale pour …")."""
    return any(text.find(pattern(spec["cue"]), start, end) for spec in cues("organs")["bodies"])


def _block_top(raw: str, line_start: int, reach: int = 2) -> tuple[int, str | None]:
    """The first line of the letterhead block that the line at `line_start` ends (up to `reach` lines
    above it, no blank line between), when it is a heading or a title: a body's name over the words its
    acronym stands for. (start, line), or (line_start, None)."""
    top = line_start
    for _ in range(reach):
        above = raw.rfind("\n", 0, max(0, top - 1)) + 1
        if top == 0 or not raw[above:top - 1].strip():
            break
        top = above
    line = raw[top:raw.find("\n", top)].strip()
    return (top, line) if top < line_start and (_is_heading(line) or _is_title(line)) else (line_start, None)


def _named_before(text: Text, limit: int) -> list[Body]:
    """Bodies whose name comes before their kind ("TOULOUSE MÉTROPOLE" → Toulouse Métropole): the
    capitalised words right before the kind word, back to a particle or a lowercase word."""
    found = []
    for spec in cues("organs").get("bodies_after_name", []):
        for match in text.finditer(pattern(spec["cue"]), 0, min(limit, len(text))):
            line_start = text.raw.rfind("\n", 0, match.start()) + 1
            words = text.raw[line_start:match.start()].split()
            name = []
            for word in reversed(words):
                if not word[:1].isupper() or word.lower().strip("'’") in PARTICLES or not re.search(r"[^\W\d_]{2}", word):
                    break
                name.insert(0, word)
            if not name or len(name) > 3:
                continue
            name = _with_particles(words[:len(words) - len(name)], name, text.raw[match.start():match.end()])
            name = _with_article(words[:len(words) - len(name)], name, text.raw[match.start():match.end()])
            start = text.raw.rfind(name[0], line_start, match.start())
            place = french_title(" ".join(name))
            if spec.get("commune"):  # "Val-Brun — Mairie": the place alone opens the line
                if text.raw[line_start:start].strip() or BODY_WORD.match(fold_piece(place) + " "):
                    continue
                found.append(Body(f"Commune {articles.of(place, place=True)}", spec["kind"], Span(start, start + len(" ".join(name))), text.raw[start:match.end()],
                                  weak=True))  # ("HERRIKO ETXEA – MAIRIE": the word for mairie in another language)
                continue
            kind_word = text.raw[match.start():match.end()].strip()
            full = f"{place} {french_title(kind_word.upper()).capitalize()}"
            found.append(Body(full, spec["kind"], Span(start, match.end()), text.raw[start:match.end()], weak=bool(spec.get("weak"))))
    return found


def _with_particles(before: list[str], name: list[str], kind_word: str) -> list[str]:
    """`name` with the capitalised words and particles before it that the official body of that name
    holds ("PAYS DE GEX AGGLO": the CA du Pays de Gex, not "Gex Agglo"; "PAYS DE SAINT GILLES CROIX DE VIE
    AGGLOMÉRATION"): the longest run of them back to the line's start (a capitalised word first, six at most)
    that the official divisions know with the kind (exact or normalised), else `name` alone."""
    run = 0
    while run < min(len(before), MOST_WORDS_BEFORE) and (before[-run - 1][:1].isupper() or before[-run - 1].lower().strip("'’") in PARTICLES):
        run += 1
    for size in range(run, 1, -1):
        longer = [*before[len(before) - size:], *name]
        if longer[0].lower() in PARTICLES or before[len(before) - 1].lower().strip("'’") not in PARTICLES:
            continue  # (a run opens on a name's word and joins `name` by a particle, as "… DE VIE" does)
        found = territories.match(" ".join([*longer, kind_word]))
        if found is not None and found.reason != "fuzzy":
            return longer
    return name


MOST_WORDS_BEFORE = 6


def _with_article(before: list[str], name: list[str], kind_word: str) -> list[str]:
    """`name` with the article before it when the official body of that name holds it ("LE MANS
    MÉTROPOLE", "Le Havre Seine Métropole": the commune's article is part of the name)."""
    if not before or before[-1].lower() not in ("le", "la", "les"):
        return name
    found = territories.match(" ".join([before[-1], *name, kind_word]))
    wanted = fold_piece(" ".join([before[-1], name[0]]))
    return [before[-1], *name] if found and wanted in fold_piece(found.territory.name) else name


def _opens_line(text: Text, position: int) -> bool:
    """Whether `position` opens its line, or follows only the body's acronym and a dash ("ValAGE – Syndicat mixte …")."""
    line_start = text.raw.rfind("\n", 0, position) + 1
    return not text.raw[line_start:position].strip() or bool(ACRONYM_DASH.fullmatch(text.raw, line_start, position))


ACRONYM_DASH = re.compile(r"[ \t]*(?=(?:[a-z]*[A-ZÉ&]){2})[A-ZÉ][A-Za-zÉ&]{1,11}(?:[ \t]+\d{2,3})?[ \t]+[—–-][ \t]+")  # "ValAGE – ", "SIEL 42 - "


def _opens_heading(text: Text, position: int) -> bool:
    """The cue at `position` opens a heading line in capitals."""
    line_start = text.raw.rfind("\n", 0, position) + 1
    line_end = text.raw.find("\n", position)
    return not text.raw[line_start:position].strip() and _is_heading(text.raw[position:line_end if line_end >= 0 else len(text)])


BODY_WORD = re.compile(r"(?:ville|commune|mairie|metropole|communaute|departement|region)\s")  # not "Ville-d'Avray"


def _name_span(text: Text, match: re.Match, subtitle: bool = False, titled: bool = False) -> tuple[int, int] | None:
    """Where the name a body cue introduces lies: after the cue on its line, or, when the cue ends its
    line, on the next line if that line is a heading in capitals. A name that may hold common nouns
    (an association's, a syndicat's named by its purpose, `titled`: its cue opens the line) runs to the line's end: "ASSOCIATION Comité
    des fêtes de Val-Brun"; elsewhere it ends at its first word in lower case but for particles."""
    caught = text.raw[match.start():match.end()].rstrip()
    tail = caught[caught.rfind("\n") + 1:].strip()  # (a line break inside the kind's words is a sentence wrapped)
    if "\n" in caught and (not tail or ARTICLE.fullmatch(tail)) and not _wrapped_heading(text, match):
        return None  # "COMMUNAUTÉ DE COMMUNES" with an article of another line caught by the cue
    start = match.end()
    rest = text.raw[start:text.raw.find("\n", start) if "\n" in text.raw[start:] else len(text)]
    if rest.lstrip().startswith((">", "›")):
        return None  # a breadcrumb's step: "Le Conseil de Métropole > Séances" names no body
    caught_line = text.raw[match.start():match.end()]
    taken = caught_line[len(caught_line.rstrip()):]  # the white space the cue took after its words
    if "\n" in taken and len(rest.split()) == 1 and not _is_heading(rest):
        return None  # a web page's menu, one item a line: "L'association⏎Adhérer⏎Agenda" names no association
    if not rest.strip() or ("\n" not in taken and _beside(taken + rest) == 0):  # another column's cell: "COMMUNAUTÉ D'AGGLOMÉRATION      Délégués : 36"
        below = text.raw.find("\n", start)  # the next line's first cell (another column may stand beside it)
        following = HEADING_CELL.match(text.raw, INDENT.match(text.raw, below + 1).end()) if below >= 0 else None
        if not following or not _is_heading(following.group()) or _names_a_body(text, following.start(), following.end()):
            return None  # ("SMITU / SYNDICAT MIXTE DES TRANSPORTS …": the line below is the body's own heading)
        start = following.start()
    if start and pattern(cues("organs")["name_stops"]).match(text.folded, start - 1):
        return None  # "CONSEIL MUNICIPAL DU JEUDI 7 DÉCEMBRE": genre words, not a name
    end = _name_end(text, start, subtitle)
    if titled and text.raw[end:end + 1] in ("\n", ""):
        return start, end
    return start, _hyphen_wrapped(text.raw, _proper_name_end(text, start, end))


def _hyphen_wrapped(raw: str, end: int) -> int:
    """Where a name ends whose hyphen ends its line: on the next line, its last word ("la commune de Castelnau-⏎
    Montratier-Sainte-Alauzie, régulièrement convoqué": the name is whole; `named_bodies` joins it)."""
    if not raw.startswith("-\n", end - 1):
        return end
    word = WRAPPED_WORD.match(raw, end + 1)
    return word.end() if word else end


WRAPPED_WORD = re.compile(r"[ \t]*[A-ZÀ-Þ][^\s,;.()]*")


ARTICLE = re.compile(r"(?i)(?:de\s+la|de\s+l['’]|de|d['’]|du|des)")
INDENT = re.compile(r"[ \t]*")
# A gutter, then a cell in lower case: another column beside a heading ("Délégués en exercice : 36"), not
# the wide spaces of a heading whose spaced letters were joined ("COMMUNE        DE   VAL-BRUN").
BESIDE = re.compile(r"(?:\t| {3,})(?=[^\n]*[a-zà-ÿ])")
GUTTER = re.compile(r"\t+| {3,}")


def _beside(line: str) -> int | None:
    """Where, in `line`, white space parts it from another column's cell, or None: a cell in lower case, or a
    letterhead's République or division in capitals (`organs.yaml` letterhead_beside)."""
    found = BESIDE.search(line)
    if found:
        return found.start()
    beside = pattern(cues("organs")["letterhead_beside"]["cue"])
    gaps = (gap for gap in GUTTER.finditer(line) if beside.match(fold_piece(line[gap.end():])))
    return next((gap.start() for gap in gaps), None)


def _wrapped_heading(text: Text, match: re.Match) -> bool:
    """A heading's name wrapped after its kind, the next line opening with the article the cue
    ends with: "CENTRE COMMUNAL D'ACTION SOCIALE / DE SAINT-AMAND"."""
    caught = text.raw[match.start():match.end()].rstrip()
    line_start = match.start() + caught.rfind("\n") + 1
    line_end = text.raw.find("\n", line_start)
    line = text.raw[line_start:line_end if line_end >= 0 else len(text)]
    above = caught[:caught.rfind("\n")]
    return bool(ARTICLE.fullmatch(caught[caught.rfind("\n") + 1:].strip())) and any(
        heading(line) and heading(above) for heading in (_is_heading, _is_title))


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title(line: str) -> bool:
    """A letterhead's line in title case ("Centre Intercommunal d'Action Sociale / du Pays de
    Val-Brun"): short, no sentence's stop, every word but particles capitalised."""
    words = [w.split("'")[-1].split("’")[-1] for w in TITLE_WORD.findall(line)]
    significant = [w for w in words if w.lower() not in PARTICLES]
    return len(line.strip()) <= 80 and not line.rstrip().endswith((".", ",", ";", ":")) and bool(significant) and all(w[:1].isupper() for w in significant)


def author(text: Text, meeting_organ: Organ | None) -> Body | None:
    """The body whose organ meets: of the bodies named, the kind the organ belongs to, else the most
    local one (`precedence`), the first named among equals. An association is never the author of
    a collectivité's organ: one named there is a partner or a membership's object; nor a commune of
    an organ associations have (a conseil d'administration): the body its letterhead names is."""
    named = bodies(text)
    if meeting_organ:
        stamped = stamp(text)
        if stamped and stamped.kind in meeting_organ.kinds:
            return stamped
        own = [b for b in named if b.kind in meeting_organ.kinds]
        associations = [b for b in own if b.kind == "Association"]
        roll_call = first_heading(text, 0, associations[-1].span.start + 1) if associations else None  # (only asked where it may matter)
        own = sorted((b for b in own if not _past_roll_call(b, roll_call)), key=lambda b: b.weak)
        if own:
            return next((b for b in own if b.kind == own[0].kind and _fuller(b.name, own[0].name)), own[0])
        official = _official_heading(text, meeting_organ)
        if official:
            return official
        if "Association" in meeting_organ.kinds:
            return letterhead(text, meeting_organ)
        named = [b for b in named if b.kind != "Association"]
    if not named:
        return None
    order = cues("organs")["precedence"]
    return min(named, key=lambda b: (order.index(b.kind), b.weak, b.span.start))


def _fuller(name: str, short: str) -> bool:
    """Whether `name` opens on the word `short` opens on, holds every other word of it and more words than its acronym and a
    number: the same body named in full ("SIVU Enfance-Jeunesse du Val-Brun" for an e-mail's "SIVU Val-Brun"; not
    "… de la Lozère – CDOS 48", nor a letterhead's run "Moselle Metz Métropole" for "Metz Métropole")."""
    words, short_words = fold_piece(name).split(), fold_piece(short).split()
    extra = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if fold_piece(w) not in {*short_words, *PARTICLES} and not spells(w.upper(), short)]
    return words[:1] == short_words[:1] and set(short_words) <= set(words) and bool(extra)


def _past_roll_call(body: Body, roll_call: int | None) -> bool:
    """An association first named after the roll call opens: a membership's object or a partner the
    items name ("adhérer à l'association Y"), not the body that meets, which its heading or formula names."""
    return body.kind == "Association" and roll_call is not None and body.span.start > roll_call


def divisions_of(meeting_organ: Organ) -> list[str]:
    """The official divisions (`territories` kinds) the organ's bodies may be: "epci" for a Bureau."""
    return list(dict.fromkeys(DIVISION_KINDS[kind] for kind in meeting_organ.kinds if kind in DIVISION_KINDS))


def kind_of(official: territories.Territory) -> str:
    """The body kind of an official division: an EPCI of a métropole's form is a Metropole."""
    return "Metropole" if official.epci_type.startswith("MET") else KIND_OF_DIVISION[official.kind]


KIND_OF_DIVISION = {"commune": "Commune", "epci": "Intercommunalite", "departement": "Departement", "region": "Region"}


HEADING_CELL = re.compile(r"\S(?:[^\t\n]*?\S)?(?= {0,2}(?:\t|\n|$)| {3,})")  # a heading line's cell: up to a tab, three spaces or its line's end
HEADING_LINES = 6  # the lines at the top where a letterhead names its body


def _official_heading(text: Text, meeting_organ: Organ) -> Body | None:
    """A collectivité of the organ's kind that a cell of the first lines names by its official name
    alone, with no kind word ("Val-Brun Communauté      Conseil communautaire du 26 septembre
    2024"): the official divisions (`territories`) know it; exact or normalised matches only."""
    divisions = divisions_of(meeting_organ)
    top = text.raw[:end_of_lines(text.raw, HEADING_LINES)]
    for cell in HEADING_CELL.finditer(top) if divisions else ():
        for division in divisions:
            found = territories.match(cell.group(), division)
            if found and found.reason != "fuzzy":
                name = french_title(cell.group()) if cell.group().isupper() else cell.group()  # as the document names it
                return Body(name, kind_of(found.territory), Span(cell.start(), cell.end()), cell.group())
    return None


def end_of_lines(raw: str, lines: int) -> int:
    """Where the text's `lines`-th non-blank line ends."""
    seen = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", raw[:3000])][:lines]
    return seen[-1] if seen else 0


def in_furniture(text: Text, original: Text, meeting_organ: Organ | None) -> Body | None:
    """The body of the meeting organ's kind a page's furniture names when the text the reader sees
    names none: a footer or running title, blanked in `text` but kept in `original` ("Mairie de
    Marcillac-Vallon – 2 place de la Mairie – … Page 1/2"). The first on the first page."""
    if meeting_organ is None:
        return None
    return next((b for b in bodies(original, limit=len(original)) if b.kind in meeting_organ.kinds
                 and not text.raw[b.span.start:b.span.end].strip()), None)


def letterhead(text: Text, meeting_organ: Organ) -> Body | None:
    """An association its minutes name with no kind word: in the title that names the meeting organ
    ("ASSEMBLÉE GÉNÉRALE DES AMIS DU VAL-BRUN"), or on the one line above that title
    ("Vélo Val-Brun – atelier de réparation / Compte rendu du conseil d'administration du
    …"); a proper name, its first words capitalised. None when neither is there."""
    return _after_organ(text, meeting_organ) or _line_above(text, meeting_organ) or _after_organ_again(text, meeting_organ)


def _after_organ_again(text: Text, meeting_organ: Organ, limit: int = 1500) -> Body | None:
    """The association named after a later mention of its organ in the opening, when the title names
    none ("PROCÈS-VERBAL CONSEIL D'ADMINISTRATION" … "Les membres du Conseil d'Administration du Comité
    des Fêtes de Val-Brun se sont réunis"): the title's name may be wrapped word by word, the formula's
    runs on one line."""
    spec = next((o for o in cues("organs")["organs"] if o["name"] == meeting_organ.name), None)
    if spec is None:
        return None
    for found in text.finditer(pattern(spec["cue"]), meeting_organ.span.end, min(len(text), meeting_organ.span.end + limit)):
        article = ORGAN_ARTICLE.match(text.raw, found.end())
        if article is None or pattern(cues("organs")["name_stops"]).match(text.folded, article.end() - 1):
            continue
        start = article.end()
        named = _proper(text, start, _proper_name_end(text, start, _name_end(text, start)))  # "… Sociales se sont réunis": the name ends before the verb
        if named:
            return named
    return None


ORGAN_ARTICLE = re.compile(r"[ \t]+(?:de\s+|d['’]\s*|du\s+|des\s+)(?=[^\W\d])", re.I)  # "… d'administration du …"


def _after_organ(text: Text, meeting_organ: Organ) -> Body | None:
    article = ORGAN_ARTICLE.match(text.raw, meeting_organ.span.end)
    if article is None or pattern(cues("organs")["name_stops"]).match(text.folded, article.end() - 1):
        return None  # "du mardi 13 janvier", "de la séance"
    return _proper(text, article.end(), _name_end(text, article.end()))


LINES_ABOVE = 3  # a letterhead's lines over the title: a running header, the name, a subtitle


def _line_above(text: Text, meeting_organ: Organ) -> Body | None:
    """The name on the line next above the title, among the first lines of the text."""
    title_line = text.raw.rfind("\n", 0, meeting_organ.span.start)
    above = list(re.finditer(r"[^\n]*\S[^\n]*", text.raw[:max(title_line, 0)]))
    if title_line < 0 or not 1 <= len(above) <= LINES_ABOVE or ":" in above[-1].group():
        return None
    line = above[-1]
    return _proper(text, line.start() + len(line.group()) - len(line.group().lstrip()), line.end())


def _proper(text: Text, start: int, end: int) -> Body | None:
    """The name written at `start`–`end` when its first two words are capitalised and it is short, not a kind alone
    (`organs.yaml` kind_alone: "la Fédération")."""
    name = text.raw[start:end].strip()
    words = name.split()
    if not 2 <= len(words) <= 12 or _proper_name_end(text, start, end) < start + len(" ".join(words[:2])):
        return None
    if re.fullmatch(cues("organs")["kind_alone"], fold_piece(name)):
        return None  # "la Fédération": a kind, no name
    shown = french_title(name) if name.isupper() else name
    return Body(shown, "Association", Span(start, start + len(name)), name)
