"""Every proxy wording the cases record (`expected.yaml` proxies' `quote`), read wherever minutes print
it: on a line under a "Pouvoirs :" heading, among plain excused names, and in a narrow column that
`pdftotext` wraps at 40 characters. A wording read once in its own document must be read in these
placements too (`test_proxy_phrasing.py` crosses invented forms the same way). Quotes that are not
one proxy's wording (a table row, an export's fields, a quote with its heading or an ellipsis) are
left out; `KNOWN` lists the cells not read yet, each with its reason (strict: one read fails)."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path

import pytest
import yaml

from tests.genre.test_attendance_layouts_14 import read

CASES = Path(__file__).parent / "cases"
MINUTES = ("COMMUNE DE VAL-BRUN\nPROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 MARS 2025\n\n"
           "Le conseil municipal s'est réuni à la mairie sous la présidence de M. Paul ROCHE, Maire.\n\n"
           "Présents : M. Paul ROCHE, Mme Anne BRUN, M. Jean CARON, M. Luc PETIT\n{block}\n"
           "Secrétaire de séance : Mme Anne BRUN\n\n1. Budget\nAdopté à l'unanimité.\n")
PLACES = {
    "under a heading": lambda quote: f"Pouvoirs :\n{quote}.",
    "among excused names": lambda quote: f"Absents excusés : Mme Rose LYS, {quote}, M. Yves MORIN.",
    "wrapped at 40": lambda quote: "\n".join(textwrap.wrap(f"Pouvoirs : {quote}.", 40)),
}
KNOWN = {  # (case, the quote's rank among the case's kept quotes, placement): why it is not read there yet
    ("1831", 0, "under a heading"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1863", 0, "among excused names"): "OCR's capacity ('rnembre e1ue') between the giver and 'a expedie son pouvoir a', among names parted by commas: the next name read as the giver (the round of 1860–1869)",
    ("1863", 1, "among excused names"): "OCR's capacity ('rnembre e1ue') between the giver and 'a expedie son pouvoir a', among names parted by commas: the next name read as the giver (the round of 1860–1869)",
    ("1863", 2, "among excused names"): "OCR's capacity ('rnembre e1ue') between the giver and 'a expedie son pouvoir a', among names parted by commas: the next name read as the giver (the round of 1860–1869)",
    ("1921", 0, "under a heading"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 0, "among excused names"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 0, "wrapped at 40"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 1, "under a heading"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 1, "among excused names"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 1, "wrapped at 40"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 2, "under a heading"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 2, "among excused names"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 2, "wrapped at 40"): "the holder first with a bracket of the giver's after it ('Y (body) (vote sur mandat de X)'): 'vote sur mandat de' not read (the round of 1910–1929)",
    ("1921", 3, "wrapped at 40"): "'Y vote sur mandat de X pour les points 3 et 4' wrapped in a list (the round of 1910–1929)",
    ("1923", 0, "among excused names"): "'X (body), par mandat confié à Y' among names parted by commas: the apposition cut from its giver (the round of 1910–1929)",
    ("1923", 1, "among excused names"): "'X (body), par mandat confié à Y' among names parted by commas: the apposition cut from its giver (the round of 1910–1929)",
    ("1923", 2, "among excused names"): "'X (body), par mandat confié à Y' among names parted by commas: the apposition cut from its giver (the round of 1910–1929)",
    ("1941", 0, "among excused names"): "'X (body), sa voix transférée à Y' among names parted by commas: the apposition cut from its giver (the round of 1940–1949, measured only)",
    ("1941", 1, "among excused names"): "'X (body), sa voix transférée à Y' among names parted by commas: the apposition cut from its giver (the round of 1940–1949, measured only)",
    ("1941", 2, "among excused names"): "'X (body), sa voix transférée à Y' among names parted by commas: the apposition cut from its giver (the round of 1940–1949, measured only)",
    ("1942", 0, "under a heading"): "a quote cut from its giver ('a constitué mandataire NOM'): no proxy alone (the round of 1940–1949, measured only)",
    ("1942", 0, "among excused names"): "a quote cut from its giver ('a constitué mandataire NOM'): no proxy alone (the round of 1940–1949, measured only)",
    ("1942", 0, "wrapped at 40"): "a quote cut from its giver ('a constitué mandataire NOM'): no proxy alone (the round of 1940–1949, measured only)",
    ("1943", 1, "wrapped at 40"): "'X, rnembre nomme, a pour fonde de pouvoir Y' (OCR) wrapped at 40: the wording is read elsewhere, not once wrapped (not examined; the round of 1940–1949)",
    ("1962", 0, "among excused names"): "'X (body), son suffrage est exprirne par Y' (OCR's 'rn' for 'm'): not read among excused names, read in its own list (not examined; the round of 1960–1969)",
    ("1962", 1, "among excused names"): "'X (body), son suffrage est exprirne par Y' (OCR's 'rn' for 'm'): not read among excused names, read in its own list (not examined; the round of 1960–1969)",
    ("1962", 2, "among excused names"): "'X (body), son suffrage est exprirne par Y' (OCR's 'rn' for 'm'): not read among excused names, read in its own list (not examined; the round of 1960–1969)",
    ("1969", 0, "among excused names"): "'X (body), sa procuration a ete rernise a Y' (OCR): not read among excused names, read in its own list (not examined; the round of 1960–1969)",
    ("1969", 1, "among excused names"): "'X (body), sa procuration a ete rernise a Y' (OCR): not read among excused names, read in its own list (not examined; the round of 1960–1969)",
    ("1969", 1, "wrapped at 40"): "'X (CC Chinon, Vienne et Loire), sa procuration a ete rernise a Y' wrapped at 40: not read (not examined; the round of 1960–1969)",
    ("1979", 0, "among excused names"): "'X, procuration remise en main propre a Y' (OCR): not read among excused names (not examined; the round of 1970–1979, measured only)",
    ("1979", 1, "among excused names"): "'X, procuration remise en main propre a Y' (OCR): not read among excused names (not examined; the round of 1970–1979, measured only)",
    ("1979", 2, "among excused names"): "'X, procuration remise en main propre a Y' (OCR): not read among excused names (not examined; the round of 1970–1979, measured only)",
    ("1979", 3, "among excused names"): "'X, procuration remise en main propre a Y' (OCR): not read among excused names (not examined; the round of 1970–1979, measured only)",
    ("1891", 2, "wrapped at 40"): "'X (Y vote en son lieu et place)' wrapped in a list: the bracket cut across lines (the round of 1890–1909)",
    ("1891", 4, "wrapped at 40"): "'X (Y vote en son lieu et place)' wrapped in a list: the bracket cut across lines (the round of 1890–1909)",
    ("1892", 0, "under a heading"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 0, "among excused names"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 0, "wrapped at 40"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 1, "under a heading"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 1, "among excused names"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 1, "wrapped at 40"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 2, "under a heading"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 2, "among excused names"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 2, "wrapped at 40"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 3, "under a heading"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 3, "among excused names"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1892", 3, "wrapped at 40"): "a quote cut at its line's end ('X, excusee, a designe Y et lui a confie'), the proxy's noun on the next line: 'a désigné Y et lui a …' alone says no proxy (the round of 1890–1909)",
    ("1901", 0, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1901", 1, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1901", 2, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1901", 1, "wrapped at 40"): "'X (body), qui a placé sa voix sous la garde de Y' wrapped in a list, its holder's mark cut across lines (the round of 1890–1909)",
    ("1904", 0, "among excused names"): "'X, capacity, a remis la charge de son vote à Y' among names parted by commas: the capacity read as the next name (the round of 1890–1909)",
    ("1904", 1, "among excused names"): "'X, capacity, a remis la charge de son vote à Y' among names parted by commas: the capacity read as the next name (the round of 1890–1909)",
    ("1904", 2, "among excused names"): "'X, capacity, a remis la charge de son vote à Y' among names parted by commas: the capacity read as the next name (the round of 1890–1909)",
    ("1905", 0, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1905", 1, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1905", 2, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1908", 0, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1908", 1, "among excused names"): "'X (body), qui a … son vote à celui de Y' / 'sous la garde de Y' among names parted by commas: the relative clause cut from its giver (the round of 1890–1909)",
    ("1831", 0, "among excused names"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 0, "wrapped at 40"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 1, "under a heading"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 1, "among excused names"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 1, "wrapped at 40"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 2, "under a heading"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 2, "among excused names"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1831", 2, "wrapped at 40"): "'X a écrit à Y en lui confiant sa voix': the holder before the proxy's words, a pronoun standing for him (the round of 1830–1849)",
    ("1695", 1, "wrapped at 40"): "the giver's rank and office cut at its hyphen by the wrap ('10e vice-⏎présidente') (the round of 1690–1709)",
    ("1812", 0, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1812", 1, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1812", 2, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1812", 3, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1812", 4, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1812", 5, "among excused names"): "'X, qui a fait le choix de se faire représenter par Y' among names parted by commas: the relative clause cut from its giver (the round of 1810–1829)",
    ("1809", 2, "among excused names"): "a giver named without civility, then a capacity ('Rémi X, architecte, s'en remet …'), among names with civilities (the round of 1800–1809)",
    ("1809", 3, "among excused names"): "a giver named without civility, then a body ('Céline X, Amis du …, s'en remet …'), among names with civilities (the round of 1800–1809)",
    ("242", 0, "among excused names"): "the quote holds its list's own heading ('Ont donné procuration – Suppléant(e)s X à Y')",
    ("242", 0, "wrapped at 40"): "the quote holds its list's own heading ('Ont donné procuration – Suppléant(e)s X à Y')",
    ("248", 1, "wrapped at 40"): "a military rank wrapped away from its name ('à l'Adj/C⏎X')",
    ("330", 0, "wrapped at 40"): "a sentence's holder in a list wrapped between given and family name ('en faveur de Paul⏎ROCHE')",
    ("354", 0, "wrapped at 40"): "the giver's office cut at its hyphen by the wrap ('Vice-⏎Président') is read as the giver",
    ("449", 1, "wrapped at 40"): "the giver's rank and office ('12e Vice-président') wrapped away from the verb",
    ("606", 0, "wrapped at 40"): "a commune cut at its hyphen, a rank and office, and 'a fait remettre son pouvoir à' wrapped in a list",
    ("626", 1, "wrapped at 40"): "a holder-first 'Y (Commune) représente X (Commune)' wrapped in a list",
    ("626", 2, "wrapped at 40"): "a holder-first 'Y (Commune) représente X (Commune)' wrapped in a list",
    ("636", 1, "wrapped at 40"): "a holder-first 'Y (Territoire) représente X (Territoire) par pouvoir' wrapped in a list",
    ("658", 2, "wrapped at 40"): "a giver's body in brackets holding a number ('(CC Val 81)') is not read as the body",
    ("686", 1, "wrapped at 40"): "a giver's office and status before the bare 'pouvoir à' ('X (Commune), 5e Vice-président, excusé, pouvoir à Y') wrapped",
    ("698", 0, "wrapped at 40"): "a giver's body in brackets holding a figure ('(CC des 4 Rivières)') wrapped in a list",
    ("735", 0, "wrapped at 40"): "the noun phrase 'pouvoir remis par X (commune), office, à Y' wrapped in a list",
    ("735", 1, "wrapped at 40"): "the noun phrase 'pouvoir remis par X (commune), office, à Y' wrapped in a list",
    ("763", 1, "among excused names"): "'Pouvoir a été donné par X à Y' (the sets 740–779) among excused names",
    ("763", 2, "among excused names"): "'Pouvoir a été donné par X à Y' (the sets 740–779) among excused names",
    ("763", 0, "among excused names"): "'Pouvoir a été donné par X à Y pour les points 1 et 2' (the sets 740–779) among excused names",
    ("1626", 2, "wrapped at 40"): "a holder's two given names wrapped between them ('au profit de Mme Anne⏎Rose X')",
    ("1583", 0, "wrapped at 40"): "the giver's hyphenated given name cut at its hyphen by the wrap ('Mme Marie-⏎Claude X a été déposé')",
    ("1102", 3, "among excused names"): "an OCR departure 'quitte la seance et charge Mrne Y de son pouvoir' read apart from its list",
    ("1108", 1, "wrapped at 40"): "a giver's member body in brackets and 'a donné charge de voter à' wrapped in a list",
    ("865", 0, "wrapped at 40"): "a holder-first 'Y, rank, ayant pouvoir de X' in a bureau's list on one line",
    ("937", 3, "wrapped at 40"): "'donne pouvoir de voter en son nom à M. le Président' wrapped in a list",
    ("954", 0, "among excused names"): "'X (Commune), mandat confié à Y' under a heading or among excused names",
    ("954", 1, "among excused names"): "'X (Commune), mandat confié à Y' under a heading or among excused names",
    ("954", 1, "wrapped at 40"): "'X (Commune), mandat confié à Y' under a heading or among excused names",
    ("968", 2, "wrapped at 40"): "'a délégué sa représentation à Y' wrapped in a list",
    ("985", 0, "wrapped at 40"): "'X (Commune), office, a nommé Y (Commune), office, pour le représenter': the holder's office before what it is for",
    ("985", 1, "wrapped at 40"): "'X (Commune), office, a nommé Y (Commune), office, pour le représenter': the holder's office before what it is for",
    ("988", 0, "wrapped at 40"): "'a chargé M. le Président de voter pour lui'",
    ("988", 2, "among excused names"): "'a chargé M. le Président de voter pour lui'",
    ("988", 2, "under a heading"): "'a chargé M. le Président de voter pour lui'",
    ("988", 2, "wrapped at 40"): "'a chargé M. le Président de voter pour lui'",
    ("1065", 0, "wrapped at 40"): "a giver's office cut at its hyphen by the wrap ('4e Vice-⏎présidente, a adressé un mandat à')",
    ("1137", 4, "among excused names"): "a departure's proxy told in a vote's brackets ('X, sorti, représenté par Y à compter de ce point') is read there only",
    ("1153", 2, "under a heading"): "a proxy handed on by its holder ('Le pouvoir de M. X, qu'il détenait, est reporté sur Mme Z') is not read",
    ("1153", 2, "among excused names"): "a proxy handed on by its holder ('Le pouvoir de M. X, qu'il détenait, est reporté sur Mme Z') is not read",
    ("1153", 2, "wrapped at 40"): "a proxy handed on by its holder ('Le pouvoir de M. X, qu'il détenait, est reporté sur Mme Z') is not read",
    ("1177", 5, "among excused names"): "a proxy 'confié au groupe « G » et porté par Y' as a list's item: the list's 'et' cuts it",
    ("1178", 0, "under a heading"): "'M. le Président portera la voix de …' in a council whose chair is another: the office names its chair there",
    ("1178", 0, "among excused names"): "'M. le Président portera la voix de …' in a council whose chair is another: the office names its chair there",
    ("1178", 0, "wrapped at 40"): "'M. le Président portera la voix de …' in a council whose chair is another: the office names its chair there",
    ("1198", 2, "wrapped at 40"): "'… est excusé ; M. Joël⏎DUBOSC votera à sa place pour les points⏎1 et 2': the holder's name wrapped in a two-clause proxy",
    ("1194", 0, "under a heading"): "'Y (Commune), investi du pouvoir de X' alone: 'investi' is no holding word, as 'X a investi Y de son pouvoir' gives (1092)",
    ("1194", 0, "among excused names"): "'Y (Commune), investi du pouvoir de X' alone: 'investi' is no holding word, as 'X a investi Y de son pouvoir' gives (1092)",
    ("1194", 0, "wrapped at 40"): "'Y (Commune), investi du pouvoir de X' alone: 'investi' is no holding word, as 'X a investi Y de son pouvoir' gives (1092)",
    ("1205", 0, "under a heading"): "'X (Val), 6e Vice-présidente – M. Y votera également pour elle' as a list's item: its comma and dash cut it (read in its document under 'Représentés :')",
    ("1205", 0, "among excused names"): "'X (Val), 6e Vice-présidente – M. Y votera également pour elle' as a list's item: its comma and dash cut it (read in its document under 'Représentés :')",
    ("1205", 0, "wrapped at 40"): "'X (Val), 6e Vice-présidente – M. Y votera également pour elle' as a list's item: its comma and dash cut it (read in its document under 'Représentés :')",
    ("1225", 0, "under a heading"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 0, "among excused names"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 0, "wrapped at 40"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 1, "under a heading"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 1, "among excused names"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 1, "wrapped at 40"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 2, "under a heading"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 2, "among excused names"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1225", 2, "wrapped at 40"): "'X (Commune), office, s'est fait suppléer par Y': read as a suppléant sitting, not a proxy (a bureau has no suppléants; the text does not say)",
    ("1017", 1, "wrapped at 40"): "a giver's commune opening the next line before the verb, the holder's line opening with 'à' ('Mme X⏎(Val) donne délégation de vote⏎à M. Y')",
    ("1315", 2, "under a heading"): "a departure's 'pouvoir de X à Y (Commune) à partir de la décision B-…' out of its document (the round of 1310–1329)",
    ("1315", 2, "among excused names"): "a departure's 'pouvoir de X à Y (Commune) à partir de la décision B-…' out of its document (the round of 1310–1329)",
    ("1323", 0, "wrapped at 40"): "a holder-first 'Y, 2e Vice-président, porteur du mandat de X' wrapped at 40 (the round of 1310–1329)",
    ("1383", 0, "wrapped at 40"): "'La procuration de X a été acceptée par M. le Président' wrapped at 40 (the round of 1370–1389)",
    ("1446", 0, "wrapped at 40"): "'X (T, body), excusé ; Y portera sa voix' wrapped at 40 (the round of 1430–1449)",
    ("1446", 1, "wrapped at 40"): "'X (T, body), excusée ; Y portera sa voix' wrapped at 40 (the round of 1430–1449)",
    ("1994", 0, "among excused names"): "'X (Commune), procuration envoyée à Y' among names parted by commas: the next name read as the giver (the round of 1990–1999)",
    ("1994", 1, "among excused names"): "'X (Commune), procuration envoyée à Y' among names parted by commas: the next name read as the giver (the round of 1990–1999)",
    ("1994", 2, "among excused names"): "'X (Commune), procuration envoyée à Y' among names parted by commas: the next name read as the giver (the round of 1990–1999)",
    ("1994", 3, "among excused names"): "'X (Commune), procuration envoyée à Y' among names parted by commas: the next name read as the giver (the round of 1990–1999)",
    ("2011", 0, "wrapped at 40"): "'pouvoir daté et signé au nom de Y' wrapped between its participles ('daté⏎et signé'): not read yet",
    ("2011", 1, "wrapped at 40"): "'pouvoir daté et signé au nom de Y' wrapped between its participles ('daté⏎et signé'): not read yet",
    ("2031", 0, "under a heading"): "the quote ends on a word its line cut at the hyphen ('BRUNEL jus-'): a name with it is no person's",
    ("2031", 0, "among excused names"): "the quote ends on a word its line cut at the hyphen ('BRUNEL jus-'): a name with it is no person's",
    ("2031", 0, "wrapped at 40"): "the quote ends on a word its line cut at the hyphen ('BRUNEL jus-'): a name with it is no person's",
    ("2034", 0, "wrapped at 40"): "the giver's body in brackets wrapped over the line end ('(CC⏎Haute Maurienne Vanoise)'): not read yet",
    ("2083", 0, "under a heading"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2083", 0, "among excused names"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2083", 0, "wrapped at 40"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2083", 1, "under a heading"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2083", 1, "among excused names"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2083", 1, "wrapped at 40"): "'X (body), Y votant aussi pour lui' parted at its comma in a list of commas: the holder's item, its pronoun, not joined to the giver's",
    ("2087", 0, "under a heading"): "OCR's figures in a name ('B0UDET') put right only in a text that OCR damaged throughout",
    ("2087", 0, "among excused names"): "OCR's figures in a name ('B0UDET') put right only in a text that OCR damaged throughout",
    ("2087", 0, "wrapped at 40"): "OCR's figures in a name ('B0UDET') put right only in a text that OCR damaged throughout",
    ("2087", 1, "under a heading"): "OCR's figures in names ('Gi11es', 'Jean-Pau1') put right only in a text that OCR damaged throughout",
    ("2087", 1, "among excused names"): "OCR's figures in names ('Gi11es', 'Jean-Pau1') put right only in a text that OCR damaged throughout",
    ("2087", 1, "wrapped at 40"): "OCR's figures in names ('Gi11es', 'Jean-Pau1') put right only in a text that OCR damaged throughout",
    ("2087", 2, "under a heading"): "OCR's '1e' for 'le' ('endosse 1e pouvoir'): an ordinal as printed, not put right",
    ("2087", 2, "among excused names"): "OCR's '1e' for 'le' ('endosse 1e pouvoir'): an ordinal as printed, not put right",
    ("2087", 2, "wrapped at 40"): "OCR's '1e' for 'le' ('endosse 1e pouvoir'): an ordinal as printed, not put right",
    ("1455", 0, "wrapped at 40"): "the giver's rank and office cut at its hyphen by the wrap ('9e Vice-⏎president'), without accents",
}

def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("0", "o").replace("l", "i")  # (OCR's 0 and l)


def _family(name: str) -> str:
    capitals = [w for w in name.split() if w.isupper() and len(w) > 1]
    return capitals[-1] if capitals else (name.split() or [""])[-1]


def _quotes() -> list[tuple[str, int, str, str, str]]:
    """(case, rank among the case's kept quotes, quote, giver's family name, holder's)."""
    found = []
    for path in sorted(CASES.glob("*/expected.yaml")):
        rank = 0
        for proxy in yaml.safe_load(path.read_text(encoding="utf-8")).get("proxies") or []:
            quote = (proxy.get("quote") or "").strip().strip("\"«»“”").strip().rstrip(".;,")
            giver, holder = _family(proxy.get("from", "")), _family(proxy.get("to", ""))
            if not quote or not giver or not holder or len(quote) > 140 or re.search(r"…|\.\.\.|\n|\t|  |[│|\":]|'s row", quote):
                continue
            if _folded(giver) in _folded(quote) and _folded(holder) in _folded(quote):
                found.append((path.parent.name.split("-")[0], rank, quote, giver, holder))  # ("01", "985", "1003")
                rank += 1
    return found


def _key(cell: tuple) -> tuple[str, int, str]:
    return cell[0], cell[1], cell[5]


GRID = [(*quoted, place) for quoted in _quotes() for place in PLACES]


@pytest.mark.parametrize("case, rank, quote, giver, holder, place", [
    pytest.param(*cell, marks=pytest.mark.xfail(strict=True, reason=KNOWN[_key(cell)])) if _key(cell) in KNOWN else cell
    for cell in GRID], ids=[f"{c}-{r}-{p}" for c, r, _, _, _, p in GRID])
def test_a_recorded_wording_is_read_wherever_it_is_printed(tmp_path: Path, case, rank, quote, giver, holder, place):
    facts = read(tmp_path, MINUTES.format(block=PLACES[place](quote))).facts[0]
    read_proxies = {(p.first("mandant").first("nom") or "", p.first("mandataire").first("nom") or "") for p in facts.of_class("Pouvoir")}
    assert any(_folded(giver) in _folded(g) and _folded(holder) in _folded(h) for g, h in read_proxies), read_proxies


def test_the_grid_holds_the_recorded_wordings():
    assert len(GRID) >= 3 * 80  # (the cases record about a hundred one-proxy wordings)
