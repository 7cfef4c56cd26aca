"""What a county approver signs: amounts, first month, issuing body, number, remedies.

Each guard is tried through the service on a real database file: the bad action is
refused with a DomainError naming the field and leaves every table as it was; the
right action is read back from the PDF it prints.
"""
import json
import sqlite3
from datetime import date, datetime

import pytest

from lishui_desktop.domain import regions
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices as ns
from lishui_desktop.services import setup
import re

from tests.notices.helpers import all_text as _all_text
from tests.services.helpers import case_to, crosscheck_result, household_form, member
from tests.services.test_cases import snapshot
from tests import dbfile

STANDARD = 106000          # 2026 dibao default, fen


def all_text(pdf) -> str:
    """The PDF's text as one string, without the page numbers ("— 1 —") between pages."""
    return re.sub(r"—\d+—", "", _all_text(pdf))


def _refused(db_path, call, field, code=None):
    before = snapshot(db_path)
    with pytest.raises(DomainError) as e:
        call()
    assert e.value.field == field, e.value
    if code:
        assert e.value.code == code
    assert snapshot(db_path) == before
    return e.value


def _awaiting(staff, clock, **kw):
    return case_to(staff, "awaiting_decision", clock=clock, **kw)


def _audit(db_path, event):
    row = dbfile.connect(db_path).execute(
        "SELECT detail FROM audit_log WHERE event=? ORDER BY seq DESC LIMIT 1", (event,)).fetchone()
    return json.loads(row[0])


# --- amounts ------------------------------------------------------------------------------

def test_approval_above_the_dibao_ceiling_is_refused(staff, db_path, clock):
    aid = _awaiting(staff, clock)
    ceiling = STANDARD * 3                     # standard x 3 covered persons
    e = _refused(db_path, lambda: ap.act(staff.approver, aid, Action.APPROVE,
                                         {"amount_fen": ceiling + 1, "amount_reason": "酌情"}),
                 "amount_fen", "amount.above_ceiling")
    assert e.params["ceiling_fen"] == ceiling
    figures = ap.decision_figures(staff.approver, aid)
    assert figures.ceiling_fen == ceiling and figures.proposed_fen == figures.computed_fen
    assert figures.first_month == "2026-12" and figures.monthly


def test_amount_other_than_the_review_needs_a_reason_kept_in_the_audit(staff, db_path, clock, tmp_path):
    aid = _awaiting(staff, clock)
    proposed = ap.summary(staff.approver, aid).proposed_fen
    _refused(db_path, lambda: ap.act(staff.approver, aid, Action.APPROVE,
                                     {"amount_fen": proposed - 10000, "amount_reason": "  "}),
             "amount_reason", "amount.reason_required")
    ap.act(staff.approver, aid, Action.APPROVE,
           {"amount_fen": proposed - 10000, "amount_reason": "长子另有稳定务工收入，核减100元"})
    detail = _audit(db_path, "application.approve")
    assert detail["amount_reason"] == "长子另有稳定务工收入，核减100元"
    assert detail["proposed_fen"] == proposed and detail["amount_fen"] == proposed - 10000
    text = all_text(ns.issue(staff.caseworker, aid, "approval").save(tmp_path))
    assert "核减100元" not in text                 # the notice does not print it


def test_the_review_amount_needs_no_reason(staff, db_path, clock):
    aid = _awaiting(staff, clock)
    proposed = ap.summary(staff.approver, aid).proposed_fen
    assert ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": proposed}) is State.APPROVED
    assert "amount_reason" not in _audit(db_path, "application.approve")


def test_raise_above_the_ceiling_is_refused(staff, db_path, clock):
    aid = case_to(staff, "approved", clock=clock)
    _refused(db_path, lambda: ap.act(staff.approver, aid, Action.RAISE,
                                     {"amount_fen": STANDARD * 3 + 100, "reasons": ["收入下降"]}),
             "amount_fen", "amount.above_ceiling")
    ap.act(staff.approver, aid, Action.RAISE, {"amount_fen": STANDARD * 3, "reasons": ["收入下降"]})


