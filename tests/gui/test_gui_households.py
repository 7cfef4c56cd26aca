"""家庭档案: the ID number is read as it is typed; bad input in every form is refused
in Chinese beside the field, and nothing is saved half-way; full ID numbers only on request."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from lishui_desktop.domain import idnumber
from lishui_desktop.store.models import AuditEntry, Household

from gui_support import sign_in, type_text, wait_idle


def press(qtbot, dialog, which=QDialogButtonBox.Ok):
    qtbot.mouseClick(dialog.ui.buttonBox.button(which), Qt.LeftButton)


@pytest.fixture
def page(qtbot, controller):
    mw = sign_in(qtbot, controller, "cw1")
    p = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    return p


def households(c) -> int:
    with c.db.read() as s:
        return s.scalar(select(func.count()).select_from(Household))


def new_form(qtbot, c, page):
    page.new_item()
    d = page.dialog
    qtbot.waitUntil(lambda: d.loaded, timeout=20000)
    return d


def member_dialog(qtbot, d):
    d.add_member()
    return d.member_dialog


@pytest.mark.parametrize("typed, message", [
    ("33110219620304", "已输入14位，共18位"),
    ("3311021962030401A3", "只能填数字（最后一位可以是X）。"),
    ("331102196202300115", "身份证号码中的出生日期19620230不是有效日期。"),
    ("331102206202010117", "身份证号码中的出生日期2062-02-01晚于今天。"),
    ("001102196203040112", "前六位001102不是有效的行政区划代码。"),
])
def test_id_number_is_checked_as_it_is_typed(qtbot, controller, page, typed, message):
    d = new_form(qtbot, controller, page)
    m = member_dialog(qtbot, d)
    qtbot.keyClicks(m.ui.idNumber, typed)
    shown = m.ui.idInfo.text() or m.errors.message_for("id_number")
    assert shown == message


def test_wrong_check_character_does_not_reveal_the_right_one(qtbot, controller, page):
    d = new_form(qtbot, controller, page)
    m = member_dialog(qtbot, d)
    good = idnumber.make("331102", date(1970, 6, 15), 31)
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    qtbot.keyClicks(m.ui.idNumber, wrong)
    message = m.errors.message_for("id_number")
    assert message == "身份证号码校验不通过（末位与前17位不符），请对照身份证逐位核对整个号码。"
    m.ui.idNumber.setText(good)
    assert m.errors.message_for("id_number") == ""
    age = date.today().year - 1970 - ((date.today().month, date.today().day) < (6, 15))
    assert m.ui.idInfo.text() == f"出生日期 1970-06-15 · 男 · {age}周岁"
    press(qtbot, m)                     # no name yet
    assert m.isVisible() and m.errors.message_for("name") == "请填写成员姓名。"


def test_bad_household_is_refused_and_nothing_is_saved(qtbot, controller, page):
    c = controller
    before = households(c)
    d = new_form(qtbot, c, page)
    # No member at all.
    press(qtbot, d, QDialogButtonBox.Save)
    wait_idle(qtbot, c.runner)
    assert d.errors.message_for("members") == "每户至少要有一名成员。"
    assert d.ui.tabs.currentIndex() == 1          # the tab with the field is shown
    # Two members with the same ID number: the second is named.
    number = idnumber.make("331102", date(1980, 1, 2), 41)
    for name, relation in (("赵一", "self"), ("赵二", "child")):
        m = member_dialog(qtbot, d)
        type_text(qtbot, m.ui.name, name)
        m.ui.idNumber.setText(number)
        m.ui.relation.setCurrentIndex(m.ui.relation.findData(relation))
        press(qtbot, m)
        qtbot.waitUntil(lambda: not m.isVisible())
    press(qtbot, d, QDialogButtonBox.Save)
    wait_idle(qtbot, c.runner)
    assert d.errors.message_for("members") == "第2位成员：与另一位成员的身份证号码重复。"
    assert d.ui.membersTable.currentRow() == 1
    # Fix it; then a relative of staff without saying whose.
    d.ui.membersTable.selectRow(1)
    d.edit_member()
    m = d.member_dialog
    m.ui.idNumber.setText(idnumber.make("331102", date(2008, 3, 4), 42))
    press(qtbot, m)
    qtbot.waitUntil(lambda: not m.isVisible())
    d.ui.staffRelative.setChecked(True)
    press(qtbot, d, QDialogButtonBox.Save)
    wait_idle(qtbot, c.runner)
    assert d.errors.message_for("staff_relative_note") == "请写明是哪位工作人员的近亲属（姓名、职务）。"
    assert d.ui.tabs.currentIndex() == 0
    # A housing area that is not a number.
    type_text(qtbot, d.ui.staffRelativeNote, "村委委员赵强之子")
    d.ui.housingArea.setText("八十")
    press(qtbot, d, QDialogButtonBox.Save)
    assert d.errors.message_for("housing_area_m2") == "住房面积应为平方米数，不能为负数。"
    assert households(c) == before
    d.ui.housingArea.setText("80.5")
    # No village: refused, since notices are printed and posted per village.
    press(qtbot, d, QDialogButtonBox.Save)
    wait_idle(qtbot, c.runner)
    assert d.errors.message_for("village_code").startswith("请选择所在村")
    assert households(c) == before
    d.ui.village.setCurrentIndex(1)
    press(qtbot, d, QDialogButtonBox.Save)
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=20000)
    wait_idle(qtbot, c.runner)
    assert households(c) == before + 1
    with c.db.read() as s:
        h = s.get(Household, d.saved_id)
        assert h.staff_relative and h.housing_area_dm2 == 8050 and h.member_count == 2


def test_income_and_asset_amounts_are_checked(qtbot, controller, page):
    d = new_form(qtbot, controller, page)
    d.add_income()
    inc = d.income_dialog
    inc.ui.monthly.setText("十二元")
    press(qtbot, inc)
    assert inc.errors.message_for("monthly_fen") == "请以元为单位填写金额，例如 1060 或 1060.50。"
    inc.ui.monthly.setText("-5")
    press(qtbot, inc)
    assert inc.errors.message_for("monthly_fen") == "金额不能为负数。"
    inc.ui.category.setCurrentIndex(inc.ui.category.findData("basic_pension"))
    assert inc.ui.countedLabel.text().startswith("登记但不计入家庭收入")
    assert not inc.ui.newEmployment.isEnabled()
    inc.ui.monthly.setText("1,200.5")
    press(qtbot, inc)
    qtbot.waitUntil(lambda: not inc.isVisible())
    assert inc.result_form.monthly_fen == 120050
    d.add_asset()
    a = d.asset_dialog
    press(qtbot, a)
    assert a.errors.message_for("value_fen") == "请填写金额。"


def test_existing_member_number_is_masked_until_shown_and_that_is_audited(qtbot, controller, page, ids):
    c = controller
    page.open_household(ids["h_wang"])
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == ids["h_wang"], timeout=20000)
    assert all("*" in m.id_masked for m in page.detail.members)
    shown = page.members.data(page.members.index(0, 2))
    assert "********" in shown
    page.members_view.selectRow(0)
    qtbot.mouseClick(page.reveal_button, Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    full = page.members.data(page.members.index(0, 2))
    assert "*" not in full and idnumber.parse(full)
    with c.db.read() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.event == "member.reveal_id")).all()
        assert len(reveals) == 1 and reveals[0].user == "cw1"
    # In the edit form the number stays masked and read-only until asked for.
    page.edit_selected()
    d = page.dialog
    qtbot.waitUntil(lambda: d.loaded and d.ui.membersTable.rowCount() == 2, timeout=20000)
    assert "********" in d.ui.membersTable.item(0, 2).text()
    d.ui.membersTable.selectRow(0)
    d.edit_member()
    m = d.member_dialog
    assert m.ui.idNumber.isReadOnly() and "*" in m.ui.idNumber.text()
    qtbot.mouseClick(m.ui.revealButton, Qt.LeftButton)
    wait_idle(qtbot, c.runner)
    assert not m.ui.idNumber.isReadOnly() and m.ui.idNumber.text() == full
    with c.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.event == "member.reveal_id")) == 2


def test_approver_sees_households_but_cannot_edit(qtbot, controller):
    mw = sign_in(qtbot, controller, "ap1")
    p = mw.show_page("households")
    wait_idle(qtbot, controller.runner)
    assert not p.new_button.isVisible() and not p.edit_button.isVisible()
    p.new_item()
    assert not hasattr(p, "dialog")


def test_a_member_who_moved_out_is_kept_with_day_and_reason_and_leaves_the_count(qtbot, controller, page,
                                                                                 ids):
    from datetime import timedelta
    from PySide6.QtCore import QDate
    from lishui_desktop.store.models import Member
    c = controller
    page.open_household(ids["h_wang"])
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == ids["h_wang"], timeout=20000)
    page.edit_selected()
    d = page.dialog
    qtbot.waitUntil(lambda: d.loaded and d.ui.membersTable.rowCount() == 2, timeout=20000)
    assert d.ui.tabs.tabText(1) == "家庭成员（2）"
    # The head earns the household's wage: moving him out needs that income dealt with first.
    d.ui.membersTable.selectRow(0)
    assert d.moved_out() is None and "收入" in d.errors.message_for("members")
    d.ui.membersTable.selectRow(1)
    m = d.moved_out()
    today = c.clock().date()
    # A day still to come, then no reason: each refused beside its field, in Chinese.
    m.day.setDate(QDate(today + timedelta(days=3)))
    m.reason.setText("户口迁往丽水市区")
    m.submit()
    assert m.isVisible() and m.errors.message_for("left_on")
    m.day.setDate(QDate(today - timedelta(days=10)))
    m.reason.setText("  ")
    m.submit()
    assert m.isVisible() and m.errors.message_for("left_reason")
    m.reason.setText("户口迁往丽水市区")
    m.submit()
    qtbot.waitUntil(lambda: not m.isVisible(), timeout=5000)
    assert d.ui.membersTable.item(1, 8).text() == f"已迁出 {(today - timedelta(days=10)).isoformat()}"
    assert d.ui.tabs.tabText(1) == "家庭成员（1）"
    # 600 yuan of wage for one person now
    assert "600.00" in d.ui.incomeSummary.text() and d.ui.incomeSummary.text().count("600.00") == 2
    d.ui.buttonBox.button(QDialogButtonBox.Save).click()
    qtbot.waitUntil(lambda: not d.isVisible(), timeout=20000)
    with c.db.read() as s:
        li = s.scalars(select(Member).where(Member.name == "李秀英")).one()
        assert (li.left_on, li.left_reason) == (today - timedelta(days=10), "户口迁往丽水市区")
        assert s.get(Household, ids["h_wang"]).member_count == 1


def test_a_household_opened_from_elsewhere_is_selected_wherever_it_is_in_the_list(qtbot, controller, page):
    """The list reads only the rows it shows with its keys; a household opened from another
    page (a city conflict, a saved form) is found by its key and selected further down."""
    from lishui_desktop.services import households as hs
    from gui_support import VILLAGES
    ctx = page.env.ctx              # cw1, signed in
    first = None
    for i in range(60):
        hid = hs.save_household(ctx, hs.HouseholdForm(
            village_code=VILLAGES[i % 3][0], address=f"后{i}号", phone=f"1380000{i:04d}",
            members=[hs.MemberForm(f"应{'一二三四五六七八九十'[i % 10]}{i}",
                                   idnumber.make("331102", date(1950 + i % 50, 1 + i % 12, 1 + i % 28), i + 1),
                                   "self")]))
        first = first or hid
    page.model.refresh()
    wait_idle(qtbot, controller.runner)
    # Most recently changed first: the first of the sixty is far down, past the rows read.
    n = page.model.rowCount()
    assert n > 60
    assert all(page.model.row_data(r) is None or page.model.row_data(r).id != first for r in range(n))
    page.open_household(first)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == first, timeout=20000)
    row = page.view.currentIndex().row()
    assert row > 40
    qtbot.waitUntil(lambda: page.model.row_data(row) is not None, timeout=20000)
    assert page.model.row_data(row).id == first


def test_a_search_that_finds_nothing_leaves_no_household_on_show(qtbot, controller, page, ids):
    """Under "0 households" the last search's household must not stay on show, nor be what
    修改 or 申请救助 act on."""
    page.open_household(ids["h_wang"])
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == ids["h_wang"], timeout=20000)
    assert page.members.rowCount() and page.selected_id() == ids["h_wang"]
    page.search.setText("zzqqxx")
    page.search.fire_now()
    wait_idle(qtbot, controller.runner)
    assert page.model.rowCount() == 0 and page.count_label.text() == "共0户"
    assert page.detail is None and page.selected_id() is None
    assert page.members.rowCount() == page.money.rowCount() == page.cases.rowCount() == 0
    assert page.detail_title.text() == "没有与“zzqqxx”相符的家庭。"
