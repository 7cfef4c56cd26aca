"""First run: make this database a site (township or county), create its administrator and,
when the city server's address and the office's token are given, register with the server.

Registering needs the network, which a township office may not have on the day it
is set up: if the server does not answer, the address and token are kept, the
dialog says so and the administrator goes on; registering is done later from the
Sync page. The database is set up once: after that, OK only retries the
connection."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lishui_desktop.domain import regions
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.services import setup
from lishui_desktop.services.context import Context

from .. import errors
from ..forms.ui_setup import Ui_SetupDialog
from ..tasks import TaskRunner
from ..widgets import FieldErrors, combo_code, fill_combo


class SetupDialog(QDialog):
    def __init__(self, runner: TaskRunner, db, parent=None):
        """``db``: the opened, not yet set-up database file (from services.startup)."""
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.runner, self.db = runner, db
        self.ctx: Context | None = None
        self.recovery_code = ""
        self.recovery_box = None
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
        self.errors.add("token", self.ui.siteToken)
        self.ui.connectionNote.hide()
        self.later_button = None
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
        url, token = self.ui.serverUrl.text().strip(), self.ui.siteToken.text().strip()
        if token and not url:
            self.errors.show(ValidationError("sync.server_url_required", "give the server address with the token",
                                             field="server_url"))
            return
        form = setup.SetupForm(site_code=self.site_code(), admin_username=self.ui.adminUsername.text(),
                               admin_password=self.ui.adminPassword.text(),
                               admin_name=self.ui.adminName.text(), site_name=self.ui.siteName.text(),
                               server_url=url)
        db, done_ctx = self.db, self.ctx

        def work():
            if done_ctx is None:
                from lishui_desktop.services import access
                ctx, code = access.initialize(db, form)
                self.recovery_code = code
            else:
                ctx = done_ctx
            return ctx, (connect(ctx, url, token) if token else None)

        self.ui.buttonBox.setEnabled(False)
        self.runner.submit(work, done=self._done, failed=self._failed, parent=self,
                           label=self.tr("Connecting to the city server…") if token and done_ctx
                           else self.tr("Setting up the database…"))

    def _done(self, result) -> None:
        self.ui.buttonBox.setEnabled(True)
        first = self.ctx is None
        self.ctx, problem = result
        if first and self.recovery_code:
            self._show_recovery_code(lambda: self._after_setup(problem))
            return
        self._after_setup(problem)

    def _show_recovery_code(self, then) -> None:
        """Shown once: the code opens the encrypted file when every administrator password is lost."""
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Information, self.tr("Recovery code"),
                          self.tr("The database is encrypted. Write down this recovery code and keep it "
                                  "locked away, apart from this computer. It is shown only now; with it an "
                                  "administrator's password can be set again when every administrator "
                                  "password is lost (lishui-desktop recover)."), parent=self)
        box.setInformativeText(self.recovery_code)
        box.setObjectName("recoveryCodeBox")
        box.finished.connect(lambda _r: then())
        self.recovery_box = box
        box.open()

    def _after_setup(self, problem) -> None:
        if problem is None:
            self.accept()
            return
        # The office exists now; what is left is the connection, which may wait.
        for w in (self.ui.siteGroup, self.ui.adminGroup):
            w.setEnabled(False)
        note = self.ui.connectionNote
        note.setStyleSheet("QLabel { background: #fff4d6; color: #7a5200; padding: 6px 10px; border-radius: 4px; }")
        if problem == UNREACHABLE:
            note.setText(self.tr("The database is set up. The city server at {url} does not answer, so this office "
                                 "is not registered yet; the address and token are kept. Continue now and register "
                                 "later on the Sync page (Server settings), or check the address and try "
                                 "again.").format(url=self.ui.serverUrl.text().strip()))
        else:
            note.setText(self.tr("The database is set up, but the city server refused the registration: {reason} "
                                 "Correct the address or token and try again, or continue and register later on "
                                 "the Sync page.").format(reason=errors.message(problem)))
            self.errors.show(problem)
        note.show()
        ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Try again"))
        if self.later_button is None:
            self.later_button = self.ui.buttonBox.addButton(self.tr("Continue, register later"),
                                                            QDialogButtonBox.ActionRole)
            self.later_button.setObjectName("registerLater")
            self.later_button.clicked.connect(self.accept)
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).hide()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)


UNREACHABLE = "unreachable"


def connect(ctx: Context, url: str, token: str):
    """Register this new office with the city server. None when done; UNREACHABLE when the
    server does not answer (the address and token are kept for later); the DomainError when
    it answered no."""
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.services import sync
    try:
        return None if sync.register(ctx, url, token) else UNREACHABLE
    except DomainError as exc:
        return exc
