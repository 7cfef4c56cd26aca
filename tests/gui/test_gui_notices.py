"""Printed notices from the GUI, on a real database file: the case page offers the notices
the case calls for, issuing opens the preview (QtPdf, from memory), printing goes through
a real QPrinter into a PDF file whose QR code still verifies, a reprint is a marked copy,
and a village's batch runs in the task runner and stops cleanly when cancelled."""
from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from lishui_desktop import notices as nt
from lishui_desktop.domain import idnumber
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices as ns
from lishui_desktop.services import users
from tests.notices.helpers import all_text, decode_qr, flat

from gui_support import PASSWORD, crosscheck_done, VILLAGES, service_ctx, sign_in, wait_idle
from tests import dbfile

BIHU = VILLAGES[0][0]           # 碧湖村


def staff(c):
    ctx = service_ctx(c)
    return {name: ctx.as_user(users.login(ctx, name, PASSWORD)) for name in ("cw1", "rv1", "ap1")}


def start(qtbot, c):
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    return staff(c)


def approve_prepared_case(who, app_id):
    """The template's case whose notice ended: closed, handed up and approved."""
    ap.act(who["cw1"], app_id, "close_notice")
    ap.act(who["rv1"], app_id, "hand_up")
    ap.act(who["ap1"], app_id, "approve", {"amount_fen": 100000, "amount_reason": "按核实后的收入核定"})


def approved_cases(who, clock, n: int) -> list[str]:
    """n new households of 碧湖村 taken through the whole procedure to approval."""
    ids = []
    for i in range(n):
        hid = hs.save_household(who["cw1"], hs.HouseholdForm(
            village_code=BIHU, address=f"碧湖村{100 + i}号",
            members=[hs.MemberForm(f"叶{'一二三四五六七八'[i]}", idnumber.make("331102", date(1960, 1, 1 + i), 301 + 2 * i),
                                   "self")]))
        # reviewed nine days ago and published the day after, so the notice has ended today
        now = clock.now
        clock.now = now - timedelta(days=9)
        aid = ap.create_application(who["cw1"], household_id=hid, assistance_type="dibao")
        ap.act(who["cw1"], aid, "accept")
        ap.act(who["cw1"], aid, "start_investigation")
        ap.act(who["cw1"], aid, "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
        crosscheck_done(who["rv1"], aid)
        ap.act(who["rv1"], aid, "review", {"recommend": True})
        clock.advance(1)
        ap.act(who["cw1"], aid, "publish")
        clock.now = now
        ap.act(who["cw1"], aid, "close_notice")
        ap.act(who["rv1"], aid, "hand_up")
        ap.act(who["ap1"], aid, "approve", {"amount_fen": 90000, "amount_reason": "按核实后的收入核定"})
        ids.append(aid)
    return ids


def notices_in(c, kind: str) -> list[tuple]:
    conn = dbfile.connect(c.db_path)
    try:
        return conn.execute("SELECT application_id, number, copy_of FROM notices WHERE kind=? ORDER BY created_at, "
                            "rowid", (kind,)).fetchall()
    finally:
        conn.close()


def open_case(qtbot, mw, app_id):
    apps = mw.show_page("applications")
    apps.open_case(app_id)
    case = apps.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id, timeout=20000)
    return case


def wait_preview(qtbot, owner):
    qtbot.waitUntil(lambda: owner.preview is not None and owner.preview.isVisible(), timeout=20000)
    dlg = owner.preview
    qtbot.waitUntil(lambda: dlg.document.status() == QPdfDocument.Status.Ready, timeout=20000)
    return dlg


def print_to_file(qtbot, preview, path):
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    job = preview.print_to(printer)
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert job.ok
    return pypdf.PdfReader(str(path))


