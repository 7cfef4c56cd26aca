"""先行救助 through the services on a real SQLite file: limit, type, role, completion,
the due date on the dashboard and in next_step, and the decision notice read back."""
from datetime import date, datetime

import pytest

from lishui_desktop.domain import urgent_aid as rules
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import next_step, queries
from lishui_desktop.services import notices as ns
from lishui_desktop.services import urgent_aid as ua
from tests import dbfile
from tests.services.helpers import household_form
from tests.services.test_cases import snapshot
from tests.services.test_decision_guards import all_text

EMERGENCY = "10月2日夜间房屋失火，家中财物烧毁，无处安身"


def urgent_case(staff, *, urgent=True, requested_fen=500_000, accept=True) -> str:
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type="linshi",
                                requested_fen=requested_fen, urgent=urgent)
    if accept:
        ap.act(staff.caseworker, aid, "accept")
    return aid


def refused(db_path, call, field, code):
    before = snapshot(db_path)
    with pytest.raises(DomainError) as e:
        call()
    assert (e.value.code, e.value.field) == (code, field), e.value
    assert snapshot(db_path) == before       # nothing changed
    return e.value


def test_pay_first_within_limit_and_complete(staff, db_path, clock):
    aid = urgent_case(staff)
    t = ua.terms(staff.caseworker, aid)
    assert t.limit_fen == rules.DEFAULT_LIMIT_FEN and t.completion_days == 10 and t.urgent
    assert Action.PAY_FIRST in ap.allowed_actions(staff.caseworker, aid)
    # The default limit exactly (inclusive).
    assert ua.pay_first(staff.caseworker, aid, amount_fen=rules.DEFAULT_LIMIT_FEN,
                        emergency=EMERGENCY) is State.APPROVED
    conn = dbfile.connect(db_path)
    app = conn.execute("SELECT state, amount_fen, paid_first_on, due_date FROM applications WHERE id=?",
                       (aid,)).fetchone()
    # Paid Monday 2 November 2026; 10 working days later: Monday 16 November.
    assert app == ("approved", rules.DEFAULT_LIMIT_FEN, "2026-11-02", "2026-11-16")
    d = conn.execute("SELECT outcome, amount_fen, site_code, number FROM decisions WHERE application_id=?",
                     (aid,)).fetchone()
    assert d[:3] == ("paid_first", rules.DEFAULT_LIMIT_FEN, "331102100")
    assert d[3].startswith("莲碧")                   # the township's own number
    due = ap.deadline(staff.caseworker, aid)
    assert due.due == date(2026, 11, 16) and due.limit == "pay_first_completion"
    step = next_step.step_of(staff.caseworker, aid, due).step
    assert step.step == "complete_pay_first" and step.due == date(2026, 11, 16)
    # 工作台: the caseworker's completions due; overdue once the day has passed.
    board = queries.dashboard(staff.caseworker)
    assert [r.id for r in board.completions] == [aid]
    mine = queries.application_keys(staff.caseworker, queries.ApplicationQuery(mine=True))
    assert queries.application_rows(staff.caseworker, mine)
    assert aid in {r.id for r in queries.application_rows(staff.caseworker, mine).values()}
    clock.set(datetime(2026, 11, 17, 9))
    board = queries.dashboard(staff.caseworker)
    assert board.overdue >= 1 and board.completions[0].overdue
    # Completion: refused without the visit's second investigator, then recorded.
    good = dict(completed_on=date(2026, 11, 17), statement="火灾情况说明：经村委会证明属实",
                items=list(rules.COMPLETION_ITEMS), visit_date=date(2026, 11, 4),
                investigators=["周晓燕", "吴建华"], conclusion="房屋烧毁属实")
    refused(db_path, lambda: ua.complete(staff.caseworker, aid, **{**good, "investigators": ["周晓燕"]}),
            "investigators", "visit.investigators")
    refused(db_path, lambda: ua.complete(staff.caseworker, aid, **{**good, "items": ["statement"]}),
            "items", "urgent.items")
    assert ua.complete(staff.caseworker, aid, **good) is State.APPROVED
    app = conn.execute("SELECT completed_on, due_date FROM applications WHERE id=?", (aid,)).fetchone()
    assert app == ("2026-11-17", None)
    assert conn.execute("SELECT count(*) FROM visits WHERE application_id=?", (aid,)).fetchone()[0] == 1
    assert queries.dashboard(staff.caseworker).completions == []
    assert next_step.step_of(staff.caseworker, aid).step.closed
    assert Action.COMPLETE_PAY_FIRST not in ap.allowed_actions(staff.caseworker, aid)


