"""Signing in, the idle lock, and changing a password."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lishui_desktop.domain.errors import ValidationError

from .. import labels, settings
from ..forms.ui_lock import Ui_LockDialog
from ..forms.ui_login import Ui_LoginDialog
from ..forms.ui_password import Ui_ChangePasswordDialog
from ..tasks import TaskRunner
from ..widgets import FieldErrors


class LoginDialog(QDialog):
    damaged = Signal(object, object)     # (error, (username, password)) -- see DAMAGED

    """Account and password; failures count towards the lock-out (services.users.login).

    ``sign_in(username, password)`` runs on the task runner's thread and returns
    (user, must_change_password): the password is what unlocks the encrypted
    database (services.access), so the dialog is shown before the file is open.
    """

    def __init__(self, runner: TaskRunner, site, sign_in, parent=None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.sign_in = sign_in
        self.user = None
        self.must_change_password = False
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.siteLabel.setText(self.tr("Office: {name} ({code})").format(name=site.name, code=site.code))
        ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.errors = FieldErrors(self, self.ui.messageLabel)
        self.errors.add("username", self.ui.username)
        self.errors.add("password", self.ui.password)
        self.setMinimumWidth(420)
        last = settings.LAST_USERNAME.get()
        if last:
            self.ui.username.setText(last)
            self.ui.password.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        username, password = self.ui.username.text().strip(), self.ui.password.text()
        if not username or not password:
            field = "username" if not username else "password"
            self.errors.show(ValidationError("login.required", "enter account and password", field=field))
            return
        self.ui.buttonBox.setEnabled(False)
        sign_in = self.sign_in
        self._last = (username, password)
        self.runner.submit(lambda: sign_in(username, password), done=self._signed_in,
                           failed=self._failed, parent=self)

    def _signed_in(self, result) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.user, self.must_change_password = result
        settings.LAST_USERNAME.set(self.user.username)
        self.ui.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.ui.buttonBox.setEnabled(True)
        self.ui.password.clear()
        if getattr(exc, "code", "") in DAMAGED:
            self.damaged.emit(exc, self._last)
            return True
        return self.errors.show(exc)


# A database that the right key does not open: start-up offers a backup instead.
DAMAGED = {"db.damaged", "db.key_mismatch", "db.missing"}


class ChangePasswordDialog(QDialog):
    def __init__(self, runner: TaskRunner, ctx, *, forced: bool = False, parent=None):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.runner, self.ctx = runner, ctx
        if forced:
            self.ui.reasonLabel.setText(self.tr("This is your first sign-in, or the administrator reset your "
                                                "password: choose a new password to continue."))
        else:
            self.ui.reasonLabel.hide()
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.button(QDialogButtonBox.Ok).setDefault(True)
        self.errors = FieldErrors(self)
        self.errors.add("old_password", self.ui.oldPassword)
        self.errors.add("new_password", self.ui.newPassword, "password")
        self.errors.add("new_password2", self.ui.newPassword2)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        self.errors.clear()
        old, new, new2 = self.ui.oldPassword.text(), self.ui.newPassword.text(), self.ui.newPassword2.text()
        if new != new2:
            self.errors.show(ValidationError("password.mismatch", "the passwords differ", field="new_password2"))
            return
        self.ui.buttonBox.setEnabled(False)
        from lishui_desktop.services import users
        self.runner.submit(lambda: users.change_password(self.ctx, old, new), done=self._done,
                           failed=self._failed, parent=self)

    def _done(self, _result) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)


class LockDialog(QDialog):
    """Shown over the main window after the idle time; only the same user's password opens it."""

    SWITCH_USER = 2

    def __init__(self, runner: TaskRunner, ctx, minutes: int, parent=None):
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.runner, self.ctx = runner, ctx
        self.ui.messageLabel.setText(
            self.tr("The session of {name} ({role}) was locked after %n minute(s) without use. "
                    "Enter the password to go on.", "", minutes)
            .format(name=ctx.user.display_name, role=labels.role(ctx.user.role.value)))
        unlock = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        unlock.setText(self.tr("Unlock"))
        unlock.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.switchUserButton.clicked.connect(lambda: self.done(self.SWITCH_USER))
        self.errors = FieldErrors(self, self.ui.errorLabel)
        self.errors.add("password", self.ui.password, "username")
        self.setMinimumWidth(460)

    def reject(self) -> None:
        # Esc must not open a locked session.
        pass

    def submit(self) -> None:
        self.errors.clear()
        password = self.ui.password.text()
        self.ui.buttonBox.setEnabled(False)
        from lishui_desktop.services import users
        self.runner.submit(lambda: users.login(self.ctx, self.ctx.user.username, password),
                           done=self._done, failed=self._failed, parent=self)

    def _done(self, _user) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.ui.password.clear()
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        self.ui.password.clear()
        return self.errors.show(exc)
