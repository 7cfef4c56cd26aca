"""Search finds people by the readings caseworkers type: surname readings of
polyphonic surnames (曾 zeng, 单 shan, 解 xie ...) and any reading of a
heteronym in the given name, through the real FTS index of a SQLite file."""
from datetime import date

import pytest

from lishui_desktop.services import households as hs
from lishui_desktop.services import queries
from lishui_desktop.store import search_index
from tests.services.helpers import member


def _household(staff, head: str, spouse: str = "李秀英") -> str:
    form = hs.HouseholdForm(
        village_code=staff.village, address="碧湖村3号", phone="13905780000",
        members=[member(head, "self", date(1966, 2, 3)),
                 member(spouse, "spouse", date(1969, 4, 5), sex="F")],
        incomes=[hs.IncomeForm("wage", 40000, member=0)])
    return hs.save_household(staff.caseworker, form)


def _found(staff, text: str) -> set[str]:
    ctx = staff.caseworker
    keys = queries.household_keys(ctx, queries.HouseholdQuery(text=text))
    return {r.head_name for r in queries.household_rows(ctx, keys).values()}


SURNAMES = [("曾国强", "zengguoqiang"), ("单雄信", "shanxiongxin"), ("仇小红", "qiuxiaohong"),
            ("区志明", "ouzhiming"), ("解放军", "xiefangjun"), ("查良镛", "zhaliangyong"),
            ("盖丽丽", "geli"), ("缪小燕", "miaoxiaoyan"), ("覃海涛", "qinhaitao"),
            ("朴正浩", "piaozhenghao"), ("乐嘉明", "yuejiaming")]


@pytest.mark.parametrize("name,typed", SURNAMES)
def test_surname_reading_finds_the_head(staff, name, typed):
    _household(staff, name)
    assert name in _found(staff, typed)
    # Initials of the surname reading, and the default reading still work.
    initials = "".join(f[1] for f in search_index.name_readings(name)[1:2])
    assert name in _found(staff, initials)
    assert name in _found(staff, search_index.pinyin_forms(name)[0])


def test_heteronym_in_the_given_name(staff):
    _household(staff, "陈乐乐")
    _household(staff, "王长青")
    assert "陈乐乐" in _found(staff, "chenyueyue")
    assert "陈乐乐" in _found(staff, "chenlele")
    assert "王长青" in _found(staff, "wangzhangqing")
    assert "王长青" in _found(staff, "wangchangqing")


def test_member_names_and_compound_surnames(staff):
    _household(staff, "张三", spouse="欧阳娜娜")
    assert "张三" in _found(staff, "ouyangnana")
    assert "张三" in _found(staff, "oynn")


def test_readings_stay_bounded():
    forms = search_index.name_readings("乐乐乐乐乐乐乐乐")
    assert 1 < len(forms) <= search_index.MAX_READINGS
    assert forms[0] == search_index.pinyin_forms("乐乐乐乐乐乐乐乐")


def test_refresh_rebuilds_the_text_from_stored_rows(staff):
    hid = _household(staff, "曾国强")
    db = staff.caseworker.db
    with db.write() as s:
        s.connection().exec_driver_sql("UPDATE households SET search_text = '' WHERE id = ?", (hid,))
    assert "曾国强" not in _found(staff, "zengguoqiang")
    with db.write() as s:
        assert search_index.refresh(s, [hid]) == 1
    assert "曾国强" in _found(staff, "zengguoqiang")
    assert "曾国强" in _found(staff, "13905780000")