def test_case_page_issues_previews_prints_and_reprints(qtbot, controller, ids, tmp_path):
    c = controller
    who = start(qtbot, c)
    app_id = ids["a_zhou"]
    approve_prepared_case(who, app_id)
    mw = sign_in(qtbot, c, "cw1")
    case = open_case(qtbot, mw, app_id)
    wait_idle(qtbot, c.runner)

    # The case page offers what an approved case calls for, the approval notice first in weight.
    assert "approval" in case.kind_buttons and "refusal" not in case.kind_buttons
    button = case.kind_buttons["approval"]
    assert button.text() == "审核确认通知书" and "bold" in button.styleSheet()
    assert case.tabs.tabText(case.tabs.indexOf(case.notices_tab)) == "打印通知书（0）"
    case.tabs.setCurrentWidget(case.notices_tab)
    qtbot.mouseClick(button, Qt.LeftButton)
    preview = wait_preview(qtbot, case)
    assert preview.document.pageCount() >= 1
    [(aid, number, copy_of)] = notices_in(c, "approval")
    assert (aid, copy_of) == (app_id, None)
    assert number in preview.windowTitle() and preview.pages_label.text().startswith("共")

    # 打印… opens the printer dialog (not modal to the whole application).
    chooser = preview.print_dialog()
    qtbot.waitUntil(chooser.isVisible)
    chooser.reject()
    # Printing: every page through the printer's painter, here into a PDF file.
    printed = print_to_file(qtbot, preview, tmp_path / "printed.pdf")
    assert len(printed.pages) == preview.document.pageCount()
    # The page went out as it is: its signed QR code still reads and verifies.
    verified = nt.verify_payload(decode_qr(tmp_path / "printed.pdf"), ns.public_keys(who["cw1"]))
    assert (verified.kind, verified.number, verified.application_id) == ("approval", number, app_id)

    preview.save_to(str(tmp_path / "saved"))
    qtbot.waitUntil(lambda: (tmp_path / "saved.pdf").exists(), timeout=20000)
    assert (tmp_path / "saved.pdf").read_bytes() == preview.pdf
    preview.reject()

    # The list of issued notices, and a reprint: a copy, marked and recorded.
    qtbot.waitUntil(lambda: case.notices.rowCount() == 1, timeout=20000)
    assert case.notices.data(case.notices.index(0, 3)) == "原件"
    case.notices_view.selectRow(0)
    case.preview = None
    qtbot.mouseClick(case.reprint_button, Qt.LeftButton)
    copy = wait_preview(qtbot, case)
    assert "副本" in copy.windowTitle()
    assert "副本" in flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(copy.pdf)).pages))
    rows = notices_in(c, "approval")
    assert len(rows) == 2 and rows[1][2] is not None and rows[1][1] == number
    qtbot.waitUntil(lambda: case.notices.rowCount() == 2, timeout=20000)
    assert case.tabs.tabText(case.tabs.indexOf(case.notices_tab)) == "打印通知书（2）"
    copy.reject()

    # A correction (更正): a new original with a new number naming the one it replaces; the
    # old original is shown as replaced, its reason on hover. The approval is the county's
    # document: the township cannot renumber it. Without a reason, nothing either.
    from lishui_desktop.gui import errors
    assert case.correct_button.isEnabled() and case.correct_button.text().startswith("更正")
    case.preview = None
    case.correct_notice(0, reason="保障起始年月填写有误")
    wait_idle(qtbot, c.runner)
    assert case.preview is None and len(notices_in(c, "approval")) == 2
    assert any("莲都区民政局" in b.text() for b in errors._open_boxes)
    accepted = ns.issue(who["cw1"], app_id, "acceptance")
    case.open(app_id)
    qtbot.waitUntil(lambda: case.notices.rowCount() == 3, timeout=20000)
    case.correct_notice(2, reason="  ")
    wait_idle(qtbot, c.runner)
    assert case.preview is None and len(notices_in(c, "acceptance")) == 1
    assert any("理由" in b.text() for b in errors._open_boxes)
    case.correct_notice(2, reason="联系电话印错")
    fixed = wait_preview(qtbot, case)
    rows = notices_in(c, "acceptance")
    assert len(rows) == 2 and rows[1][1] != accepted.number and rows[1][2] is None
    text = flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(fixed.pdf)).pages))
    assert "更正" in text and accepted.number in text
    qtbot.waitUntil(lambda: case.notices.rowCount() == 4, timeout=20000)
    force = case.notices.index(2, 5)
    assert case.notices.data(force) == "已被更正替代"
    assert case.notices.data(force, Qt.ToolTipRole) == "联系电话印错"
    assert case.notices.data(case.notices.index(3, 5)) == "现行有效"
    assert case.notices.data(case.notices.index(1, 5)) == "副本"
    fixed.reject()


