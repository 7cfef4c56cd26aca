"""Urgent temporary aid (急难型临时救助) decided and paid first by the township (先行救助).

Sources:
- 《社会救助暂行办法》(2014, rev. 2019) 第四十九条, 第五十条: temporary assistance for
  households in sudden, urgent hardship; "情况紧急的，可以按照规定简化审批手续".
- 国务院《关于全面建立临时救助制度的通知》(国发〔2014〕47号) and 民政部《关于进一步加强
  和改进临时救助工作的意见》(民发〔2018〕23号): for 急难型 cases "乡镇人民政府（街道办事处）
  …应先行救助。紧急情况解除之后，应按规定补齐审核审批手续"; townships get a delegated
  approval amount (乡镇审批额度) and a standby fund (备用金).
- 《浙江省社会救助条例》第三十九条至第四十条: temporary aid up to 6 × (12 × in special
  hardship) the dibao standard; the county sets the township's amount.

What the software could not confirm, and so holds as reference data with a default:
- the delegated limit: no Lishui figure was found. The one documented township limit
  found (宁国市, 2021) is "低保标准4倍以内"; with a Lishui dibao standard of about 1,000
  yuan a month the default is 4,000 yuan per case. Each county's figure is reference
  data the city hands down (``lishui-hq urgent-aid set``); the city server checks a
  township's pay-first against its own copy, never against a number in the record.
- the completion period: the national texts say only "紧急情况解除之后…补齐". The
  default is 10 working days after the payment (宁国市 gives 20); a county setting.

The township pays first only for a case marked urgent (急难型) of type linshi and only
up to the limit, inclusive. A larger amount, or a case that is not urgent, goes through
the usual procedure to the county (the approval level of linshi decides who approves).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ValidationError, WorkflowError
from .workdays import HolidayCalendar

URGENT_TYPE = "linshi"
DEFAULT_LIMIT_FEN = 400_000          # 4,000 yuan per case (see above: unconfirmed for Lishui)
DEFAULT_COMPLETION_DAYS = 10         # working days after the payment (unconfirmed; a setting)
MAX_COMPLETION_DAYS = 60

# What completing the paperwork consists of (the completion dialog's checklist): a
# written account of the emergency, the missing materials supplied, the home visit and
# the approval form signed after the fact.
COMPLETION_ITEMS = {"statement": "情况说明", "materials": "补齐申请材料",
                    "visit": "入户调查核实", "approval_form": "补办审批手续"}


@dataclass(frozen=True)
class Rules:
    """A county's pay-first rules (reference data; defaults documented above)."""
    limit_fen: int = DEFAULT_LIMIT_FEN
    completion_days: int = DEFAULT_COMPLETION_DAYS

    def __post_init__(self):
        if isinstance(self.limit_fen, bool) or not isinstance(self.limit_fen, int) or self.limit_fen <= 0:
            raise ValidationError("urgent.limit_range", "the delegated limit is a positive amount in fen",
                                  field="limit_fen", value=self.limit_fen)
        d = self.completion_days
        if isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= MAX_COMPLETION_DAYS:
            raise ValidationError("urgent.days_range",
                                  f"the completion period is 1-{MAX_COMPLETION_DAYS} working days",
                                  field="completion_days", value=d)


def check_pay_first(assistance_type: str, urgent: bool, amount_fen, rules: Rules) -> int:
    """Raise unless the township may pay ``amount_fen`` first on this case; returns it."""
    if assistance_type != URGENT_TYPE:
        raise WorkflowError("urgent.type", "only temporary assistance (临时救助) is paid first",
                            field="type", type=assistance_type)
    if not urgent:
        raise WorkflowError("urgent.not_urgent",
                            "the case is not marked urgent (急难型): it goes to the county as usual",
                            field="urgent")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        raise ValidationError("amount.required", "give the amount in fen", field="amount_fen")
    if amount_fen <= 0:
        raise ValidationError("amount.zero", "a pay-first grants an amount above zero", field="amount_fen")
    if amount_fen > rules.limit_fen:
        raise ValidationError("urgent.over_limit",
                              f"the township pays first at most {rules.limit_fen} fen; "
                              f"a larger amount is decided by the county",
                              field="amount_fen", limit_fen=rules.limit_fen, amount_fen=amount_fen,
                              above_fen=amount_fen - rules.limit_fen)
    return amount_fen


def completion_due(cal: HolidayCalendar, paid_on: date, rules: Rules) -> date:
    """The last day to complete the paperwork: ``completion_days`` working days after the
    payment (the day of payment not counted, as every limit here)."""
    return cal.add_working_days(paid_on, rules.completion_days)


def check_completion(paid_on: date | None, completed_on: date | None, params: dict, today: date) -> None:
    """Raise unless ``params`` record a lawful completion of a pay-first case."""
    if paid_on is None:
        raise WorkflowError("urgent.not_paid_first", "the case was not paid first", field="state")
    if completed_on is not None:
        raise WorkflowError("urgent.completed", "the paperwork of this pay-first is already completed",
                            field="completed_on", completed_on=completed_on)
    day = params.get("completed_on")
    if not isinstance(day, date) or day > today:
        raise ValidationError("urgent.completed_on", "give the day the paperwork was completed (not in the future)",
                              field="completed_on")
    if day < paid_on:
        raise ValidationError("urgent.before_payment", "the paperwork cannot be completed before the payment",
                              field="completed_on", paid_on=paid_on)
    if not str(params.get("statement") or "").strip():
        raise ValidationError("urgent.statement", "write the account of the emergency (情况说明)",
                              field="statement")
    missing = [k for k in COMPLETION_ITEMS if k not in set(params.get("items") or ())]
    if missing:
        raise ValidationError("urgent.items", "every part of the paperwork is completed before it is recorded",
                              field="items", missing="、".join(COMPLETION_ITEMS[k] for k in missing))
