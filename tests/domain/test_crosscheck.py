"""信息核对 rules: what a request and a result need, and what the 初审 may do with it."""
from datetime import date

import pytest

from lishui_desktop.domain import codes
from lishui_desktop.domain import crosscheck as cc
from lishui_desktop.domain.errors import ValidationError, WorkflowError

REQUESTED = date(2026, 11, 16)
TODAY = date(2026, 11, 20)


def all_clear(day=date(2026, 11, 18)):
    return [cc.Finding(s, False, "", day) for s in cc.SOURCES]


def test_the_ten_sources_of_the_zhejiang_regulation():
    assert list(cc.SOURCES.values()) == ["户籍", "税务", "社会保险", "不动产", "市场主体登记", "住房公积金",
                                         "车辆", "存款", "证券", "商业保险"]
    # A result file may say 社保 or 工商 for the official names.
    assert cc.source_code("社保") == "social_insurance" and cc.source_code("工商") == "business"
    assert cc.source_code("市场主体登记") == "business" and cc.source_code("房屋") is None


def test_a_request_needs_who_signed_the_authorisation_and_when():
    cc.check_request("张三", date(2026, 11, 16), accepted_on=None, today=TODAY)
    for who, day, code in (("", REQUESTED, "crosscheck.signer"), ("张三", None, "crosscheck.authorised_on"),
                           ("张三", date(2026, 11, 21), "crosscheck.future")):
        with pytest.raises(ValidationError) as e:
            cc.check_request(who, day, accepted_on=None, today=TODAY)
        assert e.value.code == code


def test_a_clear_result_answers_every_source():
    cc.check_result(all_clear(), cc.CLEAR, None, requested_on=REQUESTED, today=TODAY)
    # Nine of ten: the missing one is named.
    with pytest.raises(ValidationError) as e:
        cc.check_result([f for f in all_clear() if f.source != "securities"], cc.CLEAR, None,
                        requested_on=REQUESTED, today=TODAY)
    assert e.value.code == "crosscheck.sources_missing" and e.value.params["sources"] == "证券"


def test_days_checked_lie_between_the_request_and_today():
    for day, code in ((date(2026, 11, 15), "crosscheck.before_request"), (date(2026, 11, 21), "crosscheck.future")):
        with pytest.raises(ValidationError) as e:
            cc.check_result(all_clear(day), cc.CLEAR, None, requested_on=REQUESTED, today=TODAY)
        assert e.value.code == code and e.value.field == "findings[0].checked_on"


def test_a_record_found_says_what_it_is_and_an_ineligible_result_its_reason():
    car = [f if f.source != "vehicle" else cc.Finding("vehicle", True, "", f.checked_on) for f in all_clear()]
    with pytest.raises(ValidationError) as e:
        cc.check_result(car, cc.INELIGIBLE, "crosscheck_vehicle", requested_on=REQUESTED, today=TODAY)
    assert e.value.code == "crosscheck.detail" and e.value.field == "findings[6].detail"
    car[6] = cc.Finding("vehicle", True, "小型客车1辆（浙K·2Q781，2023年登记）", date(2026, 11, 18))
    with pytest.raises(ValidationError) as e:
        cc.check_result(car, cc.INELIGIBLE, None, requested_on=REQUESTED, today=TODAY)
    assert e.value.code == "crosscheck.reason"
    with pytest.raises(ValidationError) as e:
        cc.check_result(car, cc.CLEAR, "crosscheck_vehicle", requested_on=REQUESTED, today=TODAY)
    assert e.value.code == "crosscheck.reason_clear"
    cc.check_result(car, cc.INELIGIBLE, "crosscheck_vehicle", requested_on=REQUESTED, today=TODAY)
    assert cc.summary_zh(car, cc.INELIGIBLE) == \
        "车辆：小型客车1辆（浙K·2Q781，2023年登记）；核对结论：发现不符合条件的情况"
    # Each reason is a refusal reason with its printed wording.
    for r in cc.INELIGIBLE_REASONS:
        assert codes.REASONS[r].startswith("经家庭经济状况信息核对") and r in codes.PRESET_REASONS["refuse"]


def test_a_finding_about_a_person_not_asked_about_is_refused():
    findings = all_clear()
    findings[0] = cc.Finding("hukou", False, "", date(2026, 11, 18), "11010519491231002X")
    with pytest.raises(ValidationError) as e:
        cc.check_result(findings, cc.CLEAR, None, requested_on=REQUESTED, today=TODAY,
                        id_numbers=frozenset({"440524188001010014"}))
    assert e.value.code == "crosscheck.person" and e.value.params["id_number"] != "11010519491231002X"


def test_the_preliminary_review_rests_on_a_result():
    with pytest.raises(WorkflowError) as e:
        cc.review_allowed(None, True)
    assert e.value.code == "review.no_crosscheck"
    with pytest.raises(WorkflowError) as e:
        cc.review_allowed(cc.INELIGIBLE, True)
    assert e.value.code == "review.crosscheck_ineligible"
    cc.review_allowed(cc.INELIGIBLE, False)     # a negative review of an ineligible case
    cc.review_allowed(cc.CLEAR, True)


def test_request_numbers_run_per_site_and_year():
    assert cc.request_number("331102100", 2026, 7) == "HD331102100-2026-0007"


def test_a_source_is_answered_for_the_household_or_for_every_person():
    a, b = "11010519491231002X", "440524188001010014"
    day = date(2026, 11, 18)
    assert cc.covers([cc.Finding("tax", False, "", day)], "tax", frozenset({a, b}))
    assert cc.covers([cc.Finding("tax", False, "", day, a), cc.Finding("tax", True, "个税", day, b)],
                     "tax", frozenset({a, b}))
    assert not cc.covers([cc.Finding("tax", False, "", day, a)], "tax", frozenset({a, b}))
