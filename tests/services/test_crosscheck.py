"""信息核对 as a step: the request with its authorisation, the result per source, the 初审
that needs it, the finding that makes a case ineligible, the notices that say so only
when it is on file, and the batch files to and from the platform (read back with openpyxl)."""
from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from lishui_desktop.domain import codes
from lishui_desktop.domain import crosscheck as cc
from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import notices as ns
from tests.notices.helpers import all_text, flat
from tests.services.helpers import case_to, crosscheck_result
from tests.services.test_cases import snapshot

VISIT = {"investigators": ["周晓燕", "吴建华"], "conclusion": "家庭经济状况属实"}
CHECKED = "家庭经济状况信息核对"


def visited(staff) -> str:
    """A dibao case visited, with no cross-check on file."""
    aid = case_to(staff, "investigating")
    ap.act(staff.caseworker, aid, "record_visit", VISIT)
    return aid


def findings_with_car(day):
    out = cx.blank_findings(day)
    out[6] = cc.Finding("vehicle", True, "小型客车1辆（浙K·2Q781，2023年登记，购置价12.8万元）", day)
    return out


def test_the_preliminary_review_is_refused_without_a_result(staff, db_path):
    aid = visited(staff)
    before = snapshot(db_path)
    with pytest.raises(WorkflowError) as e:
        ap.act(staff.reviewer, aid, "review", {"recommend": True})
    assert e.value.code == "review.no_crosscheck"
    # A request alone is not a result either.
    cid = cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=staff.caseworker.today())
    with pytest.raises(WorkflowError) as e:
        ap.act(staff.reviewer, aid, "review", {"recommend": True})
    assert e.value.code == "review.no_crosscheck"
    # The request moved only the case's stored due date (the county's start limit runs).
    skip = ("crosschecks", "audit_log", "outbox", "applications")
    assert {k: v for k, v in snapshot(db_path).items() if k not in skip} == \
        {k: v for k, v in before.items() if k not in skip}
    assert ap.summary(staff.caseworker, aid).state.value == "investigated"
    assert ap.deadline(staff.caseworker, aid).limit == "crosscheck_start"
    cx.record_result(staff.caseworker, cid, cx.blank_findings(staff.caseworker.today()), cc.CLEAR)
    assert ap.act(staff.reviewer, aid, "review", {"recommend": True}).value == "reviewed"


def test_the_request_records_the_authorisation_and_the_members(staff):
    aid = visited(staff)
    with pytest.raises(ValidationError) as e:
        cx.request(staff.caseworker, aid, authorised_by=" ", authorised_on=staff.caseworker.today())
    assert e.value.code == "crosscheck.signer"
    with pytest.raises(PermissionDenied):
        cx.request(staff.approver, aid, authorised_by="张三", authorised_on=date(2026, 11, 1))
    cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 1))
    with pytest.raises(WorkflowError) as e:         # one open request at a time
        cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 1))
    assert e.value.code == "crosscheck.pending"
    [r] = cx.requests(staff.caseworker, aid)
    assert r.request_no == "HD331102100-2026-0001" and r.authorised_by == "张三"
    assert r.authorised_on == date(2026, 11, 1) and r.requested_by == "周晓燕" and r.result is None
    assert [p["name"] for p in r.persons] == ["张三", "李秀英", "张小明"]
    # Missing sources are named; nothing is recorded.
    with pytest.raises(ValidationError) as e:
        cx.record_result(staff.caseworker, r.id, cx.blank_findings(staff.caseworker.today())[:8], cc.CLEAR)
    assert e.value.code == "crosscheck.sources_missing" and e.value.params["sources"] == "证券、商业保险"
    assert cx.requests(staff.caseworker, aid)[0].result is None


def test_the_county_approver_may_record_the_result(staff):
    aid = visited(staff)
    cid = cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=date(2026, 11, 1))
    cx.record_result(staff.approver, cid, cx.blank_findings(staff.approver.today()), cc.CLEAR,
                     note="县核对中心报告 LD2026-1182")
    [r] = cx.requests(staff.caseworker, aid)
    assert r.result.by_county and r.result.recorded_by == "刘文俊" and r.result.note == "县核对中心报告 LD2026-1182"
    with pytest.raises(WorkflowError) as e:
        cx.record_result(staff.caseworker, cid, cx.blank_findings(staff.caseworker.today()), cc.CLEAR)
    assert e.value.code == "crosscheck.recorded"


