"""导出到 Excel: one action for every list of the GUI.

``make_table_view`` installs it on each table (its context menu and its
header's); the main window's Ctrl+E exports the list in focus, else the
largest list of the page. What is exported is read from the view: its visible
columns in the order the user arranged them, with the headers as shown, and
every row of the model in its current filter and sort (a lazy list is read
whole, a page at a time, on the task runner). The cells are the column's own
values, so amounts and days keep their types (labels.yuan, labels.day) and ID
numbers their masks (idnumber.MaskedId); services.exports decides what leaves
the office, refuses a reveal the role may not make and audits the export.
"""
from __future__ import annotations

import dataclasses
import re
from functools import partial
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from lishui_desktop.domain.idnumber import MaskedId
from lishui_desktop.services import exports

from . import settings
from .models import LazyTableModel, RowsTableModel
from .tasks import Cancelled

FOLDER = settings.Option("export/folder", str, "")
CHUNK = 500


translate = QCoreApplication.translate


@dataclass
class ListSnapshot:
    """What the view shows now, taken on the GUI thread; ``rows()`` runs on the runner."""
    list_name: str
    title: str
    headers: list[str]
    widths: list[int]
    total: int
    filter: dict
    filter_text: str
    has_ids: bool
    rows: Callable[[Callable[[], None]], Iterator[list]] = field(repr=False)


# -- reading the view ------------------------------------------------------------------------

def visible_columns(view: QTableView) -> list[int]:
    """Logical column indexes in the order the user sees them (moved sections, hidden ones out)."""
    header = view.horizontalHeader()
    model = view.model()
    count = model.columnCount() if model is not None else 0
    return [header.logicalIndex(v) for v in range(count)
            if not header.isSectionHidden(header.logicalIndex(v))]


def _env_of(widget: QWidget):
    w = widget
    while w is not None:
        env = getattr(w, "env", None)
        if env is not None and hasattr(env, "runner"):
            return env
        w = w.parentWidget()
    return None


def _page_of(widget: QWidget) -> QWidget | None:
    from .pages.base import Page
    w = widget.parentWidget()
    while w is not None and not isinstance(w, Page):
        w = w.parentWidget()
    return w


def list_title(view: QTableView) -> str:
    """The page's name in the navigation, then the box or tab that holds the list."""
    parts: list[str] = []
    child, w = view, view.parentWidget()
    while w is not None:
        if isinstance(w, QGroupBox) and w.title():
            parts.append(w.title().replace("&", ""))
        if isinstance(w, QTabWidget):
            i = w.indexOf(child)
            if i >= 0:
                parts.append(w.tabText(i).replace("&", ""))
        nav = getattr(getattr(w, "ui", None), "nav", None)
        if nav is not None and nav.currentItem() is not None:
            parts.append(nav.currentItem().text())
            break
        if isinstance(w, QDialog):
            parts.append(w.windowTitle())
            break
        child, w = w, w.parentWidget()
    parts.reverse()
    return " · ".join(dict.fromkeys(p for p in parts if p)) or view.objectName()


def _filters_shown(view: QTableView) -> list[tuple[str, str, str]]:
    """The inputs near the list that choose its rows, as the user set them:
    (name for the audit, label, what it says)."""
    page = _page_of(view)
    box = view.parentWidget()
    found: list[tuple[str, str, str]] = []
    while box is not None and not found:
        # By type: a walk over every QWidget child would also wrap the lists' header views,
        # which PySide then takes for deleted under the slots that hold them.
        inputs = [w for kind in (QLineEdit, QComboBox, QCheckBox, QPushButton) for w in box.findChildren(kind)]
        for w in inputs:
            if view.isAncestorOf(w) or w is view or not w.isVisibleTo(box) or not w.isEnabled():
                continue
            name = w.objectName() or type(w).__name__
            if isinstance(w, QLineEdit) and not w.isReadOnly() and w.text().strip():
                found.append((name, translate("ListExport", "Search"), w.text().strip()))
            elif isinstance(w, QComboBox) and w.count() and not w.isEditable():
                found.append((name, "", w.currentText()))
            elif isinstance(w, QCheckBox) and w.isChecked():
                found.append((name, "", w.text().replace("&", "")))
            elif isinstance(w, QPushButton) and name == "stateFilter":
                found.append((name, "", w.text().rstrip(" ✕")))
        if box is page:
            break
        box = box.parentWidget()
    return found


