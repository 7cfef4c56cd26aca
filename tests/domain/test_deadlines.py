"""Due dates in working days across the 2026 National Day holiday (real calendar data)."""
from datetime import date

import pytest

from lishui_desktop.domain import deadlines
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.domain.workflow import State
from lishui_desktop.store.calendar_seed import known_years, seed_days


@pytest.fixture(scope="module")
def cal():
    if 2026 not in known_years():
        pytest.skip("chinese_calendar has no 2026 data")
    return HolidayCalendar.from_entries(seed_days([2025, 2026]))


def test_investigation_start_across_national_day(cal):
    # Accepted Tuesday 2026-09-29. 2026's National Day holiday runs 1-7 October and
    # Sunday 27 September / Saturday 10 October are adjusted working days; the three
    # working days after 29 September are 30 September, 8 and 9 October.
    case = deadlines.CaseDates(State.ACCEPTED, accepted_on=date(2026, 9, 29))
    assert cal.is_working_day(date(2026, 10, 10)) or cal.is_working_day(date(2026, 9, 27))
    due = deadlines.due_date(case, cal)
    expected = cal.add_working_days(date(2026, 9, 29), 3)
    assert due == expected
    assert due >= date(2026, 10, 8)   # the holiday week does not count
    # Without the holiday data the same rule would give 2 October.
    assert deadlines.due_date(case, HolidayCalendar(frozenset(), frozenset())) == date(2026, 10, 2)


def test_overdue_and_days_left(cal):
    case = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 9, 1),
                               handed_up_on=date(2026, 11, 2))
    d = deadlines.due(case, cal, today=date(2026, 11, 3))
    assert d.due == date(2026, 11, 16) and not d.overdue and d.days_left == 9
    late = deadlines.due(case, cal, today=date(2026, 11, 18))
    assert late.overdue and late.days_left == -2


def test_whole_procedure_limit_caps_the_step(cal):
    # Investigating: step limit 15 working days, but if the case was accepted long ago
    # the 30-day whole limit can never be later than the step.
    case = deadlines.CaseDates(State.INVESTIGATED, accepted_on=date(2026, 11, 2))
    assert deadlines.due_date(case, cal) == cal.add_working_days(date(2026, 11, 2), 30)
    ext = deadlines.CaseDates(State.INVESTIGATED, accepted_on=date(2026, 11, 2), extended=True)
    assert deadlines.due_date(ext, cal) == cal.add_working_days(date(2026, 11, 2), 45)


def test_notice_due_the_day_after_it_ends(cal):
    case = deadlines.CaseDates(State.PUBLICIZING, accepted_on=date(2026, 11, 2),
                               notice_end=date(2026, 11, 22))
    assert deadlines.due_date(case, cal) == date(2026, 11, 23)


def test_no_deadline_while_waiting_for_the_applicant(cal):
    assert deadlines.due_date(deadlines.CaseDates(State.MATERIALS_MISSING), cal) is None
    assert deadlines.due_date(deadlines.CaseDates(State.APPROVED, accepted_on=date(2026, 1, 5)), cal) is None
