"""用户与设置 (administrator): accounts and roles, the site's settings, backups, the audit log."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import backups, queries, setup, users

from .. import labels, tasks
from ..forms.ui_site_settings import Ui_SiteSettingsForm
from ..models import CENTER, Column, RIGHT, RowsTableModel
from ..widgets import FieldErrors, apply_widths, make_table_view, selected_row
from .base import Page
from ..qtfix import emit
from ..sync_fields import entity_label


def _t(text: str) -> str:
    return QCoreApplication.translate("AdminPage", text)


translate = QCoreApplication.translate


REASONS = {backups.MANUAL: QT_TRANSLATE_NOOP("AdminPage", "Made by hand"),
           backups.DAILY: QT_TRANSLATE_NOOP("AdminPage", "Daily"),
           backups.PRE_RESTORE: QT_TRANSLATE_NOOP("AdminPage", "Before a restore"),
           backups.PRE_MIGRATE: QT_TRANSLATE_NOOP("AdminPage", "Before a schema upgrade")}


def reason_text(reason: str) -> str:
    return _t(REASONS[reason]) if reason in REASONS else reason




def _event_text(a: dict) -> str:
    """A case step by its name in the interface language (审核确认 rather than
    application.approve); other events keep their code, which the tooltip always shows."""
    event = a["event"]
    head, _, step = event.partition(".")
    if head == "application" and step in labels.ACTIONS:
        return labels.action(step)
    return event

class AdminPage(Page):
    listens_to = frozenset({tasks.USERS, tasks.SITE, tasks.BACKUPS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._ready_flag = False
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)
        self._users_tab()
        self._settings_tab()
        self._backups_tab()
        self._audit_tab()

    # -- users -----------------------------------------------------------------------------

    def _users_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.new_user = QPushButton(self.tr("&New account…"), w)
        self.new_user.clicked.connect(self.new_item)
        self.reset_pw = QPushButton(self.tr("&Reset password…"), w)
        self.reset_pw.clicked.connect(self._reset_password)
        self.toggle_active = QPushButton(self.tr("&Disable or enable"), w)
        self.toggle_active.clicked.connect(self._toggle_active)
        self.change_role = QPushButton(self.tr("Change &role…"), w)
        self.change_role.clicked.connect(self._change_role)
        for b in (self.new_user, self.reset_pw, self.toggle_active, self.change_role):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.users = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda u: u["username"], width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda u: u["display_name"], width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: labels.role(u["role"]), width=120),
            Column(QT_TRANSLATE_NOOP("Columns", "Office code"), lambda u: u["site_code"], width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"),
                   lambda u: translate("AdminPage", "Active") if u["active"] else translate("AdminPage", "Disabled"), width=80),
            Column(QT_TRANSLATE_NOOP("Columns", "Locked"), lambda u: translate("AdminPage", "Locked") if u["locked"] else "",
                   align=CENTER, width=80),
        ], parent=self)
        self.users_view = make_table_view(w, "usersTable")
        self.users_view.setModel(self.users)
        apply_widths(self.users_view, "admin.users")
        lay.addWidget(self.users_view, 1)
        self.tabs.addTab(w, self.tr("Accounts and roles"))

    def _selected_user(self) -> dict | None:
        return self.users.row_data(selected_row(self.users_view))

    def new_item(self) -> None:
        from ..dialogs.user import UserDialog
        dlg = UserDialog(self.env, self)
        dlg.open()
        self.dialog = dlg

    def _reset_password(self) -> None:
        u = self._selected_user()
        if u is None:
            return
        pw, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                      self.tr("New password for {name} ({account}). The person must change it at "
                                              "the next sign-in:").format(name=u["display_name"],
                                                                         account=u["username"]),
                                      QLineEdit.Password)
        if ok:
            env = self.env
            env.runner.submit(lambda: users.reset_password(env.ctx, u["id"], pw), parent=self,
                              done=lambda _r: QMessageBox.information(self, self.tr("Reset password"),
                                                                      self.tr("The password was reset.")))

    def _toggle_active(self) -> None:
        u = self._selected_user()
        if u is None:
            return
        env = self.env
        env.runner.submit(lambda: users.set_active(env.ctx, u["id"], not u["active"]),
                          parent=self)

    def _change_role(self) -> None:
        u = self._selected_user()
        if u is None:
            return
        roles = [Role.CASEWORKER, Role.REVIEWER, Role.APPROVER, Role.ADMIN]
        names = [labels.role(r.value) for r in roles]
        current = next((i for i, r in enumerate(roles) if r.value == u["role"]), 0)
        choice, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                          self.tr("Role of {name}:").format(name=u["display_name"]), names, current,
                                          False)
        if ok:
            role = roles[names.index(choice)].value
            env = self.env
            env.runner.submit(lambda: users.set_role(env.ctx, u["id"], role), parent=self)

    # -- site settings ---------------------------------------------------------------------------

    def _settings_tab(self) -> None:
        w = QWidget()
        self.site_ui = Ui_SiteSettingsForm()
        self.site_ui.setupUi(w)
        self.site_ui.saveButton.clicked.connect(self._save_settings)
        self.site_errors = FieldErrors(w)
        self.site_errors.add("site_name", self.site_ui.siteName)
        self.site_errors.add("server_url", self.site_ui.serverUrl)
        self.site_errors.add("idle_minutes", self.site_ui.idleMinutes)
        self.site_errors.add("backup_keep", self.site_ui.backupKeep)
        self.saved_label = QLabel(w)
        self.saved_label.setObjectName("settingsSaved")
        w.layout().insertWidget(2, self.saved_label)
        self.tabs.addTab(w, self.tr("Site settings"))

    def _show_settings(self, s: setup.SiteSettings) -> None:
        ui = self.site_ui
        ui.siteCode.setText(s.site_code)
        ui.kind.setText(self.tr("County civil-affairs bureau") if s.kind == "county"
                        else self.tr("Township or subdistrict office"))
        ui.siteName.setText(s.site_name)
        ui.serverUrl.setText(s.server_url)
        ui.idleMinutes.setValue(s.idle_minutes)
        ui.backupKeep.setValue(s.backup_keep)

    def _save_settings(self) -> None:
        self.site_errors.clear()
        self.saved_label.clear()
        ui, env = self.site_ui, self.env
        kwargs = dict(site_name=ui.siteName.text(), server_url=ui.serverUrl.text(),
                      idle_minutes=ui.idleMinutes.value(), backup_keep=ui.backupKeep.value())
        env.runner.submit(lambda: setup.update_site_settings(env.ctx, **kwargs), parent=self,
                          done=lambda _r: self.saved_label.setText(self.tr("Saved. The idle lock applies from the "
                                                                           "next sign-in.")),
                          failed=self.site_errors.show)

    # -- backups -------------------------------------------------------------------------------

    def _backups_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        note = QLabel(self.tr("Backups are consistent copies of the database made while it is in use, kept in the "
                              "\"backups\" folder beside it: {folder}. A daily one is made when the program "
                              "closes.").format(folder=backups.folder(self.env.ctx)))
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(note)
        bar = QHBoxLayout()
        self.backup_now = QPushButton(self.tr("&Back up now"), w)
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("Re&store the selected backup…"), w)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore)
        bar.addWidget(self.backup_now)
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.backups = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Made"),
                   lambda b: labels.moment(b.made), width=160),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda b: reason_text(b.reason), width=140),
            Column(QT_TRANSLATE_NOOP("Columns", "Size"), lambda b: f"{b.size / 2**20:.1f} MB", align=RIGHT,
                   width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda b: b.name, width=380),
        ], parent=self)
        self.backups_view = make_table_view(w, "backupsTable")
        self.backups_view.setModel(self.backups)
        apply_widths(self.backups_view, "admin.backups")
        lay.addWidget(self.backups_view, 1)
        self.tabs.addTab(w, self.tr("Backups"))

    def make_backup(self) -> None:
        ctx = self.env.ctx

        def work(task):
            def progress(done, total):
                task.report(done, total)
                task.check()
            return backups.make_backup(ctx, progress=progress)

        self.env.runner.submit(work, label=self.tr("Making a backup…"), cancellable=True, parent=self,
                               with_task=True)

    def _restore(self) -> None:
        b = self.backups.row_data(selected_row(self.backups_view))
        if b is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the database with the backup made {made}?\n\nEveryone is signed out. The current "
                    "database is first kept as one more backup.").format(
                made=b.made.strftime("%Y-%m-%d %H:%M") if b.made else b.name))
        if answer == QMessageBox.Yes and self.env.restore_backup is not None:
            self.env.restore_backup(b.path)

    # -- audit -------------------------------------------------------------------------------------

    def _audit_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.audit = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda a: labels.moment(a["at"], seconds=True), width=150),
            Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda a: a["user"], width=100),
            Column(QT_TRANSLATE_NOOP("Columns", "Event"), _event_text, width=220, tooltip=lambda a: a["event"]),
            Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda a: entity_label(a["entity"]) if a["entity"] else "",
                   width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Result"), lambda a: translate("AdminPage", "Success") if a["success"] else translate("AdminPage", "Failed"),
                   width=80),
        ], parent=self)
        self.audit_view = make_table_view(w, "auditTable")
        self.audit_view.setModel(self.audit)
        apply_widths(self.audit_view, "admin.audit")
        lay.addWidget(QLabel(self.tr("The latest 200 entries of the audit log (kept at least 6 months; the chain is "
                                     "checked with `lishui-desktop verify`).")))
        lay.addWidget(self.audit_view, 1)
        self.tabs.addTab(w, self.tr("Audit log"))

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        env = self.env

        def work():
            ctx = env.ctx
            return (users.list_users(ctx), setup.site_settings(ctx), backups.list_backups(ctx),
                    queries.recent_audit(ctx))

        env.runner.submit(work, done=self._loaded)

    def _loaded(self, result) -> None:
        user_rows, site, backups, audit = result
        self.users.set_rows(user_rows)
        self._show_settings(site)
        self.backups.set_rows(backups)
        self.audit.set_rows(audit)
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)
