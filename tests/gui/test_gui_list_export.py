"""导出到 Excel on the lists: the action every table has, the dialog, the file read back."""
from __future__ import annotations

import json
from datetime import datetime

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lishui_desktop.domain import idnumber
from lishui_desktop.store.models import AuditEntry, Member

from gui_support import ADMIN_PASSWORD, sign_in, wait_idle


def _action(view):
    return next(a for a in view.actions() if a.objectName() == "exportList")


def _export(qtbot, c, view, path, *, reveal=False):
    _action(view).trigger()
    dlg = view._export_dialog
    qtbot.waitUntil(dlg.isVisible, timeout=10000)
    dlg.path.setText(str(path))
    if reveal:
        dlg.reveal.setChecked(True)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result_info is not None or dlg.error.isVisible(), timeout=30000)
    wait_idle(qtbot, c.runner)
    return dlg


def _sheet(path):
    ws = load_workbook(path).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    return rows[0], rows[1:], ws


def _audits(c):
    with c.db.read() as s:
        return [(e.user, json.loads(e.detail)) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.event == "list.export").order_by(AuditEntry.seq))]


def _heads(c):
    with c.db.read() as s:
        return {name: n for name, n in s.execute(select(Member.name, Member.id_number)
                                                 .where(Member.relation == "self"))}


def test_households_list_exports_what_is_on_screen(qtbot, controller, tmp_path):
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    view = page.view
    header_view = view.horizontalHeader()

    def on_screen() -> list[str]:
        logical = [header_view.logicalIndex(v) for v in range(page.model.columnCount())]
        return [page.model.headerData(i, Qt.Horizontal) for i in logical if not header_view.isSectionHidden(i)]

    # the user moved the village column first: the file follows
    village = next(i for i in range(page.model.columnCount()) if page.model.headerData(i, Qt.Horizontal) == "村（社区）")
    header_view.moveSection(header_view.visualIndex(village), 0)
    path = tmp_path / "households.xlsx"
    dlg = _export(qtbot, controller, view, path)
    assert dlg.reveal.isEnabled()
    header, rows, ws = _sheet(path)
    assert list(header) == on_screen() and header[0] == "村（社区）"
    name, number = header.index("户主"), header.index("身份证号")
    assert len(rows) == page.model.rowCount() == 3
    heads = _heads(controller)
    for r in rows:
        assert r[number] == idnumber.mask(heads[r[name]])      # masked
    updated = header.index("更新日期")
    assert isinstance(rows[0][updated], datetime)              # a date, not text
    assert ws.cell(2, updated + 1).number_format == "yyyy-mm-dd"
    [(user, detail)] = _audits(controller)
    assert user == "cw1" and detail["rows"] == 3 and detail["masked"] is True
    assert [r[name] for r in rows] == [page.model.row_data(i).head_name for i in range(3)]   # the screen's order
    assert detail["filter"]["query"]["sort"] == page.model.query.sort

    # filtered by the search box, revealed on request
    page.search.setText("王建国")
    page.search.fire_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    path2 = tmp_path / "one.xlsx"
    _export(qtbot, controller, view, path2, reveal=True)
    header, rows, _ = _sheet(path2)
    assert list(header) == on_screen()
    name, number = header.index("户主"), header.index("身份证号")
    assert [r[name] for r in rows] == ["王建国"]
    assert rows[0][number] == heads["王建国"]                  # in full, as asked
    user, detail = _audits(controller)[-1]
    assert detail["masked"] is False and detail["revealed"] == 1
    assert detail["filter"]["query"]["text"] == "王建国"
    assert "王建国" in json.dumps(detail["filter"]["shown"], ensure_ascii=False)


def test_applications_amounts_and_dates_are_typed(qtbot, controller, tmp_path):
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("applications")
    wait_idle(qtbot, controller.runner)
    path = tmp_path / "apps.xlsx"
    _export(qtbot, controller, page.view, path)
    header, rows, ws = _sheet(path)
    applied = header.index("申请日期")
    assert len(rows) == page.model.rowCount() > 0
    assert all(isinstance(r[applied], datetime) for r in rows)
    amount = header.index("金额（元）")
    amounts = [(i, r[amount]) for i, r in enumerate(rows, start=2) if r[amount] is not None]
    assert amounts
    for i, v in amounts:
        assert isinstance(v, (int, float)) and ws.cell(i, amount + 1).number_format.startswith("#,##0.00")


