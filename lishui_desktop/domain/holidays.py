"""Statutory public holidays for a year the State Council has not yet scheduled.

Source: 《全国年节及纪念日放假办法》(State Council, 2024 revision) art. 2 and 6:
元旦 1 day (1 January), 春节 4 days (除夕 to 正月初三), 清明 1 day (the solar
term), 劳动节 2 days (1-2 May), 端午 1 day (五月初五), 中秋 1 day (八月十五),
国庆 3 days (1-3 October); a holiday for all citizens that falls on a Saturday or
Sunday is made up on a working day (补假). The yearly schedule the State Council
publishes late in the year before also moves weekends around (调休); those
adjustments follow no rule and cannot be computed, so every deadline counted
through a computed year is provisional until the city server hands down the
official schedule (DOMAIN.md, "More rules of the procedure").

The lunar and solar-term dates come in as ``LunarDates`` from a calendar
library outside the domain (store.calendar_seed), so this module stays pure.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# (code, Chinese name, days) in the order of the year.
FESTIVALS: tuple[tuple[str, str, int], ...] = (
    ("new_year", "元旦", 1),
    ("spring", "春节", 4),
    ("qingming", "清明节", 1),
    ("labour", "劳动节", 2),
    ("duanwu", "端午节", 1),
    ("zhongqiu", "中秋节", 1),
    ("national", "国庆节", 3),
)
FESTIVAL_NAMES = {code: name for code, name, _ in FESTIVALS}


@dataclass(frozen=True)
class LunarDates:
    """The Gregorian dates of one year's lunar festivals and 清明 (from a lunar calendar)."""
    year: int
    lunar_new_year: date     # 正月初一
    qingming: date           # the 清明 solar term
    duanwu: date             # 五月初五
    zhongqiu: date           # 八月十五

    def __post_init__(self):
        for name in ("lunar_new_year", "qingming", "duanwu", "zhongqiu"):
            if getattr(self, name).year != self.year:
                raise ValueError(f"{name} {getattr(self, name)} is not in {self.year}")


@dataclass(frozen=True)
class ComputedHoliday:
    day: date
    festival: str            # code from FESTIVALS
    makeup: bool = False     # a working day given instead of a holiday that fell on a weekend


def _first_days(lunar: LunarDates) -> dict[str, date]:
    y = lunar.year
    return {
        "new_year": date(y, 1, 1),
        # 除夕 is the day before 正月初一, whether the twelfth month has 29 or 30 days.
        "spring": lunar.lunar_new_year - timedelta(days=1),
        "qingming": lunar.qingming,
        "labour": date(y, 5, 1),
        "duanwu": lunar.duanwu,
        "zhongqiu": lunar.zhongqiu,
        "national": date(y, 10, 1),
    }


def statutory_holidays(lunar: LunarDates) -> list[ComputedHoliday]:
    """Every statutory holiday of ``lunar.year`` and its make-up days, by date.

    A statutory day on a weekend is made up on the next weekday after its
    festival's block that is not itself a holiday (art. 6). When two festivals
    share a day (中秋 on 1-3 October, as in 2028) the day counts once and gives
    no extra day: the State Council settles such years case by case.
    """
    firsts = _first_days(lunar)
    days: dict[date, ComputedHoliday] = {}
    for code, _name, length in FESTIVALS:
        for i in range(length):
            d = firsts[code] + timedelta(days=i)
            days.setdefault(d, ComputedHoliday(d, code))
    for code, _name, length in FESTIVALS:
        block = [firsts[code] + timedelta(days=i) for i in range(length)]
        owed = sum(1 for d in block if d.weekday() >= 5 and days[d].festival == code)
        d = block[-1]
        while owed:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in days:
                days[d] = ComputedHoliday(d, code, makeup=True)
                owed -= 1
    return sorted(days.values(), key=lambda h: h.day)
