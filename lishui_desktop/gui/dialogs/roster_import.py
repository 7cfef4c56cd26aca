"""导入花名册: bring the office's roster (xlsx) into the household records.

The person picks the file; the dialog shows which column was read as what (and
the columns it will not import), and the first rows. 检查 checks every row and
writes nothing; 导入 checks and, only when no row is refused, writes everything
in one transaction. Both run in the task runner with progress and Cancel; a
cancelled or refused import writes nothing. The problems are listed here and
saved as a report (a copy of the sheet with an error column) beside the file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from lishui_desktop.domain import roster
from lishui_desktop.services import roster_import

from .. import tasks
from ..widgets import FieldErrors, setup_table_widget

BAD = QColor("#ffc7ce")
NOTE = QColor("#ffeb9c")


class RosterImportDialog(QDialog):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.task: tasks.Task | None = None
        self.result: roster_import.ImportResult | None = None
        self.preview: roster_import.Preview | None = None
        self.setObjectName("rosterImport")
        self.setWindowTitle(self.tr("Import the office's roster"))
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the roster workbook (.xlsx or the older .xls; first sheet). Every row is checked "
                               "first; if any row is refused nothing is imported and the report lists "
                               "each problem at its row and cell."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        pick = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("rosterPath")
        self.path.setReadOnly(True)
        self.browse = QPushButton(self.tr("&Choose file…"), self)
        self.browse.clicked.connect(self._browse)
        pick.addWidget(self.path, 1)
        pick.addWidget(self.browse)
        outer.addLayout(pick)
        self.errors = FieldErrors(self)
        self.errors.add("file", self.path)
        self.summary = QLabel(self)
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.mapping = QTableWidget(self)
        self.mapping.setObjectName("rosterMapping")
        setup_table_widget(self.mapping, [self.tr("Column"), self.tr("Header in the sheet"),
                                          self.tr("Read as")], [60, 200, 260])
        outer.addWidget(self.mapping, 2)
        self.problems = QTableWidget(self)
        self.problems.setObjectName("rosterProblems")
        setup_table_widget(self.problems, [self.tr("Cell"), self.tr("Problem")], [80, 600])
        self.problems.hide()
        outer.addWidget(self.problems, 2)
        run = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rosterProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("rosterStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(52)
        run.addWidget(self.progress, 1)
        run.addWidget(self.status, 2)
        outer.addLayout(run)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("C&heck only"), self)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.cancel_or_close)
        buttons.addStretch(1)
        for b in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self._enable(False)
        self.resize(900, 680)

    # -- choosing the file ------------------------------------------------------------------

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Roster workbook"), "",
                                              self.tr("Excel workbooks (*.xlsx *.xls)"))
        if name:
            self.choose(name)

    def choose(self, path: str | Path) -> tasks.Task:
        """Read the headers of ``path`` and show the mapping (the file picker calls this)."""
        self.path.setText(str(path))
        self.errors.clear()
        self.problems.hide()
        self.summary.setText(self.tr("Reading the sheet…"))
        self._enable(False)
        return self.env.runner.submit(lambda: roster_import.preview(path), done=self._previewed,
                                      failed=self._preview_failed, parent=self)

    def _previewed(self, p: roster_import.Preview) -> None:
        self.preview = p
        layout = self.tr("one row per member") if p.layout == "member" else \
            self.tr("one row per household (members other than the head are added later)")
        text = self.tr("Sheet “{title}”: headers in row {row}, {n} data rows, {layout}.").format(
            title=p.title, row=p.header_row, n=p.rows, layout=layout)
        if p.missing:
            text += " " + self.tr("Missing columns: {cols}.").format(
                cols="、".join(roster.FIELD_LABELS[f] for f in p.missing))
        self.summary.setText(text)
        self.mapping.setRowCount(len(p.mapping))
        for r, (letter, header, field) in enumerate(p.mapping):
            read_as = roster.FIELD_LABELS[field] if field else self.tr("not recognised: not imported")
            for c, v in enumerate((letter, header, read_as)):
                item = QTableWidgetItem(v)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                if not field:
                    item.setBackground(QBrush(NOTE))
                self.mapping.setItem(r, c, item)
        self._enable(not p.missing)

    def _preview_failed(self, exc) -> bool:
        self.summary.setText("")
        return self.errors.show(exc)

    # -- running ----------------------------------------------------------------------------

    def _enable(self, on: bool) -> None:
        self.check_button.setEnabled(on)
        self.import_button.setEnabled(on)

    def report_path(self) -> Path:
        src = Path(self.path.text())
        return src.with_name(src.stem + "-检查报告.xlsx")

    def start(self, *, dry_run: bool) -> tasks.Task | None:
        if self.task is not None or not self.path.text():
            return None
        env, path, report = self.env, self.path.text(), self.report_path()

        def work(task: tasks.Task):
            return roster_import.import_roster(env.ctx, path, dry_run=dry_run, report=report,
                                               progress=task.report,
                                               cancelled=lambda: task.cancelled)

        self._enable(False)
        self.browse.setEnabled(False)
        self.close_button.setText(self.tr("&Stop"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Checking every row…"))
        self.task = env.runner.submit(work, with_task=True, done=self._done, failed=self._failed,
                                      parent=self, progress=self._progress)
        return self.task

    def _progress(self, done: int, total: int, step: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText((self.tr("Checking: {done} of {total} households…") if step == "check"
                             else self.tr("Writing: {done} of {total} households…"))
                            .format(done=done, total=total))

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancelled = True
            self.close_button.setEnabled(False)
            self.status.setText(self.tr("Stopping; nothing will be imported…"))
        else:
            self.accept() if self.result and self.result.written else self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.cancel_or_close()
        else:
            super().reject()

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.browse.setEnabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _done(self, result: roster_import.ImportResult) -> None:
        self._finish()
        self.result = result
        plan = result.plan
        self._show_problems(plan)
        if result.written:
            self.status.setText(self.tr("Imported {h} households, {m} members and {c} active cases "
                                        "(救助中). Report: {report}").format(
                h=result.households, m=result.members, c=result.cases, report=result.report))
        elif plan.ok:
            self.status.setText(self.tr("No row is refused: {h} households, {m} members, {c} active "
                                        "cases can be imported. Nothing was written yet.").format(
                h=len(plan.households), m=plan.member_count, c=plan.case_count))
            self._enable(True)
        else:
            self.status.setText(self.tr("%n problem(s): nothing was imported. Correct the cells named "
                                        "below (red in the report {report}) and import again.", "",
                                        len(plan.refused)).format(report=result.report))
            self._enable(True)

    def _show_problems(self, plan: roster_import.Plan) -> None:
        rows = []
        def place(p):
            col = plan.mapping.columns.get(p.field) if p.field else None
            return (p.row, -1 if col is None else col)
        for p in sorted(plan.problems, key=place):
            col = plan.mapping.columns.get(p.field) if p.field else None
            cell = f"{roster.column_letter(col)}{p.row}" if col is not None else str(p.row)
            rows.append((cell, p.message, p.blocking))
        self.problems.setRowCount(len(rows))
        for r, (cell, message, blocking) in enumerate(rows):
            for c, v in enumerate((cell, message)):
                item = QTableWidgetItem(v)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                item.setBackground(QBrush(BAD if blocking else NOTE))
                self.problems.setItem(r, c, item)
        self.problems.setVisible(bool(rows))

    def _failed(self, exc) -> bool:
        self._finish()
        self._enable(True)
        if isinstance(exc, tasks.Cancelled):
            self.status.setText(self.tr("Stopped: nothing was imported."))
            return True
        self.status.setText("")
        return self.errors.show(exc)
