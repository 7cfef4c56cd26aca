"""Guards on what the records say before anything is printed: members who leave, one
person one household, names, villages, the public notice's period and list, originals,
副本 and corrections. Each refusal names the field and leaves every table unchanged."""
import dataclasses
import re
import sqlite3
from datetime import date, timedelta

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices as ns
from tests.notices.helpers import all_text as _all_text
from tests.services.helpers import case_to, household_form, member
from tests.services.test_cases import snapshot
from tests import dbfile

STANDARD = 106000


def all_text(pdf) -> str:
    return re.sub(r"—\d+—", "", _all_text(pdf))


def _refused(db_path, call, field, code=None):
    before = snapshot(db_path)
    with pytest.raises(DomainError) as e:
        call()
    assert e.value.field == field, e.value
    if code:
        assert e.value.code == code, e.value
    assert snapshot(db_path) == before
    return e.value


# --- members -------------------------------------------------------------------------------

def test_moved_out_member_leaves_size_divisor_and_notices(staff, db_path, clock, tmp_path):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    form, version = hs.form_for_edit(staff.caseworker, hid)
    form.members[2].left_on = clock.when.date() - timedelta(days=3)
    _refused(db_path, lambda: hs.save_household(staff.caseworker, form, household_id=hid,
                                                expected_version=version),
             "members[2].left_reason", "member.left_reason")
    form.members[2].left_reason = "户口迁往丽水市区"
    hs.save_household(staff.caseworker, form, household_id=hid, expected_version=version)
    conn = dbfile.connect(db_path)
    assert conn.execute("SELECT member_count FROM households").fetchone() == (2,)
    assert conn.execute("SELECT left_reason FROM members WHERE name='张小明'").fetchone() == ("户口迁往丽水市区",)
    aid = case_to(staff, "reviewed", household_id=hid, clock=clock)
    # 500 yuan wage over 2 persons now, 2 covered: (1060 - 250) x 2
    assert ap.summary(staff.caseworker, aid).proposed_fen == (STANDARD - 25000) * 2
    text = all_text(ns.issue(staff.caseworker, aid, "application_form").save(tmp_path))
    assert "张小明" not in text and "家庭人口2人" in text and "申请保障人口2人" in text


def test_removing_an_applicant_is_refused_naming_moved_out_instead(staff, db_path, clock):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    case_to(staff, "submitted", household_id=hid)
    form, version = hs.form_for_edit(staff.caseworker, hid)
    form.members = form.members[1:]
    form.members[0].relation = "self"
    e = _refused(db_path, lambda: hs.save_household(staff.caseworker, form, household_id=hid),
                 "members", "member.remove_applicant")
    assert e.params["name"] == "张三"


def test_member_entered_by_mistake_is_removed(staff, db_path, clock):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    form, version = hs.form_for_edit(staff.caseworker, hid)
    form.members = form.members[:2]
    hs.save_household(staff.caseworker, form, household_id=hid)
    conn = dbfile.connect(db_path)
    assert conn.execute("SELECT count(*) FROM members").fetchone() == (2,)
    assert conn.execute("SELECT member_count FROM households").fetchone() == (2,)


def test_names_over_the_limit_are_refused_not_cut(staff, db_path):
    form = household_form(staff.village)
    form.members[1].name = "阿" * 31
    e = _refused(db_path, lambda: hs.save_household(staff.caseworker, form), "members[1].name",
                 "member.name_too_long")
    assert e.params["limit"] == 30
    form.members[1].name = "阿卜杜热合曼·买买提明"
    hs.save_household(staff.caseworker, form)


def test_a_household_needs_a_village(staff, db_path):
    form = household_form(staff.village)
    form.village_code = None
    _refused(db_path, lambda: hs.save_household(staff.caseworker, form), "village_code",
             "household.village_required")


# --- one person, one household -----------------------------------------------------------------

