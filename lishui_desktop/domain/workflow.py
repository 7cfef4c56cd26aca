"""The case procedure as an explicit state machine (DOMAIN.md, "The procedure").

Every assistance type follows the dibao skeleton. A transition names the
states it leaves from, the state it leads to, the roles that may make it and
what it needs. ``check()`` is the single gate: services call it before they
change anything, so a refused action leaves the database untouched.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from . import crosscheck, urgent_aid
from .assistance import ASSISTANCE_TYPES, MONTHLY_TYPES  # noqa: F401  (re-exported)
from .errors import PermissionDenied, ValidationError, WorkflowError


class Role(str, Enum):
    CASEWORKER = "caseworker"        # 经办人 (township)
    REVIEWER = "reviewer"            # 审核人 (township)
    APPROVER = "approver"            # 审批人 (county)
    ADMIN = "admin"                  # 系统管理员: users and settings, no casework


ROLE_LABELS_ZH = {Role.CASEWORKER: "经办人", Role.REVIEWER: "乡镇审核人",
                  Role.APPROVER: "县级审批人", Role.ADMIN: "系统管理员"}

class State(str, Enum):
    SUBMITTED = "submitted"
    MATERIALS_MISSING = "materials_missing"
    NOT_ACCEPTED = "not_accepted"
    ACCEPTED = "accepted"
    INVESTIGATING = "investigating"
    INVESTIGATED = "investigated"
    REVIEWED = "reviewed"
    PUBLICIZING = "publicizing"
    PUBLICIZED = "publicized"
    AWAITING_DECISION = "awaiting_decision"
    APPROVED = "approved"
    REFUSED = "refused"
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"


STATE_LABELS_ZH = {
    State.SUBMITTED: "已申请待受理", State.MATERIALS_MISSING: "待补正材料",
    State.NOT_ACCEPTED: "不予受理", State.ACCEPTED: "已受理",
    State.INVESTIGATING: "调查核对中", State.INVESTIGATED: "已入户调查",
    State.REVIEWED: "已初审", State.PUBLICIZING: "公示中", State.PUBLICIZED: "公示期满",
    State.AWAITING_DECISION: "待县级审核确认", State.APPROVED: "救助中",
    State.REFUSED: "不予确认", State.STOPPED: "已停发", State.WITHDRAWN: "已撤回",
}
TERMINAL = frozenset({State.NOT_ACCEPTED, State.REFUSED, State.STOPPED, State.WITHDRAWN})
# States in which the township still owes work (for the dashboard and deadlines).
OPEN = frozenset(State) - TERMINAL - {State.APPROVED}

NOTICE_DAYS = 7            # 公示 lasts 7 calendar days
# A notice recorded as started more than this many days before it is entered needs a
# written reason (posted on the board but entered late) and is shown as backdated.
NOTICE_BACKDATE_DAYS = 3
MIN_INVESTIGATORS = 2      # 入户调查 needs at least two investigators


class Action(str, Enum):
    ACCEPT = "accept"
    REQUEST_MATERIALS = "request_materials"
    SUPPLY_MATERIALS = "supply_materials"
    REFUSE_ACCEPTANCE = "refuse_acceptance"
    START_INVESTIGATION = "start_investigation"
    RECORD_VISIT = "record_visit"
    RECORD_APPRAISAL = "record_appraisal"
    REVIEW = "review"
    PUBLISH = "publish"
    RECORD_OBJECTION = "record_objection"
    CLOSE_NOTICE = "close_notice"
    HAND_UP = "hand_up"
    APPROVE = "approve"
    REFUSE = "refuse"
    RETURN = "return"
    RAISE = "raise"
    REDUCE = "reduce"
    STOP = "stop"
    WITHDRAW = "withdraw"
    EXTEND = "extend"
    RECORD_DELIVERY = "record_delivery"
    PAY_FIRST = "pay_first"                      # 先行救助: the township decides and pays first
    COMPLETE_PAY_FIRST = "complete_pay_first"    # 补办手续 after a pay-first


ACTION_LABELS_ZH = {
    Action.ACCEPT: "受理", Action.REQUEST_MATERIALS: "一次性告知补正材料",
    Action.SUPPLY_MATERIALS: "材料已补正", Action.REFUSE_ACCEPTANCE: "不予受理",
    Action.START_INVESTIGATION: "启动调查核对", Action.RECORD_VISIT: "录入入户调查",
    Action.RECORD_APPRAISAL: "录入民主评议", Action.REVIEW: "初审",
    Action.PUBLISH: "开始公示", Action.RECORD_OBJECTION: "登记公示异议",
    Action.CLOSE_NOTICE: "结束公示", Action.HAND_UP: "报送县级审核确认",
    Action.APPROVE: "审核确认（批准）", Action.REFUSE: "不予确认",
    Action.RETURN: "退回重新调查", Action.RAISE: "增发", Action.REDUCE: "减发",
    Action.STOP: "停发", Action.WITHDRAW: "申请人撤回",
    Action.EXTEND: "延长办理期限", Action.RECORD_DELIVERY: "登记送达",
    Action.PAY_FIRST: "先行救助", Action.COMPLETE_PAY_FIRST: "先行救助补办手续",
}

# How a written decision reaches the applicant (送达), as 送达回证 forms list them
# (民事诉讼法 ch. 7, followed by administrative practice).
DELIVERY_METHODS = {"direct": "直接送达", "left": "留置送达", "entrusted": "委托送达",
                    "post": "邮寄送达", "electronic": "电子送达"}

_C, _R, _A = Role.CASEWORKER, Role.REVIEWER, Role.APPROVER
_PRE_DECISION = (State.SUBMITTED, State.MATERIALS_MISSING, State.ACCEPTED, State.INVESTIGATING,
                 State.INVESTIGATED, State.REVIEWED, State.PUBLICIZING, State.PUBLICIZED)


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: tuple[State, ...]
    target: State | None        # None: stays in the state it left (appraisal, raise, reduce)
    roles: tuple[Role, ...]
    decides: bool = False       # subject to separation of duties and the approval level


TRANSITIONS: dict[Action, Transition] = {t.action: t for t in (
    Transition(Action.ACCEPT, (State.SUBMITTED,), State.ACCEPTED, (_C, _R)),
    Transition(Action.REQUEST_MATERIALS, (State.SUBMITTED,), State.MATERIALS_MISSING, (_C, _R)),
    Transition(Action.SUPPLY_MATERIALS, (State.MATERIALS_MISSING,), State.SUBMITTED, (_C, _R)),
    Transition(Action.REFUSE_ACCEPTANCE, (State.SUBMITTED, State.MATERIALS_MISSING),
               State.NOT_ACCEPTED, (_C, _R)),
    Transition(Action.START_INVESTIGATION, (State.ACCEPTED,), State.INVESTIGATING, (_C, _R)),
    Transition(Action.RECORD_VISIT, (State.INVESTIGATING, State.INVESTIGATED),
               State.INVESTIGATED, (_C, _R, _A)),
    Transition(Action.RECORD_APPRAISAL, (State.INVESTIGATED,), None, (_C, _R)),
    Transition(Action.REVIEW, (State.INVESTIGATED,), State.REVIEWED, (_R,)),
    Transition(Action.PUBLISH, (State.REVIEWED,), State.PUBLICIZING, (_C, _R)),
    Transition(Action.RECORD_OBJECTION, (State.PUBLICIZING,), State.INVESTIGATING, (_C, _R)),
    Transition(Action.CLOSE_NOTICE, (State.PUBLICIZING,), State.PUBLICIZED, (_C, _R)),
    Transition(Action.HAND_UP, (State.PUBLICIZED, State.REVIEWED), State.AWAITING_DECISION, (_R,)),
    Transition(Action.APPROVE, (State.AWAITING_DECISION,), State.APPROVED, (_A,), decides=True),
    Transition(Action.REFUSE, (State.AWAITING_DECISION,), State.REFUSED, (_A,), decides=True),
    Transition(Action.RETURN, (State.AWAITING_DECISION,), State.INVESTIGATING, (_A,), decides=True),
    Transition(Action.RAISE, (State.APPROVED,), None, (_A,), decides=True),
    Transition(Action.REDUCE, (State.APPROVED,), None, (_A,), decides=True),
    Transition(Action.STOP, (State.APPROVED,), State.STOPPED, (_A,), decides=True),
    Transition(Action.WITHDRAW, _PRE_DECISION, State.WITHDRAWN, (_C, _R)),
    # MCA 2021: 30 working days, "特殊情况下可以延长至45个工作日"; recorded with its reason.
    Transition(Action.EXTEND, (State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED, State.REVIEWED,
                               State.PUBLICIZING, State.PUBLICIZED, State.AWAITING_DECISION),
               None, (_R, _A)),
    # The township delivers the county's refusal (Zhejiang: within 3 working days).
    Transition(Action.RECORD_DELIVERY, (State.REFUSED,), None, (_C, _R)),
    # 急难型临时救助 (domain.urgent_aid): the township decides and pays first, from the
    # moment it has taken the application in; investigation and approval follow. Not a
    # ``decides`` transition: the township staff who took the case in are the ones who
    # act at once (the limit, not separation of duties, bounds what they may pay).
    Transition(Action.PAY_FIRST, (State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED),
               State.APPROVED, (_C, _R)),
    Transition(Action.COMPLETE_PAY_FIRST, (State.APPROVED,), None, (_C, _R)),
)}

# States in which the latest written reasons still explain the case (its page shows them).
REASONS_SHOWN = frozenset({State.NOT_ACCEPTED, State.REFUSED, State.STOPPED, State.WITHDRAWN,
                           State.INVESTIGATING, State.REVIEWED, State.APPROVED})
# States in which the case's 7-day public notice has been posted.
NOTICE_POSTED = frozenset({State.PUBLICIZING, State.PUBLICIZED})

# Actions whose params must carry a non-empty "reasons" list.
NEEDS_REASONS = frozenset({Action.REFUSE_ACCEPTANCE, Action.REFUSE, Action.RETURN, Action.RAISE,
                           Action.REDUCE, Action.STOP, Action.WITHDRAW, Action.RECORD_OBJECTION,
                           Action.EXTEND})


@dataclass(frozen=True)
class Actor:
    user_id: str
    role: Role
    site_code: str
    is_county: bool = False


@dataclass(frozen=True)
class VisitFacts:
    investigators: tuple[str, ...]      # user ids or names of the staff present
    by_county: bool = False             # made by the county office (needed for staff relatives)


@dataclass
class CaseFacts:
    """What the rules need to know about a case; built by the service from the store."""
    state: State
    assistance_type: str
    involved: frozenset[str] = frozenset()      # users who took in, investigated or reviewed it
    visits: tuple[VisitFacts, ...] = ()
    staff_relative: bool = False
    notice_end: date | None = None              # last day of the 7-day public notice
    review_recommends: bool | None = None       # the preliminary review's proposal
    approval_level: str = "county"              # "county" or "township" (delegated)
    amount_fen: int | None = None               # current monthly amount for raise/reduce
    extended: bool = False                      # the 45-day extension is already recorded
    decided_on: date | None = None
    delivered_on: date | None = None            # the refusal's 送达
    proposed_fen: int | None = None             # the preliminary review's (初审) amount
    reviewed_on: date | None = None             # day of the latest preliminary review
    submitted_on: date | None = None            # the application's date (back-payment limit)
    ceiling_fen: int | None = None              # the most the rules allow (benefit.ceiling)
    crosscheck_outcome: str | None = None       # the latest 信息核对 result (domain.crosscheck)
    paid_from: str | None = None                # the case's first month of payment ('YYYY-MM')
    urgent: bool = False                        # 急难型 (temporary aid in an emergency)
    paid_first_on: date | None = None           # the township's pay-first (先行救助)
    completed_on: date | None = None            # its paperwork completed
    urgent_rules: urgent_aid.Rules = urgent_aid.Rules()   # the county's limit and period


def check(action: Action | str, case: CaseFacts, actor: Actor, params: dict | None = None,
          *, today: date) -> State:
    """Return the state the case moves to, or raise the error that says why not."""
    action = Action(action)
    params = params or {}
    t = TRANSITIONS[action]
    if case.state not in t.sources:
        raise WorkflowError("workflow.state",
                            f"{action.value} is not allowed while the case is {case.state.value}",
                            field="state", action=action.value, state=case.state.value)
    _check_role(t, case, actor)
    if t.decides and actor.user_id in case.involved:
        raise PermissionDenied("duty.separation",
                               "a user who took in, investigated or reviewed a case may not decide it",
                               field="user", action=action.value)
    if action in NEEDS_REASONS and not [r for r in params.get("reasons", ()) if str(r).strip()]:
        raise ValidationError("reasons.required", "this action needs at least one written reason",
                              field="reasons", action=action.value)
    _check_requirements(action, case, params, today)
    return case.state if t.target is None else t.target


# 民主评议 (MCA 2021 审核确认办法): a panel of at least 3 in which village (resident)
# representatives are at least two thirds.
MIN_APPRAISAL_PANEL = 3
APPRAISAL_RESULTS = ("agree", "disagree")


def check_appraisal(appraisal: dict) -> None:
    """Raise unless the democratic appraisal's panel and count are lawful."""
    def number(key: str) -> int:
        value = appraisal.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError("appraisal.number", f"{key} is a whole number", field=key)
        return value
    panel, reps, votes = number("panel_size"), number("village_reps"), number("votes_for")
    if panel < MIN_APPRAISAL_PANEL:
        raise ValidationError("appraisal.size", f"at least {MIN_APPRAISAL_PANEL} panel members",
                              field="panel_size", minimum=MIN_APPRAISAL_PANEL)
    if reps > panel or reps * 3 < panel * 2:
        raise ValidationError("appraisal.panel", "village representatives under two thirds of the panel",
                              field="village_reps")
    if votes > panel:
        raise ValidationError("appraisal.votes", "more votes than panel members", field="votes_for",
                              maximum=panel)
    if appraisal.get("result") not in APPRAISAL_RESULTS:
        raise ValidationError("appraisal.result", "the appraisal agrees or does not", field="result")


