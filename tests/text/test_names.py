"""Person names, their label and key; accents and slugs."""

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from civicgraph.text import PersonName, parse_person_name, slug, strip_accents


@pytest.mark.parametrize(
    "text, given_name, family",
    [
        ("Christine DULAC ROUGERIE", "Christine", "DULAC ROUGERIE"), ("Éric LE DISSES", "Éric", "LE DISSES"),
        ("Jean-Pierre GIORGI", "Jean-Pierre", "GIORGI"), ("Charles-André DUBREUIL", "Charles-André", "DUBREUIL"),
        ("Anne-Louise NÈGRE", "Anne-Louise", "NÈGRE"), ("Léonore MONCOND'HUY", "Léonore", "MONCOND'HUY"),
        ("Claudine KHATCHADOURIAN-TECER", "Claudine", "KHATCHADOURIAN-TECER"),
        ("Steve MAQUAIRE-BEAUSOLEIL", "Steve", "MAQUAIRE-BEAUSOLEIL"), ("Nicolas Rio", "Nicolas", "Rio"),
        ("Bénédicte Lacaze Labadie", "Bénédicte", "Lacaze Labadie"), ("Jean-Damien Colombeau", "Jean-Damien", "Colombeau"),
        ("Anne-Laure Stanislas", "Anne-Laure", "Stanislas"), ("M. Nicolas RIO", "Nicolas", "RIO"),
        ("Mme Anne-Laure STANISLAS", "Anne-Laure", "STANISLAS"), ("Madame Christine DULAC ROUGERIE", "Christine", "DULAC ROUGERIE"),
        ("Monsieur Jean-Pierre GIORGI.", "Jean-Pierre", "GIORGI"), ("Mr Nicolas Rio", "Nicolas", "Rio"),
        ("Mlle Anne-Louise NÈGRE", "Anne-Louise", "NÈGRE"),
        ("**Nicolas RIO**", "Nicolas", "RIO"), ("Jean de LA FONTAINE", "Jean", "de LA FONTAINE"),
        ("JEAN-PIERRE GIORGI", "Jean-Pierre", "GIORGI"),
    ],
)
def test_person_names(text, given_name, family):
    assert parse_person_name(text) == PersonName(given_name, family)


@pytest.mark.parametrize(
    "text", ["", "   ", "Nicolas", "Mme RIO", "Jean 2 DUPONT", "Agent 007", "A B C D E F G", "Jean Dupont (excusé)", "le conseil municipal"]
)
def test_not_person_names(text):
    assert parse_person_name(text) is None


@pytest.mark.parametrize(
    "name, label, key",
    [
        (PersonName("Anne-Laure", "Stanislas"), "Anne-Laure STANISLAS", "anne-laure-stanislas"),
        (PersonName("Nicolas", "Rio"), "Nicolas RIO", "nicolas-rio"),
        (PersonName("Léonore", "MONCOND'HUY"), "Léonore MONCOND'HUY", "leonore-moncond-huy"),
    ],
)
def test_label_and_key(name, label, key):
    assert (name.label, name.key) == (label, key)


def test_one_key_whatever_the_accents_and_case():
    names = [parse_person_name("Stanislas RENIÉ"), parse_person_name("Stanislas RENIE"), PersonName("stanislas", "renie")]
    assert {n.key for n in names} == {"stanislas-renie"}


@pytest.mark.parametrize("text, expected", [("La 27ème Région", "la-27eme-region"), ("7.10", "7-10"), ("  --Œuvre  d'Art-- ", "oeuvre-d-art"), ("", "")])
def test_slug(text, expected):
    assert slug(text) == expected


def test_strip_accents():
    assert strip_accents("Éléonore NÈGRE, Renié, garçon") == "Eleonore NEGRE, Renie, garcon"


LOWER = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ"
word = st.text(LOWER, min_size=2, max_size=10)
compound = st.lists(word, min_size=1, max_size=2).map("-".join)


