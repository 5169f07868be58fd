"""Pages laid out in columns by `pdftotext -layout`: a roll's lists under one heading that spans two columns, each
column grouped by communes in capitals over their members or proxies (read column by column, a line the other column
fills parting no list, no commune read as a person); a table of members without header, their office and canton
in columns of their own (no canton read as a person); an act's number with its series' letters in brackets after
"rapport n°". The round-nineteen forms: an item named by its rank or by its act's number (both kept), holders named
first without civility, "le mandat de vote de X est exercé par Y", "le pouvoir de X a été remis à Y", a proxy passed on
from an item, the chair's office with its assembly's name, tables with empty cells between tabs, OCR's footnote calls,
"Votant au nom de" and "Suppléant siégeant / représenté par" columns. General mechanisms, each on a small invented
text (the communes' labels are real communes' names, as `_commune_line` asks)."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.cues import Text
from civicgraph.genre.items import TRAILING_ACT, find_items, read_vote
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _acts, _with_items
from tests.genre.test_layouts_47 import _comite


def _columns(left: list[str], right: list[str], at: int = 48) -> str:
    return "\n".join(f"  {a:<{at}}{b}".rstrip() for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))))


def test_proxies_by_commune_in_two_columns_under_one_heading(tmp_path: Path):
    left = ["BEAUMONT", "  procuration de Mme Anne BRUN à M. Jean CARON", "  procuration de M. Yves MORIN à Mme Nina ROUX", "",
            "MONTAGNY", "  procuration de M. Luc PETIT à M. Marc LEROY"]
    right = ["SAINT-MARTIN", "  procuration de Mme Rose LYS à M. Hugo SALA", "", "LE VERNET",
             "  procuration de M. Noël RIBES à Mme Eva PONS"]
    roll = PRESENT.replace("M. Jean CARON, Mme Nina ROUX", "M. Jean CARON, Mme Nina ROUX, M. Marc LEROY, M. Hugo SALA, Mme Eva PONS")
    text = _seance(COUNCIL, roll + "Procurations (par commune) :\n" + _columns(left, right))
    found, statuses = proxies(tmp_path, text), _statuses(tmp_path, text)
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Luc PETIT", "Marc LEROY"), ("Rose LYS", "Hugo SALA"),
            ("Noël RIBES", "Eva PONS")} <= set(found)
    assert not {"BEAUMONT", "MONTAGNY", "SAINT-MARTIN", "LE VERNET"} & (set(statuses) | {h for _, h in found})


def test_members_by_commune_in_two_columns_under_one_heading(tmp_path: Path):
    left = ["BEAUMONT", "  ROCHE Paul, Président", "  CARON Jean", "  ROUX Nina", "LA ROCHETTE", "  PETIT Luc"]
    right = ["SAINT-MARTIN", "  LYS Rose, 1re Vice-présidente", "  SALA Hugo", "MONTAGNY", "FONTAINE", "  PONS Eva"]
    text = _seance(COUNCIL, "PRÉSENTS\n" + _columns(left, right) + "\n\nExcusée : Mme Anne BRUN.")
    statuses = _statuses(tmp_path, text)
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Jean CARON", "Nina ROUX", "Luc PETIT", "Rose LYS", "Hugo SALA", "Eva PONS"))
    assert not {"BEAUMONT", "LA ROCHETTE", "SAINT-MARTIN", "MONTAGNY", "FONTAINE"} & set(statuses)


def test_a_table_of_members_without_header_its_offices_and_cantons_in_columns(tmp_path: Path):
    rows = [("M. Paul ROCHE", "Président", "Val-Brun-1"), ("Mme Rose LYS", "1re Vice-présidente", "La Haute-Vallée"),
            ("M. Jean CARON", "", "Val-Brun-2"), ("Mme Nina ROUX", "", "Le Plateau du Nord"), ("M. Luc PETIT", "", "Les Coteaux")]
    table = "\n".join(f"   {a:<30}{b:<30}{c}" for a, b, c in rows)
    statuses = _statuses(tmp_path, _seance(COUNCIL, f"Étaient présents :\n{table}\n\nExcusée : Mme Anne BRUN."))
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Rose LYS", "Jean CARON", "Nina ROUX", "Luc PETIT"))
    assert not {"Val-Brun-1", "Val-Brun-2", "Le Plateau du Nord", "Les Coteaux"} & set(statuses)


def test_an_act_s_number_with_series_letters_in_brackets_after_its_report_s_number(tmp_path: Path):
    assert TRAILING_ACT.search("Aide à la voirie (rapport n° CP-27-03-112)")["num"] == "CP-27-03-112"
    assert TRAILING_ACT.search("Aide à la voirie (articles 12-3)") is None
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\n", "1. Budget (rapport n° CP-27-03-112)\n")
    assert _acts(tmp_path, text)["CP-27-03-112"].first("titre") == "Budget"


def _proxy_bounds(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, str]]:
    """{(giver, holder): {bound: value}} with the items' ranks (`depuisPoint`, `jusquAuPoint`) among the bounds."""
    facts = read(tmp_path, text).facts[0]
    bounds = ("depuisHeure", "jusquAHeure", "depuisActe", "jusquAActe", "depuisPoint", "jusquAuPoint")
    return {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")):
            {b: str(p.first(b)) for b in bounds if p.first(b) is not None} for p in facts.of_class("Pouvoir")}


