"""渐退期 at the 复核: the township reviewer's proposal form offers the taper when employment
lifted a paid dibao household above the standard; ticking it proposes to continue, with
the taper as the stated reason (services.reviews.propose checks and words it)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox

from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import reviews, users

from gui_support import PASSWORD, VILLAGES, crosscheck_done, service_ctx, sign_in, wait_idle
from tests.services.helpers import household_form

_SHOTS = Path(os.environ["LISHUI_SHOTS"]) if os.environ.get("LISHUI_SHOTS") else None


def test_reviewer_proposes_a_taper(qtbot, controller, clock):
    c = controller
    ctx = service_ctx(c)
    cw, cw2, rv, apr = (ctx.as_user(users.login(ctx, n, PASSWORD)) for n in ("cw1", "cw2", "rv1", "ap1"))
    hid = hs.save_household(cw, household_form(VILLAGES[0][0]))          # wage 500 a month
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
    ap.act(cw, aid, "accept")
    ap.act(cw, aid, "start_investigation")
    ap.act(cw, aid, "record_visit", {"investigators": ["陈经办", "林经办"], "investigator_ids": [cw2.user.id],
                                     "conclusion": "属实"})
    crosscheck_done(cw, aid)
    ap.act(rv, aid, "review", {"recommend": True})
    ap.act(cw, aid, "publish")
    clock.advance(8)
    ap.act(cw, aid, "close_notice")
    ap.act(rv, aid, "hand_up")
    ap.act(apr, aid, "approve", {"amount_fen": 150000, "amount_reason": "核定"})
    # 李秀英 has worked 13 months at 6,000 (past the 12 months' disregard): the household is
    # above the standard only because of the job.
    form, _ = hs.form_for_edit(cw, hid)
    form.incomes = [*form.incomes, hs.IncomeForm("wage", 600000, member=1, employment_start=date(2025, 9, 1))]
    hs.save_household(cw, form, household_id=hid)
    rid = reviews.open_review(cw, aid)
    reviews.record_visit(cw, rid, investigators=["陈经办", "林经办"], conclusion="李秀英已就业")

    mw = sign_in(qtbot, c, "rv1")
    page = mw.show_page("reviews")
    qtbot.waitUntil(lambda: any(page.model.row_data(r).review_id == rid for r in range(page.model.rowCount())),
                    timeout=20000)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).review_id == rid)
    page.view.selectRow(row)
    seen = {}

    def fill():
        dlg = QApplication.activeModalWidget()
        box = dlg.findChild(QCheckBox, "taperPeriod") if dlg is not None else None
        if box is None:
            QTimer.singleShot(100, fill)
            return
        seen["visible"] = box.isVisible()
        box.setChecked(True)
        if _SHOTS:
            dlg.grab().save(str(_SHOTS / "review-taper.png"))
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(100, fill)
    page.propose()
    qtbot.waitUntil(lambda: reviews.get(cw, rid).state == "proposed", timeout=30000)
    wait_idle(qtbot, c.runner)
    assert seen["visible"]
    view = reviews.get(cw, rid)
    assert view.proposal == "continue" and view.reasons[0].startswith("家庭因就业收入增加，月人均收入超过低保标准，给予渐退期 6 个月")
