"""The case page and the 工作台 say what comes next, who takes it and by when, and whom
the case waits on: the line follows the case through every state of the procedure."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

import os
from pathlib import Path

from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import users

from gui_support import PASSWORD, service_ctx, sign_in, wait_idle


# Set LISHUI_SHOTS to a folder to keep the screens this test renders (to look at them).
_SHOTS = Path(os.environ["LISHUI_SHOTS"]) if os.environ.get("LISHUI_SHOTS") else None


def _open(qtbot, c, mw, app_id):
    page = mw.show_page("applications")
    page.open_case(app_id)
    case = page.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id, timeout=20000)
    wait_idle(qtbot, c.runner)
    return case


def _line(qtbot, c, case):
    case.reload()
    wait_idle(qtbot, c.runner)
    label = case.next_step_label
    assert label.isVisible()
    return label.text()


def test_the_line_follows_the_case_through_every_state(qtbot, controller, ids, clock):
    c = controller
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    app_id = ap.create_application(cw, household_id=ids["h_liu"], assistance_type="dibao")
    mw = sign_in(qtbot, c, "cw1")
    case = _open(qtbot, c, mw, app_id)
    text = _line(qtbot, c, case)
    assert text.startswith("下一步：受理申请") and "由您办理" in text

    ap.act(cw, app_id, "request_materials", {"missing": ["id_cards"]})
    assert "等待申请人补齐材料" in _line(qtbot, c, case)
    ap.act(cw, app_id, "supply_materials")
    ap.act(cw, app_id, "accept")
    due = ap.deadline(cw, app_id).due
    text = _line(qtbot, c, case)
    assert "启动调查核对" in text and "由您办理" in text and f"{due.isoformat()} 前完成" in text

    ap.act(cw, app_id, "start_investigation")
    text = _line(qtbot, c, case)
    assert "入户调查" in text and "由您办理" in text
    # 刘芳 is a relative of staff: the county's own visit is said too.
    assert "县级民政部门须在作出决定前亲自入户" in text

    ap.act(cw, app_id, "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    # The 初审 rests on the data cross-check: first it is asked for ...
    assert _line(qtbot, c, case).startswith("下一步：提请信息核对（附签字授权书），由您办理")
    cid = cx.request(cw, app_id, authorised_by="刘芳", authorised_on=cw.today())
    # ... then the county starts it within 3 working days of the request (a tracked limit).
    due = ap.deadline(cw, app_id)
    assert due.limit == "crosscheck_start"
    text = _line(qtbot, c, case)
    assert text.startswith("等待县级审批人") and "信息核对：县级核对并录入结果" in text
    assert f"{due.due.isoformat()} 前完成" in text
    assert "3 个工作日内启动信息核对" in case.due_label.text()
    if _SHOTS:
        case.grab().save(str(_SHOTS / "case-crosscheck-due.png"))
    cx.record_result(cw, cid, cx.blank_findings(cw.today()), "clear")
    text = _line(qtbot, c, case)
    # With the result on file: the township reviewer's 初审, and the caseworker waits.
    assert text.startswith("等待乡镇审核人（周审核）办理：初审")
    assert case.next_step_label.styleSheet() != ""

    ap.act(rv, app_id, "review", {"recommend": True, "amount_fen": 80000})
    assert _line(qtbot, c, case).startswith("下一步：开始 7 日公示，由您办理")

    ap.act(cw, app_id, "publish")
    end = ap.summary(cw, app_id).notice_end
    text = _line(qtbot, c, case)
    assert text.startswith(f"等待至 {(end + timedelta(days=1)).isoformat()}：公示期至 {end.isoformat()}")
    assert "结束公示" in text

    clock.advance(8)
    assert _line(qtbot, c, case).startswith("下一步：结束公示，由您办理")
    ap.act(cw, app_id, "close_notice")
    assert _line(qtbot, c, case).startswith("等待乡镇审核人（周审核）办理：报送县级审核确认")

    ap.act(rv, app_id, "hand_up")
    text = _line(qtbot, c, case)
    assert text.startswith("等待县级审批人（吴审批）办理：审核确认")
    assert f"{ap.deadline(cw, app_id).due.isoformat()} 前完成" in text


def test_the_worklist_says_whose_turn_it_is(qtbot, controller, ids):
    c = controller
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    ap.act(cw, ids["a_wang"], "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    # The data cross-check was asked for: the case waits on the county's start (3 working days).
    cx.request(cw, ids["a_wang"], authorised_by="王建国", authorised_on=cw.today())
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("today")
    model = page.worklist
    qtbot.waitUntil(lambda: model.loaded and model.rowCount() > 0, timeout=20000)
    wait_idle(qtbot, c.runner)
    headers = [model.headerData(i, Qt.Horizontal, Qt.DisplayRole) for i in range(model.columnCount())]
    step_col, who_col, head_col = headers.index("下一步"), headers.index("由谁办理"), headers.index("户主")
    rows = {model.index(r, head_col).data(): (model.index(r, step_col).data(), model.index(r, who_col).data())
            for r in range(model.rowCount())}
    step, who = rows["王建国"]
    assert step == "信息核对：县级核对并录入结果" and who.startswith("等待县级审批人")
    # The case in its notice, whose last day was yesterday: hers to close now.
    assert rows["周德明"] == ("结束公示", "您")
