"""Movements during a séance: who arrives, leaves, comes back or is away for a vote, and when — at
a time or relative to an agenda item — with the proxy a departure gives and the one a return ends
(GENRE.md §2.3 "Partial presence", §2.4 "Scope in time or agenda"). Cues: `movements.yaml`.

Two written forms:
- a sentence that opens its line with the names and runs clause after clause ("Anne X quitte la
  séance pendant le débat de la question n°2 et donne pouvoir à Marion Y et revient pendant la
  question n°4 (fin du pouvoir donné à Marion Y)"); the names must open their line, so a text whose
  line ends were lost (one-line OCR) yields none rather than every name of the roll call moving;
- a civility, a name and a time ("Arrivée de Mme X à 20 h 50", "M. X quitte la séance à 22 h").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import time
from itertools import takewhile

from civicgraph.facts import Span
from civicgraph.genre import proxy_clauses
from civicgraph.genre.cues import Text, cues, fold_piece, pattern
from civicgraph.genre.items import act_number
from civicgraph.genre.roll_call import Named, Proxy, giver_spans, scope_cell
from civicgraph.text.name_data import with_civilities
from civicgraph.text.names import bare_name_ending, family_key
from civicgraph.text import aligned, find_times, split_list_spans


@dataclass
class Movement:
    """Someone arrives, leaves, comes back or is away: at a time, or at an agenda item.

    `item` is the item the clause names, as written ("2"); `after_item` is set when the clause
    places the movement after that item's vote; `moment` is the clause as written; `gives` the
    holder of a proxy given on leaving, with what the sentence says of its scope after the holder
    (`gives_scope`: "… à Mme Y pour les points 4 et 5"), `ends` the holder of a proxy the movement ends."""

    who: Named
    kind: str  # "arrivée", "départ", "retour" or "absence"
    span: Span
    at: time | None = None
    after_item: str | None = None
    item: str | None = None
    moment: str = ""
    gives: Named | None = None
    gives_scope: Proxy | None = None
    ends: Named | None = None
    votes_from: str | None = None  # "il prend part aux votes à compter du point 4", as written
    before_this_item: bool = False  # "avant l'examen de ce point": before the vote of the item the clause stands in
    releases: list[Named] = field(default_factory=list)  # the givers whose proxies the member held end as they leave
    hands: list[Named] = field(default_factory=list)  # the givers whose proxies the member hands on, on leaving,
    handed_to: Named | None = None  # to this member


# The holder of a proxy given on leaving: a name, to a punctuation mark or to a word in lower case
# that is no particle ("à Mme Rose VALBRUNE pour la suite de la séance", "à M. Paul X et revient").
HOLDER = re.compile(with_civilities(r"(?:(?:{civility})\s+)?(?:[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?\s+(?=[A-ZÀ-Þ]))?[^.,;()\n]+?"  # "Mme N. ROUX": an initial's stop is the name's
                                    r"(?=\s*[.,;(\n]|\s*$|\s+(?!(?:(?:de|du|des|la|le|van|von|di|da|del|ben)\s+)+[A-ZÀ-Þ]|d['’]\s*[A-ZÀ-Þ])[a-zàâçéèêëîïôûù])"))  # (a particle before a capital is the name's)

# What the opening names of a line cannot hold: a heading's ":" or ";", a sentence's end, a verb.
NOT_NAMES = re.compile(r"[:;]|[a-zé]{2}\.\s|\b(?:le|la|les|de|du|des|au)\s+[a-zé]")


def movements(text: Text, start: int, end: int) -> list[Movement]:
    """The movements of the block `start`–`end`, in the order of the text."""
    found = _sentences(text, start, end)
    taken = [m.span for m in found]
    for movement in _civility_forms(text, start, end) + _table_rows(text, start, end):
        if not any(movement.span.start <= s.start < movement.span.end for s in taken):
            found.append(movement)
    for movement in found:
        lead_in = LEAD_IN.search(text.raw, max(start, movement.span.start - 160), movement.who.span.start)
        if lead_in:
            _sentence_opening(text, movement, lead_in.start(), lead_in.end())
    return sorted(found, key=lambda m: m.span.start)


# A line that sets the moment of the movements below it: "À 19 h 40, après le vote du point 5 :".
LEAD_IN = re.compile(r"(?<=\n)[^\n:]{4,120}:[ \t]*\n(?=[ \t]*(?:MM?\.|Mmes?|Monsieur|Madame)?[^\n]*\Z)")


def _table_rows(text: Text, start: int, end: int) -> list[Movement]:
    """The rows of a table of movements (`movements.yaml` table): the member, the kind its cell says, the time,
    and what the cells after them say (the moment, the proxy given: read as a civility form's rest)."""
    spec = cues("movements")["table"]
    found = []
    for header, rows in aligned.grids(text.raw, start, end, min_columns=3):
        titles = [fold_piece(cell.text) for cell in header]
        kind_at = next((i for i, t in enumerate(titles) if re.fullmatch(spec["movement"], t)), None)
        time_at = next((i for i, t in enumerate(titles) if re.fullmatch(spec["time"], t)), None)
        if kind_at is None or time_at is None or 0 in (kind_at, time_at):
            continue
        for row in rows:
            cells = aligned.place(header, row)  # (text, offset) a column, ("", -1) where empty
            kind = next((k for k, cue in spec["kinds"].items() if re.fullmatch(cue, fold_piece(cells[kind_at][0]))), None)
            if kind is None or not cells[0][0]:
                continue
            times = find_times(cells[time_at][0])
            movement = Movement(Named(cells[0][0], Span(cells[0][1], cells[0][1] + len(cells[0][0]))), kind,
                                Span(row[0].start, row[-1].start + len(row[-1].text)), times[0].value if times else None)
            rest = [(said, at) for said, at in cells[max(kind_at, time_at) + 1:] if said]
            if rest:  # (cells joined by `place` are read from the first's start to the row's end)
                _rest_of_sentence(text, movement, rest[0][1], row[-1].start + len(row[-1].text))
            found.append(movement)
    return found


def _verbs(text: Text, start: int, end: int) -> list[tuple[re.Match, str]]:
    """The verbs of the block in order. A run of verbs crosses a line end only where its sentence wraps
    (`_sentences`) and a run of proxies' verbs alone reads nothing: a proxy's verb is read only up to the
    end of the last line a movement's verb's sentence stands on (the matches before it are the whole scan's)."""
    spec = cues("movements")["verbs"]
    found = [[] if verb["kind"] == "pouvoir" else list(text.finditer(pattern(verb["cue"]), start, end)) for verb in spec]
    moves = [m.start() for matches in found for m in matches]
    if not moves:
        return []
    stop = _line_end(text.raw, max(moves), end)
    while WRAPPED.match(text.raw, stop):  # (its sentence wrapped onto the next lines: `_sentences`)
        stop = _line_end(text.raw, stop + 1, end)
    for verb, matches in zip(spec, found):
        if verb["kind"] == "pouvoir":
            matches += takewhile(lambda m: m.start() < stop, text.finditer(pattern(verb["cue"]), start, end))
    return sorted(((m, verb["kind"]) for verb, matches in zip(spec, found) for m in matches), key=lambda f: f[0].start())


# What opens a note before the names: a bracket ("(Mme X quitte …)"), a footnote's call ("(1) Mme X a rejoint …").
NOTE_OPENING = re.compile(r"[ \t]*(?:\(\d{1,2}\)[ \t]*|\*+[ \t]*)?[(\[]?")


# A sentence that goes on on the next line: a line end before a small letter.
WRAPPED = re.compile(r"\n[ \t]*(?:[a-zàâçéèêëîïôûù]|\d{1,3}[ \t]*[;,](?!\d))")  # ("… après le vote du point⏎3 ; sa voix …")


def _line_end(raw: str, position: int, end: int) -> int:
    line_end = raw.find("\n", position, end)
    return end if line_end < 0 else line_end


def _sentences(text: Text, start: int, end: int) -> list[Movement]:
    found: list[Movement] = []
    verbs = _verbs(text, start, end)
    index = 0
    while index < len(verbs):
        first, kind = verbs[index]
        line_start = max(start, text.raw.rfind("\n", 0, first.start()) + 1)
        line_start += len(NOTE_OPENING.match(text.raw, line_start, first.start()).group())  # "(Mme X quitte …)": a note
        label = text.at(pattern(cues("movements")["row_label"]["cue"]), line_start, first.start())
        line_start = label.end() if label else line_start  # "DÉPART⇥X quitte …": the row's first cell
        line_end = _line_end(text.raw, first.start(), end)
        sentence_end = SENTENCE_END.search(text.raw, first.end(), min(end, line_end + 40))  # "… à 21 h. M. Y arrive …" (its look-ahead
        line_end = sentence_end.start() if sentence_end and sentence_end.start() < line_end else line_end  # past the line: "; sa⏎voix")
        if WRAPPED.match(text.raw, line_end):  # "… quitte la séance à 10 h 20,⏎après le vote du point 2 ;"
            sentence_end = SENTENCE_END.search(text.raw, line_end + 1, min(end, line_end + 400))  # (past a page's furniture)
            line_end = sentence_end.start() if sentence_end else line_end
        run = [(m, k) for m, k in verbs[index:] if m.start() < line_end]
        index += len(run)
        subject = text.raw[line_start:first.start()]  # (a bracket closed in it opened above: "M. X (Saint-⏎Val) quitte …", the civility's forms read it)
        if kind == "pouvoir" or not subject.strip() or len(subject) > 300 or NOT_NAMES.search(subject) or subject.count(")") > subject.count("(") \
                or not re.search(r"[A-ZÉÈ]{2}|[A-ZÉÈ][a-zé]", subject) or _civility_sentence(subject):
            continue
        names = [_without_note(Named(t, Span(a, b))) for t, a, b in split_list_spans(subject, line_start) if not DIGIT.search(t)]  # ("À 18h50, M. X (Val) rejoint …": a time opens it, a note follows the name)
        if not names:
            continue
        for movement in _clauses(text, names, run, line_end):
            if movement.kind == "départ" and movement.gives is None:  # "… quitte la séance ; Mme Y porte son pouvoir"
                _holder_of_own(text, movement, line_end, end)
            _sentence_opening(text, movement, line_start, movement.who.span.start)  # "À 19 h 55, ROCHE Paul quitte …"
            found.append(movement)
    return found


def _without_note(named: Named) -> Named:
    """A name without the note in brackets after it ("Mme X (Val-Brun)": her commune)."""
    text = TRAILING_NOTE.sub("", named.text)
    return Named(text, Span(named.span.start, named.span.start + len(text)))


DIGIT = re.compile(r"\d")
CONNECTIVES = re.compile(r"[\s;,]*(?:(?:et|puis|il|elle|ils|elles)\b[\s;,]*)*")
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


# A word that no name holds: lower case, not a particle nor "et" ("appelée", "a", "adjointe").
PROSE_WORD = re.compile(r"(?<![\w'’-])(?!(?:de|du|des|la|le|les|van|von|di|da|del|ben|et)\b)[a-zàâçéèêëîïôûù]+\b")


def _civility_sentence(subject: str) -> bool:
    """Whether what stands before the verb is a sentence about someone named with a civility ("Mme la
    Présidente, appelée par ses fonctions de Maire, a quitté …"), not a list of names: the civility
    forms read it."""
    return bool(re.search(with_civilities(r"{civility}\s"), subject) and PROSE_WORD.search(subject))


def _clauses(text: Text, names: list[Named], run: list[tuple[re.Match, str]], line_end: int) -> list[Movement]:
    """Each verb of a sentence and the words up to the next one: a movement or a proxy given."""
    spec = cues("movements")
    out: list[Movement] = []
    for who in names:
        last: Movement | None = None
        for position, (verb, kind) in enumerate(run):
            stop = run[position + 1][0].start() if position + 1 < len(run) else line_end
            clause = text.raw[verb.end():stop]
            folded = text.folded[verb.end():stop]
            span = Span(verb.start(), verb.end() + len(clause.rstrip(" .\n")))
            if kind == "pouvoir":
                wraps = stop == line_end or verb.end() > stop  # (the verb itself may wrap: "… ; sa⏎voix est confiée à M. Y")
                told = _wrapped(text, verb.end(), max(stop, verb.end())) if wraps else clause
                holder = HOLDER.match(told)
                if last is not None and holder:
                    last.gives = Named(holder.group().strip(), Span(verb.end(), verb.end() + len(holder.group().strip())))
                    last.gives_scope = _scope_after(told[holder.end():], last.gives)  # "… et a donné pouvoir à Mme Y pour les points 4 et 5"
                continue
            moment = re.sub(r"\s*\(.*", "", clause, flags=re.S).strip(" .\n").removesuffix(" et").strip()
            moment = "" if CONNECTIVES.fullmatch(moment) else moment  # "quitte la séance et donne …", "…; il donne": no moment said
            times = find_times(clause)
            movement = Movement(who, kind, span, at=times[0].value if times else None, moment=moment)
            folded = _votes_from(movement, folded)
            movement.item, after = _item_said(folded, clause)
            movement.after_item = movement.item if after else None
            movement.before_this_item = bool(re.search(pattern(spec["this_item_before"]["cue"]), folded))  # "…, avant l'examen de la présente délibération"
            ended = next(filter(None, (re.search(pattern(form["cue"]), folded) for form in spec["ends_proxy"]["cues"])), None)
            if ended:
                at = verb.end() + ended.start("holder")
                movement.ends = Named(clause[ended.start("holder"):ended.end("holder")].strip(), Span(at, verb.end() + ended.end("holder")))
            if kind == "départ" and "(" in clause:
                _holder_in_note(text, movement, verb.end() + clause.index("("))
            out.append(movement)
            last = movement
    return out


NOTE = re.compile(r"\(([^()]{4,200})\)")


def _holder_in_note(text: Text, movement: Movement, at: int) -> None:
    """The holder a bracket opened at `at` after a departure names in a proxy's words ("… quitte la séance à 21 h 35
    (vote exprimé par Mme Y à partir du point suivant)", the bracket perhaps closed on the next line:
    `proxy_clauses.note_holder`), with the scope after the name."""
    note = NOTE.match(text.raw, at)
    held = proxy_clauses.note_holder(Text(note[1])) if note else None
    if held:
        _give(text, movement, Span(note.start(1) + held.start, note.start(1) + held.end), note.start(1) + held.end, note.end(1))


def _item_said(folded: str, raw: str) -> tuple[str | None, bool]:
    """(number, after) of the item a clause names ("avant l'examen du point 3": ("3", False)), `after` when the clause
    places the movement after the item's vote ("après le vote du point 5", "après le point 4"); (None, False) without one.
    `raw`: the clause as written, `folded` its fold (or the fold of its opening), where the number's letters keep their
    case ("du rapport CP 2027-216")."""
    spec = cues("movements")
    item = re.search(pattern(spec["item"]["cue"]), folded)
    if item is None:
        return None, False
    return act_number(raw[item.start("n"):item.end("n")]), bool(re.search(pattern(spec["after_vote"]["cue"]), folded[:item.end()]))


def _votes_from(movement: Movement, folded: str) -> str:
    """Read "il prend part aux votes à compter du point 4" into `movement`; return the folded
    clause before it (its point is not the movement's)."""
    votes = re.search(pattern(cues("movements")["votes_from"]["cue"]), folded)
    if votes is None:
        return folded
    movement.votes_from = votes["n"]
    return folded[:votes.start()]


def _wrapped(text: Text, start: int, stop: int) -> str:
    """text[start:stop] and, when the sentence goes on past the line end, its rest to the
    sentence's end, the line ends read as spaces: a holder's name wraps ("à M. Paul / VALBRUNE")."""
    end = SENTENCE_END.search(text.raw, stop, stop + 200)
    return text.raw[start:end.start() if end and end.start() > stop else stop].replace("\n", " ")


def _civility_forms(text: Text, start: int, end: int) -> list[Movement]:
    """"Arrivée de Mme X à 20 h 50", "M. X quitte la séance à 22 h 10", "Mme X reprend sa place" (a time, or after an item's vote before it);
    a name without civility ("Départ de Luc PETIT à 20 h 35", "…, PETIT Luc quitte la séance"), where no civility's
    form was read."""
    spec = cues("movements")
    found = []
    for mover in MOVER:
        for kind, cue in [("arrivée", c) for c in spec["arrival"]] + [("départ", c) for c in spec["departure"]] + [("retour", c) for c in spec["return"]]:
            for match in text.finditer(pattern(_filled(cue, mover, spec)), start, end):
                who = _mover(text.raw, match.start("who"), match.end("who"))
                if who is None or any(m.span.start < match.end() and match.start() < m.span.end for m in found):
                    continue
                moment = find_times(text.raw[match.start("t"):match.end("t")]) if match["t"] else []
                movement = Movement(who, kind, Span(match.start(), match.end()), moment[0].value if moment else None)
                _rest_of_sentence(text, movement, match.end(), end)  # (an item it names comes before one its opening names)
                _sentence_opening(text, movement, _opening(text, start, match.start()), match.start())
                found += [movement, *_co_subjects(text, movement, _opening(text, start, match.start()), who.span.start)]
    return found


def _filled(cue: str, mover: str, spec: dict) -> str:
    """A movement's cue with its who ("{mover}") and its time ("{moment}", "{clock}": `movements.yaml`) written in."""
    return cue.replace("{mover}", mover).replace("{moment}", spec["moment"]).replace("{clock}", spec["clock"])


# Who moves (`movements.yaml`'s "{mover}"): a civility and a name ("M. P. ROCHE", its initials; "M. Paul ROCHE
# J."), or two to four words without civility (folded: "petit luc"), bounded so that a cue is searched from its
# verb, not tried at every character; `_mover` keeps of the latter a name whose given name is on the list.
MOVER = (r"{civility}\s+(?:[a-z]\.(?:-[a-z]\.)?\s+)*[^,.;():]{2,60}?(?:\s[a-z]\.(?:-[a-z]\.)?)?",
         r"(?<![\w'])[a-z][a-z'-]{1,30}(?:[ \t]+[a-z][a-z'-]{1,30}){1,3}")
CIVILITY_WORD = re.compile(with_civilities(r"(?<![^\W\d_])(?:{civility})(?![^\W\d_])"))


def _mover(raw: str, start: int, end: int) -> Named | None:
    """Who a movement's cue names in `raw[start:end]`: from their civility, else the name without civility that ends it
    ("Le conseil remercie Luc PETIT" → "Luc PETIT"), else None ("Le Conseil" quitte …: no name)."""
    value = raw[start:end].rstrip()
    civility = CIVILITY_WORD.search(value)
    found = (civility.start(), len(value)) if civility else (bare := bare_name_ending(value)) and bare.span()
    return Named(value[found[0]:found[1]], Span(start + found[0], start + found[1])) if found else None


CO_SUBJECT = re.compile(with_civilities(r"(?P<who>{civility}\s+[A-ZÉÈ][^,;():]{1,40}?)\s*(?:,|\bet\b)\s*$"))


def _co_subjects(text: Text, movement: Movement, opening: int, position: int) -> list[Movement]:
    """The members named before the movement's own, joined by "et" or commas in its sentence ("Mme Y et
    M. X ont quitté la séance à 21 h 15"): each moves the same way."""
    out = []
    while (found := CO_SUBJECT.search(text.raw, opening, position)) is not None:
        who = Named(found["who"].strip(), Span(found.start("who"), found.start("who") + len(found["who"].strip())))
        out.append(replace(movement, who=who))
        position = found.start()
    return out


def _opening(text: Text, start: int, position: int, reach: int = 160) -> int:
    """Where the sentence holding `position` starts: after a line end or a full stop (not an
    initial's: "M. X"; a figure's is one: "… du point 1. Mme X"), within `reach` characters."""
    window = max(start, position - reach)
    stops = list(re.finditer(r"\n|(?<=[a-zé0-9)]{2}|\s\d)\.\s", text.raw[window:position]))
    return window + (stops[-1].end() if stops else 0)


def _sentence_opening(text: Text, movement: Movement, start: int, position: int) -> None:
    """What the sentence (or the line that leads in to it) says before the name: "À 19 h 25, après le
    vote de la délibération n° 2025-087, M. X quitte la séance" (the time, and the item whose vote the
    movement follows or before which it comes)."""
    spec = cues("movements")
    folded = text.folded[start:position]
    movement.before_this_item = movement.before_this_item or bool(re.search(pattern(spec["this_item_before"]["cue"]), folded))
    number, after = _item_said(folded, text.raw[start:position])
    if after:
        movement.after_item = movement.item = number
    elif number and movement.item is None:  # "À 19 h 25, avant l'examen du point 3, M. X rejoint la séance"
        movement.item = number
    times = find_times(text.raw[start:position])
    if movement.at is None and times:
        movement.at = times[0].value


# A clause's end: a full stop, a semicolon (not before a pronoun giving a proxy or saying from when they
# vote, for the same subject: "… à 16 h 30 ; il (a) donné son pouvoir à M. Y", "… ; il est représenté par
# M. Y", nor before the proxy itself: "… quitte la séance ; pouvoir remis à M. Y", "… ; un pouvoir est signé
# par …", "… ; représentation de Mme X par M. Y"), a line end before a blank line or what opens a line of its
# own (a bullet, a number — not one a dangling "point" or "n°" asks for —, a civility); a sentence wraps onto
# the next line ("quitte la séance et / donne pouvoir à M. Paul / VALBRUNE pour la suite").
FULL_STOP = r"(?:(?<=[a-zé0-9)]{2})|(?<=[A-ZÀ-Þ]{3})|(?<=\s\d))\.(?:\s|$)"  # a word's last letters (a family name's capitals) or a figure and a full stop ("… du point 4. Présents", "… par M. Jean ROCHE.⏎Présents", not "M. X")
SENTENCE_END = re.compile(FULL_STOP + r"|;(?!\s*(?:(?:il|elle)s?\s+(?:(?:a|ont)\s+)?(?:donné|donne|prend|participe|vote|délégué|délègue|confié|confie|remis|remet|désigné|désigne|mandaté|mandate|fait\s+voter)|(?:il|elle)\s+est\s+représentée?(?:\s+(?:au|pour\s+le|lors\s+du)\s+vote)?\s+par|(?:(?:son|sa|un|une|le|la)\s+)?(?:pouvoir|procuration)\b|sa\s+voix\b|son\s+vote\b|vote\s+exprimé\s+par\b|(?:la\s+)?[Rr]eprésentation\s+de\b))|(?<!point)(?<!points)(?<!question)(?<!rapport)(?<!n°)(?<! de)(?<! à)(?<! a)(?<! par)(?<! au)(?<! voter)\n(?=[ \t]*(?:\n|$|[-•–*]|\d|(?:MM?\.|Mmes?|Monsieur|Madame)\s))")  # (not "pour le point⏎5", "à la disposition de⏎Mme Y", "il fait voter⏎Mme Y")


def _rest_of_sentence(text: Text, movement: Movement, position: int, end: int) -> None:
    """What the rest of a civility form's sentence says: "…, après le vote de la délibération
    n° 2024-027, et donne pouvoir à M. Y"."""
    spec = cues("movements")
    stop = SENTENCE_END.search(text.raw, position, min(end, position + 250))
    stop = stop.start() if stop else min(end, position + 250)
    folded = text.folded[position:stop]
    folded = _votes_from(movement, folded)
    movement.before_this_item = movement.before_this_item or bool(re.search(pattern(spec["this_item_before"]["cue"]), folded))
    number, after = _item_said(folded, text.raw[position:stop])
    if number and movement.item is None:
        movement.item = number
        movement.after_item = number if after else movement.after_item
    released = re.search(pattern(spec["releases"]["cue"]), folded) if movement.kind == "départ" else None
    if released:  # "… quitte la séance ; la procuration de Mme X prend fin avec son départ"
        spans = giver_spans(text.raw, position + released.start("givers"), position + released.end("givers"))
        movement.releases = [Named(text.raw[a:b].strip(), Span(a, b)) for a, b in spans if text.raw[a:b].strip()]
    handed = next(filter(None, (re.search(pattern(form["cue"]), folded) for form in spec["hands_on"])), None) if movement.kind == "départ" else None
    if handed:
        _hands_on(text, movement, position, handed, stop)
        return
    gives = next((v for v in spec["verbs"] if v["kind"] == "pouvoir"), None)
    verb = re.search(pattern(gives["cue"]), folded) if gives and movement.kind == "départ" else None
    if movement.kind == "départ" and verb is None:
        _holder_of_own(text, movement, stop, end)
    if verb:
        raw = text.raw[position + verb.end():stop].replace("\n", " ")  # a name wrapped at a line end
        holder = HOLDER.match(raw, len(raw) - len(raw.lstrip()))
        if holder:
            at = position + verb.end() + holder.start()
            movement.gives = Named(holder.group(), Span(at, at + len(holder.group())))
            movement.gives_scope = _scope_after(raw[holder.end():], movement.gives)


# The words after a departure: its next clause (past "; " or a line's end, to the clause's end), where the
# leaver names the holder of their own proxy; its next sentence (past ". ", to a full stop, a semicolon or a
# blank line: a line may break before a giver's civility), where the proxies they held are handed on.
NEXT_CLAUSE = (re.compile(r"[\s;,]*"), SENTENCE_END)
NEXT_SENTENCE = (re.compile(r"[\s;,.]*"), re.compile(FULL_STOP + r"|;|\n[ \t]*\n"))


def _next(text: Text, position: int, end: int, bounds: tuple[re.Pattern, re.Pattern]) -> tuple[int, int]:
    """Where the clause or sentence after `position` opens and stops (at most 250 characters on)."""
    lead, stops = bounds
    opens = lead.match(text.raw, position).end()
    stop = stops.search(text.raw, max(position + 1, opens), min(end, opens + 250))
    return opens, stop.start() if stop else min(end, opens + 250)


def _holder_of_own(text: Text, movement: Movement, position: int, end: int) -> None:
    """The holder named first in the clause or sentence after a departure ("… quitte la séance ; M. Y est
    muni de son pouvoir pour les points suivants", the clause on the next line): the leaver's proxy is theirs
    from the departure; or the one person besides the leaver that the rest of the departure's sentence and that
    clause name in a proxy's words. Or the proxies the leaver held, handed on there ("Le pouvoir de M. X, qu'il
    détenait, est reporté sur Mme Y")."""
    stop = _next(text, position, end, NEXT_CLAUSE)[1]
    held = pattern(cues("movements")["holds_own"]["cue"]).match(text.folded, position, stop)
    if held:
        holder = text.raw[held.start("holder"):held.end("holder")]
        movement.gives = Named(holder, Span(held.start("holder"), held.end("holder")))
        return
    leaver = family_key(movement.who.text)
    for last in (position, stop):  # the departure's own sentence, then with the next clause
        if _give(text, movement, proxy_clauses.leaver_holder(text, movement.span.start, last, leaver), movement.span.start, last):
            return  # "… et a fait porter sa voix par M. Y", "… ; pouvoir de Mme X à Mme Y pour la suite", "… ; M. Y tiendra la voix de M. X"
    opens, stop = _next(text, position, end, NEXT_SENTENCE)
    handed = next(filter(None, (pattern(form["cue"]).match(text.folded, opens, stop) for form in cues("movements")["hands_on"])), None)
    if handed:  # "… sans donner de pouvoir. Le pouvoir de M. X, qu'il détenait, est reporté sur Mme Y"
        _hands_on(text, movement, 0, handed, stop)  # (matched on the whole text: its offsets are the text's)
    else:  # "… après le vote du point 3. Sa voix sera portée par M. Y à partir du point 4."
        _give(text, movement, proxy_clauses.leaver_holder(text, opens, stop, leaver, opening=True), opens, stop)


def _give(text: Text, movement: Movement, holder: Span | None, start: int, stop: int) -> bool:
    """Give `movement` the holder of its leaver's proxy (when found), with the scope the words of `[start, stop)` say."""
    if holder is None:
        return False
    movement.gives = Named(text.raw[holder.start:holder.end], holder)
    movement.gives_scope = _scope_after(text.raw[start:stop].replace("\n", " "), movement.gives)
    return True


def _scope_after(rest: str, holder: Named) -> Proxy | None:
    """The scope the words after a proxy's holder give it ("pour les points 4 et 5"), or None."""
    probe = Proxy(holder, holder, holder.span)
    scope_cell(rest, probe)
    return probe if any((probe.from_item, probe.to_item, probe.to_time)) else None


def _hands_on(text: Text, movement: Movement, position: int, handed: re.Match, stop: int) -> None:
    """"… quitte l'assemblée et remet le pouvoir de Mme X ainsi que le sien à M. Y": the givers whose
    proxies pass to Y (`hands`), and the leaver's own proxy to Y when "le sien" says so (`gives`)."""
    raw = text.raw[position + handed.end():stop].replace("\n", " ")
    holder = HOLDER.match(raw, len(raw) - len(raw.lstrip()))
    if holder is None:
        return
    at = position + handed.end() + holder.start()
    receiver = Named(holder.group(), Span(at, at + len(holder.group())))
    givers_at = position + handed.start("givers")
    spans = giver_spans(text.raw, givers_at, position + handed.end("givers"))
    movement.hands = [Named(text.raw[a:b].strip(), Span(a, b)) for a, b in spans if text.raw[a:b].strip()]
    movement.gives = receiver if handed.groupdict().get("own") else movement.gives
    movement.handed_to = receiver
