"""Small pieces the pages and dialogs share: errors beside fields, search box, tables, combos."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer, Signal
# PySide6 makes a class the first time it is imported. The sign-in dialog needs only
# FieldErrors, so what the lists and long forms use is named through its module where
# it is used, and made then.
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QScrollArea, QTableView, QTableWidget

from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.domain.money import to_fen

from . import errors, settings
from .qtfix import emit

ERROR_STYLE = "color: #b03a2e;"


def _locate(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]]:
    """(layout, position) pairs from ``layout`` down to the one holding ``widget``.

    The position is the item index, or the row for a form layout.
    """
    for i in range(layout.count()):
        item = layout.itemAt(i)
        sub = _locate(item.layout(), widget) if item.layout() is not None else []
        if item.widget() is widget or sub:
            pos = layout.getItemPosition(i)[0] if isinstance(layout, QFormLayout) else i
            return [(layout, pos)] + sub
    return []


def _vertical(layout: QLayout) -> bool:
    return isinstance(layout, QFormLayout) or (
        isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.TopToBottom, QBoxLayout.BottomToTop))


class FieldErrors:
    """Messages beside the fields they concern.

    ``add(name, widget)`` puts a hidden red label under ``widget`` (in its form
    row, or after it in a box layout); ``show(exc)`` puts a DomainError's
    sentence under the field its ``field`` names, switches to the tab that
    holds it and focuses it. Errors for fields the form does not know go to
    the fallback label, or to the one error dialog.
    """

    def __init__(self, owner: QWidget, fallback: QLabel | None = None):
        self.owner = owner
        self.fallback = fallback
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}
        if fallback is not None:
            fallback.setStyleSheet(ERROR_STYLE)
            fallback.setWordWrap(True)
            fallback.hide()

    def add(self, name: str, widget: QWidget, *aliases: str) -> QLabel:
        label = QLabel(self.owner)
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        # Never given a stretching dialog's spare height: it stays against its field.
        label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        label.hide()
        # A list, table or text box grows with the window: its message goes above it, where
        # the field starts, not under its far end.
        above = isinstance(widget, QtWidgets.QAbstractScrollArea)
        anchor = widget
        placed = False
        while anchor is not None and anchor is not self.owner and not placed:
            parent = anchor.parentWidget()
            path = _locate(parent.layout(), anchor) if parent is not None and parent.layout() else []
            # The innermost layout that stacks things vertically gets the message under the
            # row holding the field; a row of widgets or a grid of check boxes is one unit.
            for layout, pos in reversed(path):
                if _vertical(layout):
                    at = pos if above else pos + 1
                    if isinstance(layout, QFormLayout):
                        if above:
                            _error_above_in_form(layout, pos, label)
                        else:
                            layout.insertRow(at, "", label)
                    else:
                        layout.insertWidget(at, label)
                    placed = True
                    break
            anchor = parent
        if not placed and isinstance(self.owner.layout(), QBoxLayout):
            self.owner.layout().addWidget(label)
        for n in (name, *aliases):
            self.fields[n] = (widget, label)
        return label

    def clear(self) -> None:
        for _, label in self.fields.values():
            label.clear()
            label.hide()
        if self.fallback is not None:
            self.fallback.clear()
            self.fallback.hide()

    def set(self, name: str, text: str, *, focus: bool = True) -> bool:
        if name not in self.fields:
            return False
        widget, label = self.fields[name]
        label.setText(text)
        label.setVisible(bool(text))
        if text and focus:
            _reveal(widget)
            widget.setFocus(QtCore.Qt.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
            _scroll_to(widget, label)
        return True

    def show(self, exc: BaseException, *, field: str | None = None) -> bool:
        """Place ``exc`` beside its field; True when it was placed (or shown in the fallback)."""
        if not isinstance(exc, DomainError):
            return False
        self.clear()
        name = field or exc.field or ""
        group, _, leaf = errors.split_field(name)
        for candidate in (name, group, leaf):
            if candidate and self.set(candidate, errors.message(exc, with_row=group is not None)):
                return True
        if self.fallback is not None:
            self.fallback.setText(errors.message(exc, with_row=True))
            self.fallback.show()
            return True
        return False

    def message_for(self, name: str) -> str:
        return self.fields[name][1].text() if name in self.fields else ""


def _error_above_in_form(form: QFormLayout, row: int, label: QLabel) -> None:
    """The message over a tall field of a form row: the field and its message share the
    row's field cell, the row's own label stays beside both."""
    item = form.itemAt(row, QFormLayout.FieldRole)
    field = item.widget() if item is not None else None
    if field is None:
        form.insertRow(row, "", label)
        return
    form.removeWidget(field)
    cell = QWidget(field.parentWidget())
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    label.setParent(cell)
    box.addWidget(label)
    box.addWidget(field, 1)
    box.addStretch(0)           # height the field may not take goes below it, not between
    form.setWidget(row, QFormLayout.FieldRole, cell)


def _scroll_to(widget: QWidget, label: QLabel) -> None:
    """Bring the field and its message into view in every scroll area that holds them,
    once the layout has made room for the message."""
    def scroll():
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QtWidgets.QScrollArea) and parent.widget() is not None \
                    and parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(label, 20, 20)
                parent.ensureWidgetVisible(widget, 20, 20)
            parent = parent.parentWidget()
    scroll()
    QTimer.singleShot(0, scroll)


def scroll_body(dialog: QWidget, keep: QWidget) -> QScrollArea:
    """Put everything of ``dialog`` but ``keep`` (its buttons) in a scroll area: a long form
    stays usable on a small screen, and errors scroll into view (FieldErrors)."""
    outer = dialog.layout()
    body = QWidget(dialog)
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    stretches = [outer.stretch(i) if isinstance(outer, QBoxLayout) else 0 for i in range(outer.count())]
    items = [outer.takeAt(0) for _ in range(outer.count())]
    for item, stretch in zip(items, stretches):
        if item.widget() is keep:
            continue
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            item.layout().setParent(None)
            inner.addLayout(item.layout(), stretch)
        elif item.spacerItem() is not None:
            inner.addItem(item.spacerItem())
    area = QtWidgets.QScrollArea(dialog)
    area.setObjectName("formScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QScrollArea.NoFrame)
    area.setWidget(body)
    outer.addWidget(area, 1)
    if keep is not None:
        outer.addWidget(keep)
    return area


def _reveal(widget: QWidget) -> None:
    """Switch every tab widget above ``widget`` to the tab that holds it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(i)
                    break
        parent = parent.parentWidget()


