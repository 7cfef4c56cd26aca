"""The language changes at once, without a restart or a new sign-in: the window comes back
in the other language on the same page and case, everything in it translated."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from lishui_desktop.gui import i18n

from gui_support import sign_in, wait_idle
from test_gui_i18n import english_in


def _language_action(mw, text):
    menu = next(a.menu() for a in mw.menuBar().actions() if a.menu() and
                any(x.text() == text for x in a.menu().actions()))
    return next(x for x in menu.actions() if x.text() == text)


def _case_shown(qtbot, c, app_id):
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    mw = c.main_window
    page = mw.current_page()
    qtbot.waitUntil(lambda: getattr(page, "case", None) is not None and page.case.detail is not None
                    and page.case.detail.row.id == app_id and page.case.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    return mw, page


def test_switching_language_keeps_the_session_page_and_case(qtbot, controller, ids):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    apps = mw.show_page("applications")
    apps.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: apps.case.detail is not None, timeout=20000)
    wait_idle(qtbot, c.runner)
    assert apps.case.next_step_label.text().startswith("下一步")
    try:
        _language_action(mw, "English").trigger()
        mw2, page = _case_shown(qtbot, c, ids["a_wang"])
        assert mw2 is not mw and i18n.current() == "en"
        assert c.login_dialog is None or not c.login_dialog.isVisible()     # still signed in
        assert page.case.next_step_label.text().startswith("Next step: Home visit by two investigators")
        assert page.case.state_label.text() == "Investigating"
        assert mw2.ui.nav.currentItem().text() == "Applications"
        # The review's reckoning comes from the codes it recorded, in the interface's language.
        page.open_case(ids["a_zhou"])
        qtbot.waitUntil(lambda: page.case.detail is not None and page.case.detail.row.id == ids["a_zhou"],
                        timeout=20000)
        wait_idle(qtbot, c.runner)
        reckoning = page.case.amount_text.toPlainText().split("How the amount was reached:\n", 1)[1]
        assert "per person" in reckoning and "月人均" not in reckoning and "元" not in reckoning
        page.open_case(ids["a_wang"])
        qtbot.waitUntil(lambda: page.case.detail.row.id == ids["a_wang"], timeout=20000)
        wait_idle(qtbot, c.runner)
        _language_action(mw2, "中文").trigger()
        mw3, page = _case_shown(qtbot, c, ids["a_wang"])
        assert i18n.current() == "zh" and english_in(mw3) == []
        assert page.case.next_step_label.text().startswith("下一步：入户调查")
        page.open_case(ids["a_zhou"])
        qtbot.waitUntil(lambda: page.case.detail.row.id == ids["a_zhou"], timeout=20000)
        wait_idle(qtbot, c.runner)
        assert "月人均收入" in page.case.amount_text.toPlainText()
    finally:
        if i18n.current() != "zh":
            i18n.install(QApplication.instance(), "zh")
