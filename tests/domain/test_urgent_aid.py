"""Urgent temporary aid paid first by the township (先行救助): worked examples."""
from datetime import date

import pytest

from lishui_desktop.domain import deadlines, next_step, urgent_aid, workflow
from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.domain.workflow import Action, Actor, CaseFacts, Role, State
from lishui_desktop.store import lunar
from lishui_desktop.store.calendar_seed import known_years, seed_days

CW = Actor("u-cw", Role.CASEWORKER, "331102100")
AP = Actor("u-ap", Role.APPROVER, "331102", is_county=True)
TODAY = date(2026, 9, 28)
RULES = urgent_aid.Rules(limit_fen=300_000, completion_days=10)


@pytest.fixture(scope="module")
def cal():
    if 2026 not in known_years():
        pytest.skip("chinese_calendar has no 2026 data")
    # 2026 official (the State Council's schedule), 2027 computed from the statutory rules.
    return HolidayCalendar.from_entries(seed_days([2026]), lunar.computed_holidays(2027))


def urgent_case(**kw) -> CaseFacts:
    return CaseFacts(state=kw.pop("state", State.ACCEPTED), assistance_type=kw.pop("type", "linshi"),
                     urgent=kw.pop("urgent", True), urgent_rules=RULES, **kw)


def pay(case, amount, actor=CW, emergency="火灾致房屋烧毁，无处居住"):
    return workflow.check(Action.PAY_FIRST, case, actor, {"amount_fen": amount, "emergency": emergency},
                          today=TODAY)


def test_limit_is_inclusive():
    # 3,000 yuan exactly is within the township's limit; one fen more is the county's.
    assert pay(urgent_case(), 300_000) is State.APPROVED
    with pytest.raises(ValidationError) as e:
        pay(urgent_case(), 300_001)
    assert e.value.code == "urgent.over_limit" and e.value.field == "amount_fen"
    assert e.value.params["limit_fen"] == 300_000 and e.value.params["above_fen"] == 1


def test_only_urgent_temporary_aid():
    with pytest.raises(WorkflowError) as e:
        pay(urgent_case(urgent=False), 100_000)
    assert e.value.code == "urgent.not_urgent" and e.value.field == "urgent"
    with pytest.raises(WorkflowError) as e:
        pay(urgent_case(type="dibao"), 100_000)
    assert e.value.code == "urgent.type"
    # and the case page offers it only where it applies
    assert Action.PAY_FIRST in workflow.allowed_actions(urgent_case(), CW, today=TODAY)
    assert Action.PAY_FIRST not in workflow.allowed_actions(urgent_case(urgent=False), CW, today=TODAY)


def test_role_state_amount_and_reason():
    with pytest.raises(PermissionDenied) as e:
        pay(urgent_case(), 100_000, actor=AP)
    assert e.value.code == "workflow.role"
    with pytest.raises(WorkflowError) as e:
        pay(urgent_case(state=State.SUBMITTED), 100_000)
    assert e.value.code == "workflow.state"      # taken in (受理) first, at once if need be
    with pytest.raises(ValidationError) as e:
        pay(urgent_case(), 0)
    assert e.value.code == "amount.zero"
    with pytest.raises(ValidationError) as e:
        pay(urgent_case(), 100_000, emergency="  ")
    assert e.value.field == "emergency"


def test_rules_are_checked():
    with pytest.raises(ValidationError) as e:
        urgent_aid.Rules(limit_fen=0)
    assert e.value.field == "limit_fen"
    with pytest.raises(ValidationError) as e:
        urgent_aid.Rules(completion_days=61)
    assert e.value.field == "completion_days"
    assert urgent_aid.Rules().limit_fen == urgent_aid.DEFAULT_LIMIT_FEN


def test_completion_due_across_national_day_2026(cal):
    # Paid first Monday 28 September 2026. Ten working days: 29, 30 September; the
    # National Day holiday 1-7 October does not count; 8, 9, Saturday 10 October (an
    # adjusted working day), 12-16 October: due Friday 16 October.
    assert urgent_aid.completion_due(cal, TODAY, RULES) == date(2026, 10, 16)
    case = deadlines.CaseDates(State.APPROVED, paid_first_on=TODAY)
    d = deadlines.due(case, cal, date(2026, 10, 16))
    assert d.due == date(2026, 10, 16) and not d.overdue and d.limit == "pay_first_completion"
    assert "10 个工作日" in d.text_zh() and not d.provisional
    late = deadlines.due(case, cal, date(2026, 10, 19))
    assert late.overdue and late.days_left == -1
    # Completed: nothing more is due.
    done = deadlines.CaseDates(State.APPROVED, paid_first_on=TODAY, completed_on=date(2026, 10, 9))
    assert deadlines.due_date(done, cal) is None


def test_completion_due_across_spring_festival_2027_computed(cal):
    # Paid first Wednesday 3 February 2027. 2027 has no State Council schedule yet: the
    # Spring Festival is computed (除夕 5 February to 初三 8 February, with the weekend
    # bridged to 10 February here), so the due date is provisional.
    paid = date(2027, 2, 3)
    due = urgent_aid.completion_due(cal, paid, RULES)
    assert due == date(2027, 2, 23)
    d = deadlines.due(deadlines.CaseDates(State.APPROVED, paid_first_on=paid), cal, paid)
    assert d.due == due and d.provisional and d.provisional_years == (2027,)


def test_completion_rules():
    paid = urgent_case(state=State.APPROVED, paid_first_on=TODAY)
    good = {"completed_on": date(2026, 9, 30), "statement": "火灾后临时安置情况说明",
            "items": list(urgent_aid.COMPLETION_ITEMS), "visit_date": date(2026, 9, 29),
            "investigators": ["周晓燕", "吴建华"]}
    today = date(2026, 9, 30)
    assert workflow.check(Action.COMPLETE_PAY_FIRST, paid, CW, good, today=today) is State.APPROVED
    for change, code in [({"items": ["statement"]}, "urgent.items"),
                         ({"statement": ""}, "urgent.statement"),
                         ({"completed_on": date(2026, 9, 27)}, "urgent.before_payment"),
                         ({"completed_on": date(2026, 10, 1)}, "urgent.completed_on"),
                         ({"investigators": ["周晓燕"]}, "visit.investigators"),
                         ({"visit_date": date(2026, 9, 27)}, "urgent.visit_date")]:
        with pytest.raises(ValidationError) as e:
            workflow.check(Action.COMPLETE_PAY_FIRST, paid, CW, {**good, **change}, today=today)
        assert e.value.code == code, change
    done = urgent_case(state=State.APPROVED, paid_first_on=TODAY, completed_on=today)
    with pytest.raises(WorkflowError) as e:
        workflow.check(Action.COMPLETE_PAY_FIRST, done, CW, good, today=today)
    assert e.value.code == "urgent.completed"
    assert Action.COMPLETE_PAY_FIRST not in workflow.allowed_actions(done, CW, today=today)
    assert Action.COMPLETE_PAY_FIRST in workflow.allowed_actions(paid, CW, today=today)


def test_next_step_after_pay_first():
    paid = urgent_case(state=State.APPROVED, paid_first_on=TODAY)
    ns = next_step.next_step(paid, due=date(2026, 10, 16), limit="pay_first_completion")
    assert ns.step == Action.COMPLETE_PAY_FIRST.value and Role.CASEWORKER in ns.roles
    assert ns.due == date(2026, 10, 16)
    done = urgent_case(state=State.APPROVED, paid_first_on=TODAY, completed_on=TODAY)
    assert next_step.next_step(done).closed
