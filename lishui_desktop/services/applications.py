"""Cases: take an application and move it through the procedure.

``act()`` is the one entry for every workflow step: it builds the facts the
rules need, asks ``domain.workflow.check`` (which raises before anything is
written), applies the step's effects, records the case event, and keeps the
stored due date current so lists sort by it in SQL.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lishui_desktop.domain import benefit, codes, deadlines, regions, urgent_aid, workflow
from lishui_desktop.domain.errors import (ConflictError, NotFound, PermissionDenied, ValidationError,
                                          WorkflowError)
from lishui_desktop.domain.workflow import Action, Role, State

from lishui_desktop.store import settings
from lishui_desktop.store.models import (Application, Attachment, AttachmentBlob, CaseEvent, CrossCheck,
                                         Decision, Household, Member, Visit)
from lishui_desktop.sync.engine import STALE_DUE_DATES

from . import crosscheck, docnumbers, reference
from . import persons
from .context import Context, Work
from .households import domain_household

# Actions that make the acting user "involved" (barred from deciding the case).
_INVOLVING = {Action.ACCEPT, Action.START_INVESTIGATION, Action.RECORD_VISIT, Action.REVIEW,
              Action.PAY_FIRST, Action.COMPLETE_PAY_FIRST}
# Decision actions and the outcome word the Decision record carries.
_OUTCOMES = {Action.APPROVE: "approved", Action.REFUSE: "refused", Action.RETURN: "returned",
             Action.RAISE: "raised", Action.REDUCE: "reduced", Action.STOP: "stopped"}


def create_application(ctx: Context, *, household_id: str, assistance_type: str,
                       applicant_id: str | None = None, requested_fen: int | None = None,
                       special_hardship: bool = False, submitted_on: date | None = None,
                       urgent: bool = False) -> str:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER):
        raise PermissionDenied("application.role", "only township staff take applications",
                               field="role")
    if assistance_type not in workflow.ASSISTANCE_TYPES:
        raise ValidationError("application.type", f"unknown assistance type {assistance_type!r}",
                              field="type")
    if requested_fen is not None and requested_fen < 0:
        raise ValidationError("money.negative", "amount must not be negative", field="requested_fen")
    if urgent and assistance_type != urgent_aid.URGENT_TYPE:
        raise ValidationError("application.urgent", "only temporary assistance (临时救助) is urgent (急难型)",
                              field="urgent", type=assistance_type)
    submitted_on = submitted_on or ctx.today()
    if submitted_on > ctx.today():
        raise ValidationError("application.future", "the application date is in the future",
                              field="submitted_on")
    with ctx.work("application.create", entity="application") as w:
        h = w.session.get(Household, household_id)
        if h is None:
            raise NotFound("household.missing", "no such household", field="household_id")
        if applicant_id is not None:
            m = w.session.get(Member, applicant_id)
            if m is None or m.household_id != household_id:
                raise ValidationError("application.applicant", "the applicant is not a member",
                                      field="applicant_id")
        else:
            applicant_id = next((m.id for m in h.members if m.relation == "self"), None)
        open_same = w.session.scalar(select(Application.id).where(
            Application.household_id == household_id, Application.type == assistance_type,
            Application.state.in_([s.value for s in workflow.OPEN | {State.APPROVED}])))
        if open_same:
            raise ValidationError("application.duplicate",
                                  "this household already has an open case of this type",
                                  field="type", other=open_same)
        app = Application(household_id=household_id, applicant_id=applicant_id,
                          type=assistance_type, state=State.SUBMITTED.value,
                          township_code=ctx.site.code, county_code=regions.county_of(ctx.site.code),
                          submitted_on=submitted_on, requested_fen=requested_fen,
                          special_hardship=special_hardship, urgent=bool(urgent), missing_materials=[], reasons=[],
                          involved=[], assigned_to=ctx.user.id)
        w.add(app)
        w.entity_id = app.id
        _event(w, app, "submit", State.SUBMITTED.value,
               {"type": assistance_type, **({"urgent": True} if urgent else {})})
        return app.id


def case_facts(s: Session, app: Application) -> workflow.CaseFacts:
    h = s.get(Household, app.household_id)
    visits = s.scalars(select(Visit).where(Visit.application_id == app.id)).all()
    return workflow.CaseFacts(
        state=State(app.state), assistance_type=app.type,
        involved=frozenset(app.involved or ()),
        visits=tuple(workflow.VisitFacts(tuple(v.investigators or ()), v.by_county) for v in visits),
        staff_relative=bool(h and h.staff_relative), notice_end=app.notice_end,
        review_recommends=app.review_recommends, reviewed_on=_reviewed_on(s, app),
        submitted_on=app.submitted_on,
        approval_level=reference.approval_level(s, app.county_code, app.type),
        amount_fen=app.amount_fen, extended=bool(app.extended), decided_on=app.decided_on,
        delivered_on=app.delivered_on, crosscheck_outcome=crosscheck.outcome_of(s, app.id),
        paid_from=app.start_month,
        urgent=bool(app.urgent), paid_first_on=app.paid_first_on, completed_on=app.completed_on,
        urgent_rules=reference.urgent_rules(s, app.county_code))


_AMOUNT_DECISIONS = (Action.APPROVE, Action.RAISE, Action.REDUCE)


def _ceiling(s: Session, app: Application, day: date) -> int | None:
    h = s.get(Household, app.household_id)
    return benefit.ceiling(app.type, domain_household(h), reference.standards(s, app.county_code),
                           app.county_code, day,
                           member_id=app.applicant_id if app.type == "tekun" else None,
                           special_hardship=app.special_hardship, requested_fen=app.requested_fen)


@dataclass(frozen=True)
class DecisionFigures:
    """What the approver weighs before signing: the 初审 amount, what the rules compute
    today, the most they allow, and the amount paid now (raise/reduce)."""
    proposed_fen: int | None
    computed_fen: int | None
    ceiling_fen: int | None
    current_fen: int | None
    monthly: bool
    first_month: str


def decision_figures(ctx: Context, application_id: str) -> DecisionFigures:
    today = ctx.today()
    with ctx.db.read() as s:
        app = _get(s, application_id)
        try:
            computed = _compute(s, app, today).amount_fen
        except ValidationError:
            computed = None     # the rules cannot compute it (e.g. data missing): shown as such
        return DecisionFigures(app.proposed_fen, computed, _ceiling(s, app, today), app.amount_fen,
                               app.type in workflow.MONTHLY_TYPES,
                               workflow.first_payment_month(today))


def _reviewed_on(s: Session, app: Application) -> date | None:
    at = s.scalar(select(CaseEvent.at).where(CaseEvent.application_id == app.id,
                                             CaseEvent.action == Action.REVIEW.value)
                  .order_by(CaseEvent.at.desc()).limit(1))
    return at.date() if at else None


def allowed_actions(ctx: Context, application_id: str) -> list[Action]:
    with ctx.db.read() as s:
        app = _get(s, application_id)
        return workflow.allowed_actions(case_facts(s, app), ctx.actor, today=ctx.today())


def compute_benefit(ctx: Context, application_id: str, **options) -> benefit.BenefitResult:
    """The amount the rules give for this case today, with its explanation. ``options``
    are what the person reckoning may choose (``chosen_options``)."""
    with ctx.db.read() as s:
        app = _get(s, application_id)
        return _compute(s, app, ctx.today(), **chosen_options(s, app, options, ctx.today()))


# What a caseworker or reviewer may choose when the rules reckon a case, by type:
#   dibao: single_member_id (+ seriously_ill): 单人保, a severely disabled or seriously ill
#          member of a near-dibao household covered alone (benefit.dibao_single);
#          taper=True: 渐退期 of a household being paid (a 复核), when employment lifted its
#          income above the standard (benefit.dibao_taper; the county's months);
#   tekun: member_id, has_able_supporter; yiliao/jiaoyu: amount_fen; shilaohua: items.
_CHOSEN = {"dibao": {"single_member_id", "seriously_ill", "taper"},
           "tekun": {"member_id", "has_able_supporter"},
           "yiliao": {"amount_fen"}, "jiaoyu": {"amount_fen"}, "shilaohua": {"items"}}


def chosen_options(s: Session, app: Application, options: dict | None, day: date) -> dict:
    """The options a caller chose, checked against the case (raises naming the field), in
    the form benefit.calculate takes: the taper's current amount and start come from the
    case, never from the caller."""
    options = dict(options or {})
    allowed = _CHOSEN.get(app.type, set())
    for key in options:
        if key not in allowed:
            raise ValidationError("benefit.option", f"{key} is not a choice for this assistance type",
                                  field=key, type=app.type)
    if options.get("seriously_ill") and not options.get("single_member_id"):
        raise ValidationError("single.member_required", "say which member is covered alone",
                              field="single_member_id")
    if options.get("single_member_id"):
        h = s.get(Household, app.household_id)
        if options["single_member_id"] not in {m.id for m in h.members if m.left_on is None}:
            raise ValidationError("single.member", "the member covered alone is not in this household",
                                  field="single_member_id")
        options["seriously_ill"] = bool(options.get("seriously_ill"))
    elif "single_member_id" in options:
        # Said explicitly: not covered alone (a new 初审 may drop an earlier choice).
        options["single_member_id"] = None
        options.pop("seriously_ill", None)
    if options.pop("taper", False):
        if app.state != State.APPROVED.value or not app.amount_fen:
            raise WorkflowError("taper.not_paid", "a taper continues the benefit of a household being paid",
                                field="taper")
        if options.get("single_member_id"):
            raise ValidationError("taper.single", "a taper applies to the household, not to one member covered "
                                  "alone", field="taper")
        options["taper_current_fen"] = app.amount_fen
        options["taper_start"] = day
    return options


def refusal_grounds(ctx: Context, application_id: str) -> list[str]:
    """The conditions the rules find unmet today (income, property, work capacity ...),
    as sentences the refusal can state; empty when the rules find the case eligible."""
    result = compute_benefit(ctx, application_id)
    return [] if result.eligible else result.grounds_zh()


def _compute(s: Session, app: Application, day: date, household=None, **options) -> benefit.BenefitResult:
    """``household``: the domain household to judge instead of the stored one as it is now
    (the household as it was on an earlier decision's day)."""
    h = s.get(Household, app.household_id)
    if app.type == "dibao" and "single_member_id" not in options:
        # Not said by the caller: the 初审's choice holds.
        single = single_coverage(s, app)
        if single:
            options.update(single_member_id=single["member_id"], seriously_ill=single["seriously_ill"])
    if app.requested_fen is not None:
        options.setdefault("requested_fen", app.requested_fen)
    if app.type == "linshi":
        options.setdefault("special_hardship", app.special_hardship)
    if app.type == "dibao":
        for k, v in reference.dibao_method(s, app.county_code).items():
            options.setdefault(k, v)
    if app.type == "tekun":
        # A case under review is support already given: minors keep it until 18.
        options.setdefault("already_supported", app.state == State.APPROVED.value)
        # The supported person is the applicant (as the ceiling takes it).
        if app.applicant_id:
            options.setdefault("member_id", app.applicant_id)
    if app.type in ("dibao", "dibian", "tekun"):
        options.setdefault("rules", reference.coverage_rules(s, app.county_code))
    return benefit.calculate(app.type, household or domain_household(h),
                             reference.standards(s, app.county_code), app.county_code, day, **options)


def act(ctx: Context, application_id: str, action: Action | str, params: dict | None = None, *,
        expected_version: int | None = None) -> State:
    """Make one workflow step. Raises (changing nothing) when the rules refuse it."""
    action = Action(action)
    with ctx.work(f"application.{action.value}", entity="application",
                  entity_id=application_id) as w:
        return _act_in(w, application_id, action, _coded(params), expected_version)


def _coded(params: dict | None) -> dict:
    """Ticked items as codes and typed lines as text (domain.codes), whoever called."""
    params = dict(params or {})
    if "reasons" in params:
        params["reasons"] = codes.clean_items(params["reasons"], codes.REASONS)
    if "missing" in params:
        params["missing"] = codes.clean_items(params["missing"], codes.MATERIALS)
    return params


def single_coverage(s: Session, app: Application) -> dict | None:
    """The 单人保 the case's latest 初审 chose ({"member_id", "seriously_ill"}), or None."""
    event = s.scalar(select(CaseEvent).where(CaseEvent.application_id == app.id,
                                             CaseEvent.action == Action.REVIEW.value)
                     .order_by(CaseEvent.at.desc()).limit(1))
    return (event.params or {}).get("single") if event is not None else None


def _act_in(w: Work, application_id: str, action: Action, params: dict,
            expected_version: int | None) -> State:
    ctx = w.ctx
    today = ctx.today()
    s = w.session
    app = _get(s, application_id)
    if expected_version is not None and app.version != expected_version:
        raise ConflictError("application.changed",
                            "the case changed since you opened it; reopen it",
                            field="version", expected=expected_version, actual=app.version)
    options = params.pop("benefit_options", None) or {}
    facts, target = _checked(s, ctx, app, action, params, today, options)
    if action is Action.APPROVE:
        _approval_record(s, app, params, today)
    if app.site_code != ctx.site.code and not workflow.TRANSITIONS[action].decides:
        raise PermissionDenied("application.foreign",
                               "this case belongs to another site", field="application_id")
    before = app.state
    _apply(w, app, action, params, today)
    app.state = target.value
    if action in _INVOLVING:
        app.involved = sorted(set(app.involved or ()) | {ctx.user.id}
                              | set(params.get("investigator_ids", ())))
    _refresh_due(s, app, today)
    w.touch(app)
    w.detail = {**w.detail, "action": action.value, "from": before, "to": target.value}
    if "backdated_days" in params:
        w.detail.update(backdated_days=params["backdated_days"], backdate_reason=params["backdate_reason"])
    if action in _AMOUNT_DECISIONS:
        # What the approver saw and why they differed: kept in the audit, not printed.
        w.detail.update(amount_fen=params["amount_fen"], proposed_fen=facts.proposed_fen,
                        ceiling_fen=facts.ceiling_fen)
        if params.get("back_pay_from"):
            w.detail["back_pay_from"] = params["back_pay_from"]
        if str(params.get("amount_reason") or "").strip():
            w.detail["amount_reason"] = str(params["amount_reason"]).strip()
    if app.site_code == ctx.site.code:
        # A county deciding a township's case writes only the Decision; the township
        # records the event when the decision reaches it (apply_decision).
        _event(w, app, action.value, before, _event_params(action, params))
    return target


def _checked(s: Session, ctx: Context, app: Application, action: Action, params: dict,
             today: date, options: dict | None = None) -> tuple[workflow.CaseFacts, State]:
    """The rules' verdict on the step (raises), with ``params`` completed as the step
    records them (the review's computed amount, the first month of payment)."""
    if action is Action.REVIEW and params.get("recommend") and "amount_fen" not in params:
        chosen = chosen_options(s, app, options, today)
        if app.type == "dibao":
            chosen.setdefault("single_member_id", None)      # the 初审 itself decides it
        result = _compute(s, app, today, **chosen)
        if chosen.get("single_member_id"):
            # 单人保 chosen at the 初审: later reckonings of the case (the approver's figures,
            # the 复核) and the approval notice follow it.
            params["single"] = {"member_id": chosen["single_member_id"],
                                "seriously_ill": chosen["seriously_ill"]}
        params["amount_fen"] = result.amount_fen
        params.setdefault("explanation", "\n".join(st.text_zh() for st in result.steps))
        # The steps as codes too: the case page shows the reckoning in either language.
        params.setdefault("steps", [st.as_dict() for st in result.steps])
    facts = case_facts(s, app)
    _crosscheck_reason(s, app, action, params)
    if action in _AMOUNT_DECISIONS:
        facts.proposed_fen = app.proposed_fen if action is Action.APPROVE else None
        facts.ceiling_fen = _ceiling(s, app, today)
    target = workflow.check(action, facts, ctx.actor, params, today=today)
    if action is Action.APPROVE:
        computed = workflow.first_payment_month(today)
        if params.get("start_month") and params["start_month"] < computed:
            params["back_pay_from"] = params["start_month"]     # 补发: recorded as such
        else:
            params["start_month"] = computed
    elif action in (Action.RAISE, Action.REDUCE, Action.STOP) and params.get("start_month") \
            and params["start_month"] < workflow.first_payment_month(today):
        # From a month already paid: 补发 (raise) or 多发 to recover (reduce, stop).
        params["retroactive_from"] = params["start_month"]
    return facts, target


def _crosscheck_reason(s: Session, app: Application, action: Action, params: dict) -> None:
    """A refusal (or a negative 初审) of a case the cross-check found ineligible states
    the finding's reason first, whoever calls."""
    if action is Action.REFUSE or (action is Action.REVIEW and params.get("recommend") is False):
        result = crosscheck.latest_result(s, app.id)
        if result is not None and result.reason and result.reason not in params.get("reasons", ()):
            params["reasons"] = [result.reason, *params.get("reasons", ())]


def check_action(ctx: Context, application_id: str, action: Action | str, params: dict | None = None) -> State:
    """What ``act`` would decide, without doing it: the state the case would move to, or
    the error that refuses it. The approver's screen asks before it asks for confirmation."""
    with ctx.db.read() as s:
        params = dict(params or {})
        options = params.pop("benefit_options", None) or {}
        return _checked(s, ctx, _get(s, application_id), Action(action), params, ctx.today(), options)[1]


def _apply(w: Work, app: Application, action: Action, params: dict, today: date) -> None:
    ctx = w.ctx
    if action is Action.ACCEPT:
        app.accepted_on = today
        app.missing_materials = []
    elif action is Action.REQUEST_MATERIALS:
        app.missing_materials = list(params["missing"])
    elif action is Action.SUPPLY_MATERIALS:
        app.missing_materials = []
    elif action in (Action.REFUSE_ACCEPTANCE, Action.WITHDRAW, Action.RECORD_OBJECTION):
        app.reasons = _reasons(params)
        if action is Action.RECORD_OBJECTION:
            app.notice_start = app.notice_end = None
            app.review_recommends = None
    elif action is Action.RECORD_VISIT:
        visit_date = params.get("visit_date") or today
        if visit_date > today:
            raise ValidationError("visit.future", "the visit date is in the future",
                                  field="visit_date")
        visit = Visit(application_id=app.id, visit_date=visit_date,
                      investigators=[str(i).strip() for i in params["investigators"] if str(i).strip()],
                      investigator_ids=list(params.get("investigator_ids", ())),
                      by_county=ctx.actor.is_county, findings=dict(params.get("findings", {})),
                      conclusion=str(params.get("conclusion", "")).strip())
        w.add(visit)
        params["visit_id"] = visit.id
    elif action is Action.REVIEW:
        # 初审: assistance that excludes this one, or the same temporary aid within 12
        # months, is named on the review (the reviewer decides; nothing is refused here).
        found = persons.assistance_flags(w.session, app.id, app.type,
                                         app.household.hardship_cause or "", today)
        if found:
            params["flags"] = [f.as_dict() for f in found]
            w.detail["flags"] = [[f.code, f.other.application_id] for f in found]
        app.review_recommends = bool(params["recommend"])
        app.proposed_fen = params.get("amount_fen") if params["recommend"] else None
        app.explanation = str(params.get("explanation", ""))
        app.reasons = _reasons(params)
    elif action is Action.PUBLISH:
        start = params.get("start") or today
        app.notice_start, app.notice_end = workflow.notice_period(start)
        if (today - start).days > workflow.NOTICE_BACKDATE_DAYS:
            # Shown with the case (history, review points) and kept in the audit.
            params["backdated_days"] = (today - start).days
            params["backdate_reason"] = str(params["backdate_reason"]).strip()
    elif action is Action.HAND_UP:
        app.handed_up_on = today
    elif action is Action.EXTEND:
        app.extended = True
        app.extension_reason = "；".join(_reasons(params))
    elif action in (Action.PAY_FIRST, Action.COMPLETE_PAY_FIRST):
        from . import urgent_aid as urgent_service
        urgent_service.apply(w, app, action, params, today)
    elif action is Action.RECORD_DELIVERY:
        app.delivered_on = params["delivered_on"]
        app.delivery = {"method": params["method"], "recipient": str(params["recipient"]).strip(),
                        "place": str(params.get("place", "")).strip()}
    elif action in _OUTCOMES:
        _decision_effects(app, action, params.get("amount_fen"), params.get("start_month"),
                          _reasons(params), today)
        county_visit = _county_visit(w, app, params.get("county_visit"))
        if county_visit:
            params["county_visit"] = county_visit
        decision = Decision(application_id=app.id, township_code=app.township_code, type=app.type,
                            outcome=_OUTCOMES[action], amount_fen=params.get("amount_fen"),
                            start_month=params.get("start_month"), reasons=_reasons(params),
                            decided_by=ctx.user.display_name, decided_at=ctx.now(),
                            county_visit=county_visit, applied=True,
                            number=None if action is Action.RETURN else
                            docnumbers.next_number(w.session, ctx.actor.site_code, today.year))
        w.add(decision, site_code=ctx.actor.site_code)
        params["decision_id"] = decision.id
        _record_overpayment(w, app, action, params)


def _record_overpayment(w: Work, app: Application, action: Action, params: dict) -> None:
    """A reduction or stop from a month already paid: the overpayment (多发) it leaves,
    kept with its event and audited (the notice states it; the rolls offset it)."""
    if action not in (Action.REDUCE, Action.STOP) or not params.get("start_month"):
        return
    from . import payroll
    w.session.flush()
    o = payroll._overpayment(w.session, app.id)
    if o is not None:
        params["overpaid"] = {"amount_fen": o.amount_fen, "first_month": o.first_month,
                              "last_month": o.last_month}
        w.detail["overpaid"] = params["overpaid"]


def _approval_record(s: Session, app: Application, params: dict, day: date) -> None:
    """What the approval fixes besides the amount, kept with its event: the review interval
    (yearly, or 6-monthly with irregular income or able-bodied members; DOMAIN.md 复核) and,
    for tekun, the care tier from the self-care assessment with its care standard."""
    from . import reviews
    from lishui_desktop.domain import review as rv
    if app.type in rv.REVIEWED_TYPES:
        interval = reviews.interval_for(s, app, day)
        params["review_interval"] = {"months": interval.months, "reason": interval.reason}
    if app.type == "tekun":
        result = _compute(s, app, day)
        care = next((st for st in result.steps if st.code == "tekun.care"), None)
        if care is not None:
            params["care"] = {"level": care.params["level"], "care_fen": care.params["care_fen"],
                              "text": care.text_zh()}


def _county_visit(w: Work, app: Application, visit: dict | None) -> dict | None:
    """The county's visit reported with its decision: kept as a Visit of the case where
    the case lives, and as plain data on the Decision for the township."""
    if not visit:
        return None
    plain = {"visit_date": visit["visit_date"].isoformat() if isinstance(visit["visit_date"], date)
             else visit["visit_date"],
             "investigators": [str(i).strip() for i in visit["investigators"] if str(i).strip()],
             # The township gets it as printed (Chinese, from domain.codes), code and text in one.
             "conclusion": codes.conclusion_text((visit.get("findings") or {}).get("conclusion", ""),
                                                 str(visit.get("conclusion", "")).strip())}
    if app.site_code == w.ctx.site.code:
        code = (visit.get("findings") or {}).get("conclusion")
        w.add(Visit(application_id=app.id, visit_date=date.fromisoformat(plain["visit_date"]),
                    investigators=plain["investigators"], investigator_ids=[], by_county=True,
                    findings={"conclusion": code} if code else {},
                    conclusion=str(visit.get("conclusion", "")).strip() if code else plain["conclusion"]))
    return plain


def _decision_effects(app: Application, action: Action, amount_fen: int | None,
                      start_month: str | None, reasons: list[str], today: date) -> None:
    """What a decision does to the case, wherever it was made (here or pulled from the county)."""
    if action is Action.APPROVE:
        app.amount_fen, app.start_month, app.decided_on = amount_fen, start_month, today
    elif action in (Action.RAISE, Action.REDUCE):
        app.amount_fen = amount_fen
    elif action is Action.REFUSE:
        app.decided_on = today
    elif action is Action.RETURN:
        app.handed_up_on = None
        app.notice_start = app.notice_end = None
        app.review_recommends = None
    app.reasons = reasons


_ACTION_BY_OUTCOME = {v: k for k, v in _OUTCOMES.items()}


def apply_decision(ctx: Context, decision_id: str) -> State | None:
    """Take a decision pulled from the county into the township's case.

    The county's approver made it under the workflow rules on their desktop
    and the city server checked the case was waiting for it; here the case
    moves on and its event names the approver. A decision that no longer fits
    the case (decided meanwhile) is kept, marked, and changes nothing.
    """
    with ctx.work("application.decision_received", entity="decision", entity_id=decision_id) as w:
        s = w.session
        d = s.get(Decision, decision_id)
        if d is None:
            raise NotFound("decision.missing", "no such decision", field="decision_id")
        if d.applied:
            return None
        d.applied = True
        app = s.get(Application, d.application_id)
        action = _ACTION_BY_OUTCOME.get(d.outcome)
        if app is None or action is None or State(app.state) not in workflow.TRANSITIONS[action].sources:
            w.detail = {"ignored": True, "outcome": d.outcome,
                        "state": app.state if app else None}
            return None
        before = app.state
        target = workflow.TRANSITIONS[action].target
        if d.county_visit:
            w.add(Visit(application_id=app.id,
                        visit_date=date.fromisoformat(d.county_visit["visit_date"]),
                        investigators=list(d.county_visit.get("investigators", ())),
                        investigator_ids=[], by_county=True, findings={},
                        conclusion=d.county_visit.get("conclusion", "")))
        _decision_effects(app, action, d.amount_fen, d.start_month, list(d.reasons or ()),
                          d.decided_at.date())
        if target is not None:
            app.state = target.value
        if action in (Action.RAISE, Action.REDUCE, Action.STOP):
            from .reviews import close_by_decision
            close_by_decision(w, app, {"raised": "raise", "reduced": "reduce", "stopped": "stop"}[d.outcome],
                              d.amount_fen, list(d.reasons or ()), d.decided_by,
                              d.decided_at.date(), d.id)
        _refresh_due(s, app, ctx.today())
        w.touch(app)
        w.entity, w.entity_id = "application", app.id
        w.detail = {"action": action.value, "from": before, "to": app.state, "decision_id": d.id}
        params = {"decision_id": d.id, "amount_fen": d.amount_fen,
                  "start_month": d.start_month, "reasons": list(d.reasons or ())}
        _record_overpayment(w, app, action, params)
        w.add(CaseEvent(application_id=app.id, action=action.value, from_state=before,
                        to_state=app.state, actor_name=d.decided_by, at=d.decided_at,
                        params=params))
        return State(app.state)


def _reasons(params: dict) -> list[str]:
    return list(params.get("reasons", ()))


def _event_params(action: Action, params: dict) -> dict:
    out = {}
    for k, v in params.items():
        out[k] = v.isoformat() if isinstance(v, date) else v
    return out


def _event(w: Work, app: Application, action: str, before: str, params: dict) -> None:
    w.add(CaseEvent(application_id=app.id, action=action, from_state=before, to_state=app.state,
                    actor_name=w.ctx.user.display_name, at=w.ctx.now(), params=params))


def _case_dates(s: Session, app: Application, check: "crosscheck.CaseCheck | None" = None,
                *, checks_known: bool = False) -> deadlines.CaseDates:
    """The dates the limits count from; ``check`` (with ``checks_known``) when the caller
    read the cross-checks of many cases at once."""
    if not checks_known:
        check = crosscheck.case_checks(s, [app.id]).get(app.id)
    return deadlines.CaseDates(State(app.state), app.accepted_on, app.handed_up_on,
                               app.notice_end, bool(app.extended), notice_start=app.notice_start,
                               decided_on=app.decided_on, delivered_on=app.delivered_on,
                               crosscheck_requested_on=check.pending_since if check else None,
                               paid_first_on=app.paid_first_on, completed_on=app.completed_on)


def _refresh_due(s: Session, app: Application, today: date, cal=None, limits=None,
                 **check) -> None:
    app.due_date = deadlines.due_date(_case_dates(s, app, **check), cal or reference.calendar(s),
                                      limits or reference.deadline_limits(s, app.county_code))


refresh_due = _refresh_due      # a cross-check request or result moves the case's due date


def deadline(ctx: Context, application_id: str) -> deadlines.Due:
    """The case's next due date, which limit it is (``text_zh``), and whether it
    rests on computed holidays (provisional)."""
    with ctx.db.read() as s:
        app = _get(s, application_id)
        return deadlines.due(_case_dates(s, app), reference.calendar(s), ctx.today(),
                             reference.deadline_limits(s, app.county_code))


def decision_due_if_handed_up(ctx: Context, application_id: str) -> deadlines.Due:
    """What the county's decision limit would be if the case were handed up today:
    the hand-up dialog states the same days and date the case will then carry."""
    with ctx.db.read() as s:
        app = _get(s, application_id)
        today = ctx.today()
        dates = dataclasses.replace(_case_dates(s, app), state=State.AWAITING_DECISION, handed_up_on=today)
        return deadlines.due(dates, reference.calendar(s), today,
                             reference.deadline_limits(s, app.county_code))


def refresh_due_dates(ctx: Context, *, crosschecks: list[str] | None = None) -> int:
    """Recount the stored due dates of open cases after the calendar changed (the
    city handed down a year's official schedule), or only those of the cases of the given
    cross-checks (a request or result came in by sync). The due date is derived, so it
    is kept locally and not sent as a change. Returns how many moved."""
    with ctx.db.write() as s:
        return _refresh_due_dates(s, ctx, crosschecks)


def refresh_stale_due_dates(ctx: Context) -> int:
    """Recount what the pulled pages marked as moved (``STALE_DUE_DATES``), and clear
    the mark in the same transaction. Returns how many moved."""
    with ctx.db.read() as s:
        if not settings.get_json(s, STALE_DUE_DATES):
            return 0
    with ctx.db.write() as s:
        stale = settings.get_json(s, STALE_DUE_DATES)
        if not stale:
            return 0
        settings.put_json(s, STALE_DUE_DATES, None)
        return _refresh_due_dates(s, ctx, None if stale.get("all") else stale.get("crosschecks", []))


def _refresh_due_dates(s: Session, ctx: Context, crosschecks: list[str] | None) -> int:
    moved = 0
    which = [or_(Application.state.in_([st.value for st in workflow.OPEN]),
                 and_(Application.paid_first_on.is_not(None), Application.completed_on.is_(None)))]
    if crosschecks is not None:
        which.append(Application.id.in_(select(CrossCheck.application_id)
                                        .where(CrossCheck.id.in_(crosschecks))))
    apps = s.scalars(select(Application).where(*which)).all()
    if not apps:
        # A page's cross-checks often name no open case: the calendar is not read for none.
        return 0
    cal = reference.calendar(s)
    checks = crosscheck.case_checks(s, [a.id for a in apps])
    limits: dict[str, deadlines.Limits] = {}    # read once per county, not once per case
    for app in apps:
        before = app.due_date
        if app.county_code not in limits:
            limits[app.county_code] = reference.deadline_limits(s, app.county_code)
        _refresh_due(s, app, ctx.today(), cal, limits[app.county_code],
                     check=checks.get(app.id), checks_known=True)
        moved += app.due_date != before
    return moved


def _get(s: Session, application_id: str) -> Application:
    app = s.get(Application, application_id)
    if app is None:
        raise NotFound("application.missing", "no such case", field="application_id")
    return app


@dataclass(frozen=True)
class CaseSummary:
    id: str
    version: int
    state: State
    type: str
    household_id: str
    head_name: str
    due_date: date | None
    overdue: bool
    amount_fen: int | None
    proposed_fen: int | None
    notice_end: date | None


def summary(ctx: Context, application_id: str) -> CaseSummary:
    with ctx.db.read() as s:
        app = _get(s, application_id)
        h = s.get(Household, app.household_id)
        return CaseSummary(app.id, app.version, State(app.state), app.type, app.household_id,
                           h.head_name, app.due_date,
                           bool(app.due_date and app.due_date < ctx.today()), app.amount_fen,
                           app.proposed_fen, app.notice_end)


# --- attachments: photos and scans, kept in the database by their SHA-256 ---------------

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentFile:
    filename: str
    data: bytes
    mime: str = "application/octet-stream"


def _store_attachments(w: Work, app: Application, visit_id: str | None,
                       files: list[AttachmentFile]) -> list[str]:
    ids = []
    for f in files:
        name = (f.filename or "").strip()
        if not name:
            raise ValidationError("attachment.name", "an attachment needs a file name", field="attachments")
        if not f.data:
            raise ValidationError("attachment.empty", f"{name} is empty", field="attachments", name=name)
        if len(f.data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError("attachment.too_large", f"{name} is larger than 20 MB",
                                  field="attachments", name=name, limit_mb=MAX_ATTACHMENT_BYTES // 2**20)
        digest = hashlib.sha256(f.data).hexdigest()
        if w.session.get(AttachmentBlob, digest) is None:
            w.session.add(AttachmentBlob(sha256=digest, data=f.data))
        att = Attachment(application_id=app.id, visit_id=visit_id, filename=name[:200],
                         mime=f.mime or "application/octet-stream", size=len(f.data), sha256=digest)
        w.add(att, site_code=app.site_code if app.site_code == w.ctx.site.code else None)
        ids.append(att.id)
    return ids


def record_visit(ctx: Context, application_id: str, params: dict,
                 attachments: list[AttachmentFile] = (), *, expected_version: int | None = None) -> State:
    """The home visit and its photos and scans in one transaction: all or nothing."""
    with ctx.work(f"application.{Action.RECORD_VISIT.value}", entity="application",
                  entity_id=application_id) as w:
        params = dict(params or {})
        target = _act_in(w, application_id, Action.RECORD_VISIT, params, expected_version)
        if attachments:
            ids = _store_attachments(w, _get(w.session, application_id), params["visit_id"],
                                     list(attachments))
            w.detail = {**w.detail, "attachments": len(ids)}
        return target


def add_attachments(ctx: Context, application_id: str, files: list[AttachmentFile]) -> list[str]:
    """Scans of the application's documents (ID card, household register, certificates)."""
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER, Role.APPROVER):
        raise PermissionDenied("application.role", "only case staff add attachments", field="role")
    with ctx.work("attachment.add", entity="application", entity_id=application_id) as w:
        app = _get(w.session, application_id)
        ids = _store_attachments(w, app, None, list(files))
        w.detail = {"count": len(ids)}
        return ids


def attachment_data(ctx: Context, attachment_id: str) -> tuple[str, str, bytes]:
    """(file name, MIME type, contents); opening one is audited, as scans hold personal data."""
    with ctx.work("attachment.open", entity="attachment", entity_id=attachment_id) as w:
        att = w.session.get(Attachment, attachment_id)
        if att is None:
            raise NotFound("attachment.missing", "no such attachment", field="attachment_id")
        blob = w.session.get(AttachmentBlob, att.sha256)
        if blob is None:
            raise NotFound("attachment.blob_missing", "the file's contents are not in this database",
                           field="attachment_id")
        w.detail = {"sha256": att.sha256}
        return att.filename, att.mime, bytes(blob.data)
