"""Lunar festival dates for years without an official holiday schedule.

Taken from ``lunar_python`` (6tail's lunar calendar: astronomical new moons and
solar terms, maintained); the rule that turns them into holidays is the
domain's (domain.holidays). Imported lazily: only a calendar that reaches past
the official schedule needs it.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from lishui_desktop.domain.holidays import LunarDates, statutory_holidays


@lru_cache(maxsize=64)
def lunar_dates(year: int) -> LunarDates:
    from lunar_python import Lunar

    def solar(month: int, day: int) -> date:
        s = Lunar.fromYmd(year, month, day).getSolar()
        return date(s.getYear(), s.getMonth(), s.getDay())

    qm = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    return LunarDates(year, lunar_new_year=solar(1, 1),
                      qingming=date(qm.getYear(), qm.getMonth(), qm.getDay()),
                      duanwu=solar(5, 5), zhongqiu=solar(8, 15))


@lru_cache(maxsize=64)
def computed_holidays(year: int) -> tuple[date, ...]:
    """Statutory holidays and make-up days of ``year`` by the national rules."""
    return tuple(h.day for h in statutory_holidays(lunar_dates(year)))
