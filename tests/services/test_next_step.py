"""The next step of a case in every state: what comes next, which role takes it, the person
where one is known, the due date the deadlines count, and whether the user can only wait."""
from __future__ import annotations

from datetime import timedelta

import pytest

from lishui_desktop.domain import next_step as rules
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import next_step, reference

from .helpers import case_to, household_form


def step(ctx, aid):
    due = ap.deadline(ctx, aid)
    return next_step.step_of(ctx, aid, due)


def test_submitted_is_the_caseworkers_to_accept(staff):
    aid = case_to(staff, "submitted")
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "accept" and cs.step.roles[0] is Role.CASEWORKER
    assert cs.yours and not cs.waiting
    assert cs.person == "周晓燕"            # the caseworker who took it is assigned
    assert cs.step.due is None               # no limit runs before acceptance
    # The county approver sees the same step as someone else's.
    cs = step(staff.approver, aid)
    assert not cs.yours and cs.waiting


def test_materials_missing_waits_on_the_applicant(staff):
    aid = case_to(staff, "submitted")
    ap.act(staff.caseworker, aid, "request_materials", {"missing": ["id_cards"]})
    cs = step(staff.caseworker, aid)
    assert cs.step.step == rules.WAIT_MATERIALS
    assert cs.yours and cs.waiting           # hers to mark, but the applicant comes first


def test_accepted_investigation_starts_within_three_working_days(staff):
    aid = case_to(staff, "accepted")
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "start_investigation" and cs.step.limit == "start_investigation"
    cal = reference_calendar(staff)
    assert cs.step.due == cal.add_working_days(staff.caseworker.today(), 3)


def test_after_the_home_visit_the_township_reviewer_reviews(staff):
    aid = case_to(staff, "investigated")
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "review" and cs.step.roles == (Role.REVIEWER,)
    assert cs.person == "陈志强"              # the township's only reviewer
    assert not cs.yours and cs.waiting
    assert cs.step.limit == "investigation"
    cal = reference_calendar(staff)
    assert cs.step.due == cal.add_working_days(staff.caseworker.today(), 15)
    cs = step(staff.reviewer, aid)
    assert cs.yours and not cs.waiting


def test_two_reviewers_name_no_one(staff):
    from lishui_desktop.services import users
    users.create_user(staff.ctx, username="rv2", display_name="赵审核", role="reviewer", password="Passw0rd1",
                      must_change_password=False)
    aid = case_to(staff, "investigated")
    assert step(staff.caseworker, aid).person is None


def test_reviewed_recommended_goes_to_the_notice(staff):
    aid = case_to(staff, "reviewed")
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "publish" and cs.yours


def test_reviewed_not_recommended_is_handed_up_by_the_reviewer(staff):
    aid = case_to(staff, "investigated")
    ap.act(staff.reviewer, aid, "review", {"recommend": False, "reasons": ["income_not_below_standard"]})
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "hand_up" and cs.step.roles == (Role.REVIEWER,) and cs.waiting
    assert step(staff.reviewer, aid).yours


def test_during_the_notice_the_case_waits_until_the_day_after_it_ends(staff, clock):
    aid = case_to(staff, "publicizing")
    cs = step(staff.caseworker, aid)
    end = ap.summary(staff.caseworker, aid).notice_end
    assert cs.step.step == rules.WAIT_NOTICE and cs.step.until == end + timedelta(days=1)
    assert cs.step.due == end + timedelta(days=1)
    assert cs.waiting and cs.yours            # hers, but not before that day
    clock.set(end + timedelta(days=1))
    cs = step(staff.caseworker, aid)
    assert cs.yours and not cs.waiting


def test_publicized_is_the_reviewers_to_hand_up(staff, clock):
    aid = case_to(staff, "publicized", clock=clock)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "hand_up" and cs.waiting
    assert step(staff.reviewer, aid).yours


