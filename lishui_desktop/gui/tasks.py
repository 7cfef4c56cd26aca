"""The one task runner: every database call of the GUI goes through here.

Modelled on Anki's CollectionOp/QueryOp. Tasks run one at a time on a single
worker thread (SQLite has one writer, and one queue keeps reads after the
writes they must see). The GUI thread never waits on the database:

- ``done`` callbacks run on the GUI thread with the task's result;
- errors go to ``failed`` (a form that puts a domain error beside its field
  returns True) or else to the one error dialog (``errors.show_error``);
- a task given a ``label`` shows a progress dialog if it is still running
  after a blink (300 ms), cancellable when the task says it can be;
- what a task's transactions wrote is collected while it runs
  (``services.changes``) and every view is told the kinds of record it changed
  through ``changed``, so lists refresh after each change and no caller declares
  what its action changes;
- a ``key`` makes a task supersede older ones with the same key: search as
  you type queues a query per keystroke, and only the latest is run/answered;
- a ``background`` task (sync, the server check) runs on a second worker of
  its own: it spends minutes waiting on the network, and the caseworker's
  searches and saves must not queue behind it. Such tasks keep their database
  transactions short (WAL lets the other worker read meanwhile, and a writer
  waits at most a moment for the other), report progress to a ``progress``
  callback instead of a modal dialog, and do not light the busy indicator.
"""
from __future__ import annotations

import itertools
import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, QTimer, Signal
if TYPE_CHECKING:     # PySide6 makes a class when it is first imported (widgets.py)
    from PySide6.QtWidgets import QProgressDialog, QWidget
from .qtfix import emit

log = logging.getLogger(__name__)

BLINK_MS = 300

from lishui_desktop.services import changes as _changes
# Kinds of records a change touches; views listen for the kinds they show.
from lishui_desktop.services.changes import (APPLICATIONS, BACKUPS, HOUSEHOLDS, NOTICES, SITE,  # noqa: F401
                                             SYNC, USERS)
from lishui_desktop.domain.errors import Cancelled  # noqa: F401  (re-exported: the one cancel signal)




