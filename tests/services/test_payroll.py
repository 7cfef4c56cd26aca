"""The monthly payment roll: building, freezing, bank files and returns, reconciliation."""
import csv
import io
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from lishui_desktop.domain import payroll as pr
from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import payroll, payroll_files
from lishui_desktop.store.models import Application, AuditEntry, Member
from tests.services.helpers import case_to, crosscheck_result

ACCOUNTS = iter(f"62170000{n:011d}" for n in range(1, 10000))


def _approved(staff, clock, amount_fen, start_month):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    ap.act(staff.approver, aid, "approve", {"amount_fen": amount_fen, "start_month": start_month,
                                            "amount_reason": "按核实后的收入核定"})
    with staff.ctx.db.read() as s:
        hid = s.get(Application, aid).household_id
    payroll.set_bank_account(staff.caseworker, hid, bank_name="丽水农商银行碧湖支行",
                             account_no=next(ACCOUNTS))
    return aid


def _freeze(staff, rid):
    payroll.sign_off(staff.reviewer, rid)
    payroll.approve(staff.approver, rid)


def _lines_by_case(staff, rid):
    out = {}
    for ln in payroll.lines(staff.caseworker, rid):
        out.setdefault(ln.application_id, []).append((ln.kind, ln.for_month, ln.amount_fen))
    return out


@pytest.fixture
def months(staff, clock):
    """November paid for A, B, C; then B raised, C stopped, D approved late from November."""
    a = _approved(staff, clock, 150000, "2026-11")
    b = _approved(staff, clock, 120000, "2026-11")
    c = _approved(staff, clock, 100000, "2026-11")
    nov = payroll.build(staff.caseworker, "2026-11", "dibao")
    _freeze(staff, nov)
    ap.act(staff.approver, b, "raise", {"amount_fen": 140000, "reasons": ["家庭成员患重病，支出增加"]})
    ap.act(staff.approver, c, "stop", {"reasons": ["家庭人均收入超过低保标准"]})
    d = _approved(staff, clock, 130000, "2026-11")        # decided in December, paid from November
    assert clock.when.month == 12
    dec = payroll.build(staff.caseworker, "2026-12", "dibao")
    return {"a": a, "b": b, "c": c, "d": d, "nov": nov, "dec": dec}


def test_roll_with_new_approval_raise_stop_and_back_payment(staff, months):
    m = months
    assert _lines_by_case(staff, m["nov"]) == {
        m["a"]: [("regular", "2026-11", 150000)], m["b"]: [("regular", "2026-11", 120000)],
        m["c"]: [("regular", "2026-11", 100000)]}
    dec = _lines_by_case(staff, m["dec"])
    assert dec == {m["a"]: [("regular", "2026-12", 150000)],
                   m["b"]: [("regular", "2026-12", 140000)],
                   m["d"]: sorted([("back_pay", "2026-11", 130000), ("regular", "2026-12", 130000)],
                                  key=lambda x: x[1])}
    assert m["c"] not in dec                                   # stopped from December
    r = payroll.roll(staff.caseworker, m["dec"])
    assert r.total_fen == 150000 + 140000 + 130000 * 2 == sum(x[2] for v in dec.values() for x in v)
    assert r.line_count == 4 and r.state == "draft"
    assert sum(v["total_fen"] for v in r.by_village.values()) == r.total_fen


def test_frozen_roll_refuses_change(staff, months):
    nov = months["nov"]
    before = payroll.lines(staff.caseworker, nov)
    with pytest.raises(WorkflowError) as e:
        payroll.build(staff.caseworker, "2026-11", "dibao")
    assert e.value.code == "payroll.frozen"
    for call in (lambda: payroll.sign_off(staff.reviewer, nov),
                 lambda: payroll.withdraw_sign_off(staff.reviewer, nov),
                 lambda: payroll.approve(staff.approver, nov)):
        with pytest.raises(WorkflowError):
            call()
    assert payroll.lines(staff.caseworker, nov) == before