ACTS = ("1. Budget (délibération n° 2026-12-101)\nAdopté à l'unanimité.\n\n2. Tarifs (délibération n° 2026-12-102)\n"
        "Adopté à l'unanimité.\n\n3. Subventions (délibération n° 2026-12-103)\nAdopté à l'unanimité.\n")


def test_an_item_named_by_its_rank_is_its_act_and_keeps_its_rank(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Procurations : Mme Anne BRUN à M. Jean CARON à partir du point 2.")
    found = _proxy_bounds(tmp_path, _seance(COUNCIL, roll).replace("1. Budget\nAdopté à l'unanimité.\n", ACTS))
    assert found[("Anne BRUN", "Jean CARON")] == {"depuisActe": "2026-12-102", "depuisPoint": "2"}


def test_holders_named_first_without_civility(tmp_path: Path):
    roll = ("Présents : ROCHE Paul, Président ; CARON Jean ; ROUX Nina.\n\nPouvoirs : ROUX Nina est détentrice du pouvoir de "
            "BRUN Anne ; CARON Jean est détenteur du pouvoir de MORIN Yves ; M. le Président est détenteur du pouvoir de LYS Rose.")
    found = proxies(tmp_path, _seance(COUNCIL, roll))
    assert {("Anne BRUN", "Nina ROUX"), ("Yves MORIN", "Jean CARON"), ("Rose LYS", "Paul ROCHE")} <= set(found)


def test_a_vote_s_mandate_exercised_and_a_proxy_handed_to_a_holder(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Président ; M. Jean CARON, Mme Nina ROUX.\n\nMandats de vote\n"
            "Le mandat de vote de Mme Anne BRUN (élue) est exercé par M. Jean CARON pour l'ensemble de la séance.\n"
            "Le pouvoir de M. Yves MORIN a été remis à Mme Nina ROUX.\nLe pouvoir de Mme Rose LYS a été remis à M. le Président.")
    found = proxies(tmp_path, _seance("COLLECTIVITÉ DU VAL-BRUN\nCOMMISSION PERMANENTE", roll.replace(
        "Présents :", "Sous la présidence de M. Paul ROCHE, Président de l'Assemblée du Val-Brun.\n\nPrésents :")))
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Rose LYS", "Paul ROCHE")} <= set(found)


def test_a_proxy_passed_on_from_an_item_when_its_holder_leaves(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Excusée : Mme Anne BRUN, qui a donné pouvoir à M. Jean CARON.")
    between = ("M. Jean CARON quitte la séance à 20 h 05, après le point 1 ; le pouvoir de Mme Anne BRUN est reporté sur "
               "Mme Nina ROUX à partir du point 2.")
    found = proxies(tmp_path, _with_items(roll, between))
    assert found[("Anne BRUN", "Nina ROUX")] == {"depuisHeure": "20:05:00", "depuisActe": "2"}
    assert found[("Anne BRUN", "Jean CARON")].get("jusquAHeure") == "20:05:00"


def test_a_word_processor_s_table_with_empty_cells_between_tabs(tmp_path: Path):
    table = ("Liste d'émargement\nNom Prénom\tCommune déléguée\tFonction\tPrésence\n"
             "ROCHE Paul\tVal-Brun\tMaire\tPrésent\nCARON Jean\tHaut-Val\tMaire délégué\tPrésent\n"
             "BRUN Anne\tHaut-Val\t\tExcusée (pouvoir à M. CARON Jean)\nROUX Nina\tVal-Brun\t\tPrésente\n"
             "MORIN Yves\tVal-Nord\t\tExcusé (pouvoir à Mme ROUX Nina)\nPETIT Luc\tVal-Nord\t\tAbsent")
    text = _seance(COUNCIL, table)
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX")} == set(proxies(tmp_path, text))
    assert _statuses(tmp_path, text).get("Luc PETIT") == "absent"


def test_a_table_s_giver_column_its_footnote_called_in_ocr_letters(tmp_path: Path):
    table = ("Administrateur                    Pres.   Votant au nom de\n"
             "M. Paul ROCHE, President          P       Mrne Anne BRUN\n"
             "Mrne Nina ROUX                    P       M. Yves MORIN (l)\n"
             "Mrne Anne BRUN                    E\n"
             "M. Yves MORIN                     P (l)\n\n"
             "P : present - E : excuse\n"
             "(l) a compter du point 2, apres le depart de M. Yves MORIN")
    found = proxies(tmp_path, _comite(table))
    assert found[("Anne BRUN", "Paul ROCHE")] == {} and found[("Yves MORIN", "Nina ROUX")].get("depuisActe") == "2"


def test_a_column_of_substitutes_sitting_or_of_holders_as_its_code_says(tmp_path: Path):
    table = ("Membre        Délégué titulaire        Prés.   Suppléant siégeant / représenté par\n"
             "CC du Val     M. Paul ROCHE, Président P\n"
             "CC du Val     Mme Anne BRUN            R       représentée par M. Paul ROCHE\n"
             "CC du Mont    M. Jean CARON            S       Mme Rose LYS, suppléante\n"
             "CC du Mont    M. Yves MORIN            P\n\n"
             "P : présent – S : remplacé par son suppléant – R : représenté")
    text = _comite(table)
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE")} and _statuses(tmp_path, text).get("Rose LYS") == "présent"


def test_a_holder_named_first_without_civility_in_a_sentence_with_its_scope(tmp_path: Path):
    between = "MORIN Yves a fait savoir qu'il serait retenu. À partir du point 2, CARON Jean est détenteur du pouvoir de MORIN Yves."
    roll = "Présents : ROCHE Paul, Maire ; CARON Jean ; ROUX Nina.\n\nExcusé : MORIN Yves.\n\n"
    assert proxies(tmp_path, _with_items(roll, between))[("Yves MORIN", "Jean CARON")].get("depuisActe") == "2"


def test_the_names_of_a_tally_printed_in_columns_under_its_labels():
    tally = ("   Votants : 19           Pour : 15           Contre : 3                       Abstention : 1\n"
             "                                              M. Paul ROCHE                    M. Luc PETIT\n"
             "                                              Mme Anne BRUN\n"
             "                                              M. Jean CARON (par procuration)\n\n"
             "2. Tarifs\n")
    text = Text(view("1. Budget\nLe conseil approuve le budget.\n" + tally))
    vote = read_vote(text, 0, text.raw.index("2. Tarifs"))
    assert [n for n, _ in vote.names["contre"]] == ["M. Paul ROCHE", "Mme Anne BRUN", "M. Jean CARON"]
    assert [n for n, _ in vote.names["abstention"]] == ["M. Luc PETIT"]


def test_items_ranked_in_roman_numerals_an_act_among_them():
    text = Text(view("I. Approbation du procès-verbal\nAdopté à l'unanimité.\n\nII. Délibération n° 2027-031 – Budget\n"
                     "Adopté à l'unanimité.\n\nIII. Tarifs de la cantine\nAdopté à l'unanimité.\n\nIV. Délibération n° 2027-032 – Voirie\n"
                     "Adopté à l'unanimité.\n"))
    assert [(item.number, item.point) for item in find_items(text, 0, len(text.raw), [])] == [
        ("I", 1), ("2027-031", 2), ("III", 3), ("2027-032", 4)]
