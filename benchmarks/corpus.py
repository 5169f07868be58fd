"""A seeded synthetic corpus of French local-government minutes, for benchmarks and smoke tests.

    python benchmarks/corpus.py N OUT [--seed S]

writes N plain-text documents into OUT, the same files for the same N and seed. Two families:

- variants of the five seed documents (`corpus/`), the layouts today's readers read: the
  collectivité becomes another commune of the official list (ingest/reference/divisions), every
  person of the roll another person of that commune's pool (given names from the INSEE list,
  surnames drawn from a small pool so that homonyms occur across collectivités, and now and then
  written with an accent or hyphen lost), years moved to 2015–2026, amounts changed. The
  association the seeds join (La 27e Région) stays: a body named by most documents, as in practice.
- minutes written from the layouts of ../shared/cases/ (procès-verbal of a conseil municipal with
  proxies in several written forms, arrivals and departures by agenda point, non-unanimous tallies,
  a membership with its fee; compte rendu of an association's general assembly). Today's readers
  read little of these (a new generic reader is being written): they time the reading stage on
  realistic text and the later stages on what is read.

A few errors are planted on purpose (one document in fifty: a proxy given to oneself)."""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
REFERENCE = ROOT / "ingest" / "reference"
SEED_BODIES = ("Clermont-Ferrand", "Poitiers")
WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FULL_DATE = re.compile(r"\b(?:(?P<weekday>(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)) )?(?P<day>\d{1,2}) "
                       r"(?P<month>(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
                       r"|janv|févr|mar|avr|juil|sept|oct|nov|déc)) (?P<year>20\d\d)\b")
SYLLABLES = "mar tin ber nard du pont mo reau lac roix fa bre gui ral ro chet bou vier ga lien ver net cou dert".split()
UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"
LOWER = "a-zàâäçéèêëîïôöùûü"
GIVEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# "Prénom NOM [NOM]" and "Prénom Nom": the given name must be one of the INSEE list to be replaced.
PERSON = re.compile(rf"\b({GIVEN}) ((?:[{UPPER}][{UPPER}'’-]+)(?: [{UPPER}][{UPPER}'’-]+)*|[{UPPER}][{LOWER}]+)\b")


@lru_cache(maxsize=1)
def given_names() -> list[str]:
    with gzip.open(REFERENCE / "prenoms.csv.gz", "rt", encoding="utf-8") as rows:
        ranked = [(min(int(r["rang_f"] or 10**6), int(r["rang_m"] or 10**6)), r["prenom"]) for r in csv.DictReader(rows)]
    return [name for _, name in sorted(ranked)[:600]]


@lru_cache(maxsize=1)
def communes() -> list[str]:
    with gzip.open(REFERENCE / "divisions" / "communes.csv.gz", "rt", encoding="utf-8") as rows:
        return sorted(r["nom"] for r in csv.DictReader(rows) if r["type"] == "actuelle")


