"""Coverage settings, the property test as a refusal ground, and what the approval records
(review interval, tekun care tier) and its notice states - on a real database."""
import io
from datetime import date

import pytest
from pypdf import PdfReader

from lishui_desktop.domain.errors import PermissionDenied, ValidationError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import notices, reference
from tests.services.helpers import case_to, crosscheck_result, household_form, member


def pdf_text(issued) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(issued.pdf)).pages).replace("\n", "")


def test_property_over_the_county_limit_is_a_refusal_ground(staff, clock):
    form = household_form(staff.village)
    # Deposits 80,000 for 3 persons > 24 x 1,060 x 3 = 76,320 (the default, unconfirmed for Lishui).
    form.assets = [hs.AssetForm("deposit", 8000000, "农商银行定期")]
    hid = hs.save_household(staff.caseworker, form)
    aid = case_to(staff, "investigated", household_id=hid, clock=clock)
    r = ap.compute_benefit(staff.reviewer, aid)
    assert not r.eligible
    grounds = ap.refusal_grounds(staff.reviewer, aid)
    assert any("家庭金融资产 80,000.00 元，超过" in g for g in grounds)
    # The county raises its limit to 36 months: 36 x 1,060 x 3 = 114,480 -> within.
    with pytest.raises(PermissionDenied):
        reference.set_coverage_rules(staff.reviewer, assets={"financial_months_per_person": 36})
    with pytest.raises(ValidationError):
        reference.set_coverage_rules(staff.ctx, taper_months=9)
    reference.set_coverage_rules(staff.ctx, assets={"financial_months_per_person": 36})
    assert ap.compute_benefit(staff.reviewer, aid).eligible
    assert ap.refusal_grounds(staff.reviewer, aid) == []


def test_near_dibao_multiple_setting_used_by_the_service(staff, clock):
    # Wage 4,800 / 3 = 1,600: above 1.5 x 1,060 = 1,590, within 2 x = 2,120.
    hid = hs.save_household(staff.caseworker, household_form(staff.village, wage_fen=480000))
    aid = case_to(staff, "investigated", household_id=hid, clock=clock, assistance_type="dibian")
    assert not ap.compute_benefit(staff.reviewer, aid).eligible
    reference.set_coverage_rules(staff.ctx, dibian_multiple="2")
    r = ap.compute_benefit(staff.reviewer, aid)
    assert r.eligible and "2 倍（2,120.00 元）以下" in r.text_zh()


def test_approval_states_the_review_interval(staff, clock):
    # 张三 (born 1968) and 李秀英 (1970) are of working age without disability: every 6 months.
    aid = case_to(staff, "approved", clock=clock)
    text = pdf_text(notices.issue(staff.caseworker, aid, "approval"))
    assert "有劳动能力的劳动年龄人口，每半年复核一次" in text and "每年复核一次" not in text


def test_tekun_approval_records_and_prints_the_care_tier(staff, clock):
    form = hs.HouseholdForm(village_code=staff.village, address="碧湖村7号",
                            members=[member("王老伯", "self", date(1940, 5, 5),
                                            selfcare_failed=["eating", "dressing", "bathing", "toileting"])])
    hid = hs.save_household(staff.caseworker, form)
    aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type="tekun")
    for who, action, params in [
            (staff.caseworker, "accept", {}), (staff.caseworker, "start_investigation", {}),
            (staff.caseworker, "record_visit", {"investigators": ["周晓燕", "吴建华"],
                                                "investigator_ids": [staff.caseworker2.user.id]}),
            (staff.reviewer, "review", {"recommend": True}), (staff.caseworker, "publish", {})]:
        if action == "review":
            crosscheck_result(staff, aid)
        ap.act(who, aid, action, params)
    clock.set(clock.when.date().replace(day=clock.when.day + 8))
    ap.act(staff.caseworker, aid, "close_notice")
    ap.act(staff.reviewer, aid, "hand_up")
    # Basic 1,378 + care for fully lost self-care 636 = 2,014.
    ap.act(staff.approver, aid, "approve", {"amount_fen": 201400, "start_month": "2026-12"})
    text = pdf_text(notices.issue(staff.caseworker, aid, "approval"))
    assert "照料护理：完全丧失生活自理能力（4 项不能自理），照料护理标准 636.00 元/月" in text
    assert "特困人员，每年复核一次" in text