def _check_visit_conclusion(params: dict) -> None:
    # A visit that does not (fully) match what was declared says what differs.
    code = (params.get("findings") or {}).get("conclusion")
    if code in ("partly", "differs") and not str(params.get("conclusion", "")).strip():
        raise ValidationError("reasons.required", "say what differs from the declaration",
                              field="conclusion")


def _check_role(t: Transition, case: CaseFacts, actor: Actor) -> None:
    roles = t.roles
    # The township extends while it holds the case; the county once it waits there.
    if t.action is Action.EXTEND:
        roles = (Role.APPROVER,) if case.state is State.AWAITING_DECISION else (Role.REVIEWER,)
    # Decisions delegated to the township (a county setting per type) are made by the
    # township reviewer instead of the county approver.
    if t.decides and case.approval_level == "township":
        roles = (Role.REVIEWER,)
    if actor.role not in roles:
        raise PermissionDenied("workflow.role",
                               f"role {actor.role.value} may not {t.action.value}",
                               field="role", action=t.action.value, role=actor.role.value)


def _check_requirements(action: Action, case: CaseFacts, params: dict, today: date) -> None:
    if action is Action.REQUEST_MATERIALS and not [m for m in params.get("missing", ()) if str(m).strip()]:
        raise ValidationError("materials.required", "list every missing material at once",
                              field="missing")
    if action is Action.RECORD_VISIT:
        investigators = {str(i).strip() for i in params.get("investigators", ()) if str(i).strip()}
        if len(investigators) < MIN_INVESTIGATORS:
            raise ValidationError("visit.investigators",
                                  f"a home visit needs at least {MIN_INVESTIGATORS} investigators",
                                  field="investigators", minimum=MIN_INVESTIGATORS)
    if action is Action.RECORD_VISIT:
        _check_visit_conclusion(params)
    if action is Action.RECORD_APPRAISAL:
        check_appraisal(params.get("appraisal") or {})
    if action is Action.REVIEW:
        if not any(len(set(v.investigators)) >= MIN_INVESTIGATORS for v in case.visits):
            raise WorkflowError("review.no_visit",
                                "the preliminary review needs a home visit by at least two investigators",
                                field="visits")
        if params.get("recommend") is None:
            raise ValidationError("review.recommend", "say whether the review recommends approval",
                                  field="recommend")
        if params["recommend"]:
            _amount(params, "amount_fen")
        elif not [r for r in params.get("reasons", ()) if str(r).strip()]:
            raise ValidationError("reasons.required", "a negative review needs written reasons",
                                  field="reasons")
        if case.assistance_type in crosscheck.CHECKED_TYPES:
            crosscheck.review_allowed(case.crosscheck_outcome, bool(params["recommend"]))
    if action is Action.PUBLISH and case.review_recommends is False:
        raise WorkflowError("publish.not_recommended",
                            "only a case the review recommends is published; hand it up instead",
                            field="state")
    if action is Action.PUBLISH:
        check_notice_start(params.get("start") or today, case.reviewed_on, today,
                           params.get("backdate_reason"))
    if action is Action.HAND_UP and case.state is State.REVIEWED and case.review_recommends is not False:
        raise WorkflowError("handup.notice_required",
                            "a recommended case must pass the 7-day public notice first",
                            field="notice")
    if action is Action.CLOSE_NOTICE:
        if case.notice_end is None or today <= case.notice_end:
            raise WorkflowError("notice.running",
                                "the 7-day public notice has not ended yet",
                                field="notice_end", notice_end=case.notice_end)
    if action is Action.APPROVE:
        amount = _amount(params, "amount_fen")
        _check_ceiling(case, amount)
        if amount == 0 and case.ceiling_fen != 0:
            raise ValidationError("amount.zero", "an approval grants an amount above zero; refuse instead",
                                  field="amount_fen")
        if case.proposed_fen is not None and amount != case.proposed_fen \
                and not str(params.get("amount_reason") or "").strip():
            raise ValidationError("amount.reason_required",
                                  "an amount different from the preliminary review's needs a written reason",
                                  field="amount_reason", proposed_fen=case.proposed_fen, amount_fen=amount)
        month = params.get("start_month")
        expected = first_payment_month(today)
        # Payment starts the month after the decision; an earlier month is a back-payment
        # (补发), which goes back at most to the month of the application. Never later.
        earliest = f"{case.submitted_on:%Y-%m}" if case.submitted_on else None
        if month is not None and (not _is_month(month) or month > expected
                                  or (earliest is not None and month < earliest)):
            raise ValidationError("decision.start_month",
                                  f"payment starts the month after the decision: {expected}",
                                  field="start_month", expected=expected)
    if action in (Action.APPROVE, Action.REFUSE) and params.get("county_visit"):
        visit = params["county_visit"]
        names = {str(i).strip() for i in visit.get("investigators", ()) if str(i).strip()}
        if len(names) < MIN_INVESTIGATORS:
            raise ValidationError("visit.investigators",
                                  f"a home visit needs at least {MIN_INVESTIGATORS} investigators",
                                  field="county_visit.investigators", minimum=MIN_INVESTIGATORS)
        if not isinstance(visit.get("visit_date"), date) or visit["visit_date"] > today:
            raise ValidationError("visit.date", "give the day of the county's visit (not in the future)",
                                  field="county_visit.visit_date")
    # A relative of staff: the county visits in person (recorded with the case, or
    # reported with the decision when the county made it after the hand-up).
    if action in (Action.APPROVE, Action.REFUSE) and case.staff_relative \
            and not any(v.by_county for v in case.visits) and not params.get("county_visit"):
        raise WorkflowError("duty.county_visit",
                            "the applicant is a relative of staff: the county must visit in person first",
                            field="visits")
    if action is Action.STOP and case.assistance_type == "tekun":
        # 特困人员认定办法 (2021): ending support is announced for 7 days first (DOMAIN.md).
        posted = params.get("stop_notice_start")
        if not isinstance(posted, date) or posted > today:
            raise ValidationError("stop.notice_required",
                                  "stopping tekun support needs the day its 7-day notice was posted",
                                  field="stop_notice_start")
        if today <= notice_period(posted)[1]:
            raise WorkflowError("stop.notice_running", "the 7-day notice of the stop has not ended yet",
                                field="stop_notice_start", notice_end=notice_period(posted)[1])
    if action is Action.PAY_FIRST:
        urgent_aid.check_pay_first(case.assistance_type, case.urgent, params.get("amount_fen"),
                                   case.urgent_rules)
        if not str(params.get("emergency") or "").strip():
            raise ValidationError("urgent.emergency", "say what the emergency is that cannot wait",
                                  field="emergency")
    if action is Action.COMPLETE_PAY_FIRST:
        urgent_aid.check_completion(case.paid_first_on, case.completed_on, params, today)
        names = {str(i).strip() for i in params.get("investigators", ()) if str(i).strip()}
        if len(names) < MIN_INVESTIGATORS:
            raise ValidationError("visit.investigators",
                                  f"a home visit needs at least {MIN_INVESTIGATORS} investigators",
                                  field="investigators", minimum=MIN_INVESTIGATORS)
        visit_day = params.get("visit_date")
        if not isinstance(visit_day, date) or visit_day > today or visit_day < case.paid_first_on:
            raise ValidationError("urgent.visit_date",
                                  "give the day of the home visit (after the payment, not in the future)",
                                  field="visit_date")
    if action is Action.EXTEND and case.extended:
        raise WorkflowError("extend.twice", "the time limit was already extended to 45 working days",
                            field="state")
    if action is Action.RECORD_DELIVERY:
        if case.delivered_on is not None:
            raise WorkflowError("delivery.recorded", "the delivery of this decision is already recorded",
                                field="delivered_on")
        day = params.get("delivered_on")
        if not isinstance(day, date) or day > today:
            raise ValidationError("delivery.date", "give the day of delivery (not in the future)",
                                  field="delivered_on")
        if case.decided_on and day < case.decided_on:
            raise ValidationError("delivery.before_decision", "the delivery cannot be before the decision",
                                  field="delivered_on", decided_on=case.decided_on)
        if params.get("method") not in DELIVERY_METHODS:
            raise ValidationError("delivery.method", "say how the notice was delivered", field="method")
        if not str(params.get("recipient", "")).strip():
            raise ValidationError("delivery.recipient", "name the person who received the notice",
                                  field="recipient")
    if action in (Action.RAISE, Action.REDUCE, Action.STOP) and params.get("start_month") is not None:
        # A change takes effect the month after the decision, or from the month the
        # family's situation changed when that is found out late (a death, a new job):
        # an earlier month is then paid back (raise, 补发) or the months paid at the old
        # amount are recovered (reduce / stop, 多发; domain.payroll). Never later, never
        # before the case was paid.
        month = params["start_month"]
        expected = first_payment_month(today)
        if not _is_month(month) or month > expected \
                or (case.paid_from is not None and month < case.paid_from):
            raise ValidationError("decision.effective_month",
                                  f"the change takes effect at the latest from {expected}, and not "
                                  f"before the case's first month of payment",
                                  field="start_month", expected=expected, paid_from=case.paid_from)
    if action in (Action.RAISE, Action.REDUCE):
        new = _amount(params, "amount_fen")
        _check_ceiling(case, new)
        old = case.amount_fen or 0
        if action is Action.RAISE and new <= old:
            raise ValidationError("amount.not_raised", "the new amount must be higher", field="amount_fen")
        if action is Action.REDUCE and not 0 < new < old:
            raise ValidationError("amount.not_reduced",
                                  "the new amount must be lower (and above zero; use stop otherwise)",
                                  field="amount_fen")


