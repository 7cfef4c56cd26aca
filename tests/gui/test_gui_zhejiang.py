"""The Zhejiang procedure in the GUI: what each role sees of the new steps and limits."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from lishui_desktop.services import applications as ap

from gui_support import sign_in, wait_idle

SHOTS = Path(os.environ.get("LISHUI_SHOTS", "")) if os.environ.get("LISHUI_SHOTS") else None


def shot(widget, name: str) -> None:
    """Save what the user sees, when LISHUI_SHOTS names a folder (to look at it)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_provisional_due_date_shown_on_the_case(qtbot, controller, ids, clock):
    # 28 December 2026: the 15-working-day limit runs into 2027, which has no official
    # schedule yet, so the due date rests on computed holidays.
    clock.now = datetime(2026, 12, 28, 9, 0)
    mw = sign_in(qtbot, controller, "cw1")
    cw = mw.env.ctx
    aid = ap.create_application(cw, household_id=ids["h_liu"], assistance_type="dibao")
    ap.act(cw, aid, "accept")
    ap.act(cw, aid, "start_investigation")
    apps = mw.show_page("applications")
    apps.open_case(aid)
    qtbot.waitUntil(lambda: apps.case.detail is not None and apps.case.detail.row.id == aid, timeout=20000)
    wait_idle(qtbot, controller.runner)
    text = apps.case.due_label.text()
    assert "2027-01-19" in text and "暂定" in text and "2027" in text
    shot(mw, "case-provisional-due")
