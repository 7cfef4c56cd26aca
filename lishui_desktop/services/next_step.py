"""The next step of cases as the signed-in user sees it: what comes next, who takes it
(by role, and by name where one person does), by when, and whether this user can only
wait. The step itself is ``domain.next_step``; this reads the facts it needs for many
cases at once (a list page asks for a hundred rows) in the caller's read transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lishui_desktop.domain import deadlines, next_step as ns_rules, workflow
from lishui_desktop.domain.next_step import NextStep
from lishui_desktop.domain.workflow import Action, Role, State
from lishui_desktop.store.models import Application, ApprovalLevel, Household, User, Visit

from . import crosscheck
from .context import Context


@dataclass(frozen=True)
class CaseStep:
    step: NextStep
    person: str | None      # the assigned caseworker, or the only user of the role here
    yours: bool             # the signed-in user takes this step
    waiting: bool           # the signed-in user can only wait (on someone, the applicant, a date)


def steps(ctx: Context, application_ids: list[str],
          dues: dict[str, deadlines.Due] | None = None) -> dict[str, CaseStep]:
    """The next step of each case; ``dues`` (the full deadline, with its limit) where
    the caller has it, else the stored due date."""
    if not application_ids:
        return {}
    today, actor = ctx.today(), ctx.actor
    with ctx.db.read() as s:
        rows = s.execute(select(Application.id, Application.state, Application.type, Application.county_code,
                                Application.township_code, Application.review_recommends,
                                Application.notice_end, Application.delivered_on, Application.extended,
                                Application.involved, Application.assigned_to, Application.next_review_on,
                                Application.due_date, Application.urgent, Application.paid_first_on,
                                Application.completed_on, Household.staff_relative)
                         .join(Household, Household.id == Application.household_id)
                         .where(Application.id.in_(application_ids))).all()
        county_visited = set(s.scalars(select(Visit.application_id).where(
            Visit.application_id.in_(application_ids), Visit.by_county.is_(True))))
        levels = {(r.county_code, r.type): r.level for r in s.execute(
            select(ApprovalLevel.county_code, ApprovalLevel.type, ApprovalLevel.level))}
        checks = crosscheck.case_checks(s, [r.id for r in rows])
        users = s.execute(select(User.id, User.display_name, User.role, User.site_code)
                          .where(User.active.is_(True))).all()
    names = {u.id: u.display_name for u in users}
    out = {}
    for r in rows:
        facts = workflow.CaseFacts(
            state=State(r.state), assistance_type=r.type, involved=frozenset(r.involved or ()),
            visits=(workflow.VisitFacts((), by_county=True),) if r.id in county_visited else (),
            staff_relative=bool(r.staff_relative), notice_end=r.notice_end,
            review_recommends=None if r.review_recommends is None else bool(r.review_recommends),
            approval_level=levels.get((r.county_code, r.type), "county"), extended=bool(r.extended),
            delivered_on=r.delivered_on, crosscheck_outcome=checks[r.id].outcome if r.id in checks else None,
            urgent=bool(r.urgent), paid_first_on=r.paid_first_on, completed_on=r.completed_on)
        due = (dues or {}).get(r.id)
        step = ns_rules.next_step(facts, due=due.due if due else r.due_date, limit=due.limit if due else None,
                                  next_review_on=r.next_review_on,
                                  crosscheck_pending=r.id in checks and checks[r.id].pending_since is not None)
        yours = _yours(step, facts, actor, today)
        waiting = not step.closed and (not yours or step.step == ns_rules.WAIT_MATERIALS
                                       or (step.until is not None and today < step.until))
        out[r.id] = CaseStep(step, _person(step, r, names, users), yours, waiting)
    return out


def step_of(ctx: Context, application_id: str, due: deadlines.Due | None = None) -> CaseStep | None:
    return steps(ctx, [application_id], {application_id: due} if due else None).get(application_id)


def _yours(step: NextStep, facts: workflow.CaseFacts, actor: workflow.Actor, today: date) -> bool:
    if step.closed:
        return False
    try:
        action = Action(step.step)
    except ValueError:
        return actor.role in step.roles      # a wait or the periodic review: the role's own
    # The workflow's own answer: role, the approval level, separation of duties.
    return action in workflow.allowed_actions(facts, actor, today=today)


def _person(step: NextStep, r, names: dict[str, str], users) -> str | None:
    if not step.roles:
        return None
    role = step.roles[0]
    if role is Role.CASEWORKER and r.assigned_to:
        return names.get(r.assigned_to)
    # A reviewer's or approver's step: named when one person holds that role there.
    site = r.township_code if role is Role.REVIEWER else r.county_code
    holders = [u.display_name for u in users if u.role == role.value and u.site_code == site]
    return holders[0] if len(holders) == 1 else None