def _check_ceiling(case: CaseFacts, amount: int) -> None:
    if case.ceiling_fen is not None and amount > case.ceiling_fen:
        raise ValidationError("amount.above_ceiling",
                              f"the amount is above what the rules allow for this case ({case.ceiling_fen} fen)",
                              field="amount_fen", ceiling_fen=case.ceiling_fen, amount_fen=amount)


def first_payment_month(decided_on: date) -> str:
    """'YYYY-MM' of the first payment: the month after the decision (DOMAIN.md)."""
    return f"{decided_on.year + (decided_on.month == 12):04d}-{decided_on.month % 12 + 1:02d}"


def _amount(params: dict, key: str) -> int:
    value = params.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("amount.required", "give the amount in fen", field=key)
    if value < 0:
        raise ValidationError("money.negative", "amount must not be negative", field=key)
    return value


def _is_month(text: str) -> bool:
    try:
        y, m = text.split("-")
        return len(y) == 4 and 1 <= int(m) <= 12 and int(y) >= 2000
    except (ValueError, AttributeError):
        return False


def allowed_actions(case: CaseFacts, actor: Actor, *, today: date) -> list[Action]:
    """The actions this user may take on this case now (what the case page offers).

    Checks state, role and separation of duties; requirements that depend on
    the user's input (reasons, amounts) are left to the form.
    """
    out = []
    for t in TRANSITIONS.values():
        if case.state not in t.sources:
            continue
        try:
            _check_role(t, case, actor)
        except PermissionDenied:
            continue
        if t.decides and actor.user_id in case.involved:
            continue
        if t.action is Action.PUBLISH and case.review_recommends is False:
            continue
        if t.action is Action.HAND_UP and case.state is State.REVIEWED and case.review_recommends is not False:
            continue
        if t.action is Action.CLOSE_NOTICE and (case.notice_end is None or today <= case.notice_end):
            continue
        if t.action is Action.EXTEND and case.extended:
            continue
        if t.action is Action.RECORD_DELIVERY and case.delivered_on is not None:
            continue
        if t.action is Action.PAY_FIRST and not (case.urgent and case.assistance_type == urgent_aid.URGENT_TYPE):
            continue
        if t.action is Action.COMPLETE_PAY_FIRST and (case.paid_first_on is None or case.completed_on):
            continue
        out.append(t.action)
    return out


