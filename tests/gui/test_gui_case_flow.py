"""A whole dibao case driven through the real widgets on a real database file:
sign in, record a household with members, apply, accept, visit, review, publish,
close the notice a week later, hand up; then the county approver approves.
And the refusal path, with reasons refused until given."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lishui_desktop.domain import idnumber
from lishui_desktop.services import applications as ap
from lishui_desktop.services import users
from lishui_desktop.store.audit import verify_file
from lishui_desktop.store.models import Application, Attachment, AttachmentBlob, Decision

from lishui_desktop.gui.dialogs.action import CONFIRMED
from lishui_desktop.gui.qtfix import emit
from gui_support import PASSWORD, service_ctx, sign_in, type_text, wait_idle
from tests import dbfile


def ok(qtbot, dialog, button=QDialogButtonBox.Ok):
    qtbot.mouseClick(dialog.ui.buttonBox.button(button), Qt.LeftButton)


def wait_closed(qtbot, runner, dialog):
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    wait_idle(qtbot, runner)


def add_member(qtbot, runner, hdlg, name, number, relation=None):
    hdlg.add_member()
    m = hdlg.member_dialog
    type_text(qtbot, m.ui.name, name)
    qtbot.keyClicks(m.ui.idNumber, number)
    if relation:
        m.ui.relation.setCurrentIndex(m.ui.relation.findData(relation))
    info = m.ui.idInfo.text()
    ok(qtbot, m)
    qtbot.waitUntil(lambda: not m.isVisible())
    return info


def run_action(qtbot, c, case, action, *, fill=None, expect_close=True):
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: action in case.action_buttons, timeout=20000)
    button = case.action_buttons[action]
    assert button.isVisible() and button.isEnabled(), (action, button.isVisible(), case.isVisible(), case.window())
    qtbot.mouseClick(button, Qt.LeftButton)
    dlg = case.dialog
    from PySide6.QtWidgets import QApplication
    assert dlg is not None, [(w, getattr(w, "text", lambda: "")()) for w in QApplication.topLevelWidgets() if w.isVisible()]
    qtbot.waitUntil(dlg.isVisible)
    wait_idle(qtbot, c.runner)
    if fill:
        fill(dlg)
    ok(qtbot, dlg, QDialogButtonBox.Save if action == "record_visit" else QDialogButtonBox.Ok)
    if expect_close and action in CONFIRMED:
        # A decision is confirmed explicitly: the first press says what will be signed.
        qtbot.waitUntil(dlg.confirm_label.isVisible, timeout=20000)
        ok(qtbot, dlg)
    if expect_close:
        wait_closed(qtbot, c.runner, dlg)
        qtbot.waitUntil(lambda: case.detail is not None and action not in case.action_buttons
                        or action in ("record_visit",), timeout=20000)
        wait_idle(qtbot, c.runner)
    return dlg


def state_of(c, app_id):
    with c.db.read() as s:
        return s.get(Application, app_id).state


def test_whole_dibao_case(qtbot, controller, clock, tmp_path):
    c = controller
    mw = sign_in(qtbot, c, "cw1")
    assert mw.windowTitle()

    # -- a household with two members and a wage -------------------------------------
    page = mw.show_page("households")
    wait_idle(qtbot, c.runner)
    qtbot.keyClick(mw, Qt.Key_N, Qt.ControlModifier)
    hdlg = page.dialog
    qtbot.waitUntil(lambda: hdlg.loaded, timeout=20000)
    qtbot.waitUntil(lambda: hdlg.ui.village.count() > 1, timeout=20000)   # the village list arrives
    hdlg.ui.village.setCurrentIndex(hdlg.ui.village.findData("331102100201"))      # 碧湖村
    assert hdlg.ui.village.currentIndex() > 0
    type_text(qtbot, hdlg.ui.address, "碧湖村5号")
    qtbot.keyClicks(hdlg.ui.phone, "13905780000")
    head_id = idnumber.make("331102", date(1962, 3, 4), 11)
    info = add_member(qtbot, c.runner, hdlg, "张三", head_id, "self")
    assert "1962-03-04" in info and "男" in info
    add_member(qtbot, c.runner, hdlg, "李四", idnumber.make("331102", date(1964, 5, 6), 12), "spouse")
    assert hdlg.ui.membersTable.rowCount() == 2
    hdlg.add_income()
    inc = hdlg.income_dialog
    inc.ui.member.setCurrentIndex(1)
    qtbot.keyClicks(inc.ui.monthly, "600")
    ok(qtbot, inc)
    qtbot.waitUntil(lambda: not inc.isVisible())
    ok(qtbot, hdlg, QDialogButtonBox.Save)
    wait_closed(qtbot, c.runner, hdlg)

    # Search as you type: "zs" is 张三 by initials.
    mw.activateWindow()
    qtbot.waitUntil(mw.isActiveWindow)
    qtbot.keyClick(mw, Qt.Key_F, Qt.ControlModifier)
    assert mw.focusWidget() is page.search
    qtbot.keyClicks(page.search, "zs")
    qtbot.waitUntil(lambda: page.model.query.text == "zs" and c.runner.idle, timeout=20000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_data(0) is not None, timeout=20000)
    assert page.model.row_data(0).head_name == "张三"
    assert page.model.row_data(0).head_id_masked == idnumber.mask(head_id)

    # -- the application ---------------------------------------------------------------------
    page.view.selectRow(0)
    qtbot.mouseClick(page.apply_button, Qt.LeftButton)
    apps = mw.pages["applications"]
    adlg = apps.dialog
    qtbot.waitUntil(lambda: adlg.household_id is not None and adlg.ui.applicant.count() == 2, timeout=20000)
    adlg.ui.type.setCurrentIndex(adlg.ui.type.findData("dibao"))
    ok(qtbot, adlg)
    wait_closed(qtbot, c.runner, adlg)
    case = apps.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.state == "submitted", timeout=20000)
    app_id = case.application_id
    assert "accept" in case.action_buttons
    assert "review" not in case.action_buttons       # a caseworker does not review

    run_action(qtbot, c, case, "accept")
    run_action(qtbot, c, case, "start_investigation")
    assert state_of(c, app_id) == "investigating"

    # -- the home visit, with a photo ---------------------------------------------------------
    photo = tmp_path / "入户照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"visit" * 100)

    def visit(dlg):
        qtbot.waitUntil(lambda: dlg.ui.staffList.count() >= 2, timeout=20000)
        dlg.check_staff("林经办")
        dlg.ui.villageWitness.setText("村主任王五")
        dlg.add_files([str(photo)])
        qtbot.waitUntil(lambda: len(dlg.files) == 1, timeout=20000)
        dlg.ui.conclusionText.setPlainText("家庭收入情况与申报一致")

    run_action(qtbot, c, case, "record_visit", fill=visit)
    qtbot.waitUntil(lambda: state_of(c, app_id) == "investigated", timeout=20000)

    # -- the data cross-check, on its tab: requested, then the county's result entered ----
    cross = case.crosscheck_tab
    case.tabs.setCurrentWidget(cross)
    qtbot.waitUntil(lambda: cross.request_button.isVisible(), timeout=20000)
    assert not cross.result_button.isVisible()
    qtbot.mouseClick(cross.request_button, Qt.LeftButton)
    rdlg = cross.dialog
    assert rdlg.signer.text() == "张三"
    qtbot.mouseClick(rdlg.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    wait_closed(qtbot, c.runner, rdlg)
    qtbot.waitUntil(lambda: cross.result_button.isVisible(), timeout=20000)
    assert "HD331102100-" in cross.status.text() and not cross.request_button.isVisible()
    qtbot.mouseClick(cross.result_button, Qt.LeftButton)
    res = cross.dialog
    res.found["deposit"].setChecked(True)
    # A record found needs its description: refused beside the form, nothing written.
    qtbot.mouseClick(res.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: res.error_label.isVisible(), timeout=20000)
    assert "存款" in res.error_label.text() and res.isVisible()
    type_text(qtbot, res.detail["deposit"], "活期存款共计3,200元")
    res.note.setPlainText("县核对中心报告 LD2026-1204")
    qtbot.mouseClick(res.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    wait_closed(qtbot, c.runner, res)
    qtbot.waitUntil(lambda: cross.findings.rowCount() == 10, timeout=20000)
    assert "未发现不符合条件的情况" in cross.status.text()
    assert cross.findings.row_data(7).detail == "活期存款共计3,200元"
    cross.grab().save(str(tmp_path / "crosscheck-tab.png"))

    # -- the reviewer ---------------------------------------------------------------------------
    c.logout()
    mw = sign_in(qtbot, c, "rv1")
    emit(mw.env.open_case, app_id)
    case = mw.pages["applications"].case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id and "review" in case.action_buttons,
                    timeout=20000)

    def review(dlg):
        qtbot.waitUntil(lambda: dlg.result is not None, timeout=20000)
        # (1060 - 600/2) x 2 = 1520 yuan a month; the explanation says how.
        assert dlg.result.amount_fen == 152000
        assert "1,520.00" in dlg.ui.explanation.toPlainText()
        assert dlg.ui.recommendYes.isChecked()

    run_action(qtbot, c, case, "review", fill=review)
    assert state_of(c, app_id) == "reviewed"
    run_action(qtbot, c, case, "publish")
    assert state_of(c, app_id) == "publicizing"
    assert "close_notice" not in case.action_buttons       # the 7 days are running

    clock.advance(8)
    case.reload()
    run_action(qtbot, c, case, "close_notice")
    run_action(qtbot, c, case, "hand_up")
    assert state_of(c, app_id) == "awaiting_decision"

    # -- the county approver -------------------------------------------------------------------------
    c.logout()
    mw = sign_in(qtbot, c, "ap1")
    county = mw.show_page("county")
    qtbot.waitUntil(lambda: county.model.loaded and county.model.rowCount() >= 1, timeout=20000)
    county.open_case(app_id)
    case = county.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id, timeout=20000)
    assert set(case.action_buttons) == {"approve", "refuse", "return", "extend"}

    def approve(dlg):
        assert dlg.ui.amount.text() == "1520"
        dlg.ui.amount.setText("1500")
        dlg.amount_reason.setPlainText("核减20元：申请人另有零星收入")

    run_action(qtbot, c, case, "approve", fill=approve)

    with c.db.read() as s:
        app = s.get(Application, app_id)
        assert app.state == "approved" and app.amount_fen == 150000 and app.start_month
        decision = s.scalar(select(Decision).where(Decision.application_id == app_id))
        assert decision.outcome == "approved"
        att = s.scalar(select(Attachment).where(Attachment.application_id == app_id))
        assert att.filename == "入户照片.png" and att.visit_id
        assert s.get(AttachmentBlob, att.sha256).data == photo.read_bytes()
    assert verify_file(c.db_path, dbfile.key_of(c.db_path)).ok


def test_refusal_needs_reasons(qtbot, controller, ids):
    c = controller
    c.start()
    qtbot.waitUntil(lambda: c.login_dialog is not None, timeout=20000)
    # Bring the prepared case (notice ended) to the county through the services.
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    app_id = ids["a_zhou"]
    ap.act(cw, app_id, "close_notice")
    ap.act(rv, app_id, "hand_up")

    mw = sign_in(qtbot, c, "ap1")
    county = mw.show_page("county")
    county.open_case(app_id)
    case = county.case
    qtbot.waitUntil(lambda: case.detail is not None and case.detail.row.id == app_id, timeout=20000)
    dlg = run_action(qtbot, c, case, "refuse", expect_close=False)
    wait_idle(qtbot, c.runner)
    # No reason given: refused, beside the reasons box, in Chinese, nothing written.
    assert dlg.isVisible()
    assert dlg.errors.message_for("reasons") == "请至少填写一条书面理由。"
    assert state_of(c, app_id) == "awaiting_decision"
    dlg.ui.reasonsList.item(0).setCheckState(Qt.Checked)
    dlg.ui.otherReasons.setPlainText("经信息核对，家庭有银行存款8万元")
    ok(qtbot, dlg)
    assert dlg.confirm_label.isVisible() and "经信息核对" in dlg.confirm_label.text()
    assert state_of(c, app_id) == "awaiting_decision"
    ok(qtbot, dlg)
    wait_closed(qtbot, c.runner, dlg)
    with c.db.read() as s:
        app = s.get(Application, app_id)
        assert app.state == "refused"
        assert len(app.reasons) == 2 and app.reasons[1] == "经信息核对，家庭有银行存款8万元"
