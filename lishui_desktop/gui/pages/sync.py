"""数据同步: where this office stands with the city server, and what needs a person.

The top says when the last sync was, what waits to go up, and how many
conflicts and refused changes there are; the button syncs now (in the
background: the window stays usable, the progress bar shows how far it got,
Cancel stops it between two steps). Below: the conflicts (opened one by one
in the conflict dialog), the changes the server refused (read, then put
away), the USB transfer for offices without a connection, and the
administrator's server settings (address, token, registering this office's
key).
"""
from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.services import permissions

from .. import errors, labels, tasks
from ..models import Column, RIGHT, RowsTableModel
from ..sync_control import CANCELLED, DONE, FAILED, NOT_CONFIGURED, UNREACHABLE, Outcome
from ..sync_fields import entity_label, field_label, refusal_summary
from ..widgets import FieldErrors, apply_widths, banner, make_table_view, selected_row
from ..qtfix import emit
from .base import Page

translate = QCoreApplication.translate


def _t(text: str) -> str:
    return translate("SyncPage", text)


def household_text(owner: dict | None) -> str:
    if not owner:
        return ""
    if owner.get("village"):
        return translate("SyncPage", "{head} household ({village})").format(head=owner["head_name"], village=owner["village"])
    return translate("SyncPage", "{head} household").format(head=owner["head_name"])


def report_text(report) -> str:
    """A finished sync in two sentences a caseworker can read."""
    p, q = report.pushed, report.pulled
    lines = [translate("SyncPage", "Sent {sent} change(s): {applied} taken, {duplicate} already there, "
                       "{conflict} in conflict, {refused} refused.").format(sent=sum(p.values()), **p),
             translate("SyncPage", "Received {records} record(s) and {reference} reference item(s); {decisions} "
                       "county decision(s) taken into cases.").format(records=q["records"], reference=q["reference"],
                                                        decisions=report.decisions_applied)]
    return "\n".join(lines)


