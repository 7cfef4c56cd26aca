"""Table models: lists of 100,000 rows that hold row ids and fetch rows a page at a time.

Anki's browser model is the pattern. ``LazyTableModel`` asks the task runner
for the ordered row ids of a query (sorted and filtered in SQL, services.
queries) together with the first page of rows, then fetches further pages as
the view asks for them. Until a page arrives its cells show a placeholder, so
the GUI thread never waits on the database. Rows are kept in a bounded cache.

``RowsTableModel`` is for the short lists of one record (members, history).
"""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from dataclasses import dataclass
from typing import Iterable, Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from .tasks import TaskRunner
from .qtfix import emit

PAGE = 100
# Rows read with a list's keys at most: a tall screen's worth (all of it while the list is
# not shown yet; once shown, the rows its view shows, LazyTableModel._rows_in_sight). The
# rest of the first page comes when it is painted, so a search answers with what can be seen.
SCREEN = 40
MAX_CACHED_ROWS = 5000
PLACEHOLDER = "…"

OVERDUE = QColor("#b03a2e")
WARNING = QColor("#9a6700")
MUTED = QColor("#6b6b6b")


@dataclass(frozen=True)
class Column:
    title: str                                   # English source, translated in context "Columns"
    value: Callable[[Any], Any]
    sort: str | None = None                      # sort key understood by the query, None: not sortable
    align: Qt.AlignmentFlag = Qt.AlignLeft | Qt.AlignVCenter
    width: int = 110
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    # The texts a column can hold when they are few and known (the names of the types or
    # states), in the interface language: the column opens wide enough for the longest.
    samples: Callable[[], Iterable[str]] | None = None

    def header(self) -> str:
        return QCoreApplication.translate("Columns", self.title)


RIGHT = Qt.AlignRight | Qt.AlignVCenter
CENTER = Qt.AlignCenter


def _cell(column: Column, row, role: int):
    if role == Qt.DisplayRole:
        v = column.value(row)
        return "" if v is None else str(v)
    if role == Qt.TextAlignmentRole:
        return int(column.align)
    if role == Qt.ForegroundRole and column.foreground is not None:
        c = column.foreground(row)
        return QBrush(c) if c is not None else None
    if role == Qt.ToolTipRole and column.tooltip is not None:
        return column.tooltip(row) or None
    return None


