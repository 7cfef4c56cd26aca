"""Start-up and the session: open the database, first-run setup, sign in, main window,
idle lock, sign out, quit. ``run()`` is what ``lishui-desktop`` calls.

All dialogs are opened non-blocking (``open()``/``show()``, never ``exec()``),
so the whole flow can be driven from tests and the event loop never nests.
"""
from __future__ import annotations

import gc
import logging
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QDialog

from . import i18n
from lishui_desktop.services.startup import quick_site
from .tasks import TaskRunner
from .qtfix import emit

log = logging.getLogger(__name__)

CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "AR PL UMing CN", "SimSun")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("lishui-desktop")
    app.setOrganizationName("Lishui")
    # Windows come and go (login -> main window -> lock -> login); the controller decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    # Offices run whatever Windows or Linux they have; pick a font with Chinese glyphs
    # so labels are measured with the glyphs they will be drawn with.
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            break
    return app


_MAIN_WINDOW_CORE = ("Qt", "QDate", "QDir", "QModelIndex", "QAbstractTableModel")
_MAIN_WINDOW_GUI = ("QAction", "QIcon", "QColor", "QKeySequence")
_MAIN_WINDOW_WIDGETS = ("QAbstractItemView", "QTableView", "QHeaderView", "QComboBox", "QTabWidget",
                        "QScrollArea", "QTableWidget", "QTableWidgetItem", "QListWidget", "QStackedWidget",
                        "QSplitter", "QGroupBox", "QPushButton", "QMenu", "QMenuBar", "QStatusBar",
                        "QProgressDialog", "QMessageBox")


def _preload() -> None:
    """On the runner's thread, while the person types: the modules the first sign-in, the
    main window and its first page import, and SQLAlchemy's mapper set-up, which the first
    query would otherwise do after the password is checked. Importing a module of widget
    classes makes no widget, so the GUI modules may be imported here too."""
    import importlib
    for name in ("lishui_desktop.services.access", "lishui_desktop.services.users",
                 "lishui_desktop.services.setup", "lishui_desktop.services.queries",
                 "lishui_desktop.gui.env", "lishui_desktop.gui.mainwindow",
                 "lishui_desktop.gui.pages.today", "lishui_desktop.gui.list_export"):
        importlib.import_module(name)
    # PySide6 makes a class (and its enums) when it is first touched. The sign-in dialog
    # goes without these (widgets.py names them where it uses them); the main window's
    # first page makes them, so they are made here, where the person's typing hides it.
    # Only a head start: a name some PySide6 no longer has is passed over, not an error.
    from PySide6 import QtCore, QtGui, QtWidgets
    for module, names in ((QtCore, _MAIN_WINDOW_CORE), (QtGui, _MAIN_WINDOW_GUI),
                          (QtWidgets, _MAIN_WINDOW_WIDGETS)):
        for type_name in names:
            getattr(module, type_name, None)
    from sqlalchemy.orm import configure_mappers
    configure_mappers()
    # What these imports made (modules, classes, functions, mappers) lives as long as the
    # program: frozen out of the cyclic collector, whose full collections would otherwise
    # walk every one of those objects again, tens of milliseconds in the middle of a
    # search. Garbage is collected first, so only live objects are kept.
    gc.collect()
    gc.freeze()


