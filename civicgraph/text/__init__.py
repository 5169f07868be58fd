"""French text helpers shared by the readers: dates, times, amounts, names, lists."""

from civicgraph.text.amounts import Amount, find_amounts, parse_amount
from civicgraph.text.dates import find_dates, parse_date
from civicgraph.text.lists import split_bullets, split_list, split_list_spans
from civicgraph.text.names import FAMILY_FIRST, GIVEN_FIRST, PersonName, list_order, parse_person_name, slug, strip_accents
from civicgraph.text.numbers import words_to_int
from civicgraph.text.same_person import Person, PersonIndex, same_person
from civicgraph.text.spans import Found
from civicgraph.text.times import find_times, parse_time

__all__ = [
    "FAMILY_FIRST", "GIVEN_FIRST", "Amount", "Found", "Person", "PersonIndex", "PersonName", "find_amounts", "find_dates", "find_times", "parse_amount", "parse_date",
    "parse_person_name", "parse_time", "list_order", "same_person", "slug", "split_bullets", "split_list", "split_list_spans", "strip_accents", "words_to_int",
]
