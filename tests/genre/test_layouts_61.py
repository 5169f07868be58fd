"""Round thirty-seven's pieces, each on a small invented text: "sera remplacé au scrutin par"; an association's heading
over its kind with its scope first ("Association départementale – loi du 1er juillet 1901")."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_layouts_51 import _authors
from tests.genre.test_layouts_57 import roll_of


def test_a_giver_replaced_at_the_ballot():
    roll = roll_of("Présents : M. Paul ROCHE, M. Jean CARON.\n\nAbsents excusés : M. Luc PETIT (Val) sera remplacé au scrutin par "
                   "M. Jean CARON ; Mme Rose LYS (Roche).\n\nSecrétaire de séance : M. Jean CARON.\n")
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("M. Luc PETIT", "M. Jean CARON")]


def test_an_associations_kind_with_its_scope_below_its_name(tmp_path: Path):
    text = ("                  LES AMIS DU VAL-BRUN\n      Association départementale – loi du 1er juillet 1901 – Val-Brun\n"
            "            PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\n\nLe samedi 5 juin 2027, à 10 heures, les membres de "
            "l'association se sont réunis en assemblée générale à Val-Brun.\n\nPrésents : M. Paul ROCHE, Mme Rose LYS.\n\n"
            "1. Rapport moral\nAdopté à l'unanimité.\n")
    assert _authors(tmp_path, text) == {"Les Amis du Val-Brun"}
