"""复核, 资金发放 and 统计报表 pages: loaded through the task runner, steps offered by role."""
from __future__ import annotations

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
