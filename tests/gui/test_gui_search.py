"""Search results show what matched and where (the member, the typed digits of an ID number,
the phone), highlighted; the new-application dialog opened from a household shows it chosen."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from lishui_desktop.domain import idnumber
from lishui_desktop.gui import match_text
from lishui_desktop.gui.pages.households import MATCH_COLUMN

from gui_support import crosscheck_done, sign_in, type_text, wait_idle

WIFE_ID = idnumber.make("331102", date(1960, 7, 8), 22)       # 李秀英, 王建国's wife (gui_support)


def _search(qtbot, c, page, text):
    page.search.clear()
    type_text(qtbot, page.search, text)
    page.search.fire_now()
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: page.model.loaded and page.model.rowCount() > 0
                    and page.model.row_data(0) is not None, timeout=20000)
    wait_idle(qtbot, c.runner)


def _row_of(model, head):
    for r in range(model.rowCount()):
        if model.row_data(r) is not None and model.row_data(r).head_name == head:
            return r
    raise AssertionError(head)


def test_a_member_match_names_the_member_and_highlights_it(qtbot, controller):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("households")
    wait_idle(qtbot, c.runner)
    assert page.view.isColumnHidden(MATCH_COLUMN)          # nothing to explain before a search
    _search(qtbot, c, page, "李秀英")
    assert not page.view.isColumnHidden(MATCH_COLUMN)
    model = page.model
    r = _row_of(model, "王建国")                            # the head; the match is his wife
    assert model.index(r, MATCH_COLUMN).data() == "配偶 李秀英"
    assert match_text.marked_parts(model.row_data(r).matches) == ["李秀英"]
    assert 'background-color' in match_text.rich(model.row_data(r).matches)
    page.view.grab()                                        # the delegate paints the highlight

    # Digits from the middle of her ID number: those digits shown, the rest still masked.
    middle = WIFE_ID[8:14]
    _search(qtbot, c, page, middle)
    r = _row_of(model, "王建国")
    text = model.index(r, MATCH_COLUMN).data()
    assert text == f"配偶 李秀英 身份证号 {WIFE_ID[:6]}**{middle}{WIFE_ID[-4:]}"
    assert match_text.marked_parts(model.row_data(r).matches) == [middle]
    # The list's own ID column stays masked as ever.
    assert model.row_data(r).head_id_masked.count("*") == 8

    # The household's phone.
    _search(qtbot, c, page, "5781234")
    r = _row_of(model, "王建国")
    assert model.index(r, MATCH_COLUMN).data() == "电话 13905781234"
    assert match_text.marked_parts(model.row_data(r).matches) == ["5781234"]

    page.search.clear()
    page.search.fire_now()
    wait_idle(qtbot, c.runner)
    assert page.view.isColumnHidden(MATCH_COLUMN)


def test_new_application_from_a_household_shows_it_chosen(qtbot, controller, ids):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    apps = mw.show_page("applications")
    dlg = apps.new_application(ids["h_liu"])
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: dlg.household_id == ids["h_liu"], timeout=20000)
    # Not the name typed into an empty search above an empty list: the household itself.
    assert dlg.search.text() == ""
    assert dlg.results.rowCount() == 1 and dlg.results.row_data(0).id == ids["h_liu"]
    assert dlg.ui.householdList.currentIndex().row() == 0
    assert "刘芳" in dlg.results.index(0, 0).data() and "刘芳" in dlg.ui.householdInfo.text()
    assert dlg.ui.applicant.count() == 2
    # Searching still finds another household, and explains the match.
    type_text(qtbot, dlg.search, "李秀英")
    dlg.search.fire_now()
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: dlg.results.rowCount() == 1 and dlg.results.row_data(0).head_name == "王建国",
                    timeout=20000)
    assert dlg.results.index(0, 0).data().endswith("配偶 李秀英")
    dlg.ui.householdList.grab()
    qtbot.waitUntil(lambda: dlg.household_id == ids["h_wang"], timeout=20000)
    dlg.reject()


def test_visit_attachments_show_a_file_checksum_with_the_hash_on_hover(qtbot, controller, ids, tmp_path):
    from lishui_desktop.services import applications as ap
    from lishui_desktop.services import users
    from gui_support import PASSWORD, service_ctx
    import hashlib
    c = controller
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    data = b"%PDF-1.4 scan"
    ap.record_visit(cw, ids["a_wang"], {"investigators": ["陈经办", "林经办"],
                                       "findings": {"conclusion": "matches"}, "conclusion": ""},
                    [ap.AttachmentFile("scan.pdf", data, "application/pdf")])
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("applications")
    page.open_case(ids["a_wang"])
    qtbot.waitUntil(lambda: page.case.detail is not None and bool(page.case.detail.visits), timeout=20000)
    wait_idle(qtbot, c.runner)
    model = page.case.visit_attachments
    titles = [model.headerData(i, Qt.Horizontal, Qt.DisplayRole) for i in range(model.columnCount())]
    assert "文件校验码" in titles and not any("SHA" in t for t in titles)
    col = titles.index("文件校验码")
    digest = hashlib.sha256(data).hexdigest()
    assert model.index(0, col).data() == digest[:12] + "…"
    assert digest in model.index(0, col).data(Qt.ToolTipRole)
    # The conclusion reads as the visit form words it.
    assert "结论：与申报情况一致" in page.case.visit_text.toPlainText()


def test_the_case_lists_explain_their_matches_too(qtbot, controller, ids):
    from lishui_desktop.gui.pages import applications, county
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    page = mw.show_page("applications")
    wait_idle(qtbot, c.runner)
    assert page.view.isColumnHidden(applications.MATCH_COLUMN)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    _search(qtbot, c, page, "李秀英")
    r = next(i for i in range(page.model.rowCount()) if page.model.row_data(i).id == ids["a_wang"])
    assert not page.view.isColumnHidden(applications.MATCH_COLUMN)
    assert page.model.index(r, applications.MATCH_COLUMN).data() == "配偶 李秀英"
    page.view.grab()
    # The county's queue: a case waiting there, found by the wife's name.
    from lishui_desktop.services import applications as ap
    from lishui_desktop.services import users
    from gui_support import PASSWORD, service_ctx
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    ap.act(cw, ids["a_wang"], "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    crosscheck_done(rv, ids["a_wang"])
    ap.act(rv, ids["a_wang"], "review", {"recommend": False, "reasons": ["supporter_able"]})
    ap.act(rv, ids["a_wang"], "hand_up")
    mw = sign_in(qtbot, c, "ap1")
    queue = mw.show_page("county")
    wait_idle(qtbot, c.runner)
    _search(qtbot, c, queue, "李秀英")
    assert queue.model.rowCount() == 1
    assert queue.model.index(0, county.MATCH_COLUMN).data() == "配偶 李秀英"
