"""Round thirty-one's pieces, each on a small invented text: a table whose column names whose vote the row's member
casts ("Conseiller présent | Vote au lieu et place de | Portée"); column titles "Conseiller communautaire", presence
codes by a tick, "exc." and "abs."; "X, excusée : Y exprimera sa voix"; "Y a été désigné par X pour la remplacer au
vote"; acts numbered "N° 27/CP/06/01" and "2O27.AP.lO.Ol" (OCR); "à l'unanimité des votants (36)", "par vote exprimé", a tally in a word processor's cells ("Pour⇥11⇥Contre⇥2");
a list going on through lines that open on a group's label; a commune's name alone in a column's cell; a long cell's
bracket touching the next column's civility; a one-line title's subtitle after " : "; a count's note before its colon
("présents (feuille d'émargement) :⏎211"); member bodies' labels inside a one-line list."""

from __future__ import annotations

from civicgraph.genre.counts import read_counts
from civicgraph.genre.cues import Text, repair_ocr
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call

from tests.genre.test_layouts_54 import present_by_label, table_of


def test_a_table_of_votes_cast_in_place_of_members_excused():
    table = table_of("   Conseiller présent             Vote au lieu et place de          Portée\n"
                   "   ------------------------------------------------------------------------------------\n"
                   "   ROCHE Paul                     LYS Rose                          toute la séance\n"
                   "   CARON Jean                     PETIT Luc                         jusqu'à son arrivée\n")
    assert [(p.giver.text, p.holder.text) for p in table.proxies] == [("LYS Rose", "ROCHE Paul"), ("PETIT Luc", "CARON Jean")]


def test_presence_by_ticks_and_abbreviations_under_titles_of_councillors():
    table = table_of("   Commune            Conseiller communautaire     Présence    Pouvoir à\n"
                   "   Val-Brun           ROCHE Paul                   P\n"
                   "                      LYS Rose                     E           ROCHE Paul\n"
                   "   Légende : P = présent, E = excusé, A = absent\n")
    assert [(e.who.text, e.status) for e in table.entries] == [("ROCHE Paul", "présent"), ("LYS Rose", "excusé")]
    table = table_of("   Délégué titulaire        Prés.   Délégué suppléant      Prés.\n"
                   "   ROCHE Paul               X       –\n"
                   "   LYS Rose                 exc.    CARON Jean             X\n"
                   "   PETIT Luc                abs.    –\n")
    assert {(e.who.text, e.status) for e in table.entries} >= {("ROCHE Paul", "présent"), ("CARON Jean", "présent"), ("PETIT Luc", "absent")}


def test_proxies_told_by_the_holders_voice_or_designation():
    raw = ("Excusés : Mme Rose LYS ; M. Luc PETIT ; Mme Anne BRUN.\nPouvoirs :\n"
           "Mme Rose LYS, excusée : M. Jean CARON exprimera sa voix.\n"
           "M. Paul ROCHE a été désigné par M. Luc PETIT pour le remplacer au vote.\n"
           "M. Yves MORIN a été désigné par Mme Anne BRUN pour la remplacer au vote.\n\nSecrétaire : M. Jean CARON.\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert {(p.giver.text, p.holder.text) for p in roll.proxies} == {
        ("Mme Rose LYS", "M. Jean CARON"), ("M. Luc PETIT", "M. Paul ROCHE"), ("Mme Anne BRUN", "M. Yves MORIN")}


def test_reports_numbered_with_slashes_or_dots():
    raw = ("   N° 27/CP/06/01   Fonds de solidarité territoriale\n   Adopté à l'unanimité (22 voix)\n\n"
           "   N° 27/CP/06/02   Collèges publics – dotations 2027\n   Adopté à l'unanimité (22 voix)\n")
    assert [i.number for i in find_items(Text(view(raw)), 0, len(raw), [])] == ["27/CP/06/01", "27/CP/06/02"]
    raw = repair_ocr("Adopte.\n\n2O27.AP.lO.Ol - Decision modificative\nAdopte.\n\n2O27.AP.lO.O2 - Lycees\nAdopte.\n")
    assert [i.number for i in find_items(Text(view(raw)), 0, len(raw), [])] == ["2027.AP.10.01", "2027.AP.10.02"]