def test_at_the_county_the_township_waits_on_the_approver(staff, clock):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "approve" and cs.step.roles == (Role.APPROVER,)
    assert cs.person == "刘文俊" and cs.waiting
    assert cs.step.limit == "decision"
    cal = reference_calendar(staff)
    assert cs.step.due == cal.add_working_days(clock.when.date(), 5)
    assert step(staff.approver, aid).yours


def _delegated_case_handed_up(staff, clock):
    from lishui_desktop.store.models import ApprovalLevel
    aid = case_to(staff, "investigated", assistance_type="linshi")
    with staff.ctx.db.write() as s:
        s.merge(ApprovalLevel(county_code="331102", type="linshi", level="township"))
    ap.act(staff.reviewer, aid, "review", {"recommend": True, "amount_fen": 100000})
    ap.act(staff.caseworker, aid, "publish")
    clock.set(clock.when + timedelta(days=8))
    ap.act(staff.caseworker, aid, "close_notice")
    ap.act(staff.reviewer, aid, "hand_up")
    return aid


def test_a_delegated_type_is_decided_by_the_township_reviewer(staff, clock):
    aid = _delegated_case_handed_up(staff, clock)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "approve" and cs.step.roles == (Role.REVIEWER,)


def test_the_reviewer_who_reviewed_a_delegated_case_may_not_decide_it(staff, clock):
    aid = _delegated_case_handed_up(staff, clock)
    # Separation of duties: the role is right, the person is not.
    assert not step(staff.reviewer, aid).yours


def test_a_refusal_is_delivered_by_the_township(staff, clock):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    ap.act(staff.approver, aid, "refuse", {"reasons": ["income_not_below_standard"]})
    cs = step(staff.caseworker, aid)
    assert cs.step.step == "record_delivery" and cs.yours and cs.step.limit == "delivery"
    ap.act(staff.caseworker, aid, "record_delivery", {"delivered_on": clock.when.date(), "method": "direct",
                                                      "recipient": "张三"})
    cs = step(staff.caseworker, aid)
    assert cs.step.closed and not cs.waiting and not cs.yours


def test_an_approved_case_waits_for_its_periodic_review(staff, clock):
    from lishui_desktop.services import reviews
    aid = case_to(staff, "approved", clock=clock)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == rules.PERIODIC_REVIEW and cs.step.due is None    # not scheduled yet
    reviews.schedule(staff.caseworker)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == rules.PERIODIC_REVIEW and cs.yours
    assert cs.step.due is not None and cs.step.due > clock.when.date()


@pytest.mark.parametrize("action,params", [("withdraw", {"reasons": ["applicant_withdrew"]}),
                                           ("refuse_acceptance", {"reasons": ["clearly_ineligible"]})])
def test_closed_cases_have_no_next_step(staff, action, params):
    aid = case_to(staff, "submitted")
    ap.act(staff.caseworker, aid, action, params)
    cs = step(staff.caseworker, aid)
    assert cs.step.closed and cs.step.roles == ()


def test_a_relative_of_staff_says_the_county_still_visits(staff):
    hid = hs.save_household(staff.caseworker, household_form(staff.village, staff_relative=True))
    aid = case_to(staff, "investigated", household_id=hid)
    assert step(staff.caseworker, aid).step.county_visit
    plain = case_to(staff, "investigated")
    assert not step(staff.caseworker, plain).step.county_visit


def test_list_rows_carry_the_same_step(staff):
    from lishui_desktop.services import queries
    aid = case_to(staff, "investigated")
    keys = queries.application_keys(staff.caseworker, queries.ApplicationQuery())
    rows = queries.application_rows(staff.caseworker, keys)
    row = next(r for r in rows.values() if r.id == aid)
    assert row.step.step.step == "review" and row.step.waiting
    assert row.step.step.due == row.due_date


def reference_calendar(staff):
    with staff.ctx.db.read() as s:
        return reference.calendar(s)
