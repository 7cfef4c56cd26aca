"""入户调查: a home visit by at least two investigators, what they found, and the photos
and scans taken, saved with the visit in one transaction (services.applications.record_visit).

The findings follow the household economic investigation form (DOMAIN.md,
家庭经济状况入户调查表): housing, vehicles and machinery, livestock, deposits,
supporters and their income, the cause of hardship, relatives of officials,
neighbours interviewed, who was present and signed, and the conclusion.
"""
from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidgetItem, QTableWidgetItem

from lishui_desktop.domain import codes
from lishui_desktop.domain import household as hh
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.services import applications as aps
from lishui_desktop.services import queries

from .. import labels, settings
from ..env import Env
from ..forms.ui_visit import Ui_VisitDialog
from ..widgets import FieldErrors, combo_code, fill_combo, parse_yuan, pydate, qdate, scroll_body, setup_table_widget

SIGNATURES = (("signed", QT_TRANSLATE_NOOP("VisitDialog", "Signed")),
              ("thumbprint", QT_TRANSLATE_NOOP("VisitDialog", "Thumbprint")),
              ("absent", QT_TRANSLATE_NOOP("VisitDialog", "Not present")))


def _t(text: str) -> str:
    return QCoreApplication.translate("VisitDialog", text)


class VisitDialog(QDialog):
    def __init__(self, env: Env, case: queries.CaseDetail, parent=None):
        super().__init__(parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.env, self.case = env, case
        self.files: list[tuple[str, bytes, str, str]] = []    # name, data, mime, sha256
        ui = self.ui
        ui.tabs.setTabText(0, self.tr("Visit"))
        ui.tabs.setTabText(1, self.tr("Findings"))
        ui.tabs.setTabText(2, self.tr("Conclusion and attachments"))
        h = case.household
        ui.summaryLabel.setText(self.tr("<b>{head}</b> household · {village} {address} · {type}").format(
            head=h.head_name, village=h.village_name, address=h.address, type=labels.assistance_type(case.row.type)))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("visitError")
        ui.verticalLayout.insertWidget(1, self.error_label)
        today = env.today()
        ui.visitDate.setDate(qdate(today))
        ui.visitDate.setMaximumDate(qdate(today))
        fill_combo(ui.headSignature, [(c, _t(t)) for c, t in SIGNATURES])
        fill_combo(ui.conclusion, [(c, labels.conclusion(c)) for c in codes.VISIT_CONCLUSIONS])
        fill_combo(ui.housingType, [("", self.tr("Not recorded"))] +
                   [(c, labels.housing_type(c)) for c in hh.HOUSING_TYPES], h.housing_type or "")
        if h.housing_area_dm2:
            ui.housingArea.setText(f"{h.housing_area_dm2 / 100:g}")
        ui.cause.setPlainText(h.hardship_cause)
        ui.officialRelative.setChecked(h.staff_relative)
        ui.membersPresent.setText("、".join(m.name for m in h.members if m.relation == "self"))
        setup_table_widget(ui.supportersTable, [self.tr("Name"), self.tr("Relation"),
                                                self.tr("Monthly income (yuan)"), self.tr("Able to support")],
                           [90, 90, 140])
        ui.addSupporter.clicked.connect(self._add_supporter)
        ui.removeSupporter.clicked.connect(lambda: ui.supportersTable.removeRow(ui.supportersTable.currentRow()))
        setup_table_widget(ui.attachmentsTable, [self.tr("File"), self.tr("Size"), self.tr("File checksum")], [220, 80])
        ui.addAttachment.clicked.connect(self._choose_files)
        ui.removeAttachment.clicked.connect(self._remove_file)
        save = ui.buttonBox.button(QDialogButtonBox.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.submit)
        # On a small screen the form scrolls, and an error scrolls into view.
        self.body = scroll_body(self, self.ui.buttonBox)
        self.errors = FieldErrors(self, self.error_label)
        self.errors.add("investigators", ui.staffList)
        self.errors.add("visit_date", ui.visitDate)
        self.errors.add("housing_area_m2", ui.housingArea)
        self.errors.add("deposits_fen", ui.deposits)
        self.errors.add("supporters", ui.supportersTable)
        self.errors.add("conclusion", ui.conclusionText)
        self.errors.add("attachments", ui.attachmentsTable)
        if not settings.restore_geometry(self, "visit_dialog"):
            self.resize(820, 660)
        env.runner.submit(lambda: queries.staff(env.ctx), done=self._staff, parent=self)

    def _staff(self, staff: list[queries.StaffMember]) -> None:
        me = self.env.user.id
        for s in staff:
            if s.role == "admin":
                continue
            item = QListWidgetItem(self.tr("{name} ({role})").format(name=s.display_name, role=labels.role(s.role)),
                                   self.ui.staffList)
            item.setData(Qt.UserRole, (s.id, s.display_name))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if s.id == me else Qt.Unchecked)

    def check_staff(self, *display_names: str) -> None:
        for i in range(self.ui.staffList.count()):
            item = self.ui.staffList.item(i)
            if item.data(Qt.UserRole)[1] in display_names:
                item.setCheckState(Qt.Checked)

    def _add_supporter(self) -> None:
        t = self.ui.supportersTable
        r = t.rowCount()
        t.insertRow(r)
        for c in range(3):
            t.setItem(r, c, QTableWidgetItem(""))
        able = QTableWidgetItem(self.tr("Able"))
        able.setFlags(able.flags() | Qt.ItemIsUserCheckable)
        able.setCheckState(Qt.Unchecked)
        t.setItem(r, 3, able)

    # -- attachments ------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos and scans"), "",
                                                self.tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;"
                                                        "All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        def read():
            out = []
            for p in paths:
                data = Path(p).read_bytes()
                mime = mimetypes.guess_type(p)[0] or "application/octet-stream"
                out.append((Path(p).name, data, mime, hashlib.sha256(data).hexdigest()))
            return out

        self.env.runner.submit(read, done=self._files_read, parent=self, label=self.tr("Reading the files…"))

    def _files_read(self, files) -> None:
        self.files += files
        self._show_files()

    def _remove_file(self) -> None:
        r = self.ui.attachmentsTable.currentRow()
        if 0 <= r < len(self.files):
            del self.files[r]
            self._show_files()

    def _show_files(self) -> None:
        t = self.ui.attachmentsTable
        t.setRowCount(len(self.files))
        for r, (name, data, _mime, digest) in enumerate(self.files):
            for c, v in enumerate((name, f"{len(data) / 1024:.0f} KB", digest[:12] + "…")):
                item = QTableWidgetItem(v)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                if c == 2:
                    item.setToolTip(self.tr("SHA-256: {hash}").format(hash=digest))
                t.setItem(r, c, item)

    # -- saving ------------------------------------------------------------------------------

    def investigators(self) -> tuple[list[str], list[str]]:
        names, ids = [], []
        for i in range(self.ui.staffList.count()):
            item = self.ui.staffList.item(i)
            if item.checkState() == Qt.Checked:
                uid, name = item.data(Qt.UserRole)
                ids.append(uid)
                names.append(name)
        for n in self.ui.otherInvestigators.text().replace("，", ",").replace("、", ",").split(","):
            if n.strip() and n.strip() not in names:
                names.append(n.strip())
        return names, ids

    def params(self) -> dict:
        ui = self.ui
        names, ids = self.investigators()
        supporters = []
        t = ui.supportersTable
        for r in range(t.rowCount()):
            name = (t.item(r, 0).text() if t.item(r, 0) else "").strip()
            if not name:
                continue
            income = parse_yuan(t.item(r, 2).text() if t.item(r, 2) else "", "supporters", required=False)
            supporters.append({"name": name, "relation": (t.item(r, 1).text() if t.item(r, 1) else "").strip(),
                               "monthly_income_fen": income,
                               "able": bool(t.item(r, 3) and t.item(r, 3).checkState() == Qt.Checked)})
        area = ui.housingArea.text().strip()
        if area:
            try:
                if float(area) < 0:
                    raise ValueError
            except ValueError:
                raise ValidationError("housing.area", "not an area", field="housing_area_m2") from None
        conclusion_code = combo_code(ui.conclusion)
        text = ui.conclusionText.toPlainText().strip()
        findings = {
            "housing_type": combo_code(ui.housingType) or "", "housing_area_m2": area,
            "living_conditions": ui.living.toPlainText().strip(), "vehicles": ui.vehicles.text().strip(),
            "livestock": ui.livestock.text().strip(),
            "deposits_fen": parse_yuan(ui.deposits.text(), "deposits_fen", required=False),
            "supporters": supporters, "hardship_cause": ui.cause.toPlainText().strip(),
            "official_relative": ui.officialRelative.isChecked(), "neighbours": ui.neighbours.toPlainText().strip(),
            "members_present": ui.membersPresent.text().strip(), "village_witness": ui.villageWitness.text().strip(),
            "head_signature": combo_code(ui.headSignature), "conclusion": conclusion_code,
        }
        # The conclusion's code is in the findings; the text is what the investigators wrote.
        return {"investigators": names, "investigator_ids": ids, "visit_date": pydate(ui.visitDate.date()),
                "findings": findings, "conclusion": text}

    def submit(self) -> None:
        self.errors.clear()
        try:
            params = self.params()
        except DomainError as exc:
            self.errors.show(exc)
            return
        files = [aps.AttachmentFile(name, data, mime) for name, data, mime, _ in self.files]
        env, app_id, version = self.env, self.case.row.id, self.case.row.version
        self.ui.buttonBox.setEnabled(False)
        env.runner.submit(lambda: aps.record_visit(env.ctx, app_id, params, files, expected_version=version),
                          done=self._done, failed=self._failed, parent=self,
                          label=self.tr("Saving the visit…"))

    def _done(self, _state) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)

    def done(self, result: int) -> None:
        settings.save_geometry(self, "visit_dialog")
        super().done(result)