@dataclass(eq=False)
class Task:
    fn: Callable
    id: int
    key: str | None = None
    label: str | None = None
    cancellable: bool = False
    done: Callable[[Any], None] | None = None
    failed: Callable[[BaseException], bool] | None = None
    parent: QWidget | None = None
    cancelled: bool = False
    with_task: bool = False
    background: bool = False
    progress: Callable[[int, int, str], None] | None = None
    changed: frozenset = frozenset()      # kinds of record its transactions wrote
    _runner: "TaskRunner | None" = field(default=None, repr=False)

    def report(self, done: int, total: int, text: str | None = None) -> None:
        """Progress from the worker thread (thread-safe: goes through a queued signal)."""
        if self._runner is not None:
            emit(self._runner._progress, self, int(done), int(total), text or "")

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class TaskRunner(QObject):
    changed = Signal(frozenset)       # kinds of records a finished task changed
    busy_changed = Signal(bool)
    _finished = Signal(object, object, object)   # task, result, exception (worker -> GUI)
    _started = Signal(object)
    _progress = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None, *, blink_ms: int = BLINK_MS,
                 error_parent: Callable[[], QWidget | None] | None = None):
        super().__init__(parent)
        self._blink_ms = blink_ms
        self._queue: queue.Queue = queue.Queue()
        self._bg_queue: queue.Queue = queue.Queue()
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending = 0           # foreground tasks not yet delivered
        self._bg_pending: list[Task] = []
        self._dialogs: dict[int, QProgressDialog] = {}
        self._running: set[int] = set()
        self._error_parent = error_parent
        # Queued, as these three are only ever emitted on the workers (an automatic
        # connection from another thread queues). Not spelled Qt.QueuedConnection: the
        # runner is made before the sign-in dialog shows, and the first use of PySide6's
        # Qt namespace makes its hundred enums, tens of milliseconds.
        self._finished.connect(self._deliver)
        self._started.connect(self._on_started)
        self._progress.connect(self._on_progress)
        self._thread = threading.Thread(target=self._loop, args=(self._queue,), name="lishui-db-tasks",
                                        daemon=True)
        self._thread.start()
        self._bg_thread: threading.Thread | None = None
        self._closed = False

    # -- API -------------------------------------------------------------------------

    def submit(self, fn: Callable, *, done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], bool] | None = None, key: str | None = None,
               label: str | None = None, cancellable: bool = False,
               parent: QWidget | None = None, with_task: bool = False, background: bool = False,
               progress: Callable[[int, int, str], None] | None = None) -> Task:
        """Queue ``fn``; with ``with_task`` it is called with the Task (progress, cancel)."""
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        task = Task(fn, next(self._ids), key, label, cancellable, done, failed,
                    parent, with_task=with_task, background=background, progress=progress, _runner=self)
        if key is not None:
            self._latest[key] = task.id
        if background:
            if self._bg_thread is None:
                self._bg_thread = threading.Thread(target=self._loop, args=(self._bg_queue,),
                                                   name="lishui-background-tasks", daemon=True)
                self._bg_thread.start()
            self._bg_pending.append(task)
            self._bg_queue.put(task)
            return task
        self._pending += 1
        if self._pending == 1:
            emit(self.busy_changed, True)
        self._queue.put(task)
        return task

    def drop(self, key: str) -> None:
        """Forget the task of ``key`` still queued or running: it is not run, or not answered
        (its ``done`` is not called), as if a newer one had superseded it."""
        if key in self._latest:
            self._latest[key] = 0       # no task has id 0 (ids count from 1)

    @property
    def accepting(self) -> bool:
        """False once shut down: ``submit`` would refuse."""
        return not self._closed

    @property
    def idle(self) -> bool:
        return self._pending == 0 and not self._bg_pending

    @property
    def foreground_idle(self) -> bool:
        return self._pending == 0

    def after_background(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` on the GUI thread once no background task is left (they were
        asked to stop): replacing the database must not race a sync still writing to it."""
        if not self._bg_pending or self._closed:
            QTimer.singleShot(0, callback)
        else:
            QTimer.singleShot(50, lambda: self.after_background(callback))

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self, timeout: float = 30.0) -> None:
        if self._closed:
            return
        self._closed = True
        for task in self._bg_pending:
            task.cancelled = True
        self._queue.put(None)
        self._thread.join(timeout)
        if self._bg_thread is not None:
            self._bg_queue.put(None)
            # A request in flight ends at its own time-out; the thread is a daemon and
            # writes nothing after its transaction, so quitting need not wait for it.
            self._bg_thread.join(min(timeout, 5.0))
        for dlg in self._dialogs.values():
            dlg.close()
        self._dialogs.clear()

    # -- worker thread -----------------------------------------------------------------

    def _superseded(self, task: Task) -> bool:
        return task.key is not None and self._latest.get(task.key) != task.id

    def _loop(self, tasks: queue.Queue) -> None:
        while True:
            task = tasks.get()
            if task is None:
                return
            if self._superseded(task):
                emit(self._finished, task, None, None)
                continue
            if task.label:
                # Only a labelled task's progress dialog needs to hear it has started: waking
                # the GUI thread for every task took the GIL from the query just started.
                emit(self._started, task)
            try:
                result = self._call(task)
                exc = None
            except BaseException as e:      # delivered to the GUI thread, never lost
                result, exc = None, e
            emit(self._finished, task, result, exc)

    @staticmethod
    def _call(task: Task):
        with _changes.collect() as changed:
            try:
                return task.fn(task) if task.with_task else task.fn()
            finally:
                # Also when it failed half-way (a sync that pushed a batch, then lost the line).
                task.changed = changed.kinds

    # -- GUI thread ----------------------------------------------------------------------

    def _on_started(self, task: Task) -> None:
        self._running.add(task.id)
        if task.label:
            QTimer.singleShot(self._blink_ms, lambda t=task: self._maybe_show_progress(t))

    def _maybe_show_progress(self, task: Task) -> None:
        if task.id not in self._running or task.id in self._dialogs or self._closed:
            return
        dlg = QtWidgets.QProgressDialog(task.label, self.tr("Cancel") if task.cancellable else "", 0, 0,
                              task.parent or (self._error_parent() if self._error_parent else None))
        dlg.setWindowTitle(self.tr("Please wait"))
        dlg.setWindowModality(QtCore.Qt.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if not task.cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(lambda t=task: setattr(t, "cancelled", True))
        dlg.setMinimumWidth(360)
        dlg.show()
        self._dialogs[task.id] = dlg

    def _on_progress(self, task: Task, done: int, total: int, text: str) -> None:
        if task.progress is not None and not self._superseded(task):
            try:
                task.progress(done, total, text)
            except Exception:       # a view gone meanwhile must not stop the task's delivery
                log.exception("progress callback of task %s failed", task.id)
        dlg = self._dialogs.get(task.id)
        if dlg is None:
            return
        dlg.setMaximum(max(total, 0))
        dlg.setValue(min(done, total) if total else 0)
        if text:
            dlg.setLabelText(text)

    def _deliver(self, task: Task, result, exc) -> None:
        self._running.discard(task.id)
        dlg = self._dialogs.pop(task.id, None)
        if dlg is not None:
            dlg.close()
            dlg.deleteLater()
        try:
            if self._superseded(task):
                return
            if task.cancelled and isinstance(exc, Cancelled):
                # Cancelled as asked: no error. The caller's failure callback still hears of
                # it, to say what was kept (a batch) or that nothing was written (an import).
                if task.failed is not None:
                    task.failed(exc)
                return
            if exc is not None:
                handled = False
                if task.failed is not None:
                    handled = bool(task.failed(exc))
                if not handled:
                    from .errors import show_error
                    if not isinstance(exc, Exception):
                        log.error("task %s ended by %r", task.id, exc)
                    show_error(task.parent or (self._error_parent() if self._error_parent else None), exc)
                return
            if task.done is not None:
                task.done(result)
        except Exception as e:       # a bug in a callback: shown, not swallowed
            log.exception("callback of task %s failed", task.id)
            from .errors import show_error
            show_error(task.parent, e)
        finally:
            # After ``done`` (a form closes first), and also when the task failed or was
            # cancelled after some of its transactions had committed.
            if task.changed:
                emit(self.changed, task.changed)
            if task.key is not None and self._latest.get(task.key) == task.id:
                del self._latest[task.key]
            if task.background:
                self._bg_pending.remove(task)
            else:
                self._pending -= 1
                if self._pending == 0:
                    emit(self.busy_changed, False)
