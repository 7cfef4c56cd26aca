"""统计报表: the month's statutory statistics with their sum checks; export to xlsx / PDF
and filing the figures for the city."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from lishui_desktop.domain import payroll as pr
from lishui_desktop.services import changes, report_files, reports

from .. import labels
from ..models import RIGHT, Column, RowsTableModel
from ..widgets import apply_widths, make_table_view
from .base import Page


def _fill(text: str, *args) -> str:
    """Qt-style %1, %2 placeholders (the translations keep them where the language needs)."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text


def report_columns() -> list[Column]:
    def n(name):
        return lambda r: getattr(r.total, name)
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: labels.assistance_type(r.type), None, width=150),
        Column(QT_TRANSLATE_NOOP("Columns", "Households"), n("households"), None, RIGHT, width=70),
        Column(QT_TRANSLATE_NOOP("Columns", "Persons"), n("persons"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Elderly"), n("elderly"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Minors"), n("minor"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Disabled"), n("disabled"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Others"), n("other"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Added this month"), n("added"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Exited this month"), n("exited"), None, RIGHT, width=60),
        Column(QT_TRANSLATE_NOOP("Columns", "Last month"), n("previous"), None, RIGHT, width=70),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount paid"), lambda r: labels.yuan(r.total.amount_fen), None,
               RIGHT, width=110),
    ]


class ReportsPage(Page):
    listens_to = frozenset({changes.PAYROLL, changes.APPLICATIONS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self.data = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.month = QLineEdit(pr.month_of(env.ctx.today()), self)
        self.month.setObjectName("reportMonth")
        self.month.setMaximumWidth(90)
        self.month.editingFinished.connect(self.load)
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        for text, slot in ((self.tr("&Export xlsx…"), lambda: self.export("xlsx")),
                           (self.tr("Export &PDF…"), lambda: self.export("pdf")),
                           (self.tr("&File for the city"), self.file)):
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            bar.addWidget(b)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.checks = QLabel(self)
        self.checks.setObjectName("reportChecks")
        self.checks.setWordWrap(True)
        outer.addWidget(self.checks)
        self.model = RowsTableModel(report_columns(), parent=self)
        view = make_table_view(self, "reportTable")
        view.setModel(self.model)
        apply_widths(view, "reports.model")
        outer.addWidget(view, 1)

    def load(self) -> None:
        env = self.env
        month = self.month.text().strip()

        def show(data):
            self.data = data
            self.model.set_rows(data.types)
            self.checks.setText(self.tr("Sum checks: all pass.") if data.ok else
                                _fill(self.tr("Sum checks failed: %1"), "；".join(c.text for c in data.checks)))
            self.ready.emit()
        env.runner.submit(lambda task: reports.monthly(env.ctx, month,
                                                       progress=lambda d, n: (task.check(), task.report(d, n))),
                          with_task=True, cancellable=True, done=show, key="reports.load",
                          label=self.tr("Counting the month…"), parent=self)

    def export(self, fmt: str) -> None:
        if self.data is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the monthly report"),
                                              f"月报-{self.data.month}.{fmt}", f"*.{fmt}")
        if path:
            data = self.data
            self.env.runner.submit(lambda: report_files.export(self.env.ctx, data, path), parent=self)

    def file(self) -> None:
        if self.data is not None:
            data = self.data
            self.env.runner.submit(lambda: reports.submit(self.env.ctx, data), parent=self)
