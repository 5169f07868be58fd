"""Round thirty-two's pieces, each on a small invented text: a roll under a rule of dashes read at once (the rule no
run of family names: split two ways at each dash it took exponential time); "Y porte également la voix de X"; a
proxy's act in OCR ("à compter du rapport 27CP-O4"); a family name ending in "EST" before "représenté par"."""

from __future__ import annotations

import re

from civicgraph.genre import roll_call
from civicgraph.genre.cues import Text
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call


def test_a_rule_of_dashes_is_no_family_name():
    family = re.compile(roll_call._FAMILY_WORDS)
    assert family.fullmatch("DUPONT-MARTIN DE LA ROCHE") and family.fullmatch("D'ARVIEU")
    assert not family.match("-" * 90)


def test_a_roll_under_a_rule_of_dashes():
    raw = ("   DÉLÉGUÉS – PRÉSENCE\n      Membre                 Titulaire               Suppléant             Présence\n"
           "   " + "-" * 92 + "\n"
           "      CC du Val              ROCHE Paul              –                     présent\n"
           "                             LYS Rose                CARON Jean            excusée\n\n"
           "   Pouvoirs :\n   M. Luc PETIT : pouvoir remis à M. Paul ROCHE.\n\n   Secrétaire de séance : M. Paul ROCHE.\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("M. Luc PETIT", "M. Paul ROCHE")]


def test_a_holder_carrying_a_voice_too_and_an_ocr_act_in_a_scope():
    raw = ("Excusés : M. Luc PETIT, Mme Anne BRUN.\nPouvoirs : M. Paul ROCHE porte également la voix de M. Luc PETIT.\n"
           "À 11 h 20, Mme Rose LYS quitte la séance ; à compter du rapport 27CP-O4, elle se fait représenter au vote par "
           "M. Jean CARON.\nAbsents excusés :\nYves MOREST représenté par Luc PETIT\n\nSecrétaire de séance : M. Jean CARON.\n")
    proxies = {(p.giver.text, p.holder.text) for p in read_roll_call(Text(view(raw)), 0, len(raw)).proxies}
    assert {("M. Luc PETIT", "M. Paul ROCHE"), ("Mme Rose LYS", "M. Jean CARON"), ("Yves MOREST", "Luc PETIT")} <= proxies
    scope = "à compter du rapport 27CP-O4"
    assert roll_call._as_written(scope, re.search(r"rapport (?P<d>\S+)", scope.lower()), "d") == "27CP-04"
