"""复核: reviews due and overdue (periodic and opened by a reported change), and the review's
steps: open, home visit, the township's proposal, the competent body's decision."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QVBoxLayout)

from lishui_desktop.domain import review as rv
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.workflow import Role
from lishui_desktop.services import changes, reviews

from .. import i18n, labels
from ..models import OVERDUE, RIGHT, WARNING, Column, RowsTableModel
from ..widgets import apply_widths, make_table_view, selected_row
from .base import Page


def _fill(text: str, *args) -> str:
    """Qt-style %1, %2 placeholders (the translations keep them where the language needs)."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text

_STATUS = {"overdue": QT_TRANSLATE_NOOP("ReviewsPage", "Overdue"),
           "due": QT_TRANSLATE_NOOP("ReviewsPage", "Due"),
           "upcoming": QT_TRANSLATE_NOOP("ReviewsPage", "Upcoming")}
_TRIGGER = {"periodic": QT_TRANSLATE_NOOP("ReviewsPage", "Periodic review"),
            "birth": QT_TRANSLATE_NOOP("ReviewsPage", "Birth"),
            "death": QT_TRANSLATE_NOOP("ReviewsPage", "Death"),
            "move": QT_TRANSLATE_NOOP("ReviewsPage", "Moved in or out"),
            "job": QT_TRANSLATE_NOOP("ReviewsPage", "New job"),
            "income_change": QT_TRANSLATE_NOOP("ReviewsPage", "Income changed"),
            "objection": QT_TRANSLATE_NOOP("ReviewsPage", "Objection to the public notice"),
            "complaint": QT_TRANSLATE_NOOP("ReviewsPage", "Complaint")}
_OUTCOME = {"continue": QT_TRANSLATE_NOOP("ReviewsPage", "Continue unchanged"),
            "raise": QT_TRANSLATE_NOOP("ReviewsPage", "Raise"),
            "reduce": QT_TRANSLATE_NOOP("ReviewsPage", "Reduce"),
            "stop": QT_TRANSLATE_NOOP("ReviewsPage", "Stop")}
_STEP = {None: QT_TRANSLATE_NOOP("ReviewsPage", "Not started"),
         "opened": QT_TRANSLATE_NOOP("ReviewsPage", "Waiting for the visit"),
         "visited": QT_TRANSLATE_NOOP("ReviewsPage", "Waiting for the proposal"),
         "proposed": QT_TRANSLATE_NOOP("ReviewsPage", "Waiting for the decision")}


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewsPage", text)


def review_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: _t(_STATUS[r.status]), None, width=70,
               foreground=lambda r: OVERDUE if r.status == "overdue" else WARNING if r.status == "due" else None),
        Column(QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda r: labels.day(r.deadline), None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Working days left"), lambda r: r.days_left, None, RIGHT,
               width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Household head"), lambda r: r.head_name, None, width=90),
        Column(QT_TRANSLATE_NOOP("Columns", "Village"), lambda r: r.village, None, width=100),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: labels.assistance_type(r.type), None,
               width=120),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: _t(_TRIGGER[r.trigger]), None, width=140),
        Column(QT_TRANSLATE_NOOP("Columns", "Step"), lambda r: _t(_STEP[r.state]), None, width=130),
    ]


