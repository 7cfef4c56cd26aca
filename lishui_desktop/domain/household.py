"""The household as eligibility and amount rules see it: members, income, assets, housing.

Plain dataclasses, no database. Codes are stable English words (stored, synced);
the Chinese labels are what forms and screens show. Constructors validate and
raise ValidationError naming the field, so a bad row never reaches a calculation.

Sources: MCA 《最低生活保障审核确认办法》(2021) art. 13 for what income counts;
《特困人员认定办法》(2021) for work capacity and self-care; 《浙江省社会救助条例》
art. 50 for the new-employment disregard (see DOMAIN.md, "Money").
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from .errors import ValidationError
from .money import share_fen
from .idnumber import age_on, parse as parse_id

# --- names --------------------------------------------------------------------------

# The longest member name accepted (the household register's own field is shorter;
# minority names in transliteration with "·" fit). Longer is refused, never cut.
NAME_MAX = 30

# --- relations to the household head ------------------------------------------------

HEAD = "self"
RELATIONS: dict[str, str] = {
    "self": "户主",
    "spouse": "配偶",
    "child": "子女",
    "parent": "父母",
    "sibling": "兄弟姐妹",
    "grandparent": "祖父母",
    "grandchild": "孙子女",
    "other": "其他",
}
# "head" is what some forms and imports call the head's own row.
_RELATION_ALIASES = {"head": HEAD}

# --- disability ---------------------------------------------------------------------

DISABILITY_TYPES: dict[str, str] = {
    "visual": "视力",
    "hearing": "听力",
    "speech": "言语",
    "physical": "肢体",
    "intellectual": "智力",
    "mental": "精神",
    "multiple": "多重",
}
DISABILITY_GRADES: dict[int, str] = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}

# The most severe grade (1 is most severe) at which each type means no work
# capacity (特困人员认定办法 art. 7). "multiple" is not listed there: the
# caseworker records the component disability that qualifies.
_INCAPACITATING_GRADE: dict[str, int] = {
    "intellectual": 3,
    "mental": 3,
    "physical": 2,
    "visual": 1,
}

# --- self-care ----------------------------------------------------------------------

SELFCARE_ITEMS: dict[str, str] = {
    "eating": "自主吃饭",
    "dressing": "自主穿衣",
    "bed_transfer": "自主上下床",
    "toileting": "自主如厕",
    "walking_indoors": "室内自主行走",
    "bathing": "自主洗澡",
}
SELFCARE_LEVELS: dict[str, str] = {
    "self": "具备生活自理能力",
    "partial": "部分丧失生活自理能力",
    "lost": "完全丧失生活自理能力",
}

# --- income -------------------------------------------------------------------------

COUNTED_INCOME: dict[str, str] = {
    "wage": "工资性收入",
    "business_net": "经营净收入",
    "property_net": "财产净收入",
    "transfer_net": "转移净收入",
}
# MCA 2021 art. 13: not counted as household income. 见义勇为 awards and government
# rewards and honours are listed there too ("见义勇为等奖励性补助"); 高龄津贴 and the
# disability allowances (残疾人两项补贴) are welfare allowances, not income
# (特困人员认定办法 2021 art. 9 for tekun; the same for dibao under art. 13).
EXCLUDED_INCOME: dict[str, str] = {
    "special_care": "优抚对象抚恤补助",
    "family_planning": "计划生育奖励与扶助",
    "scholarship": "奖学金/助学金",
    "social_assistance": "社会救助金",
    "basic_pension": "城乡居民基础养老金",
    "heroic_award": "见义勇为等奖励性补助",
    "government_reward": "政府颁发的奖励和表彰奖金",
    "elderly_allowance": "高龄津贴",
    "disability_allowance": "残疾人生活补贴和重度残疾人护理补贴",
}
# 支出型贫困: rigid medical and education costs the household bears itself (after
# insurance and other aid), per month. Deducted from income only where the county's
# setting allows it (浙江省 支出型贫困家庭救助; see benefit.CoverageRules).
RIGID_EXPENSES: dict[str, str] = {
    "rigid_medical": "刚性医疗支出（自付部分）",
    "rigid_education": "刚性教育支出",
}
INCOME_CATEGORIES: dict[str, str] = {**COUNTED_INCOME, **EXCLUDED_INCOME, **RIGID_EXPENSES}
# Categories the city adds to the exclusions are reference data named "city.<code>"
# (benefit.CoverageRules.extra_exclusions); an item may carry such a code.
CITY_CATEGORY_PREFIX = "city."
# Categories that can be income "from new employment" (Zhejiang art. 50).
EMPLOYMENT_INCOME = frozenset({"wage", "business_net"})

# Zhejiang art. 50 defaults; the months are a county setting (6-12).
DISREGARD_MONTHS = 12
DISREGARD_CAP_MULTIPLE = 3

# --- assets and housing -------------------------------------------------------------

ASSET_KINDS: dict[str, str] = {
    "deposit": "银行存款",
    "securities": "有价证券",
    "insurance": "商业保险",
    "vehicle": "机动车辆",
    "machinery": "大型农机具",
    "livestock": "牲畜",
    "real_estate": "非自住房产",
    "business": "经营性资产",
    "other": "其他",
}
HOUSING_TYPES: dict[str, str] = {
    "owned": "自有住房",
    "rented": "租赁住房",
    "public_rental": "公租房",
    "borrowed": "借住",
    "dilapidated": "危旧房",
    "none": "无房",
    "other": "其他",
}


def _require_fen(value, field_name: str) -> int:
    # Money is integer fen; anything else is a programming error, not user input.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field_name} must be integer fen, got {type(value).__name__}")
    return value


def selfcare_level(failed_items: Iterable[str]) -> str:
    """'self', 'partial' or 'lost' from the self-care items the person cannot do.

    0 failed = self-care; 1-3 = partly lost; 4 or more = fully lost
    (特困人员认定办法 art. 8). Repeated items count once.
    """
    if isinstance(failed_items, str):
        failed_items = [failed_items]
    failed = set(failed_items)
    unknown = sorted(failed - SELFCARE_ITEMS.keys())
    if unknown:
        raise ValidationError("selfcare.item", f"unknown self-care item {unknown[0]!r}",
                              field="selfcare_failed", item=unknown[0])
    if not failed:
        return "self"
    return "partial" if len(failed) <= 3 else "lost"


@dataclass
class Member:
    name: str
    relation: str
    birth_date: date | None = None      # taken from id_number when not given
    sex: str | None = None              # 'M' / 'F'; taken from id_number when not given
    id_number: str | None = None
    disability_type: str | None = None
    disability_grade: int | None = None
    selfcare_failed: frozenset[str] = frozenset()
    covered: bool = True                # counted among the members the benefit is paid for
    member_id: str | None = None

    def __post_init__(self):
        self.name = (self.name or "").strip()
        if not self.name:
            raise ValidationError("member.name", "a member needs a name", field="name")
        if len(self.name) > NAME_MAX:
            raise ValidationError("member.name_too_long", f"a name has at most {NAME_MAX} characters",
                                  field="name", limit=NAME_MAX, length=len(self.name))
        self.relation = _RELATION_ALIASES.get(self.relation, self.relation)
        if self.relation not in RELATIONS:
            raise ValidationError("member.relation", f"unknown relation {self.relation!r}",
                                  field="relation", relation=self.relation)
        if self.id_number:
            # date.max: whether a birth is "in the future" is the input form's check;
            # here only the number's own consistency matters.
            info = parse_id(self.id_number, today=date.max)
            self.id_number = info.number
            if self.birth_date is None:
                self.birth_date = info.birth_date
            elif self.birth_date != info.birth_date:
                raise ValidationError("member.birth_date", "birth date does not match the ID number",
                                      field="birth_date", birth=self.birth_date.isoformat(),
                                      id_birth=info.birth_date.isoformat())
            if self.sex is None:
                self.sex = info.sex
            elif self.sex != info.sex:
                raise ValidationError("member.sex", "sex does not match the ID number", field="sex")
        if self.birth_date is None:
            raise ValidationError("member.birth_date", "a member needs a birth date or an ID number",
                                  field="birth_date")
        if self.sex not in (None, "M", "F"):
            raise ValidationError("member.sex", f"sex must be M or F, got {self.sex!r}", field="sex")
        if self.disability_type is not None and self.disability_type not in DISABILITY_TYPES:
            raise ValidationError("disability.type", f"unknown disability type {self.disability_type!r}",
                                  field="disability_type", type=self.disability_type)
        if self.disability_grade is not None and (
                isinstance(self.disability_grade, bool) or self.disability_grade not in DISABILITY_GRADES):
            raise ValidationError("disability.grade", f"disability grade must be 1-4, got {self.disability_grade!r}",
                                  field="disability_grade", grade=self.disability_grade)
        if (self.disability_type is None) != (self.disability_grade is None):
            missing = "disability_grade" if self.disability_grade is None else "disability_type"
            raise ValidationError("disability.incomplete", "a disability needs both its type and its grade",
                                  field=missing)
        self.selfcare_failed = frozenset(self.selfcare_failed)
        selfcare_level(self.selfcare_failed)

    @property
    def relation_label(self) -> str:
        return RELATIONS[self.relation]

    @property
    def selfcare_level(self) -> str:
        return selfcare_level(self.selfcare_failed)

    def age_on(self, day: date) -> int:
        return age_on(self.birth_date, day)


def work_incapacity_reason(member: Member, on_date: date) -> str | None:
    """Why the member has no work capacity, or None if they have it.

    'age.60plus', 'age.under16' or 'disability' (特困人员认定办法 art. 7; DOMAIN.md).
    """
    age = member.age_on(on_date)
    if age >= 60:
        return "age.60plus"
    if age < 16:
        return "age.under16"
    worst = _INCAPACITATING_GRADE.get(member.disability_type or "")
    if worst is not None and member.disability_grade <= worst:
        return "disability"
    return None


def has_work_capacity(member: Member, on_date: date) -> bool:
    return work_incapacity_reason(member, on_date) is None


@dataclass
class IncomeItem:
    category: str
    monthly_fen: int
    member_id: str | None = None
    employment_start: date | None = None    # set for income from new employment (art. 50)
    note: str = ""

    def __post_init__(self):
        if self.category not in INCOME_CATEGORIES and not (
                self.category.startswith(CITY_CATEGORY_PREFIX) and len(self.category) > len(CITY_CATEGORY_PREFIX)):
            raise ValidationError("income.category", f"unknown income category {self.category!r}",
                                  field="category", category=self.category)
        _require_fen(self.monthly_fen, "monthly_fen")
        if self.monthly_fen < 0:
            raise ValidationError("income.negative", "monthly income must not be negative",
                                  field="monthly_fen", value=self.monthly_fen)
        if self.employment_start is not None and self.category not in EMPLOYMENT_INCOME:
            raise ValidationError("income.employment_category",
                                  "only wage or business income can come from new employment",
                                  field="employment_start", category=self.category)

    @property
    def label(self) -> str:
        return INCOME_CATEGORIES.get(self.category, self.category)

    @property
    def counted(self) -> bool:
        return self.category in COUNTED_INCOME

    @property
    def rigid_expense(self) -> bool:
        return self.category in RIGID_EXPENSES


@dataclass
class Asset:
    kind: str
    value_fen: int
    description: str = ""
    owner_id: str | None = None

    def __post_init__(self):
        if self.kind not in ASSET_KINDS:
            raise ValidationError("asset.kind", f"unknown asset kind {self.kind!r}",
                                  field="kind", kind=self.kind)
        _require_fen(self.value_fen, "value_fen")
        if self.value_fen < 0:
            raise ValidationError("asset.negative", "asset value must not be negative",
                                  field="value_fen", value=self.value_fen)

    @property
    def label(self) -> str:
        return ASSET_KINDS[self.kind]


@dataclass
class HouseholdFacts:
    """What the rules look at: members, incomes and assets as values (the stored record is
    store.models.Household; what a notice prints is notices.model.HouseholdSection)."""
    members: list[Member] = field(default_factory=list)
    incomes: list[IncomeItem] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    housing_type: str | None = None
    housing_area_m2: Decimal | None = None
    household_id: str | None = None

    def __post_init__(self):
        self.members = list(self.members)
        self.incomes = list(self.incomes)
        self.assets = list(self.assets)
        if self.housing_area_m2 is not None and not isinstance(self.housing_area_m2, Decimal):
            try:
                self.housing_area_m2 = Decimal(str(self.housing_area_m2))
            except InvalidOperation:
                raise ValidationError("housing.area", f"{self.housing_area_m2!r} is not an area",
                                      field="housing_area_m2") from None
        self.validate()

    def validate(self) -> None:
        """Checks across rows; run again after editing the lists in place."""
        heads = [m for m in self.members if m.relation == HEAD]
        if len(heads) > 1:
            raise ValidationError("household.head", "a household has only one head",
                                  field="relation", count=len(heads))
        ids = {m.member_id for m in self.members if m.member_id}
        for item in self.incomes:
            if item.member_id is not None and item.member_id not in ids:
                raise ValidationError("income.member", f"income belongs to unknown member {item.member_id!r}",
                                      field="member_id", member_id=item.member_id)
        if self.housing_type is not None and self.housing_type not in HOUSING_TYPES:
            raise ValidationError("housing.type", f"unknown housing type {self.housing_type!r}",
                                  field="housing_type", type=self.housing_type)
        if self.housing_area_m2 is not None and (
                not self.housing_area_m2.is_finite() or self.housing_area_m2 < 0):
            raise ValidationError("housing.area", "housing area must not be negative",
                                  field="housing_area_m2", value=self.housing_area_m2)

    @property
    def head(self) -> Member | None:
        return next((m for m in self.members if m.relation == HEAD), None)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def covered_count(self) -> int:
        return sum(1 for m in self.members if m.covered)

    def member(self, member_id: str) -> Member:
        for m in self.members:
            if m.member_id == member_id:
                return m
        raise ValidationError("member.unknown", f"no member {member_id!r} in this household",
                              field="member_id", member_id=member_id)

    @property
    def assets_total_fen(self) -> int:
        return sum(a.value_fen for a in self.assets)


# --- per-capita income ------------------------------------------------------------------

COUNTED = "counted"
EXCLUDED = "excluded"
DISREGARDED = "disregarded"     # new-employment income, wholly or partly left out
DEDUCTED = "deducted"           # a rigid expense taken off the household income
NOT_DEDUCTED = "not_deducted"   # a rigid expense the county's rules do not deduct


@dataclass(frozen=True)
class IncomeLine:
    item: IncomeItem
    treatment: str               # COUNTED / EXCLUDED / DISREGARDED
    counted_fen: int             # what enters the household total
    disregarded_fen: int = 0     # new-employment amount left out
    disregard_until: date | None = None   # last day of the disregard period

    @property
    def label(self) -> str:
        return self.item.label


@dataclass(frozen=True)
class IncomeBreakdown:
    """How the per-capita figure was reached, line by line, for the caseworker."""
    persons: int
    total_fen: int               # counted monthly household income
    per_capita_fen: int          # total_fen / persons, to the nearest fen (money.share_fen)
    lines: tuple[IncomeLine, ...]

    @property
    def counted(self) -> list[IncomeLine]:
        return [ln for ln in self.lines if ln.treatment in (COUNTED, DISREGARDED) and ln.counted_fen]

    @property
    def excluded(self) -> list[IncomeLine]:
        return [ln for ln in self.lines if ln.treatment == EXCLUDED]

    @property
    def disregarded(self) -> list[IncomeLine]:
        return [ln for ln in self.lines if ln.treatment == DISREGARDED]

    @property
    def excluded_fen(self) -> int:
        return sum(ln.item.monthly_fen for ln in self.excluded)

    @property
    def disregarded_fen(self) -> int:
        return sum(ln.disregarded_fen for ln in self.lines)

    @property
    def deducted_fen(self) -> int:
        return sum(ln.item.monthly_fen for ln in self.lines if ln.treatment == DEDUCTED)


def add_months(d: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def per_capita_monthly_income(household: HouseholdFacts, on_date: date, dibao_standard_fen: int, *,
                              disregard_months: int = DISREGARD_MONTHS,
                              disregard_cap_multiple: int = DISREGARD_CAP_MULTIPLE,
                              extra_exclusions: Iterable[str] = (),
                              deduct_rigid_expenses: bool = False) -> IncomeBreakdown:
    """Counted monthly income divided by all household members, in fen.

    Excluded categories (MCA 2021 art. 13) are listed but not added. Income from
    new employment that started less than ``disregard_months`` months before
    ``on_date`` is left out up to ``disregard_cap_multiple`` x the dibao standard
    per member per month (Zhejiang art. 50); the rest of it counts.

    ``extra_exclusions`` are the city's own excluded categories ("city.<code>",
    reference data); an item with a city code the city does not exclude is refused,
    since nothing says what it is. Rigid medical and education expenses
    (支出型贫困) are taken off the counted total when ``deduct_rigid_expenses``
    (a county setting), never below zero; otherwise they are listed, not deducted.

    The per-capita figure is rounded down to the fen (integer division): it is
    at most 1 fen below the exact value, which errs toward the applicant.
    """
    extra_exclusions = frozenset(extra_exclusions)
    household.validate()
    _require_fen(dibao_standard_fen, "dibao_standard_fen")
    if not 0 <= disregard_months <= 12:
        raise ValidationError("income.disregard_months", "the disregard period is 0-12 months",
                              field="disregard_months", value=disregard_months)
    persons = household.size
    if persons == 0:
        raise ValidationError("household.empty", "the household has no members", field="members")

    cap = disregard_cap_multiple * dibao_standard_fen
    cap_left: dict[object, int] = {}
    lines: list[IncomeLine] = []
    for item in household.incomes:
        if item.rigid_expense:
            lines.append(IncomeLine(item, DEDUCTED if deduct_rigid_expenses else NOT_DEDUCTED, 0))
            continue
        if item.category.startswith(CITY_CATEGORY_PREFIX) and item.category not in extra_exclusions:
            raise ValidationError("income.city_category",
                                  f"{item.category!r} is not among the city's excluded categories",
                                  field="category", category=item.category)
        if not item.counted:
            lines.append(IncomeLine(item, EXCLUDED, 0))
            continue
        if item.employment_start is not None and disregard_months:
            if item.employment_start > on_date:
                raise ValidationError("income.employment_start",
                                      "new employment starts after the assessment date",
                                      field="employment_start",
                                      start=item.employment_start.isoformat(), day=on_date.isoformat())
            end = add_months(item.employment_start, disregard_months)
            if on_date < end:
                # The cap is per person: two new jobs of one member share it.
                key = item.member_id if item.member_id is not None else id(item)
                left = cap_left.setdefault(key, cap)
                off = min(item.monthly_fen, left)
                cap_left[key] = left - off
                lines.append(IncomeLine(item, DISREGARDED, item.monthly_fen - off, off,
                                        end - timedelta(days=1)))
                continue
        lines.append(IncomeLine(item, COUNTED, item.monthly_fen))

    total = sum(ln.counted_fen for ln in lines)
    deducted = sum(ln.item.monthly_fen for ln in lines if ln.treatment == DEDUCTED)
    total = max(0, total - deducted)
    return IncomeBreakdown(persons=persons, total_fen=total, per_capita_fen=share_fen(total, persons),
                           lines=tuple(lines))