class _Base(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        # The headers, translated once: the view asks for every header in every role at each
        # reset (a keystroke's search), and a language switch builds the window and its
        # models anew.
        self._header_cache: dict = {}

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        # Asked some forty times a keystroke (every section in every role when the search's
        # first row is selected): answered from what was worked out the first time.
        key = (section, orientation, role)
        try:
            return self._header_cache[key]
        except KeyError:
            value = self._header_cache[key] = self._header_data(section, orientation, role)
            return value

    def _header_data(self, section: int, orientation, role):
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.DisplayRole:
                return self.columns[section].header()
            if role == Qt.TextAlignmentRole:
                return int(self.columns[section].align)
        if orientation == Qt.Vertical and role == Qt.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


class LazyTableModel(_Base):
    """Rows of a query; ``fetch_keys(query) -> [rowid]``, ``fetch_rows([rowid]) -> {rowid: row}``,
    both run on the task runner's thread.

    ``fetch_first(query, page) -> ([rowid], count) | None``, if given, answers the first
    screen sooner than the whole ordered list (a search of a village's name matches 7,000
    households): the list shows that screen with the full count, and the rest of the keys
    follow in a second task (until then rows past the first screen show the placeholder).
    None from it: the whole list at once, as without it.

    ``snapshot()``, if given, is a context manager the keys and the first screen's rows are
    read inside (the database's read transaction): one snapshot, so the count and the rows
    agree even while a sync writes, and one transaction instead of two per keystroke."""

    keys_loaded = Signal()
    rows_loaded = Signal()

    def __init__(self, runner: TaskRunner, columns: Sequence[Column],
                 fetch_keys: Callable[[Any], list[int]], fetch_rows: Callable[[list[int]], dict],
                 query, *, parent=None, page: int = PAGE, screen: int = SCREEN,
                 fetch_first: Callable[[Any, int], tuple[list[int], int] | None] | None = None,
                 snapshot: Callable[[], Any] | None = None):
        super().__init__(columns, parent)
        self.snapshot = snapshot
        self.runner = runner
        self.fetch_keys = fetch_keys
        self.fetch_first = fetch_first
        self.fetch_rows = fetch_rows
        self.query = query
        self.page = page
        self.screen = min(screen, page)
        self._keys: list[int] = []
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._loaded_once = False
        self._complete = False
        self._task_key = f"keys-{id(self)}"
        self._view = None

    def attach(self, view) -> None:
        """Show the rows in ``view``: the rows read with the keys are then the ones it shows."""
        view.setModel(self)
        self._view = view

    def _rows_in_sight(self) -> int:
        """How many rows to read with the keys: as many as the view shows at the top of the
        list (a search answers with what can be seen; explaining each row's match costs),
        a tall screen's worth before it is shown."""
        view = self._view
        if view is None or not view.isVisible():
            return self.screen
        row = max(1, view.verticalHeader().defaultSectionSize())
        return max(1, min(self.screen, view.viewport().height() // row + 1))

    # -- loading ----------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded_once

    def set_query(self, query) -> None:
        self.query = query
        self.reload()

    def update_query(self, **changes) -> None:
        self.set_query(dataclasses.replace(self.query, **changes))

    @property
    def complete(self) -> bool:
        """Every key is known (not only the first screen's)."""
        return self._complete

    def reload(self) -> None:
        query, page, first, snapshot = self.query, self.page, self.fetch_first, self.snapshot
        screen = self._rows_in_sight()

        def load():
            if snapshot is None:
                return read()
            with snapshot():
                return read()

        def read():
            if first is not None:
                got = first(query, page)
                if got is not None:
                    keys, count = got
                    rows = self.fetch_rows(keys[:screen]) if keys else {}
                    if count > len(keys):
                        # Stand-ins for the keys still to come, so the list has its length now.
                        return keys + [None] * (count - len(keys)), rows, query
                    # The first page is all there is (a search for a person): no second query.
                    return keys, rows, None
            keys = self.fetch_keys(query)
            return keys, self.fetch_rows(keys[:screen]) if keys else {}, None

        self.runner.submit(load, key=self._task_key, done=self._keys_arrived)

    refresh = reload

    def _keys_arrived(self, result) -> None:
        keys, rows, rest_of = result
        self.beginResetModel()
        self._generation += 1
        self._keys = keys
        self._complete = rest_of is None
        self._cache = OrderedDict(rows)
        self._pending.clear()
        self.endResetModel()
        self._loaded_once = True
        emit(self.keys_loaded)
        if rest_of is not None:
            generation = self._generation
            self.runner.submit(lambda: self.fetch_keys(rest_of), key=self._task_key,
                               done=lambda keys: self._rest_arrived(generation, keys))

    def _rest_arrived(self, generation: int, keys: list[int]) -> None:
        if generation != self._generation:
            return
        known = [k for k in self._keys if k is not None]
        if len(keys) != len(self._keys) or keys[:len(known)] != known:
            # The records changed in between: the list as it is now, from the start.
            self._keys_arrived((keys, {k: self._cache[k] for k in keys[:self.page] if k in self._cache}, None))
            return
        self._keys = keys
        self._complete = True
        if len(keys) > len(known):
            emit(self.dataChanged, self.index(len(known), 0), self.index(len(keys) - 1, len(self.columns) - 1))
        emit(self.rows_loaded)

    def _request(self, row: int) -> None:
        first = (row // self.page) * self.page
        if first in self._pending:
            return
        self._pending.add(first)
        generation = self._generation
        # A key still to come (None) is fetched once the rest of the keys are there.
        wanted = [k for k in self._keys[first:first + self.page] if k is not None and k not in self._cache]
        if not wanted:
            self._pending.discard(first)
            return

        def arrived(rows, generation=generation, first=first):
            if generation != self._generation:
                return
            self._pending.discard(first)
            self._cache.update(rows)
            while len(self._cache) > MAX_CACHED_ROWS:
                self._cache.popitem(last=False)
            last = min(first + self.page, len(self._keys)) - 1
            if last >= first:
                emit(self.dataChanged, self.index(first, 0), self.index(last, len(self.columns) - 1))
            emit(self.rows_loaded)

        self.runner.submit(lambda: self.fetch_rows(wanted), done=arrived)

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._keys)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        key = self._keys[index.row()]
        row = self._cache.get(key)
        if row is None:
            if key is not None:
                self._request(index.row())
            if role == Qt.DisplayRole:
                return PLACEHOLDER if index.column() == 0 else ""
            if role == Qt.ForegroundRole:
                return QBrush(MUTED)
            return None
        self._cache.move_to_end(key)
        return _cell(self.columns[index.column()], row, role)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            return
        desc = order == Qt.DescendingOrder
        if getattr(self.query, "sort", None) == key and getattr(self.query, "descending", None) == desc \
                and self._loaded_once:
            return
        self.update_query(sort=key, descending=desc)

    # -- access by the pages ---------------------------------------------------------------

    def key(self, row: int) -> int | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_data(self, row: int):
        key = self.key(row)
        return None if key is None else self._cache.get(key)

    def row_of_key(self, key: int) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def sort_column(self) -> tuple[int, Qt.SortOrder] | None:
        for i, c in enumerate(self.columns):
            if c.sort is not None and c.sort == getattr(self.query, "sort", None):
                return i, Qt.DescendingOrder if getattr(self.query, "descending", False) else Qt.AscendingOrder
        return None


class RowsTableModel(_Base):
    """A short list held whole (members of a household, history of a case)."""

    def __init__(self, columns: Sequence[Column], rows: Sequence = (), parent=None):
        super().__init__(columns, parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_data(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        return _cell(self.columns[index.column()], self._rows[index.row()], role)
