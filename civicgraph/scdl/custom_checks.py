"""The SCDL schema's `custom_checks` as frictionless checks, built from the schema's own list.

The schema (`ingest/reference/scdl/deliberations.schema.json`) states, besides its Table Schema,
checks that Table Schema cannot express, by the names of Validata, the validator of
schema.data.gouv.fr (their meaning as its documentation gives it):

- `french-siret-value` (column): a SIRET whose key is right (Luhn; La Poste's digit sum);
- `year-interval-value` (column, allow-year-only): "AAAA/AAAA", the first year before the second,
  or "AAAA" alone when allowed;
- `cohesive-columns-value` (column, othercolumns): all those cells filled, or all empty;
- `compare-columns-value` (column, op, column2): when both are filled, column op column2 (numbers
  as numbers, dates as dates);
- `sum-columns-value` (column, columns): when all are filled, column is the sum of columns;
- `nomenclature-actes-value` (column): "Matière de niveau 1/Sous-matière", the level-1 label one of
  the ACTES nomenclature's (case and accents aside) and no space around the slash.

Each failure is a `CustomCheckError` on the check's first column, its `unusable` the columns whose
values are not to be used: for a contradiction (a SIRET key, a period, a comparison, a sum) those it
names, less the columns that identify the row when others remain (PREF_DATE before DELIB_DATE: the
row keeps its date, the transmission date is dropped); for a form (cohesion, the matière's label) none, since no value
contradicts another. A check the schema names and this module does not know is an error: the schema
changed and says something we would otherwise ignore.
"""

from __future__ import annotations

import operator
import re
from datetime import date
from decimal import Decimal
from typing import Iterable

import attrs
from frictionless import Check, errors

from civicgraph.actes import siret_valid
from civicgraph.matieres import matieres
from civicgraph.text.names import strip_accents

IDENTITY = ("COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_OBJET")  # what the row is: kept on a doubt elsewhere
OPERATORS = {">": operator.gt, ">=": operator.ge, "==": operator.eq, "<=": operator.le, "<": operator.lt}


@attrs.define(kw_only=True, repr=False)
class CustomCheckError(errors.CellError):
    """A value that fails one of the schema's custom checks; `unusable`: the columns not to use."""

    type = "scdl-custom-check"
    title = "SCDL custom check"
    description = "A value fails one of the custom checks of the SCDL schema."
    template = "Row {rowNumber}, {fieldName}: {note}"
    unusable: list = attrs.field(factory=list)


def checklist(descriptors: list[dict]) -> list[Check]:
    """One frictionless check per entry of the schema's `custom_checks`. Raises ValueError for a
    check name this module does not implement."""
    unknown = [d["name"] for d in descriptors if d["name"] not in KINDS]
    if unknown:
        raise ValueError(f"the SCDL schema names custom checks civicgraph does not implement: {', '.join(unknown)}")
    return [KINDS[d["name"]](params=d.get("params", {})) for d in descriptors]


@attrs.define(kw_only=True, repr=False)
class _SchemaCheck(Check):
    """A custom check of the schema, with its `params` as the schema writes them."""

    Errors = [CustomCheckError]  # frictionless keeps only the errors a check declares
    params: dict = attrs.field(factory=dict)
    contradiction = True  # False: a matter of form, every value kept

    @property
    def column(self) -> str:
        return self.params["column"]

    def columns(self) -> list[str]:
        return [self.column]

    def validate_row(self, row) -> Iterable[errors.Error]:
        note = self.fails(row)
        if note:
            named = self.columns()
            unusable = ([c for c in named if c not in IDENTITY] or named) if self.contradiction else []
            error = CustomCheckError.from_row(row, note=note, field_name=self.column)
            error.unusable = unusable
            yield error

    def fails(self, row) -> str | None:
        """Why the row fails this check, or None."""
        raise NotImplementedError


@attrs.define(kw_only=True, repr=False)
class SiretKey(_SchemaCheck):
    type = "french-siret-value"

    def fails(self, row) -> str | None:
        value = row[self.column]
        if value and not siret_valid(str(value)):
            return f"SIRET {value} fails its key (Luhn check)"
        return None


@attrs.define(kw_only=True, repr=False)
class YearInterval(_SchemaCheck):
    type = "year-interval-value"

    def fails(self, row) -> str | None:
        value = row[self.column]
        if not value:
            return None
        years = re.fullmatch(r"(\d{4})/(\d{4})", str(value))
        if years is None:
            if self.params.get("allow-year-only") in ("yes", "true") and re.fullmatch(r"\d{4}", str(value)):
                return None
            return f"{value!r} is neither a year (AAAA) nor a period (AAAA/AAAA)"
        if int(years[1]) >= int(years[2]):
            return f"period {value!r}: its second year must come after its first"
        return None


@attrs.define(kw_only=True, repr=False)
class Cohesive(_SchemaCheck):
    type = "cohesive-columns-value"
    contradiction = False

    def columns(self) -> list[str]:
        return [self.column, *self.params["othercolumns"]]

    def fails(self, row) -> str | None:
        filled = [c for c in self.columns() if row[c] not in (None, "")]
        if filled and len(filled) < len(self.columns()):
            empty = [c for c in self.columns() if c not in filled]
            return f"{', '.join(empty)} empty while {', '.join(filled)} filled: the schema wants all of them or none"
        return None


@attrs.define(kw_only=True, repr=False)
class Compare(_SchemaCheck):
    type = "compare-columns-value"

    def columns(self) -> list[str]:
        return [self.column, self.params["column2"]]

    def fails(self, row) -> str | None:
        first, second, op = row[self.column], row[self.params["column2"]], self.params["op"]
        if first in (None, "") or second in (None, ""):
            return None
        numbers = all(isinstance(v, (int, float, Decimal)) for v in (first, second))
        if not numbers and not (type(first) is type(second) and isinstance(first, (str, date))):
            return f"{self.column} {first!r} cannot be compared with {self.params['column2']} {second!r}"
        if OPERATORS[op](first, second):
            return None
        return f"{self.column} ({first}) should be {op} {self.params['column2']} ({second})"


@attrs.define(kw_only=True, repr=False)
class Sum(_SchemaCheck):
    type = "sum-columns-value"

    def columns(self) -> list[str]:
        return [self.column, *self.params["columns"]]

    def fails(self, row) -> str | None:
        values = [row[c] for c in self.columns()]
        if any(v is None for v in values):
            return None
        total = sum(values[1:])
        if total != values[0]:
            return f"{' + '.join(self.params['columns'])} = {total}, not {self.column} ({values[0]})"
        return None


@attrs.define(kw_only=True, repr=False)
class ActesName(_SchemaCheck):
    type = "nomenclature-actes-value"
    contradiction = False

    def fails(self, row) -> str | None:
        value = row[self.column]
        if not value:
            return None
        if "/" not in value:
            return f"{value!r} has no slash between the ACTES matière and its sub-matière"
        head = value.split("/", 1)[0]
        if _folded(head.rstrip()) not in _level_one():
            return f"{head!r} is not a matière of level 1 of the ACTES nomenclature"
        if head != head.rstrip() or "/ " in value:
            return f"{value!r}: no space around the slash"
        return None


def _folded(text: str) -> str:
    return strip_accents(text).lower()


def _level_one() -> set[str]:
    return {_folded(labels["fr"]) for code, labels in matieres().items() if "." not in code}


KINDS: dict[str, type[_SchemaCheck]] = {k.type: k for k in (SiretKey, YearInterval, Cohesive, Compare, Sum, ActesName)}
