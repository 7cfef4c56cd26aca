"""The statutory monthly report: figures against the database, sum checks, xlsx read back,
the CLI, and filing it for the city."""
import subprocess
import sys
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from lishui_desktop.domain import report as rp
from lishui_desktop.services import applications as ap
from lishui_desktop.services import payroll, report_files, reports
from lishui_desktop.store.models import Application, Member, MonthlyReport, OutboxEntry, PayrollLine
from tests.services.test_payroll import _approved, _freeze


@pytest.fixture
def december(staff, clock):
    a = _approved(staff, clock, 150000, "2026-11")
    b = _approved(staff, clock, 120000, "2026-11")
    c = _approved(staff, clock, 100000, "2026-11")
    _freeze(staff, payroll.build(staff.caseworker, "2026-11", "dibao"))
    ap.act(staff.approver, b, "raise", {"amount_fen": 140000, "reasons": ["支出型困难"]})
    ap.act(staff.approver, c, "stop", {"reasons": ["收入超过标准"]})
    d = _approved(staff, clock, 130000, "2026-11")
    dec = payroll.build(staff.caseworker, "2026-12", "dibao")
    _freeze(staff, dec)
    return {"a": a, "b": b, "c": c, "d": d, "dec": dec}


def test_report_figures_agree_with_the_database(staff, december):
    data = reports.monthly(staff.caseworker, "2026-12")
    assert data.ok, data.checks
    dibao = next(t for t in data.types if t.type == "dibao")
    with staff.ctx.db.read() as s:
        active = s.scalars(select(Application).where(Application.type == "dibao",
                                                     Application.state == "approved")).all()
        persons = s.scalar(select(func.count()).select_from(Member).where(
            Member.household_id.in_([a.household_id for a in active]), Member.covered.is_(True)))
        paid = s.scalar(select(func.sum(PayrollLine.amount_fen)).where(PayrollLine.roll_id == december["dec"]))
    t = dibao.total
    assert t.households == len(active) == 3 and t.persons == persons == 9
    assert (t.previous, t.added, t.exited) == (4, 0, 1)        # D counts in November (back-paid)
    assert t.amount_fen == paid == 550000
    assert (t.elderly, t.minor, t.disabled, t.other) == (0, 3, 0, 6)
    assert sum(f.households for f in dibao.units.values()) == t.households
    nov = next(t for t in reports.monthly(staff.caseworker, "2026-11").types if t.type == "dibao").total
    assert (nov.previous, nov.added, nov.households) == (0, 4, 4)


def test_sum_checks_find_a_figure_that_does_not_add_up():
    f = rp.Figures(households=3, persons=9, minor=3, other=6, previous=4, exited=1, amount_fen=100)
    t = rp.TypeReport("dibao", {"v1": f}, rp.Figures(**{**f.as_dict()}))
    assert rp.check_report([t]) == []
    t.total.persons = 10
    t.units["v1"].exited = 0
    rules = {(c.rule, c.unit) for c in rp.check_report([t])}
    assert rules == {("units_sum", "total"), ("persons_by_category", "total"),
                     ("household_flow", "v1")}


def test_report_xlsx_read_back_cell_by_cell(staff, december, tmp_path):
    data = reports.monthly(staff.caseworker, "2026-12")
    out = report_files.export(staff.caseworker, data, tmp_path / "report.xlsx")
    wb = load_workbook(out)
    ws = wb["汇总"]
    assert ws["A1"].value == "碧湖镇2026年12月社会救助统计月报表"
    assert [c.value for c in ws[2]] == ["救助类别", *report_files.COLUMNS]
    for row, t in zip(ws.iter_rows(min_row=3, max_row=2 + len(data.types)), data.types):
        values = [c.value for c in row]
        f = t.total
        assert values == [{"dibao": "最低生活保障", "dibian": "低保边缘家庭", "tekun": "特困人员救助供养",
                           "ertong": "孤困儿童基本生活保障", "linshi": "临时救助"}[t.type],
                          f.households, f.persons, f.elderly, f.minor, f.disabled, f.other,
                          f.added, f.exited, f.previous,
                          float(Decimal(f.amount_fen) / 100) if f.amount_fen % 100 else f.amount_fen // 100]
    sheet = wb["最低生活保障"]
    dibao = data.types[0]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[-1][0] == "合计" and rows[-1][1:4] == (3, 9, 0)
    assert [r[0] for r in rows[:-1]] == [data.unit_names[c] for c in sorted(dibao.units)]
    assert sum(r[1] for r in rows[:-1]) == rows[-1][1]
    assert any(str(c.value).startswith("填报人") for c in ws["A"] if c.value)


def test_report_pdf_has_the_sign_off_lines(staff, december, tmp_path):
    from tests.notices.helpers import all_text
    data = reports.monthly(staff.caseworker, "2026-12")
    text = all_text(report_files.export(staff.caseworker, data, tmp_path / "report.pdf"))
    assert "碧湖镇2026年12月社会救助统计月报表" in text and "校验通过" in text
    for label in ("填报人", "审核人", "单位负责人", "5,500.00"):
        assert label in text


def test_filing_the_report_makes_a_record_for_the_city(staff, december):
    data = reports.monthly(staff.caseworker, "2026-12")
    rid = reports.submit(staff.caseworker, data)
    assert reports.submit(staff.caseworker, data) == rid          # filed again: same record
    with staff.ctx.db.read() as s:
        rec = s.get(MonthlyReport, rid)
        assert rec.figures["dibao"]["total"]["households"] == 3 and rec.version == 2
        assert s.scalar(select(OutboxEntry.entity).where(OutboxEntry.entity_id == rid)) == "monthly_report"


def test_report_monthly_cli(staff, december, db_path, tmp_path):
    staff.ctx.db.dispose()
    out = tmp_path / "m.xlsx"
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "report", "monthly", "--db",
                        str(db_path), "--month", "2026-12", "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "sum checks: all pass" in r.stdout
    assert load_workbook(out)["汇总"]["B3"].value == 3