@given(st.text())
def test_slug_is_idempotent_and_iri_safe(text):
    s = slug(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", s)
    assert slug(s) == s


@settings(deadline=None)  # the first call may read the given-name list (~0.3 s)
@given(compound, st.lists(st.text(LOWER, min_size=2, max_size=10).map(str.upper), min_size=1, max_size=3))
def test_prenom_nom_parses_into_its_parts(given_lower, family_words):
    # Words persons.yaml says are never a name ("membre", "salle") or are particles ("da") prove nothing here.
    from civicgraph.text.name_data import cues as name_cues, fold as name_fold
    words = name_cues()
    assume(not any(name_fold(w) in words.not_a_name or name_fold(w) in words.particles or name_fold(w) in words.acronyms
                   for w in given_lower.split("-") + [f.lower() for f in family_words]))
    given_name = "-".join(part.capitalize() for part in given_lower.split("-"))
    family = " ".join(family_words)
    assert parse_person_name(f"Mme {given_name} {family}") == PersonName(given_name, family)


@given(compound, compound)
def test_key_ignores_accents_and_case(given_name, family):
    key = PersonName(given_name, family).key
    assert PersonName(strip_accents(given_name).upper(), strip_accents(family).upper()).key == key
    assert PersonName(given_name.title(), family.upper()).key == key
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key)


# --- every written form of French minutes (GENRE.md §2.3, §3; the shared cases) -------------------

from civicgraph.text.name_data import cues, given_name  # noqa: E402
from civicgraph.text.names import FAMILY_FIRST, GIVEN_FIRST, is_given_name, list_order  # noqa: E402

EXAMPLES = cues().examples


@pytest.mark.parametrize("example", EXAMPLES["persons"], ids=lambda e: e["text"])
def test_the_cue_files_persons_parse(example):
    name = parse_person_name(example["text"])
    assert (name.given, name.family) == (example["given"], example["family"])


@pytest.mark.parametrize("text", EXAMPLES["not_persons"])
def test_the_cue_files_non_persons_are_never_persons(text):
    assert parse_person_name(text) is None
    assert parse_person_name(text, FAMILY_FIRST, surname_only=True) is None


@pytest.mark.parametrize(
    "text, label",
    [
        ("LE DORZE - JÉGO Marie - Annick", "Marie-Annick LE DORZE-JÉGO"),
        ("CADORET Jean - Yves", "Jean-Yves CADORET"),
        ("Hervé MILLET DE SAINT-AUBIN", "Hervé MILLET DE SAINT-AUBIN"),
        ("M. Pascal Hugo", "Pascal HUGO"),  # without the list's order: the given name comes first
        ("Marie Claude VÉDRINE", "Marie-Claude VÉDRINE"),
        ("Anne Marie VIALA", "Anne-Marie VIALA"),
        ("Sylvie Anne DUPONT", "Sylvie Anne DUPONT"),  # no such compound: the words stay apart
        ("CASTANIER JEAN PIERRE", "Jean-Pierre CASTANIER"),
        ("Mme Le Guen Yvonne", "Yvonne LE GUEN"),
        ("Jean-Yves Le Guen", "Jean-Yves LE GUEN"),
        ("Annick Guivarc’h", "Annick GUIVARC’H"),
        ("M. Berthier Yann", "Yann BERTHIER"),  # "Berthier" is in INSEE's list, too rarely to count
        ("Monsieur Jean-Pierre GIORGI.", "Jean-Pierre GIORGI"),
    ],
)
def test_labels_of_written_forms(text, label):
    assert parse_person_name(text).label == label


def test_civility_gives_the_gender_but_not_the_identity():
    madame, plain = parse_person_name("Mme N'GUESSAN Awa"), parse_person_name("N'GUESSAN Awa")
    assert (madame.civility, madame.gender, plain.gender) == ("Mme", "F", "")
    assert madame == plain and madame.key == plain.key == "awa-n-guessan"
    assert parse_person_name("Monsieur LE BIHAN Gaël").gender == "M"
    assert parse_person_name("MM. BOCHER Alain").civility == "MM."


def test_prenom_nom_label_and_key_do_not_change():
    # The seeds' person IRIs come from .key: "Prénom NOM" names keep their label and key.
    name = parse_person_name("Mme Anne-Laure STANISLAS")
    assert (name.label, name.key, name.initials) == ("Anne-Laure STANISLAS", "anne-laure-stanislas", "")


