"""审核审批 (county mode): the cases waiting for the county's decision on the left, and
the whole case on the right: household, visits, the review's amount and its reckoning,
the notice, the history, and the decision buttons."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from lishui_desktop.domain import workflow
from lishui_desktop.domain.workflow import State
from lishui_desktop.services import queries

from .. import labels, match_text, settings, tasks
from ..columns import match_column, queue_columns, township_name
from ..models import LazyTableModel
from ..widgets import SearchBox, apply_widths, combo_code, fill_combo, fit_column, make_table_view
from .base import Page
from .case_view import CaseView
from ..qtfix import emit


WAITING = (State.AWAITING_DECISION.value,)
MATCH_COLUMN = 4        # after the household head: what the search matched in the household
# The due-date filter: (calendar days from today, overdue included; None: all).
DUE_FILTERS = ((None, QT_TRANSLATE_NOOP("CountyPage", "Any due date")),
               (-1, QT_TRANSLATE_NOOP("CountyPage", "Overdue")),
               (0, QT_TRANSLATE_NOOP("CountyPage", "Due today or overdue")),
               (3, QT_TRANSLATE_NOOP("CountyPage", "Due within 3 days")),
               (7, QT_TRANSLATE_NOOP("CountyPage", "Due within 7 days")))


class CountyPage(Page):
    listens_to = frozenset({tasks.APPLICATIONS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._ready_flag = False
        self._want: str | None = None
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Horizontal, self)
        self.split = split
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(left)
        self.heading.setObjectName("queueHeading")
        self.search = SearchBox(left)
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Search: name, pinyin, ID number, village"))
        self.search.search.connect(self._search)
        filters = QHBoxLayout()
        self.township = QComboBox(left)
        self.township.setObjectName("queueTownship")
        fill_combo(self.township, [(None, self.tr("All townships"))])
        self.township.currentIndexChanged.connect(self._filters_changed)
        self.type = QComboBox(left)
        self.type.setObjectName("queueType")
        fill_combo(self.type, [(None, self.tr("All types"))] +
                   [(c, labels.assistance_type(c)) for c in workflow.ASSISTANCE_TYPES])
        self.type.currentIndexChanged.connect(self._filters_changed)
        self.due = QComboBox(left)
        self.due.setObjectName("queueDue")
        fill_combo(self.due, [(days, QCoreApplication.translate("CountyPage", text)) for days, text in DUE_FILTERS])
        self.due.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.township)
        filters.addWidget(self.type)
        filters.addWidget(self.due)
        filters.addStretch(1)
        ll.addWidget(self.heading)
        ll.addWidget(self.search)
        ll.addLayout(filters)
        self.view = make_table_view(left, "queueTable")
        columns = queue_columns(env.today)
        columns.insert(MATCH_COLUMN, match_column())
        self.model = LazyTableModel(env.runner, columns,
                                    lambda q: queries.application_keys(env.ctx, q),
                                    lambda ids: queries.application_rows(env.ctx, ids, self.model.query.text),
                                    queries.ApplicationQuery(state_in=WAITING, sort="due"), parent=self,
                                    snapshot=lambda: env.ctx.db.read())
        self.model.attach(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.AscendingOrder)
        apply_widths(self.view, "county.queue2")
        # The due date is what the approver works by: never cut, "(overdue)" included.
        fit_column(self.view, 0, QCoreApplication.translate("Columns", "{date} (overdue)").format(date="2026-12-31"))
        match_text.attach(self.view, MATCH_COLUMN)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.model.keys_loaded.connect(self._keys_loaded)
        ll.addWidget(self.view, 1)
        self.case = CaseView(env, split, show_back=False, decision_first=True)
        self.case.setObjectName("countyCase")
        split.addWidget(left)
        split.addWidget(self.case)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        if not settings.restore_splitter(split, "county"):
            # The queue shows where each case is from and when it is due; the case beside it.
            split.setSizes([700, 700])
        split.splitterMoved.connect(lambda *_: settings.save_splitter(split, "county"))
        outer.addWidget(split)

    def load(self) -> None:
        self.model.reload()
        env = self.env
        env.runner.submit(lambda: queries.township_codes(env.ctx, WAITING), done=self._townships)

    def _townships(self, codes: list[str]) -> None:
        current = combo_code(self.township)
        fill_combo(self.township, [(None, self.tr("All townships"))] + [(c, township_name(c)) for c in codes],
                   current)

    def _search(self, text: str) -> None:
        match_text.searching(self.view, MATCH_COLUMN, text)
        self.model.update_query(text=text)

    def _filters_changed(self) -> None:
        days = combo_code(self.due)
        self.model.update_query(township=combo_code(self.township), type=combo_code(self.type),
                                overdue_only=days == -1,
                                due_within_days=days if days is not None and days >= 0 else None)

    def _keys_loaded(self) -> None:
        n = self.model.rowCount()
        self.heading.setText(self.tr("<b>Waiting for the county's decision</b>: %n case(s)", "", n))
        if self._want:
            self.case.open(self._want)
            self._want = None
        elif self.case.application_id:
            # A decided case leaves the queue but stays open with what happened; the
            # selection never jumps onto another household by itself.
            row = self._row_of(self.case.application_id)
            if row >= 0:
                self.view.selectRow(row)
            else:
                self.view.clearSelection()
        elif n and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)

    def _row_of(self, application_id: str) -> int:
        for row in range(self.model.rowCount()):
            data = self.model.row_data(row)
            if data is not None and data.id == application_id:
                return row
        return -1

    def _show(self, row: int) -> None:
        data = self.model.row_data(row)
        if data is not None and data.id != self.case.application_id:
            self.case.open(data.id)

    def open_case(self, application_id: str) -> None:
        if not self._activated:
            self._want = application_id
            self.activate()
        else:
            self.case.open(application_id)
            # The queue shows which of its cases this is (a case opened from elsewhere).
            row = self._row_of(application_id)
            if row >= 0:
                self.view.selectRow(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self) -> None:
        settings.save_splitter(self.split, "county")
