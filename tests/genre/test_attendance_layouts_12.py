"""Forms met in the twelfth and thirteenth blind sets: the chair named by an office the document gives
elsewhere (a roll call's line, a signature), the secretary by the office of whoever writes the minutes,
proxies told in reported speech, sent filled in with a holder's name, or refused. Each on a small
invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicgraph.pipeline import ingest


def read(tmp_path: Path, text: str):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return ingest([doc]).facts[0]


def seance_people(tmp_path: Path, text: str) -> tuple[str | None, str | None, set[tuple[str, str]]]:
    """(president, secretary, {(giver, holder)}) of the one séance read from `text`."""
    facts = read(tmp_path, text)
    seance = facts.of_class("Seance")[0]
    chair, secretary = (who.first("rdfs:label") if who else None for who in (seance.first("president"), seance.first("secretaire")))
    given = {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")) for p in facts.of_class("Pouvoir")}
    return chair, secretary, given


ASSOCIATION = "AMIS DU VAL-BRUN\nAssociation loi 1901\n\n"
CONVOCATION = ("CONVOCATION\nLe conseil d'administration se réunira le samedi 8 mars 2025 à 10 h à la salle des fêtes.\n\n"
               "                                        Le Président,\n                                        Paul ROCHE\n\n")
MINUTES = ("COMPTE RENDU DU CONSEIL D'ADMINISTRATION DU 8 MARS 2025\n\nLa réunion s'est tenue à la salle des fêtes. "
           "Le président ouvre la séance à 10 h 10.\n\n"
           "Administrateurs présents : Anne BRUN (secrétaire générale), Jean CARON (trésorier), le président, Lise GARNIER.\n"
           "Excusés : Rose LYS, Luc PETIT.\n\n")
ITEMS = "\n\n1. Budget 2025 : adopté à l'unanimité.\n"


def test_the_chair_named_only_by_the_signature_under_the_convocation(tmp_path: Path):
    chair, _, _ = seance_people(tmp_path, ASSOCIATION + CONVOCATION + MINUTES + ITEMS)
    assert chair == "Paul ROCHE"


def test_a_signature_that_is_no_name_gives_no_chair(tmp_path: Path):
    unsigned = CONVOCATION.replace("Paul ROCHE", "Vu le code général des collectivités territoriales")
    chair, _, _ = seance_people(tmp_path, ASSOCIATION + unsigned + MINUTES + ITEMS)
    assert chair is None


def test_the_chair_given_by_a_roll_calls_dotted_line_when_the_text_says_son_president(tmp_path: Path):
    text = ("RÉGIE DES EAUX DU VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION\nSéance du 4 mars 2025\n\n"
            "Le conseil d'administration s'est réuni à 17 h 30, sous la présidence de son Président.\n\n"
            "  ROCHE Paul, président (élu communautaire) ............ présent\n"
            "  BRUN Anne, vice-présidente ........................... présente\n"
            "  CARON Jean (élu communautaire) ....................... excusé\n" + ITEMS)
    chair, _, _ = seance_people(tmp_path, text)
    assert chair == "Paul ROCHE"


def test_the_secretary_is_the_member_holding_the_office_of_whoever_writes_the_minutes(tmp_path: Path):
    text = ASSOCIATION + CONVOCATION + MINUTES + "Le compte rendu est rédigé par la secrétaire générale." + ITEMS
    _, secretary, _ = seance_people(tmp_path, text)
    assert secretary == "Anne BRUN"


@pytest.mark.parametrize("told, given", [
    # reported speech: the pronoun stands for the sentence's subject
    ("Mme Rose LYS, retenue, a fait savoir au président par SMS qu'elle confiait son vote à M. Jean CARON.",
     {("Rose LYS", "Jean CARON")}),
    ("M. Luc PETIT indique qu'il donne pouvoir à Mme Anne BRUN.", {("Luc PETIT", "Anne BRUN")}),
    # the form joined to the convocation, sent filled in with the holder's name
    ("M. Luc PETIT a fait parvenir au secrétariat le pouvoir joint à la convocation, rempli au nom d'Anne BRUN.",
     {("Luc PETIT", "Anne BRUN")}),
    # refused in the sentence that tells it, or by the next one
    ("M. Luc PETIT avait adressé un pouvoir au nom de M. Yves BLANC, salarié ; M. BLANC n'ayant qu'une voix consultative, "
     "ce pouvoir n'a pas été retenu.", set()),
    ("Mme Rose LYS a donné pouvoir à M. Jean CARON. Ce pouvoir n'est pas retenu, M. CARON en portant déjà un.", set()),
    # a refusal in the next sentence that opens otherwise is another proxy's
    ("Mme Rose LYS a donné pouvoir à M. Jean CARON. M. Luc PETIT avait adressé un pouvoir au nom de M. Yves BLANC, "
     "ce pouvoir n'a pas été retenu.", {("Rose LYS", "Jean CARON")}),
])
def test_proxies_told_in_sentences(tmp_path: Path, told: str, given: set):
    _, _, found = seance_people(tmp_path, ASSOCIATION + MINUTES + told + ITEMS)
    assert found == given


def proxies_with_scope(tmp_path: Path, listed: str) -> set[tuple]:
    """(giver, holder, from, until) of each proxy a métropole's extract lists under "Pouvoirs :"."""
    facts = read(tmp_path, "MÉTROPOLE DU VAL-BRUN\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN\n\n"
                           "Séance du jeudi 26 septembre 2024\n\nLe Conseil s'est réuni à 9 h 30 sous la présidence de M. Paul ROCHE, Président.\n\n"
                           f"Pouvoirs :\n{listed}\n\nExcusée : Mme Lise GARNIER\n\nDélibération n° C2024-09-147 – Budget\nAdopté à l'unanimité.\n")
    return {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label"),
             str(p.first("depuisHeure") or p.first("depuisActe") or ""), str(p.first("jusquAHeure") or p.first("jusquAActe") or ""))
            for p in facts.of_class("Pouvoir")}


