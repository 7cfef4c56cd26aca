"""Backups of the site's database as use cases: who may make or restore one, and what
the administrator's page lists. The file work itself is store.backup."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from lishui_desktop.domain import admin
from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.store import backup as files

from .context import Context

_NAME = re.compile(r"-(\d{8})-(\d{6})-\d{6}-(.+)$")

# Why a backup was made (the end of its file name); the GUI words them.
MANUAL, DAILY, PRE_RESTORE, PRE_MIGRATE = "manual", "daily", "pre-restore", "pre-migrate"
REASONS = (MANUAL, DAILY, PRE_RESTORE, PRE_MIGRATE)


@dataclass(frozen=True)
class BackupInfo:
    path: str
    name: str
    size: int
    made: datetime | None
    reason: str          # one of REASONS ("pre-migrate" also for "pre-migrate-0004")


def folder(ctx: Context) -> Path:
    return files.backup_dir(ctx.db.path)


def list_backups(ctx: Context) -> list[BackupInfo]:
    """This database's backups, newest first."""
    admin.require(ctx.user.role, AdminAction.BACKUP)
    out = []
    for p in reversed(files.list_backups(ctx.db.path)):
        made, reason = None, ""
        m = _NAME.search(p.stem)
        if m:
            made = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
            reason = next((r for r in REASONS if m.group(3) == r or m.group(3).startswith(r + "-")),
                          m.group(3))
        out.append(BackupInfo(str(p), p.name, p.stat().st_size, made, reason))
    return out


def make_backup(ctx: Context, *, progress: Callable[[int, int], None] | None = None) -> Path:
    """A backup made by hand, kept within the site's number of backups. ``progress`` may
    raise to stop it (a cancelled task); the half-made file is removed."""
    admin.require(ctx.user.role, AdminAction.BACKUP)
    from .setup import site_settings
    keep = site_settings(ctx).backup_keep
    try:
        return files.make_backup(ctx.db.path, ctx.db.key, reason=MANUAL, keep=keep, progress=progress)
    finally:
        for partial in folder(ctx).glob("*.partial"):
            partial.unlink(missing_ok=True)


def backup_if_due(ctx: Context) -> Path | None:
    """The daily backup, made as the program closes by whoever is signed in."""
    from .setup import site_settings
    try:
        keep = site_settings(ctx).backup_keep
    except DomainError:
        keep = files.DEFAULT_KEEP
    return files.backup_if_due(ctx.db.path, ctx.db.key, keep=keep)


def check_restore(ctx: Context) -> None:
    """Raise unless this user may replace the database with a backup."""
    admin.require(ctx.user.role, AdminAction.RESTORE)


def restore(ctx: Context, backup_path: str | Path) -> None:
    """Replace the database with a backup (checked first; the current file is kept as a
    backup). The context's database is closed; the next sign-in opens the restored file
    with its own key file (services.access)."""
    check_restore(ctx)
    from .access import restore_for
    restore_for(ctx, backup_path)
