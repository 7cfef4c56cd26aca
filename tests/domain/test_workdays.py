from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.store.calendar_seed import known_years, seed_days

# A small hand-made calendar: Thu 1 Oct 2026 a holiday, Sat 10 Oct an adjusted working day.
SMALL = HolidayCalendar(frozenset({date(2026, 10, 1)}), frozenset({date(2026, 10, 10)}))
EMPTY = HolidayCalendar(frozenset(), frozenset())


# --- pure -------------------------------------------------------------------------------

def test_is_working_day():
    assert SMALL.is_working_day(date(2026, 9, 30))        # Wednesday
    assert not SMALL.is_working_day(date(2026, 10, 1))    # holiday on a Thursday
    assert SMALL.is_working_day(date(2026, 10, 10))       # adjusted Saturday
    assert not SMALL.is_working_day(date(2026, 10, 11))   # ordinary Sunday


def test_add_working_days_skips_weekend():
    # Fri 2 Oct + 1 working day: Sat/Sun off -> Mon 5 Oct (no holidays in EMPTY)
    assert EMPTY.add_working_days(date(2026, 10, 2), 1) == date(2026, 10, 5)
    assert EMPTY.add_working_days(date(2026, 10, 2), 0) == date(2026, 10, 2)


def test_add_working_days_uses_holiday_and_adjusted_day():
    # Wed 30 Sep + 2: Thu 1 Oct holiday, Fri 2 Oct (1), Sat-Sun off, Mon 5 Oct (2)
    assert SMALL.add_working_days(date(2026, 9, 30), 2) == date(2026, 10, 5)
    # Fri 9 Oct + 1: Sat 10 Oct is worked
    assert SMALL.add_working_days(date(2026, 10, 9), 1) == date(2026, 10, 10)


def test_add_working_days_backwards():
    assert SMALL.add_working_days(date(2026, 10, 5), -2) == date(2026, 9, 30)


def test_start_on_a_day_off_is_not_counted():
    # Sat 3 Oct + 1 -> Mon 5 Oct
    assert SMALL.add_working_days(date(2026, 10, 3), 1) == date(2026, 10, 5)


def test_working_days_between():
    assert SMALL.working_days_between(date(2026, 9, 30), date(2026, 10, 5)) == 2
    assert SMALL.working_days_between(date(2026, 10, 5), date(2026, 9, 30)) == -2
    assert SMALL.working_days_between(date(2026, 10, 9), date(2026, 10, 11)) == 1
    assert SMALL.working_days_between(date(2026, 10, 9), date(2026, 10, 9)) == 0


def test_overlap_is_refused():
    with pytest.raises(ValidationError) as exc:
        HolidayCalendar(frozenset({date(2026, 10, 1)}), frozenset({date(2026, 10, 1)}))
    assert exc.value.code == "calendar.overlap"


def test_from_entries():
    cal = HolidayCalendar.from_entries([(date(2026, 10, 1), "holiday"), (date(2026, 10, 10), "workday")])
    assert cal == SMALL
    assert cal.years == frozenset({2026})
    with pytest.raises(ValidationError):
        HolidayCalendar.from_entries([(date(2026, 10, 1), "festival")])


days = st.dates(date(2025, 12, 1), date(2027, 2, 1))
random_cal = st.builds(
    lambda hs, ws: HolidayCalendar(frozenset(hs), frozenset(ws - hs)),
    st.sets(days, max_size=30), st.sets(days, max_size=10))


def naive_between(cal, a, b):
    return sum(1 for i in range(1, (b - a).days + 1) if cal.is_working_day(a + timedelta(days=i)))


@given(random_cal, days, days)
def test_between_matches_day_by_day_count(cal, a, b):
    if b < a:
        a, b = b, a
    assert cal.working_days_between(a, b) == naive_between(cal, a, b)


@given(random_cal, days, st.integers(0, 60))
def test_add_then_count_round_trips(cal, start, n):
    end = cal.add_working_days(start, n)
    assert cal.working_days_between(start, end) == n
    assert n == 0 or cal.is_working_day(end)


# --- the real 2026 calendar from chinese_calendar ----------------------------------------

@pytest.fixture(scope="module")
def cal2026():
    return HolidayCalendar.from_entries(seed_days([2026]))


def test_seed_lists_national_day_and_adjusted_weekends():
    rows = set(seed_days([2026]))
    for d in range(1, 8):
        assert (date(2026, 10, d), "holiday") in rows
    assert (date(2026, 9, 20), "workday") in rows      # Sunday worked
    assert (date(2026, 10, 10), "workday") in rows     # Saturday worked
    assert (date(2026, 3, 7), "holiday") not in rows   # an ordinary Saturday is not listed
    assert all(d.year == 2026 for d, _ in rows)


def test_investigation_deadline_across_national_day(cal2026):
    # Accepted Mon 28 Sep 2026; 15 working days (Zhejiang art. 11):
    # 29, 30 Sep (2); 1-7 Oct holiday; 8, 9 Oct (4); Sat 10 Oct worked (5);
    # 12-16 Oct (10); 19-23 Oct (15) -> Fri 23 Oct. A plain Mon-Fri count gives 19 Oct.
    assert cal2026.add_working_days(date(2026, 9, 28), 15) == date(2026, 10, 23)
    assert EMPTY.add_working_days(date(2026, 9, 28), 15) == date(2026, 10, 19)
    assert cal2026.working_days_between(date(2026, 9, 28), date(2026, 10, 23)) == 15


def test_three_day_deadline_lands_on_adjusted_saturday(cal2026):
    # Wed 30 Sep + 3: Thu 8, Fri 9, Sat 10 Oct
    assert cal2026.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 10)


def test_adjusted_sunday_before_mid_autumn(cal2026):
    # Sat 19 Sep + 1 -> Sun 20 Sep, an adjusted working day
    assert cal2026.add_working_days(date(2026, 9, 19), 1) == date(2026, 9, 20)


def test_unknown_years_are_skipped():
    assert seed_days([1900, 2100]) == []
    rows = seed_days([1900, 2026, 2100])
    assert rows == seed_days([2026])
    assert 2026 in known_years() and 2100 not in known_years()
