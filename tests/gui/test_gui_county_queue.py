"""The county's 审核审批 queue: township and village columns, the due date in full, sorted
and filtered by township, type and due date in SQL."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import update

from lishui_desktop.services import applications as ap
from lishui_desktop.services import users
from lishui_desktop.store.models import Application

from gui_support import PASSWORD, crosscheck_done, service_ctx, sign_in, wait_idle

OTHER_TOWNSHIP = "331102001"        # 紫金街道, the same county (莲都区)


def _three_waiting(c, ids, clock):
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    ap.act(cw, ids["a_zhou"], "close_notice")
    ap.act(rv, ids["a_zhou"], "hand_up")
    # Handed up ten days ago: overdue at the county now.
    clock.advance(-10)
    ap.act(cw, ids["a_wang"], "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    crosscheck_done(rv, ids["a_wang"])
    ap.act(rv, ids["a_wang"], "review", {"recommend": False, "reasons": ["supporter_able"]})
    ap.act(rv, ids["a_wang"], "hand_up")
    clock.advance(10)
    linshi = ap.create_application(cw, household_id=ids["h_liu"], assistance_type="linshi", requested_fen=200000)
    for action, params in [("accept", {}), ("start_investigation", {}),
                           ("record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"}),
                           ("review", {"recommend": False, "reasons": ["supporter_able"]}), ("hand_up", {})]:
        if action == "review":
            crosscheck_done(rv, linshi)
        ap.act(cw if action != "review" and action != "hand_up" else rv, linshi, action, params)
    # A case of another township of the county, as the county's file holds it after a sync.
    with ctx.db.write() as s:
        s.execute(update(Application).where(Application.id == ids["a_wang"])
                  .values(township_code=OTHER_TOWNSHIP))
    return linshi


def _column(model, title):
    titles = [model.headerData(i, Qt.Horizontal, Qt.DisplayRole) for i in range(model.columnCount())]
    return titles.index(title)


def _values(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _loaded(qtbot, c, county, rows):
    wait_idle(qtbot, c.runner)          # the query's new keys first, then their rows
    qtbot.waitUntil(lambda: county.model.loaded and county.model.rowCount() == rows
                    and all(county.model.index(r, 0).data() for r in range(rows)), timeout=20000)
    wait_idle(qtbot, c.runner)


def test_the_queue_sorts_and_filters_by_township_type_and_due_date(qtbot, controller, ids, clock):
    c = controller
    linshi = _three_waiting(c, ids, clock)
    mw = sign_in(qtbot, c, "ap1")
    county = mw.show_page("county")
    model, view = county.model, county.view
    _loaded(qtbot, c, county, 3)
    township, village, due, head = (_column(model, t) for t in ("乡镇（街道）", "村（社区）", "办理期限", "户主"))

    # Due first, overdue on top, written in full and never cut.
    dues = _values(model, due)
    assert dues[0].endswith("（已逾期）") and _values(model, head)[0] == "王建国"
    width = view.horizontalHeader().sectionSize(due)
    assert all(view.fontMetrics().horizontalAdvance(d) < width for d in dues)
    assert set(_values(model, township)) == {"碧湖镇", "紫金街道"}
    assert set(_values(model, village)) == {"下南山村", "上赵村", "碧湖村"}

    # Sorted by township (code order), both ways.
    view.sortByColumn(township, Qt.AscendingOrder)
    _loaded(qtbot, c, county, 3)
    assert _values(model, township)[0] == "紫金街道"
    view.sortByColumn(township, Qt.DescendingOrder)
    _loaded(qtbot, c, county, 3)
    assert _values(model, township)[-1] == "紫金街道"
    view.sortByColumn(village, Qt.AscendingOrder)
    _loaded(qtbot, c, county, 3)
    assert _values(model, village) == ["碧湖村", "下南山村", "上赵村"]        # village code order

    # Filters: township, type, due date; each alone and together.
    combo = county.township
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部乡镇（街道）", "紫金街道", "碧湖镇"]
    combo.setCurrentIndex(combo.findData(OTHER_TOWNSHIP))
    _loaded(qtbot, c, county, 1)
    assert _values(model, head) == ["王建国"]
    combo.setCurrentIndex(0)
    _loaded(qtbot, c, county, 3)
    county.type.setCurrentIndex(county.type.findData("linshi"))
    _loaded(qtbot, c, county, 1)
    assert model.row_data(0).id == linshi
    county.type.setCurrentIndex(0)
    _loaded(qtbot, c, county, 3)
    county.due.setCurrentIndex(county.due.findData(-1))
    _loaded(qtbot, c, county, 1)
    assert _values(model, head) == ["王建国"]
    county.due.setCurrentIndex(county.due.findData(3))
    _loaded(qtbot, c, county, 1)
    county.due.setCurrentIndex(county.due.findData(None))
    _loaded(qtbot, c, county, 3)
    combo.setCurrentIndex(combo.findData("331102100"))
    county.type.setCurrentIndex(county.type.findData("dibao"))
    _loaded(qtbot, c, county, 1)
    assert _values(model, head) == ["周德明"]
