"""Items, votes, counts, roll calls and proxies left over from the blind sets of cases 360–389 and met in
the thirty-fifth to thirty-ninth (390–439), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.genre.cues import repair_ocr
from tests.genre.test_attendance_layouts_14 import proxies, read

# OCR's letters for figures and figures for letters, put right where the place says which (same length):
# (as printed, as repaired), then prints left alone.
REPAIRED = [
    ("x\n  l. Approbation du PV\nl) Budget\nl - TARIFS\nAFFAIRE N° l - BUDGET",
     "x\n  1. Approbation du PV\n1) Budget\n1 - TARIFS\nAFFAIRE N° 1 - BUDGET"),  # the first point's "l"
    ("M. 0livier ROCHE, l'0ffice, Educati0n, commune de Val-Brun d'Brev0, Saint-Paul-du-P0nt.",
     "M. Olivier ROCHE, l'Office, Education, commune de Val-Brun d'Brevo, Saint-Paul-du-Pont."),  # a zero for an "o" in a word
    ("M. Luc PETIT (C1airval), Pau1ine", "M. Luc PETIT (Clairval), Pauline"),  # a one for an "l" in a word
    ("Seance du mardi ll fevrier 2O25", "Seance du mardi 11 fevrier 2025"),  # a day of two "l" before its month
    ("pour les points l et 2 ; questions l à 3", "pour les points 1 et 2 ; questions 1 à 3"),  # the first of a range of points
    ("COMMUNE DE VALBRUl, M. Paul BOlS", "COMMUNE DE VALBRUI, M. Paul BOIS"),  # a small "l" for a capital "I" among capitals
    ("Mrne lsabelle ROCHE, lre adjointe, Mme Marie-lrène BRUN, M. lvan CARON", "Mrne Isabelle ROCHE, 1re adjointe, Mme Marie-Irène BRUN, M. Ivan CARON"),  # opening a word, a consonant after it
    ("DCM n° 2O21-4l - Budget ; N° 2O23/ll", "DCM n° 2021-41 - Budget ; N° 2023/11"),  # an act's number after "n°"
    ("2. DEL2O21-O4l - Budget", "2. DEL2021-041 - Budget"),  # an act's number glued to its series' letters
]
KEPT = ["Mme L. BRUN", "l. suite", "DCM-l", "n° lot-a", "n° Ol-ab", "ABl2", "points l'un après l'autre", "le point l et la question", "il l. Budget", "n°l: Titre", "hash 9a0b6d", "D0A12", "route 10a", "B0 x", "B1a", "A12",
        "art. L2121-1a", "1er", "llama, l'sport, lhasa"]


@pytest.mark.parametrize("printed, repaired", REPAIRED)
def test_ocr_s_letters_and_figures_put_right_where_the_place_says_which(printed, repaired):
    assert repair_ocr(printed) == repaired


@pytest.mark.parametrize("printed", KEPT)
def test_what_ocr_repairs_leave_alone(printed):
    assert repair_ocr(printed) == printed



def test_the_first_point_and_its_unanimity_in_an_ocr_minutes(tmp_path: Path):
    text = ("SYNDICAT DES EAUX DU VAL-BRUN\nCOMPTE RENDU DU COMITE SYNDICAL\nSeance du 12 octobre 2023\n\n"
            "Presents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\nMme Anne BRUN est designee secretaire de seance.\n\n"
            "l. Approbation du compte rendu du 6 juillet 2023\nLe compte rendu est approuve a l'unanirnite.\n\n"
            "2. Tarifs de l'eau 2024\nAdopte a l'unanirnite.\n")
    votes = {d.first("numero"): d.first("titre") for d in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert votes == {"1": "Approbation du compte rendu du 6 juillet 2023", "2": "Tarifs de l'eau 2024"}
    results = {v.first("deliberation").first("numero"): v.first("resultat") for v in read(tmp_path, text).facts[0].of_class("Vote")}
    assert results == {"1": "unanimité", "2": "unanimité"}


def test_acts_numbered_with_a_spaced_series_prefix(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 3 avril 2025\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\nSecrétaire de séance : Mme Anne BRUN.\n\n"
            "CC 2025/04/01 – Approbation du procès-verbal\nAdoptée à l'unanimité.\n\n"
            "CC 2025/04/02 – Adhésion à l'association Réseau du Val et participation au programme « Essor »\n"
            "La cotisation s'élève à 1 200 €.\nAdoptée à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    assert sorted(d.first("numero") for d in facts.of_class("Deliberation")) == ["CC 2025/04/01", "CC 2025/04/02"]
    assert [a.first("association").first("rdfs:label") for a in facts.of_class("Adhesion")] == ["Réseau du Val"]


def test_le_secretariat_a_ete_assure_par_names_the_secretary(tmp_path: Path):
    text = ("SYNDICAT DES EAUX DU VAL-BRUN\nCOMPTE RENDU DU COMITÉ SYNDICAL\nSéance du 12 octobre 2023\n\n"
            "Présents : M. Paul ROCHE, Président, Mme Anne BRUN, M. Jean CARON.\n\n"
            "Le secrétariat a été assuré par : Madame Anne BRUN\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("secretaire").first("rdfs:label") == "Anne BRUN"


def test_a_roll_call_table_whose_members_column_names_the_organ(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nBUREAU COMMUNAUTAIRE\nSéance du 8 mars 2024\n\n"
            "   Membre du Bureau          Qualité               Présence   Pouvoir donné à\n"
            "   M. Paul ROCHE             Président             Présent\n"
            "   Mme Anne BRUN             1re Vice-présidente   Excusée    M. Paul ROCHE\n"
            "   M. Jean CARON             2e Vice-président     Présent\n"
            "   M. Luc PETIT              3e Vice-président     Excusé     M. Jean CARON\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("Anne BRUN", "Paul ROCHE"), ("Luc PETIT", "Jean CARON")}


COUNTED = ("nombreMembres", "membresEnExercice", "nombreAdherents", "nombrePresents", "nombrePouvoirs", "nombreVotants")


def counts(tmp_path: Path, roll: str) -> dict[str, int]:
    """The counts read from a séance whose roll is `roll`."""
    text = f"ASSOCIATION DES AMIS DU VAL-BRUN\nASSEMBLÉE GÉNÉRALE\nSéance du 14 juin 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    return {p: int(str(seance.first(p))) for p in COUNTED if seance.first(p) is not None}


def test_counts_told_in_a_sentence_each_figure_before_its_noun_and_label(tmp_path: Path):
    roll = ("Le Président constate que le quorum est atteint : 33 conseillers présents sur 41 en exercice, 4\n"
            "procurations, soit 37 votants.")
    assert counts(tmp_path, roll) == {"membresEnExercice": 41, "nombrePresents": 33, "nombrePouvoirs": 4, "nombreVotants": 37}
    roll = "Le quorum étant atteint avec 14 membres\nprésents, 3 conseillers ont donné pouvoir, soit 17 votants."
    assert counts(tmp_path, roll) == {"nombrePresents": 14, "nombrePouvoirs": 3, "nombreVotants": 17}


def test_counts_of_member_bodies_in_the_feminine(tmp_path: Path):
    roll = "Communes adhérentes à jour de cotisation : 148\nCommunes présentes : 41\nPouvoirs : 3\nCommunes votantes : 44"
    assert counts(tmp_path, roll) == {"nombreAdherents": 148, "nombrePresents": 41, "nombrePouvoirs": 3, "nombreVotants": 44}


def test_no_count_from_a_form_s_next_line_nor_votes_present_nor_a_year(tmp_path: Path):
    roll = "Présents : 12\nVotants : 14\nQuorum statutaire : un tiers\nVoix présentes : 34\nLes comptes 2024 présentés par le trésorier."
    assert counts(tmp_path, roll) == {"nombrePresents": 12, "nombreVotants": 14}


def test_a_family_name_first_opening_with_its_particle():
    from civicgraph.text.names import parse_person_name
    name = parse_person_name("M. de KERVEN Tanguy")
    assert (name.given, name.family) == ("Tanguy", "de KERVEN")
    assert parse_person_name("le PRÉSIDENT Paul") is None  # an article opens prose, not a name


def test_an_officer_s_apposition_inside_a_list_does_not_end_it(tmp_path: Path):
    text = ("ASSOCIATION DES AMIS DU VAL-BRUN\nASSEMBLÉE GÉNÉRALE\nSéance du 14 juin 2024\n\n"
            "Membres présents : M. Paul ROCHE (Val-Brun), Président ; Mme Anne BRUN (Haut-Mont), secrétaire ; "
            "M. Jean CARON (Bas-Val) ; Mme Rose LYS (Mont-Clair).\n\n1. Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    present = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if p.first("statut") == "présent"}
    assert present == {"Paul ROCHE", "Anne BRUN", "Jean CARON", "Rose LYS"}


DELEGATES_BY_BODY = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL\nSéance du 19 mars 2024\n\n"
                     "Etaient présents :\nVAL-BRUN AGGLOMÉRATION\nM. Paul ROCHE, Président\nMme Anne BRUN\n\n"
                     "CC DU HAUT-MONT\nM. Jean CARON\nMme Rose LYS\n\nCC DU BAS-VAL\nM. Luc PETIT\n\n"
                     "Etaient excusés :\nM. Yves MORIN\n\n1. Budget\nAdopté à l'unanimité.\n")


def statuses(tmp_path: Path, text: str) -> dict[str, str]:
    """{person: status} of the séance read from `text`."""
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in read(tmp_path, text).facts[0].of_class("Participation")}


def test_delegates_grouped_under_their_member_body_s_name_blank_lines_apart(tmp_path: Path):
    assert statuses(tmp_path, DELEGATES_BY_BODY) == {"Paul ROCHE": "présent", "Anne BRUN": "présent", "Jean CARON": "présent",
                                                     "Rose LYS": "présent", "Luc PETIT": "présent", "Yves MORIN": "excusé"}


def test_the_same_groups_beside_another_column(tmp_path: Path):
    left = ["Etaient présents :", "VAL-BRUN AGGLOMÉRATION", "M. Paul ROCHE, Président", "Mme Anne BRUN", "",
            "CC DU HAUT-MONT", "M. Jean CARON", "Mme Rose LYS", "", "CC DU BAS-VAL", "M. Luc PETIT"]
    right = ["", "Etaient excusés :", "M. Yves MORIN", "Mme Lise NOËL", "", "", "Etaient porteurs d'un pouvoir :",
             "M. Jean CARON pour M. Yves MORIN", "", "", ""]
    roll = "\n".join(f"   {a:<40}{b}".rstrip() for a, b in zip(left, right))
    text = f"SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL\nSéance du 19 mars 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"
    assert statuses(tmp_path, text) == {"Paul ROCHE": "présent", "Anne BRUN": "présent", "Jean CARON": "présent", "Rose LYS": "présent",
                                        "Luc PETIT": "présent", "Yves MORIN": "excusé", "Lise NOËL": "excusé"}


def _seance(body: str, roll: str) -> str:
    return f"{body}\nSéance du 5 décembre 2024\n\n{roll}\n\n1. Budget\nAdopté à l'unanimité.\n"


def test_a_member_after_the_office_written_before_them(tmp_path: Path):
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", "Présents : M. Paul ROCHE, Maire, Mme Anne BRUN.\n\nEtaient représentés :\n"
                   "- Le 4e Adjoint, M. Jean CARON, représenté par Mme Anne BRUN ;\n- Mme Rose LYS, représentée par M. Paul ROCHE.")
    assert set(proxies(tmp_path, text)) == {("Jean CARON", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}


def test_a_proxy_between_offices_in_ocr_the_chair_s_given_after_another_apposition(tmp_path: Path):
    text = _seance("CAISSE DES ECOLES DE VAL-BRUN\nCONSEIL D'ADMINISTRATION",
                   "La seance est presidee par Mme Anne BRUN, Maire de Val-Brun, Presidente\nde la Caisse des ecoles.\n"
                   "Presents : Mme Anne BRUN ; M. Jean CARON ; M. Luc PETIT.\n"
                   "EXCUSES : Mme Rose LYS, lere Vice-presidente ; M. Yves MORIN.\n"
                   "POUVOIRS : Mme la lere Vice-presidente a Mme la Presidente ; M. Yves MORIN a M. Luc PETIT.")
    text += "\nLa Presidente,\nAnne BRUN\n"  # (her office, which her first apposition does not give)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Anne BRUN"), ("Yves MORIN", "Luc PETIT")}


def test_a_proxy_table_whose_giver_s_bracket_holds_a_comma(tmp_path: Path):
    text = _seance("ASSOCIATION DES AMIS DU VAL-BRUN\nASSEMBLÉE GÉNÉRALE", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                   "Mandant\t\t\t\t\t\tMandataire\nMme Rose LYS (Le Café, Val-Brun)\t\tM. Jean CARON\nM. Luc PETIT (membre)\t\t\tMme Anne BRUN")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Anne BRUN")}


def test_a_maire_delegue_named_by_his_commune_deleguee(tmp_path: Path):
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", "sous la présidence de M. Paul ROCHE, Maire.\n"
                   "Maires délégués : M. Jean CARON (Haut-Mont), M. Luc PETIT (Bas-Val), Mme Rose\nLYS (Mont-Clair).\n"
                   "Présents : M. Paul ROCHE, M. Jean CARON, Mme Anne BRUN, Mme Rose LYS.\n\nProcurations :\n"
                   "M. le Maire délégué de Bas-Val a donné procuration à Mme Anne BRUN.")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Anne BRUN")}


def test_a_heading_s_body_beside_another_column_and_one_in_capitals_before_its_subtitle():
    from civicgraph.genre.author import bodies
    from civicgraph.genre.cues import Text

    def names(text: str) -> set[str]:
        return {body.name for body in bodies(Text(text))}
    heading = ("   COMMUNAUTÉ D'AGGLOMÉRATION                       Délégués en exercice :      36\n"
               "   DU VAL-BRUN                                      Présents :                  29\n"
               "   Conseil communautaire\n\nSéance du 14 mars 2024\n")
    assert names(heading) == {"Communauté d'Agglomération du Val-Brun"}  # (the name as the heading prints it, title-cased)
    one_line = ("PETR PAYS DU VAL-BRUN Pôle d'Équilibre Territorial et Rural COMITÉ SYNDICAL – COMPTE RENDU DE LA SÉANCE DU "
                "19 SEPTEMBRE 2024 Présents : M. Paul ROCHE.")
    assert "PETR Pays du Val-Brun" in names(one_line) and not any(n.startswith("PETR Pays du Val-Brun P") for n in names(one_line))
    capitals = "COMMUNE DE VAL-BRUN        DÉPARTEMENT DU HAUT-MONT\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n"
    assert "Commune de Val-Brun" in names(capitals)


def test_an_aligned_proxy_table_titled_by_its_givers(tmp_path: Path):
    text = _seance("DÉPARTEMENT DU VAL-BRUN\nCOMMISSION PERMANENTE", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                   "   Membres excusés ayant donné pouvoir                      Mandataire\n"
                   "   M. Luc PETIT, Vice-président                             Mme Anne BRUN\n"
                   "   Mme Rose LYS                                             M. Jean CARON")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")}


def act_numbers(tmp_path: Path, text: str) -> set[str]:
    """The numbers of the acts read from `text`."""
    return {d.first("numero") for d in read(tmp_path, text).facts[0].of_class("Deliberation")}


def test_an_act_number_with_ocr_s_letters_for_figures(tmp_path: Path):
    text = _seance("COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL", "Presents : M. Paul ROCHE, Mme Anne BRUN.\n\n"
                   "DELIBERATION N° 2O21-ll4 - BUDGET PRINCIPAL\nAdopte a l'unanimite.\n\n"
                   "DELIBERATION N° DCM 2O23/l0 - TARIFS 2O25\nAdopte a l'unanimite.")
    assert {"2021-114", "DCM 2023/10"} <= act_numbers(tmp_path, text)


def test_an_act_opening_the_page_after_a_form_feed(tmp_path: Path):
    text = _seance("OFFICE PUBLIC DE L'HABITAT DU VAL-BRUN\nCONSEIL D'ADMINISTRATION", "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n"
                   "CA-2024-21 – Approbation du procès-verbal\nAdopté à l'unanimité.\n\nOPH du Val-Brun – Page 1 sur 2\n"
                   "\fCA-2024-22 – Révision des loyers\nAdopté à l'unanimité.")
    assert {"CA-2024-21", "CA-2024-22"} <= act_numbers(tmp_path, text)


def test_a_year_in_words_with_ocr_s_rn_for_m():
    from civicgraph.text.dates import find_dates
    assert [f.value.isoformat() for f in find_dates("le quinze mars deux rnille vingt-trois")] == ["2023-03-15"]


def test_proxies_in_two_columns_under_one_heading_mandat_de_vote(tmp_path: Path):
    left = ["Pouvoirs :", "M. Luc PETIT (Haut-Mont), mandat de vote à", "M. Jean CARON (Haut-Mont)",
            "Mme Lise NOËL (Bas-Val), mandat de vote à", "Mme Anne BRUN (Bas-Val)"]
    right = ["", "Mme Rose LYS (Val-Brun), mandat de vote à", "M. Paul ROCHE (Val-Brun)",
             "M. Yves MORIN (Mont-Clair), mandat de vote à", "Mme Anne BRUN (Bas-Val)"]
    roll = "\n".join(f"   {a:<50}{b}".rstrip() for a, b in zip(left, right))
    text = _seance("COMMUNAUTÉ D'AGGLOMÉRATION DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE",
                   f"Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n{roll}")
    assert set(proxies(tmp_path, text)) == {("Luc PETIT", "Jean CARON"), ("Lise NOËL", "Anne BRUN"),
                                            ("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_proxy_from_a_time_written_without_accents(tmp_path: Path):
    text = _seance("DEPARTEMENT DU VAL-BRUN\nSEANCE PUBLIQUE", "Etaient presents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
                   "Etait excuse en cours de seance : M. Jean CARON, qui a donne delegation de vote a Mme Anne BRUN a partir de 11 h 30.")
    assert proxies(tmp_path, text) == {("Jean CARON", "Anne BRUN"): {"depuisHeure": "11:30:00"}}


def test_a_breadcrumb_step_names_no_body_and_a_conseil_de_metropole_is_the_metropole_s_council():
    from civicgraph.genre.author import bodies, organ
    from civicgraph.genre.cues import Text
    assert not [b for b in bodies(Text("Accueil > Institution > Le Conseil de Métropole > Séances et délibérations > Séance du 3 mars"))
                if "Séances" in b.name]
    assert organ(Text("VAL-BRUN MÉTROPOLE\nCONSEIL DE MÉTROPOLE – SÉANCE DU 3 MARS 2024\n")).name == "Conseil métropolitain"


def test_one_member_a_line_each_line_closed_by_a_full_stop(tmp_path: Path):
    text = _seance("CCAS DE VAL-BRUN\nCONSEIL D'ADMINISTRATION", "Étaient présents : Mme Anne BRUN, M. Jean CARON.\n\nÉtaient absents excusés :\n"
                   "Mme Rose LYS, absente excusée ayant donné pouvoir à Mme Anne BRUN.\n"
                   "M. Luc PETIT, absent excusé ayant donné pouvoir à M. Jean CARON.\nM. Yves MORIN (Secours populaire).")
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Anne BRUN"), ("Luc PETIT", "Jean CARON")}
