"""复核: when an active case is reviewed again, and what a review may conclude.

DOMAIN.md "More rules of the procedure": yearly for stable households; every
6 months where income is irregular or members are able-bodied and of working
age; tekun yearly. Reported changes (birth, death, move, job, income),
公示 objections and complaints open a review early. A review ends in
continue, raise, reduce or stop, each with written reasons, decided by the
competent body (the same body that decides the type: workflow's approval level).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .household import HouseholdFacts, add_months, has_work_capacity
from .workdays import HolidayCalendar
from .workflow import Action

YEARLY, HALF_YEARLY = 12, 6
# Income whose amount changes month to month: net business income and wages
# without a fixed employer are what township offices check twice a year.
IRREGULAR_INCOME = frozenset({"business_net", "property_net"})
# Monthly types that are reviewed; one-off grants end with their payment.
REVIEWED_TYPES = frozenset({"dibao", "dibian", "tekun", "ertong"})

# Why a review was opened. "periodic" comes from the schedule; the others are reported.
TRIGGERS: dict[str, str] = {
    "periodic": "定期复核",
    "birth": "家庭成员出生",
    "death": "家庭成员死亡",
    "move": "家庭成员迁入迁出",
    "job": "家庭成员就业",
    "income_change": "家庭收入变化",
    "objection": "公示异议",
    "complaint": "投诉举报",
}
REPORTED_TRIGGERS = frozenset(TRIGGERS) - {"periodic"}

# A review's outcome and the workflow action the competent body takes for it.
OUTCOMES: dict[str, str] = {"continue": "维持原待遇", "raise": "增发", "reduce": "减发",
                            "stop": "停发"}
OUTCOME_ACTIONS = {"raise": Action.RAISE, "reduce": Action.REDUCE, "stop": Action.STOP}

INTERVAL_REASONS: dict[str, str] = {
    "stable": "家庭收入稳定，每年复核一次",
    "tekun": "特困人员，每年复核一次",
    "irregular_income": "家庭收入不固定，每半年复核一次",
    "able_bodied": "有劳动能力的劳动年龄人口，每半年复核一次",
}

# A reported change is reviewed within the township's investigation limit
# (15 working days, Zhejiang art. 11); a periodic review is "due" from this
# many working days before its date so the visit can be planned.
REPORTED_LIMIT_WORKING_DAYS = 15
DUE_LEAD_WORKING_DAYS = 15


@dataclass(frozen=True)
class Interval:
    months: int
    reason: str          # INTERVAL_REASONS code


def review_interval(assistance_type: str, household: HouseholdFacts, on_date: date,
                    income_categories: tuple[str, ...] = ()) -> Interval:
    """How often this case is reviewed, and why."""
    if assistance_type == "tekun":
        return Interval(YEARLY, "tekun")
    covered = [m for m in household.members if m.covered] or list(household.members)
    if any(has_work_capacity(m, on_date) for m in covered):
        return Interval(HALF_YEARLY, "able_bodied")
    if any(c in IRREGULAR_INCOME for c in income_categories):
        return Interval(HALF_YEARLY, "irregular_income")
    return Interval(YEARLY, "stable")


def next_review(last: date, interval: Interval) -> date:
    """The day the next review falls due: ``interval.months`` after the last review
    (or the decision that made the case active)."""
    return add_months(last, interval.months)


@dataclass(frozen=True)
class ReviewDue:
    due_on: date              # the review date (or the reported change's deadline)
    deadline: date            # last working day to finish it
    days_left: int            # working days left until the deadline (negative: overdue)
    status: str               # "upcoming" | "due" | "overdue"


def due_status(review_date: date, today: date, cal: HolidayCalendar) -> ReviewDue:
    """Where a review stands today. The deadline is the review date itself, moved to
    the next working day when it falls on a day off."""
    deadline = review_date
    while not cal.is_working_day(deadline):
        deadline = date.fromordinal(deadline.toordinal() + 1)
    left = cal.working_days_between(today, deadline)
    if today > deadline:
        status = "overdue"
    elif left <= DUE_LEAD_WORKING_DAYS:
        status = "due"
    else:
        status = "upcoming"
    return ReviewDue(review_date, deadline, left, status)


def reported_deadline(reported_on: date, cal: HolidayCalendar) -> date:
    return cal.add_working_days(reported_on, REPORTED_LIMIT_WORKING_DAYS)


def check_trigger(trigger: str, note: str) -> None:
    if trigger not in TRIGGERS:
        raise ValidationError("review.trigger", f"unknown review trigger {trigger!r}",
                              field="trigger", trigger=trigger)
    if trigger in REPORTED_TRIGGERS and not (note or "").strip():
        raise ValidationError("review.note", "say what was reported (who, what, when)",
                              field="note")


def proposed_outcome(current_fen: int, recalculated_fen: int, eligible: bool) -> str:
    """What the recalculation points to: stop when no longer eligible (or nothing is
    due), else raise / reduce / continue by the new amount."""
    if not eligible or recalculated_fen <= 0:
        return "stop"
    if recalculated_fen > current_fen:
        return "raise"
    if recalculated_fen < current_fen:
        return "reduce"
    return "continue"


def check_outcome(outcome: str, reasons: list[str], amount_fen: int | None,
                  current_fen: int) -> None:
    """The decision's own consistency; who may make it is the workflow's check."""
    if outcome not in OUTCOMES:
        raise ValidationError("review.outcome", f"unknown review outcome {outcome!r}",
                              field="outcome", outcome=outcome)
    if not [r for r in reasons if str(r).strip()]:
        raise ValidationError("reasons.required", "a review's conclusion needs written reasons",
                              field="reasons")
    if outcome in ("raise", "reduce"):
        if not isinstance(amount_fen, int) or isinstance(amount_fen, bool) or amount_fen < 0:
            raise ValidationError("amount.required", "give the new monthly amount in fen",
                                  field="amount_fen")
    if outcome == "continue" and amount_fen not in (None, current_fen):
        raise ValidationError("review.continue_amount",
                              "continuing unchanged keeps the current amount", field="amount_fen")
