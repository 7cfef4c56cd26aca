"""Roster import from real xlsx files made here with openpyxl: layouts, header variants,
merged cells, every kind of bad cell reported where it is, all or nothing."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date

import openpyxl
import pytest

from lishui_desktop.domain import idnumber
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.services import queries, roster_import
from lishui_desktop.store.audit import verify_file
from tests import dbfile

from .roster_files import (HOUSEHOLD_HEADERS, MEMBER_HEADERS, household_workbook, households,
                           member_workbook_xls,
                           member_workbook)

TABLES = ("households", "members", "applications", "case_events", "outbox", "audit_log",
          "roster_imports")


def counts(path) -> dict:
    conn = dbfile.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_member_layout_with_merged_cells_imports_households_members_and_active_cases(
        staff, db_path, tmp_path):
    rows = households(30, seed=3)
    path = member_workbook(tmp_path / "roster.xlsx", rows)
    before = counts(db_path)
    result = roster_import.import_roster(staff.caseworker, path)
    assert result.plan.ok and result.written, result.lines()
    after = counts(db_path)
    persons = sum(len(r[2]) for r in rows)
    cases = sum(1 for r in rows if r[3])
    assert after["households"] - before["households"] == 30
    assert after["members"] - before["members"] == persons
    assert after["applications"] - before["applications"] == cases
    # Every record goes to the city, each named by its household's audit entry (the city
    # takes a new record only with one), and the import has its own entry.
    assert after["outbox"] - before["outbox"] == 30 + persons + 2 * cases
    assert after["audit_log"] - before["audit_log"] == 30 + 1
    entries = [json.loads(d) for (d,) in dbfile.connect(db_path).execute(
        "SELECT detail FROM audit_log WHERE event = 'roster.import.household'")]
    named = {c[1] for e in entries for c in e["changes"]}
    outboxed = {i for (i,) in dbfile.connect(db_path).execute("SELECT entity_id FROM outbox")}
    assert named <= outboxed and len(named) == 30 + persons + 2 * cases
    conn = dbfile.connect(db_path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    # The merged household cells reached every member: each household has its members.
    head, village, members, kind, yuan, month = rows[0]
    hid, count, vcode = conn.execute(
        "SELECT h.id, h.member_count, h.village_code FROM households h JOIN members m "
        "ON m.household_id = h.id WHERE m.id_number = ?", (members[0][2],)).fetchone()
    assert count == len(members)
    assert vcode == {"碧湖村": "331102100201", "平原村": "331102100202"}[village]
    names = [r[0] for r in conn.execute("SELECT name FROM members WHERE household_id = ? "
                                        "ORDER BY seq", (hid,))]
    assert names == [m[0] for m in members]
    bank = conn.execute("SELECT bank_name, bank_account FROM members WHERE id_number = ?",
                        (members[0][2],)).fetchone()
    assert bank == ("丽水农商银行", "6228480012345678901")
    for head, village, members, kind, yuan, month in rows:
        app = conn.execute("SELECT a.type, a.state, a.amount_fen, a.start_month, a.migrated_from "
                           "FROM applications a JOIN members m ON m.id = a.applicant_id "
                           "WHERE m.id_number = ?", (members[0][2],)).fetchone()
        if not kind:
            assert app is None
            continue
        assert app == ({"低保": "dibao", "特困": "tekun"}[kind], "approved", yuan * 100, month, sha)
    event = conn.execute("SELECT event, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert event[0] == "roster.import" and sha in event[1]
    assert verify_file(db_path, dbfile.key_of(db_path)).ok


def test_household_layout_with_header_variants_and_an_unknown_column(staff, db_path, tmp_path):
    rows = households(12, seed=5)
    headers = HOUSEHOLD_HEADERS[:5] + ["民族"] + HOUSEHOLD_HEADERS[5:]
    path = household_workbook(tmp_path / "per-household.xlsx", rows, headers=headers)
    result = roster_import.import_roster(staff.reviewer, path)
    assert result.plan.mapping.layout == "household"
    assert result.written and result.households == 12 and result.members == 12
    unknown = [p for p in result.plan.problems if p.code == "roster.unknown_column"]
    assert len(unknown) == 1 and "F列" in unknown[0].message and "民族" in unknown[0].message
    assert not unknown[0].blocking
    # Each head is stored as head; the other members are said to be missing, not invented.
    conn = dbfile.connect(db_path)
    assert {r[0] for r in conn.execute("SELECT relation FROM members")} == {"self"}
    later = [p for p in result.plan.problems if p.code == "roster.members_later"]
    assert len(later) == sum(1 for r in rows if len(r[2]) > 1)


def test_header_variants_in_any_order_without_merges(staff, db_path, tmp_path):
    rows = households(10, seed=7)
    headers = ["公民身份号码", "姓名", "关系", "村", "户主", "保障人口", "保障类型", "保障金额",
               "享受时间", "住址", "家庭人口", "乡镇"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([f" {h} " if i % 2 else h for i, h in enumerate(headers)])
    for head, village, members, kind, yuan, month in rows:
        for name, rel, number, sex, birth in members:
            ws.append([number, name, rel, village, head, len(members), kind, yuan, month,
                       "某地", len(members), "碧湖镇"])
    path = tmp_path / "variants.xlsx"
    wb.save(path)
    result = roster_import.import_roster(staff.caseworker, path)
    assert result.plan.mapping.columns["id_number"] == 0 and result.plan.mapping.layout == "member"
    assert result.written, result.lines()
    assert result.households == 10 and result.members == sum(len(r[2]) for r in rows)


HOUSEHOLD_CELLS = {"家庭人口", "月保障金", "保障起始年月", "村（社区）", "救助类别"}


def _bad_file(tmp_path, existing_id: str):
    """A member-layout file with one kind of error per household, and where it is."""
    rows = households(14, seed=11)
    col = {h: i for i, h in enumerate(MEMBER_HEADERS)}
    path = member_workbook(tmp_path / "bad.xlsx", rows, merge=False)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    expect = {}   # (row, header) -> code

    def first_row(k):   # sheet row of household k's first member (title row + header row)
        return 3 + sum(len(r[2]) for r in rows[:k])

    def put(k, member, header, value, code):
        r = first_row(k) + member
        ws.cell(r, col[header] + 1).value = value
        expect[(r, header)] = code
        if header in HOUSEHOLD_CELLS:     # repeated on every member row of an unmerged sheet
            for extra in range(1, len(rows[k][2])):
                ws.cell(r + extra, col[header] + 1).value = value

    n = rows[0][2][0][2]
    put(0, 0, "身份证号码", n[:17] + ("0" if n[17] != "0" else "1"), "id.check")
    put(1, 0, "性别", "女" if rows[1][2][0][3] == "男" else "男", "roster.sex_mismatch")
    put(2, 0, "出生日期", date(1901, 1, 1), "roster.birth_mismatch")
    put(3, 0, "与户主关系", "邻居", "roster.relation")
    put(4, 0, "月保障金", "560.125", "roster.money_precision")
    put(5, 0, "保障起始年月", "2031-01", "roster.month_future")
    put(6, 0, "村（社区）", "不存在村", "roster.village")
    put(7, 0, "身份证号码", 331102196201010011, "roster.id_numeric")
    put(8, 0, "家庭人口", 9, "roster.size")
    put(9, 0, "救助类别", "临时救助", "roster.type_one_off")
    # a person of household 10 appears again in household 11
    dup = rows[10][2][0]
    put(11, 0, "身份证号码", dup[2], "roster.duplicate_in_file")
    ws.cell(first_row(11), col["性别"] + 1).value = dup[3]
    ws.cell(first_row(11), col["出生日期"] + 1).value = dup[4]
    put(12, 0, "身份证号码", existing_id, "roster.on_file")
    ws.cell(first_row(12), col["性别"] + 1).value = None
    ws.cell(first_row(12), col["出生日期"] + 1).value = None
    if len(rows[13][2]) < 2:
        rows13 = None
    put(13, 0, "与户主关系", "户主", None)
    expect.pop((first_row(13), "与户主关系"))
    wb.save(path)
    return path, expect, rows


def test_errors_in_many_kinds_of_cells_are_reported_where_they_are_and_nothing_is_written(
        staff, db_path, tmp_path):
    from lishui_desktop.services.households import HouseholdForm, MemberForm, save_household
    existing = idnumber.make("331102", date(1970, 3, 3), 11)
    save_household(staff.caseworker, HouseholdForm(
        village_code=staff.village, address="碧湖村1号",
        members=[MemberForm(name="张已在", id_number=existing, relation="self")]))
    path, expect, rows = _bad_file(tmp_path, existing)
    before = counts(db_path)
    report = tmp_path / "report.xlsx"
    result = roster_import.import_roster(staff.caseworker, path, report=report)
    assert not result.written and not result.plan.ok
    assert counts(db_path) == before
    col = {h: i for i, h in enumerate(MEMBER_HEADERS)}
    found = {(p.row, p.field): p.code for p in result.plan.refused}
    mapping = result.plan.mapping.columns
    for (row, header), code in expect.items():
        field = next(f for f, i in mapping.items() if i == col[header])
        assert found.get((row, field)) == code, (row, header, code, found)
    # The report: a copy of the sheet, the problem named in the last column of its row,
    # the bad cell filled red.
    ws = openpyxl.load_workbook(report).active
    assert "未导入任何数据" in ws.cell(1, 1).value
    last = len(MEMBER_HEADERS) + 1
    assert ws.cell(2, last).value == "错误说明"
    for (row, header), code in expect.items():
        note = ws.cell(row, last).value
        letter = openpyxl.utils.get_column_letter(col[header] + 1)
        assert note and f"{letter}{row} {header}" in note, (row, header, note)
        assert ws.cell(row, col[header] + 1).fill.fgColor.rgb.endswith("FFC7CE")
    clean_row = 3 + sum(len(r[2]) for r in rows[:13]) + 1 if len(rows[13][2]) > 1 else None
    if clean_row:
        assert ws.cell(clean_row, last).value in (None, "")


def test_household_cells_that_disagree_between_member_rows_are_refused(staff, db_path, tmp_path):
    rows = [r for r in households(20, seed=12) if len(r[2]) >= 2][:1]
    path = member_workbook(tmp_path / "unmerged.xlsx", rows, merge=False)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(4, MEMBER_HEADERS.index("村（社区）") + 1).value = "平原村" if rows[0][1] == "碧湖村" \
        else "碧湖村"
    wb.save(path)
    result = roster_import.import_roster(staff.caseworker, path, dry_run=True)
    (p,) = [p for p in result.plan.refused]
    assert (p.row, p.field, p.code) == (4, "village", "roster.inconsistent")
    assert "本户第3行" in p.message


def test_two_heads_in_one_household_is_refused(staff, db_path, tmp_path):
    rows = [r for r in households(20, seed=2) if len(r[2]) >= 2][:2]
    path = member_workbook(tmp_path / "heads.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(4, MEMBER_HEADERS.index("与户主关系") + 1).value = "户主"
    wb.save(path)
    result = roster_import.import_roster(staff.caseworker, path, dry_run=True)
    heads = [p for p in result.plan.refused if p.code == "roster.head"]
    assert heads and heads[0].row == 4 and heads[0].field == "relation"


def test_a_clean_file_of_2000_households_is_imported_and_then_searchable(staff, db_path, tmp_path):
    rows = households(2000, seed=21)
    path = member_workbook(tmp_path / "big.xlsx", rows)
    result = roster_import.import_roster(staff.caseworker, path)
    assert result.written and result.households == 2000
    head, village, members, *_ = rows[1234]
    keys = queries.household_keys(staff.caseworker, queries.HouseholdQuery(text=members[-1][2]))
    assert len(keys) == 1
    row = queries.household_rows(staff.caseworker, keys)[keys[0]]
    assert row.head_name == head
    assert queries.household_keys(staff.caseworker, queries.HouseholdQuery(text=head))
    assert verify_file(db_path, dbfile.key_of(db_path)).ok


def test_a_repeated_import_adds_no_one_twice(staff, db_path, tmp_path):
    rows = households(20, seed=4)
    path = member_workbook(tmp_path / "once.xlsx", rows)
    assert roster_import.import_roster(staff.caseworker, path).written
    after_first = counts(db_path)
    with pytest.raises(DomainError) as e:
        roster_import.import_roster(staff.caseworker, path)
    assert e.value.code == "import.repeated"
    # The same people in a re-saved file (another hash): every one is already on file.
    again = member_workbook(tmp_path / "again.xlsx", rows, title_row="另存的花名册")
    result = roster_import.import_roster(staff.caseworker, again)
    assert not result.written
    on_file = [p for p in result.plan.refused if p.code == "roster.on_file"]
    assert len(on_file) == sum(len(r[2]) for r in rows)
    assert counts(db_path) == after_first


def test_a_cancel_half_way_writes_nothing(staff, db_path, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_import, "CHUNK", 50)
    rows = households(300, seed=8)
    path = member_workbook(tmp_path / "cancel.xlsx", rows)
    before = counts(db_path)
    seen = []

    def progress(done, total, step):
        seen.append((step, done))

    def cancelled():
        return any(step == "write" and done >= 150 for step, done in seen)

    with pytest.raises(roster_import.Cancelled):
        roster_import.import_roster(staff.caseworker, path, progress=progress, cancelled=cancelled)
    assert ("write", 150) in seen      # half the households were already inserted
    assert counts(db_path) == before
    assert verify_file(db_path, dbfile.key_of(db_path)).ok


def test_only_township_staff_import(staff, tmp_path):
    path = member_workbook(tmp_path / "r.xlsx", households(2))
    for ctx in (staff.ctx, staff.approver):
        with pytest.raises(DomainError) as e:
            roster_import.import_roster(ctx, path)
        assert e.value.code == "import.role"


def test_the_older_xls_with_merged_cells_imports_as_the_xlsx_does(staff, db_path, tmp_path):
    rows = households(12, seed=5)
    path = member_workbook_xls(tmp_path / "roster.xls", rows)
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"            # a real BIFF compound file
    before = counts(db_path)
    result = roster_import.import_roster(staff.caseworker, path)
    assert result.plan.ok and result.written, result.lines()
    after = counts(db_path)
    assert after["households"] - before["households"] == 12
    assert after["members"] - before["members"] == sum(len(r[2]) for r in rows)
    conn = dbfile.connect(db_path)
    for head, village, members, kind, yuan, month in rows:
        got = conn.execute("SELECT m.name, m.birth_date, h.member_count, h.village_code FROM members m "
                           "JOIN households h ON h.id = m.household_id WHERE m.id_number = ?",
                           (members[-1][2],)).fetchone()
        # the merged household cells reached the last member; the date cell is a date
        assert got == (members[-1][0], members[-1][4].isoformat(), len(members),
                       {"碧湖村": "331102100201", "平原村": "331102100202"}[village])
        if kind:
            app = conn.execute("SELECT a.amount_fen, a.start_month FROM applications a JOIN members m "
                               "ON m.id = a.applicant_id WHERE m.id_number = ?", (members[0][2],)).fetchone()
            assert app == (yuan * 100, month)


def test_a_damaged_xls_is_refused_with_a_message(staff, tmp_path):
    bad = tmp_path / "roster.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(DomainError) as e:
        roster_import.import_roster(staff.caseworker, bad)
    assert e.value.code == "import.format" and "roster.xls" in e.value.message


def test_not_an_xlsx_file_is_refused_with_a_message(staff, tmp_path):
    bad = tmp_path / "roster.xlsx"
    bad.write_text("序号,姓名\n1,张三\n", encoding="utf-8")
    with pytest.raises(DomainError) as e:
        roster_import.import_roster(staff.caseworker, bad)
    assert e.value.code == "import.format"


def test_cli_import_dry_run_report_and_exit_codes(staff, db_path, tmp_path):
    good = member_workbook(tmp_path / "good.xlsx", households(5, seed=9))
    cli = [sys.executable, "-m", "lishui_desktop.cli", "import", "--db", str(db_path)]
    before = counts(db_path)
    dry = subprocess.run(cli + [str(good), "--dry-run"], capture_output=True, text=True)
    assert dry.returncode == 0, dry.stderr
    assert "dry run: 5 households" in dry.stdout and counts(db_path) == before
    real = subprocess.run(cli + [str(good), "--report", str(tmp_path / "ok-report.xlsx"),
                                 "--user", "rv1"],
                          capture_output=True, text=True)
    assert real.returncode == 0, real.stderr
    assert "imported 5 households" in real.stdout and (tmp_path / "ok-report.xlsx").exists()
    last = dbfile.connect(db_path).execute(
        "SELECT user FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert last == ("rv1",)
    assert counts(db_path)["households"] == before["households"] + 5
    path, expect, _ = _bad_file(tmp_path, idnumber.make("331102", date(1970, 3, 3), 11))
    bad = subprocess.run(cli + [str(path), "--report", str(tmp_path / "bad-report.xlsx")],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert "nothing imported" in bad.stdout and "[id.check]" in bad.stdout
    assert (tmp_path / "bad-report.xlsx").exists()
    again = subprocess.run(cli + [str(good)], capture_output=True, text=True)
    assert again.returncode == 2 and "already imported" in again.stderr
