"""Round twenty-nine's pieces, each on a small invented text: a name in a tally's brackets voting "par
représentation" or "par mandat" (its vote cast by a holder); a tally under the plural label "Votes :"; on one line, a
point numbered right after a count's figure ("Votants : 21 3. Title"), and the séance's day right after the minutes'
title ("PROCÈS-VERBAL Le samedi …"), not an earlier general assembly's whose minutes an item approves; a letterhead's
République in capitals beside the body's kind, its name on the line below; a legend whose last code has a footnote
beside it; a table's column "Suffrage délégué à" under a list's heading; "X a laissé à Y le mandat de voter en son
nom"; a list of those present whose heading's bracket holds a colon and wraps; "Adhérents territoriaux à jour de
cotisation", "Suffrages délégués"; a receipt in a sous-préfecture, minutes "adressé à la préfecture"; OCR's "POINT l -",
"Présents : lO", "Adopté par ll voix pour"; a tally after "prend acte de …"; a commune's label opening on "Œ" and a vice-
president's "1er VP" in a two-column roll by commune; a heading with a column's title beside it ("PRÉSENTS     canton"), its
offices ending at that column; "Publié sur val-brun.fr le …"; an association of the "Grand Est" region. Round thirty's:
"DÉLIBÉRATION B2027-041 – Title" and "CP/2027-10/01   Title"; a footnote under a table, no row's rest; "Votes tenus :",
"Voix reportées :", "Membres (comités) à jour de cotisation"; "par vote tenu"; an office in a cell after a tab; a long
name's narrower gap before its commune; OCR's "le ler⏎octobre", "le l er octobre", "(ll voix)"; member bodies' labels before a dash on
one line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from civicgraph.genre.counts import read_counts
from civicgraph.genre.cues import Text, repair_ocr
from civicgraph.genre.items import find_items, read_vote
from civicgraph.genre.memberships import read_memberships
from civicgraph.genre.publicity import publicity_dates
from civicgraph.genre.reader import view
from civicgraph.genre.roll_call import read_roll_call
from civicgraph.genre.table import read_table

from tests.genre.test_attendance_layouts_12 import seance_people
from tests.genre.test_attendance_layouts_14 import read
from tests.genre.test_layouts_51 import _authors


def test_a_name_voting_par_representation_is_an_abstainer_voting_by_proxy():
    for by in ("par représentation", "par\nmandat"):
        written = f"Vote : 12 pour ; 0 contre ; 3 abstentions (Mme LYS Rose, M. CARON Jean {by}, M. PETIT Luc)."
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


def _seance_day(tmp_path: Path, text: str) -> str:
    return str(read(tmp_path, text).facts[0].of_class("Seance")[0].first("date"))


def test_on_one_line_the_day_after_the_minutes_title_not_an_earlier_assembly_approved(tmp_path: Path):
    text = ("ASSOCIATION DES AMIS DU VAL-BRUN Association régie par la loi du 1er juillet 1901 ASSEMBLÉE GÉNÉRALE ORDINAIRE – "
            "PROCÈS-VERBAL Le samedi 18 avril 2027 à 9 h 30, les adhérents de l'association, convoqués par courrier du 27 mars "
            "2027 et par avis publié au bulletin, se sont réunis en assemblée générale ordinaire à Val-Brun, sous la présidence "
            "de M. Paul ROCHE, Président. Présents : M. Paul ROCHE ; Mme Rose LYS ; M. Jean CARON. Secrétaire de séance : Mme Rose "
            "LYS. 1. Approbation du procès-verbal de l'assemblée générale du 12 avril 2026 – Le procès-verbal est approuvé à "
            "l'unanimité. 2. Rapport financier – Adopté à l'unanimité.")
    assert _seance_day(tmp_path, text) == "2027-04-18"


def test_a_letterheads_republique_beside_the_kind_the_name_below(tmp_path: Path):
    text = ("   COMMUNAUTÉ D'AGGLOMÉRATION                                        RÉPUBLIQUE FRANÇAISE\n"
            "   DU VAL-BRUN                                                       Département du Val\n\n"
            "                 PROCÈS-VERBAL DE LA RÉUNION DU BUREAU COMMUNAUTAIRE\n\n"
            "Le Bureau communautaire s'est réuni le jeudi 7 octobre 2027 à dix heures, à Brunmont, sous la présidence de "
            "M. Paul ROCHE, Président.\n\nPrésents : M. Paul ROCHE, Mme Rose LYS, M. Jean CARON.\n\nSecrétaire de séance : Mme Rose LYS.\n"
            "\n1. Budget\nAdopté à l'unanimité.\n")
    assert _authors(tmp_path, text) == {"Communauté d'Agglomération du Val-Brun"}


TABLE = ("   Nom Prénom                   Commune                  Fonction          Présence   Pouvoir à\n"
         "   ROCHE Paul                   Val                      Président         P\n"
         "   LYS Rose                     Val                      1er VP            E          ROCHE Paul (1)\n"
         "   CARON Jean                   Brun                     Membre            P\n"
         "   PETIT Luc                    Brun                     Membre            A\n"
         "   P : présent – E : excusé – A : absent      (1) jusqu'à son arrivée\n")


def present_by_label(raw: str) -> list[tuple[str, str]]:
    """(name, label) of each member the roll call of `raw` reads present."""
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    return [(e.who.text, e.commune.text) for e in roll.entries if e.status == "présent"]


def table_of(raw: str):
    """The roll-call table read from `raw` (`civicgraph.genre.table.read_table` over its view)."""
    return read_table(Text(view(raw)), 0, len(raw))


def test_a_legends_last_code_with_a_footnote_beside_it():
    assert [(e.who.text, e.status) for e in table_of(TABLE).entries] == [
        ("ROCHE Paul", "présent"), ("LYS Rose", "excusé"), ("CARON Jean", "présent"), ("PETIT Luc", "absent")]


def test_a_column_suffrage_delegue_a_under_a_lists_heading():
    raw = ("Membres excusés ou absents :\n\n"
           "   NOM Prénom              Canton                    Situation        Suffrage délégué à\n"
           "   LYS Rose                Val-1                     Excusée          CARON Jean\n"
           "   PETIT Luc               Brunmont                  Excusé           ROCHE Paul\n"
           "   BRUN Anne               Val-2                     Absente          –\n\n"
           "Secrétaire de séance : M. Jean CARON.\n")
    text = Text(view(raw))
    table = read_table(text, 0, len(raw))
    assert [(p.giver.text, p.holder.text) for p in table.proxies] == [("LYS Rose", "CARON Jean"), ("PETIT Luc", "ROCHE Paul")]
    roll = read_roll_call(text, 0, len(raw), table)
    assert not [e.who.text for e in roll.entries if e.status == "excusé"]  # the table's rows, not a list's
    assert {prop: n for prop, (n, _) in read_counts(Text("Présents : 30   Suffrages délégués : 5   Votants : 35"), 0, 60).items()} == {
        "nombrePresents": 30, "nombrePouvoirs": 5, "nombreVotants": 35}


def test_a_mandate_left_to_a_holder_to_vote_in_ones_name(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nSéance du 5 octobre 2027\n\nLe conseil municipal s'est réuni le 5 octobre 2027 à la mairie.\n\n"
            "Présents (groupe entre parenthèses : VB Val-Brun avenir, BD Brunmont demain,\nRV Roche vivante) : M. Paul ROCHE (VB), "
            "maire ; Mme Rose LYS (BD) ; M. Jean CARON (RV).\nExcusés : Mme Anne BRUN (VB) ; M. Luc PETIT (BD).\n"
            "Mandats : Mme Anne BRUN a laissé à M. Paul ROCHE le mandat de voter en son nom. M.\nLuc PETIT a laissé à Mme Rose LYS "
            "le mandat de voter en son nom.\nSecrétaire de séance : Mme Rose LYS.\n\n1. Budget\nAdopté à l'unanimité.\n")
    chair, secretary, given = seance_people(tmp_path, text)
    assert given == {("Anne BRUN", "Paul ROCHE"), ("Luc PETIT", "Rose LYS")}
    present = {e.who.text for e in read_roll_call(Text(view(text)), 0, len(text)).entries if e.status == "présent"}
    assert present == {"M. Paul ROCHE", "Mme Rose LYS", "M. Jean CARON"}


def test_members_paying_their_subscription_with_a_qualifier():
    text = Text("Adhérents territoriaux à jour de cotisation : 38 – Présents : 15 – Pouvoirs : 4 – Votants : 19.")
    assert read_counts(text, 0, len(text.raw))["nombreAdherents"][0] == 38


def test_a_receipt_in_a_sous_prefecture_and_minutes_sent_to_the_prefecture():
    text = Text("Affiché le 15/07/2027 - Reçu en sous-préfecture de Brunmont le 13/07/2027.\n"
                "Procès-verbal adressé à la préfecture du Val le 16 juillet 2027.")
    assert {p: d for p, (d, _) in publicity_dates(text, date(2027, 7, 10)).items()} == {
        "dateAffichage": date(2027, 7, 15), "dateReception": date(2027, 7, 13), "dateTransmission": date(2027, 7, 16)}


def test_ocr_figures_in_a_points_rank_a_count_and_a_tally():
    assert repair_ocr("POINT l - Approbation du proces-verbal\nPresents : lO - Votants : l2\n") == (
        "POINT 1 - Approbation du proces-verbal\nPresents : 10 - Votants : 12\n")
    written = "Le Comite renouvelle l'adhesion. Adopte par ll voix pour."
    assert read_vote(Text(written), 0, len(written)).counts["pour"][0] == 11


def test_a_tally_after_a_noting_decides_the_act():
    written = ("Le Comité prend acte de l'adhésion de la commune de Val au groupement de commandes et approuve la convention.\n"
               "Pour : 11 - Contre : 0 - Abstention : 1 (Mme Rose LYS, par pouvoir).")
    assert read_vote(Text(written), 0, len(written)).result == "adoptée"
    assert read_vote(Text("Le Comité prend acte du rapport d'activité."), 0, 44).result == "prise d'acte"


def test_a_two_column_roll_by_commune_a_label_opening_on_oe_and_a_vp():
    raw = ("  CONSEILLERS PRÉSENTS\n"
           "  VAL-BRUN                      M. Paul ROCHE, Président            M. Jean CARON, 1er VP\n"
           "                                Mme Rose LYS, 3e VP                 M. Luc PETIT\n"
           "  CARCES                     M. Yves MORIN\n"
           "  ŒUILLY                         Mme Anne BRUN\n\n"
           "  Secrétaire de séance : Mme Rose LYS\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.commune.text if e.commune else None) for e in roll.entries] == [
        ("M. Paul ROCHE", "VAL-BRUN"), ("M. Jean CARON", "VAL-BRUN"), ("Mme Rose LYS", "VAL-BRUN"), ("M. Luc PETIT", "VAL-BRUN"),
        ("M. Yves MORIN", "CARCES"), ("Mme Anne BRUN", "ŒUILLY")]


def test_a_heading_with_a_columns_title_beside_it():
    raw = ("  PRÉSENTS                                     canton\n"
           "  ROCHE Paul, Président                        Val-1\n"
           "  LYS Rose, 1re Vice-Présidente                Brunmont\n"
           "  CARON Jean                                   Val-2\n\n"
           "  EXCUSÉS                                      ABSENT\n"
           "  PETIT Luc (Val-3)                            BRUN Anne (Roche)\n\n"
           "  Secrétaire de séance : Mme LYS Rose\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.status, e.role) for e in roll.entries] == [
        ("ROCHE Paul", "présent", "Président"), ("LYS Rose", "présent", "1re Vice-Présidente"), ("CARON Jean", "présent", None),
        ("PETIT Luc", "excusé", None), ("BRUN Anne", "absent", None)]


def test_published_on_a_sites_domain_and_a_regions_association():
    text = Text("Transmis au contrôle de légalité le 8 juillet 2027        Publié sur val-brun.fr le 9 juillet 2027")
    assert {p: d for p, (d, _) in publicity_dates(text, date(2027, 7, 1)).items()} == {
        "dateTransmission": date(2027, 7, 8), "datePublication": date(2027, 7, 9)}
    raw = "Le conseil renouvelle l'adhésion de l'office à l'Union sociale pour l'habitat Grand Est, pour 2027, cotisation de 9 870 €."
    assert read_memberships(Text(view(raw)), 0, len(raw))[0].association == "Union sociale pour l'habitat Grand Est"


def test_acts_numbered_without_n_degree_or_with_slashes():
    for raw, numbers in (
            ("DÉLIBÉRATION B2027-041 – Marché de collecte\nRapporteur : M. Luc PETIT\nAdopté à l'unanimité.\n\n"
             "DÉLIBÉRATION B2027-042 – Tarifs 2028\nAdopté à l'unanimité.\n", ["B2027-041", "B2027-042"]),
            ("   CP/2027-10/01   Agriculture – aides à l'installation\n   Adopté à l'unanimité\n\n"
             "   CP/2027-10/02   Lycées – équipement numérique\n   Adopté à l'unanimité\n", ["CP/2027-10/01", "CP/2027-10/02"])):
        assert [i.number for i in find_items(Text(view(raw)), 0, len(raw), [])] == numbers


def test_a_footnote_under_a_table_is_no_rows_rest():
    raw = ("   NOM Prénom                 Groupe                          Situation    Vote tenu par\n"
           "   LYS Rose                   Val avenir                      Excusée      CARON Jean (1)\n"
           "   PETIT Luc                  Brunmont demain                 Absent       —\n"
           "   (1) jusqu'à l'arrivée de Mme LYS\n")
    table = table_of(raw)
    assert [(e.who.text, e.status) for e in table.entries] == [("LYS Rose", "excusé"), ("PETIT Luc", "absent")]
    assert [(p.giver.text, p.holder.text) for p in table.proxies] == [("LYS Rose", "CARON Jean")]


def test_counts_of_votes_held_or_carried_over_and_subscribers_in_brackets():
    for written, count in (("Présents : 20   Votes tenus : 4   Votants : 24", 4), ("Présents : 12   Voix reportées : 3   Votants : 15", 3)):
        assert read_counts(Text(written), 0, len(written))["nombrePouvoirs"][0] == count
    written = "Membres (comités départementaux) à jour de cotisation : 40 – Présents : 18"
    assert read_counts(Text(written), 0, len(written))["nombreAdherents"][0] == 40


def test_votes_by_a_vote_held_and_ocr_voices():
    written = "Pour : 20   Contre : 0   Abstentions : 2 (M. Luc PETIT, Mme Rose LYS par vote tenu)"
    assert [name for name, _ in read_vote(Text(written), 0, len(written)).by_proxy] == ["Mme Rose LYS"]
    written = "Adopte a l'unanimite des votants (ll voix)."
    assert read_vote(Text(written), 0, len(written)).counts["pour"][0] == 11
    assert repair_ocr("regulierement convoque le ler\noctobre 2O27") == "regulierement convoque le 1er\noctobre 2027"
    assert repair_ocr("Proces-verbal affiche au siege le l er octobre 2O27.") == "Proces-verbal affiche au siege le 1 er octobre 2027."


def test_offices_in_cells_narrow_gaps_and_bodies_labels_before_a_dash():
    raw = "Présents :\nROCHE Paul\tMaire\nLYS Rose\t1re adjointe\nCARON Jean\tconseiller municipal\n\nSecrétaire de séance : LYS Rose.\n"
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert [(e.who.text, e.role) for e in roll.entries] == [("ROCHE Paul", "Maire"), ("LYS Rose", "1re adjointe"), ("CARON Jean", "conseiller municipal")]
    raw = ("   Conseillers présents :\n"
           "   Paul ROCHE           Val-Brun                   Rose LYS             Brunmont\n"
           "   Bernardin VALBRUNOIS  Roche-les-Monts           Jean CARON           Brunmont\n\n"
           "   Secrétaire de séance : Rose LYS\n")
    roll = read_roll_call(Text(view(raw)), 0, len(raw))
    assert {e.who.text for e in roll.entries if e.status == "présent"} == {"Paul ROCHE", "Rose LYS", "Bernardin VALBRUNOIS", "Jean CARON"}
    raw = ("Délégués présents : Communauté de communes du Val – ROCHE Paul, LYS Rose. Communauté de communes de Brunmont – "
           "CARON Jean, PETIT Luc. Secrétaire de séance : Mme LYS Rose.")
    assert present_by_label(raw) == [
        ("ROCHE Paul", "Communauté de communes du Val"), ("LYS Rose", "Communauté de communes du Val"),
        ("CARON Jean", "Communauté de communes de Brunmont"), ("PETIT Luc", "Communauté de communes de Brunmont")]
