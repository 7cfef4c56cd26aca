"""The desktop's side of sync on the local database, without the network.

- ``prepare_batch``: the next batch to push. A batch once formed is stored
  (its id on the outbox rows, the audit range in the settings) and committed
  before it is sent, so after a crash the very same batch goes again and the
  server answers it from its record instead of applying it twice.
- ``apply_push_result``: a change leaves the outbox only here, when the
  server has answered for it (applied, duplicate, conflict or refused).
- ``apply_pull_page``: a page of the server's records and the new cursor,
  in one transaction.
"""
from __future__ import annotations

import functools
import json
import operator
from datetime import date, datetime

from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy import Boolean, Date, DateTime, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from lishui_desktop.domain import county_rules, urgent_aid
from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.ids import new_id
from lishui_desktop.store import search_index, settings
from lishui_desktop.store.audit import entry_fields
from lishui_desktop.store.db import in_ids
from lishui_desktop.store.models import (MODEL_BY_ENTITY, ApprovalLevel, AuditEntry, Base,
                                         DuplicatePerson,
                                         HolidayDay,
                                         OutboxEntry, SiteKey, Standard, SyncConflict,
                                         SyncParked, SyncRefusal, Village)
from lishui_desktop.store.outbox import current_payloads, payload_of

from .protocol import AuditEntry as WireAudit
from .protocol import PullPage, PushBatch, PushResult, Record

CURSOR, INFLIGHT = "sync.cursor", "sync.inflight"
MAX_AUDIT = 5000


def cursor(s: Session) -> int:
    return settings.get_json(s, CURSOR, 0)


def pending_counts(s: Session) -> dict:
    from sqlalchemy import func
    return {"changes": s.scalar(select(func.count()).select_from(OutboxEntry)),
            "audit": s.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.pushed.is_(False))),
            "conflicts": s.scalar(select(func.count()).select_from(SyncConflict)
                                  .where(SyncConflict.resolved_at.is_(None))),
            "refused": s.scalar(select(func.count()).select_from(SyncRefusal)
                                .where(SyncRefusal.dismissed_at.is_(None))),
            # pulled records still waiting for their parent record to arrive
            "parked": s.scalar(select(func.count()).select_from(SyncParked))}


def _inflight(s: Session) -> list[dict]:
    return settings.get_json(s, INFLIGHT, [])


def prepare_batch(s: Session, site_code: str, size: int = 500) -> PushBatch | None:
    """The oldest batch in flight if there is one, else a new one; None when nothing is left."""
    inflight = _inflight(s)
    if inflight:
        return _rebuild(s, site_code, inflight[0])
    return form_batch(s, site_code, size)


def form_batch(s: Session, site_code: str, size: int = 500) -> PushBatch | None:
    """A new batch after those already in flight (a bundle holds several).

    Reads the outbox slice and the records it names with one query per entity
    and writes the batch id and payloads back in one executemany, so forming a
    batch costs a handful of statements whatever its size.
    """
    inflight = _inflight(s)
    after = inflight[-1]["audit_through"] if inflight else 0
    # The payload itself, not "IS NULL": a JSON column stores None as the text 'null'.
    rows = s.execute(select(OutboxEntry.seq, OutboxEntry.entity, OutboxEntry.entity_id,
                            OutboxEntry.payload, OutboxEntry.base_version)
                     .where(OutboxEntry.batch_id.is_(None))
                     .order_by(OutboxEntry.seq).limit(size)).all()
    unpushed = select(AuditEntry.seq).where(AuditEntry.pushed.is_(False),
                                            AuditEntry.site_code == site_code,
                                            AuditEntry.seq > after)
    first_audit = s.scalar(unpushed.order_by(AuditEntry.seq).limit(1))
    last_audit = s.scalar(unpushed.order_by(AuditEntry.seq).offset(MAX_AUDIT - 1).limit(1)) \
        or s.scalar(unpushed.order_by(AuditEntry.seq.desc()).limit(1))
    if not rows and last_audit is None:
        return None
    if rows and last_audit is not None and s.scalar(
            unpushed.where(AuditEntry.seq > last_audit).limit(1)) is not None:
        rows = _named_or_known(s, site_code, rows, first_audit, last_audit)
    batch_id = new_id()
    live: dict[str, list] = {}
    for r in rows:
        if r.payload is None:
            live.setdefault(r.entity, []).append(r)
    table = OutboxEntry.__table__
    if rows:
        s.execute(update(table).where(table.c.seq.in_([r.seq for r in rows]))
                  .values(batch_id=batch_id))
    filled = []
    for entity, pending in live.items():
        current = current_payloads(s, MODEL_BY_ENTITY[entity], {r.entity_id for r in pending})
        for r in pending:
            # The record may have moved on since the change was queued: send what it is now.
            version, payload = current[r.entity_id]
            filled.append({"b_seq": r.seq, "version": version, "payload": payload})
    if filled:
        s.execute(update(table).where(table.c.seq == bindparam("b_seq"))
                  .values(version=bindparam("version"), payload=bindparam("payload")), filled)
    entry = {"batch_id": batch_id, "audit_from": first_audit or 0,
             "audit_through": last_audit or after}
    settings.put_json(s, INFLIGHT, inflight + [entry])
    s.flush()
    return _rebuild(s, site_code, entry)


