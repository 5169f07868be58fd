"""Who speaks: the body named by a heading, however the heading is broken, or, for an association
that no heading names, where its minutes speak of it."""

from __future__ import annotations

from civicgraph.genre.author import author, organ, self_described
from civicgraph.genre.cues import Text


def _author(raw: str):
    text = Text(raw)
    return author(text, organ(text))


def test_a_heading_wrapped_after_the_body_kind_names_the_body():
    raw = ("CENTRE COMMUNAL D'ACTION SOCIALE\nDE VALBRUNE-SUR-LOIRE\n        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
           "        DU CONSEIL D'ADMINISTRATION\n\nPrésents : Mme Rose LYS (association Les Amis du Moulin).\n")
    found = _author(raw)
    assert (found.name, found.kind) == ("Centre Communal d'Action Sociale de Valbrune-sur-Loire", "CentreActionSociale")


def test_an_association_named_only_where_its_minutes_speak_of_it():
    raw = ("COMPTE-RENDU DE L'ASSEMBLÉE GÉNÉRALE DU 9 MARS 2024\n\nRapport moral\n\n"
           "2014 - 2024. Les Amis du Moulin a dix ans. L'association a tenu deux expositions.\n")
    found = self_described(Text(raw))
    assert (found.name, found.kind) == ("Les Amis du Moulin", "Association")
    assert raw[found.span.start:found.span.end] == "Les Amis du Moulin"


def test_a_person_or_a_common_noun_is_no_association():
    assert self_described(Text("Mme Rose Valbrune a cinq ans de mandat.\nLe projet a cinq ans.\n")) is None