def test_roles_and_order_of_the_steps(staff, months):
    dec = months["dec"]
    with pytest.raises(PermissionDenied):
        payroll.sign_off(staff.caseworker, dec)
    with pytest.raises(WorkflowError):
        payroll.approve(staff.approver, dec)                   # not signed off
    with pytest.raises(WorkflowError):
        payroll.export_rows(staff.caseworker, dec, "bank")      # bank file only when approved
    with pytest.raises(WorkflowError) as e:
        payroll.build(staff.caseworker, "2027-01", "dibao")     # December still open
    assert e.value.code == "payroll.previous_open"
    payroll.sign_off(staff.reviewer, dec)
    with pytest.raises(PermissionDenied):
        payroll.approve(staff.reviewer, dec)
    with pytest.raises(ValidationError):
        payroll.build(staff.caseworker, "2026-13", "dibao")


def test_missing_account_blocks_sign_off(staff, clock):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    ap.act(staff.approver, aid, "approve", {"amount_fen": 90000, "start_month": "2026-11",
                                            "amount_reason": "按核实后的收入核定"})
    rid = payroll.build(staff.caseworker, "2026-11", "dibao")
    assert [p.code for p in payroll.check(staff.caseworker, rid)] == ["payroll.no_account"]
    with pytest.raises(ValidationError) as e:
        payroll.sign_off(staff.reviewer, rid)
    assert e.value.code == "payroll.problems"


def test_roll_xlsx_read_back_cell_by_cell(staff, months, tmp_path):
    dec = months["dec"]
    out = payroll_files.export(staff.caseworker, dec, "xlsx", tmp_path / "roll.xlsx")
    ws = load_workbook(out)["发放名册"]
    assert ws["A1"].value == "碧湖镇2026年12月最低生活保障资金发放名册（草稿）"
    assert [c.value for c in ws[3]] == list(payroll_files.ROLL_HEADERS)
    lines = payroll.lines(staff.caseworker, dec)
    for row, ln in zip(ws.iter_rows(min_row=4, max_row=3 + len(lines)), lines):
        assert [c.value for c in row] == [ln.seq, ln.village, ln.name, ln.id_masked, ln.persons,
                                          ln.bank_name, ln.account_masked, pr.LINE_KINDS[ln.kind],
                                          ln.for_month, float(Decimal(ln.amount_fen) / 100), None]
        assert "*" in row[3].value and "*" in row[6].value           # masked for checking
    total = ws.cell(row=4 + len(lines), column=10).value
    assert ws.cell(row=4 + len(lines), column=1).value == "合计" and total == 5500.0
    _freeze(staff, dec)
    again = payroll_files.export(staff.caseworker, dec, "xlsx", tmp_path / "roll2.xlsx")
    assert load_workbook(again)["发放名册"]["A1"].value.endswith("资金发放名册")


def test_bank_files_have_full_numbers_and_exports_are_audited(staff, months, tmp_path):
    dec = months["dec"]
    _freeze(staff, dec)
    xlsx = payroll_files.export(staff.caseworker, dec, "bank", tmp_path / "bank.xlsx")
    csvf = payroll_files.export(staff.caseworker, dec, "csv", tmp_path / "bank.csv")
    ws = load_workbook(xlsx).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == ["姓名", "公民身份号码", "开户银行", "银行账号", "发放金额", "补贴项目"]
    text = csvf.read_bytes().decode("utf-8-sig")
    crow = list(csv.reader(io.StringIO(text)))
    assert crow[0] == rows[0] and len(crow) == len(rows) == 4          # D's two lines: one payment
    with staff.ctx.db.read() as s:
        ids = {m.id_number for m in s.scalars(select(Member))}
        audits = [e.event for e in s.scalars(select(AuditEntry).where(AuditEntry.event == "payroll.export"))]
    for x, c in zip(rows[1:], crow[1:]):
        assert x[1] in ids and len(x[1]) == 18 and x[3].isdigit()
        assert c[:4] == x[:4] and Decimal(c[4]) == Decimal(str(x[4]))
    assert {r[5] for r in rows[1:]} == {"最低生活保障", "最低生活保障（含补发）"}
    assert sum(Decimal(c[4]) for c in crow[1:]) == Decimal("5500.00")
    assert len(audits) == 2


