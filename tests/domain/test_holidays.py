"""Statutory holidays for years without an official schedule (全国年节及纪念日放假办法, 2024).

The rule is checked with lunar dates written out by hand, against the State
Council's published 2026 schedule (chinese_calendar), and through lunar_python
for 2027, whose 除夕 is 5 February.
"""
from datetime import date

import chinese_calendar
import pytest

from lishui_desktop.domain import deadlines
from lishui_desktop.domain.holidays import LunarDates, statutory_holidays
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.domain.workflow import State
from lishui_desktop.store import lunar
from lishui_desktop.store.calendar_seed import seed_days

# 2027: 正月初一 Saturday 6 February, 清明 5 April, 端午 9 June, 中秋 15 September.
LUNAR_2027 = LunarDates(2027, lunar_new_year=date(2027, 2, 6), qingming=date(2027, 4, 5),
                        duanwu=date(2027, 6, 9), zhongqiu=date(2027, 9, 15))


def test_statutory_days_of_2027_by_hand():
    days = {h.day: h for h in statutory_holidays(LUNAR_2027)}
    statutory = sorted(d for d, h in days.items() if not h.makeup)
    # 元旦 1 + 春节 4 (除夕 5 Feb .. 初三 8 Feb) + 清明 1 + 劳动节 2 + 端午 1 + 中秋 1 + 国庆 3 = 13 days.
    assert len(statutory) == 13
    assert date(2027, 1, 1) in statutory
    assert [d for d in statutory if d.month == 2] == [date(2027, 2, d) for d in (5, 6, 7, 8)]
    assert days[date(2027, 2, 5)].festival == "spring"
    # 初一 and 初二 fall on Saturday and Sunday: made up on Tuesday 9 and Wednesday 10 February.
    assert sorted(d for d, h in days.items() if h.makeup and h.festival == "spring") == \
        [date(2027, 2, 9), date(2027, 2, 10)]
    # 劳动节 1-2 May is Saturday-Sunday: made up on Monday 3 and Tuesday 4 May.
    assert sorted(d for d, h in days.items() if h.festival == "labour") == \
        [date(2027, 5, d) for d in (1, 2, 3, 4)]
    # 国庆 1-3 October is Friday-Sunday: Saturday and Sunday made up on Monday 4 and Tuesday 5.
    assert sorted(d for d, h in days.items() if h.festival == "national" and h.makeup) == \
        [date(2027, 10, 4), date(2027, 10, 5)]
    # 清明 Monday 5 April, 端午 Wednesday 9 June, 中秋 Wednesday 15 September: weekdays, nothing owed.
    assert not any(h.makeup for h in days.values() if h.festival in ("qingming", "duanwu", "zhongqiu"))


def test_lunar_library_gives_the_2027_dates():
    assert lunar.lunar_dates(2027) == LUNAR_2027
    assert date(2027, 2, 5) in lunar.computed_holidays(2027)      # 除夕 2027


def test_computed_2026_agrees_with_the_published_schedule():
    # Every statutory day the rule computes for 2026 is a holiday in the State
    # Council's 2026 schedule (which adds bridge days and 调休 on top).
    official = {d for d, k in seed_days([2026]) if k == "holiday"}
    if not official:
        pytest.skip("chinese_calendar has no 2026 data")
    computed = [h.day for h in statutory_holidays(lunar.lunar_dates(2026)) if not h.makeup]
    assert len(computed) == 13
    assert set(computed) <= official


def test_overlapping_festivals_count_once():
    # 2028: 中秋 falls on 3 October, inside 国庆.
    days = statutory_holidays(lunar.lunar_dates(2028))
    assert lunar.lunar_dates(2028).zhongqiu == date(2028, 10, 3)
    assert len({h.day for h in days}) == len(days)


def _cal_2026_official_2027_computed():
    rows = seed_days([2026])
    if not rows:
        pytest.skip("chinese_calendar has no 2026 data")
    return HolidayCalendar.from_entries(rows, lunar.computed_holidays(2027))


def test_deadline_across_new_year_2027_is_provisional():
    cal = _cal_2026_official_2027_computed()
    assert not cal.is_working_day(date(2027, 1, 1))
    assert cal.official_years == {2026} and cal.provisional_years == {2027}
    # Accepted Monday 28 December 2026; investigation within 15 working days:
    # 29, 30, 31 Dec (3); 1 Jan 元旦 off; 4-8 Jan (8); 11-15 Jan (13); 18, 19 Jan (15).
    case = deadlines.CaseDates(State.INVESTIGATING, accepted_on=date(2026, 12, 28))
    due = deadlines.due(case, cal, today=date(2026, 12, 28))
    assert due.due == date(2027, 1, 19)
    assert due.provisional and due.provisional_years == (2027,)
    # Without the computed year 1 January would have counted as a working day.
    plain = HolidayCalendar.from_entries(seed_days([2026]))
    assert deadlines.due_date(case, plain) == date(2027, 1, 18)


def test_deadline_across_spring_festival_2027():
    cal = _cal_2026_official_2027_computed()
    # Handed up Monday 1 February 2027, county decision within 5 working days:
    # 2, 3, 4 Feb (3); 5 Feb 除夕 and 8 Feb 初三 off, 9-10 Feb made up; 11, 12 Feb (5).
    # (Accepted 20 January: the whole procedure's limits come later.)
    case = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2027, 1, 20),
                               handed_up_on=date(2027, 2, 1))
    due = deadlines.due(case, cal, today=date(2027, 2, 1), limits=deadlines.Limits(decision=5))
    assert due.due == date(2027, 2, 12) and due.limit == "decision" and due.provisional


def test_deadline_inside_an_official_year_is_not_provisional():
    cal = _cal_2026_official_2027_computed()
    case = deadlines.CaseDates(State.INVESTIGATING, accepted_on=date(2026, 9, 29))
    due = deadlines.due(case, cal, today=date(2026, 9, 30))
    assert not due.provisional
    # 30 Sep (1); 1-7 Oct National Day off, 10 Oct an adjusted working Saturday.
    assert due.due == cal.add_working_days(date(2026, 9, 29), 15)
    assert chinese_calendar.is_holiday(date(2026, 10, 5))


def test_official_rows_override_computed_ones():
    computed = lunar.computed_holidays(2027)
    official = [(date(2027, 1, 1), "holiday"), (date(2027, 2, 20), "workday")]
    cal = HolidayCalendar.from_entries(official, computed)
    assert cal.provisional_years == frozenset()
    # Only the official rows count for 2027 now: 除夕 is a working day in this (made-up) schedule.
    assert cal.is_working_day(date(2027, 2, 5))
