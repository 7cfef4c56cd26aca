"""Working days: weekends and public holidays off, adjusted working weekends (调休) on.

The calendar itself is reference data (seeded from the ``chinese_calendar``
package by store.calendar_seed, updated by the city server); this module only
counts. A year without the State Council's schedule carries the statutory
holidays computed from the national rules (domain.holidays) and is listed in
``provisional_years``; a year with neither counts plain Monday-Friday weeks.
Either way a deadline counted through it is provisional (``provisional_between``).

Deadlines follow the administrative convention: the day an act happens is not
counted, the period ends on the n-th working day after it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import ValidationError

HOLIDAY = "holiday"
WORKDAY = "workday"


@dataclass(frozen=True)
class HolidayCalendar:
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()   # adjusted working weekends (调休)
    # Years whose holidays are computed from the statutory rules, not announced.
    provisional_years: frozenset[int] = frozenset()

    def __post_init__(self):
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "workdays", frozenset(self.workdays))
        object.__setattr__(self, "provisional_years", frozenset(self.provisional_years))
        both = self.holidays & self.workdays
        if both:
            first = min(both)
            raise ValidationError("calendar.overlap", f"{first} is both a holiday and a working day",
                                  field="day", day=first.isoformat())

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[date, str]],
                     computed: Iterable[date] = ()) -> HolidayCalendar:
        """Build from (date, 'holiday'|'workday') rows, as seeded or synced.

        ``computed`` are statutory holidays worked out for years the rows do not
        cover (domain.holidays); days in a year the rows cover are ignored, since
        the official schedule always wins.
        """
        holidays, workdays = set(), set()
        for day, kind in entries:
            if kind == HOLIDAY:
                holidays.add(day)
            elif kind == WORKDAY:
                workdays.add(day)
            else:
                raise ValidationError("calendar.kind", f"unknown calendar entry kind {kind!r}",
                                      field="kind", kind=kind)
        official = {d.year for d in holidays | workdays}
        extra = {d for d in computed if d.year not in official}
        return cls(frozenset(holidays | extra), frozenset(workdays),
                   frozenset(d.year for d in extra))

    @property
    def years(self) -> frozenset[int]:
        """Years with at least one entry: outside them only weekends are days off."""
        return frozenset(d.year for d in self.holidays | self.workdays)

    @property
    def official_years(self) -> frozenset[int]:
        """Years counted from the State Council's published schedule."""
        return self.years - self.provisional_years

    def provisional_between(self, a: date, b: date) -> bool:
        """Whether counting from ``a`` to ``b`` passes through a year without an
        official schedule (computed holidays, or none at all)."""
        lo, hi = sorted((a.year, b.year))
        official = self.official_years
        return any(y not in official for y in range(lo, hi + 1))

    def is_working_day(self, d: date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def add_working_days(self, start: date, n: int) -> date:
        """The day ``n`` working days after ``start`` (``start`` itself not counted).

        ``n == 0`` gives ``start``; a negative ``n`` counts backwards the same way.
        """
        step = timedelta(days=1 if n >= 0 else -1)
        left = abs(n)
        d = start
        while left:
            d += step
            if self.is_working_day(d):
                left -= 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days d with a < d <= b; negative when b is before a.

        So ``add_working_days(a, working_days_between(a, b)) == b`` whenever b is a
        working day after a.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = _weekdays_after(a, b)
        # Holidays only matter on weekdays and adjusted working days only on weekends.
        count -= sum(1 for d in self.holidays if a < d <= b and d.weekday() < 5)
        count += sum(1 for d in self.workdays if a < d <= b and d.weekday() >= 5)
        return count


def _weekdays_after(a: date, b: date) -> int:
    """Monday-Friday days in (a, b], a <= b."""
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    wd = a.weekday()
    for i in range(1, rest + 1):
        if (wd + i) % 7 < 5:
            count += 1
    return count
