"""工作台: what this user owes today: cases by next step and due date (overdue first),
public notices ending, home visits to make, and counts per state."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from lishui_desktop.domain.workflow import State
from lishui_desktop.services import queries

from .. import labels, settings, tasks
from ..columns import notice_columns, visit_due_columns, worklist_columns
from ..models import LazyTableModel, RowsTableModel
from ..widgets import apply_widths, make_table_view, selected_row
from .base import Page
from ..qtfix import emit

COUNT_STATES = (State.SUBMITTED, State.MATERIALS_MISSING, State.ACCEPTED, State.INVESTIGATING,
                State.INVESTIGATED, State.REVIEWED, State.PUBLICIZING, State.PUBLICIZED,
                State.AWAITING_DECISION, State.APPROVED)
WEEKDAYS = (QT_TRANSLATE_NOOP("TodayPage", "Monday"), QT_TRANSLATE_NOOP("TodayPage", "Tuesday"),
            QT_TRANSLATE_NOOP("TodayPage", "Wednesday"), QT_TRANSLATE_NOOP("TodayPage", "Thursday"),
            QT_TRANSLATE_NOOP("TodayPage", "Friday"), QT_TRANSLATE_NOOP("TodayPage", "Saturday"),
            QT_TRANSLATE_NOOP("TodayPage", "Sunday"))


class TodayPage(Page):
    listens_to = frozenset({tasks.APPLICATIONS, tasks.HOUSEHOLDS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        self._dash_loaded = self._list_loaded = False
        self._ready_sent = False
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title = QLabel(self.tr("Today"))
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.title.setFont(f)
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueCount")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.load)
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.overdue_label)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)

        counts = QGroupBox(self.tr("Cases by state (click to list them)"))
        self.count_grid = QGridLayout(counts)
        self.count_buttons: dict[str, QToolButton] = {}
        for i, st in enumerate(COUNT_STATES):
            b = QToolButton(counts)
            b.setObjectName(f"count_{st.value}")
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            b.setAutoRaise(True)
            b.setMinimumWidth(120)
            b.clicked.connect(partial(emit, env.browse_cases, st.value))
            self.count_grid.addWidget(b, i // 5, i % 5)
            self.count_buttons[st.value] = b
        outer.addWidget(counts)

        split = QSplitter(Qt.Vertical, self)
        split.setObjectName("todaySplit")
        mine = QGroupBox(self.tr("County decisions waiting") if env.approver
                         else self.tr("My cases: next step and due date, overdue first"))
        mine_layout = QVBoxLayout(mine)
        self.worklist_view = make_table_view(mine, "worklist")
        q = queries.ApplicationQuery(mine=True, sort="due", overdue_first=True)
        self.worklist = LazyTableModel(env.runner, worklist_columns(env.today),
                                       lambda q: queries.application_keys(env.ctx, q),
                                       lambda ids: queries.application_rows(env.ctx, ids), q,
                                       parent=self, snapshot=lambda: env.ctx.db.read())
        self.worklist.attach(self.worklist_view)
        self.worklist_view.setSortingEnabled(False)
        apply_widths(self.worklist_view, "today.worklist")
        self.worklist_view.doubleClicked.connect(lambda idx: self._open(self.worklist, idx.row()))
        self.worklist_view.activated.connect(lambda idx: self._open(self.worklist, idx.row()))
        self.worklist.keys_loaded.connect(self._worklist_loaded)
        self.worklist_empty = QLabel(self.tr("Nothing waits for you. Well done."))
        self.worklist_empty.hide()
        mine_layout.addWidget(self.worklist_view)
        mine_layout.addWidget(self.worklist_empty)
        split.addWidget(mine)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.notices = RowsTableModel(notice_columns(env.today), parent=self)
        self.visits = RowsTableModel(visit_due_columns(env.today), parent=self)
        self.notices_group = QGroupBox(self.tr("Public notices: the ones ending first on top"))
        nl = QVBoxLayout(self.notices_group)
        self.notices_view = make_table_view(self.notices_group, "notices")
        self.notices_view.setModel(self.notices)
        apply_widths(self.notices_view, "today.notices")
        self.notices_view.doubleClicked.connect(lambda idx: self._open(self.notices, idx.row()))
        nl.addWidget(self.notices_view)
        visits_title = (self.tr("County visits to make (relatives of staff)") if env.approver
                        else self.tr("Home visits to make"))
        self.visits_group = QGroupBox(visits_title)
        vl = QVBoxLayout(self.visits_group)
        self.visits_view = make_table_view(self.visits_group, "visitsDue")
        self.visits_view.setModel(self.visits)
        apply_widths(self.visits_view, "today.visits")
        self.visits_view.doubleClicked.connect(lambda idx: self._open(self.visits, idx.row()))
        vl.addWidget(self.visits_view)
        # 先行救助 paid first by the township: the paperwork owed, overdue in red.
        self.completions = RowsTableModel(visit_due_columns(env.today), parent=self)
        self.completions_group = QGroupBox(self.tr("Paid first (urgent aid): paperwork to complete"))
        self.completions_group.setObjectName("completionsGroup")
        cl = QVBoxLayout(self.completions_group)
        self.completions_view = make_table_view(self.completions_group, "completionsDue")
        self.completions_view.setModel(self.completions)
        apply_widths(self.completions_view, "today.completions")
        self.completions_view.doubleClicked.connect(lambda idx: self._open(self.completions, idx.row()))
        cl.addWidget(self.completions_view)
        if not env.approver:
            lower_layout.addWidget(self.notices_group)
        else:
            self.notices_group.hide()
        lower_layout.addWidget(self.visits_group)
        if not env.approver:
            lower_layout.addWidget(self.completions_group)
        else:
            self.completions_group.hide()
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        settings.restore_splitter(split, "today")
        split.splitterMoved.connect(lambda *_: settings.save_splitter(split, "today"))
        outer.addWidget(split, 1)

    def load(self) -> None:
        env = self.env
        today = env.today()
        weekday = self.tr(WEEKDAYS[today.weekday()])
        self.date_label.setText(self.tr("{date}, {weekday}").format(date=today.isoformat(), weekday=weekday))
        self.worklist.reload()          # overdue is counted from today's date
        ctx = env.ctx
        env.runner.submit(lambda: queries.dashboard(ctx), done=self._dashboard)

    def _dashboard(self, dash: queries.Dashboard) -> None:
        for state, button in self.count_buttons.items():
            button.setText(f"{labels.state(state)}\n{dash.counts.get(state, 0)}")
        self.overdue_label.setText(self.tr("Overdue: {n}").format(n=dash.overdue))
        self.overdue_label.setStyleSheet("color: #b03a2e; font-weight: bold;" if dash.overdue else "")
        self.notices.set_rows(dash.notices)
        self.visits.set_rows(dash.visits)
        self.completions.set_rows(dash.completions)
        for group, shown, total in ((self.notices_group, dash.notices, dash.notices_total),
                                    (self.visits_group, dash.visits, dash.visits_total),
                                    (self.completions_group, dash.completions, dash.completions_total)):
            self._count_in_title(group, len(shown), total)
        self.completions_group.setVisible(bool(dash.completions) and not self.env.approver)
        self._dash_loaded = True
        self._maybe_ready()

    def _count_in_title(self, group: QGroupBox, shown: int, total: int) -> None:
        """How many there are, and that the list is only the first of them (the page is a
        summary: 救助申请 lists them all)."""
        base = group.property("baseTitle")
        if base is None:
            base = group.title()
            group.setProperty("baseTitle", base)
        if total > shown:
            title = self.tr("{title} (first {shown} of {total}; all of them under Applications)")
        elif total:
            title = self.tr("{title} ({total})")
        else:
            title = "{title}"
        group.setTitle(title.format(title=base, shown=shown, total=total))

    def _worklist_loaded(self) -> None:
        empty = self.worklist.rowCount() == 0
        self.worklist_view.setVisible(not empty)
        self.worklist_empty.setVisible(empty)
        self._list_loaded = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._dash_loaded and self._list_loaded and not self._ready_sent:
            self._ready_sent = True
            emit(self.ready)

    def _open(self, model, row: int) -> None:
        data = model.row_data(row)
        if data is not None:
            emit(self.env.open_case, data.id)

    def open_selected(self) -> None:
        row = selected_row(self.worklist_view)
        if row >= 0:
            self._open(self.worklist, row)