def _filter_of(view: QTableView) -> tuple[dict, str]:
    model = view.model()
    shown = _filters_shown(view)
    out: dict = {"shown": {name: value for name, _label, value in shown}}
    query = getattr(model, "query", None)
    if query is not None and dataclasses.is_dataclass(query):
        out["query"] = dataclasses.asdict(query)
    if not shown:
        return out, translate("ListExport", "none (the whole list)")
    return out, translate("ListExport", "; ").join(f"{label}: {value}" if label else value
                                             for _n, label, value in shown)


def _sample(model, count: int) -> list:
    rows = []
    for i in range(min(count, model.rowCount())):
        r = model.row_data(i) if hasattr(model, "row_data") else None
        if r is not None:
            rows.append(r)
    return rows


def _cells(columns, row) -> list:
    if columns is None:
        return ["" if v is None else v for v in row]
    out = []
    for col in columns:
        v = col.value(row)
        out.append("" if v is None else v)
    return out


def _lazy_rows(keys, fetch, columns, check) -> Iterator[list]:
    """Every row of a lazy list, fetched a page at a time (on the task runner). ``keys``
    may be a function giving them (a list whose keys past the first screen are still to come)."""
    if callable(keys):
        keys = keys()
    for i in range(0, len(keys), CHUNK):
        check()
        part = keys[i:i + CHUNK]
        got = fetch(part)
        for k in part:
            if k in got:
                yield _cells(columns, got[k])


def _held_rows(held, columns, check) -> Iterator[list]:
    for i, r in enumerate(held):
        if i % CHUNK == 0:
            check()
        yield _cells(columns, r)


def snapshot(view: QTableView) -> ListSnapshot:
    model = view.model()
    cols = visible_columns(view)
    headers = [str(model.headerData(c, Qt.Horizontal, Qt.DisplayRole) or "") for c in cols]
    header = view.horizontalHeader()
    # Pixels on screen to characters in Excel, roughly: a CJK character is two.
    em = max(view.fontMetrics().horizontalAdvance("0"), 1)
    widths = [max(6, int(header.sectionSize(c) / em * 1.1)) for c in cols]
    filt, filt_text = _filter_of(view)
    total = model.rowCount()
    name = view.objectName() or type(model).__name__

    if isinstance(model, (LazyTableModel, RowsTableModel)):
        columns = [model.columns[c] for c in cols]
        has_ids = any(isinstance(v, MaskedId) for r in _sample(model, 50) for v in _cells(columns, r))
        if isinstance(model, LazyTableModel):
            keys = [model.key(i) for i in range(total)] if model.complete \
                else partial(model.fetch_keys, model.query)
            rows = partial(_lazy_rows, keys, model.fetch_rows, columns)
        else:
            rows = partial(_held_rows, model.rows(), columns)
    else:
        # Any other model (a table widget): its text as shown, read now on the GUI thread.
        held = [[model.data(model.index(r, c), Qt.DisplayRole) for c in cols] for r in range(total)]
        has_ids = False
        rows = partial(_held_rows, held, None)
    return ListSnapshot(name, list_title(view), headers, widths, total, filt, filt_text, has_ids, rows)


# -- the dialog ----------------------------------------------------------------------------------

_UNSAFE = re.compile("[" + re.escape('\\/:*?"<>|·') + "\\s]+")       # not in Windows file names


def default_name(title: str, now: datetime) -> str:
    stem = _UNSAFE.sub("-", title).strip("-") or "list"
    return f"{stem}-{now:%Y%m%d-%H%M}.xlsx"


