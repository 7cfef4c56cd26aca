"""复核 through the services: schedule, reported changes, reduce and stop with notices."""
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.household import add_months
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices as ns
from lishui_desktop.services import reviews
from lishui_desktop.store.models import Application, Decision, OutboxEntry, Review
from lishui_desktop.domain.money import format_yuan
from tests.notices.helpers import all_text
from tests.services.helpers import case_to


def _approved(staff, clock):
    aid = case_to(staff, "approved", clock=clock)
    with staff.ctx.db.read() as s:
        return aid, s.get(Application, aid).household_id


def _set_wage(staff, household_id, wage_fen):
    form, _ = hs.form_for_edit(staff.caseworker, household_id)
    form.incomes = [replace(form.incomes[0], monthly_fen=wage_fen)]
    hs.save_household(staff.caseworker, form, household_id=household_id)


def _visit(staff, rid):
    reviews.record_visit(staff.caseworker, rid, investigators=["周晓燕", "吴建华"],
                         conclusion="入户核实家庭收入")


def test_active_case_gets_its_next_review_date_and_shows_when_due(staff, clock):
    aid, _ = _approved(staff, clock)
    assert reviews.due_list(staff.caseworker) == []          # not due for months
    with staff.ctx.db.read() as s:
        app = s.get(Application, aid)
        # 张三 (born 1968) is able-bodied and of working age: every 6 months.
        assert app.next_review_on == add_months(app.decided_on, 6)
        due = app.next_review_on
    listed = reviews.due_list(staff.caseworker, before=due)
    assert [(d.application_id, d.status, d.trigger) for d in listed] == [(aid, "upcoming", "periodic")]
    clock.set(due + timedelta(days=3))
    (d,) = reviews.due_list(staff.caseworker)
    assert d.status == "overdue" and d.days_left < 0


def test_reported_change_opens_a_review_early_with_a_deadline(staff, clock):
    aid, _ = _approved(staff, clock)
    rid = reviews.open_review(staff.caseworker, aid, "job", note="村委会报告：张三已在工业园区就业")
    (d,) = reviews.due_list(staff.caseworker)
    assert d.review_id == rid and d.trigger == "job" and d.state == "opened"
    # 15 working days after the report (Zhejiang art. 11).
    assert clock.when.date() == date(2026, 11, 10)
    assert d.review_date == date(2026, 12, 1) and d.status == "due" and d.days_left == 15
    with pytest.raises(ValidationError):
        reviews.open_review(staff.caseworker, aid, "death", note="另一报告")   # one at a time
    with pytest.raises(ValidationError):
        reviews.open_review(staff.caseworker, aid, "birth")                  # no description
    with staff.ctx.db.read() as s:
        assert s.scalar(select(OutboxEntry.entity).where(OutboxEntry.entity_id == rid)) == "review"


def test_review_that_reduces_with_its_notice(staff, clock, tmp_path):
    aid, hid = _approved(staff, clock)
    clock.set(clock.when + timedelta(days=30))
    rid = reviews.open_review(staff.caseworker, aid, "income_change", note="张三工资上涨")
    _set_wage(staff, hid, 250000)
    with pytest.raises(WorkflowError):                       # the visit comes first
        reviews.propose(staff.reviewer, rid, reasons=["收入增加"])
    _visit(staff, rid)
    result, suggested = reviews.recalculate(staff.reviewer, rid)
    assert suggested == "reduce" and 0 < result.amount_fen < 150000
    assert reviews.propose(staff.reviewer, rid, reasons=["家庭人均收入增加"]) == "reduce"
    with pytest.raises(PermissionDenied):                    # not the competent body
        reviews.decide(staff.reviewer, rid, outcome="reduce", reasons=["收入增加"])
    reviews.decide(staff.approver, rid, outcome="reduce", reasons=["家庭人均收入增加，按差额减发"])
    with staff.ctx.db.read() as s:
        app = s.get(Application, aid)
        assert app.amount_fen == result.amount_fen and app.state == "approved"
        r = s.get(Review, rid)
        assert r.state == "decided" and r.outcome == "reduce"
        assert s.get(Decision, r.decision_id).outcome == "reduced"
        assert app.next_review_on == add_months(clock.when.date(), 6)
    text = all_text(ns.issue(staff.caseworker, aid, "reduce").save(tmp_path))
    assert "减发通知书" in text and "家庭人均收入增加，按差额减发" in text
    assert format_yuan(result.amount_fen) in text and format_yuan(150000) in text


def test_review_that_stops_with_its_notice(staff, clock, tmp_path):
    aid, hid = _approved(staff, clock)
    rid = reviews.open_review(staff.caseworker, aid, "periodic")
    _set_wage(staff, hid, 900000)
    _visit(staff, rid)
    assert reviews.propose(staff.reviewer, rid, reasons=["家庭人均收入超过低保标准"]) == "stop"
    with pytest.raises(ValidationError):
        reviews.decide(staff.approver, rid, outcome="stop", reasons=[" "])
    reviews.decide(staff.approver, rid, outcome="stop", reasons=["家庭人均收入超过当地低保标准"])
    with staff.ctx.db.read() as s:
        assert s.get(Application, aid).state == "stopped"
    text = all_text(ns.issue(staff.caseworker, aid, "stop").save(tmp_path))
    assert "停发通知书" in text and "家庭人均收入超过当地低保标准" in text
    assert reviews.due_list(staff.caseworker, before=date(2030, 1, 1)) == []


