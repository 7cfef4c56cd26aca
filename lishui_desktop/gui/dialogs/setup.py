"""First run: make this database a site (township or county) and create its administrator."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lishui_desktop.domain import regions
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services import setup
from lishui_desktop.services.context import Context
from lishui_desktop.store.db import Database

from ..forms.ui_setup import Ui_SetupDialog
from ..tasks import TaskRunner
from ..widgets import FieldErrors, combo_code, fill_combo


class SetupDialog(QDialog):
    def __init__(self, runner: TaskRunner, db: Database, parent=None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.runner, self.db = runner, db
        self.ctx: Context | None = None
        self._auto_name = ""
        fill_combo(self.ui.county, [(c, f"{n} {c}") for c, n in regions.COUNTIES.items()])
        self.ui.county.currentIndexChanged.connect(self._county_changed)
        self.ui.township.currentIndexChanged.connect(self._update_code)
        self.ui.townshipRadio.toggled.connect(self._kind_changed)
        ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Set up"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.errors = FieldErrors(self)
        self.errors.add("site_code", self.ui.township, "region_code")
        self.errors.add("site_name", self.ui.siteName)
        self.errors.add("server_url", self.ui.serverUrl)
        self.errors.add("admin_username", self.ui.adminUsername, "username")
        self.errors.add("admin_name", self.ui.adminName)
        self.errors.add("admin_password", self.ui.adminPassword, "password")
        self.errors.add("admin_password2", self.ui.adminPassword2)
        self.ui.adminUsername.setText("admin")
        self.ui.adminName.setText(self.tr("System administrator"))
        self._county_changed()
        self.setMinimumWidth(560)

    def _county_changed(self) -> None:
        county = combo_code(self.ui.county)
        fill_combo(self.ui.township, [(t, f"{regions.township_name(t)} {t}") for t in regions.townships_of(county)])
        self._update_code()

    def _kind_changed(self) -> None:
        township = self.ui.townshipRadio.isChecked()
        self.ui.township.setEnabled(township)
        self.ui.townshipLabel.setEnabled(township)
        self._update_code()

    def site_code(self) -> str:
        if self.ui.countyRadio.isChecked():
            return combo_code(self.ui.county) or ""
        return combo_code(self.ui.township) or ""

    def _update_code(self) -> None:
        code = self.site_code()
        self.ui.siteCode.setText(code)
        name = (regions.county_name(code) if len(code) == 6 else regions.township_name(code)) if code else ""
        if len(code) == 6:
            # The county bureau's own desktop: named after the bureau, not the county.
            name = self.tr("{county} Civil Affairs Bureau").format(county=name)
        if not self.ui.siteName.text().strip() or self.ui.siteName.text() == self._auto_name:
            self.ui.siteName.setText(name)
        self._auto_name = name

    def submit(self) -> None:
        self.errors.clear()
        if self.ui.adminPassword.text() != self.ui.adminPassword2.text():
            self.errors.show(ValidationError("password.mismatch", "passwords differ", field="admin_password2"))
            return
        form = setup.SetupForm(site_code=self.site_code(), admin_username=self.ui.adminUsername.text(),
                               admin_password=self.ui.adminPassword.text(),
                               admin_name=self.ui.adminName.text(), site_name=self.ui.siteName.text(),
                               server_url=self.ui.serverUrl.text())
        self.ui.buttonBox.setEnabled(False)
        self.runner.submit(lambda: setup.initialize(self.db, form), done=self._done, failed=self._failed,
                           label=self.tr("Setting up the database…"), parent=self)

    def _done(self, ctx: Context) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.ctx = ctx
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)
