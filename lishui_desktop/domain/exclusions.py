"""Assistance that must not be paid twice: combinations that exclude each other for the same
person, and temporary aid for the same cause within 12 months. Flagged at the 初审 with the
earlier case named; the reviewer decides (a flag never refuses on its own).

Each rule is data with its source. Where the source is a national or provincial text the
rule follows it; a county may apply a stricter local rule (reference data, later).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ACTIVE_STATES = frozenset({"approved"})
OPEN_STATES = frozenset({"submitted", "materials_missing", "accepted", "investigating",
                         "investigated", "reviewed", "publicizing", "publicized",
                         "awaiting_decision"})


@dataclass(frozen=True)
class ExclusiveRule:
    types: frozenset[str]
    code: str
    text_zh: str
    source: str


EXCLUSIVE: tuple[ExclusiveRule, ...] = (
    ExclusiveRule(frozenset({"tekun", "dibao"}), "exclusive.tekun_dibao",
                  "特困人员救助供养与最低生活保障不得同时享受",
                  "《特困人员认定办法》（民发〔2021〕43号）：纳入特困供养的人员不再同时享受最低"
                  "生活保障（条款号待核）"),
    ExclusiveRule(frozenset({"tekun", "ertong"}), "exclusive.tekun_ertong",
                  "特困人员救助供养与孤儿、事实无人抚养儿童基本生活保障不得重复享受",
                  "《关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）：已纳入特困"
                  "人员救助供养的，不重复享受"),
    ExclusiveRule(frozenset({"dibao", "dibian"}), "exclusive.dibao_dibian",
                  "低保家庭与低保边缘家庭不能同时认定",
                  "《浙江省社会救助条例》第十三条：低保边缘家庭是不符合最低生活保障条件的家庭"),
)

TEMPORARY_REPEAT_MONTHS = 12
TEMPORARY_REPEAT_SOURCE = ("《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）及浙江各县"
                           "临时救助实施办法：同一对象因同一事由原则上一年内不重复救助"
                           "（县级可另行规定，待各县确认）")


@dataclass(frozen=True)
class OtherCase:
    """A case of any household the applicant's members belong to (this site's records)."""
    application_id: str
    type: str
    state: str
    person_name: str            # the member the two cases share
    head_name: str
    township_code: str
    start_month: str | None
    submitted_on: date | None
    decided_on: date | None
    cause: str                  # the household's hardship cause as recorded


@dataclass(frozen=True)
class Flag:
    code: str
    text_zh: str
    source: str
    other: OtherCase

    def as_dict(self) -> dict:
        o = self.other
        return {"code": self.code, "text": self.text_zh, "source": self.source,
                "application_id": o.application_id, "type": o.type, "state": o.state,
                "person": o.person_name, "head_name": o.head_name,
                "township_code": o.township_code, "start_month": o.start_month}


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)


def flags(app_type: str, cause: str, on: date, others: list[OtherCase]) -> list[Flag]:
    out = []
    for o in others:
        if o.state in ACTIVE_STATES or o.state in OPEN_STATES:
            for rule in EXCLUSIVE:
                if {app_type, o.type} == set(rule.types):
                    out.append(Flag(rule.code, rule.text_zh, rule.source, o))
        if app_type == "linshi" and o.type == "linshi" and o.state == "approved":
            when = o.decided_on or o.submitted_on
            if when and _months_between(when, on) < TEMPORARY_REPEAT_MONTHS and \
                    cause.strip() and cause.strip() == o.cause.strip():
                out.append(Flag("repeat.linshi_same_cause",
                                f"12个月内已因同一事由（{cause.strip()}）获临时救助",
                                TEMPORARY_REPEAT_SOURCE, o))
    return out
