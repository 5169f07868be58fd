"""Arbitrary text never makes the genre model raise (other than "not governance"), and every
passage it cites lies inside the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicgraph.facts import Facts, SourceDocument
from civicgraph.genre import NotGovernance, read
from civicgraph.persons import curation

# Words of the genre, so that random text reaches the extractors and not only the classifier.
WORDS = """Présents : Excusés : Absents : Pouvoirs : Secrétaire de séance : M. Mme MM. Jean-Pierre DUPONT
    CAYLA Jean LE GOFF à par donne pouvoir représentée (pouvoir à ) jusqu'à 10 h 40 puis à compter de
    s'est réuni le 12 mars 2024 L'an deux mil vingt-trois , ; . - – : COMMUNE DE VILLE DE Conseil municipal
    sous la présidence de Maire Délibération n° 2024-031 1. 2) Objet : Pour : 12 Contre : 2 Abstention : 1
    unanimité adopté prend acte ne prend pas part au vote adhésion association cotisation 1 250 € 2024
    Vu le Code Considérant DÉCIDE Rapporteur : \n \n\n ( ) Commune de Saint-Martin : Ordre du jour :""".split(" ")


def _check(text: str) -> None:
    facts = Facts(SourceDocument.from_text(Path("fuzz.txt"), text), "genre", curation())
    try:
        read(facts)
    except NotGovernance:
        return
    for resource in facts.resources.values():
        for span in resource.spans:
            assert 0 <= span.start < span.end <= len(text), (resource.cls, span)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
def test_genre_words_in_any_order(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_text(text):
    _check(text)


def test_each_case_cited_within_its_text():
    for path in sorted((Path(__file__).parent / "cases").glob("*/document.txt")):
        _check(path.read_text(encoding="utf-8"))
