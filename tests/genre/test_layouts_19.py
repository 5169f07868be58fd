"""Forms met in the nineteenth blind set, read by general mechanisms: a running title's initials and
date ("CA du 09/11/23") date a séance whose heading prints no year, never the initials inside a
sentence ("arrêtés par le CA du 16 mai 2024"). Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import Text, alternatives, cues
from tests.genre.test_attendance_layouts_14 import read

MINUTES = ("AMIS DU MOULIN DE VAL-BRUN{title}\nAssociation loi 1901\n\n"
           "COMPTE RENDU DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\nJeudi 9 novembre – 14 h 30 – local de l'association\n\n"
           "Présents : Anne BRUN (présidente), Paul ROCHE, Jean CARON.\n\n"
           "1. Comptes\nLes comptes arrêtés par le CA du 16 mai 2024 sont approuvés à l'unanimité.\n")


def _days(tmp_path: Path, text: str) -> set[str]:
    return {str(s.first("date")) for s in read(tmp_path, text).facts[0].of_class("Seance")}


def test_a_running_titles_initials_date_the_seance(tmp_path: Path):
    assert _days(tmp_path, MINUTES.format(title="                    CA du 09/11/23")) == {"2023-11-09"}


def test_initials_inside_a_sentence_are_no_heading():
    text = Text("Les comptes arrêtés par le CA du 16 mai 2024 sont approuvés.\nCA du 09/11/23")
    found = [text.raw[m.end():m.end() + 8] for m in text.finditer(alternatives(cues("seance")["heading"]), 0, len(text.raw))]
    assert found == ["09/11/23"]


def _body(tmp_path: Path, text: str):
    return read(tmp_path, text).facts[0].of_class("Seance")[0].first("organe").first("organisation")


def test_an_association_fonciere_is_a_public_body_not_its_commune(tmp_path: Path):
    text = ("ASSOCIATION FONCIÈRE DE REMEMBREMENT DE VAL-BRUN\n(Vienne)\n\nREGISTRE DES DÉLIBÉRATIONS DU BUREAU\n\n"
            "Séance du 16 mars 2021\n\nLe bureau de l'association foncière, convoqué le 8 mars 2021, s'est réuni à la mairie "
            "de Val-Brun sous la présidence de M. Paul ROCHE.\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN.\n\n"
            "1 - Budget\nAdopté à l'unanimité.\n")
    body = _body(tmp_path, text)
    assert (body.first("nom"), body.types) == ("Association Foncière de Remembrement de Val-Brun", {"EtablissementPublicLocal"})


def test_a_one_line_headings_body_ends_before_the_formula(tmp_path: Path):
    text = ("RÉPUBLIQUE FRANÇAISE PROCÈS-VERBAL DU COMITÉ SYNDICAL DU SYNDICAT INTERCOMMUNAL DES EAUX DU VAL-BRUN "
            "L'an deux mille neuf, le vingt-cinq mars à dix-huit heures, le Comité Syndical s'est réuni sous la présidence "
            "de M. ROCHE Paul, Président. Etaient présents : ROCHE Paul, BRUN Anne. Délibération n° 2009-07 : Budget. "
            "Adopté à l'unanimité.")
    assert _body(tmp_path, text).first("nom").lower() == "syndicat intercommunal des eaux du val-brun"
