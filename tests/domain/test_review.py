"""复核 schedule rules and outcomes (domain.review)."""
from datetime import date

import pytest

from lishui_desktop.domain import review as rv
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.household import HouseholdFacts, IncomeItem, Member
from lishui_desktop.domain.workdays import HolidayCalendar

DAY = date(2026, 11, 2)


def _hh(*births, incomes=(), disability=None):
    members = [Member(name=f"成员{i}", relation="self" if i == 0 else "child", birth_date=b, sex="M",
                      disability_type=disability[0] if disability and i == 0 else None,
                      disability_grade=disability[1] if disability and i == 0 else None)
               for i, b in enumerate(births)]
    return HouseholdFacts(members=members, incomes=[IncomeItem(c, 10000) for c in incomes])


def test_elderly_household_with_fixed_income_is_reviewed_yearly():
    h = _hh(date(1950, 1, 1), date(1952, 3, 3), incomes=("transfer_net",))
    iv = rv.review_interval("dibao", h, DAY, ("transfer_net",))
    assert (iv.months, iv.reason) == (12, "stable")


def test_able_bodied_working_age_member_means_every_six_months():
    h = _hh(date(1950, 1, 1), date(1990, 5, 5))
    assert rv.review_interval("dibao", h, DAY).months == 6
    assert rv.review_interval("dibao", h, DAY).reason == "able_bodied"


def test_working_age_but_severely_disabled_is_not_able_bodied():
    h = _hh(date(1985, 1, 1), disability=("physical", 1))
    assert rv.review_interval("dibao", h, DAY).months == 12


def test_irregular_income_means_every_six_months():
    h = _hh(date(1950, 1, 1), incomes=("business_net",))
    iv = rv.review_interval("dibao", h, DAY, ("business_net",))
    assert (iv.months, iv.reason) == (6, "irregular_income")


def test_tekun_is_yearly_whatever_the_household():
    h = _hh(date(1990, 5, 5), incomes=("business_net",))
    assert rv.review_interval("tekun", h, DAY, ("business_net",)) == rv.Interval(12, "tekun")


def test_next_review_adds_months_clamped_to_month_end():
    assert rv.next_review(date(2026, 8, 31), rv.Interval(6, "able_bodied")) == date(2027, 2, 28)
    assert rv.next_review(date(2026, 11, 10), rv.Interval(12, "stable")) == date(2027, 11, 10)


def test_due_status_moves_a_weekend_deadline_to_the_next_working_day():
    cal = HolidayCalendar()
    st = rv.due_status(date(2026, 11, 7), date(2026, 11, 2), cal)     # a Saturday
    assert st.deadline == date(2026, 11, 9) and st.status == "due" and st.days_left == 5
    assert rv.due_status(date(2026, 11, 7), date(2026, 11, 10), cal).status == "overdue"
    assert rv.due_status(date(2026, 11, 7), date(2026, 11, 10), cal).days_left == -1
    assert rv.due_status(date(2027, 3, 1), date(2026, 11, 2), cal).status == "upcoming"


def test_holidays_count_in_the_deadline():
    cal = HolidayCalendar(holidays=frozenset({date(2027, 1, 1)}))
    assert rv.due_status(date(2027, 1, 1), date(2026, 12, 28), cal).deadline == date(2027, 1, 4)
    assert rv.reported_deadline(date(2026, 12, 28), cal) == date(2027, 1, 19)


def test_reported_change_needs_a_description():
    with pytest.raises(ValidationError) as e:
        rv.check_trigger("birth", " ")
    assert e.value.field == "note"
    with pytest.raises(ValidationError):
        rv.check_trigger("lottery", "x")
    rv.check_trigger("periodic", "")


@pytest.mark.parametrize("current,new,eligible,outcome", [
    (150000, 150000, True, "continue"), (150000, 180000, True, "raise"),
    (150000, 90000, True, "reduce"), (150000, 0, True, "stop"), (150000, 90000, False, "stop")])
def test_proposed_outcome(current, new, eligible, outcome):
    assert rv.proposed_outcome(current, new, eligible) == outcome


def test_outcome_needs_reasons_and_an_amount():
    with pytest.raises(ValidationError):
        rv.check_outcome("reduce", ["收入增加"], None, 150000)
    with pytest.raises(ValidationError):
        rv.check_outcome("continue", [], None, 150000)
    with pytest.raises(ValidationError):
        rv.check_outcome("continue", ["无变化"], 90000, 150000)
    rv.check_outcome("stop", ["家庭人均收入超过低保标准"], None, 150000)