def _return_file(path, bank_rows, fail_ids, reason="户名与账号不符"):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "公民身份号码", "银行账号", "发放金额", "发放结果", "失败原因"])
    for name, ident, _bank, account, amount, _item in bank_rows:
        failed = ident in fail_ids
        ws.append([name, ident, account, amount, "失败" if failed else "成功", reason if failed else ""])
    wb.save(path)
    return path


def test_bank_return_failures_go_to_the_queue_and_into_the_next_roll(staff, months, tmp_path, clock):
    m = months
    dec = m["dec"]
    _freeze(staff, dec)
    bank = load_workbook(payroll_files.export(staff.caseworker, dec, "bank", tmp_path / "b.xlsx")).active
    rows = [[c.value for c in r] for r in bank.iter_rows(min_row=2)]
    a_line = next(ln for ln in payroll.lines(staff.caseworker, dec) if ln.application_id == m["a"])
    a_id = next(r[1] for r in rows if r[0] == a_line.name and Decimal(str(r[4])) == Decimal("1500"))
    report = payroll.import_return(staff.caseworker, dec,
                                   payroll_files.read_return(_return_file(tmp_path / "ret.xlsx", rows, {a_id})))
    assert (report.paid, report.failed, report.unmatched) == (2, 1, 0)
    rec = payroll.reconcile(staff.caseworker, dec)
    assert rec.ok and rec.township.total_fen == rec.township.paid_fen + rec.township.failed_fen
    assert rec.township.failed_fen == 150000 and rec.township.pending_fen == 0
    (f,) = payroll.failures(staff.caseworker, "open")
    assert (f.application_id, f.amount_fen, f.reason, f.for_month) == (m["a"], 150000, "户名与账号不符", "2026-12")
    # Not corrected yet: January does not re-issue it.
    clock.set(date(2027, 1, 4))
    jan = payroll.build(staff.caseworker, "2027-01", "dibao")
    assert ("reissue", "2026-12", 150000) not in _lines_by_case(staff, jan)[m["a"]]
    payroll.correct_failure(staff.caseworker, f.id, bank_name="中国农业银行丽水分行",
                            account_no="6228480000000000017")
    jan = payroll.build(staff.caseworker, "2027-01", "dibao")
    a_lines = _lines_by_case(staff, jan)[m["a"]]
    assert sorted(a_lines) == [("regular", "2027-01", 150000), ("reissue", "2026-12", 150000)]
    assert payroll.bank_account(staff.caseworker, payroll.lines(staff.caseworker, jan)[0].application_id and
                                f.household_id).account_masked == "6228***********0017"
    _freeze(staff, jan)
    assert payroll.failures(staff.caseworker)[0].state == "reissued"
    # The roll header the county sees carries the same reconciliation.
    county = payroll.county_reconciliation(staff.approver, "2026-12", "dibao")
    assert county["county"].total_fen == 550000 and county["county"].failed_fen == 150000


def test_one_off_temporary_aid_is_paid_once(staff, clock):
    from datetime import timedelta
    from lishui_desktop.services import households as hs
    from tests.services.helpers import household_form
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type="linshi",
                                requested_fen=300000)
    for who, action, params in [
            (staff.caseworker, "accept", {}), (staff.caseworker, "start_investigation", {}),
            (staff.caseworker, "record_visit", {"investigators": ["周晓燕", "吴建华"],
                                                "investigator_ids": [staff.caseworker2.user.id]}),
            (staff.reviewer, "review", {"recommend": True, "amount_fen": 300000}),
            (staff.caseworker, "publish", {}), (staff.caseworker, "close_notice", {}),
            (staff.reviewer, "hand_up", {}),
            (staff.approver, "approve", {"amount_fen": 300000, "start_month": "2026-11",
                                            "amount_reason": "按核实后的收入核定"})]:
        if action == "close_notice":
            clock.set(clock.when + timedelta(days=8))
        if action == "review":
            crosscheck_result(staff, aid)
        ap.act(who, aid, action, params)
    with staff.ctx.db.read() as s:
        hid = s.get(Application, aid).household_id
    payroll.set_bank_account(staff.caseworker, hid, bank_name="丽水农商银行", account_no="6217000012345678901")
    nov = payroll.build(staff.caseworker, "2026-11", "linshi")
    assert _lines_by_case(staff, nov) == {aid: [("one_off", "2026-11", 300000)]}
    _freeze(staff, nov)
    dec = payroll.build(staff.caseworker, "2026-12", "linshi")
    assert payroll.lines(staff.caseworker, dec) == []