def test_a_person_in_another_household_is_refused_naming_it(staff, db_path, clock):
    first = household_form(staff.village)
    hid = hs.save_household(staff.caseworker, first)
    second = hs.HouseholdForm(village_code="331102100202", address="平原村5号",
                              members=[member("王五", "self", date(1980, 1, 2)),
                                       dataclasses.replace(first.members[1], relation="spouse")])
    e = _refused(db_path, lambda: hs.save_household(staff.caseworker, second), "members[1].id_number",
                 "member.other_household")
    assert e.params["household_id"] == hid and e.params["head_name"] == "张三"
    # once recorded as moved out of the first household, she may join the second
    form, version = hs.form_for_edit(staff.caseworker, hid)
    form.members[1].left_on = clock.when.date()
    form.members[1].left_reason = "离婚后迁出"
    hs.save_household(staff.caseworker, form, household_id=hid)
    hs.save_household(staff.caseworker, second)


# --- the public notice -------------------------------------------------------------------------

def _reviewed(staff, clock):
    return case_to(staff, "reviewed", clock=clock)


def test_notice_never_before_the_review_nor_in_the_future(staff, db_path, clock):
    aid = _reviewed(staff, clock)
    today = clock.when.date()
    _refused(db_path, lambda: ap.act(staff.caseworker, aid, Action.PUBLISH,
                                     {"start": today - timedelta(days=1), "backdate_reason": "已张贴"}),
             "start", "notice.before_review")
    _refused(db_path, lambda: ap.act(staff.caseworker, aid, Action.PUBLISH,
                                     {"start": today + timedelta(days=1)}), "start", "notice.start")


def test_backdated_notice_needs_a_reason_and_is_recorded_as_such(staff, db_path, clock):
    aid = _reviewed(staff, clock)
    clock.set(clock.when + timedelta(days=5))
    start = clock.when.date() - timedelta(days=5)
    _refused(db_path, lambda: ap.act(staff.caseworker, aid, Action.PUBLISH, {"start": start}),
             "backdate_reason", "notice.backdate_reason")
    ap.act(staff.caseworker, aid, Action.PUBLISH, {"start": start, "backdate_reason": "村公示栏已按时张贴，系统补录"})
    import json
    conn = dbfile.connect(db_path)
    params = json.loads(conn.execute("SELECT params FROM case_events WHERE action='publish'").fetchone()[0])
    assert params["backdated_days"] == 5 and params["backdate_reason"].startswith("村公示栏")
    # three days back needs no reason
    other = _reviewed(staff, clock)
    clock.set(clock.when + timedelta(days=3))
    ap.act(staff.caseworker, other, Action.PUBLISH, {"start": clock.when.date() - timedelta(days=3)})


def test_notice_closes_only_after_seven_full_days(staff, db_path, clock):
    from lishui_desktop.domain import workflow
    aid = _reviewed(staff, clock)
    ap.act(staff.caseworker, aid, Action.PUBLISH)
    start = clock.when.date()
    clock.set(start + timedelta(days=6))          # the 7th day itself: still running
    _refused(db_path, lambda: ap.act(staff.caseworker, aid, Action.CLOSE_NOTICE), "notice_end", "notice.running")
    end = start + timedelta(days=6)
    assert workflow.notice_status(start, end, end, 0) == workflow.NOTICE_RUNNING
    assert workflow.notice_status(start, end, end + timedelta(days=1), 0) == workflow.NOTICE_ENDED_CLEAR
    clock.set(start + timedelta(days=7))
    ap.act(staff.caseworker, aid, Action.CLOSE_NOTICE)


