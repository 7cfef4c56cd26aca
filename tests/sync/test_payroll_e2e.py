"""The roll through a real city server: the township signs off, the county approves after
a sync, the township sees the approval (and the roll is frozen there)."""

import pytest

from lishui_desktop.domain.errors import WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import payroll, payroll_files, sync
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county
from tests import dbfile

TOWN, COUNTY = "331102100", "331102"


def test_township_signs_off_county_approves_township_sees_it(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    ids = cases_to_county(town, 3, clock)
    sync.sync_once(town.ctx)
    sync.sync_once(county.ctx)
    for aid in ids:
        ap.act(county.as_("ap1"), aid, "approve", {"amount_fen": 120000, "start_month": "2026-11",
                                            "amount_reason": "按核实后的收入核定"})
    sync.sync_once(county.ctx)
    assert sync.sync_once(town.ctx).decisions_applied == 3

    cw, rv = town.as_("cw1"), town.as_("rv1")
    households = [h for (h,) in dbfile.connect(town.path).execute("SELECT household_id FROM applications")]
    for i, hid in enumerate(households):
        payroll.set_bank_account(cw, hid, bank_name="丽水农商银行", account_no=f"621700000000000{i:04d}")
    rid = payroll.build(cw, "2026-11", "dibao")
    payroll.sign_off(rv, rid)
    up = sync.sync_once(town.ctx)
    assert up.pushed["refused"] == 0

    sync.sync_once(county.ctx)
    seen = payroll.roll(county.as_("ap1"), rid)                 # the county's copy of the header
    assert (seen.state, seen.total_fen, seen.line_count) == ("signed_off", 360000, 3)
    assert sum(v["total_fen"] for v in seen.by_village.values()) == 360000
    payroll.approve(county.as_("ap1"), rid)
    up = sync.sync_once(county.ctx)
    assert up.pushed["applied"] >= 1 and up.pushed["refused"] == 0, (up.pushed, sync.refusals(county.ctx))

    assert payroll.roll(cw, rid).state == "signed_off"
    sync.sync_once(town.ctx)
    r = payroll.roll(cw, rid)
    assert r.state == "approved" and r.approved_by == "刘文俊"
    with pytest.raises(WorkflowError):
        payroll.build(cw, "2026-11", "dibao")                  # frozen
    assert payroll_files.export(cw, rid, "bank", tmp_path / "bank.csv").exists()
    sync.sync_once(county.ctx)
    assert payroll.roll(county.as_("ap1"), rid).state == "approved"


def test_server_refuses_an_approval_of_a_roll_that_is_not_signed_off(hq, tmp_path, clock):
    from lishui_desktop.store.models import PayrollRoll
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    ids = cases_to_county(town, 1, clock)
    sync.sync_once(town.ctx)
    sync.sync_once(county.ctx)
    ap.act(county.as_("ap1"), ids[0], "approve", {"amount_fen": 120000, "start_month": "2026-11",
                                            "amount_reason": "按核实后的收入核定"})
    sync.sync_once(county.ctx)
    sync.sync_once(town.ctx)
    rid = payroll.build(town.as_("cw1"), "2026-11", "dibao")
    sync.sync_once(town.ctx)                                   # a draft reaches the server
    sync.sync_once(county.ctx)
    # A county desktop that thinks the roll is signed off (stale or tampered copy).
    with county.ctx.db.write() as s:
        s.get(PayrollRoll, rid).state = "signed_off"
    payroll.approve(county.as_("ap1"), rid)
    up = sync.sync_once(county.ctx)
    assert up.pushed["refused"] == 1
    assert "signed_off" in sync.refusals(county.ctx)[0].reason
