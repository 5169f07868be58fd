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


def test_a_commission_permanente_under_its_councils_letterhead_is_the_organ_that_meets():
    raw = "DÉPARTEMENT DU VAL-BRUN\nCONSEIL GÉNÉRAL\n\nCOMMISSION PERMANENTE\nRéunion du lundi 8 février 2010\n"
    assert (organ(Text(raw)).name, _author(raw).kind) == ("Commission permanente", "Departement")
    extract = "CONSEIL GÉNÉRAL\n             EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n             DE LA COMMISSION PERMANENTE\n"
    assert organ(Text(extract)).name == "Commission permanente"


def test_a_bureau_named_inside_a_councils_sentence_is_not_the_organ_that_meets():
    raw = ("CONSEIL MUNICIPAL DE VAL-BRUN\nSéance du 3 mars 2025\n"
           "Le conseil, sous la présidence de M. Paul ROCHE, désigne les membres du bureau de vote.\n")
    assert organ(Text(raw)).name == "Conseil municipal"


def test_the_organs_of_a_commune_and_of_a_single_collectivite_keep_their_names():
    arrondissement = "VILLE DE VAL-BRUN\nMAIRIE DU 4ème ARRONDISSEMENT\nPROCÈS-VERBAL DE LA SÉANCE\nDU CONSEIL DU 4ème ARRONDISSEMENT\n"
    assert (organ(Text(arrondissement)).name, _author(arrondissement).kind) == ("Conseil d'arrondissement", "Commune")
    single = "COLLECTIVITÉ TERRITORIALE DE MARTINIQUE\nASSEMBLÉE DE MARTINIQUE\nSéance plénière\n"
    assert (organ(Text(single)).name, _author(single).name) == ("Assemblée de Martinique", "Collectivité Territoriale de Martinique")


def test_a_councils_name_ending_its_line_takes_no_name_from_the_next_lines_margin():
    raw = ("REPUBLIQUE FRANCAISE\n                                        EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
           "DEPARTEMENT                                   DU CONSEIL MUNICIPAL\n"
           "de la HAUTE-LOIRE                        DE LA COMMUNE DE VAL-BRUN\n")
    assert _author(raw).name == "Commune de Val-Brun"
