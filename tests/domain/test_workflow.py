"""Every transition of the case procedure, allowed and refused, with the right error code."""
from datetime import date

import pytest

from lishui_desktop.domain import workflow as wf
from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.workflow import Action, Actor, CaseFacts, Role, State, VisitFacts

TODAY = date(2026, 11, 20)
CW = Actor("u-cw", Role.CASEWORKER, "331102100")
RV = Actor("u-rv", Role.REVIEWER, "331102100")
AP = Actor("u-ap", Role.APPROVER, "331102", is_county=True)
ADMIN = Actor("u-admin", Role.ADMIN, "331102100")
TWO = (VisitFacts(("周晓燕", "吴建华")),)

# A valid call for every action: (state, actor, params, facts overrides, expected target)
VALID = {
    Action.ACCEPT: (State.SUBMITTED, CW, {}, {}, State.ACCEPTED),
    Action.REQUEST_MATERIALS: (State.SUBMITTED, CW, {"missing": ["户口簿"]}, {}, State.MATERIALS_MISSING),
    Action.SUPPLY_MATERIALS: (State.MATERIALS_MISSING, CW, {}, {}, State.SUBMITTED),
    Action.REFUSE_ACCEPTANCE: (State.SUBMITTED, RV, {"reasons": ["户籍不在本乡镇"]}, {}, State.NOT_ACCEPTED),
    Action.START_INVESTIGATION: (State.ACCEPTED, CW, {}, {}, State.INVESTIGATING),
    Action.RECORD_VISIT: (State.INVESTIGATING, CW, {"investigators": ["甲", "乙"]}, {}, State.INVESTIGATED),
    Action.RECORD_APPRAISAL: (State.INVESTIGATED, CW, {"appraisal": {"date": "2026-11-02", "panel_size": 5, "village_reps": 4,
                                                            "votes_for": 5, "result": "agree"}}, {}, State.INVESTIGATED),
    Action.REVIEW: (State.INVESTIGATED, RV, {"recommend": True, "amount_fen": 100},
                    {"visits": TWO, "crosscheck_outcome": "clear"}, State.REVIEWED),
    Action.PUBLISH: (State.REVIEWED, CW, {}, {"review_recommends": True}, State.PUBLICIZING),
    Action.RECORD_OBJECTION: (State.PUBLICIZING, CW, {"reasons": ["邻居反映有收入"]}, {}, State.INVESTIGATING),
    Action.CLOSE_NOTICE: (State.PUBLICIZING, CW, {}, {"notice_end": date(2026, 11, 19)}, State.PUBLICIZED),
    Action.HAND_UP: (State.PUBLICIZED, RV, {}, {}, State.AWAITING_DECISION),
    Action.APPROVE: (State.AWAITING_DECISION, AP, {"amount_fen": 1000, "start_month": "2026-12"}, {}, State.APPROVED),
    Action.REFUSE: (State.AWAITING_DECISION, AP, {"reasons": ["收入超标"]}, {}, State.REFUSED),
    Action.RETURN: (State.AWAITING_DECISION, AP, {"reasons": ["需重新调查"]}, {}, State.INVESTIGATING),
    Action.RAISE: (State.APPROVED, AP, {"amount_fen": 2000, "reasons": ["病情加重"]}, {"amount_fen": 1000}, State.APPROVED),
    Action.REDUCE: (State.APPROVED, AP, {"amount_fen": 500, "reasons": ["收入增加"]}, {"amount_fen": 1000}, State.APPROVED),
    Action.STOP: (State.APPROVED, AP, {"reasons": ["家庭经济状况好转"]}, {}, State.STOPPED),
    Action.WITHDRAW: (State.INVESTIGATING, CW, {"reasons": ["申请人撤回"]}, {}, State.WITHDRAWN),
    Action.EXTEND: (State.AWAITING_DECISION, AP, {"reasons": ["需补充外省信息核对"]}, {}, State.AWAITING_DECISION),
    Action.RECORD_DELIVERY: (State.REFUSED, CW, {"delivered_on": date(2026, 11, 19), "method": "direct",
                                                 "recipient": "张三"},
                             {"decided_on": date(2026, 11, 18)}, State.REFUSED),
    Action.PAY_FIRST: (State.ACCEPTED, CW, {"amount_fen": 200000, "emergency": "火灾"},
                       {"assistance_type": "linshi", "urgent": True}, State.APPROVED),
    Action.COMPLETE_PAY_FIRST: (State.APPROVED, RV, {"completed_on": date(2026, 11, 20), "statement": "情况说明",
                                                     "items": ["statement", "materials", "visit", "approval_form"],
                                                     "visit_date": date(2026, 11, 19),
                                                     "investigators": ["甲", "乙"]},
                                {"assistance_type": "linshi", "urgent": True,
                                 "paid_first_on": date(2026, 11, 18)}, State.APPROVED),
}


