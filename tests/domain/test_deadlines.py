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
    # Accepted 2 November, handed up 20 November (Friday): the county's 5 working days
    # are 23-27 November, well inside the whole-procedure limits.
    case = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 11, 2),
                               handed_up_on=date(2026, 11, 20))
    d = deadlines.due(case, cal, today=date(2026, 11, 23))
    assert d.due == date(2026, 11, 27) and not d.overdue and d.days_left == 4
    assert d.limit == "decision" and "5 个工作日" in d.text_zh()
    late = deadlines.due(case, cal, today=date(2026, 12, 1))
    assert late.overdue and late.days_left == -2


def test_county_setting_changes_the_decision_limit(cal):
    # MCA's 10 days as the county's setting instead of Zhejiang's 5: 23 Nov - 4 Dec
    # (before the whole procedure's 10 December, see below).
    case = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 11, 2),
                               handed_up_on=date(2026, 11, 20), notice_start=date(2026, 11, 3),
                               notice_end=date(2026, 11, 9))
    d = deadlines.due(case, cal, today=date(2026, 11, 23), limits=deadlines.Limits(decision=10))
    assert d.due == date(2026, 12, 4) and d.limit == "decision" and "10 个工作日" in d.text_zh()
    with pytest.raises(Exception):
        deadlines.Limits(decision=0)


def test_outer_limit_binds_while_the_case_waits_at_the_county(cal):
    # Accepted Monday 2 November 2026; 公示 3-9 November (5 working days, 3-6 and 9 Nov);
    # handed up 20 November. Zhejiang's 23 working days not counting the notice:
    # 10-13 Nov (4), 16-20 (9), 23-27 (14), 30 Nov (15), 1-4 Dec (19), 7-10 Dec (23) = 10 December.
    # MCA's 30 working days with the notice: 3 Dec is the 23rd, 4 Dec, 7-11 Dec, 14 Dec (30).
    # The county's 5 days (27 Nov) come first.
    case = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 11, 2),
                               handed_up_on=date(2026, 11, 20), notice_start=date(2026, 11, 3),
                               notice_end=date(2026, 11, 9))
    found = {k: d for d, k, _ in deadlines.limits_due(case, cal)}
    assert found == {"decision": date(2026, 11, 27), "whole_zhejiang": date(2026, 12, 10),
                     "whole": date(2026, 12, 14)}
    # Handed up late (4 December): the county's own 5 days would end 11 December, but
    # the whole procedure is due 10 December.
    late = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 11, 2),
                               handed_up_on=date(2026, 12, 4), notice_start=date(2026, 11, 3),
                               notice_end=date(2026, 11, 9))
    d = deadlines.due(late, cal, today=date(2026, 12, 4))
    assert d.due == date(2026, 12, 10) and d.limit == "whole_zhejiang"
    # Extended with a recorded reason: only MCA's 45 working days bind besides the county's own.
    ext = deadlines.CaseDates(State.AWAITING_DECISION, accepted_on=date(2026, 11, 2),
                              handed_up_on=date(2026, 12, 4), notice_start=date(2026, 11, 3),
                              notice_end=date(2026, 11, 9), extended=True)
    d = deadlines.due(ext, cal, today=date(2026, 12, 4))
    assert d.due == date(2026, 12, 11) and d.limit == "decision"
    assert {k for _, k, _ in deadlines.limits_due(ext, cal)} == {"decision", "whole_extended"}
    assert cal.add_working_days(date(2026, 11, 2), 45) == dict(
        (k, d) for d, k, _ in deadlines.limits_due(ext, cal))["whole_extended"]


def test_preliminary_review_due_15_working_days_after_acceptance(cal):
    # Investigated but not reviewed: 初审 is owed 15 working days after 2 November = 23 November.
    case = deadlines.CaseDates(State.INVESTIGATED, accepted_on=date(2026, 11, 2))
    d = deadlines.due(case, cal, today=date(2026, 11, 10))
    assert d.due == date(2026, 11, 23) and d.limit == "investigation"


