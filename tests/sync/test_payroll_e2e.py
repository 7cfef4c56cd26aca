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


def test_a_late_reduction_decided_at_the_county_is_offset_in_the_townships_next_roll(
        hq, tmp_path, clock):
    """The county reduces a case from a month already paid, raises another and approves a
    third late (from a month already paid); the township takes the decisions in, its next
    roll offsets the overpayment and pays the raise and the back-payment. The county pulls
    the roll's lines, sees them (offsets with their months), checks them against the header,
    approves, and makes the bank file from its own file."""
    import csv
    from datetime import date
    from openpyxl import load_workbook
    from lishui_desktop.services import notices as ns
    from tests.notices.helpers import all_text
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    ids = cases_to_county(town, 3, clock)
    sync.sync_once(town.ctx)
    sync.sync_once(county.ctx)
    for aid in ids[:2]:
        ap.act(county.as_("ap1"), aid, "approve", {"amount_fen": 120000, "start_month": "2026-11",
                                                   "amount_reason": "按核实后的收入核定"})
    sync.sync_once(county.ctx)
    sync.sync_once(town.ctx)
    cw, rv, apr = town.as_("cw1"), town.as_("rv1"), county.as_("ap1")
    households = [h for (h,) in dbfile.connect(town.path).execute("SELECT household_id FROM applications")]
    for i, hid in enumerate(households):
        payroll.set_bank_account(cw, hid, bank_name="丽水农商银行", account_no=f"621700000000000{i:04d}")

    def through_the_county(month):
        rid = payroll.build(cw, month, "dibao")
        payroll.sign_off(rv, rid)
        up = sync.sync_once(town.ctx)
        assert up.pushed["refused"] == 0, sync.refusals(town.ctx)
        sync.sync_once(county.ctx)
        payroll.approve(apr, rid)
        sync.sync_once(county.ctx)
        sync.sync_once(town.ctx)
        assert payroll.roll(cw, rid).state == "approved"
        return rid

    through_the_county("2026-11")
    clock.set(date(2026, 12, 3))
    through_the_county("2026-12")
    sync.sync_once(county.ctx)
    clock.set(date(2026, 12, 15))
    ap.act(apr, ids[0], "reduce", {"amount_fen": 90000, "start_month": "2026-11",
                                   "reasons": ["11月起家庭成员就业，收入增加"]})
    ap.act(apr, ids[1], "raise", {"amount_fen": 140000, "reasons": ["家庭成员患重病，支出增加"]})
    ap.act(apr, ids[2], "approve", {"amount_fen": 110000, "start_month": "2026-12",
                                    "amount_reason": "按核实后的收入核定"})
    up = sync.sync_once(county.ctx)
    assert up.pushed["refused"] == 0, sync.refusals(county.ctx)
    assert sync.sync_once(town.ctx).decisions_applied == 3
    o = payroll.overpayment(cw, ids[0])
    assert (o.first_month, o.last_month, o.amount_fen) == ("2026-11", "2026-12", 60000)
    text = all_text(ns.issue(cw, ids[0], "reduce").save(tmp_path)).replace("\n", "")
    assert "2026年11月至2026年12月已按原金额领取保障金，多发" in text and "扣减" in text
    clock.set(date(2027, 1, 4))
    jan = payroll.build(cw, "2027-01", "dibao")
    payroll.sign_off(rv, jan)
    up = sync.sync_once(town.ctx)
    assert up.pushed["refused"] == 0, sync.refusals(town.ctx)
    sync.sync_once(county.ctx)

    seen = payroll.roll(apr, jan)                          # the county's copy of the header
    assert seen.total_fen == (90000 - 60000) + 140000 + (110000 + 110000)
    assert sum(v["offset_fen"] for v in seen.by_village.values()) == -60000
    assert payroll.county_reconciliation(apr, "2027-01", "dibao")["county"].offset_fen == -60000
    # The county holds the lines themselves, as the township built them.
    lines = payroll.lines(apr, jan)
    assert (len(lines), sum(ln.amount_fen for ln in lines)) == (seen.line_count, seen.total_fen)
    assert [(ln.kind, ln.for_month, ln.amount_fen) for ln in lines] == \
        [(ln.kind, ln.for_month, ln.amount_fen) for ln in payroll.lines(cw, jan)]
    kinds = {(ln.application_id, ln.kind, ln.for_month): ln.amount_fen for ln in lines}
    assert kinds[(ids[0], "offset", "2026-11")] == kinds[(ids[0], "offset", "2026-12")] == -30000
    assert kinds[(ids[0], "regular", "2027-01")] == 90000
    assert kinds[(ids[1], "regular", "2027-01")] == 140000
    assert kinds[(ids[2], "back_pay", "2026-12")] == kinds[(ids[2], "regular", "2027-01")] == 110000
    with pytest.raises(WorkflowError):
        payroll_files.export(apr, jan, "bank", tmp_path / "early.csv")   # not approved yet
    payroll.approve(apr, jan)
    # The bank file from the county's own file, read back: full numbers, offsets netted.
    out = payroll_files.export(apr, jan, "csv", tmp_path / "county-bank.csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    _, town_lines = payroll.export_rows(cw, jan, "xlsx")
    by_id = {}
    for ln in town_lines:
        by_id[ln.id_number] = by_id.get(ln.id_number, 0) + ln.amount_fen
    assert {r["公民身份号码"]: round(float(r["发放金额"]) * 100) for r in rows} == by_id
    assert {r["银行账号"] for r in rows} == {ln.account_no for ln in town_lines}
    book = load_workbook(payroll_files.export(apr, jan, "bank", tmp_path / "county-bank.xlsx"))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    got = {str(row[header.index("公民身份号码")]): row[header.index("发放金额")]
           for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert {k: round(float(v) * 100) for k, v in got.items()} == by_id
    assert payroll_files.export(apr, jan, "pdf", tmp_path / "county-roll.pdf").read_bytes()[:4] == b"%PDF"

    assert sync.sync_once(county.ctx).pushed["refused"] == 0
    sync.sync_once(town.ctx)
    assert payroll.roll(cw, jan).state == "approved"
    assert payroll.overpayment(cw, ids[0]) is None
