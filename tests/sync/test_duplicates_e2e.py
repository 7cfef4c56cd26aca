"""The same person in two townships of two counties: found by a real city server when the
second township syncs, shown on all four desktops, resolved by a person on the city's CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lishui_desktop.services import duplicates, roster_import, sync
from tests.services.roster_files import households, member_workbook
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk

TOWN_A, TOWN_B = "331102100", "331121001"       # 碧湖镇 (莲都区), 鹤城街道 (青田县)


def hq_cli(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "lishui-hq"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "lishui_hq.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ})


def test_a_person_in_two_townships_is_a_duplicate_case_on_both_sides(hq, tmp_path, clock, qtbot):
    a = make_desk(tmp_path / "a.sqlite3", TOWN_A, TOWN_STAFF, clock, hq)
    b = make_desk(tmp_path / "b.sqlite3", TOWN_B, TOWN_STAFF, clock, hq)
    county_a = make_desk(tmp_path / "ca.sqlite3", TOWN_A[:6], COUNTY_STAFF, clock, hq)
    county_b = make_desk(tmp_path / "cb.sqlite3", TOWN_B[:6], COUNTY_STAFF, clock, hq)
    # The city's village list (as `lishui-hq villages import` loads it).
    hq.store.put_reference("village", [(f"{t}{n}", {"code": f"{t}{n}", "name": name})
                                       for t in (TOWN_A, TOWN_B)
                                       for n, name in (("201", "碧湖村"), ("202", "平原村"))])
    rows_a = households(6, seed=31)
    rows_b = households(4, seed=32, start=5000)
    # One member of township A's third household is also in township B's second household.
    twice = rows_a[2][2][0]
    name_b, rel, _, _, _ = rows_b[1][2][-1]
    rows_b[1][2][-1] = (twice[0], rel if rel != "户主" else "户主", twice[2], twice[3], twice[4])
    if rows_b[1][2][-1][1] == "户主":
        rows_b[1] = (twice[0],) + rows_b[1][1:]
    for desk, rows, name, town in ((a, rows_a, "a.xlsx", "碧湖镇"), (b, rows_b, "b.xlsx", "鹤城街道")):
        r = roster_import.import_roster(desk.as_("cw1"), member_workbook(tmp_path / name, rows,
                                                                         township=town))
        assert r.written, r.lines()
        if r.cases:           # the county's register of these cases, accepted by the city
            hq.store.allow_migration(desk.ctx.site.code, r.plan.sheet.sha256, r.cases)

    up_a = sync.sync_once(a.ctx)
    assert up_a.pushed["refused"] == 0, up_a.lines()
    up_b = sync.sync_once(b.ctx)
    assert up_b.pushed["refused"] == 0, up_b.lines()
    sync.sync_once(a.ctx)                       # township A pulls what the city found

    for desk, here in ((a, TOWN_A), (b, TOWN_B), (county_a, None), (county_b, None)):
        if here is None:
            sync.sync_once(desk.ctx)
        cases = duplicates.duplicate_persons(desk.ctx)
        assert len(cases) == 1, (desk.path, cases)
        c = cases[0]
        assert c.id_number_masked == twice[2][:6] + "********" + twice[2][-4:]
        assert {s.township_code for s in c.sides} == {TOWN_A, TOWN_B}
        assert {s.township_name for s in c.sides} == {"碧湖镇", "鹤城街道"}
        assert {s.county_name for s in c.sides} == {"莲都区", "青田县"}
        assert all(s.name == twice[0] for s in c.sides)
        assert {s.head_name for s in c.sides} == {rows_a[2][0], rows_b[1][0]}
        assert all(s.since == "2026-11-02" for s in c.sides)
        assert all(s.village_name for s in c.sides)
        assert c.resolved_at is None
        if here:
            assert [s.here for s in c.sides].count(True) == 1

    listed = hq_cli("duplicates", "list", "--db", hq.db_url, "--site", TOWN_B[:6])
    assert listed.returncode == 0, listed.stderr
    case_id = listed.stdout.split()[0]
    assert "碧湖镇" in listed.stdout and "鹤城街道" in listed.stdout
    # Resolving needs a person and a reason; then both sides see the conclusion.
    refused = hq_cli("duplicates", "resolve", case_id, "--db", hq.db_url, "--by", "市民政局 王敏",
                     "--note", " ")
    assert refused.returncode == 1 and "needs who resolved it" in refused.stderr
    done = hq_cli("duplicates", "resolve", case_id, "--db", hq.db_url, "--by", "市民政局 王敏",
                  "--note", "户籍已迁入鹤城街道，碧湖镇停保并注销该成员")
    assert done.returncode == 0, done.stderr
    for desk in (a, b):
        sync.sync_once(desk.ctx)
        assert duplicates.duplicate_persons(desk.ctx) == []
        (c,) = duplicates.duplicate_persons(desk.ctx, include_resolved=True)
        assert c.resolved_by == "市民政局 王敏" and "鹤城街道" in c.resolution
    # Pushing the same members again opens no second case.
    assert len(hq_cli("duplicates", "list", "--db", hq.db_url, "--all").stdout.splitlines()) == 1

    # The desktop lists it with its resolution (who, where, since when, how), and the list
    # exports like every other: masked, or in full for a caseworker who asks.
    _desktop_list(qtbot, a, twice, rows_a[2][0], rows_b[1][0], tmp_path)


def _desktop_list(qtbot, desk, twice, head_a, head_b, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtCore import QCoreApplication

    from lishui_desktop.gui.dialogs.duplicates import DuplicatesDialog
    from lishui_desktop.gui.env import Env
    from lishui_desktop.gui.tasks import TaskRunner
    runner = TaskRunner()
    try:
        env = Env(desk.as_("cw1"), runner, desk.path)
        dlg = DuplicatesDialog(env)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
        assert dlg.model.rowCount() == 1
        cells = [dlg.model.data(dlg.model.index(0, i)) for i in range(dlg.model.columnCount())]
        # in whichever language an earlier test left installed
        tr = QCoreApplication.translate
        assert cells[0] == tr("DuplicatesDialog", "Resolved") and cells[1] == twice[0]
        assert cells[2] == twice[2][:6] + "********" + twice[2][-4:]
        assert "碧湖镇" in cells[3] and head_a in cells[3] and "2026-11-02" in cells[3]
        assert "青田县" in cells[4] and "鹤城街道" in cells[4] and head_b in cells[4]
        assert cells[6].startswith("市民政局 王敏") and "注销该成员" in cells[6]
        for name, reveal, shown in (("masked.xlsx", False, cells[2]), ("full.xlsx", True, twice[2])):
            next(a for a in dlg.view.actions() if a.objectName() == "exportList").trigger()
            ex = dlg.view._export_dialog
            ex.path.setText(str(tmp_path / name))
            ex.reveal.setChecked(reveal)
            ex.start()
            qtbot.waitUntil(lambda: ex.result_info is not None, timeout=20000)
            rows = list(load_workbook(tmp_path / name).worksheets[0].iter_rows(values_only=True))
            assert rows[0][:3] == tuple(tr("Columns", h) for h in ("State", "Name", "ID number"))
            assert rows[1][2] == shown
        qtbot.waitUntil(lambda: runner.idle, timeout=20000)
    finally:
        runner.shutdown()
