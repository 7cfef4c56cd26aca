"""Who may run the site: accounts, settings, the sync connection, backups, the audit log.

The service of each action checks it here, whoever calls (GUI, CLI); the GUI
asks ``allowed`` which of them to offer.
"""
from __future__ import annotations

from enum import Enum

from .errors import PermissionDenied
from .workflow import Role


class AdminAction(str, Enum):
    MANAGE_USERS = "manage_users"          # create, disable, reset passwords, change roles
    SITE_SETTINGS = "site_settings"        # office name, idle lock, backups kept, dibao method
    SYNC_SETTINGS = "sync_settings"        # server address and token, key registration
    BACKUP = "backup"                      # make and list backups by hand
    RESTORE = "restore"                    # replace the database with a backup
    READ_AUDIT = "read_audit"              # the audit log


# One role runs the site; the daily backup on closing is the program's own, not an action.
_WHO: dict[AdminAction, frozenset[Role]] = {a: frozenset({Role.ADMIN}) for a in AdminAction}


def allowed(role: Role) -> frozenset[AdminAction]:
    return frozenset(a for a, roles in _WHO.items() if role in roles)


def require(role: Role, action: AdminAction) -> None:
    if role not in _WHO[action]:
        raise PermissionDenied("user.admin_only", f"only an administrator may {action.value}",
                               field="role", action=action.value)


# Sync conflicts are resolved where the records are kept: township staff and the
# administrator (an approver decides cases, not which version of a record stands).
CONFLICT_RESOLVERS = frozenset({Role.CASEWORKER, Role.REVIEWER, Role.ADMIN})


def may_resolve_conflicts(role: Role) -> bool:
    return role in CONFLICT_RESOLVERS


def require_conflict_resolver(role: Role) -> None:
    if not may_resolve_conflicts(role):
        raise PermissionDenied("conflict.role", "only township staff resolve conflicts", field="role")


# Full ID numbers in an exported list: the casework roles, who need them for the
# bank, the county or a visit; the administrator runs the site, not the cases
# (PIPL art. 28: sensitive data only where the task needs it).
ID_REVEALERS = frozenset({Role.CASEWORKER, Role.REVIEWER, Role.APPROVER})


def may_reveal_ids(role: Role) -> bool:
    return role in ID_REVEALERS


def require_id_revealer(role: Role) -> None:
    if not may_reveal_ids(role):
        raise PermissionDenied("export.reveal_denied",
                               "this role may not export full ID numbers; export them masked",
                               field="reveal")
