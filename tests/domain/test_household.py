from datetime import date
from decimal import Decimal

import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.household import (
    ASSET_KINDS, COUNTED_INCOME, DISABILITY_TYPES, EXCLUDED_INCOME, HOUSING_TYPES, RELATIONS,
    SELFCARE_ITEMS, Asset, HouseholdFacts, IncomeItem, Member, add_months, has_work_capacity,
    per_capita_monthly_income, selfcare_level, work_incapacity_reason,
)
from lishui_desktop.domain.idnumber import make

DAY = date(2026, 11, 29)
STANDARD = 106000          # 1,060.00 yuan


def person(name="张三", relation="self", birth=date(1980, 5, 1), **kw):
    return Member(name, relation, birth, **kw)


def raises(code, fn, *args, **kw):
    with pytest.raises(ValidationError) as exc:
        fn(*args, **kw)
    assert exc.value.code == code
    return exc.value


# --- labels -------------------------------------------------------------------------

def test_chinese_labels():
    assert RELATIONS["self"] == "户主" and RELATIONS["grandchild"] == "孙子女"
    assert DISABILITY_TYPES["intellectual"] == "智力" and DISABILITY_TYPES["multiple"] == "多重"
    assert COUNTED_INCOME["business_net"] == "经营净收入"
    assert EXCLUDED_INCOME["basic_pension"] == "城乡居民基础养老金"
    assert not COUNTED_INCOME.keys() & EXCLUDED_INCOME.keys()
    assert len(SELFCARE_ITEMS) == 6
    assert "deposit" in ASSET_KINDS and "rented" in HOUSING_TYPES


# --- self-care ----------------------------------------------------------------------

@pytest.mark.parametrize("failed, level", [
    ([], "self"),
    (["eating"], "partial"),
    (["eating", "dressing", "bathing"], "partial"),
    (["eating", "dressing", "bathing", "toileting"], "lost"),
    (list(SELFCARE_ITEMS), "lost"),
])
def test_selfcare_level(failed, level):
    assert selfcare_level(failed) == level


def test_selfcare_repeated_items_count_once():
    assert selfcare_level(["eating", "eating", "eating", "eating"]) == "partial"


def test_selfcare_unknown_item():
    err = raises("selfcare.item", selfcare_level, ["eating", "flying"])
    assert err.field == "selfcare_failed"


def test_member_selfcare_level():
    m = person(selfcare_failed={"eating", "dressing", "bed_transfer", "toileting", "bathing"})
    assert m.selfcare_level == "lost"


# --- work capacity ------------------------------------------------------------------

def test_sixty_on_the_birthday():
    m = person(birth=date(1966, 11, 29))
    assert has_work_capacity(m, date(2026, 11, 28))
    assert not has_work_capacity(m, date(2026, 11, 29))
    assert work_incapacity_reason(m, date(2026, 11, 29)) == "age.60plus"


def test_under_sixteen():
    m = person("张小", "child", date(2010, 12, 1))
    assert work_incapacity_reason(m, date(2026, 11, 30)) == "age.under16"
    assert has_work_capacity(m, date(2026, 12, 1))


@pytest.mark.parametrize("kind, grade, capacity", [
    ("intellectual", 1, False), ("intellectual", 3, False), ("intellectual", 4, True),
    ("mental", 3, False), ("mental", 4, True),
    ("physical", 2, False), ("physical", 3, True),
    ("visual", 1, False), ("visual", 2, True),
    ("hearing", 1, True), ("speech", 1, True), ("multiple", 1, True),
])
def test_disability_and_work_capacity(kind, grade, capacity):
    m = person(disability_type=kind, disability_grade=grade)
    assert has_work_capacity(m, DAY) is capacity


# --- member validation --------------------------------------------------------------

def test_member_from_id_number():
    number = make("331102", date(1958, 4, 3), 42)
    m = Member("王芳", "spouse", id_number=number.lower())
    assert m.birth_date == date(1958, 4, 3)
    assert m.sex == "F"
    assert m.id_number == number.upper()


