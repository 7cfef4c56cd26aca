"""The field rules of every record payload on the wire, one model per entity.

The city server checks each pushed record with ``payload_problem`` and answers
``refused`` naming the field when it fails, so a bad record never reaches the
database or another site, and never stops the rest of its batch. The rules are
the desktop domain's own (``lishui_desktop.domain``): GB 11643 ID numbers and
their birth date and sex, relations, disabilities, income categories, asset
kinds, money as non-negative integer fen; plus what any text must be: of
bounded length, free of control characters, bidirectional-override characters
and unpaired surrogates (which render a name or an amount misleadingly, or
cannot be stored at all).

Fields not named here still pass the generic checks (text, depth, size), so
a newer desktop's extra column is kept, not lost; a test checks that every
synced column of the desktop models is named here.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt,
                      StrictStr, ValidationError, model_validator)

from lishui_desktop.domain import crosscheck as dom_crosscheck
from lishui_desktop.domain import household as dom
from lishui_desktop.domain import idnumber
from lishui_desktop.domain import payroll as dom_payroll
from lishui_desktop.domain import review as dom_review
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES as _TYPES
from lishui_desktop.domain.errors import DomainError

APPLICATION_STATES = ("submitted", "materials_missing", "not_accepted", "accepted",
                      "investigating", "investigated", "reviewed", "publicizing", "publicized",
                      "awaiting_decision", "approved", "refused", "stopped", "withdrawn")
# "paid_first": a township's 先行救助 of urgent temporary aid (domain.urgent_aid).
DECISION_OUTCOMES = ("approved", "refused", "returned", "raised", "reduced", "stopped", "paid_first")

DATE_MIN, DATE_MAX = date(1870, 1, 1), date(2099, 12, 31)
MAX_FEN = 10**12                 # ten billion yuan: far above any assistance amount
MAX_DEPTH = 12                   # nesting of free-form JSON (findings, notice content)
MAX_PAYLOAD_CHARS = 1_000_000    # a notice's printed content is the largest payload
MAX_FREE_TEXT = 20_000           # an unnamed text field
MAX_ITEMS = 500                  # entries of any list

# Bidirectional controls (embeddings, overrides, isolates, marks): they reorder
# what is shown, so "张三 ‮0021" can display as an amount it is not.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MULTILINE_OK = frozenset("\n\t")
_BAD_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff\ufffe\uffff]")


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` is not acceptable text, or None."""
    for m in _BAD_TEXT.finditer(value):
        ch = m.group()
        if multiline and ch in _MULTILINE_OK or multiline and ch == "\r":
            continue
        pos = m.start()
        code = f"U+{ord(ch):04X}"
        if "\ud800" <= ch <= "\udfff":
            return f"contains an unpaired surrogate ({code}) at character {pos}"
        if ch in _BIDI:
            return f"contains a bidirectional control character ({code}) at character {pos}"
        if ch in ("\ufffe", "\uffff"):
            return f"contains a non-character ({code}) at character {pos}"
        return f"contains a control character ({code}) at character {pos}"
    return None


def _text(max_len: int, *, multiline: bool = False, required: bool = False):
    def check(v: str) -> str:
        if len(v) > max_len:
            raise ValueError(f"is {len(v)} characters long; at most {max_len} are allowed")
        why = text_problem(v, multiline=multiline)
        if why:
            raise ValueError(why)
        if required and not v.strip():
            raise ValueError("must not be empty")
        return v
    return AfterValidator(check)


def _in(choices, what: str):
    allowed = tuple(choices)

    def check(v: str) -> str:
        if v not in allowed:
            shown = ", ".join(allowed[:12]) + (" ..." if len(allowed) > 12 else "")
            raise ValueError(f"{v[:40]!r} is not a known {what} ({shown})")
        return v
    return AfterValidator(check)