def _named_or_known(s: Session, site_code: str, rows: list, first: int, last: int) -> list:
    """The batch's audit entries stop short of the log's end (MAX_AUDIT): a new record goes
    only with an entry naming it in this batch, since the city takes a new record only
    with its entry (the others wait for a batch whose entries reach theirs)."""
    names: set[str] = set()
    for entity_id, detail in s.execute(select(AuditEntry.entity_id, AuditEntry.detail).where(
            AuditEntry.site_code == site_code, AuditEntry.seq >= first, AuditEntry.seq <= last)):
        if entity_id:
            names.add(entity_id)
        if '"changes"' in detail:
            names.update(c[1] for c in json.loads(detail).get("changes") or ()
                         if isinstance(c, list) and len(c) >= 2)
    return [r for r in rows if r.base_version != 0 or r.entity_id in names]


def _rebuild(s: Session, site_code: str, entry: dict) -> PushBatch:
    o, a = OutboxEntry.__table__.c, AuditEntry.__table__
    rows = s.execute(select(o.entity, o.entity_id, o.version, o.base_version, o.site_code,
                            o.payload, o.deleted)
                     .where(o.batch_id == entry["batch_id"]).order_by(o.seq)).all()
    # Plain rows, not ORM objects: a batch carries up to MAX_AUDIT entries.
    audit = s.execute(select(a).where(
        a.c.site_code == site_code, a.c.seq >= entry["audit_from"],
        a.c.seq <= entry["audit_through"]).order_by(a.c.seq)).all() \
        if entry["audit_from"] else []
    return PushBatch(
        batch_id=entry["batch_id"], site_code=site_code,
        records=[Record(entity=r.entity, id=r.entity_id, version=r.version,
                        base_version=r.base_version, site_code=r.site_code,
                        payload=r.payload or {}, deleted=r.deleted) for r in rows],
        audit=[WireAudit(**{**entry_fields(e), "hash": e.hash}) for e in audit])


def quarantine_failed(s: Session, batch_id: str, reason: str, now: datetime) -> int:
    """The server failed on a batch (an answer 500: nothing applied) again and again.

    Returns how many changes the batch held: more than one, and they go back to the
    outbox to be sent in smaller batches, which finds the change it fails on; exactly
    one, and that change is quarantined as a refusal (shown, editable, sent again on
    request) so it never holds up the rest of the outbox; 0 and nothing changes."""
    inflight = _inflight(s)
    if not any(e["batch_id"] == batch_id for e in inflight):
        return 0
    table = OutboxEntry.__table__
    rows = s.execute(select(table.c.seq, table.c.entity, table.c.entity_id, table.c.version,
                            table.c.base_version, table.c.payload, table.c.deleted)
                     .where(table.c.batch_id == batch_id)).all()
    if not rows:
        return 0
    if len(rows) == 1:
        (r,) = rows
        s.add(SyncRefusal(entity=r.entity, entity_id=r.entity_id, version=r.version,
                          reason=reason, payload=r.payload or {}, refused_at=now,
                          base_version=r.base_version))
        s.execute(delete(table).where(table.c.seq == r.seq))
    else:
        _unsend(s, [r.seq for r in rows])
    settings.put_json(s, INFLIGHT, [e for e in inflight if e["batch_id"] != batch_id])
    s.flush()
    return len(rows)


def in_flight(s: Session) -> list[dict]:
    """The batches formed and not yet answered, oldest first (id and audit range)."""
    return _inflight(s)


