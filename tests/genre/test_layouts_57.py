"""Round thirty-three's pieces, each on a small invented text: a leaver's proxy whose giver is a pronoun ("M. Y a été
désigné par lui pour le remplacer au vote", "Mme Y votera aussi pour lui"); a comma inside an association's name its acronym
spells ("Élus, Santé Publique & Territoires (ESPT)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.reader import view
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
