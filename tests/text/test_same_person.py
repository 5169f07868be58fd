"""Two spellings of one person inside one document (the shared cases' `same_person` and `must_not`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicgraph.text import PersonIndex, parse_person_name, same_person
from civicgraph.text.same_person import HYPHEN, INITIAL, SAME_SPELLING, SURNAME, TRUNCATED, TYPO


def name(text):
    return parse_person_name(text, surname_only=True)


@pytest.mark.parametrize(
    "a, b, reason",
    [
        ("Stanislas RENIÉ", "Stanislas RENIE", SAME_SPELLING),
        ("Nadine POUJADE", "Nadine Poujade", SAME_SPELLING),
        ("MarieHélène DUCOS", "Marie-Hélène DUCOS", SAME_SPELLING),  # the glued compound is repaired on parsing
        ("JeanZébulon PONS", "Jean-Zébulon PONS", HYPHEN),  # a compound the list does not know stays glued
        ("S. CAMATTE", "CAMATTE S.", SAME_SPELLING),
        ("R. GASTAUD", "Robert GASTAUD", INITIAL),
        ("LAUGIER JM.", "Jean-Marc LAUGIER", INITIAL),
        ("MOUGIN", "Daniel MOUGIN", SURNAME),
        ("Monsieur SALLES", "André SALLES", SURNAME),
        ("Pascal Rouquier", "Pascal ROUQUIÉ", TYPO),
        ("Charles-André DU", "Charles-André DUBREUIL", TRUNCATED),
    ],
)
def test_two_spellings_of_one_person(a, b, reason):
    assert same_person(name(a), name(b)) == reason
    assert same_person(name(b), name(a)) == reason


@pytest.mark.parametrize(
    "a, b",
    [
        ("GASTAUD R.", "GASTAUD L."),  # the initial decides
        ("A. DALMASSO", "DURBEC A."),
        ("Madame SALLES", "André SALLES"),  # the civility and the given name disagree
        ("Pascal ROUQUIÉ", "Pierre ROUQUIÉ"),
        ("Marc PETITJEAN", "Aurore GRANDJEAN"),
        ("Jean LE", "Paul LEGRAND"),
        ("Anne ROY", "Anne RAY"),  # three letters: no typo is allowed
        ("GRANDJEAN", "PETITJEAN"),
    ],
)
def test_two_persons(a, b):
    assert same_person(name(a), name(b)) is None


def test_a_document_index_merges_spellings_and_keeps_persons_apart():
    index = PersonIndex()
    roll = ["SICARD B.", "GASTAUD L.", "CAMATTE S.", "DALMASSO A.", "GASTAUD R.", "DURBEC A."]
    persons = [index.add(name(n))[0] for n in roll]
    assert len(set(map(id, persons))) == 6
    holder, reason = index.add(name("S. CAMATTE"))
    assert holder is persons[2] and reason == SAME_SPELLING
    assert index.add(name("R. GASTAUD"))[0] is persons[4]
    assert index.add(name("A. DALMASSO"))[0] is persons[3]
    assert len(index.persons) == 6


def test_a_surname_alone_needs_exactly_one_fit():
    index = PersonIndex()
    for full in ["André SALLES", "Daniel MOUGIN", "Paul MARTIN", "Anne MARTIN"]:
        index.add(name(full))
    salles, reason = index.match(name("Monsieur SALLES"))
    assert salles.best.label == "André SALLES" and reason == SURNAME
    assert index.match(name("MARTIN")) == (None, None)  # two MARTIN: unresolved
    assert index.match(name("M. MARTIN"))[0].best.label == "Paul MARTIN"  # the civility tells them apart
    assert index.match(name("Mme MOUGIN")) == (None, None)  # Daniel is not a Madame


def test_the_fullest_spelling_is_the_persons_best_whatever_comes_first():
    index = PersonIndex()
    first, _ = index.add(name("MOUGIN"))
    later, reason = index.add(name("Daniel MOUGIN"))
    assert later is first and reason == SURNAME and first.best.label == "Daniel MOUGIN"
    other, _ = index.add(name("Pierre MOUGIN"))  # Daniel's person knows his given name now
    assert other is not first


def test_a_typo_in_prose_is_the_roll_calls_person():
    index = PersonIndex()
    for n in ["Pascal ROUQUIÉ", "Nadine POUJADE", "Rémi SOULIÉ"]:
        index.add(name(n))
    person, reason = index.match(name("Pascal Rouquier"))
    assert person.best.label == "Pascal ROUQUIÉ" and reason == TYPO


NAMES = st.sampled_from(["MOUGIN", "Daniel MOUGIN", "D. MOUGIN", "MOUGIN D.", "Pierre MOUGIN", "Mme MOUGIN", "Daniel MOUGINS", "Daniel MOU", "R. GASTAUD"])


@given(st.lists(NAMES, max_size=8))
@settings(deadline=None)  # the first call reads the given-name list (~0.3 s)
def test_every_name_lands_in_one_person_and_same_spellings_meet(texts):
    index = PersonIndex()
    for text in texts:
        person, _ = index.add(name(text))
        assert name(text) in person.names
    assert sum(len(p.names) for p in index.persons) == len(texts)
    for person in index.persons:
        keys = {n.key for n in person.names}
        assert all(not keys & {n.key for n in other.names} for other in index.persons if other is not person)
