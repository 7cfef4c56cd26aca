"""Records that arrive before their parents wait, each for the parent it names, and are
let go by the page that brings that parent (and their own children with them)."""
from __future__ import annotations

import json

from lishui_desktop.sync import engine
from lishui_desktop.sync.protocol import PullPage
from lishui_desktop.store.models import SyncParked
from lishui_desktop.services import sync
from sqlalchemy import select

from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county, desk_versions

TOWN, COUNTY = "331102100", "331102"


def _server_items(hq, token):
    site = hq.store.authenticate(token)
    items, cur = [], 0
    while True:
        page = json.loads(hq.store.pull_json(site, cur, 500))
        items += page["items"]
        cur = page["next_cursor"]
        if not page["more"]:
            return items, cur


def _page(items, cursor):
    return PullPage.model_validate({"items": items, "next_cursor": cursor, "more": True})


def test_children_wait_for_the_parent_they_name_and_follow_it_in(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    sync.sync_once(town.ctx)   # registration
    cases_to_county(town, 2, clock)
    sync.sync_once(town.ctx)
    token = hq.store.add_site(COUNTY, "county")
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock)
    items, last = _server_items(hq, token)
    by = {}
    for i in items:
        by.setdefault(i["entity"], []).append(i)
    assert by["household"] and by["member"] and by["application"] and by["case_event"]
    rest = [i for e, group in by.items()
            if e not in ("household", "member", "application", "case_event") for i in group]

    def apply(page_items, cursor):
        with county.ctx.db.write() as s:
            return engine.apply_pull_page(s, _page(page_items, cursor), COUNTY, clock.when)

    def parked():
        with county.ctx.db.read() as s:
            return {p.id: (p.entity, p.waits_for) for p in s.scalars(select(SyncParked))}

    # Page 1: members and case events, whose households and applications have not come.
    counts = apply(by["member"] + by["case_event"], 1)
    assert counts["parked"] == len(by["member"]) + len(by["case_event"])
    waits = parked()
    for m in by["member"]:
        assert waits[m["id"]] == ("member", m["payload"]["household_id"])
    for e in by["case_event"]:
        assert waits[e["id"]] == ("case_event", e["payload"]["application_id"])
    # A page that brings none of their parents leaves them as they wait.
    apply([], 2)
    assert parked() == waits
    # Page 3: the applications come, but their households have not: they wait too, and the
    # case events now wait behind them (still for the application they name).
    counts = apply(by["application"], 3)
    assert counts["records"] == 0
    waits = parked()
    for a in by["application"]:
        # Its household and its applicant (a member, parked) are both missing: it waits for one.
        assert waits[a["id"]] in {("application", a["payload"]["household_id"]),
                                  ("application", a["payload"]["applicant_id"])}
    for e in by["case_event"]:
        assert waits[e["id"]] == ("case_event", e["payload"]["application_id"])
    # Page 4: the households let the members and applications in, and those the case events.
    counts = apply(by["household"] + rest, last)
    assert parked() == {}
    assert counts["parked"] == 0
    assert counts["records"] == len(items) - sum(
        1 for i in items if i["entity"] in engine._REFERENCE or i["entity"] == "duplicate_person")
    mine = {k: v for k, v in desk_versions(county.path).items()
            if k in desk_versions(town.path, TOWN)}
    assert mine == desk_versions(town.path, TOWN)