def test_bank_account_is_checked_masked_and_its_reading_audited(staff, clock):
    aid = _approved(staff, clock, 150000, "2026-11")
    with staff.ctx.db.read() as s:
        hid = s.get(Application, aid).household_id
    with pytest.raises(ValidationError) as e:
        payroll.set_bank_account(staff.caseworker, hid, bank_name="农商银行", account_no="62170x")
    assert e.value.field == "account_no"
    view = payroll.bank_account(staff.caseworker, hid)
    assert view.account_masked.startswith("6217") and "*" in view.account_masked
    full = payroll.reveal_account(staff.caseworker, hid)
    assert full.isdigit() and full[-4:] == view.account_masked[-4:]
    with staff.ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.user).where(AuditEntry.event == "bank_account.reveal")) == "cw1"


def test_payroll_cli_build_export_import(staff, clock, db_path, tmp_path):
    _approved(staff, clock, 150000, "2026-11")
    _approved(staff, clock, 120000, "2026-11")
    staff.ctx.db.dispose()
    run = lambda *a: subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "payroll", *a,
                                     "--db", str(db_path)], capture_output=True, text=True, timeout=120)
    r = run("build", "--month", "2026-11", "--type", "dibao")
    assert r.returncode == 0, r.stderr
    assert "2 lines" in r.stdout and "2,700.00" in r.stdout
    r = run("export", "--month", "2026-11", "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"))
    assert r.returncode == 0 and load_workbook(tmp_path / "r.xlsx").active["A1"].value.endswith("（草稿）")
    r = run("export", "--month", "2026-11", "--format", "pdf", "--out", str(tmp_path / "r.pdf"))
    assert r.returncode == 0 and (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    r = run("export", "--month", "2026-11", "--format", "bank", "--out", str(tmp_path / "b.xlsx"))
    assert r.returncode == 2 and "approved" in r.stderr
    assert run("build", "--month", "2026-1").returncode == 2
    from lishui_desktop.services import access
    ctx = access.open_service(db_path, clock=clock)
    rid = payroll.find_roll(ctx, "2026-11", "dibao").id
    _freeze(type(staff)(ctx, staff.caseworker, staff.caseworker2, staff.reviewer, staff.approver,
                        staff.village), rid)
    r = run("export", "--month", "2026-11", "--format", "csv", "--out", str(tmp_path / "b.csv"))
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "b.csv").read_bytes().decode("utf-8-sig"))))
    ret = tmp_path / "ret.csv"
    with ret.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "公民身份号码", "银行账号", "发放金额", "发放结果", "失败原因"])
        w.writerow([rows[1][0], rows[1][1], rows[1][3], rows[1][4], "成功", ""])
        w.writerow([rows[2][0], rows[2][1], rows[2][3], rows[2][4], "失败", "账户已销户"])
    ctx.db.dispose()
    r = run("import-return", "--month", "2026-11", "--file", str(ret))
    assert r.returncode == 0, r.stderr
    assert "failed: 1" in r.stdout and "reconciles" in r.stdout


def test_roll_pdf_per_village_with_totals_and_signature_lines(staff, months, tmp_path):
    from tests.notices.helpers import all_text, page_texts
    dec = months["dec"]
    out = payroll_files.export(staff.caseworker, dec, "pdf", tmp_path / "roll.pdf")
    text = all_text(out)
    assert "碧湖镇2026年12月最低生活保障资金发放名册" in text and "草稿" in text
    assert "村(社区)：碧湖村" in text and "小计" in text and "合计" in text and "5,500.00" in text
    for label in ("制表人", "村(社区)负责人", "乡镇审核人", "县级审批人"):
        assert label in text
    assert all("********" in p for p in page_texts(out))        # ID numbers masked on paper


def test_payroll_status_cli(staff, clock, db_path):
    _approved(staff, clock, 150000, "2026-11")
    payroll.build(staff.caseworker, "2026-11", "dibao")
    staff.ctx.db.dispose()
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "payroll", "status", "--db",
                        str(db_path), "--month", "2026-11"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "draft" in r.stdout and "1,500.00" in r.stdout and "reconciles" in r.stdout


