"""Due dates of open cases in working days (DOMAIN.md, "The procedure").

Sources, and how each limit is counted (the day an act happens is not counted):

- start the household economic investigation within 3 working days of 受理
  (MCA 《最低生活保障审核确认办法》2021);
- investigation and 初审 within 15 working days of 受理 (《浙江省社会救助条例》
  art. 11): the township owes its preliminary review by then;
- the county's decision within 5 working days of receiving the township's file
  (Zhejiang; MCA 2021 allows 10): a county setting;
- the whole procedure within 23 working days of 受理, the 7-day public notice
  not counted (the Zhejiang guides' figure);
- the MCA outer limit: 30 working days from 受理, the notice included,
  extendable to 45 in special circumstances by a recorded extension with its
  reason. It stays binding while the case waits at the county. An extended
  case is measured against the 45 days only: the extension exists for the
  special circumstances the 23-day guide figure does not allow for;
- a refusal is delivered (送达) within 3 working days of the decision
  (《浙江省社会救助条例》; MCA 2021 art. 27 "书面告知");
- the county's 核对机构 starts the data cross-check (信息核对) within 3 working days
  of the township's request (MCA 《最低生活保障审核确认办法》2021; DOMAIN.md "The
  procedure"; domain.crosscheck.START_WORKING_DAYS). It counts among the case's
  limits while the request has no result: the 初审 waits on the result, so the
  case's due date names this limit when it falls first;
- after a township's pay-first of urgent temporary aid (先行救助), the investigation
  and paperwork are completed within the county's period (domain.urgent_aid: 10
  working days by default, unconfirmed); the case is approved but still owes it.

A case's due date is the earliest limit that applies in its state; ``due()``
also says which limit that is, so the screen can name it, and whether it was
counted through a year whose holidays are computed (provisional).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .crosscheck import START_WORKING_DAYS as _CROSSCHECK_START
from .errors import ValidationError
from .urgent_aid import DEFAULT_COMPLETION_DAYS
from .workdays import HolidayCalendar
from .workflow import State


@dataclass(frozen=True)
class Limits:
    """Limits in working days; ``decision`` is the county's setting (reference data)."""
    start_investigation: int = 3     # start the economic investigation after acceptance (MCA 2021)
    investigation: int = 15          # investigation + 初审 after acceptance (Zhejiang art. 11)
    decision: int = 5                # county decision after hand-up (Zhejiang 5; MCA 2021: 10)
    whole_zhejiang: int = 23         # acceptance to decision, the 7-day notice not counted
    whole: int = 30                  # MCA 2021 outer limit, the notice included
    whole_extended: int = 45         # MCA 2021, with a recorded extension
    delivery: int = 3                # refusal notice delivered after the decision
    crosscheck_start: int = _CROSSCHECK_START   # county starts the 信息核对 after the request (MCA 2021)
    pay_first_completion: int = DEFAULT_COMPLETION_DAYS   # paperwork after a pay-first (domain.urgent_aid; a setting)

    def __post_init__(self):
        for name in ("start_investigation", "investigation", "decision", "whole_zhejiang", "whole",
                     "whole_extended", "delivery", "crosscheck_start", "pay_first_completion"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 60:
                raise ValidationError("limits.range", f"{name} must be 1-60 working days",
                                      field=name, value=v)
        if self.decision > self.whole:
            raise ValidationError("limits.decision", "the decision limit cannot exceed the whole procedure",
                                  field="decision", value=self.decision)


# Which limit a due date is, with its source, for the screen and the notices.
LIMIT_TEXT_ZH = {
    "start_investigation": "受理后 {days} 个工作日内启动家庭经济状况调查（《最低生活保障审核确认办法》）",
    "investigation": "受理后 {days} 个工作日内完成调查核实和初审（《浙江省社会救助条例》第十一条）",
    "decision": "县级民政部门收到初审材料后 {days} 个工作日内作出审核确认决定（县级设置；浙江省规定）",
    "whole_zhejiang": "自受理之日起 {days} 个工作日内办结，公示期不计入（浙江省）",
    "whole": "自受理之日起 {days} 个工作日内完成审核确认（《最低生活保障审核确认办法》）",
    "whole_extended": "经延期，自受理之日起 {days} 个工作日内完成审核确认（《最低生活保障审核确认办法》）",
    "notice": "公示期 7 日，期满次日结束公示",
    "delivery": "作出不予确认决定后 {days} 个工作日内送达书面通知（送达回证）",
    "crosscheck_start": "县级民政部门收到信息核对申请后 {days} 个工作日内启动家庭经济状况信息核对"
                        "（《最低生活保障审核确认办法》）",
    "pay_first_completion": "先行救助后 {days} 个工作日内补齐调查和审批手续（县级设置；急难型临时救助）",
}


@dataclass(frozen=True)
class CaseDates:
    state: State
    accepted_on: date | None = None
    handed_up_on: date | None = None
    notice_end: date | None = None
    extended: bool = False
    notice_start: date | None = None
    decided_on: date | None = None
    delivered_on: date | None = None
    # The day of the cross-check request still without its result (None: none pending).
    crosscheck_requested_on: date | None = None
    paid_first_on: date | None = None      # the township's pay-first (先行救助)
    completed_on: date | None = None       # its paperwork completed


@dataclass(frozen=True)
class Due:
    due: date | None
    overdue: bool
    days_left: int | None       # working days left (negative when overdue)
    # Counted through a year whose holidays are computed, not announced (domain.holidays):
    # the date may move when the city hands down the official schedule.
    provisional: bool = False
    provisional_years: tuple[int, ...] = ()
    limit: str | None = None    # key of LIMIT_TEXT_ZH: which limit falls due first
    limit_days: int | None = None

    def text_zh(self) -> str:
        return LIMIT_TEXT_ZH[self.limit].format(days=self.limit_days) if self.limit else ""


def add_working_days_outside(cal: HolidayCalendar, start: date, n: int,
                             skip: tuple[date, date] | None) -> date:
    """``n`` working days after ``start``, not counting days from skip[0] to skip[1]."""
    if skip is None:
        return cal.add_working_days(start, n)
    d, left = start, n
    while left:
        d += timedelta(days=1)
        if cal.is_working_day(d) and not skip[0] <= d <= skip[1]:
            left -= 1
    return d


# A request is made and answered between acceptance and the 初审 (domain.crosscheck).
_CROSSCHECK_STATES = (State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED)
_BEFORE_DECISION = (State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED, State.REVIEWED,
                    State.PUBLICIZING, State.PUBLICIZED, State.AWAITING_DECISION)


def limits_due(case: CaseDates, cal: HolidayCalendar, limits: Limits = Limits()) -> list[tuple[date, str, int]]:
    """Every limit that applies to the case in its state: (due date, limit key, days)."""
    s = case.state
    out: list[tuple[date, str, int]] = []
    if s is State.ACCEPTED and case.accepted_on:
        out.append((cal.add_working_days(case.accepted_on, limits.start_investigation),
                    "start_investigation", limits.start_investigation))
    if s in (State.INVESTIGATING, State.INVESTIGATED) and case.accepted_on:
        out.append((cal.add_working_days(case.accepted_on, limits.investigation),
                    "investigation", limits.investigation))
    if s in _CROSSCHECK_STATES and case.crosscheck_requested_on:
        out.append((cal.add_working_days(case.crosscheck_requested_on, limits.crosscheck_start),
                    "crosscheck_start", limits.crosscheck_start))
    if s is State.PUBLICIZING and case.notice_end:
        # The notice is closed on the first day after it ends (calendar days: 公示 counts them).
        out.append((case.notice_end + timedelta(days=1), "notice", 7))
    if s is State.AWAITING_DECISION and case.handed_up_on:
        out.append((cal.add_working_days(case.handed_up_on, limits.decision), "decision", limits.decision))
    if s in _BEFORE_DECISION and case.accepted_on:
        if case.extended:
            out.append((cal.add_working_days(case.accepted_on, limits.whole_extended),
                        "whole_extended", limits.whole_extended))
        else:
            notice = (case.notice_start, case.notice_end) if case.notice_start and case.notice_end else None
            out.append((add_working_days_outside(cal, case.accepted_on, limits.whole_zhejiang, notice),
                        "whole_zhejiang", limits.whole_zhejiang))
            out.append((cal.add_working_days(case.accepted_on, limits.whole), "whole", limits.whole))
    if s is State.APPROVED and case.paid_first_on and case.completed_on is None:
        out.append((cal.add_working_days(case.paid_first_on, limits.pay_first_completion),
                    "pay_first_completion", limits.pay_first_completion))
    if s is State.REFUSED and case.decided_on and case.delivered_on is None:
        out.append((cal.add_working_days(case.decided_on, limits.delivery), "delivery", limits.delivery))
    return out


def _first(case: CaseDates, cal: HolidayCalendar, limits: Limits) -> tuple[date, str, int] | None:
    found = limits_due(case, cal, limits)
    # The earliest date; on a tie the step's own limit (listed first) names it.
    return min(found, key=lambda t: t[0]) if found else None


def due_date(case: CaseDates, cal: HolidayCalendar, limits: Limits = Limits()) -> date | None:
    first = _first(case, cal, limits)
    return first[0] if first else None


def due(case: CaseDates, cal: HolidayCalendar, today: date, limits: Limits = Limits()) -> Due:
    first = _first(case, cal, limits)
    if first is None:
        return Due(None, False, None)
    d, key, days = first
    start = min(x for x in (case.accepted_on, case.handed_up_on, case.decided_on, case.paid_first_on, today, d)
                if x is not None)
    years = tuple(y for y in range(start.year, max(d, today).year + 1) if y not in cal.official_years)
    extra = {"provisional": bool(years), "provisional_years": years, "limit": key, "limit_days": days}
    if d >= today:
        return Due(d, False, cal.working_days_between(today, d), **extra)
    return Due(d, True, -cal.working_days_between(d, today), **extra)
