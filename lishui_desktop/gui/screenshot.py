"""`lishui-desktop screenshot --db F --out DIR [--lang zh|en]`: every page, a case open and
the main dialogs, rendered offscreen to PNG for review and documentation.

It signs in as the first active account of each role without a password (it
reads the database file directly, which whoever runs it has anyway) and walks
the real widgets exactly as a person would see them.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

WIDTH, HEIGHT = 1440, 900


def _pump(app, seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def _wait(app, cond, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.01)
    return False


def take(db_path: str | Path, out_dir: str | Path, lang: str = "zh") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from lishui_desktop.services import setup
    from lishui_desktop.services.context import Context
    from lishui_desktop.services.users import current_user
    from lishui_desktop.store.migrate import open_database
    from lishui_desktop.store.models import Application, User

    from . import i18n
    from .app import make_application
    from .env import Env
    from .mainwindow import MainWindow
    from .tasks import TaskRunner

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    # Screenshots show the default layout, not whatever the person running this left in QSettings.
    import tempfile
    from PySide6.QtCore import QSettings
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="lishui-shots-"))
    i18n.install(app, lang)
    db = open_database(db_path)
    site = setup.site_info(db)
    runner = TaskRunner()
    saved: list[Path] = []

    def idle() -> bool:
        return runner.idle

    def shot(widget, name: str) -> None:
        _wait(app, idle)
        _pump(app, 0.15)
        _wait(app, idle)
        path = out / f"screenshot-{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    with db.read() as s:
        by_role = {}
        for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.created_at)):
            by_role.setdefault(u.role, current_user(u))

        def case_in(*states, staff_relative=None):
            q = select(Application.id).where(Application.state.in_(states)).order_by(Application.updated_at.desc())
            return s.scalar(q.limit(1))

        investigated = case_in("investigated")
        investigating = case_in("investigating")
        rich = case_in("publicizing") or case_in("publicized", "reviewed", "awaiting_decision") or investigated
        awaiting = case_in("awaiting_decision")

    def session(role: str):
        user = by_role.get(role)
        if user is None:
            return None, None
        ctx = Context(db, site, user)
        env = Env(ctx, runner, Path(db_path))
        mw = MainWindow(env)
        mw.resize(WIDTH, HEIGHT)
        mw.show()
        _wait(app, idle)
        return env, mw

    try:
        # -- before signing in --------------------------------------------------------
        from .dialogs.login import LoginDialog
        base = Context(db, site)
        dlg = LoginDialog(runner, site, lambda: base)
        dlg.ui.username.setText(by_role.get("caseworker").username if "caseworker" in by_role else "")
        dlg.show()
        shot(dlg, "01-login")
        dlg.close()
        from .dialogs.setup import SetupDialog
        dlg = SetupDialog(runner, db)
        dlg.show()
        shot(dlg, "02-setup")
        dlg.close()

        # -- a township caseworker -------------------------------------------------------------
        env, mw = session("caseworker")
        if mw is not None:
            mw.show_page("today")
            shot(mw, "03-today")
            page = mw.show_page("households")
            page.search.setText("")
            _wait(app, lambda: page.model.loaded)
            shot(mw, "04-households")
            page.edit_selected()
            dlg = page.dialog
            _wait(app, lambda: dlg.loaded)
            dlg.ui.tabs.setCurrentIndex(1)
            shot(dlg, "05-household-form")
            dlg.ui.tabs.setCurrentIndex(0)
            dlg.add_member()
            member = dlg.member_dialog
            member.ui.name.setText("张小红")
            member.ui.idNumber.setText("33110219900101123")
            _pump(app, 0.05)
            member.ui.idNumber.setText("331102199001011234")
            shot(member, "06-member-id-error")
            member.ui.idNumber.setText("33110219900101122X")
            member.ui.idNumber.setText(_valid_id())
            shot(member, "07-member")
            member.reject()
            dlg.reject()
            page = mw.show_page("applications")
            _wait(app, lambda: page.model.loaded)
            shot(mw, "08-applications")
            if rich:
                page.open_case(rich)
                _wait(app, lambda: page.case.detail is not None)
                page.case.tabs.setCurrentIndex(1)
                shot(mw, "09-case-history")
                page.case.tabs.setCurrentIndex(0)
                shot(mw, "10-case")
            page = mw.show_page("visits")
            _wait(app, lambda: page.model.loaded)
            shot(mw, "11-visits")
            if investigating:
                page.record_visit(investigating)
                _wait(app, lambda: getattr(page, "dialog", None) is not None)
                _wait(app, idle)
                shot(page.dialog, "12-visit-form")
                page.dialog.ui.tabs.setCurrentIndex(1)
                shot(page.dialog, "13-visit-findings")
                page.dialog.reject()
            apps = mw.show_page("applications")
            dlg = apps.new_application(None)
            if dlg is not None:
                dlg.search.setText("zh")
                dlg.search.fire_now()
                _wait(app, idle)
                shot(dlg, "14-new-application")
                dlg.reject()
            mw.close_for_logout()

        # -- the township reviewer ---------------------------------------------------------------
        env, mw = session("reviewer")
        if mw is not None and investigated:
            page = mw.show_page("applications")
            page.open_case(investigated)
            _wait(app, lambda: page.case.detail is not None)
            shot(mw, "15-case-reviewer")
            dlg = page.case.start_action("review")
            _wait(app, lambda: dlg.result is not None)
            shot(dlg, "16-review")
            dlg.reject()
            mw.close_for_logout()

        # -- the county approver ---------------------------------------------------------------------
        env, mw = session("approver")
        if mw is not None:
            page = mw.show_page("county")
            _wait(app, lambda: page.model.loaded)
            _wait(app, lambda: page.case.detail is not None or page.model.rowCount() == 0)
            shot(mw, "17-county")
            if page.case.detail is not None and "approve" in page.case.actions:
                dlg = page.case.start_action("approve")
                shot(dlg, "18-approve")
                dlg.reject()
                dlg = page.case.start_action("refuse")
                shot(dlg, "19-refuse")
                dlg.reject()
            mw.close_for_logout()

        # -- the administrator ----------------------------------------------------------------------------
        env, mw = session("admin")
        if mw is not None:
            page = mw.show_page("admin")
            _wait(app, idle)
            shot(mw, "20-admin-users")
            page.tabs.setCurrentIndex(1)
            shot(mw, "21-admin-settings")
            page.tabs.setCurrentIndex(2)
            shot(mw, "22-admin-backups")
            mw.close_for_logout()
    finally:
        _wait(app, idle)
        runner.shutdown()
        db.dispose()
    return saved


def _valid_id() -> str:
    from datetime import date

    from lishui_desktop.domain import idnumber
    return idnumber.make("331102", date(1990, 1, 1), 122)