def test_an_ineligible_finding_refuses_with_its_reason_on_the_notice(staff, clock, tmp_path):
    aid = case_to(staff, "investigating")
    ap.act(staff.caseworker, aid, "record_visit", VISIT)
    crosscheck_result(staff, aid, outcome=cc.INELIGIBLE, reason="crosscheck_vehicle",
                      findings=findings_with_car(staff.caseworker.today()))
    with pytest.raises(WorkflowError) as e:
        ap.act(staff.reviewer, aid, "review", {"recommend": True})
    assert e.value.code == "review.crosscheck_ineligible"
    # The negative review needs no typed reason: the finding is its reason.
    ap.act(staff.reviewer, aid, "review", {"recommend": False})
    ap.act(staff.reviewer, aid, "hand_up")
    ap.act(staff.approver, aid, "refuse", {"reasons": ["其他说明：车辆为本人经营所用"]})
    s = ap.summary(staff.caseworker, aid)
    assert s.state.value == "refused"
    text = flat(all_text(ns.issue(staff.caseworker, aid, "refusal").save(tmp_path)))
    assert flat(codes.REASONS["crosscheck_vehicle"]) in text
    assert "经入户调查和家庭经济状况信息核对，不符合" in text


def test_notices_say_the_check_was_made_only_when_a_result_is_on_file(staff, clock, tmp_path):
    # dibao: the result is on file (case_to records it before the visit).
    aid = case_to(staff, "approved", clock=clock)
    text = flat(all_text(ns.issue(staff.caseworker, aid, "approval").save(tmp_path)))
    assert "经入户调查、家庭经济状况信息核对和公示，符合" in text
    # 教育救助 takes no cross-check here: the approval does not claim one.
    other = case_to(staff, "investigated", assistance_type="jiaoyu")
    ap.act(staff.reviewer, other, "review", {"recommend": True, "amount_fen": 1000000})
    ap.act(staff.caseworker, other, "publish")
    public = flat(all_text(ns.issue_public_notice(staff.caseworker, staff.village, "jiaoyu").save(tmp_path)))
    assert CHECKED not in public and "经本人申请、入户调查和" in public
    clock.set(clock.when + timedelta(days=8))
    ap.act(staff.caseworker, other, "close_notice")
    ap.act(staff.reviewer, other, "hand_up")
    ap.act(staff.approver, other, "approve", {"amount_fen": 1000000})
    text = flat(all_text(ns.issue(staff.caseworker, other, "approval").save(tmp_path)))
    assert CHECKED not in text and "经入户调查和公示，符合" in text


def _fill(path, rows_by_source):
    """Fill the export's result sheet as the platform's answer would be."""
    wb = openpyxl.load_workbook(path)
    ws = wb[cx.RESULT_SHEET]
    header = [c.value for c in ws[1]]
    col = {h: header.index(h) + 1 for h in header}
    for r in range(2, ws.max_row + 1):
        source = ws.cell(r, col["核对项目"]).value
        found, detail = rows_by_source.get((ws.cell(r, col["公民身份号码"]).value, source), ("无", ""))
        ws.cell(r, col["核对结果"]).value = found
        ws.cell(r, col["核对情况"]).value = detail
        ws.cell(r, col["核对日期"]).value = "2026-11-04"
    return wb, ws, col


