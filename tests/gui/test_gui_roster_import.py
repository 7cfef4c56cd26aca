"""导入花名册 in the GUI: the column mapping before anything runs, the import in the task
runner, and a refused file that imports nothing and shows each problem at its cell."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from lishui_desktop.store.models import Household

from gui_support import sign_in, wait_idle
from tests.services.roster_files import MEMBER_HEADERS, households, member_workbook

SHOTS = Path(os.environ.get("LISHUI_SHOTS", "")) if os.environ.get("LISHUI_SHOTS") else None


def shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def count(c) -> int:
    with c.db.read() as s:
        return s.scalar(select(func.count()).select_from(Household))


def open_dialog(qtbot, controller, path):
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    assert page.import_button.isVisible()
    dlg = page.import_roster()
    dlg.choose(path)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=30000)
    return page, dlg


def test_preview_then_import(qtbot, controller, tmp_path):
    rows = households(40, seed=51, villages=("碧湖村", "下南山村"), start=20000)
    headers = MEMBER_HEADERS + ["民族"]
    path = member_workbook(tmp_path / "碧湖镇花名册.xlsx", rows, headers=headers)
    page, dlg = open_dialog(qtbot, controller, path)
    # The mapping: every standard header read as its field, the unknown one flagged.
    read = {dlg.mapping.item(r, 1).text(): dlg.mapping.item(r, 2).text()
            for r in range(dlg.mapping.rowCount())}
    assert read["身份证号码"] == "身份证号" and read["保障人数"] == "保障人口"
    assert read["民族"] == "未识别，不导入"
    assert "每户成员各占一行" in dlg.summary.text()
    assert dlg.import_button.isEnabled()
    shot(dlg, "roster-import-preview")
    before = count(controller)
    dlg.start(dry_run=False)
    qtbot.waitUntil(lambda: dlg.task is None and dlg.result is not None, timeout=120000)
    assert dlg.result.written, dlg.result.lines()
    assert count(controller) == before + 40
    assert "已导入40户" in dlg.status.text()


def test_refused_file_imports_nothing_and_shows_the_problems(qtbot, controller, tmp_path):
    rows = households(8, seed=52, villages=("碧湖村", "下南山村"), start=30000)
    path = member_workbook(tmp_path / "有错误的花名册.xlsx", rows, merge=False)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    col = {h: i + 1 for i, h in enumerate(MEMBER_HEADERS)}
    ws.cell(3, col["身份证号码"]).value = "33110219620101001"
    ws.cell(4, col["村（社区）"]).value = "不存在村"
    ws.cell(5, col["月保障金"]).value = "五百"
    wb.save(path)
    page, dlg = open_dialog(qtbot, controller, path)
    before = count(controller)
    dlg.start(dry_run=False)
    qtbot.waitUntil(lambda: dlg.task is None and dlg.result is not None, timeout=120000)
    assert not dlg.result.written and count(controller) == before
    cells = [dlg.problems.item(r, 0).text() for r in range(dlg.problems.rowCount())]
    assert {"G3", "C4", "M5"} <= set(cells)
    assert "未导入任何数据" in dlg.status.text()
    assert dlg.report_path().exists()
    shot(dlg, "roster-import-errors")


def test_cancel_writes_nothing(qtbot, controller, tmp_path, monkeypatch):
    from lishui_desktop.services import roster_import
    monkeypatch.setattr(roster_import, "CHUNK", 20)
    rows = households(200, seed=53, villages=("碧湖村", "下南山村"), start=40000)
    path = member_workbook(tmp_path / "大花名册.xlsx", rows)
    page, dlg = open_dialog(qtbot, controller, path)
    before = count(controller)
    real = roster_import._write

    def slow_write(ctx, plan, result, progress, cancelled):
        def cancelled_after_first_chunk():
            dlg.task.cancelled = True      # the person pressed 停止 during the write
            return cancelled()
        return real(ctx, plan, result, progress, cancelled_after_first_chunk)

    monkeypatch.setattr(roster_import, "_write", slow_write)
    dlg.start(dry_run=False)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=120000)
    assert dlg.result is None and count(controller) == before
    assert "未导入任何数据" in dlg.status.text()


def test_duplicate_persons_from_the_city_are_shown_on_the_households_page(qtbot, controller):
    from lishui_desktop.store.models import DuplicatePerson
    side = {"township_code": "331102100", "township_name": "碧湖镇", "county_name": "莲都区",
            "name": "王小林", "head_name": "王建国", "village_name": "碧湖村",
            "since": "2026-10-01T09:00:00", "household_id": "h1"}
    other = {**side, "township_code": "331121001", "township_name": "鹤城街道",
             "county_name": "青田县", "head_name": "陈明", "village_name": "平原村",
             "since": "2026-11-01T09:00:00", "household_id": "h2"}
    mw = sign_in(qtbot, controller, "cw1")
    with controller.db.write() as s:
        s.add(DuplicatePerson(id="case-1", id_number="331102196201010011",
                              payload={"case_id": "case-1", "id_number": "331102196201010011",
                                       "persons": [side, other],
                                       "detected_at": "2026-11-02T09:00:00"},
                              detected_at="2026-11-02T09:00:00"))
    page = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    qtbot.waitUntil(lambda: page.duplicates_banner.isVisible(), timeout=20000)
    text = page.duplicates_banner.text()
    assert "王小林（331102********0011）" in text and "鹤城街道平原村，户主陈明家，自2026-11-01" in text
    shot(page, "duplicate-persons-banner")
