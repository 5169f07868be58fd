"""The words of a proxy (`words` of `ingest/genre/fr/proxies.yaml`) are read the same way in a list of proxies, in a
sentence after a roll call's list and in a paragraph of its own; and the forms met around them, each on invented text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.genre.test_attendance_layouts_14 import proxies, read
from tests.genre.test_layouts_30 import _seance, _statuses

WORDS = yaml.safe_load((Path(__file__).parents[2] / "ingest" / "genre" / "fr" / "proxies.yaml").read_text(encoding="utf-8"))["words"]
COUNCIL = "COMMUNE DE VAL-BRUN\nCONSEIL MUNICIPAL"
PRESENT = "Présents : M. Paul ROCHE, Maire ; Mme Anne BRUN, M. Jean CARON, Mme Nina ROUX.\n\n"


def _contexts(sentence: str) -> dict[str, str]:
    """`sentence` as a list's item, as a sentence after an absent's list on its line, and as a paragraph of its own."""
    return {"list": PRESENT + "Pouvoirs :\n\t" + sentence + "\n\tM. Luc PETIT, excusé.",
            "after a list": PRESENT + "Absents : M. Luc PETIT. " + sentence + " Secrétaire de séance : Mme Nina ROUX.",
            "paragraph": PRESENT + "Absent excusé : M. Luc PETIT.\n\n" + sentence + "\n"}


def _read_everywhere(tmp_path: Path, sentence: str) -> dict[str, set]:
    return {where: set(proxies(tmp_path, _seance(COUNCIL, roll))) for where, roll in _contexts(sentence).items()}


@pytest.mark.parametrize("verb", WORDS["giving"])
def test_every_verb_of_giving_reads_in_a_list_a_sentence_and_a_paragraph(tmp_path: Path, verb: str):
    read_in = _read_everywhere(tmp_path, f"Mme Rose LYS a {verb} une procuration à M. Jean CARON.")
    assert read_in == dict.fromkeys(read_in, {("Rose LYS", "Jean CARON")})


@pytest.mark.parametrize("participle", WORDS["given"])
def test_every_participle_after_the_noun_reads_in_a_list_and_a_sentence(tmp_path: Path, participle: str):
    read_in = _read_everywhere(tmp_path, f"M. Yves MORIN, pouvoir {participle} à Mme Anne BRUN.")
    assert read_in["list"] == read_in["after a list"] == {("Yves MORIN", "Anne BRUN")}


@pytest.mark.parametrize("word", WORDS["holding"])
def test_every_word_of_holding_reads_the_holder_first_in_a_list_a_sentence_and_a_paragraph(tmp_path: Path, word: str):
    noun = "" if word in ("avec", "ayant", "a reçu", "ayant reçu", "reçu") else "du "  # "porteur du pouvoir", "avec pouvoir"
    read_in = _read_everywhere(tmp_path, f"M. Jean CARON, {word} {noun}pouvoir de Mme Rose LYS.")
    assert read_in == dict.fromkeys(read_in, {("Rose LYS", "Jean CARON")})


@pytest.mark.parametrize("sentence, proxy", [
    ("M. Jean CARON est porteur d'une procuration écrite de Mme Rose LYS.", ("Rose LYS", "Jean CARON")),
    ("Mme Anne BRUN, mandataire de M. Yves MORIN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS excusée a donné pouvoir à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN a confié le soin de voter en son nom à Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a donné délégation de pouvoir à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS a sollicité M. Jean CARON pour voter en son nom.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS (Val) a demandé à M. Jean CARON de voter pour elle.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS a donné procuration pour voter en son nom à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Paul ROCHE (Val) a fait savoir qu'il donnait pouvoir à M. Jean CARON.", ("Paul ROCHE", "Jean CARON")),
    ("M. Yves MORIN (Val) est représenté par M. Jean CARON (Val) en vertu d'un pouvoir.", ("Yves MORIN", "Jean CARON")),
    ("Mme Rose LYS (procuration à M. Jean CARON) ;", ("Rose LYS", "Jean CARON")),  # (a line of its own: read after the lists)
    ("Mme Rose LYS – Pouvoir à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, représentée par M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS a choisi M. Jean CARON pour la représenter.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN (Val) a désigné Mme Anne BRUN (Val) comme mandataire.", ("Yves MORIN", "Anne BRUN")),
    ("M. Yves MORIN absent a donné procuration à Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a été représentée par M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN se fait représenter par Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("M. Yves MORIN donne pouvoir au Maire.", ("Yves MORIN", "Paul ROCHE")),
    ("M. Yves MORIN a mandaté Mme Anne BRUN pour voter en son nom.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a donné mandat à M. Jean CARON de voter en son nom.", ("Rose LYS", "Jean CARON")),
    ("M. Hugo SALA a donné pouvoir de vote à Mme Anne BRUN.", ("Hugo SALA", "Anne BRUN")),
    ("M. Yves MORIN donne procuration et pouvoir de voter en son nom a Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("M. Yves MORIN (CC du Val) a habilite Mme Anne BRUN a voter en son nom.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS (Val-Brun) a délégué ses pouvoirs à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Hugo SALA a donné délégation de son droit de vote à M. le Maire.", ("Hugo SALA", "Paul ROCHE")),
    ("Mme Rose LYS a donné pouvoir de la représenter et de voter en son nom à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN (Val) donnant procuration à Mme Anne BRUN (Roche).", ("Yves MORIN", "Anne BRUN")),
])
def test_forms_around_the_words_read_everywhere(tmp_path: Path, sentence: str, proxy: tuple[str, str]):
    read_in = _read_everywhere(tmp_path, sentence)
    assert read_in == dict.fromkeys(read_in, {proxy})


@pytest.mark.parametrize("item, proxy", [
    ("Mme Rose LYS – pouvoir M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS (proc. à M. Jean CARON).", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, par procuration à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, absente, est représentée par M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, avec procuration à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN (CA du Val) – vote confié à Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a remis procuration à M. Jean CARON afin de voter en son nom.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS a confié à M. Jean CARON le soin de la représenter.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS a donné à M. Jean CARON pouvoir de la représenter.", ("Rose LYS", "Jean CARON")),
    ("M. Jean CARON représente Mme Rose LYS.", ("Rose LYS", "Jean CARON")),
    ("M. Jean CARON (Val) porte la voix de M. Yves MORIN (Roche).", ("Yves MORIN", "Jean CARON")),
    ("M. Jean CARON est mandaté par Mme Rose LYS.", ("Rose LYS", "Jean CARON")),
    ("M. Jean CARON dispose d'une procuration de Mme Rose LYS.", ("Rose LYS", "Jean CARON")),
    ("Pouvoir de Mme Rose LYS (commune de Val) pour M. Jean CARON (commune de Roche).", ("Rose LYS", "Jean CARON")),
    ("M. Jean CARON pour le compte de Mme Rose LYS.", ("Rose LYS", "Jean CARON")),
    ("Mme Anne BRUN au nom de M. Yves MORIN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a donné pouvoir à M. Jean CARON qui l'accepte.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, 7e Vice-présidente (pouvoir détenu par M. Jean CARON).", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS, excusée avec pouvoir à M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("M. Yves MORIN, procuration Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
    ("Mme Rose LYS a donné son pouvoir à son collègue M. Jean CARON.", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS (mandataire : M. Jean CARON).", ("Rose LYS", "Jean CARON")),
    ("Mme Rose LYS (Val-Brun), pouvoir porté par M. Jean CARON (Roche).", ("Rose LYS", "Jean CARON")),
    ("Procuration de M. Yves MORIN au bénéfice de Mme Anne BRUN.", ("Yves MORIN", "Anne BRUN")),
])
def test_a_holder_bare_labelled_carrying_or_benefiting_in_a_list(tmp_path: Path, item: str, proxy: tuple[str, str]):
    assert _read_everywhere(tmp_path, item)["list"] == {proxy}


@pytest.mark.parametrize("item", ["Mme Lise NOËL (pouvoir : M. Jean CARON).", "Mme Lise NOËL, excusée (pouvoir à M. Jean CARON).",
                                  "Mme Lise NOËL a délégué à M. Jean CARON son droit de vote.",
                                  "Mme Lise NOËL a remis à M. Jean CARON une procuration écrite.",
                                  "Mme Lise NOËL a remis son pouvoir entre les mains de M. Jean CARON."])
def test_a_proxy_in_a_bracket_or_its_holder_before_its_noun(tmp_path: Path, item: str):
    read_in = _read_everywhere(tmp_path, item)
    assert read_in["list"] == read_in["after a list"] == {("Lise NOËL", "Jean CARON")}


def test_a_council_delegating_its_powers_to_the_mayor_is_no_proxy(tmp_path: Path):
    text = _seance(COUNCIL, PRESENT + "Le Conseil municipal délègue ses pouvoirs au Maire pour la durée du mandat.")
    assert proxies(tmp_path, text) == {}


def test_a_list_ends_before_a_member_s_sentence_and_its_last_name_is_kept(tmp_path: Path):
    roll = PRESENT + "Absents : M. Luc PETIT. M. Yves MORIN, doyen, est désigné secrétaire de séance."
    statuses = _statuses(tmp_path, _seance(COUNCIL, roll))
    assert statuses.get("Luc PETIT") == "absent" and "Yves MORIN" not in statuses
    facts = read(tmp_path, _seance(COUNCIL, roll)).facts[0]
    assert facts.of_class("Seance")[0].first("secretaire").first("rdfs:label") == "Yves MORIN"


def test_a_proxy_told_by_its_noun_with_the_giver_s_commune_and_office_before_its_participle(tmp_path: Path):
    roll = PRESENT + ("Pouvoirs : pouvoir de M. Yves MORIN (Val-Brun), 5e Vice-président, remis à Mme Anne BRUN (Roche) ; "
                      "pouvoir de Mme Rose LYS (Lys), conseillère déléguée, remis à M. le Maire.")
    assert set(proxies(tmp_path, _seance(COUNCIL, roll))) == {("Yves MORIN", "Anne BRUN"), ("Rose LYS", "Paul ROCHE")}
