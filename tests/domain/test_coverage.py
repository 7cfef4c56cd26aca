"""Coverage rules with worked examples (DOMAIN.md "Money", "More rules of the procedure";
issue 11 item 5, 7): exclusions, rigid-expense deductions, the property test, 单人保,
渐退期, tekun minors. Every figure is worked out in the comments."""
from datetime import date
from fractions import Fraction

import pytest

from lishui_desktop.domain.benefit import (
    DEFAULT_STANDARDS, AssetLimits, CoverageRules, calculate, dibao_single,
)
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.household import Asset, HouseholdFacts, IncomeItem, Member

DAY = date(2026, 11, 29)
LIANDU = "331102"
STD = 106000        # 1,060.00 yuan (2026 default dibao standard)


def family(incomes=(), assets=()):
    return HouseholdFacts(
        [Member("张三", "self", date(1975, 1, 1), member_id="a"),
         Member("李芳", "spouse", date(1977, 1, 1), member_id="b"),
         Member("张小", "child", date(2014, 1, 1), member_id="c")],
        list(incomes), list(assets))


def codes(result):
    return [s.code for s in result.steps]


def test_heroic_awards_rewards_and_old_age_allowance_are_not_income():
    # Wage 1,260 counted; 见义勇为 5,000, a government reward 300 and 高龄津贴 100 are not:
    # 1,260 / 3 = 420 per person; (1,060 - 420) x 3 = 1,920.
    h = family([IncomeItem("wage", 126000, "a"), IncomeItem("heroic_award", 500000, "a"),
                IncomeItem("government_reward", 30000, "b"), IncomeItem("elderly_allowance", 10000, "b")])
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.amount_fen == 192000
    assert "张三的见义勇为等奖励性补助 5,000.00 元/月，不计入家庭收入" in r.text_zh()
    assert "李芳的高龄津贴 100.00 元/月，不计入家庭收入" in r.text_zh()


def test_city_added_exclusion_is_reference_data():
    # The city excludes a local 困难群众 fuel subsidy (code city.fuel, 200 yuan):
    # with the rule: 1,260 / 3 = 420 -> 1,920; an item with a code the city does not list is refused.
    h = family([IncomeItem("wage", 126000, "a"), IncomeItem("city.fuel", 20000, "a")])
    rules = CoverageRules(extra_exclusions={"city.fuel": "困难群众燃料补贴"})
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, rules=rules)
    assert r.amount_fen == 192000 and "张三的困难群众燃料补贴 200.00 元/月，不计入家庭收入（市级规定）" in r.text_zh()
    with pytest.raises(ValidationError) as e:
        calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert e.value.code == "income.city_category"
    with pytest.raises(ValidationError):
        IncomeItem("fuel", 100, "a")


def test_rigid_expenses_deducted_only_where_the_county_allows():
    # Income 3,600 (1,200 per person: above 1,060); self-paid medical costs 900/month.
    # Without deduction: not eligible. With 支出型 deduction: (3,600 - 900) / 3 = 900 per person,
    # (1,060 - 900) x 3 = 480.
    h = family([IncomeItem("wage", 360000, "a"), IncomeItem("rigid_medical", 90000, "b")])
    plain = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert not plain.eligible and "本县未规定扣减" in plain.text_zh()
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, rules=CoverageRules(deduct_rigid_expenses=True))
    assert r.eligible and r.amount_fen == 48000
    assert "从家庭收入中扣减（支出型贫困）" in r.text_zh()


def test_property_test_against_county_limits():
    # Deposits 60,000 for 3 persons: limit 24 x 1,060 x 3 = 76,320 -> within.
    within = family([IncomeItem("wage", 126000, "a")], [Asset("deposit", 6000000)])
    r = calculate("dibao", within, DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.eligible and r.amount_fen == 192000
    assert "未超过低保标准 1,060.00 元 × 24 个月 × 3 人 = 76,320.00 元" in r.text_zh()
    # Deposits 50,000 + securities 30,000 = 80,000 > 76,320: refused with the reason.
    over = family([IncomeItem("wage", 126000, "a")], [Asset("deposit", 5000000), Asset("securities", 3000000)])
    r = calculate("dibao", over, DEFAULT_STANDARDS, LIANDU, DAY)
    assert not r.eligible and r.amount_fen == 0
    assert "家庭金融资产 80,000.00 元，超过" in r.text_zh() and "家庭财产状况不符合规定" in r.text_zh()
    # A county allowing 36 months: 36 x 1,060 x 3 = 114,480 -> within.
    rules = CoverageRules(assets=AssetLimits(financial_months_per_person=36))
    assert calculate("dibao", over, DEFAULT_STANDARDS, LIANDU, DAY, rules=rules).eligible
    # A car and a second flat fail by default (no vehicle, no other housing).
    car = family([IncomeItem("wage", 126000, "a")], [Asset("vehicle", 4000000, "小型轿车"),
                                                     Asset("real_estate", 30000000, "城区商品房")])
    r = calculate("dibao", car, DEFAULT_STANDARDS, LIANDU, DAY)
    assert not r.eligible
    assert {"assets.vehicle_over", "assets.housing_over"} <= set(codes(r))
    with pytest.raises(ValidationError):
        AssetLimits(vehicle_value_fen=-1)


def test_single_person_coverage_in_a_near_dibao_household():
    # HouseholdFacts income 4,200 / 3 = 1,400 per person: above 1,060, at most 1.5 x = 1,590 (near-dibao).
    # 李芳 has a grade-1 physical disability and no income of her own: 1,060 - 0 = 1,060 for her alone.
    h = HouseholdFacts(
        [Member("张三", "self", date(1975, 1, 1), member_id="a"),
         Member("李芳", "spouse", date(1977, 1, 1), disability_type="physical", disability_grade=1, member_id="b"),
         Member("张小", "child", date(2014, 1, 1), member_id="c")],
        [IncomeItem("wage", 420000, "a")])
    whole = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert not whole.eligible
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, single_member_id="b")
    assert r.eligible and r.amount_fen == 106000
    assert "李芳为低保边缘家庭中的重度残疾人，参照单人户单独纳入低保" in r.text_zh()
    # 张三 is neither severely disabled nor seriously ill, unless recorded as seriously ill.
    assert not calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, single_member_id="a").eligible
    ill = dibao_single(h.member("a"), 140000, 420000, STD, seriously_ill=True)
    assert ill.eligible is False   # his own income 4,200 exceeds the standard: 0
    # Income 5,400 / 3 = 1,800 > 1,590: not near-dibao, no single-person coverage.
    rich = HouseholdFacts(h.members, [IncomeItem("wage", 540000, "a")])
    r = calculate("dibao", rich, DEFAULT_STANDARDS, LIANDU, DAY, single_member_id="b")
    assert not r.eligible and "dibao.single_not_dibian" in codes(r)


