"""One dialog for the workflow steps that need little input: accept, ask for materials,
refuse (with reasons), notices, objections, hand-up, decisions, raise/reduce/stop.

Each step shows only what it needs (``SPECS``); the service (applications.act,
which asks domain.workflow.check) has the last word, and its errors appear
beside the field they name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidgetItem, QPlainTextEdit

from lishui_desktop.domain import codes, workflow
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.services import applications as aps
from lishui_desktop.services import queries

from .. import labels
from ..env import Env
from ..forms.ui_action import Ui_ActionDialog
from ..widgets import FieldErrors, fill_combo, lines, parse_yuan, pydate, qdate, scroll_body, yuan_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ActionDialog", text)


@dataclass(frozen=True)
class Spec:
    explanation: str
    materials: bool = False
    reasons: bool = False       # a reasons box: the action's preset codes (domain.codes) + typed lines
    amount: bool = False
    start_month: bool = False
    notice: bool = False
    appraisal: bool = False
    delivery: bool = False
    note: bool = True
    danger: bool = False


SPECS: dict[str, Spec] = {
    "accept": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Accept the complete application. The household economic "
                                     "investigation must start within 3 working days.")),
    "request_materials": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Tell the applicant in one notice everything that "
                                                "is missing (一次性告知). The case waits until it is supplied."),
                              materials=True),
    "supply_materials": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Record that the missing materials were supplied; "
                                               "the application can then be accepted.")),
    "refuse_acceptance": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Refuse to accept the application. The applicant "
                                                "gets a written notice with the reasons."),
                              reasons=True,
                              danger=True),
    "start_investigation": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Start the household economic investigation "
                                                  "and ask the county for the data cross-check. The home visit "
                                                  "must be done within 15 working days.")),
    "record_appraisal": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Record the democratic appraisal. Village "
                                               "representatives must be at least two thirds of the panel, and "
                                               "everyone signs the record."), appraisal=True),
    "publish": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Post the public notice in the village: the applicant's "
                                      "name, the number of family members and the amount, nothing else. It runs "
                                      "7 days."), notice=True),
    "record_objection": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Record an objection raised during the notice. "
                                               "The case goes back to investigation and needs a new preliminary "
                                               "review."), reasons=True),
    "close_notice": Spec(QT_TRANSLATE_NOOP("ActionDialog", "The 7-day notice has ended. Close it; objections "
                                           "must have been recorded before.")),
    "hand_up": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Hand the case up to the county civil-affairs bureau for "
                                      "its decision.")),
    "extend": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Extend the time limit of the whole procedure from 30 to 45 "
                                     "working days after acceptance (MCA 2021, special circumstances only). "
                                     "The reason is recorded with the case."),
                   reasons=True),
    "record_delivery": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Record how the written refusal reached the "
                                              "applicant, as on the signed delivery receipt (送达回证). Zhejiang: "
                                              "within 3 working days of the decision."), delivery=True),
    "approve": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Approve the assistance. Payment starts in the month "
                                      "after the decision, paid before the 10th, to the household's bank "
                                      "account."),
                    amount=True, start_month=True),
    "refuse": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Refuse. The township delivers the written notice with the "
                                     "reasons and the appeal rights within 3 working days."),
                   reasons=True,
                   danger=True),
    "return": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Return the case to the township for another investigation."),
                   reasons=True),
    "raise": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Raise the monthly amount, with written reasons."),
                  amount=True, reasons=True),
    "reduce": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Reduce the monthly amount, with written reasons. The new "
                                     "amount applies from next month."),
                   amount=True, reasons=True),
    "stop": Spec(QT_TRANSLATE_NOOP("ActionDialog", "Stop the payment, with written reasons. It ends the month "
                                   "after the decision."),
                 reasons=True,
                 danger=True),
    "withdraw": Spec(QT_TRANSLATE_NOOP("ActionDialog", "The applicant withdraws the application in writing."),
                     reasons=True),
}

# Decisions the approver confirms explicitly after seeing what they are about to sign.
CONFIRMED = frozenset({"approve", "refuse", "stop", "raise", "reduce"})
AMOUNT_ACTIONS = frozenset({"approve", "raise", "reduce"})

APPRAISAL_RESULTS = (("agree", QT_TRANSLATE_NOOP("ActionDialog", "Agrees with the application")),
                     ("disagree", QT_TRANSLATE_NOOP("ActionDialog", "Does not agree")))


def next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


class ActionDialog(QDialog):
    def __init__(self, env: Env, case: queries.CaseDetail, action: str, parent=None):
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.env, self.case, self.action = env, case, action
        spec = SPECS[action]
        self.spec = spec
        ui = self.ui
        row = case.row
        self.setWindowTitle(labels.action(action))
        ui.summaryLabel.setText(self.tr("<b>{head}</b> household · {type} · now: {state}").format(
            head=row.head_name, type=labels.assistance_type(row.type), state=labels.state(row.state)))
        ui.explanationLabel.setText(_t(spec.explanation))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("actionError")
        ui.verticalLayout_4.insertWidget(2, self.error_label)
        ui.materialsGroup.setVisible(spec.materials)
        presets = codes.PRESET_REASONS.get(action, ()) if spec.reasons else ()
        ui.reasonsGroup.setVisible(spec.reasons)
        ui.amountGroup.setVisible(spec.amount or spec.start_month)
        # Stopping tekun support follows a 7-day notice: the same date field gives its start.
        self.stop_notice = action == "stop" and case.row.type == "tekun"
        ui.noticeGroup.setVisible(spec.notice or self.stop_notice)
        ui.appraisalGroup.setVisible(spec.appraisal)
        ui.noteBox.setVisible(spec.note)
        if spec.delivery:
            self._delivery_group(env.today())
        if action == "hand_up":
            self._hand_up_due()
        for code in codes.MATERIALS:
            self._add_choice(ui.materialsList, code, labels.material(code))
        grounds = []
        if action in ("refuse", "refuse_acceptance"):
            # What the rules found unmet (income, property ...) comes first, ticked: the
            # domain's own Chinese sentences, stored as written.
            try:
                grounds = aps.refusal_grounds(env.ctx, case.row.id)
            except DomainError:
                grounds = []
        for ground in grounds:
            self._add_choice(ui.reasonsList, ground, ground, checked=True)
        for code in presets:
            self._add_choice(ui.reasonsList, code, labels.reason(code))
        ui.reasonsList.setVisible(bool(presets or grounds))
        if spec.reasons and not (presets or grounds):
            ui.otherReasonsLabel.setText(self.tr("What was objected, by whom, and how it is handled (one point "
                                                 "per line)"))
        elif presets or grounds:
            ui.materialsList.setMaximumHeight(200)
            ui.reasonsList.setMaximumHeight(ui.reasonsList.sizeHintForRow(0) * (len(presets) + len(grounds) + 1)
                                            + 8)
        today = env.today()
        current = case.row.amount_fen
        ui.currentAmount.setText(self.tr("{amount} yuan/month").format(amount=labels.yuan(current))
                                 if current is not None else self.tr("none yet"))
        ui.currentAmount.setVisible(action in ("raise", "reduce", "approve"))
        ui.currentAmountTitle.setVisible(action in ("raise", "reduce", "approve"))
        if action == "approve":
            ui.currentAmountTitle.setText(self.tr("Proposed by the review"))
            ui.currentAmount.setText(self.tr("{amount} yuan").format(amount=labels.yuan(case.row.proposed_fen))
                                     if case.row.proposed_fen is not None else self.tr("none"))
            ui.amount.setText(yuan_text(case.row.proposed_fen))
        elif action in ("raise", "reduce"):
            ui.amount.setText(yuan_text(current))
        ui.amountLabel.setVisible(spec.amount)
        ui.amount.setVisible(spec.amount)
        ui.startMonthLabel.setVisible(spec.start_month)
        ui.startMonth.setVisible(spec.start_month)
        ui.startMonth.setDate(qdate(next_month(today)))
        # The first month is the month after the decision (the service computes it): shown only.
        ui.startMonth.setEnabled(False)
        self.figures = None
        self.figures_label = QLabel(self)
        self.figures_label.setObjectName("decisionFigures")
        self.figures_label.setWordWrap(True)
        self.amount_reason = QPlainTextEdit(self)
        self.amount_reason.setObjectName("amountReason")
        self.amount_reason.setMaximumHeight(60)
        self.amount_reason_label = QLabel(self.tr("Reason for an amount other than the review's (kept in the "
                                                  "audit, not printed)"), self)
        if action in AMOUNT_ACTIONS:
            self.figures = aps.decision_figures(env.ctx, case.row.id)
            ui.formLayout.addRow(self.tr("Check"), self.figures_label)
            if action == "approve":
                ui.formLayout.addRow(self.amount_reason_label, self.amount_reason)
            ui.amount.textChanged.connect(self._show_figures)
        self.amount_reason_label.setVisible(action == "approve")
        self.amount_reason.setVisible(action == "approve")
        self.figures_label.setVisible(action in AMOUNT_ACTIONS)
        self.confirm_label = QLabel(self)
        self.confirm_label.setObjectName("decisionConfirm")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet("QLabel { background: #fff4d6; color: #7a5200; padding: 6px 10px; }")
        self.confirm_label.hide()
        ui.verticalLayout_4.insertWidget(ui.verticalLayout_4.count() - 1, self.confirm_label)
        self._confirming: dict | None = None
        ui.noticeStart.setDate(qdate(today))
        ui.noticeStart.setMaximumDate(qdate(today))
        ui.noticeStart.dateChanged.connect(self._notice_period)
        self.backdate_reason = QPlainTextEdit(self)
        self.backdate_reason.setObjectName("backdateReason")
        self.backdate_reason.setMaximumHeight(48)
        self.backdate_label = QLabel(self.tr("Why it is entered late (the notice is shown as backdated)"), self)
        ui.formLayout_2.addRow(self.backdate_label, self.backdate_reason)
        self._notice_period()
        ui.appraisalDate.setDate(qdate(today))
        ui.appraisalDate.setMaximumDate(qdate(today))
        fill_combo(ui.appraisalResult, [(code, _t(text)) for code, text in APPRAISAL_RESULTS])
        ok = ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(labels.action(action))
        ok.setDefault(True)
        if spec.danger:
            ok.setStyleSheet("color: #8c1d12; font-weight: bold;")
        ui.buttonBox.accepted.connect(self.submit)
        # On a small screen the form scrolls, and an error scrolls into view.
        self.body = scroll_body(self, self.ui.buttonBox)
        # Spare height goes below the form: fields and their messages stay together.
        self.body.widget().layout().addStretch(1)
        self.errors = FieldErrors(self, self.error_label)
        self.errors.add("missing", ui.otherMaterials)
        self.errors.add("reasons", ui.otherReasons)
        self.errors.add("amount_fen", ui.amount, "amount")
        self.errors.add("start_month", ui.startMonth)
        self.errors.add("start", ui.noticeStart)
        self.errors.add("stop_notice_start", ui.noticeStart)
        self.errors.add("panel_size", ui.panelSize)
        self.errors.add("village_reps", ui.villageReps)
        if spec.delivery:
            self.errors.add("delivered_on", self.delivery_date)
            self.errors.add("method", self.delivery_method)
            self.errors.add("recipient", self.delivery_recipient)
        self.errors.add("amount_reason", self.amount_reason)
        self.errors.add("backdate_reason", self.backdate_reason)
        for w in (ui.amount, ):
            w.textChanged.connect(self._unconfirm)
        for w in (ui.otherReasons, self.amount_reason):
            w.textChanged.connect(self._unconfirm)
        ui.reasonsList.itemChanged.connect(self._unconfirm)
        self._show_figures()
        self.setMinimumWidth(600)
        self.adjustSize()

    def _delivery_group(self, today: date) -> None:
        # The form has no delivery fields; this step alone needs them.
        from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLineEdit
        box = QGroupBox(self.tr("Delivery (送达)"), self)
        form = QFormLayout(box)
        self.delivery_date = QDateEdit(box)
        self.delivery_date.setCalendarPopup(True)
        self.delivery_date.setDisplayFormat("yyyy-MM-dd")
        self.delivery_date.setDate(qdate(today))
        self.delivery_date.setMaximumDate(qdate(today))
        self.delivery_method = QComboBox(box)
        fill_combo(self.delivery_method, [(c, labels.delivery_method(c)) for c in workflow.DELIVERY_METHODS])
        self.delivery_recipient = QLineEdit(box)
        self.delivery_recipient.setText(self.case.applicant_name)
        self.delivery_place = QLineEdit(box)
        form.addRow(self.tr("Delivered on"), self.delivery_date)
        form.addRow(self.tr("How"), self.delivery_method)
        form.addRow(self.tr("Received by"), self.delivery_recipient)
        form.addRow(self.tr("Where"), self.delivery_place)
        self.ui.verticalLayout_4.insertWidget(3, box)

    def _hand_up_due(self) -> None:
        """The days and the date the case will carry once handed up, from the same rule."""
        due = aps.decision_due_if_handed_up(self.env.ctx, self.case.row.id)
        if due.due is None:
            return
        text = self.tr("The county must decide by {date}: {limit}.").format(
            date=due.due.isoformat(), limit=labels.limit(due.limit, due.limit_days))
        self.ui.explanationLabel.setText(self.ui.explanationLabel.text() + "\n" + text)

    def _show_figures(self) -> None:
        f = self.figures
        if f is None:
            return
        unit = self.tr("yuan/month") if f.monthly else self.tr("yuan")

        def money(fen):
            return self.tr("{amount} {unit}").format(amount=labels.yuan(fen), unit=unit) \
                if fen is not None else self.tr("none")
        try:
            amount = parse_yuan(self.ui.amount.text(), "amount_fen")
        except DomainError:
            amount = None
        base = f.proposed_fen if self.action == "approve" else f.current_fen
        parts = [self.tr("Review (初审): {v}").format(v=money(f.proposed_fen)),
                 self.tr("Computed by the rules today: {v}").format(v=money(f.computed_fen)),
                 self.tr("Most the rules allow: {v}").format(v=money(f.ceiling_fen))]
        if self.action != "approve":
            parts.insert(0, self.tr("Paid now: {v}").format(v=money(f.current_fen)))
        if amount is not None and base is not None:
            diff = amount - base
            sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
            parts.append(self.tr("Difference from the review: {sign}{v}").format(
                sign=sign, v=money(abs(diff))) if self.action == "approve" else
                self.tr("Change: {sign}{v}").format(sign=sign, v=money(abs(diff))))
        if amount is not None and f.ceiling_fen is not None and amount > f.ceiling_fen:
            parts.append("<b>" + self.tr("Above what the rules allow") + "</b>")
        if self.action == "approve":
            parts.append(self.tr("First month of payment: {month}").format(month=f.first_month))
        self.figures_label.setText("<br>".join(parts))

    def _unconfirm(self, *_args) -> None:
        if self._confirming is not None:
            self._confirming = None
            self.confirm_label.hide()
            self.ui.buttonBox.button(QDialogButtonBox.Ok).setText(labels.action(self.action))

    def confirmation_text(self, params: dict) -> str:
        row = self.case.row
        who = self.tr("{head} household, {type}").format(head=row.head_name,
                                                          type=labels.assistance_type(row.type))
        if self.action in AMOUNT_ACTIONS:
            f = self.figures
            unit = self.tr("yuan/month") if f is None or f.monthly else self.tr("yuan")
            text = self.tr("You are about to {action}: {who}, {amount} {unit}.").format(
                action=labels.action(self.action), who=who, amount=labels.yuan(params["amount_fen"]), unit=unit)
            if self.action == "approve" and f is not None:
                text += " " + self.tr("Paid from {month}.").format(month=f.first_month)
                if f.proposed_fen is not None and f.proposed_fen != params["amount_fen"]:
                    text += " " + self.tr("This differs from the review's {amount} {unit}.").format(
                        amount=labels.yuan(f.proposed_fen), unit=unit)
        else:
            text = self.tr("You are about to {action}: {who}.").format(action=labels.action(self.action), who=who)
        if params.get("reasons"):
            text += " " + self.tr("Reasons: {items}").format(items="；".join(params["reasons"]))
        return text + " " + self.tr("Press the button again to confirm; the decision is then recorded and "
                                    "its notice is issued in the deciding body's name.")

    def _notice_period(self) -> None:
        start = pydate(self.ui.noticeStart.date())
        late = (self.env.today() - start).days > workflow.NOTICE_BACKDATE_DAYS
        if hasattr(self, "backdate_reason"):
            self.backdate_label.setVisible(late)
            self.backdate_reason.setVisible(late)
        first, last = workflow.notice_period(start)
        self.ui.noticePeriod.setText(self.tr("Notice period: {first} to {last} (7 days). It can be closed from "
                                             "{close}.").format(first=first.isoformat(), last=last.isoformat(),
                                                                close=(last + timedelta(days=1)).isoformat()))

    @staticmethod
    def _add_choice(widget, code: str, text: str, *, checked: bool = False) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def _checked(self, widget) -> list[str]:
        """The codes of the ticked items: records hold codes, never the shown words."""
        return [widget.item(i).data(Qt.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.Checked]

    def params(self) -> dict:
        ui, spec = self.ui, self.spec
        p: dict = {}
        if spec.materials:
            p["missing"] = self._checked(ui.materialsList) + lines(ui.otherMaterials.toPlainText())
        if spec.reasons:
            p["reasons"] = self._checked(ui.reasonsList) + lines(ui.otherReasons.toPlainText())
        if spec.amount:
            p["amount_fen"] = parse_yuan(ui.amount.text(), "amount_fen")
        if self.stop_notice:
            p["stop_notice_start"] = pydate(ui.noticeStart.date())
        if self.action == "approve" and self.amount_reason.toPlainText().strip():
            p["amount_reason"] = self.amount_reason.toPlainText().strip()
        if spec.notice:
            start = pydate(ui.noticeStart.date())
            if start > self.env.today():
                raise ValidationError("notice.start", "the notice cannot start after today", field="start")
            p["start"] = start
            if self.backdate_reason.toPlainText().strip():
                p["backdate_reason"] = self.backdate_reason.toPlainText().strip()
        if spec.appraisal:
            # The panel's rules are the domain's (workflow.check_appraisal), checked by the service.
            panel, reps = ui.panelSize.value(), ui.villageReps.value()
            p["appraisal"] = {"date": pydate(ui.appraisalDate.date()).isoformat(), "panel_size": panel,
                              "village_reps": reps, "votes_for": ui.votesFor.value(),
                              "result": ui.appraisalResult.currentData()}
        if spec.delivery:
            p["delivered_on"] = pydate(self.delivery_date.date())
            p["method"] = self.delivery_method.currentData()
            p["recipient"] = self.delivery_recipient.text().strip()
            p["place"] = self.delivery_place.text().strip()
        note = ui.note.toPlainText().strip()
        if spec.note and note:
            p["note"] = note
        return p

    def submit(self) -> None:
        self.errors.clear()
        try:
            params = self.params()
        except DomainError as exc:
            self.errors.show(exc)
            return
        if self.action in CONFIRMED and self._confirming != params:
            # First press: the rules check it, then the dialog says exactly what will be
            # signed; the second press decides.
            try:
                aps.check_action(self.env.ctx, self.case.row.id, self.action, params)
            except DomainError as exc:
                self.errors.show(exc)
                return
            self._confirming = params
            self.confirm_label.setText(self.confirmation_text(params))
            self.confirm_label.show()
            self.ui.buttonBox.button(QDialogButtonBox.Ok).setText(
                self.tr("Confirm: {action}").format(action=labels.action(self.action)))
            return
        env, app_id, action, version = self.env, self.case.row.id, self.action, self.case.row.version
        self.ui.buttonBox.setEnabled(False)
        env.runner.submit(lambda: aps.act(env.ctx, app_id, action, params, expected_version=version),
                          done=self._done, failed=self._failed, parent=self)

    def _done(self, state) -> None:
        self.ui.buttonBox.setEnabled(True)
        parent = self.parent()
        if hasattr(parent, "show_outcome"):
            parent.show_outcome(self.action, state)
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)
