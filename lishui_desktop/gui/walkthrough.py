"""`python -m lishui_desktop.gui.walkthrough --out docs/walkthrough [--lang zh|en]`: the
screens of one whole dibao case, caseworker → township reviewer → county → printing the
notice, rendered from a fresh demo database at 1366×768 (the most common office screen).

What a new office's staff read first (docs/walkthrough/README.md). The case is taken
through the services exactly as the buttons would; each screen is the real widget as its
user sees it at that step. Run it again whenever screens change; it writes nothing
outside ``--out`` and a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

WIDTH, HEIGHT = 1366, 768


class _Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make(out_dir: Path, lang: str = "zh") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LISHUI_KEY_DIR", tempfile.mkdtemp(prefix="lishui-walk-keys-"))
    from PySide6.QtCore import QSettings

    from lishui_desktop.domain import idnumber
    from lishui_desktop.services import access, examples, queries
    from lishui_desktop.services import applications as ap
    from lishui_desktop.services import crosscheck
    from lishui_desktop.services import households as hs
    from lishui_desktop.services.context import Context
    from lishui_desktop.services.demo import make_demo

    from . import i18n
    from .app import make_application
    from .env import Env
    from .mainwindow import MainWindow
    from .screenshot import _pump, _wait
    from .tasks import TaskRunner

    out = Path(out_dir) / lang
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp(prefix="lishui-walk-"))
    i18n.install(app, lang)
    path = Path(tempfile.mkdtemp(prefix="lishui-walk-db-")) / "walkthrough.sqlite3"
    make_demo(path, households=120, seed=3)
    clock = _Clock(datetime.now().replace(microsecond=0))
    base = access.open_service(path, clock=clock)
    db, site = base.db, base.site
    runner = TaskRunner()
    users = examples.first_user_by_role(db)
    ctx = {role: Context(db, site, u, clock) for role, u in users.items()}
    saved: list[Path] = []

    def idle() -> None:
        _wait(app, lambda: runner.idle)
        _pump(app, 0.2)
        _wait(app, lambda: runner.idle)

    def shot(widget, name: str) -> None:
        idle()
        target = out / f"{len(saved) + 1:02d}-{name}.png"
        widget.grab().save(str(target))
        saved.append(target)

    def window(role: str) -> MainWindow:
        mw = MainWindow(Env(ctx[role], runner, db.path))
        mw.resize(WIDTH, HEIGHT)
        mw.show()
        idle()
        return mw

    def case_page(mw, case_id: str, page: str = "applications"):
        p = mw.show_page(page)
        p.open_case(case_id)
        _wait(app, lambda: p.case.detail is not None and p.case.detail.row.id == case_id)
        idle()
        return p

    try:
        cw, rv, apv = ctx["caseworker"], ctx["reviewer"], ctx["approver"]
        village = queries.village_names(cw)[0][0]
        born = date(clock.now.year - 58, 3, 12)
        hid = hs.save_household(cw, hs.HouseholdForm(
            village_code=village, address="新建路8号", phone="13905786612",
            members=[hs.MemberForm("陈美华", idnumber.make("331102", born, 222), "self"),
                     hs.MemberForm("陈小军", idnumber.make("331102", date(clock.now.year - 15, 9, 1), 231),
                                   "child")],
            incomes=[hs.IncomeForm("wage", 90000, member=0)], housing_type="owned"))

        # -- the caseworker takes the application --------------------------------------------
        mw = window("caseworker")
        mw.show_page("today")
        shot(mw, "caseworker-today")
        page = mw.show_page("households")
        page.search.setText("陈美华")
        page.search.fire_now()
        idle()
        shot(mw, "caseworker-household-found")
        apps = mw.show_page("applications")
        dlg = apps.new_application(hid)
        idle()
        shot(dlg, "caseworker-new-application")
        dlg.reject()
        aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
        case_page(mw, aid)
        shot(mw, "caseworker-case-taken")
        ap.act(cw, aid, "accept")
        ap.act(cw, aid, "start_investigation")
        p = case_page(mw, aid)
        shot(mw, "caseworker-visit-due")
        visit = p.case.start_action("record_visit")
        idle()
        visit.check_staff(rv.user.display_name)        # two investigators: she and the reviewer
        shot(visit, "caseworker-visit-form")
        visit.reject()
        names = [cw.user.display_name, rv.user.display_name]
        ap.act(cw, aid, "record_visit", {"investigators": names, "findings": {"conclusion": "matches"},
                                         "conclusion": ""})
        # 信息核对: requested with the family's authorisation, the county's answer entered.
        cid = crosscheck.request(cw, aid, authorised_by="陈美华", authorised_on=cw.today())
        crosscheck.record_result(cw, cid, crosscheck.blank_findings(cw.today()), "clear",
                                 note="县核对中心报告 LD2026-1204")
        case_page(mw, aid)
        shot(mw, "caseworker-waits-for-review")
        mw.close_for_logout()

        # -- the township reviewer: 初审, the notice, the hand-up ----------------------------------
        mw = window("reviewer")
        p = case_page(mw, aid)
        shot(mw, "reviewer-case")
        review = p.case.start_action("review")
        _wait(app, lambda: review.result is not None)
        shot(review, "reviewer-review")
        review.reject()
        ap.act(rv, aid, "review", {"recommend": True})
        ap.act(rv, aid, "publish")
        case_page(mw, aid)
        shot(mw, "reviewer-notice-running")
        clock.now += timedelta(days=8)
        ap.act(rv, aid, "close_notice")
        case_page(mw, aid)
        shot(mw, "reviewer-hand-up")
        ap.act(rv, aid, "hand_up")
        mw.close_for_logout()

        # -- the county approver -------------------------------------------------------------------
        mw = window("approver")
        county = mw.show_page("county")
        _wait(app, lambda: county.model.loaded)
        county.open_case(aid)
        _wait(app, lambda: county.case.detail is not None and county.case.detail.row.id == aid)
        shot(mw, "county-queue")
        approve = county.case.start_action("approve")
        idle()
        shot(approve, "county-approve")
        approve.reject()
        ap.act(apv, aid, "approve", {"amount_fen": ap.summary(apv, aid).proposed_fen})
        case_page(mw, aid, "county")
        shot(mw, "county-approved")
        mw.close_for_logout()

        # -- back at the township: the notice of approval --------------------------------------------
        mw = window("caseworker")
        p = case_page(mw, aid)
        shot(mw, "caseworker-approved")
        p.case.tabs.setCurrentWidget(p.case.notices_tab)
        shot(mw, "caseworker-print-notice")
        p.case.issue_notice("approval")
        _wait(app, lambda: p.case.preview is not None)
        shot(p.case.preview, "caseworker-notice-preview")
        p.case.preview.close()
        mw.close_for_logout()
    finally:
        idle()
        runner.shutdown()
        db.dispose()
    return saved


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m lishui_desktop.gui.walkthrough", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("docs/walkthrough"))
    p.add_argument("--lang", choices=["zh", "en", "both"], default="both")
    args = p.parse_args(argv)
    for lang in (("zh", "en") if args.lang == "both" else (args.lang,)):
        for path in make(args.out, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
