"""Where a membership's association name ends (`memberships.yaml` association_stop), and one sentence
joining several associations."""

from civicgraph.facts import Span
from civicgraph.genre.cues import Text
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.reader import view


def association(raw: str) -> str:
    return read_memberships(Text(view(raw)), 0, len(raw))[0].association


def test_a_colon_ends_the_associations_name():
    assert association("Cotisation 2023 à l'association Les Amis du Valbrune : 5 000 €") == "Les Amis du Valbrune"


def test_the_next_lines_label_ends_the_associations_name():
    assert association("Adhésion à l'association Réseau des Villes du Valbrune\nRapporteur : Mme Lise GARNIER\n") == "Réseau des Villes du Valbrune"


def test_one_sentence_joining_two_associations_gives_each_its_own_fee_and_renewal():
    raw = ("Décision : le CA décide de renouveler l'adhésion à l'association Les Amis du Valbrune pour 2025 "
           "(cotisation de 340 €) et d'adhérer à la Fédération des Moulins du Val pour 2025 (cotisation de 150 €). "
           "Adopté à l'unanimité.")
    found = read_memberships(Text(view(raw)), 0, len(raw))
    assert [(m.association, m.year, m.amount.value, m.renewal) for m in found] == [
        ("Les Amis du Valbrune", 2025, 340, True), ("Fédération des Moulins du Val", 2025, 150, False)]


def test_a_title_and_a_dispositif_naming_one_association_give_one_membership():
    raw = ("Adhésion à l'association Les Amis du Valbrune\n"
           "Le Conseil décide d'adhérer à l'association Les Amis du Valbrune pour 2024 et de verser la cotisation de 80 €.")
    found = read_memberships(Text(view(raw)), 0, len(raw), ("Adhésion à l'association Les Amis du Valbrune", Span(0, 45)))
    assert [(m.association, m.year, m.amount.value) for m in found] == [("Les Amis du Valbrune", 2024, 80)]


def _read(title: str, body: str):
    raw = f"{title}\n{body}"
    return read_memberships(Text(view(raw)), 0, len(raw), (title, Span(0, len(title))))


def test_a_title_naming_the_body_before_its_membership():
    found = _read("Point 4 – Association des Amis du Valbrune (AAV) - Adhésion 2025",
                  "La commune est adhérente de l'AAV depuis 2015. La cotisation 2025 s'élève à 310 €. Le Conseil approuve le renouvellement de l'adhésion.")
    assert [(m.association, m.year, m.amount.value, m.renewal) for m in found] == [("Association des Amis du Valbrune (AAV)", 2025, 310, True)]


def test_a_membership_held_since_a_year_is_renewed_and_its_name_ends_before_since():
    found = _read("Cotisations 2025", "La commune est adhérente à l'Association des Maires du Val depuis 2019. "
                  "Le conseil décide de régler la cotisation de 95 €.")
    assert [(m.association, m.renewal) for m in found] == [("Association des Maires du Val", True)]


def test_a_name_a_title_prints_in_capitals_as_the_text_writes_it():
    found = _read("ADHÉSION 2022 À L'ASSOCIATION « LES AMIS DU LAC DE VALBRUNE »",
                  "Le Conseil décide de renouveler l'adhésion à l'association « Les Amis du Lac de Valbrune » et de verser 240 €.")
    assert [m.association for m in found] == ["Les Amis du Lac de Valbrune"]
