"""Legal bases ("Vu …") and the signature block, read by the genre model in any layout."""

from __future__ import annotations

from datetime import date

from civicgraph.genre.cues import Text
from civicgraph.genre.signature import read_signature
from civicgraph.genre.visas import read_visas

ACT = """Vu le Code général des collectivités territoriales ;
Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République ;
Vu la délibération du Conseil municipal n° 2019-118 du 14 octobre 2019 autorisant l'adhésion ;
Considérant que l'adhésion des habitants au projet est forte ;

DÉCIDE :
Article 1 : d'adhérer à l'association.

Fait à Vierzon, le 12 mars 2024

Pour le Maire et par délégation
La Première adjointe,
Finances et budget

Anne FAURE
"""


def test_each_visa_cites_another_act_with_its_own_number_and_date():
    visas = read_visas(Text(ACT), 0, len(ACT))
    assert [(v.reference, v.day) for v in visas] == [
        ("Code général des collectivités territoriales", None),
        ("loi n° 2015-991", date(2015, 8, 7)),
        ("délibération n° 2019-118", date(2019, 10, 14))]


def test_a_text_without_visas_has_none():
    assert read_visas(Text("Au vu de ses enjeux, la commune adhère."), 0, 40) == []


def test_the_signature_block():
    found = read_signature(Text(ACT), 0, len(ACT))
    assert (found.name, found.quality, found.delegation, found.place, found.day) == (
        "Anne FAURE", "Première adjointe", "Finances et budget", "Vierzon", date(2024, 3, 12))
