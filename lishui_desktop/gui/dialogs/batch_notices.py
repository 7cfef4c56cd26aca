"""批量打印: a village's notices at once, e.g. the 审核确认通知书 of every newly approved
case, or the village's 公示名单.

The person picks the village and the notice; the dialog lists the households it
is for (all ticked; untick to leave one out) and issues them in the task runner
with a progress bar and Cancel. Each notice is issued and recorded on its own,
so a cancelled batch keeps the ones already issued, and those come out in the
one PDF that opens for printing.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QTableWidget, QVBoxLayout)

from lishui_desktop.domain import workflow

from .. import labels, tasks
from ..widgets import FieldErrors, combo_code, fill_combo, set_table_rows, setup_table_widget

# What a village is printed for, in the order a township office meets them.
KINDS = (("approval", QT_TRANSLATE_NOOP("BatchNotices", "newly approved cases")),
         ("public_notice", QT_TRANSLATE_NOOP("BatchNotices", "cases now in their public notice")),
         ("acceptance", QT_TRANSLATE_NOOP("BatchNotices", "newly accepted cases")),
         ("refusal", QT_TRANSLATE_NOOP("BatchNotices", "newly refused cases")),
         ("stop", QT_TRANSLATE_NOOP("BatchNotices", "cases whose payment stopped")))


def _t(text: str) -> str:
    return QCoreApplication.translate("BatchNotices", text)


class BatchNoticesDialog(QDialog):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.candidates: list = []
        self.task: tasks.Task | None = None
        self.outcome = None
        self.preview = None
        self.setObjectName("batchNotices")
        self.setWindowTitle(self.tr("Print a village's notices"))
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the village and the notice. Every household listed and ticked gets its own "
                               "notice with its own number, recorded like one issued from the case; all of them "
                               "open together for printing."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.village = QComboBox(self)
        self.village.setObjectName("batchVillage")
        self.kind = QComboBox(self)
        self.kind.setObjectName("batchKind")
        fill_combo(self.kind, [(k, QCoreApplication.translate("BatchNotices", "{notice} — {what}").format(notice=labels.notice_kind(k), what=_t(what)))
                               for k, what in KINDS])
        self.type = QComboBox(self)
        self.type.setObjectName("batchType")
        form.addRow(self.tr("&Village"), self.village)
        form.addRow(self.tr("&Notice"), self.kind)
        form.addRow(self.tr("&Type of assistance"), self.type)
        outer.addLayout(form)
        self.errors = FieldErrors(self)
        self.errors.add("village_code", self.village)
        self.errors.add("kind", self.kind)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("batchCount")
        outer.addWidget(self.count_label)
        self.table = QTableWidget(self)
        self.table.setObjectName("batchCases")
        setup_table_widget(self.table, [self.tr("Household head"), self.tr("Address"), self.tr("Type"),
                                        self.tr("State"), self.tr("Amount (yuan)")], [120, 200, 170, 140, 100])
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.itemChanged.connect(lambda _i: self._count())
        outer.addWidget(self.table, 1)
        ticks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        outer.addLayout(ticks)

        run = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("batchProgressText")
        self.progress_label.setWordWrap(True)
        run.addWidget(self.progress, 1)
        run.addWidget(self.progress_label, 2)
        outer.addLayout(run)

        self.buttonBox = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = self.buttonBox.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("&Issue and preview"))
        self.cancel_button = self.buttonBox.button(QDialogButtonBox.Cancel)
        self.buttonBox.accepted.connect(self.start)
        self.buttonBox.rejected.connect(self.cancel_or_close)
        outer.addWidget(self.buttonBox)
        self.resize(820, 620)

        self.village.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.type.currentIndexChanged.connect(self.refresh)
        self._kind_changed()
        self._load_villages()

    # -- choosing ------------------------------------------------------------------------------

    def _load_villages(self) -> None:
        env = self.env

        def work():
            from lishui_desktop.services import households
            return households.villages(env.ctx)

        env.runner.submit(work, done=self._villages_loaded, parent=self)

    def _villages_loaded(self, villages) -> None:
        fill_combo(self.village, villages)
        self.refresh()

    def _kind_changed(self) -> None:
        public = combo_code(self.kind) == "public_notice"
        current = combo_code(self.type)
        # A 公示名单 lists one type of assistance; the other notices can take every type at once.
        items = [(c, labels.assistance_type(c)) for c in workflow.ASSISTANCE_TYPES]
        fill_combo(self.type, items if public else [(None, self.tr("All types"))] + items,
                   current or ("dibao" if public else None))
        self.refresh()

    def refresh(self, *_args) -> None:
        village, kind, type_ = combo_code(self.village), combo_code(self.kind), combo_code(self.type)
        if not village or not kind or self.task is not None:
            return
        env = self.env

        def work():
            from lishui_desktop.services import notices
            return notices.batch_candidates(env.ctx, village, kind, type_)

        env.runner.submit(work, key=f"batch-{id(self)}", done=self._candidates, parent=self)

    def _candidates(self, rows) -> None:
        self.candidates = rows
        self.table.blockSignals(True)
        public = combo_code(self.kind) == "public_notice"

        def state(c) -> str:
            if public and c.notice_start:
                last = workflow.notice_period(c.notice_start)[1]
                return self.tr("{state} {first} – {last}").format(state=labels.state(c.state),
                                                                   first=c.notice_start.isoformat(),
                                                                   last=last.isoformat())
            return labels.state(c.state)
        set_table_rows(self.table, [(c.head_name, c.address, labels.assistance_type(c.assistance_type),
                                     state(c), labels.amount(c.amount_fen, c.assistance_type)) for c in rows])
        for r in range(len(rows)):
            item = self.table.item(r, 0)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.table.item(r, 4).setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.table.blockSignals(False)
        self._count()

    def _tick_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def ticked(self) -> list[str]:
        return [c.application_id for r, c in enumerate(self.candidates)
                if self.table.item(r, 0) is not None and self.table.item(r, 0).checkState() == Qt.Checked]

    def _count(self) -> None:
        n, total = len(self.ticked()), len(self.candidates)
        if combo_code(self.kind) == "public_notice":
            periods = len({c.notice_start for c in self.candidates})
            self.count_label.setText(self.tr("%n household(s) in the public notice", "", total) +
                                     (self.tr("; one list is printed for the village.") if periods <= 1 else
                                      self.tr("; they are in %n different notice periods: one list is printed "
                                              "for each.", "", periods)))
        elif total:
            self.count_label.setText(self.tr("{n} of {total} household(s) ticked.").format(n=n, total=total))
        else:
            self.count_label.setText(self.tr("No household of this village is waiting for this notice."))
        self.ok_button.setEnabled(self.task is None and (n > 0 if combo_code(self.kind) != "public_notice"
                                                         else total > 0))

    # -- issuing ----------------------------------------------------------------------------------

    def start(self) -> tasks.Task | None:
        """Issue the notices (the button); returns the task (tests cancel it)."""
        if self.task is not None:
            return None
        self.errors.clear()
        env, kind = self.env, combo_code(self.kind)
        village, type_ = combo_code(self.village), combo_code(self.type)
        ids = self.ticked()
        if kind != "public_notice" and not ids:
            return None

        def work(task: tasks.Task):
            from lishui_desktop.services import notices
            if kind == "public_notice":
                # One list per notice period: cases published on different days never share one.
                return notices.issue_public_notice_lists(env.ctx, village, type_,
                                                         progress=lambda done, total: task.report(done, total))
            return notices.issue_batch(env.ctx, ids, kind, progress=lambda done, total: task.report(done, total),
                                       cancelled=lambda: task.cancelled)

        for w in (self.village, self.kind, self.type, self.table, self.all_button, self.none_button, self.ok_button):
            w.setEnabled(False)
        self.cancel_button.setText(self.tr("&Stop after this notice"))
        total = 1 if kind == "public_notice" else len(ids)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("Issuing {n} notice(s)…").format(n=total))
        self.task = env.runner.submit(work, with_task=True, done=self._done, failed=self._failed, parent=self,
                                      progress=self._progress)
        return self.task

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("{done} of {total} done…").format(done=done, total=total))

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancelled = True
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the notice being issued…"))
        else:
            super().reject()

    def reject(self) -> None:
        # Esc or the window's close button while notices are being issued: stop the batch
        # (the notices already issued still open for printing) rather than hide it.
        self.cancel_or_close()

    def _finish_run(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        for w in (self.village, self.kind, self.type, self.table, self.all_button, self.none_button):
            w.setEnabled(True)

    def _done(self, result) -> None:
        from lishui_desktop.services.notices import Issued
        self._finish_run()
        self.outcome = result
        if isinstance(result, Issued):
            self._preview(result.pdf, [result.number], note=self.tr("Issued and recorded with document number "
                                                                    "{number}.").format(number=result.number))
            self.refresh()
            return
        numbers = [e.number for e in result.entries]
        lines = []
        if numbers:
            lines.append(self.tr("%n notice(s) issued and recorded", "", len(numbers)) +
                         (self.tr(" (numbers {first} to {last}).").format(first=numbers[0], last=numbers[-1])
                          if len(numbers) > 1 else self.tr(" (number {first}).").format(first=numbers[0])))
        if result.cancelled:
            lines.append(self.tr("Stopped: %n household(s) did not get their notice yet; they stay in the list for "
                                 "later.", "", result.requested - len(numbers) - len(result.skipped)))
        if result.skipped:
            from .. import errors
            heads = {c.application_id: c.head_name for c in self.candidates}
            lines.append(self.tr("Left out: {items}").format(items=QCoreApplication.translate("CaseView", "; ").join(
                f"{heads.get(aid, aid[:8])}: {errors.message(exc)}" for aid, exc in result.skipped)))
        summary = "\n".join(lines) or self.tr("No notice was issued.")
        self.progress_label.setText(summary)
        if numbers:
            self._preview(result.pdf, numbers, note=summary)
        self.refresh()

    def _preview(self, pdf: bytes, numbers: list[str], note: str) -> None:
        from .notice_preview import NoticePreviewDialog
        kind = combo_code(self.kind)
        label = labels.notice_kind(kind)
        village = self.village.currentText()
        title = self.tr("{village}: {notice} ({n})").format(village=village, notice=label, n=len(numbers))
        dlg = NoticePreviewDialog(self.env, pdf, title, f"{village}-{label}-{numbers[0]}", note, self)
        self.preview = dlg
        dlg.open()

    def _failed(self, exc) -> bool:
        self._finish_run()
        self.refresh()
        return self.errors.show(exc)
