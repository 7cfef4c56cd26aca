"""Seed rows for the holiday calendar, taken from the ``chinese_calendar`` package.

The package ships the State Council's announced holidays up to the last year it
knows (announcements come each November or December); later years come from
the city server. Rows are (date, 'holiday' | 'workday'): every statutory
holiday date, including the weekend days inside a holiday period, and every
adjusted working day (调休). Ordinary weekends are not listed.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import chinese_calendar

from lishui_desktop.domain.workdays import HOLIDAY, WORKDAY


def _package_knows(year: int) -> bool:
    # The package raises NotImplementedError for years outside its data;
    # asking is the only supported way to find its range.
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def seed_days(years: Iterable[int]) -> list[tuple[date, str]]:
    """Holiday and adjusted-working-day rows for the given years, sorted by date.

    Years the package does not cover are skipped silently; the caller can tell
    from the absence of rows for that year.
    """
    wanted = {y for y in years if 1 <= y <= 9999 and _package_knows(y)}
    rows = [(d, HOLIDAY) for d in chinese_calendar.holidays if d.year in wanted]
    rows += [(d, WORKDAY) for d in chinese_calendar.workdays if d.year in wanted]
    rows.sort()
    return rows


def known_years() -> list[int]:
    """Years the installed package has data for."""
    years = {d.year for d in chinese_calendar.holidays} | {d.year for d in chinese_calendar.workdays}
    return sorted(y for y in years if _package_knows(y))
