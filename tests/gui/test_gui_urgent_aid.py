"""先行救助 on the case page: the township caseworker pays urgent temporary aid first through
its dialog (above the county's limit the error stands beside the amount, in Chinese), the
case shows the completion due date, 工作台 lists the paperwork owed, and the completion
dialog records it. The dialog is rendered offscreen to a PNG for a look."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lishui_desktop.gui.qtfix import emit
from lishui_desktop.services import applications as ap
from lishui_desktop.services import users
from gui_support import PASSWORD, service_ctx, sign_in, wait_idle

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


def test_pay_first_and_complete_through_the_case_page(qtbot, controller, ids, tmp_path):
    c = controller
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    aid = ap.create_application(cw, household_id=ids["h_zhou"], assistance_type="linshi",
                                requested_fen=500_000, urgent=True)
    ap.act(cw, aid, "accept")
    mw = sign_in(qtbot, c, "cw1")
    emit(mw.env.open_case, aid)
    case = mw.pages["applications"].case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == aid, timeout=20000)
    assert case.action_buttons["pay_first"].text() == "先行救助"
    dlg = case.start_action("pay_first")
    qtbot.waitUntil(lambda: dlg.terms is not None, timeout=20000)
    assert "最多 4,000.00 元" in dlg.limit_label.text()
    assert dlg.amount.text() == "4000"              # what was asked, up to the limit
    dlg.amount.setText("5000")
    dlg.emergency.setPlainText("房屋失火，家中财物烧毁，无处安身")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.errors.message_for("amount_fen") != "", timeout=20000)
    msg = dlg.errors.message_for("amount_fen")
    assert "4,000.00" in msg and "1,000.00" in msg and "县级" in msg, msg
    SHOTS.mkdir(parents=True, exist_ok=True)
    dlg.grab().save(str(SHOTS / "pay-first-dialog.png"))
    dlg.amount.setText("3000")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: case.detail.paid_first_on is not None, timeout=20000)
    wait_idle(qtbot, c.runner)
    due = case.detail.row.due_date
    assert due is not None
    banner = case.decision_banner.text()
    assert "先行救助" in banner and "3,000.00" in banner and due.isoformat() in banner, banner
    assert "complete_pay_first" in case.action_buttons
    assert "补齐" in case.next_step_label.text()

    today = mw.show_page("today")
    qtbot.waitUntil(lambda: today.completions.rowCount() == 1, timeout=20000)
    assert today.completions_group.isVisible() or not today.isVisible()

    emit(mw.env.open_case, aid)
    qtbot.waitUntil(lambda: case.detail is not None and "complete_pay_first" in case.action_buttons,
                    timeout=20000)
    done = case.start_action("complete_pay_first")
    done.investigators.setText("陈经办")
    done.statement.setPlainText("村委会出具火灾证明，情况属实")
    qtbot.mouseClick(done.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: done.errors.message_for("items") != "", timeout=20000)
    assert "尚未完成" in done.errors.message_for("items")
    for cb in done.items.values():
        cb.setChecked(True)
    qtbot.mouseClick(done.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: done.errors.message_for("investigators") != "", timeout=20000)
    assert "至少" in done.errors.message_for("investigators")
    done.investigators.setText("陈经办、林经办")
    done.grab().save(str(SHOTS / "pay-first-completion-dialog.png"))
    qtbot.mouseClick(done.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not done.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: case.detail.completed_on is not None, timeout=20000)
    assert "元。调查和审批手续已于" in case.decision_banner.text()
    assert "complete_pay_first" not in case.action_buttons
