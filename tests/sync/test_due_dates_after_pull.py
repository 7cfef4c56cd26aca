"""A holiday schedule handed down by a real city server moves the stored due dates of open
cases once the pull is in, and a pull that stopped after applying its pages leaves the
recount to the next one (the mark is written with the pages, not after them)."""
from datetime import date, datetime

from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import sync
from lishui_desktop.store import settings
from lishui_desktop.store.calendar_seed import known_years
from lishui_desktop.sync import engine
from lishui_desktop.sync.protocol import PullItem, PullPage
from tests.hq.hq_helpers import run_cli
from tests.services.helpers import household_form
from tests.sync.conftest import TOWN_STAFF, make_desk

TOWN = "331102100"


def _investigating_case(desk, clock) -> str:
    clock.set(date(2026, 12, 28))
    cw = desk.as_("cw1")
    hid = hs.save_household(cw, household_form(TOWN + "201"))
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
    for step in ("accept", "start_investigation"):
        ap.act(cw, aid, step)
    return aid


def _stale(desk):
    with desk.ctx.db.read() as s:
        return settings.get_json(s, engine.STALE_DUE_DATES)


def test_the_citys_2027_schedule_moves_the_due_date_after_the_pull(hq, tmp_path, clock):
    assert 2027 not in known_years()
    desk = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    aid = _investigating_case(desk, clock)
    cw = desk.as_("cw1")
    # 15 working days from Monday 28 December 2026 with 元旦 2027 computed (provisional).
    assert ap.summary(cw, aid).due_date == date(2027, 1, 19)
    schedule = tmp_path / "2027.csv"
    schedule.write_text("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,holiday,元旦\n",
                        encoding="utf-8")
    assert "2 days read" in run_cli("holidays", "load", str(schedule), db=hq.db_url).stdout
    report = sync.sync_once(desk.ctx)
    assert report.error is None and report.pulled["reference"] >= 2
    # 29-31 Dec (3); 5-8 Jan (7); 11-15 Jan (12); 18-20 Jan (15): and nothing left marked.
    assert ap.summary(cw, aid).due_date == date(2027, 1, 20)
    assert not ap.deadline(cw, aid).provisional
    assert _stale(desk) is None


def test_a_pull_that_stopped_after_its_pages_is_recounted_by_the_next(hq, tmp_path, clock):
    desk = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    aid = _investigating_case(desk, clock)
    cw = desk.as_("cw1")
    sync.sync_once(desk.ctx)
    # The page goes in with its cursor and the program stops before the recount.
    page = PullPage(items=[PullItem(cursor=10_000 + i, entity="holiday", id=d, version=1,
                                    site_code="city", payload={"date": d, "kind": "holiday"})
                           for i, d in enumerate(("2027-01-01", "2027-01-04"))],
                    next_cursor=10_001, more=False)
    with desk.ctx.db.write() as s:
        engine.apply_pull_page(s, page, TOWN, datetime(2026, 12, 28, 10))
    assert _stale(desk) == {"all": True}
    assert ap.summary(cw, aid).due_date == date(2027, 1, 19)      # not yet recounted
    # The next sync (the server has nothing new past that cursor) recounts first.
    report = sync.sync_once(desk.ctx)
    assert report.error is None
    assert ap.summary(cw, aid).due_date == date(2027, 1, 20)
    assert _stale(desk) is None


def test_cross_checks_are_marked_by_id_and_many_mark_every_case(staff, clock):
    def page(items):
        return PullPage(items=items, next_cursor=1, more=False)

    ctx = staff.caseworker
    result = PullItem(cursor=1, entity="crosscheck_result", id="r1", version=1, site_code="331102",
                      payload={"crosscheck_id": "c1"})
    with ctx.db.write() as s:
        engine._mark_due_dates(s, page([result]))
        engine._mark_due_dates(s, page([PullItem(cursor=2, entity="crosscheck", id="c2", version=1,
                                                 site_code=ctx.site.code, payload={})]))
        assert settings.get_json(s, engine.STALE_DUE_DATES) == {"crosschecks": ["c1", "c2"]}
        many = [PullItem(cursor=3 + i, entity="crosscheck", id=f"x{i:05d}", version=1,
                         site_code=ctx.site.code, payload={}) for i in range(engine._STALE_CHECKS_MAX)]
        engine._mark_due_dates(s, page(many))
        assert settings.get_json(s, engine.STALE_DUE_DATES) == {"all": True}
        # Once every case is to be recounted, a cross-check adds nothing.
        engine._mark_due_dates(s, page([result]))
        assert settings.get_json(s, engine.STALE_DUE_DATES) == {"all": True}
    assert ap.refresh_stale_due_dates(ctx) == 0      # no open case moved
    with ctx.db.read() as s:
        assert settings.get_json(s, engine.STALE_DUE_DATES) is None
