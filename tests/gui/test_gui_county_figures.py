"""本县救助政策参数: a caseworker opens the county's figures from the Help menu and reads
each with its source: the city's document for what the city handed down (applied through
the sync engine's own reference path), the default's source for the rest."""
from __future__ import annotations

import os
from pathlib import Path

from lishui_desktop.sync import engine

from gui_support import service_ctx, sign_in, wait_idle

_SHOTS = Path(os.environ["LISHUI_SHOTS"]) if os.environ.get("LISHUI_SHOTS") else None


def test_caseworker_reads_the_countys_figures_with_sources(qtbot, controller):
    c = controller
    ctx = service_ctx(c)
    with ctx.db.write() as s:
        engine._apply_reference(s, "county_rules", {
            "county_code": ctx.site.county_code, "figures": {"dibian_multiple": "2", "decision_days": 10},
            "source": "丽民发〔2026〕12号", "set_on": "2026-11-20"}, False)
    mw = sign_in(qtbot, c, "cw1")
    dlg = mw.show_county_figures()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=20000)
    wait_idle(qtbot, c.runner)
    m = dlg.model
    rows = [[m.index(r, col).data() for col in range(m.columnCount())] for r in range(m.rowCount())]
    by_name = {r[0]: r for r in rows}
    near = by_name["低保边缘家庭：月人均收入在低保标准的此倍数以下（含本数）"]
    assert near[1] == "2" and near[2] == "市级下发：丽民发〔2026〕12号，2026-11-20"
    assert by_name["县级审核确认时限（工作日）"][1:] == ["10", "市级下发：丽民发〔2026〕12号，2026-11-20"]
    taper = by_name["就业后收入超过标准的渐退期（月）"]
    assert taper[1] == "6" and taper[2].startswith("默认值：浙江省低保渐退规定")
    assert "未经丽水确认" in by_name["家庭财产限额"][2]
    if _SHOTS:
        dlg.grab().save(str(_SHOTS / "county-figures.png"))
    dlg.close()