def release_batch(s: Session, batch_id: str) -> int:
    """A batch formed and never sent goes back to the outbox, its changes in their order."""
    inflight = _inflight(s)
    if not any(e["batch_id"] == batch_id for e in inflight):
        return 0
    table = OutboxEntry.__table__
    seqs = list(s.scalars(select(table.c.seq).where(table.c.batch_id == batch_id)))
    _unsend(s, seqs)
    settings.put_json(s, INFLIGHT, [e for e in inflight if e["batch_id"] != batch_id])
    s.flush()
    return len(seqs)


def _unsend(s: Session, seqs: list[int]) -> None:
    """Changes of a batch back to the outbox, unsent, where they were in its order.

    A live record is read again when next formed. A record changed while its batch was out
    has a newer unsent row: the two become one (the older's place and base version, the
    newer's version and state), since the outbox keeps one unsent row per record."""
    table = OutboxEntry.__table__
    for k in range(0, len(seqs), 500):
        chunk = seqs[k:k + 500]
        back = s.execute(select(table.c.seq, table.c.entity_id)
                         .where(table.c.seq.in_(chunk))).all()
        s.execute(update(table).where(table.c.seq.in_(chunk)).values(batch_id=None))
        s.execute(update(table).where(table.c.seq.in_(chunk), table.c.deleted.is_(False))
                  .values(payload=None))
        ids = {r.entity_id: r.seq for r in back}
        newer = s.execute(select(table.c.seq, table.c.entity_id, table.c.version,
                                 table.c.deleted, table.c.payload)
                          .where(table.c.batch_id.is_(None), table.c.entity_id.in_(list(ids)),
                                 table.c.seq.not_in(chunk))).all()
        for n in newer:
            s.execute(update(table).where(table.c.seq == ids[n.entity_id])
                      .values(version=n.version, deleted=n.deleted, payload=n.payload))
            s.execute(delete(table).where(table.c.seq == n.seq))


def batches_in_flight(s: Session, site_code: str) -> list[PushBatch]:
    return [_rebuild(s, site_code, e) for e in _inflight(s)]


def apply_push_result(s: Session, result: PushResult, now: datetime) -> dict | None:
    """Take the server's answer in; None when that batch is no longer in flight (answered before)."""
    inflight = _inflight(s)
    entry = next((e for e in inflight if e["batch_id"] == result.batch_id), None)
    if entry is None:
        return None
    table = OutboxEntry.__table__
    # A record may go twice in a batch (a sealed change and the next: outbox.seal); the
    # server answers each in the batch's order.
    rows: dict[str, list] = {}
    for r in s.execute(select(table.c.seq, table.c.entity_id, table.c.version,
                              table.c.base_version, table.c.payload, table.c.deleted)
                       .where(table.c.batch_id == result.batch_id).order_by(table.c.seq)):
        rows.setdefault(r.entity_id, []).append(r)
    counts = {"applied": 0, "duplicate": 0, "conflict": 0, "refused": 0}
    conflicts, refusals, answered, settled = [], [], [], []
    for r in result.results:
        queued = rows.get(r.id)
        if not queued:
            continue
        row = queued.pop(0)
        if not queued:
            del rows[r.id]
        counts[r.status] += 1
        if r.status == "conflict":
            conflicts.append(dict(id=new_id(), entity=r.entity, entity_id=r.id,
                                  local_version=row.version, local_payload=row.payload or {},
                                  server_version=r.server_version or 0,
                                  server_payload=r.server_payload or {}, detected_at=now))
        elif r.status == "refused":
            refusals.append(dict(id=new_id(), entity=r.entity, entity_id=r.id,
                                 version=row.version, reason=r.reason or "",
                                 payload=row.payload or {}, refused_at=now,
                                 base_version=row.base_version, field=r.field))
        elif r.status in ("applied", "duplicate"):
            settled.append(r.id)
        answered.append(row.seq)
    if conflicts:
        s.execute(insert(SyncConflict), conflicts)
    if refusals:
        s.execute(insert(SyncRefusal), refusals)
    for i in range(0, len(settled), 500):
        # A corrected record that went through settles its earlier refusals.
        s.execute(update(SyncRefusal).where(SyncRefusal.entity_id.in_(settled[i:i + 500]),
                                            SyncRefusal.dismissed_at.is_(None))
                  .values(dismissed_at=now))
    for i in range(0, len(answered), 500):
        s.execute(delete(table).where(table.c.seq.in_(answered[i:i + 500])))
    if rows:
        # The server answers every record; one it did not is sent again (a deleted
        # record keeps its last state: it cannot be read again at batch time).
        _unsend(s, [r.seq for queued in rows.values() for r in queued])
    s.execute(update(AuditEntry).where(AuditEntry.seq <= min(result.audit_through,
                                                             entry["audit_through"]))
              .values(pushed=True))
    settings.put_json(s, INFLIGHT, [e for e in inflight if e["batch_id"] != result.batch_id])
    return counts