def test_member_id_must_agree_with_birth_date():
    number = make("331102", date(1958, 4, 3), 42)
    err = raises("member.birth_date", Member, "王芳", "spouse", date(1958, 4, 4), id_number=number)
    assert err.field == "birth_date"


def test_member_bad_id_number():
    assert raises("id.check", Member, "王芳", "spouse", id_number="110105194912310021").field == "id_number"


def test_head_alias_and_unknown_relation():
    assert person(relation="head").relation == "self"
    assert raises("member.relation", person, relation="cousin").field == "relation"


@pytest.mark.parametrize("grade", [0, 5, True])
def test_disability_grade_outside_1_to_4(grade):
    err = raises("disability.grade", person, disability_type="physical", disability_grade=grade)
    assert err.field == "disability_grade"


def test_disability_needs_type_and_grade():
    assert raises("disability.incomplete", person, disability_type="physical").field == "disability_grade"
    assert raises("disability.incomplete", person, disability_grade=2).field == "disability_type"
    assert raises("disability.type", person, disability_type="leg", disability_grade=2).field == "disability_type"


def test_member_needs_name_and_birth():
    assert raises("member.name", Member, "  ", "self", date(1980, 1, 1)).field == "name"
    assert raises("member.birth_date", Member, "张三", "self").field == "birth_date"


# --- income items -------------------------------------------------------------------

def test_negative_income():
    err = raises("income.negative", IncomeItem, "wage", -1)
    assert err.field == "monthly_fen"


def test_unknown_income_category():
    assert raises("income.category", IncomeItem, "lottery", 100).field == "category"


def test_income_must_be_integer_fen():
    with pytest.raises(TypeError):
        IncomeItem("wage", 1200.5)
    with pytest.raises(TypeError):
        IncomeItem("wage", Decimal("1200"))


def test_new_employment_only_on_work_income():
    err = raises("income.employment_category", IncomeItem, "basic_pension", 100,
                 employment_start=date(2026, 1, 1))
    assert err.field == "employment_start"


# --- household validation -----------------------------------------------------------

def test_one_head_only():
    err = raises("household.head", HouseholdFacts, [person(), person("李四")])
    assert err.field == "relation"


def test_income_of_unknown_member():
    err = raises("income.member", HouseholdFacts, [person(member_id="a")],
                 [IncomeItem("wage", 100, member_id="b")])
    assert err.field == "member_id"


def test_housing_validation():
    assert raises("housing.type", HouseholdFacts, housing_type="castle").field == "housing_type"
    assert raises("housing.area", HouseholdFacts, housing_area_m2="-3").field == "housing_area_m2"
    assert HouseholdFacts(housing_type="owned", housing_area_m2="85.5").housing_area_m2 == Decimal("85.5")


def test_asset_validation():
    assert raises("asset.kind", Asset, "gold_bars", 100).field == "kind"
    assert raises("asset.negative", Asset, "deposit", -100).field == "value_fen"
    h = HouseholdFacts([person()], assets=[Asset("deposit", 500000), Asset("vehicle", 1200000)])
    assert h.assets_total_fen == 1700000


def test_validate_catches_later_edits():
    h = HouseholdFacts([person()])
    h.members.append(person("李四"))
    with pytest.raises(ValidationError):
        per_capita_monthly_income(h, DAY, STANDARD)


# --- per-capita income --------------------------------------------------------------

def family(*incomes):
    return HouseholdFacts(
        [person("张三", "self", date(1975, 1, 1), member_id="a"),
         person("李芳", "spouse", date(1977, 1, 1), member_id="b"),
         person("张小", "child", date(2014, 1, 1), member_id="c")],
        list(incomes))


def test_per_capita_income_is_rounded_to_the_nearest_fen():
    # 2,300.00 yuan of wages for 3 people: 766.666… yuan each, shown and used as 766.67
    b = per_capita_monthly_income(family(IncomeItem("wage", 230000, member_id="a")), DAY, STANDARD)
    assert (b.total_fen, b.persons, b.per_capita_fen) == (230000, 3, 76667)


