"""复核, 资金发放 and 统计报表 pages: loaded through the task runner, steps offered by role."""
from __future__ import annotations

import pytest
from gui_support import sign_in, wait_idle


def test_payroll_page_builds_a_draft_and_offers_steps_by_role(qtbot, controller):
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("payroll")
    wait_idle(qtbot, mw.env.runner)
    assert page.status.text() == "本月该类别尚未生成发放名册。"
    assert page.buttons["build"].isVisible() and not page.buttons["sign"].isVisible()
    page.build()
    qtbot.waitUntil(lambda: page.roll_id is not None, timeout=20000)
    assert page.status.text().startswith("草稿：共0笔")
    assert not page.buttons["import"].isEnabled()       # only an approved roll goes to the bank


def test_reviews_and_reports_pages_load(qtbot, controller):
    mw = sign_in(qtbot, controller, "cw1")
    reviews = mw.show_page("reviews")
    wait_idle(qtbot, mw.env.runner)
    assert reviews.count.text().startswith("到期或办理中的复核共")
    reports = mw.show_page("reports")
    qtbot.waitUntil(lambda: reports.data is not None, timeout=20000)
    assert reports.checks.text() == "表内校验：全部通过。"
    assert reports.model.rowCount() == 5



def test_payroll_page_shows_offsets_and_overpayments(qtbot, controller, ids, tmp_path):
    """A case reduced from a month already paid: January's roll offsets the overpayment;
    the page shows the offset lines, their sum in the status and the case to recover."""
    from lishui_desktop.services import applications as ap
    from lishui_desktop.services import payroll, users
    from lishui_desktop.store.models import Application
    from gui_support import PASSWORD, service_ctx

    ctx = service_ctx(controller)
    cw, rv, apr = (ctx.as_user(users.login(ctx, u, PASSWORD)) for u in ("cw1", "rv1", "ap1"))
    aid = ids["a_zhou"]
    ap.act(cw, aid, "close_notice")
    ap.act(rv, aid, "hand_up")
    with ctx.db.read() as s:
        app = s.get(Application, aid)
        amount, hid, first = app.proposed_fen, app.household_id, app.submitted_on.strftime("%Y-%m")
    ap.act(apr, aid, "approve", {"amount_fen": amount, "start_month": first})
    payroll.set_bank_account(cw, hid, bank_name="丽水农商银行", account_no="6217000000000000123")
    paid = []
    month = first
    while month < "2027-01":
        rid = payroll.build(cw, month, "dibao")
        payroll.sign_off(rv, rid)
        payroll.approve(apr, rid)
        paid.append(month)
        y, m = int(month[:4]), int(month[5:])
        month = f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    ap.act(apr, aid, "reduce", {"amount_fen": amount - 20000, "start_month": first,
                                "reasons": ["收入增加"]})
    payroll.build(cw, month, "dibao")
    mw = sign_in(qtbot, controller, "cw1")
    page = mw.show_page("payroll")
    page.month.setText(month)
    page.load()
    rows = 1 + len(paid)
    qtbot.waitUntil(lambda: page.roll_id is not None and page.lines.rowCount() == rows, timeout=20000)
    wait_idle(qtbot, mw.env.runner)
    kinds = [page.lines.index(r, 6).data() for r in range(rows)]
    assert kinds.count("扣减多发") == len(paid)
    offset = f"{200 * len(paid):,}.00"
    assert f"其中扣减多发{offset}元" in page.status.text()
    assert page.overpayments.rowCount() == 1
    assert page.overpayments.index(0, 2).data() == offset
    assert page.overpayments.index(0, 3).data() == "在以后的名册中扣减"
    from PySide6.QtWidgets import QPushButton
    assert page.findChild(QPushButton, "payroll_recovery").isVisibleTo(page)
    mw.resize(1400, 860)
    wait_idle(qtbot, mw.env.runner)
    mw.grab().save(str(tmp_path / "payroll-offsets.png"))
    import shutil
    shutil.copy(tmp_path / "payroll-offsets.png", "/tmp/h13r-payroll-offsets.png")


