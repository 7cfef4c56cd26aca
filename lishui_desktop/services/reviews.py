"""复核: the schedule of periodic reviews, reported changes, and the review itself.

A review is a home visit plus a recalculation (the same benefit rules the
preliminary review used), ending in continue / raise / reduce / stop. The
township records the visit and proposes; the competent body decides. Raise,
reduce and stop are the case's own workflow actions (domain.workflow), so
their Decision record, notice and sync are the ones every decision has.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.domain import review as rv
from lishui_desktop.domain import workflow
from lishui_desktop.domain.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.workflow import Action, Role, State
from lishui_desktop.store.models import Application, Household, Income, Review, Village

from . import docnumbers

from . import applications as ap
from . import reference
from .context import Context, Work
from .households import domain_household

OPEN_STATES = ("opened", "visited", "proposed")
# How the 渐退期 sentence opens (benefit step "dibao.taper"): a proposal's reason that does.
TAPER_OPENING = "家庭因就业收入增加"


def _interval(s: Session, app: Application, day: date) -> rv.Interval:
    h = s.get(Household, app.household_id)
    cats = tuple(s.scalars(select(Income.category).where(Income.household_id == h.id)))
    return rv.review_interval(app.type, domain_household(h), day, cats)


interval_for = _interval      # the approval records it and its notice states it (applications, notices)


def _base_date(app: Application) -> date:
    if app.decided_on:
        return app.decided_on
    if app.start_month:
        y, m = app.start_month.split("-")
        return date(int(y), int(m), 1)
    return app.updated_at.date()


def schedule(ctx: Context) -> int:
    """Give every active case without one its next review date; returns how many."""
    with ctx.db.read() as s:
        missing = s.scalar(select(Application.id).where(
            Application.state == State.APPROVED.value, Application.next_review_on.is_(None),
            Application.type.in_(sorted(rv.REVIEWED_TYPES)),
            Application.site_code == ctx.site.code).limit(1))
    if missing is None:
        return 0
    with ctx.work("review.schedule", entity="application") as w:
        apps = w.session.scalars(select(Application).where(
            Application.state == State.APPROVED.value, Application.next_review_on.is_(None),
            Application.type.in_(sorted(rv.REVIEWED_TYPES)),
            Application.site_code == ctx.site.code)).all()
        for app in apps:
            app.next_review_on = rv.next_review(_base_date(app), _interval(w.session, app, ctx.today()))
            w.touch(app)
        w.detail = {"scheduled": len(apps)}
        return len(apps)


@dataclass(frozen=True)
class DueReview:
    application_id: str
    review_id: str | None         # the open review, if one was started
    head_name: str
    village: str
    type: str
    trigger: str                  # "periodic" or the reported change
    review_date: date
    deadline: date
    days_left: int
    status: str                   # upcoming | due | overdue
    state: str | None             # the open review's step, None when not started


def due_list(ctx: Context, before: date | None = None) -> list[DueReview]:
    """Open reviews and periodic reviews falling due up to ``before`` (default: the
    ones due now, i.e. within the lead time), most urgent first."""
    schedule(ctx)
    today = ctx.today()
    with ctx.db.read() as s:
        cal = reference.calendar(s)
        if before is None:
            before = cal.add_working_days(today, rv.DUE_LEAD_WORKING_DAYS)
        villages = {v.code: v.name for v in s.scalars(select(Village))}
        out: list[DueReview] = []
        open_apps = set()
        rows = s.execute(select(Review, Application.type, Household.head_name, Household.village_code)
                         .join(Application, Application.id == Review.application_id)
                         .join(Household, Household.id == Application.household_id)
                         .where(Review.state.in_(OPEN_STATES))).all()
        for r, typ, head, village in rows:
            open_apps.add(r.application_id)
            st = rv.due_status(r.due_on, today, cal)
            out.append(DueReview(r.application_id, r.id, head, villages.get(village or "", ""), typ,
                                 r.trigger, r.due_on, st.deadline, st.days_left, st.status, r.state))
        rows = s.execute(select(Application.id, Application.type, Application.next_review_on,
                                Household.head_name, Household.village_code)
                         .join(Household, Household.id == Application.household_id)
                         .where(Application.state == State.APPROVED.value,
                                Application.next_review_on.is_not(None),
                                Application.next_review_on <= before)).all()
        for aid, typ, when, head, village in rows:
            if aid in open_apps:
                continue
            st = rv.due_status(when, today, cal)
            out.append(DueReview(aid, None, head, villages.get(village or "", ""), typ, "periodic",
                                 when, st.deadline, st.days_left, st.status, None))
    out.sort(key=lambda d: (d.deadline, d.head_name))
    return out


def _staff(ctx: Context) -> None:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER):
        raise PermissionDenied("review.role", "reviews are carried out by township staff",
                               field="role")


def _get(s: Session, review_id: str) -> Review:
    r = s.get(Review, review_id)
    if r is None:
        raise NotFound("review.missing", "no such review", field="review_id")
    return r


def open_review(ctx: Context, application_id: str, trigger: str = "periodic", note: str = "",
                reported_on: date | None = None) -> str:
    """Start a review: the periodic one, or early because of a reported change."""
    _staff(ctx)
    rv.check_trigger(trigger, note)
    today = ctx.today()
    reported_on = reported_on or today
    if reported_on > today:
        raise ValidationError("review.reported_future", "the report date is in the future",
                              field="reported_on")
    with ctx.work("review.open", entity="application", entity_id=application_id) as w:
        s = w.session
        app = ap._get(s, application_id)
        if app.state != State.APPROVED.value:
            raise WorkflowError("review.not_active", "only a case being paid is reviewed",
                                field="state", state=app.state)
        if app.site_code != ctx.site.code:
            raise PermissionDenied("application.foreign", "this case belongs to another site",
                                   field="application_id")
        if s.scalar(select(Review.id).where(Review.application_id == app.id,
                                            Review.state.in_(OPEN_STATES))):
            raise ValidationError("review.already_open", "this case already has a review under way",
                                  field="application_id")
        cal = reference.calendar(s)
        if trigger == "periodic":
            due = app.next_review_on or rv.next_review(_base_date(app), _interval(s, app, today))
        else:
            due = rv.reported_deadline(reported_on, cal)
        r = Review(application_id=app.id, trigger=trigger, note=(note or "").strip(),
                   opened_on=reported_on, due_on=due, state="opened", investigators=[],
                   findings={}, conclusion="", explanation="", reasons=[],
                   current_fen=app.amount_fen)
        w.add(r)
        w.entity, w.entity_id = "review", r.id
        w.detail = {"application_id": app.id, "trigger": trigger}
        return r.id


def record_visit(ctx: Context, review_id: str, *, investigators: list[str],
                 visit_date: date | None = None, findings: dict | None = None,
                 conclusion: str = "") -> None:
    """The review's home visit (at least two investigators). The household's changed
    facts (a birth, a new job) are saved on the household form beforehand."""
    _staff(ctx)
    names = [str(i).strip() for i in investigators if str(i).strip()]
    if len(set(names)) < workflow.MIN_INVESTIGATORS:
        raise ValidationError("visit.investigators",
                              f"a home visit needs at least {workflow.MIN_INVESTIGATORS} investigators",
                              field="investigators", minimum=workflow.MIN_INVESTIGATORS)
    visit_date = visit_date or ctx.today()
    if visit_date > ctx.today():
        raise ValidationError("visit.future", "the visit date is in the future", field="visit_date")
    with ctx.work("review.visit", entity="review", entity_id=review_id) as w:
        r = _get(w.session, review_id)
        if r.state not in ("opened", "visited"):
            raise WorkflowError("review.state", "the visit is recorded before the proposal",
                                field="state", state=r.state)
        if visit_date < r.opened_on:
            raise ValidationError("visit.before_review", "the visit is before the review was opened",
                                  field="visit_date")
        r.visit_date, r.investigators = visit_date, names
        r.findings, r.conclusion = dict(findings or {}), (conclusion or "").strip()
        r.state = "visited"
        w.touch(r)


def _reckon(s: Session, app: Application, day: date, taper: bool):
    """The recalculation; ``taper``: the household asks for the 渐退期 (employment lifted it
    above the standard; benefit.dibao_taper with the county's months), checked by the service."""
    return ap._compute(s, app, day, **ap.chosen_options(s, app, {"taper": True} if taper else {}, day))


def _taper_step(result):
    return next((st for st in result.steps if st.code == "dibao.taper"), None)


def recalculate(ctx: Context, review_id: str, *, taper: bool = False):
    """The benefit the rules give the household today (BenefitResult) and the outcome
    it points to."""
    with ctx.db.read() as s:
        r = _get(s, review_id)
        app = ap._get(s, r.application_id)
        result = _reckon(s, app, ctx.today(), taper)
        return result, rv.proposed_outcome(app.amount_fen or 0, result.amount_fen, result.eligible)


def propose(ctx: Context, review_id: str, *, reasons: list[str], outcome: str | None = None,
            amount_fen: int | None = None, taper: bool = False) -> str:
    """The township's proposal after the visit: by default what the recalculation
    points to; a different outcome needs its own reasons like any other."""
    if ctx.user.role is not Role.REVIEWER:
        raise PermissionDenied("review.propose_role", "the township reviewer makes the proposal",
                               field="role")
    with ctx.work("review.propose", entity="review", entity_id=review_id) as w:
        s = w.session
        r = _get(s, review_id)
        if r.state != "visited":
            raise WorkflowError("review.no_visit", "the review's home visit comes first",
                                field="state", state=r.state)
        app = ap._get(s, r.application_id)
        result = _reckon(s, app, ctx.today(), taper)
        suggested = rv.proposed_outcome(app.amount_fen or 0, result.amount_fen, result.eligible)
        outcome = outcome or suggested
        step = _taper_step(result)
        if step is not None and outcome == "continue":
            # The taper is the reason the benefit continues: stated first, and on the notice.
            reasons = [step.text_zh(), *[x for x in reasons if str(x).strip() != step.text_zh()]]
        if amount_fen is None and outcome in ("raise", "reduce"):
            amount_fen = result.amount_fen
        rv.check_outcome(outcome, reasons, amount_fen, app.amount_fen or 0)
        r.current_fen, r.recalculated_fen = app.amount_fen, result.amount_fen
        r.explanation = result.text_zh()
        r.proposal, r.proposed_fen = outcome, amount_fen if outcome in ("raise", "reduce") else None
        r.reasons = [str(x).strip() for x in reasons if str(x).strip()]
        r.state = "proposed"
        w.touch(r)
        w.detail = {"proposal": outcome, "suggested": suggested}
        return outcome


def decide(ctx: Context, review_id: str, *, outcome: str, reasons: list[str],
           amount_fen: int | None = None, start_month: str | None = None) -> str:
    """The competent body's conclusion. Raise, reduce and stop are the case's workflow
    actions (role, separation of duties and the approval level are checked there);
    continue is checked against the same role the raise would need.

    ``start_month``: when the change came about in a month already paid (found out
    late), the month it takes effect from; a reduction or stop then leaves an
    overpayment the next rolls offset (domain.payroll)."""
    with ctx.work("review.decide", entity="review", entity_id=review_id) as w:
        s = w.session
        r = _get(s, review_id)
        if r.state != "proposed":
            raise WorkflowError("review.not_proposed", "the township's proposal comes first",
                                field="state", state=r.state)
        app = ap._get(s, r.application_id)
        if amount_fen is None and outcome in ("raise", "reduce") and r.proposal == outcome:
            amount_fen = r.proposed_fen
        rv.check_outcome(outcome, reasons, amount_fen, app.amount_fen or 0)
        reasons = [str(x).strip() for x in reasons if str(x).strip()]
        taper = next((x for x in r.reasons or () if x.startswith(TAPER_OPENING)), None)
        if outcome == "continue" and r.proposal == "continue" and taper and taper not in reasons:
            reasons = [taper, *reasons]      # the proposal's 渐退期 stays the stated ground
        if outcome == "continue":
            facts = ap.case_facts(s, app)
            # The same gate as a raise, without the amount: who may decide this case.
            workflow.check(Action.RAISE, facts, ctx.actor,
                           {"reasons": reasons, "amount_fen": (app.amount_fen or 0) + 1},
                           today=ctx.today())
            # Its notice goes out under the deciding body's number, as a decision's does.
            r.number = docnumbers.next_number(s, ctx.actor.site_code, ctx.today().year)
        else:
            params = {"reasons": reasons}
            if outcome in ("raise", "reduce"):
                params["amount_fen"] = amount_fen
            if start_month:
                params["start_month"] = start_month
            ap._act_in(w, app.id, rv.OUTCOME_ACTIONS[outcome], params, None)
            r.decision_id = params.get("decision_id")
        _close(w, r, app, outcome, amount_fen, reasons, ctx.user.display_name, ctx.today())
        if outcome == "continue" and taper and taper in reasons and app.next_review_on:
            # The household is reviewed again when its taper ends (or earlier, as scheduled).
            step = _taper_step(_reckon(s, app, ctx.today(), True))
            if step is not None and step.params["until"] < app.next_review_on:
                app.next_review_on = step.params["until"]
        w.detail = {"outcome": outcome, "application_id": app.id}
        return outcome


def _close(w: Work, r: Review, app: Application, outcome: str, amount_fen: int | None,
           reasons: list[str], by: str, day: date) -> None:
    r.outcome, r.reasons, r.decided_by, r.decided_on = outcome, reasons, by, day
    r.amount_fen = amount_fen if outcome in ("raise", "reduce") else (
        None if outcome == "stop" else app.amount_fen)
    r.state = "decided"
    if app.state == State.APPROVED.value and app.site_code == w.ctx.site.code:
        app.next_review_on = rv.next_review(day, _interval(w.session, app, day))
        w.touch(app)
    w.touch(r)


def close_by_decision(w: Work, app: Application, outcome: str, amount_fen: int | None,
                      reasons: list[str], by: str, day: date, decision_id: str) -> None:
    """A raise, reduction or stop the county decided (pulled in sync) closes the case's
    review that proposed it."""
    r = w.session.scalar(select(Review).where(Review.application_id == app.id,
                                              Review.state == "proposed"))
    if r is None or r.site_code != w.ctx.site.code:
        return
    r.decision_id = decision_id
    _close(w, r, app, outcome, amount_fen, reasons, by, day)


@dataclass(frozen=True)
class ReviewView:
    id: str
    application_id: str
    trigger: str
    note: str
    opened_on: date
    due_on: date
    state: str
    visit_date: date | None
    investigators: tuple[str, ...]
    conclusion: str
    current_fen: int | None
    recalculated_fen: int | None
    explanation: str
    proposal: str | None
    proposed_fen: int | None
    outcome: str | None
    amount_fen: int | None
    reasons: tuple[str, ...]
    decided_by: str | None
    decided_on: date | None


def _view(r: Review) -> ReviewView:
    return ReviewView(r.id, r.application_id, r.trigger, r.note, r.opened_on, r.due_on, r.state,
                      r.visit_date, tuple(r.investigators or ()), r.conclusion, r.current_fen,
                      r.recalculated_fen, r.explanation, r.proposal, r.proposed_fen, r.outcome,
                      r.amount_fen, tuple(r.reasons or ()), r.decided_by, r.decided_on)


def get(ctx: Context, review_id: str) -> ReviewView:
    with ctx.db.read() as s:
        return _view(_get(s, review_id))


def reviews_of(ctx: Context, application_id: str) -> list[ReviewView]:
    with ctx.db.read() as s:
        return [_view(r) for r in s.scalars(select(Review).where(
            Review.application_id == application_id).order_by(Review.opened_on, Review.id))]


NOTICE_KIND = {"raise": "raise", "reduce": "reduce", "stop": "stop"}