def test_admin_lists_export_and_no_reveal(qtbot, controller, tmp_path):
    mw = sign_in(qtbot, controller, "admin", ADMIN_PASSWORD)
    page = mw.show_page("admin")
    wait_idle(qtbot, controller.runner)
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                   if page.tabs.widget(i).isAncestorOf(page.users_view)))
    path = tmp_path / "users.xlsx"
    dlg = _export(qtbot, controller, page.users_view, path)
    assert not dlg.reveal.isVisible()                         # no ID numbers in this list
    header, rows, _ = _sheet(path)
    assert header[0] == "账号" and {"cw1", "rv1", "ap1", "admin"} <= {r[0] for r in rows}
    # a reveal forced past the disabled box is refused by the service, in Chinese, no file
    forced = tmp_path / "forced.xlsx"
    _action(page.users_view).trigger()
    dlg = page.users_view._export_dialog
    assert not dlg.reveal.isEnabled()
    dlg.path.setText(str(forced))
    dlg.reveal.setChecked(True)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(dlg.error.isVisible, timeout=30000)
    assert "身份证" in dlg.error.text() and not forced.exists()
    assert [d.get("refused") for _u, d in _audits(controller)] == [None, "role"]   # the refusal audited
    # the audit log itself: its time column is a date-time, the exports are in it
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                   if page.tabs.widget(i).isAncestorOf(page.audit_view)))
    page.load()
    wait_idle(qtbot, controller.runner)
    _export(qtbot, controller, page.audit_view, tmp_path / "audit.xlsx")
    header, rows, ws = _sheet(tmp_path / "audit.xlsx")
    assert header[:3] == ("时间", "账号", "事件") and len(rows) == page.audit.rowCount()
    assert isinstance(rows[0][0], datetime) and ws.cell(2, 1).number_format == "yyyy-mm-dd hh:mm:ss"
    assert "list.export" in {r[2] for r in rows}
    # a case step reads as its name (the code on hover), its record as the kind of record
    accepts = [i for i in range(page.audit.rowCount())
               if page.audit.data(page.audit.index(i, 2), Qt.ToolTipRole) == "application.accept"]
    assert accepts and page.audit.data(page.audit.index(accepts[0], 2)) == "受理"
    assert page.audit.data(page.audit.index(accepts[0], 3)) not in ("", "application")


def test_ctrl_e_exports_the_county_queue(qtbot, controller, tmp_path):
    mw = sign_in(qtbot, controller, "ap1")
    page = mw.show_page("county")
    wait_idle(qtbot, controller.runner)
    page.view.setFocus()
    dlg = mw.export_list()
    assert dlg is not None and dlg.snap.list_name == "queueTable"
    dlg.path.setText(str(tmp_path / "queue.xlsx"))
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.result_info is not None, timeout=30000)
    header, rows, _ = _sheet(tmp_path / "queue.xlsx")
    assert len(rows) == page.model.rowCount()
    # The columns on screen (the search-match column is hidden until something is searched).
    assert header == tuple(page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())
                           if not page.view.isColumnHidden(i))


def test_cancel_writes_no_file_and_no_audit_entry(qtbot, controller, tmp_path):
    import threading
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    # The export queues behind a task still running, and is cancelled before it starts
    # writing: what the progress dialog's Cancel does.
    gate = threading.Event()
    controller.runner.submit(lambda: gate.wait(20))
    _action(page.view).trigger()
    dlg = page.view._export_dialog
    path = tmp_path / "cancelled.xlsx"
    dlg.path.setText(str(path))
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert not dlg.buttons.isEnabled()
    dlg.task.cancelled = True
    gate.set()
    wait_idle(qtbot, controller.runner)
    assert dlg.error.isVisible() and "取消" in dlg.error.text() and dlg.buttons.isEnabled()
    assert not path.exists() and not list(tmp_path.glob("*.part"))
    assert _audits(controller) == []
