"""单人保 at the 初审: the township reviewer ticks it in the review dialog, names the member
and says she is seriously ill; the dialog shows the service's reckoning (1,060 a month for
her alone) and the review records it (the proposed amount, the explanation)."""
from __future__ import annotations

import os
from pathlib import Path

from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import users
from lishui_desktop.store.models import Application

from gui_support import PASSWORD, VILLAGES, crosscheck_done, service_ctx, sign_in, wait_idle
from tests.services.helpers import household_form

_SHOTS = Path(os.environ["LISHUI_SHOTS"]) if os.environ.get("LISHUI_SHOTS") else None


def test_reviewer_covers_one_member_alone(qtbot, controller):
    c = controller
    ctx = service_ctx(c)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    rv = ctx.as_user(users.login(ctx, "rv1", PASSWORD))
    # Near-dibao: 4,200 / 3 = 1,400 a month, above 1,060, at or below 1.5 x 1,060 = 1,590.
    hid = hs.save_household(cw, household_form(VILLAGES[0][0], wage_fen=420000))
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
    ap.act(cw, aid, "accept")
    ap.act(cw, aid, "start_investigation")
    ap.act(cw, aid, "record_visit", {"investigators": ["陈经办", "林经办"], "conclusion": "属实"})
    crosscheck_done(rv, aid)
    mw = sign_in(qtbot, c, "rv1")
    page = mw.show_page("applications")
    page.open_case(aid)
    qtbot.waitUntil(lambda: page.case.detail is not None and page.case.detail.row.id == aid, timeout=20000)
    dlg = page.case.start_action("review")
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=20000)
    assert not dlg.result.eligible                       # the household as a whole: above the standard
    assert dlg.single.isVisible() and not dlg.single_member.isEnabled()
    dlg.single.setChecked(True)
    dlg.single_member.setCurrentIndex(dlg.single_member.findText("李秀英", flags=qtbot_match()))
    dlg.seriously_ill.setChecked(True)
    wait_idle(qtbot, c.runner)
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.result.eligible, timeout=20000)
    assert dlg.result.amount_fen == 106000
    assert "1,060.00" in dlg.ui.amountLabel.text()
    assert "（单人保）" in dlg.ui.explanation.toPlainText()
    if _SHOTS:
        dlg.grab().save(str(_SHOTS / "review-single.png"))
    dlg.submit()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    with ctx.db.read() as s:
        app = s.get(Application, aid)
        assert app.state == "reviewed" and app.proposed_fen == 106000 and "单人保" in app.explanation


def qtbot_match():
    from PySide6.QtCore import Qt
    return Qt.MatchStartsWith
