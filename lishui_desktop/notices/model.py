"""Plain inputs of the notice renderer.

The service layer reads the database and builds these frozen dataclasses; the
renderer never touches the store. A ``Notice`` is an issuing office, a header
(kind, document number, date, copy flag) and one content object whose class
matches the kind.

Money is integer fen everywhere (``lishui_desktop.domain.money``); months are
``datetime.date`` values whose day is ignored.

Personal information: ``Member.id_number`` carries the full number; only the
application form (signed by the applicant) and the household investigation
form print it in full. The public notice rows have no ID, address or health
field at all, so they cannot leak them.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.idnumber import mask as _mask

KINDS: tuple[str, ...] = (
    "application_form",
    "acceptance",
    "non_acceptance",
    "missing_materials",
    "investigation_form",
    "public_notice",
    "approval",
    "refusal",
    "stop",
    "reduce",
    "raise",
    "review_continue",
)

#: kinds whose text must state the appeal rights (行政复议 / 行政诉讼): every decision that
#: affects rights, approval and raise included (the amount itself can be contested)
APPEALABLE_KINDS = frozenset({"non_acceptance", "refusal", "stop", "reduce", "approval", "raise",
                              "review_continue"})


# --------------------------------------------------------------------------- helpers

def mask_id(number: str) -> str:
    """'331102194506120012' -> '331102********0012' (region code and last 4 kept)."""
    return _mask(number) if number else ""


def cn_date(d: date) -> str:
    """GB/T 9704 date: Arabic figures, no leading zeros: '2026年11月29日'."""
    return f"{d.year}年{d.month}月{d.day}日"


def cn_month(d: date) -> str:
    return f"{d.year}年{d.month}月"


def _fail(code: str, message: str, field_name: str, **params):
    raise ValidationError(code, message, field=field_name, **params)


def _check_text(value, field_name: str, *, required: bool = True) -> None:
    if not isinstance(value, str):
        _fail("notice.type", f"{field_name} must be text", field_name, value=value)
    if required and not value.strip():
        _fail("notice.required", f"{field_name} is required", field_name)


def _check_fen(value, field_name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail("notice.amount", f"{field_name} must be integer fen, not {type(value).__name__}",
              field_name, value=value)
    if value < 0:
        _fail("notice.amount", f"{field_name} must not be negative", field_name, value=value)


def _check_date(value, field_name: str) -> None:
    if not isinstance(value, date):
        _fail("notice.date", f"{field_name} must be a date", field_name, value=value)


def _tuple(obj, name: str) -> None:
    value = getattr(obj, name)
    if isinstance(value, list):
        object.__setattr__(obj, name, tuple(value))


def _check_items(items, field_name: str) -> None:
    if not items:
        _fail("notice.required", f"{field_name} must list at least one item", field_name)
    for i, item in enumerate(items):
        _check_text(item, f"{field_name}[{i}]")


# --------------------------------------------------------------------------- parties

@dataclass(frozen=True)
class IssuingOffice:
    """Who issues the notice; printed above the seal.

    ``county_government`` is where administrative reconsideration goes (the
    county-level people's government). ``address``/``phone``/``department``
    tell applicants and villagers where to go (objections, missing materials).
    """

    site_code: str                 # "331102100" (township) or "331102" (county bureau)
    site_name: str                 # "莲都区碧湖镇人民政府" / "丽水市莲都区民政局"
    county_name: str               # "莲都区"
    county_government: str         # "莲都区人民政府"
    address: str = ""              # "莲都区碧湖镇碧湖大街88号镇便民服务中心"
    phone: str = ""                # "0578-2671234"
    department: str = ""           # "碧湖镇社会事务管理办公室"
    court: str = ""                # the county-level basic people's court; default from the site code

    def __post_init__(self):
        _check_text(self.site_code, "office.site_code")
        if not re.fullmatch(r"\d{6}(\d{3}(\d{3})?)?", self.site_code):
            _fail("notice.site_code", "site code is 6, 9 or 12 digits", "office.site_code",
                  value=self.site_code)
        _check_text(self.site_name, "office.site_name")
        _check_text(self.county_name, "office.county_name")
        _check_text(self.county_government, "office.county_government")


@dataclass(frozen=True)
class NoticeHeader:
    kind: str                      # one of KINDS
    number: str                    # document number "莲碧民救〔2026〕12号"
    issue_date: date
    application_id: str            # the application (or, for a public notice, the publication) id
    is_copy: bool = False          # a reprint: marked 副本
    corrects: str = ""             # a correction (更正): the number of the notice it replaces

    def __post_init__(self):
        if self.kind not in KINDS:
            _fail("notice.kind", f"unknown notice kind {self.kind!r}", "header.kind", value=self.kind)
        _check_text(self.number, "header.number")
        _check_date(self.issue_date, "header.issue_date")
        _check_text(self.application_id, "header.application_id")


@dataclass(frozen=True)
class Member:
    """A household member as the forms show them."""

    name: str
    relation: str                  # relation to the applicant: 本人, 配偶, 长子, 母亲 ...
    sex: str                       # 男 / 女
    age: int
    id_number: str = ""
    health: str = ""               # 健康 / 慢性病 / 重病 ...
    disability: str = ""           # category and grade, e.g. "肢体二级"; "" = none
    self_care: str = ""            # 自理 / 部分丧失 / 完全丧失
    occupation: str = ""           # 务农 / 在校学生 / 灵活就业 / 无 ...
    monthly_income_fen: int = 0
    covered: bool = True           # included in the assistance (保障对象)

    def __post_init__(self):
        _check_text(self.name, "member.name")
        _check_text(self.relation, "member.relation")
        if isinstance(self.age, bool) or not isinstance(self.age, int) or not 0 <= self.age < 130:
            _fail("notice.age", "age must be a whole number of years", "member.age", value=self.age)
        _check_fen(self.monthly_income_fen, "member.monthly_income_fen")

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)


@dataclass(frozen=True)
class Supporter:
    """A person with a legal duty to support (赡养、抚养、扶养义务人) living elsewhere."""

    name: str
    relation: str
    employer_or_address: str = ""
    monthly_income_fen: int | None = None
    support_paid_fen: int | None = None      # support actually paid per month

    def __post_init__(self):
        _check_text(self.name, "supporter.name")
        if self.monthly_income_fen is not None:
            _check_fen(self.monthly_income_fen, "supporter.monthly_income_fen")
        if self.support_paid_fen is not None:
            _check_fen(self.support_paid_fen, "supporter.support_paid_fen")


@dataclass(frozen=True)
class HouseholdSection:
    """The household as a form prints it (not the stored record, not the rules' value)."""
    members: tuple[Member, ...]              # the applicant first
    registered_address: str                  # 户籍地址
    residence_address: str = ""              # 居住地址, when different
    village: str = ""                        # 碧湖村
    phone: str = ""
    head_name: str = ""                      # 户主; defaults to the applicant
    housing_type: str = ""                   # 自有砖混 / 租住 / 借住 ...
    housing_area_m2: str = ""                # "86.5" (text: never a float)
    vehicles: str = ""                       # cars, tractors, large machinery
    livestock: str = ""
    deposits_fen: int | None = None
    other_assets: str = ""
    supporters: tuple[Supporter, ...] = ()
    # The calculation's own figures (counted income after exclusions and disregards, and its
    # per-person share), so a form never prints a total the benefit was not computed from.
    counted_income_fen: int | None = None
    per_capita_fen: int | None = None

    def __post_init__(self):
        _tuple(self, "members")
        _tuple(self, "supporters")
        if not self.members:
            _fail("notice.required", "a household has at least the applicant", "household.members")
        _check_text(self.registered_address, "household.registered_address")
        if self.deposits_fen is not None:
            _check_fen(self.deposits_fen, "household.deposits_fen")
        for name in ("counted_income_fen", "per_capita_fen"):
            if getattr(self, name) is not None:
                _check_fen(getattr(self, name), f"household.{name}")

    @property
    def applicant(self) -> Member:
        return self.members[0]

    @property
    def head(self) -> str:
        return self.head_name or self.members[0].name

    @property
    def covered(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.covered)

    @property
    def monthly_income_fen(self) -> int:
        return sum(m.monthly_income_fen for m in self.members)


@dataclass(frozen=True)
class CaseRef:
    """The application a letter answers."""

    applicant_name: str
    assistance_label: str                    # "最低生活保障"
    application_date: date

    def __post_init__(self):
        _check_text(self.applicant_name, "case.applicant_name")
        _check_text(self.assistance_label, "case.assistance_label")
        _check_date(self.application_date, "case.application_date")


# --------------------------------------------------------------------------- contents

@dataclass(frozen=True)
class ApplicationForm:
    """社会救助申请表 with the 承诺书 and 授权书 (full ID numbers: the applicant signs it)."""

    KIND: ClassVar[str] = "application_form"
    case: CaseRef
    household: HouseholdSection
    reason: str                              # 申请理由 as the applicant states it
    relative_of_staff: bool | None = None    # close relative of township staff / village officials?
    relative_detail: str = ""
    agent_name: str = ""                     # 代办人, when someone applies on the applicant's behalf

    def __post_init__(self):
        _check_text(self.reason, "content.reason", required=False)


@dataclass(frozen=True)
class Acceptance:
    KIND: ClassVar[str] = "acceptance"
    case: CaseRef
    contact_name: str = ""
    contact_phone: str = ""                  # defaults to the office phone


@dataclass(frozen=True)
class _Reasoned:
    """A decision letter that is its reasons: the case and the list of reasons."""

    case: CaseRef
    reasons: tuple[str, ...] = ()

    def __post_init__(self):
        _tuple(self, "reasons")
        _check_items(self.reasons, "content.reasons")


@dataclass(frozen=True)
class NonAcceptance(_Reasoned):
    """不予受理通知书."""

    KIND: ClassVar[str] = "non_acceptance"


@dataclass(frozen=True)
class MissingMaterials:
    """补正材料告知书: one notice listing everything missing (一次性告知)."""

    KIND: ClassVar[str] = "missing_materials"
    case: CaseRef
    materials: tuple[str, ...] = ()
    deadline: date | None = None             # supply by; None = no date printed
    submit_to: str = ""                      # defaults to the office department and address

    def __post_init__(self):
        _tuple(self, "materials")
        _check_items(self.materials, "content.materials")
        if self.deadline is not None:
            _check_date(self.deadline, "content.deadline")


@dataclass(frozen=True)
class InvestigationForm:
    """家庭经济状况入户调查表, pre-filled; findings and signatures by hand."""

    KIND: ClassVar[str] = "investigation_form"
    case: CaseRef
    household: HouseholdSection
    investigators: tuple[str, ...] = ()      # pre-printed names; at least two signature slots anyway
    stated_cause: str = ""                   # cause of hardship as the applicant stated it
    relative_of_staff: bool | None = None

    def __post_init__(self):
        _tuple(self, "investigators")


@dataclass(frozen=True)
class PublicNoticeRow:
    """One line of the public notice: the applicant's name, the number of family members
    and the proposed amount, and nothing else (DOMAIN.md): no ID number, address, health
    or free-text field exists to leak them."""

    name: str
    family_size: int
    amount_fen: int
    is_minor: bool = False                   # a minor's name is shown as surname + 某

    def __post_init__(self):
        _check_text(self.name, "row.name")
        if isinstance(self.family_size, bool) or not isinstance(self.family_size, int) \
                or self.family_size < 1:
            _fail("notice.family_size", "family size is a whole number >= 1", "row.family_size",
                  value=self.family_size)
        _check_fen(self.amount_fen, "row.amount_fen")


@dataclass(frozen=True)
class PublicNotice:
    """公示名单 of one village for one assistance type and one 7-day period."""

    KIND: ClassVar[str] = "public_notice"
    assistance_label: str
    township: str                            # "碧湖镇"
    village: str                             # "碧湖村"
    period_start: date
    period_end: date
    rows: tuple[PublicNoticeRow, ...] = ()
    amount_unit: str = "元/月"                # "元" for one-off assistance
    objection_to: str = ""                   # defaults to office department + address
    objection_phone: str = ""                # defaults to office phone
    data_checked: bool | None = None         # every listed case has a cross-check result on file

    MIN_DAYS: ClassVar[int] = 7

    def __post_init__(self):
        _tuple(self, "rows")
        _check_text(self.assistance_label, "content.assistance_label")
        _check_text(self.village, "content.village")
        _check_date(self.period_start, "content.period_start")
        _check_date(self.period_end, "content.period_end")
        if self.days < self.MIN_DAYS:
            _fail("notice.public_period", "the public notice runs at least 7 days",
                  "content.period_end", days=self.days)
        if not self.rows:
            _fail("notice.required", "a public notice lists at least one household", "content.rows")

    @property
    def days(self) -> int:
        return (self.period_end - self.period_start).days + 1


@dataclass(frozen=True)
class Approval:
    """审核确认通知书."""

    KIND: ClassVar[str] = "approval"
    case: CaseRef
    covered_names: tuple[str, ...]
    amount_fen: int                          # monthly amount (or the one-off amount if not monthly)
    start_month: date                        # first month of payment
    payment_method: str                      # "按月通过社会保障卡发放至申请人本人账户"
    monthly: bool = True
    review_note: str = ""                    # e.g. "每年复核一次"
    care_note: str = ""                      # tekun: the care tier and its care standard
    data_checked: bool | None = None         # a cross-check result is on file (see Refusal)
    coverage_note: str = ""                  # dibao 单人保: who is covered alone, and why
    # 急难型临时救助 decided and paid first by the township (先行救助): the letter says so,
    # and by when the investigation and paperwork are completed.
    paid_first: bool = False
    completion_due: date | None = None

    def __post_init__(self):
        _tuple(self, "covered_names")
        _check_items(self.covered_names, "content.covered_names")
        _check_fen(self.amount_fen, "content.amount_fen")
        _check_date(self.start_month, "content.start_month")
        _check_text(self.payment_method, "content.payment_method")


@dataclass(frozen=True)
class Refusal(_Reasoned):
    """不予确认通知书."""

    KIND: ClassVar[str] = "refusal"
    # Whether a data cross-check result is on file (the letter says "经…信息核对" only
    # then); None on notices issued before the check was recorded, printed as they were.
    data_checked: bool | None = None


def _check_overpaid(c) -> None:
    if not isinstance(c.overpaid_fen, int) or c.overpaid_fen < 0:
        _fail("notice.overpaid", "the overpayment is a number of fen, zero or more",
              "content.overpaid_fen")
    if c.overpaid_fen:
        _check_date(c.overpaid_from, "content.overpaid_from")
        _check_date(c.overpaid_to, "content.overpaid_to")
        if c.overpaid_to < c.overpaid_from:
            _fail("notice.overpaid", "the overpaid period ends before it begins",
                  "content.overpaid_to")


@dataclass(frozen=True)
class Stop:
    """停发通知书: the benefit ends; the first month without payment is ``effective_month``."""

    KIND: ClassVar[str] = "stop"
    case: CaseRef
    old_amount_fen: int
    effective_month: date
    reasons: tuple[str, ...] = ()
    # 多发: months from an earlier effective month already paid at the old amount
    # (domain.payroll), to be recovered; 0 when there are none.
    overpaid_fen: int = 0
    overpaid_from: date | None = None
    overpaid_to: date | None = None

    def __post_init__(self):
        _tuple(self, "reasons")
        _check_items(self.reasons, "content.reasons")
        _check_fen(self.old_amount_fen, "content.old_amount_fen")
        _check_date(self.effective_month, "content.effective_month")
        _check_overpaid(self)


@dataclass(frozen=True)
class _AmountChange:
    """增发 / 减发: the amount changes from ``effective_month`` on."""

    case: CaseRef
    old_amount_fen: int
    new_amount_fen: int
    effective_month: date
    reasons: tuple[str, ...] = ()
    overpaid_fen: int = 0                    # reduce: as Stop's
    overpaid_from: date | None = None
    overpaid_to: date | None = None
    RAISES: ClassVar[bool] = True

    def __post_init__(self):
        _tuple(self, "reasons")
        _check_items(self.reasons, "content.reasons")
        _check_fen(self.old_amount_fen, "content.old_amount_fen")
        _check_fen(self.new_amount_fen, "content.new_amount_fen")
        _check_date(self.effective_month, "content.effective_month")
        _check_overpaid(self)
        if (self.new_amount_fen > self.old_amount_fen) != self.RAISES \
                or self.new_amount_fen == self.old_amount_fen:
            _fail("notice.amount", "a raise increases the amount" if self.RAISES
                  else "a reduction lowers the amount", "content.new_amount_fen",
                  old=self.old_amount_fen, new=self.new_amount_fen)


@dataclass(frozen=True)
class Reduce(_AmountChange):
    KIND: ClassVar[str] = "reduce"
    RAISES: ClassVar[bool] = False


@dataclass(frozen=True)
class Raise(_AmountChange):
    KIND: ClassVar[str] = "raise"
    RAISES: ClassVar[bool] = True


@dataclass(frozen=True)
class ReviewContinue:
    """复核结果告知书: the periodic review found the household still entitled to the same
    amount; the benefit continues unchanged until the next review."""

    KIND: ClassVar[str] = "review_continue"
    case: CaseRef
    amount_fen: int
    reviewed_on: date
    next_review: date | None = None
    reasons: tuple[str, ...] = ()
    monthly: bool = True

    def __post_init__(self):
        _tuple(self, "reasons")
        _check_items(self.reasons, "content.reasons")
        _check_fen(self.amount_fen, "content.amount_fen")
        _check_date(self.reviewed_on, "content.reviewed_on")
        if self.next_review is not None:
            _check_date(self.next_review, "content.next_review")


CONTENT_TYPES = {cls.KIND: cls for cls in (
    ApplicationForm, Acceptance, NonAcceptance, MissingMaterials, InvestigationForm,
    PublicNotice, Approval, Refusal, Stop, Reduce, Raise, ReviewContinue)}

Content = (ApplicationForm | Acceptance | NonAcceptance | MissingMaterials | InvestigationForm
           | PublicNotice | Approval | Refusal | Stop | Reduce | Raise | ReviewContinue)


@dataclass(frozen=True)
class Notice:
    office: IssuingOffice
    header: NoticeHeader
    content: Content

    def __post_init__(self):
        expected = CONTENT_TYPES.get(self.header.kind)
        if expected is None or not isinstance(self.content, expected):
            _fail("notice.kind", f"header kind {self.header.kind!r} does not match content "
                  f"{type(self.content).__name__}", "header.kind", kind=self.header.kind)

    @property
    def kind(self) -> str:
        return self.header.kind

    def as_copy(self) -> "Notice":
        """The same notice marked as a reprint (副本); its content hash is unchanged."""
        return dataclasses.replace(self, header=dataclasses.replace(self.header, is_copy=True))


# --------------------------------------------------------------------------- hashing

def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def canonical_content(notice: Notice) -> dict:
    """What the content hash covers: everything printed except the copy flag."""
    header = dataclasses.asdict(notice.header)
    header.pop("is_copy")
    content = dataclasses.asdict(notice.content)
    if content.get("data_checked", False) is None:
        content.pop("data_checked")     # notices issued before the cross-check step hash the same
    if not header.get("corrects"):
        header.pop("corrects", None)    # notices issued before corrections existed hash the same
    content = dataclasses.asdict(notice.content)
    if content.get("overpaid_fen", None) == 0:
        for name in ("overpaid_fen", "overpaid_from", "overpaid_to"):
            content.pop(name)       # notices without an overpayment hash as before it existed
    if notice.kind == "approval" and not content.get("paid_first"):
        content.pop("paid_first", None)      # approvals issued before 先行救助 existed hash the same
        content.pop("completion_due", None)
    household = content.get("household")
    if isinstance(household, dict):
        for name in ("counted_income_fen", "per_capita_fen"):
            if household.get(name) is None:
                household.pop(name, None)   # forms issued before these existed hash the same
    return _plain({
        "kind": notice.header.kind,
        "office": dataclasses.asdict(notice.office),
        "header": header,
        "content": content,
    })


def canonical_json(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_hash(notice: Notice) -> str:
    """SHA-256 (hex) of the notice's canonical JSON; equal for an original and its reprint."""
    return hashlib.sha256(canonical_json(canonical_content(notice))).hexdigest()


def _rebuild(cls, data):
    """A dataclass (and its nested ones) back from ``_plain`` output."""
    import typing
    hints = typing.get_type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        values[f.name] = _rebuild_value(hints[f.name], data[f.name])
    return cls(**values)


def _rebuild_value(hint, value):
    import types
    import typing
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is type(None):
                continue
            try:
                return _rebuild_value(arg, value)
            except (TypeError, ValueError):
                continue
        return value
    if origin is tuple:
        args = typing.get_args(hint)
        inner = args[0] if args else typing.Any
        return tuple(_rebuild_value(inner, v) for v in value)
    if hint is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return _rebuild(hint, value)
    return value


def notice_from_content(content: dict, *, is_copy: bool = False) -> Notice:
    """The notice ``canonical_content`` describes (stored at issue; rendered again for reprints)."""
    kind = content["kind"]
    header = _rebuild(NoticeHeader, {**content["header"], "is_copy": is_copy})
    return Notice(office=_rebuild(IssuingOffice, content["office"]), header=header,
                  content=_rebuild(CONTENT_TYPES[kind], content["content"]))