def test_pouvoir_donne_par_x_a_y_one_a_line_each_scope_ending_its_own_line(tmp_path: Path):
    found = proxies_with_scope(tmp_path, "Pouvoir donné par Mme Rose LYS à M. Jean CARON\n"
                                         "Pouvoir donné par M. Luc PETIT à Mme Anne BRUN, à compter de 10 h 40\n"
                                         "Pouvoir donné par M. Yves BLANC à M. Paul ROCHE, jusqu'à 11 h 15\n"
                                         "Pouvoir donné par Mme Lise GARNIER à M. Marc DUBOIS, pour les délibérations\n"
                                         "n° C2024-09-141 à C2024-09-150")
    assert found == {("Rose LYS", "Jean CARON", "", ""), ("Luc PETIT", "Anne BRUN", "10:40:00", ""),
                     ("Yves BLANC", "Paul ROCHE", "", "11:15:00"), ("Lise GARNIER", "Marc DUBOIS", "C2024-09-141", "C2024-09-150")}


def test_a_press_release_retelling_a_seance_yields_nothing(tmp_path: Path):
    doc = tmp_path / "doc.txt"
    doc.write_text("COMMUNIQUÉ DE PRESSE\nVal-Brun, le 14 octobre 2016\n\nCOMMISSION PERMANENTE : 18 MILLIONS POUR LES TERRITOIRES\n\n"
                   "Réunie ce vendredi 14 octobre 2016, sous la présidence de Mme Anne BRUN, Présidente, la commission permanente "
                   "a examiné 212 rapports, adoptés à l'unanimité. Les élus ont donné pouvoir à la Présidente pour signer.\n\n"
                   "Contact presse : Rose LYS\n", encoding="utf-8")
    result = ingest([doc])
    assert result.facts == [] and "not recognised" in result.skipped[0].reason