def test_linshi_ceiling_is_six_times_the_standard_per_person(staff, db_path, clock):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type="linshi",
                                requested_fen=10_000_00)
    for who, action, params in [(staff.caseworker, "accept", {}),
                                (staff.caseworker, "start_investigation", {}),
                                (staff.caseworker, "record_visit", {"investigators": ["甲", "乙"]}),
                                (staff.reviewer, "review", {"recommend": True}),
                                (staff.caseworker, "publish", {})]:
        if action == "review":
            crosscheck_result(staff, aid)
        ap.act(who, aid, action, params)
    clock.set(clock.when.date().replace(day=clock.when.day + 8))
    ap.act(staff.caseworker, aid, "close_notice")
    ap.act(staff.reviewer, aid, "hand_up")
    cap = STANDARD * 6 * 3
    _refused(db_path, lambda: ap.act(staff.approver, aid, Action.APPROVE,
                                     {"amount_fen": cap + 1, "amount_reason": "特殊困难"}),
             "amount_fen", "amount.above_ceiling")
    ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": 10_000_00})


# --- first month of payment ---------------------------------------------------------------

def test_first_month_is_the_month_after_the_decision_not_typed(staff, db_path, clock, tmp_path):
    aid = _awaiting(staff, clock)
    clock.set(datetime(2026, 12, 30, 10, 0))
    proposed = ap.summary(staff.approver, aid).proposed_fen
    for typed in ("2027-02", "2026-10"):       # later than computed; before the application
        _refused(db_path, lambda: ap.act(staff.approver, aid, Action.APPROVE,
                                         {"amount_fen": proposed, "start_month": typed}),
                 "start_month", "decision.start_month")
    ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": proposed})
    conn = dbfile.connect(db_path)
    assert conn.execute("SELECT start_month FROM applications").fetchone() == ("2027-01",)
    assert conn.execute("SELECT start_month FROM decisions").fetchone() == ("2027-01",)
    assert "自2027年1月起" in all_text(ns.issue(staff.caseworker, aid, "approval").save(tmp_path))


def test_an_earlier_first_month_is_a_back_payment_recorded_as_such(staff, db_path, clock):
    aid = _awaiting(staff, clock)
    clock.set(datetime(2026, 12, 3, 10, 0))
    proposed = ap.summary(staff.approver, aid).proposed_fen
    ap.act(staff.approver, aid, Action.APPROVE, {"amount_fen": proposed, "start_month": "2026-11"})
    assert _audit(db_path, "application.approve")["back_pay_from"] == "2026-11"


# --- who issues, the number, the remedies ------------------------------------------------------

REMEDY = ("如不服本决定，可以自知道或者应当知道该决定之日起60日内向莲都区人民政府申请行政复议，"
          "或者在6个月内向莲都区人民法院提起行政诉讼")


@pytest.mark.parametrize("kind", ["approval", "refusal", "stop", "raise", "reduce"])
def test_decisions_in_the_county_bureau_name_with_its_number_and_remedies(staff, clock, tmp_path, kind):
    aid = case_to(staff, "approved" if kind != "refusal" else "awaiting_decision", clock=clock)
    if kind == "refusal":
        ap.act(staff.approver, aid, Action.REFUSE, {"reasons": ["家庭月人均收入高于低保标准"]})
    elif kind == "stop":
        ap.act(staff.approver, aid, Action.STOP, {"reasons": ["家庭月人均收入已高于低保标准"]})
    elif kind == "raise":
        ap.act(staff.approver, aid, Action.RAISE, {"amount_fen": 200000, "reasons": ["收入下降"]})
    elif kind == "reduce":
        ap.act(staff.approver, aid, Action.REDUCE, {"amount_fen": 100000, "reasons": ["收入增加"]})
    numbers = [r[0] for r in dbfile.connect(staff.ctx.db.path).execute(
        "SELECT number FROM decisions ORDER BY decided_at, rowid")]
    issued = ns.issue(staff.caseworker, aid, kind)       # printed at the township
    assert issued.number == numbers[-1] and issued.number.startswith("莲民救〔2026〕")
    text = all_text(issued.save(tmp_path))
    assert "莲都区民政局" in text and "丽水市莲都区民政局" not in text
    assert "莲都区碧湖镇人民政府" not in text
    assert REMEDY in text


