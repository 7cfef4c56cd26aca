"""The case page's 信息核对 tab with the platform's files: the waiting requests go out
as a workbook, a result file with mistakes is refused whole with each problem listed
by row and column, the corrected file comes back in, and the tab shows the result."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lishui_desktop.gui.qtfix import emit
from lishui_desktop.services import crosscheck as cx
from gui_support import sign_in, wait_idle


def test_export_and_import_through_the_tab(qtbot, controller, ids, tmp_path):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    emit(mw.env.open_case, ids["a_wang"])
    case = mw.pages["applications"].case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == ids["a_wang"], timeout=20000)
    cross = case.crosscheck_tab
    case.tabs.setCurrentWidget(cross)
    qtbot.waitUntil(lambda: cross.request_button.isVisible(), timeout=20000)
    assert "尚未申请" in cross.status.text()
    qtbot.mouseClick(cross.request_button, Qt.LeftButton)
    dlg = cross.dialog
    dlg.signer.setText("")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dlg.errors.message_for("authorised_by") != "", timeout=20000)
    assert "签署人" in dlg.errors.message_for("authorised_by")
    dlg.signer.setText("王建国")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: cross.export_button.isVisible() and cross.result_button.isVisible(), timeout=20000)

    out = tmp_path / "核对申请.xlsx"
    cross.export_to(str(out))
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: "写入" in cross.file_note.text(), timeout=20000)
    wb = openpyxl.load_workbook(out)
    assert [r[4] for r in wb[cx.REQUEST_SHEET].iter_rows(min_row=2, values_only=True)] == ["王建国", "李秀英"]
    ws = wb[cx.RESULT_SHEET]
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 5).value, ws.cell(r, 7).value = "无", mw.env.today().isoformat()
    ws.cell(5, 5).value = "不详"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    cross.import_from(str(bad))
    qtbot.waitUntil(lambda: getattr(cross, "problem_box", None) is not None and cross.problem_box.isVisible(),
                    timeout=20000)
    assert cross.problem_box.detailedText() == "第5行「核对结果」：填写“有”或“无”"
    assert "未导入" in cross.problem_box.text()
    cross.problem_box.close()
    assert cx.requests(mw.env.ctx, ids["a_wang"])[-1].result is None
    ws.cell(5, 5).value = "无"
    good = tmp_path / "good.xlsx"
    wb.save(good)
    cross.import_from(str(good))
    qtbot.waitUntil(lambda: cross.findings.rowCount() == 20, timeout=20000)
    assert "未发现不符合条件的情况" in cross.status.text()
    assert "王建国" in cross.findings.data(cross.findings.index(0, 1))
    assert not cross.result_button.isVisible()
    mw.resize(1280, 800)
    cross.grab().save(str(tmp_path / "crosscheck-import.png"))