def _settle(staff, rid, tmp_path, fail_cases=()):
    """Send the frozen roll to the bank and read its answer: every payment paid but
    those of the cases ``fail_cases``."""
    bank = load_workbook(payroll_files.export(staff.caseworker, rid, "bank",
                                              tmp_path / f"{rid}.xlsx")).active
    rows = [[c.value for c in r] for r in bank.iter_rows(min_row=2)]
    _, full = payroll.export_rows(staff.caseworker, rid, "xlsx")
    fail = {ln.id_number for ln in full if ln.application_id in fail_cases}
    return payroll.import_return(staff.caseworker, rid, payroll_files.read_return(
        _return_file(tmp_path / f"{rid}-ret.xlsx", rows, fail)))


def test_late_reduction_and_stop_are_offset_in_the_next_rolls_never_in_frozen_ones(
        staff, months, clock, tmp_path):
    """A's income rise is found in December, from November: November and December were
    paid at 1,500 instead of 1,200, so January offsets 600 yuan. B (raised to 1,400 for
    December) is stopped from December: 1,400 to recover outside the roll."""
    m = months
    _freeze(staff, m["dec"])
    frozen = {rid: _lines_by_case(staff, rid) for rid in (m["nov"], m["dec"])}
    with pytest.raises(ValidationError) as e:          # not before the case was paid
        ap.act(staff.approver, m["a"], "reduce", {"amount_fen": 120000, "reasons": ["收入增加"],
                                                  "start_month": "2026-10"})
    assert e.value.code == "decision.effective_month"
    ap.act(staff.approver, m["a"], "reduce", {"amount_fen": 120000, "start_month": "2026-11",
                                              "reasons": ["11月起家庭成员就业，收入增加"]})
    ap.act(staff.approver, m["b"], "stop", {"start_month": "2026-12",
                                            "reasons": ["家庭唯一保障对象于11月死亡"]})
    o = payroll.overpayment(staff.caseworker, m["a"])
    assert (o.first_month, o.last_month, o.amount_fen) == ("2026-11", "2026-12", 60000)
    assert o.by_month == (("2026-11", 30000), ("2026-12", 30000))
    listed = {v.application_id: v for v in payroll.overpayments(staff.caseworker)}
    assert listed[m["a"]].in_roll and not listed[m["b"]].in_roll
    assert listed[m["b"]].overpayment.amount_fen == 140000
    clock.set(date(2027, 1, 4))
    jan = payroll.build(staff.caseworker, "2027-01", "dibao")
    lines = _lines_by_case(staff, jan)
    assert sorted(lines[m["a"]]) == [("offset", "2026-11", -30000), ("offset", "2026-12", -30000),
                                     ("regular", "2027-01", 120000)]
    assert m["b"] not in lines and m["c"] not in lines
    r = payroll.roll(staff.caseworker, jan)
    assert r.total_fen == sum(x[2] for v in lines.values() for x in v) == 60000 + 130000
    assert sum(v["offset_fen"] for v in r.by_village.values()) == -60000
    assert not payroll.check(staff.caseworker, jan)               # an offset is not a zero line
    # Frozen rolls are untouched.
    assert {rid: _lines_by_case(staff, rid) for rid in (m["nov"], m["dec"])} == frozen
    _freeze(staff, jan)
    bank = payroll_files.bank_payments(*payroll.export_rows(staff.caseworker, jan, "bank"))
    a_pay = next(p for p in bank if p.line_seqs and len(p.line_seqs) == 3)
    assert a_pay.amount_fen == 60000 and "扣减多发" in a_pay.item
    report = _settle(staff, jan, tmp_path)
    assert (report.paid, report.failed) == (2, 0)
    rec = payroll.reconcile(staff.caseworker, jan)
    assert rec.ok and rec.township.paid_fen == rec.township.total_fen == 190000
    assert rec.township.offset_fen == -60000
    assert payroll.overpayment(staff.caseworker, m["a"]) is None       # offset in full
    assert payroll.overpayment(staff.caseworker, m["b"]).amount_fen == 140000
    clock.set(date(2027, 2, 3))
    feb = payroll.build(staff.caseworker, "2027-02", "dibao")
    assert _lines_by_case(staff, feb)[m["a"]] == [("regular", "2027-02", 120000)]
    # The roll's xlsx shows the offset in its village summary.
    wb = load_workbook(payroll_files.export(staff.caseworker, jan, "xlsx", tmp_path / "jan.xlsx"))
    summary = [[c.value for c in row] for row in wb["村汇总"].iter_rows()]
    assert summary[0][-1] == "其中扣减多发(元)" and Decimal(str(summary[-1][-1])) == Decimal("-600")
    kinds = [row[7].value for row in wb["发放名册"].iter_rows(min_row=4) if row[0].value != "合计"]
    assert kinds.count("扣减多发") == 2