# -- pull --------------------------------------------------------------------------------

_STANDARD_KINDS = {"dibao_fen": "dibao", "tekun_fen": "tekun_basic", "child_fen": "ertong",
                   "tekun_care_self_fen": "tekun_care_self",
                   "tekun_care_partial_fen": "tekun_care_partial",
                   "tekun_care_lost_fen": "tekun_care_lost"}


def values_from_payload(model, payload: dict) -> dict:
    """Payload values back to column types (dates arrive as ISO text)."""
    columns, typed = _column_kinds(model)
    out = {key: payload[key] for key in columns if key in payload}
    for key, kind in typed:
        v = out.get(key)
        if v is None:
            continue
        if kind == "datetime" and isinstance(v, str):
            out[key] = datetime.fromisoformat(v)
        elif kind == "date" and isinstance(v, str):
            out[key] = date.fromisoformat(v)
        elif kind == "bool":
            out[key] = bool(v)
    return out


@functools.lru_cache(maxsize=None)
def _column_kinds(model) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(every column, the columns whose payload text needs converting with their kind)."""
    def kind(t):
        if isinstance(t, DateTime):
            return "datetime"
        if isinstance(t, Date):
            return "date"
        return "bool" if isinstance(t, Boolean) else None
    cols = model.__table__.columns
    return (tuple(c.key for c in cols),
            tuple((c.key, kind(c.type)) for c in cols if kind(c.type) is not None))


# Parents before children, so a page rarely needs to park anything.
_ORDER = {e: i for i, e in enumerate(["household", "member", "income", "asset", "application",
                                       "visit", "attachment", "case_event", "notice", "decision",
                                       "review", "bank_account", "payroll_roll",
                                       "payroll_line", "payroll_approval", "monthly_report", "crosscheck",
                                       "crosscheck_result"])}


_REFERENCE = ("standard", "holiday", "approval_level", "village", "site_key", "site", "county_rules",
              "urgent_aid")
# What a page may bring that moves the stored due dates of open cases.
MOVES_DUE_DATES = frozenset({"holiday", "approval_level", "county_rules", "urgent_aid"})
# Settings key: the due dates the pages applied so far have moved and that are not yet
# recounted ({"all": true}, or {"crosschecks": [ids]}). Set in the page's own transaction,
# so a pull (or a bundle) that stops half-way leaves it for the next one to finish; the
# recount is done once after the pages, not after each (a county's first pull brings
# dozens of reference pages, each recounting every open case).
STALE_DUE_DATES = "sync.due_dates_stale"
# More cross-checks than this and every open case is recounted instead.
_STALE_CHECKS_MAX = 2000


def apply_pull_page(s: Session, page: PullPage, site_code: str, now: datetime) -> dict:
    """Apply a page (and what was parked waiting for it) in bulk, with the cursor.

    Per page: one query per entity for the local versions, one for pending local changes,
    one per parent table for parents the page does not bring; which rows wait for a parent
    is settled before anything is written (a parked row is never written and taken out
    again); the rows go in with one driver executemany per table and set of columns."""
    counts = {"reference": 0, "records": 0, "decisions": 0, "conflicts": 0, "skipped": 0,
              "parked": 0}
    conn = s.connection()
    # Foreign keys are checked at commit too: a missed orphan fails the page, never lands.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    items = [(i.entity, i.id, i.version, i.site_code, i.payload, i.deleted) for i in page.items]
    items += _released(s, {i[1] for i in items})
    items.sort(key=lambda i: _ORDER.get(i[0], -1))
    by_entity: dict[str, dict[str, tuple]] = {}
    for item in items:
        entity = item[0]
        if entity in _REFERENCE:
            _apply_reference(s, entity, item[4], item[5])
            counts["reference"] += 1
        elif entity == "duplicate_person":
            _apply_duplicate(s, item[4])
            counts["reference"] += 1
        elif entity not in MODEL_BY_ENTITY:
            counts["skipped"] += 1
        else:
            seen = by_entity.setdefault(entity, {})
            earlier = seen.get(item[1])
            if earlier is not None:
                # A parked copy and a newer one on the page: only the newest counts.
                counts["skipped"] += 1
                if earlier[2] > item[2]:
                    continue
            seen[item[1]] = item
    pending = _pending(conn, [rid for seen in by_entity.values() for rid in seen])
    applied: dict = {}
    values: dict = {}
    existing: set = set()
    for entity in sorted(by_entity, key=lambda e: _ORDER.get(e, -1)):
        _plan_records(s, conn, MODEL_BY_ENTITY[entity], list(by_entity[entity].values()),
                      site_code, now, counts, pending, applied, values, existing)
    waiting = _orphans(conn, applied, values, existing)
    # Search text is local: made here from the pulled rows, so a county finds them too. A
    # household new here goes in with it (its members can only be on this page); one here
    # already is recounted from its rows once the page is in.
    made = _new_households_search_text(conn, values, existing, waiting)
    _write(s, conn, applied, values, existing, waiting)
    counts["parked"] = len(waiting)
    counts["records"] -= counts["parked"]
    s.flush()
    search_index.refresh(s, [hid for hid in (
        rid if entity == "household" else (payload or {}).get("household_id")
        for entity, rid, _v, _o, payload, deleted in applied.values()
        if entity in ("household", "member") and not deleted) if hid not in made])
    _mark_due_dates(s, page)
    # Pages from a bundle may overlap what was pulled online: the cursor never goes back.
    settings.put_json(s, CURSOR, max(page.next_cursor, cursor(s)))
    return counts


def _mark_due_dates(s: Session, page: PullPage) -> None:
    """Note what the page moves of the due dates (see ``STALE_DUE_DATES``): a new holiday
    schedule or a county's limits move every open case's; a cross-check request or its
    result starts or ends its case's start limit."""
    moves = any(i.entity in MOVES_DUE_DATES for i in page.items)
    checks = {i.id if i.entity == "crosscheck" else (i.payload or {}).get("crosscheck_id")
              for i in page.items if i.entity in ("crosscheck", "crosscheck_result")} - {None}
    if not moves and not checks:
        return
    stale = settings.get_json(s, STALE_DUE_DATES) or {}
    if not moves and not stale.get("all"):
        checks |= set(stale.get("crosschecks", ()))
        if len(checks) <= _STALE_CHECKS_MAX:
            settings.put_json(s, STALE_DUE_DATES, {"crosschecks": sorted(checks)})
            return
    settings.put_json(s, STALE_DUE_DATES, {"all": True})