class SyncPage(Page):
    listens_to = frozenset({tasks.SYNC, tasks.SITE})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._ready_flag = False
        self.overview = None
        self.conflict_views: list = []
        self.owners: dict = {}
        self.villages: dict[str, str] = {}
        self.dialog = None
        outer = QVBoxLayout(self)

        self.conflict_banner = banner(self, "syncConflictBanner", "warning")
        outer.addWidget(self.conflict_banner)

        # -- where we stand -------------------------------------------------------------
        box = QGroupBox(self.tr("Sync with the city server"), self)
        box.setObjectName("syncStatusBox")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        self.status_labels: dict[str, QLabel] = {}
        rows = [("server", QT_TRANSLATE_NOOP("SyncPage", "City server")),
                ("last", QT_TRANSLATE_NOOP("SyncPage", "Last sync")),
                ("pending", QT_TRANSLATE_NOOP("SyncPage", "Waiting to be sent")),
                ("conflicts", QT_TRANSLATE_NOOP("SyncPage", "Sync conflicts")),
                ("refused", QT_TRANSLATE_NOOP("SyncPage", "Refused changes"))]
        for i, (key, title) in enumerate(rows):
            r, c = divmod(i, 3)
            name = QLabel(_t(title) + QCoreApplication.translate("CaseView", ":"), box)
            name.setStyleSheet("color: #555;")
            value = QLabel(box)
            value.setObjectName(f"sync_{key}")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(name, r, c * 2)
            grid.addWidget(value, r, c * 2 + 1)
            self.status_labels[key] = value
        for c in range(3):
            grid.setColumnStretch(c * 2 + 1, 1)
        bar = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"), box)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setStyleSheet("font-weight: bold;")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(False)
        self.progress.setMinimumWidth(200)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.progress_label = QLabel(box)
        self.progress_label.setObjectName("syncProgressText")
        bar.addWidget(self.sync_button)
        bar.addWidget(self.cancel_button)
        bar.addSpacing(12)
        bar.addWidget(self.progress)
        bar.addWidget(self.progress_label, 1)
        grid.addLayout(bar, 2, 0, 1, 6)
        self.result_label = QLabel(box)
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.RichText)
        self.result_label.hide()
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        grid.addWidget(self.result_label, 3, 0, 1, 6)
        hint = QLabel(self.tr("The program also syncs by itself every ten minutes whenever the city server can be "
                              "reached. Work goes on meanwhile: everything is kept on this computer first."), box)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        grid.addWidget(hint, 4, 0, 1, 6)
        outer.addWidget(box)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        outer.addWidget(self.tabs, 1)
        self._conflicts_tab()
        self._refusals_tab()
        self._usb_tab()
        self._settings_tab()

        sync = env.sync
        sync.started.connect(self._started)
        sync.progress.connect(self._progress)
        sync.finished.connect(self._finished)
        if sync.running:
            self._started(False)
        elif sync.outcome is not None:
            self._show_outcome(sync.outcome)

    # -- tabs ------------------------------------------------------------------------------

    def _conflicts_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        note = QLabel(self.tr("A record changed both on this computer and on the city server. Neither version was "
                              "overwritten: open the conflict, compare the two versions item by item and choose "
                              "what to keep. The choice is sent with the next sync and recorded in the audit log."),
                      w)
        note.setWordWrap(True)
        lay.addWidget(note)
        self.conflicts = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Kind of record"), lambda c: entity_label(c.entity), width=130),
            Column(QT_TRANSLATE_NOOP("Columns", "Household"), lambda c: household_text(self.owners.get(c.entity_id)),
                   width=200),
            Column(QT_TRANSLATE_NOOP("Columns", "Items that differ"),
                   lambda c: QCoreApplication.translate("SyncField", ", ").join(field_label(f.name) for f in c.fields)
                   or translate("SyncPage", "(only the time of change)"), width=300),
            Column(QT_TRANSLATE_NOOP("Columns", "Version here"), lambda c: c.local_version, align=RIGHT, width=90),
            Column(QT_TRANSLATE_NOOP("Columns", "Version on the server"), lambda c: c.server_version, align=RIGHT,
                   width=110),
        ], parent=self)
        self.conflicts_view = make_table_view(w, "syncConflicts")
        self.conflicts_view.setModel(self.conflicts)
        apply_widths(self.conflicts_view, "sync.conflicts")
        self.conflicts_view.doubleClicked.connect(lambda i: self.open_conflict(i.row()))
        lay.addWidget(self.conflicts_view, 1)
        row = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("&Resolve the selected conflict…"), w)
        self.resolve_button.setObjectName("resolveConflict")
        self.resolve_button.clicked.connect(lambda: self.open_conflict(selected_row(self.conflicts_view)))
        can = permissions.may_resolve_conflicts(self.env.ctx)
        self.resolve_button.setEnabled(can)
        if not can:
            self.resolve_button.setToolTip(self.tr("Township staff or the administrator resolve conflicts."))
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.conflicts_tab = w
        self.tabs.addTab(w, self.tr("Sync conflicts"))

    def _refusals_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        note = QLabel(self.tr("Changes the city server did not accept, with its reason. They are set aside and "
                              "hold up nothing else. Correct the record (open its household), then send it again; "
                              "or, once the cause is dealt with, put the entry away."), w)
        note.setWordWrap(True)
        lay.addWidget(note)
        self.refusals = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Refused at"),
                   lambda r: labels.moment(r.refused_at), width=130),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind of record"), lambda r: entity_label(r.entity), width=120),
            Column(QT_TRANSLATE_NOOP("Columns", "Household"), lambda r: household_text(self.owners.get(r.entity_id)),
                   width=180),
            Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: refusal_summary(r.reason), width=380,
                   tooltip=lambda r: r.reason),
            Column(QT_TRANSLATE_NOOP("Columns", "The server's words"), lambda r: r.reason, width=300,
                   tooltip=lambda r: r.reason),
            Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda r: field_label(r.field)
                   if r.field else "", width=110),
            Column(QT_TRANSLATE_NOOP("Columns", "Sent again"),
                   lambda r: r.resent_at.strftime("%Y-%m-%d %H:%M") if r.resent_at else "", width=120),
        ], parent=self)
        self.refusals_view = make_table_view(w, "syncRefusals")
        self.refusals_view.setModel(self.refusals)
        apply_widths(self.refusals_view, "sync.refusals")
        lay.addWidget(self.refusals_view, 1)
        row = QHBoxLayout()
        self.dismiss_button = QPushButton(self.tr("&Noted, remove from the list"), w)
        self.dismiss_button.setObjectName("dismissRefusal")
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        row.addWidget(self.dismiss_button)
        self.open_refused_button = QPushButton(self.tr("&Open the household"), w)
        self.open_refused_button.setObjectName("openRefused")
        self.open_refused_button.clicked.connect(self.open_refused)
        row.addWidget(self.open_refused_button)
        self.resend_button = QPushButton(self.tr("Send &again"), w)
        self.resend_button.setObjectName("resendRefusal")
        self.resend_button.clicked.connect(self.resend_selected)
        row.addWidget(self.resend_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.refusals_tab = w
        self.tabs.addTab(w, self.tr("Refused changes"))

    def _usb_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        note = QLabel(self.tr(
            "Without a connection, changes travel on a USB stick:\n"
            "1. Export what waits to be sent to a file and carry it to the city (or a computer that can reach "
            "the city server).\n"
            "2. The city imports it and gives back an acknowledgement file (with the county's decisions).\n"
            "3. Import the acknowledgement file here. The same changes are never applied twice, even if they "
            "also go by network."), w)
        note.setWordWrap(True)
        lay.addWidget(note)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export changes to a file…"), w)
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(self._export_clicked)
        self.import_button = QPushButton(self.tr("&Import an acknowledgement file…"), w)
        self.import_button.setObjectName("importAcks")
        self.import_button.clicked.connect(self._import_clicked)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.usb_result = QLabel(w)
        self.usb_result.setObjectName("usbResult")
        self.usb_result.setWordWrap(True)
        self.usb_result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.usb_result)
        lay.addStretch(1)
        self.tabs.addTab(w, self.tr("USB transfer"))

    def _settings_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        self.server_url = QLineEdit(w)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://")
        self.server_url.setMaxLength(200)
        self.token = QLineEdit(w)
        self.token.setObjectName("siteToken")
        self.token.setMaxLength(200)
        for edit in (self.server_url, self.token):
            edit.setMaximumWidth(620)
        form.addRow(self.tr("City &server address"), self.server_url)
        form.addRow(self.tr("Office &token"), self.token)
        lay.addLayout(form)
        self.settings_errors = FieldErrors(w)
        self.settings_errors.add("server_url", self.server_url)
        self.settings_errors.add("token", self.token)
        row = QHBoxLayout()
        self.register_button = QPushButton(self.tr("Save and &register this office"), w)
        self.register_button.setObjectName("registerSite")
        self.register_button.clicked.connect(self.save_settings)
        self.check_button = QPushButton(self.tr("Test the &connection"), w)
        self.check_button.setObjectName("checkServer")
        self.check_button.clicked.connect(self.check_connection)
        row.addWidget(self.register_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.settings_result = QLabel(w)
        self.settings_result.setObjectName("settingsResult")
        self.settings_result.setWordWrap(True)
        lay.addWidget(self.settings_result)
        note = QLabel(self.tr("The city issues each office its token. Registering gives the city "
                              "server this office's public key, with which anyone can check the QR code on the "
                              "notices this office prints."), w)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        lay.addWidget(note)
        admin = permissions.may(self.env.ctx, AdminAction.SYNC_SETTINGS)
        for widget in (self.server_url, self.token, self.register_button):
            widget.setEnabled(admin)
        if not admin:
            only = QLabel(self.tr("Only the administrator changes these settings."), w)
            only.setObjectName("settingsAdminOnly")
            lay.addWidget(only)
        lay.addStretch(1)
        self.settings_tab = w
        self.tabs.addTab(w, self.tr("Server settings"))

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        env = self.env

        def work():
            from lishui_desktop.services import sync
            p = sync.page(env.ctx)       # one read transaction: a consistent picture
            return p.overview, p.conflicts, p.refusals, p.owners, p.villages

        env.runner.submit(work, key=f"sync-page-{id(self)}", done=self._loaded)

    def _loaded(self, result) -> None:
        self.overview, self.conflict_views, refused, self.owners, self.villages = result
        o = self.overview
        s = self.status_labels
        s["server"].setText(o.server_url or self.tr("Not set up"))
        if o.server_url and not o.has_token:
            s["server"].setText(self.tr("{url} (no token yet)").format(url=o.server_url))
        s["last"].setText(self._last_text(o.last))
        s["last"].setToolTip((o.last or {}).get("error") or "")
        s["pending"].setText(self.tr("{changes} change(s), {audit} audit entries").format(**o.pending))
        s["conflicts"].setText(str(len(self.conflict_views)))
        s["conflicts"].setStyleSheet("color: #b03a2e; font-weight: bold;" if self.conflict_views else "")
        s["refused"].setText(str(len(refused)))
        s["refused"].setStyleSheet("color: #b03a2e; font-weight: bold;" if refused else "")
        self.conflicts.set_rows(self.conflict_views)
        self.refusals.set_rows(refused)
        n = len(self.conflict_views)
        self.conflict_banner.setText(self.tr(
            "%n record(s) were changed both here and on the city server (sync conflict). Both versions are kept "
            "until a person chooses: see \"Sync conflicts\" below.", "", n))
        self.conflict_banner.setVisible(bool(n))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts_tab), self.tr("Sync conflicts (%n)", "", n))
        self.tabs.setTabText(self.tabs.indexOf(self.refusals_tab), self.tr("Refused changes (%n)", "", len(refused)))
        if n and self.conflicts_view.selectionModel() and not self.conflicts_view.selectionModel().hasSelection():
            self.conflicts_view.selectRow(0)
        if not self.server_url.hasFocus():
            self.server_url.setText(o.server_url)
        self.token.setPlaceholderText(self.tr("Set (not shown); paste a new token to replace it") if o.has_token
                                      else self.tr("The token the city issued for this office"))
        self.sync_button.setEnabled(not self.env.sync.running and bool(o.server_url and o.has_token))
        if not (o.server_url and o.has_token) and not self.env.sync.running:
            self.progress_label.setText(
                self.tr("Not connected yet: enter the city server's address and this office's token under "
                        "\"Server settings\" below.") if permissions.may(self.env.ctx, AdminAction.SYNC_SETTINGS) else
                self.tr("Not connected yet: the administrator enters the server address and token under "
                        "\"Server settings\"."))
        elif self.progress_label.text() and not self.env.sync.running and self.progress.isHidden():
            self.progress_label.clear()
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)

    def _last_text(self, last: dict | None) -> str:
        if not last:
            return self.tr("Never")
        at = last.get("at", "").replace("T", " ")[:16]
        error = last.get("error")
        if error == "cancelled":
            return self.tr("{time}, cancelled").format(time=at)
        if error:
            return self.tr("{time}, not completed").format(time=at)
        return self.tr("{time}, completed: {sent} sent, {received} received").format(
            time=at, sent=last.get("sent", 0), received=last.get("received", 0))

    # -- syncing ---------------------------------------------------------------------------------

    def sync_now(self):
        """Start a sync (the button); returns the task, or None when one is already running."""
        return self.env.sync.sync_now()

    def _cancel_clicked(self) -> None:
        self.env.sync.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the current step…"))

    def _started(self, automatic: bool) -> None:
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Checking whether the city server answers…") if automatic
                                    else self.tr("Connecting to the city server…"))
        self.result_label.clear()
        self.result_label.hide()

    def _progress(self, step: str, done: int, total: int) -> None:
        if step == "push":
            self.progress.setRange(0, max(total, done, 1))
            self.progress.setValue(done)
            self.progress_label.setText(self.tr("Sending this office's changes… ({done} of {total})").format(
                done=done, total=max(total, done)))
        elif step == "attachments":
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Sending attached files… ({n} so far)").format(n=done))
        elif step == "pull":
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Receiving from the city server… ({n} so far)").format(n=done))
        else:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Checking whether the city server answers…"))

    def _finished(self, outcome: Outcome) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self.progress_label.clear()
        self.sync_button.setEnabled(True)
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: Outcome) -> None:
        at = outcome.at.strftime("%H:%M")
        warn = ""                   # a line that needs someone, shown in red under the rest
        self.result_label.setToolTip("")
        if outcome.kind == DONE:
            text = self.tr("Sync completed at {time}.").format(time=at) + "\n" + report_text(outcome.report)
            left = (outcome.report.left or {}).get("conflicts", 0)
            if left:
                warn = self.tr("%n conflict(s) need a person's choice: see below.", "", left)
        elif outcome.kind == UNREACHABLE:
            text = self.tr("{time}: the city server could not be reached; the program tries again later. "
                           "Nothing is lost meanwhile.").format(time=at)
        elif outcome.kind == CANCELLED:
            text = self.tr("Sync cancelled at {time}. What was already sent or received is kept; the next sync "
                           "goes on from there.").format(time=at)
        elif outcome.kind == NOT_CONFIGURED:
            text, warn = "", errors.message(outcome.error) if outcome.error is not None else ""
        else:
            text, warn = "", self.tr("{time}: ").format(time=at) + errors.sync_message(outcome.error)
            if outcome.kind == FAILED and outcome.error is not None:
                # The server's own words, for whoever the office calls for help.
                self.result_label.setToolTip(str(outcome.error))
        lines = [html.escape(t).replace("\n", "<br>") for t in (text,) if t]
        if warn:
            lines.append(f'<span style="color: #b03a2e;">{html.escape(warn)}</span>')
        self.result_label.setText("<br>".join(lines))
        self.result_label.setVisible(bool(lines))

    # -- conflicts and refusals --------------------------------------------------------------------

    def open_conflict(self, row: int):
        """Open the conflict dialog for row ``row``; returns it (tests drive it)."""
        view = self.conflicts.row_data(row)
        if view is None or not permissions.may_resolve_conflicts(self.env.ctx):
            return None
        from ..dialogs.conflict import ConflictDialog
        dlg = ConflictDialog(self.env, view, self.owners.get(view.entity_id), self.villages, self)
        dlg.accepted.connect(self._resolved)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _resolved(self) -> None:
        self.result_label.setText(self.tr("Your choice is saved as a new version; it goes to the city server with "
                                          "the next sync."))
        self.result_label.show()

    def dismiss_selected(self) -> None:
        r = self.refusals.row_data(selected_row(self.refusals_view))
        if r is None:
            return
        env = self.env
        from lishui_desktop.services import sync
        env.runner.submit(lambda: sync.dismiss_refusal(env.ctx, r.id), parent=self)

    def open_refused(self) -> None:
        r = self.refusals.row_data(selected_row(self.refusals_view))
        who = self.owners.get(r.entity_id) if r is not None else None
        if who and who.get("household_id"):
            emit(self.env.open_household, who["household_id"])

    def resend_selected(self) -> None:
        """The refused record goes again with the next sync, as it is now."""
        r = self.refusals.row_data(selected_row(self.refusals_view))
        if r is None:
            return
        env = self.env
        from lishui_desktop.services import sync

        def done(_):
            self.result_label.setText(self.tr("The record goes to the city server again with the next sync."))
            self.result_label.show()
        env.runner.submit(lambda: sync.resend_refusal(env.ctx, r.id), done=done, parent=self)

    # -- USB ----------------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        name = f"lishui-{self.env.site.code}-{datetime.now():%Y%m%d-%H%M}.bundle"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes to a file"), name,
                                              self.tr("Sync files (*.bundle)"))
        if path:
            self.export_bundle(path)

    def export_bundle(self, path: str) -> None:
        env = self.env

        def work():
            from lishui_desktop.services import bundles
            return bundles.export_bundle(env.ctx, path)

        def done(report) -> None:
            self.usb_result.setStyleSheet("")
            self.usb_result.setText(self.tr("Written to {path}: {batches} batch(es), {records} change(s), {audit} "
                                            "audit entries. Carry the file to the city.").format(
                path=path, batches=report.batches, records=report.records, audit=report.audit))

        env.runner.submit(work, done=done, failed=self._usb_failed, parent=self,
                          label=self.tr("Writing the file…"))

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an acknowledgement file"), "",
                                              self.tr("Acknowledgement files (*.acks);;All files (*)"))
        if path:
            self.import_acks(path)

    def import_acks(self, path: str) -> None:
        env = self.env

        def work():
            from lishui_desktop.services import bundles
            return bundles.import_acks(env.ctx, path)

        def done(report) -> None:
            self.usb_result.setStyleSheet("")
            self.usb_result.setText(self.tr("Imported {name}.").format(name=Path(path).name) + "\n" +
                                    report_text(report))

        env.runner.submit(work, done=done, failed=self._usb_failed, parent=self,
                          label=self.tr("Reading the acknowledgement file…"))

    def _usb_failed(self, exc) -> bool:
        from lishui_desktop.domain.errors import DomainError
        if not isinstance(exc, (DomainError, OSError)):
            return False
        self.usb_result.setStyleSheet("color: #b03a2e;")
        self.usb_result.setText(errors.message(exc) if isinstance(exc, DomainError)
                                else self.tr("The file could not be read or written: {error}").format(error=exc))
        return True

    # -- settings ---------------------------------------------------------------------------------------

    def save_settings(self) -> None:
        self.settings_errors.clear()
        self.settings_result.clear()
        env = self.env
        url, token = self.server_url.text().strip(), self.token.text().strip()

        def work():
            from lishui_desktop.domain.errors import DomainError
            from lishui_desktop.services import sync
            typed = token
            if not typed:
                # Registering again (the server was down at setup): the stored token serves.
                try:
                    typed = sync.site_connection(env.ctx)[1]
                except DomainError:
                    typed = ""
            sync.configure(env.ctx, url, typed, register=True)

        def done(_r) -> None:
            self.token.clear()
            self.settings_result.setStyleSheet("")
            self.settings_result.setText(self.tr("Saved. The city server knows this office's key now; sync can "
                                                 "start."))

        env.runner.submit(work, done=done, failed=self._settings_failed,
                          parent=self, label=self.tr("Registering this office with the city server…"))

    def _settings_failed(self, exc) -> bool:
        from lishui_desktop.domain.errors import DomainError
        if not isinstance(exc, DomainError):
            return False
        if exc.code == "sync.register_failed":
            self.settings_result.setStyleSheet("color: #b03a2e;")
            self.settings_result.setText(errors.message(exc))
            self.token.setFocus()
            return True
        return self.settings_errors.show(exc)

    def check_connection(self) -> None:
        url = self.server_url.text().strip() or (self.overview.server_url if self.overview else "")
        self.settings_result.setStyleSheet("")
        self.settings_result.setText(self.tr("Asking {url}…").format(url=url))

        def work() -> bool:
            from lishui_desktop.services import sync as sync_service
            from lishui_desktop.sync.client import HqClient, SyncError
            try:
                with HqClient(url, "", **sync_service.transport(self.env.ctx)) as client:
                    return client.health()
            except SyncError:
                return False

        def done(ok: bool) -> None:
            self.settings_result.setStyleSheet("" if ok else "color: #b03a2e;")
            self.settings_result.setText(self.tr("The city server answers.") if ok else
                                         self.tr("No answer from {url}. Check the address and the network.").format(
                                             url=url))

        self.env.runner.submit(work, done=done, background=True)

