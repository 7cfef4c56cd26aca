"""The case page's 信息核对 tab: request the data cross-check with the signed
authorisation, record the result per source, and send or take back the batch
files of the cross-check platform. The rules are services.crosscheck's; this
tab offers what the user's role may do and shows what the service answers."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget)

from lishui_desktop.domain import crosscheck as cc
from lishui_desktop.domain.idnumber import mask
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import crosscheck as cx

from .. import labels
from ..env import Env
from ..models import Column, RowsTableModel
from ..widgets import FieldErrors, apply_widths, make_table_view


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CrossCheckTab(QWidget):
    """Shows the case's latest request and result; the buttons follow the user's role."""

    def __init__(self, env: Env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.detail = None
        self.requests: list[cx.RequestView] = []
        self.dialog = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("caseCrossCheckStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)
        # What the last batch file did (kept while the case reloads).
        self.file_note = QLabel(self)
        self.file_note.setObjectName("caseCrossCheckFile")
        self.file_note.setWordWrap(True)
        self.file_note.setStyleSheet("color: #1d4f8c;")
        self.file_note.hide()
        layout.addWidget(self.file_note)
        row = QHBoxLayout()
        self.request_button = QPushButton(self.tr("Request the data cross-check…"), self)
        self.request_button.setObjectName("crosscheckRequest")
        self.request_button.clicked.connect(self.start_request)
        self.result_button = QPushButton(self.tr("Record the result…"), self)
        self.result_button.setObjectName("crosscheckResult")
        self.result_button.clicked.connect(self.start_result)
        self.export_button = QPushButton(self.tr("Export waiting requests for the platform…"), self)
        self.export_button.setObjectName("crosscheckExport")
        self.export_button.clicked.connect(self._export)
        self.import_button = QPushButton(self.tr("Import the platform's results…"), self)
        self.import_button.setObjectName("crosscheckImport")
        self.import_button.clicked.connect(self._import)
        for b in (self.request_button, self.result_button, self.export_button, self.import_button):
            row.addWidget(b)
            b.hide()        # until the case's requests are loaded: what is offered follows them
        row.addStretch(1)
        layout.addLayout(row)
        self.findings = RowsTableModel([
            Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda f: labels.crosscheck_source(f.source), width=130),
            Column(QT_TRANSLATE_NOOP("Columns", "Person"), lambda f: self._person(f.id_number), width=210),
            Column(QT_TRANSLATE_NOOP("Columns", "Has a record"),
                   lambda f: self.tr("Yes") if f.found else self.tr("None"), width=60),
            Column(QT_TRANSLATE_NOOP("Columns", "What the source holds"), lambda f: f.detail, width=380,
                   tooltip=lambda f: f.detail),
            Column(QT_TRANSLATE_NOOP("Columns", "Checked on"), lambda f: labels.day(f.checked_on), width=100),
        ], parent=self)
        self.view = make_table_view(self, "crosscheckFindings")
        self.view.setModel(self.findings)
        apply_widths(self.view, "case.crosscheck")
        layout.addWidget(self.view, 1)

    # -- showing -------------------------------------------------------------------------

    def _person(self, id_number: str) -> str:
        if not id_number:
            return self.tr("Whole household")
        latest = self.requests[-1] if self.requests else None
        name = next((p["name"] for p in (latest.persons if latest else ()) if p["id_number"] == id_number), "")
        return f"{name} {mask(id_number)}".strip()

    def show_case(self, detail) -> None:
        """Reload for the case the page shows (off the GUI thread)."""
        self.detail = detail
        env, aid = self.env, detail.row.id
        env.runner.submit(lambda: cx.requests(env.ctx, aid), key=f"crosscheck-{id(self)}", done=self._loaded)

    def _loaded(self, requests: list[cx.RequestView]) -> None:
        self.requests = requests
        latest = requests[-1] if requests else None
        state = self.detail.row.state if self.detail else ""
        staff = self.env.township_staff
        lines = []
        if latest is None:
            lines.append(self.tr("No data cross-check has been requested. The preliminary review needs its "
                                 "result."))
        else:
            lines.append(self.tr("Request {no} of {day} by {who}; authorisation signed by {signer} on {signed}.")
                         .format(no=latest.request_no, day=labels.day(latest.requested_on), who=latest.requested_by,
                                 signer=latest.authorised_by, signed=labels.day(latest.authorised_on)))
            r = latest.result
            if r is None:
                lines.append(self.tr("Waiting for the result."))
            else:
                text = self.tr("Result recorded on {day} by {who}{county}: {outcome}.").format(
                    day=labels.day(r.recorded_on), who=r.recorded_by,
                    county=self.tr(" (county)") if r.by_county else "",
                    outcome=labels.crosscheck_outcome(r.outcome))
                if r.reason:
                    text += " " + self.tr("Reason: {reason}").format(reason=labels.reason(r.reason))
                if r.note:
                    text += " " + self.tr("Remarks: {note}").format(note=r.note)
                lines.append(text)
        if len(requests) > 1:
            lines.append(self.tr("{n} earlier requests on file.").format(n=len(requests) - 1))
        self.status.setText("\n".join(lines))
        self.findings.set_rows(list(latest.result.findings) if latest and latest.result else [])
        waiting = latest is not None and latest.result is None
        self.request_button.setVisible(staff and state in cc.REQUEST_STATES and not waiting)
        # A check already answered may be asked again (an objection, a return by the county).
        self.request_button.setText(self.tr("Request the data cross-check again…") if latest
                                    else self.tr("Request the data cross-check…"))
        may_record = staff or self.env.role is Role.APPROVER
        self.result_button.setVisible(may_record and waiting)
        self.export_button.setVisible(may_record)
        self.import_button.setVisible(may_record)

    # -- the request ---------------------------------------------------------------------

    def start_request(self):
        if self.detail is None:
            return None
        dlg = RequestDialog(self.env, self.detail, self)
        self.dialog = dlg
        dlg.open()
        return dlg

    def start_result(self):
        if not self.requests or self.requests[-1].result is not None:
            return None
        dlg = ResultDialog(self.env, self.requests[-1], self)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _reload(self, _result=None) -> None:
        if self.detail is not None:
            self.show_case(self.detail)

    # -- the batch files -----------------------------------------------------------------

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the cross-check requests"),
                                              f"核对申请-{self.env.today().isoformat()}.xlsx",
                                              self.tr("Workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        env = self.env
        env.runner.submit(lambda: cx.export_requests(env.ctx, path), parent=self,
                          label=self.tr("Writing the requests…"), done=self._exported)

    def _exported(self, result) -> None:
        path, n = result
        self.file_note.setText(self.tr("{n} requests written to {path}.").format(n=n, path=str(path)))
        self.file_note.show()
        self._reload()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The platform's result file"), "",
                                              self.tr("Workbook (*.xlsx)"))
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> None:
        env = self.env
        env.runner.submit(lambda: cx.import_results(env.ctx, path), parent=self,
                          label=self.tr("Reading the result file…"), done=self._imported,
                          failed=self._import_failed)

    def _imported(self, summary: cx.ImportSummary) -> None:
        self.last_import = self.tr("{n} results imported from {rows} rows; {bad} found the household "
                                   "ineligible.").format(n=summary.requests, rows=summary.rows, bad=summary.ineligible)
        self.file_note.setText(self.last_import)
        self.file_note.show()
        self._reload()

    def _import_failed(self, exc) -> bool:
        if not isinstance(exc, cx.ImportRefused):
            return False
        # Every problem by row and column: the office corrects the file and imports it again.
        self.last_import = "\n".join(p.text() for p in exc.problems)
        box = QMessageBox(QMessageBox.Warning, self.tr("Nothing was imported"),
                          self.tr("The result file has {n} problems; nothing was imported. Correct them and "
                                  "import the file again.").format(n=len(exc.problems)), QMessageBox.Ok, self)
        box.setDetailedText(self.last_import)
        box.setObjectName("crosscheckImportProblems")
        self.problem_box = box
        box.open()
        return True


class _TabDialog(QDialog):
    """A dialog of the tab that saves through the task runner: its buttons wait for the
    service, the tab reloads on success, and an error stays beside its field."""

    def _submit(self, fn) -> None:
        self.buttons.setEnabled(False)
        self.env.runner.submit(fn, parent=self, done=self._done, failed=self._failed)

    def _done(self, _id) -> None:
        self.buttons.setEnabled(True)
        self.tab._reload()
        self.accept()

    def _failed(self, exc) -> bool:
        self.buttons.setEnabled(True)
        return self.errors.show(exc)


class RequestDialog(_TabDialog):
    """申请信息核对: who signed the authorisation, and when."""

    def __init__(self, env: Env, detail, tab: CrossCheckTab):
        super().__init__(tab)
        self.env, self.detail, self.tab = env, detail, tab
        self.setWindowTitle(self.tr("Request the data cross-check"))
        form = QFormLayout(self)
        note = QLabel(self.tr("The county checks the household's registration, tax, social insurance, real "
                              "estate, business registration, housing fund, vehicles, deposits, securities "
                              "and insurance, with the authorisation the family signed."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.signer = QLineEdit(detail.applicant_name, self)
        self.signer.setObjectName("authorisedBy")
        form.addRow(self.tr("Authorisation signed by"), self.signer)
        self.signed_on = QDateEdit(_qdate(env.today()), self)
        self.signed_on.setObjectName("authorisedOn")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Signed on"), self.signed_on)
        self.error_label = QLabel(self)
        form.addRow(self.error_label)
        self.errors = FieldErrors(self, self.error_label)
        self.errors.add("authorised_by", self.signer)
        self.errors.add("authorised_on", self.signed_on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        env, aid = self.env, self.detail.row.id
        who, day = self.signer.text(), _pydate(self.signed_on.date())
        self._submit(lambda: cx.request(env.ctx, aid, authorised_by=who, authorised_on=day))


class ResultDialog(_TabDialog):
    """录入核对结果: one row per source, as the county's report lists them."""

    def __init__(self, env: Env, request: cx.RequestView, tab: CrossCheckTab):
        super().__init__(tab)
        self.env, self.request, self.tab = env, request, tab
        self.setWindowTitle(self.tr("Result of request {no}").format(no=request.request_no))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(cc.SOURCES), 4, self)
        self.table.setObjectName("crosscheckSources")
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Record found"),
                                              self.tr("What the source holds"), self.tr("Checked on")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.found: dict[str, QCheckBox] = {}
        self.detail: dict[str, QLineEdit] = {}
        self.day: dict[str, QDateEdit] = {}
        today = _qdate(env.today())
        for i, src in enumerate(cc.SOURCES):
            name = QLabel(labels.crosscheck_source(src), self.table)
            self.table.setCellWidget(i, 0, name)
            box = QCheckBox(self.table)
            box.setObjectName(f"found_{src}")
            self.table.setCellWidget(i, 1, box)
            line = QLineEdit(self.table)
            line.setObjectName(f"detail_{src}")
            self.table.setCellWidget(i, 2, line)
            when = QDateEdit(today, self.table)
            when.setObjectName(f"checked_{src}")
            when.setDisplayFormat("yyyy-MM-dd")
            self.table.setCellWidget(i, 3, when)
            self.found[src], self.detail[src], self.day[src] = box, line, when
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("crosscheckOutcome")
        for code in cc.OUTCOMES:
            self.outcome.addItem(labels.crosscheck_outcome(code), code)
        form.addRow(self.tr("Conclusion"), self.outcome)
        self.reason = QComboBox(self)
        self.reason.setObjectName("crosscheckReason")
        for code in cc.INELIGIBLE_REASONS:
            self.reason.addItem(labels.reason(code), code)
        form.addRow(self.tr("Reason"), self.reason)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("crosscheckNote")
        self.note.setMaximumHeight(60)
        form.addRow(self.tr("Remarks (report number)"), self.note)
        layout.addLayout(form)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.error_label = QLabel(self)
        layout.addWidget(self.error_label)
        self.errors = FieldErrors(self, self.error_label)
        self.errors.add("reason", self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _outcome_changed(self) -> None:
        self.reason.setEnabled(self.outcome.currentData() == cc.INELIGIBLE)

    def findings_entered(self) -> list[cc.Finding]:
        return [cc.Finding(src, self.found[src].isChecked(), self.detail[src].text().strip(),
                           _pydate(self.day[src].date())) for src in cc.SOURCES]

    def submit(self) -> None:
        self.errors.clear()
        env, cid = self.env, self.request.id
        findings = self.findings_entered()
        outcome = self.outcome.currentData()
        reason = self.reason.currentData() if outcome == cc.INELIGIBLE else None
        note = self.note.toPlainText()
        self._submit(lambda: cx.record_result(env.ctx, cid, findings, outcome, reason, note))

    def _failed(self, exc) -> bool:
        shown = super()._failed(exc)
        field = getattr(exc, "field", "") or ""
        if field.startswith("findings["):
            # The row at fault: select it so the person sees which source.
            try:
                self.table.selectRow(int(field[len("findings["):field.index("]")]))
            except ValueError:
                pass
        return shown