def facts(state, **kw):
    kw.setdefault("assistance_type", "dibao")
    return CaseFacts(state=state, **kw)


def test_every_action_has_a_valid_case():
    assert set(VALID) == set(Action)


@pytest.mark.parametrize("action", list(Action))
def test_allowed_transition(action):
    state, actor, params, over, target = VALID[action]
    assert wf.check(action, facts(state, **over), actor, params, today=TODAY) is target
    assert action in wf.allowed_actions(facts(state, **over), actor, today=TODAY)


@pytest.mark.parametrize("action", list(Action))
def test_refused_in_every_other_state(action):
    _, actor, params, over, _ = VALID[action]
    for state in State:
        if state in wf.TRANSITIONS[action].sources:
            continue
        with pytest.raises(WorkflowError) as e:
            wf.check(action, facts(state, **over), actor, params, today=TODAY)
        assert e.value.code == "workflow.state"


@pytest.mark.parametrize("action", list(Action))
def test_refused_for_roles_without_it(action):
    state, _, params, over, _ = VALID[action]
    for actor in (CW, RV, AP, ADMIN):
        if actor.role in wf.TRANSITIONS[action].roles:
            continue
        with pytest.raises(PermissionDenied) as e:
            wf.check(action, facts(state, **over), actor, params, today=TODAY)
        assert e.value.code == "workflow.role" and e.value.field == "role"
        assert action not in wf.allowed_actions(facts(state, **over), actor, today=TODAY)


@pytest.mark.parametrize("action", sorted(wf.NEEDS_REASONS))
def test_reasons_required(action):
    state, actor, params, over, _ = VALID[action]
    for empty in ([], ["  "]):
        with pytest.raises(ValidationError) as e:
            wf.check(action, facts(state, **over), actor, {**params, "reasons": empty}, today=TODAY)
        assert e.value.code == "reasons.required" and e.value.field == "reasons"


def test_missing_materials_must_be_listed():
    with pytest.raises(ValidationError) as e:
        wf.check(Action.REQUEST_MATERIALS, facts(State.SUBMITTED), CW, {"missing": []}, today=TODAY)
    assert e.value.field == "missing"


def test_visit_needs_two_distinct_investigators():
    for inv in ([], ["甲"], ["甲", "甲"], ["甲", " "]):
        with pytest.raises(ValidationError) as e:
            wf.check(Action.RECORD_VISIT, facts(State.INVESTIGATING), CW, {"investigators": inv}, today=TODAY)
        assert e.value.code == "visit.investigators"


def test_review_needs_a_two_person_visit():
    for visits in ((), (VisitFacts(("甲",)),)):
        with pytest.raises(WorkflowError) as e:
            wf.check(Action.REVIEW, facts(State.INVESTIGATED, visits=visits), RV,
                     {"recommend": True, "amount_fen": 1}, today=TODAY)
        assert e.value.code == "review.no_visit"


def test_negative_review_needs_reasons_and_skips_the_notice():
    f = facts(State.INVESTIGATED, visits=TWO, crosscheck_outcome="clear")
    with pytest.raises(ValidationError):
        wf.check(Action.REVIEW, f, RV, {"recommend": False}, today=TODAY)
    assert wf.check(Action.REVIEW, f, RV, {"recommend": False, "reasons": ["收入超标"]},
                    today=TODAY) is State.REVIEWED
    reviewed_no = facts(State.REVIEWED, review_recommends=False)
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.PUBLISH, reviewed_no, CW, {}, today=TODAY)
    assert e.value.code == "publish.not_recommended"
    assert wf.check(Action.HAND_UP, reviewed_no, RV, {}, today=TODAY) is State.AWAITING_DECISION