def test_unanimity_of_the_voters_counted_and_a_vote_expressed_by_proxy():
    written = "Le Conseil donne délégation au Président pour signer.      Adopté à l'unanimité des votants (36)"
    assert read_vote(Text(written), 0, len(written)).counts["pour"][0] == 36
    written = "Adopté.\nPour\t11\tContre\t2 (M. Luc PETIT, M. Jean CARON par pouvoir)\tAbstention\t1 (Mme Rose LYS)\n"
    assert {k: n for k, (n, _) in read_vote(Text(written), 0, len(written)).counts.items()} == {"pour": 11, "contre": 2, "abstention": 1}
    written = "Pour : 18   Contre : 0   Abstentions : 2 (M. Luc PETIT, Mme Rose LYS par vote exprimé)"
    assert [n for n, _ in read_vote(Text(written), 0, len(written)).by_proxy] == ["Mme Rose LYS"]


def test_lists_by_group_lines_commune_cells_and_touching_brackets():
    raw = ("Étaient présents :\nVal-Brun : Paul ROCHE, Maire ; Rose LYS, 1re adjointe ; Jean CARON.\n"
           "Haut-Val : Luc PETIT, maire délégué ; Anne BRUN.\n\nSecrétaire de séance : Jean CARON.\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.commune.text) for e in roll.entries] == [
        ("Paul ROCHE", "Val-Brun"), ("Rose LYS", "Val-Brun"), ("Jean CARON", "Val-Brun"), ("Luc PETIT", "Haut-Val"), ("Anne BRUN", "Haut-Val")]
    raw = ("   DÉLÉGUÉS PRÉSENTS\n"
           "   CARCES                   M. Paul ROCHE                ENTRECASTEAUX            M. Jean CARON\n"
           "   CARCES                   Mme Rose LYS                 ENTRECASTEAUX            M. Luc PETIT\n\n"
           "   Délégués présents (T : titulaire ; S : suppléant siégeant) :\n"
           "   M. Yves MORIN (T, Département du Val-Brun)M. Paul LYS (S, Roche)\n\n   Secrétaire de séance : Mme Rose LYS\n")
    named = {e.who.text for e in read_roll_call(Text(view(raw)), 0, len(raw)).entries}
    assert {"M. Paul ROCHE", "M. Jean CARON", "Mme Rose LYS", "M. Luc PETIT", "M. Yves MORIN", "M. Paul LYS"} <= named
    assert not named & {"CARCES", "ENTRECASTEAUX"}


def test_a_one_line_titles_subtitle_after_a_colon():
    raw = ("Point 2 – Budget supplémentaire 2027 – Rapporteur : M. Paul ROCHE – Adopté à l'unanimité. Point 3 – Aides "
           "facultatives : barème 2027 – Rapporteure : Mme Rose LYS – Adopté à l'unanimité.")
    assert [i.title for i in find_items(Text(view(raw)), 0, len(raw), [])][1] == "Aides facultatives : barème 2027"


def test_a_counts_note_before_its_colon():
    written = "Communes adhérentes à jour de cotisation : 498 – présents (feuille d'émargement) :\n211 – procurations : 4 – votants : 215."
    assert read_counts(Text(written), 0, len(written))["nombrePresents"][0] == 211


def test_member_bodies_labels_inside_a_one_line_list():
    raw = ("Délégués présents : Communauté d'agglomération du Val : M. Paul ROCHE, Mme Rose LYS Communauté de communes de "
           "Brunmont : M. Jean CARON, M. Luc PETIT. Secrétaire de séance : Mme Rose LYS.")
    assert present_by_label(raw) == [
        ("M. Paul ROCHE", "Communauté d'agglomération du Val"), ("Mme Rose LYS", "Communauté d'agglomération du Val"),
        ("M. Jean CARON", "Communauté de communes de Brunmont"), ("M. Luc PETIT", "Communauté de communes de Brunmont")]
