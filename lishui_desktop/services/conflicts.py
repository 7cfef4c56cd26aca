"""Sync conflicts (同步冲突): a record changed here and on the server.

Both versions are kept (sync_conflicts) until a person chooses, field by
field. The choice becomes a new version of the record based on the server's
version, so the next push applies it; the choice is audited.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lishui_desktop.domain import admin
from lishui_desktop.domain.errors import NotFound, ValidationError
from lishui_desktop.store import outbox
from lishui_desktop.store.models import MODEL_BY_ENTITY, OutboxEntry, SyncConflict
from lishui_desktop.sync.engine import values_from_payload

from .context import Context

# Bookkeeping fields a person is not asked about.
_HIDDEN = {"created_at", "created_by", "updated_at", "updated_by", "search_text"}


@dataclass(frozen=True)
class FieldDiff:
    name: str
    local: object
    server: object


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    local_version: int
    server_version: int
    fields: list[FieldDiff]        # only the fields that differ


def open_conflicts(ctx: Context) -> list[ConflictView]:
    with ctx.db.read() as s:
        return _open_conflicts(s)


def _open_conflicts(s) -> list[ConflictView]:
    rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                     .order_by(SyncConflict.detected_at)).all()
    return [_view(c) for c in rows]


def _view(c: SyncConflict) -> ConflictView:
    names = sorted((set(c.local_payload) | set(c.server_payload)) - _HIDDEN)
    diffs = [FieldDiff(n, c.local_payload.get(n), c.server_payload.get(n)) for n in names
             if c.local_payload.get(n) != c.server_payload.get(n)]
    return ConflictView(c.id, c.entity, c.entity_id, c.local_version, c.server_version, diffs)


def resolve(ctx: Context, conflict_id: str, choices: dict[str, str]) -> int:
    """Keep, per differing field, 'local' or 'server'. Returns the new version number."""
    admin.require_conflict_resolver(ctx.user.role)
    with ctx.work("sync.resolve_conflict", entity="sync_conflict", entity_id=conflict_id) as w:
        s = w.session
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            raise NotFound("conflict.missing", "no such open conflict", field="conflict_id")
        view = _view(c)
        missing = [f.name for f in view.fields if choices.get(f.name) not in ("local", "server")]
        if missing:
            raise ValidationError("conflict.choice", "choose a version for every differing field",
                                  field=missing[0], fields=",".join(missing))
        merged = dict(c.server_payload)
        for f in view.fields:
            merged[f.name] = c.local_payload.get(f.name) if choices[f.name] == "local" \
                else c.server_payload.get(f.name)
        model = MODEL_BY_ENTITY[c.entity]
        obj = s.get(model, c.entity_id)
        if obj is None:
            raise NotFound("conflict.record_missing", "the record is gone", field="conflict_id")
        for k, v in values_from_payload(model, merged).items():
            if k not in _HIDDEN:
                setattr(obj, k, v)
        obj.version = max(c.server_version, obj.version) + 1
        obj.updated_at, obj.updated_by = ctx.now(), ctx.user.username
        # Any change still queued for this record is superseded by the choice.
        for old in s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == c.entity_id)):
            s.delete(old)
        s.flush()
        outbox.record(s, obj, c.server_version, ctx.now())
        c.resolved_at, c.resolved_by = ctx.now(), ctx.user.username
        w.detail = {"entity": c.entity, "record": c.entity_id, "version": obj.version,
                    "choices": choices}
        return obj.version
