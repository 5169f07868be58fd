"""A value found in a text, with where it was found."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Found:
    value: Any
    start: int
    end: int