def _paid_december(staff, aid, hid):
    from lishui_desktop.services import payroll
    payroll.set_bank_account(staff.caseworker, hid, bank_name="丽水农商银行",
                             account_no="6217000000000000123")
    rid = payroll.build(staff.caseworker, "2026-12", "dibao")
    payroll.sign_off(staff.reviewer, rid)
    payroll.approve(staff.approver, rid)


@pytest.mark.parametrize("outcome", ["reduce", "stop"])
def test_a_change_found_late_states_the_overpayment_on_its_notice(staff, clock, tmp_path, outcome):
    """The household's income rose in December, found at the review in January: the
    change takes effect from December, already paid at the old amount (多发)."""
    aid, hid = _approved(staff, clock)
    _paid_december(staff, aid, hid)
    clock.set(date(2027, 1, 6))
    rid = reviews.open_review(staff.caseworker, aid, "income_change", note="张三12月起工资上涨")
    _set_wage(staff, hid, 250000 if outcome == "reduce" else 900000)
    _visit(staff, rid)
    assert reviews.propose(staff.reviewer, rid, reasons=["家庭人均收入增加"]) == outcome
    with pytest.raises(ValidationError) as e:               # never later than next month
        reviews.decide(staff.approver, rid, outcome=outcome, reasons=["收入增加"],
                       start_month="2027-03")
    assert e.value.code == "decision.effective_month"
    reviews.decide(staff.approver, rid, outcome=outcome, reasons=["12月起家庭人均收入增加"],
                   start_month="2026-12")
    with staff.ctx.db.read() as s:
        app = s.get(Application, aid)
        d = s.get(Decision, s.get(Review, rid).decision_id)
        assert d.start_month == "2026-12"
    new = app.amount_fen if outcome == "reduce" else 0
    over = 150000 - new
    text = all_text(ns.issue(staff.caseworker, aid, outcome).save(tmp_path))
    assert "自2026年12月起" in text
    assert f"2026年12月已按原金额领取保障金，多发{format_yuan(over)}" in text.replace("\n", "")
    assert ("扣减" if outcome == "reduce" else "应予退回") in text


def test_continue_is_decided_by_the_competent_body_and_reschedules(staff, clock):
    aid, _ = _approved(staff, clock)
    rid = reviews.open_review(staff.caseworker, aid, "complaint", note="群众来电反映")
    _visit(staff, rid)
    reviews.propose(staff.reviewer, rid, outcome="continue", reasons=["经核查反映不实"])
    with pytest.raises(PermissionDenied):
        reviews.decide(staff.caseworker, rid, outcome="continue", reasons=["经核查反映不实"])
    reviews.decide(staff.approver, rid, outcome="continue", reasons=["经核查反映不实，维持原待遇"])
    v = reviews.get(staff.caseworker, rid)
    assert v.outcome == "continue" and v.amount_fen == 150000


def test_a_review_that_continues_has_its_notice_from_the_body_that_decided(staff, clock, tmp_path):
    aid, _ = _approved(staff, clock)
    # Before any review ends in continuing, there is no such notice to print.
    assert "review_continue" not in ns.available_kinds(staff.caseworker, aid)
    with pytest.raises(WorkflowError):
        ns.issue(staff.caseworker, aid, "review_continue")
    clock.set(clock.when + timedelta(days=40))
    rid = reviews.open_review(staff.caseworker, aid, "periodic")
    _visit(staff, rid)
    reviews.propose(staff.reviewer, rid, outcome="continue", reasons=["家庭收入无变化"])
    reviews.decide(staff.approver, rid, outcome="continue", reasons=["家庭人口、收入和财产状况无变化"])
    assert "review_continue" in ns.available_kinds(staff.caseworker, aid)
    issued = ns.issue(staff.caseworker, aid, "review_continue")
    text = all_text(issued.save(tmp_path))
    with staff.ctx.db.read() as s:
        nxt = s.get(Application, aid).next_review_on
    # Issued in the county bureau's name (it decided), the amount kept, the reason, the next
    # review, and the remedies: the amount kept can be contested like any other.
    assert "复核结果告知书" in text and "维持原保障待遇" in text and "莲都区民政局" in text
    assert format_yuan(150000) in text and "家庭人口、收入和财产状况无变化" in text
    assert f"{nxt.year}年{nxt.month}月{nxt.day}日" in text
    assert "行政复议" in text and "行政诉讼" in text
    assert issued.number.startswith("莲民")


def test_reviews_cli_lists_due_reviews(staff, clock, db_path):
    aid, _ = _approved(staff, clock)
    reviews.open_review(staff.caseworker, aid, "birth", note="新生儿出生")
    staff.ctx.db.dispose()
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "reviews", "--db", str(db_path),
                        "--due-before", "2030-01-01"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert aid in r.stdout and "家庭成员出生" in r.stdout
    bad = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "reviews", "--db", str(db_path),
                          "--due-before", "2030-13-01"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "not a date" in bad.stderr