def test_refusals_change_nothing(staff, db_path):
    aid = urgent_case(staff)
    e = refused(db_path, lambda: ua.pay_first(staff.caseworker, aid, amount_fen=rules.DEFAULT_LIMIT_FEN + 1,
                                              emergency=EMERGENCY), "amount_fen", "urgent.over_limit")
    assert e.params["limit_fen"] == rules.DEFAULT_LIMIT_FEN
    refused(db_path, lambda: ua.pay_first(staff.caseworker, aid, amount_fen=100_000, emergency=""),
            "emergency", "urgent.emergency")
    refused(db_path, lambda: ua.pay_first(staff.approver, aid, amount_fen=100_000, emergency=EMERGENCY),
            "role", "workflow.role")
    refused(db_path, lambda: ua.pay_first(staff.ctx, aid, amount_fen=100_000, emergency=EMERGENCY),
            "role", "workflow.role")
    plain = urgent_case(staff, urgent=False)
    refused(db_path, lambda: ua.pay_first(staff.caseworker, plain, amount_fen=100_000, emergency=EMERGENCY),
            "urgent", "urgent.not_urgent")
    assert Action.PAY_FIRST not in ap.allowed_actions(staff.caseworker, plain)
    # the same service entry (ap.act) whoever calls: the CLI and sync go through it too
    refused(db_path, lambda: ap.act(staff.caseworker, aid, "pay_first", {"amount_fen": 10**9, "emergency": "x"}),
            "amount_fen", "urgent.over_limit")
    with pytest.raises(DomainError) as e:
        ap.create_application(staff.caseworker, household_id=hs.save_household(
            staff.caseworker, household_form(staff.village)), assistance_type="dibao", urgent=True)
    assert (e.value.code, e.value.field) == ("application.urgent", "urgent")


def test_county_limit_from_reference_data(staff, db_path):
    """The city hands the county's figures down (sync keeps them as reference settings)."""
    from lishui_desktop.sync import engine
    with staff.ctx.db.write() as s:       # as a pull applies the city's reference record
        engine._apply_reference(s, "urgent_aid", {"county_code": "331102", "limit_fen": 200_000,
                                                  "completion_days": 5}, False)
    aid = urgent_case(staff)
    assert ua.terms(staff.caseworker, aid).limit_fen == 200_000
    refused(db_path, lambda: ua.pay_first(staff.caseworker, aid, amount_fen=200_001, emergency=EMERGENCY),
            "amount_fen", "urgent.over_limit")
    ua.pay_first(staff.caseworker, aid, amount_fen=200_000, emergency=EMERGENCY)
    # 5 working days after Monday 2 November 2026: Monday 9 November.
    assert ap.deadline(staff.caseworker, aid).due == date(2026, 11, 9)


def test_pay_first_notice_read_back(staff, tmp_path):
    aid = urgent_case(staff)
    ua.pay_first(staff.caseworker, aid, amount_fen=300_000, emergency=EMERGENCY)
    assert "approval" in ns.available_kinds(staff.caseworker, aid)
    issued = ns.issue(staff.caseworker, aid, "approval")
    text = all_text(issued.save(tmp_path))
    assert "先行救助" in text and "急难型临时救助" in text
    assert "3,000.00元" in text and "叁仟元整" in text
    assert "2026年11月16日前" in text                # the completion due date
    assert "碧湖镇人民政府" in text and "民政局" not in text.split("行政复议")[0]
    assert issued.number.startswith("莲碧")