def test_requests_export_to_xlsx_and_results_import_back(staff, clock, tmp_path, db_path):
    a1, a2 = visited(staff), visited(staff)
    c1 = cx.request(staff.caseworker, a1, authorised_by="张三", authorised_on=date(2026, 11, 2))
    cx.request(staff.caseworker, a2, authorised_by="李秀英", authorised_on=date(2026, 11, 1))
    out, n = cx.export_requests(staff.caseworker, tmp_path / "requests.xlsx")
    assert n == 2
    wb = openpyxl.load_workbook(out)
    req = wb[cx.REQUEST_SHEET]
    assert [c.value for c in req[1]] == list(cx.REQUEST_HEADERS)
    rows = [[c.value for c in r] for r in req.iter_rows(min_row=2)]
    assert len(rows) == 6        # three members in each household
    first = rows[0]
    r1 = cx.requests(staff.caseworker, a1)[0]
    assert first[0] == r1.request_no and first[1] == "碧湖镇" and first[4] == "张三"
    assert first[6] == r1.persons[0]["id_number"] and len(first[6]) == 18      # full, as text
    assert first[7] == "张三" and first[8] == "2026-11-02" and first[9] == "2026-11-02"
    assert wb[cx.RESULT_SHEET].max_row == 1 + 2 * 3 * len(cc.SOURCES)
    assert r1.result is None and cx.requests(staff.caseworker, a1)[0].exported_at is not None

    clock.set(clock.when + timedelta(days=2))
    head2 = cx.requests(staff.caseworker, a2)[0].persons[0]["id_number"]
    wb, ws, col = _fill(out, {(head2, "车辆"): ("有", "小型客车1辆（浙K·2Q781）")})
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col["公民身份号码"]).value == head2 and ws.cell(r, col["核对项目"]).value == "车辆":
            ws.cell(r, col["核对结论"]).value = "发现不符合条件的情况"
            ws.cell(r, col["不符合原因"]).value = codes.REASONS["crosscheck_vehicle"]
    # Two bad cells first: a wrong ID number and a date in the future; nothing is imported.
    ws.cell(3, col["公民身份号码"]).value = "11010519491231002X"
    ws.cell(4, col["核对日期"]).value = "2027-01-01"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    before = snapshot(db_path)
    with pytest.raises(cx.ImportRefused) as e:
        cx.import_results(staff.caseworker, bad)
    problems = [p.text() for p in e.value.problems]
    no1 = cx.requests(staff.caseworker, a1)[0].request_no
    assert problems == [f"第2行「核对项目」：核对申请{no1}缺少以下项目的结果：税务",    # the row left out
                        f"第3行「公民身份号码」：110105********002X不是核对申请{no1}所列的家庭成员",
                        "第4行「核对日期」：核对日期不能晚于今天"]
    assert snapshot(db_path) == before
    # Corrected, it imports whole.
    ws.cell(3, col["公民身份号码"]).value = cx.requests(staff.caseworker, a1)[0].persons[0]["id_number"]
    ws.cell(4, col["核对日期"]).value = "2026-11-04"
    good = tmp_path / "good.xlsx"
    wb.save(good)
    summary = cx.import_results(staff.caseworker, good)
    assert (summary.requests, summary.rows, summary.ineligible) == (2, 60, 1)
    res1 = cx.requests(staff.caseworker, a1)[0].result
    res2 = cx.requests(staff.caseworker, a2)[0].result
    assert res1.outcome == cc.CLEAR and res1.reason is None and len(res1.findings) == 30
    assert res2.outcome == cc.INELIGIBLE and res2.reason == "crosscheck_vehicle"
    assert [f.detail for f in res2.findings if f.found] == ["小型客车1辆（浙K·2Q781）"]
    assert ap.act(staff.reviewer, a1, "review", {"recommend": True}).value == "reviewed"
    # The same file again: every request already has its result.
    with pytest.raises(cx.ImportRefused) as e:
        cx.import_results(staff.caseworker, good)
    assert "结果已经录入" in e.value.problems[0].message
    with pytest.raises(ValidationError) as e:
        cx.export_requests(staff.caseworker, tmp_path / "again.xlsx")
    assert e.value.code == "crosscheck.nothing_to_export"
    assert c1


def test_a_file_without_the_columns_is_refused_by_name(staff, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["核对申请编号", "姓名", "核对结果"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError) as e:
        cx.import_results(staff.caseworker, tmp_path / "x.xlsx")
    assert e.value.code == "crosscheck.header" and e.value.params["column"] == "核对项目"
    (tmp_path / "y.xlsx").write_text("not a workbook")
    with pytest.raises(ValidationError) as e:
        cx.import_results(staff.caseworker, tmp_path / "y.xlsx")
    assert e.value.code == "crosscheck.file"
