"""Helpers shared by the GUI tests (the fixtures are in conftest.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from lishui_desktop.domain import idnumber
from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import households as hs
from lishui_desktop.services import setup, users
from lishui_desktop.store.migrate import open_database

SITE = "331102100"          # 碧湖镇, 莲都区
PASSWORD = "Passw0rd1"
ADMIN_PASSWORD = "Admin12345"
VILLAGES = [("331102100201", "碧湖村"), ("331102100202", "下南山村"), ("331102100203", "上赵村")]


@dataclass
class Clock:
    """The time the application sees; tests move it forward (a notice lasts 7 days)."""
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: int) -> None:
        self.now += timedelta(days=days)


def _member(name, relation, birth, seq):
    return hs.MemberForm(name, idnumber.make("331102", birth, seq), relation)


def build_template(path: Path) -> dict:
    db = open_database(path)
    # Made nine days ago, so the case in its public notice was reviewed and published
    # before its notice started (a notice never starts before the review).
    now = datetime.now().replace(microsecond=0)
    made = Clock(now - timedelta(days=9))
    ctx = setup.initialize(db, setup.SetupForm(SITE, "admin", ADMIN_PASSWORD, admin_name="王管理"),
                           clock=made)
    setup.add_villages(ctx, VILLAGES)
    admin = ctx.as_user(users.login(ctx, "admin", ADMIN_PASSWORD))
    for username, name, role in [("cw1", "陈经办", "caseworker"), ("cw2", "林经办", "caseworker"),
                                 ("rv1", "周审核", "reviewer"), ("ap1", "吴审批", "approver")]:
        users.create_user(admin, username=username, display_name=name, role=role, password=PASSWORD,
                          must_change_password=False)
    users.create_user(admin, username="new1", display_name="新同事", role="caseworker", password=PASSWORD)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    ids = {}
    ids["h_wang"] = hs.save_household(cw, hs.HouseholdForm(
        village_code=VILLAGES[1][0], address="下南山村12号", phone="13905781234",
        members=[_member("王建国", "self", date(1958, 2, 3), 11), _member("李秀英", "spouse", date(1960, 7, 8), 22)],
        incomes=[hs.IncomeForm("wage", 60000, member=0)], housing_type="owned"))
    ids["h_liu"] = hs.save_household(cw, hs.HouseholdForm(
        village_code=VILLAGES[2][0], address="上赵村3号", phone="13757801111",
        members=[_member("刘芳", "self", date(1975, 5, 6), 24), _member("刘小明", "child", date(2012, 9, 1), 35)],
        staff_relative=True, staff_relative_note="村委会主任刘强之妹"))
    ids["h_zhou"] = hs.save_household(cw, hs.HouseholdForm(
        village_code=VILLAGES[0][0], address="碧湖村88号",
        members=[_member("周德明", "self", date(1950, 1, 1), 13)]))
    # A case waiting for a home visit.
    ids["a_wang"] = ap.create_application(cw, household_id=ids["h_wang"], assistance_type="dibao")
    ap.act(cw, ids["a_wang"], "accept")
    ap.act(cw, ids["a_wang"], "start_investigation")
    # A case whose public notice started eight days ago: ready to close.
    a = ap.create_application(cw, household_id=ids["h_zhou"], assistance_type="dibao")
    ap.act(cw, a, "accept")
    ap.act(cw, a, "start_investigation")
    ap.act(cw, a, "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    cid = cx.request(cw, a, authorised_by="周德明", authorised_on=made().date())
    cx.record_result(cw, cid, cx.blank_findings(made().date()), "clear", note="县核对中心报告 LD2026-0931")
    ap.act(rv, a, "review", {"recommend": True})
    made.advance(1)
    ap.act(cw, a, "publish")                 # eight days ago: ready to close today
    made.now = now
    ids["a_zhou"] = a
    db.dispose()
    return ids


def service_ctx(c):
    """A Context on the controller's file, opened with the service key as another program on
    the computer would (tests prepare records with it before anyone signs in)."""
    if getattr(c, "_test_ctx", None) is None:
        from lishui_desktop.services import access
        c._test_ctx = access.open_service(c.db_path, clock=c.clock)
    return c._test_ctx


def accept_recovery_code(qtbot, setup_dialog) -> str:
    """The recovery code is shown once after setup; read it and close the message."""
    import re
    qtbot.waitUntil(lambda: setup_dialog.recovery_box is not None and setup_dialog.recovery_box.isVisible(),
                    timeout=30000)
    box = setup_dialog.recovery_box
    code = box.informativeText()
    assert re.fullmatch(r"([A-Z2-9]{5}-){5}[A-Z2-9]{5}", code), code
    assert "恢复密钥" in box.text()
    box.accept()
    return code


def close_all(qtbot, c) -> None:
    from PySide6.QtWidgets import QApplication
    c._close_main()
    qtbot.waitUntil(lambda: c.runner.idle, timeout=20000)
    c.runner.shutdown()
    if c.db is not None:
        c.db.dispose()
    if getattr(c, "_test_ctx", None) is not None:
        c._test_ctx.db.dispose()
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()
            w.deleteLater()


def wait_idle(qtbot, runner, timeout=20000) -> None:
    qtbot.waitUntil(lambda: runner.idle, timeout=timeout)


def sign_in(qtbot, c, username: str, password: str = PASSWORD):
    """Start (if needed), type the account and password into the real dialog, wait for the main window."""
    if c.login_dialog is None:
        if c.main_window is not None:
            c.logout()
        else:
            c.start()
        qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=20000)
    dlg = c.login_dialog
    dlg.ui.username.setText(username)
    dlg.ui.password.setText(password)
    from PySide6.QtCore import Qt
    qtbot.keyClick(dlg.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    return c.main_window


def crosscheck_done(ctx, aid: str) -> None:
    """The 信息核对 the 初审 needs: requested and answered (nothing found), by township staff."""
    cid = cx.request(ctx, aid, authorised_by="申请人本人", authorised_on=ctx.today())
    cx.record_result(ctx, cid, cx.blank_findings(ctx.today()), "clear")


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII key by key, Chinese committed by the input method
    (QTest cannot synthesise key presses for characters outside Latin-1)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    widget.setFocus()
    run = ""

    def flush_ascii(chunk):
        if chunk:
            qtbot.keyClicks(widget, chunk)

    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        flush_ascii(run)
        run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    flush_ascii(run)
