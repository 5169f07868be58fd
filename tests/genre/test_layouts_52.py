"""Round twenty-five's pieces, and round twenty-four's left unread: names written without civility where a member moves
("Départ de Luc PETIT (Val) à 20 h 35", "…, PETIT Luc quitte la séance") and a proxy told next as "Il a donné
procuration à …"; homonyms told apart by their full names in a clause's proxy; "Le suffrage de X est confié à Y" under a
heading; an agenda on a text collapsed on one line, its items "Point 4 - B2027-089 - Title" after a line of counts; a
legend of codes spaced on one line ("P = présent   E = excusé"); a commune's label in a word processor's first cell
before names without civility; a column "Voix exercée pour"; a row's body in brackets and its office in tabbed cells;
a syndicat's name after its acronym and a dash; an acronym's name on the letterhead's line above it. Each on a small
invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.text.acronyms import spelled_above
from civicgraph.text.names import bare_name_ending
from tests.genre.test_attendance_layouts_12 import seance_people
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL
from tests.genre.test_layouts_51 import _authors, _organisations

ROLL = "Présents : M. Paul ROCHE, Maire ; Mme Rose LYS ; M. Jean CARON ; M. Luc PETIT.\nExcusée : Mme Anne BRUN.\n\n"
ITEMS = ("1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n\n3. Subvention\nAdopté à l'unanimité.\n\n"
         "{movement}\n\n4. Voirie\nAdopté à l'unanimité.\n\n5. Divers\nAdopté à l'unanimité.\n")


def _council(movement: str, roll: str = ROLL) -> str:
    return f"{COUNCIL}\nSéance du 5 octobre 2027\n\n{roll}" + ITEMS.format(movement=movement)


def test_a_name_without_civility_ends_the_text_before_it_only_when_its_given_name_is_one():
    assert bare_name_ending("À 19 h 40, après le vote du point 4, PETIT Luc").group() == "PETIT Luc"
    assert bare_name_ending("Départ de Luc PETIT").group() == "Luc PETIT"
    assert bare_name_ending("Le conseil remercie Le MAIRE") is None
    assert bare_name_ending("Le Conseil") is None


def test_a_member_named_without_civility_leaves_and_a_proxy_told_next_holds_from_then(tmp_path: Path):
    found = proxies(tmp_path, _council("Luc PETIT quitte la séance à 21 h 40, après le vote du point 3. Il a donné procuration "
                                       "à Rose LYS pour la suite de la séance."))
    assert found == {("Luc PETIT", "Rose LYS"): {"depuisHeure": "21:40:00", "depuisActe": "4"}}


def test_a_departure_written_without_civility_times_a_proxy_from_an_item(tmp_path: Path):
    found = proxies(tmp_path, _council("Départ de Luc PETIT (Val-Brun) à 20 h 35, après le point 3. Luc PETIT donne procuration "
                                       "à Jean CARON à partir du point 4."))
    assert found == {("Luc PETIT", "Jean CARON"): {"depuisHeure": "20:35:00", "depuisActe": "4"}}
    found = proxies(tmp_path, _council("À 19 h 40, après le vote du point 3, PETIT Luc quitte la séance. Procuration de PETIT Luc "
                                       "à LYS Rose à partir du point 4."))
    assert found == {("Luc PETIT", "Rose LYS"): {"depuisHeure": "19:40:00", "depuisActe": "4"}}


def test_homonyms_are_told_apart_by_their_full_names_in_a_proxys_clause():
    raw = ("Présents : M. LYS Paul, M. ROCHE Jean.\nExcusés : LYS Rose, BRUN Anne.\n"
           "Mme LYS Rose representee par M. LYS Paul.\nAbsent : M. PETIT Luc.\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("Mme LYS Rose", "M. LYS Paul")]


def test_a_suffrage_confided_under_a_heading_is_the_givers_proxy():
    raw = ("Présents\nM. Paul ROCHE (Majorité), Mme Rose LYS (Majorité), M. Jean CARON (Union).\n\n"
           "Excusés ayant donné délégation\nLe suffrage de Mme Anne BRUN est confié à Mme Rose LYS.\n"
           "Le suffrage de M. Luc PETIT est confié à M. Jean CARON.\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(p.giver.text, p.holder.text) for p in roll.proxies] == [("Mme Anne BRUN", "Mme Rose LYS"), ("M. Luc PETIT", "M. Jean CARON")]
    assert [raw[p.giver.span.start:p.giver.span.end] for p in roll.proxies] == ["Mme Anne BRUN", "M. Luc PETIT"]


def test_an_agenda_on_one_line_ends_where_the_first_act_is_headed():
    raw = ("Présents : 8. Ordre du jour : 1. Adhésion ; 2. Tarifs de l'eau ; 3. Salle ; 4. Toiture (DETR). "
           "Délibération n° 2027-025 – Adhésion à l'association des maires. Rapporteur : M. Luc PETIT. Votes : pour 9. "
           "Délibération n° 2027-026 – Service de l'eau : tarifs 2027. Rapporteur : M. Luc PETIT. Votes : pour 8. "
           "Délibération n° 2027-027 – Salle des fêtes. Rapporteur : M. Luc PETIT. Votes : pour 8.")
    assert [i.number for i in find_items(Text(view(raw)), 0, len(raw), [])] == ["2027-025", "2027-026", "2027-027"]


def test_points_headed_by_their_acts_numbers_on_one_line_after_a_line_of_counts(tmp_path: Path):
    raw = ("Le quorum est atteint. Point 1 - B2027-087 - Adhésion au réseau Rapporteur : M. Paul ROCHE Le Bureau renouvelle "
           "l'adhésion de la communauté au réseau des villes cyclables pour l'année 2027. Adopté par 15 voix pour. "
           "Point 2 - B2027-088 - Mission locale Rapporteur : M. Jean CARON Le Bureau attribue une subvention de fonctionnement "
           "à la mission locale pour l'année 2027. Adopté par 15 voix pour. "
           "M. Luc PETIT quitte la réunion à 10 h 40, après le point 2 ; pouvoir de M. Luc PETIT à M. Jean CARON à partir du point 3. "
           "Présents : 11 - Votants : 15 Point 3 - B2027-089 - Réseau de bus Rapporteur : M. Paul ROCHE Adopté par 15 voix pour.")
    assert [(i.number, i.point) for i in find_items(Text(view(raw)), 0, len(raw), [])] == [("B2027-087", 1), ("B2027-088", 2), ("B2027-089", 3)]
    text = f"{COUNCIL} Séance du 5 octobre 2027 {ROLL.replace(chr(10), ' ')}" + raw
    assert proxies(tmp_path, text)[("Luc PETIT", "Jean CARON")] == {"depuisHeure": "10:40:00", "depuisActe": "B2027-089"}


def test_a_legend_of_codes_spaced_on_one_line_reads_a_tables_ticks(tmp_path: Path):
    rows = [("ROCHE Paul", "X", "", "", ""), ("LYS Rose", "X", "", "", ""), ("BRUN Anne", "", "X", "", "LYS Rose"),
            ("CARON Jean", "X", "", "", ""), ("PETIT Luc", "", "", "X", ""), ("MORIN Yves", "X", "", "", "")]
    table = "Délégué             Membre           P    E    A    Pouvoir à\n" + "".join(
        f"{name:<20}{'CC du Val':<17}{p:<5}{e:<5}{a:<5}{holder}".rstrip() + "\n" for name, p, e, a, holder in rows)
    text = _seance(COUNCIL, table + "\nP = présent     E = excusé     A = absent\n")
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Rose LYS")}
    statuses = _statuses(tmp_path, text)
    assert (statuses["Luc PETIT"], statuses["Jean CARON"]) == ("absent", "présent")


def test_a_communes_label_in_a_first_cell_before_names_without_civility(tmp_path: Path):
    roll = ("Présents : Paul ROCHE, Jean CARON, Nina ROUX.\n\nProcurations :\n"
            "Le Robert\tRose LYS a donné procuration à Paul ROCHE\nSainte-Luce\tAnne BRUN a donné procuration à Jean CARON\n")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Rose LYS", "Paul ROCHE"), ("Anne BRUN", "Jean CARON")}


def test_a_column_of_the_votes_a_member_casts_for_another(tmp_path: Path):
    table = ("Membre                 Groupe          Présence     Voix exercée pour\n"
             "M. Paul ROCHE          Majorité        Présent\n"
             "Mme Rose LYS           Majorité        Présente     M. Luc PETIT\n"
             "M. Jean CARON          Union           Présent      Mme Anne BRUN\n")
    assert set(proxies(tmp_path, _seance(COUNCIL, table))) == {("Luc PETIT", "Rose LYS"), ("Anne BRUN", "Jean CARON")}


def test_a_tabbed_row_gives_the_members_body_in_brackets_and_office(tmp_path: Path):
    roll = ("Délégués présents (club entre parenthèses) :\n\tM. Paul ROCHE\t(Les Marcheurs du Val)\tPrésident\n"
            "\tMme Rose LYS\t(Rando Val-Brun)\n\tMme Anne BRUN\t(Val Loisirs)\tSecrétaire\n\n")
    text = ("COMITÉ DE RANDONNÉE DU VAL-BRUN\nASSEMBLÉE GÉNÉRALE DU 18 AVRIL 2027\n\nLes délégués se sont réunis le 18 avril 2027.\n\n"
            + roll + "Le Président ouvre la séance.\n\n1. Rapport moral\nAdopté à l'unanimité.\n")
    assert seance_people(tmp_path, text)[0] == "Paul ROCHE"


def test_a_syndicats_name_after_its_acronym_and_a_dash(tmp_path: Path):
    text = ("ValAGE – Syndicat mixte pour l'Assainissement et la Gestion des Eaux du Val-Brun\n\n"
            "PROCÈS-VERBAL DU COMITÉ SYNDICAL\nSéance du mardi 13 octobre 2027\n\n"
            "Le 13 octobre 2027, le Comité syndical du ValAGE s'est réuni sous la présidence de M. Paul ROCHE.\n\n"
            + ROLL + "1. Budget\nAdopté à l'unanimité.\n")
    assert _authors(tmp_path, text) == {"Syndicat mixte pour l'Assainissement et la Gestion des Eaux du Val-Brun"}


def test_an_acronyms_name_on_the_letterhead_line_above_it(tmp_path: Path):
    head = "AGENCE DÉPARTEMENTALE D'INFORMATION SUR LE LOGEMENT DU VAL-BRUN\nADIL 27 - Association régie par la loi de 1901\n"
    assert head[slice(*spelled_above(head, "ADIL", head.index("ADIL 27")))] == "AGENCE DÉPARTEMENTALE D'INFORMATION SUR LE LOGEMENT DU VAL-BRUN"
    assert spelled_above(head, "ADL", head.index("ADIL 27")) is None
    text = (head + "\nCOMPTE RENDU DU CONSEIL D'ADMINISTRATION\nSéance du mardi 12 mai 2027\n\n"
            "Le conseil d'administration de l'ADIL du Val-Brun s'est réuni le 12 mai 2027 sous la présidence de Mme Rose LYS.\n\n"
            + ROLL + "1. Budget\nAdopté à l'unanimité.\n")
    assert "Agence Départementale d'Information sur le Logement du Val-Brun" in _organisations(tmp_path, text)