class World:
    """The collectivités and persons the documents talk about, drawn once from the seed."""

    def __init__(self, rng: random.Random, documents: int):
        self.rng = rng
        self.bodies = rng.sample(communes(), max(10, documents // 4))
        surnames = {"".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).upper() for _ in range(max(200, documents))}
        self.surnames = sorted(surnames)
        self.people: dict[str, list[tuple[str, str]]] = {}

    def council(self, body: str, size: int = 40) -> list[tuple[str, str]]:
        """The same members each time a collectivité is drawn (persons across documents)."""
        if body not in self.people:
            self.people[body] = [(self.rng.choice(given_names()[:300]), self.rng.choice(self.surnames)) for _ in range(size)]
        return self.people[body]

    def written(self, given: str, family: str, upper: bool = True) -> str:
        """A person as a document writes them, now and then misspelt as OCR and typists do."""
        family = family if upper else family.capitalize()
        if self.rng.random() < 0.04:
            given = given.replace("é", "e").replace("è", "e").replace("-", "")
        return f"{given} {family}"


def seed_variant(world: World, rng: random.Random) -> str:
    seed = rng.choice(SEEDS)
    text = seed.read_text(encoding="utf-8")
    body = rng.choice(world.bodies)
    for name in SEED_BODIES:
        text = text.replace(name, body).replace(name.upper(), body.upper())
    members, mapping = world.council(body, 80), {}
    known = set(given_names())

    def person(match: re.Match) -> str:
        given, family = match.group(1), match.group(2)
        if given not in known:
            return match.group(0)
        key = (given, family.upper())
        if key not in mapping:
            mapping[key] = members[len(mapping) % len(members)]
        return world.written(*mapping[key], upper=family.isupper())

    text = PERSON.sub(person, text)
    shift = rng.randint(2015, 2026) - 2021
    text = re.sub(r"\b(20[12]\d)\b", lambda m: str(min(2026, max(2015, int(m.group(1)) + shift))), text)
    text = spread_dates(text, rng.randint(-170, 170))
    return re.sub(r"\b(\d{1,3}) 000 (€|euros)", lambda m: f"{rng.randint(1, 60)} {rng.randint(0, 9)}00 {m.group(2)}", text)


def spread_dates(text: str, days: int) -> str:
    """Every full date of `text` moved by `days` (intervals between them kept, a weekday named with
    a date made right), so that variants of one seed do not meet on the seed's day and month."""

    def moved(match: re.Match) -> str:
        weekday, day, month, year = match.group("weekday"), match.group("day"), match.group("month"), match.group("year")
        number = next(n for n, name in enumerate(MONTHS, 1) if name.startswith(month.lower()))  # "mar" is mars
        new = _moved(date(int(year), number, int(day)), days)
        name = MONTHS[new.month - 1]
        name = name.upper() if month.isupper() else name
        named = (WEEKDAYS[new.weekday()].upper() if weekday.isupper() else WEEKDAYS[new.weekday()]) + " " if weekday else ""
        return f"{named}{new.day:0{len(day)}d} {name} {new.year}"

    def numeric(match: re.Match) -> str:
        new = _moved(date(int(match.group(3)), int(match.group(2)), int(match.group(1))), days)
        return f"{new.day:02d}/{new.month:02d}/{new.year}"

    text = FULL_DATE.sub(moved, text)
    return re.sub(r"\b(\d{2})/(\d{2})/(20\d\d)\b", numeric, text)


def _moved(day: date, days: int) -> date:
    """`day` moved by `days`, or back by as many when that would leave 2015–2026."""
    new = day + timedelta(days=days)
    return new if 2015 <= new.year <= 2026 else day - timedelta(days=days)


def minutes(world: World, rng: random.Random, plant_error: bool) -> str:
    """A procès-verbal of a conseil municipal in the layout of case 10 (Civilité NOM Prénom)."""
    body = rng.choice(world.bodies)
    members = world.council(body)
    size = rng.randint(15, len(members))
    roll = members[:size]
    present, proxies, absent = roll[: size - 6], roll[size - 6 : size - 2], roll[size - 2 :]
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026)
    civ = lambda p: f"{rng.choice(('M.', 'Mme'))} {p[1]} {p[0]}"
    forms = ("{a}, représentée par {b}", "{a} (pouvoir à {b})", "{a} donne pouvoir à {b}", "{a} à {b}", "{a} par {b}")
    lines = [f"COMMUNE DE {body.upper()}",
             f"PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU {day} {MONTHS[month - 1].upper()} {year}", "",
             f"Le {day} {MONTHS[month - 1]} {year} à {rng.randint(18, 20)} heures, le Conseil municipal, convoqué le "
             f"{max(1, day - 7)} {MONTHS[month - 1]} {year}, s'est réuni en mairie sous la présidence de {civ(present[0])}, Maire.", "",
             "Étaient présents : " + ", ".join(civ(p) for p in present) + ".", "", "Absents ayant donné procuration :"]
    for giver in proxies:
        holder = giver if plant_error and giver is proxies[0] else rng.choice(present)
        lines.append("- " + rng.choice(forms).format(a=civ(giver), b=civ(holder)))
    lines += ["", "Absents excusés : " + ", ".join(civ(p) for p in absent), "",
              f"Secrétaire de séance : {civ(present[-1])}", "",
              f"En exercice : {size} – Présents : {len(present)} – Votants : {len(present) + len(proxies)}", ""]
    voters = len(present) + len(proxies)
    for point in range(1, rng.randint(3, 8)):
        lines.append(f"{point}. {rng.choice(('Décision modificative n° 1 – budget principal', 'Tarifs de la cantine scolaire', 'Subvention au comité des fêtes', 'Cession d’un terrain communal'))}")
        if rng.random() < 0.2:
            lines.append(f"Arrivée de {civ(absent[0])} à {rng.randint(18, 21)} h {rng.randint(10, 59)}.")
        against = rng.choice((0, 0, 1, 2))
        lines.append("Adopté à l’unanimité." if not against else f"Pour : {voters - against} ; Contre : {against} ({civ(rng.choice(present))}) ; Abstention : 0.")
        lines.append("")
    association = rng.choice(("La 27e Région", "Villes Internet", "Association des maires ruraux", "Réseau des territoires innovants"))
    lines += [f"{point + 1}. Adhésion à l’association {association} pour l’année {year}",
              f"Le conseil municipal décide d’adhérer à {association} et de verser une cotisation de {rng.randint(1, 40) * 50} euros.",
              "Adopté à l’unanimité.", "", f"La séance est levée à {rng.randint(21, 23)} h {rng.randint(10, 59)}."]
    return "\n".join(lines) + "\n"


def assembly(world: World, rng: random.Random) -> str:
    """A compte rendu of an association's general assembly (case 05 and 16 layouts)."""
    body = rng.choice(world.bodies)
    members = world.council(body)[:20]
    year = rng.randint(2015, 2026)
    present = members[: rng.randint(8, 18)]
    return "\n".join([
        f"ASSOCIATION {rng.choice(('Les Amis de', 'Patrimoine de', 'Comité des fêtes de'))} {body}",
        f"Compte rendu de l’assemblée générale ordinaire du {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}", "",
        "Présents : " + ", ".join(world.written(g, f, upper=False) for g, f in present),
        f"Quorum : {len(present)} présents sur {len(members)} cotisants.", "",
        f"Rapport moral présenté par {world.written(*present[0], upper=False)}, président : adopté à l’unanimité.",
        f"Rapport financier : résultat de l’exercice {year - 1} : {rng.randint(-3000, 9000)} euros. Adopté (1 abstention).",
        f"Cotisation des membres : {rng.randint(10, 30)} euros.", ""]) + "\n"


def generate(count: int, out: Path, seed: int = 2026) -> list[Path]:
    """Write `count` documents into `out`; return their paths."""
    rng = random.Random(seed)
    world = World(rng, count)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        kind = rng.random()
        text = seed_variant(world, rng) if kind < 0.6 else minutes(world, rng, plant_error=n % 50 == 49) if kind < 0.9 else assembly(world, rng)
        path = out / f"{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    print(f"{len(generate(args.count, args.out, args.seed))} documents in {args.out}")


if __name__ == "__main__":
    main()
