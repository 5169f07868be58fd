"""Roll calls, proxies and OCR left over from the blind sets of cases 340–359 and met in the thirty-second
to thirty-fourth (360–389), read by general mechanisms, each on a small invented text."""

from __future__ import annotations

from pathlib import Path

from civicgraph.text.names import GIVEN_FIRST, INITIALS_FIRST, list_order, parse_person_name
from tests.genre.test_attendance_layouts_14 import proxies, read


def test_a_list_written_with_initials_reads_its_m_as_an_initial_not_monsieur():
    initialled = ["P. ROCHE", "A. BRUN", "M. CARON", "J-L. PETIT", "R. LYS"]
    assert list_order(initialled) == INITIALS_FIRST
    name = parse_person_name("M. CARON", INITIALS_FIRST, surname_only=True)
    assert (name.initials, name.family, name.civility) == ("M", "CARON", "")
    # a list that writes "Mme" writes civilities: its "M." is Monsieur
    assert list_order(["M. CARON", "Mme BRUN", "P. ROCHE", "J. PETIT", "R. LYS"]) == GIVEN_FIRST
    assert list_order(["M. CARON", "P. ROCHE", "Anne BRUN", "Luc PETIT"]) == GIVEN_FIRST  # two initials could be chance


def test_proxies_among_initials_keep_the_holder_s_initial_m(tmp_path: Path):
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL-BRUN\nCONSEIL COMMUNAUTAIRE\nSéance du 12 mars 2024\n\n"
            "PRESENTS\nP. ROCHE, A. BRUN, M. CARON, L. PETIT, Y. MORIN, M. NOËL.\n\n"
            "ABSENTS EXCUSES AYANT DONNE POUVOIR\nR. LYS (Pouvoir à M. CARON),\nJ. DURAND (Pouvoir à M. NOËL).\n\n"
            "1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("R. LYS", "M. CARON"), ("J. DURAND", "M. NOËL")}


def test_articles_misread_by_ocr_are_put_right_where_they_stand_before_a_word():
    from civicgraph.genre.cues import cues, repair_ocr
    spec = cues("ocr")["misread_words"]
    for example in spec["examples"]:
        assert repair_ocr(example) != example and len(repair_ocr(example)) == len(example), example
    for example in spec["counter_examples"]:
        assert repair_ocr(example) == example, example


