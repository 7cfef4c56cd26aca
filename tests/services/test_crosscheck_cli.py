"""`lishui-desktop crosscheck list|export|import`, through the command line itself."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import openpyxl

from lishui_desktop.services import crosscheck as cx
from tests.services.helpers import case_to


def run(db_path, *args):
    return subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "crosscheck", *args, "--db", str(db_path)],
                          capture_output=True, text=True, timeout=120)


def test_crosscheck_cli_list_export_import(staff, db_path, tmp_path):
    aid = case_to(staff, "investigating")
    cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 2))
    staff.ctx.db.dispose()
    r = run(db_path, "list", "--user", "cw1")
    assert r.returncode == 0, r.stderr
    assert "HD331102100-2026-0001" in r.stdout and "not sent" in r.stdout and "1 requests waiting" in r.stderr
    out = tmp_path / "requests.xlsx"
    r = run(db_path, "export", "--out", str(out))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(out)
    ws = wb[cx.RESULT_SHEET]
    for row in range(2, ws.max_row + 1):
        ws.cell(row, 5).value, ws.cell(row, 7).value = "无", "2026-11-05"
    ws.cell(2, 7).value = "5 Nov"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    r = run(db_path, "import", "--file", str(bad))
    assert r.returncode == 1
    assert "第2行「核对日期」：填写核对日期，如2026-11-30" in r.stderr and "nothing was imported" in r.stderr
    ws.cell(2, 7).value = "2026年11月5日"
    good = tmp_path / "results.xlsx"
    wb.save(good)
    r = run(db_path, "import", "--file", str(good), "--user", "cw1")
    assert r.returncode == 0, r.stderr
    assert "1 results imported from 30 rows; 0 found the household ineligible" in r.stdout
    r = run(db_path, "list")
    assert r.returncode == 0 and "0 requests waiting" in r.stderr
