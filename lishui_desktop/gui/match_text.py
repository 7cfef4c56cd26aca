"""What a search matched, in words and highlighted (services.search_match): "配偶 李秀英
身份证号 331102********2390" with the typed digits marked. A delegate paints the
highlight in a list; the plain text is the cell's display text (copy, tests, screen readers)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import labels

MARK = "background-color: #ffe08a; color: #000;"

translate = QCoreApplication.translate


def _parts(m) -> list[tuple[str, bool]]:
    """(text, highlighted) pieces of one match."""
    def marked(text: str, spans) -> list[tuple[str, bool]]:
        out, at = [], 0
        for start, end in sorted(spans):
            if start > at:
                out.append((text[at:start], False))
            out.append((text[start:end], True))
            at = max(at, end)
        if at < len(text):
            out.append((text[at:], False))
        return out

    who = []
    if m.member:
        who = [(translate("Match", "{relation} ").format(relation=labels.relation(m.relation))
                if m.relation else "", False)]
    if m.field == "name":
        return who + marked(m.text, m.spans)
    if m.field == "reading":
        return who + [(m.text, True), (translate("Match", " (pinyin {reading})").format(reading=m.reading), False)]
    if m.field == "id_number":
        return who + [(m.member, False), (translate("Match", ", ID number "), False)] + marked(m.text, m.spans)
    if m.field == "phone":
        if m.member:
            return who + [(m.member, False), (translate("Match", ", phone "), False)] + marked(m.text, m.spans)
        return [(translate("Match", "Phone "), False)] + marked(m.text, m.spans)
    if m.field == "village":
        return [(translate("Match", "Village "), False)] + marked(m.text, m.spans)
    if m.field == "address":
        return [(translate("Match", "Address "), False)] + marked(m.text, m.spans)
    return [(m.text, False)]


def _pieces(matches) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for i, m in enumerate(matches):
        if i:
            out.append((translate("Match", "; "), False))
        out += _parts(m)
    return [p for p in out if p[0]]


def plain(matches) -> str:
    return "".join(text for text, _ in _pieces(matches))


def rich(matches) -> str:
    return "".join(f'<span style="{MARK}">{html.escape(t)}</span>' if mark else html.escape(t)
                   for t, mark in _pieces(matches))


def marked_parts(matches) -> list[str]:
    """The highlighted pieces alone (what tests and the tooltip check)."""
    return [t for t, mark in _pieces(matches) if mark]


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell as rich text from ``html_of(row)``; the model gives ``row_data(row)``."""

    def __init__(self, html_of, parent=None):
        super().__init__(parent)
        self.html_of = html_of

    def _doc(self, option, index) -> QTextDocument | None:
        model = index.model()
        row = model.row_data(index.row()) if hasattr(model, "row_data") else None
        text = self.html_of(row) if row is not None else ""
        if not text:
            return None
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(text)
        return doc

    def paint(self, painter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.State_Selected:
            ctx.palette.setColor(QPalette.Text, opt.palette.color(QPalette.HighlightedText))
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        # Centred vertically like the plain cells beside it.
        painter.translate(0, max(0.0, (rect.height() - doc.size().height()) / 2))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        base = super().sizeHint(option, index)
        doc = self._doc(option, index)
        if doc is None:
            return base
        return QSize(int(doc.idealWidth()) + 8, base.height())


def attach(view, column: int) -> None:
    """A list's "Matched" column: highlighted, and hidden until something is searched."""
    view.setItemDelegateForColumn(column, HighlightDelegate(lambda r: rich(r.matches), view))
    view.setColumnHidden(column, True)


def searching(view, column: int, text: str) -> None:
    view.setColumnHidden(column, not text.strip())
