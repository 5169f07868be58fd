"""Lists in prose and one item a line, with the items' exact offsets."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicgraph.text import split_list, split_list_spans
from civicgraph.text.lists import DANGLING, DANGLING_WIDTH, NUMBER_BELOW, dangles
from civicgraph.text.literals import solid_width


@pytest.mark.parametrize(
    "text, items",
    [
        ("A, B et C", ["A", "B", "C"]),
        ("A, B, et C.", ["A", "B", "C"]),
        ("Jean-Pierre GIORGI - Samia CHENNOUF-TERRASSE - Nicolas Rio", ["Jean-Pierre GIORGI", "Samia CHENNOUF-TERRASSE", "Nicolas Rio"]),
        ("Nicolas Rio – Anne-Laure Stanislas", ["Nicolas Rio", "Anne-Laure Stanislas"]),
        ("A; B;", ["A", "B"]),
        ("A\nB\n\nC", ["A", "B", "C"]),
        ("- un\n- deux\n- trois.", ["un", "deux", "trois"]),
        ("- un.\n- deux.", ["un.", "deux"]),  # only the list's final full stop goes
        ("• un\n• deux", ["un", "deux"]),
        ("* un\n* deux", ["un", "deux"]),
        ("Marie Curie et Pierre Curie.", ["Marie Curie", "Pierre Curie"]),
        (
            "Jean-Damien Colombeau (Ville de Clermont-Ferrand – Anne-Laure Stanislas étant excusée), Julien Defait (Pratico Pratique)",
            ["Jean-Damien Colombeau (Ville de Clermont-Ferrand – Anne-Laure Stanislas étant excusée)", "Julien Defait (Pratico Pratique)"],
        ),
        (" ,, ;\n", []),
        ("", []),
    ],
)
def test_split_list(text, items):
    assert split_list(text) == items


def test_spans_are_offsets_into_the_original_text():
    text = "Présents : Nicolas RIO, Anne-Laure STANISLAS et Julien Defait."
    start = text.index(":") + 2
    spans = split_list_spans(text[start:], offset=start)
    assert spans == [("Nicolas RIO", 11, 22), ("Anne-Laure STANISLAS", 24, 44), ("Julien Defait", 48, 61)]
    assert all(text[s:e] == item for item, s, e in spans)


ACT_NUMBER = re.compile(r"[A-Z]{0,5}\d+[-/_.]\d")
# Items are words of letters and digits joined by single spaces or hyphens: no separator inside, and no
# word a list reads as going on over a line end ("… a⏎donné", "… de⏎Val-Brun", "…⏎à M. Y": `DANGLING`, `NUMBER_BELOW`).
word = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèÉÈçÇ0123456789'", min_size=1, max_size=8).filter(
    lambda w: w != "et" and not DANGLING.search(" " + w) and not NUMBER_BELOW.match(w + " "))
item = st.lists(word, min_size=1, max_size=3).flatmap(lambda ws: st.sampled_from([" ", "-"]).map(lambda j: j.join(ws))).filter(
    lambda it: not ACT_NUMBER.match(it))  # "2026-031 et 2026-032": a scope's act numbers, which "et" does not part (`SEPARATOR`)


@given(st.lists(item, min_size=1, max_size=6), st.sampled_from([", ", " - ", " – ", "; ", "\n", ",\n"]), st.booleans())
def test_joined_items_split_back(items, separator, french_last):
    text = separator.join(items[:-1])
    if len(items) > 1:
        text += " et " if french_last else separator
    text += items[-1] + "."
    assert split_list(text) == items


@given(st.lists(item, min_size=1, max_size=6), st.sampled_from(["- ", "• ", "* "]))
def test_bullet_lines_split_back(items, bullet):
    assert split_list("\n".join(bullet + i for i in items)) == items


@given(st.lists(st.sampled_from([*"ab -–,;()[]\n.•*", " et "])).map("".join), st.integers(0, 1000))
def test_spans_always_quote_the_text(text, offset):
    spans = split_list_spans(text, offset)
    assert all(text[s - offset : e - offset] == i and i == i.strip() and i for i, s, e in spans)
    ends = [offset] + [e for _, _, e in spans]
    assert all(end <= s for end, (_, s, _) in zip(ends, spans))
    assert [i for i, _, _ in spans] == split_list(text)


# --- roll calls (GENRE.md §2.3; texts from the shared cases) -----------------------------------

from civicgraph.text import FAMILY_FIRST, parse_person_name  # noqa: E402
from civicgraph.text.lists import roll_call  # noqa: E402


def rows(text, offset=0):
    items = roll_call(text, offset)
    for item in items:
        for piece in (item.name, *item.annotations, *([item.label] if item.label else [])):
            assert text[piece.start - offset : piece.end - offset] == piece.text
    return [(i.name.text, i.civility, [a.text for a in i.annotations], i.label.text if i.label else None) for i in items]


def test_civilities_start_items_without_a_comma():
    assert rows("M. CAUSSE Henri Mme ROUQUETTE Élise donne pouvoir à Mme LACOMBE Mireille") == [
        ("M. CAUSSE Henri", "M.", [], None),
        ("Mme ROUQUETTE Élise", "Mme", ["donne pouvoir à Mme LACOMBE Mireille"], None),
    ]


def test_group_civilities_and_spaced_hyphens_inside_names():
    text = (
        "Mmes GUILLOUX Martine remplacée par sa suppléante TATTEVIN Anne, LE DORZE - JÉGO Marie - Annick, "
        "PENVERN Solène, MM. BOCHER Alain, CADORET Jean - Yves, DANIEL Frédéri c, PANHELEUX S téphane, QUÉLO Bernard."
    )
    assert rows(text) == [
        ("Mmes GUILLOUX Martine", "Mmes", ["remplacée par sa suppléante TATTEVIN Anne"], None),
        ("LE DORZE - JÉGO Marie - Annick", "Mmes", [], None),
        ("PENVERN Solène", "Mmes", [], None),
        ("MM. BOCHER Alain", "MM.", [], None),
        ("CADORET Jean - Yves", "MM.", [], None),
        ("DANIEL Frédéri c", "MM.", [], None),
        ("PANHELEUX S téphane", "MM.", [], None),
        ("QUÉLO Bernard", "MM.", [], None),
    ]
    labels = [parse_person_name(name).label for name, *_ in rows(text)]
    assert labels[1] == "Marie-Annick LE DORZE-JÉGO" and labels[5] == "Frédéric DANIEL" and labels[6] == "Stéphane PANHELEUX"


def test_bracketed_annotations_and_initials():
    text = "CAMOIN R. (pouvoir à S. CAMATTE), BRES L., TRUC JF., GARNERO P. (pouvoir à A. DALMASSO), LONG E. (pouvoir à R. GASTAUD),"
    assert rows(text) == [
        ("CAMOIN R.", "", ["pouvoir à S. CAMATTE"], None),
        ("BRES L.", "", [], None),
        ("TRUC JF.", "", [], None),
        ("GARNERO P.", "", ["pouvoir à A. DALMASSO"], None),
        ("LONG E.", "", ["pouvoir à R. GASTAUD"], None),
    ]


def test_a_heading_civility_and_a_missing_comma_between_initialled_names():
    assert [r[:2] for r in rows("Mesdames et Messieurs : SICARD B., LAUGIER JM., CASTELLAN T. BARBERO M.")] == [
        ("SICARD B.", "Mesdames et Messieurs"), ("LAUGIER JM.", "Mesdames et Messieurs"),
        ("CASTELLAN T.", "Mesdames et Messieurs"), ("BARBERO M.", "Mesdames et Messieurs"),
    ]


def test_partial_presence_and_excused_notes():
    assert rows("Mme MOLINIÉ Sandrine (à partir du point 3), M. SERIEYS Alain (jusqu’au point 5), Mme TEULIER Nathalie,\nM. VERNHET Julien.") == [
        ("Mme MOLINIÉ Sandrine", "Mme", ["à partir du point 3"], None),
        ("M. SERIEYS Alain", "M.", ["jusqu’au point 5"], None),
        ("Mme TEULIER Nathalie", "Mme", [], None),
        ("M. VERNHET Julien", "M.", [], None),
    ]
    assert rows("M. Sébastien LAFFORGUE (pouvoir à Mme Odile CASTÉRAN), Mme Muriel DUFFAU (excusée).")[1] == ("Mme Muriel DUFFAU", "Mme", ["excusée"], None)


def test_commune_labels_glued_to_names():
    text = (
        "Corbel : M. Vial Régis Entre-deux-Guiers : Mme Perrier Agnès ; M. Tardy Lucien\n"
        "Entremont-le-Vieux : M. Cochet Fabrice Les Échelles : Mme Guillermin Odile ; M. Bonnard Gilles\n"
        "Miribel-les-Échelles : M. Rey-Giraud Alain ; Mme Brun Maryse, suppléante de M. Chabert Denis\n"
        "Saint-Christophe-sur-Guiers : Saint-Joseph-de-Rivière : M. Gros Jean-Marc ; Mme Pellet Céline\n"
        "Saint-Laurent-du-Pont : M. Pascal Hugo ;\nM. Cartier-Millon Bruno Saint-Pierre-de-Chartreuse : M. Achard Michel"
    )
    assert [(name, label) for name, _, _, label in rows(text, 120)] == [
        ("M. Vial Régis", "Corbel"), ("Mme Perrier Agnès", "Entre-deux-Guiers"), ("M. Tardy Lucien", "Entre-deux-Guiers"),
        ("M. Cochet Fabrice", "Entremont-le-Vieux"), ("Mme Guillermin Odile", "Les Échelles"), ("M. Bonnard Gilles", "Les Échelles"),
        ("M. Rey-Giraud Alain", "Miribel-les-Échelles"), ("Mme Brun Maryse", "Miribel-les-Échelles"),
        # Saint-Christophe-sur-Guiers has nobody after it
        ("M. Gros Jean-Marc", "Saint-Joseph-de-Rivière"), ("Mme Pellet Céline", "Saint-Joseph-de-Rivière"),
        ("M. Pascal Hugo", "Saint-Laurent-du-Pont"), ("M. Cartier-Millon Bruno", "Saint-Laurent-du-Pont"),
        ("M. Achard Michel", "Saint-Pierre-de-Chartreuse"),
    ]
    assert rows(text)[7][2] == ["suppléante de M. Chabert Denis"]
    items = roll_call(text)
    hugo = parse_person_name(items[10].name.text, FAMILY_FIRST)
    assert hugo.label == "Hugo PASCAL"


def test_names_glued_without_separator_are_cut_where_the_case_changes():
    assert [r[0] for r in rows("Amélie PRUNIER (jusqu’à 19h40) Thibault LECOQ Sarah BENHAMOU Nicolas FLAMBARD")] == [
        "Amélie PRUNIER", "Thibault LECOQ", "Sarah BENHAMOU", "Nicolas FLAMBARD"
    ]
    assert [r[0] for r in rows("CAYLA Jean-Pierre ALAUX Brigitte")] == ["CAYLA Jean-Pierre", "ALAUX Brigitte"]
    assert [r[0] for r in rows("S. CAMATTE R. GASTAUD, A. DALMASSO")] == ["S. CAMATTE", "R. GASTAUD", "A. DALMASSO"]


def test_surnames_under_group_civilities_and_proxy_tails():
    assert [r[:2] for r in rows("MM. MOUGIN, VOIRIN ; Mmes GRANDJEAN, THIÉBAUT")] == [
        ("MM. MOUGIN", "MM."), ("VOIRIN", "MM."), ("Mmes GRANDJEAN", "Mmes"), ("THIÉBAUT", "Mmes")
    ]
    assert rows("Hélène CROUZET à Sylvie AUBANEL, Damien C0STE à Marc BONNAUD") == [
        ("Hélène CROUZET", "", ["à Sylvie AUBANEL"], None), ("Damien C0STE", "", ["à Marc BONNAUD"], None)
    ]


def test_a_list_without_commas_is_still_split_by_dashes_and_et():
    assert [r[0] for r in rows("Jean-Pierre GIORGI - Samia CHENNOUF-TERRASSE - Nicolas Rio et M. Julien DEFAIT")] == [
        "Jean-Pierre GIORGI", "Samia CHENNOUF-TERRASSE", "Nicolas Rio", "M. Julien DEFAIT"
    ]


def test_a_label_alone_and_a_civility_alone_yield_nobody():
    assert rows("Saint-Christophe-sur-Guiers :") == []
    assert rows("Mesdames et Messieurs :") == []
    assert rows("") == []


ROLL_WORDS = st.sampled_from([*"ab -–,;:()[]\n.•*", " et ", "M. ", "Mme ", "MM. ", "DURAND", "Jean", "Corbel", " : ", "B.", "c", "Frédéri", "0", "Mesdames et Messieurs"])


@given(st.one_of(st.text(), st.lists(ROLL_WORDS).map("".join)), st.integers(0, 1000))
@settings(deadline=None)  # the first call reads the given-name list (~0.3 s)
def test_roll_call_pieces_always_quote_the_text(text, offset):
    for item in roll_call(text, offset):
        for piece in (item.name, *item.annotations, *([item.label] if item.label else [])):
            assert text[piece.start - offset : piece.end - offset] == piece.text
            assert piece.text and 0 <= piece.start - offset < piece.end - offset <= len(text)


def test_spaced_hyphens_inside_names_of_a_comma_list():
    text = "Mme RIO - LE GOFF Catherine, MM. GUÉHO Patrick, CADORET Jean - Yves et NIZAN Y ves."
    assert split_list(text) == ["Mme RIO - LE GOFF Catherine", "MM. GUÉHO Patrick", "CADORET Jean - Yves", "NIZAN Y ves"]
    assert split_list("Nicolas Rio - Anne-Laure Stanislas – Julien Defait") == ["Nicolas Rio", "Anne-Laure Stanislas", "Julien Defait"]
    assert split_list("- Le Code ;\n- La loi n° 2015-991 du 7 août 2015.\n- La délibération") == ["Le Code", "La loi n° 2015-991 du 7 août 2015.", "La délibération"]


def test_a_lost_comma_between_two_initialled_names_is_restored():
    items = split_list("SICARD B., AUDIBERT F., SERRA C., CASTELLAN T. BARBERO M.")
    assert items == ["SICARD B.", "AUDIBERT F.", "SERRA C.", "CASTELLAN T.", "BARBERO M"]
    assert split_list("Vu le rapport, DUPONT J. MARTIN P.") == ["Vu le rapport", "DUPONT J. MARTIN P"]  # not a list of "NOM I."


def test_a_name_cut_by_a_line_end_stays_one_item_a_heading_on_the_next_line_does_not():
    text = "M. Thierry DUPOUY, 2e Vice-président ; M. Francis\nDARRIGADE, 4e Vice-président ; M. VERDIER\nDidier (Luzech)\nM. Paul ROCHE\nConseillers régionaux : M. AUBINEAU"
    assert [item for item, _, _ in split_list_spans(text)] == [
        "M. Thierry DUPOUY", "2e Vice-président", "M. Francis\nDARRIGADE", "4e Vice-président", "M. VERDIER\nDidier (Luzech)",
        "M. Paul ROCHE", "Conseillers régionaux : M. AUBINEAU"]


def test_a_given_name_alone_at_a_lines_end_wraps_onto_the_family_name_below():
    raw = "Luc PETIT (pouvoir à Anne BRUN), Rose      \nLYS (pouvoir à Paul ROCHE), Jean CARON"
    assert [item for item, _, _ in split_list_spans(raw)] == ["Luc PETIT (pouvoir à Anne BRUN)", "Rose      \nLYS (pouvoir à Paul ROCHE)", "Jean CARON"]
    assert [item for item, _, _ in split_list_spans("Rouge, Vert\nBLEU")] == ["Rouge", "Vert", "BLEU"]  # not a given name


# Pieces that make DANGLING match or almost: its words, a civility over white space, a hyphen after a letter.
DANGLING_PIECES = st.sampled_from(["par", "à", "de", "la", "remplacement", "suppléante", "Madame", "veuve", "Mesdames",
                                   "et", "Messieurs", "M.", "MM.", "-", "➡\ufe0f", "->", "X", "é", "1", ".", "(", " ", "  ",
                                   "\t", "\n", "          ", "\n\n"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(DANGLING_PIECES, max_size=30), st.integers(0, 400), st.integers(0, 400))
def test_dangles_is_what_dangling_finds_in_the_slice(pieces, start, end):
    text = "".join(pieces)
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert dangles(text, start, end) == bool(DANGLING.search(text[start:end]))


def test_a_dangling_match_holds_a_bounded_number_of_characters_other_than_white_space():
    assert DANGLING_WIDTH == len("MesdamesetMessieurs" + "J.-F.-X.")  # its longest civility and initials, the white space inside not counted
    assert solid_width(re.compile(r"\s+ab[ \t]*c$")) == 3 and solid_width(re.compile(r"a{2,3}(?<=x)")) == 3
    assert solid_width(re.compile(r"a+")) is None and solid_width(re.compile(r"(a)\1")) is None