@pytest.mark.parametrize(
    "text, family, initials, label",
    [
        ("SICARD B.", "SICARD", "B", "B. SICARD"),
        ("S. CAMATTE", "CAMATTE", "S", "S. CAMATTE"),
        ("LAUGIER JM.", "LAUGIER", "JM", "J.M. LAUGIER"),
        ("TRUC JF.", "TRUC", "JF", "J.F. TRUC"),
        ("J.-M. LAUGIER", "LAUGIER", "JM", "J.M. LAUGIER"),
        ("CASTELLAN T", "CASTELLAN", "T", "T. CASTELLAN"),
    ],
)
def test_initials_in_both_orders(text, family, initials, label):
    name = parse_person_name(text)
    assert (name.given, name.family, name.initials, name.label) == ("", family, initials, label)
    assert name.given_initials == initials


def test_camoin_r_is_no_given_name_camoin():
    name = parse_person_name("CAMOIN R.")
    assert (name.given, name.family, name.initials) == ("", "CAMOIN", "R")
    assert parse_person_name("S. CAMATTE").key == parse_person_name("CAMATTE S.").key


@pytest.mark.parametrize(
    "text, family",
    [("M. BOURDAIS", "BOURDAIS"), ("Mme LE MEUR", "LE MEUR"), ("MM. MOUGIN", "MOUGIN"), ("Monsieur SALLES", "SALLES"),
     ("Monsieur Salles", "Salles"), ("GUÉRINEAU", "GUÉRINEAU"), ("LE MEUR", "LE MEUR"), ("M. Pascal", "Pascal")],
)
def test_surname_only_when_asked(text, family):
    name = parse_person_name(text, surname_only=True)
    assert (name.given, name.family, name.surname_only, name.label) == ("", family, True, family.upper())
    assert parse_person_name(text) is None


@pytest.mark.parametrize("text", ["Salles", "LUMIÈRES DU LITTORAL", "ORDRE DU JOUR", "JF.", "Monsiäur"])
def test_not_a_surname_alone(text):
    assert parse_person_name(text, surname_only=True) is None


@pytest.mark.parametrize(
    "text, given_name, family",
    [
        ("M. Pascal Hugo", "Hugo", "Pascal"), ("M. Gros Jean-Marc", "Jean-Marc", "Gros"), ("Vial Régis", "Régis", "Vial"),
        ("M. Rey-Giraud Alain", "Alain", "Rey-Giraud"),
        # capitals decide before the order does
        ("Jean-Pierre GIORGI", "Jean-Pierre", "GIORGI"), ("CAYLA Jean-Pierre", "Jean-Pierre", "CAYLA"),
    ],
)
def test_order_hint_decides_mixed_case_names(text, given_name, family):
    name = parse_person_name(text, FAMILY_FIRST)
    assert (name.given, name.family) == (given_name, family)


def test_given_name_list_decides_when_one_end_only_is_a_given_name():
    assert parse_person_name("Vial Régis", GIVEN_FIRST) == PersonName("Régis", "Vial")
    assert parse_person_name("Régis Vial", FAMILY_FIRST) == PersonName("Régis", "Vial")


def test_list_order_votes_over_a_list():
    commune_list = ["M. Vial Régis", "Mme Perrier Agnès", "M. Tardy Lucien", "M. Pascal Hugo", "Mme Brun Maryse", "M. Gros Jean-Marc"]
    assert list_order(commune_list) == FAMILY_FIRST
    assert list_order(["Yvonne Le Guen", "Hervé Quéré", "Loïc Pouliquen"]) == GIVEN_FIRST
    assert list_order(["SICARD B.", "AUDIBERT F.", "S. CAMATTE"]) == FAMILY_FIRST
    assert list_order(["LE BIHAN Gaël", "Jean-Pierre GIORGI", "TATTEVIN Anne"]) == FAMILY_FIRST
    assert list_order([]) == GIVEN_FIRST


