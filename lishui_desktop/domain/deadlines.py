"""Due dates of open cases in working days (DOMAIN.md, "The procedure").

Each state owes a next step by a date; the whole procedure also has an outer
limit (30 working days from acceptance, 45 when extended, MCA 2021). A case's
due date is the earlier of the two; it is overdue the day after.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .workdays import HolidayCalendar
from .workflow import State


@dataclass(frozen=True)
class Limits:
    """Limits in working days; the county's settings may change them."""
    start_investigation: int = 3     # start the economic investigation after acceptance
    investigation: int = 15          # township investigation done (Zhejiang art. 11)
    decision: int = 10               # county decision after hand-up (MCA 10; Zhejiang 5)
    whole: int = 30                  # whole procedure (MCA 2021)
    whole_extended: int = 45


@dataclass(frozen=True)
class CaseDates:
    state: State
    accepted_on: date | None = None
    handed_up_on: date | None = None
    notice_end: date | None = None
    extended: bool = False


@dataclass(frozen=True)
class Due:
    due: date | None
    overdue: bool
    days_left: int | None       # working days left (negative when overdue)
    # Counted through a year whose holidays are computed, not announced (domain.holidays):
    # the date may move when the city hands down the official schedule.
    provisional: bool = False
    provisional_years: tuple[int, ...] = ()


def due_date(case: CaseDates, cal: HolidayCalendar, limits: Limits = Limits()) -> date | None:
    s = case.state
    step: date | None = None
    if s is State.ACCEPTED and case.accepted_on:
        step = cal.add_working_days(case.accepted_on, limits.start_investigation)
    elif s is State.INVESTIGATING and case.accepted_on:
        step = cal.add_working_days(case.accepted_on, limits.investigation)
    elif s is State.PUBLICIZING and case.notice_end:
        # The notice is closed on the first day after it ends (calendar days: 公示 counts them).
        return case.notice_end + timedelta(days=1)
    elif s is State.AWAITING_DECISION and case.handed_up_on:
        step = cal.add_working_days(case.handed_up_on, limits.decision)
    if s in (State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED, State.REVIEWED,
             State.PUBLICIZED) and case.accepted_on:
        whole = cal.add_working_days(case.accepted_on,
                                     limits.whole_extended if case.extended else limits.whole)
        step = whole if step is None else min(step, whole)
    return step


def due(case: CaseDates, cal: HolidayCalendar, today: date, limits: Limits = Limits()) -> Due:
    d = due_date(case, cal, limits)
    if d is None:
        return Due(None, False, None)
    start = min(x for x in (case.accepted_on, case.handed_up_on, today, d) if x is not None)
    years = tuple(y for y in range(start.year, max(d, today).year + 1) if y not in cal.official_years)
    flags = {"provisional": bool(years), "provisional_years": years}
    if d >= today:
        return Due(d, False, cal.working_days_between(today, d), **flags)
    return Due(d, True, -cal.working_days_between(d, today), **flags)
