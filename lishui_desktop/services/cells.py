"""What a list cell holds when it exports as a number or a date rather than as its text.

A module of its own, with nothing but the standard library: the GUI's labels use these
from the first window on, and ``services.exports`` (which imports the store) is needed
only when a list is exported.
"""
from __future__ import annotations

from datetime import date


class Money(str):
    """An amount as the screen shows it ('1,620.00', '1,620.00/月') that exports as a
    number; ``unit`` ('/月') stays in the cell's number format, so Excel still says it."""

    fen: int
    unit: str

    def __new__(cls, text: str, fen: int, unit: str = "") -> "Money":
        self = super().__new__(cls, text)
        self.fen = fen
        self.unit = unit
        return self


class Day(str):
    """A date (or a moment) as the screen shows it that exports as a date."""

    value: date

    def __new__(cls, text: str, value: date) -> "Day":
        self = super().__new__(cls, text)
        self.value = value
        return self
