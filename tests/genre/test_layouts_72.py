"""Rounds sixty-two to sixty-five's pieces, each on a small invented text: proxies in new words ("pouvoir daté et signé au nom
de", "a commissionné", "a désigné comme porteur de sa voix", "qui a prié par écrit Y de voter", "a fait de Y son mandataire",
"a fait tenir son vote par", "vote par la voix de", "dont Y porte le mandat", "a passé la main à Y pour voter", "a laissé son
vote en garde à", "a mandaté pour la séance", "s'est fait représenter au scrutin par") and holders' columns ("VOIX RÉSERVÉE À",
"SUPPLÉÉ(E) AU VOTE PAR", "DONT LE VOTE SERA PORTÉ PAR"); a word processor's fields ("Ouverture⇥18 h 00", "Objet⇥Title",
"Point 1⇥DEL-2026-112⇥Title", "Contre⇥names⏎Abstention⇥names", "Sans voix délibérative⇥names") and rows (an empty office cell,
a dash for no holder, a section of departures); a table row's act number before its title and a dash for a count of none; a
given name cut at a line's end before its hyphen; a bulleted list by body; a membership its title names before the act's
number; the place on the line below the hour."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.text.hyphenation import rejoined
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_71 import BUREAU, LAYOUT

BOTH = {("Luc PETIT", "Jean CARON"), ("Nina ROUX", "Anne BRUN")}


@pytest.mark.parametrize("roll", [
    "Excusés :\n- Luc PETIT, pouvoir daté et signé au nom de Jean CARON ;\n- Nina ROUX, pouvoir daté et signé au nom de Anne BRUN.",
    "Excusés :\nPETIT Luc\tconseiller\tpouvoir écrit et signé en faveur de CARON Jean\nROUX Nina\tconseillère\tpouvoir écrit et signé en faveur de BRUN Anne",
    "Excusés : M. PETIT Luc (Val) a commissionné M. CARON Jean ; Mme ROUX Nina (Brun) a commissionné Mme BRUN Anne.",
    "Excusés :\n- PETIT Luc (Val), qui a désigné comme porteur de sa voix CARON Jean\n- ROUX Nina (Brun), qui a désigné comme porteur de sa voix BRUN Anne",
    "Excusés : M. PETIT Luc, qui a prie par ecrit M. CARON Jean de voter pour lui ; Mme ROUX Nina, qui a prie par ecrit Mme BRUN Anne de voter pour elle.",
    "Excusés : M. Luc PETIT, membre nommé, qui a fait de M. Jean CARON son mandataire pour les votes ; Mme Nina ROUX, qui a fait de Mme Anne BRUN sa mandataire.",
    "Excusés :\nLuc PETIT\tVal\texcusé, a fait tenir son vote par Jean CARON\nNina ROUX\tBrun\texcusée, a fait tenir son vote par Anne BRUN",
    "Excusés :\nM. Luc PETIT              excusé, vote par la voix de M. Jean CARON\nMme Nina ROUX             excusée, vote par la voix de Mme Anne BRUN",
    "Excusés : Luc PETIT, dont Jean CARON porte le mandat ; Nina ROUX, dont Anne BRUN porte le mandat.",
    "Excusés :\n- M. Luc PETIT, qui a passé la main à M. Jean CARON pour voter ;\n- Mme Nina ROUX, qui a passé la main à Mme Anne BRUN pour voter.",
    "Excusés :\nPETIT Luc\tcollège des élus\ta laissé son vote en garde à M. CARON Jean\nROUX Nina\tcollège des usagers\ta laissé son vote en garde à Mme BRUN Anne",
    "Excusés : Mme Nina ROUX a mandaté pour la séance Mme Anne BRUN ; M. Luc PETIT a mandaté pour la séance M. Jean CARON.",
    "Excusés :\nLuc PETIT, qui s'est fait représenter au scrutin par Jean CARON\nNina ROUX, qui s'est fait représenter au scrutin par Anne BRUN",
])
def test_a_proxy_in_new_words(tmp_path: Path, roll: str):
    assert set(proxies(tmp_path, BUREAU.format(roll=roll, moves=""))) == BOTH


@pytest.mark.parametrize("title", ["VOIX RÉSERVÉE À", "SUPPLÉÉ(E) AU VOTE PAR", "DONT LE VOTE SERA PORTÉ PAR"])
def test_a_holders_column_in_new_words(tmp_path: Path, title: str):
    table = (f"   EXCUSÉS                                      {title}\n"
             "   PETIT Luc (Monts)                            CARON Jean\n"
             "   ROUX Nina (Val-3)                            BRUN Anne\n"
             "   MORIN Yves (Val-4)                           —\n")
    assert set(proxies(tmp_path, LAYOUT.format(table=table))) == BOTH


def test_a_proxy_given_on_leaving_in_new_words(tmp_path: Path):
    moves = ("Départ : M. Luc PETIT quitte la séance à 19 h 15, après le vote du point 1 ; il vote par la voix de M. Jean CARON "
             "pour le point 2.\n\n(1) 15h40 – départ de Mme Nina ROUX après B-2027-01 ; sa voix est détenue par Mme Anne BRUN pour B-2027-02.\n\n")
    roll = "Présents également : M. Luc PETIT, Mme Nina ROUX."
    assert BOTH <= set(proxies(tmp_path, BUREAU.format(roll=roll, moves=moves)))


WORD_PROCESSOR = ("VILLE DE VAL-BRUN\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\ndu mercredi seize décembre deux mille vingt-sept\n\n"
                  "Ouverture\t18 h 00\nLieu\tMairie, salle Rose-Lys\n\nCONSEILLERS PRÉSENTS\nROCHE Paul\tMaire\nCARON Jean\t\tconseiller municipal\n"
                  "BRUN Anne\t\tconseillère municipale\nLYS Rose\t\tconseillère municipale\n\nCONSEILLERS EXCUSÉS\n"
                  "PETIT Luc\tconseiller municipal\tpouvoir écrit et signé en faveur de CARON Jean\nMORIN Yves\tconseiller municipal\t—\n\n"
                  "DÉPART EN COURS DE SÉANCE\nLYS Rose\t20h05, après le vote du point 1\ta remis mandat écrit à BRUN Anne pour le point 2\n\n"
                  "Sans voix délibérative\tMme Nina ROUX, directrice générale des services\n\n"
                  "Point 1\tDEL-2027-112\tBudget principal : décision modificative n° 4\n"
                  "Vote\tPour : 2\tContre : 2\tAbstention : 1\nContre\tM. CARON Jean, M. PETIT Luc par pouvoir\nAbstention\tMme BRUN Anne\n\n"
                  "Point 2\tDEL-2027-113\tTarifs\nAdopté à l'unanimité.\n")


def test_a_word_processors_fields_and_rows(tmp_path: Path):
    facts = read(tmp_path, WORD_PROCESSOR).facts[0]
    seance = facts.of_class("Seance")[0]
    assert str(seance.first("debut"))[-8:] == "18:00:00"
    status = {p.first("personne").first("rdfs:label"): p.first("statut") for p in facts.of_class("Participation")}
    assert (status["Jean CARON"], status["Yves MORIN"], status["Rose LYS"], status["Nina ROUX"]) == ("présent", "excusé", "présent", "sans voix délibérative")
    read_proxies = proxies(tmp_path, WORD_PROCESSOR)
    assert set(read_proxies) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Anne BRUN")}
    assert read_proxies[("Rose LYS", "Anne BRUN")].get("depuisHeure") == "20:05:00"
    acts = {d.first("numero"): d for d in facts.of_class("Deliberation")}
    assert acts["DEL-2027-112"].first("titre") == "Budget principal : décision modificative n° 4"


def test_an_objet_field_a_tab_after_its_word(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\nSéance du\t21/12/2027\n"
            "Délibération n°\tCM-2027-097\nObjet\tRéseau des Bourgs du Val – renouvellement de l'adhésion 2028\n\n"
            "Présents : Paul ROCHE, Rose LYS, Jean CARON.\n\nLe conseil municipal DÉCIDE de renouveler l'adhésion.\nAdopté à l'unanimité.\n")
    titles = {d.first("titre") for d in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert titles == {"Réseau des Bourgs du Val – renouvellement de l'adhésion 2028"}


def test_a_table_rows_act_number_before_its_title_and_a_dash_for_none(tmp_path: Path):
    text = ("SYNDICAT DES ÉNERGIES DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\nSéance du mardi 15 décembre 2027 - 17 h 30\n"
            "      Val-Brun, salle Rose-Lys\n\nPrésents : Paul ROCHE, Rose LYS, Jean CARON.\n\n"
            "   N°    Objet                                                   Pour   Contre   Abst.   NPPV\n"
            "   1     2027-61 Budget primitif 2028                               2        1       -      -\n"
            "   2     2027-62 Réseau des Bourgs du Val - cotisation 2028          3        -       -      -\n\n"
            "   Observations\n   Point 2 - le Comité DÉCIDE de renouveler l'adhésion et de verser la cotisation de 870 €.\n")
    facts = read(tmp_path, text).facts[0]
    assert facts.of_class("Seance")[0].first("lieu") == "Val-Brun, salle Rose-Lys"
    acts = {d.first("numero"): d.first("titre") for d in facts.of_class("Deliberation")}
    assert acts == {"2027-61": "Budget primitif 2028", "2027-62": "Réseau des Bourgs du Val - cotisation 2028"}
    votes = {v.first("deliberation").first("numero"): (v.first("pour"), v.first("contre"), v.first("abstention")) for v in facts.of_class("Vote")}
    assert tuple(map(int, votes["2027-62"])) == (3, 0, 0)
    renewal = [m.first("renouvellement") for m in facts.of_class("Adhesion")]
    assert [str(r).lower() for r in renewal] == ["true"]


def test_a_given_name_cut_before_its_hyphen_is_rejoined():
    assert rejoined("LYS Ro-\nse-Marie, X") == "LYS  \nRose-Marie, X"
    assert rejoined("Val-\nles-Bains") == "\nVal-les-Bains"


def test_a_bulleted_list_by_body_a_comma_ending_a_line(tmp_path: Path):
    roll = ("Délégués présents :\n- CC des Monts : PETIT Luc, ROUX Nina,\nMORIN Yves, LE GALL Anne\n- CC du Val et de la Roche : "
            "CARON Jean (vice-président), DURAND Marc\n")
    text = BUREAU.format(roll=roll, moves="")
    facts = read(tmp_path, text).facts[0]
    present = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if p.first("statut") == "présent"}
    assert {"Yves MORIN", "Nina ROUX", "Anne LE GALL", "Jean CARON", "Marc DURAND"} <= present


def test_a_membership_its_title_names_before_the_acts_number(tmp_path: Path):
    text = ("PÔLE DU VAL-BRUN\nProcès-verbal du comité syndical du 9 décembre 2027\n\nPrésents : Paul ROCHE, Rose LYS.\n\n"
            "2. Réseau des Bourgs du Val - adhésion 2028 (délibération 2027-33)\nLe Comité DÉCIDE de renouveler l'adhésion pour "
            "l'année 2028 et de verser la cotisation de 1 980 €.\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert [(m.first("association").first("nom"), str(m.first("annee"))) for m in facts.of_class("Adhesion")] == [("Réseau des Bourgs du Val", "2028")]
