"""No label, button, column title or known column text is cut off at 1366×768 (the most
common office screen), in Chinese or in English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTableView

from lishui_desktop.gui import i18n

from gui_support import sign_in, wait_idle


def _shown(text: str) -> str:
    """A label's text as drawn: a mnemonic's & is not."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(window) -> list[str]:
    """Texts of visible widgets that do not fit their widget (word-wrapped labels wrap)."""
    out = []
    for w in window.findChildren(QLabel):
        if w.isVisible() and w.text() and not w.wordWrap() and w.textFormat() != Qt.RichText \
                and "<" not in w.text() and w.pixmap().isNull():
            if w.fontMetrics().horizontalAdvance(_shown(w.text())) > w.contentsRect().width() + 1:
                out.append(f"label {w.objectName()!r}: {w.text()}")
    for w in window.findChildren(QAbstractButton):
        if w.isVisible() and w.text() and w.width() < w.minimumSizeHint().width() - 1:
            out.append(f"button: {w.text()}")
    for w in window.findChildren(QLineEdit):
        hint = w.placeholderText()
        if w.isVisible() and hint and not w.text() and \
                w.fontMetrics().horizontalAdvance(hint) > w.contentsRect().width() - 8:
            out.append(f"search hint: {hint}")
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None or not hasattr(model, "columns"):
            continue
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        for i, col in enumerate(model.columns):
            if view.isColumnHidden(i) or i == model.columnCount() - 1:
                continue        # the last column stretches to the edge
            width = header.sectionSize(i)
            for text in [col.header(), *(col.samples() if col.samples else ())]:
                if metrics.horizontalAdvance(text) > width - 8:
                    out.append(f"column of {view.objectName()!r}: {text}")
    return out


def _dialogs(qtbot, c, mw, ids) -> dict[str, list[str]]:
    """The forms a caseworker fills, each tab of them, at their opening size."""
    found = {}

    def check(name, dlg):
        dlg.show()
        qtbot.waitExposed(dlg)
        wait_idle(qtbot, c.runner)
        tabs = getattr(dlg.ui, "tabs", None)
        for i in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(i)
                qtbot.wait(20)
            problems = cut_off(dlg)
            if problems:
                found[f"{name} {i}"] = problems

    apps = mw.show_page("applications")
    apps.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: apps.case.detail is not None, timeout=20000)
    wait_idle(qtbot, c.runner)
    for action in ("record_visit", "withdraw", "extend"):
        dlg = apps.case.start_action(action)
        check(action, dlg)
        dlg.reject()
    dlg = apps.new_application(ids["h_liu"])
    check("new application", dlg)
    dlg.reject()
    page = mw.show_page("households")
    wait_idle(qtbot, c.runner)
    page.new_item()
    check("household", page.dialog)
    page.dialog.add_member()
    check("member", page.dialog.member_dialog)
    page.dialog.member_dialog.reject()
    page.dialog.reject()
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_cut_off_at_1366x768(qtbot, controller, ids, lang):
    c = controller
    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        found = {}
        for user, pages in (("cw1", ("today", "households", "applications", "visits")), ("ap1", ("county",))):
            mw = sign_in(qtbot, c, user)
            mw.resize(1366, 768)
            for name in pages:
                mw.show_page(name)
                wait_idle(qtbot, c.runner)
                qtbot.wait(30)
                problems = cut_off(mw)
                if problems:
                    found[f"{user}/{name}"] = problems
            if user == "cw1":
                found.update(_dialogs(qtbot, c, mw, ids))
        assert found == {}
    finally:
        i18n.install(app, "zh")