def _pending(conn, ids: list[str]) -> set[str]:
    """The ids among ``ids`` with a local change not yet answered by the server."""
    return {r[0] for r in in_ids(conn, "SELECT entity_id FROM outbox WHERE entity_id IN ids",
                                  ids)}


def _released(s: Session, arriving: set[str]) -> list[tuple]:
    """The parked records whose parent is among the arriving ids, and theirs in turn (a visit
    parked for its application parked for its household); taken out of the parking, since
    what still lacks a parent is parked again. Rows parked without a named parent (before
    migration 0021) are retried every page."""
    conn = s.connection()
    cols = "id, entity, version, site_code, payload, deleted"
    out: list[tuple] = []
    taken: set[str] = set()
    rows = conn.exec_driver_sql(f"SELECT {cols} FROM sync_parked WHERE waits_for IS NULL"
                                ).fetchall()
    frontier = set(arriving)
    while True:
        rows += in_ids(conn, f"SELECT {cols} FROM sync_parked WHERE waits_for IN ids", frontier)
        fresh = [p for p in rows if p[0] not in taken]
        if not fresh:
            break
        taken.update(p[0] for p in fresh)
        out += [(p[1], p[0], p[2], p[3], json.loads(p[4]) if p[4] is not None else None,
                 bool(p[5])) for p in fresh]
        frontier = {p[0] for p in fresh}
        rows = []
    if taken:
        in_ids(conn, "DELETE FROM sync_parked WHERE id IN ids", taken)
        _touched(s, "sync_parked")
    return out