class ReviewsPage(Page):
    listens_to = frozenset({changes.APPLICATIONS, changes.HOUSEHOLDS})

    def __init__(self, env, parent=None):
        super().__init__(env, parent)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Active cases are reviewed yearly (stable households, tekun) or every six "
                               "months (able-bodied members of working age, irregular income). A reported "
                               "change opens a review at once; it is due within 15 working days."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        bar = QHBoxLayout()
        role = env.user.role
        staff = role in (Role.CASEWORKER, Role.REVIEWER)
        for text, slot, show in ((self.tr("&Start review"), self.start, staff),
                                 (self.tr("&Report a change…"), self.report_change, staff),
                                 (self.tr("Record &visit…"), self.visit, staff),
                                 (self.tr("&Propose…"), self.propose, role is Role.REVIEWER),
                                 (self.tr("&Decide…"), self.decide, role in (Role.APPROVER, Role.REVIEWER)),
                                 (self.tr("&Open case"), self.open_case, True)):
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            b.setVisible(show)
            bar.addWidget(b)
        bar.addStretch(1)
        self.count = QLabel(self)
        bar.addWidget(self.count)
        outer.addLayout(bar)
        self.model = RowsTableModel(review_columns(), parent=self)
        self.view = make_table_view(self, "reviewsTable")
        self.view.setModel(self.model)
        apply_widths(self.view, "reviews.model")
        outer.addWidget(self.view, 1)

    def load(self) -> None:
        env = self.env

        def show(rows):
            self.model.set_rows(rows)
            self.count.setText(self.tr("%n review(s) due or under way", "", len(rows)))
            self.ready.emit()
        # Three months ahead, so the office can plan its visits; the due ones come first.
        ahead = env.ctx.today() + timedelta(days=92)
        env.runner.submit(lambda: reviews.due_list(env.ctx, ahead), done=show, key="reviews.load")

    def _row(self):
        return self.model.row_data(selected_row(self.view))

    def _run(self, fn) -> None:
        self.env.runner.submit(fn, parent=self, done=lambda _r: self.load())

    def _form(self, title: str, fields: list[tuple[str, object]], collect=None):
        """Ask with a small form; True when accepted, or ``collect()`` read while the form's
        widgets still exist (None when cancelled)."""
        dlg = QDialog(self)
        dlg.setWindowTitle(title)
        form = QFormLayout(dlg)
        for label, widget in fields:
            widget.setParent(dlg)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dlg)
        buttons.accepted.connect(dlg.accept)
        buttons.rejected.connect(dlg.reject)
        form.addRow(buttons)
        self.form_dialog = dlg          # kept while it is open (tests drive it)
        accepted = dlg.exec() == QDialog.Accepted
        if collect is None:
            return accepted
        return collect() if accepted else None

    def start(self) -> None:
        r = self._row()
        if r is not None and r.review_id is None:
            aid = r.application_id
            self._run(lambda: reviews.open_review(self.env.ctx, aid))

    def report_change(self) -> None:
        r = self._row()
        if r is None:
            return
        trigger, note = QComboBox(), QLineEdit()
        for code in rv.REPORTED_TRIGGERS:
            trigger.addItem(_t(_TRIGGER[code]), code)
        got = self._form(self.tr("Report a change"), [(self.tr("What changed"), trigger),
                                                      (self.tr("Reported by, what, when"), note)],
                         lambda: (trigger.currentData(), note.text()))
        if got:
            aid, (code, text) = r.application_id, got
            self._run(lambda: reviews.open_review(self.env.ctx, aid, code, note=text))

    def visit(self) -> None:
        r = self._row()
        if r is None or r.review_id is None:
            return
        first, second, conclusion = QLineEdit(self.env.user.display_name), QLineEdit(), QLineEdit()
        got = self._form(self.tr("The review's home visit"),
                         [(self.tr("Investigator"), first), (self.tr("Second investigator"), second),
                          (self.tr("Conclusion"), conclusion)],
                         lambda: ([first.text(), second.text()], conclusion.text()))
        if got:
            rid, (names, text) = r.review_id, got
            self._run(lambda: reviews.record_visit(self.env.ctx, rid, investigators=names,
                                                   conclusion=text))

    def propose(self) -> None:
        r = self._row()
        if r is None or r.review_id is None:
            return
        rid = r.review_id

        def ask(found):
            (result, suggested), tapered = found
            outcome, reasons = QComboBox(), QLineEdit()
            for code in rv.OUTCOMES:
                outcome.addItem(_t(_OUTCOME[code]), code)
            outcome.setCurrentIndex(list(rv.OUTCOMES).index(suggested))
            info = QLabel(_fill(self.tr("The rules give %1 yuan a month now."), labels.yuan(result.amount_fen)))
            fields = [(self.tr("Recalculation"), info)]
            taper = QCheckBox()
            taper.setObjectName("taperPeriod")
            if tapered is not None:
                # 渐退期: employment lifted the household above the standard; the county's
                # months at the amount paid now (the service checks and words it).
                step = next(st for st in tapered[0].steps if st.code == "dibao.taper")
                taper.setText(self.tr("Taper period (渐退期)"))
                taper.setToolTip(step.text_zh() if i18n.current() == "zh" else step.text_en())
                note = QLabel(step.text_zh() if i18n.current() == "zh" else step.text_en())
                note.setWordWrap(True)
                note.setMinimumWidth(420)
                taper.toggled.connect(lambda on: outcome.setCurrentIndex(
                    list(rv.OUTCOMES).index("continue" if on else suggested)))
                fields += [("", taper), ("", note)]
            fields += [(self.tr("Outcome"), outcome), (self.tr("Reasons"), reasons)]
            got = self._form(self.tr("Proposal"), fields,
                             lambda: (outcome.currentData(), reasons.text(), taper.isChecked()))
            if got:
                code, text, tp = got
                self._run(lambda: reviews.propose(self.env.ctx, rid, outcome=code, reasons=[text], taper=tp))

        def work():
            plain = reviews.recalculate(self.env.ctx, rid)
            try:
                tapered = reviews.recalculate(self.env.ctx, rid, taper=True)
            except DomainError:
                tapered = None          # not a household being paid: no taper to offer
            if tapered is not None and not any(st.code == "dibao.taper" for st in tapered[0].steps):
                tapered = None          # the rules give no taper here (still eligible, or not employment)
            return plain, tapered
        self.env.runner.submit(work, done=ask, parent=self)

    def decide(self) -> None:
        r = self._row()
        if r is None or r.review_id is None:
            return
        outcome, reasons = QComboBox(), QLineEdit()
        for code in rv.OUTCOMES:
            outcome.addItem(_t(_OUTCOME[code]), code)
        got = self._form(self.tr("Decision"), [(self.tr("Outcome"), outcome), (self.tr("Reasons"), reasons)],
                         lambda: (outcome.currentData(), reasons.text()))
        if got:
            rid, (code, text) = r.review_id, got
            self._run(lambda: reviews.decide(self.env.ctx, rid, outcome=code, reasons=[text]))

    def open_case(self) -> None:
        r = self._row()
        if r is not None:
            self.env.open_case.emit(r.application_id)
