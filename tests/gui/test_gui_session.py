"""Start-up and the session: first-run setup, sign-in with lock-out, forced password
change, the idle lock, signing out."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lishui_desktop.gui.app import AppController
from lishui_desktop.store.models import AuditEntry, Site, User

from gui_support import ADMIN_PASSWORD, PASSWORD, accept_recovery_code, close_all, service_ctx, sign_in, wait_idle


def press_ok(qtbot, dialog, which=QDialogButtonBox.Ok):
    qtbot.mouseClick(dialog.ui.buttonBox.button(which), Qt.LeftButton)


def start(qtbot, c):
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=20000)
    return c.login_dialog


def test_first_run_setup_then_sign_in(qtbot, tmp_path, clock):
    c = AppController(tmp_path / "new.sqlite3", "zh", clock=clock)
    try:
        c.start()
        qtbot.waitUntil(lambda: c.setup_dialog is not None and c.setup_dialog.isVisible(), timeout=30000)
        d = c.setup_dialog
        # The site comes from the Lishui lists: county 青田县, then one of its townships.
        d.ui.county.setCurrentIndex(d.ui.county.findData("331121"))
        d.ui.township.setCurrentIndex(d.ui.township.findData("331121101"))
        assert d.ui.siteCode.text() == "331121101"
        assert d.ui.siteName.text() == "温溪镇"
        d.ui.serverUrl.setText("ftp://city")
        d.ui.adminPassword.setText("short")
        d.ui.adminPassword2.setText("short")
        press_ok(qtbot, d)
        wait_idle(qtbot, c.runner)
        assert d.isVisible()
        assert d.errors.message_for("admin_password") == "密码至少8位。"
        d.ui.adminPassword.setText("Admin2026x")
        d.ui.adminPassword2.setText("Admin2026y")
        press_ok(qtbot, d)
        assert d.errors.message_for("admin_password2") == "两次输入的密码不一致。"
        d.ui.adminPassword2.setText("Admin2026x")
        press_ok(qtbot, d)
        wait_idle(qtbot, c.runner)
        assert d.errors.message_for("server_url") == "地址应以 http:// 或 https:// 开头。"
        d.ui.serverUrl.setText("https://city.example")
        # A county bureau instead: the township list is not used.
        d.ui.countyRadio.setChecked(True)
        assert d.ui.siteCode.text() == "331121" and d.ui.siteName.text() == "青田县民政局"
        press_ok(qtbot, d)
        # The file is encrypted; its recovery code is shown once.
        accept_recovery_code(qtbot, d)
        qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=30000)
        with c.db.read() as s:
            site = s.scalar(select(Site))
            assert (site.code, site.kind, site.server_url) == ("331121", "county", "https://city.example")
        mw = sign_in(qtbot, c, "admin", "Admin2026x")
        assert [s.name for s in mw.specs] == ["admin", "sync"]
    finally:
        close_all(qtbot, c)


def test_wrong_password_counts_down_then_locks(qtbot, controller):
    c = controller
    d = start(qtbot, c)
    for left in (4, 3, 2, 1):
        d.ui.username.setText("cw1")
        d.ui.password.setText("wrong-password1")
        qtbot.keyClick(d.ui.password, Qt.Key_Return)
        wait_idle(qtbot, c.runner)
        assert d.errors.message_for("password") == f"账号或密码错误，再错{left}次账号将被锁定。"
        assert d.ui.password.text() == ""
    d.ui.password.setText("wrong-password1")
    qtbot.keyClick(d.ui.password, Qt.Key_Return)
    wait_idle(qtbot, c.runner)
    assert d.errors.message_for("username").startswith("因多次输错密码，账号已锁定至")
    # Even the right password is refused while locked.
    d.ui.password.setText(PASSWORD)
    qtbot.keyClick(d.ui.password, Qt.Key_Return)
    wait_idle(qtbot, c.runner)
    assert c.main_window is None and d.isVisible()
    # Nobody signed in, so the app never opened the file; look with the service key.
    with service_ctx(c).db.read() as s:
        failures = s.scalars(select(AuditEntry).where(AuditEntry.event == "user.login",
                                                      AuditEntry.success.is_(False))).all()
        assert len(failures) == 6


def test_empty_fields_are_refused_beside_them(qtbot, controller):
    c = controller
    d = start(qtbot, c)
    d.ui.username.clear()
    press_ok(qtbot, d)
    assert d.errors.message_for("username") == "请输入账号和密码。"


def test_first_sign_in_forces_a_new_password(qtbot, controller):
    c = controller
    d = start(qtbot, c)
    d.ui.username.setText("new1")
    d.ui.password.setText(PASSWORD)
    qtbot.keyClick(d.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: c.password_dialog is not None and c.password_dialog.isVisible(), timeout=20000)
    p = c.password_dialog
    assert c.main_window is None
    p.ui.oldPassword.setText(PASSWORD)
    p.ui.newPassword.setText(PASSWORD)
    p.ui.newPassword2.setText(PASSWORD)
    press_ok(qtbot, p)
    wait_idle(qtbot, c.runner)
    assert p.errors.message_for("new_password") == "新密码不能与原密码相同。"
    p.ui.newPassword.setText("Newpass2026")
    p.ui.newPassword2.setText("Newpass2026")
    press_ok(qtbot, p)
    qtbot.waitUntil(lambda: c.main_window is not None and c.main_window.isVisible(), timeout=20000)
    with c.db.read() as s:
        assert not s.scalar(select(User).where(User.username == "new1")).must_change_password


def test_idle_session_locks_and_only_the_password_opens_it(qtbot, db_path, clock):
    c = AppController(db_path, "zh", clock=clock, idle_ms=300)
    try:
        mw = sign_in(qtbot, c, "cw1")
        qtbot.waitUntil(lambda: c.lock_dialog is not None and c.lock_dialog.isVisible(), timeout=10000)
        lock = c.lock_dialog
        assert not mw.ui.pages.isVisible()          # the case data is hidden while locked
        qtbot.keyClick(lock, Qt.Key_Escape)          # Esc does not unlock
        assert lock.isVisible()
        lock.ui.password.setText("wrong-password1")
        press_ok(qtbot, lock)
        wait_idle(qtbot, c.runner)
        assert lock.errors.message_for("password").startswith("账号或密码错误")
        lock.ui.password.setText(PASSWORD)
        press_ok(qtbot, lock)
        qtbot.waitUntil(lambda: c.lock_dialog is None, timeout=10000)
        assert mw.ui.pages.isVisible()
        # Locked again after the idle time; "sign in as someone else" goes to the login.
        qtbot.waitUntil(lambda: c.lock_dialog is not None and c.lock_dialog.isVisible(), timeout=10000)
        qtbot.mouseClick(c.lock_dialog.ui.switchUserButton, Qt.LeftButton)
        qtbot.waitUntil(lambda: c.main_window is None and c.login_dialog is not None, timeout=10000)
        assert c.lock_dialog is None
    finally:
        close_all(qtbot, c)


def test_sign_out_and_in_as_someone_else(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    assert mw.site_label.text().startswith("碧湖镇（331102100） · 陈经办（经办人）")
    mw.action_logout.trigger()
    qtbot.waitUntil(lambda: c.login_dialog is not None and c.login_dialog.isVisible(), timeout=10000)
    mw = sign_in(qtbot, c, "admin", ADMIN_PASSWORD)
    assert [s.name for s in mw.specs] == ["admin", "sync"]


def _damage(path, offset, length=64):
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(bytes(range(7, 7 + length)))


def test_a_damaged_file_at_start_offers_the_newest_backup_that_verifies(qtbot, controller, db_path):
    from PySide6.QtWidgets import QMessageBox
    from lishui_desktop.services import access
    from tests import dbfile
    key = dbfile.key_of(db_path)
    good = access.backup_now(db_path, key)
    newer = access.backup_now(db_path, key)
    _damage(newer, 3 * 4096 + 100)          # opens, but fails verify: not offered
    assert not access.verify(newer, key).ok
    _damage(db_path, 100)                   # the live file no longer opens
    c = controller
    d = start(qtbot, c)
    d.ui.username.setText("cw1")
    d.ui.password.setText(PASSWORD)
    qtbot.keyClick(d.ui.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: c.damaged_box is not None and c.damaged_box.isVisible(), timeout=60000)
    box = c.damaged_box
    assert box.windowTitle() == "数据库文件已损坏"
    assert good.name in box.text() and newer.name not in box.text() and "是否恢复" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "恢复该备份")
    qtbot.mouseClick(restore, Qt.LeftButton)
    qtbot.waitUntil(lambda: c.damaged_box is not box and c.damaged_box is not None
                    and c.damaged_box.isVisible(), timeout=60000)
    assert c.damaged_box.text() == "备份已恢复，请重新登录。"
    c.damaged_box.button(QMessageBox.Ok).click()
    mw = sign_in(qtbot, c, "cw1")
    assert mw.isVisible()
    # The damaged file was kept beside the backups for whoever investigates.
    assert list(good.parent.glob("*-damaged.sqlite3.damaged"))


def test_disk_full_is_explained_in_chinese(qapp):
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.gui.errors import message
    text = message(DomainError("db.disk_full", "full", folder="D:/lishui"))
    assert text == "磁盘已满，本次操作没有保存。请在 D:/lishui 所在磁盘上腾出空间（或联系信息技术人员），然后重新操作。"
