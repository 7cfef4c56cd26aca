"""What every page and dialog of a signed-in session shares.

``Env`` holds the services Context of the signed-in user, the task runner and
the site; its signals are how a page asks the main window to show something
elsewhere (a case, a household), so pages never import one another.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lishui_desktop.domain.workflow import Role
from lishui_desktop.services.context import Context

from .sync_control import SyncScheduler
from .tasks import TaskRunner


class Env(QObject):
    open_case = Signal(str)             # application id
    open_household = Signal(str)        # household id
    new_application = Signal(str)       # household id ("" to choose one)
    record_visit = Signal(str)          # application id
    browse_cases = Signal(str)          # state: the applications list filtered to it

    def __init__(self, ctx: Context, runner: TaskRunner, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.db_path = Path(db_path)
        # Set by the controller: replacing the database needs the session closed first.
        self.restore_backup = None
        # The session's sync with the city server; its timer is started by the controller.
        self.sync = SyncScheduler(self, self)

    @property
    def db(self):
        return self.ctx.db

    @property
    def user(self):
        return self.ctx.user

    @property
    def site(self):
        return self.ctx.site

    def today(self):
        return self.ctx.today()

    @property
    def role(self) -> Role:
        return self.ctx.user.role

    @property
    def township_staff(self) -> bool:
        return self.role in (Role.CASEWORKER, Role.REVIEWER)

    @property
    def approver(self) -> bool:
        return self.role is Role.APPROVER

    @property
    def admin(self) -> bool:
        return self.role is Role.ADMIN