def _iso_date(v: str) -> str:
    try:
        d = date.fromisoformat(v)
    except ValueError:
        raise ValueError(f"{v[:40]!r} is not a date like 2026-01-31") from None
    if len(v) != 10:
        raise ValueError(f"{v[:40]!r} is not a date like 2026-01-31")
    if not DATE_MIN <= d <= DATE_MAX:
        raise ValueError(f"{v} is outside {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}")
    return v


def _iso_datetime(v: str) -> str:
    try:
        t = datetime.fromisoformat(v)
    except ValueError:
        raise ValueError(f"{v[:40]!r} is not a date and time like 2026-01-31T09:30:00") from None
    if len(v) > 40 or not DATE_MIN <= t.date() <= DATE_MAX:
        raise ValueError(f"{v[:40]} is outside {DATE_MIN.year}..{DATE_MAX.year}")
    return v


def _tomorrow() -> date:
    # A day's slack: the desktop's clock and time zone are not the server's.
    return date.today() + timedelta(days=1)


def _not_future(v: str | None) -> str | None:
    if v is not None and date.fromisoformat(v) > _tomorrow():
        raise ValueError(f"{v} is in the future")
    return v


Line = Annotated[StrictStr, _text(200)]
Name = Annotated[StrictStr, _text(64, required=True)]
OptName = Annotated[StrictStr, _text(64)]
User = Annotated[StrictStr, _text(64)]
LongText = Annotated[StrictStr, _text(20_000, multiline=True)]
Reason = Annotated[StrictStr, _text(500, multiline=True)]
Phone = Annotated[StrictStr, Field(max_length=32, pattern=r"^[0-9+() -]*(转[0-9]{1,6})?$")]
RecordId = Annotated[StrictStr, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$")]
Code = Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9_.:-]{0,63}$")]
VillageCode = Annotated[StrictStr, Field(pattern=r"^[0-9]{12}$")]
TownshipCode = Annotated[StrictStr, Field(pattern=r"^[0-9]{9}$")]
CountyCode = Annotated[StrictStr, Field(pattern=r"^[0-9]{6}$")]
Sha256 = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
Month = Annotated[StrictStr, Field(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
IsoDate = Annotated[StrictStr, AfterValidator(_iso_date)]
PastDate = Annotated[StrictStr, AfterValidator(_iso_date), AfterValidator(_not_future)]
IsoDateTime = Annotated[StrictStr, AfterValidator(_iso_datetime)]
Fen = Annotated[StrictInt, Field(ge=0, le=MAX_FEN)]
Count = Annotated[StrictInt, Field(ge=0, le=1_000_000)]
AssistanceType = Annotated[StrictStr, _in(_TYPES, "assistance type")]
State = Annotated[StrictStr, _in(APPLICATION_STATES, "application state")]
FreeJson = dict[StrictStr, Any]


def json_problem(value: Any, *, depth_limit: int = MAX_DEPTH) -> tuple[str, str] | None:
    """(path, reason) of the first value no payload may hold, or None: text that is not
    text (see ``text_problem``), nesting deeper than ``depth_limit``, lists longer than
    MAX_ITEMS, integers beyond 64 bits, numbers that are not finite."""
    stack: list[tuple[str, Any, int]] = [("", value, 0)]
    while stack:
        where, v, depth = stack.pop()
        if depth > depth_limit:
            return where, f"is nested more than {depth_limit} levels deep"
        if isinstance(v, str):
            if len(v) > MAX_PAYLOAD_CHARS:
                return where, f"is {len(v)} characters long"
            why = text_problem(v, multiline=True)
            if why:
                return where, why
        elif isinstance(v, bool) or v is None:
            continue
        elif isinstance(v, int):
            if abs(v) > 2**62:
                return where, "is an integer too large to store"
        elif isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                return where, "is not a finite number"
        elif isinstance(v, dict):
            for k, item in v.items():
                if not isinstance(k, str):
                    return where, "has a key that is not text"
                if len(k) > 100 or text_problem(k):
                    return where, f"has a key that is not plain text ({k[:20]!r})"
                stack.append((f"{where}.{k}" if where else k, item, depth + 1))
        elif isinstance(v, list):
            if len(v) > MAX_ITEMS:
                return where, f"has {len(v)} entries; at most {MAX_ITEMS} are allowed"
            for i, item in enumerate(v):
                stack.append((f"{where}[{i}]", item, depth + 1))
        else:
            return where, f"is not a JSON value ({type(v).__name__})"
    return None


class _Payload(BaseModel):
    # Unnamed fields pass through after the generic checks (a newer desktop's column).
    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)
    created_at: IsoDateTime | None = None
    created_by: User | None = None
    updated_at: IsoDateTime | None = None
    updated_by: User | None = None


class HouseholdPayload(_Payload):
    village_code: VillageCode | None = None
    address: Line = ""
    phone: Phone = ""
    head_name: OptName = ""
    member_count: Annotated[StrictInt, Field(ge=0, le=100)] = 0
    housing_type: Annotated[StrictStr, _in(("", *dom.HOUSING_TYPES), "housing type")] = ""
    housing_area_dm2: Count = 0
    hardship_cause: LongText = ""
    staff_relative: StrictBool = False
    staff_relative_note: Line = ""


def _domain(call):
    """Run a domain constructor; its ValidationError becomes one naming the field."""
    try:
        call()
    except DomainError as e:
        raise ValueError(f"{e.field or 'payload'}: {e.message}") from None


class MemberPayload(_Payload):
    household_id: RecordId
    seq: Annotated[StrictInt, Field(ge=0, le=1000)] = 0
    name: Name
    id_number: StrictStr = Field(max_length=18)
    relation: Annotated[StrictStr, _in(dom.RELATIONS, "relation")]
    sex: Literal["M", "F"]
    birth_date: PastDate
    phone: Phone = ""
    health: Line = ""
    disability_type: Annotated[StrictStr, _in(dom.DISABILITY_TYPES, "disability type")] | None = None
    disability_grade: Annotated[StrictInt, Field(ge=1, le=4)] | None = None
    selfcare_failed: list[Annotated[StrictStr, _in(dom.SELFCARE_ITEMS, "self-care item")]] = \
        Field(default_factory=list, max_length=len(dom.SELFCARE_ITEMS))
    occupation: Line = ""
    covered: StrictBool = True
    bank_name: Annotated[StrictStr, _text(64)] | None = None
    bank_account: Annotated[StrictStr, Field(pattern=r"^[0-9]{10,30}$")] | None = None
    left_on: PastDate | None = None          # moved out of the household on this day
    left_reason: Annotated[StrictStr, _text(200)] | None = None

    @model_validator(mode="after")
    def _as_the_domain_sees_it(self) -> "MemberPayload":
        try:
            idnumber.parse(self.id_number, today=_tomorrow())
        except DomainError as e:
            raise ValueError(f"id_number: {e.message}") from None
        _domain(lambda: dom.Member(
            name=self.name, relation=self.relation, id_number=self.id_number,
            birth_date=date.fromisoformat(self.birth_date), sex=self.sex,
            disability_type=self.disability_type, disability_grade=self.disability_grade,
            selfcare_failed=frozenset(self.selfcare_failed), covered=self.covered))
        return self


class IncomePayload(_Payload):
    household_id: RecordId
    member_id: RecordId | None = None
    category: StrictStr = Field(max_length=32)
    monthly_fen: Fen
    employment_start: IsoDate | None = None
    note: Line = ""

    @model_validator(mode="after")
    def _as_the_domain_sees_it(self) -> "IncomePayload":
        start = date.fromisoformat(self.employment_start) if self.employment_start else None
        _domain(lambda: dom.IncomeItem(category=self.category, monthly_fen=self.monthly_fen,
                                       member_id=self.member_id, employment_start=start))
        return self


class AssetPayload(_Payload):
    household_id: RecordId
    kind: StrictStr = Field(max_length=32)
    description: Line = ""
    quantity: Count = 1
    value_fen: Fen

    @model_validator(mode="after")
    def _as_the_domain_sees_it(self) -> "AssetPayload":
        _domain(lambda: dom.Asset(kind=self.kind, value_fen=self.value_fen))
        return self


class ApplicationPayload(_Payload):
    household_id: RecordId
    applicant_id: RecordId | None = None
    type: AssistanceType
    state: State
    township_code: TownshipCode
    county_code: CountyCode | None = None
    submitted_on: PastDate | None = None
    accepted_on: IsoDate | None = None
    handed_up_on: IsoDate | None = None
    notice_start: IsoDate | None = None
    notice_end: IsoDate | None = None
    extended: StrictBool = False
    requested_fen: Fen | None = None
    special_hardship: StrictBool = False
    missing_materials: list[Reason] = Field(default_factory=list, max_length=100)
    review_recommends: StrictBool | None = None
    proposed_fen: Fen | None = None
    explanation: LongText = ""
    amount_fen: Fen | None = None
    start_month: Month | None = None
    decided_on: IsoDate | None = None
    reasons: list[Reason] = Field(default_factory=list, max_length=100)
    involved: list[RecordId] = Field(default_factory=list, max_length=200)
    due_date: IsoDate | None = None
    assigned_to: RecordId | None = None
    next_review_on: IsoDate | None = None
    # The refusal's delivery (送达) and the reason of the extension to 45 working days.
    delivered_on: IsoDate | None = None
    delivery: FreeJson | None = None
    extension_reason: LongText | None = None
    migrated_from: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")] | None = None
    # 急难型临时救助 paid first by the township, and the completion of its paperwork.
    urgent: StrictBool = False
    paid_first_on: IsoDate | None = None
    completed_on: IsoDate | None = None
    completion: FreeJson | None = None

    @model_validator(mode="after")
    def _county_of_township(self) -> "ApplicationPayload":
        if self.county_code is not None and self.county_code != self.township_code[:6]:
            raise ValueError(f"county_code: {self.county_code} is not the county of "
                             f"township {self.township_code}")
        if self.paid_first_on is not None and not self.urgent:
            raise ValueError("paid_first_on: only an urgent (急难型) case is paid first")
        if self.completed_on is not None and (self.paid_first_on is None
                                              or self.completed_on < self.paid_first_on):
            raise ValueError("completed_on: the paperwork is completed after the pay-first")
        return self


class CaseEventPayload(_Payload):
    application_id: RecordId
    action: Code
    from_state: State
    to_state: State
    actor_name: OptName = ""
    at: IsoDateTime
    params: FreeJson = Field(default_factory=dict)


class VisitPayload(_Payload):
    application_id: RecordId
    visit_date: PastDate
    investigators: list[Name] = Field(default_factory=list, max_length=20)
    investigator_ids: list[RecordId] = Field(default_factory=list, max_length=20)
    by_county: StrictBool = False
    findings: FreeJson = Field(default_factory=dict)
    conclusion: LongText = ""


class AttachmentPayload(_Payload):
    application_id: RecordId | None = None
    visit_id: RecordId | None = None
    filename: Annotated[StrictStr, _text(200, required=True)]
    mime: Annotated[StrictStr, Field(max_length=100,
                                     pattern=r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$")] \
        = "application/octet-stream"
    size: Annotated[StrictInt, Field(ge=0, le=512 * 2**20)]
    sha256: Sha256

    @model_validator(mode="after")
    def _belongs_somewhere(self) -> "AttachmentPayload":
        if self.application_id is None and self.visit_id is None:
            raise ValueError("application_id: an attachment belongs to an application or a visit")
        if "/" in self.filename or "\\" in self.filename:
            raise ValueError("filename: a file name without folders")
        return self


class NoticePayload(_Payload):
    application_id: RecordId | None = None
    village_code: VillageCode | None = None
    kind: Code
    number: Annotated[StrictStr, _text(64)]
    content_hash: Sha256
    content: FreeJson = Field(default_factory=dict)
    copy_of: RecordId | None = None
    issued_on: IsoDate
    superseded_by: RecordId | None = None    # the 更正 that replaced this original
    correction_reason: Reason | None = None


class DecisionPayload(_Payload):
    application_id: RecordId
    township_code: TownshipCode
    type: AssistanceType
    outcome: Literal[DECISION_OUTCOMES]  # type: ignore[valid-type]
    amount_fen: Fen | None = None
    start_month: Month | None = None
    reasons: list[Reason] = Field(default_factory=list, max_length=100)
    decided_by: Name
    decided_at: IsoDateTime
    county_visit: FreeJson | None = None
    number: Annotated[StrictStr, _text(64)] | None = None   # the deciding body's document number

    @model_validator(mode="after")
    def _reasons_for_refusal(self) -> "DecisionPayload":
        if self.outcome not in ("approved", "paid_first") and not any(r.strip() for r in self.reasons):
            raise ValueError(f"reasons: a decision '{self.outcome}' must give its reasons")
        if self.outcome == "approved" and not self.start_month:
            raise ValueError("start_month: an approval needs start_month (YYYY-MM)")
        if self.outcome in ("approved", "raised", "reduced", "paid_first") and self.amount_fen is None:
            raise ValueError(f"amount_fen: a decision '{self.outcome}' needs amount_fen")
        if self.outcome in ("raised", "reduced", "stopped") and self.start_month:
            # A change takes effect at the latest the month after it was decided; an
            # earlier month pays back or recovers the months paid (domain.payroll).
            from lishui_desktop.domain.workflow import first_payment_month
            latest = first_payment_month(datetime.fromisoformat(self.decided_at).date())
            if self.start_month > latest:
                raise ValueError(f"start_month: a '{self.outcome}' decided on "
                                 f"{self.decided_at[:10]} takes effect by {latest} at the latest")
        return self


class ReviewPayload(_Payload):
    application_id: RecordId
    trigger: Annotated[StrictStr, _in(dom_review.TRIGGERS, "review trigger")]
    note: LongText = ""
    opened_on: IsoDate
    due_on: IsoDate
    state: Annotated[StrictStr, _in(("opened", "visited", "proposed", "decided"),
                                    "review state")]
    visit_date: PastDate | None = None
    investigators: list[Name] = Field(default_factory=list, max_length=20)
    findings: FreeJson = Field(default_factory=dict)
    conclusion: LongText = ""
    current_fen: Fen | None = None
    recalculated_fen: Fen | None = None
    explanation: LongText = ""
    proposal: Annotated[StrictStr, _in(dom_review.OUTCOMES, "review outcome")] | None = None
    proposed_fen: Fen | None = None
    outcome: Annotated[StrictStr, _in(dom_review.OUTCOMES, "review outcome")] | None = None
    amount_fen: Fen | None = None
    reasons: list[Reason] = Field(default_factory=list, max_length=100)
    decided_by: OptName | None = None
    decided_on: IsoDate | None = None
    decision_id: RecordId | None = None
    number: Annotated[StrictStr, Field(max_length=40)] | None = None


class BankAccountPayload(_Payload):
    household_id: RecordId
    member_id: RecordId | None = None
    bank_name: Name
    account_no: Annotated[StrictStr, Field(pattern=r"^[0-9]{10,30}$")]


class PayrollRollPayload(_Payload):
    township_code: TownshipCode
    month: Month
    type: AssistanceType
    state: Annotated[StrictStr, _in(("draft", "signed_off", "approved"), "roll state")]
    line_count: Annotated[StrictInt, Field(ge=0, le=10**7)]
    total_fen: Fen
    paid_fen: Fen = 0
    failed_fen: Fen = 0
    by_village: FreeJson = Field(default_factory=dict)
    lines_digest: Annotated[StrictStr, Field(pattern=r"^([0-9a-f]{64})?$")] = ""
    built_at: IsoDateTime | None = None
    signed_off_by: OptName | None = None
    signed_off_at: IsoDateTime | None = None
    approved_by: OptName | None = None
    approved_at: IsoDateTime | None = None
    returns_imported_at: IsoDateTime | None = None

    @model_validator(mode="after")
    def _sums(self) -> "PayrollRollPayload":
        if self.paid_fen + self.failed_fen > self.total_fen:
            raise ValueError("paid_fen: paid and failed together exceed the roll's total")
        return self


class PayrollApprovalPayload(_Payload):
    """The county's approval of a township's signed-off payment roll."""
    roll_id: RecordId
    township_code: TownshipCode
    month: Month
    type: AssistanceType
    total_fen: Fen
    lines_digest: Sha256
    approved_by: Name
    approved_at: IsoDateTime


class PayrollLinePayload(_Payload):
    """One payment of a township's roll (the county sends it to the bank: full ID
    number and account)."""
    roll_id: RecordId
    seq: Annotated[StrictInt, Field(ge=1, le=10**7)]
    application_id: RecordId
    household_id: RecordId
    village_code: Annotated[StrictStr, Field(pattern=r"^([0-9]{12})?$")] = ""
    name: Name
    id_number: Annotated[StrictStr, Field(max_length=18)] = ""
    persons: Annotated[StrictInt, Field(ge=1, le=100)] = 1
    bank_name: Annotated[StrictStr, _text(64)] = ""
    account_no: Annotated[StrictStr, Field(pattern=r"^([0-9]{10,30})?$")] = ""
    kind: Annotated[StrictStr, _in(dom_payroll.LINE_KINDS, "payment kind")]
    for_month: Month
    amount_fen: Annotated[StrictInt, Field(ge=-MAX_FEN, le=MAX_FEN)]
    status: Annotated[StrictStr, _in((dom_payroll.PENDING, dom_payroll.PAID, dom_payroll.FAILED),
                                     "payment status")] = dom_payroll.PENDING
    failure_reason: Annotated[StrictStr, _text(200)] = ""
    reissue_of: RecordId | None = None

    @model_validator(mode="after")
    def _as_the_domain_sees_it(self) -> "PayrollLinePayload":
        if self.id_number:
            try:
                idnumber.parse(self.id_number, today=_tomorrow())
            except DomainError as e:
                raise ValueError(f"id_number: {e.message}") from None
        if self.kind == dom_payroll.OFFSET and self.amount_fen > 0:
            raise ValueError("amount_fen: an offset (扣减多发) is zero or negative: it takes back "
                             "what was overpaid")
        if self.kind != dom_payroll.OFFSET and self.amount_fen < 0:
            raise ValueError(f"amount_fen: a {self.kind} payment is not negative; only an "
                             f"offset (扣减多发) is")
        if (self.reissue_of is not None) != (self.kind == dom_payroll.REISSUE):
            raise ValueError("reissue_of: a re-issue (重新发放) names the failed payment it repeats, "
                             "and only a re-issue does")
        if self.failure_reason and self.status != dom_payroll.FAILED:
            raise ValueError("failure_reason: only a failed payment has a failure reason")
        return self


class MonthlyReportPayload(_Payload):
    unit_code: Annotated[StrictStr, Field(pattern=r"^[0-9]{6}([0-9]{3})?$")]
    month: Month
    figures: FreeJson = Field(default_factory=dict)
    filed_by: Name
    filed_at: IsoDateTime


class CrossCheckPerson(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Name
    id_number: StrictStr = Field(max_length=18)
    relation: Annotated[StrictStr, _in(dom.RELATIONS, "relation")]

    @model_validator(mode="after")
    def _id(self) -> "CrossCheckPerson":
        try:
            idnumber.parse(self.id_number, today=_tomorrow())
        except DomainError as e:
            raise ValueError(f"id_number: {e.message}") from None
        return self


class CrossCheckPayload(_Payload):
    application_id: RecordId
    township_code: TownshipCode
    request_no: Annotated[StrictStr, Field(pattern=r"^HD[0-9]{6,9}-[0-9]{4}-[0-9]{4,6}$")]
    authorised_by: Name
    authorised_on: PastDate
    requested_on: PastDate
    requested_by: Name
    persons: list[CrossCheckPerson] = Field(default_factory=list, min_length=1, max_length=100)
    exported_at: IsoDateTime | None = None


class CrossCheckFinding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: Annotated[StrictStr, _in(dom_crosscheck.SOURCES, "cross-check source")]
    found: StrictBool
    detail: Annotated[StrictStr, _text(dom_crosscheck.MAX_DETAIL, multiline=True)] = ""
    checked_on: PastDate
    id_number: Annotated[StrictStr, Field(pattern=r"^([0-9]{17}[0-9X])?$")] = ""


class CrossCheckResultPayload(_Payload):
    crosscheck_id: RecordId
    application_id: RecordId
    township_code: TownshipCode
    findings: list[CrossCheckFinding] = Field(min_length=len(dom_crosscheck.SOURCES), max_length=MAX_ITEMS)
    outcome: Annotated[StrictStr, _in(dom_crosscheck.OUTCOMES, "cross-check outcome")]
    reason: Annotated[StrictStr, _in(dom_crosscheck.INELIGIBLE_REASONS, "cross-check reason")] | None = None
    note: LongText = ""
    recorded_on: PastDate
    recorded_by: Name
    by_county: StrictBool = False
    source_file: Sha256 | None = None

    @model_validator(mode="after")
    def _as_the_domain_sees_it(self) -> "CrossCheckResultPayload":
        findings = [dom_crosscheck.Finding(f.source, f.found, f.detail, date.fromisoformat(f.checked_on),
                                           f.id_number) for f in self.findings]
        earliest = min(f.checked_on for f in findings)
        _domain(lambda: dom_crosscheck.check_result(findings, self.outcome, self.reason,
                                                    requested_on=earliest, today=_tomorrow()))
        return self


class SiteKeyPayload(BaseModel):
    model_config = ConfigDict(extra="forbid")
    site_code: Annotated[StrictStr, Field(pattern=r"^[0-9]{6}([0-9]{3})?$")]
    public_key: Annotated[StrictStr, Field(min_length=1, max_length=200)]


PAYLOADS: dict[str, type[BaseModel]] = {
    "household": HouseholdPayload, "member": MemberPayload, "income": IncomePayload,
    "asset": AssetPayload, "application": ApplicationPayload, "case_event": CaseEventPayload,
    "visit": VisitPayload, "attachment": AttachmentPayload, "notice": NoticePayload,
    "decision": DecisionPayload, "review": ReviewPayload, "site_key": SiteKeyPayload,
    "bank_account": BankAccountPayload, "payroll_roll": PayrollRollPayload,
    "payroll_approval": PayrollApprovalPayload, "monthly_report": MonthlyReportPayload,
    "payroll_line": PayrollLinePayload,
    "crosscheck": CrossCheckPayload, "crosscheck_result": CrossCheckResultPayload,
}


def _loc(loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def payload_problem(entity: str, payload: dict) -> tuple[str, str] | None:
    """(field, reason) for the first rule ``payload`` breaks, or None when it is acceptable.

    ``field`` is the path inside the payload ('id_number', 'findings.rooms[2]'), '' for
    the payload as a whole.
    """
    found = json_problem(payload)
    if found:
        return found
    try:
        size = len(json.dumps(payload, ensure_ascii=False))
    except (ValueError, TypeError, RecursionError):
        return "", "is not storable JSON"
    if size > MAX_PAYLOAD_CHARS:
        return "", f"is {size} characters of JSON; at most {MAX_PAYLOAD_CHARS} are allowed"
    model = PAYLOADS.get(entity)
    if model is None:
        return None
    try:
        model.model_validate(payload)
    except ValidationError as exc:
        e = exc.errors()[0]
        where = _loc(e.get("loc", ()))
        msg = str(e.get("msg", "")).removeprefix("Value error, ")
        # Model-level rules name their field first ("id_number: ...").
        if not where and ": " in msg and re.fullmatch(r"[a-z_]+", msg.split(": ", 1)[0]):
            where, msg = msg.split(": ", 1)
        return where, msg
    return None