def test_recommended_case_cannot_skip_the_notice():
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.HAND_UP, facts(State.REVIEWED, review_recommends=True), RV, {}, today=TODAY)
    assert e.value.code == "handup.notice_required"


def test_notice_runs_seven_days():
    start, end = wf.notice_period(date(2026, 11, 10))
    assert (end - start).days == 6
    running = facts(State.PUBLICIZING, notice_end=end)
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.CLOSE_NOTICE, running, CW, {}, today=end)
    assert e.value.code == "notice.running"
    assert Action.CLOSE_NOTICE not in wf.allowed_actions(running, CW, today=end)
    assert wf.check(Action.CLOSE_NOTICE, running, CW, {}, today=date(2026, 11, 17)) is State.PUBLICIZED


def test_objection_sends_the_case_back():
    assert wf.check(Action.RECORD_OBJECTION, facts(State.PUBLICIZING), CW, {"reasons": ["有异议"]},
                    today=TODAY) is State.INVESTIGATING


def test_separation_of_duties():
    involved = facts(State.AWAITING_DECISION, involved=frozenset({"u-ap"}))
    with pytest.raises(PermissionDenied) as e:
        wf.check(Action.APPROVE, involved, AP, {"amount_fen": 1, "start_month": "2026-12"}, today=TODAY)
    assert e.value.code == "duty.separation"
    assert Action.APPROVE not in wf.allowed_actions(involved, AP, today=TODAY)


def test_staff_relative_needs_a_county_visit():
    f = facts(State.AWAITING_DECISION, staff_relative=True, visits=TWO)
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.APPROVE, f, AP, {"amount_fen": 1, "start_month": "2026-12"}, today=TODAY)
    assert e.value.code == "duty.county_visit"
    f.visits = TWO + (VisitFacts(("县局甲", "县局乙"), by_county=True),)
    assert wf.check(Action.APPROVE, f, AP, {"amount_fen": 1, "start_month": "2026-12"},
                    today=TODAY) is State.APPROVED


def test_delegated_decision_is_the_township_reviewers():
    f = facts(State.AWAITING_DECISION, approval_level="township")
    params = {"amount_fen": 1, "start_month": "2026-12"}
    assert wf.check(Action.APPROVE, f, RV, params, today=TODAY) is State.APPROVED
    with pytest.raises(PermissionDenied):
        wf.check(Action.APPROVE, f, AP, params, today=TODAY)


@pytest.mark.parametrize("params,code", [
    ({"start_month": "2026-12"}, "amount.required"),
    ({"amount_fen": -5, "start_month": "2026-12"}, "money.negative"),
    ({"amount_fen": 1.5, "start_month": "2026-12"}, "amount.required"),
    ({"amount_fen": 100, "start_month": "2027-01"}, "decision.start_month"),   # later than the month after
    ({"amount_fen": 100, "start_month": "2026-13"}, "decision.start_month"),
])
def test_approval_needs_amount_and_start_month(params, code):
    with pytest.raises(ValidationError) as e:
        wf.check(Action.APPROVE, facts(State.AWAITING_DECISION), AP, params, today=TODAY)
    assert e.value.code == code


def test_raise_and_reduce_must_move_the_amount():
    f = facts(State.APPROVED, amount_fen=1000)
    with pytest.raises(ValidationError) as e:
        wf.check(Action.RAISE, f, AP, {"amount_fen": 1000, "reasons": ["x"]}, today=TODAY)
    assert e.value.code == "amount.not_raised"
    with pytest.raises(ValidationError) as e:
        wf.check(Action.REDUCE, f, AP, {"amount_fen": 0, "reasons": ["x"]}, today=TODAY)
    assert e.value.code == "amount.not_reduced"


