"""同步冲突: one record changed here and on the city server, both versions side by side.

Each item that differs is a row: its name, this computer's value and the
server's value, each with a radio button. A person chooses every row (no
side is preselected: choosing is the point); "Keep" saves the choice as a new
version through services.conflicts.resolve, which audits it, and the next sync
sends it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from lishui_desktop.services.conflicts import ConflictView

from ..sync_fields import entity_label, field_label, field_value
from ..widgets import FieldErrors

LOCAL, SERVER = "local", "server"


class _Choice(QWidget):
    """A radio button with its value beside it; the value wraps, and a click on it chooses too."""

    def __init__(self, text: str, group: QButtonGroup, parent: QWidget):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.radio = QRadioButton(self)
        group.addButton(self.radio)
        self.value = QLabel(text, self)
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.value.setMinimumWidth(220)
        lay.addWidget(self.radio, 0, Qt.AlignTop)
        lay.addWidget(self.value, 1)

    def mousePressEvent(self, event) -> None:
        self.radio.setChecked(True)
        super().mousePressEvent(event)

    def show_chosen(self, band: str) -> None:
        # The kept value stands out, so the whole choice can be checked at a glance before saving.
        chosen = self.radio.isChecked()
        self.setStyleSheet(f"_Choice {{ {'background: #dff0e2;' if chosen else band} }}")
        f = self.value.font()
        f.setBold(chosen)
        self.value.setFont(f)


class ConflictDialog(QDialog):
    def __init__(self, env, conflict: ConflictView, owner: dict | None, villages: dict[str, str], parent=None):
        super().__init__(parent)
        self.env, self.conflict = env, conflict
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Sync conflict"))
        self.choices: dict[str, QButtonGroup] = {}
        self.radios: dict[str, dict[str, QRadioButton]] = {}
        self.row_errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)

        title = QLabel(self._title(owner), self)
        title.setObjectName("conflictTitle")
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        title.setFont(f)
        outer.addWidget(title)
        intro = QLabel(self.tr("This record was changed on this computer, and the city server holds a newer "
                               "version made elsewhere. Nothing was overwritten: both versions are kept "
                               "below. Choose for each item which version to keep. The result is saved as a new "
                               "version, sent with the next sync and recorded in the audit log."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        versions = QLabel(self.tr("Version here: {local} · Version on the city server: {server}").format(
            local=conflict.local_version, server=conflict.server_version), self)
        versions.setStyleSheet("color: #555;")
        outer.addWidget(versions)

        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.NoFrame)
        body = QWidget(area)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for col, text in enumerate((self.tr("Item"), self.tr("On this computer"), self.tr("On the city server"))):
            head = QLabel(text, body)
            head.setStyleSheet("font-weight: bold; border-bottom: 1px solid #999; padding: 4px;")
            grid.addWidget(head, 0, col)
        row = 1
        for diff in conflict.fields:
            name = QLabel(field_label(diff.name), body)
            name.setObjectName(f"field_{diff.name}")
            name.setStyleSheet("font-weight: bold; padding: 4px;")
            name.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            group = QButtonGroup(self)
            group.setExclusive(True)
            local = _Choice(field_value(diff.name, diff.local, villages), group, body)
            server = _Choice(field_value(diff.name, diff.server, villages), group, body)
            local.radio.setObjectName(f"local_{diff.name}")
            server.radio.setObjectName(f"server_{diff.name}")
            # A person reads across the row; a light band keeps the two values of an item together.
            shade = "background: #f3f6fa;" if row % 4 == 1 else ""
            for w in (name, local, server):
                w.setAttribute(Qt.WA_StyledBackground, True)
            name.setStyleSheet(name.styleSheet() + shade)
            for choice in (local, server):
                choice.show_chosen(shade)
            grid.addWidget(name, row, 0)
            grid.addWidget(local, row, 1)
            grid.addWidget(server, row, 2)
            error = QLabel(body)
            error.setObjectName(f"error_{diff.name}")
            error.setStyleSheet("color: #b03a2e;")
            error.hide()
            grid.addWidget(error, row + 1, 1, 1, 2)
            group.buttonToggled.connect(lambda _b, checked, e=error: checked and e.hide())
            group.buttonToggled.connect(lambda _b, _c, pair=(local, server), band=shade:
                                        [choice.show_chosen(band) for choice in pair])
            self.choices[diff.name] = group
            self.radios[diff.name] = {LOCAL: local.radio, SERVER: server.radio}
            self.row_errors[diff.name] = error
            row += 2
        if not conflict.fields:
            same = QLabel(self.tr("The two versions differ only in when and by whom they were saved; the contents "
                                  "are the same. Keep the server's version to settle the conflict."), body)
            same.setWordWrap(True)
            grid.addWidget(same, row, 0, 1, 3)
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row, 1)
        area.setWidget(body)
        outer.addWidget(area, 1)

        quick = QHBoxLayout()
        self.all_local = QPushButton(self.tr("All from &this computer"), self)
        self.all_local.clicked.connect(lambda: self.choose_all(LOCAL))
        self.all_server = QPushButton(self.tr("All from the city &server"), self)
        self.all_server.clicked.connect(lambda: self.choose_all(SERVER))
        for b in (self.all_local, self.all_server):
            b.setVisible(bool(conflict.fields))
            quick.addWidget(b)
        quick.addStretch(1)
        outer.addLayout(quick)

        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        outer.addWidget(self.message)
        self.errors = FieldErrors(self, self.message)

        self.buttonBox = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttonBox.button(QDialogButtonBox.Ok).setText(self.tr("&Keep my choice"))
        self.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Decide &later"))
        self.buttonBox.accepted.connect(self.submit)
        self.buttonBox.rejected.connect(self.reject)
        outer.addWidget(self.buttonBox)
        self.resize(900, min(760, 260 + 64 * max(1, len(conflict.fields))))

    def _title(self, owner: dict | None) -> str:
        what = entity_label(self.conflict.entity)
        if owner:
            who = (self.tr("{head} household ({village})") if owner.get("village")
                   else self.tr("{head} household")).format(head=owner["head_name"], village=owner.get("village"))
            return self.tr("{record} of {household}").format(record=what, household=who)
        return what

    # -- choosing ---------------------------------------------------------------------------

    def choose(self, field: str, side: str) -> None:
        self.radios[field][side].setChecked(True)

    def choose_all(self, side: str) -> None:
        for field in self.radios:
            self.choose(field, side)

    def chosen(self) -> dict[str, str]:
        out = {}
        for field, radios in self.radios.items():
            for side, radio in radios.items():
                if radio.isChecked():
                    out[field] = side
        return out

    def submit(self) -> None:
        self.errors.clear()
        for e in self.row_errors.values():
            e.hide()
        env, cid, choices = self.env, self.conflict.id, self.chosen()

        def work():
            from lishui_desktop.services import conflicts
            return conflicts.resolve(env.ctx, cid, choices)

        self.buttonBox.setEnabled(False)
        env.runner.submit(work, done=self._done, failed=self._failed, parent=self)

    def _done(self, version: int) -> None:
        self.buttonBox.setEnabled(True)
        self.new_version = version
        self.accept()

    def _failed(self, exc) -> bool:
        from lishui_desktop.domain.errors import DomainError

        from .. import errors
        self.buttonBox.setEnabled(True)
        if isinstance(exc, DomainError) and exc.code == "conflict.choice":
            missing = [f for f in str(exc.params.get("fields", exc.field or "")).split(",") if f]
            text = errors.message(exc)
            for f in missing:
                if f in self.row_errors:
                    self.row_errors[f].setText(text)
                    self.row_errors[f].show()
            self.message.setText(text)
            self.message.show()
            return True
        return self.errors.show(exc)
