"""The statutory monthly statistics (月报) and their built-in sum checks.

Per assistance type and per unit (village at a township, township at a county):
households and persons, persons by category, households added and exited in
the month, the households of the month before, and the amount paid. The
checks are the ones an office's form has: persons = the sum of the
categories; the units add up to the total; last month + additions − exits =
this month.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from .idnumber import age_on

CATEGORIES = {"elderly": "老年人", "minor": "未成年人", "disabled": "残疾人", "other": "其他"}
REPORT_TYPES = ("dibao", "dibian", "tekun", "ertong", "linshi")


def person_category(birth: date, disabled: bool, on: date) -> str:
    """One category per person (the form's columns are exclusive): age first."""
    age = age_on(birth, on)
    if age >= 60:
        return "elderly"
    if age < 18:
        return "minor"
    if disabled:
        return "disabled"
    return "other"


@dataclass
class Figures:
    households: int = 0
    persons: int = 0
    elderly: int = 0
    minor: int = 0
    disabled: int = 0
    other: int = 0
    added: int = 0
    exited: int = 0
    previous: int = 0              # households of the month before
    amount_fen: int = 0            # paid through the month's approved rolls

    def add(self, other: "Figures") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: dict) -> "Figures":
        return cls(**{f.name: int(d.get(f.name, 0)) for f in fields(cls)})


@dataclass
class TypeReport:
    type: str
    units: dict[str, Figures] = field(default_factory=dict)   # unit code -> figures
    total: Figures = field(default_factory=Figures)


@dataclass(frozen=True)
class CheckResult:
    rule: str          # code
    type: str
    unit: str
    expected: int
    actual: int
    text: str


def check_report(types: list[TypeReport]) -> list[CheckResult]:
    """Every sum check that fails (an empty list: the report adds up)."""
    out = []
    for t in types:
        summed = Figures()
        for code, f in t.units.items():
            summed.add(f)
            out += _row_checks(t.type, code, f)
        out += _row_checks(t.type, "total", t.total)
        for name, value in summed.as_dict().items():
            if value != getattr(t.total, name):
                out.append(CheckResult("units_sum", t.type, "total", value, getattr(t.total, name),
                                       f"{name}: 各单位合计 {value} ≠ 总计 {getattr(t.total, name)}"))
    return out


def _row_checks(typ: str, unit: str, f: Figures) -> list[CheckResult]:
    out = []
    cats = f.elderly + f.minor + f.disabled + f.other
    if cats != f.persons:
        out.append(CheckResult("persons_by_category", typ, unit, f.persons, cats,
                               f"人数 {f.persons} ≠ 分类人数之和 {cats}"))
    flow = f.previous + f.added - f.exited
    if flow != f.households:
        out.append(CheckResult("household_flow", typ, unit, f.households, flow,
                               f"上月户数 {f.previous} + 新增 {f.added} − 退出 {f.exited} = {flow} ≠ "
                               f"本月户数 {f.households}"))
    return out
