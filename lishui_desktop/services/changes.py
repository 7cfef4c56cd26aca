"""Which kinds of record an action changed, learnt from what its transactions wrote.

Views listen for kinds (the households list for ``HOUSEHOLDS``, the sync page
for ``SYNC``, ...). The kind of a write follows from the table it wrote, so a
caller never declares what its action changed and two callers of the same
service cannot disagree about it.
"""
from __future__ import annotations

from contextlib import contextmanager

HOUSEHOLDS, APPLICATIONS, USERS, SITE, BACKUPS = "households", "applications", "users", "site", "backups"
NOTICES, SYNC = "notices", "sync"
PAYROLL = "payroll"

KIND_OF_TABLE = {
    "households": HOUSEHOLDS, "members": HOUSEHOLDS, "incomes": HOUSEHOLDS, "assets": HOUSEHOLDS,
    "applications": APPLICATIONS, "case_events": APPLICATIONS, "visits": APPLICATIONS,
    "attachments": APPLICATIONS, "attachment_blobs": APPLICATIONS, "decisions": APPLICATIONS,
    "reviews": APPLICATIONS, "roster_imports": HOUSEHOLDS,
    "crosschecks": APPLICATIONS, "crosscheck_results": APPLICATIONS,
    "bank_accounts": PAYROLL, "payroll_rolls": PAYROLL, "payroll_approvals": PAYROLL,
    "payroll_lines": PAYROLL, "payment_failures": PAYROLL, "monthly_reports": PAYROLL,
    "overpayment_recoveries": PAYROLL,
    "duplicate_persons": HOUSEHOLDS,
    "notices": NOTICES,
    "users": USERS,
    "site": SITE, "settings": SITE, "standards": SITE, "holidays": SITE, "approval_levels": SITE,
    "villages": SITE, "site_keys": SITE,
    "backup_files": BACKUPS,        # not a table: reported by store.backup
    # Waiting changes are what the sync page counts: every change is also a sync change.
    "outbox": SYNC, "sync_conflicts": SYNC, "sync_refusals": SYNC, "sync_parked": SYNC,
}


# Written by every action; no view lists it as a change of its own.
NOT_A_KIND = frozenset({"audit_log"})


def kinds_of(tables) -> frozenset[str]:
    return frozenset(KIND_OF_TABLE[t] for t in tables if t in KIND_OF_TABLE)


@contextmanager
def collect():
    """Run an action inside this to learn which kinds of record it changed:
    ``with collect() as changed: ...; changed.kinds``."""
    # Imported here: the task runner, and so the sign-in dialog, imports this module, and
    # the store (SQLAlchemy) is not needed before the first task runs.
    from lishui_desktop.store.db import tracking_writes
    changes = Changes()
    with tracking_writes() as tables:
        changes.tables = tables
        yield changes


class Changes:
    """What the transactions committed inside a ``collect()`` block wrote."""

    def __init__(self):
        self.tables: set[str] = set()

    @property
    def kinds(self) -> frozenset[str]:
        return kinds_of(self.tables)