def test_taper_when_employment_lifts_the_household():
    # On dibao at 1,920/month. 张三's job started 1 October 2025: its 12-month disregard
    # (Zhejiang art. 50) ended 1 October 2026, so on 29 November 2026 it counts in full.
    # Wage 4,500 + 李芳 300 = 4,800 / 3 = 1,600 > 1,060. Without the new job: 300 / 3 = 100,
    # so the employment is what lifted the household: 6 months' taper at the current amount.
    h = family([IncomeItem("wage", 450000, "a", employment_start=date(2025, 10, 1)),
                IncomeItem("wage", 30000, "b")])
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, taper_current_fen=192000,
                  taper_start=date(2026, 12, 1))
    assert r.eligible and r.amount_fen == 192000
    assert "给予渐退期 6 个月（至 2027年6月1日）" in r.text_zh()
    # Above the standard without any new employment: no taper.
    h2 = family([IncomeItem("wage", 480000, "a")])
    r = calculate("dibao", h2, DEFAULT_STANDARDS, LIANDU, DAY, taper_current_fen=192000)
    assert not r.eligible and "dibao.taper" not in codes(r)
    # A county with a 3-month taper.
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY, taper_current_fen=192000,
                  taper_start=date(2026, 12, 1), rules=CoverageRules(taper_months=3))
    assert "3 个月（至 2027年3月1日）" in r.text_zh()
    with pytest.raises(ValidationError):
        CoverageRules(taper_months=7)


def test_tekun_minor_kept_until_18_and_student_beyond():
    # Born 2009-03-01: 17 on 29 Nov 2026, no disability -> has work capacity, but already supported.
    teen = HouseholdFacts([Member("孤儿甲", "self", date(2009, 3, 1), member_id="t")])
    assert not calculate("tekun", teen, DEFAULT_STANDARDS, LIANDU, DAY).eligible
    r = calculate("tekun", teen, DEFAULT_STANDARDS, LIANDU, DAY, already_supported=True)
    # basic 1,378 + care (self-care) 106 = 1,484.
    assert r.eligible and r.amount_fen == 148400 and "保障至年满 18 周岁" in r.text_zh()
    # Born 2007-03-01: 19, supported and in full-time education -> kept; not in education -> not.
    adult = HouseholdFacts([Member("孤儿乙", "self", date(2007, 3, 1), member_id="u")])
    assert calculate("tekun", adult, DEFAULT_STANDARDS, LIANDU, DAY, already_supported=True,
                     in_full_time_education=True).eligible
    assert not calculate("tekun", adult, DEFAULT_STANDARDS, LIANDU, DAY, already_supported=True).eligible


def test_tekun_care_tier_from_the_six_items():
    # 4 items failed: fully lost -> care standard 636; 1,378 + 636 = 2,014.
    old = HouseholdFacts([Member("王老", "self", date(1940, 1, 1), member_id="o",
                            selfcare_failed=frozenset({"eating", "dressing", "bathing", "toileting"}))])
    r = calculate("tekun", old, DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.amount_fen == 201400 and "完全丧失生活自理能力（4 项不能自理），照料护理标准 636.00 元/月" in r.text_zh()


def test_near_dibao_multiple_setting_bounds():
    with pytest.raises(ValidationError):
        CoverageRules(dibian_multiple=Fraction(1, 2))
    # 1,600 per person: above 1.5 x (1,590), at most 2 x (2,120).
    h = family([IncomeItem("wage", 480000, "a")])
    assert not calculate("dibian", h, DEFAULT_STANDARDS, LIANDU, DAY).eligible
    assert calculate("dibian", h, DEFAULT_STANDARDS, LIANDU, DAY, rules=CoverageRules(dibian_multiple=2)).eligible