@pytest.mark.parametrize(
    "word", ["Loïc", "Gaël", "Solène", "Nolwenn", "Maïwenn", "Yann", "Erwan", "Awa", "Karima", "Jean-Pierre", "Marie-Hélène", "JEAN-PIERRE", "Frederic"]
)
def test_given_name_list_covers_regional_and_compound_names(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Le", "De", "Saint", "Vu", "Gros", "Vial", "SALLES", "Berthier"])
def test_particles_words_and_rare_registrations_are_no_given_names(word):
    assert not is_given_name(word)


def test_given_name_entries_know_their_sex():
    assert (given_name("Solène").sex, given_name("Erwan").sex, given_name("Dominique").sex) == ("F", "M", "")


@given(st.text(), st.sampled_from([None, GIVEN_FIRST, FAMILY_FIRST]), st.booleans())
@settings(deadline=None)  # the first call reads the given-name list (~0.3 s)
def test_any_text_parses_or_not_without_raising(text, order, surname_only):
    name = parse_person_name(text, order, surname_only=surname_only)
    assert name is None or (name.family and re.fullmatch(r"(?:[a-z0-9]+(?:-[a-z0-9]+)*)?", name.key))


NAME_WORDS = st.sampled_from(["M.", "Mme", "MM.", "LE", "de", "Jean", "Louis", "DURAND", "B.", "JM.", "Saint-Laurent", "-", "Frédéri", "c", "C0STE", "rue", "Le", "Guen"])


@given(st.lists(NAME_WORDS, max_size=7).map(" ".join), st.sampled_from([None, GIVEN_FIRST, FAMILY_FIRST]))
@settings(deadline=None)  # the first call reads the given-name list (~0.3 s)
def test_name_shaped_text_never_raises_and_keeps_a_family_name(text, order):
    name = parse_person_name(text, order, surname_only=True)
    assert name is None or (name.family.strip() and name.label.strip())
    list_order(text.split(" - "))


def test_a_rank_printed_before_a_name_is_no_part_of_it():
    for written, label in [("Colonel Philippe ROCHE", "Philippe ROCHE"), ("Médecin-colonel Anne BRUN", "Anne BRUN"), ("Capitaine Luc FAURE", "Luc FAURE")]:
        name = parse_person_name(written)
        assert (name.label, name.family) == (label, label.split()[-1])


@pytest.mark.parametrize("text, family, usage, label", [
    ("Marie-Louise RICHARDSON épse CONNOR", "RICHARDSON", "épse CONNOR", "Marie-Louise RICHARDSON épse CONNOR"),
    ("Mme Anne MARTIN née DUPONT", "MARTIN", "née DUPONT", "Anne MARTIN née DUPONT"),
    ("Yvonne BRYSON Vve GUMBS", "BRYSON", "Vve GUMBS", "Yvonne BRYSON Vve GUMBS"),
])
def test_a_married_or_birth_name_after_the_name_is_kept_beside_it(text, family, usage, label):
    name = parse_person_name(text)
    assert (name.family, name.usage, name.label) == (family, usage, label)


def test_a_widow_civility_is_no_married_name():
    name = parse_person_name("Mme veuve DUPONT", surname_only=True)
    assert (name.family, name.usage, name.civility) == ("DUPONT", "", "Mme veuve")


from civicgraph.text import name_data  # noqa: E402

CIVILITY_PIECES = st.sampled_from(["M.", "Mme", "MME", "Monsieur", "MONSIEUR", "madame", "Dr", "Docteur", "Sap 1cl", "sgt/c", "ſergent",
                                   "Lieutenant-colonel", "lVI.", "IVI.", "Mlle.", "mademoiselle", "Cpl/C", " ", "\n", ".", "x", "Jean", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(CIVILITY_PIECES, max_size=30).map("".join), st.booleans())
def test_civilities_grouped_by_first_letter_match_as_their_plain_alternation(text, plural):
    forms = [c.form for c in name_data.cues().civilities if plural or not c.plural]
    plain = re.compile(r"(?<![\w.])(?:" + "|".join(name_data._civility_pattern(f) for f in forms) + r")(?P<rest>\s+\w+)?")
    grouped = re.compile(name_data.civility_alternation(plural=plural) + r"(?P<rest>\s+\w+)?")
    assert "(?=[" in grouped.pattern  # (each group behind its first characters)
    assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
