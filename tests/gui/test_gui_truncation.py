"""No label, button, column title or known column text is cut off at 1366×768 (the most
common office screen), in Chinese or in English."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTableView

from lishui_desktop.gui import i18n

from gui_support import sign_in, wait_idle


def cut_off(window) -> list[str]:
    """Texts of visible widgets that do not fit their widget (word-wrapped labels wrap)."""
    out = []
    for w in window.findChildren(QLabel):
        if w.isVisible() and w.text() and not w.wordWrap() and w.textFormat() != Qt.RichText \
                and "<" not in w.text() and w.pixmap().isNull():
            if w.fontMetrics().horizontalAdvance(w.text()) > w.contentsRect().width() + 1:
                out.append(f"label {w.objectName()!r}: {w.text()}")
    for w in window.findChildren(QAbstractButton):
        if w.isVisible() and w.text() and w.width() < w.minimumSizeHint().width() - 1:
            out.append(f"button: {w.text()}")
    for w in window.findChildren(QLineEdit):
        hint = w.placeholderText()
        if w.isVisible() and hint and not w.text() and \
                w.fontMetrics().horizontalAdvance(hint) > w.contentsRect().width() - 8:
            out.append(f"search hint: {hint}")
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None or not hasattr(model, "columns"):
            continue
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        for i, col in enumerate(model.columns):
            if view.isColumnHidden(i) or i == model.columnCount() - 1:
                continue        # the last column stretches to the edge
            width = header.sectionSize(i)
            for text in [col.header(), *(col.samples() if col.samples else ())]:
                if metrics.horizontalAdvance(text) > width - 8:
                    out.append(f"column of {view.objectName()!r}: {text}")
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_cut_off_at_1366x768(qtbot, controller, lang):
    c = controller
    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        found = {}
        for user, pages in (("cw1", ("today", "households", "applications", "visits")), ("ap1", ("county",))):
            mw = sign_in(qtbot, c, user)
            mw.resize(1366, 768)
            for name in pages:
                mw.show_page(name)
                wait_idle(qtbot, c.runner)
                qtbot.wait(30)
                problems = cut_off(mw)
                if problems:
                    found[f"{user}/{name}"] = problems
        assert found == {}
    finally:
        i18n.install(app, "zh")
