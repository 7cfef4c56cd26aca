"""信息核对: the household economic-status data cross-check as a step of the procedure.

Sources (DOMAIN.md "The procedure" and "More rules of the procedure"):
- 《社会救助暂行办法》(2014, rev. 2019) and the MCA 《最低生活保障审核确认办法》(2021):
  with the applicant's and the members' signed authorisation (授权书), the household's
  income and property are checked with the departments that hold the data; the
  township (乡镇人民政府/街道办事处) requests the check, the county's civil-affairs
  bureau (its 核对机构) runs it and starts within 3 working days of the request.
- 《浙江省社会救助条例》(2014, rev. 2020): the check covers household registration,
  tax, social insurance, real estate, business registration, housing fund,
  vehicles, deposits, securities and commercial insurance.
- DOMAIN.md: a notice may say the check was made ("经家庭经济状况信息核对") only when
  its result is on file; hence the 初审 needs a recorded result, and a finding can
  make the case ineligible with a reason the refusal prints.

The rules here take plain values (no I/O): what a request needs, what a result
needs, and how the rows of a result file map onto findings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import idnumber
from .errors import ValidationError, WorkflowError

# The sources the check covers, in the order the platform's report lists them.
SOURCES: dict[str, str] = {
    "hukou": "户籍",
    "tax": "税务",
    "social_insurance": "社会保险",
    "real_estate": "不动产",
    "business": "市场主体登记",
    "housing_fund": "住房公积金",
    "vehicle": "车辆",
    "deposit": "存款",
    "securities": "证券",
    "insurance": "商业保险",
}
# The names offices write in a result file, beside the ones above.
SOURCE_ALIASES: dict[str, str] = {
    "户口": "hukou", "户籍信息": "hukou", "税务信息": "tax", "纳税": "tax", "社保": "social_insurance",
    "社保信息": "social_insurance", "不动产登记": "real_estate", "房产": "real_estate",
    "工商": "business", "工商登记": "business", "市场主体": "business", "公积金": "housing_fund",
    "车辆信息": "vehicle", "机动车": "vehicle", "银行存款": "deposit", "存款信息": "deposit",
    "证券信息": "securities", "保险": "insurance", "商业保险信息": "insurance",
}

CLEAR = "clear"              # 核对未发现不符合条件的情况
INELIGIBLE = "ineligible"    # 核对发现不符合条件的情况
OUTCOMES = {CLEAR: "未发现不符合条件的情况", INELIGIBLE: "发现不符合条件的情况"}

# Refusal reasons a finding can give (their wording is in domain.codes.REASONS).
INELIGIBLE_REASONS = ("crosscheck_income", "crosscheck_property", "crosscheck_business",
                      "crosscheck_vehicle")

# The means-tested types whose 初审 rests on the check (社会救助暂行办法: 低保, 特困, 临时救助;
# the near-dibao household is identified by the same income and property test).
CHECKED_TYPES = frozenset({"dibao", "dibian", "tekun", "linshi"})
# A request is made while the township investigates, before its 初审.
REQUEST_STATES = frozenset({"accepted", "investigating", "investigated"})

# The county's 核对机构 starts within 3 working days of the request (DOMAIN.md).
START_WORKING_DAYS = 3

MAX_DETAIL = 500


@dataclass(frozen=True)
class Finding:
    """What one source returned, for the household or for one person (``id_number``)."""
    source: str
    found: bool                  # the source holds a record (有记录)
    detail: str = ""             # what it holds: "小型客车1辆（浙K·12345）", "存款8.2万元"
    checked_on: date | None = None
    id_number: str = ""          # "" for the household as a whole


def check_request(authorised_by: str, authorised_on, *, accepted_on: date | None, today: date) -> None:
    """A request needs the signed authorisation: who signed it and on which day."""
    if not str(authorised_by or "").strip():
        raise ValidationError("crosscheck.signer", "name who signed the authorisation",
                              field="authorised_by")
    if not isinstance(authorised_on, date):
        raise ValidationError("crosscheck.authorised_on", "give the day the authorisation was signed",
                              field="authorised_on")
    if authorised_on > today:
        raise ValidationError("crosscheck.future", "the authorisation date is in the future",
                              field="authorised_on")


def check_result(findings: list[Finding], outcome: str, reason: str | None, *,
                 requested_on: date, today: date, id_numbers: frozenset[str] = frozenset()) -> None:
    """A result covers every source (``covers``), each with the day it was checked (not before the
    request, not after today); an ineligible result gives its reason."""
    if outcome not in OUTCOMES:
        raise ValidationError("crosscheck.outcome", "say whether the check found the household ineligible",
                              field="outcome")
    for i, f in enumerate(findings):
        where = f"findings[{i}]"
        if f.source not in SOURCES:
            raise ValidationError("crosscheck.source", f"unknown source {f.source!r}", field=where,
                                  source=f.source)
        if not isinstance(f.checked_on, date):
            raise ValidationError("crosscheck.checked_on", "give the day the source was checked",
                                  field=f"{where}.checked_on", source=SOURCES[f.source])
        if f.checked_on > today:
            raise ValidationError("crosscheck.future", "the day checked is in the future",
                                  field=f"{where}.checked_on", source=SOURCES[f.source])
        if f.checked_on < requested_on:
            raise ValidationError("crosscheck.before_request", "the day checked is before the request",
                                  field=f"{where}.checked_on", source=SOURCES[f.source],
                                  requested_on=requested_on)
        if f.found and not f.detail.strip():
            raise ValidationError("crosscheck.detail", "say what the source holds",
                                  field=f"{where}.detail", source=SOURCES[f.source])
        if len(f.detail) > MAX_DETAIL:
            raise ValidationError("crosscheck.detail_long", f"at most {MAX_DETAIL} characters",
                                  field=f"{where}.detail", source=SOURCES[f.source])
        if f.id_number and id_numbers and f.id_number not in id_numbers:
            raise ValidationError("crosscheck.person", "this person is not in the request",
                                  field=f"{where}.id_number", id_number=idnumber.mask(f.id_number))
    missing = [SOURCES[s] for s in SOURCES if not covers(findings, s, id_numbers)]
    if missing:
        raise ValidationError("crosscheck.sources_missing",
                              f"the result has no answer from: {'、'.join(missing)}",
                              field="findings", sources="、".join(missing))
    if outcome == INELIGIBLE and reason not in INELIGIBLE_REASONS:
        raise ValidationError("crosscheck.reason", "an ineligible finding gives its reason", field="reason")
    if outcome == CLEAR and reason:
        raise ValidationError("crosscheck.reason_clear", "a clear result gives no refusal reason",
                              field="reason")


def covers(findings: list[Finding], source: str, id_numbers: frozenset[str] = frozenset()) -> bool:
    """A source is answered for the household as a whole, or for every person asked about."""
    of_source = [f for f in findings if f.source == source]
    if any(not f.id_number for f in of_source):
        return True
    return bool(of_source) and id_numbers <= {f.id_number for f in of_source}


def review_allowed(result_outcome: str | None, recommend: bool) -> None:
    """The 初审 rests on a recorded result, and cannot recommend a household the check
    found ineligible."""
    if result_outcome is None:
        raise WorkflowError("review.no_crosscheck",
                            "the preliminary review needs the recorded result of the data cross-check",
                            field="crosscheck")
    if result_outcome == INELIGIBLE and recommend:
        raise WorkflowError("review.crosscheck_ineligible",
                            "the data cross-check found the household ineligible: the review cannot "
                            "recommend approval", field="recommend")


def source_code(text: str) -> str | None:
    """The source a result file names, by code, official name or a usual variant."""
    t = str(text or "").strip()
    if t in SOURCES:
        return t
    by_name = {v: k for k, v in SOURCES.items()}
    return by_name.get(t) or SOURCE_ALIASES.get(t)


FOUND_WORDS = {"有": True, "有记录": True, "是": True, "无": False, "无记录": False, "否": False}


def found_value(text) -> bool | None:
    return FOUND_WORDS.get(str(text or "").strip())


def summary_zh(findings: list[Finding], outcome: str) -> str:
    """One line per source that holds a record, then the conclusion (as the report reads)."""
    lines = [f"{SOURCES.get(f.source, f.source)}：{f.detail}" for f in findings if f.found]
    return "；".join(lines + [f"核对结论：{OUTCOMES.get(outcome, outcome)}"])


def request_number(site_code: str, year: int, seq: int) -> str:
    """核对申请编号 as the office writes it: site, year, yearly sequence."""
    return f"HD{site_code}-{year}-{seq:04d}"
