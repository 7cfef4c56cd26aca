"""Lists exported to xlsx (services.exports): read back with openpyxl; masked unless a role
that may reveal chooses to; every export (and every refused reveal) in the audit log."""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lishui_desktop.domain.errors import PermissionDenied, ValidationError
from lishui_desktop.domain.idnumber import MaskedId, mask
from lishui_desktop.services import exports, households as hs, queries
from lishui_desktop.store.models import AuditEntry, Member

from tests.services.helpers import household_form


def _households(staff, n=3):
    return [hs.save_household(staff.caseworker, household_form(staff.village)) for _ in range(n)]


def _rows(ctx, q=queries.HouseholdQuery()):
    keys = queries.household_keys(ctx, q)
    got = queries.household_rows(ctx, keys)
    return [got[k] for k in keys]


def _heads(staff) -> dict[str, str]:
    with staff.ctx.db.read() as s:
        return {hid: n for hid, n in s.execute(select(Member.household_id, Member.id_number)
                                               .where(Member.relation == "self"))}


def _export(ctx, path, rows, **kw):
    return exports.write_list(ctx, path, list_name="householdsTable", title="家庭档案",
                              headers=["户主", "身份证号", "人数", "更新"],
                              rows=([r.head_name, r.head_id_masked, r.member_count,
                                     exports.Day(r.updated_at.date().isoformat(), r.updated_at.date())]
                                    for r in rows), total=len(rows), **kw)


def _audit(ctx, event=exports.EVENT):
    with ctx.db.read() as s:
        return [(e.success, json.loads(e.detail), e.user) for e in
                s.scalars(select(AuditEntry).where(AuditEntry.event == event).order_by(AuditEntry.seq))]


def _all_text(path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def test_household_list_goes_out_masked_with_types_and_is_audited(staff, tmp_path):
    _households(staff)
    rows = _rows(staff.caseworker)
    out = tmp_path / "list.xlsx"
    r = _export(staff.caseworker, out, rows, filter={"text": ""},
                notes=[("列表", "家庭档案"), ("身份证号", "已隐藏")])
    assert (r.rows, r.masked, r.revealed) == (3, True, 0)
    ws = load_workbook(out)["家庭档案"]
    assert [c.value for c in ws[1]] == ["户主", "身份证号", "人数", "更新"]
    heads = _heads(staff)
    for row in ws.iter_rows(min_row=2, values_only=True):
        assert row[1] in {mask(n) for n in heads.values()}
        assert isinstance(row[2], int)
        assert isinstance(row[3], datetime) and row[3].date() == staff.ctx.today()
    assert ws.cell(2, 4).number_format == exports.DATE_FORMAT
    text = _all_text(out)
    assert not any(n in text for n in heads.values())
    assert load_workbook(out)["说明"]["B2"].value == "已隐藏"
    [(ok, detail, user)] = _audit(staff.ctx)
    assert ok and user == "cw1"
    assert detail["rows"] == 3 and detail["masked"] is True and detail["revealed"] == 0
    assert detail["filter"] == {"text": ""} and detail["file"] == "list.xlsx"
    assert not list(tmp_path.glob("*.part"))


def test_filter_respected_and_full_numbers_only_when_revealed(staff, tmp_path):
    ids = _households(staff, 2)
    heads = _heads(staff)
    hs.save_household(staff.caseworker, household_form("331102100202"))
    q = queries.HouseholdQuery(village_code=staff.village)
    rows = _rows(staff.reviewer, q)
    assert len(rows) == 2
    out = tmp_path / "full.xlsx"
    r = _export(staff.reviewer, out, rows, filter={"query": {"village_code": staff.village}}, reveal=True)
    assert (r.rows, r.masked, r.revealed) == (2, False, 2)
    got = [row[1] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert sorted(got) == sorted(heads[i] for i in ids)
    [(ok, detail, user)] = _audit(staff.ctx)
    assert user == "rv1" and detail["masked"] is False and detail["revealed"] == 2
    assert detail["filter"]["query"]["village_code"] == staff.village


def test_a_role_that_may_not_reveal_is_refused_in_the_service(staff, tmp_path):
    _households(staff, 1)
    rows = _rows(staff.caseworker)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "admin.xlsx"
    assert not exports.may_reveal(staff.ctx) and exports.may_reveal(staff.approver)
    with pytest.raises(PermissionDenied) as e:
        _export(staff.ctx, out, rows, reveal=True)
    assert e.value.code == "export.reveal_denied"
    assert not list(out.parent.iterdir())
    [(ok, detail, user)] = _audit(staff.ctx)
    assert not ok and user == "admin" and detail["refused"] == "role"
    # masked, the same user may export
    assert _export(staff.ctx, out, rows).masked


def test_a_full_number_standing_in_a_cell_is_masked_unless_revealed(staff, tmp_path):
    full = "11010519491231002X"
    rows = [["王某 " + full, MaskedId(full, None)]]
    out = tmp_path / "a.xlsx"
    exports.write_list(staff.caseworker, out, list_name="t", title="t", headers=["a", "b"], rows=rows)
    assert full not in _all_text(out)
    assert load_workbook(out).active["A2"].value == "王某 110105********002X"
    exports.write_list(staff.caseworker, out, list_name="t", title="t", headers=["a", "b"], rows=rows,
                       reveal=True)
    # shown revealed on screen stays so; a mask without its record stays a mask
    assert load_workbook(out).active["A2"].value == "王某 " + full
    assert load_workbook(out).active["B2"].value == mask(full)


def test_money_is_a_number_with_two_decimals(staff, tmp_path):
    out = tmp_path / "m.xlsx"
    exports.write_list(staff.caseworker, out, list_name="t", title="t", headers=["金额", "日"],
                       rows=[[exports.Money("1,620.50", 162050), exports.Day("2026-12-01", date(2026, 12, 1))]])
    c = load_workbook(out).active["A2"]
    assert c.value == pytest.approx(1620.5) and c.number_format == "#,##0.00"
    assert Decimal(str(c.value)) == Decimal("1620.5")
    exports.write_list(staff.caseworker, out, list_name="t", title="t", headers=["金额"],
                       rows=[[exports.Money("1,620.50/月", 162050, unit="/月")]])
    c = load_workbook(out).active["A2"]
    assert c.value == pytest.approx(1620.5) and c.number_format == '#,##0.00"/月"'


def test_cancel_leaves_no_file_and_no_audit_entry(staff, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "c.xlsx"
    calls = []

    class Stop(Exception):
        pass

    def check():
        calls.append(1)
        if len(calls) > 1:
            raise Stop()

    with pytest.raises(Stop):
        exports.write_list(staff.caseworker, out, list_name="t", title="t", headers=["n"],
                           rows=([i] for i in range(exports.CHUNK * 3)), check=check)
    assert not list(out.parent.iterdir())
    assert _audit(staff.ctx) == []


def test_bad_target_named(staff, tmp_path):
    with pytest.raises(ValidationError) as e:
        exports.write_list(staff.caseworker, tmp_path / "x.csv", list_name="t", title="t", headers=[], rows=[])
    assert e.value.code == "export.suffix" and e.value.field == "path"
    with pytest.raises(ValidationError) as e:
        exports.write_list(staff.caseworker, tmp_path / "no" / "x.xlsx", list_name="t", title="t",
                           headers=[], rows=[])
    assert e.value.code == "export.folder"
