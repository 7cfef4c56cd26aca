"""The county approver's decision through the real widgets: the figures before signing,
the explicit confirmation, and what the screen says afterwards (the selection stays on
the household that was decided)."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lishui_desktop.services import applications as ap
from lishui_desktop.services import users

from gui_support import PASSWORD, crosscheck_done, service_ctx, sign_in, wait_idle
from tests import dbfile


def _snapshot(path):
    conn = dbfile.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    out = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    conn.close()
    return out


def _press(qtbot, dlg):
    # click(): an error balloon left open beside a field would take a synthetic mouse press
    dlg.ui.buttonBox.button(QDialogButtonBox.Ok).click()


def _two_cases_waiting(c, ids):
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    ap.act(cw, ids["a_zhou"], "close_notice")
    ap.act(rv, ids["a_zhou"], "hand_up")
    # a second household waiting too: a negative review goes up without the notice
    other = ids["a_wang"]
    ap.act(cw, other, "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    crosscheck_done(rv, other)
    ap.act(rv, other, "review", {"recommend": False, "reasons": ["子女有赡养能力"]})
    ap.act(rv, other, "hand_up")
    return ids["a_zhou"], other


def _open_county(qtbot, c, app_id):
    mw = sign_in(qtbot, c, "ap1")
    county = mw.show_page("county")
    qtbot.waitUntil(lambda: county.model.loaded and county.model.rowCount() == 2, timeout=20000)
    county.open_case(app_id)
    case = county.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id
                    and "approve" in case.action_buttons, timeout=20000)
    wait_idle(qtbot, c.runner)
    return county, case


def test_approver_sees_the_figures_confirms_and_stays_on_the_household(qtbot, controller, ids, db_path):
    c = controller
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    app_id, other = _two_cases_waiting(c, ids)
    county, case = _open_county(qtbot, c, app_id)

    qtbot.mouseClick(case.action_buttons["approve"], Qt.LeftButton)
    dlg = case.dialog
    qtbot.waitUntil(dlg.isVisible)
    # 周德明 alone, no income: 1,060.00 computed, the same proposed, ceiling 1 x 1,060.
    figures = dlg.figures_label.text()
    assert "初审金额：1,060.00 元/月" in figures
    assert "按现行标准计算：1,060.00 元/月" in figures and "政策上限：1,060.00 元/月" in figures
    assert not dlg.ui.startMonth.isEnabled()            # computed, not typed

    # above the ceiling: refused beside the amount, nothing written
    before = _snapshot(db_path)
    dlg.ui.amount.setText("1100")
    assert "超过政策上限" in dlg.figures_label.text()
    _press(qtbot, dlg)
    wait_idle(qtbot, c.runner)
    assert dlg.errors.message_for("amount_fen") == "金额超过本案按政策可给予的上限（1,060.00元）。"
    assert not dlg.confirm_label.isVisible()

    # lower than the review without a reason: refused beside the reason box
    dlg.ui.amount.setText("1000")
    assert "与初审差额：−60.00 元/月" in dlg.figures_label.text()
    _press(qtbot, dlg)
    assert "请写明理由" in dlg.errors.message_for("amount_reason")
    assert not dlg.confirm_label.isVisible()

    # with the reason: the first press says what will be signed and writes nothing
    dlg.amount_reason.setPlainText("另有亲属定期资助60元")
    _press(qtbot, dlg)
    assert dlg.confirm_label.isVisible()
    text = dlg.confirm_label.text()
    assert "周德明户" in text and "1,000.00 元/月" in text and "与初审金额 1,060.00 元/月 不同" in text
    assert dlg.ui.buttonBox.button(QDialogButtonBox.Ok).text().startswith("确认")
    assert _snapshot(db_path) == before
    # changing anything asks for confirmation again
    dlg.ui.amount.setText("1010")
    assert not dlg.confirm_label.isVisible()
    dlg.ui.amount.setText("1000")
    _press(qtbot, dlg)
    assert dlg.confirm_label.isVisible()
    _press(qtbot, dlg)                                   # confirmed
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)

    with dbfile.connect(db_path) as conn:
        assert conn.execute("SELECT state, amount_fen FROM applications WHERE id=?",
                            (app_id,)).fetchone() == ("approved", 100000)
    # what happened is said, and the page stays on 周德明's case
    qtbot.waitUntil(lambda: county.model.rowCount() == 1, timeout=20000)
    wait_idle(qtbot, c.runner)
    assert case.outcome_banner.isVisible()
    assert "周德明户" in case.outcome_banner.text() and "救助中" in case.outcome_banner.text()
    assert case.application_id == app_id and case.detail.row.id == app_id
    assert not county.view.selectionModel().hasSelection()
    assert county.model.row_data(0).id == other          # still in the queue, not opened


def test_refusal_is_confirmed_explicitly(qtbot, controller, ids, db_path):
    c = controller
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    app_id, _other = _two_cases_waiting(c, ids)
    county, case = _open_county(qtbot, c, app_id)
    qtbot.mouseClick(case.action_buttons["refuse"], Qt.LeftButton)
    dlg = case.dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.ui.reasonsList.item(0).setCheckState(Qt.Checked)
    before = _snapshot(db_path)
    _press(qtbot, dlg)
    assert dlg.confirm_label.isVisible() and "不予确认" in dlg.confirm_label.text()
    assert _snapshot(db_path) == before
    _press(qtbot, dlg)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    assert case.outcome_banner.isVisible() and "不予确认" in case.outcome_banner.text()
    assert case.application_id == app_id


def test_review_points_say_running_until_the_last_day_and_no_objection_only_after(qtbot, controller,
                                                                                   ids, clock):
    c = controller
    # Six days after the notice started (it was published eight days before the template's
    # "now"): the notice is still running, so nothing may say it ended without objection.
    clock.advance(-2)
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("applications")
    page.open_case(ids["a_zhou"])
    case = page.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == ids["a_zhou"], timeout=20000)
    wait_idle(qtbot, c.runner)
    last = case.detail.row.notice_end.isoformat()
    text = case.amount_text.toPlainText()
    assert f"公示中（至 {last}）" in text and "公示期满无异议" not in text
    # The day after its last day, the same page says it ended without objection.
    clock.advance(2)
    case.open(ids["a_zhou"])
    qtbot.waitUntil(lambda: "公示期满无异议" in case.amount_text.toPlainText(), timeout=20000)
    assert "公示中" not in case.amount_text.toPlainText()
