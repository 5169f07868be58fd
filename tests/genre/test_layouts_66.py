"""Rounds forty-six and forty-seven's pieces, each on a small invented text: a table of acts whose columns are the counts
only (its rows' titles wrapped, an amount closing them, their notes "Point 2 : …" or "Rapport … : contre, M. X" between
two parts of the table); proxies in new words ("a désigné M. Y, qui votera pour lui", "a chargé par écrit Y de le
représenter" in a row, "X (Val), a désigné⏎Y pour exprimer son vote", "met sa voix à la disposition de⏎Mme Y", table
columns "S'en remet au vote de" and "Votera par la voix de"); a return ("reprend sa place") ending a proxy; memberships' years ("saison 2027", "à compter de 2027") and a ceiling that
is no fee; tallies "21 pour⇥4 contre", "à l'unanimité des quinze votants", "contre M. X ; abstentions de Mme Y et de M. Z";
rounds forty-eight and forty-nine's "a fait de Y son mandataire", "a remis sa voix aux soins de", a status cell "excusé,
dont le suffrage est confié à Y", OCR's "11" for "ll" inside a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_57 import roll_of
from tests.genre.test_layouts_62 import COUNCIL

OPENING = ("SYNDICAT MIXTE DU VAL-BRUN\nComité syndical\nSéance du mercredi 6 octobre 2027 à 17 h 00\n\n"
           "Présents : M. Paul ROCHE, Président, Mme Rose LYS, M. Jean CARON, Mme Anne BRUN, M. Luc PETIT.\n\n"
           "Secrétaire de séance : Mme Rose LYS.\n\n")
TABLE = ("   N°          OBJET                                                POUR   CONTRE   ABST.\n"
         "   2027-11     Approbation du procès-verbal du 2 juin 2027            5        0       0\n"
         "   2027-12     Renouvellement de l'adhésion à l'Association des       4        0       1\n"
         "               élus du Val - cotisation 2027 : 1 250,00 €\n"
         "   2027-13     Fonds de concours à la commune de Roche - salle         3        2       0\n"
         "               des fêtes - 45 000 €\n\n"
         "   2027-12 : abstention de M. Luc PETIT (par pouvoir).\n"
         "   2027-13 : contre : M. Jean CARON, Mme Anne BRUN (par pouvoir), M. Yves MORIN.\n")


def _items(raw: str):
    text = Text(view(raw))
    return text, find_items(text, 0, len(text.raw), [])


def test_a_table_of_acts_whose_columns_are_its_counts():
    text, items = _items(OPENING + TABLE)
    assert [(i.number, i.title) for i in items] == [
        ("2027-11", "Approbation du procès-verbal du 2 juin 2027"),
        ("2027-12", "Renouvellement de l'adhésion à l'Association des élus du Val - cotisation 2027"),
        ("2027-13", "Fonds de concours à la commune de Roche - salle des fêtes")]
    assert [{k: n for k, (n, _) in i.counts.items()} for i in items] == [
        {"pour": 5, "contre": 0, "abstention": 0}, {"pour": 4, "contre": 0, "abstention": 1}, {"pour": 3, "contre": 2, "abstention": 0}]
    notes = [read_vote(text, *i.notes[0]) if i.notes else None for i in items]
    assert [n for n, _ in notes[1].names["abstention"]] == ["M. Luc PETIT"]
    assert [n for n, _ in notes[2].names["contre"]] == ["M. Jean CARON", "Mme Anne BRUN", "M. Yves MORIN"]  # (a bracket inside the run)


def test_a_rows_counts_decide_its_vote_and_its_notes_name_the_voters(tmp_path: Path):
    facts = read(tmp_path, OPENING + TABLE).facts[0]
    votes = {v.first("deliberation").first("numero"): v for v in facts.of_class("Vote")}
    assert {n: (v.first("resultat"), v.first("pour"), v.first("contre")) for n, v in votes.items()} == {
        "2027-11": ("adoptée", 5, 0), "2027-12": ("adoptée", 4, 0), "2027-13": ("adoptée", 3, 2)}
    assert sorted(p.first("rdfs:label") for p in votes["2027-13"].props["votantContre"]) == ["Anne BRUN", "Jean CARON", "Yves MORIN"]


def test_a_tables_header_with_a_decision_column_and_counts_one_space_apart():
    raw = OPENING + ("  N°            Décision                                 Pour Contre Abst.  Résultat\n"
                     "  CS-2027-41    Tarifs des fourreaux 2028                  5      0     0   Adopté\n"
                     "  CS-2027-42    Décision modificative n° 1 -               4      1     0   Adopté\n"
                     "                fibre optique, 2 340 000 €\n"
                     "  ─────────────────────────────────────────────────────────────────────────\n\n"
                     "  Rapporteurs : CS-2027-41 M. ROCHE ; CS-2027-42 Mme LYS.\n")
    _, items = _items(raw)
    assert [(i.number, i.title, i.counts["pour"][0]) for i in items] == [
        ("CS-2027-41", "Tarifs des fourreaux 2028", 5), ("CS-2027-42", "Décision modificative n° 1 - fibre optique", 4)]


def test_a_letterheads_number_in_its_other_column_is_no_act():
    raw = ("  VAL-BRUN NUMÉRIQUE                                    RELEVÉ DE DÉCISIONS\n"
           "  1 rue du Moulin - 99000 Val-Brun                      n° 2027-05\n\n" + OPENING + TABLE)
    _, items = _items(raw)
    assert [i.number for i in items] == ["2027-11", "2027-12", "2027-13"]


@pytest.mark.parametrize("roll, pair", [
    ("EXCUSÉS AYANT DÉSIGNÉ UN COLLÈGUE\n    PETIT Luc (Val-Nord), a désigné\n    CARON Jean pour exprimer son vote\n"
     "    MORIN Yves (Val-Sud), a désigné\n    LYS Rose pour exprimer son vote\n", {("PETIT Luc", "CARON Jean"), ("MORIN Yves", "LYS Rose")}),
    ("EXCUSÉS\n   PETIT Luc (Val-Nord)              a chargé par écrit CARON Jean de le représenter\n"
     "   MORIN Yves (Val-Sud)              a chargé par écrit LYS Rose de le représenter\n   ROUX Nina (Roche)\n",
     {("PETIT Luc", "CARON Jean"), ("MORIN Yves", "LYS Rose")}),
])
def test_a_list_of_proxies_each_item_a_row_without_stops(roll: str, pair: set):
    raw = "PRÉSENTS\n    CARON Jean (Val-Nord)\n    LYS Rose (Val-Sud)\n    ROCHE Paul (Roche)\n\n" + roll + "\nSecrétaire de séance : LYS Rose.\n"
    assert {(p.giver.text, p.holder.text) for p in roll_of(raw).proxies} == pair


@pytest.mark.parametrize("moves, bounds", [
    ("À 18 h 40, M. Jean CARON quitte la séance ; il a désigné Mme Anne BRUN, qui votera pour lui sur les points 2 et 3.\n\n",
     {"depuisHeure": "18:40:00", "depuisActe": "2", "jusquAActe": "3"}),
    ("À 18 h 40, M. Jean CARON quitte la séance et met sa voix à la disposition de\nMme Anne BRUN à partir de 18 h 40.\n\n",
     {"depuisHeure": "18:40:00", "depuisActe": "2"}),
    ("À 18 h 40, M. Jean CARON quitte momentanément la séance ; il fait parvenir sa voix à Mme Anne BRUN pour la durée de son "
     "absence.\n\n2 bis. Convention\nAdoptée à l'unanimité.\n\nÀ 18 h 55, M. Jean CARON reprend sa place.\n\n",
     {"depuisHeure": "18:40:00", "jusquAHeure": "18:55:00", "depuisActe": "2"}),
])
def test_a_leavers_proxy_in_new_words(tmp_path: Path, moves: str, bounds: dict):
    found = proxies(tmp_path, COUNCIL.format(roll="", moves=moves))[("Jean CARON", "Anne BRUN")]
    assert {k: v for k, v in found.items() if k in bounds} == bounds


@pytest.mark.parametrize("column, code", [("S'en remet au vote de", "R"), ("Votera par la voix de", "V")])
def test_a_tables_holders_column_in_the_givers_words(tmp_path: Path, column: str, code: str):
    table = (f"Membre\tFonction\tCode\t{column}\nPaul ROCHE\tPrésident\tP\t\nRose LYS\tSecrétaire\tP\t\n"
             f"Luc PETIT\tTrésorier\t{code}\tRose LYS\nNina ROUX\tMembre\tE\t\n\n"
             f"Codes : P présent - {code} {'représenté' if code == 'R' else 'votera par la voix du membre indiqué'} - E excusé sans pouvoir.\n")
    text = ("LES AMIS DU VAL-BRUN\nAssociation loi 1901\n\nCOMPTE RENDU DU BUREAU DU 6 OCTOBRE 2027\n\n"
            "Le bureau s'est réuni le mercredi 6 octobre 2027 à 18 h 30 à Val-Brun.\n\n" + table + "\n1. Budget\nAdopté à l'unanimité.\n")
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Rose LYS")]


@pytest.mark.parametrize("said, counts", [
    ("Vote :\t21 pour\t4 contre (M. Jean CARON, Mme Anne BRUN par pouvoir)\t0 abstention", {"pour": 21, "contre": 4, "abstention": 0}),
    ("Approuvé à l'unanimité des quinze votants.", {"pour": 15}),
])
def test_a_tally_in_tabbed_cells_or_in_words(said: str, counts: dict):
    text = Text(view("Le conseil approuve le compte financier unique.\n" + said))
    assert {k: n for k, (n, _) in read_vote(text, 0, len(text.raw)).counts.items()} == counts


@pytest.mark.parametrize("said, year, amount", [
    ("Le bureau renouvelle l'adhésion du comité à la Fédération des randonneurs du Val pour la saison 2028 ; cotisation : 480 €.", "2028", 480),
    ("Le comité décide d'adhérer au Réseau Vélo du Val à compter de 2028 ; la cotisation s'élève à 2 050 €.", "2028", 2050),
    ("Vu la délibération donnant délégation au Président pour renouveler les adhésions dans la limite de 10 000 € par an ;\n"
     "Le Président renouvelle l'adhésion à l'Association des élus du Val pour 2028, soit une cotisation de 1 594,80 €.", "2028", 1594.8),
])
def test_a_memberships_year_and_fee(tmp_path: Path, said: str, year: str, amount: float):
    facts = read(tmp_path, OPENING + "1. Adhésion\n" + said + "\nAdopté à l'unanimité.\n").facts[0]
    assert [(str(a.first("annee")), float(a.first("cotisation"))) for a in facts.of_class("Adhesion")] == [(year, amount)]


def test_a_proxy_an_observations_cell_tells_down_its_lines(tmp_path: Path):
    table = (" Membre                    Fonction                 Code   Observations\n"
             " M. Paul ROCHE             Président                P\n"
             " Mme Rose LYS              Secrétaire               P\n"
             " M. Luc PETIT              Trésorier                E      a fait passer son\n"
             "                                                           pouvoir à Mme\n"
             "                                                           Rose LYS\n"
             " Mme Nina ROUX             Membre                   E      sans pouvoir\n"
             " Légende : P présent(e) ; E excusé(e).\n")
    text = ("LES AMIS DU VAL-BRUN\nAssociation loi 1901\n\nCOMPTE RENDU DU BUREAU DU 6 OCTOBRE 2027\n\n"
            "Le bureau s'est réuni le mercredi 6 octobre 2027 à 18 h 30 à Val-Brun.\n\n" + table + "\n1. Budget\nAdopté à l'unanimité.\n")
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Rose LYS")]


@pytest.mark.parametrize("roll", [
    "Excusés : M. Luc PETIT (Val) a fait de M. Jean CARON son mandataire ; Mme Nina ROUX.",
    "Excusés : M. Luc PETIT, membre élu, a remis sa voix aux soins de M. Jean CARON ; Mme Nina ROUX.",
])
def test_a_proxy_in_the_words_of_rounds_forty_eight_and_forty_nine(tmp_path: Path, roll: str):
    assert list(proxies(tmp_path, COUNCIL.format(roll=roll, moves=""))) == [("Luc PETIT", "Jean CARON")]


def test_a_status_cell_that_names_the_holder(tmp_path: Path):
    table = ("NOM\tPrénom\tQualité\tPrésence\nROCHE\tPaul\tmaire\tprésent\nCARON\tJean\tadjoint\tprésent\n"
             "PETIT\tLuc\tconseiller\texcusé, dont le suffrage est confié à Jean CARON\nROUX\tNina\tconseillère\texcusée\n")
    text = "COMMUNE DE VAL-BRUN\nConseil municipal\nSéance du mardi 5 octobre 2027 à 18 h 00\n\n" + table + "\n1. Budget\nAdopté à l'unanimité.\n"
    assert list(proxies(tmp_path, text)) == [("Luc PETIT", "Jean CARON")]


def test_ocrs_ones_for_ls_inside_a_name():
    from civicgraph.genre.cues import repair_ocr
    assert repair_ocr("Mme Isabe11e CARON, sa11e Pau1ine-Roche") == "Mme Isabelle CARON, salle Pauline-Roche"


def test_a_title_run_on_by_its_rapporteur_after_a_dash():
    raw = OPENING + "2. Budget primitif 2028 - rapporteur M. Jean CARON. Investissement de 1 250 000 €. Adopté à l'unanimité.\n"
    _, items = _items(raw)
    assert [(i.number, i.title) for i in items] == [("2", "Budget primitif 2028")]


@pytest.mark.parametrize("cast", ["par le vote porté par Mme Rose LYS", "par la voix mise à la disposition de Mme Rose LYS"])
def test_a_vote_against_cast_by_its_holder(cast: str):
    text = Text(view(f"Le conseil approuve le budget : 14 pour, 2 contre (M. Jean CARON, M. Luc PETIT {cast})."))
    assert [n for n, _ in read_vote(text, 0, len(text.raw)).names["contre"]] == ["M. Jean CARON", "M. Luc PETIT"]