def test_public_notice_lists_one_period_each(staff, db_path, clock, tmp_path):
    first = _reviewed(staff, clock)
    ap.act(staff.caseworker, first, Action.PUBLISH)
    p1 = clock.when.date()
    clock.set(clock.when + timedelta(days=2))
    h2 = hs.save_household(staff.caseworker, hs.HouseholdForm(
        village_code=staff.village, address="碧湖村30号",
        members=[member("叶根土", "self", date(1950, 3, 3))]))
    second = case_to(staff, "reviewed", household_id=h2, clock=clock)
    ap.act(staff.caseworker, second, Action.PUBLISH)
    p2 = clock.when.date()
    assert ns.public_notice_periods(staff.caseworker, staff.village) == [p1, p2]
    _refused(db_path, lambda: ns.issue_public_notice(staff.caseworker, staff.village), "period_start",
             "notice.several_periods")
    lists = ns.issue_public_notices(staff.caseworker, staff.village)
    assert len(lists) == 2 and lists[0].number != lists[1].number
    t1, t2 = (all_text(i.save(tmp_path / str(n))) for n, i in enumerate(lists) if (tmp_path / str(n)).mkdir() or True)
    assert "2026年11月2日至2026年11月8日" in t1 and "张三" in t1 and "叶根土" not in t1
    assert "2026年11月4日至2026年11月10日" in t2 and "叶根土" in t2 and "张三" not in t2
    # name, number of family members, proposed amount: nothing else
    assert "备注" not in t1 and "3人" in t1 and "元/月" in t1
    # issued again: a 副本 with the same number
    again = ns.issue_public_notice(staff.caseworker, staff.village, period_start=p1)
    assert again.is_copy and again.number == lists[0].number


# --- originals, 副本, corrections -------------------------------------------------------------

def test_issuing_again_gives_a_copy_with_the_same_number(staff, db_path, clock, tmp_path):
    aid = case_to(staff, "approved", clock=clock)
    first = ns.issue(staff.caseworker, aid, "approval")
    second = ns.issue(staff.reviewer, aid, "approval")
    assert not first.is_copy and second.is_copy and second.number == first.number
    assert "副本" in all_text(second.save(tmp_path))
    rows = dbfile.connect(db_path).execute("SELECT copy_of FROM notices ORDER BY rowid").fetchall()
    assert rows == [(None,), (first.notice_id,)]


def test_correction_needs_a_reason_and_supersedes_the_original(staff, db_path, clock, tmp_path):
    aid = case_to(staff, "accepted", clock=clock)
    first = ns.issue(staff.caseworker, aid, "acceptance")
    _refused(db_path, lambda: ns.correct(staff.caseworker, first.notice_id, " "), "reason",
             "notice.correction_reason")
    fixed = ns.correct(staff.caseworker, first.notice_id, "申请日期录入错误")
    assert not fixed.is_copy and fixed.number != first.number
    text = all_text(fixed.save(tmp_path))
    assert f"本通知书替代{first.number}" in text
    listed = {n["id"]: n for n in ns.notices_of(staff.caseworker, aid)}
    assert listed[first.notice_id]["superseded"] and listed[first.notice_id]["correction_reason"] == "申请日期录入错误"
    _refused(db_path, lambda: ns.correct(staff.caseworker, first.notice_id, "再改"), "notice_id",
             "notice.superseded")
    # issuing again now copies the correction, not the superseded original
    again = ns.issue(staff.caseworker, aid, "acceptance")
    assert again.is_copy and again.number == fixed.number


def test_check_character_error_does_not_reveal_the_right_one(staff, db_path):
    form = household_form(staff.village)
    good = form.members[1].id_number
    form.members[1].id_number = good[:17] + ("0" if good[17] != "0" else "1")
    e = _refused(db_path, lambda: hs.save_household(staff.caseworker, form), "members[1].id_number", "id.check")
    assert good[17] not in e.params.values() and f"expected {good[17]}" not in e.message


def test_the_application_form_prints_the_income_the_benefit_is_computed_from(staff, tmp_path):
    # 2,000 yuan of wages plus a household-level 300 yuan of net transfers, less nothing:
    # 2,300.00 counted for 3 persons = 766.666… each, printed 766.67 as the calculation has it.
    form = household_form(staff.village, wage_fen=200000)
    form.incomes.append(hs.IncomeForm("transfer_net", 30000, member=None))
    hid = hs.save_household(staff.caseworker, form)
    aid = case_to(staff, "accepted", household_id=hid)
    assert "月人均收入 766.67 元" in ap.compute_benefit(staff.caseworker, aid).text_zh()
    text = all_text(ns.issue(staff.caseworker, aid, "application_form").save(tmp_path))
    assert "家庭月总收入2,300.00" in text.replace(" ", "") and "月人均收入766.67" in text.replace(" ", "")