def test_refusal_delivered_within_3_working_days(cal):
    # Refused Friday 27 November: delivery due Wednesday 2 December; none once delivered.
    case = deadlines.CaseDates(State.REFUSED, accepted_on=date(2026, 11, 2), decided_on=date(2026, 11, 27))
    d = deadlines.due(case, cal, today=date(2026, 11, 27))
    assert d.due == date(2026, 12, 2) and d.limit == "delivery" and "送达" in d.text_zh()
    done = deadlines.CaseDates(State.REFUSED, accepted_on=date(2026, 11, 2), decided_on=date(2026, 11, 27),
                               delivered_on=date(2026, 11, 30))
    assert deadlines.due_date(done, cal) is None


def test_whole_procedure_limit_caps_the_step(cal):
    # Reviewed, not yet published: no step limit of its own; Zhejiang's 23 working days
    # (no notice yet) come before MCA's 30; extended, MCA's 45.
    case = deadlines.CaseDates(State.REVIEWED, accepted_on=date(2026, 11, 2))
    assert deadlines.due_date(case, cal) == cal.add_working_days(date(2026, 11, 2), 23)
    ext = deadlines.CaseDates(State.REVIEWED, accepted_on=date(2026, 11, 2), extended=True)
    assert deadlines.due_date(ext, cal) == cal.add_working_days(date(2026, 11, 2), 45)


def test_notice_due_the_day_after_it_ends(cal):
    case = deadlines.CaseDates(State.PUBLICIZING, accepted_on=date(2026, 11, 2),
                               notice_end=date(2026, 11, 22))
    assert deadlines.due_date(case, cal) == date(2026, 11, 23)


def test_no_deadline_while_waiting_for_the_applicant(cal):
    assert deadlines.due_date(deadlines.CaseDates(State.MATERIALS_MISSING), cal) is None
    assert deadlines.due_date(deadlines.CaseDates(State.APPROVED, accepted_on=date(2026, 1, 5)), cal) is None


def test_crosscheck_start_limit_counts_from_the_request(cal):
    # Accepted Monday 2 November 2026, cross-check requested Wednesday 4 November. The county's
    # 核对机构 starts within 3 working days of the request (MCA 2021): Thu 5, Fri 6, Mon 9 November
    # = 9 November, before the township's own 15 days (3-6, 9-13, 16-20, 23 Nov = 23 November).
    case = deadlines.CaseDates(State.INVESTIGATING, accepted_on=date(2026, 11, 2),
                               crosscheck_requested_on=date(2026, 11, 4))
    d = deadlines.due(case, cal, today=date(2026, 11, 4))
    assert d.due == date(2026, 11, 9) and d.limit == "crosscheck_start" and d.days_left == 3
    assert d.text_zh() == ("县级民政部门收到信息核对申请后 3 个工作日内启动家庭经济状况信息核对"
                           "（《最低生活保障审核确认办法》）")
    assert (date(2026, 11, 23), "investigation", 15) in deadlines.limits_due(case, cal)
    # On Tuesday 10 November without a result it is one working day overdue.
    late = deadlines.due(case, cal, today=date(2026, 11, 10))
    assert late.overdue and late.days_left == -1 and late.limit == "crosscheck_start"
    # Once the result is on file (no request pending) the township's limit is first again.
    done = deadlines.CaseDates(State.INVESTIGATING, accepted_on=date(2026, 11, 2))
    assert deadlines.due(done, cal, today=date(2026, 11, 10)).limit == "investigation"
    # A request is answered before the 初审: after it no cross-check limit runs.
    later = deadlines.CaseDates(State.REVIEWED, accepted_on=date(2026, 11, 2),
                                crosscheck_requested_on=date(2026, 11, 4))
    assert all(k != "crosscheck_start" for _d, k, _n in deadlines.limits_due(later, cal))


def test_crosscheck_start_limit_skips_holidays(cal):
    # Requested Tuesday 29 September 2026: the National Day week does not count.
    case = deadlines.CaseDates(State.ACCEPTED, accepted_on=date(2026, 9, 28),
                               crosscheck_requested_on=date(2026, 9, 29))
    found = {k: d for d, k, _n in deadlines.limits_due(case, cal)}
    assert found["crosscheck_start"] == cal.add_working_days(date(2026, 9, 29), 3) >= date(2026, 10, 8)