def parse_yuan(text: str, field: str, *, required: bool = True) -> int | None:
    """Yuan typed by a person -> fen, or the ValidationError that says what is wrong."""
    text = (text or "").strip().replace("，", ",").replace("。", ".")
    if not text:
        if required:
            raise ValidationError("amount.required", "enter the amount", field=field)
        return None
    return to_fen(text, field=field)


def yuan_text(fen: int | None) -> str:
    if fen is None:
        return ""
    whole, part = divmod(fen, 100)
    return f"{whole}" if part == 0 else f"{whole}.{part:02d}"


def qdate(d: date | None) -> QDate:
    return QtCore.QDate(d.year, d.month, d.day) if d else QtCore.QDate.currentDate()


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def fill_combo(combo: QComboBox, items: Iterable[tuple[object, str]], current=None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for code, text in items:
        combo.addItem(text, code)
    if current is not None:
        set_combo(combo, current)
    combo.blockSignals(False)


def set_combo(combo: QComboBox, code) -> None:
    i = combo.findData(code)
    if i >= 0:
        combo.setCurrentIndex(i)


def combo_code(combo: QComboBox):
    return combo.currentData()


def setup_table_widget(table: QTableWidget, headers: Sequence[str], widths: Sequence[int] = ()) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    for i, w in enumerate(widths):
        table.setColumnWidth(i, w)


def set_table_rows(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QtWidgets.QTableWidgetItem("" if v is None else str(v))
            item.setFlags(item.flags() & ~QtCore.Qt.ItemIsEditable)
            table.setItem(r, c, item)


def selected_row(view: QAbstractItemView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    idx = view.currentIndex()
    return idx.row() if idx.isValid() else -1


def make_table_view(parent: QWidget, name: str) -> QTableView:
    view = QtWidgets.QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SingleSelection)
    view.setEditTriggers(QtWidgets.QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionsMovable(True)
    from .list_export import install      # here, so every list has it
    install(view)
    return view


def apply_widths(view: QTableView, name: str) -> None:
    """Column widths: the user's saved ones, else each column's default; saved again on change."""
    model = view.model()
    header = view.horizontalHeader()
    if not settings.restore_header(header, name):
        metrics = view.fontMetrics()
        for i, col in enumerate(getattr(model, "columns", [])):
            # Never narrower than its title (and the sort arrow) or the longest of its known
            # texts, in whichever language the interface is.
            need = [metrics.horizontalAdvance(col.header()) + 30]
            need += [metrics.horizontalAdvance(s) + 16 for s in (col.samples() if col.samples else ())]
            header.resizeSection(i, max(col.width, *need))
    header.sectionResized.connect(lambda *_: settings.save_header(header, name))
    header.sectionMoved.connect(lambda *_: settings.save_header(header, name))


def fit_column(view: QTableView, column: int, sample: str) -> None:
    """Widen a column to show ``sample`` whole (the widest text it holds), whatever was saved."""
    header = view.horizontalHeader()
    need = view.fontMetrics().horizontalAdvance(sample) + 3 * view.style().pixelMetric(
        view.style().PixelMetric.PM_FocusFrameHMargin) + 16
    if header.sectionSize(column) < need:
        header.resizeSection(column, need)


class SearchBox(QLineEdit):
    """Search as you type: ``search`` fires a short pause after the last keystroke."""

    search = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = 120):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: emit(self.search, self.text().strip()))
        self.textChanged.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.fire_now)

    def setPlaceholderText(self, text: str) -> None:
        # The hint says what can be searched: wide enough to read whole, in either language.
        super().setPlaceholderText(text)
        self.setToolTip(text)
        self.setMinimumWidth(max(self.minimumWidth(), self.fontMetrics().horizontalAdvance(text) + 48))

    def fire_now(self) -> None:
        self._timer.stop()
        emit(self.search, self.text().strip())