def _plan_records(s: Session, conn, model, items: list[tuple], site_code: str, now: datetime,
                  counts: dict, pending: set[str], applied: dict, applied_values: dict,
                  existing: set) -> None:
    """Decide for each record of one entity: skipped (not newer), a conflict with a local
    unsent change (both kept), or to be written (``applied``, its row in ``applied_values``;
    ``existing`` when the row is here already)."""
    table = model.__table__
    local = {r[0]: (r[1], r[2]) for r in in_ids(
        conn, f'SELECT id, version, site_code FROM "{table.name}" WHERE id IN ids',
        [i[1] for i in items])}
    for entity, rid, version, owner, payload, deleted in items:
        mine = local.get(rid)
        if mine is not None and mine[0] >= version:
            counts["skipped"] += 1
            continue
        if mine is not None and mine[1] == site_code and rid in pending:
            # Changed here and there: keep both, a person chooses (never overwrite).
            s.add(SyncConflict(entity=entity, entity_id=rid, local_version=mine[0],
                               local_payload=payload_of(s.get(model, rid)),
                               server_version=version, server_payload=payload,
                               detected_at=now))
            counts["conflicts"] += 1
            continue
        counts["records"] += 1
        key = (table.name, rid)
        applied[key] = (entity, rid, version, owner, payload, deleted)
        if mine is not None:
            existing.add(key)
        if deleted:
            continue
        values = values_from_payload(model, payload)
        values.update(id=rid, version=version, site_code=owner)
        if model.entity in ("decision", "payroll_approval"):
            values["applied"] = False
            counts["decisions"] += 1
        applied_values[key] = values


def _orphans(conn, applied: dict, values: dict, existing: set) -> dict[tuple, str]:
    """The page's rows that must wait, each with the parent id it waits for: a parent that is
    neither here (and not deleted by the page) nor written by the page, or that waits itself.

    Settled before anything is written, from one query per parent table for the parents the
    page does not bring. A row here whose parent the page deletes or parks, and which the
    page does not write, is an error (``PRAGMA foreign_key_check`` scanned whole tables, a
    cost that grew with the file on every page)."""
    parents, children = _references()
    written = set(values)
    deleted = {k for k, item in applied.items() if item[5]}
    need: dict[str, set] = {}
    for key in written:
        row = values[key]
        for column, parent in parents.get(key[0], ()):
            pid = row.get(column)
            if pid is not None and (parent, pid) not in written:
                need.setdefault(parent, set()).add(pid)
    here = {parent: _present(conn, parent, pids) for parent, pids in need.items()}
    waiting: dict[tuple, str] = {}
    while True:
        fresh: dict[tuple, str] = {}
        for key in written:
            row = values[key]
            for column, parent in parents.get(key[0], ()):
                pid = row.get(column)
                if pid is None or (parent, pid) in written:
                    continue
                if pid in here.get(parent, ()) and (parent, pid) not in deleted \
                        and (parent, pid) not in waiting:
                    continue
                fresh[key] = pid
                break
        if not fresh:
            break
        waiting.update(fresh)
        written.difference_update(fresh)
    # What leaves this table: the page's deletions, and rows here that now wait.
    gone: dict[str, list] = {}
    for table, rid in deleted | (existing & set(waiting)):
        gone.setdefault(table, []).append(rid)
    for table, rids in gone.items():
        for child, column in children.get(table, ()):
            for (cid,) in in_ids(conn, f'SELECT id FROM "{child}" WHERE "{column}" IN ids',
                                  rids):
                if (child, cid) not in applied:
                    raise ValueError(f"pulled data leaves {child} {cid} without its parent")
    return waiting


def _new_households_search_text(conn, values: dict, existing: set, waiting: dict) -> set[str]:
    """Set the search text of the households this page inserts, as ``search_index.refresh``
    makes it from the stored rows (members in their order, the village's name); their ids."""
    homes = {rid: v for (table, rid), v in values.items()
             if table == "households" and (table, rid) not in existing
             and (table, rid) not in waiting}
    if not homes:
        return set()
    people: dict[str, list] = {}
    for (table, rid), v in values.items():
        if table == "members" and v.get("household_id") in homes and (table, rid) not in waiting:
            people.setdefault(v["household_id"], []).append(v)
    villages = dict(in_ids(conn, "SELECT code, name FROM villages WHERE code IN ids",
                            {v.get("village_code") for v in homes.values()} - {None}))
    for hid, v in homes.items():
        ms = sorted(people.get(hid, ()), key=lambda m: (m.get("seq", 0) is not None,
                                                        m.get("seq", 0) or 0))
        v["search_text"] = search_index.household_search_text(
            [m.get("name") for m in ms], [m.get("id_number") for m in ms],
            [v.get("phone", "") or ""] + [m.get("phone", "") or "" for m in ms],
            villages.get(v.get("village_code")) or "", v.get("address", "") or "")
    return set(homes)


