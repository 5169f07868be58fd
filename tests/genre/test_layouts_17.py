"""Forms met in the seventeenth blind set, read by general mechanisms: an office between a giver and
the holder in a list of proxies, a proxy to an office written "au 2ème adjoint", a convocation and
its proxy form read as no record, a label whose value is printed under it, minutes in Markdown with
their roll call in a table whose presence cells give a scoped vote delegation. Each on a small
invented text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from tests.genre.test_attendance_layouts_14 import proxies, read

COUNCIL = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\n\n"
           "Le Conseil municipal s'est réuni le mardi 4 mars 2025 à 18 h 30, sous la présidence de M. Paul ROCHE, Maire.\n\n"
           "Étaient présents : M. ROCHE Paul, Maire, Mme BRUN Anne, 1ère adjointe, M. CARON Jean, 2ème adjoint, Mme LYS Rose. "
           "Absents ayant donné pouvoir : {proxies}. Absents excusés : M. DUC Marc.\n\n1 - Budget\nAdopté à l'unanimité.\n")


def test_an_office_between_the_giver_and_the_holder_is_the_givers(tmp_path: Path):
    text = COUNCIL.format(proxies="M. PETIT Luc, Maire délégué, à Mme BRUN Anne ; Mme ROSE Lise à Mme LYS Rose")
    assert proxies(tmp_path, text).keys() == {("Luc PETIT", "Anne BRUN"), ("Lise ROSE", "Rose LYS")}


def test_a_proxy_to_a_ranked_office_goes_to_the_member_listed_with_it(tmp_path: Path):
    text = COUNCIL.format(proxies="M. MORIN Yves au 2ème adjoint ; Mme ROSE Lise à Mme LYS Rose")
    assert ("Yves MORIN", "Jean CARON") in proxies(tmp_path, text)


def test_a_convocation_with_a_filled_proxy_form_records_nothing(tmp_path: Path):
    text = ("AMIS DU MOULIN DE VAL-BRUN\nAssociation loi 1901\n\nCONVOCATION À L'ASSEMBLÉE GÉNÉRALE EXTRAORDINAIRE\n\n"
            "Chers adhérents, le conseil d'administration, réuni le 6 mars 2025, a décidé de vous convoquer en assemblée "
            "générale le samedi 5 avril 2025 à 10 h 30. L'assemblée générale du 15 mars 2024 avait approuvé à l'unanimité "
            "le principe de cette modification.\n\nLe président, Paul ROCHE\n\n"
            "POUVOIR\nJe soussignée Anne BRUN donne pouvoir à M. Jean CARON pour me représenter.\n"
            "Signature, précédée de la mention « Bon pour pouvoir »\n")
    result = read(tmp_path, text)
    assert not result.facts or not result.facts[0].of_class("Seance")


def test_a_date_printed_under_its_label_in_a_header_in_columns(tmp_path: Path):
    text = ("                              COMMUNE DE VAL-BRUN\n\n"
            "   Nombre de conseillers              Date de la convocation :\n"
            "     en exercice : 11                     25 février 1972\n\n"
            "            PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n\n"
            "                          Séance du 3 mars 1972\n\n"
            "L'an mil neuf cent soixante-douze, le trois mars, le Conseil Municipal s'est réuni sous la présidence "
            "de M. Paul ROCHE, Maire.\nPrésents : MM. ROCHE, CARON, PETIT.\n\n1 - Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert str(seance.first("dateConvocation")) == "1972-02-25"


MARKDOWN = """---
titre: "Compte rendu – Commission syndicale"
date: 2023-05-12
---

# Commission syndicale de la vallée de Val-Brun

## Réunion de la Commission syndicale — vendredi 12 mai 2023, 18 h 00

*Lieu : salle du conseil, mairie de Val-Brun — convocation du 2 mai 2023*

| Commune | Délégué | Présence |
|---|---|---|
| Val-Brun | Paul ROCHE | présent — **président** |
| Lys | Anne BRUN | présente |
| Caron | Luc PETIT | délégation de vote à A. BRUN pour les points 1 à 3 ; présent à partir du point 4 |
| Morin | Yves MORIN | excusé |

Délégués : 4 · présents : 2 · délégations : 1 · votants : 3

La séance est ouverte à 18 h 05 par le président, Paul ROCHE.

1. **Budget** — *unanimité*.

Clôture à 19 h 40.
"""


def test_minutes_in_markdown_are_read_as_their_rendered_words(tmp_path: Path):
    facts = read(tmp_path, MARKDOWN).facts[0]
    seance = facts.of_class("Seance")[0]
    assert seance.first("organe").first("nom") == "Commission syndicale"
    assert seance.first("organe").first("organisation").first("nom") == "Commission syndicale de la vallée de Val-Brun"
    assert (str(seance.first("date")), str(seance.first("fin"))[-8:], seance.first("lieu")) == ("2023-05-12", "19:40:00", "salle du conseil, mairie de Val-Brun")
    assert seance.first("president").first("rdfs:label") == "Paul ROCHE"
    assert (seance.first("nombreMembres"), seance.first("nombrePouvoirs")) == (4, 1)
    assert proxies(tmp_path, MARKDOWN) == {("Luc PETIT", "Anne BRUN"): {"depuisActe": "1", "jusquAActe": "3"}}


def test_a_seance_ended_by_a_pronoun(tmp_path: Path):
    text = ("RÉGION VAL-BRUN\nCOMMISSION PERMANENTE\nRéunion du vendredi 14 juin 2024\n\n"
            "La séance, ouverte à 10 h 00, s'est tenue sous la présidence de Mme Anne BRUN ; elle a été levée à 12 h 05.\n\n"
            "Présents : Mme Anne BRUN, M. Paul ROCHE.\n\n1 - Lycées\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert str(seance.first("fin")).endswith("12:05:00")