def check_notice_start(start, reviewed_on: date | None, today: date, reason=None) -> bool:
    """The 7-day notice starts no earlier than the preliminary review and never after
    today; a start more than NOTICE_BACKDATE_DAYS back needs a written reason.
    Returns whether the start is backdated."""
    if not isinstance(start, date):
        raise ValidationError("notice.start_date", "give the first day of the notice", field="start")
    if start > today:
        raise ValidationError("notice.start", "the notice cannot start after today", field="start")
    if reviewed_on is not None and start < reviewed_on:
        raise ValidationError("notice.before_review",
                              "the notice cannot start before the preliminary review",
                              field="start", reviewed_on=reviewed_on)
    backdated = (today - start).days > NOTICE_BACKDATE_DAYS
    if backdated and not str(reason or "").strip():
        raise ValidationError("notice.backdate_reason",
                              f"a notice started more than {NOTICE_BACKDATE_DAYS} days ago needs the reason",
                              field="backdate_reason", days=(today - start).days)
    return backdated


NOTICE_RUNNING = "running"            # 公示中（至…）
NOTICE_ENDED_CLEAR = "ended_clear"    # 公示期满无异议
NOTICE_OBJECTED = "objected"          # 有异议: back to investigation


def notice_status(start: date | None, end: date | None, today: date, objections: int) -> str | None:
    """What the review points say about the notice: running until its last day is over,
    "ended without objection" only after that, never before."""
    if objections:
        return NOTICE_OBJECTED
    if start is None or end is None:
        return None
    return NOTICE_RUNNING if today <= end else NOTICE_ENDED_CLEAR


def notice_period(start: date) -> tuple[date, date]:
    """First and last day of a public notice starting on ``start`` (7 calendar days)."""
    return start, start + timedelta(days=NOTICE_DAYS - 1)