def _write(s: Session, conn, applied: dict, values: dict, existing: set,
           waiting: dict[tuple, str]) -> None:
    """The planned rows into their tables, the waiting ones into the parking."""
    deletes: dict[str, list] = {}
    inserts: dict[str, list] = {}
    updates: dict[str, list] = {}
    rank: dict[str, int] = {}
    for key, item in applied.items():
        table, rid = key
        rank[table] = _ORDER.get(item[0], -1)
        if item[5] or key in waiting:
            if key in existing:
                deletes.setdefault(table, []).append(rid)
        elif key in existing:
            updates.setdefault(table, []).append(values[key])
        else:
            inserts.setdefault(table, []).append(values[key])
    for name in sorted(rank, key=rank.get):
        if name not in deletes and name not in inserts and name not in updates:
            continue    # all of it waits
        table = Base.metadata.tables[name]
        _touched(s, name)
        if name in deletes:
            in_ids(conn, f'DELETE FROM "{name}" WHERE id IN ids', deletes[name])
        for keys, group in _by_keys(inserts.get(name, ())):
            _insert_rows(conn, table, keys, group)
        for keys, group in _by_keys(updates.get(name, ())):
            _update_rows(conn, table, keys, group)
    if waiting:
        rows = []
        for key, pid in waiting.items():
            entity, rid, version, owner, payload, deleted = applied[key]
            rows.append({"id": rid, "entity": entity, "version": version, "site_code": owner,
                         "payload": payload, "deleted": bool(deleted), "waits_for": pid})
        stmt = sqlite_insert(SyncParked)
        s.execute(stmt.on_conflict_do_update(
            index_elements=[SyncParked.id],
            set_={c: stmt.excluded[c] for c in ("entity", "version", "site_code", "payload",
                                                "deleted", "waits_for")}), rows)


def _touched(s: Session, table: str) -> None:
    # Rows written through the driver are not seen by the session's write tracking (the
    # GUI learns from it which views to refresh): told here.
    s.info.setdefault("touched", set()).add(table)


def _insert_rows(conn, table, keys: tuple, group: list[dict]) -> None:
    """INSERT of rows that set the columns ``keys`` (payloads of older versions may lack a
    column: it takes the model's default, as an ORM or Core insert would give it)."""
    fill = []
    for c in table.columns:
        if c.key in keys or c.default is None:
            continue
        if not c.default.is_scalar:
            # A callable default (a fresh list, a new id): Core computes it per row.
            conn.execute(insert(table), group)
            return
        fill.append(c)
    rows = _driver_rows(conn.dialect, table, keys, group)
    if fill:
        extra = tuple(b(c.default.arg) if b is not None else c.default.arg
                      for c, b in zip(fill, _binders(conn.dialect, fill)))
        rows = [r + extra for r in rows]
    cols = [table.c[k] for k in keys] + fill
    q = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({", ".join(q(c.name) for c in cols)}) '
                         f'VALUES ({", ".join("?" * len(cols))})', rows)


