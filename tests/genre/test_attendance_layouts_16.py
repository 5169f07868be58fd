"""Forms met in the sixteenth blind set, read by general mechanisms: a chair named by an office alone
and found in the signature, a secretary "désignée à l'unanimité", a proxy to a ranked office written
in words, a presence table's "S'est fait représenter par" against "Représenté par sa suppléante".
Each on a small invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read


def _chair_and_secretary(tmp_path: Path, text: str) -> tuple[str | None, str | None]:
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    return tuple(who.first("rdfs:label") if who else None for who in (seance.first("president"), seance.first("secretaire")))


def _statuses(tmp_path: Path, text: str) -> dict[str, str]:
    """{person's label: status} of the participations read from `text`."""
    return {p.first("personne").first("rdfs:label"): p.first("statut") for p in read(tmp_path, text).facts[0].of_class("Participation")}


def _council(formula: str, roll: str, signature: str) -> str:
    return ("COMMUNE DE VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"
            f"Le Conseil municipal s'est réuni le mardi 4 mars 2025 à 18 h 30, {formula}\n\n{roll}\n\n"
            f"1 - Budget\nAdopté à l'unanimité.\n\n{signature}\n")


def test_a_chair_named_by_office_alone_is_the_one_member_the_signature_gives_it(tmp_path: Path):
    text = _council("sous la présidence de Monsieur le Maire.", "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
                    "Secrétaire désignée à l'unanimité : Mme Anne BRUN", "Pour extrait conforme,\nLe Maire,\nPaul ROCHE")
    assert _chair_and_secretary(tmp_path, text) == ("Paul ROCHE", "Anne BRUN")


def test_a_vice_presidente_who_chairs_is_the_member_of_that_office_not_the_president(tmp_path: Path):
    text = ("CAISSE DES ÉCOLES DE VAL-BRUN\n\nCompte rendu de la séance du comité de gestion du 26 juin 2012\n\n"
            "Le comité de gestion s'est réuni le mardi 26 juin 2012 à 17 h 30, sous la présidence de sa vice-présidente, "
            "M. le Maire, président de droit, étant empêché.\n\nMembres présents : Mme Rose LYS, M. Jean CARON, Mme Anne BRUN.\n\n"
            "Délibération 2012-14 : Tarifs\nAdoptée à l'unanimité.\n\nLa Vice-présidente,\nRose LYS\n")
    assert _chair_and_secretary(tmp_path, text)[0] == "Rose LYS"


def test_a_proxy_to_a_ranked_office_in_words_goes_to_its_holder(tmp_path: Path):
    text = _council("sous la présidence de M. Paul ROCHE, Maire.",
                    "Présents : M. Paul ROCHE, Maire ; M. Jean CARON, 1er Adjoint ; Mme Anne BRUN.\n"
                    "Excusés :\n  Mme Rose LYS, empêchée, a confié son pouvoir au premier adjoint.\n  M. Luc PETIT.", "Le Maire,\nPaul ROCHE")
    assert ("Rose LYS", "Jean CARON") in proxies(tmp_path, text)


def test_a_presence_cell_tells_a_proxy_from_a_suppleant_who_sits(tmp_path: Path):
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMITÉ SYNDICAL DU 15 DÉCEMBRE 2016\n\n"
            "Le comité syndical s'est réuni le jeudi 15 décembre 2016 à 10 h 00, sous la présidence de M. Paul ROCHE, Président.\n\n"
            "Membre\tDélégué titulaire\tDélégué suppléant\tPrésence\n"
            "Commune de Val-Brun\tM. Paul ROCHE\tMme Anne BRUN\tPrésent\n"
            "Commune de Lys\tM. Luc PETIT\tMme Rose LYS\tReprésenté par sa suppléante\n"
            "Commune de Caron\tM. Jean CARON\tM. Yves MORIN\tS'est fait représenter par M. Paul ROCHE\n\n"
            "1 - Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    present = {p.first("personne").first("rdfs:label") for p in facts.of_class("Participation") if p.first("statut") == "présent"}
    assert proxies(tmp_path, text).keys() == {("Jean CARON", "Paul ROCHE")}
    assert {"Paul ROCHE", "Rose LYS"} <= present and not {"Yves MORIN", "Luc PETIT"} & present


def test_with_no_chair_named_the_bodys_own_chair_listed_present_presides(tmp_path: Path):
    roll = "Présents : M. Paul ROCHE, Président ; Mme Anne BRUN, Vice-présidente ; M. Jean CARON.\nExcusé : M. Luc PETIT, Président d'honneur."
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nCOMPTE RENDU DU BUREAU SYNDICAL\nSéance du jeudi 13 février 2025 à 9 h 30\n\n"
            f"{roll}\n\n1 - Budget\nAdopté à l'unanimité.\n")
    assert _chair_and_secretary(tmp_path, text)[0] == "Paul ROCHE"


