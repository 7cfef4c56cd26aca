"""资金发放: the month's payment roll: build, check, sign off, approve, export, the bank's
return file and the queue of failed payments. Every rule is the service's; this
page offers the steps and shows what they say."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QDialog, QDialogButtonBox,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from lishui_desktop.domain import payroll as pr
from lishui_desktop.domain import regions
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES
from lishui_desktop.domain.money import format_yuan, to_fen
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import changes, payroll, payroll_files

from .. import labels
from ..models import RIGHT, Column, RowsTableModel
from ..widgets import apply_widths, make_table_view, selected_row
from .base import Page


def _fill(text: str, *args) -> str:
    """Qt-style %1, %2 placeholders (the translations keep them where the language needs)."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text

_KIND = {pr.REGULAR: QT_TRANSLATE_NOOP("PayrollPage", "Monthly"),
         pr.BACK_PAY: QT_TRANSLATE_NOOP("PayrollPage", "Back-payment"),
         pr.REISSUE: QT_TRANSLATE_NOOP("PayrollPage", "Re-issue"),
         pr.ONE_OFF: QT_TRANSLATE_NOOP("PayrollPage", "One-off"),
         pr.OFFSET: QT_TRANSLATE_NOOP("PayrollPage", "Offset of overpayment")}
_STATUS = {pr.PENDING: "", pr.PAID: QT_TRANSLATE_NOOP("PayrollPage", "Paid"),
           pr.FAILED: QT_TRANSLATE_NOOP("PayrollPage", "Failed")}
_STATE = {pr.DRAFT: QT_TRANSLATE_NOOP("PayrollPage", "Draft"),
          pr.SIGNED_OFF: QT_TRANSLATE_NOOP("PayrollPage", "Signed off by the township"),
          pr.APPROVED: QT_TRANSLATE_NOOP("PayrollPage", "Approved by the county (frozen)")}
# A failed payment waits in the queue until a corrected account re-issues it.
_FAILURE = {"open": QT_TRANSLATE_NOOP("PayrollPage", "Awaiting correction"),
            "corrected": QT_TRANSLATE_NOOP("PayrollPage", "Corrected; paid again in the next roll")}


def _t(text: str) -> str:
    return QCoreApplication.translate("PayrollPage", text)


def line_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: r.seq, None, RIGHT, width=50),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village, None, width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Payee"), lambda r: r.name, None, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "ID number"), lambda r: r.id_masked, None, width=160),
        Column(QT_TRANSLATE_NOOP("Columns", "Bank"), lambda r: r.bank_name, None, width=150),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.account_masked, None, width=170),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: _t(_KIND[r.kind]), None, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "For month"), lambda r: r.for_month, None, width=70),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: labels.yuan(r.amount_fen), None,
               RIGHT, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Result"),
               lambda r: _t(_STATUS[r.status]) + (f"：{r.failure_reason}" if r.failure_reason else ""),
               None, width=160),
    ]


def failure_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Payee"), lambda r: r.name, None, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "For month"), lambda r: r.for_month, None, width=70),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: labels.yuan(r.amount_fen), None,
               RIGHT, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Bank's reason"), lambda r: r.reason, None, width=200),
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda r: r.account_masked, None, width=170),
        Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda r: _t(_FAILURE.get(r.state, r.state)), None,
               width=110),
    ]


_IN_ROLL = QT_TRANSLATE_NOOP("PayrollPage", "Offset in the next rolls")
_OUTSIDE = QT_TRANSLATE_NOOP("PayrollPage", "Case stopped: recover outside the roll")


def _period(o: pr.Overpayment) -> str:
    return o.first_month if o.first_month == o.last_month else f"{o.first_month} – {o.last_month}"


def overpayment_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, None, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "Months overpaid"), lambda r: _period(r.overpayment),
               None, width=140),
        Column(QT_TRANSLATE_NOOP("Columns", "Still to recover"),
               lambda r: labels.yuan(r.overpayment.amount_fen), None, RIGHT, width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "How"),
               lambda r: _t(_IN_ROLL if r.in_roll else _OUTSIDE), None, width=150),
    ]


