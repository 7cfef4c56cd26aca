"""The main window: a thin shell with a navigation list and one page per module.

Pages are built the first time they are shown (their modules imported then),
so the window is usable as soon as the first page has its data. The shell
knows nothing of casework: it routes Env's navigation signals and the
keyboard shortcuts (Ctrl+F, Ctrl+N, Ctrl+1..7) to pages.
"""
from __future__ import annotations

import importlib
from functools import partial
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from lishui_desktop.domain.workflow import Role

from . import i18n, labels, settings
from .env import Env
from .forms.ui_mainwindow import Ui_MainWindow
from .qtfix import emit


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str          # English source, context "MainWindow"
    module: str
    cls: str
    roles: frozenset


_TOWNSHIP = frozenset({Role.CASEWORKER, Role.REVIEWER})
_CASEWORK = _TOWNSHIP | {Role.APPROVER}

PAGES = (
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "today", "TodayPage", _CASEWORK),
    PageSpec("county", QT_TRANSLATE_NOOP("MainWindow", "County decisions"), "county", "CountyPage",
             frozenset({Role.APPROVER})),
    PageSpec("households", QT_TRANSLATE_NOOP("MainWindow", "Households"), "households", "HouseholdsPage", _CASEWORK),
    PageSpec("applications", QT_TRANSLATE_NOOP("MainWindow", "Applications"), "applications",
             "ApplicationsPage", _CASEWORK),
    PageSpec("visits", QT_TRANSLATE_NOOP("MainWindow", "Home visits"), "visits", "VisitsPage", _CASEWORK),
    PageSpec("reviews", QT_TRANSLATE_NOOP("MainWindow", "Reviews"), "reviews", "ReviewsPage", _CASEWORK),
    PageSpec("payroll", QT_TRANSLATE_NOOP("MainWindow", "Payments"), "payroll", "PayrollPage", _CASEWORK),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Statistics"), "reports", "ReportsPage", _CASEWORK),
    PageSpec("admin", QT_TRANSLATE_NOOP("MainWindow", "Users and settings"), "admin", "AdminPage",
             frozenset({Role.ADMIN})),
    PageSpec("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), "sync", "SyncPage", frozenset(Role)),
)


def pages_for(role: Role) -> list[PageSpec]:
    return [p for p in PAGES if role in p.roles]