def test_a_presence_grid_parted_from_its_header_by_a_blank_line_with_a_proxy_to_the_maire(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du vendredi 17 septembre 2021\n\n"
            "  Sous la présidence de M. Paul ROCHE, Maire\n  Convocation du 10 septembre 2021 – Séance ouverte à 20 h 00\n\n"
            "   NOM Prénom          Présent      Absent excusé      Absent      Pouvoir donné à\n\n"
            "   ROCHE Paul            X\n"
            "   BRUN Anne                           X                            au Maire\n"
            "   CARON Jean            X\n"
            "   PETIT Luc                                              X\n\n"
            "  Point 1 – Budget\n  Adopté à l'unanimité.\n")
    status = _statuses(tmp_path, text)
    assert (status["Anne BRUN"], status["Luc PETIT"], status["Jean CARON"]) == ("excusé", "absent", "présent")
    assert proxies(tmp_path, text).keys() == {("Anne BRUN", "Paul ROCHE")}


def test_footnotes_under_a_rule_called_by_numbers_glued_to_the_names(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nBUREAU COMMUNAUTAIRE\nSéance du lundi 5 mars 2018 à 17 h 00\n\n"
            "Présents : M. Paul ROCHE1, Président ; Mme Anne BRUN ; M. Jean CARON2 ; M. Luc PETIT3.\n"
            "Excusés : Mme Rose LYS ; M. Yves MORIN.\n\n"
            "1. Budget\nAdopté à l'unanimité.\n\n3. Voirie\nAdopté à l'unanimité.\n\n"
            "__________________\n1 Pouvoir de Mme Rose LYS.\n2 A reçu pouvoir de M. Yves MORIN pour les points 3 à 7.\n"
            "3 Quitte la séance après le point 5 ; pouvoir donné à Mme Anne BRUN pour les points 6 et 7.\n")
    assert proxies(tmp_path, text) == {("Rose LYS", "Paul ROCHE"): {}, ("Yves MORIN", "Jean CARON"): {"depuisActe": "3", "jusquAActe": "7"},
                                       ("Luc PETIT", "Anne BRUN"): {"depuisActe": "6", "jusquAActe": "7"}}
    assert _chair_and_secretary(tmp_path, text)[0] == "Paul ROCHE"


def test_two_columns_under_headings_parted_by_a_blank_line_and_proxies_wrapped_over_lines(tmp_path: Path):
    pad = lambda left, right="": f" {left:<50} {right}".rstrip()  # noqa: E731  (pdftotext -layout: two columns)
    lines = [pad("PRÉSENTS :", "ABSENTS AYANT DONNÉ POUVOIR :"), "",
             pad("M. Paul ROCHE, Président", "Mme Rose LYS a délégué son vote à"),
             pad("Mme Anne BRUN, Vice-présidente", "Mme Anne BRUN"),
             pad("M. Jean CARON, Vice-président", "M. Luc PETIT a délégué son vote"),
             pad("", "à M. Jean CARON à partir de la"),
             pad("", "délibération n° B2025-031")]
    text = ("MÉTROPOLE DU VAL-BRUN\nCOMPTE RENDU DES DÉLIBÉRATIONS DU BUREAU MÉTROPOLITAIN\nSéance du jeudi 13 février 2025 à 9 h 30\n\n"
            + "\n".join(lines) + "\n\n B2025-030   Voirie\n             Adopté à l'unanimité.\n\n B2025-031   Budget\n             Adopté à l'unanimité.\n")
    assert proxies(tmp_path, text) == {("Rose LYS", "Anne BRUN"): {}, ("Luc PETIT", "Jean CARON"): {"depuisActe": "B2025-031"}}
    assert _chair_and_secretary(tmp_path, text)[0] == "Paul ROCHE"