def test_an_offset_whose_payment_failed_is_planned_again(staff, months, clock, tmp_path):
    m = months
    _freeze(staff, m["dec"])
    ap.act(staff.approver, m["a"], "reduce", {"amount_fen": 120000, "start_month": "2026-12",
                                              "reasons": ["12月起收入增加"]})
    clock.set(date(2027, 1, 4))
    jan = payroll.build(staff.caseworker, "2027-01", "dibao")
    _freeze(staff, jan)
    report = _settle(staff, jan, tmp_path, fail_cases={m["a"]})
    assert report.failed == 1 and report.failed_fen == 90000
    rec = payroll.reconcile(staff.caseworker, jan)
    assert rec.ok and rec.township.failed_fen == 90000
    (f,) = payroll.failures(staff.caseworker, "open")
    assert (f.amount_fen, f.for_month) == (120000, "2027-01")      # the payment, not the offset
    payroll.correct_failure(staff.caseworker, f.id, bank_name="中国农业银行丽水分行",
                            account_no="6228480000000000017")
    clock.set(date(2027, 2, 3))
    feb = payroll.build(staff.caseworker, "2027-02", "dibao")
    assert sorted(_lines_by_case(staff, feb)[m["a"]]) == [
        ("offset", "2026-12", -30000), ("regular", "2027-02", 120000), ("reissue", "2027-01", 120000)]


def test_a_stopped_case_pays_its_overpayment_back_outside_the_roll(staff, months, clock):
    m = months
    _freeze(staff, m["dec"])
    ap.act(staff.approver, m["b"], "stop", {"start_month": "2026-12",
                                            "reasons": ["家庭唯一保障对象于11月死亡"]})
    ap.act(staff.approver, m["a"], "reduce", {"amount_fen": 120000, "start_month": "2026-12",
                                              "reasons": ["12月起收入增加"]})
    with pytest.raises(WorkflowError) as e:                    # A is offset in the roll
        payroll.record_recovery(staff.caseworker, m["a"], amount_fen=30000, receipt_no="R1")
    assert e.value.code == "recovery.in_roll"
    with pytest.raises(ValidationError) as e:
        payroll.record_recovery(staff.caseworker, m["b"], amount_fen=140001, receipt_no="R1")
    assert e.value.code == "recovery.amount"
    with pytest.raises(ValidationError) as e:
        payroll.record_recovery(staff.caseworker, m["b"], amount_fen=100000, receipt_no=" ")
    assert e.value.code == "recovery.receipt"
    assert payroll.record_recovery(staff.caseworker, m["b"], amount_fen=100000,
                                   receipt_no="浙财收2026-000123") == 40000
    assert payroll.overpayment(staff.caseworker, m["b"]).amount_fen == 40000
    assert payroll.record_recovery(staff.caseworker, m["b"], amount_fen=40000,
                                   receipt_no="浙财收2026-000124") == 0
    assert payroll.overpayment(staff.caseworker, m["b"]) is None
    assert [v.application_id for v in payroll.overpayments(staff.caseworker)] == [m["a"]]
    with staff.ctx.db.read() as s:
        details = [json.loads(a.detail) for a in s.scalars(select(AuditEntry).where(
            AuditEntry.event == "payroll.recovery", AuditEntry.success.is_(True))
            .order_by(AuditEntry.seq))]
    assert [d["amount_fen"] for d in details] == [100000, 40000]
    # Nothing of it reaches the next roll: the case is stopped and settled.
    clock.set(date(2027, 1, 4))
    jan = payroll.build(staff.caseworker, "2027-01", "dibao")
    assert m["b"] not in _lines_by_case(staff, jan)