class IdleWatcher(QObject):
    """Fires ``idle`` after ``ms`` without keyboard or mouse input anywhere in the application."""

    idle = Signal()
    _EVENTS = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin}

    def __init__(self, ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(lambda: emit(self.idle))
        self.paused = False

    def start(self) -> None:
        self.paused = False
        self.timer.start()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:
        if not self.paused and event.type() in self._EVENTS:
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    logout_requested = Signal()
    lock_requested = Signal()
    change_password_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)    # "zh" | "en": the window is rebuilt in it, still signed in
    ready = Signal()            # the first page has its data: the window is usable

    def __init__(self, env: Env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs = pages_for(env.role)
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._closing_for_logout = False
        self.ui.nav.setObjectName("nav")
        for spec in self.specs:
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.UserRole, spec.name)
            item.setSizeHint(item.sizeHint().expandedTo(self.ui.nav.fontMetrics().boundingRect("Ay").size() * 2.4))
            self.ui.nav.addItem(item)
            holder = QWidget()
            self._placeholders[spec.name] = holder
            self.ui.pages.addWidget(holder)
        self.ui.nav.currentRowChanged.connect(self._nav_changed)
        self._build_menus()
        self._status()
        env.open_case.connect(self._open_case)
        env.open_household.connect(self._open_household)
        env.new_application.connect(self._new_application)
        env.record_visit.connect(self._record_visit)
        env.browse_cases.connect(self._browse_cases)
        self.setWindowTitle(self.tr("Lishui social assistance — {site}").format(site=env.site.name))
        if not settings.restore_geometry(self, "main"):
            self.resize(1280, 800)
        self.ready.connect(self._import_later)
        if self.specs:
            self.ui.nav.setCurrentRow(0)

    # -- pages -------------------------------------------------------------------------

    def _import_later(self) -> None:
        """Once the first page is usable, the modules of the other pages, each its own task
        on the runner: the first click on 救助申请 waited a second for the case view's
        imports (sync, the notices, reportlab, fonts). A task of the person's own, queued
        meanwhile, goes before the next module."""
        names = [f"lishui_desktop.gui.pages.{s.module}" for s in self.specs if s.name not in self.pages]
        runner = self.env.runner

        def next_one(_module=None) -> None:
            if names and runner.accepting:
                runner.submit(partial(importlib.import_module, names.pop(0)), done=next_one)

        next_one()

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it was not yet."""
        if name in self.pages:
            return self.pages[name]
        spec = next(s for s in self.specs if s.name == name)
        module = importlib.import_module(f"lishui_desktop.gui.pages.{spec.module}")
        page = getattr(module, spec.cls)(self.env, self)
        page.setObjectName(f"page_{name}")
        holder = self._placeholders.pop(name)
        index = self.ui.pages.indexOf(holder)
        self.ui.pages.insertWidget(index, page)
        self.ui.pages.removeWidget(holder)
        holder.deleteLater()
        self.pages[name] = page
        if len(self.pages) == 1:
            if hasattr(page, "ready"):
                page.ready.connect(self.ready)
            else:
                QTimer.singleShot(0, self.ready)
        return page

    def show_page(self, name: str) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.name == name)
        page = self.page(name)
        self.ui.nav.setCurrentRow(row)
        return page

    def has_page(self, name: str) -> bool:
        return any(s.name == name for s in self.specs)

    def current_page(self) -> QWidget | None:
        w = self.ui.pages.currentWidget()
        return w if w in self.pages.values() else None

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self.specs[row].name
        page = self.page(name)
        self.ui.pages.setCurrentWidget(page)
        if hasattr(page, "activate"):
            page.activate()

    def _open_case(self, application_id: str) -> None:
        target = "applications"
        if self.env.approver and self.has_page("county"):
            target = "county"
        self.show_page(target).open_case(application_id)

    def _open_household(self, household_id: str) -> None:
        self.show_page("households").open_household(household_id)

    def _new_application(self, household_id: str) -> None:
        self.show_page("applications").new_application(household_id or None)

    def _browse_cases(self, state: str) -> None:
        self.show_page("applications").browse_state(state)

    def _record_visit(self, application_id: str) -> None:
        self.show_page("visits").record_visit(application_id)

    # -- shell ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        account = bar.addMenu(self.tr("&Account"))
        self.action_password = account.addAction(self.tr("Change &password…"))
        self.action_password.triggered.connect(self.change_password_requested)
        self.action_lock = account.addAction(self.tr("&Lock"))
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(self.lock_requested)
        self.action_logout = account.addAction(self.tr("Sign &out"))
        self.action_logout.triggered.connect(self.logout_requested)
        account.addSeparator()
        self.action_quit = account.addAction(self.tr("&Quit"))
        self.action_quit.setShortcut(QKeySequence.Quit)
        self.action_quit.triggered.connect(self.close)

        go = bar.addMenu(self.tr("&Go"))
        for i, spec in enumerate(self.specs):
            act = go.addAction(QCoreApplication.translate("MainWindow", spec.title))
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, row=i: self.ui.nav.setCurrentRow(row))
        go.addSeparator()
        find = go.addAction(self.tr("&Search"))
        find.setShortcut(QKeySequence.Find)
        find.triggered.connect(lambda: self._to_page("focus_search"))
        new = go.addAction(self.tr("&New"))
        new.setShortcut(QKeySequence.New)
        new.triggered.connect(lambda: self._to_page("new_item"))
        refresh = go.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.Refresh)
        refresh.triggered.connect(lambda: self._to_page("refresh"))
        self.action_export = go.addAction(self.tr("&Export list to Excel…"))
        self.action_export.setObjectName("exportCurrentList")
        self.action_export.setShortcut(QKeySequence("Ctrl+E"))
        self.action_export.triggered.connect(self.export_list)

        lang = bar.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self)
        current = i18n.current()
        for code, text in (("zh", "中文"), ("en", "English")):
            act = lang.addAction(text)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _=False, c=code: self._set_language(c))

        helpm = bar.addMenu(self.tr("&Help"))
        self.action_figures = helpm.addAction(self.tr("The county's assistance &figures…"))
        self.action_figures.triggered.connect(self.show_county_figures)
        about = helpm.addAction(self.tr("&About"))
        about.triggered.connect(self._about)

    def export_list(self):
        """Ctrl+E: the export dialog of the list in focus, else of the page's main list."""
        from .list_export import current_list, export_view
        view = current_list(self.current_page())
        if view is None:
            self.ui.statusbar.showMessage(self.tr("This page has no list to export."), 5000)
            return None
        return export_view(view)

    def _to_page(self, method: str) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, method):
            getattr(page, method)()

    def _set_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        if code != i18n.current():
            emit(self.language_requested, code)

    def place(self) -> tuple[str | None, str | None]:
        """The page shown and the case open on it, to come back to after a language change."""
        row = self.ui.nav.currentRow()
        name = self.specs[row].name if 0 <= row < len(self.specs) else None
        page = self.pages.get(name) if name else None
        case = getattr(page, "case", None)
        showing = case is not None and case.application_id and case.isVisible()
        return name, case.application_id if showing else None

    def go_to(self, name: str | None, application_id: str | None) -> None:
        if name and self.has_page(name):
            page = self.show_page(name)
            if application_id and hasattr(page, "open_case"):
                page.open_case(application_id)

    def show_county_figures(self):
        """Every role: the county's figures with their sources (read-only)."""
        from .dialogs.county_figures import CountyFiguresDialog
        dlg = CountyFiguresDialog(self.env, self)
        self.figures_dialog = dlg
        dlg.open()
        return dlg

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About"),
                          self.tr("Lishui social assistance casework for township and county civil-affairs "
                                  "offices.\n\nDatabase: {path}").format(path=self.env.db_path))

    def _status(self) -> None:
        env = self.env
        text = self.tr("{site} ({code})  ·  {user} ({role})").format(
            site=env.site.name, code=env.site.code, user=env.user.display_name, role=labels.role(env.role.value))
        self.site_label = QLabel(text)
        self.site_label.setObjectName("statusSite")
        self.busy_label = QLabel("")
        self.busy_label.setObjectName("statusBusy")
        self.ui.statusbar.addWidget(self.site_label, 1)
        self.ui.statusbar.addPermanentWidget(self.busy_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(self.BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        env.runner.busy_changed.connect(self._busy)
        from .widgets import SyncIndicator
        self.sync_label = SyncIndicator(env.sync, self)
        self.sync_label.open_page.connect(lambda: self.show_page("sync"))
        self.ui.statusbar.addPermanentWidget(self.sync_label)

    # "Working…" only for what takes long enough to notice: a keystroke's search is answered
    # in milliseconds, and laying the status bar out twice for it flickered and took the
    # GIL from the query it was announcing.
    BUSY_AFTER_MS = 150

    def _busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            if self.busy_label.text():
                self.busy_label.setText("")

    def _show_busy(self) -> None:
        if not self.env.runner.foreground_idle:
            self.busy_label.setText(self.tr("Working…"))

    def set_locked(self, locked: bool) -> None:
        """Hide the case data while the session is locked."""
        self.ui.pages.setVisible(not locked)
        self.ui.nav.setVisible(not locked)
        self.menuBar().setEnabled(not locked)

    def close_for_logout(self) -> None:
        self._closing_for_logout = True
        self.close()

    def closeEvent(self, event) -> None:
        settings.save_geometry(self, "main")
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        super().closeEvent(event)
        if not self._closing_for_logout:
            emit(self.quit_requested)
