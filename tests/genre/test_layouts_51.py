"""Round twenty-two's pieces: an association's minutes whose items name another association (the one it joins) and whose
letterhead sits under a running header; an author read by its acronym that the opening spells out; text whose accents
are lost ("a M. Y" after the giver's office, "et publication le"); a departure's proxy "à partir du point 3" where the
items go by their acts' numbers alone; OCR's "CIaire"; a président de séance the comité elects; round twenty-two's blind
sets: a proxy passed on when its holder leaves ("X est dès lors représenté par Z"), "se fait remplacer pour le vote
par", a table under a boxed line of counts with a column "Mandat tenu par", "à partir du point 2027-10-03", OCR's
letters in an act's number in running text ("rapport 27-CP-O62"), a "médecin-chef" among the attendees, items "Point 2 –
Title" after a sentence on one-line text; "se retire et ne prend pas part au vote"; a visioconference an item speaks of is no way of holding the séance;
round twenty-three's: "Y exprimera la voix de X" (X wrapped), "elle s'est fait suppléer dans son vote par Y" after her
departure, a table "Collège / Membre … Voix remise à", a proxy passed on by "la procuration de X est confiée à Z" when its
holder leaves, OCR's "délibération 2O27-O32", "pour la délibération n° 2027-31", a later proxy not ended by an earlier
arrival. Each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import Text, repair_ocr
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.publicity import publicity_dates
from civicgraph.genre.reader import view
from civicgraph.text.acronyms import spelled_out, spells
from tests.genre.test_attendance_layouts_12 import seance_people
from tests.genre.test_attendance_layouts_14 import proxies
from tests.genre.test_layouts_30 import _seance, _statuses, read
from tests.genre.test_layouts_42 import COUNCIL
from tests.genre.test_layouts_47 import _comite

ROLL = ("Présents : Mme Rose LYS, présidente ; M. Jean CARON ; Mme Nina ROUX ; M. Luc PETIT.\n"
        "Excusés : Mme Anne BRUN ; M. Yves MORIN.\n\n")


def _organisations(tmp_path: Path, text: str) -> dict[str, dict[str, list]]:
    return {o.first("nom"): o.props for o in read(tmp_path, text).facts[0].of_class("Organisation")}


def _authors(tmp_path: Path, text: str) -> set[str]:
    return {o.first("organisation").first("nom") for o in read(tmp_path, text).facts[0].of_class("Organe")}


def test_the_association_an_item_joins_is_not_the_one_that_meets(tmp_path: Path):
    text = ("Val-Brun Familles – CA du 7 septembre 2027\n\n"
            "Val-Brun Familles – Fédération des foyers du Val-Brun\nAssociation loi 1901 – Conseil d'administration\n\n"
            "COMPTE RENDU DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 7 SEPTEMBRE 2027\n\n"
            "Le conseil d'administration de la fédération s'est réuni le mardi 7 septembre 2027 à 18 heures à Val-Brun.\n\n"
            + ROLL + "1. Adhésion à un réseau\nLe conseil décide d'adhérer à l'association Réseau des Foyers Ruraux pour 2027 ; "
            "la cotisation est de 80 euros.\nAdopté à l'unanimité.\n")
    found = _organisations(tmp_path, text)
    assert "Val-Brun Familles – Fédération des foyers du Val-Brun" in found, found
    assert _authors(tmp_path, text) == {"Val-Brun Familles – Fédération des foyers du Val-Brun"}


def test_an_author_read_by_its_acronym_goes_by_the_name_the_heading_spells_out(tmp_path: Path):
    text = ("COMITÉ DES SPORTS ET LOISIRS DU VAL-BRUN (CSL 27) – Procès-verbal du conseil d'administration\n\n"
            "Le mardi 19 mai 2027 à 18 h 30, le conseil d'administration du CSL du Val-Brun, convoqué le 5 mai 2027, "
            "s'est réuni à la maison des sports sous la présidence de Mme Rose LYS.\n\n" + ROLL
            + "1. Budget\nAdopté à l'unanimité.\n")
    found = _organisations(tmp_path, text)
    assert found["Comité des Sports et Loisirs du Val-Brun"]["nomAlternatif"] == ["CSL du Val-Brun"], found


def test_where_an_acronym_is_spelled_out():
    raw = "Procès-verbal. Le Comité départemental des sports du Val-Brun (CDS 27) a tenu séance ; le CDS (2027) vote."
    start, end = spelled_out(raw, "CDS")
    assert raw[start:end] == "Comité départemental des sports du Val-Brun"
    assert spelled_out("Le budget de 2027 (CDS) est adopté.", "CDS") is None  # no name before the bracket
    assert spelled_out("Le Centre des Arts (CDS) ouvre.", "CDS") is None  # its initials are "CA"
    assert spells("ABV du Val-Brun", "Association des Bâtisseurs du Val-Brun")
    assert not spells("ABV du Val-Brun", "Amicale des Boulistes")
    assert spells("FNCV", "Fédération nationale des communes du Val")  # its words in lower case


def test_a_holder_after_the_giver_s_office_in_text_without_accents(tmp_path: Path):
    roll = ("Presents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX ; M. Marc LEROY.\n\n"
            "Absents ayant donne procuration : M. Luc PETIT, 1er adjoint, a M. Jean CARON ; Mme Rose LYS a Mme Nina ROUX ; "
            "M. Yves MORIN a M. Marc\nLEROY.\nAbsent : M. Paul DURAND.")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Luc PETIT", "Jean CARON"), ("Rose LYS", "Nina ROUX"), ("Yves MORIN", "Marc LEROY")}


def test_a_departure_s_proxy_from_the_agenda_s_third_item_named_by_its_act(tmp_path: Path):
    """(told in the minutes' body, without accents: the movements read it, after the roll call's bounds were made acts)"""
    text = (COUNCIL + "\nSéance du 5 décembre 2027\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n\n"
            "2027-116 - Budget\nAdopté à l'unanimité.\n\n2027-117 - Tarifs\nAdopté à l'unanimité.\n\n"
            "A 21h40, apres le vote de la deliberation 2027-117, Mme Nina ROUX quitte la\nseance et donne procuration a "
            "M. Jean CARON a partir du point 3.\nPresents : 2 - Procurations : 1 - Votants : 3.\n\n2027-118 - Travaux\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")]["depuisActe"] == "2027-118"


def test_a_publication_after_the_transmission_in_one_closing_sentence():
    text = Text("Acte rendu exécutoire après transmission en préfecture le 12 octobre 2027 et publication le 13 octobre 2027.")
    found = {prop: str(day) for prop, (day, _) in publicity_dates(text).items()}
    assert found == {"dateTransmission": "2027-10-12", "datePublication": "2027-10-13"}


def test_ocr_s_capital_i_for_a_given_name_s_l():
    assert repair_ocr("Mme CIaire ROCHE, M. FIorent LYS") == "Mme Claire ROCHE, M. Florent LYS"
    assert repair_ocr("le XIème siècle, M. GIlles") == "le XIème siècle, M. GIlles"  # no given name either way: left


def test_the_president_of_the_seance_the_comite_elects_presides(tmp_path: Path):
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL\nSéance du 5 décembre 2027\n\nLe Comité syndical, convoqué le 28 novembre "
            "2027 par son Président, s'est réuni le 5 décembre 2027 à 18 h.\nM. le Président étant empêché, le Comité élit à "
            "l'unanimité M. Jean CARON, 1er\nvice-président, président de séance.\n\nPrésents : M. Jean CARON ; Mme Nina ROUX ; "
            "M. Luc PETIT.\nExcusé : M. Paul ROCHE, Président, a donné pouvoir à M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n")
    chair, _, given = seance_people(tmp_path, text)
    assert (chair, given) == ("Jean CARON", {("Paul ROCHE", "Jean CARON")})


@pytest.mark.parametrize("told", [
    "M. Jean CARON quitte la séance à 21 h 20, après le vote du point 1 ; il a donné pouvoir à M. Paul ROCHE pour la suite de "
    "la séance. M. Luc PETIT est dès lors représenté par Mme Nina ROUX.",
    "À 21 h 20, après le vote du point 1, M. Jean CARON quitte la séance ; la procuration de M. Luc PETIT est confiée à "
    "Mme Nina ROUX.",
])
def test_a_proxy_passed_on_when_its_holder_leaves(tmp_path: Path, told: str):
    text = (COUNCIL + "\nSéance du 5 décembre 2027\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n"
            "Excusé : M. Luc PETIT (pouvoir à M. Jean CARON).\n\n1. Budget\nAdopté à l'unanimité.\n\n" + told +
            "\n\n2. Tarifs\nAdopté à l'unanimité.\n")
    found = proxies(tmp_path, text)
    assert found[("Luc PETIT", "Jean CARON")]["jusquAHeure"] == "21:20:00"
    assert found[("Luc PETIT", "Nina ROUX")] == {"depuisHeure": "21:20:00", "depuisActe": "2"}


def test_a_member_who_has_himself_replaced_for_the_vote(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n\n"
            "M. Luc PETIT (T, CC du Val) se fait remplacer pour le vote par Mme Nina\nROUX.")
    assert ("Luc PETIT", "Nina ROUX") in proxies(tmp_path, _seance(COUNCIL, roll))


@pytest.mark.parametrize("table", [
    # under a boxed line of counts without colons, a column "Mandat tenu par"
    "┌ Délégués en exercice  4 │ Présents  3 │ Mandats  1 │ Votants  4 ┐\n\n"
    "Délégué               Collège          Présence  Mandat tenu par\n"
    "M. Paul ROCHE         Val-Brun         P\n"
    "Mme Anne BRUN         Val-Brun         E         M. Paul ROCHE\n"
    "M. Jean CARON         Haut-Val         P\n",
    # the members' column naming their college first, a column "Voix remise à"
    "Collège / Membre                 Présence      Voix remise à\n"
    "Représentants du Val (3)\n"
    "  M. Paul ROCHE                  présent       -\n"
    "  Mme Anne BRUN                  excusée       M. Paul ROCHE\n"
    "  M. Jean CARON                  présent       -\n",
])
def test_a_table_s_column_of_holders(tmp_path: Path, table: str):
    assert set(proxies(tmp_path, _comite(table))) == {("Anne BRUN", "Paul ROCHE")}


def test_a_departure_s_proxy_from_a_point_named_by_an_act_s_number(tmp_path: Path):
    text = (COUNCIL + "\nSéance du 5 décembre 2027\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n\n"
            "2027-10-01 – Budget\nAdopté à l'unanimité.\n\nMme Nina ROUX quitte la séance à 21 h 05 et donne pouvoir à "
            "M. Jean CARON à partir du point 2027-10-02.\n\n2027-10-02 – Tarifs\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Nina ROUX", "Jean CARON")] == {"depuisHeure": "21:05:00", "depuisActe": "2027-10-02"}


def test_ocr_s_letters_in_an_act_s_number_in_running_text():
    assert repair_ocr("apres le vote du rapport 27-CP-O62, a partir du rapport 27-CP-O6l") == \
        "apres le vote du rapport 27-CP-062, a partir du rapport 27-CP-061"
    assert repair_ocr("la ligne LA-CP-BO") == "la ligne LA-CP-BO"  # no figure: no number


def test_a_medecin_chef_among_the_attendees_is_no_part_of_the_name(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON.\n\nAssistent avec voix consultative : le colonel Luc PETIT, "
            "directeur départemental ; le\nmédecin-chef Rose LYS ; le lieutenant Yves MORIN.")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert {name for name, status in statuses.items() if status != "présent"} == {"Luc PETIT", "Rose LYS", "Yves MORIN"}, statuses


def test_points_after_a_sentence_on_one_line_text():
    text = Text(view("Secrétaire de séance : Mme Nina ROUX. Point 1 – Approbation du procès-verbal – Rapporteur : M. Paul ROCHE – "
                     "Adopté à l'unanimité (12 voix). Point 2 – Budget supplémentaire – Rapporteur : M. Jean CARON – Pour : 9 – "
                     "Contre : 3. Point 3 – Tarifs – Adopté à l'unanimité (12 voix). La séance est levée à 19 h."))
    assert [item.number for item in find_items(text, 0, len(text.raw), [])] == ["1", "2", "3"]


def test_a_member_who_withdraws_and_takes_no_part_in_the_vote():
    text = Text(view("2. Subvention\nMme Rose LYS, dont l'époux préside le club, se retire et ne prend pas part au vote.\n"
                     "Pour : 10 – Contre : 0 – Abstention : 0.\n"))
    assert [name for name, _ in read_vote(text, 0, len(text.raw)).names["nonParticipant"]] == ["Mme Rose LYS"]
    before_the_next = Text(view("2. Subvention\nAdopté à l'unanimité (10 voix). Mme Rose LYS se retire et ne prend pas part au "
                                "vote du point 3.\n"))
    assert "nonParticipant" not in read_vote(before_the_next, 0, len(before_the_next.raw)).names  # (point 3's, not this one's)


def test_a_visioconference_an_item_speaks_of_is_no_way_of_holding_the_seance(tmp_path: Path):
    held = ("Le conseil s'est réuni en visioconférence le 5 décembre 2027.\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    spoken_of = ("Le conseil s'est réuni le 5 décembre 2027, convoqué le 28 novembre.\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON.\n\n"
                 "1. Accueil\nLe conseil note la bonne adhésion des usagers aux rendez-vous en visioconférence.\nAdopté à l'unanimité.\n")
    for name in ("held", "spoken_of"):
        (tmp_path / name).mkdir()
    modes = [read(tmp_path / name, f"{COUNCIL}\nSéance du 5 décembre 2027\n\n{text}").facts[0].of_class("Seance")[0].first("modalite")
             for name, text in (("held", held), ("spoken_of", spoken_of))]
    assert modes == ["visioconférence", None]


def test_a_holder_who_will_express_the_giver_s_vote(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n\nDélégués excusés :\n"
            "Mme Rose LYS (Val) : M. Jean CARON exprimera la voix de Mme Rose\nLYS.\n"
            "M. Luc PETIT (Haut-Val) : Mme Nina ROUX exprimera la voix de M. Luc PETIT.")
    assert {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Nina ROUX")} <= set(proxies(tmp_path, _seance(COUNCIL, roll)))


def test_she_has_herself_replaced_in_her_vote_after_leaving(tmp_path: Path):
    text = (COUNCIL + "\nSéance du 5 décembre 2027\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Rose LYS.\n\n"
            "Rapport n° 27.06.03 – Budget\nAdopté à l'unanimité.\n\nÀ 16 h 20, après le vote du rapport 27.06.03, Mme Rose LYS "
            "quitte l'hémicycle ; à partir du rapport 27.06.04, elle s'est fait suppléer dans son vote par M. Jean\nCARON.\n\n"
            "Rapport n° 27.06.04 – Tarifs\nAdopté à l'unanimité.\n")
    assert proxies(tmp_path, text)[("Rose LYS", "Jean CARON")] == {"depuisHeure": "16:20:00", "depuisActe": "27.06.04"}


def test_a_proxy_of_bare_names_from_a_point(tmp_path: Path):
    roll = ("Présents : ROCHE Paul, Maire ; CARON Jean ; ROUX Nina.\n\n1. Budget\nAdopté à l'unanimité.\n\n"
            "Départ de ROUX Nina à 20 h 55, après le vote du point 1 : pouvoir de ROUX Nina à CARON Jean à partir du point 2.")
    assert proxies(tmp_path, _seance(COUNCIL, roll))[("Nina ROUX", "Jean CARON")]["depuisActe"] == "2"


def test_ocr_s_letters_in_a_deliberation_s_number_without_series():
    assert repair_ocr("a partir de la deliberation 2O27-O32.") == "a partir de la deliberation 2027-032."
    assert repair_ocr("tel 04-lO ; Val-lOl") == "tel 04-lO ; Val-lOl"  # a run without a figure: no number


def test_a_proxy_for_one_deliberation_then_a_later_one_not_ended_by_the_arrival(tmp_path: Path):
    text = (COUNCIL + "\nSéance du 5 décembre 2027\n\nPrésents : M. Paul ROCHE, Maire ; M. Jean CARON ; Mme Nina ROUX.\n"
            "Excusés : M. Luc PETIT, Mme Rose LYS.\nProcuration de M. Luc PETIT à Mme Nina ROUX pour la délibération n° 2027-31.\n"
            "Mme Rose LYS a donné pouvoir à M. Jean CARON jusqu'à son arrivée.\n\n"
            "Délibération n° 2027-31 – Budget\nAdopté à l'unanimité.\n\nMme Rose LYS arrive en cours de séance, avant la "
            "délibération n° 2027-32.\n\nDélibération n° 2027-32 – Tarifs\nAdopté à l'unanimité.\n\n"
            "À 19 h 40, Mme Rose LYS quitte la séance et donne procuration à Mme Nina ROUX à partir de la délibération n° 2027-33.\n\n"
            "Délibération n° 2027-33 – Voirie\nAdopté à l'unanimité.\n")
    found = proxies(tmp_path, text)
    assert found[("Luc PETIT", "Nina ROUX")] == {"depuisActe": "2027-31", "jusquAActe": "2027-31"}
    assert found[("Rose LYS", "Jean CARON")]["jusquAActe"] == "2027-31"
    assert found[("Rose LYS", "Nina ROUX")] == {"depuisHeure": "19:40:00", "depuisActe": "2027-33"}