def _outbox(staff):
    from lishui_desktop.store.models import OutboxEntry
    with staff.ctx.db.read() as s:
        return [(o.seq, o.entity, o.entity_id, o.version, o.base_version, o.deleted,
                 o.payload is not None) for o in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]


def _names(staff):
    out = {}
    with staff.ctx.db.read() as s:
        for e in s.scalars(select(AuditEntry)):
            for c in json.loads(e.detail).get("changes") or ():
                out[c[1]] = out.get(c[1], 0) + 1
    return out


def test_lines_sync_as_records_written_in_bulk(staff, months):
    """Each line a version-1 record with its outbox row and an audit entry naming it, queued
    after its roll; a draft rebuilt before it was sent leaves nothing to tell, one rebuilt
    after goes as deletions; the sign-off goes after the lines (the draft sealed in its
    place)."""
    from lishui_desktop.store.models import OutboxEntry, PayrollLine
    dec = months["dec"]
    with staff.ctx.db.read() as s:
        lines = s.scalars(select(PayrollLine).where(PayrollLine.roll_id == dec)).all()
        assert lines and {(ln.version, ln.site_code) for ln in lines} == {(1, staff.ctx.site.code)}
        ids = {ln.id for ln in lines}
    queued = _outbox(staff)
    at = {row[2]: row[0] for row in queued}
    assert ids <= set(at) and all(at[dec] < at[i] for i in ids)
    names = _names(staff)
    assert all(names.get(i) == 1 for i in ids)

    payroll.build(staff.caseworker, "2026-12", "dibao")            # rebuilt, never sent
    queued = _outbox(staff)
    assert not ids & {row[2] for row in queued}                     # nothing to tell of them
    assert not any(row[5] for row in queued)

    with staff.ctx.db.write() as s:                                 # as if the server took all
        s.execute(OutboxEntry.__table__.delete())
    with staff.ctx.db.read() as s:
        sent = set(s.scalars(select(PayrollLine.id).where(PayrollLine.roll_id == dec)))
    payroll.build(staff.caseworker, "2026-12", "dibao")
    deleted = {row[2] for row in _outbox(staff) if row[5]}
    assert deleted == sent and all(_names(staff)[i] == 2 for i in sent)

    payroll.sign_off(staff.reviewer, dec)
    rows = [row for row in _outbox(staff) if row[2] == dec]
    assert [(r[3], r[6]) for r in rows] == [(rows[0][3], True), (rows[0][3] + 1, False)]
    last_line = max(row[0] for row in _outbox(staff) if row[1] == "payroll_line")
    assert last_line < rows[1][0]


def test_county_approval_checks_the_lines_it_holds(staff, months, db_path):
    from tests import dbfile
    dec = months["dec"]
    payroll.sign_off(staff.reviewer, dec)
    conn = dbfile.connect(db_path)
    conn.execute("UPDATE payroll_lines SET amount_fen = amount_fen + 1 WHERE roll_id = ? AND seq = 1",
                 (dec,))
    conn.commit()
    with pytest.raises(ValidationError) as e:
        payroll.approve(staff.approver, dec)
    assert e.value.code == "payroll.lines_differ" and e.value.field == "total_fen"
    conn.execute("UPDATE payroll_lines SET amount_fen = amount_fen - 1 WHERE roll_id = ? AND seq = 1",
                 (dec,))
    conn.execute("UPDATE payroll_lines SET account_no = '6217999999999999999' "
                 "WHERE roll_id = ? AND seq = 1", (dec,))
    conn.commit()
    with pytest.raises(ValidationError) as e:
        payroll.approve(staff.approver, dec)
    assert e.value.field == "lines_digest"
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM payroll_lines WHERE roll_id = ?", (dec,))
    conn.commit()
    conn.close()
    with pytest.raises(WorkflowError) as e:
        payroll.approve(staff.approver, dec)
    assert e.value.code == "payroll.lines_missing"
    assert payroll.roll(staff.caseworker, dec).state == "signed_off"