def test_the_president_under_an_ocr_article(tmp_path: Path):
    text = ("SYNDICAT DES EAUX DU VAL-BRUN\nCOMPTE RENDU DU COMITE SYNDICAL\n\nLe douze octobre deux mille vingt-trois, le Comité "
            "syndical s'est réuni à la mairie, sous 1a presidence de Monsieur ROCHE Paul, President.\n"
            "Présents : ROCHE Paul, BRUN Anne, CARON Jean.\nMonsieur Ie President ouvre la seance.\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert seance.first("president").first("rdfs:label") == "Paul ROCHE"


def test_a_month_with_ocr_s_rn_for_m_is_a_month():
    from civicgraph.text.dates import find_dates
    assert [f.value.isoformat() for f in find_dates("Séance du mercredi 5 rnars 2025 ; le 3 novernbre 2020")] == ["2025-03-05", "2020-11-03"]


def test_figures_ocr_printed_as_letters_are_read_as_numbers_where_they_stand_alone(tmp_path: Path):
    from civicgraph.genre.cues import repair_ocr
    assert repair_ocr("Présents : l5 - Votants : l8 - l00 € - 2O voix") == "Présents : 15 - Votants : 18 - 100 € - 20 voix"
    for kept in ("Il a 10 ans", "article L2121-17", "DEL-2O24", "Io", "le lO.a", "route D0A12", "B0"):
        assert repair_ocr(kept) == kept, kept
    assert repair_ocr("C0MMUNE DE VAL-BRUN, C0NSEIL MUNICIPAL") == "COMMUNE DE VAL-BRUN, CONSEIL MUNICIPAL"  # a zero for an O among capitals
    text = ("SYNDICAT DES EAUX DU VAL-BRUN\nCOMPTE RENDU DU COMITE SYNDICAL\nSéance du 12 octobre 2023\n\n"
            "Membres en exercice : l8 - Presents : l2 - Pouvoirs : 3 - Votants : l5\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON.\n\n1. Budget\nAdopté à l'unanimité.\n")
    seance = read(tmp_path, text).facts[0].of_class("Seance")[0]
    assert (str(seance.first("membresEnExercice")), str(seance.first("nombrePresents")), str(seance.first("nombreVotants"))) == ("18", "12", "15")


def test_groups_titled_with_commas_and_a_group_s_last_bracket_before_a_full_stop():
    from tests.genre.test_attendance_layouts_8 import statuses
    raw = ("ÉTAIENT PRÉSENTS :\nReprésentants des associations : Mme Rose LYS (Association du Val).\n"
           "Représentants de la CAF, de l'UDAF et des locataires : Mme Anne BRUN (CAF du Val), M. Paul ROCHE (UDAF).\n"
           "Personnalités qualifiées : M. Jean CARON.\n")
    assert statuses(raw) == [("Mme Rose LYS", "présent"), ("Mme Anne BRUN", "présent"), ("M. Paul ROCHE", "présent"), ("M. Jean CARON", "présent")]


def test_ont_donne_mandat_heads_a_list_of_proxies():
    from tests.genre.test_attendance_layouts_8 import pairs
    raw = "ONT DONNÉ MANDAT :\nM. Yves MORIN à M. Paul ROCHE,\nMme Rose LYS (Association du Val) à Mme Anne BRUN.\n"
    assert pairs(raw) == [("M. Yves MORIN", "M. Paul ROCHE"), ("Mme Rose LYS", "Mme Anne BRUN")]


def test_a_word_processor_table_parted_by_runs_of_tabs(tmp_path: Path):
    text = ("CENTRE DE GESTION DU VAL-BRUN\nPROCÈS-VERBAL DU CONSEIL D'ADMINISTRATION\nSéance du 17 juin 2025\n\n"
            "Étaient présents :\n\tM. Paul ROCHE, Président\n\tMme Anne BRUN\n\tM. Jean CARON\n\n"
            "Pouvoirs :\nMandant\t\t\t\tMandataire\nM. Yves MORIN\t\t\t\tM. Paul ROCHE\nMme Rose LYS\t\t\t\tMme Anne BRUN\n"
            "Mme Lise NOËL-DURAND\t\t\tM. Jean CARON\n\nExcusé : M. Luc PETIT.\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("Yves MORIN", "Paul ROCHE"), ("Rose LYS", "Anne BRUN"), ("Lise NOËL-DURAND", "Jean CARON")}


def test_a_presence_table_whose_codes_a_heading_explains_in_brackets(tmp_path: Path):
    text = ("SYNDICAT D'ÉNERGIE DU VAL-BRUN\nPROCÈS-VERBAL DU COMITÉ SYNDICAL\nSéance du 3 décembre 2024\n\n"
            "Étaient présents (P), excusés (Ex), absents (A) :\n\n"
            "Secteur\tDélégué titulaire\t\tDélégué suppléant\n1\tPaul ROCHE\tP\tLuc PETIT\n1\tAnne BRUN\tP\tRose LYS\n"
            "2\tJean CARON\tEx\tLise NOËL\tP\n2\tYves MORIN\tA\tJules FAURE\n\n1. Budget\nAdopté à l'unanimité.\n")
    facts = read(tmp_path, text).facts[0]
    statuses = {p.first("personne").first("rdfs:label"): p.props["statut"] for p in facts.of_class("Participation")}
    assert statuses["Paul ROCHE"] == ["présent"] and statuses["Lise NOËL"] == ["présent"] and statuses["Yves MORIN"] == ["absent"]
    assert "excusé" in statuses["Jean CARON"] and "Luc PETIT" not in statuses


def test_a_bracket_wrapped_onto_the_next_line_stays_with_its_name():
    from tests.genre.test_attendance_layouts_8 import pairs, statuses
    assert pairs("Pouvoirs : Mme Rose LYS\n(Association du Val) à Mme Anne BRUN.\n") == [("Mme Rose LYS", "Mme Anne BRUN")]
    raw = "Présents : M. Paul ROCHE (Val), M. Luc PETIT\n(Château-Brun (Campagne)), Mme Anne BRUN.\n"
    assert statuses(raw) == [("M. Paul ROCHE", "présent"), ("M. Luc PETIT", "présent"), ("Mme Anne BRUN", "présent")]


def test_a_member_present_until_a_time_whose_proxy_starts_then():
    from tests.genre.test_attendance_layouts_8 import roll
    found = roll("Présents : ROCHE Paul (Val) – CARON Jean\n(Le Mont), présent jusqu'à 20 h 15 [pouvoir à BRUN Anne à partir du point 5] – "
                 "BRUN Anne (Le Mont).\n")
    entry = next(e for e in found.entries if e.who.text == "CARON Jean")
    assert (entry.status, str(entry.to_time), entry.commune.text) == ("présent", "20:15:00", "Le Mont")
    [proxy] = found.proxies
    assert (proxy.holder.text, str(proxy.from_time), proxy.to_time, proxy.from_item) == ("BRUN Anne", "20:15:00", None, "5")


def test_names_each_followed_by_a_mark_and_no_separator():
    from tests.genre.test_attendance_layouts_8 import pairs, statuses
    raw = ("Présents :\tM. le Maire* Mme BRUN* M. CARON* Mme LYS*\n\n"
           "Avaient donné procuration :\tMme NOËL à Mme Brun* M. PETIT à M. le Maire*\n\nAbsents excusés :\tMme MORIN* M. FAURE*\n")
    assert [who for who, status in statuses(raw) if status == "présent"] == ["M. le Maire", "Mme BRUN", "M. CARON", "Mme LYS"]
    assert pairs(raw) == [("Mme NOËL", "Mme Brun"), ("M. PETIT", "M. le Maire")]
    assert [who for who, status in statuses(raw) if status == "excusé"] == ["Mme MORIN", "M. FAURE"]
    # a column's gap is no separator: "Mme X      M. Y (arrivé à 19 h 15)" are two columns, read apart
    from civicgraph.text.lists import split_list_spans
    assert [i for i, _, _ in split_list_spans("Mme Anne BRUN, M. Paul ROCHE  M. Jean CARON")] == ["Mme Anne BRUN", "M. Paul ROCHE  M. Jean CARON"]


def test_a_proxy_given_by_an_office_the_document_gives_one_person(tmp_path: Path):
    text = ("CCAS DU VAL-BRUN\nPROCES-VERBAL DU CONSEIL D'ADMINISTRATION\nSéance du 17 décembre 2024\n\n"
            "Le Conseil d'administration s'est réuni sous la présidence de Mme Anne BRUN, Vice-présidente, en l'absence de "
            "M. Paul ROCHE, Maire de Val-Brun, Président du CCAS.\n\nPrésents : Mme Anne BRUN, M. Jean CARON, Mme Rose LYS.\n\n"
            "PROCURATIONS :\n- M. le Maire, Président du CCAS, a donné pouvoir à Mme Anne BRUN\n"
            "- Mme Lise NOËL a donné pouvoir à M. Jean CARON\n\n1. Budget\nAdopté à l'unanimité.\n")
    assert set(proxies(tmp_path, text)) == {("Paul ROCHE", "Anne BRUN"), ("Lise NOËL", "Jean CARON")}


def test_a_web_page_s_breadcrumb_names_no_body(tmp_path: Path):
    text = ("Vous êtes ici : Accueil » Le SIVOM » Comptes rendus du comité syndical\n\nSYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DU VAL-BRUN\n"
            "COMPTE RENDU DU COMITÉ SYNDICAL\nSéance du 12 mars 2025\n\nPrésents : M. Paul ROCHE, Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")
    names = {o.first("nom") for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert not any("Comptes" in n for n in names) and any("Val-Brun" in n for n in names), names


def test_proxies_run_together_on_one_line_each_giver_with_its_body_in_brackets():
    from tests.genre.test_attendance_layouts_8 import pairs, statuses
    raw = ("Excusés ayant donné procuration : MORIN Yves (CCV), suppléé par PETIT Luc LYS Rose (CAB), pouvoir à ROCHE Paul "
           "NOËL Lise (CAB), pouvoir à BRUN Anne Etaient excusés : FAURE Jules (CAB).")
    assert pairs(raw) == [("LYS Rose", "ROCHE Paul"), ("NOËL Lise", "BRUN Anne")]
    assert ("PETIT Luc", "présent") in statuses(raw)
    given_first = "Pouvoirs : Rose LYS (CAB), pouvoir à Paul ROCHE Lise NOËL (CAB), pouvoir à Anne BRUN."
    assert pairs(given_first) == [("Rose LYS", "Paul ROCHE"), ("Lise NOËL", "Anne BRUN")]


def test_an_epage_is_a_syndicat(tmp_path: Path):
    text = ("EPAGE Val-Brun Haut-Mont                        Délégués en exercice : 16\n\nPROCÈS-VERBAL DU COMITÉ SYNDICAL\n"
            "Séance du 10 décembre 2024\n\nLe Comité syndical de l'EPAGE Val-Brun Haut-Mont s'est réuni sous la présidence de M. Paul ROCHE.\n\n"
            "Présents : M. Paul ROCHE, Mme Anne BRUN.\n\n1. Budget\nAdopté à l'unanimité.\n")
    kinds = {o.first("nom"): o.types for o in read(tmp_path, text).facts[0].of_class("Organisation")}
    assert any("Val-Brun Haut-Mont" in name and "Syndicat" in types for name, types in kinds.items()), kinds


def test_a_member_commune_s_heading_over_its_delegates_is_no_person():
    from tests.genre.test_attendance_layouts_8 import statuses
    raw = "Etaient présents :\nBRON\nM. ROCHE Paul\nMme BRUN Anne\nCALUIRE-ET-CUIRE\nMme LYS Rose\n\n"
    assert statuses(raw) == [("M. ROCHE Paul", "présent"), ("Mme BRUN Anne", "présent"), ("Mme LYS Rose", "présent")]
    inline = "Etaient présents : MM. ROCHE, CARON, Mme BRUN.\n"  # a family name that is also a commune's, inline: a person
    assert ("MM. ROCHE", "présent") in statuses(inline) or ("ROCHE", "présent") in statuses(inline)


def test_a_word_processor_s_roll_call_rows_each_a_name_then_its_offices_in_cells():
    from tests.genre.test_attendance_layouts_8 import statuses
    raw = ("Étaient présents :\nM. Paul ROCHE\tPrésident\tmaire de Val-Brun\nMme Anne BRUN\t1re Vice-présidente\tmaire du Mont\n"
           "M. Jean CARON\t\tmaire de Bourg\n\nÉtaient excusés :\nM. Luc PETIT\n")
    assert statuses(raw) == [("M. Paul ROCHE", "présent"), ("Mme Anne BRUN", "présent"), ("M. Jean CARON", "présent"), ("M. Luc PETIT", "excusé")]


def test_pouvoirs_de_in_the_plural_opens_each_proxy_read_out():
    from tests.genre.test_attendance_layouts_8 import pairs
    assert pairs("Absents excusés : Mme Rose LYS, Pouvoirs de Mme Anne BRUN à M. Paul ROCHE, M. Yves MORIN.\n") == [("Mme Anne BRUN", "M. Paul ROCHE")]


def test_acts_and_points_on_one_line_text_each_after_the_sentence_before(tmp_path: Path):
    opening = ("SYNDICAT DES EAUX DU VAL-BRUN COMPTE RENDU DU COMITÉ SYNDICAL Séance du 3 avril 2025 Présents : M. Paul ROCHE, "
               "Mme Anne BRUN. Mme Anne BRUN est désignée secrétaire de séance. ")
    acts = opening + ("D2025-08 – Approbation du compte rendu Le compte rendu est approuvé à l'unanimité. D2025-09 – Budget "
                      "primitif 2025 Adopté à l'unanimité. Réf. S-2025-03 – ordinaire.")
    points = opening + "1 - Approbation du compte rendu : adopté à l'unanimité. 2 - Tarifs de l'eau : adopté à l'unanimité."
    for text, wanted in ((acts, ["Approbation du compte rendu", "Budget primitif 2025"]), (points, ["Approbation du compte rendu", "Tarifs de l'eau"])):
        titles = sorted(d.first("titre") for d in read(tmp_path, text).facts[0].of_class("Deliberation"))
        assert titles == wanted, titles