def test_county_payroll_page_shows_a_townships_lines_and_approves(qtbot, controller, ids, tmp_path):
    """At the county: the 资金发放 page picks the township, shows the roll's lines as they
    arrived (the 扣减多发 lines with their months) and approves after checking them."""
    from sqlalchemy import update
    from lishui_desktop.services import applications as ap
    from lishui_desktop.services import payroll, users
    from lishui_desktop.store.models import Application, Site
    from gui_support import PASSWORD, service_ctx

    ctx = service_ctx(controller)
    cw, rv, apr = (ctx.as_user(users.login(ctx, u, PASSWORD)) for u in ("cw1", "rv1", "ap1"))
    aid = ids["a_zhou"]
    ap.act(cw, aid, "close_notice")
    ap.act(rv, aid, "hand_up")
    with ctx.db.read() as s:
        app = s.get(Application, aid)
        amount, hid, first = app.proposed_fen, app.household_id, app.submitted_on.strftime("%Y-%m")
    ap.act(apr, aid, "approve", {"amount_fen": amount, "start_month": first})
    payroll.set_bank_account(cw, hid, bank_name="丽水农商银行", account_no="6217000000000000123")
    rid = payroll.build(cw, first, "dibao")
    payroll.sign_off(rv, rid)
    payroll.approve(apr, rid)
    y, m = int(first[:4]), int(first[5:])
    month = f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    ap.act(apr, aid, "reduce", {"amount_fen": amount - 20000, "start_month": first,
                                "reasons": ["收入增加"]})
    rid = payroll.build(cw, month, "dibao")
    payroll.sign_off(rv, rid)
    # The same file as the county's after a sync: the township's roll and lines as pulled,
    # without the township's own audit chain and outbox (a county file never holds them).
    from lishui_desktop.store.models import AuditEntry, OutboxEntry
    with ctx.db.write() as s:
        s.execute(update(Site).values(code="331102", kind="county"))
        s.execute(AuditEntry.__table__.delete())
        s.execute(OutboxEntry.__table__.delete())
    from lishui_desktop.services import access
    ctx = access.open_service(controller.db_path, clock=controller.clock)     # the county's
    mw = sign_in(qtbot, controller, "ap1")
    page = mw.show_page("payroll")
    page.month.setText(month)
    page.load()
    qtbot.waitUntil(lambda: page.roll_id == rid and page.lines.rowCount() == 2, timeout=20000)
    wait_idle(qtbot, mw.env.runner)
    assert page.township.isVisibleTo(page) and page.township.currentText() == "碧湖镇"
    rows = [(page.lines.index(r, 6).data(), page.lines.index(r, 7).data()) for r in range(2)]
    assert ("扣减多发", first) in rows and ("按月发放", month) in rows
    assert page.buttons["approve"].isEnabled() and not page.buttons["build"].isVisible()
    page.approve()
    qtbot.waitUntil(lambda: _approvals(ctx, rid) == 1, timeout=20000)
    # Approved here: no second approval is offered while the township has not frozen it.
    qtbot.waitUntil(lambda: not page.buttons["approve"].isEnabled(), timeout=20000)
    assert "the township freezes it at its next sync" in page.status.text() \
        or "乡镇下次同步时锁定" in page.status.text()
    view, lines = payroll.export_rows(ctx.as_user(users.login(ctx, "ap1", PASSWORD)), rid, "bank")
    assert len(lines) == 2 and view.state == "signed_off"     # frozen when the township takes it in
    from lishui_desktop.domain.errors import WorkflowError
    with pytest.raises(WorkflowError) as e:
        payroll.approve(ctx.as_user(users.login(ctx, "ap1", PASSWORD)), rid)
    assert e.value.code == "payroll.approved_here"
    mw.resize(1400, 860)
    wait_idle(qtbot, mw.env.runner)
    mw.grab().save(str(tmp_path / "payroll-county.png"))
    import shutil
    shutil.copy(tmp_path / "payroll-county.png", "/tmp/h13p-payroll-county.png")


def _approvals(ctx, rid):
    from sqlalchemy import func, select
    from lishui_desktop.store.models import PayrollApproval
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(PayrollApproval)
                        .where(PayrollApproval.roll_id == rid))
