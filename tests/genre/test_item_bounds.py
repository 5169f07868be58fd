"""Where an item's facts stop: a vote taken without a member, an approval sentence that is no item's
text, an association's name wrapped over lines. Each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.pipeline import ingest

MINUTES = ("COMMUNE DE VAL-BRUN\nCOMPTE RENDU DU CONSEIL MUNICIPAL\nSéance du jeudi 11 avril 2024\n"
           "Le onze avril deux mille vingt-quatre, à vingt heures, le Conseil municipal s'est réuni sous la\n"
           "présidence de M. Paul ROCHE, Maire.\n"
           "Présents : M. Paul ROCHE, Maire, Mme Lise GARNIER, M. Jean CARON, Mme Anne BRUN.\n"
           "Secrétaire de séance : Mme Anne BRUN.\n"
           "Le compte rendu de la séance du 7 mars 2024 est adopté à l'unanimité.\n"
           "Délibération n° 2024-14 – Compte administratif 2023\n"
           "Monsieur le Maire quitte la salle. Mme Lise GARNIER prend la présidence.\n"
           "Le Conseil municipal, hors de la présence du Maire, APPROUVE le compte administratif 2023.\n"
           "Vote : 3 voix pour.\n"
           "Délibération n° 2024-15 – Adhésion à l'association des Amis du Val\n"
           "Le Maire rappelle que la commune soutient la vallée. La cotisation pour 2024 s'élève à 80 €.\n"
           "Le Conseil municipal DÉCIDE d'adhérer à l'association des Amis du Val.\n"
           "Vote : Pour : 2 – Contre : 2 (M. CARON, Mme BRUN).\n")


def _read(tmp_path: Path, text: str = MINUTES):
    """The facts read from `text` (the minutes above by default)."""
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc]).facts[0]


def _labels(resources) -> list[str]:
    return sorted(r.first("rdfs:label") for r in resources)


def test_a_vote_held_out_of_the_presence_of_the_maire_counts_him_as_not_voting(tmp_path: Path):
    facts = _read(tmp_path)
    votes = {v.first("deliberation").first("numero"): v for v in facts.of_class("Vote")}
    assert _labels(votes["2024-14"].props.get("nonParticipant", [])) == ["Paul ROCHE"]


def test_an_approval_sentence_is_an_item_up_to_the_next_item_only(tmp_path: Path):
    facts = _read(tmp_path)
    approval = next(d for d in facts.of_class("Deliberation") if d.first("numero") is None)
    ballot = next(v for v in facts.of_class("Vote") if v.first("deliberation") is approval)
    assert ballot.props.get("votantContre", []) == [] and ballot.props.get("nonParticipant", []) == []
    assert not [a for a in facts.of_class("Adhesion") if a.first("decidePar") is approval]


def test_an_association_name_stops_at_a_line_that_opens_a_sentence(tmp_path: Path):
    facts = _read(tmp_path)
    assert [a.first("association").first("rdfs:label") for a in facts.of_class("Adhesion")] == ["Association des Amis du Val"]


EXTRACT = ("COMMUNE DE VAL-BRUN EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL Séance du 15 décembre 2016 "
           "Délibération n° D2016-214 Nombre de membres en exercice : 15 Présents : 12 Votants : 13 L'an deux mille seize, "
           "le jeudi quinze décembre à vingt heures, le Conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, "
           "Maire. Étaient présents : M. Paul ROCHE, Mme Lise GARNIER. Secrétaire de séance : Mme Lise GARNIER. "
           "OBJET : Adhésion à l'association Les Amis du Val – Cotisation 2017 Le Conseil municipal, après en avoir délibéré, "
           "DÉCIDE d'adhérer à l'association Les Amis du Val. Adopté à l'unanimité.")


def test_the_objet_names_an_act_whose_number_the_counts_follow_on_one_line(tmp_path: Path):
    acts = _read(tmp_path, EXTRACT).of_class("Deliberation")
    assert [a.first("titre") for a in acts] == ["Adhésion à l'association Les Amis du Val – Cotisation 2017"]


ONE_LINE_MINUTES = ("CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-BRUN PROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION "
                    "Séance du 14 mars 2024 Le conseil "
                    "d'administration s'est réuni sous la présidence de M. Paul ROCHE, Président. Étaient présents : "
                    "M. Paul ROCHE, Mme Lise GARNIER, M. Jean CARON. Mme Lise GARNIER est désignée secrétaire de séance. "
                    "1. Compte administratif 2023 M. le Président quitte la salle ; Mme Lise GARNIER préside. Le compte "
                    "administratif 2023 est adopté à l'unanimité. 2. Affiliation du club à la Fédération des Amis du Val "
                    "pour la saison 2024-2025 Le conseil approuve le renouvellement de l'affiliation, 95 €. Adopté à "
                    "l'unanimité. 3. Questions diverses Néant.")


def test_points_after_a_sentence_on_one_line_are_items_whose_titles_stop_at_the_next_sentence(tmp_path: Path):
    facts = _read(tmp_path, ONE_LINE_MINUTES)
    assert sorted((a.first("numero"), a.first("titre")) for a in facts.of_class("Deliberation")) == [
        ("1", "Compte administratif 2023"), ("2", "Affiliation du club à la Fédération des Amis du Val pour la saison 2024-2025")]
    assert [(a.first("association").first("rdfs:label"), a.first("cotisation")) for a in facts.of_class("Adhesion")] == [
        ("Fédération des Amis du Val", 95)]


HEADED = ("SYNDICAT MIXTE DU VAL-BRUN\nBUREAU SYNDICAL\nSéance du 4 décembre 2025\n\n"
          "Présents : M. Paul ROCHE, Président, Mme Lise GARNIER, M. Jean CARON.\n\n"
          "                    DÉLIBÉRATION N° B-2025-47\n"
          "       Adhésion du syndicat à l'association Les Amis du Val – année 2026\n\n"
          "Vu le code général des collectivités territoriales ;\n"
          "Le Bureau, après en avoir délibéré, décide d'adhérer à l'association Les Amis du Val.\n"
          "Adopté à l'unanimité.\n")


def test_an_act_number_with_a_hyphen_or_a_slash_after_its_letters_heads_the_title_on_the_line_below(tmp_path: Path):
    acts = _read(tmp_path, HEADED).of_class("Deliberation")
    assert [(a.first("numero"), a.first("titre")) for a in acts] == [
        ("B-2025-47", "Adhésion du syndicat à l'association Les Amis du Val – année 2026")]
    slashed = HEADED.replace("DÉLIBÉRATION N° B-2025-47", "Délibération n° BS/2025-DEC/47")  # a series' letters, then a slash
    assert [a.first("numero") for a in _read(tmp_path, slashed).of_class("Deliberation")] == ["BS/2025-DEC/47"]


EXPORT = ("SYNDICAT MIXTE DU VAL-BRUN\nPROCÈS-VERBAL DU COMITÉ SYNDICAL\n"
          "Séance        : COMITÉ SYNDICAL\n"
          "Date          : 15/04/2021        Ouverture : 18:00        Clôture : 20:05\n"
          "Convocation   : 08/04/2021\n"
          "Prés. séance  : ROCHE Paul\n\n"
          "ÉMARGEMENT\n"
          " N° | Délégué          | Statut   | Mandataire | Validité\n"
          "  1 | ROCHE Paul       | Présent  |            |\n"
          "  2 | BRUN Anne        | Excusée  | ROCHE P.   | points 1 à 2\n"
          "  3 | CARON Jean       | Présent  |            |\n\n"
          "Récapitulatif : Présents : 2 — Pouvoirs : 1 — Votants : 3\n\n"
          "DÉLIBÉRATIONS\n"
          "2021-03-01 | 18:05 | Compte administratif 2020\n"
          "           | Votants 3 | Pour 2 | Contre 1 (CARON J.) | Abst. 0\n"
          "2021-03-02 | 18:20 | Travaux de voirie\n"
          "           | Votants 3 | Unanimité\n")


def test_a_software_export_one_act_a_table_row_below_the_roll_call_table(tmp_path: Path):
    """The acts' rows are a table of their own (a line of prose ends the roll call's); each row's
    number, hour cell and title, its tally in cells without colons; a proxy's points by rank are the
    acts in that order; the séance's hours and convocation as a form's fields."""
    facts = _read(tmp_path, EXPORT)
    acts = {d.first("numero"): d for d in facts.of_class("Deliberation")}
    assert {n: d.first("titre") for n, d in acts.items()} == {"2021-03-01": "Compte administratif 2020", "2021-03-02": "Travaux de voirie"}
    ballot = next(v for v in facts.of_class("Vote") if v.first("deliberation") is acts["2021-03-01"])
    assert (ballot.first("pour"), ballot.first("contre"), ballot.first("abstention")) == (2, 1, 0)
    assert [p.first("rdfs:label") for p in ballot.props["votantContre"]] == ["Jean CARON"]
    assert next(v for v in facts.of_class("Vote") if v.first("deliberation") is acts["2021-03-02"]).first("resultat") == "unanimité"
    [proxy] = facts.of_class("Pouvoir")
    assert (proxy.first("depuisActe"), proxy.first("jusquAActe")) == ("2021-03-01", "2021-03-02")
    seance = facts.of_class("Seance")[0]
    assert (str(seance.first("debut")), str(seance.first("fin")), str(seance.first("dateConvocation"))) == (
        "2021-04-15 18:00:00", "2021-04-15 20:05:00", "2021-04-08")


def _tally(raw: str) -> dict:
    from civicgraph.genre.cues import Text
    from civicgraph.genre.items import read_vote
    from civicgraph.genre.reader import view

    read = read_vote(Text(view(raw)), 0, len(raw))
    return {"result": read.result, **{k: n for k, (n, _) in read.counts.items()}}


def test_tallies_counted_without_labels_and_the_voices_of_an_unanimous_vote():
    assert _tally("Adopté : 13 pour, 2 contre (M. Paul ROCHE, Mme Anne BRUN).") == {"result": "adoptée", "pour": 13, "contre": 2}
    assert _tally("Adoptée (23 pour, 6 contre)") == {"result": "adoptée", "pour": 23, "contre": 6}
    assert _tally("Adopté par 9 voix pour et 1 abstention (Mme Lise GARNIER).") == {"result": "adoptée", "pour": 9, "abstention": 1}
    assert _tally("Adopté à l'unanimité (8 voix, dont 2 par pouvoir).") == {"result": "unanimité", "pour": 8}
    assert _tally("Adopté à l'unanimité (12 votants).") == {"result": "unanimité", "pour": 12}
    # a year or an amount before "pour" is no tally
    assert _tally("La cotisation 2021 pour la commune est adoptée.") == {"result": "adoptée"}
    assert _tally("Un taux de 2 pour cent est adopté.") == {"result": "adoptée"}


def test_a_titles_line_stops_before_an_outcome_dot_leaders_an_hour_and_a_bracketed_rapporteur(tmp_path: Path):
    text = MINUTES.replace("Délibération n° 2024-14 – Compte administratif 2023\n",
                           "Délibération n° 2024-14 – Compte administratif 2023 - adoptée par 3 voix pour\n").replace(
        "Délibération n° 2024-15 – Adhésion à l'association des Amis du Val\n",
        "Délibération n° 2024-15 – Adhésion à l'association des Amis du Val (Lise G.)\n")
    titles = {d.first("numero"): (d.first("titre"), d.first("rapporteur")) for d in _read(tmp_path, text).of_class("Deliberation")}
    assert titles["2024-14"] == ("Compte administratif 2023", None)
    title, rapporteur = titles["2024-15"]
    assert (title, rapporteur.first("rdfs:label")) == ("Adhésion à l'association des Amis du Val", "Lise GARNIER")  # the roll call's Lise GARNIER
    leaders = MINUTES.replace("Compte administratif 2023\n", "Compte administratif 2023 ........ 3 P / 0 C (10 h 05)\n")
    assert {d.first("titre") for d in _read(tmp_path, leaders).of_class("Deliberation")} >= {"Compte administratif 2023"}


def test_on_one_line_a_colon_keeps_a_subtitle_and_ends_the_title_before_a_field(tmp_path: Path):
    one_line = MINUTES.replace("\n", " ").replace(
        "Compte administratif 2023 ", "Compte administratif 2023 : sous la présidence de Mme Lise GARNIER, ").replace(
        "Adhésion à l'association des Amis du Val ", "Vie associative : renouvellement de l'adhésion à l'association des Amis du Val ")
    titles = {d.first("numero"): d.first("titre") for d in _read(tmp_path, one_line).of_class("Deliberation")}
    assert titles["2024-14"] == "Compte administratif 2023"
    assert titles["2024-15"].startswith("Vie associative : renouvellement de l'adhésion à l'association des Amis du Val")