def test_decision_numbers_follow_on(staff, clock):
    a = case_to(staff, "approved", clock=clock)
    ap.act(staff.approver, a, Action.RAISE, {"amount_fen": 200000, "reasons": ["收入下降"]})
    numbers = [r[0] for r in dbfile.connect(staff.ctx.db.path).execute(
        "SELECT number FROM decisions ORDER BY decided_at, rowid")]
    assert numbers == ["莲民救〔2026〕1号", "莲民救〔2026〕2号"]


def test_delegated_decision_is_the_townships(staff, clock, tmp_path):
    from lishui_desktop.store.models import ApprovalLevel
    with staff.ctx.db.write() as s:
        s.get(ApprovalLevel, ("331102", "dibao")).level = "township"
    aid = _awaiting(staff, clock)
    proposed = ap.summary(staff.reviewer, aid).proposed_fen
    # the reviewer who reviewed it may not decide it; a second reviewer does
    from lishui_desktop.services import users
    users.create_user(staff.ctx, username="rv2", display_name="何丽娟", role="reviewer",
                      password="Passw0rd1", must_change_password=False)
    rv2 = staff.ctx.as_user(users.login(staff.ctx, "rv2", "Passw0rd1"))
    ap.act(rv2, aid, Action.APPROVE, {"amount_fen": proposed})
    issued = ns.issue(staff.caseworker, aid, "approval")
    assert issued.number.startswith("莲碧民救〔2026〕")
    text = all_text(issued.save(tmp_path))
    assert "莲都区碧湖镇人民政府" in text and "莲都区民政局" not in text
    assert REMEDY in text


def test_formal_county_level_names():
    assert regions.issuing_body("331181") == "龙泉市民政局"
    assert regions.issuing_body("331121") == "青田县民政局"
    assert regions.issuing_body("331127") == "景宁畲族自治县民政局"
    assert regions.issuing_body("331102100") == "莲都区碧湖镇人民政府"
    assert regions.issuing_body("331102001") == "莲都区紫金街道办事处"
    assert regions.county_government("331181001") == "龙泉市人民政府"
    assert regions.basic_court("331121101") == "青田县人民法院"


def test_subdistrict_acceptance_notice_names_the_office_and_the_caseworker(tmp_path, clock):
    from lishui_desktop.services import users
    from lishui_desktop.store.migrate import open_database
    db = open_database(tmp_path / "jd.sqlite3")
    ctx = setup.initialize(db, setup.SetupForm("331102001", "admin", "Admin12345"), clock=clock)
    setup.add_villages(ctx, [("331102001201", "下河社区")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    who = {}
    for name, role, display in [("cw1", "caseworker", "郑美玲"), ("rv1", "reviewer", "吴国平")]:
        users.create_user(admin, username=name, display_name=display, role=role, password="Passw0rd1",
                          must_change_password=False)
        who[name] = ctx.as_user(users.login(ctx, name, "Passw0rd1"))
    hid = hs.save_household(who["cw1"], household_form("331102001201"))
    aid = ap.create_application(who["cw1"], household_id=hid, assistance_type="dibao")
    ap.act(who["cw1"], aid, "accept")
    issued = ns.issue(who["rv1"], aid, "acceptance")      # printed by the reviewer
    text = all_text(issued.save(tmp_path))
    assert "莲都区紫金街道办事处" in text and "紫金街道人民政府" not in text
    assert "联系人：郑美玲" in text and "吴国平" not in text
    assert issued.number.startswith("莲紫民救〔2026〕")
    listed = ns.notices_of(who["rv1"], aid)
    assert listed[0]["by"] == "吴国平"                    # 出具人: a person's name, not the login
    db.dispose()