BANNER_COLORS = {"warning": ("#fff4d6", "#7a5200"), "danger": ("#fbe3e0", "#8c1d12"),
                 "info": ("#e5f0fb", "#1d4f8c"), "ok": ("#e3f4e6", "#1e6b32"),
                 "waiting": ("#eeeeee", "#333333")}


def banner_style(label: QLabel, kind: str) -> None:
    bg, fg = BANNER_COLORS[kind]
    label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 6px 10px; border-radius: 4px; }}")


def banner(parent: QWidget, name: str, kind: str = "warning") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    banner_style(label, kind)
    label.hide()
    return label


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


class SyncIndicator(QLabel):
    """The status bar's word on sync: running, done at, not reachable, conflicts waiting.

    A link: clicking it opens the sync page, where the details are."""

    open_page = Signal()

    def __init__(self, scheduler, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusSync")
        self.setTextFormat(QtCore.Qt.RichText)
        self.linkActivated.connect(lambda _l: emit(self.open_page))
        scheduler.started.connect(lambda _auto: self._say(self.tr("Syncing…")))
        scheduler.finished.connect(self._finished)

    def _say(self, text: str, warn: bool = False) -> None:
        color = "#b03a2e" if warn else "#1d4f8c"
        self.setText(f'<a href="sync" style="color: {color}; text-decoration: none;">{text}</a>' if text else "")

    def _finished(self, outcome) -> None:
        from .sync_control import CANCELLED, DONE, FAILED, UNREACHABLE
        at = outcome.at.strftime("%H:%M")
        if outcome.kind == DONE:
            left = (outcome.report.left or {}).get("conflicts", 0) if outcome.report is not None else 0
            if left:
                self._say(self.tr("Synced at {time}; %n conflict(s) to resolve", "", left).format(time=at), True)
            else:
                self._say(self.tr("Synced at {time}").format(time=at))
        elif outcome.kind == UNREACHABLE:
            self._say(self.tr("City server not reachable ({time})").format(time=at), True)
        elif outcome.kind == FAILED:
            self._say(self.tr("Sync not completed ({time})").format(time=at), True)
        elif outcome.kind == CANCELLED:
            self._say(self.tr("Sync cancelled"))
        else:
            self._say("")
