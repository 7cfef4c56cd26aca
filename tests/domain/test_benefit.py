"""Worked examples: every expected amount is worked out by hand in the comments."""
from datetime import date

import pytest

from lishui_desktop.domain import regions
from lishui_desktop.domain.benefit import (
    DEFAULT_STANDARDS, STANDARD_KINDS, Standard, Step, calculate, dibao_banded, dibao_gap,
    dibian_eligible, ertong, given_amount, linshi, standard_on, tekun,
)
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.household import HouseholdFacts, IncomeItem, Member

DAY = date(2026, 11, 29)
LIANDU = "331102"
STD = 106000        # 1,060.00 yuan
CARE = {"self": 10600, "partial": 31800, "lost": 63600}


def raises(code, fn, *args, **kw):
    with pytest.raises(ValidationError) as exc:
        fn(*args, **kw)
    assert exc.value.code == code
    return exc.value


def three_person_family():
    return HouseholdFacts(
        [Member("张三", "self", date(1975, 1, 1), member_id="a"),
         Member("李芳", "spouse", date(1977, 1, 1), member_id="b"),
         Member("张小", "child", date(2014, 1, 1), member_id="c")],
        [IncomeItem("wage", 126000, member_id="a"),
         IncomeItem("basic_pension", 20000, member_id="b")])


# --- standards -----------------------------------------------------------------------

def test_defaults_cover_every_county_and_kind():
    have = {(s.county_code, s.kind) for s in DEFAULT_STANDARDS}
    assert have == {(c, k) for c in regions.COUNTIES for k in STANDARD_KINDS}


def test_standard_on_picks_latest_effective():
    assert standard_on(DEFAULT_STANDARDS, LIANDU, "dibao", date(2018, 10, 1)).amount_fen == 70000
    assert standard_on(DEFAULT_STANDARDS, LIANDU, "dibao", date(2025, 12, 31)).amount_fen == 70000
    assert standard_on(DEFAULT_STANDARDS, LIANDU, "dibao", date(2026, 1, 1)).amount_fen == 106000
    assert standard_on(DEFAULT_STANDARDS, "331181", "tekun_basic", DAY).amount_fen == 137800   # 1.3 x 1,060


def test_standard_missing():
    err = raises("standard.missing", standard_on, DEFAULT_STANDARDS, LIANDU, "dibao", date(2018, 9, 30))
    assert err.field == "standard"


def test_later_row_with_same_date_wins():
    server = Standard(LIANDU, "dibao", 108000, date(2026, 1, 1))
    rows = DEFAULT_STANDARDS + (server,)
    assert standard_on(rows, LIANDU, "dibao", DAY) is server
    assert standard_on(rows, "331121", "dibao", DAY).amount_fen == 106000


def test_standard_validation():
    raises("standard.county", Standard, "330102", "dibao", 100, DAY)
    raises("standard.kind", Standard, LIANDU, "bonus", 100, DAY)
    raises("standard.negative", Standard, LIANDU, "dibao", -1, DAY)


# --- dibao -------------------------------------------------------------------------------

def test_dibao_gap_worked_example():
    # per capita 420.00, standard 1,060.00: gap 640.00 x 3 = 1,920.00
    r = dibao_gap(42000, STD, 3)
    assert (r.amount_fen, r.eligible) == (192000, True)
    assert r.steps[0].text_zh() == \
        "家庭月人均收入 420.00 元，低于低保标准 1,060.00 元，差额 640.00 元 × 3 人 = 1,920.00 元/月"
    assert "1,920.00 yuan/month" in r.steps[0].text_en()


def test_dibao_above_standard():
    r = dibao_gap(106000, STD, 3)
    assert (r.amount_fen, r.eligible) == (0, False)
    assert "不低于低保标准 1,060.00 元" in r.text_zh()