def test_county_visit_reported_with_the_decision():
    f = facts(State.AWAITING_DECISION, staff_relative=True, visits=TWO)
    visit = {"visit_date": date(2026, 11, 18), "investigators": ["县局甲", "县局乙"]}
    params = {"amount_fen": 1, "start_month": "2026-12", "county_visit": visit}
    assert wf.check(Action.APPROVE, f, AP, params, today=TODAY) is State.APPROVED
    with pytest.raises(ValidationError) as e:
        wf.check(Action.APPROVE, f, AP, {**params, "county_visit": {**visit, "investigators": ["甲"]}},
                 today=TODAY)
    assert e.value.field == "county_visit.investigators"
    with pytest.raises(ValidationError) as e:
        wf.check(Action.REFUSE, f, AP, {"reasons": ["x"], "county_visit": {
            **visit, "visit_date": date(2026, 12, 1)}}, today=TODAY)
    assert e.value.field == "county_visit.visit_date"


def test_extension_needs_a_reason_and_happens_once():
    with pytest.raises(ValidationError) as e:
        wf.check(Action.EXTEND, facts(State.REVIEWED), RV, {}, today=TODAY)
    assert e.value.code == "reasons.required"
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.EXTEND, facts(State.REVIEWED, extended=True), RV, {"reasons": ["x"]}, today=TODAY)
    assert e.value.code == "extend.twice"
    assert Action.EXTEND not in wf.allowed_actions(facts(State.REVIEWED, extended=True), RV, today=TODAY)
    with pytest.raises(PermissionDenied):
        wf.check(Action.EXTEND, facts(State.REVIEWED), CW, {"reasons": ["x"]}, today=TODAY)


@pytest.mark.parametrize("params, code", [
    ({"method": "direct", "recipient": "张三"}, "delivery.date"),
    ({"delivered_on": date(2026, 11, 21), "method": "direct", "recipient": "张三"}, "delivery.date"),
    ({"delivered_on": date(2026, 11, 17), "method": "direct", "recipient": "张三"}, "delivery.before_decision"),
    ({"delivered_on": date(2026, 11, 19), "method": "pigeon", "recipient": "张三"}, "delivery.method"),
    ({"delivered_on": date(2026, 11, 19), "method": "post", "recipient": " "}, "delivery.recipient"),
])
def test_delivery_record_is_checked(params, code):
    with pytest.raises(ValidationError) as e:
        wf.check(Action.RECORD_DELIVERY, facts(State.REFUSED, decided_on=date(2026, 11, 18)), CW, params,
                 today=TODAY)
    assert e.value.code == code


def test_delivery_recorded_once():
    done = facts(State.REFUSED, decided_on=date(2026, 11, 18), delivered_on=date(2026, 11, 19))
    with pytest.raises(WorkflowError):
        wf.check(Action.RECORD_DELIVERY, done, CW, {"delivered_on": date(2026, 11, 19), "method": "direct",
                                                     "recipient": "张三"}, today=TODAY)
    assert Action.RECORD_DELIVERY not in wf.allowed_actions(done, CW, today=TODAY)


def test_stopping_tekun_needs_the_7_day_notice_first():
    tekun = CaseFacts(state=State.APPROVED, assistance_type="tekun")
    params = {"reasons": ["已有法定赡养人具备赡养能力"]}
    with pytest.raises(ValidationError) as e:
        wf.check(Action.STOP, tekun, AP, params, today=TODAY)
    assert e.value.code == "stop.notice_required"
    # Posted 14 November: the notice runs 14-20 November; a stop on the 20th is too early.
    with pytest.raises(WorkflowError) as e:
        wf.check(Action.STOP, tekun, AP, {**params, "stop_notice_start": date(2026, 11, 14)}, today=TODAY)
    assert e.value.code == "stop.notice_running"
    # Posted 13 November (13-19): the stop on 20 November is allowed.
    assert wf.check(Action.STOP, tekun, AP, {**params, "stop_notice_start": date(2026, 11, 13)},
                    today=TODAY) is State.STOPPED


def test_township_extends_before_the_hand_up_the_county_after():
    params = {"reasons": ["需等待信息核对结果"]}
    assert wf.check(Action.EXTEND, facts(State.INVESTIGATED), RV, params, today=TODAY) is State.INVESTIGATED
    with pytest.raises(PermissionDenied):
        wf.check(Action.EXTEND, facts(State.INVESTIGATED), AP, params, today=TODAY)
    with pytest.raises(PermissionDenied):
        wf.check(Action.EXTEND, facts(State.AWAITING_DECISION), RV, params, today=TODAY)
    assert Action.EXTEND not in wf.allowed_actions(facts(State.INVESTIGATING), AP, today=TODAY)
