"""Building households and cases the way a caseworker would, for tests."""
from __future__ import annotations

import itertools
from datetime import date, timedelta

from lishui_desktop.domain import idnumber
from lishui_desktop.domain.crosscheck import CHECKED_TYPES
from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import households as hs

_seq = itertools.count(1)


def member(name: str, relation: str, birth: date, sex: str = "M", **kw) -> hs.MemberForm:
    # Sequence numbers cycle through 0-999 (odd for men), so ID numbers stay valid
    # however many households a test session makes.
    seq = (next(_seq) * 2) % 1000 + (1 if sex == "M" else 0)
    return hs.MemberForm(name=name, id_number=idnumber.make("331102", birth, seq),
                         relation=relation, **kw)


def household_form(village: str, *, wage_fen: int = 50000, staff_relative: bool = False) -> hs.HouseholdForm:
    return hs.HouseholdForm(
        village_code=village, address="碧湖村12号", phone="13905781234",
        members=[member("张三", "self", date(1968, 3, 4)),
                 member("李秀英", "spouse", date(1970, 5, 6), sex="F"),
                 member("张小明", "child", date(2012, 9, 1))],
        incomes=[hs.IncomeForm("wage", wage_fen, member=0)],
        staff_relative=staff_relative,
        staff_relative_note="村委委员张某之兄" if staff_relative else "")


def crosscheck_result(staff, aid: str, *, outcome: str = "clear", reason: str | None = None,
                     findings=None, who=None) -> str:
    """Request the data cross-check and record its result (default: nothing found)."""
    cid = cx.request(staff.caseworker, aid, authorised_by="张三", authorised_on=staff.caseworker.today())
    day = staff.caseworker.today()
    found = findings if findings is not None else cx.blank_findings(day)
    cx.record_result(who or staff.caseworker, cid, found, outcome, reason)
    return cid


def case_to(staff, state: str, *, household_id: str | None = None, clock=None,
            assistance_type: str = "dibao") -> str:
    """Take a new dibao case along the usual path up to ``state`` (from 'investigated' on,
    with a cross-check result that found nothing)."""
    hid = household_id or hs.save_household(staff.caseworker, household_form(staff.village))
    aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type=assistance_type)
    steps = [
        ("accepted", staff.caseworker, "accept", {}),
        ("investigating", staff.caseworker, "start_investigation", {}),
        ("investigated", staff.caseworker, "record_visit",
         {"investigators": ["周晓燕", "吴建华"], "investigator_ids": [staff.caseworker2.user.id],
          "conclusion": "家庭经济状况属实"}),
        ("reviewed", staff.reviewer, "review", {"recommend": True}),
        ("publicizing", staff.caseworker, "publish", {}),
        ("publicized", staff.caseworker, "close_notice", {}),
        ("awaiting_decision", staff.reviewer, "hand_up", {}),
        ("approved", staff.approver, "approve", {"amount_fen": 150000,
                                                "amount_reason": "核减子女打工收入后重新核算"}),
    ]
    if state == "submitted":
        return aid
    for reached, who, action, params in steps:
        if action == "close_notice" and clock is not None:
            clock.set(clock.when + timedelta(days=8))
        if action == "record_visit" and assistance_type in CHECKED_TYPES:
            crosscheck_result(staff, aid)     # 信息核对 runs beside the visit; the 初审 needs it
        ap.act(who, aid, action, params)
        if reached == state:
            return aid
    raise ValueError(state)
