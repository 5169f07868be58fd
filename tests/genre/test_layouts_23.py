"""Forms met in the twenty-seventh blind set (cases 310–319), read by general mechanisms: a roll call
or a table of proxies that a page break cuts (its footer, the form feed and the running header
between two rows); a table's header row repeated overleaf is no running header; a numbered roll's
next number is no count; a proxy given on leaving as a noun ("; pouvoir remis à M. Y") or with
"remet son pouvoir à"; a proxy passed on to another holder ("celui de M. X est remis à M. Z"); a
holder followed by when the proxy was given ("à M. Y en début de séance"). Each on a small invented
text, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from civicgraph.genre.furniture import blank
from tests.genre.test_attendance_layouts_14 import proxies, read

HEADER = "                                        Commune de Val-Brun – PV du 8 décembre 2022\n"
FOOTER = "   Val-Brun – Conseil municipal du 08/12/2022                                      {page}/2\n"
OPENING = (HEADER + "\n   COMMUNE DE VAL-BRUN\n\n   PROCÈS-VERBAL DU CONSEIL MUNICIPAL\n   Séance du 8 décembre 2022\n\n"
           "   Le conseil municipal s'est réuni sous la présidence de M. Paul ROCHE, maire.\n\n")
ITEMS = "\n   1. Budget\n   Adopté à l'unanimité.\n\n   2. Travaux\n   Adopté à l'unanimité.\n\n" + FOOTER.format(page=2)
PAGE_BREAK = "\n\n" + FOOTER.format(page=1) + "\f" + HEADER + "\n"


def test_a_numbered_roll_call_goes_on_over_a_page_break(tmp_path: Path):
    text = OPENING + ("   Il est procédé à l'appel nominal :\n\n"
                      "     1. M. Paul ROCHE, Maire ..................... présent\n"
                      "     2. Mme Rose LYS ............................. représentée par M. Paul ROCHE (pouvoir)\n"
                      "     3. M. Jean CARON ............................ présent" + PAGE_BREAK +
                      "     4. Mme Anne BRUN ............................ présente\n"
                      "     5. M. Yves MORIN ............................ représenté par Mme Anne BRUN (pouvoir)\n"
                      "     6. M. Luc PETIT ............................. absent\n"
                      "     7. Mme Lise NOËL ............................ présente\n") + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("nombreAbsents") is None  # "absent⏎7. Mme …": the next number is no count


def test_a_drawn_table_of_proxies_goes_on_over_a_page_break(tmp_path: Path):
    rule = "   |-----------------------------|-----------------------------|\n"
    text = OPENING + ("   Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n\n"
                      "   ÉTAIENT REPRÉSENTÉS :\n" + rule +
                      "   | Mandant                     | Mandataire                  |\n" + rule +
                      "   | Mme Rose LYS                | M. Paul ROCHE               |" + PAGE_BREAK +
                      "   | M. Yves MORIN               | Mme Anne BRUN               |\n" + rule) + ITEMS
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Paul ROCHE"), ("Yves MORIN", "Anne BRUN")}


def test_a_running_header_is_blanked_but_a_table_header_repeated_overleaf_is_not():
    columns = "Nom Prénom          Présence     Procuration à\n"
    text = (HEADER + "\nCOMMUNE DE VAL-BRUN\n\nRésultat du vote\n\n" + columns + "ROCHE Paul          Présent\n"
            + PAGE_BREAK + columns + "LYS Rose            Représentée  ROCHE Paul\n")
    seen = blank(text)
    assert seen.count("Commune de Val-Brun – PV") == 1  # the running header overleaf blanked
    assert seen.count("Procuration à") == 2  # the table's header row kept on both pages


def test_a_proxy_given_on_leaving_as_a_noun_or_with_remet(tmp_path: Path):
    text = OPENING + ("   Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT, Mme Rose LYS.\n\n"
                      "   1. Budget\n   Adopté à l'unanimité.\n\n"
                      "   À 20 h 40, M. Luc PETIT quitte la séance ; pouvoir remis à Mme Anne BRUN.\n\n"
                      "   2. Travaux\n   Adopté à l'unanimité.\n\n"
                      "   À 21 h 05, Mme Rose LYS quitte la séance et remet son pouvoir à M. Jean\n   CARON.\n\n"
                      "   3. Voirie\n   Adopté à l'unanimité.\n")
    read_ = proxies(tmp_path, text)
    assert set(read_) == {("Luc PETIT", "Anne BRUN"), ("Rose LYS", "Jean CARON")}
    assert read_[("Luc PETIT", "Anne BRUN")]["depuisHeure"] == "20:40:00"


def test_a_proxy_passed_on_to_another_holder_keeps_its_scope(tmp_path: Path):
    text = OPENING + ("   Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT.\n"
                      "   Pouvoirs : Mme Rose LYS à Mme Anne BRUN.\n\n"
                      "   1. Budget\n   Adopté à l'unanimité.\n\n"
                      "   À 20 h 40, M. Luc PETIT quitte la séance ; pouvoir remis à Mme Anne BRUN.\n"
                      "   Mme BRUN détenant déjà un pouvoir, celui de M. PETIT est remis à M. Jean CARON.\n\n"
                      "   2. Travaux\n   Adopté à l'unanimité.\n")
    read_ = proxies(tmp_path, text)
    assert set(read_) == {("Rose LYS", "Anne BRUN"), ("Luc PETIT", "Jean CARON")}
    assert read_[("Luc PETIT", "Jean CARON")]["depuisHeure"] == "20:40:00"


def test_a_refused_proxy_is_not_passed_on(tmp_path: Path):
    text = OPENING + ("   Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n"
                      "   Le pouvoir de M. Luc PETIT n'a pas été retenu.\n" + ITEMS)
    assert proxies(tmp_path, text) == {}


def test_a_holder_then_when_the_proxy_was_given(tmp_path: Path):
    text = OPENING + ("   Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n"
                      "   Absente : Mme Rose LYS.\n"
                      "   Mme Rose LYS a remis un pouvoir à M. Jean CARON en début de séance, pour le temps de son absence.\n" + ITEMS)
    assert set(proxies(tmp_path, text)) == {("Rose LYS", "Jean CARON")}
