"""What a case needs next, who takes that step, and by when (DOMAIN.md, "The procedure").

A person new to the procedure sees a state ("已入户调查") and the buttons her own role
allows, but not that the township reviewer's 初审 comes next, or that the case now waits
on the county. ``next_step`` says it for every state, from the same facts the workflow
decides on; the due date is the one ``deadlines`` counts for the state.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .crosscheck import CHECKED_TYPES
from .review import REVIEWED_TYPES
from .workflow import Action, CaseFacts, Role, State

# Steps that are not a workflow action.
WAIT_MATERIALS = "wait_materials"     # the applicant brings what was missing; then 材料已补正
WAIT_NOTICE = "wait_notice"           # the 7-day notice runs; it is closed the day after it ends
PERIODIC_REVIEW = "periodic_review"   # 复核 of an active case (services.reviews)
# 信息核对 (domain.crosscheck): the 初审 of a checked type rests on its recorded result.
REQUEST_CROSSCHECK = "request_crosscheck"   # the township asks, with the signed authorisation
CROSSCHECK_RESULT = "crosscheck_result"     # the county runs it (starts within 3 working days of
                                            # the request; the township may also record the
                                            # result from the county's report)
CLOSED = "closed"                     # nothing more happens on this case

_C, _R, _A = Role.CASEWORKER, Role.REVIEWER, Role.APPROVER


@dataclass(frozen=True)
class NextStep:
    step: str                          # an Action value or one of the keys above
    roles: tuple[Role, ...] = ()       # who takes it, the usual one first; () when closed
    due: date | None = None            # by when (deadlines.due for the state)
    limit: str | None = None           # which limit the due date is (deadlines.LIMIT_TEXT_ZH)
    until: date | None = None          # nothing can be done before this day (the notice runs)
    county_visit: bool = False         # the county must still visit in person (relative of staff)
    also: tuple[str, ...] = ()         # other usual steps at this point (e.g. ask for materials)

    @property
    def closed(self) -> bool:
        return self.step == CLOSED

    @property
    def decides(self) -> bool:
        return self.step in (Action.APPROVE.value, Action.REFUSE.value)


def next_step(case: CaseFacts, *, due: date | None = None, limit: str | None = None,
              next_review_on: date | None = None, crosscheck_pending: bool = False) -> NextStep:
    """The step the case waits for in its state; ``due``/``limit`` come from
    ``deadlines.due`` (or the stored due date, without the limit). ``crosscheck_pending``:
    a cross-check request without its result is on file."""
    s = case.state
    county_visit = (case.staff_relative and not any(v.by_county for v in case.visits)
                    and s in (State.INVESTIGATING, State.INVESTIGATED, State.REVIEWED, State.PUBLICIZING,
                              State.PUBLICIZED, State.AWAITING_DECISION))

    def step(action, roles, **kw) -> NextStep:
        key = action.value if isinstance(action, Action) else action
        return NextStep(key, roles, due, limit, county_visit=county_visit, **kw)

    if s is State.SUBMITTED:
        return step(Action.ACCEPT, (_C, _R), also=(Action.REQUEST_MATERIALS.value,))
    if s is State.MATERIALS_MISSING:
        return step(WAIT_MATERIALS, (_C, _R))
    if s is State.ACCEPTED:
        return step(Action.START_INVESTIGATION, (_C, _R))
    if s is State.INVESTIGATING:
        return step(Action.RECORD_VISIT, (_C, _R))
    if s is State.INVESTIGATED:
        if case.assistance_type in CHECKED_TYPES and case.crosscheck_outcome is None:
            # The 初审 needs the check's result (domain.crosscheck.review_allowed).
            if crosscheck_pending:
                return step(CROSSCHECK_RESULT, (_A,))
            return step(REQUEST_CROSSCHECK, (_C, _R))
        return step(Action.REVIEW, (_R,))
    if s is State.REVIEWED:
        if case.review_recommends is False:
            # Not recommended: no notice; the reviewer hands it up with the reasons.
            return step(Action.HAND_UP, (_R,))
        return step(Action.PUBLISH, (_C, _R))
    if s is State.PUBLICIZING:
        if case.notice_end is None:
            return step(Action.CLOSE_NOTICE, (_C, _R))
        return step(WAIT_NOTICE, (_C, _R), until=case.notice_end + timedelta(days=1))
    if s is State.PUBLICIZED:
        return step(Action.HAND_UP, (_R,))
    if s is State.AWAITING_DECISION:
        decider = _R if case.approval_level == "township" else _A
        return step(Action.APPROVE, (decider,), also=(Action.REFUSE.value, Action.RETURN.value))
    if s is State.REFUSED and case.delivered_on is None:
        return step(Action.RECORD_DELIVERY, (_C, _R))
    if s is State.APPROVED and case.paid_first_on is not None and case.completed_on is None:
        # Paid first by the township (先行救助): the investigation and paperwork are owed.
        return step(Action.COMPLETE_PAY_FIRST, (_C, _R))
    if s is State.APPROVED and case.assistance_type in REVIEWED_TYPES:
        # Monthly support goes on until a 复核 changes it; a one-off grant is done.
        return NextStep(PERIODIC_REVIEW, (_C, _R), next_review_on)
    return NextStep(CLOSED)


def waiting_on_others(ns: NextStep, role: Role, today: date) -> bool:
    """Whether a user of ``role`` can only wait: someone else takes the step, the
    applicant must bring materials first, or the notice still runs."""
    if ns.closed:
        return False
    if ns.step == WAIT_MATERIALS:
        return True
    if ns.until is not None and today < ns.until:
        return True
    return role not in ns.roles
