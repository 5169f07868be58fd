"""Round twenty-nine's pieces, each on a small invented text: a name in a tally's brackets voting "par
représentation" (its vote cast by a holder); a tally under the plural label "Votes :"."""

from __future__ import annotations

from civicgraph.genre.cues import Text
from civicgraph.genre.items import read_vote


def test_a_name_voting_par_representation_is_an_abstainer_voting_by_proxy():
    written = "Vote : 12 pour ; 0 contre ; 3 abstentions (Mme LYS Rose, M. CARON Jean par représentation, M. PETIT Luc)."
    tally = read_vote(Text(written), 0, len(written))
    assert [name for name, _ in tally.names["abstention"]] == ["Mme LYS Rose", "M. CARON Jean", "M. PETIT Luc"]
    assert [name for name, _ in tally.by_proxy] == ["M. CARON Jean"]


def test_a_tally_under_the_plural_label_votes():
    written = "Votes : pour 17 ; contre 0 ; abstentions 2 (M. Jean CARON ; Mme Rose LYS)."
    tally = read_vote(Text(written), 0, len(written))
    assert {label: n for label, (n, _) in tally.counts.items()} == {"pour": 17, "contre": 0, "abstention": 2}
