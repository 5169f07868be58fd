"""A web page's own date ("Publié le", "Mis en ligne le" under its breadcrumb) dates the page: it is the
acts' online publication when they print no publication date of their own, beside any display at the
town hall (`publicity.yaml` page_header)."""

from __future__ import annotations

from datetime import date

import pytest

from civicgraph.genre.cues import Text
from civicgraph.genre.publicity import publicity_dates

HEADER = "Aller au contenu\nVal-Brun\nMenu\nAccueil > Ma ville > Conseil municipal > Comptes rendus\nCompte rendu du conseil municipal du 3 février 2026\n{stamp}\nTélécharger le compte rendu (PDF, 210 Ko)\n\n"
BODY = "COMMUNE DE VAL-BRUN\nSéance du 3 février 2026\nLe conseil approuve.\n{closing}"
SEANCE = date(2026, 2, 3)


def dates(text: str) -> dict[str, date]:
    return {prop: day for prop, (day, _) in publicity_dates(Text(text), SEANCE).items()}


def test_a_display_at_the_town_hall_and_the_pages_date_are_two_facts():
    text = HEADER.format(stamp="Publié le 9 février 2026") + BODY.format(closing="Affiché en mairie le 5 février 2026.")
    assert dates(text) == {"dateAffichage": date(2026, 2, 5), "datePublication": date(2026, 2, 9)}


def test_the_pages_date_stands_when_the_act_prints_none():
    text = HEADER.format(stamp="Publié le 9 février 2026") + BODY.format(closing="Le Maire, Paul ROCHE")
    assert dates(text) == {"datePublication": date(2026, 2, 9)}


def test_a_page_collapsed_on_one_line():
    text = (HEADER.format(stamp="Mis en ligne le 9 février 2026") + BODY.format(closing="Affiché au siège le 5 février 2026.")).replace("\n", " ")
    assert dates(text) == {"dateAffichage": date(2026, 2, 5), "datePublication": date(2026, 2, 9)}


def test_an_acts_own_stamp_is_its_publication():
    text = BODY.format(closing="Transmis au représentant de l'État le 6 février 2026. Publié le 7 février 2026.")
    assert dates(text) == {"dateTransmission": date(2026, 2, 6), "datePublication": date(2026, 2, 7)}


def test_the_acts_publication_after_the_pages_date_is_kept():
    text = HEADER.format(stamp="Publié le 9 février 2026") + BODY.format(closing="Publié le 7 février 2026.")
    assert dates(text) == {"datePublication": date(2026, 2, 7)}


@pytest.mark.parametrize("closing,wanted", [
    ("Procès-verbal arrêté et publié sur le site internet de la commune le 9 février 2026.", {"datePublication": date(2026, 2, 9)}),
    ("Publiée au recueil des actes administratifs le 9 février 2026.", {"datePublication": date(2026, 2, 9)}),
    ("Transmis en préfecture du Val-Brun le 6 février 2026.", {"dateTransmission": date(2026, 2, 6)}),
    ("Transmis à la sous-préfecture de Roche le 6 février 2026.", {"dateTransmission": date(2026, 2, 6)}),
    ("Le compte rendu sera publié dans le bulletin municipal le plus proche.", {}),
])
def test_where_an_act_was_published_or_sent_before_its_date(closing: str, wanted: dict):
    assert dates(BODY.format(closing=closing)) == wanted
