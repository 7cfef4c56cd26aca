"""先行救助: the township caseworker decides and pays urgent temporary aid first, within
the county's limit; and afterwards records the completed investigation and paperwork.

The dialogs state the county's limit and the day the paperwork falls due before the
caseworker commits; the service (services.urgent_aid, through applications.act) has
the last word and its errors appear beside the field they name.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from lishui_desktop.domain import urgent_aid as rules
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.services import queries
from lishui_desktop.services import urgent_aid as ua

from .. import labels
from ..env import Env
from ..widgets import FieldErrors, parse_yuan, pydate, qdate, scroll_body, yuan_text

ITEMS = {
    "statement": QT_TRANSLATE_NOOP("CompletionDialog", "Written account of the emergency (情况说明)"),
    "materials": QT_TRANSLATE_NOOP("CompletionDialog", "Missing application materials supplied"),
    "visit": QT_TRANSLATE_NOOP("CompletionDialog", "Home visit made and recorded"),
    "approval_form": QT_TRANSLATE_NOOP("CompletionDialog", "Approval form signed after the fact"),
}


class _Base(QDialog):
    def __init__(self, env: Env, case: queries.CaseDetail, parent=None):
        super().__init__(parent)
        self.env, self.case = env, case
        outer = QVBoxLayout(self)
        h = case.household
        self.summary = QLabel(QCoreApplication.translate(
            "UrgentAidDialog", "<b>{head}</b> household · {village} {address} · {type}").format(
            head=h.head_name, village=h.village_name, address=h.address,
            type=labels.assistance_type(case.row.type)), self)
        outer.addWidget(self.summary)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        outer.addWidget(self.explanation)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("urgentError")
        outer.addWidget(self.error_label)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)         # spare height below the form, not between its rows
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.errors = FieldErrors(self, self.error_label)

    def _run(self, work, label: str) -> None:
        self.buttons.setEnabled(False)
        self.env.runner.submit(work, done=self._done, failed=self._failed, parent=self, label=label)

    def _done(self, _state) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc) -> bool:
        self.buttons.setEnabled(True)
        return self.errors.show(exc)


class PayFirstDialog(_Base):
    """Decide and pay first (先行救助) on an urgent temporary-aid case."""

    def __init__(self, env: Env, case: queries.CaseDetail, parent=None):
        super().__init__(env, case, parent)
        self.setWindowTitle(self.tr("Pay first (先行救助)"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Decide and pay first"))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("limitLabel")
        self.limit_label.setWordWrap(True)
        self.emergency = QPlainTextEdit(self)
        self.emergency.setObjectName("emergency")
        self.emergency.setPlaceholderText(self.tr("What happened, and why it cannot wait for the usual procedure"))
        self.emergency.setMaximumHeight(90)
        self.form.addRow(self.tr("Amount paid now (yuan)"), self.amount)
        self.form.addRow("", self.limit_label)
        self.form.addRow(self.tr("The emergency"), self.emergency)
        self.errors.add("amount_fen", self.amount)
        self.errors.add("emergency", self.emergency)
        self.errors.add("urgent", self.amount)
        self.terms: ua.PayFirstTerms | None = None
        self.explanation.setText(self.tr(
            "Urgent temporary assistance (急难型临时救助): the township decides and pays first, up to the "
            "county's limit, and completes the home visit, the materials and the approval form afterwards. "
            "A larger amount, or a case that is not urgent, is decided by the county as usual."))
        self.resize(560, 380)
        env.runner.submit(lambda: ua.terms(env.ctx, case.row.id), done=self._terms, parent=self)

    def _terms(self, t: ua.PayFirstTerms) -> None:
        self.terms = t
        self.limit_label.setText(self.tr(
            "At most {limit} yuan (the county's limit). The paperwork is then due within {days} working days: "
            "by {due}.").format(limit=format_yuan(t.limit_fen), days=t.completion_days,
                                due=labels.day(t.due_if_paid_today)))
        if not self.amount.text() and t.requested_fen:
            self.amount.setText(yuan_text(min(t.requested_fen, t.limit_fen)))

    def submit(self) -> None:
        self.errors.clear()
        try:
            amount = parse_yuan(self.amount.text(), "amount_fen")
        except DomainError as exc:
            self.errors.show(exc)
            return
        env, app_id, version = self.env, self.case.row.id, self.case.row.version
        emergency = self.emergency.toPlainText()
        self._run(lambda: ua.pay_first(env.ctx, app_id, amount_fen=amount, emergency=emergency,
                                       expected_version=version), self.tr("Recording the pay-first…"))


class CompletionDialog(_Base):
    """Record the investigation and paperwork completed after a pay-first."""

    def __init__(self, env: Env, case: queries.CaseDetail, parent=None):
        super().__init__(env, case, parent)
        self.setWindowTitle(self.tr("Complete the paperwork of the pay-first"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record the completion"))
        today = env.today()
        self.explanation.setText(self.tr(
            "Paid first on {paid}: record the home visit it rests on and that every part of the paperwork "
            "is done.").format(paid=labels.day(case.paid_first_on)))
        self.completed_on = QDateEdit(qdate(today), self)
        self.completed_on.setObjectName("completedOn")
        self.completed_on.setCalendarPopup(True)
        self.completed_on.setMaximumDate(qdate(today))
        self.visit_date = QDateEdit(qdate(today), self)
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setCalendarPopup(True)
        self.visit_date.setMaximumDate(qdate(today))
        self.investigators = QLineEdit(self)
        self.investigators.setObjectName("investigators")
        self.investigators.setPlaceholderText(self.tr("At least two, separated by 、"))
        self.investigators.setText(env.user.display_name)
        self.conclusion = QLineEdit(self)
        self.conclusion.setObjectName("conclusion")
        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setMaximumHeight(90)
        self.items: dict[str, QCheckBox] = {}
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        for code in rules.COMPLETION_ITEMS:
            cb = QCheckBox(QCoreApplication.translate("CompletionDialog", ITEMS[code]), box)
            cb.setObjectName(f"item_{code}")
            col.addWidget(cb)
            self.items[code] = cb
        self.form.addRow(self.tr("Home visit on"), self.visit_date)
        self.form.addRow(self.tr("Investigators"), self.investigators)
        self.form.addRow(self.tr("What the visit found"), self.conclusion)
        self.form.addRow(self.tr("Account of the emergency"), self.statement)
        self.form.addRow(self.tr("Done"), box)
        self.form.addRow(self.tr("Completed on"), self.completed_on)
        self.errors.add("visit_date", self.visit_date)
        self.errors.add("investigators", self.investigators)
        self.errors.add("statement", self.statement)
        self.errors.add("items", box)
        self.errors.add("completed_on", self.completed_on)
        self.body = scroll_body(self, self.buttons)
        self.resize(600, 560)

    def submit(self) -> None:
        self.errors.clear()
        names = [n.strip() for n in self.investigators.text().replace("，", "、").replace(",", "、").split("、")
                 if n.strip()]
        params = dict(completed_on=pydate(self.completed_on.date()), statement=self.statement.toPlainText(),
                      items=[c for c, cb in self.items.items() if cb.isChecked()],
                      visit_date=pydate(self.visit_date.date()), investigators=names,
                      conclusion=self.conclusion.text())
        env, app_id, version = self.env, self.case.row.id, self.case.row.version
        self._run(lambda: ua.complete(env.ctx, app_id, expected_version=version, **params),
                  self.tr("Recording the completion…"))
