"""Assistance that excludes each other, and temporary aid repeated for the same cause, are
named at the 初审 with the earlier case; the rules carry their source."""
from __future__ import annotations

from datetime import date


from lishui_desktop.domain import exclusions
from lishui_desktop.services import roster_import

from tests import dbfile

from .helpers import case_to
from .roster_files import households, member_workbook


def _review_event(db_path, aid):
    import json
    row = dbfile.connect(db_path).execute(
        "SELECT params FROM case_events WHERE application_id = ? AND action = 'review'",
        (aid,)).fetchone()
    return json.loads(row[0])


def test_dibao_for_a_person_already_in_tekun_is_flagged_at_the_review(staff, db_path, tmp_path):
    rows = [r for r in households(10, seed=61) if len(r[2]) == 1][:1]
    head, village, members, _, _, _ = rows[0]
    rows = [(head, village, members, "特困", 1400, "2024-05")]
    path = member_workbook(tmp_path / "tekun.xlsx", rows)
    assert roster_import.import_roster(staff.caseworker, path).written
    conn = dbfile.connect(db_path)
    hid, tekun_id = conn.execute("SELECT household_id, id FROM applications "
                                 "WHERE type='tekun'").fetchone()
    aid = case_to(staff, "reviewed", household_id=hid)
    params = _review_event(db_path, aid)
    (flag,) = params["flags"]
    assert flag["code"] == "exclusive.tekun_dibao" and flag["application_id"] == tekun_id
    assert flag["type"] == "tekun" and flag["state"] == "approved"
    assert flag["person"] == members[0][0] and flag["start_month"] == "2024-05"
    assert "特困人员认定办法" in flag["source"]
    audit = conn.execute("SELECT detail FROM audit_log WHERE event='application.review' "
                         "ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert tekun_id in audit


def test_a_household_with_no_other_case_has_no_flag(staff, db_path):
    aid = case_to(staff, "reviewed")
    assert "flags" not in _review_event(db_path, aid)


def _other(type_, state, decided, cause="因病致贫"):
    return exclusions.OtherCase("a1", type_, state, "张三", "张三", "331102100", None,
                                decided, decided, cause)


def test_temporary_aid_for_the_same_cause_within_12_months():
    today = date(2026, 11, 2)
    recent = _other("linshi", "approved", date(2026, 1, 10))
    old = _other("linshi", "approved", date(2025, 10, 1))
    other_cause = _other("linshi", "approved", date(2026, 5, 1), cause="因灾")
    got = exclusions.flags("linshi", "因病致贫", today, [recent, old, other_cause])
    assert [f.code for f in got] == ["repeat.linshi_same_cause"]
    assert got[0].other is recent and "国发〔2014〕47号" in got[0].source


def test_exclusive_rules_are_symmetric_and_ignore_closed_cases():
    today = date(2026, 11, 2)
    assert [f.code for f in exclusions.flags("tekun", "", today,
                                             [_other("dibao", "approved", None)])] == \
        ["exclusive.tekun_dibao"]
    assert exclusions.flags("tekun", "", today, [_other("dibao", "stopped", None)]) == []
    assert exclusions.flags("dibao", "", today, [_other("yiliao", "approved", None)]) == []
    assert all(r.source for r in exclusions.EXCLUSIVE)
