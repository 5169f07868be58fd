"""Round thirty-three's pieces, each on a small invented text: a leaver's proxy whose giver is a pronoun ("M. Y a été
désigné par lui pour le remplacer au vote", "Mme Y votera aussi pour lui"); a comma inside an association's name its acronym
spells ("Élus, Eau & Territoires (EET)"); "pouvoir d'X à Y"; word-processor rows "Assistait⇥Mme X", "Contre⇥2 (…)",
"unanimité⇥18 voix"; a staff office "secrétaire générale de mairie" under "Également présents"; a family name with a
circumflex in the second column; the body a member sits for after a comma ("Mme X BRUN, Action Val"); "27-CP-Ol" in OCR; "Mme X voix portée par Mme Y" in a
tally; an association written in full in the text, short in its title; a centre de gestion's own membership."""

from __future__ import annotations

from pathlib import Path

from civicgraph.facts import Span

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import act_number, read_vote
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.text.acronyms import spelled_out
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_42 import COUNCIL

ITEMS = "\n\n1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\n3. Voirie\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("told", ["M. Jean CARON a été désigné par lui pour le remplacer au vote à compter du point 3.",
                                  "à partir du point 3, M. Jean CARON votera aussi pour lui."])
def test_a_leavers_proxy_given_by_a_pronoun(tmp_path: Path, told: str):
    text = (f"{COUNCIL}\nSéance du 5 octobre 2027\n\nPrésents : M. Paul ROCHE, M. Luc PETIT, M. Jean CARON, Mme Rose LYS.\n\n"
            f"Secrétaire de séance : Mme Rose LYS.\n\nÀ 19 h 25, après le vote du point 2, M. Luc PETIT quitte la séance ; "
            f"{told}{ITEMS}")
    assert ("Luc PETIT", "Jean CARON") in proxies(tmp_path, text)


def test_a_comma_inside_a_name_its_acronym_spells():
    assert spelled_out("l'association Élus, Santé & Territoires (EST)", "EST") == (14, 39)
    def named(name: str) -> str:
        raw = f"Le conseil renouvelle l'adhésion à l'association {name} pour 2027, cotisation de 320 €."
        return read_memberships(Text(view(raw)), 0, len(raw))[0].association
    assert named("Élus, Santé & Territoires (EST)") == "Élus, Santé & Territoires (EST)"
    assert "Santé" not in named("Élus, Santé & Territoires (ABC)")  # (an acronym that does not spell them: the name stops)


def roll_of(raw: str):
    """The roll call read from `raw` (`read_roll_call` over its view)."""
    return read_roll_call(Text(view(raw)), 0, len(raw))


def test_a_proxy_of_a_giver_whose_given_name_is_elided():
    raw = "Pouvoirs : pouvoir de Luc PETIT à Rose LYS ; pouvoir d'Yves MORIN (Val) à Jean CARON.\n\nSecrétaire de séance : Rose LYS.\n"
    assert {(p.giver.text, p.holder.text) for p in roll_of(raw).proxies} == {("Luc PETIT", "Rose LYS"), ("Yves MORIN", "Jean CARON")}


def test_word_processor_rows_a_staff_office_and_a_body_after_a_comma():
    raw = ("Présents\tM. Paul ROCHE, Maire\n\tMme Rose LYS, Action Val\n\tM. Jean CARON, Grand Val Cœur de Brenne\n\n"
           "Assistait\tMme Anne BRUN, secrétaire générale de mairie\n\n"
           "Également présents : M. Luc PETIT, secrétaire générale de mairie ; deux habitants.\n\n"
           "Secrétaire de séance\tMme Rose LYS\n")
    roll = roll_of(raw)
    assert [(e.who.text, e.commune.text if e.commune else None) for e in roll.entries if e.status == "présent" and e.who.text[0] == "M"] == [
        ("M. Paul ROCHE", None), ("Mme Rose LYS", "Action Val"), ("M. Jean CARON", "Grand Val Cœur de Brenne")]
    assert [e.who.text for e in roll.entries if e.status == "sans voix délibérative"] == ["Mme Anne BRUN", "M. Luc PETIT"]


def test_a_family_name_with_a_circumflex_in_a_second_column():
    raw = ("Présents :\n  Paul ROCHE (Val)                   Rose LYS (Roche)\n  Jean CARON (Val)                   Denis CHÊNE (Roche)\n"
           "  Luc PETIT (Val)\n\nSecrétaire de séance : Rose LYS.\n")
    raw = "  En exercice : 6        Présents : 5        Procurations : 0        Votants : 5\n\n" + raw
    assert sorted(e.who.text for e in roll_of(raw).entries) == ["Denis CHÊNE", "Jean CARON", "Luc PETIT", "Paul ROCHE", "Rose LYS"]


def test_tallies_a_row_each_after_a_tab_and_a_vote_carried_for_a_leaver():
    for raw, counts in (("Adopté à l'unanimité\t18 voix\n", {"pour": 18}),
                        ("Adopté à l'unanimité des votants\t17 voix\n", {"pour": 17}),
                        ("Pour\t15\nContre\t2 (M. Luc PETIT, M. Jean CARON)\nAbstention\t1 (Mme Rose LYS par pouvoir)\n",
                         {"pour": 15, "contre": 2, "abstention": 1})):
        vote = read_vote(Text(raw), 0, len(raw))
        assert {k: n for k, (n, _) in vote.counts.items()} == counts, raw
    raw = "Pour : 21 - Contre : 0 - Abstentions : 2 (M. Luc PETIT, Mme Rose LYS voix portée\npar Mme Anne BRUN)."
    vote = read_vote(Text(raw), 0, len(raw))
    assert [n for n, _ in vote.names["abstention"]] == ["M. Luc PETIT", "Mme Rose LYS"]
    assert [n for n, _ in vote.by_proxy] == ["Mme Rose LYS"]


def test_an_ocr_act_number_after_a_series_letters():
    assert [act_number(n) for n in ("27-CP-Ol", "27-CP-O2", "CP-IO", "A-I")] == ["27-CP-01", "27-CP-02", "CP-10", "A-I"]


def test_an_association_in_full_in_the_text_short_in_its_title():
    def joined(title: str, body: str) -> str:
        raw = f"3. {title}\nRapporteur : M. Paul ROCHE\n{body}\nAdopté à l'unanimité.\n"
        at = raw.index("Rapporteur")
        return read_memberships(Text(view(raw)), at, len(raw), (title, Span(3, 3 + len(title))))[0].association
    assert joined("Renouvellement de l'adhésion au CAUE du Val pour 2027",
                  "Le conseil décide de renouveler l'adhésion de la commune au Conseil\nd'architecture, d'urbanisme et de "
                  "l'environnement du Val pour l'année 2027, pour une cotisation de 95 €.") == \
        "Conseil d'architecture, d'urbanisme et de l'environnement du Val"
    assert joined("Renouvellement de l'adhésion du Centre de gestion à la Fédération des centres du Val (FCV) – cotisation 2027",
                  "Le conseil d'administration renouvelle l'adhésion du Centre de gestion du Val à la\nFédération des centres du "
                  "Val et de Roche, association régie par la loi de 1901, pour l'année 2027, et approuve la cotisation de 850 €.") == \
        "Fédération des centres du Val et de Roche"
    raw = "Le comité renouvelle l'adhésion à l'Association des pays du Val (APV - Territoires de projet) pour 2027, cotisation de 98 €."
    assert read_memberships(Text(view(raw)), 0, len(raw))[0].association == "Association des pays du Val (APV - Territoires de projet)"
