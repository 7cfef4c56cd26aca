"""Benefit standards and amount calculations, with a readable explanation.

Every calculation returns a BenefitResult whose steps say, in Chinese for the
screen and the notices and in English for logs, how the amount was reached:
"家庭月人均收入 420.00 元，低于低保标准 1,060.00 元，差额 640.00 元 × 3 人 = 1,920.00 元/月".
Steps carry a code and parameters (amounts in fen, dates, codes), so they can be
stored and synced as data and rendered again later in either language.

Standards are reference data handed down by the city server, per county and
effective date; DEFAULT_STANDARDS are only the fallback the desktop ships with.
Rules: DOMAIN.md, "Money" and "Assistance types".
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from .errors import ValidationError
from .household import (
    COUNTED, DEDUCTED, DISABILITY_GRADES, DISABILITY_TYPES, DISREGARDED, EXCLUDED, INCOME_CATEGORIES,
    NOT_DEDUCTED, SELFCARE_LEVELS, HouseholdFacts, IncomeBreakdown, Member, add_months,
    per_capita_monthly_income, work_incapacity_reason,
)
from .assistance import ASSISTANCE_TYPES, ASSISTANCE_TYPES_EN as _ASSISTANCE_EN
from .money import format_yuan
from .regions import COUNTIES

STANDARD_KINDS: dict[str, str] = {
    "dibao": "最低生活保障标准",
    "tekun_basic": "特困人员基本生活标准",
    "tekun_care_self": "特困人员照料护理标准（具备生活自理能力）",
    "tekun_care_partial": "特困人员照料护理标准（部分丧失生活自理能力）",
    "tekun_care_lost": "特困人员照料护理标准（完全丧失生活自理能力）",
    "ertong": "孤困儿童基本生活保障标准",
}
CARE_KIND_BY_LEVEL = {"self": "tekun_care_self", "partial": "tekun_care_partial",
                      "lost": "tekun_care_lost"}

MONTHLY = "month"
ONCE = "once"

# Zhejiang art. 39-40: temporary assistance caps, in multiples of the dibao standard per person.
LINSHI_MULTIPLE = 6
LINSHI_MULTIPLE_SPECIAL = 12
ERTONG_AGE_LIMIT = 18


# --- standards -----------------------------------------------------------------------

@dataclass(frozen=True)
class Standard:
    county_code: str
    kind: str
    amount_fen: int          # per person per month
    effective_from: date

    def __post_init__(self):
        if self.county_code not in COUNTIES:
            raise ValidationError("standard.county", f"{self.county_code!r} is not a Lishui county",
                                  field="county_code", county=self.county_code)
        if self.kind not in STANDARD_KINDS:
            raise ValidationError("standard.kind", f"unknown standard kind {self.kind!r}",
                                  field="kind", kind=self.kind)
        if isinstance(self.amount_fen, bool) or not isinstance(self.amount_fen, int):
            raise TypeError("amount_fen must be integer fen")
        if self.amount_fen < 0:
            raise ValidationError("standard.negative", "a standard must not be negative",
                                  field="amount_fen", value=self.amount_fen)


def standard_on(standards: Iterable[Standard], county_code: str, kind: str, day: date) -> Standard:
    """The standard in force on ``day``: the latest ``effective_from`` not after it.

    Two rows with the same date: the later one in ``standards`` wins, so a list
    with the city server's rows appended after the defaults prefers the server.
    """
    best: Standard | None = None
    for s in standards:
        if s.county_code == county_code and s.kind == kind and s.effective_from <= day:
            if best is None or s.effective_from >= best.effective_from:
                best = s
    if best is None:
        raise ValidationError("standard.missing", f"no {kind} standard for {county_code} on {day}",
                              field="standard", county=county_code, kind=kind, day=day.isoformat())
    return best


def _default_rows() -> tuple[Standard, ...]:
    yuan = 100
    rows = [
        # October 2018: every Lishui county unified at 700 (dibao) and 1,210
        # (tekun support) - the seed article quoted in DOMAIN.md.
        ("dibao", date(2018, 10, 1), 700 * yuan),
        ("tekun_basic", date(2018, 10, 1), 1210 * yuan),
        # 2026 dibao standard, 1,060 yuan (the figure given for this project).
        ("dibao", date(2026, 1, 1), 1060 * yuan),
        # Tekun basic living: 1.3 x the dibao standard, the national floor ratio
        # (State Council 2016 opinion on tekun support); 1.3 x 1,060 = 1,378.
        # Lishui's 2018 figure was well above that ratio; the server's figure wins.
        ("tekun_basic", date(2026, 1, 1), 1378 * yuan),
        # PLACEHOLDERS: DOMAIN.md gives no care-subsidy or child-support figures.
        # Care: 10% / 30% / 60% of the same-date dibao standard, so the order
        # self < partial < lost holds; children: 2 x dibao. Real figures come
        # from the city server.
        ("tekun_care_self", date(2018, 10, 1), 70 * yuan),
        ("tekun_care_partial", date(2018, 10, 1), 210 * yuan),
        ("tekun_care_lost", date(2018, 10, 1), 420 * yuan),
        ("ertong", date(2018, 10, 1), 1400 * yuan),
        ("tekun_care_self", date(2026, 1, 1), 106 * yuan),
        ("tekun_care_partial", date(2026, 1, 1), 318 * yuan),
        ("tekun_care_lost", date(2026, 1, 1), 636 * yuan),
        ("ertong", date(2026, 1, 1), 2120 * yuan),
    ]
    return tuple(Standard(county, kind, amount, since)
                 for county in COUNTIES for kind, since, amount in rows)


DEFAULT_STANDARDS: tuple[Standard, ...] = _default_rows()


# --- coverage rules (county / city settings) ----------------------------------------------

@dataclass(frozen=True)
class AssetLimits:
    """The county's property limits (财产状况; DOMAIN.md "More rules of the procedure").

    DEFAULTS, NOT CONFIRMED for Lishui: the figures below are the ones common in
    Zhejiang county rules under 《浙江省最低生活保障办法》 and the 2021 MCA rules
    (financial assets per person up to 24 months of the dibao standard; no motor
    vehicle, no housing beyond the home lived in, no registered business). Each
    county's own figures come from the city server as reference data.
    """
    financial_months_per_person: int = 24     # deposits + securities + insurance, x the dibao standard
    vehicle_value_fen: int = 0                # total value of motor vehicles allowed
    other_housing: int = 0                    # housing units beyond the home lived in
    business_value_fen: int = 0               # registered business assets allowed

    def __post_init__(self):
        for name in ("financial_months_per_person", "vehicle_value_fen", "other_housing",
                     "business_value_fen"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValidationError("assets.limit", f"{name} must be a whole number, not negative",
                                      field=name, value=v)


@dataclass(frozen=True)
class CoverageRules:
    """The settings of the coverage rules, as reference data; defaults with their sources."""
    # 低保边缘: per-capita income "低于当地低保标准 1.5 倍以下" (《浙江省社会救助条例》
    # art. 13); "以下" includes the figure itself (民法典 art. 1259). A county setting.
    dibian_multiple: Fraction = Fraction(3, 2)
    # Categories the city adds to the statutory exclusions: {"city.<code>": label}.
    extra_exclusions: Mapping[str, str] = field(default_factory=dict)
    # 支出型贫困: deduct rigid medical and education costs from income (county setting; off
    # unless the county adopts it - Zhejiang's 支出型贫困 rules leave it to the counties).
    deduct_rigid_expenses: bool = False
    # 渐退期: up to 6 months when employment lifts a dibao household above the standard.
    taper_months: int = 6
    assets: AssetLimits = field(default_factory=AssetLimits)

    def __post_init__(self):
        m = Fraction(self.dibian_multiple)
        if not 1 <= m <= 3:
            raise ValidationError("dibian.multiple", "the near-dibao multiple is between 1 and 3",
                                  field="dibian_multiple", value=str(self.dibian_multiple))
        object.__setattr__(self, "dibian_multiple", m)
        if isinstance(self.taper_months, bool) or not isinstance(self.taper_months, int) \
                or not 0 <= self.taper_months <= 6:
            raise ValidationError("taper.months", "the taper lasts 0-6 months", field="taper_months",
                                  value=self.taper_months)
        for code in self.extra_exclusions:
            if not str(code).startswith("city.") or len(code) <= 5:
                raise ValidationError("income.city_category", "a city category code starts with 'city.'",
                                      field="extra_exclusions", category=code)


DEFAULT_RULES = CoverageRules()

FINANCIAL_ASSETS = frozenset({"deposit", "securities", "insurance"})


def _multiple_text(m: Fraction) -> str:
    return str(m.numerator) if m.denominator == 1 else f"{float(m):g}"


def asset_test(household: HouseholdFacts, standard_fen: int, limits: AssetLimits) -> tuple[bool, list[Step]]:
    """Whether the household's property is within the county's limits, each limit a step."""
    persons = household.size
    steps: list[Step] = []
    ok = True
    financial = sum(a.value_fen for a in household.assets if a.kind in FINANCIAL_ASSETS)
    cap = limits.financial_months_per_person * standard_fen * persons
    within = financial <= cap
    ok &= within
    steps.append(Step("assets.financial_ok" if within else "assets.financial_over", {
        "value_fen": financial, "months": limits.financial_months_per_person, "standard_fen": standard_fen,
        "persons": persons, "cap_fen": cap}))
    vehicles = [a for a in household.assets if a.kind == "vehicle"]
    value = sum(a.value_fen for a in vehicles)
    if vehicles and value > limits.vehicle_value_fen:
        ok = False
        steps.append(Step("assets.vehicle_over", {"count": len(vehicles), "value_fen": value,
                                                  "cap_fen": limits.vehicle_value_fen}))
    housing = [a for a in household.assets if a.kind == "real_estate"]
    if len(housing) > limits.other_housing:
        ok = False
        steps.append(Step("assets.housing_over", {"count": len(housing), "cap": limits.other_housing}))
    business = [a for a in household.assets if a.kind == "business"]
    value = sum(a.value_fen for a in business)
    if business and value > limits.business_value_fen:
        ok = False
        steps.append(Step("assets.business_over", {"count": len(business), "value_fen": value,
                                                   "cap_fen": limits.business_value_fen}))
    return ok, steps


# --- explanation steps -------------------------------------------------------------------

_ZH: dict[str, str] = {
    "income.counted": "{who}{category_label} {monthly_fen} 元/月，计入家庭收入",
    "income.excluded": "{who}{category_label} {monthly_fen} 元/月，不计入家庭收入（《最低生活保障审核确认办法》第十三条）",
    "income.disregarded": "{who}{category_label} {monthly_fen} 元/月为新就业收入，{until}前扣减 {disregarded_fen} 元"
                          "（《浙江省社会救助条例》第五十条），计入 {counted_fen} 元",
    "income.per_capita": "家庭月收入合计 {total_fen} 元 ÷ {persons} 人 = 月人均收入 {per_capita_fen} 元",
    "dibao.gap": "家庭月人均收入 {per_capita_fen} 元，低于低保标准 {standard_fen} 元，"
                 "差额 {gap_fen} 元 × {persons} 人 = {amount_fen} 元/月",
    "dibao.above": "家庭月人均收入 {per_capita_fen} 元，不低于低保标准 {standard_fen} 元，不符合低保收入条件",
    "dibao.band": "家庭月人均收入 {per_capita_fen} 元，低于低保标准 {standard_fen} 元，"
                  "属“低于 {bound_fen} 元”档，每人 {per_person_fen} 元 × {persons} 人 = {amount_fen} 元/月",
    "dibian.below": "家庭月人均收入 {per_capita_fen} 元，在低保标准 {standard_fen} 元的 {multiple} 倍"
                    "（{threshold_fen} 元）以下，符合低保边缘家庭收入条件（《浙江省社会救助条例》第十三条）",
    "dibian.above": "家庭月人均收入 {per_capita_fen} 元，高于低保标准 {standard_fen} 元的 {multiple} 倍"
                    "（{threshold_fen} 元），不符合低保边缘家庭收入条件",
    "income.deducted": "{who}{category_label} {monthly_fen} 元/月，为刚性支出，从家庭收入中扣减（支出型贫困）",
    "income.not_deducted": "{who}{category_label} {monthly_fen} 元/月，为刚性支出，本县未规定扣减，未扣减",
    "income.city_excluded": "{who}{category_name} {monthly_fen} 元/月，不计入家庭收入（市级规定）",
    "assets.financial_ok": "家庭金融资产 {value_fen} 元，未超过低保标准 {standard_fen} 元 × {months} 个月 × "
                           "{persons} 人 = {cap_fen} 元",
    "assets.financial_over": "家庭金融资产 {value_fen} 元，超过低保标准 {standard_fen} 元 × {months} 个月 × "
                             "{persons} 人 = {cap_fen} 元，家庭财产状况不符合规定",
    "assets.vehicle_over": "家庭成员名下有机动车辆 {count} 辆，价值 {value_fen} 元，超过本县规定（{cap_fen} 元），"
                           "家庭财产状况不符合规定",
    "assets.housing_over": "家庭成员名下除自住房外另有住房 {count} 处（本县规定不超过 {cap} 处），"
                           "家庭财产状况不符合规定",
    "assets.business_over": "家庭成员名下有登记注册的经营主体 {count} 个，资产 {value_fen} 元，超过本县规定"
                            "（{cap_fen} 元），家庭财产状况不符合规定",
    "dibao.single": "{name}为低保边缘家庭中的{why_label}，参照单人户单独纳入低保：低保标准 {standard_fen} 元 − "
                    "本人月收入 {income_fen} 元 = {amount_fen} 元/月（单人保）",
    "dibao.single_not_dibian": "家庭不属于低保边缘家庭，不适用单人保",
    "dibao.single_not_severe": "{name}不属于重度残疾人或重病患者，不适用单人保",
    "dibao.taper": "家庭因就业收入增加，月人均收入超过低保标准，给予渐退期 {months} 个月（至 {until}），"
                   "渐退期内按原金额 {amount_fen} 元/月发放",
    "tekun.minor_kept": "{name} {age} 周岁，已纳入特困供养的未成年人，保障至年满 18 周岁",
    "tekun.student_kept": "{name} {age} 周岁，已纳入特困供养，仍在全日制学校就读，继续保障",
    "dibian.dibao_first": "家庭月人均收入同时低于低保标准 {standard_fen} 元，应先审查是否符合低保条件",
    "tekun.age60": "{name} {age} 周岁，年满 60 周岁，视为无劳动能力",
    "tekun.under16": "{name} {age} 周岁，未满 16 周岁，视为无劳动能力",
    "tekun.disability": "{name}为{grade_label}{disability_type_label}残疾，视为无劳动能力",
    "tekun.capacity": "{name} {age} 周岁，无相应等级残疾，具有劳动能力，不符合特困人员条件",
    "tekun.no_income": "{name}月收入 {income_fen} 元，低于低保标准 {standard_fen} 元，视为无生活来源",
    "tekun.income": "{name}月收入 {income_fen} 元，不低于低保标准 {standard_fen} 元，有生活来源，不符合特困人员条件",
    "tekun.supporter": "有具备履行能力的法定赡养、抚养、扶养义务人，不符合特困人员条件",
    "tekun.no_supporter": "无法定赡养、抚养、扶养义务人，或其无履行义务能力",
    "tekun.basic": "基本生活标准 {basic_fen} 元/月",
    "tekun.care": "{level_label}（{failed} 项不能自理），照料护理标准 {care_fen} 元/月",
    "tekun.total": "合计 {basic_fen} 元 + {care_fen} 元 = {amount_fen} 元/月",
    "linshi.cap": "救助上限：低保标准 {standard_fen} 元 × {multiple} 倍 × {persons} 人 = {cap_fen} 元",
    "linshi.cap_special": "特殊困难，救助上限：低保标准 {standard_fen} 元 × {multiple} 倍 × {persons} 人 = {cap_fen} 元",
    "linshi.capped": "申请金额 {requested_fen} 元超过上限，按上限 {amount_fen} 元救助",
    "linshi.granted": "申请金额 {requested_fen} 元，未超过上限，按申请金额 {amount_fen} 元救助",
    "linshi.nothing": "申请金额为 0 元，无需救助",
    "ertong.child": "{name} {age} 周岁，按孤困儿童基本生活保障标准 {standard_fen} 元/月保障",
    "ertong.over_age": "{name} {age} 周岁，已满 18 周岁，不属孤困儿童基本生活保障对象",
    "ertong.total": "{count} 名儿童 × {standard_fen} 元 = {amount_fen} 元/月",
    "ertong.none": "无符合条件的儿童",
    "given.item": "{item}：{amount_fen} 元",
    "given.amount": "{assistance_type_label}核定金额 {amount_fen} 元",
    "given.total": "{assistance_type_label}合计 {amount_fen} 元",
}

_EN: dict[str, str] = {
    "income.counted": "{who}{category_label} {monthly_fen} yuan/month: counted",
    "income.excluded": "{who}{category_label} {monthly_fen} yuan/month: not counted (MCA 2021 art. 13)",
    "income.disregarded": "{who}{category_label} {monthly_fen} yuan/month from new employment: "
                          "{disregarded_fen} yuan disregarded until {until} (Zhejiang art. 50), "
                          "{counted_fen} yuan counted",
    "income.per_capita": "household income {total_fen} yuan/month ÷ {persons} persons = "
                         "{per_capita_fen} yuan per person",
    "dibao.gap": "per-capita monthly income {per_capita_fen} yuan is below the dibao standard {standard_fen} yuan; "
                 "gap {gap_fen} yuan × {persons} persons = {amount_fen} yuan/month",
    "dibao.above": "per-capita monthly income {per_capita_fen} yuan is not below the dibao standard "
                   "{standard_fen} yuan: income test not met",
    "dibao.band": "per-capita monthly income {per_capita_fen} yuan is below the dibao standard {standard_fen} yuan; "
                  "band 'below {bound_fen} yuan': {per_person_fen} yuan × {persons} persons = {amount_fen} yuan/month",
    "dibian.below": "per-capita monthly income {per_capita_fen} yuan is at most {multiple} × the dibao standard "
                    "{standard_fen} yuan ({threshold_fen} yuan): near-dibao income test met",
    "dibian.above": "per-capita monthly income {per_capita_fen} yuan is above {multiple} × the dibao standard "
                    "{standard_fen} yuan ({threshold_fen} yuan): near-dibao income test not met",
    "income.deducted": "{who}{category_label} {monthly_fen} yuan/month: rigid expense, deducted",
    "income.not_deducted": "{who}{category_label} {monthly_fen} yuan/month: rigid expense, not deducted here",
    "income.city_excluded": "{who}{category_name} {monthly_fen} yuan/month: not counted (city rule)",
    "assets.financial_ok": "financial assets {value_fen} yuan within {months} months × {standard_fen} yuan × "
                           "{persons} persons = {cap_fen} yuan",
    "assets.financial_over": "financial assets {value_fen} yuan exceed {months} months × {standard_fen} yuan × "
                             "{persons} persons = {cap_fen} yuan: property test not met",
    "assets.vehicle_over": "{count} motor vehicle(s) worth {value_fen} yuan exceed the county limit {cap_fen} yuan",
    "assets.housing_over": "{count} home(s) besides the one lived in (county limit {cap})",
    "assets.business_over": "{count} registered business(es) with {value_fen} yuan assets exceed the county limit "
                            "{cap_fen} yuan",
    "dibao.single": "{name} ({why_label}) in a near-dibao household is covered alone as a one-person household: "
                    "{standard_fen} − own income {income_fen} = {amount_fen} yuan/month",
    "dibao.single_not_dibian": "the household is not near-dibao: single-person coverage does not apply",
    "dibao.single_not_severe": "{name} is not severely disabled or seriously ill: single-person coverage "
                               "does not apply",
    "dibao.taper": "employment lifted the household above the standard: taper of {months} months (until {until}), "
                   "{amount_fen} yuan/month kept meanwhile",
    "tekun.minor_kept": "{name}, aged {age}, a minor already supported: supported until 18",
    "tekun.student_kept": "{name}, aged {age}, already supported and in full-time education: support continues",
    "dibian.dibao_first": "per-capita income is also below the dibao standard {standard_fen} yuan: "
                          "check dibao eligibility first",
    "tekun.age60": "{name}, aged {age}, is 60 or over: no work capacity",
    "tekun.under16": "{name}, aged {age}, is under 16: no work capacity",
    "tekun.disability": "{name} has a {grade_label} {disability_type_label} disability: no work capacity",
    "tekun.capacity": "{name}, aged {age}, has no qualifying disability and has work capacity: not eligible",
    "tekun.no_income": "{name}'s income {income_fen} yuan/month is below the dibao standard {standard_fen} yuan: "
                       "no means of living",
    "tekun.income": "{name}'s income {income_fen} yuan/month is not below the dibao standard {standard_fen} yuan: "
                    "not eligible",
    "tekun.supporter": "a legal supporter able to support exists: not eligible",
    "tekun.no_supporter": "no legal supporter, or none able to support",
    "tekun.basic": "basic living standard {basic_fen} yuan/month",
    "tekun.care": "{level_label} ({failed} items failed): care standard {care_fen} yuan/month",
    "tekun.total": "total {basic_fen} + {care_fen} = {amount_fen} yuan/month",
    "linshi.cap": "cap: dibao standard {standard_fen} yuan × {multiple} × {persons} persons = {cap_fen} yuan",
    "linshi.cap_special": "special hardship cap: dibao standard {standard_fen} yuan × {multiple} × {persons} persons "
                          "= {cap_fen} yuan",
    "linshi.capped": "requested {requested_fen} yuan exceeds the cap: {amount_fen} yuan granted",
    "linshi.granted": "requested {requested_fen} yuan is within the cap: {amount_fen} yuan granted",
    "linshi.nothing": "nothing requested",
    "ertong.child": "{name}, aged {age}: child support standard {standard_fen} yuan/month",
    "ertong.over_age": "{name}, aged {age}, is 18 or over: not covered",
    "ertong.total": "{count} children × {standard_fen} yuan = {amount_fen} yuan/month",
    "ertong.none": "no eligible child",
    "given.item": "{item}: {amount_fen} yuan",
    "given.amount": "{assistance_type_label}: {amount_fen} yuan as assessed",
    "given.total": "{assistance_type_label}: total {amount_fen} yuan",
}

_LABELS_EN = {
    "category": {
        "wage": "wages", "business_net": "net business income", "property_net": "net property income",
        "transfer_net": "net transfer income", "special_care": "special-care payments",
        "family_planning": "family-planning rewards", "scholarship": "scholarship/grant",
        "social_assistance": "social-assistance payments", "basic_pension": "basic pension",
        "heroic_award": "awards for acts of bravery", "government_reward": "government rewards and honours",
        "elderly_allowance": "old-age allowance", "disability_allowance": "disability allowances",
        "rigid_medical": "rigid medical costs (self-paid)", "rigid_education": "rigid education costs",
    },
    "level": {"self": "able to care for themselves", "partial": "self-care partly lost",
              "lost": "self-care fully lost"},
    "disability_type": {
        "visual": "visual", "hearing": "hearing", "speech": "speech", "physical": "physical",
        "intellectual": "intellectual", "mental": "mental", "multiple": "multiple",
    },
    "grade": {g: f"grade {g}" for g in DISABILITY_GRADES},
    "assistance_type": _ASSISTANCE_EN,
    "why": {"severe_disability": "severely disabled", "serious_illness": "seriously ill"},
}
_LABELS_ZH = {
    "why": {"severe_disability": "重度残疾人", "serious_illness": "重病患者"},
    "category": INCOME_CATEGORIES,
    "level": SELFCARE_LEVELS,
    "disability_type": DISABILITY_TYPES,
    "grade": DISABILITY_GRADES,
    "assistance_type": ASSISTANCE_TYPES,
}


def _render(template: str, params: Mapping, lang: str) -> str:
    labels = _LABELS_ZH if lang == "zh" else _LABELS_EN
    values: dict[str, object] = {}
    for key, v in params.items():
        if key.endswith("_fen"):
            values[key] = format_yuan(v)
        elif isinstance(v, date):
            values[key] = f"{v.year}年{v.month}月{v.day}日" if lang == "zh" else v.isoformat()
        else:
            values[key] = v
        if key in labels:
            values[key + "_label"] = labels[key].get(v, v)
    member = params.get("member") or ""
    values["who"] = (f"{member}的" if lang == "zh" else f"{member}'s ") if member else ""
    return template.format(**values)


@dataclass(frozen=True)
class Step:
    code: str
    params: Mapping = field(default_factory=dict)

    def text_zh(self) -> str:
        return _render(_ZH[self.code], self.params, "zh")

    def text_en(self) -> str:
        return _render(_EN[self.code], self.params, "en")

    def as_dict(self) -> dict:
        """Plain data for storage and sync (dates as ISO text)."""
        return {"code": self.code,
                "params": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Step | None":
        """A stored step back (``as_dict``), its dates as dates; None for a code this
        version does not know (a newer site's), which the caller shows in Chinese."""
        code = data.get("code") if isinstance(data, Mapping) else None
        if code not in _ZH:
            return None
        params = {}
        for k, v in (data.get("params") or {}).items():
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
                try:
                    v = date.fromisoformat(v)
                except ValueError:
                    pass
            params[k] = v
        return cls(code, params)


# Steps that say a condition is not met: the grounds a refusal states.
FAILING_STEPS = frozenset({
    "dibao.above", "dibian.above", "tekun.capacity", "tekun.income", "tekun.supporter",
    "assets.financial_over", "assets.vehicle_over", "assets.housing_over", "assets.business_over",
    "dibao.single_not_dibian", "dibao.single_not_severe", "ertong.none",
})


@dataclass(frozen=True)
class BenefitResult:
    amount_fen: int
    eligible: bool
    steps: list[Step]
    period: str = MONTHLY        # MONTHLY or ONCE

    def grounds_zh(self) -> list[str]:
        """The failed conditions, each a sentence for the refusal notice."""
        return [s.text_zh() for s in self.steps if s.code in FAILING_STEPS]

    def text_zh(self) -> str:
        return "\n".join(s.text_zh() for s in self.steps)

    def text_en(self) -> str:
        return "\n".join(s.text_en() for s in self.steps)


def _fen(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be integer fen, got {type(value).__name__}")
    if value < 0:
        raise ValidationError("amount.negative", f"{name} must not be negative", field=name, value=value)
    return value


def _persons(value: int, name: str = "persons") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("amount.persons", "at least one person must be covered", field=name, value=value)
    return value


# --- calculations -------------------------------------------------------------------------

def dibao_gap(per_capita_fen: int, standard_fen: int, persons: int) -> BenefitResult:
    """Gap method: (standard - per-capita income) x covered persons, when positive."""
    _fen(per_capita_fen, "per_capita_fen")
    _fen(standard_fen, "standard_fen")
    _persons(persons)
    if per_capita_fen >= standard_fen:
        return BenefitResult(0, False, [Step("dibao.above", {
            "per_capita_fen": per_capita_fen, "standard_fen": standard_fen})])
    gap = standard_fen - per_capita_fen
    amount = gap * persons
    return BenefitResult(amount, True, [Step("dibao.gap", {
        "per_capita_fen": per_capita_fen, "standard_fen": standard_fen, "gap_fen": gap,
        "persons": persons, "amount_fen": amount})])


def dibao_banded(per_capita_fen: int, standard_fen: int, persons: int,
                 bands: Sequence[tuple[int, int]]) -> BenefitResult:
    """Banded method (a county setting): a fixed amount per person by income band.

    ``bands`` are (upper bound, amount per person) in fen; a household falls in
    the first band whose bound its per-capita income is below. The income test
    (below the standard) applies first, and the bands must reach the standard
    so that every eligible household falls in one.
    """
    _fen(per_capita_fen, "per_capita_fen")
    _fen(standard_fen, "standard_fen")
    _persons(persons)
    ordered = sorted((_fen(b, "bound_fen"), _fen(a, "per_person_fen")) for b, a in bands)
    if not ordered or ordered[-1][0] < standard_fen:
        raise ValidationError("dibao.bands", "the bands must cover incomes up to the dibao standard",
                              field="bands")
    if per_capita_fen >= standard_fen:
        return BenefitResult(0, False, [Step("dibao.above", {
            "per_capita_fen": per_capita_fen, "standard_fen": standard_fen})])
    bound, per_person = next((b, a) for b, a in ordered if per_capita_fen < b)
    amount = per_person * persons
    return BenefitResult(amount, True, [Step("dibao.band", {
        "per_capita_fen": per_capita_fen, "standard_fen": standard_fen, "bound_fen": bound,
        "per_person_fen": per_person, "persons": persons, "amount_fen": amount})])


def dibian_threshold(standard_fen: int, multiple: Fraction = DEFAULT_RULES.dibian_multiple) -> int:
    """The highest per-capita income (fen) that still meets the near-dibao test."""
    m = Fraction(multiple)
    return standard_fen * m.numerator // m.denominator


def dibian_eligible(per_capita_fen: int, standard_fen: int,
                    multiple: Fraction = DEFAULT_RULES.dibian_multiple) -> BenefitResult:
    """Near-dibao income test: per-capita income at or below ``multiple`` x the dibao
    standard ("1.5 倍以下", Zhejiang art. 13; the multiple is a county setting).

    No money is paid under this status itself (amount 0); it unlocks medical aid.
    """
    _fen(per_capita_fen, "per_capita_fen")
    _fen(standard_fen, "standard_fen")
    m = Fraction(multiple)
    # Whole fen at or below the exact threshold are exactly those at or below its floor.
    threshold = dibian_threshold(standard_fen, m)
    eligible = per_capita_fen <= threshold
    params = {"per_capita_fen": per_capita_fen, "standard_fen": standard_fen, "threshold_fen": threshold,
              "multiple": _multiple_text(m)}
    steps = [Step("dibian.below" if eligible else "dibian.above", params)]
    if per_capita_fen < standard_fen:
        steps.append(Step("dibian.dibao_first", {"standard_fen": standard_fen}))
    return BenefitResult(0, eligible, steps)


def tekun(member: Member, on_date: date, *, basic_fen: int, care_fen_by_level: Mapping[str, int],
          dibao_standard_fen: int, income_fen: int = 0, has_able_supporter: bool = False,
          already_supported: bool = False, in_full_time_education: bool = False) -> BenefitResult:
    """Extreme-poverty support for one person: basic living standard + care subsidy.

    Eligible when the person has no work capacity, no means of living (income
    below the dibao standard; 特困人员认定办法 art. 6) and no supporter able to
    support. Every failed condition gets its own step so the refusal names them all.
    """
    _fen(basic_fen, "basic_fen")
    _fen(dibao_standard_fen, "dibao_standard_fen")
    _fen(income_fen, "income_fen")
    steps: list[Step] = []
    eligible = True
    age = member.age_on(on_date)
    reason = work_incapacity_reason(member, on_date)
    who = {"name": member.name, "age": age}
    if reason == "age.60plus":
        steps.append(Step("tekun.age60", who))
    elif reason == "age.under16":
        steps.append(Step("tekun.under16", who))
    elif reason == "disability":
        steps.append(Step("tekun.disability", {"name": member.name, "grade": member.disability_grade,
                                               "disability_type": member.disability_type}))
    # 特困人员认定办法 (2021): a minor already supported keeps support until 18, and
    # after 18 while still in full-time education (the article is not confirmed here).
    elif already_supported and age < 18:
        steps.append(Step("tekun.minor_kept", who))
    elif already_supported and in_full_time_education:
        steps.append(Step("tekun.student_kept", who))
    else:
        eligible = False
        steps.append(Step("tekun.capacity", who))
    income = {"name": member.name, "income_fen": income_fen, "standard_fen": dibao_standard_fen}
    if income_fen < dibao_standard_fen:
        steps.append(Step("tekun.no_income", income))
    else:
        eligible = False
        steps.append(Step("tekun.income", income))
    if has_able_supporter:
        eligible = False
        steps.append(Step("tekun.supporter"))
    else:
        steps.append(Step("tekun.no_supporter"))
    if not eligible:
        return BenefitResult(0, False, steps)

    level = member.selfcare_level
    if level not in care_fen_by_level:
        raise ValidationError("standard.missing", f"no care standard for self-care level {level!r}",
                              field="standard", kind=CARE_KIND_BY_LEVEL[level])
    care = _fen(care_fen_by_level[level], "care_fen")
    amount = basic_fen + care
    steps.append(Step("tekun.basic", {"basic_fen": basic_fen}))
    steps.append(Step("tekun.care", {"level": level, "failed": len(member.selfcare_failed), "care_fen": care}))
    steps.append(Step("tekun.total", {"basic_fen": basic_fen, "care_fen": care, "amount_fen": amount}))
    return BenefitResult(amount, True, steps)


def linshi(requested_fen: int, dibao_standard_fen: int, persons: int, special_hardship: bool) -> BenefitResult:
    """Temporary assistance, one-off: the request, capped at 6 x (12 x in special
    hardship) the dibao standard per person (Zhejiang art. 39-40)."""
    _fen(requested_fen, "requested_fen")
    _fen(dibao_standard_fen, "dibao_standard_fen")
    _persons(persons)
    if requested_fen == 0:
        return BenefitResult(0, False, [Step("linshi.nothing")], ONCE)
    multiple = LINSHI_MULTIPLE_SPECIAL if special_hardship else LINSHI_MULTIPLE
    cap = dibao_standard_fen * multiple * persons
    steps = [Step("linshi.cap_special" if special_hardship else "linshi.cap", {
        "standard_fen": dibao_standard_fen, "multiple": multiple, "persons": persons, "cap_fen": cap})]
    amount = min(requested_fen, cap)
    steps.append(Step("linshi.capped" if requested_fen > cap else "linshi.granted",
                      {"requested_fen": requested_fen, "amount_fen": amount}))
    return BenefitResult(amount, amount > 0, steps, ONCE)


def ertong(children: Sequence[Member], standard_fen: int, on_date: date) -> BenefitResult:
    """Basic living support for orphans and children in hardship: the standard per child under 18."""
    _fen(standard_fen, "standard_fen")
    steps: list[Step] = []
    count = 0
    for child in children:
        age = child.age_on(on_date)
        if age < ERTONG_AGE_LIMIT:
            count += 1
            steps.append(Step("ertong.child", {"name": child.name, "age": age, "standard_fen": standard_fen}))
        else:
            steps.append(Step("ertong.over_age", {"name": child.name, "age": age}))
    if not count:
        steps.append(Step("ertong.none"))
        return BenefitResult(0, False, steps)
    amount = standard_fen * count
    steps.append(Step("ertong.total", {"count": count, "standard_fen": standard_fen, "amount_fen": amount}))
    return BenefitResult(amount, True, steps)


def given_amount(assistance_type: str, *, amount_fen: int | None = None,
                 items: Sequence[tuple[str, int]] | None = None) -> BenefitResult:
    """Types whose amount the case itself sets (medical bills, a grant, adaptation works).

    Either one assessed amount or itemised lines (e.g. grab bars, shower chair)
    that are added up.
    """
    if (amount_fen is None) == (items is None):
        raise ValidationError("amount.required", "give either an amount or a list of items", field="amount_fen")
    steps: list[Step] = []
    if items is not None:
        if not items:
            raise ValidationError("amount.required", "the list of items is empty", field="items")
        total = 0
        for name, fen in items:
            if not str(name).strip():
                raise ValidationError("amount.item", "every item needs a name", field="items")
            total += _fen(fen, "amount_fen")
            steps.append(Step("given.item", {"item": str(name).strip(), "amount_fen": fen}))
        steps.append(Step("given.total", {"assistance_type": assistance_type, "amount_fen": total}))
    else:
        total = _fen(amount_fen, "amount_fen")
        steps.append(Step("given.amount", {"assistance_type": assistance_type, "amount_fen": total}))
    return BenefitResult(total, total > 0, steps, ONCE)


def income_steps(breakdown: IncomeBreakdown, household: HouseholdFacts,
                 city_labels: Mapping[str, str] | None = None) -> list[Step]:
    """One step per income line, then the per-capita sum, for the explanation."""
    names = {m.member_id: m.name for m in household.members if m.member_id}
    steps = []
    for ln in breakdown.lines:
        base = {"member": names.get(ln.item.member_id, ""), "category": ln.item.category,
                "monthly_fen": ln.item.monthly_fen}
        if ln.treatment == EXCLUDED and ln.item.category.startswith("city."):
            steps.append(Step("income.city_excluded", {
                **base, "category_name": (city_labels or {}).get(ln.item.category, ln.item.category)}))
        elif ln.treatment == EXCLUDED:
            steps.append(Step("income.excluded", base))
        elif ln.treatment == DEDUCTED:
            steps.append(Step("income.deducted", base))
        elif ln.treatment == NOT_DEDUCTED:
            steps.append(Step("income.not_deducted", base))
        elif ln.treatment == DISREGARDED:
            steps.append(Step("income.disregarded", {**base, "disregarded_fen": ln.disregarded_fen,
                                                     "counted_fen": ln.counted_fen,
                                                     "until": ln.disregard_until}))
        else:
            assert ln.treatment == COUNTED
            steps.append(Step("income.counted", base))
    steps.append(Step("income.per_capita", {"total_fen": breakdown.total_fen, "persons": breakdown.persons,
                                            "per_capita_fen": breakdown.per_capita_fen}))
    return steps


def severe_reason(member: Member, seriously_ill: bool) -> str | None:
    """Why the member counts as 重度残疾 (grade 1-2) or 重病 for 单人保, or None."""
    if member.disability_grade is not None and member.disability_grade <= 2:
        return "severe_disability"
    return "serious_illness" if seriously_ill else None


def dibao_single(member: Member, household_per_capita_fen: int, own_income_fen: int, standard_fen: int,
                 *, seriously_ill: bool = False,
                 multiple: Fraction = DEFAULT_RULES.dibian_multiple) -> BenefitResult:
    """单人保: a severely disabled or seriously ill member of a near-dibao household is
    covered alone, as a one-person household (参照单人户), so the amount is the standard
    less the member's own income. Source: Zhejiang's dibao rules (《浙江省最低生活保障
    办法》 and the provincial 低保边缘 rules; the article is not confirmed here)."""
    _fen(household_per_capita_fen, "per_capita_fen")
    _fen(own_income_fen, "income_fen")
    _fen(standard_fen, "standard_fen")
    steps = []
    near = dibian_eligible(household_per_capita_fen, standard_fen, multiple)
    steps += near.steps
    why = severe_reason(member, seriously_ill)
    if not near.eligible:
        return BenefitResult(0, False, steps + [Step("dibao.single_not_dibian")])
    if why is None:
        return BenefitResult(0, False, steps + [Step("dibao.single_not_severe", {"name": member.name})])
    amount = max(0, standard_fen - own_income_fen)
    steps.append(Step("dibao.single", {"name": member.name, "why": why, "standard_fen": standard_fen,
                                       "income_fen": own_income_fen, "amount_fen": amount}))
    return BenefitResult(amount, amount > 0, steps)


def dibao_taper(result: BenefitResult, without_employment_per_capita_fen: int, standard_fen: int,
                current_amount_fen: int, start: date, months: int = DEFAULT_RULES.taper_months) -> BenefitResult:
    """渐退期: a dibao household whose new employment income lifts it above the standard
    keeps its amount for up to ``months`` (6 at most) from ``start`` (DOMAIN.md; Zhejiang
    rules). Only when the employment income is what lifts it: without it the household
    would still be below the standard."""
    _fen(current_amount_fen, "current_amount_fen")
    if result.eligible or months == 0 or current_amount_fen == 0 \
            or without_employment_per_capita_fen >= standard_fen:
        return result
    until = add_months(start, months)
    step = Step("dibao.taper", {"months": months, "until": date(until.year, until.month, 1),
                                "amount_fen": current_amount_fen})
    return BenefitResult(current_amount_fen, True, result.steps + [step], result.period)


# --- dispatch -----------------------------------------------------------------------------

# ``requested_fen`` (what the applicant asked for) is accepted by every type because
# cases carry it; only linshi and the case-set types use it.
_OPTIONS = {
    "dibao": {"method", "bands", "disregard_months", "disregard_cap_multiple", "single_member_id",
              "seriously_ill", "taper_current_fen", "taper_start"},
    "dibian": {"disregard_months", "disregard_cap_multiple"},
    "tekun": {"member_id", "has_able_supporter", "income_fen", "disregard_months", "disregard_cap_multiple",
              "already_supported", "in_full_time_education"},
    "linshi": {"special_hardship", "persons"},
    "ertong": {"children"},
    "yiliao": {"amount_fen", "items"},
    "jiaoyu": {"amount_fen", "items"},
    "shilaohua": {"amount_fen", "items"},
}
_OPTIONS = {t: opts | {"requested_fen", "rules"} for t, opts in _OPTIONS.items()}


def calculate(assistance_type: str, household: HouseholdFacts, standards: Iterable[Standard],
              county_code: str, day: date, **options) -> BenefitResult:
    """Amount and explanation for one assistance type, with the county's standards on ``day``.

    Options by type:
      dibao: method='gap'|'banded', bands=[(bound_fen, per_person_fen), ...],
             disregard_months, disregard_cap_multiple
      dibian: disregard_months, disregard_cap_multiple
      tekun: member_id (needed when the household has several members),
             has_able_supporter=False, income_fen (default: the member's counted income)
      linshi: requested_fen (required), special_hardship=False, persons (default: household size)
      ertong: children=[member_id, ...] (default: covered members under 18)
      yiliao, jiaoyu, shilaohua: amount_fen or items=[(name, fen), ...]; without
             either, requested_fen is taken as the amount
    Every type accepts requested_fen; dibao, dibian, tekun and ertong ignore it
    because their standard decides the amount.
    """
    if assistance_type not in ASSISTANCE_TYPES:
        raise ValidationError("assistance.type", f"unknown assistance type {assistance_type!r}",
                              field="assistance_type", type=assistance_type)
    unknown = set(options) - _OPTIONS[assistance_type]
    if unknown:
        raise TypeError(f"{assistance_type}: unexpected options {sorted(unknown)}")
    standards = tuple(standards)

    def std(kind: str) -> int:
        return standard_on(standards, county_code, kind, day).amount_fen

    rules: CoverageRules = options.get("rules") or DEFAULT_RULES

    def breakdown(h: HouseholdFacts = household) -> IncomeBreakdown:
        kw = {k: options[k] for k in ("disregard_months", "disregard_cap_multiple") if k in options}
        return per_capita_monthly_income(h, day, std("dibao"), extra_exclusions=rules.extra_exclusions,
                                         deduct_rigid_expenses=rules.deduct_rigid_expenses, **kw)

    if assistance_type in ("dibao", "dibian"):
        b = breakdown()
        standard = std("dibao")
        explained = income_steps(b, household, rules.extra_exclusions)
        assets_ok, asset_steps = asset_test(household, standard, rules.assets)
        if assistance_type == "dibian":
            result = dibian_eligible(b.per_capita_fen, standard, rules.dibian_multiple)
        elif options.get("single_member_id"):
            member = household.member(options["single_member_id"])
            own = sum(ln.counted_fen for ln in b.lines if ln.item.member_id == member.member_id)
            result = dibao_single(member, b.per_capita_fen, own, standard,
                                  seriously_ill=bool(options.get("seriously_ill")), multiple=rules.dibian_multiple)
        else:
            covered = household.covered_count
            if covered == 0:
                raise ValidationError("dibao.no_covered", "no member is marked as covered", field="members")
            method = options.get("method", "gap")
            if method == "gap":
                result = dibao_gap(b.per_capita_fen, standard, covered)
            elif method == "banded":
                result = dibao_banded(b.per_capita_fen, standard, covered, options.get("bands") or ())
            else:
                raise ValidationError("dibao.method", f"unknown dibao method {method!r}", field="method",
                                      method=method)
            if options.get("taper_current_fen") is not None:
                without = HouseholdFacts(household.members, [i for i in household.incomes if i.employment_start is None],
                                    household.assets, household.housing_type, household.housing_area_m2,
                                    household.household_id)
                result = dibao_taper(result, breakdown(without).per_capita_fen, standard,
                                     options["taper_current_fen"], options.get("taper_start") or day,
                                     rules.taper_months)
        if not assets_ok:
            # Property beyond the county's limits: not eligible whatever the income.
            return BenefitResult(0, False, explained + result.steps + asset_steps, result.period)
        return BenefitResult(result.amount_fen, result.eligible, explained + result.steps + asset_steps,
                             result.period)

    if assistance_type == "tekun":
        member_id = options.get("member_id")
        if member_id is not None:
            member = household.member(member_id)
        elif household.size == 1:
            member = household.members[0]
        else:
            raise ValidationError("member.required", "say which member the tekun support is for",
                                  field="member_id")
        if "income_fen" in options:
            income = options["income_fen"]
        else:
            b = breakdown()
            income = sum(ln.counted_fen for ln in b.lines
                         if household.size == 1 or ln.item.member_id == member.member_id)
        care = {}
        for level, kind in CARE_KIND_BY_LEVEL.items():
            try:
                care[level] = std(kind)
            except ValidationError:
                pass    # only the member's own level must exist; tekun() says so if it doesn't
        return tekun(member, day, basic_fen=std("tekun_basic"), care_fen_by_level=care,
                     dibao_standard_fen=std("dibao"), income_fen=income,
                     has_able_supporter=bool(options.get("has_able_supporter", False)),
                     already_supported=bool(options.get("already_supported", False)),
                     in_full_time_education=bool(options.get("in_full_time_education", False)))

    if assistance_type == "linshi":
        if "requested_fen" not in options:
            raise ValidationError("amount.required", "the requested amount is missing", field="requested_fen")
        persons = options.get("persons", household.size)
        return linshi(options["requested_fen"], std("dibao"), persons,
                      bool(options.get("special_hardship", False)))

    if assistance_type == "ertong":
        if "children" in options:
            children = [household.member(mid) for mid in options["children"]]
        else:
            children = [m for m in household.members if m.covered and m.age_on(day) < ERTONG_AGE_LIMIT]
        return ertong(children, std("ertong"), day)

    amount, items = options.get("amount_fen"), options.get("items")
    if amount is None and items is None:
        amount = options.get("requested_fen")
    return given_amount(assistance_type, amount_fen=amount, items=items)


# --- ceilings: the most the rules allow a decision to grant --------------------------------

def ceiling(assistance_type: str, household: HouseholdFacts, standards: Iterable[Standard],
            county_code: str, day: date, *, member_id: str | None = None,
            special_hardship: bool = False, requested_fen: int | None = None) -> int | None:
    """The highest amount an approval (or raise) of this case may carry, in fen.

    dibao: the standard x covered persons (a household without income);
    dibian: 0 (the status pays nothing itself); tekun: the basic living standard
    plus the care standard of the person's self-care level; linshi: 6 x (12 x in
    special hardship) the standard per person (Zhejiang art. 39-40); ertong: the
    standard per covered child under 18; the types whose amount the case sets
    (medical, education, adaptation): what was requested. None when the rules
    give no figure (a case-set type without a request).
    """
    standards = tuple(standards)

    def std(kind: str) -> int:
        return standard_on(standards, county_code, kind, day).amount_fen

    if assistance_type == "dibao":
        return std("dibao") * household.covered_count
    if assistance_type == "dibian":
        return 0
    if assistance_type == "tekun":
        if member_id is not None:
            member = household.member(member_id)
        elif household.size == 1:
            member = household.members[0]
        else:
            # Not knowing whose support it is, the highest care level bounds it.
            return std("tekun_basic") + max(std(k) for k in CARE_KIND_BY_LEVEL.values())
        return std("tekun_basic") + std(CARE_KIND_BY_LEVEL[member.selfcare_level])
    if assistance_type == "linshi":
        multiple = LINSHI_MULTIPLE_SPECIAL if special_hardship else LINSHI_MULTIPLE
        return std("dibao") * multiple * max(household.size, 1)
    if assistance_type == "ertong":
        children = [m for m in household.members if m.covered and m.age_on(day) < ERTONG_AGE_LIMIT]
        return std("ertong") * len(children)
    return requested_fen