class ExportDialog(QDialog):
    """File, what goes out, and (for roles that may) whether ID numbers go out in full."""

    def __init__(self, env, snap: ListSnapshot, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.snap = snap
        self.result_info: exports.ExportResult | None = None
        self.task = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("List"), QLabel(snap.title, self))
        rows = QLabel(self.tr("%n row(s), in the order and with the filter on screen", "", snap.total), self)
        rows.setObjectName("exportRows")
        form.addRow(self.tr("Rows"), rows)
        filt = QLabel(snap.filter_text, self)
        filt.setWordWrap(True)
        form.addRow(self.tr("Filter"), filt)
        cols = QLabel(self.tr("; ").join(snap.headers), self)
        cols.setWordWrap(True)
        form.addRow(self.tr("Columns"), cols)
        path_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        folder = FOLDER.get() or QDir.homePath()
        self.path.setText(str(Path(folder) / default_name(snap.title, env.ctx.now())))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("File"), path_row)
        lay.addLayout(form)

        self.reveal = QCheckBox(self.tr("Write the full ID numbers"), self)
        self.reveal.setObjectName("exportReveal")
        may = exports.may_reveal(env.ctx)
        self.reveal.setEnabled(may and snap.has_ids)
        self.reveal_note = QLabel(self)
        self.reveal_note.setObjectName("exportRevealNote")
        self.reveal_note.setWordWrap(True)
        if not snap.has_ids:
            self.reveal.hide()
            self.reveal_note.setText(self.tr("This list shows no ID numbers."))
        elif may:
            self.reveal_note.setText(self.tr("ID numbers are masked (331102********1234) unless you tick this. "
                                             "Full numbers are sensitive personal information: the export is "
                                             "recorded in the audit log with your name either way."))
        else:
            self.reveal_note.setText(self.tr("ID numbers are exported masked: your role may not export them in "
                                             "full. The export is recorded in the audit log."))
        lay.addWidget(self.reveal)
        lay.addWidget(self.reveal_note)
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        lay.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), self.path.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def start(self) -> None:
        """Write the file on the task runner, with progress and cancel."""
        self.error.hide()
        target = Path(self.path.text().strip())
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        reveal = self.reveal.isChecked()
        snap, env = self.snap, self.env
        user = env.user
        notes = [(self.tr("List"), snap.title), (self.tr("Filter"), snap.filter_text),
                 (self.tr("Rows"), str(snap.total)),
                 (self.tr("Exported by"), f"{user.display_name} ({user.username})"),
                 (self.tr("Exported at"), env.ctx.now().strftime("%Y-%m-%d %H:%M")),
                 (self.tr("ID numbers"), self.tr("in full (recorded in the audit log)") if reveal
                  else self.tr("masked"))]
        label = self.tr("Exporting {title}…").format(title=snap.title)
        notes_title = self.tr("About")

        def work(task):
            try:
                    return exports.write_list(env.ctx, target, list_name=snap.list_name, title=snap.title,
                                          headers=snap.headers, rows=snap.rows(task.check), total=snap.total,
                                          filter=snap.filter, reveal=reveal, widths=snap.widths,
                                          notes=notes, notes_title=notes_title,
                                          progress=lambda d, t: task.report(d, t, label), check=task.check)
            except Cancelled:
                return None         # the service left no file behind; the dialog says so

        self.buttons.setEnabled(False)
        self.task = env.runner.submit(work, with_task=True, label=label, cancellable=True, parent=self,
                                      done=self._done, failed=self._failed)

    def _done(self, result: exports.ExportResult | None) -> None:
        self.buttons.setEnabled(True)
        if result is None:
            self.error.setText(self.tr("Export cancelled: no file was written."))
            self.error.show()
            return
        self.result_info = result
        FOLDER.set(str(result.path.parent))
        self.buttons.setEnabled(True)
        self.accept()
        win = self.parentWidget().window() if self.parentWidget() is not None else None
        text = self.tr("%n row(s) exported to {path}", "", result.rows).format(path=result.path)
        bar = getattr(win, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10000)

    def _failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        from lishui_desktop.domain.errors import DomainError
        if isinstance(exc, DomainError):
            from . import errors
            self.error.setText(errors.message(exc))
            self.error.show()
            return True
        return False

    def reject(self) -> None:
        if self.task is not None and not self.buttons.isEnabled():
            self.task.cancelled = True
            self.buttons.setEnabled(True)
        super().reject()


# -- the action ----------------------------------------------------------------------------------