def test_bulleted_groups_titled_by_college_and_proxies_by_mandate(tmp_path: Path):
    text = ("CAISSE DES ÉCOLES DE VAL-BRUN\n\nCompte rendu de la séance du comité de gestion du 26 juin 2012\n\n"
            "Le comité de gestion s'est réuni le mardi 26 juin 2012 à 17 h 30, sous la présidence de M. Paul ROCHE, Président.\n\n"
            "Membres présents\n• Collège des élus : M. Paul ROCHE, Mme Anne BRUN\n• Sociétaires élus : Mme Rose LYS, M. Jean CARON\n\n"
            "Membres représentés\n• M. Luc PETIT (mandat à Mme Anne BRUN)\n\n"
            "Délibération 2012-14 : Tarifs\nAdoptée à l'unanimité.\n")
    status = _statuses(tmp_path, text)
    assert {name for name, s in status.items() if s == "présent"} == {"Paul ROCHE", "Anne BRUN", "Rose LYS", "Jean CARON"}
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Anne BRUN")}


def test_a_numbered_roll_call_then_members_named_by_number(tmp_path: Path):
    text = ("SYNDICAT INTERCOMMUNAL SCOLAIRE DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
            "Le Comité syndical s'est réuni le mercredi 24 juin 2015 à vingt heures trente, sous la présidence de Mme Anne BRUN, Présidente.\n"
            "Val-Brun : 1. Mme Anne BRUN – 2. M. Jean CARON – suppléant : 5. M. Yves MORIN\n"
            "Lys : 3. M. Luc PETIT – 4. Mme Rose LYS – suppléante : 6. Mme Odile ROCHE\n"
            "Présents : n° 1, 2 et 3.\nExcusés : n° 4 (pouvoir au n° 1).\nSecrétaire de séance : n° 2.\n"
            "Délibération n° 2015-11\nObjet : Cantine\nAdopté à l'unanimité.\n")
    status = _statuses(tmp_path, text)
    assert {name for name, s in status.items() if s == "présent"} == {"Anne BRUN", "Jean CARON", "Luc PETIT"}
    assert proxies(tmp_path, text).keys() == {("Rose LYS", "Anne BRUN")}
    assert _chair_and_secretary(tmp_path, text) == ("Anne BRUN", "Jean CARON")


def test_a_seance_that_goes_on_past_midnight_ends_the_next_day(tmp_path: Path):
    text = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\n"
            "Le Conseil municipal s'est réuni le jeudi 15 décembre 2011 à 18 h 00, sous la présidence de M. Paul ROCHE, Maire.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n1 - Budget\nAdopté à l'unanimité.\n\n"
            "L'ordre du jour étant épuisé, la séance est levée le 16 décembre à 1 h 05.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (str(seance.first("debut")), str(seance.first("fin"))) == ("2011-12-15 18:00:00", "2011-12-16 01:05:00")


def test_bilingual_labels_an_office_before_the_chairs_name_and_a_signature_cell_beside_another(tmp_path: Path):
    text = ("COMITÉ DE JUMELAGE VAL-BRUN – LYS\nProcès-verbal de l'assemblée générale / Protokoll der Mitgliederversammlung\n"
            "Samedi 18 mars 2017, 15 h 00\n\nPrésidence / Vorsitz : le doyen d'âge, M. Paul ROCHE\n"
            "Secrétaire de séance / Protokoll : M. Jean CARON\n\nPrésents : M. Paul ROCHE, M. Jean CARON, Mme Anne BRUN.\n\n"
            "1. Rapport moral\nAdopté à l'unanimité.\n")
    assert _chair_and_secretary(tmp_path, text) == ("Paul ROCHE", "Jean CARON")
    signed = _council("sous la présidence de M. Paul ROCHE, Maire.", "Présents : M. Paul ROCHE, Mme Anne BRUN.",
                      "Ar sekretourez / La secrétaire de séance          Ar maer / Le Maire\n"
                      "Anne BRUN                                         Paul ROCHE")
    assert _chair_and_secretary(tmp_path, signed) == ("Paul ROCHE", "Anne BRUN")


