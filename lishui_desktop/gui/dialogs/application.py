"""A new application: find the household (search as you type), choose the type and applicant."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox

from lishui_desktop.domain import workflow
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.services import applications as aps
from lishui_desktop.services import queries

from .. import labels, match_text
from ..env import Env
from ..forms.ui_new_application import Ui_NewApplicationDialog
from ..match_text import HighlightDelegate
from ..models import Column, RowsTableModel
from ..widgets import FieldErrors, combo_code, fill_combo, parse_yuan, pydate, qdate

RESULTS = 50
ONE_OFF_WITH_REQUEST = ("linshi", "yiliao", "jiaoyu", "shilaohua")


class NewApplicationDialog(QDialog):
    def __init__(self, env: Env, household_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_NewApplicationDialog()
        self.ui.setupUi(self)
        self.env = env
        self.household_id: str | None = None
        self.created_id: str | None = None
        ui = self.ui
        self.search = ui.search          # a SearchBox, promoted in the .ui
        self.results = RowsTableModel([Column(QT_TRANSLATE_NOOP("Columns", "Household"), self._describe)], parent=self)
        ui.householdList.setModel(self.results)
        ui.householdList.setItemDelegate(HighlightDelegate(self._describe_rich, ui.householdList))
        ui.householdList.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur.row()))
        self.search.search.connect(self._search)
        # 急难型: an emergency the township may pay first (先行救助, domain.urgent_aid).
        self.urgent = QCheckBox(self.tr("Urgent (急难型): the township may pay first and complete the "
                                        "paperwork afterwards"), self)
        self.urgent.setObjectName("urgent")
        ui.formLayout.insertRow(4, self.urgent)
        QDialog.setTabOrder(ui.specialHardship, self.urgent)
        fill_combo(ui.type, [(c, labels.assistance_type(c)) for c in workflow.ASSISTANCE_TYPES])
        ui.type.currentIndexChanged.connect(self._type_changed)
        ui.submittedOn.setDate(qdate(env.today()))
        ui.submittedOn.setMaximumDate(qdate(env.today()))
        ok = ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Take the application"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.submit)
        self.errors = FieldErrors(self)
        self.errors.add("household_id", ui.householdList)
        self.errors.add("type", ui.type, "assistance_type")
        self.errors.add("applicant_id", ui.applicant)
        self.errors.add("requested_fen", ui.requested, "amount_fen")
        self.errors.add("submitted_on", ui.submittedOn)
        self.errors.add("urgent", self.urgent)
        self._type_changed()
        self.resize(640, 560)
        if household_id:
            self._preselect(household_id)
        else:
            self.search.setFocus()

    @staticmethod
    def _describe(r: queries.HouseholdRow) -> str:
        text = f"{r.head_name}  ·  {r.village_name} {r.address}  ·  {r.head_id_masked}"
        return text + "  ·  " + match_text.plain(r.matches) if r.matches else text

    @staticmethod
    def _describe_rich(r: queries.HouseholdRow) -> str:
        text = html.escape(f"{r.head_name}  ·  {r.village_name} {r.address}  ·  {r.head_id_masked}")
        return text + "&nbsp;&nbsp;·&nbsp;&nbsp;" + match_text.rich(r.matches) if r.matches else text

    def _search(self, text: str) -> None:
        env = self.env

        def find():
            keys = queries.household_keys(env.ctx, queries.HouseholdQuery(text=text))[:RESULTS]
            rows = queries.household_rows(env.ctx, keys, text)
            return [rows[k] for k in keys if k in rows]

        env.runner.submit(find, key=f"new-app-search-{id(self)}", done=self._found)

    def _found(self, rows) -> None:
        self.results.set_rows(rows)
        if len(rows) == 1:
            self.ui.householdList.setCurrentIndex(self.results.index(0, 0))

    def _preselect(self, household_id: str) -> None:
        env = self.env
        self.search.setPlaceholderText(self.tr("Search for another household: name, pinyin, ID number, phone"))
        env.runner.submit(lambda: (queries.household_row(env.ctx, household_id),
                                   queries.household_detail(env.ctx, household_id)),
                          done=self._preselected)

    def _preselected(self, found) -> None:
        row, detail = found
        if row is None or detail is None:
            return
        # The household it was opened from is shown chosen in the list, the search box left
        # empty: a name in the box above a list that looks empty reads as "not found".
        self.results.set_rows([row])
        self.ui.householdList.selectionModel().blockSignals(True)
        self.ui.householdList.setCurrentIndex(self.results.index(0, 0))
        self.ui.householdList.selectionModel().blockSignals(False)
        self._detail(detail)
        self.ui.type.setFocus()

    def _chosen(self, row: int) -> None:
        r = self.results.row_data(row)
        if r is None:
            return
        env = self.env
        env.runner.submit(lambda: queries.household_detail(env.ctx, r.id), done=self._detail,
                          key=f"new-app-detail-{id(self)}")

    def _detail(self, detail) -> None:
        if detail is None:
            return
        self.household_id = detail.id
        self.ui.householdInfo.setText(self.tr("<b>{head}</b> household · {village} {address} · {n} member(s)").format(
            head=detail.head_name, village=detail.village_name, address=detail.address, n=len(detail.members)))
        self._fill_applicants(detail)

    def _fill_applicants(self, detail) -> None:
        fill_combo(self.ui.applicant, [(m.id, f"{m.name} · {labels.relation(m.relation)}") for m in detail.members])

    def _type_changed(self) -> None:
        t = combo_code(self.ui.type)
        show = t in ONE_OFF_WITH_REQUEST
        self.ui.requested.setVisible(show)
        self.ui.requestedLabel.setVisible(show)
        self.ui.specialHardship.setVisible(t == "linshi")
        self.urgent.setVisible(t == "linshi")

    def submit(self) -> None:
        self.errors.clear()
        t = combo_code(self.ui.type)
        try:
            if not self.household_id:
                raise ValidationError("household.missing", "choose a household", field="household_id")
            requested = parse_yuan(self.ui.requested.text(), "requested_fen", required=(t == "linshi")) \
                if t in ONE_OFF_WITH_REQUEST else None
        except DomainError as exc:
            self.errors.show(exc)
            return
        env = self.env
        kwargs = dict(household_id=self.household_id, assistance_type=t,
                      applicant_id=combo_code(self.ui.applicant), requested_fen=requested,
                      special_hardship=self.ui.specialHardship.isChecked() and t == "linshi",
                      urgent=self.urgent.isChecked() and t == "linshi",
                      submitted_on=pydate(self.ui.submittedOn.date()))
        self.ui.buttonBox.setEnabled(False)
        env.runner.submit(lambda: aps.create_application(env.ctx, **kwargs), done=self._done,
                          failed=self._failed, parent=self)

    def _done(self, application_id: str) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.created_id = application_id
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)