def test_dibao_calculate_from_household():
    # wage 1,260.00 counted, pension 200.00 excluded: 1,260.00 / 3 = 420.00; (1,060.00 - 420.00) x 3 = 1,920.00
    r = calculate("dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.amount_fen == 192000
    lines = r.text_zh().splitlines()
    assert lines[0] == "张三的工资性收入 1,260.00 元/月，计入家庭收入"
    assert lines[1].startswith("李芳的城乡居民基础养老金 200.00 元/月，不计入家庭收入")
    assert lines[2] == "家庭月收入合计 1,260.00 元 ÷ 3 人 = 月人均收入 420.00 元"
    assert lines[3].endswith("1,920.00 元/月")


def test_dibao_2025_uses_the_700_standard():
    # (700.00 - 420.00) x 3 = 840.00
    r = calculate("dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU, date(2025, 6, 1))
    assert r.amount_fen == 84000


def test_dibao_pays_only_covered_members():
    # 1,260.00 / 3 = 420.00 per capita; only 2 covered: 640.00 x 2 = 1,280.00
    h = three_person_family()
    h.members[0].covered = False
    assert calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY).amount_fen == 128000


def test_dibao_with_new_employment_disregard():
    # wage 4,000.00 started 2026-06-01: 3 x 1,060.00 = 3,180.00 disregarded, 820.00 counted;
    # 820.00 / 2 = 410.00; (1,060.00 - 410.00) x 2 = 1,300.00
    h = HouseholdFacts([Member("张三", "self", date(1975, 1, 1), member_id="a"),
                   Member("李芳", "spouse", date(1977, 1, 1), member_id="b")],
                  [IncomeItem("wage", 400000, member_id="a", employment_start=date(2026, 6, 1))])
    r = calculate("dibao", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.amount_fen == 130000
    assert "新就业收入，2027年5月31日前扣减 3,180.00 元" in r.text_zh()


BANDS = [(30000, 80000), (70000, 50000), (106000, 20000)]


def test_dibao_banded():
    # 420.00 is below 700.00 (second band): 500.00 x 3 = 1,500.00
    r = dibao_banded(42000, STD, 3, BANDS)
    assert r.amount_fen == 150000
    assert "属“低于 700.00 元”档，每人 500.00 元 × 3 人 = 1,500.00 元/月" in r.text_zh()
    # exactly 300.00 is not below the first bound: second band
    assert dibao_banded(30000, STD, 1, BANDS).amount_fen == 50000
    assert dibao_banded(29999, STD, 1, BANDS).amount_fen == 80000
    assert dibao_banded(106000, STD, 1, BANDS).eligible is False


def test_dibao_banded_needs_bands_up_to_the_standard():
    raises("dibao.bands", dibao_banded, 42000, STD, 3, [(30000, 80000), (70000, 50000)])


def test_dibao_banded_via_calculate():
    r = calculate("dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, method="banded", bands=BANDS)
    assert r.amount_fen == 150000


# --- dibian ------------------------------------------------------------------------------

def test_dibian_threshold():
    # 1.5 x 1,060.00 = 1,590.00. "1.5 倍以下" includes 1,590.00 itself (民法典 art. 1259).
    assert dibian_eligible(158999, STD).eligible
    assert dibian_eligible(159000, STD).eligible
    r = dibian_eligible(159001, STD)
    assert not r.eligible and r.amount_fen == 0
    assert "1.5 倍（1,590.00 元），不符合" in r.text_zh()


def test_dibian_multiple_is_a_county_setting():
    # A county at 2 x: 2 x 1,060.00 = 2,120.00; 2,000.00 qualifies there, not at 1.5 x.
    from fractions import Fraction
    assert not dibian_eligible(200000, STD).eligible
    r = dibian_eligible(200000, STD, Fraction(2))
    assert r.eligible and "2 倍（2,120.00 元）以下" in r.text_zh()


def test_dibian_odd_standard():
    # 1.5 x 1,060.01 = 1,590.015: 1,590.01 is below it, 1,590.02 is not
    assert dibian_eligible(159001, 106001).eligible
    assert dibian_eligible(159001, 106001).steps[0].params["threshold_fen"] == 159001
    assert not dibian_eligible(159002, 106001).eligible


def test_dibian_below_dibao_points_to_dibao():
    r = calculate("dibian", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.eligible
    assert [st.code for st in r.steps][-2:] == ["dibian.dibao_first", "assets.financial_ok"]


# --- tekun -------------------------------------------------------------------------------

def elder(**kw):
    return Member("周大爷", "self", date(1950, 3, 2), member_id="e", **kw)


def test_tekun_elderly_partly_lost_selfcare():
    # 1,378.00 basic + 318.00 care (2 items failed: partial) = 1,696.00
    r = tekun(elder(selfcare_failed={"bathing", "dressing"}), DAY, basic_fen=137800,
              care_fen_by_level=CARE, dibao_standard_fen=STD)
    assert (r.amount_fen, r.eligible) == (169600, True)
    text = r.text_zh()
    assert "周大爷 76 周岁，年满 60 周岁" in text
    assert "部分丧失生活自理能力（2 项不能自理），照料护理标准 318.00 元/月" in text
    assert text.endswith("合计 1,378.00 元 + 318.00 元 = 1,696.00 元/月")


def test_tekun_via_calculate_ignores_excluded_income():
    # basic pension is excluded, so income 0; self-care lost (4 items): 1,378.00 + 636.00 = 2,014.00
    h = HouseholdFacts([elder(selfcare_failed={"eating", "dressing", "toileting", "bathing"})],
                  [IncomeItem("basic_pension", 25000, member_id="e")])
    r = calculate("tekun", h, DEFAULT_STANDARDS, LIANDU, DAY)
    assert r.amount_fen == 201400


def test_tekun_2025_figures():
    # 2018 row still in force: 1,210.00 + 70.00 (self-care) = 1,280.00
    h = HouseholdFacts([elder()])
    assert calculate("tekun", h, DEFAULT_STANDARDS, LIANDU, date(2025, 6, 1)).amount_fen == 128000


def test_tekun_disability_reason():
    m = Member("吴明", "self", date(1990, 1, 1), disability_type="intellectual", disability_grade=2)
    r = tekun(m, DAY, basic_fen=137800, care_fen_by_level=CARE, dibao_standard_fen=STD)
    assert r.eligible
    assert r.steps[0].text_zh() == "吴明为二级智力残疾，视为无劳动能力"
    assert r.steps[0].text_en() == "吴明 has a grade 2 intellectual disability: no work capacity"


def test_tekun_refusal_names_every_reason():
    m = Member("赵强", "self", date(1990, 1, 1))      # 36, no disability
    r = tekun(m, DAY, basic_fen=137800, care_fen_by_level=CARE, dibao_standard_fen=STD,
              income_fen=150000, has_able_supporter=True)
    assert (r.amount_fen, r.eligible) == (0, False)
    assert [s.code for s in r.steps] == ["tekun.capacity", "tekun.income", "tekun.supporter"]


def test_tekun_income_at_the_standard_is_a_means_of_living():
    r = tekun(elder(), DAY, basic_fen=137800, care_fen_by_level=CARE, dibao_standard_fen=STD, income_fen=STD)
    assert not r.eligible
    assert tekun(elder(), DAY, basic_fen=137800, care_fen_by_level=CARE, dibao_standard_fen=STD,
                 income_fen=STD - 1).eligible


def test_tekun_needs_member_in_larger_household():
    raises("member.required", calculate, "tekun", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY)


# --- linshi ------------------------------------------------------------------------------

def test_linshi_within_cap():
    # cap 1,060.00 x 6 x 1 = 6,360.00; 5,000.00 requested, granted in full
    r = linshi(500000, STD, 1, False)
    assert (r.amount_fen, r.period) == (500000, "once")
    assert r.steps[0].text_zh() == "救助上限：低保标准 1,060.00 元 × 6 倍 × 1 人 = 6,360.00 元"


def test_linshi_capped():
    # 8,000.00 requested > 6,360.00 cap
    r = linshi(800000, STD, 1, False)
    assert r.amount_fen == 636000
    assert r.steps[-1].text_zh() == "申请金额 8,000.00 元超过上限，按上限 6,360.00 元救助"


def test_linshi_request_equal_to_cap_is_not_capped():
    r = linshi(636000, STD, 1, False)
    assert r.amount_fen == 636000
    assert r.steps[-1].code == "linshi.granted"


def test_linshi_special_hardship():
    # cap 1,060.00 x 12 x 2 = 25,440.00; 30,000.00 requested
    r = linshi(3000000, STD, 2, True)
    assert r.amount_fen == 2544000
    assert r.steps[0].code == "linshi.cap_special"


def test_linshi_via_calculate_uses_household_size():
    # 3 persons: cap 1,060.00 x 6 x 3 = 19,080.00
    r = calculate("linshi", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, requested_fen=2500000)
    assert r.amount_fen == 1908000


def test_linshi_validation():
    raises("amount.negative", linshi, -1, STD, 1, False)
    raises("amount.persons", linshi, 100, STD, 0, False)
    assert linshi(0, STD, 1, False).eligible is False


# --- ertong ------------------------------------------------------------------------------

def test_ertong_two_children():
    # 2 x 2,120.00 = 4,240.00; the 18-year-old is no longer covered
    kids = [Member("小明", "grandchild", date(2015, 5, 1)),
            Member("小红", "grandchild", date(2019, 8, 1)),
            Member("大哥", "grandchild", date(2008, 11, 29))]
    r = ertong(kids, 212000, DAY)
    assert r.amount_fen == 424000
    assert "大哥 18 周岁，已满 18 周岁" in r.text_zh()
    assert r.steps[-1].text_zh() == "2 名儿童 × 2,120.00 元 = 4,240.00 元/月"


def test_ertong_via_calculate_defaults_to_minors():
    # only 张小 (12) is under 18: 2,120.00
    assert calculate("ertong", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY).amount_fen == 212000


# --- amounts given by the case -----------------------------------------------------------

def test_yiliao_amount():
    r = calculate("yiliao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, amount_fen=350050)
    assert r.amount_fen == 350050
    assert r.text_zh() == "医疗救助核定金额 3,500.50 元"


def test_jiaoyu_grant():
    r = calculate("jiaoyu", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, amount_fen=1000000)
    assert r.amount_fen == 1000000 and r.period == "once"


def test_shilaohua_items():
    # 600.00 + 350.00 + 120.00 + 80.00 + 450.00 = 1,600.00
    items = [("扶手", 60000), ("淋浴椅", 35000), ("防滑垫", 12000), ("感应夜灯", 8000), ("床边桌椅", 45000)]
    r = calculate("shilaohua", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, items=items)
    assert r.amount_fen == 160000
    assert r.steps[0].text_zh() == "扶手：600.00 元"
    assert r.steps[-1].text_zh() == "适老化改造合计 1,600.00 元"


def test_case_set_types_fall_back_to_the_requested_amount():
    r = calculate("yiliao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, requested_fen=120000)
    assert r.amount_fen == 120000
    # the standard decides dibao; a request on the case does not change it
    r = calculate("dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, requested_fen=1)
    assert r.amount_fen == 192000


def test_given_amount_validation():
    raises("amount.negative", given_amount, "yiliao", amount_fen=-100)
    raises("amount.required", given_amount, "yiliao")
    raises("amount.required", given_amount, "yiliao", amount_fen=100, items=[("x", 1)])
    with pytest.raises(TypeError):
        given_amount("yiliao", amount_fen=100.0)


# --- dispatch and steps ------------------------------------------------------------------

def test_unknown_type_and_option():
    err = raises("assistance.type", calculate, "lottery", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY)
    assert err.field == "assistance_type"
    with pytest.raises(TypeError):
        calculate("dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU, DAY, special_hardship=True)


def test_missing_standard_through_calculate():
    raises("standard.missing", calculate, "dibao", three_person_family(), DEFAULT_STANDARDS, LIANDU,
           date(2017, 1, 1))


def test_step_as_dict_is_plain_data():
    s = Step("income.disregarded", {"member": "张三", "category": "wage", "monthly_fen": 100,
                                    "disregarded_fen": 100, "counted_fen": 0, "until": date(2027, 5, 31)})
    assert s.as_dict()["params"]["until"] == "2027-05-31"
    assert "until 2027-05-31" in s.text_en()
    assert "2027年5月31日" in s.text_zh()
