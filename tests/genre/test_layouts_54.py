"""Round twenty-nine's pieces, each on a small invented text: a name in a tally's brackets voting "par
représentation" (its vote cast by a holder); a tally under the plural label "Votes :"; on one line, a
point numbered right after a count's figure ("Votants : 21 3. Title")."""

from __future__ import annotations

from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.reader import view


def test_a_name_voting_par_representation_is_an_abstainer_voting_by_proxy():
    written = "Vote : 12 pour ; 0 contre ; 3 abstentions (Mme LYS Rose, M. CARON Jean par représentation, M. PETIT Luc)."
    tally = read_vote(Text(written), 0, len(written))
    assert [name for name, _ in tally.names["abstention"]] == ["Mme LYS Rose", "M. CARON Jean", "M. PETIT Luc"]
    assert [name for name, _ in tally.by_proxy] == ["M. CARON Jean"]


def test_a_tally_under_the_plural_label_votes():
    written = "Votes : pour 17 ; contre 0 ; abstentions 2 (M. Jean CARON ; Mme Rose LYS)."
    tally = read_vote(Text(written), 0, len(written))
    assert {label: n for label, (n, _) in tally.counts.items()} == {"pour": 17, "contre": 0, "abstention": 2}


def test_a_point_after_a_counts_figure_on_one_line():
    raw = ("1. Tarifs de la cantine. Rapporteur : Mme Rose LYS. Pour : 18 – Contre : 2 – Abstention : 1. M. Jean CARON rejoint la "
           "séance à 10 h 35. Présents : 19 | Procurations : 2 | Votants : 21 2. Renouvellement de l'adhésion à l'Association des "
           "maires du Val. Rapporteur : M. Luc PETIT. Adopté à l'unanimité (21 voix). 3. Subvention au comité des fêtes. Adopté à "
           "l'unanimité.")
    items = find_items(Text(view(raw)), 0, len(raw), [])
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [read_vote(Text(view(raw)), *i.block).result for i in items] == ["adoptée", "unanimité", "unanimité"]
