"""救助申请: the list of cases (filtered and sorted in SQL) and the case page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from lishui_desktop.domain import workflow
from lishui_desktop.services import queries

from .. import labels, match_text, tasks
from ..columns import application_columns, match_column
from ..models import LazyTableModel
from ..widgets import SearchBox, apply_widths, combo_code, fill_combo, make_table_view, selected_row
from .base import Page
from .case_view import CaseView
from ..qtfix import emit

SCOPES = ((queries.SCOPE_OPEN, QT_TRANSLATE_NOOP("ApplicationsPage", "In progress")),
          (queries.SCOPE_AWAITING, QT_TRANSLATE_NOOP("ApplicationsPage", "Awaiting county decision")),
          (queries.SCOPE_ACTIVE, QT_TRANSLATE_NOOP("ApplicationsPage", "Receiving assistance")),
          (queries.SCOPE_CLOSED, QT_TRANSLATE_NOOP("ApplicationsPage", "Closed")),
          (queries.SCOPE_ALL, QT_TRANSLATE_NOOP("ApplicationsPage", "All cases")))


def _t(text: str) -> str:
    return QCoreApplication.translate("ApplicationsPage", text)


MATCH_COLUMN = 1        # after the household head: what the search matched in the household


class ApplicationsPage(Page):
    listens_to = frozenset({tasks.APPLICATIONS, tasks.HOUSEHOLDS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._ready_flag = False
        self._state_filter: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        # -- list -------------------------------------------------------------------
        listw = QWidget()
        lay = QVBoxLayout(listw)
        bar = QHBoxLayout()
        self.search = SearchBox(listw)
        self.search.setObjectName("applicationSearch")
        self.search.setMinimumWidth(340)
        self.search.setPlaceholderText(self.tr("Search the household: name, pinyin, initials, ID number, phone, "
                                               "village"))
        self.search.search.connect(self._search)
        self.scope = QComboBox(listw)
        self.scope.setObjectName("scopeFilter")
        fill_combo(self.scope, [(code, _t(text)) for code, text in SCOPES], queries.SCOPE_OPEN)
        self.scope.currentIndexChanged.connect(self._filters_changed)
        self.type = QComboBox(listw)
        self.type.setObjectName("typeFilter")
        fill_combo(self.type, [(None, self.tr("All types"))] +
                   [(c, labels.assistance_type(c)) for c in workflow.ASSISTANCE_TYPES])
        self.type.currentIndexChanged.connect(self._filters_changed)
        self.mine = QCheckBox(self.tr("Mine only"), listw)
        self.mine.toggled.connect(self._filters_changed)
        self.mine.setVisible(env.township_staff)
        self.overdue = QCheckBox(self.tr("Overdue only"), listw)
        self.overdue.toggled.connect(self._filters_changed)
        self.state_chip = QPushButton(listw)
        self.state_chip.setObjectName("stateFilter")
        self.state_chip.setToolTip(self.tr("Click to show every state again"))
        self.state_chip.clicked.connect(lambda: self.browse_state(None))
        self.state_chip.hide()
        self.count_label = QLabel(listw)
        self.count_label.setObjectName("applicationCount")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.scope)
        bar.addWidget(self.type)
        bar.addWidget(self.state_chip)
        bar.addWidget(self.mine)
        bar.addWidget(self.overdue)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        lay.addLayout(bar)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New application"), listw)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_item)
        self.new_button.setVisible(env.township_staff)
        self.open_button = QPushButton(self.tr("&Open case"), listw)
        self.open_button.clicked.connect(self.open_selected)
        self.batch_button = QPushButton(self.tr("&Print a village's notices…"), listw)
        self.batch_button.setObjectName("batchNoticesButton")
        self.batch_button.setToolTip(self.tr("For example the notices of approval of every newly approved case of a "
                                             "village, or its public notice list"))
        self.batch_button.clicked.connect(self.batch_notices)
        self.batch_button.setVisible(env.township_staff)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.batch_button)
        lay.addLayout(buttons)
        self.view = make_table_view(listw, "applicationsTable")
        columns = application_columns(env.today)
        columns.insert(MATCH_COLUMN, match_column())
        self.model = LazyTableModel(env.runner, columns,
                                    lambda q: queries.application_keys(env.ctx, q),
                                    lambda ids: queries.application_rows(env.ctx, ids, self.model.query.text),
                                    self._query(), parent=self, snapshot=lambda: env.ctx.db.read())
        self.model.attach(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(next(i for i, c in enumerate(columns) if c.sort == "due"), Qt.AscendingOrder)
        apply_widths(self.view, "applications.list")
        match_text.attach(self.view, MATCH_COLUMN)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.activated.connect(lambda _i: self.open_selected())
        self.model.keys_loaded.connect(self._keys_loaded)
        lay.addWidget(self.view, 1)
        self.stack.addWidget(listw)
        self.list_widget = listw

        # -- case ----------------------------------------------------------------------
        self.case = CaseView(env, self)
        self.case.back.connect(self.show_list)
        self.stack.addWidget(self.case)

    def _query(self) -> queries.ApplicationQuery:
        env = self.env
        return queries.ApplicationQuery(
            text=self.search.text().strip(),
            states=queries.SCOPE_ALL if self._state_filter else (combo_code(self.scope) or queries.SCOPE_OPEN),
            state_in=(self._state_filter,) if self._state_filter else (),
            type=combo_code(self.type), assigned_to=env.user.id if self.mine.isChecked() else None,
            overdue_only=self.overdue.isChecked(),
            sort=self.model.query.sort if hasattr(self, "model") else "due",
            descending=self.model.query.descending if hasattr(self, "model") else False)

    def _filters_changed(self, *_args) -> None:
        self.model.set_query(self._query())

    def browse_state(self, state: str | None) -> None:
        self._state_filter = state
        self.state_chip.setVisible(bool(state))
        self.scope.setEnabled(not state)
        if state:
            self.state_chip.setText(self.tr("State: {state} ✕").format(state=labels.state(state)))
        self.show_list()
        self._activated = True
        self.model.set_query(self._query())

    def load(self) -> None:
        self.model.set_query(self._query())
        if self.stack.currentWidget() is self.case:
            self.case.reload()

    def _keys_loaded(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.rowCount()))
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)

    # -- navigation ------------------------------------------------------------------

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_widget)
        self.view.setFocus()

    def open_selected(self) -> None:
        row = self.model.row_data(selected_row(self.view))
        if row is not None:
            self.open_case(row.id)

    def _search(self, text: str) -> None:
        match_text.searching(self.view, MATCH_COLUMN, text)
        self.model.update_query(text=text)

    def open_case(self, application_id: str) -> None:
        if not self._activated:
            self._activated = True
            self.model.set_query(self._query())
        self.stack.setCurrentWidget(self.case)
        self.case.open(application_id)

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def new_item(self) -> None:
        self.new_application(None)

    def new_application(self, household_id: str | None):
        if not self.env.township_staff:
            return None
        from ..dialogs.application import NewApplicationDialog
        dlg = NewApplicationDialog(self.env, household_id, self)
        dlg.accepted.connect(lambda: dlg.created_id and self.open_case(dlg.created_id))
        dlg.open()
        self.dialog = dlg
        return dlg

    def batch_notices(self):
        """The batch printing dialog; returns it (tests drive it)."""
        if not self.env.township_staff:
            return None
        from ..dialogs.batch_notices import BatchNoticesDialog
        dlg = BatchNoticesDialog(self.env, self)
        dlg.open()
        self.dialog = dlg
        return dlg
