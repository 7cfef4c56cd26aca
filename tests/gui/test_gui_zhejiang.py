"""The Zhejiang procedure in the GUI: what each role sees of the new steps and limits."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from lishui_desktop.services import applications as ap

from gui_support import sign_in, wait_idle

SHOTS = Path(os.environ.get("LISHUI_SHOTS", "")) if os.environ.get("LISHUI_SHOTS") else None


def shot(widget, name: str) -> None:
    """Save what the user sees, when LISHUI_SHOTS names a folder (to look at it)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_provisional_due_date_shown_on_the_case(qtbot, controller, ids, clock):
    # 28 December 2026: the 15-working-day limit runs into 2027, which has no official
    # schedule yet, so the due date rests on computed holidays.
    clock.now = datetime(2026, 12, 28, 9, 0)
    mw = sign_in(qtbot, controller, "cw1")
    cw = mw.env.ctx
    aid = ap.create_application(cw, household_id=ids["h_liu"], assistance_type="dibao")
    ap.act(cw, aid, "accept")
    ap.act(cw, aid, "start_investigation")
    apps = mw.show_page("applications")
    apps.open_case(aid)
    qtbot.waitUntil(lambda: apps.case.detail is not None and apps.case.detail.row.id == aid, timeout=20000)
    wait_idle(qtbot, controller.runner)
    text = apps.case.due_label.text()
    assert "2027-01-19" in text and "暂定" in text and "2027" in text
    shot(mw, "case-provisional-due")


def test_hand_up_states_the_county_limit_and_refusal_delivery_is_recorded(qtbot, controller, ids):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox
    aid = ids["a_zhou"]                  # its 7-day notice ended yesterday
    mw = sign_in(qtbot, controller, "rv1")
    rv = mw.env.ctx
    ap.act(rv, aid, "close_notice")
    apps = mw.show_page("applications")
    apps.open_case(aid)
    qtbot.waitUntil(lambda: apps.case.detail is not None and apps.case.detail.row.id == aid, timeout=20000)
    wait_idle(qtbot, controller.runner)
    expected = ap.decision_due_if_handed_up(rv, aid)
    dlg = apps.case.start_action("hand_up")
    text = dlg.ui.explanationLabel.text()
    assert expected.due.isoformat() in text and f"{expected.limit_days}个工作日" in text
    shot(dlg, "hand-up-dialog")
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    wait_idle(qtbot, controller.runner)
    assert ap.summary(rv, aid).due_date == expected.due
    qtbot.waitUntil(lambda: expected.due.isoformat() in apps.case.due_label.text(), timeout=20000)

    mw = sign_in(qtbot, controller, "ap1")
    ap.act(mw.env.ctx, aid, "refuse", {"reasons": ["家庭月人均收入高于当地低保标准"]})
    mw = sign_in(qtbot, controller, "cw1")
    apps = mw.show_page("applications")
    apps.open_case(aid)
    qtbot.waitUntil(lambda: apps.case.detail is not None and apps.case.detail.row.id == aid
                    and "record_delivery" in apps.case.action_buttons, timeout=20000)
    wait_idle(qtbot, controller.runner)
    assert "送达" in apps.case.due_label.text()
    dlg = apps.case.start_action("record_delivery")
    dlg.delivery_recipient.setText("")
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    wait_idle(qtbot, controller.runner)
    assert dlg.isVisible() and dlg.errors.message_for("recipient") == "请填写签收人姓名。"
    dlg.delivery_recipient.setText("周德明")
    dlg.delivery_place.setText("碧湖村88号")
    shot(dlg, "record-delivery-dialog")
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    wait_idle(qtbot, controller.runner)
    assert ap.summary(mw.env.ctx, aid).due_date is None
