"""Sync in the background: the timer, the one sync that may run, and what the last one said.

One per signed-in session (``Env.sync``), so the timer runs whichever page is
shown and the sync page, the status bar and the timer all see the same sync.
Every exchange with the city server is a background task of the one task
runner (its network lane): the window never waits on the network, and the
caseworker's own database work does not queue behind a slow connection.

The timer asks the server's /health first and syncs only when it answers: an
office that is offline for days just notes "not reachable" every ten minutes.
A sync already running is never started a second time.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from . import tasks
from .qtfix import emit

log = logging.getLogger(__name__)

INTERVAL_MS = 10 * 60_000
FIRST_MS = 30_000               # after sign-in: the first page has its data by then

DONE, UNREACHABLE, NOT_CONFIGURED, CANCELLED, FAILED = "done", "unreachable", "not_configured", "cancelled", "failed"


@dataclass
class Outcome:
    """How one sync attempt ended."""
    kind: str
    at: datetime = field(default_factory=datetime.now)
    automatic: bool = False
    report: object | None = None           # services.sync.SyncReport
    error: BaseException | None = None


class SyncScheduler(QObject):
    started = Signal(bool)                  # automatic?
    progress = Signal(str, int, int)        # step ("push"/"pull"/"check"), done, total
    finished = Signal(object)               # Outcome

    def __init__(self, env, parent: QObject | None = None):
        super().__init__(parent)
        self.env = env
        self.task: tasks.Task | None = None
        self._automatic = False
        self.outcome: Outcome | None = None
        self._closed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_and_sync)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check_and_sync)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start_timer(self, interval_ms: int = INTERVAL_MS, first_ms: int = FIRST_MS) -> None:
        self.timer.start(interval_ms)
        if first_ms is not None:
            self._first.start(first_ms)

    def close(self) -> None:
        """The session ends: no more timer, and a sync in flight stops at its next step."""
        self._closed = True
        self.timer.stop()
        self._first.stop()
        self.cancel()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled = True

    # -- starting --------------------------------------------------------------------------

    def sync_now(self) -> tasks.Task | None:
        """A person asked for a sync. None when one is already running (it is not doubled)."""
        return self._start(automatic=False)

    def check_and_sync(self) -> tasks.Task | None:
        """The timer: sync if this site is set up and the server answers."""
        return self._start(automatic=True)

    def _start(self, automatic: bool) -> tasks.Task | None:
        if self._closed or self.task is not None:
            return None
        ctx = self.env.ctx

        def work(task: tasks.Task) -> Outcome:
            from lishui_desktop.domain.errors import DomainError
            from lishui_desktop.services import sync
            from lishui_desktop.sync.client import HqClient
            if automatic:
                try:
                    url, token = sync.site_connection(ctx)
                except DomainError:
                    return Outcome(NOT_CONFIGURED, automatic=True)
                task.report(0, 0, "check")
                with HqClient(url, token, cancelled=lambda: task.cancelled,
                              **sync.transport(ctx)) as client:
                    if not client.health():
                        return Outcome(UNREACHABLE, automatic=True)
            pending = sync.overview(ctx).pending["changes"]
            report = sync.sync_once(ctx, progress=lambda step, n: task.report(n, pending if step == "push" else 0,
                                                                              step),
                                    cancelled=lambda: task.cancelled)
            return Outcome(DONE, automatic=automatic, report=report)

        self._automatic = automatic
        self.task = self.env.runner.submit(work, with_task=True, background=True, done=self._done,
                                           failed=self._failed, progress=self._progress)
        emit(self.started, automatic)
        return self.task

    # -- answers (GUI thread) ----------------------------------------------------------------

    def _progress(self, done: int, total: int, step: str) -> None:
        if not self._closed:
            emit(self.progress, step, done, total)

    def _done(self, outcome: Outcome) -> None:
        self.task = None
        if self._closed:
            return
        self._finish(outcome)

    def _failed(self, exc: BaseException) -> bool:
        from lishui_desktop.domain.errors import DomainError
        from lishui_desktop.sync.client import Cancelled, SyncError
        automatic = self._automatic
        self.task = None
        if self._closed:
            return True
        if isinstance(exc, Cancelled):
            self._finish(Outcome(CANCELLED, automatic=automatic))
            return True
        if isinstance(exc, DomainError) and exc.code == "sync.not_configured":
            self._finish(Outcome(NOT_CONFIGURED, automatic=automatic, error=exc))
            return True
        if isinstance(exc, (SyncError, DomainError)):
            self._finish(Outcome(FAILED, automatic=automatic, error=exc))
            return True
        # A bug, not a bad connection: logged, and when a person pressed the button, also the
        # one error dialog with the details; the timer's attempts never pop up a dialog.
        log.error("sync failed", exc_info=exc)
        self._finish(Outcome(FAILED, automatic=automatic, error=exc))
        return automatic

    def _finish(self, outcome: Outcome) -> None:
        # The views the sync changed are told by the task runner, from what it wrote.
        self.outcome = outcome
        emit(self.finished, outcome)