def _update_rows(conn, table, keys: tuple, group: list[dict]) -> None:
    sets = tuple(k for k in keys if k != "id")
    rows = _driver_rows(conn.dialect, table, sets + ("id",), group)
    q = conn.dialect.identifier_preparer.quote
    assignments = ", ".join(f"{q(table.c[k].name)} = ?" for k in sets)
    conn.exec_driver_sql(f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', rows)


def _driver_rows(dialect, table, keys: tuple, group: list[dict]) -> list[tuple]:
    """The rows as the driver takes them: each column through its own bind conversion
    (dates as SQLite's text, JSON as text), the very values a Core statement would bind;
    columns without one (text, numbers) as they are."""
    binds = _binders(dialect, [table.c[k] for k in keys])
    pick = operator.itemgetter(*keys) if len(keys) > 1 else (lambda v, k=keys[0]: (v[k],))
    convert = [(i, b) for i, b in enumerate(binds) if b is not None]
    if not convert:
        return [pick(v) for v in group]
    rows = []
    for v in group:
        r = list(pick(v))
        for i, b in convert:
            r[i] = b(r[i])
        rows.append(tuple(r))
    return rows


def _binders(dialect, cols) -> list:
    return [c.type.dialect_impl(dialect).bind_processor(dialect) for c in cols]


def _by_keys(rows: list[dict]):
    # Rows made alike list their keys alike; a row that differs only in order is merely
    # a group of its own.
    groups: dict[tuple, list] = {}
    for v in rows:
        groups.setdefault(tuple(v), []).append(v)
    return groups.items()


@functools.lru_cache(maxsize=None)
def _references() -> tuple[dict, dict]:
    """(table -> [(column, parent table)], parent table -> [(child table, column)]); every
    parent is referenced by its id."""
    parents: dict[str, list] = {}
    children: dict[str, list] = {}
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            parents.setdefault(table.name, []).append((fk.parent.key, fk.column.table.name))
            children.setdefault(fk.column.table.name, []).append((table.name, fk.parent.name))
    return parents, children


def _present(conn, table: str, ids: set[str]) -> set[str]:
    return {r[0] for r in in_ids(conn, f'SELECT id FROM "{table}" WHERE id IN ids', ids)}


def _apply_duplicate(s: Session, p: dict) -> None:
    """A duplicate-person case from the city (one record per township; same case id)."""
    if not isinstance(p.get("case_id"), str) or not isinstance(p.get("id_number"), str):
        return
    s.merge(DuplicatePerson(id=p["case_id"], id_number=p["id_number"][:18], payload=p,
                            detected_at=str(p.get("detected_at") or "")[:32],
                            resolved_at=(str(p["resolved_at"])[:32] if p.get("resolved_at")
                                         else None)))
    s.flush()


def _apply_reference(s: Session, entity: str, p: dict, deleted: bool) -> None:
    if entity == "standard":
        eff = date.fromisoformat(p["effective_from"])
        for key, kind in _STANDARD_KINDS.items():
            if key not in p:
                continue
            row = s.scalar(select(Standard).where(Standard.county_code == p["county_code"],
                                                  Standard.kind == kind,
                                                  Standard.effective_from == eff))
            if row is None:
                s.add(Standard(county_code=p["county_code"], kind=kind, amount_fen=p[key],
                               effective_from=eff, source="city"))
            else:
                row.amount_fen, row.source = p[key], "city"
    elif entity == "holiday":
        day = date.fromisoformat(p["date"])
        row = s.get(HolidayDay, day)
        if deleted or p.get("kind") not in ("holiday", "workday"):
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(HolidayDay(day=day, kind=p["kind"]))
        else:
            row.kind = p["kind"]
    elif entity == "approval_level":
        s.merge(ApprovalLevel(county_code=p["county_code"], type=p["type"], level=p["level"]))
    elif entity == "urgent_aid":
        # Checked by the domain's own rules; a deleted record restores the defaults.
        if deleted:
            settings.put_urgent_rules(s, p["county_code"], None, None)
        else:
            r = urgent_aid.Rules(limit_fen=p["limit_fen"], completion_days=p["completion_days"])
            settings.put_urgent_rules(s, p["county_code"], r.limit_fen, r.completion_days)
    elif entity == "village":
        s.merge(Village(code=p["code"], name=p["name"], township_code=p["code"][:9]))
    elif entity == "site_key":
        s.merge(SiteKey(site_code=p["site_code"], public_key=p["public_key"]))
    elif entity == "county_rules":
        # The county's coverage figures and decision limit (domain.county_rules): every
        # township of the county reckons with them. A record the rules refuse is not taken
        # (the city checked it when it was set; this guards a damaged one).
        code = str(p.get("county_code") or "")
        if deleted:
            if county_rules.valid_id(code):
                settings.put_json(s, settings.CITY_COUNTY_RULES.format(code), None)
        else:
            try:
                checked = county_rules.check(p)
            except DomainError:
                return
            settings.put_json(s, settings.CITY_COUNTY_RULES.format(checked["county_code"]), checked)
    # "site" records (names, revocations) need no local table yet.
    s.flush()
