"""What the signed-in user may do now, for the GUI to offer only that. The same rules
refuse a forced call in each service (domain.admin, domain.workflow)."""
from __future__ import annotations

from lishui_desktop.domain import admin
from lishui_desktop.domain.admin import AdminAction

from .context import Context


def admin_actions(ctx: Context) -> frozenset[AdminAction]:
    return admin.allowed(ctx.user.role)


def may(ctx: Context, action: AdminAction) -> bool:
    return action in admin.allowed(ctx.user.role)


def may_resolve_conflicts(ctx: Context) -> bool:
    return admin.may_resolve_conflicts(ctx.user.role)


def may_reveal_ids_in_export(ctx: Context) -> bool:
    return admin.may_reveal_ids(ctx.user.role)
