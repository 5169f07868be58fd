"""Rounds twenty-six and twenty-seven's pieces: a chair named after an elided "d'" ("sous la présidence d'Anne BRUN,
maire"); staff attending without a vote, their job after their names and a "et d'" between them; a two-column `-layout`
roll under communes' labels, its names written family name first; a table's column "Délégataire du vote" or
"Représentant au vote", a footnote's call after a name; a proxy told in a note, its holder on the line below the colon
("Délégataire du vote de M. X à compter du rapport 4 :⏎Mme Y."), its giver listed present by a table and leaving first;
"Procuration de X a Y." one a line in OCR; "X est représenté pour les votes par Y"; a roll on one line, each name's
bracket closing it; a commune déléguée's one-word label; a suppléant's own code in a table; "Siégeants :", associations
"à jour de cotisation"; tallies after a semicolon or a column's gap, "Unanimité (41 voix)", "Abst. :"; "Rapport
CP-2027-10-04 – Title"; "Publiée par affichage … le …". Each on a small invented text. (A proxy from an act whose giver's
departure times it, the acts after the departure unread, is case 1523's.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.counts import read_counts
from civicgraph.genre.cues import Text
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.movements import movements
from civicgraph.genre.publicity import publicity_dates
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from datetime import date

from tests.genre.test_attendance_layouts_12 import seance_people
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _statuses
from tests.genre.test_layouts_42 import COUNCIL
from tests.genre.test_layouts_51 import _authors

ITEMS = "\n1. Budget\nAdopté à l'unanimité.\n\n2. Tarifs\nAdopté à l'unanimité.\n"


def test_a_chair_named_after_an_elided_de_presides(tmp_path: Path):
    text = (f"{COUNCIL}\nSéance du 5 octobre 2027\n\nLe conseil municipal s'est réuni à la mairie, sous la présidence "
            "d'Anne BRUN, maire.\n\nPrésents : Anne BRUN, Jean CARON, Rose LYS.\n\nSecrétaire de séance : Rose LYS.\n" + ITEMS)
    assert seance_people(tmp_path, text)[0] == "Anne BRUN"
    text = text.replace("d'Anne BRUN, maire", "d'un conseiller")
    assert seance_people(tmp_path, text)[0] != "un conseiller"


def test_staff_named_with_their_jobs_attend_without_a_vote():
    raw = ("Présents : Paul ROCHE, Rose LYS.\n\nEn présence de Jean CARON, directeur général des services, et d'Émilie BRUN, "
           "chargée de communication, sans voix délibérative.\n\nSecrétaire de séance : Rose LYS.")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.status, e.role) for e in roll.entries] == [
        ("Paul ROCHE", "présent", None), ("Rose LYS", "présent", None),
        ("Jean CARON", "sans voix délibérative", "directeur général des services"),
        ("Émilie BRUN", "sans voix délibérative", "chargée de communication")]


def test_a_two_column_roll_under_communes_labels_names_written_family_first(tmp_path: Path):
    rows = ["   ÉTAIENT PRÉSENTS", "",
            "   LE VAL                       ROCHE Paul                    LYS Rose",
            "                                CARON Jean                    PETIT Luc",
            "   SAINT-AUBIN                  BRUN Anne                     MOREL Yves", "",
            "   ABSENTS REPRÉSENTÉS",
            "   LE VAL                       NOËL Lise (pouvoir à ROCHE Paul)",
            "   SAINT-AUBIN                  RIBES Hugo (pouvoir à BRUN Anne)", ""]
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 5 octobre 2027\n\n" + "\n".join(rows) + ITEMS)
    statuses = _statuses(tmp_path, text)
    assert {name for name, status in statuses.items() if status == "présent"} == {
        "Paul ROCHE", "Rose LYS", "Jean CARON", "Luc PETIT", "Anne BRUN", "Yves MOREL"}
    assert set(proxies(tmp_path, text)) == {("Lise NOËL", "Paul ROCHE"), ("Hugo RIBES", "Anne BRUN")}


TABLE = ("RÉGION DU VAL-BRUN\nCOMMISSION PERMANENTE\nSéance du 5 octobre 2027\n\n"
         "   Membre                        Groupe               Présence      {column}\n"
         "   ----------------------------  -------------------  ------------  ------------------------\n"
         "   M. Paul ROCHE                 Majorité             Présent\n"
         "   Mme Rose LYS                  Majorité             Présente\n"
         "   Mme Anne BRUN                 Majorité             Excusée       Mme Rose LYS\n"
         "   M. Luc PETIT                  Opposition           Présent (a)\n"
         "   M. Jean CARON                 Opposition           Présent\n\n"
         "   (a) M. Luc PETIT quitte la séance à 11 h 40, après le vote du rapport 2027-CP-07-112.\n"
         "       Délégataire du vote de M. Luc PETIT à compter du rapport 2027-CP-07-113 :\n"
         "       M. Jean CARON.\n\n"
         "Secrétaire de séance : M. Jean CARON.\n\n"
         "Rapport n° 2027-CP-07-112 – Budget\nAdopté à l'unanimité.\n\nRapport n° 2027-CP-07-113 – Tarifs\nAdopté à l'unanimité.\n")


def test_a_tables_delegataire_column_and_a_notes_proxy_from_a_departure(tmp_path: Path):
    found = proxies(tmp_path, TABLE.format(column="Délégataire du vote"))
    assert found == {("Anne BRUN", "Rose LYS"): {},
                     ("Luc PETIT", "Jean CARON"): {"depuisHeure": "11:40:00", "depuisActe": "2027-CP-07-113"}}


def _proxies(raw: str) -> list[tuple[str, str]]:
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    return [(p.giver.text, p.holder.text) for p in roll.proxies]


def test_procuration_de_x_a_y_one_a_line_its_accent_lost():
    raw = ("Presents : M. ROCHE Paul (Val), Mme LYS Rose (Roche), M. CARON Jean (Brunmont).\n\nProcurations :\n"
           "Procuration de Mme BRUN Anne (Val) a Mme LYS Rose.\nProcuration de M. PETIT Luc (Roche) a M. CARON Jean.\n"
           "Procuration de Mme MOREL Agnes (Haut-Val) a M. ROCHE Paul.\n\nExcuses : M. NOEL Claude (Bas-Val).")
    assert _proxies(raw) == [("Mme BRUN Anne", "Mme LYS Rose"), ("M. PETIT Luc", "M. CARON Jean"), ("Mme MOREL Agnes", "M. ROCHE Paul")]


def test_represented_for_the_votes_by_a_member():
    raw = ("Présents : M. CARON Jean, Mme LYS Rose.\nExcusés : Mme BRUN Anne ; M. PETIT Luc.\n\n"
           "Mme BRUN Anne est représentée pour les votes par Mme LYS Rose.\n")
    assert _proxies(raw) == [("Mme BRUN Anne", "Mme LYS Rose")]


def test_a_tables_representant_au_vote_column_and_a_name_calling_a_footnote(tmp_path: Path):
    text = TABLE.format(column="Représentant au vote").replace("Mme Anne BRUN      ", "Mme Anne BRUN (1)  ").replace(
        "Excusée       Mme Rose LYS", "Excusée       Mme Rose LYS (1)")
    assert ("Anne BRUN", "Rose LYS") in proxies(tmp_path, text)


def test_a_roll_on_one_line_each_names_bracket_closing_it():
    raw = ("Présents : M. Paul ROCHE, Président (Val) Mme Rose LYS, 1re vice-présidente (Roche) M. Jean CARON, "
           "2e vice-président (Val-Brun) Mme Anne BRUN (Roche) Excusés : M. Luc PETIT (Haut-Val).")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.status) for e in roll.entries] == [
        ("M. Paul ROCHE", "présent"), ("Mme Rose LYS", "présent"), ("M. Jean CARON", "présent"), ("Mme Anne BRUN", "présent"),
        ("M. Luc PETIT", "excusé")]


def test_communes_deleguees_one_word_labels_before_names_given_first(tmp_path: Path):
    roll = ("Présents :\nBourges : Paul ROCHE, Maire ; Rose LYS\nCahors : Anne BRUN ; Jean CARON\n"
            "Lorient : Luc PETIT, 2e adjoint\nVesoul : Yves MOREL\n\nExcusée : Lise NOËL\n")
    text = f"{COUNCIL}\nSéance du 5 octobre 2027\n\n{roll}" + ITEMS
    statuses = _statuses(tmp_path, text)
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Rose LYS", "Anne BRUN", "Jean CARON", "Luc PETIT", "Yves MOREL"}


def test_a_suppleants_own_code_sits_and_siegeants_are_counted(tmp_path: Path):
    rows = ["     Délégués en exercice : 4     Siégeants : 3     Procurations : 0     Votants : 3", "",
            "  Membre              Délégué titulaire     Prés.   Délégué suppléant     Prés.",
            "  CC du Val           Paul ROCHE            P       Hugo BRUN             –",
            "                      Rose LYS              E       Luc PETIT             S",
            "  CC de Roche         Jean CARON            P       Anne MOREL            –",
            "                      Yves NOËL             A       Marc RIBES            –", "",
            "  P : présent – E : excusé – A : absent – S : suppléant siégeant avec voix délibérative", ""]
    text = "SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL\nSéance du 5 octobre 2027\n\n" + "\n".join(rows) + ITEMS
    statuses = _statuses(tmp_path, text)
    assert {n for n, s in statuses.items() if s == "présent"} == {"Paul ROCHE", "Luc PETIT", "Jean CARON"}
    text = Text(view("Délégués en exercice : 4     Siégeants : 3     Votants : 3"))
    assert read_counts(text, 0, len(text.raw))["nombrePresents"][0] == 3


def test_associations_up_to_date_with_their_dues_are_counted():
    text = Text(view("Associations locales a jour de cotisation : 22\nDelegues presents : 14 - Pouvoirs : 4 - Votants : 18"))
    assert {prop: n for prop, (n, _) in read_counts(text, 0, len(text.raw)).items()} == {
        "nombreAdherents": 22, "nombrePresents": 14, "nombrePouvoirs": 4, "nombreVotants": 18}


@pytest.mark.parametrize("written,counts", [
    ("Vote : pour 16 ; contre 1 (M. Jean CARON) ; abstention 1 (Mme Rose LYS, par pouvoir).", {"pour": 16, "contre": 1, "abstention": 1}),
    ("Vote : pour l4 ; contre l (M. Paul ROCHE) ; abstention O.", {"pour": 14, "contre": 1, "abstention": 0}),
    ("   Rapporteur : M. Luc PETIT                            Pour 12 – Contre 1 – Abstention 1", {"pour": 12, "contre": 1, "abstention": 1}),
    ("Adopté\nPour : 10\nContre : 2\nAbst. : 1", {"pour": 10, "contre": 2, "abstention": 1}),
])
def test_tallies_after_a_semicolon_or_a_columns_gap(written: str, counts: dict):
    tally = read_vote(Text(written), 0, len(written))
    assert {label: n for label, (n, _) in tally.counts.items()} == counts


def test_a_unanimity_with_its_voices_in_brackets():
    for written in ("Rapporteur : M. le Président                                     Unanimité (41 voix)", "Unanimité (19)"):
        assert read_vote(Text(written), 0, len(written)).result == "unanimité"


def test_a_report_designated_by_its_series_without_n_degree():
    raw = ("Rapport CP-2027-10-04 – Renouvellement de l'adhésion du Département à l'Association nationale des élus\n"
           "de la montagne – cotisation 2027\nRapporteur : M. Luc PETIT.\nAdopté : 17 voix pour.\n\n"
           "Rapport CP-2027-10-05 – Convention avec les communes\nRapporteur : Mme Rose LYS.\nAdopté à l'unanimité.\n")
    assert [i.number for i in find_items(Text(view(raw)), 0, len(raw), [])] == ["CP-2027-10-04", "CP-2027-10-05"]


def test_published_by_display_and_on_the_web_site():
    text = Text("COMMUNE DE VAL-BRUN\nDécision du 11 mai 2027\nTransmise au représentant de l'État le 12 mai 2027.\n"
                "Publiée par affichage en mairie et sur le site internet de la commune le 13 mai 2027.")
    assert {p: d for p, (d, _) in publicity_dates(text, date(2027, 5, 11)).items()} == {
        "dateTransmission": date(2027, 5, 12), "datePublication": date(2027, 5, 13)}


def test_excused_in_a_layout_row_two_names_a_gap_apart():
    raw = ("   PRÉSENTS           ROCHE Paul (Val-Brun)              LYS Rose (Roche-Haute)\n\n"
           "   EXCUSÉS            CARON Jean (Val-Brun)              BRUN Gisèle (Roche-Haute)\n"
           "   ABSENT             PETIT Rémy (Val-Brun)\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.status) for e in roll.entries] == [("ROCHE Paul", "présent"), ("LYS Rose", "présent"),
                                                              ("CARON Jean", "excusé"), ("BRUN Gisèle", "excusé"), ("PETIT Rémy", "absent")]


REPORTS = ("RÉGION DU VAL-BRUN\nCOMMISSION PERMANENTE\nSéance du 5 octobre 2027\n\nPrésents : M. Paul ROCHE, Président ; "
           "Mme Rose LYS ; M. Jean CARON ; M. Luc PETIT.\n\n"
           "   N°              Objet                                       Rapporteur      Vote\n"
           "   27CP.0101       Aide aux entreprises de l'artisanat –       M. CARON        Unanimité\n"
           "                   1 245 000 €                                                 (4)\n\n"
           "   27CP.0102       Renouvellement de l'adhésion de la          Mme LYS         3 pour\n"
           "                   Région à l'Association des régions du                       NPPV : 1\n"
           "                   Val – cotisation 2027\n\n"
           "   27CP.0103       Tarifs des transports scolaires             M. PETIT        2 pour\n"
           "                   pour 2028                                                   1 contre\n"
           "                                                                               1 abst.\n\n"
           "Détail des votes\n\n27CP.0102 – La Commission renouvelle l'adhésion et approuve la cotisation de 14 280 €, imputée "
           "au compte 6281. M. Luc PETIT ne prend pas part au vote.\n\n"
           "27CP.0103 – Ont voté contre : M. Jean CARON. Se sont abstenus : M. Luc PETIT.\n")


def test_reports_in_a_table_of_rows_titles_rapporteurs_votes_and_their_notes(tmp_path: Path):
    text = Text(view(REPORTS))
    items = find_items(text, 0, len(text.raw), [])
    assert [(i.number, i.title, i.rapporteur[0]) for i in items] == [
        ("27CP.0101", "Aide aux entreprises de l'artisanat", "M. CARON"),  # (its amount a note on the act, read apart)
        ("27CP.0102", "Renouvellement de l'adhésion de la Région à l'Association des régions du Val – cotisation 2027", "Mme LYS"),
        ("27CP.0103", "Tarifs des transports scolaires pour 2028", "M. PETIT")]
    tallies = [read_vote(i.outcome, *i.block) for i in items]
    assert [(t.result, {k: n for k, (n, _) in t.counts.items()}) for t in tallies] == [
        ("unanimité", {"pour": 4}), ("adoptée", {"pour": 3, "nonParticipants": 1}), ("adoptée", {"pour": 2, "contre": 1, "abstention": 1})]
    assert [len(i.notes) for i in items] == [0, 1, 1]


def test_a_rows_membership_its_association_from_the_title_its_fee_from_its_note(tmp_path: Path):
    facts = read(tmp_path, REPORTS).facts[0]
    found = [(a.first("association").first("rdfs:label"), a.first("cotisation"), a.first("decidePar").first("numero"))
             for a in facts.of_class("Adhesion")]
    assert found == [("Association des régions du Val", 14280, "27CP.0102")]
    association = facts.of_class("Adhesion")[0]
    assert all(REPORTS[s.start:s.end].strip() for s in association.spans)  # (its passages are the document's)


def test_a_union_departementale_of_associations_is_the_author(tmp_path: Path):
    text = ("UNION DÉPARTEMENTALE DES ASSOCIATIONS FAMILIALES DU VAL-BRUN\nInstitution reconnue par le Code de l'action sociale\n\n"
            "CONSEIL D'ADMINISTRATION\nProcès-verbal de la réunion du mardi 2 juin 2027\n\nPrésents : Mme Rose LYS, Présidente ; M. Paul ROCHE.\n" + ITEMS)
    assert _authors(tmp_path, text) == {"Union Départementale des Associations Familiales du Val-Brun"}


def test_a_brand_over_its_office_public_de_l_habitat_names_it(tmp_path: Path):
    text = ("  VAL-BRUN HABITAT                                         CONSEIL D'ADMINISTRATION\n"
            "  Office public de l'habitat du Val-Brun                   Séance du vendredi 27 novembre 2026\n\n"
            "Présents : Mme Rose LYS, Présidente ; M. Paul ROCHE.\n" + ITEMS)
    assert _authors(tmp_path, text) == {"Val-Brun Habitat"}


def test_a_holder_unlisted_is_not_his_listed_homonym():
    raw = ("Présents : 41.\nExcusés : Mme Anne LYS ; M. Paul ROCHE.\n\nLe pouvoir de Mme Anne LYS a été déposé au nom de M. Jean CARON.\n"
           "Le pouvoir de M. Paul ROCHE a été déposé au nom de M. Luc LYS.\n")
    assert _proxies(raw) == [("Mme Anne LYS", "M. Jean CARON"), ("M. Paul ROCHE", "M. Luc LYS")]


def test_a_list_ends_where_a_line_is_indented_less_than_its_heading():
    raw = ("CC du Val\n  Titulaires présents : M. Paul ROCHE ; M. Jean CARON\n"
           "  Titulaires excusés : M. Yves NOËL, suppléé par Mme Lise MOREL (suppléante,\n  siégeant avec voix délibérative) ; "
           "Mme Anne CARON, représentée par M. Jean CARON\nCC de Roche\n  Titulaires présents : M. Luc PETIT\n")
    assert _proxies(raw) == [("Mme Anne CARON", "M. Jean CARON")]


def test_those_present_counted_then_some_named_after_dont():
    raw = ("Présents : 21 adhérents (feuille d'émargement annexée), dont les membres du conseil\nd'administration : M. Paul ROCHE, "
           "Président ; Mme Rose LYS, Vice-Présidente ; M. Jean CARON.\n\nPouvoirs :\nMme Anne BRUN a donné pouvoir à Mme Rose LYS.")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.status) for e in roll.entries if e.status == "présent"] == [
        ("M. Paul ROCHE", "présent"), ("Mme Rose LYS", "présent"), ("M. Jean CARON", "présent")]


def test_a_suffrage_porte_par_column_and_a_secretary_after_a_dash(tmp_path: Path):
    assert ("Anne BRUN", "Rose LYS") in proxies(tmp_path, TABLE.format(column="Suffrage porté par"))
    text = f"{COUNCIL}\nSéance du 5 octobre 2027\n\nPrésents – M. Paul ROCHE ; Mme Rose LYS. Secrétaire de séance – Mme Rose LYS. " + ITEMS
    assert seance_people(tmp_path, text)[1] == "Rose LYS"


def test_a_member_rejoining_the_hemicycle_arrives():
    raw = "À 11 h 10, avant l'examen du point 4, M. Luc PETIT rejoint l'hémicycle."
    assert [(m.kind, m.at.strftime("%H:%M")) for m in movements(Text(raw), 0, len(raw))] == [("arrivée", "11:10")]