def export_view(view: QTableView) -> ExportDialog | None:
    """Open the export dialog for ``view`` (returned, so tests can drive it)."""
    env = _env_of(view)
    if env is None or view.model() is None:
        return None
    dlg = ExportDialog(env, snapshot(view), view.window())
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    view._export_dialog = dlg        # kept alive while open
    dlg.open()
    return dlg


def install(view: QTableView) -> QAction:
    """The export action in the list's context menu and its header's."""
    action = QAction(translate("ListExport", "Export to Excel…"), view)
    action.setObjectName("exportList")
    action.triggered.connect(lambda: export_view(view))
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ActionsContextMenu)
    view.horizontalHeader().addAction(action)
    view.horizontalHeader().setContextMenuPolicy(Qt.ActionsContextMenu)
    return action


def current_list(page: QWidget | None) -> QTableView | None:
    """The list the main window's Ctrl+E means: the one in focus, else the page's largest."""
    if page is None:
        return None
    focus = QApplication.focusWidget()
    while focus is not None and not isinstance(focus, QTableView):
        focus = focus.parentWidget()
    if focus is not None and page.isAncestorOf(focus) and focus.isVisible():
        return focus
    views = [v for v in page.findChildren(QTableView) if v.isVisible() and v.model() is not None
             and v.actions() and any(a.objectName() == "exportList" for a in v.actions())]
    if not views:
        return None
    return max(views, key=lambda v: v.width() * v.height())


# -- without a window (the command line) --------------------------------------------------------

def export_main_list(ctx, kind: str, path: Path, *, reveal: bool = False, query=None,
                     lang: str = "zh", progress=None) -> exports.ExportResult:
    """``lishui-desktop export households|applications``: the list the page shows, with its
    columns and headers (in ``lang``), through the same service as the GUI's export."""
    from PySide6.QtCore import QCoreApplication as _App

    from lishui_desktop.services import queries

    from . import i18n
    from .columns import application_columns, household_columns, match_column
    app = _App.instance() or _App(["lishui-desktop"])
    i18n.install(app, lang)
    if kind == "households":
        q = query or queries.HouseholdQuery()
        columns, list_name = household_columns(), "householdsTable"
        if not q.text.strip():       # as the page: what a search matched, only while searching
            columns = [c for c in columns if c.title != "Matched"]
        keys, fetch = queries.household_keys(ctx, q), lambda ids: queries.household_rows(ctx, ids, q.text)
        title = translate("MainWindow", "Households")
    elif kind == "applications":
        q = query or queries.ApplicationQuery(states=queries.SCOPE_OPEN)
        columns, list_name = application_columns(ctx.today), "applicationsTable"
        if q.text.strip():           # as the page: what the search matched, after the head
            columns.insert(1, match_column())
        keys, fetch = queries.application_keys(ctx, q), lambda ids: queries.application_rows(ctx, ids, q.text)
        title = translate("MainWindow", "Applications")
    else:
        raise ValueError(kind)
    user = ctx.user
    d = ExportDialog  # the dialog's context holds the sheet's wording
    notes = [(translate(d.__name__, "List"), title),
             (translate(d.__name__, "Filter"), ", ".join(f"{k}={v}" for k, v in dataclasses.asdict(q).items()
                                                         if v not in ("", None, False, ()))),
             (translate(d.__name__, "Rows"), str(len(keys))),
             (translate(d.__name__, "Exported by"), f"{user.display_name} ({user.username})"),
             (translate(d.__name__, "Exported at"), ctx.now().strftime("%Y-%m-%d %H:%M")),
             (translate(d.__name__, "ID numbers"),
              translate(d.__name__, "in full (recorded in the audit log)") if reveal
              else translate(d.__name__, "masked"))]
    return exports.write_list(ctx, path, list_name=list_name, title=title,
                              headers=[c.header() for c in columns],
                              rows=_lazy_rows(keys, fetch, columns, lambda: None), total=len(keys),
                              filter={"query": dataclasses.asdict(q), "via": "command line"},
                              reveal=reveal, widths=[max(6, c.width // 7) for c in columns], notes=notes,
                              notes_title=translate(d.__name__, "About"), progress=progress)
