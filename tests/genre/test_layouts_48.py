"""A proxy's scope written before it ("Pour les points 1 à 3, procuration est faite par X à Y"); a holder who
"devient sa votante désignée" at a departure; proxies told one sentence each under an excused heading, each sentence
repeating the status; publicity's stamps as clerks write them ("compte tenu de la transmission au contrôle de légalité
le … et de la publication le …", "son affichage le", a place wrapped, a date spelled out, OCR's letters in a date in
figures): the round-seventeen wordings (a vote "délégué à", "émis par", "Y vote sur procuration de X", a table's "Vote remis à"
under a rule, "Prénom NOM" and "État" columns, codes with a full stop), rolls grouped by a commune's label, tallies
flattened or labelled without figures, items under "Objet :" or with their act's number after a dash, a register of
decisions that is no item: general mechanisms, each on a small invented text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from civicgraph.genre.cues import Text, repair_ocr
from civicgraph.genre.items import read_vote
from civicgraph.genre.publicity import publicity_dates
from civicgraph.genre.reader import view
from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses
from tests.genre.test_layouts_42 import COUNCIL, PRESENT, _acts, _with_items
from tests.genre.test_layouts_44 import listed_proxies
from tests.genre.test_layouts_47 import _comite


def test_a_scope_written_before_its_proxy(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Excusée : Mme Anne BRUN.\n\nProcurations :\nProcuration est faite par M. Yves MORIN à "
                           "Mme Nina ROUX.\nPour le point 1, procuration est faite par Mme Anne BRUN à M. Jean CARON.")
    found = proxies(tmp_path, _with_items(roll, "Mme Anne BRUN rejoint la séance à 20 h 05."))
    assert (found[("Anne BRUN", "Jean CARON")].get("depuisActe"), found[("Anne BRUN", "Jean CARON")].get("jusquAActe")) == ("1", "1")
    assert "depuisActe" not in found[("Yves MORIN", "Nina ROUX")]


def test_a_holder_who_becomes_the_leaver_s_designated_voter(tmp_path: Path):
    between = "M. Jean CARON quitte la séance à 20 h 05, après le point 1 ; Mme Nina ROUX devient sa votante désignée à partir du point 2."
    found = proxies(tmp_path, _with_items(PRESENT, between))[("Jean CARON", "Nina ROUX")]
    assert (found.get("depuisHeure"), found.get("depuisActe")) == ("20:05:00", "2")


def test_every_sentence_of_an_excused_heading_keeps_its_giver_excused(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Absents excusés :\nMme Anne BRUN, excusée, a donné pouvoir à M. Jean CARON. "
                           "M. Yves MORIN, excusé, a donné pouvoir à Mme Nina ROUX. M. Luc PETIT, excusé, a donné pouvoir à M. le Maire "
                           "jusqu'à son arrivée.")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert (statuses["Anne BRUN"], statuses["Yves MORIN"], statuses["Luc PETIT"]) == ("excusé", "excusé", "excusé")


SEANCE = date(2026, 4, 16)


@pytest.mark.parametrize("closing,expected", [
    ("Certifié exécutoire compte tenu de la transmission au contrôle de légalité le 20\navril 2026 et de la publication le 21 avril 2026.",
     {"dateTransmission": date(2026, 4, 20), "datePublication": date(2026, 4, 21)}),
    ("Certifié exécutoire, compte tenu de sa transmission en préfecture le vingt avril deux mille vingt-six et de son affichage "
     "le vingt-quatre avril deux mille vingt-six.", {"dateTransmission": date(2026, 4, 20), "dateAffichage": date(2026, 4, 24)}),
    ("Affiché le vingt et un avril deux mille vingt-six.", {"dateAffichage": date(2026, 4, 21)}),
    ("Transmis au représentant de l'État le 20 avril 2026 – Publié au recueil des actes\nadministratifs le 22 avril 2026.",
     {"dateTransmission": date(2026, 4, 20), "datePublication": date(2026, 4, 22)}),
    ("Transmis en sous-préfecture le 20 avril 2026. Affiché au siège de la\nCommunauté le 23 avril 2026.",
     {"dateTransmission": date(2026, 4, 20), "dateAffichage": date(2026, 4, 23)}),
    ("Publié au recueil des actes\nTransmis en préfecture le 20 avril 2026.", {"dateTransmission": date(2026, 4, 20)}),
])
def test_publicity_stamps_as_clerks_write_them(closing: str, expected: dict):
    text = "COMMUNE DE VAL-BRUN\nSéance du 16 avril 2026\nLe conseil approuve.\n" + closing
    assert {prop: day for prop, (day, _) in publicity_dates(Text(text), SEANCE).items()} == expected


@pytest.mark.parametrize("printed,repaired", [
    ("Transmis en prefecture le 24/O7/2O26", "Transmis en prefecture le 24/07/2026"),
    ("Affiche le l2/1O/2O26", "Affiche le 12/10/2026"),
    ("ref 12/lo/loo9", "ref 12/lo/loo9"),  # no year of a council's acts
    ("article l/2/3", "article l/2/3"),
])
def test_ocr_letters_in_a_date_in_figures(printed: str, repaired: str):
    assert repair_ocr(printed) == repaired


def test_votes_delegated_one_a_line_a_holder_wrapped(tmp_path: Path):
    roll = ("Présents : M. Paul ROCHE, Maire ; M. Jean CARON, Mme Nina ROUX.\n\nDélégations de vote :\n"
            "Le vote de Mme Anne BRUN (Val-Nord) est délégué à M. Jean CARON.\nLe vote de M. Yves MORIN (Haut-Val) est délégué à Mme Nina\n"
            "ROUX.\nLe vote de M. Luc PETIT est délégué à M. le Maire jusqu'à son\narrivée.\n\nAbsente : Mme Rose LYS.")
    found = proxies(tmp_path, _seance(COUNCIL, roll))
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Luc PETIT", "Paul ROCHE")} <= set(found)


def test_a_holder_who_votes_on_a_proxy_sentences_run_on_after_a_bracket(tmp_path: Path):
    told = "M. Jean CARON vote sur procuration de Mme Anne BRUN (élue). Mme Nina ROUX vote sur procuration de M. Yves MORIN (élu)."
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX")} <= set(listed_proxies(tmp_path, told))


def test_votes_emitted_by_a_holder_one_scoped_before(tmp_path: Path):
    roll = PRESENT.replace("Excusée : Mme Anne BRUN.", "Excusés : Mme Anne BRUN ; M. Yves MORIN.\n\nProcurations :\n"
                           "Les votes de Mme Anne BRUN (CLCV) sont émis par M. Jean CARON.\nPour le point 1, les votes de M. Yves MORIN sont émis par Mme Nina ROUX.")
    found = proxies(tmp_path, _with_items(roll, "M. Yves MORIN rejoint la séance à 20 h 05."))
    assert ("Anne BRUN", "Jean CARON") in found and found[("Yves MORIN", "Nina ROUX")].get("depuisActe") == "1"


def test_a_departure_s_proxy_between_names_without_civility(tmp_path: Path):
    between = "Mme Nina ROUX quitte la séance à 20 h 05, après le point 1 ;\nprocuration de ROUX Nina à CARON Jean à compter du point 2."
    assert proxies(tmp_path, _with_items(PRESENT, between))[("Nina ROUX", "Jean CARON")].get("depuisActe") == "2"


def test_proxies_in_a_comma_run_each_opening_a_line_in_lower_case(tmp_path: Path):
    told = "procuration de BRUN Anne (Val) a CARON Jean (Roche),\nprocuration de MORIN Yves (Mont) a ROUX Nina (Val)."
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX")} <= set(listed_proxies(tmp_path, told))


def test_a_family_name_ending_its_line_its_given_name_and_commune_below(tmp_path: Path):
    roll = "Présents : ROCHE Paul (Val), Président ; CARON\nJean (Roche) ; ROUX Nina (Mont).\n\nExcusée : Mme Anne BRUN."
    assert {"Paul ROCHE", "Jean CARON", "Nina ROUX"} <= set(_statuses(tmp_path, _seance(COUNCIL, roll)))


def test_a_roll_grouped_by_communes_each_group_closed_by_a_full_stop(tmp_path: Path):
    roll = ("Étaient présents :\nVal : M. Paul ROCHE, Président ; Mme Anne BRUN.\nRoche : M. Jean CARON ; Mme Nina\nROUX.\n"
            "Mont : M. Luc PETIT.\nExcusé : M. Yves MORIN.")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Luc PETIT"))


def test_a_commune_in_capitals_over_its_indented_proxies_is_no_person(tmp_path: Path):
    roll = (PRESENT + "PROCURATIONS\nVAL-NORD\n   Mme Anne BRUN a donné procuration à M. Jean CARON\nLA ROCHE HAUTE\n"
            "   M. Yves MORIN a donné procuration à Mme Nina ROUX\n")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert not {"VAL-NORD", "LA ROCHE HAUTE"} & set(statuses) and ("Yves MORIN", "Nina ROUX") in proxies(tmp_path, _seance(COUNCIL, roll))


@pytest.mark.parametrize("table", [
    ("Délégués en exercice : 4    Présents : 3 (dont 1 suppléant)    Votes remis : 1    Votants : 4\n\n"  # under its counts and title, a rule under its header
     "Liste de présence\n"
     "Membre       Délégué titulaire     Délégué suppléant   Prés.  Vote remis à\n"
     "-------------------------------------------------------------------------\n"
     "CC du Val    ROCHE Paul            LYS Rose            T\n"
     "CC du Val    BRUN Anne             PETIT Luc           E      ROCHE Paul\n"
     "CC du Mont   CARON Jean            MORIN Yves          T\n\n"
     "T : titulaire présent – E : excusé"),
    ("Administrateur          Collectivité        Prés.  Administrateur porteur\n"  # the carrying member's column
     "ROCHE Paul, Prés.       Val-Brun            P\n"
     "BRUN Anne               Haut-Val            R      ROCHE Paul\n"
     "CARON Jean              Val-Nord            P\n\n"
     "P : présent – R : représenté – E : excusé"),
])
def test_a_table_s_holder_column(tmp_path: Path, table: str):
    assert ("Anne BRUN", "Paul ROCHE") in proxies(tmp_path, _comite(table))


def test_a_table_s_given_name_first_column_and_its_state_codes_with_full_stops(tmp_path: Path):
    text = _comite("Civ.  Prénom NOM        EPCI   Qualité       État     Pouvoir à\n"
                         "M.    Paul ROCHE        CAV    Président     P\n"
                         "Mme   Anne BRUN         CAV    Déléguée      Repr.    Paul ROCHE\n"
                         "M.    Jean CARON        CCM    Délégué       Exc.\n"
                         "M.    Yves MORIN        CCM    Délégué       Abs.\n\n"
                         "P : présent(e) – Exc. : excusé(e) – Abs. : absent(e) – Repr. : représenté(e) par pouvoir")
    statuses = _statuses(tmp_path, text)
    assert (statuses.get("Jean CARON"), statuses.get("Yves MORIN")) == ("excusé", "absent") and ("Anne BRUN", "Paul ROCHE") in proxies(tmp_path, text)


def _tally(said: str):
    text = Text(view("Le conseil approuve la décision modificative.\n" + said))
    return read_vote(text, 0, len(text.raw))


def test_a_tally_flattened_a_cell_a_line():
    tally = _tally("Pour\nContre\nAbstention\n27\n4\n1\nContre : M. Jean CARON, Mme Anne BRUN (par pouvoir). Abstention : M. Luc PETIT.\nMme Nina ROUX arrive.")
    assert {k: c for k, (c, _) in tally.counts.items()} == {"pour": 27, "contre": 4, "abstention": 1}
    assert [n for n, _ in tally.names["abstention"]] == ["M. Luc PETIT"]


@pytest.mark.parametrize("said,counts", [
    ("Adoptée à la majorité par 17 voix pour ; ont voté contre : M. Jean CARON, Mme Anne BRUN (par pouvoir) ; s'est abstenu : M. Luc PETIT.",
     {"pour": 17, "contre": 2, "abstention": 1}),
    ("Vote :\tPour 8\tContre 2 (M. Jean CARON, M. Luc PETIT par pouvoir)\tAbst. 0", {"pour": 8, "contre": 2, "abstention": 0}),
    ("Vote : Pour 11 – Contre 2 (M. Jean CARON, Mme Anne BRUN par pouvoir) – Abst. 0", {"pour": 11, "contre": 2, "abstention": 0}),
])
def test_tallies_written_without_colons_or_figures(said: str, counts: dict):
    assert {k: c for k, (c, _) in _tally(said).counts.items()} == counts


@pytest.mark.parametrize("printed,counted", [
    ("En exercice : 36 – Présents : 28 – Absents non représentés : 6", {"nombreAbsents": 6, "nombrePresents": 28}),
    ("Nombre de conseillers : en exercice l5   presents ll   representes 3   votants l4", {"nombrePresents": 11, "nombreVotants": 14}),
])
def test_counts_as_printed(tmp_path: Path, printed: str, counted: dict):
    meeting = read(tmp_path, _seance(COUNCIL, printed + "\n\n" + PRESENT)).facts[0].of_class("Seance")[0]
    assert {k: meeting.first(k) for k in counted} == counted and meeting.first("nombreRepresentes") != 6


def test_items_under_objet_headings_without_numbers(tmp_path: Path):
    items = ("Objet : Réfection de la calade\nLe Conseil approuve les travaux.\nVote :\tPour 8\tContre 2 (M. Jean CARON, M. Luc PETIT)\tAbst. 0\n\n"
             "Objet : Tarifs de la salle polyvalente\nMme Anne BRUN expose les tarifs.\nAdopté à l'unanimité (10 voix).\n")
    text = f"{COUNCIL}\nSéance du 5 décembre 2024\n\n{PRESENT}" + items
    titles = {a.first("titre") for a in read(tmp_path, text).facts[0].of_class("Deliberation")}
    assert {"Réfection de la calade", "Tarifs de la salle polyvalente"} <= titles


def test_an_act_s_number_after_a_long_title_and_a_dash(tmp_path: Path):
    title = "Renouvellement de l'adhésion à l'Association nationale des élus des territoires touristiques (ANETT)"
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\n", f"1. Budget – délibération n° 2026-12-101\n\n2. {title} – délibération n° 2026-12-103\nAdopté à l'unanimité.\n\n")
    acts = _acts(tmp_path, text)
    assert acts["2026-12-101"].first("titre") == "Budget" and acts["2026-12-103"].first("titre") == title


def test_a_register_of_decisions_taken_is_no_item_and_each_row_its_own_fee(tmp_path: Path):
    register = ("2. Décisions prises par le Maire par délégation (article L. 2122-22 du CGCT, délibération n° 2026-014 du 28 mars 2026)\n"
                "N° | Date | Objet | Montant\n2026-118 | 03/07/2026 | Réfection de la toiture de l'école | 48 600,00 € HT\n"
                "2026-131 | 28/07/2026 | Renouvellement de l'adhésion à l'Association des amis du Val pour l'année 2026 | 2 315,00 €\n"
                "Le Conseil prend acte de ces décisions.\n")
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\nAdopté à l'unanimité.\n", "1. Budget\nAdopté à l'unanimité.\n\n" + register)
    facts = read(tmp_path, text).facts[0]
    assert not {"2026-118", "2026-131", "2026-014"} & {a.first("numero") for a in facts.of_class("Deliberation")}
    assert [m.first("cotisation") for m in facts.of_class("Adhesion")] == [2315]


def test_a_one_line_title_ends_where_its_rapporteur_s_sentence_starts(tmp_path: Path):
    text = (f"{COUNCIL} Séance du 5 décembre 2024 {PRESENT}".replace("\n", " ") + "Délibération n° B-2026-043 – Pass mobilité jeunes 2026-2027 "
            "M. Jean CARON, 6e Vice-président, expose que le pass est reconduit. Adopté à l'unanimité.")
    assert _acts(tmp_path, text)["B-2026-043"].first("titre") == "Pass mobilité jeunes 2026-2027"


def test_a_rapporteur_introduced_by_presentation(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT).replace("1. Budget\n", "1. Délibération 2026-022 – Budget\n   Présentation : Mme Nina ROUX, 1re adjointe.\n")
    act = _acts(tmp_path, text)["2026-022"]
    assert act.first("titre") == "Budget" and act.first("rapporteur").first("rdfs:label") == "Nina ROUX"


def test_an_ocr_act_number_with_its_series_letters_inside():
    assert repair_ocr("(deliberation n° 2O26-CA-O6l)") == "(deliberation n° 2026-CA-061)"


def test_ranks_tabbed_and_givers_one_a_line_without_civility(tmp_path: Path):
    roll = ("Étaient présents\nLe Maire :\tROCHE Paul\nLes adjoints :\tBRUN Anne, 1re adjointe\tCARON Jean, 2e adjoint\n"
            "Conseillers municipaux :\tROUX Nina\tPETIT Luc\n\nExcusés\n\tMORIN Yves a donné pouvoir à ROUX Nina.\n"
            "\tLYS Rose a donné pouvoir à PETIT Luc jusqu'à son arrivée.\nAbsent\tVIDAL Marc")
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert all(statuses.get(n) == "présent" for n in ("Paul ROCHE", "Anne BRUN", "Jean CARON", "Nina ROUX", "Luc PETIT"))
    assert (statuses.get("Yves MORIN"), statuses.get("Rose LYS")) == ("excusé", "excusé")


@pytest.mark.parametrize("form", ["{h} fera usage du pouvoir de {g} (élu).", "La procuration de {g} a été acceptée par {h}.",
                                  "{h} a en sa possession le pouvoir de {g}."])
def test_proxies_used_accepted_or_possessed_one_a_line(tmp_path: Path, form: str):
    told = "\n".join(form.format(g=g, h=h) for g, h in (("Mme Anne BRUN", "M. Jean CARON"), ("M. Yves MORIN", "Mme Nina ROUX"), ("M. Luc PETIT", "M. le Maire")))
    assert {("Anne BRUN", "Jean CARON"), ("Yves MORIN", "Nina ROUX"), ("Luc PETIT", "Paul ROCHE")} <= set(listed_proxies(tmp_path, told))


def test_a_departure_s_proxy_accepted_by_its_holder(tmp_path: Path):
    between = "Mme Nina ROUX quitte la séance à 20 h 05, après le point 1 ; sa\nprocuration a été acceptée par M. Jean CARON à compter du point 2."
    assert proxies(tmp_path, _with_items(PRESENT, between))[("Nina ROUX", "Jean CARON")].get("depuisActe") == "2"


def test_a_given_name_ending_its_line_in_a_run_parted_by_dashes(tmp_path: Path):
    roll = "Présents :\nM. Paul ROCHE, Maire – Mme Anne BRUN, adjointe – M. Fred\nCARON – Mme Nina ROUX.\n\nExcusé : M. Yves MORIN."
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert statuses.get("Fred CARON") == "présent" and not {"Fred", "FRED", "CARON"} & set(statuses)