def test_counted_and_excluded_income():
    h = family(IncomeItem("wage", 126000, member_id="a"),
               IncomeItem("transfer_net", 9000),
               IncomeItem("basic_pension", 20000, member_id="b"),
               IncomeItem("scholarship", 50000, member_id="c"))
    b = per_capita_monthly_income(h, DAY, STANDARD)
    # 1,260.00 + 90.00 = 1,350.00 counted; pension and scholarship excluded
    assert b.total_fen == 135000
    assert b.persons == 3
    assert b.per_capita_fen == 45000
    assert [ln.item.category for ln in b.counted] == ["wage", "transfer_net"]
    assert [ln.item.category for ln in b.excluded] == ["basic_pension", "scholarship"]
    assert b.excluded_fen == 70000


def test_per_capita_rounds_down():
    b = per_capita_monthly_income(family(IncomeItem("wage", 100000)), DAY, STANDARD)
    assert b.per_capita_fen == 33333       # 1,000.00 / 3 = 333.333...


def test_empty_household():
    assert raises("household.empty", per_capita_monthly_income, HouseholdFacts(), DAY, STANDARD).field == "members"


def test_new_employment_disregard_capped_at_three_standards():
    h = HouseholdFacts([person(member_id="a"), person("李芳", "spouse", member_id="b")],
                  [IncomeItem("wage", 400000, member_id="a", employment_start=date(2026, 3, 1)),
                   IncomeItem("transfer_net", 30000, member_id="b")])
    b = per_capita_monthly_income(h, DAY, STANDARD)
    # cap 3 x 1,060.00 = 3,180.00 disregarded; 4,000.00 - 3,180.00 = 820.00 counted
    (line,) = b.disregarded
    assert line.disregarded_fen == 318000
    assert line.counted_fen == 82000
    assert line.disregard_until == date(2027, 2, 28)
    assert b.total_fen == 82000 + 30000
    assert b.per_capita_fen == 56000


def test_disregard_ends_after_twelve_months():
    h = HouseholdFacts([person(member_id="a")],
                  [IncomeItem("wage", 400000, member_id="a", employment_start=date(2026, 3, 1))])
    assert per_capita_monthly_income(h, date(2027, 2, 28), STANDARD).total_fen == 82000
    assert per_capita_monthly_income(h, date(2027, 3, 1), STANDARD).total_fen == 400000


def test_disregard_period_is_a_county_setting():
    h = HouseholdFacts([person(member_id="a")],
                  [IncomeItem("wage", 200000, member_id="a", employment_start=date(2026, 3, 1))])
    assert per_capita_monthly_income(h, date(2026, 8, 31), STANDARD, disregard_months=6).total_fen == 0
    assert per_capita_monthly_income(h, date(2026, 9, 1), STANDARD, disregard_months=6).total_fen == 200000
    assert per_capita_monthly_income(h, date(2026, 9, 1), STANDARD, disregard_months=0).total_fen == 200000
    raises("income.disregard_months", per_capita_monthly_income, h, DAY, STANDARD, disregard_months=13)


def test_disregard_cap_is_shared_by_one_members_jobs():
    start = date(2026, 6, 1)
    h = HouseholdFacts([person(member_id="a"), person("李芳", "spouse", member_id="b")],
                  [IncomeItem("wage", 200000, member_id="a", employment_start=start),
                   IncomeItem("business_net", 200000, member_id="a", employment_start=start),
                   IncomeItem("wage", 200000, member_id="b", employment_start=start)])
    b = per_capita_monthly_income(h, DAY, STANDARD)
    # member a: 2,000.00 + 1,180.00 disregarded (cap 3,180.00), 820.00 counted; member b: all disregarded
    assert [ln.disregarded_fen for ln in b.lines] == [200000, 118000, 200000]
    assert b.total_fen == 82000


def test_employment_starting_after_the_assessment_day():
    h = HouseholdFacts([person(member_id="a")],
                  [IncomeItem("wage", 200000, member_id="a", employment_start=date(2026, 12, 1))])
    err = raises("income.employment_start", per_capita_monthly_income, h, DAY, STANDARD)
    assert err.field == "employment_start"


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 1), 12) == date(2027, 3, 1)
