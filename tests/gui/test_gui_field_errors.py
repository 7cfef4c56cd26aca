"""Errors stand beside their fields in every form, in a small window as in a stretched one,
and a form too long for the window scrolls to the field that has the error."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_support import sign_in, wait_idle

SIZES = [(1024, 600), (1000, 1000)]      # a small office screen; a dialog stretched tall


def _rect(widget, dialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def assert_beside(qtbot, dialog, errors, name: str) -> None:
    widget, label = errors.fields[name]
    # The scroll to the message happens once the layout has made room for it.
    qtbot.waitUntil(lambda: label.isVisible() and not label.visibleRegion().isEmpty(), timeout=5000)
    assert label.text(), name
    lr, wr = _rect(label, dialog), _rect(widget, dialog)
    # Directly above a tall field (list, table, text box) or directly below a line.
    gap = min(abs(wr.top() - lr.bottom()), abs(lr.top() - wr.bottom()))
    assert gap <= 12, (name, lr, wr)
    assert abs(lr.left() - wr.left()) <= 12, (name, lr, wr)
    # In view: inside the dialog, not clipped away by a scroll area.
    assert dialog.rect().contains(lr), (name, lr, dialog.rect())
    assert not label.visibleRegion().isEmpty(), name
    assert not widget.visibleRegion().isEmpty(), name


def _fit(qtbot, c, dialog, size):
    w, h = size
    dialog.resize(min(w - 40, 900), h - 60)       # the window manager's frame and a task bar
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, c.runner)


@pytest.mark.parametrize("size", SIZES)
def test_errors_beside_their_fields_at_any_size(qtbot, controller, ids, size):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    mw.resize(*size)

    # The visit form: the investigators (a list that stretches), then the conclusion on its last tab.
    apps = mw.show_page("applications")
    apps.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: apps.case.detail is not None, timeout=20000)
    wait_idle(qtbot, c.runner)
    dlg = apps.case.start_action("record_visit")
    wait_idle(qtbot, c.runner)
    _fit(qtbot, c, dlg, size)
    for i in range(dlg.ui.staffList.count()):
        dlg.ui.staffList.item(i).setCheckState(Qt.Unchecked)
    dlg.submit()
    qtbot.wait(50)
    assert_beside(qtbot, dlg, dlg.errors, "investigators")
    dlg.check_staff("陈经办", "林经办")
    dlg.ui.conclusion.setCurrentIndex(dlg.ui.conclusion.findData("partly"))
    dlg.ui.conclusionText.setPlainText("")
    dlg.ui.tabs.setCurrentIndex(0)
    dlg.submit()
    qtbot.wait(50)
    assert dlg.ui.tabs.currentWidget().isAncestorOf(dlg.ui.conclusionText)
    assert_beside(qtbot, dlg, dlg.errors, "conclusion")
    dlg.reject()

    # A step with reasons: the written reasons.
    dlg = apps.case.start_action("withdraw")
    _fit(qtbot, c, dlg, size)
    qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.wait(50)
    assert_beside(qtbot, dlg, dlg.errors, "reasons")
    dlg.reject()

    # A new application without a household.
    dlg = apps.new_application(None)
    _fit(qtbot, c, dlg, size)
    dlg.submit()
    qtbot.wait(50)
    assert_beside(qtbot, dlg, dlg.errors, "household_id")
    dlg.reject()

    # The household form: no members yet.
    page = mw.show_page("households")
    wait_idle(qtbot, c.runner)
    page.new_item()
    hdlg = page.dialog
    wait_idle(qtbot, c.runner)
    _fit(qtbot, c, hdlg, size)
    hdlg.ui.village.setCurrentIndex(1)
    hdlg.submit()
    wait_idle(qtbot, c.runner)
    qtbot.wait(50)
    name = next(n for n, (_w, label) in hdlg.errors.fields.items() if label.isVisible())
    assert_beside(qtbot, hdlg, hdlg.errors, name)
    hdlg.reject()
