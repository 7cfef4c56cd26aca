"""跨乡镇重复人员: every case the city found of one person in households of two townships,
open and resolved: who, where, since when, and who resolved it how (services.duplicates).

A person resolves a case with the other township through the city (lishui-hq duplicates
resolve); this list shows the state the last sync brought down and exports like any list.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from lishui_desktop.services import duplicates

from .. import labels
from ..models import OVERDUE, Column, RowsTableModel
from ..widgets import apply_widths, make_table_view

translate = QCoreApplication.translate


def _side(s) -> str:
    return translate("DuplicatesDialog", "{county} {township} {village}, household of {head}, since {since}").format(
        county=s.county_name, township=s.township_name, village=s.village_name, head=s.head_name,
        since=s.since or "?")


def _sides(c):
    """This site's household first (a county desktop may hold both)."""
    a, b = c.sides
    return (b, a) if b.here and not a.here else (a, b)


def _state(c) -> str:
    if c.resolved_at:
        return translate("DuplicatesDialog", "Resolved")
    return translate("DuplicatesDialog", "Open")


def _resolution(c) -> str:
    if not c.resolved_at:
        return ""
    return translate("DuplicatesDialog", "{by}, {at}: {note}").format(
        by=c.resolved_by or "", at=labels.moment(c.resolved_at), note=c.resolution or "")


def duplicate_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "State"), _state, None, width=70,
               foreground=lambda c: None if c.resolved_at else OVERDUE),
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.sides[0].name, None, width=80),
        Column(QT_TRANSLATE_NOOP("Columns", "ID number"), lambda c: c.id_number_masked, None, width=160),
        Column(QT_TRANSLATE_NOOP("Columns", "Household on this site"), lambda c: _side(_sides(c)[0]), None,
               width=270),
        Column(QT_TRANSLATE_NOOP("Columns", "Other household"), lambda c: _side(_sides(c)[1]), None, width=270),
        Column(QT_TRANSLATE_NOOP("Columns", "Found by the city"), lambda c: labels.moment(c.detected_at), None,
               width=130),
        Column(QT_TRANSLATE_NOOP("Columns", "Resolution"), _resolution, None, width=260),
    ]


class DuplicatesDialog(QDialog):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.loaded = False
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("The same person in two townships"))
        self.resize(1320, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The city compares every household member with the other townships' by ID "
                               "number. Each case stays open until a person resolves it with the other "
                               "township (the city records who and how); nothing is merged or removed on "
                               "its own. Open cases first; as of the last sync."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = RowsTableModel(duplicate_columns(), parent=self)
        self.view = make_table_view(self, "duplicatesTable")
        self.view.setModel(self.model)
        apply_widths(self.view, "duplicates.list")
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        ctx = env.ctx
        env.runner.submit(lambda: duplicates.duplicate_persons(ctx, include_resolved=True), done=self._loaded,
                          parent=self)

    def _loaded(self, cases) -> None:
        cases = sorted(cases, key=lambda c: (c.resolved_at is not None, c.detected_at))
        self.model.set_rows(cases)
        self.loaded = True
