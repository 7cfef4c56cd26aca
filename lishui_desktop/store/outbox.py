"""Turning committed record changes into outbox rows, and records into wire payloads."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, delete, insert, select, update
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
        OutboxEntry.entity_id == obj.id, OutboxEntry.batch_id.is_(None))
        .order_by(OutboxEntry.seq.desc()).limit(1)).scalar_one_or_none()
    if pending is not None and (pending.deleted or pending.payload is None):
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


def seal(session: Session, obj: Synced) -> bool:
    """Keep ``obj``'s unsent change as it is now, in its place, so that the change about
    to be made goes after everything queued since (a payment roll signed off after its
    lines were queued: the server takes the sign-off only once the lines are there).
    True when there was an unsent change to seal."""
    pending = session.execute(select(OutboxEntry).where(
        OutboxEntry.entity_id == obj.id, OutboxEntry.batch_id.is_(None))
        .order_by(OutboxEntry.seq.desc()).limit(1)).scalar_one_or_none()
    if pending is None or pending.deleted or pending.payload is not None:
        return False
    pending.version, pending.payload = obj.version, payload_of(obj)
    return True


def _chunks(ids: list, n: int = 500):
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def record_many(session: Session, entity: str, changes: list[tuple[str, int, int]],
                site_code: str, now: datetime, *, new_records: bool = False) -> None:
    """``record`` for many records at once, each (id, version, base_version): one unsent
    row per record, as ``record`` keeps (an unsent row takes the new version).
    ``new_records``: made in this transaction, so none has a row yet."""
    table = OutboxEntry.__table__
    pending: dict[str, int] = {}
    ids = [] if new_records else [c[0] for c in changes]
    for chunk in _chunks(ids):
        # By entity_id alone: with the unsent rows in the condition SQLite walks the partial
        # index of every unsent row instead (a demo's or an import's outbox: 16 s a build).
        for seq, rid, batch, deleted in session.execute(select(
                table.c.seq, table.c.entity_id, table.c.batch_id, table.c.deleted)
                .where(table.c.entity_id.in_(chunk))):
            if batch is None and not deleted:
                pending[rid] = seq
    ups = [{"b_seq": pending[rid], "version": v} for rid, v, _b in changes if rid in pending]
    if ups:
        session.execute(update(table).where(table.c.seq == bindparam("b_seq"))
                        .values(version=bindparam("version")), ups)
    new = [{"entity": entity, "entity_id": rid, "version": v, "base_version": b,
            "site_code": site_code, "payload": None, "deleted": False, "created_at": now}
           for rid, v, b in changes if rid not in pending]
    if new:
        session.execute(insert(table), new)


def remove_many(session: Session, model: type[Synced], ids: list[str], site_code: str,
                now: datetime) -> list[list]:
    """Queue the deletion of many records of this site (they are deleted by the caller):
    a record whose only queued change is its creation never reached the server and leaves
    nothing to tell; the others go as deleted versions carrying their last state.
    Returns [entity, id, version] of each deletion told, for the audit entry."""
    table = OutboxEntry.__table__
    current = current_payloads(session, model, ids)
    unsent: dict[str, tuple[int, int]] = {}
    sent: set[str] = set()
    for chunk in _chunks(ids):
        for seq, rid, batch, base in session.execute(select(
                table.c.seq, table.c.entity_id, table.c.batch_id, table.c.base_version)
                .where(table.c.entity_id.in_(chunk))):
            if batch is None:
                unsent[rid] = (seq, base)
            else:
                sent.add(rid)
    drop, ups, new, told = [], [], [], []
    for rid in ids:
        version, payload = current[rid]
        if version == 0:
            continue            # made before it synced: never sent
        if rid in unsent and unsent[rid][1] == 0 and rid not in sent:
            drop.append(unsent[rid][0])
            continue
        told.append([model.entity, rid, version + 1])
        if rid in unsent:
            ups.append({"b_seq": unsent[rid][0], "version": version + 1, "payload": payload})
        else:
            new.append({"entity": model.entity, "entity_id": rid, "version": version + 1,
                        "base_version": version, "site_code": site_code,
                        "payload": payload, "deleted": True, "created_at": now})
    for chunk in _chunks(drop):
        session.execute(delete(table).where(table.c.seq.in_(chunk)))
    if ups:
        session.execute(update(table).where(table.c.seq == bindparam("b_seq"))
                        .values(version=bindparam("version"), payload=bindparam("payload"),
                                deleted=True), ups)
    if new:
        session.execute(insert(table), new)
    return told
