"""Where a membership's association name ends (`memberships.yaml` association_stop)."""

from civicgraph.genre.cues import Text
from civicgraph.genre.memberships import read_membership
from civicgraph.genre.reader import view


def association(raw: str) -> str:
    return read_membership(Text(view(raw)), 0, len(raw)).association


def test_a_colon_ends_the_associations_name():
    assert association("Cotisation 2023 à l'association Les Amis du Valbrune : 5 000 €") == "Les Amis du Valbrune"


def test_the_next_lines_label_ends_the_associations_name():
    assert association("Adhésion à l'association Réseau des Villes du Valbrune\nRapporteur : Mme Lise GARNIER\n") == "Réseau des Villes du Valbrune"
