"""The shell around the pages: one task runner, keyboard, remembered layout, the
administrator's page, and the screenshot command."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProgressDialog
from sqlalchemy import select

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.gui.tasks import TaskRunner
from lishui_desktop.store import backup
from lishui_desktop.store.models import User

from gui_support import ADMIN_PASSWORD, PASSWORD, sign_in, wait_idle


@pytest.fixture
def runner(qtbot):
    r = TaskRunner(blink_ms=50)
    yield r
    qtbot.waitUntil(lambda: r.idle, timeout=20000)
    r.shutdown()


def test_tasks_run_off_the_gui_thread_in_order(qtbot, runner):
    gui = threading.get_ident()
    seen = []
    for i in range(5):
        runner.submit(lambda i=i: (i, threading.get_ident()), done=seen.append)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    assert all(s[1] != gui for s in seen)


def test_a_newer_query_supersedes_the_older(qtbot, runner):
    gate = threading.Event()
    answers = []
    runner.submit(lambda: gate.wait(5))
    for text in ("z", "zs", "zsf"):
        runner.submit(lambda text=text: text, key="search", done=answers.append)
    gate.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert answers == ["zsf"]


def test_a_dropped_task_is_not_answered_and_its_key_serves_again(qtbot, runner):
    gate = threading.Event()
    answers = []
    runner.submit(lambda: gate.wait(5))
    runner.submit(lambda: "old", key="detail", done=answers.append)
    runner.drop("detail")
    gate.set()
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert answers == []
    runner.submit(lambda: "new", key="detail", done=answers.append)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert answers == ["new"]


def test_changes_are_learnt_from_what_the_task_wrote_and_errors_go_to_one_dialog(qtbot, runner, db_path):
    from lishui_desktop.services import access, setup
    ctx = access.open_service(db_path)
    db = ctx.db
    changed = []
    runner.changed.connect(changed.append)
    runner.submit(lambda: 1)                        # reads nothing, writes nothing
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert changed == []
    runner.submit(lambda: setup.update_site_settings(ctx, site_name="碧湖镇人民政府", server_url="",
                                                     idle_minutes=15, backup_keep=14))
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert changed == [frozenset({"site"})]

    def fail():
        raise ValidationError("money.negative", "negative", field="amount")

    runner.submit(fail)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [b.text() for b in boxes] == ["金额不能为负数。"]
    assert changed == [frozenset({"site"})]        # a failed task changes nothing
    boxes[0].close()
    db.dispose()


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot, runner):
    def slow(task):
        for i in range(200):
            task.report(i, 200, "第 %d 页" % i)
            task.check()
            time.sleep(0.01)
        return "finished"

    results = []
    runner.submit(slow, label="正在备份…", cancellable=True, done=results.append, with_task=True)
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dlg.labelText().startswith("第") and dlg.maximum() == 200, timeout=5000)
    from PySide6.QtWidgets import QPushButton
    qtbot.mouseClick(dlg.findChild(QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: runner.idle, timeout=5000)
    assert results == []
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_keyboard_and_remembered_column_widths(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    mw.activateWindow()
    qtbot.waitUntil(mw.isActiveWindow)
    qtbot.keyClick(mw, Qt.Key_3, Qt.ControlModifier)            # Ctrl+3: 救助申请
    assert mw.current_page() is mw.pages["applications"]
    qtbot.keyClick(mw, Qt.Key_F, Qt.ControlModifier)
    assert mw.focusWidget() is mw.pages["applications"].search
    qtbot.keyClick(mw, Qt.Key_2, Qt.ControlModifier)
    page = mw.pages["households"]
    wait_idle(qtbot, c.runner)
    qtbot.keyClick(mw, Qt.Key_N, Qt.ControlModifier)             # Ctrl+N: new household
    d = page.dialog
    qtbot.waitUntil(lambda: d.isVisible() and d.loaded, timeout=10000)
    qtbot.keyClick(d, Qt.Key_Escape)                              # Esc cancels
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=5000)
    # A column made wider stays so the next time.
    page.view.horizontalHeader().resizeSection(2, 234)
    c.logout()
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("households")
    assert page.view.horizontalHeader().sectionSize(2) == 234


def test_enter_in_a_form_saves(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    admin = mw.show_page("admin")
    wait_idle(qtbot, c.runner)
    admin.new_item()
    d = admin.dialog
    d.ui.username.setText("cw9")
    d.ui.displayName.setText("新经办")
    d.ui.password.setText(PASSWORD)
    d.ui.password2.setText(PASSWORD)
    qtbot.keyClick(d.ui.password2, Qt.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=10000)
    wait_idle(qtbot, c.runner)
    assert "cw9" in [u["username"] for u in admin.users.rows()]
    with c.db.read() as s:
        u = s.scalar(select(User).where(User.username == "cw9"))
        assert u.role == "caseworker" and u.must_change_password


def test_admin_refuses_a_taken_account_name_beside_the_field(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    admin = mw.show_page("admin")
    wait_idle(qtbot, c.runner)
    admin.new_item()
    d = admin.dialog
    d.ui.username.setText("cw1")
    d.ui.displayName.setText("重名")
    d.ui.password.setText(PASSWORD)
    d.ui.password2.setText(PASSWORD)
    qtbot.mouseClick(d.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    assert d.isVisible() and d.errors.message_for("username") == "该账号已存在。"


def test_backup_now_and_restore(qtbot, controller, monkeypatch):
    c = controller
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    admin = mw.show_page("admin")
    wait_idle(qtbot, c.runner)
    qtbot.mouseClick(admin.backup_now, Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: admin.backups.rowCount() == 1, timeout=10000)
    assert admin.backups.data(admin.backups.index(0, 1)) == "手动备份"
    # A change after the backup, then the backup restored: the change is gone.
    admin.new_item()
    d = admin.dialog
    for w, t in ((d.ui.username, "later1"), (d.ui.displayName, "后来者"), (d.ui.password, PASSWORD),
                 (d.ui.password2, PASSWORD)):
        w.setText(t)
    d.submit()
    wait_idle(qtbot, c.runner)
    admin.backups_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    qtbot.mouseClick(admin.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    assert c.db is None                 # signing in opens the restored file with its keys
    assert len(backup.list_backups(c.db_path)) == 2       # the replaced file was kept too
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    with c.db.read() as s:
        assert s.scalar(select(User).where(User.username == "later1")) is None


def test_screenshot_command_renders_every_page(tmp_path, db_path, monkeypatch):
    from lishui_desktop.cli import main
    out = tmp_path / "shots"
    monkeypatch.setenv("LISHUI_PASSWORD", ADMIN_PASSWORD)
    assert main(["screenshot", "--db", str(db_path), "--out", str(out), "--user", "admin"]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    for page in ("login", "today", "households", "household-form", "member", "applications", "case",
                 "visits", "county", "admin-users", "admin-backups"):
        assert any(page in n for n in names), page
    from PySide6.QtGui import QImage
    img = QImage(str(out / "screenshot-03-today.png"))
    assert img.width() >= 1200 and img.height() >= 800


def test_a_long_session_does_not_use_up_none_and_true(tmp_path):
    """PySide6 6.12 on Python 3.11 drops a reference to None/True on many calls (gui/qtfix.py);
    without the guard this process aborts long before 20,000 calls."""
    import subprocess
    import sys
    script = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import lishui_desktop.gui\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "app = QApplication([])\n"
        "class B(QObject):\n    s = Signal()\n"
        "b, e = B(), QLineEdit()\n"
        "for i in range(20000):\n    e.setText('x'); b.s.emit(); e.setEnabled(True)\n"
        "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-500:]


def test_working_shows_only_for_a_task_that_takes_long_enough_to_notice(qtbot, controller):
    """A keystroke's search is answered in milliseconds: the status bar says "Working…"
    only for a task still running after a blink, and clears when the queue is done."""
    mw = sign_in(qtbot, controller, "cw1")
    runner = controller.runner
    wait_idle(qtbot, runner)
    seen = []
    runner.submit(lambda: time.sleep(0.01), done=lambda _r: seen.append(mw.busy_label.text()))
    wait_idle(qtbot, runner)
    qtbot.wait(mw.BUSY_AFTER_MS + 100)
    assert seen == [""] and mw.busy_label.text() == ""
    gate = threading.Event()
    runner.submit(lambda: gate.wait(20))
    qtbot.waitUntil(lambda: mw.busy_label.text() == "正在处理…", timeout=5000)
    gate.set()
    wait_idle(qtbot, runner)
    assert mw.busy_label.text() == ""
