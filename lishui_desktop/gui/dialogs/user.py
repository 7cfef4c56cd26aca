"""A new account (administrator only)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import users

from .. import labels
from ..env import Env
from ..forms.ui_user import Ui_UserDialog
from ..widgets import FieldErrors, combo_code, fill_combo


class UserDialog(QDialog):
    def __init__(self, env: Env, parent=None):
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.env = env
        self.created_id: str | None = None
        roles = [Role.CASEWORKER, Role.REVIEWER, Role.APPROVER, Role.ADMIN]
        fill_combo(self.ui.role, [(r.value, labels.role(r.value)) for r in roles])
        ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        ok.setText(self.tr("Create the account"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.errors = FieldErrors(self)
        self.errors.add("username", self.ui.username)
        self.errors.add("display_name", self.ui.displayName)
        self.errors.add("role", self.ui.role)
        self.errors.add("password", self.ui.password)
        self.errors.add("password2", self.ui.password2)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.errors.clear()
        ui = self.ui
        if ui.password.text() != ui.password2.text():
            self.errors.show(ValidationError("password.mismatch", "passwords differ", field="password2"))
            return
        env = self.env
        kwargs = dict(username=ui.username.text(), display_name=ui.displayName.text(), role=combo_code(ui.role),
                      password=ui.password.text())
        ui.buttonBox.setEnabled(False)
        env.runner.submit(lambda: users.create_user(env.ctx, **kwargs), done=self._done, failed=self._failed,
                          parent=self)

    def _done(self, user_id: str) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.created_id = user_id
        self.accept()

    def _failed(self, exc) -> bool:
        self.ui.buttonBox.setEnabled(True)
        return self.errors.show(exc)
