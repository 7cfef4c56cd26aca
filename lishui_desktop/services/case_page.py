"""Everything the case page shows, read in one transaction: one consistent snapshot of
the case even while a sync writes (each part alone would be its own transaction)."""
from __future__ import annotations

from dataclasses import dataclass

from lishui_desktop.domain import deadlines

from . import applications, next_step, notices, queries
from .context import Context


@dataclass(frozen=True)
class CasePage:
    detail: queries.CaseDetail | None      # None: no such case (any longer)
    actions: list[str]                     # what this user may do now (workflow.Action values)
    notice_kinds: list[str]                # notices the case calls for now
    issued: list[dict]                     # notices issued for it
    due: deadlines.Due | None
    step: next_step.CaseStep | None = None   # what comes next, who takes it, by when


def load(ctx: Context, application_id: str) -> CasePage:
    with ctx.db.read():       # the reads below join this one transaction
        detail = queries.case_detail(ctx, application_id)
        if detail is None:
            return CasePage(None, [], [], [], None)
        due = applications.deadline(ctx, application_id)
        return CasePage(detail, [a.value for a in applications.allowed_actions(ctx, application_id)],
                        notices.available_kinds(ctx, application_id),
                        notices.notices_of(ctx, application_id), due,
                        next_step.step_of(ctx, application_id, due))
