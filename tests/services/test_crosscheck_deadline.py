"""The county's 3-working-day start of the data cross-check (信息核对) as a tracked limit:
the case's due date, its deadline text and the next step follow the request and its
result, on a real database."""
from __future__ import annotations

from datetime import date

from lishui_desktop.domain import crosscheck as cc
from lishui_desktop.domain import next_step as rules
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import next_step

from .helpers import case_to

VISIT = {"investigators": ["周晓燕", "吴建华"], "conclusion": "家庭经济状况属实"}


def step(ctx, aid):
    return next_step.step_of(ctx, aid, ap.deadline(ctx, aid))


def test_request_starts_the_county_limit_and_the_result_ends_it(staff):
    # Clock: Monday 2 November 2026. Accepted and requested today; the county starts the
    # check within 3 working days: Tue 3, Wed 4, Thu 5 November. The township's own limit
    # (investigation and 初审 within 15 working days) is 23 November.
    aid = case_to(staff, "investigating")
    assert ap.deadline(staff.caseworker, aid).limit == "investigation"
    cid = cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 2))
    due = ap.deadline(staff.caseworker, aid)
    assert (due.due, due.limit, due.limit_days) == (date(2026, 11, 5), "crosscheck_start", 3)
    assert ap.summary(staff.caseworker, aid).due_date == date(2026, 11, 5)    # stored: lists sort by it
    # The visit is made; the 初审 now waits on the county's result.
    ap.act(staff.caseworker, aid, "record_visit", VISIT)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == rules.CROSSCHECK_RESULT and cs.step.roles == (Role.APPROVER,)
    assert cs.step.due == date(2026, 11, 5) and cs.step.limit == "crosscheck_start"
    assert cs.waiting and not cs.yours
    assert step(staff.approver, aid).yours                  # the county's step
    cx.record_result(staff.approver, cid, cx.blank_findings(date(2026, 11, 2)), cc.CLEAR)
    due = ap.deadline(staff.caseworker, aid)
    assert (due.due, due.limit) == (date(2026, 11, 23), "investigation")
    assert ap.summary(staff.caseworker, aid).due_date == date(2026, 11, 23)
    assert step(staff.reviewer, aid).step.step == "review"


def test_without_a_request_the_next_step_is_to_ask_for_it(staff):
    aid = case_to(staff, "investigating")
    ap.act(staff.caseworker, aid, "record_visit", VISIT)
    cs = step(staff.caseworker, aid)
    assert cs.step.step == rules.REQUEST_CROSSCHECK and cs.yours
    # A type the check does not cover goes straight to the 初审.
    other = case_to(staff, "investigating", assistance_type="yiliao")
    ap.act(staff.caseworker, other, "record_visit", VISIT)
    assert step(staff.caseworker, other).step.step == "review"


def test_refresh_after_a_pulled_result_uses_the_bulk_read(staff):
    aid = case_to(staff, "investigating")
    cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 2))
    assert ap.refresh_due_dates(staff.caseworker) == 0      # the same date, counted in bulk
    assert ap.summary(staff.caseworker, aid).due_date == date(2026, 11, 5)
