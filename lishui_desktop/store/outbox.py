"""Turning committed record changes into outbox rows, and records into wire payloads."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import OutboxEntry, Synced, SyncRefusal

ENVELOPE = ("id", "version", "site_code")


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def payload_of(obj: Synced) -> dict:
    """Every column but the envelope and local bookkeeping, as JSON-ready values."""
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns
            if c.key not in ENVELOPE and c.key not in obj.local_columns}


def current_payloads(session: Session, model: type[Synced], ids) -> dict[str, tuple[int, dict]]:
    """(version, payload) of each live record among ``ids``, read with one query per chunk.

    The same values as ``payload_of`` but without building ORM objects: batch
    forming reads hundreds of records at a time.
    """
    cols = [c for c in model.__table__.columns
            if c.key not in ENVELOPE and c.key not in model.local_columns]
    table = model.__table__
    out: dict[str, tuple[int, dict]] = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        for row in session.execute(select(table.c.id, table.c.version, *cols)
                                   .where(table.c.id.in_(ids[i:i + 500]))):
            m = row._mapping
            out[m["id"]] = (m["version"], {c.key: _plain(m[c]) for c in cols})
    return out


def record(session: Session, obj: Synced, base_version: int, now: datetime, *,
           deleted: bool = False) -> None:
    """Queue ``obj``'s current version for the server.

    An unsent row for the same record is updated in place rather than followed
    by a second one: the server needs only the latest version, based on the
    version it last saw.
    """
    pending = session.execute(select(OutboxEntry).where(
        OutboxEntry.entity_id == obj.id, OutboxEntry.batch_id.is_(None))).scalar_one_or_none()
    if pending is not None:
        pending.version = obj.version
        pending.deleted = deleted
        # A deleted record cannot be read at batch time: its last state travels now.
        pending.payload = payload_of(obj) if deleted else None
        return
    refused = session.execute(select(SyncRefusal.base_version).where(
        SyncRefusal.entity_id == obj.id, SyncRefusal.dismissed_at.is_(None))
        .order_by(SyncRefusal.refused_at.desc()).limit(1)).scalar()
    if refused is not None:
        # The server never took the refused version: the correction goes on top of the
        # version it holds, or it would come back as a conflict.
        base_version = min(base_version, refused)
    session.add(OutboxEntry(entity=obj.entity, entity_id=obj.id, version=obj.version,
                            base_version=base_version, site_code=obj.site_code,
                            payload=payload_of(obj) if deleted else None, deleted=deleted,
                            created_at=now))
