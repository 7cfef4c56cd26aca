"""初审: the reviewer sees the amount the rules give, with every step of the reckoning,
and proposes approval (with that amount) or not (with reasons)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QSizePolicy, QTableWidgetItem

from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.services import applications as aps
from lishui_desktop.services import queries

from .. import i18n, labels
from ..env import Env
from ..forms.ui_review import Ui_ReviewDialog
from ..widgets import FieldErrors, fill_combo, lines, parse_yuan, scroll_body, setup_table_widget

GIVEN_TYPES = ("yiliao", "jiaoyu", "shilaohua")


class ReviewDialog(QDialog):
    def __init__(self, env: Env, case: queries.CaseDetail, parent=None):
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.env, self.case = env, case
        self.result = None
        ui = self.ui
        row = case.row
        t = row.type
        ui.summaryLabel.setText(self.tr("<b>{head}</b> household · {type} · {n} member(s), {covered} covered").format(
            head=row.head_name, type=labels.assistance_type(t), n=len(case.household.members),
            covered=sum(1 for m in case.household.members if m.covered)))
        ui.verticalLayout.setStretchFactor(ui.resultGroup, 1)
        for group in (ui.optionsGroup, ui.proposalGroup):
            group.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("reviewError")
        ui.verticalLayout.insertWidget(1, self.error_label)
        fill_combo(ui.tekunMember, [(m.id, f"{m.name}（{labels.relation(m.relation)}，{m.age}）")
                                    for m in case.household.members])
        show_tekun = t == "tekun"
        for w in (ui.tekunMember, ui.tekunMemberLabel, ui.hasSupporter):
            w.setVisible(show_tekun)
        for w in (ui.givenAmount, ui.givenAmountLabel):
            w.setVisible(t in ("yiliao", "jiaoyu"))
        for w in (ui.itemsBox, ui.itemsLabel):
            w.setVisible(t == "shilaohua")
        # 单人保 (dibao): a severely disabled or seriously ill member of a near-dibao household
        # covered alone; the reviewer decides it here and the service checks it (domain.benefit).
        self.single = QCheckBox(self.tr("Cover one member alone (单人保: severely disabled or seriously ill "
                                        "member of a near-dibao household)"), ui.optionsGroup)
        self.single.setObjectName("singleCoverage")
        self.single_member = QComboBox(ui.optionsGroup)
        self.single_member.setObjectName("singleMember")
        fill_combo(self.single_member, [(m.id, f"{m.name}（{labels.relation(m.relation)}，{m.age}）")
                                        for m in case.household.members])
        self.seriously_ill = QCheckBox(self.tr("Seriously ill (a disability of grade 1-2 counts by itself)"),
                                       ui.optionsGroup)
        self.seriously_ill.setObjectName("seriouslyIll")
        self.single_member_label = QLabel(self.tr("Member covered alone"), ui.optionsGroup)
        ui.formLayout.addRow(self.single)
        ui.formLayout.addRow(self.single_member_label, self.single_member)
        ui.formLayout.addRow("", self.seriously_ill)
        for w in (self.single, self.single_member, self.seriously_ill, self.single_member_label):
            w.setVisible(t == "dibao")
        self.single.toggled.connect(self._single_changed)
        self.single_member.currentIndexChanged.connect(lambda _i: self.single.isChecked() and self.calculate())
        self.seriously_ill.toggled.connect(lambda _b: self.single.isChecked() and self.calculate())
        ui.optionsGroup.setVisible(t in ("dibao", "tekun", "yiliao", "jiaoyu", "shilaohua"))
        setup_table_widget(ui.itemsTable, [self.tr("Item"), self.tr("Amount (yuan)")], [260])
        ui.addItem.clicked.connect(self._add_item)
        ui.removeItem.clicked.connect(self._remove_item)
        if t == "shilaohua":
            for name in (self.tr("Grab bars"), self.tr("Shower chair"), self.tr("Anti-slip mats")):
                self._add_item(name)
        ui.recalculate.clicked.connect(self.calculate)
        ui.recommendYes.setChecked(True)
        ui.recommendYes.toggled.connect(self._recommend_changed)
        ok = ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Record the review"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.submit)
        # On a small screen the form scrolls, and an error scrolls into view.
        self.body = scroll_body(self, self.ui.buttonBox)
        self.errors = FieldErrors(self, self.error_label)
        self.errors.add("member_id", ui.tekunMember)
        self.errors.add("single_member_id", self.single_member)
        self._single_changed(False, recalc=False)
        self.errors.add("amount_fen", ui.givenAmount, "requested_fen")
        self.errors.add("items", ui.itemsTable)
        self.errors.add("reasons", ui.reasons)
        self.errors.add("recommend", ui.recommendYes)
        self._recommend_changed()
        self.resize(720, 640)
        self.calculate()

    def _add_item(self, name: str = "") -> None:
        table = self.ui.itemsTable
        r = table.rowCount()
        table.insertRow(r)
        table.setItem(r, 0, QTableWidgetItem(name if isinstance(name, str) else ""))
        table.setItem(r, 1, QTableWidgetItem(""))

    def _remove_item(self) -> None:
        r = self.ui.itemsTable.currentRow()
        if r >= 0:
            self.ui.itemsTable.removeRow(r)

    def _recommend_changed(self) -> None:
        no = self.ui.recommendNo.isChecked()
        self.ui.reasons.setEnabled(no)
        self.ui.reasonsLabel.setEnabled(no)

    def _single_changed(self, on: bool, recalc: bool = True) -> None:
        for w in (self.single_member, self.seriously_ill, self.single_member_label):
            w.setEnabled(on)
        if recalc:
            self.calculate()

    def options(self) -> dict:
        ui, t = self.ui, self.case.row.type
        if t == "dibao":
            if not self.single.isChecked():
                return {"single_member_id": None}
            return {"single_member_id": self.single_member.currentData(),
                    "seriously_ill": self.seriously_ill.isChecked()}
        if t == "tekun":
            return {"member_id": ui.tekunMember.currentData(), "has_able_supporter": ui.hasSupporter.isChecked()}
        if t in ("yiliao", "jiaoyu"):
            return {"amount_fen": parse_yuan(ui.givenAmount.text(), "amount_fen")}
        if t == "shilaohua":
            items = []
            for r in range(ui.itemsTable.rowCount()):
                name = (ui.itemsTable.item(r, 0).text() if ui.itemsTable.item(r, 0) else "").strip()
                amount = ui.itemsTable.item(r, 1).text() if ui.itemsTable.item(r, 1) else ""
                if not name and not amount.strip():
                    continue
                if not name:
                    raise ValidationError("amount.item", "every item needs a name", field="items")
                items.append((name, parse_yuan(amount, "items")))
            if not items:
                raise ValidationError("amount.required", "the list of items is empty", field="items")
            return {"items": items}
        return {}

    def calculate(self) -> None:
        self.errors.clear()
        try:
            options = self.options()
        except DomainError as exc:
            if self.case.row.type in ("yiliao", "jiaoyu") and not self.ui.givenAmount.text().strip():
                self._show_result(None)     # nothing typed yet: no complaint on opening
                return
            self.errors.show(exc)
            return
        env, app_id = self.env, self.case.row.id
        env.runner.submit(lambda: aps.compute_benefit(env.ctx, app_id, **options), done=self._show_result,
                          failed=self._compute_failed, parent=self)

    def _compute_failed(self, exc) -> bool:
        self._show_result(None)
        return self.errors.show(exc)

    def _show_result(self, result) -> None:
        self.result = result
        ui = self.ui
        if result is None:
            ui.amountLabel.setText(self.tr("No amount computed yet."))
            ui.explanation.setPlainText("")
            return
        per = self.tr("yuan per month") if result.period == "month" else self.tr("yuan, once")
        verdict = self.tr("eligible") if result.eligible else self.tr("not eligible")
        ui.amountLabel.setText(self.tr("<span style='font-size:15pt'><b>{amount}</b> {per}</span> — {verdict}")
                               .format(amount=labels.yuan(result.amount_fen), per=per, verdict=verdict))
        text = "\n".join(s.text_zh() if i18n.current() == "zh" else s.text_en() for s in result.steps)
        ui.explanation.setPlainText(text)
        # The proposal follows the latest reckoning (e.g. 单人保 ticked after the household's
        # own test failed); the reviewer may still choose otherwise.
        (ui.recommendYes if result.eligible else ui.recommendNo).setChecked(True)

    def submit(self) -> None:
        self.errors.clear()
        recommend = self.ui.recommendYes.isChecked()
        reasons = lines(self.ui.reasons.toPlainText())
        try:
            options = self.options() if recommend else {}
            if not recommend and not reasons:
                raise ValidationError("reasons.required", "give reasons", field="reasons")
        except DomainError as exc:
            self.errors.show(exc)
            return
        env, app_id, version = self.env, self.case.row.id, self.case.row.version

        def work():
            # The service computes the amount and its explanation from these options, in
            # the same transaction as the review (domain.benefit), whoever asks.
            params = {"recommend": recommend, "reasons": reasons}
            if recommend:
                params["benefit_options"] = options
            return aps.act(env.ctx, app_id, "review", params, expected_version=version)

        self.ui.buttonBox.setEnabled(False)
        env.runner.submit(work, done=self._done, failed=self._failed, parent=self)

    def _done(self, _state) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)