class AppController(QObject):
    """Owns the runner, the database and the windows of one running program."""

    signed_in = Signal(object)          # MainWindow
    ready = Signal()                    # main window usable (first page loaded)
    finished = Signal()

    def __init__(self, db_path: str | Path, lang: str = "zh", *, clock: Callable[[], datetime] | None = None,
                 idle_ms: int | None = None, autologin: tuple[str, str] | None = None,
                 sync_timer: tuple[int, int] | None = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.lang = lang
        self.clock = clock
        self.idle_ms_override = idle_ms
        self.sync_timer = sync_timer        # (interval, first) in ms; tests shorten them
        self.autologin = autologin
        self.runner = TaskRunner(self, error_parent=self._top)
        self.db = None
        self.base_ctx = None
        self._finished_once = False
        self.main_window = None
        self.login_dialog = None
        self.setup_dialog = None
        self.lock_dialog = None
        self.password_dialog = None
        self.idle = None
        self.site_settings = None
        self.damaged_box = None
        self._preloaded = False

    def _top(self):
        for w in (self.lock_dialog, self.password_dialog, self.login_dialog, self.setup_dialog, self.main_window):
            if w is not None and w.isVisible():
                return w
        return None

    # -- opening -----------------------------------------------------------------------

    def start(self) -> None:
        path = self.db_path
        quick = quick_site(path)
        if quick is not None:
            # The usual morning: the sign-in at once; the password opens the file (sign_in).
            self.show_login(quick)
            return

        def open_db():
            from lishui_desktop.services import access, setup
            db = access.open_for_setup(path)
            return db, setup.is_set_up(db)

        self.runner.submit(open_db, done=self._opened, failed=self._open_failed,
                           label=self.tr("Opening the database…"))

    def _open_failed(self, exc) -> bool:
        from .errors import message
        if self.login_dialog is not None:
            self.login_dialog.hide()
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Critical, self.tr("Cannot open the database"),
                          self.tr("The database {path} cannot be opened.").format(path=self.db_path))
        box.setInformativeText(message(exc))
        box.setDetailedText(str(exc))
        box.exec()
        self.quit()
        return True

    def _opened(self, result) -> None:
        self.db, _ready = result
        from .dialogs.setup import SetupDialog
        self.setup_dialog = SetupDialog(self.runner, self.db)
        self.setup_dialog.accepted.connect(self._set_up)
        self.setup_dialog.rejected.connect(self.quit)
        self.setup_dialog.show()

    def _make_context(self, site) -> None:
        from lishui_desktop.services.context import Context
        self.base_ctx = Context(self.db, site, clock=self.clock) if self.clock else Context(self.db, site)

    def _set_up(self) -> None:
        ctx = self.setup_dialog.ctx
        self.setup_dialog.deleteLater()
        self.setup_dialog = None
        self._make_context(ctx.site)
        self.show_login(ctx.site)

    def _sign_in(self, username: str, password: str):
        """On the runner's thread: unlock the file with this person's key (first sign-in of
        the run) or check their key to the file already open, then sign them in."""
        from lishui_desktop.services import access, users
        if self.db is None:
            ctx = access.open_signed_in(self.db_path, username, password, clock=self.clock)
            self.db = ctx.db
            self._make_context(ctx.site)
        else:
            ctx = access.sign_in(self.base_ctx, username, password)
        return ctx.user, users.must_change_password(ctx, ctx.user.id)

    # -- signing in and out -----------------------------------------------------------------

    def show_login(self, site=None) -> None:
        from .dialogs.login import LoginDialog
        site = site or (self.base_ctx.site if self.base_ctx is not None else quick_site(self.db_path))
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
        self.login_dialog = LoginDialog(self.runner, site, self._sign_in)
        self.login_dialog.accepted.connect(self._logged_in)
        self.login_dialog.damaged.connect(self._damaged)
        self.login_dialog.rejected.connect(self.quit)
        self.login_dialog.show()
        if self.db is None and not self._preloaded:
            # Once the dialog is up, the worker imports what signing in and the main window
            # need (SQLAlchemy, the models, the services) while the person types; the
            # sign-in task queues behind it on the same worker.
            self._preloaded = True
            QTimer.singleShot(0, self, self._start_preload)
        if self.autologin:
            self.login_dialog.ui.username.setText(self.autologin[0])
            self.login_dialog.ui.password.setText(self.autologin[1])
            self.autologin = None
            QTimer.singleShot(0, self.login_dialog.submit)

    def _start_preload(self) -> None:
        if not self._finished_once and self.runner.accepting:
            self.runner.submit(_preload)

    def _logged_in(self) -> None:
        dlg = self.login_dialog
        user, must_change = dlg.user, dlg.must_change_password
        dlg.deleteLater()
        self.login_dialog = None
        if must_change:
            from .dialogs.login import ChangePasswordDialog
            self.password_dialog = ChangePasswordDialog(self.runner, self.base_ctx.as_user(user), forced=True)
            self.password_dialog.accepted.connect(lambda: self._password_changed(user))
            self.password_dialog.rejected.connect(self._password_refused)
            self.password_dialog.show()
            return
        self.open_main(user)

    def _password_changed(self, user) -> None:
        self.password_dialog.deleteLater()
        self.password_dialog = None
        self.open_main(user)

    def _password_refused(self) -> None:
        self.password_dialog.deleteLater()
        self.password_dialog = None
        self.show_login()

    def open_main(self, user) -> None:
        from lishui_desktop.services import setup
        ctx = self.base_ctx.as_user(user)

        def load():
            return setup.site_settings(ctx)

        self.runner.submit(load, done=lambda s: self._build_main(user, s))

    def _build_main(self, user, site_settings) -> None:
        from .env import Env
        from .mainwindow import IdleWatcher, MainWindow
        self.site_settings = site_settings
        ctx = self.base_ctx.as_user(user)
        env = Env(ctx, self.runner, self.db_path)
        env.restore_backup = self.restore_backup
        mw = MainWindow(env)
        env.setParent(mw)       # the session's objects go with its window
        mw.logout_requested.connect(self.logout)
        mw.lock_requested.connect(self.lock)
        mw.change_password_requested.connect(self.change_password)
        mw.quit_requested.connect(self.quit)
        mw.language_requested.connect(lambda code: self.switch_language(user, code))
        mw.ready.connect(self.ready)
        self.main_window = mw
        mw.show()
        env.sync.start_timer(*(self.sync_timer or ()))
        ms = self.idle_ms_override or site_settings.idle_minutes * 60_000
        self.idle = IdleWatcher(ms, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.start()
        # Once the first screens are in: reportlab is imported on the way (a fifth of a second).
        QTimer.singleShot(self.FONTS_AFTER_MS, self, self._prepare_fonts)
        emit(self.signed_in, mw)

    FONTS_AFTER_MS = 3000
    _fonts_prepared = False     # once per process, whoever signs in

    def _prepare_fonts(self) -> None:
        if AppController._fonts_prepared or not self.runner.accepting:
            return
        AppController._fonts_prepared = True

        def start():
            from lishui_desktop.notices import fonts
            child = fonts.start_preparing()
            return child.pid if child is not None else None

        def failed(exc: BaseException) -> bool:
            # Not the person's concern: the first notice converts the face itself.
            log.warning("the notices' faces could not be prepared in the background: %s", exc)
            return True

        self.runner.submit(start, background=True, failed=failed)

    def _close_main(self) -> None:
        if self.idle is not None:
            QApplication.instance().removeEventFilter(self.idle)
            self.idle.pause()
            self.idle = None
        if self.main_window is not None:
            mw, self.main_window = self.main_window, None
            mw.env.sync.close()
            mw.close_for_logout()
            mw.deleteLater()

    def logout(self) -> None:
        self._close_main()
        self.show_login()

    def switch_language(self, user, code: str) -> None:
        """The interface in another language now: the window is built again in it, the
        user still signed in, on the same page and case (every string is translated when
        a widget is made, so a new window is the one way nothing is left behind)."""
        from . import i18n
        mw = self.main_window
        if mw is None:
            return
        place = mw.place()
        geometry = mw.saveGeometry()
        self.lang = i18n.install(QApplication.instance(), code)
        self._close_main()
        self.signed_in.connect(self._restore_place)
        self._place = (place, geometry)
        self._build_main(user, self.site_settings)

    def _restore_place(self, mw) -> None:
        self.signed_in.disconnect(self._restore_place)
        (name, case), geometry = self._place
        mw.restoreGeometry(geometry)
        mw.go_to(name, case)

    def change_password(self) -> None:
        from .dialogs.login import ChangePasswordDialog
        mw = self.main_window
        self.password_dialog = ChangePasswordDialog(self.runner, mw.env.ctx, parent=mw)
        self.password_dialog.finished.connect(self._password_dialog_closed)
        self.password_dialog.open()

    def _password_dialog_closed(self, _result) -> None:
        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
            self.password_dialog = None

    # -- idle lock ---------------------------------------------------------------------------

    def lock(self) -> None:
        if self.main_window is None or self.lock_dialog is not None:
            return
        from .dialogs.login import LockDialog
        mw = self.main_window
        self.idle.pause()
        mw.set_locked(True)
        for w in QApplication.topLevelWidgets():
            # Open dialogs of the session go too: they may show a household's data.
            if isinstance(w, QDialog) and w.isVisible() and w is not self.lock_dialog:
                w.hide()
        minutes = max(1, (self.idle_ms_override or self.site_settings.idle_minutes * 60_000) // 60_000)
        self.lock_dialog = LockDialog(self.runner, mw.env.ctx, minutes, parent=mw)
        self.lock_dialog.finished.connect(self._unlocked)
        self.lock_dialog.open()

    def _unlocked(self, result: int) -> None:
        from .dialogs.login import LockDialog
        dlg, self.lock_dialog = self.lock_dialog, None
        dlg.deleteLater()
        if result == LockDialog.SWITCH_USER or self.main_window is None:
            self.logout()
            return
        self.main_window.set_locked(False)
        self.idle.start()

    # -- a damaged file at start-up -------------------------------------------------------------

    def _damaged(self, exc, credentials) -> None:
        """The file does not open with the right key: offer the newest backup that passes verify."""
        from lishui_desktop.services import access
        from .errors import message
        username, password = credentials
        path = self.db_path
        reason = message(exc)

        def found(backup_path):
            if backup_path is None:
                box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Critical, self.tr("The database file is damaged"),
                                  self.tr("The database {path} cannot be read, and no backup that passes the "
                                          "check was found. Do not delete anything; call the county's IT "
                                          "support.").format(path=path))
                box.setInformativeText(reason)
                box.finished.connect(lambda _r: self.show_login())
                self.damaged_box = box
                box.open()
                return
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Warning, self.tr("The database file is damaged"),
                              self.tr("The database {path} cannot be read. The newest backup that passes the "
                                      "check is {backup}. Restore it? Work done after that backup has to be "
                                      "entered again; the damaged file is kept for investigation.")
                              .format(path=path, backup=Path(backup_path).name))
            box.setInformativeText(reason)
            restore = box.addButton(self.tr("Restore this backup"), QtWidgets.QMessageBox.AcceptRole)
            box.addButton(self.tr("Quit"), QtWidgets.QMessageBox.RejectRole)
            box.setDefaultButton(restore)

            def answered(_r):
                if box.clickedButton() is restore:
                    self.runner.submit(lambda: access.restore_backup(path, backup_path, username, password,
                                                                     damaged=True),
                                       done=restored, failed=not_restored,
                                       label=self.tr("Restoring the backup…"))
                else:
                    self.quit()
            box.finished.connect(answered)
            self.damaged_box = box
            box.open()

        def restored(_safety):
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Information, self.tr("Backup restored"),
                              self.tr("The backup was restored. Sign in again."))
            box.finished.connect(lambda _r: self.show_login())
            self.damaged_box = box
            box.open()

        def not_restored(err):
            from .errors import show_error
            show_error(None, err)
            self.show_login()
            return True

        if self.login_dialog is not None:
            self.login_dialog.hide()
        self.runner.submit(lambda: access.latest_good_backup(path, username, password), done=found,
                           failed=not_restored, label=self.tr("Looking for a backup that passes the check…"))

    # -- backups -----------------------------------------------------------------------------

    def restore_backup(self, backup_path: str) -> None:
        """Replace the database with a backup: sign out, restore, sign in again (which opens it)."""
        from lishui_desktop.services import access
        ctx = self.main_window.env.ctx if self.main_window is not None else self.base_ctx
        self._close_main()

        def work():
            return access.restore_for(ctx, Path(backup_path))

        def done(_safety):
            self.db = None          # the next sign-in opens the restored file with its own keys
            QtWidgets.QMessageBox.information(None, self.tr("Backup restored"),
                                    self.tr("The backup was restored. Sign in again."))
            self.show_login()

        def failed(exc):
            from .errors import show_error
            show_error(None, exc)
            # The old file is still in place (restore checks the backup first): sign in to it again.
            self.db = None
            self.show_login()
            return True

        # The session's sync was told to stop by _close_main; the file is replaced once it has.
        self.runner.after_background(lambda: self.runner.submit(work, done=done, failed=failed,
                                                                label=self.tr("Restoring the backup…")))

    # -- quitting ----------------------------------------------------------------------------------

    def quit(self) -> None:
        if self._finished_once:
            return
        self._close_main()
        if self.db is not None and self.base_ctx is not None and not self.runner.closed:
            from lishui_desktop.services.access import backup_if_due
            keep = self.site_settings.backup_keep if self.site_settings else 14
            ctx = self.base_ctx
            # The daily backup is made on the way out, not at start, so opening stays fast.
            self.runner.submit(lambda: backup_if_due(ctx, keep=keep), done=lambda _r: self._finish(),
                               failed=lambda _e: (self._finish(), True)[1],
                               label=self.tr("Making the daily backup…"))
        else:
            self._finish()

    def _finish(self) -> None:
        if self._finished_once:
            return
        self._finished_once = True
        for dlg in (self.login_dialog, self.setup_dialog, self.lock_dialog, self.password_dialog):
            if dlg is not None:
                dlg.hide()
        self.runner.shutdown()
        if self.db is not None:
            self.db.dispose()
        emit(self.finished)
        app = QApplication.instance()
        if app is not None:
            app.quit()


def run(db_path: str | Path, lang: str | None = None, *, argv: list[str] | None = None,
        on_ready: Callable[[], None] | None = None, autologin: tuple[str, str] | None = None) -> int:
    app = make_application(argv)
    lang = i18n.install(app, i18n.choose(lang))
    controller = AppController(db_path, lang, autologin=autologin)
    if on_ready is not None:
        controller.ready.connect(on_ready)
    controller.start()
    return app.exec()