class PayrollPage(Page):
    listens_to = frozenset({changes.PAYROLL, changes.APPLICATIONS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self.roll_id: str | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.month = QLineEdit(payroll.month_default(env.ctx.today()), self)
        self.month.setObjectName("payrollMonth")
        self.month.setMaximumWidth(90)
        self.type = QComboBox(self)
        for code in ASSISTANCE_TYPES:
            self.type.addItem(labels.assistance_type(code), code)
        self.month.editingFinished.connect(self.load)
        self.type.currentIndexChanged.connect(lambda _i: self.load())
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        bar.addWidget(self.type)
        # A county desk picks which of its townships' rolls it checks and approves: their
        # lines arrive with the sync.
        self.township = QComboBox(self)
        self.township.setObjectName("payrollTownship")
        self.township.setVisible(len(env.ctx.site.code) == 6)
        self.township.currentIndexChanged.connect(lambda _i: self.load())
        bar.addWidget(self.township)
        township = len(env.ctx.site.code) == 9 and env.user.role in (Role.CASEWORKER, Role.REVIEWER)
        self.buttons = {}
        for key, text, slot, show in (
                ("build", self.tr("&Build roll"), self.build, township),
                ("sign", self.tr("&Sign off"), self.sign_off, env.user.role is Role.REVIEWER),
                ("approve", self.tr("&Approve (county)"), self.approve, env.user.role is Role.APPROVER),
                ("export", self.tr("&Export…"), self.export, True),
                ("import", self.tr("&Import bank return…"), self.import_return, township)):
            b = QPushButton(text, self)
            b.setObjectName(f"payroll_{key}")
            b.clicked.connect(slot)
            b.setVisible(show)
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        outer.addLayout(bar)
        self.status = QLabel(self)
        self.status.setObjectName("payrollStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.lines = RowsTableModel(line_columns(), parent=self)
        view = make_table_view(self, "payrollLines")
        view.setModel(self.lines)
        apply_widths(view, "payroll.lines")
        outer.addWidget(view, 3)
        box = QGroupBox(self.tr("Returned payments (correct the account; the next roll pays again)"), self)
        bl = QVBoxLayout(box)
        self.failures = RowsTableModel(failure_columns(), parent=self)
        self.failure_view = make_table_view(box, "payrollFailures")
        self.failure_view.setModel(self.failures)
        apply_widths(self.failure_view, "payroll.failures")
        bl.addWidget(self.failure_view)
        fix = QPushButton(self.tr("&Correct account…"), box)
        fix.clicked.connect(self.correct)
        fix.setVisible(township)
        bl.addWidget(fix)
        bottom = QHBoxLayout()
        bottom.addWidget(box, 3)
        over = QGroupBox(self.tr("Overpayments (a reduction or stop from a month already paid)"), self)
        ol = QVBoxLayout(over)
        self.overpayments = RowsTableModel(overpayment_columns(), parent=self)
        self.overpayment_view = make_table_view(over, "payrollOverpayments")
        self.overpayment_view.setModel(self.overpayments)
        apply_widths(self.overpayment_view, "payroll.overpayments")
        ol.addWidget(self.overpayment_view)
        repaid = QPushButton(self.tr("&Record repayment…"), over)
        repaid.setObjectName("payroll_recovery")
        repaid.clicked.connect(self.record_recovery)
        repaid.setVisible(township)
        ol.addWidget(repaid)
        bottom.addWidget(over, 2)
        outer.addLayout(bottom, 1)

    # -- loading

    def _key(self) -> tuple[str, str]:
        return self.month.text().strip(), self.type.currentData()

    def load(self) -> None:
        env = self.env
        month, typ = self._key()

        def read():
            over = payroll.overpayments(env.ctx, typ)
            try:
                month_ok = pr.check_month(month)
            except Exception:
                return None, [], [], None, over, [], False
            towns = []
            if county:
                towns = sorted({x.township_code for x in payroll.rolls(env.ctx, month_ok)
                                if x.type == typ})
            code = chosen if chosen in towns else (towns[0] if towns else None)
            r = payroll.find_roll(env.ctx, month_ok, typ, code) if code or not county else None
            lines = payroll.lines(env.ctx, r.id) if r else []
            rec = payroll.reconcile(env.ctx, r.id) if r and lines else None
            done = bool(county and r and r.state == pr.SIGNED_OFF and payroll.approved_here(env.ctx, r.id))
            return r, lines, payroll.failures(env.ctx), rec, over, towns, done

        county = len(env.ctx.site.code) == 6
        chosen = self.township.currentData()

        def show(result):
            r, lines, failures, rec, over, towns, approved_here = result
            if county and [self.township.itemData(i) for i in range(self.township.count())] != towns:
                self.township.blockSignals(True)
                self.township.clear()
                for code in towns:
                    self.township.addItem(regions.township_name(code) or code, code)
                if r is not None:
                    self.township.setCurrentIndex(towns.index(r.township_code))
                self.township.blockSignals(False)
            self.roll_id = r.id if r else None
            self.lines.set_rows(lines)
            self.failures.set_rows(failures)
            self.overpayments.set_rows(over)
            if r is None:
                self.status.setText(self.tr("No roll for this month and type yet."))
            else:
                text = _fill(self.tr("%1: %2 lines, %3 yuan"), _t(_STATE[r.state]), r.line_count,
                             format_yuan(r.total_fen))
                if rec is not None:
                    t = rec.township
                    text += _fill(self.tr("; paid %1 + failed %2 + not answered %3 — %4"),
                                  format_yuan(t.paid_fen), format_yuan(t.failed_fen),
                                  format_yuan(t.pending_fen),
                                  self.tr("reconciles") if rec.ok else self.tr("does NOT reconcile"))
                    if t.offset_fen:
                        text += _fill(self.tr("; of which overpayments offset %1 yuan"),
                                      format_yuan(-t.offset_fen))
                if approved_here:
                    text += self.tr("; approved by this county: the township freezes it at its "
                                    "next sync")
                elif county and r.state == pr.SIGNED_OFF and len(lines) != r.line_count:
                    text += _fill(self.tr("; only %1 of its %2 lines have arrived: synchronise "
                                          "before approving"), len(lines), r.line_count)
                self.status.setText(text)
            self.buttons["sign"].setEnabled(bool(r) and r.state == pr.DRAFT)
            self.buttons["approve"].setEnabled(bool(r) and r.state == pr.SIGNED_OFF and not approved_here)
            self.buttons["build"].setEnabled(not r or r.state == pr.DRAFT)
            self.buttons["export"].setEnabled(bool(r))
            self.buttons["import"].setEnabled(bool(r) and r.state == pr.APPROVED)
            self.ready.emit()

        env.runner.submit(read, done=show, key="payroll.load")

    # -- steps (the service decides; errors are shown by the runner)

    def build(self) -> None:
        env = self.env
        month, typ = self._key()
        env.runner.submit(lambda task: payroll.build(env.ctx, month, typ,
                                                     progress=lambda d, n: (task.check(), task.report(d, n))),
                          with_task=True, cancellable=True, label=self.tr("Building the roll…"),
                          parent=self, done=lambda _r: self.load())

    def sign_off(self) -> None:
        if self.roll_id:
            rid = self.roll_id
            self.env.runner.submit(lambda: payroll.sign_off(self.env.ctx, rid), parent=self,
                                   done=lambda _r: self.load())

    def approve(self) -> None:
        if self.roll_id:
            rid = self.roll_id
            self.env.runner.submit(lambda: payroll.approve(self.env.ctx, rid), parent=self,
                                   done=lambda _r: self.load())

    def export(self) -> None:
        if not self.roll_id:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the roll"), f"发放名册-{self._key()[0]}.xlsx",
            self.tr("Roll (*.xlsx);;Printable roll (*.pdf);;Bank file (*.xlsx);;Bank file CSV (*.csv)"))
        if not path:
            return
        fmt = "pdf" if path.lower().endswith(".pdf") else "csv" if path.lower().endswith(".csv") \
            else "bank" if "Bank" in chosen or "银行" in chosen else "xlsx"
        rid = self.roll_id
        self.env.runner.submit(lambda: payroll_files.export(self.env.ctx, rid, fmt, path), parent=self,
                               label=self.tr("Exporting…"))

    def import_return(self) -> None:
        if not self.roll_id:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The bank's return file"), "",
                                              self.tr("Return file (*.xlsx *.csv)"))
        if path:
            rid = self.roll_id
            self.env.runner.submit(
                lambda: payroll.import_return(self.env.ctx, rid, payroll_files.read_return(path)),
                parent=self, done=lambda _r: self.load(), label=self.tr("Reading the return file…"))

    def record_recovery(self) -> None:
        """A stopped case's overpayment paid back at the window (the service checks it)."""
        row = self.overpayments.row_data(selected_row(self.overpayment_view))
        if row is None:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Record the repayment of an overpayment"))
        form = QFormLayout(dlg)
        amount, receipt = QLineEdit(format_yuan(row.overpayment.amount_fen, grouping=False), dlg), \
            QLineEdit(dlg)
        form.addRow(self.tr("Amount repaid (yuan)"), amount)
        form.addRow(self.tr("Receipt number"), receipt)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dlg)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec() == QDialog.Accepted:
            aid, text, no = row.application_id, amount.text(), receipt.text()
            self.env.runner.submit(
                lambda: payroll.record_recovery(self.env.ctx, aid, amount_fen=to_fen(text),
                                                receipt_no=no),
                parent=self, done=lambda _r: self.load())

    def correct(self) -> None:
        row = self.failures.row_data(selected_row(self.failure_view))
        if row is None or row.state != "open":
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Correct the account"))
        form = QFormLayout(dlg)
        bank, account = QLineEdit(dlg), QLineEdit(dlg)
        form.addRow(self.tr("Bank"), bank)
        form.addRow(self.tr("Account number"), account)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dlg)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        if dlg.exec() == QDialog.Accepted:
            fid, b, a = row.id, bank.text(), account.text()
            self.env.runner.submit(lambda: payroll.correct_failure(self.env.ctx, fid, bank_name=b,
                                                                   account_no=a),
                                   parent=self, done=lambda _r: self.load())