def test_batch_of_a_village_with_cancel_keeps_what_was_issued(qtbot, controller, clock):
    c = controller
    who = start(qtbot, c)
    made = approved_cases(who, clock, 6)
    mw = sign_in(qtbot, c, "cw1")
    apps = mw.show_page("applications")
    wait_idle(qtbot, c.runner)
    assert apps.batch_button.isVisible()
    qtbot.mouseClick(apps.batch_button, Qt.LeftButton)
    dlg = apps.dialog
    qtbot.waitUntil(lambda: dlg.village.count() == 3, timeout=20000)
    dlg.village.setCurrentIndex(dlg.village.findData(BIHU))
    assert dlg.kind.currentData() == "approval"
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 6, timeout=20000)
    assert sorted(cand.application_id for cand in dlg.candidates) == sorted(made)
    assert dlg.count_label.text() == "共6户，已勾选6户。"

    # The person presses 停止 as soon as the first notice is reported done.
    dlg.progress.valueChanged.connect(lambda v: v >= 1 and dlg.task is not None and dlg.cancel_or_close())
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    assert dlg.task is not None and dlg.progress.isVisible()
    qtbot.waitUntil(lambda: dlg.task is None, timeout=60000)
    result = dlg.outcome
    issued = len(result.entries)
    assert result.cancelled and 1 <= issued < 6
    # Exactly the notices issued are recorded, and exactly they are in the PDF shown.
    recorded = notices_in(c, "approval")
    assert sorted(r[1] for r in recorded) == sorted(e.number for e in result.entries)
    preview = wait_preview(qtbot, dlg)
    assert preview.document.pageCount() == result.pages >= issued
    assert "已停止" in preview.note.text() and f"已出具并登记{issued}份" in preview.note.text()
    preview.reject()
    # The households left over are still listed for a later batch.
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 6 - issued, timeout=20000)

    # Another kind lists its own households: the village's 公示名单 is for the one case in its notice.
    dlg.kind.setCurrentIndex(dlg.kind.findData("public_notice"))
    assert dlg.type.currentData() == "dibao"
    qtbot.waitUntil(lambda: dlg.count_label.text().startswith("正在公示的共1户"), timeout=20000)
    dlg.kind.setCurrentIndex(dlg.kind.findData("refusal"))
    qtbot.waitUntil(lambda: dlg.count_label.text() == "这个村没有需要出具这种通知书的家庭。", timeout=20000)
    assert not dlg.ok_button.isEnabled()
    dlg.reject()


def test_public_notice_of_a_village(qtbot, controller, ids, tmp_path):
    c = controller
    start(qtbot, c)
    mw = sign_in(qtbot, c, "cw1")
    dlg = mw.show_page("applications").batch_notices()
    qtbot.waitUntil(lambda: dlg.village.count() == 3, timeout=20000)
    dlg.village.setCurrentIndex(dlg.village.findData(BIHU))
    dlg.kind.setCurrentIndex(dlg.kind.findData("public_notice"))
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=20000)
    assert dlg.candidates[0].application_id == ids["a_zhou"]
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    preview = wait_preview(qtbot, dlg)
    [(aid, number, copy_of)] = notices_in(c, "public_notice")
    assert aid is None and copy_of is None and number in preview.note.text()
    (tmp_path / "list.pdf").write_bytes(preview.pdf)
    text = all_text(tmp_path / "list.pdf")
    assert "公示" in text and "周德明" in text
    preview.reject()
    dlg.reject()


