"""Who is acting, where, and the unit of work every use case runs in.

A ``Context`` is made at login and lives as long as the user's session in the
app; each use case opens one write transaction through ``ctx.work()``, which
on success adds the outbox rows and the audit entry in that same transaction.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from sqlalchemy.orm import Session

from lishui_desktop.domain.workflow import Actor, Role
from lishui_desktop.store import audit, outbox
from lishui_desktop.store.db import Database
from lishui_desktop.store.models import Synced


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    role: Role
    site_code: str


@dataclass(frozen=True)
class SiteInfo:
    code: str
    name: str
    kind: str           # township | county
    county_code: str


SYSTEM = CurrentUser("system", "system", "系统", Role.ADMIN, "")


@dataclass
class Context:
    db: Database
    site: SiteInfo
    user: CurrentUser = SYSTEM
    clock: Callable[[], datetime] = datetime.now

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> date:
        return self.clock().date()

    @property
    def actor(self) -> Actor:
        return Actor(self.user.id, self.user.role, self.user.site_code or self.site.code,
                     is_county=len(self.user.site_code) == 6)

    def as_user(self, user: CurrentUser) -> "Context":
        return Context(self.db, self.site, user, self.clock)

    @contextmanager
    def work(self, event: str, *, entity: str = "", entity_id: str = ""):
        with self.db.write() as session:
            w = Work(session, self, event, entity, entity_id)
            yield w
            w.finish()


@dataclass
class Work:
    session: Session
    ctx: Context
    event: str
    entity: str = ""
    entity_id: str = ""
    detail: dict = field(default_factory=dict)
    _changes: dict = field(default_factory=dict)   # id -> (obj, base_version)
    _removed: list = field(default_factory=list)

    def add(self, obj: Synced, *, site_code: str | None = None) -> Synced:
        now = self.ctx.now()
        obj.version = 1
        obj.site_code = site_code or obj.site_code or self.ctx.site.code
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = self.ctx.user.username
        self.session.add(obj)
        self.session.flush()
        self._changes[obj.id] = (obj, 0)
        return obj

    def touch(self, obj: Synced) -> Synced:
        """Mark ``obj`` changed. A record owned by another site is changed here only as
        this site's view of it: no new version and nothing to push (its owner decides)."""
        obj.updated_at = self.ctx.now()
        obj.updated_by = self.ctx.user.username
        if obj.id not in self._changes:
            base = obj.version
            if obj.site_code == self.ctx.site.code:
                obj.version = base + 1
            self._changes[obj.id] = (obj, base)
        return obj

    def remove(self, obj: Synced) -> None:
        """Delete ``obj``; the server learns of it as a deleted version."""
        if obj.site_code != self.ctx.site.code:
            raise ValueError("a site deletes only its own records")
        touched = self._changes.pop(obj.id, None)
        if touched and touched[1] == 0:      # made in this same action: nothing to tell
            self.session.delete(obj)
            return
        base = touched[1] if touched else obj.version
        obj.version = base + 1
        outbox.record(self.session, obj, base, self.ctx.now(), deleted=True)
        self._removed.append([obj.entity, obj.id, obj.version])
        self.session.delete(obj)

    def finish(self) -> None:
        self.session.flush()
        now = self.ctx.now()
        changed = list(self._removed)
        for obj, base in self._changes.values():
            changed.append([obj.entity, obj.id, obj.version])
            if obj.site_code == self.ctx.site.code:
                outbox.record(self.session, obj, base, now)
        audit.append(self.session, site_code=self.ctx.site.code, user=self.ctx.user.username,
                     event=self.event, entity=self.entity, entity_id=self.entity_id,
                     detail={**self.detail, "changes": changed} if changed else self.detail,
                     at=now)
