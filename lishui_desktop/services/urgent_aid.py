"""Urgent temporary aid (急难型临时救助): the township's pay-first and its completion.

The rules are domain.urgent_aid (limit, period, what completion consists of) and the
workflow's PAY_FIRST / COMPLETE_PAY_FIRST transitions; both steps go through
``applications.act``, the one gate every caller (GUI, CLI, sync) passes, so a pay-first
over the county's limit, on a case that is not urgent temporary aid, or by a role
without the right, is refused there with nothing written. This module names the two
steps for callers and applies their effects.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lishui_desktop.domain import urgent_aid as rules
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.store.models import Application, Decision, Visit

from . import applications, docnumbers, reference
from .context import Context, Work

PAID_FIRST = "paid_first"      # the Decision outcome of a pay-first (sync/payloads)


@dataclass(frozen=True)
class PayFirstTerms:
    """What the pay-first dialog states before the caseworker commits: the county's
    limit, the completion period and the day the paperwork would then be due."""
    limit_fen: int
    completion_days: int
    due_if_paid_today: date
    requested_fen: int | None
    urgent: bool


def terms(ctx: Context, application_id: str) -> PayFirstTerms:
    with ctx.db.read() as s:
        app = applications._get(s, application_id)
        r = reference.urgent_rules(s, app.county_code)
        return PayFirstTerms(r.limit_fen, r.completion_days,
                             rules.completion_due(reference.calendar(s), ctx.today(), r),
                             app.requested_fen, bool(app.urgent))


def pay_first(ctx: Context, application_id: str, *, amount_fen: int, emergency: str,
              expected_version: int | None = None) -> State:
    """The township decides and pays ``amount_fen`` first (先行救助); the case is approved
    and owes its investigation and paperwork by the completion due date."""
    return applications.act(ctx, application_id, Action.PAY_FIRST,
                            {"amount_fen": amount_fen, "emergency": emergency},
                            expected_version=expected_version)


def complete(ctx: Context, application_id: str, *, completed_on: date, statement: str,
             items: list[str], visit_date: date, investigators: list[str], conclusion: str = "",
             expected_version: int | None = None) -> State:
    """Record the completed paperwork of a pay-first: the account of the emergency, the
    items done (domain.urgent_aid.COMPLETION_ITEMS) and the home visit it rests on."""
    return applications.act(ctx, application_id, Action.COMPLETE_PAY_FIRST,
                            {"completed_on": completed_on, "statement": statement, "items": list(items),
                             "visit_date": visit_date, "investigators": list(investigators),
                             "conclusion": conclusion}, expected_version=expected_version)


def apply(w: Work, app: Application, action: Action, params: dict, today: date) -> None:
    """The effects of the two steps (called by applications._apply once the rules agree)."""
    ctx = w.ctx
    if action is Action.PAY_FIRST:
        emergency = str(params["emergency"]).strip()
        app.amount_fen = params["amount_fen"]
        app.paid_first_on = app.decided_on = today
        app.start_month = f"{today:%Y-%m}"      # paid now, from the standby fund
        app.reasons = []
        params["emergency"] = emergency
        params["start_month"] = app.start_month
        decision = Decision(application_id=app.id, township_code=app.township_code, type=app.type,
                            outcome=PAID_FIRST, amount_fen=app.amount_fen, start_month=app.start_month,
                            reasons=[emergency], decided_by=ctx.user.display_name, decided_at=ctx.now(),
                            county_visit=None, applied=True,
                            number=docnumbers.next_number(w.session, ctx.site.code, today.year))
        w.add(decision)
        params["decision_id"] = decision.id
        r = reference.urgent_rules(w.session, app.county_code)
        params["completion_due"] = rules.completion_due(reference.calendar(w.session), today, r).isoformat()
        params["limit_fen"] = r.limit_fen
        w.detail["amount_fen"] = app.amount_fen
        return
    visit = Visit(application_id=app.id, visit_date=params["visit_date"],
                  investigators=[str(i).strip() for i in params["investigators"] if str(i).strip()],
                  investigator_ids=[], by_county=False, findings={},
                  conclusion=str(params.get("conclusion") or "").strip())
    w.add(visit)
    app.completed_on = params["completed_on"]
    app.completion = {"statement": str(params["statement"]).strip(),
                      "items": [k for k in rules.COMPLETION_ITEMS if k in params["items"]],
                      "visit_id": visit.id}
    params["visit_id"] = visit.id
