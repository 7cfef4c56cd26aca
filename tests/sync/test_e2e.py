"""A township and its county sync through a real city server: 200 cases up, decisions down."""
import json
import sqlite3

from lishui_desktop.domain.workflow import State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import sync
from lishui_desktop.store.audit import verify_file
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county, desk_versions, server_versions
from tests import dbfile

TOWN, COUNTY = "331102100", "331102"


def test_township_county_round_trip(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    ids = cases_to_county(town, 200, clock)

    first = sync.sync_once(town.ctx, batch_size=500)
    assert first.pushed["applied"] == len(desk_versions(town.path, TOWN))
    assert first.pushed["refused"] == first.pushed["conflict"] == 0

    pulled = sync.sync_once(county.ctx, page_size=300)
    assert pulled.pulled["records"] >= len(desk_versions(town.path, TOWN))
    approver = county.as_("ap1")
    queue = [r[0] for r in dbfile.connect(county.path).execute(
        "SELECT id FROM applications WHERE state='awaiting_decision'")]
    assert sorted(queue) == sorted(ids)
    refused = set(ids[::8])
    for aid in ids:
        if aid in refused:
            ap.act(approver, aid, "refuse", {"reasons": ["家庭月人均收入高于低保标准"]})
        else:
            ap.act(approver, aid, "approve", {"amount_fen": 120000, "amount_reason": "按核实后的收入核定"})
    up = sync.sync_once(county.ctx)
    assert up.pushed["applied"] == 200 and up.pushed["refused"] == 0

    down = sync.sync_once(town.ctx)
    assert down.decisions_applied == 200
    states = dict(dbfile.connect(town.path).execute("SELECT id, state FROM applications"))
    assert {states[a] for a in refused} == {State.REFUSED.value}
    assert {states[a] for a in set(ids) - refused} == {State.APPROVED.value}
    # The township prints the decision notices the county's decisions call for.
    from lishui_desktop.services import notices as ns
    cw = town.as_("cw1")
    printed = [ns.issue(cw, aid, "refusal" if aid in refused else "approval") for aid in ids[:16]]
    assert {p.kind for p in printed} == {"approval", "refusal"}
    assert all(p.pdf.startswith(b"%PDF") for p in printed)
    assert sync.sync_once(town.ctx).pushed["applied"] == 16     # the notices' records
    # The township's new versions go up at the end of the same sync; the county gets them next.
    sync.sync_once(county.ctx)
    assert sync.sync_once(town.ctx).batches == 0

    hq_path = tmp_path / "hq.sqlite3"
    town_recs = desk_versions(town.path, TOWN)
    assert server_versions(hq_path, TOWN) == town_recs
    assert server_versions(hq_path, COUNTY) == desk_versions(county.path, COUNTY)
    county_copy = {k: v for k, v in desk_versions(county.path).items() if k in town_recs}
    assert county_copy == town_recs
    for path in (town.path, county.path):
        assert verify_file(path, dbfile.key_of(path)).ok
    # Nothing left anywhere.
    for desk in (town, county):
        with desk.ctx.db.read() as s:
            from lishui_desktop.sync import engine
            assert engine.pending_counts(s) == {"changes": 0, "audit": 0, "conflicts": 0, "refused": 0,
                                                "parked": 0}


def test_nothing_to_do_is_cheap(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cases_to_county(town, 3, clock)
    sync.sync_once(town.ctx)
    again = sync.sync_once(town.ctx)
    assert again.batches == 0 and again.pulled["records"] == 0 and again.pages == 1


def test_county_visit_travels_with_the_decision(hq, tmp_path, clock):
    from lishui_desktop.services import households as hs
    from tests.services.helpers import household_form
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    hid = hs.save_household(town.as_("cw1"), household_form(TOWN + "201", staff_relative=True))
    from tests.services.helpers import case_to

    class _Staff:
        caseworker, caseworker2, reviewer = town.as_("cw1"), town.as_("cw2"), town.as_("rv1")
        approver = None   # the county decides on its own desktop
        village = TOWN + "201"
    aid = case_to(_Staff, "awaiting_decision", household_id=hid, clock=clock)
    sync.sync_once(town.ctx)
    sync.sync_once(county.ctx)
    ap.act(county.as_("ap1"), aid, "approve", {
        "amount_fen": 50000, "amount_reason": "按核实后的收入核定",
        "county_visit": {"visit_date": clock.when.date(), "investigators": ["刘文俊", "县局王某"]}})
    sync.sync_once(county.ctx)
    assert sync.sync_once(town.ctx).decisions_applied == 1
    rows = dbfile.connect(town.path).execute(
        "SELECT by_county, investigators FROM visits WHERE application_id=? ORDER BY by_county",
        (aid,)).fetchall()
    assert [r[0] for r in rows] == [0, 1] and "县局王某" in json.loads(rows[1][1])
    assert dbfile.connect(town.path).execute("SELECT state FROM applications WHERE id=?",
                                              (aid,)).fetchone() == ("approved",)
