"""The prepositions "de" and "à" before the name of a body or a person, as French writes them: the article
of a kind of body ("de la Ville de Val-Brun"), a name's own article contracted ("du Réseau du Val", "aux Amis
du Val"), "d'" and "l'" before a vowel or a mute h ("d'Anne BRUN", "l'Hôpital …"; "de Hauteville": h
aspiré). The nouns, articles, contractions and h aspiré words are data (ingest/articles.yaml); this module only applies them, for the labels the build makes and the site's
sentences around them. A place's name (a commune's: "Commune de Val-Brun", "Commune du Val") takes only
its own article: its first word is no kind of body ("Commune de Pays du Val", not "du Pays du Val")."""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from civicgraph.paths import data_dir
from civicgraph.text import strip_accents


@lru_cache(maxsize=1)
def _articles() -> dict:
    """The articles of names and their contractions (ingest/articles.yaml)."""
    return yaml.safe_load((data_dir("ingest") / "articles.yaml").read_text(encoding="utf-8"))


def _elides(name: str) -> bool:
    """Whether French elides an article or "de" before `name`: it opens with a vowel, or with a mute h
    (an h that opens no word of the h aspiré list, ingest/articles.yaml)."""
    words = _articles()
    first = name[:1].lower()
    if first in words["elided_before"]:
        return True
    if first != "h":
        return False
    word = strip_accents(re.match(r"[^\s'’-]+", name).group().lower())
    return not any(word.startswith(entry[:-1]) if entry.endswith("*") else word == entry for entry in words["h_aspire"])


def _after(preposition: str, name: str, place: bool = False) -> str:
    """`preposition` ("de" or "à") and the article `name` takes after it, before `name` (a place's
    name, with `place`, takes only its own article)."""
    words = _articles()
    own = re.match(r"(l['’])|(\w+)\s", name, re.I)
    article = own and (own.group(1) or own.group(2)).lower().replace("’", "'")
    if article in words["own_articles"]:  # the name's own article, contracted where French contracts
        contracted = words["contractions"][preposition].get(article)
        return f"{contracted} {name[own.end():].lstrip()}" if contracted else f"{preposition} {name}"
    noun = re.match(r"[^\s'’]+", name)
    article = noun and not place and words["articles"].get(noun.group().lower())
    if article in ("le", "la") and _elides(name):  # "l'Hôpital …", not "le Hôpital …"; "le Hameau …" (h aspiré)
        article = "l'"
    if article:
        article = words["contractions"][preposition].get(article, f"{preposition} {article}")
        return f"{article}{name}" if article.endswith("'") else f"{article} {name}"
    if preposition == "de" and _elides(name):
        return f"d'{name}"
    return f"{preposition} {name}"


def of(name: str, place: bool = False) -> str:
    """"de" before a body's or a person's name, as French writes it: "de la Ville de Val-Brun", "du Département
    du Val", "des Amis du Val", "d'Anne BRUN" (the nouns, articles and contractions: ingest/articles.yaml);
    before a place's name (`place`): "de Val-Brun", "du Val", "de La Motte-Brune", "d'Œillet-sur-Val"."""
    return _after("de", name, place)


def to(name: str, place: bool = False) -> str:
    """"à" before a name: "à la Ville de Val-Brun", "au Réseau du Val", "aux Amis du Val", "à Anne BRUN";
    before a place's name (`place`): "à Val-Brun", "au Val"."""
    return _after("à", name, place)
