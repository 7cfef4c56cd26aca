"""入户调查: the cases waiting for a home visit (the county's own visits, for relatives
of staff, in county mode), and the visits recorded lately."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout

from lishui_desktop.domain.workflow import State
from lishui_desktop.services import queries

from .. import settings, tasks
from ..columns import visit_columns, visit_due_columns
from ..models import LazyTableModel, RowsTableModel
from ..widgets import apply_widths, make_table_view, selected_row
from .base import Page
from ..qtfix import emit


class VisitsPage(Page):
    listens_to = frozenset({tasks.APPLICATIONS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._ready_flag = False
        self._pending_visit: str | None = None
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("A home visit needs at least two investigators. The form is signed by the "
                               "investigators and the family members present; add photos and scans of the signed "
                               "form.") if not env.approver else
                       self.tr("Applicants who are close relatives of staff: the county visits them in person "
                               "before deciding."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        bar = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record a home visit…"), self)
        self.record_button.setObjectName("recordVisit")
        self.record_button.clicked.connect(self.record_selected)
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.clicked.connect(self._open_selected)
        self.again = QCheckBox(self.tr("Include cases already visited (a further visit)"), self)
        self.again.setVisible(not env.approver)
        self.again.toggled.connect(lambda _on: self.model.set_query(self._query()))
        self.count_label = QLabel(self)
        bar.addWidget(self.record_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.again)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        outer.addLayout(bar)

        split = QSplitter(Qt.Vertical, self)
        self.split = split
        due = QGroupBox(self.tr("Waiting for a visit (due first)"), split)
        dl = QVBoxLayout(due)
        self.view = make_table_view(due, "visitsDueTable")
        self.model = LazyTableModel(env.runner, visit_due_columns(env.today),
                                    lambda q: queries.application_keys(env.ctx, q),
                                    lambda ids: queries.application_rows(env.ctx, ids),
                                    self._query(), parent=self, snapshot=lambda: env.ctx.db.read())
        self.model.attach(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(4, Qt.AscendingOrder)
        apply_widths(self.view, "visits.due")
        self.view.doubleClicked.connect(lambda _i: self.record_selected())
        self.model.keys_loaded.connect(self._keys_loaded)
        dl.addWidget(self.view)
        done = QGroupBox(self.tr("Visits recorded lately"), split)
        vl = QVBoxLayout(done)
        self.recent = RowsTableModel(visit_columns(), parent=self)
        self.recent_view = make_table_view(done, "recentVisits")
        self.recent_view.setModel(self.recent)
        apply_widths(self.recent_view, "visits.recent")
        self.recent_view.doubleClicked.connect(self._open_recent)
        vl.addWidget(self.recent_view)
        split.addWidget(due)
        split.addWidget(done)
        settings.restore_splitter(split, "visits")
        split.splitterMoved.connect(lambda *_: settings.save_splitter(split, "visits"))
        outer.addWidget(split, 1)

    def _query(self) -> queries.ApplicationQuery:
        env = self.env
        if env.approver:
            return queries.ApplicationQuery(state_in=queries.COUNTY_VISIT_STATES,
                                            staff_relative_only=True, without_county_visit=True, sort="due")
        states = (State.INVESTIGATING.value,)
        if self.again.isChecked():
            states += (State.INVESTIGATED.value,)
        return queries.ApplicationQuery(state_in=states, sort="due")

    def load(self) -> None:
        self.model.set_query(self._query())
        env = self.env
        env.runner.submit(lambda: queries.recent_visits(env.ctx), done=self.recent.set_rows)

    def _keys_loaded(self) -> None:
        self.count_label.setText(self.tr("%n case(s) waiting", "", self.model.rowCount()))
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        if self._pending_visit:
            app_id, self._pending_visit = self._pending_visit, None
            self.record_visit(app_id)
        if not self._ready_flag:
            self._ready_flag = True
            emit(self.ready)

    def record_selected(self):
        row = self.model.row_data(selected_row(self.view))
        if row is not None:
            return self.record_visit(row.id)
        return None

    def record_visit(self, application_id: str) -> None:
        """Open the visit form for a case (loads the case first)."""
        env = self.env

        def opened(detail):
            if detail is None:
                return
            from ..dialogs.visit import VisitDialog
            dlg = VisitDialog(env, detail, self)
            dlg.open()
            self.dialog = dlg

        env.runner.submit(lambda: queries.case_detail(env.ctx, application_id), done=opened)

    def _open_selected(self) -> None:
        row = self.model.row_data(selected_row(self.view))
        if row is not None:
            emit(self.env.open_case, row.id)

    def _open_recent(self, index) -> None:
        row = self.recent.row_data(index.row())
        if row is not None:
            emit(self.env.open_case, row.application_id)

    def save_state(self) -> None:
        settings.save_splitter(self.split, "visits")
