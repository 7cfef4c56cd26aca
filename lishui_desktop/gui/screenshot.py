"""`lishui-desktop screenshot --db F --out DIR [--lang zh|en]`: every page, a case open and
the main dialogs, rendered offscreen to PNG for review and documentation.

It is given the database opened by one signed-in account (``--user``), then acts
as the first active account of each role without their passwords (whoever has
the open file has their records anyway) and walks
the real widgets exactly as a person would see them.

The notice preview shows the sample notice (signed with a throwaway key) and the
sync conflict dialog a conflict made up in memory from the first household, so
taking screenshots issues no document number and leaves no conflict behind.
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


def take(ctx, out_dir: str | Path, lang: str = "zh") -> list[Path]:
    """``ctx``: the database as opened for a signed-in account (services.access)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lishui_desktop.services import examples
    from lishui_desktop.services.context import Context

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
    db, site = ctx.db, ctx.site
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

    by_role = examples.first_user_by_role(db)
    investigated = examples.latest_case_in(db, "investigated")
    investigating = examples.latest_case_in(db, "investigating")
    rich = examples.latest_case_in(db, "publicizing") or examples.latest_case_in(
        db, "publicized", "reviewed", "awaiting_decision") or investigated

    def session(role: str):
        user = by_role.get(role)
        if user is None:
            return None, None
        ctx = Context(db, site, user)
        env = Env(ctx, runner, db.path)
        mw = MainWindow(env)
        mw.resize(WIDTH, HEIGHT)
        mw.show()
        _wait(app, idle)
        return env, mw

    try:
        # -- before signing in --------------------------------------------------------
        from .dialogs.login import LoginDialog
        dlg = LoginDialog(runner, site, lambda _u, _p: None)   # shown, never submitted
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
            from .list_export import export_view
            dlg = export_view(page.view)
            if dlg is not None:
                shot(dlg, "04b-export")
                dlg.reject()
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
            if rich:
                page.case.tabs.setCurrentWidget(page.case.notices_tab)
                shot(mw, "10b-case-notices")
                page.case.tabs.setCurrentIndex(0)
                _notice_preview(env, mw, shot)
            dlg = page.batch_notices()
            if dlg is not None:
                _wait(app, idle)
                # The first village with households waiting for their notice of approval, if any.
                for i in range(dlg.village.count()):
                    dlg.village.setCurrentIndex(i)
                    _wait(app, idle)
                    if dlg.table.rowCount():
                        break
                shot(dlg, "10c-batch-notices")
                dlg.reject()
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
            page = mw.show_page("sync")
            _wait(app, idle)
            shot(mw, "23-sync")
            _conflict_dialog(env, mw, db, shot)
            # 复核, 资金发放 and 统计报表 (the roll of the month is built first, a draft).
            for name in ("reviews", "payroll", "reports"):
                page = mw.show_page(name)
                if name == "payroll" and page.roll_id is None and page.buttons["build"].isVisible():
                    _wait(app, idle)
                    page.build()
                _wait(app, idle)
                shot(mw, f"30-{name}")
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
            page = mw.show_page("sync")
            _wait(app, idle)
            page.tabs.setCurrentWidget(page.settings_tab)
            shot(mw, "25-sync-settings")
            mw.close_for_logout()
    finally:
        _wait(app, idle)
        runner.shutdown()
        db.dispose()
    return saved


def _notice_preview(env, parent, shot) -> None:
    """The preview dialog with the sample notice of approval (nothing issued or recorded)."""
    from lishui_desktop.notices import SiteSigner, render_bytes
    from lishui_desktop.notices.samples import sample_notices

    from . import labels
    from .dialogs.notice_preview import NoticePreviewDialog
    notice = sample_notices()["approval"]
    pdf = render_bytes(notice, SiteSigner.generate(notice.office.site_code))
    label = labels.notice_kind("approval")
    number = notice.header.number
    dlg = NoticePreviewDialog(env, pdf, f"{label} {number}", f"{label}-{number}", _case_note(number), parent)
    dlg.show()
    shot(dlg, "10d-notice-preview")
    dlg.close()


def _case_note(number: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("CaseView", "Issued and recorded with document number {number}. Print it, or "
                                                  "save it as a PDF file.").format(number=number)


def _conflict_dialog(env, parent, db, shot) -> None:
    """The conflict dialog for a conflict made up from the first household: its address and
    phone as if changed on another computer (shown only, never stored)."""
    from lishui_desktop.services.conflicts import ConflictView, FieldDiff
    from lishui_desktop.services.examples import first_household
    from lishui_desktop.services.queries import village_names

    from .dialogs.conflict import ConflictDialog
    h = first_household(db)
    if h is None:
        return
    villages = dict(village_names(env.ctx))
    view = ConflictView("sample", "household", h["id"], h["version"] + 1, h["version"] + 1, [
        FieldDiff("address", h["address"], (h["address"] or "") + "（东侧新屋）"),
        FieldDiff("phone", h["phone"] or "", "13905789999"),
        FieldDiff("housing_type", h["housing_type"],
                  "rented" if h["housing_type"] != "rented" else "owned")])
    owner = {"head_name": h["head_name"], "village": villages.get(h["village_code"] or "", "")}
    dlg = ConflictDialog(env, view, owner, villages, parent)
    dlg.show()
    dlg.choose("address", "local")
    shot(dlg, "24-sync-conflict")
    dlg.close()


def _valid_id() -> str:
    from datetime import date

    from lishui_desktop.domain import idnumber
    return idnumber.make("331102", date(1990, 1, 1), 122)
