"""家庭档案 form: the household, its members, income and assets.

Typing an ID number fills birth date, sex and age and says what is wrong at
once (domain.idnumber, no database involved). Saving goes through
services.households.save_household in one transaction; its errors carry a
field path (``members[1].id_number``) and are shown beside that field, with the
row selected. Existing members' ID numbers stay masked until "Show full
number" is pressed, which the service audits.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lishui_desktop.domain import household as hh
from lishui_desktop.domain import idnumber
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.domain.money import format_yuan, share_fen
from lishui_desktop.services import households as hs
from lishui_desktop.services import queries

from .. import labels, settings
from ..env import Env
from ..forms.ui_asset import Ui_AssetDialog
from ..forms.ui_household import Ui_HouseholdDialog
from ..forms.ui_income import Ui_IncomeDialog
from ..forms.ui_member import Ui_MemberDialog
from ..widgets import (FieldErrors, scroll_body, combo_code, fill_combo, parse_yuan, pydate, qdate, selected_row,
                       set_combo, set_table_rows, setup_table_widget, yuan_text)


@dataclass
class MemberEntry:
    form: hs.MemberForm
    masked: bool            # an existing member's number not yet revealed on screen


def id_info_text(text: str, today: date) -> tuple[str, str]:
    """(information, error) for a partly or wholly typed ID number."""
    t = text.strip().upper()
    if not t:
        return "", ""
    digits = "0123456789"
    if not all(ch in digits for ch in t[:17]) or (len(t) == 18 and t[17] not in digits + "X"):
        return "", QCoreApplication.translate("MemberDialog", "Only digits here (the last character may be X).")
    if len(t) < 18:
        return QCoreApplication.translate("MemberDialog", "{n} of 18 characters").format(n=len(t)), ""
    try:
        info = idnumber.parse(t, today=today)
    except DomainError as exc:
        from ..errors import message
        return "", message(exc)
    age = idnumber.age_on(info.birth_date, today)
    return QCoreApplication.translate("MemberDialog", "Born {birth} · {sex} · {age} years old").format(
        birth=info.birth_date.isoformat(), sex=labels.sex(info.sex), age=age), ""


class MemberDialog(QDialog):
    def __init__(self, env: Env, entry: MemberEntry | None, parent=None):
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.env = env
        self.today = env.today()
        self.entry = copy.deepcopy(entry) if entry else MemberEntry(hs.MemberForm("", "", "child"), False)
        f = self.entry.form
        fill_combo(self.ui.relation, [(code, labels.relation(code)) for code in hh.RELATIONS], f.relation)
        fill_combo(self.ui.disabilityType, [(None, self.tr("None"))] +
                   [(c, labels.disability_type(c)) for c in hh.DISABILITY_TYPES], f.disability_type)
        fill_combo(self.ui.disabilityGrade, [(None, "")] +
                   [(g, labels.disability_grade(g)) for g in hh.DISABILITY_GRADES], f.disability_grade)
        self.checks = {}
        for code in hh.SELFCARE_ITEMS:
            box = getattr(self.ui, f"sc_{code}")
            box.setText(labels.selfcare_item(code))
            box.setChecked(code in (f.selfcare_failed or []))
            box.toggled.connect(self._selfcare_changed)
            self.checks[code] = box
        self.ui.name.setText(f.name)
        self.ui.phone.setText(f.phone)
        self.ui.occupation.setText(f.occupation)
        self.ui.health.setText(f.health)
        self.ui.covered.setChecked(f.covered)
        self.errors = FieldErrors(self)
        self.errors.add("name", self.ui.name)
        self.id_error = self.errors.add("id_number", self.ui.idNumber)
        self.errors.add("relation", self.ui.relation)
        self.errors.add("disability_type", self.ui.disabilityType)
        self.errors.add("disability_grade", self.ui.disabilityGrade)
        self.errors.add("birth_date", self.ui.idNumber)
        self.errors.add("selfcare_failed", self.ui.sc_eating)
        self.ui.idNumber.textChanged.connect(self._id_changed)
        self.ui.revealButton.clicked.connect(self._reveal)
        if self.entry.masked:
            self.ui.idNumber.setText(idnumber.mask(f.id_number))
            self.ui.idNumber.setReadOnly(True)
            self.ui.idInfo.setText(self.tr("Masked. Press \"Show full number\" to see or change it (this is recorded)."))
        else:
            self.ui.revealButton.hide()
            self.ui.idNumber.setText(f.id_number)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setDefault(True)
        self._selfcare_changed()
        self.setMinimumWidth(620)

    def _id_changed(self, text: str) -> None:
        if self.entry.masked:
            return
        info, error = id_info_text(text, self.today)
        self.ui.idInfo.setText(info)
        self.errors.set("id_number", error, focus=False)

    def _reveal(self) -> None:
        member_id = self.entry.form.id
        ctx = self.env.ctx

        def shown(number: str) -> None:
            self.entry.masked = False
            self.ui.idNumber.setReadOnly(False)
            self.ui.idNumber.setText(number)
            self.ui.revealButton.hide()

        self.env.runner.submit(lambda: hs.reveal_id_number(ctx, member_id, purpose="edit"), done=shown,
                               parent=self)

    def _selfcare_changed(self) -> None:
        failed = [c for c, box in self.checks.items() if box.isChecked()]
        level = hh.selfcare_level(failed)
        self.ui.selfcareLevel.setText(self.tr("Assessment: {level} ({n} of 6 items cannot be done unaided)")
                                      .format(level=labels.selfcare_level(level), n=len(failed)))

    def submit(self) -> None:
        self.errors.clear()
        f = self.entry.form
        number = f.id_number if self.entry.masked else self.ui.idNumber.text().strip().upper()
        grade = combo_code(self.ui.disabilityGrade)
        form = hs.MemberForm(name=self.ui.name.text().strip(), id_number=number,
                             relation=combo_code(self.ui.relation), phone=self.ui.phone.text().strip(),
                             health=self.ui.health.text().strip(),
                             disability_type=combo_code(self.ui.disabilityType), disability_grade=grade,
                             selfcare_failed=[c for c, b in self.checks.items() if b.isChecked()],
                             occupation=self.ui.occupation.text().strip(), covered=self.ui.covered.isChecked(),
                             id=f.id)
        try:
            if not form.name:
                raise ValidationError("member.name", "a member needs a name", field="name")
            info = idnumber.parse(form.id_number, today=self.today)
            hh.Member(name=form.name, relation=form.relation, id_number=info.number,
                      disability_type=form.disability_type, disability_grade=form.disability_grade,
                      selfcare_failed=frozenset(form.selfcare_failed), covered=form.covered)
            form.id_number = info.number
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.entry = MemberEntry(form, self.entry.masked)
        self.accept()


class MovedOutDialog(QDialog):
    """A member who moved out, married away or died: the day and the reason. They stay on file
    but leave the household's size, its per-capita divisor and the covered persons."""

    def __init__(self, env: Env, entry: MemberEntry, parent=None):
        from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout
        super().__init__(parent)
        self.env = env
        self.entry = entry
        self.setWindowTitle(self.tr("Moved out of the household"))
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} stays on file but no longer counts in the household: not in its "
                               "size, not in the per-capita income, not covered.").format(name=entry.form.name),
                       self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.day = QDateEdit(self)
        self.day.setObjectName("leftOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(qdate(entry.form.left_on or env.today()))
        self.reason = QLineEdit(entry.form.left_reason, self)
        self.reason.setObjectName("leftReason")
        self.reason.setPlaceholderText(self.tr("e.g. household registration moved to 丽水市区; married; died"))
        form.addRow(self.tr("Moved out on"), self.day)
        form.addRow(self.tr("Reason"), self.reason)
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.errors = FieldErrors(self)
        self.errors.add("left_on", self.day)
        self.errors.add("left_reason", self.reason)
        self.errors.add("relation", intro)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.errors.clear()
        form = copy.copy(self.entry.form)
        form.left_on = pydate(self.day.date())
        form.left_reason = self.reason.text().strip()
        try:
            hs.check_moved_out(form, self.env.today())
        except DomainError as exc:
            if not self.errors.show(exc):
                raise
            return
        self.entry = MemberEntry(form, self.entry.masked)
        self.accept()


class IncomeDialog(QDialog):
    def __init__(self, members: list[str], form: hs.IncomeForm | None, parent=None):
        super().__init__(parent)
        self.ui = Ui_IncomeDialog()
        self.ui.setupUi(self)
        f = form or hs.IncomeForm("wage", 0)
        fill_combo(self.ui.member, [(None, self.tr("The household as a whole"))] +
                   [(i, name) for i, name in enumerate(members)], f.member)
        cats = [(c, labels.income_category(c)) for c in hh.COUNTED_INCOME]
        cats += [(c, self.tr("{label} (not counted)").format(label=labels.income_category(c)))
                 for c in hh.EXCLUDED_INCOME]
        cats += [(c, self.tr("{label} (expense)").format(label=labels.income_category(c)))
                 for c in hh.RIGID_EXPENSES]
        fill_combo(self.ui.category, cats, f.category)
        self.ui.category.currentIndexChanged.connect(self._category_changed)
        self.ui.monthly.setText(yuan_text(f.monthly_fen) if form else "")
        self.ui.newEmployment.setChecked(f.employment_start is not None)
        self.ui.employmentStart.setDate(qdate(f.employment_start))
        self.ui.newEmployment.toggled.connect(self.ui.employmentStart.setEnabled)
        self.ui.employmentStart.setEnabled(f.employment_start is not None)
        self.ui.note.setText(f.note)
        self.errors = FieldErrors(self)
        self.errors.add("category", self.ui.category)
        self.errors.add("monthly_fen", self.ui.monthly, "amount")
        self.errors.add("employment_start", self.ui.employmentStart)
        self.errors.add("member", self.ui.member)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setDefault(True)
        self.result_form: hs.IncomeForm | None = None
        self._category_changed()
        self.setMinimumWidth(520)

    def _category_changed(self) -> None:
        code = combo_code(self.ui.category)
        if code in hh.EXCLUDED_INCOME:
            self.ui.countedLabel.setText(self.tr("Recorded but not counted as household income "
                                                 "(MCA 2021 art. 13)."))
        elif code in hh.RIGID_EXPENSES:
            self.ui.countedLabel.setText(self.tr("A rigid expense the household pays itself: deducted from "
                                                 "its income where the county's rules allow (支出型贫困)."))
        else:
            self.ui.countedLabel.setText(self.tr("Counted as household income."))
        self.ui.newEmployment.setEnabled(code in hh.EMPLOYMENT_INCOME)
        if code not in hh.EMPLOYMENT_INCOME:
            self.ui.newEmployment.setChecked(False)

    def submit(self) -> None:
        self.errors.clear()
        try:
            fen = parse_yuan(self.ui.monthly.text(), "monthly_fen")
            start = pydate(self.ui.employmentStart.date()) if self.ui.newEmployment.isChecked() else None
            form = hs.IncomeForm(category=combo_code(self.ui.category), monthly_fen=fen,
                                 member=combo_code(self.ui.member), employment_start=start,
                                 note=self.ui.note.text().strip())
            hh.IncomeItem(category=form.category, monthly_fen=form.monthly_fen, employment_start=start)
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.result_form = form
        self.accept()


class AssetDialog(QDialog):
    def __init__(self, form: hs.AssetForm | None, parent=None):
        super().__init__(parent)
        self.ui = Ui_AssetDialog()
        self.ui.setupUi(self)
        f = form or hs.AssetForm("deposit", 0)
        fill_combo(self.ui.kind, [(c, labels.asset_kind(c)) for c in hh.ASSET_KINDS], f.kind)
        self.ui.description.setText(f.description)
        self.ui.quantity.setValue(max(1, f.quantity))
        self.ui.value.setText(yuan_text(f.value_fen) if form else "")
        self.errors = FieldErrors(self)
        self.errors.add("kind", self.ui.kind)
        self.errors.add("value_fen", self.ui.value, "amount")
        self.errors.add("quantity", self.ui.quantity)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setDefault(True)
        self.result_form: hs.AssetForm | None = None
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self.errors.clear()
        try:
            fen = parse_yuan(self.ui.value.text(), "value_fen")
            form = hs.AssetForm(kind=combo_code(self.ui.kind), value_fen=fen,
                                description=self.ui.description.text().strip(), quantity=self.ui.quantity.value())
            hh.Asset(kind=form.kind, value_fen=fen, description=form.description)
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.result_form = form
        self.accept()


class HouseholdDialog(QDialog):
    """New household (``household_id`` None) or an existing one opened for editing."""

    def __init__(self, env: Env, household_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        self.env = env
        self.household_id = household_id
        self.version: int | None = None
        self.members: list[MemberEntry] = []
        self.incomes: list[hs.IncomeForm] = []
        self.assets: list[hs.AssetForm] = []
        self.saved_id: str | None = None
        self.loaded = household_id is None
        ui = self.ui
        ui.tabs.setTabText(0, self.tr("Household"))
        ui.tabs.setTabText(1, self.tr("Members"))
        ui.tabs.setTabText(2, self.tr("Income and assets"))
        fill_combo(ui.housingType, [("", self.tr("Not recorded"))] +
                   [(c, labels.housing_type(c)) for c in hh.HOUSING_TYPES], "")
        setup_table_widget(ui.membersTable, [self.tr("Name"), self.tr("Relation"), self.tr("ID number"),
                                             self.tr("Sex"), self.tr("Born"), self.tr("Age"),
                                             self.tr("Disability"), self.tr("Self-care"), self.tr("Covered")],
                           [80, 80, 170, 40, 95, 40, 110, 150])
        setup_table_widget(ui.incomesTable, [self.tr("Member"), self.tr("Category"), self.tr("Monthly (yuan)"),
                                             self.tr("New employment since"), self.tr("Note")],
                           [90, 200, 100, 130])
        setup_table_widget(ui.assetsTable, [self.tr("Kind"), self.tr("Description"), self.tr("Quantity"),
                                            self.tr("Value (yuan)")], [140, 220, 60])
        ui.addMember.clicked.connect(self.add_member)
        ui.editMember.clicked.connect(self.edit_member)
        ui.removeMember.clicked.connect(self.remove_member)
        ui.movedOutMember.clicked.connect(self.moved_out)
        ui.membersTable.doubleClicked.connect(lambda _i: self.edit_member())
        ui.addIncome.clicked.connect(self.add_income)
        ui.editIncome.clicked.connect(self.edit_income)
        ui.removeIncome.clicked.connect(self.remove_income)
        ui.incomesTable.doubleClicked.connect(lambda _i: self.edit_income())
        ui.addAsset.clicked.connect(self.add_asset)
        ui.editAsset.clicked.connect(self.edit_asset)
        ui.removeAsset.clicked.connect(self.remove_asset)
        ui.assetsTable.doubleClicked.connect(lambda _i: self.edit_asset())
        ui.staffRelative.toggled.connect(self._staff_toggled)
        save = ui.buttonBox.button(QDialogButtonBox.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.submit)
        # On a small screen the form scrolls, and an error scrolls into view.
        self.body = scroll_body(self, self.ui.buttonBox)
        self.errors = FieldErrors(self, ui.headerLabel)
        self.errors.add("village_code", ui.village)
        self.errors.add("address", ui.address)
        self.errors.add("phone", ui.phone)
        self.errors.add("housing_type", ui.housingType)
        self.errors.add("housing_area_m2", ui.housingArea)
        self.errors.add("staff_relative_note", ui.staffRelativeNote)
        self.errors.add("members", ui.membersTable, "relation")
        self.errors.add("incomes", ui.incomesTable)
        self.errors.add("assets", ui.assetsTable)
        self._staff_toggled(False)
        self.setWindowTitle(self.tr("New household") if household_id is None else self.tr("Household record"))
        if not settings.restore_geometry(self, "household_dialog"):
            self.resize(900, 640)
        self._load()

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        env, hid = self.env, self.household_id

        def load():
            villages = queries.village_names(env.ctx)
            form = hs.form_for_edit(env.ctx, hid) if hid else None
            return villages, form

        env.runner.submit(load, done=self._loaded, parent=self)

    def _loaded(self, result) -> None:
        villages, loaded = result
        fill_combo(self.ui.village, [(None, self.tr("(choose a village)"))] + villages)
        if loaded is not None:
            form, self.version = loaded
            ui = self.ui
            set_combo(ui.village, form.village_code)
            ui.address.setText(form.address)
            ui.phone.setText(form.phone)
            set_combo(ui.housingType, form.housing_type or "")
            ui.housingArea.setText("" if form.housing_area_m2 is None else f"{form.housing_area_m2.normalize():f}")
            ui.hardshipCause.setPlainText(form.hardship_cause)
            ui.staffRelative.setChecked(form.staff_relative)
            ui.staffRelativeNote.setText(form.staff_relative_note)
            self.members = [MemberEntry(m, True) for m in form.members]
            self.incomes = list(form.incomes)
            self.assets = list(form.assets)
            self._refresh_tables()
        self.loaded = True

    def _staff_toggled(self, on: bool) -> None:
        self.ui.staffRelativeNote.setEnabled(on)
        self.ui.staffRelativeNoteLabel.setEnabled(on)

    # -- tables -----------------------------------------------------------------------

    def member_names(self) -> list[str]:
        return [m.form.name for m in self.members]

    def _refresh_tables(self) -> None:
        today = self.env.today()
        rows = []
        for m in self.members:
            f = m.form
            try:
                info = idnumber.parse(f.id_number, today=today)
                born, sex, age = info.birth_date.isoformat(), labels.sex(info.sex), idnumber.age_on(info.birth_date, today)
            except DomainError:
                born = sex = age = ""
            failed = f.selfcare_failed or []
            rows.append([f.name, labels.relation(f.relation), idnumber.mask(f.id_number) if m.masked else f.id_number,
                         sex, born, age, labels.disability(f.disability_type, f.disability_grade),
                         labels.selfcare_level(hh.selfcare_level(failed)),
                         self.tr("Moved out {date}").format(date=f.left_on.isoformat()) if f.left_on
                         else self.tr("Yes") if f.covered else self.tr("No")])
        set_table_rows(self.ui.membersTable, rows)
        names = self.member_names()
        set_table_rows(self.ui.incomesTable, [
            [names[i.member] if i.member is not None and i.member < len(names) else self.tr("Household"),
             labels.income_category(i.category) + ("" if i.category in hh.COUNTED_INCOME else
                                                   self.tr(" (expense)") if i.category in hh.RIGID_EXPENSES
                                                   else self.tr(" (not counted)")),
             format_yuan(i.monthly_fen), i.employment_start.isoformat() if i.employment_start else "", i.note]
            for i in self.incomes])
        set_table_rows(self.ui.assetsTable, [
            [labels.asset_kind(a.kind), a.description, a.quantity, format_yuan(a.value_fen)] for a in self.assets])
        counted = sum(i.monthly_fen for i in self.incomes if i.category in hh.COUNTED_INCOME)
        persons = sum(1 for m in self.members if m.form.left_on is None) or 1
        self.ui.incomeSummary.setText(self.tr("Counted: {total} yuan/month, {per} yuan per person").format(
            total=format_yuan(counted), per=format_yuan(share_fen(counted, persons))))
        self.ui.assetSummary.setText(self.tr("Total value: {total} yuan").format(
            total=format_yuan(sum(a.value_fen for a in self.assets))))
        self.ui.tabs.setTabText(1, self.tr("Members ({n})").format(
            n=sum(1 for m in self.members if m.form.left_on is None)))

    def add_member(self) -> None:
        relation = "self" if not any(m.form.relation == "self" for m in self.members) else "child"
        dlg = MemberDialog(self.env, MemberEntry(hs.MemberForm("", "", relation), False), self)
        dlg.accepted.connect(lambda: self._member_done(None, dlg))
        dlg.open()
        self.member_dialog = dlg

    def edit_member(self) -> None:
        row = selected_row(self.ui.membersTable)
        if row < 0:
            return
        dlg = MemberDialog(self.env, self.members[row], self)
        dlg.accepted.connect(lambda: self._member_done(row, dlg))
        dlg.open()
        self.member_dialog = dlg

    def _member_done(self, row: int | None, dlg: MemberDialog) -> None:
        if row is None:
            self.members.append(dlg.entry)
            row = len(self.members) - 1
        else:
            self.members[row] = dlg.entry
        self._refresh_tables()
        self.ui.membersTable.selectRow(row)
        self.errors.clear()

    def remove_member(self) -> None:
        row = selected_row(self.ui.membersTable)
        if row < 0:
            return
        if any(i.member == row for i in self.incomes):
            self.errors.set("members", self.tr("Remove or reassign this member's income first."))
            return
        del self.members[row]
        for i in self.incomes:
            if i.member is not None and i.member > row:
                i.member -= 1
        self._refresh_tables()

    def moved_out(self) -> MovedOutDialog | None:
        """Record the selected member as moved out; on one already moved out, bring them back."""
        row = selected_row(self.ui.membersTable)
        if row < 0:
            return None
        entry = self.members[row]
        if entry.form.left_on is not None:
            form = copy.copy(entry.form)
            form.left_on, form.left_reason = None, ""
            self.members[row] = MemberEntry(form, entry.masked)
            self._refresh_tables()
            self.ui.membersTable.selectRow(row)
            return None
        if any(i.member == row for i in self.incomes):
            self.errors.set("members", self.tr("Remove or reassign this member's income first: it is no "
                                               "longer the household's once they move out."))
            return None
        dlg = MovedOutDialog(self.env, entry, self)
        dlg.accepted.connect(lambda: self._member_done(row, dlg))
        dlg.open()
        self.member_dialog = dlg
        return dlg

    def add_income(self) -> None:
        dlg = IncomeDialog(self.member_names(), None, self)
        dlg.accepted.connect(lambda: self._income_done(None, dlg))
        dlg.open()
        self.income_dialog = dlg

    def edit_income(self) -> None:
        row = selected_row(self.ui.incomesTable)
        if row < 0:
            return
        dlg = IncomeDialog(self.member_names(), self.incomes[row], self)
        dlg.accepted.connect(lambda: self._income_done(row, dlg))
        dlg.open()
        self.income_dialog = dlg

    def _income_done(self, row, dlg) -> None:
        if row is None:
            self.incomes.append(dlg.result_form)
        else:
            self.incomes[row] = dlg.result_form
        self._refresh_tables()

    def remove_income(self) -> None:
        row = selected_row(self.ui.incomesTable)
        if row >= 0:
            del self.incomes[row]
            self._refresh_tables()

    def add_asset(self) -> None:
        dlg = AssetDialog(None, self)
        dlg.accepted.connect(lambda: self._asset_done(None, dlg))
        dlg.open()
        self.asset_dialog = dlg

    def edit_asset(self) -> None:
        row = selected_row(self.ui.assetsTable)
        if row < 0:
            return
        dlg = AssetDialog(self.assets[row], self)
        dlg.accepted.connect(lambda: self._asset_done(row, dlg))
        dlg.open()
        self.asset_dialog = dlg

    def _asset_done(self, row, dlg) -> None:
        if row is None:
            self.assets.append(dlg.result_form)
        else:
            self.assets[row] = dlg.result_form
        self._refresh_tables()

    def remove_asset(self) -> None:
        row = selected_row(self.ui.assetsTable)
        if row >= 0:
            del self.assets[row]
            self._refresh_tables()

    # -- saving ---------------------------------------------------------------------------

    def form(self) -> hs.HouseholdForm:
        ui = self.ui
        area_text = ui.housingArea.text().strip().replace("，", ".")
        area = None
        if area_text:
            try:
                area = Decimal(area_text)
                if not area.is_finite():
                    raise InvalidOperation
            except InvalidOperation:
                raise ValidationError("housing.area", "not a number", field="housing_area_m2") from None
        return hs.HouseholdForm(
            village_code=combo_code(ui.village), address=ui.address.text().strip(), phone=ui.phone.text().strip(),
            members=[copy.deepcopy(m.form) for m in self.members], incomes=list(self.incomes),
            assets=list(self.assets), housing_type=combo_code(ui.housingType) or "", housing_area_m2=area,
            hardship_cause=ui.hardshipCause.toPlainText().strip(), staff_relative=ui.staffRelative.isChecked(),
            staff_relative_note=ui.staffRelativeNote.text().strip())

    def submit(self) -> None:
        if not self.loaded:
            return
        self.errors.clear()
        try:
            form = self.form()
        except DomainError as exc:
            self.errors.show(exc)
            return
        env, hid, version = self.env, self.household_id, self.version
        self.ui.buttonBox.setEnabled(False)
        self.env.runner.submit(lambda: hs.save_household(env.ctx, form, household_id=hid, expected_version=version),
                               done=self._saved, failed=self._failed, parent=self)

    def _saved(self, household_id: str) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.saved_id = household_id
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        from ..errors import split_field
        group, index, _ = split_field(getattr(exc, "field", None))
        table = {"members": self.ui.membersTable, "incomes": self.ui.incomesTable,
                 "assets": self.ui.assetsTable}.get(group)
        if table is not None and index is not None:
            table.selectRow(index)
        return self.errors.show(exc)

    def done(self, result: int) -> None:
        settings.save_geometry(self, "household_dialog")
        super().done(result)