def test_no_seance_is_dated_from_another_seances_date(tmp_path: Path):
    text = ("SYNDICAT INTERCOMMUNAL DU VAL-BRUN\nCOMITÉ SYNDICAL\n\n"
            "Le Comité syndical, convoqué le 20 septembre 2016, s'est réuni à 14 h 30 sous la présidence de M. Paul ROCHE, Président.\n\n"
            "Délégués présents : MM. ROCHE Paul, CARON Jean, Mme BRUN Anne.\n"
            "Absent excusé : M. PETIT Luc, qui a donné par écrit à M. CARON\nJean pouvoir de voter en son nom.\n\n"
            "1. Approbation du procès-verbal de la séance du 30 juin 2016\nAdopté à l'unanimité.\n")
    assert read(tmp_path, text).facts[0].of_class("Seance") == []  # the séance's day is printed nowhere: none is made up


def test_an_old_registers_proxy_names_its_holder_before_the_power(tmp_path: Path):
    text = _council("sous la présidence de M. Paul ROCHE, Maire.",
                    "Présents : MM. ROCHE Paul, CARON Jean, Mme BRUN Anne.\n"
                    "Absent excusé : M. PETIT Luc, qui a donné par écrit à M. CARON\nJean pouvoir de voter en son nom.", "Le Maire,\nPaul ROCHE")
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Jean CARON")}


def test_a_presence_table_with_first_names_apart_and_the_proxies_each_row_received(tmp_path: Path):
    text = ("RÉGION VAL-BRUN\nCOMMISSION PERMANENTE\nSéance du vendredi 14 juin 2024 à 10 h 00\n\n"
            "| Nom   | Prénom | Présence              | Procuration reçue de          |\n"
            "|-------|--------|-----------------------|-------------------------------|\n"
            "| ROCHE | Paul   | Présent               |                               |\n"
            "| BRUN  | Anne   | Présente              | LYS Rose                      |\n"
            "| LYS   | Rose   | Absente – procuration |                               |\n"
            "| CARON | Jean   | Présent               | PETIT Luc (à partir de 11h30) |\n"
            "| PETIT | Luc    | Présent jusqu'à 11h30 |                               |\n\n"
            "24.06.01 – Lycées\nAdopté à l'unanimité.\n")
    assert _statuses(tmp_path, text)["Rose LYS"] == "représenté"
    assert proxies(tmp_path, text) == {("Rose LYS", "Anne BRUN"): {}, ("Luc PETIT", "Jean CARON"): {"depuisHeure": "11:30:00"}}


def test_a_seance_dated_only_by_its_pages_running_title(tmp_path: Path):
    text = ("SYNDICAT MIXTE DU VAL-BRUN\nPROCÈS-VERBAL\n\n"
            "Le Comité syndical, convoqué le 20 septembre 2016, s'est réuni à 14 h 30, sous la présidence de M. Paul ROCHE, Président.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n"
            "1. Approbation du procès-verbal de la séance du 30 juin 2016\nAdopté à l'unanimité.\n\n"
            "  SMVB – Comité syndical du 29 septembre 2016 – Procès-verbal                        1/2\n\f\n"
            "2. Budget\nAdopté à l'unanimité.\n\n"
            "  SMVB – Comité syndical du 29 septembre 2016 – Procès-verbal                        2/2\n")
    seances = read(tmp_path, text).facts[0].of_class("Seance")
    assert [str(s.first("date")) for s in seances] == ["2016-09-29"]
