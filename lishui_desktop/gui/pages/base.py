"""What every page has: a ready signal, loading on first view, refreshing after changes."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..env import Env


class Page(QWidget):
    ready = Signal()                  # first data on screen
    # Kinds of change (tasks.HOUSEHOLDS, ...) after which this page reloads.
    listens_to: frozenset = frozenset()

    def __init__(self, env: Env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self._activated = False
        self._stale = False
        env.runner.changed.connect(self._changed)

    def activate(self) -> None:
        """Called each time the page is shown; the first time it loads its data."""
        if not self._activated:
            self._activated = True
            self.load()
        elif self._stale:
            self._stale = False
            self.load()

    def _changed(self, kinds: frozenset) -> None:
        if not (kinds & self.listens_to) or not self._activated:
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        self.load()
