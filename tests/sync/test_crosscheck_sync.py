"""信息核对 across sites: the township's request goes up, the county records the result
on its own desktop, and the township receives it and may then hold its 初审. The city
server checks a result's payload and that its request is on file for that township."""
from datetime import date

from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import sync
from lishui_desktop.sync.payloads import payload_problem
from tests.services.helpers import household_form
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from lishui_desktop.services import households as hs

TOWN, COUNTY = "331102100", "331102"


def _result_payload(**over):
    findings = [{"source": s, "found": False, "detail": "", "checked_on": "2026-11-03", "id_number": ""}
                for s in ("hukou", "tax", "social_insurance", "real_estate", "business", "housing_fund",
                          "vehicle", "deposit", "securities", "insurance")]
    p = {"crosscheck_id": "01a2", "application_id": "01a1", "township_code": TOWN, "findings": findings,
         "outcome": "clear", "reason": None, "note": "", "recorded_on": "2026-11-03", "recorded_by": "刘文俊",
         "by_county": True}
    p.update(over)
    return p


def test_result_payload_rules():
    assert payload_problem("crosscheck_result", _result_payload()) is None
    assert payload_problem("crosscheck_result", _result_payload(findings=_result_payload()["findings"][:9])) \
        == ("findings", "List should have at least 10 items after validation, not 9")
    where, why = payload_problem("crosscheck_result", _result_payload(outcome="ineligible"))
    assert where == "reason" and "ineligible finding gives its reason" in why
    bad = _result_payload()
    bad["findings"][6] = {**bad["findings"][6], "found": True}
    where, why = payload_problem("crosscheck_result", bad)
    assert "findings[6].detail: say what the source holds" in f"{where}{why}"
    bad["findings"][6]["source"] = "horses"
    where, why = payload_problem("crosscheck_result", bad)
    assert where == "findings[6].source" and "'horses' is not a known cross-check source" in why


def test_the_county_records_the_result_and_the_township_receives_it(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    cw, rv = town.as_("cw1"), town.as_("rv1")
    hid = hs.save_household(cw, household_form(TOWN + "201"))
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
    for step in ("accept", "start_investigation"):
        ap.act(cw, aid, step)
    ap.act(cw, aid, "record_visit", {"investigators": ["周晓燕", "吴建华"], "conclusion": "属实"})
    cid = cx.request(cw, aid, authorised_by="张三", authorised_on=date(2026, 11, 2))
    up = sync.sync_once(town.ctx)
    assert up.pushed["refused"] == 0
    sync.sync_once(county.ctx)
    approver = county.as_("ap1")
    assert [r.request_no for r in cx.pending(approver)] == ["HD331102100-2026-0001"]
    cx.record_result(approver, cid, cx.blank_findings(approver.today()), "clear", note="县核对中心 LD2026-77")
    sent = sync.sync_once(county.ctx)
    assert sent.pushed["applied"] >= 1 and sent.pushed["refused"] == 0
    sync.sync_once(town.ctx)
    [r] = cx.requests(cw, aid)
    assert r.result is not None and r.result.by_county and r.result.recorded_by == "刘文俊"
    assert ap.act(rv, aid, "review", {"recommend": True}).value == "reviewed"
    with town.ctx.db.read() as s:
        from lishui_desktop.sync import engine
        assert engine.pending_counts(s)["refused"] == 0
