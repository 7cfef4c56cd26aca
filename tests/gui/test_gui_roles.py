"""A user without the role never sees the action; a forced call is refused by the service."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from lishui_desktop.domain.errors import PermissionDenied
from lishui_desktop.gui.errors import message
from lishui_desktop.services import applications as ap
from lishui_desktop.services import users
from lishui_desktop.store.models import Application

from gui_support import ADMIN_PASSWORD, PASSWORD, crosscheck_done, service_ctx, sign_in, wait_idle


def open_case(qtbot, mw, app_id):
    from lishui_desktop.gui.qtfix import emit
    emit(mw.env.open_case, app_id)
    page = mw.pages.get("county") if mw.env.approver else mw.pages["applications"]
    case = page.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id, timeout=20000)
    wait_idle(qtbot, mw.env.runner)
    return case


def visited(c, ids):
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    ap.act(cw, ids["a_wang"], "record_visit", {"investigators": ["陈经办", "林经办"]})
    return ids["a_wang"]


def ready(qtbot, c):
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)


def test_pages_follow_the_role(qtbot, controller):
    c = controller
    assert [s.name for s in sign_in(qtbot, c, "cw1").specs] == ["today", "households", "applications", "visits",
                                                                "reviews", "payroll", "reports", "sync"]
    c.logout()
    assert [s.name for s in sign_in(qtbot, c, "ap1").specs] == ["today", "county", "households", "applications",
                                                                "visits", "reviews", "payroll", "reports", "sync"]
    c.logout()
    assert [s.name for s in sign_in(qtbot, c, "admin", ADMIN_PASSWORD).specs] == ["admin", "sync"]


def test_caseworker_never_sees_the_review_and_a_forced_one_is_refused(qtbot, controller, ids):
    c = controller
    ready(qtbot, c)
    app_id = visited(c, ids)
    mw = sign_in(qtbot, c, "cw1")
    case = open_case(qtbot, mw, app_id)
    assert "review" not in case.action_buttons
    assert "approve" not in case.action_buttons
    assert {"record_visit", "record_appraisal", "withdraw"} <= set(case.action_buttons)
    with pytest.raises(PermissionDenied) as err:
        ap.act(mw.env.ctx, app_id, "review", {"recommend": True})
    assert err.value.code == "workflow.role"
    assert message(err.value) == "您的角色（经办人）无权办理此环节。"
    with c.db.read() as s:
        assert s.get(Application, app_id).state == "investigated"
    # The reviewer does see it.
    c.logout()
    mw = sign_in(qtbot, c, "rv1")
    case = open_case(qtbot, mw, app_id)
    assert "review" in case.action_buttons


def test_approver_sees_no_township_step_and_cannot_take_applications(qtbot, controller, ids):
    c = controller
    mw = sign_in(qtbot, c, "ap1")
    case = open_case(qtbot, mw, ids["a_wang"])
    assert set(case.action_buttons) == {"record_visit"}     # only the county's own visit
    assert mw.pages["county"] is not None
    apps = mw.page("applications")
    assert not apps.new_button.isVisible()
    assert apps.new_application(ids["h_wang"]) is None
    with pytest.raises(PermissionDenied):
        ap.create_application(mw.env.ctx, household_id=ids["h_liu"], assistance_type="linshi", requested_fen=1000)


def test_an_approver_who_visited_may_not_decide(qtbot, controller, ids, clock):
    """Separation of duties: the county visit (relative of staff) involves the approver."""
    c = controller
    ready(qtbot, c)
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    admin = ctx.as_user(users.login(ctx, "admin", ADMIN_PASSWORD))
    users.create_user(admin, username="ap2", display_name="郑审批", role="approver", password=PASSWORD,
                      must_change_password=False)
    now = clock.now
    clock.now = now - timedelta(days=9)         # reviewed and published a week ago
    app_id = ap.create_application(cw, household_id=ids["h_liu"], assistance_type="dibao")
    for action in ("accept", "start_investigation"):
        ap.act(cw, app_id, action)
    ap.act(cw, app_id, "record_visit", {"investigators": ["陈经办", "林经办"]})
    crosscheck_done(rv, app_id)
    ap.act(rv, app_id, "review", {"recommend": True})
    clock.advance(1)
    ap.act(cw, app_id, "publish")
    clock.now = now
    ap.act(cw, app_id, "close_notice")
    ap.act(rv, app_id, "hand_up")

    mw = sign_in(qtbot, c, "ap1")
    case = open_case(qtbot, mw, app_id)
    assert case.staff_banner.isVisible()
    assert "工作人员近亲属" in case.staff_banner.text()
    # Relative of staff: deciding needs the county's own visit first; the service says so.
    with pytest.raises(Exception) as err:
        ap.act(mw.env.ctx, app_id, "approve", {"amount_fen": 100, "amount_reason": "按核实后的收入核定"})
    assert message(err.value) == "申请人为工作人员近亲属，县级须先入户核查才能作出决定。"
    # The county returns it, visits in person, and the township brings it back up.
    ap.act(mw.env.ctx, app_id, "return", {"reasons": ["须县级入户核查"]})
    ap.record_visit(mw.env.ctx, app_id, {"investigators": ["吴审批", "县局干部"]})
    crosscheck_done(rv, app_id)
    ap.act(rv, app_id, "review", {"recommend": True})
    ap.act(cw, app_id, "publish")
    clock.advance(8)
    ap.act(cw, app_id, "close_notice")
    ap.act(rv, app_id, "hand_up")
    case.reload()
    qtbot.waitUntil(lambda: c.runner.idle and len(case.detail.visits) == 2, timeout=20000)
    assert "approve" not in case.action_buttons and "refuse" not in case.action_buttons
    c.logout()
    mw = sign_in(qtbot, c, "ap2")
    case = open_case(qtbot, mw, app_id)
    assert {"approve", "refuse", "return"} <= set(case.action_buttons)