def test_a_refusal_ticked_in_english_prints_in_chinese(qtbot, controller, ids):
    """Records hold codes: what an English interface ticked prints as the core's Chinese."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from lishui_desktop.domain import codes
    from lishui_desktop.gui import i18n
    from lishui_desktop.store.models import Application
    app = QCoreApplication.instance()
    c = controller
    who = start(qtbot, c)
    app_id = ids["a_zhou"]
    ap.act(who["cw1"], app_id, "close_notice")
    ap.act(who["rv1"], app_id, "hand_up")
    try:
        i18n.install(app, "en")
        mw = sign_in(qtbot, c, "ap1")
        county = mw.show_page("county")
        county.open_case(app_id)
        case = county.case
        qtbot.waitUntil(lambda: case.detail is not None and "refuse" in case.action_buttons, timeout=20000)
        qtbot.mouseClick(case.action_buttons["refuse"], Qt.LeftButton)
        dlg = case.dialog
        qtbot.waitUntil(dlg.isVisible)
        items = [dlg.ui.reasonsList.item(i) for i in range(dlg.ui.reasonsList.count())]
        assert items[0].text() == "Per-capita income is not below the local standard"
        items[0].setCheckState(Qt.Checked)
        items[2].setCheckState(Qt.Checked)
        dlg.ui.otherReasons.setPlainText("经信息核对，家庭有银行存款8万元")
        # A decision is confirmed explicitly: the first press shows what will be signed.
        qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
        qtbot.waitUntil(dlg.confirm_label.isVisible, timeout=20000)
        qtbot.mouseClick(dlg.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
        wait_idle(qtbot, c.runner)
        with c.db.read() as s:
            stored = s.get(Application, app_id).reasons
        assert stored == ["income_not_below_standard", "concealed_income", "经信息核对，家庭有银行存款8万元"]

        mw = sign_in(qtbot, c, "cw1")
        case = open_case(qtbot, mw, app_id)
        qtbot.waitUntil(lambda: "refusal" in case.kind_buttons, timeout=20000)
        assert "Per-capita income is not below the local standard" in case.reason_banner.text()
        qtbot.mouseClick(case.kind_buttons["refusal"], Qt.LeftButton)
        preview = wait_preview(qtbot, case)
        text = flat("".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(preview.pdf)).pages))
        preview.reject()
    finally:
        i18n.install(app, "zh")
    assert flat(codes.REASONS["income_not_below_standard"]) in text
    assert flat(codes.REASONS["concealed_income"]) in text
    assert flat("经信息核对，家庭有银行存款8万元") in text
    assert "Per-capita" not in text and "income_not_below_standard" not in text


def test_cases_in_two_notice_periods_get_a_list_each(qtbot, controller, ids, tmp_path):
    c = controller
    who = start(qtbot, c)
    # A second household of 碧湖村 published today: its 7 days are not 周德明's.
    hid = hs.save_household(who["cw1"], hs.HouseholdForm(
        village_code=BIHU, address="碧湖村5号", phone="13905780000",
        members=[hs.MemberForm("赵桂兰", idnumber.make("331102", date(1956, 4, 5), 28), "self")]))
    aid = ap.create_application(who["cw1"], household_id=hid, assistance_type="dibao")
    for actor, action, params in [("cw1", "accept", {}), ("cw1", "start_investigation", {}),
                                  ("cw1", "record_visit", {"investigators": ["陈经办", "林经办"],
                                                           "conclusion": "属实"}),
                                  ("rv1", "review", {"recommend": True}), ("cw1", "publish", {})]:
        if action == "review":
            crosscheck_done(who["rv1"], aid)
        ap.act(who[actor], aid, action, params)
    mw = sign_in(qtbot, c, "cw1")
    dlg = mw.show_page("applications").batch_notices()
    qtbot.waitUntil(lambda: dlg.village.count() == 3, timeout=20000)
    dlg.village.setCurrentIndex(dlg.village.findData(BIHU))
    dlg.kind.setCurrentIndex(dlg.kind.findData("public_notice"))
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=20000)
    starts = {r.head_name: r.notice_start for r in dlg.candidates}
    assert starts["周德明"] != starts["赵桂兰"]
    assert "2个不同的公示期" in dlg.count_label.text()
    assert f"至{(starts['赵桂兰'] + timedelta(days=6)).isoformat()}）" in dlg.table.item(1, 3).text()
    qtbot.mouseClick(dlg.ok_button, Qt.LeftButton)
    preview = wait_preview(qtbot, dlg)
    lists = notices_in(c, "public_notice")
    assert len(lists) == 2 and all(aid is None and copy_of is None for aid, _n, copy_of in lists)
    assert all(number in preview.note.text() for _a, number, _c in lists)
    pages = [flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(preview.pdf)).pages]
    first = [p for p in pages if "周德明" in p]
    second = [p for p in pages if "赵桂兰" in p]
    # each list names only its own household and its own period
    assert first and second and not any("赵桂兰" in p for p in first)
    assert all(starts["赵桂兰"].strftime("%Y年%-m月%-d日") in p or starts["赵桂兰"].isoformat() in p
               for p in second)
    preview.reject()
    dlg.reject()
