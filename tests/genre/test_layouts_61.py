"""A letterhead's body, as rounds thirty-five to thirty-seven wrote them, each on a small invented text: a brand with its
département's number before the dash ("VAL HABITAT 27 – OFFICE PUBLIC DE L'HABITAT DU VAL"); the document's title in the
letterhead's other column ("COMPTE RENDU"); an association's kind below its name with its scope first ("Association
départementale – loi du 1er juillet 1901")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.genre.test_layouts_51 import _authors

LETTERHEADS = [
    ("VAL HABITAT 27 – OFFICE PUBLIC DE L'HABITAT DU VAL\n\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION", "Val Habitat 27"),
    ("  PÔLE D'ÉQUILIBRE TERRITORIAL ET RURAL                          COMPTE RENDU\n"
     "  DU VAL-BRUN                                                    COMITÉ SYNDICAL", "Pôle d'Équilibre Territorial et Rural du Val-Brun"),
    ("                  LES AMIS DU VAL-BRUN\n      Association départementale – loi du 1er juillet 1901 – Val-Brun\n"
     "            PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE", "Les Amis du Val-Brun"),
]


@pytest.mark.parametrize("letterhead, body", LETTERHEADS)
def test_a_letterheads_body(tmp_path: Path, letterhead: str, body: str):
    text = (f"{letterhead}\n\nLa séance s'est tenue le mardi 5 octobre 2027 à 18 heures à Val-Brun.\n\n"
            "Présents : M. Paul ROCHE, Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert _authors(tmp_path, text) == {body}
