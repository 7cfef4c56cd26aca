"""单人保 chosen at the 初审 and 渐退期 chosen at the 复核, through the services that check
them, with the reckoning on the case and the approval / review notice (PDFs read back)."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from lishui_desktop.domain.errors import ValidationError, WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices, reference, reviews
from lishui_desktop.store.models import Application, Member
from tests.services.helpers import case_to, crosscheck_result, household_form


def pdf_text(issued) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(issued.pdf)).pages).replace("\n", "")


def member_id(staff, household_id, name):
    with staff.ctx.db.read() as s:
        return next(m.id for m in s.query(Member).filter_by(household_id=household_id) if m.name == name)


def test_single_person_coverage_from_the_review_to_the_notice(staff, clock):
    # Wage 4,200 / 3 persons = 1,400 a month: above the dibao standard 1,060, at or below
    # 1.5 x 1,060 = 1,590 - a near-dibao household, not a dibao one. 李秀英 is seriously
    # ill with no income of her own: covered alone as a one-person household,
    # 1,060 - 0 = 1,060 a month.
    hid = hs.save_household(staff.caseworker, household_form(staff.village, wage_fen=420000))
    aid = case_to(staff, "investigated", household_id=hid, clock=clock)
    li = member_id(staff, hid, "李秀英")
    assert not ap.compute_benefit(staff.reviewer, aid).eligible
    # Checked by the service: who, and that a member is named.
    with pytest.raises(ValidationError) as e:
        ap.compute_benefit(staff.reviewer, aid, single_member_id="nobody")
    assert e.value.code == "single.member" and e.value.field == "single_member_id"
    with pytest.raises(ValidationError) as e:
        ap.compute_benefit(staff.reviewer, aid, seriously_ill=True)
    assert e.value.code == "single.member_required"
    with pytest.raises(ValidationError) as e:
        ap.compute_benefit(staff.reviewer, aid, special_hardship=True)
    assert e.value.code == "benefit.option" and e.value.field == "special_hardship"
    # Neither disabled nor said to be ill: the rules refuse 单人保 with the reason.
    r = ap.compute_benefit(staff.reviewer, aid, single_member_id=li)
    assert not r.eligible and "李秀英不属于重度残疾人或重病患者，不适用单人保" in r.text_zh()
    r = ap.compute_benefit(staff.reviewer, aid, single_member_id=li, seriously_ill=True)
    assert r.eligible and r.amount_fen == 106000
    assert "低保标准 1,060.00 元 − 本人月收入 0.00 元 = 1,060.00 元/月（单人保）" in r.text_zh()

    ap.act(staff.reviewer, aid, "review", {"recommend": True, "benefit_options": {
        "single_member_id": li, "seriously_ill": True}})
    with staff.ctx.db.read() as s:
        app = s.get(Application, aid)
        assert app.proposed_fen == 106000 and "单人保" in app.explanation
    # The approver's figures follow the 初审's choice.
    assert ap.decision_figures(staff.approver, aid).computed_fen == 106000
    ap.act(staff.caseworker, aid, "publish")
    clock.set(clock.when.replace(day=clock.when.day + 8))
    ap.act(staff.caseworker, aid, "close_notice")
    ap.act(staff.reviewer, aid, "hand_up")
    ap.act(staff.approver, aid, "approve", {"amount_fen": 106000})
    text = pdf_text(notices.issue(staff.caseworker, aid, "approval"))
    assert "保障人数：1人（李秀英）" in text
    assert "核定依据：李秀英为低保边缘家庭中的" in text and "（单人保）" in text


def test_taper_when_employment_lifts_the_household_above_the_standard(staff, clock):
    aid = case_to(staff, "approved", clock=clock)          # paid 1,500 a month
    with staff.ctx.db.read() as s:
        hid = s.get(Application, aid).household_id
    # 李秀英 took a job 13 months ago (past the 12 months' disregard, Zhejiang art. 50) at
    # 6,000 a month: (500 + 6,000) / 3 = 2,166.66 > 1,060, while without the job
    # 500 / 3 = 166.66 < 1,060 - employment is what lifts the household: 渐退期.
    form, _ = hs.form_for_edit(staff.caseworker, hid)
    form.incomes = [*form.incomes, hs.IncomeForm("wage", 600000, member=1, employment_start=date(2025, 10, 1))]
    hs.save_household(staff.caseworker, form, household_id=hid)
    # The county's taper is 3 months (a county figure).
    reference.set_coverage_rules(staff.ctx, taper_months=3)
    with pytest.raises(WorkflowError) as e:                 # only a household being paid
        other = case_to(staff, "investigated", clock=clock)
        ap.compute_benefit(staff.reviewer, other, taper=True)
    assert e.value.code == "taper.not_paid"
    rid = reviews.open_review(staff.caseworker, aid)
    reviews.record_visit(staff.caseworker, rid, investigators=["周晓燕", "吴建华"], conclusion="李秀英已就业")
    plain, outcome = reviews.recalculate(staff.caseworker, rid)
    assert not plain.eligible and outcome == "stop"
    tapered, outcome = reviews.recalculate(staff.caseworker, rid, taper=True)
    assert tapered.eligible and tapered.amount_fen == 150000 and outcome == "continue"
    assert "给予渐退期 3 个月" in tapered.text_zh() and "按原金额 1,500.00 元/月发放" in tapered.text_zh()
    assert reviews.propose(staff.reviewer, rid, reasons=[], taper=True) == "continue"
    view = reviews.get(staff.caseworker, rid)
    assert view.reasons[0].startswith("家庭因就业收入增加") and "渐退期 3 个月" in view.explanation
    reviews.decide(staff.approver, rid, outcome="continue", reasons=["入户核实"])
    assert reviews.get(staff.caseworker, rid).reasons[0].startswith("家庭因就业收入增加")
    # Reviewed again when the taper ends: 10 November 2026 + 3 months -> February 2027.
    with staff.ctx.db.read() as s:
        assert s.get(Application, aid).next_review_on == date(2027, 2, 1)
    text = pdf_text(notices.issue(staff.caseworker, aid, "review_continue"))
    assert "决定维持原保障待遇" in text and "给予渐退期 3 个月" in text