def test_a_pipe_table_with_a_presence_column_for_titulaires_and_one_for_suppleants(tmp_path: Path):
    table = ("| Commune | Délégués titulaires | Prés. | Délégués suppléants | Prés. | Pouvoir donné à |\n"
             "|---|---|---|---|---|---|\n"
             "| VAL-BRUN | M. Paul ROCHE | P (Président) | M. Yves BLANC | – | |\n"
             "| | Mme Rose LYS | E | Mme Anne BRUN | P (siège pour Mme LYS) | |\n"
             "| SAINT-AUBIN | M. Luc PETIT | E | M. Marc DUBOIS | E | Mme BRUN |\n"
             "| | Mme Lise GARNIER | P | Mme Claire MOREL | – | |\n\n"
             "P : présent – E : excusé – A : absent – « – » : suppléant non appelé à siéger\n")
    facts = read(tmp_path, "SIVOM DU VAL-BRUN\nCOMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL\ndu mardi 22 novembre 2005 à 20 h\n\n"
                           f"{table}\nLe Président ouvre la séance à 20 h 05.\n\n1. Budget\nAdopté à l'unanimité.\n")
    status = {(p.first("personne").first("rdfs:label"), s) for p in facts.of_class("Participation") for s in p.props["statut"]}
    assert status == {("Paul ROCHE", "présent"), ("Rose LYS", "remplacé"), ("Rose LYS", "excusé"), ("Anne BRUN", "présent"),
                      ("Luc PETIT", "excusé"), ("Marc DUBOIS", "excusé"), ("Lise GARNIER", "présent")}
    assert {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label")) for p in facts.of_class("Pouvoir")} == {("Luc PETIT", "Anne BRUN")}
    assert facts.of_class("Seance")[0].first("president").first("rdfs:label") == "Paul ROCHE"


def test_givers_written_prenom_nom_without_civility_share_one_holder(tmp_path: Path):
    text = ASSOCIATION + MINUTES + ("Procurations reçues : Rose LYS à Jean CARON ; Luc PETIT et Anne BRUN à Paul ROCHE "
                                    "(une chacun) ; Yves BLANC à Lise GARNIER." + ITEMS)
    _, _, given = seance_people(tmp_path, text)
    assert given == {("Rose LYS", "Jean CARON"), ("Luc PETIT", "Paul ROCHE"), ("Anne BRUN", "Paul ROCHE"), ("Yves BLANC", "Lise GARNIER")}


INSTALLATION = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DE LA SÉANCE D'INSTALLATION DU CONSEIL MUNICIPAL\nSamedi 21 mars 2026\n\n"
                "L'an deux mille vingt-six, le vingt et un mars à dix heures, s'est réuni le conseil municipal élu le 15 mars 2026.\n\n"
                "Conseillers municipaux élus : Paul ROCHE, Anne BRUN, Jean CARON, Rose LYS, Luc PETIT.\n\n"
                "Procurations : M. Luc PETIT, empêché, s'est fait représenter par Mme Anne BRUN (procuration écrite du 19 mars 2026, "
                "remise au président de séance). Mme Rose LYS, retenue jusqu'à 10 h 30, a confié son vote à M. Jean CARON jusqu'à son arrivée.\n\n"
                "1. Installation des conseillers municipaux\nM. Yves BLANC, maire sortant, ouvre la séance et déclare installés les conseillers. "
                "Il cède ensuite la présidence à la doyenne d'âge, Mme Rose LYS, et quitte la table du conseil.\n\n"
                "2. Élection du maire\nM. Paul ROCHE est proclamé maire.\n")


def test_the_eldest_given_the_chair_by_the_outgoing_maire_presides(tmp_path: Path):
    chair, _, _ = seance_people(tmp_path, INSTALLATION)
    assert chair == "Rose LYS"


def test_proxies_told_s_est_fait_representer_par_and_an_aside_saying_when_the_giver_comes(tmp_path: Path):
    facts = read(tmp_path, INSTALLATION)
    found = {(p.first("mandant").first("rdfs:label"), p.first("mandataire").first("rdfs:label"), p.first("depuisHeure"))
             for p in facts.of_class("Pouvoir")}
    assert found == {("Luc PETIT", "Anne BRUN", None), ("Rose LYS", "Jean CARON", None)}  # "retenue jusqu'à 10 h 30": no start


def test_the_chair_acting_by_office_is_the_member_whose_role_is_the_boards_chair(tmp_path: Path):
    text = ("SEM DU VAL-BRUN\nPROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION DU 28 NOVEMBRE 2013\n\n"
            "Les administrateurs se sont réunis au siège social le 28 novembre 2013 à dix heures.\n\nSont présents :\n"
            "- M. Paul ROCHE, Président du conseil d'administration, représentant la commune de Val-Brun\n"
            "- Mme Anne BRUN, M. Jean CARON\n\nSont représentés :\n"
            "- Mme Rose LYS, qui a donné mandat à M. Jean CARON de la\n  représenter et de voter en son nom\n\n"
            "Le Président constate que trois administrateurs sont présents et un représenté.\n\n"
            "PREMIÈRE DÉLIBÉRATION – Budget\nAdoptée à l'unanimité.\n\n"
            "Il a été dressé le présent procès-verbal, signé par le Président de séance et par un administrateur.\n")
    chair, _, given = seance_people(tmp_path, text)
    assert chair == "Paul ROCHE" and given == {("Rose LYS", "Jean CARON")}
