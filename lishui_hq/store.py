"""What the city server does with its database: sites and tokens, pushes,
pulls, reference data, site keys, attachments, the city page's figures.

Every write goes through ``Database.write()`` (see db.py for why writers are
serialised). Functions raise ``HqError`` subclasses with a message a person
can act on; the API turns them into JSON answers and the CLI prints them.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from pydantic import ValidationError
from sqlalchemy import Text, and_, bindparam, cast, func, insert, or_, select, true, update
from sqlalchemy.exc import OperationalError

from lishui_desktop.domain.auditchain import GENESIS, HASHED_FIELDS, entry_hash, verify_chain
from lishui_desktop.sync.protocol import (APPROVAL_LEVELS, ASSISTANCE_TYPES, RECORD_ID_PATTERN,
                                          REFERENCE_ENTITIES,
                                          TOWNSHIP_ENTITIES, ApplicationPayload, DecisionPayload,
                                          PayrollApprovalPayload,
                                          OUTCOMES_ON_PAID_CASES,
                                          PullPage, PushBatch, PushResult, Record,
                                          RecordResult, payload_problem)

from lishui_desktop.domain import payroll as payroll_rules
from lishui_desktop.domain import urgent_aid
from lishui_desktop.sync.payloads import PayrollLinePayload

from . import duplicates
from . import models as m
from . import regions
from .db import Busy, Database, migrate

log = logging.getLogger("lishui_hq.store")

CITY = regions.CITY_CODE
# Reference entities a site may never write (its own site_key it may).
CITY_ONLY = tuple(e for e in REFERENCE_ENTITIES if e != "site_key")
MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
#: all of one site's uploads under way together (a site cannot fill the disk with starts)
MAX_SITE_UPLOAD_BYTES = 2 * MAX_ATTACHMENT_BYTES
#: an upload with no part for this long lapses and its parts are deleted (serve --attachment-lease)
DEFAULT_ATTACHMENT_LEASE = 24 * 3600.0

# Parent references of each entity: payload field -> entity of the record it names.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "member": (("household_id", "household"),),
    "income": (("household_id", "household"), ("member_id", "member")),
    "asset": (("household_id", "household"),),
    "bank_account": (("household_id", "household"), ("member_id", "member")),
    "application": (("household_id", "household"), ("applicant_id", "member")),
    "case_event": (("application_id", "application"),),
    "visit": (("application_id", "application"),),
    "attachment": (("application_id", "application"), ("visit_id", "visit")),
    "notice": (("application_id", "application"), ("copy_of", "notice"),
               ("superseded_by", "notice")),
    "review": (("application_id", "application"),),
    "crosscheck": (("application_id", "application"),),
    "payroll_line": (("roll_id", "payroll_roll"),),
}
# Records about persons: whoever pulls them is written to the access log.
PERSONAL = ("household", "member", "income", "asset", "bank_account", "application",
            "case_event", "visit", "attachment", "attachment_content", "notice", "decision",
            "review", "duplicate_person", "payroll_line")
# Application states that only a decision brings, and the outcomes that bring each.
DECIDED_STATES = {"approved": ("approved", "raised", "reduced", "paid_first"), "refused": ("refused",),
                  "stopped": ("stopped",)}


# The states a township's pay-first finds its case in (domain.workflow PAY_FIRST).
PAY_FIRST_STATES = ("accepted", "investigating", "investigated")

_ID = re.compile(RECORD_ID_PATTERN)


def _idlike(v) -> bool:
    """Whether a payload value can name a record (and so be looked up in the database):
    anything else (lone surrogates, NUL, 10,000 characters) is refused by the field rules."""
    return isinstance(v, str) and _ID.fullmatch(v) is not None


def _audit_names(entries) -> dict[str, int]:
    """How many of these audit entries (wire models or stored rows) name each record (as
    their subject or a change)."""
    out: dict[str, int] = {}
    for e in entries:
        entity_id, detail = (e["entity_id"], e["detail"]) if isinstance(e, dict) \
            else (e.entity_id, e.detail)
        named = {entity_id} if entity_id else set()
        changes = detail.get("changes") if isinstance(detail, dict) else None
        if isinstance(changes, list):
            named |= {c[1] for c in changes if isinstance(c, list) and len(c) >= 2
                      and isinstance(c[1], str)}
        for rid in named:
            out[rid] = out.get(rid, 0) + 1
    return out


def new_token() -> str:
    """A site's token: URL-safe and never starting with '-' or '_', since an IT helper pastes
    it after ``--token`` and a command line would take a leading '-' for an option."""
    while True:
        token = secrets.token_urlsafe(32)
        if token[0] not in "-_":
            return token

class HqError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, code: str | None = None, **extra: Any):
        super().__init__(message)
        self.message = message
        self.extra = extra
        if code:
            self.code = code


class Unauthenticated(HqError):
    status, code = 401, "unauthenticated"


class Forbidden(HqError):
    status, code = 403, "forbidden"


class NotFound(HqError):
    status, code = 404, "not_found"


class Conflict(HqError):
    status, code = 409, "conflict"


class Invalid(HqError):
    status, code = 422, "invalid"


class TooLarge(HqError):
    status, code = 413, "too_large"


class TooMany(HqError):
    status, code = 429, "too_many_attempts"


class ChainBreakError(HqError):
    status, code = 409, "audit_chain_broken"


def now() -> datetime:
    return datetime.now(timezone.utc)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def batch_digest(b: PushBatch) -> str:
    body = b.model_dump(mode="json")
    try:
        data = canonical(body)
    except UnicodeEncodeError:
        # Unpaired surrogates (refused record by record) cannot be UTF-8: escape them.
        data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(data).hexdigest()


def record_digest(payload: dict, deleted: bool) -> str:
    return hashlib.sha256(canonical({"p": payload, "d": bool(deleted)})).hexdigest()


def _loc(loc: Iterable) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _pydantic_reason(prefix: str, exc: ValidationError) -> str:
    probs = [f"{prefix}{'.' + _loc(e['loc']) if e['loc'] else ''}: {e['msg']}" for e in exc.errors()]
    return "; ".join(probs)


@dataclass(frozen=True)
class Site:
    code: str
    kind: str            # township | county
    name: str
    county_code: str


@dataclass
class _Cur:
    """The server's current state of one record during a push."""
    entity: str
    id: str
    version: int
    site_code: str
    payload: dict
    digest: str
    deleted: bool
    township_code: str | None
    in_db: bool
    changed: bool = False


class Store:
    def __init__(self, url: str, *, migrate_now: bool = False,
                 attachment_lease: float = DEFAULT_ATTACHMENT_LEASE):
        if migrate_now:
            migrate(url)
        self.db = Database(url)
        self.attachment_lease = attachment_lease

    def close(self) -> None:
        self.db.dispose()

    # ---- health -------------------------------------------------------------

    def ping(self) -> None:
        with self.db.read() as conn:
            conn.execute(select(m.hq_state.c.last_cursor)).first()

    # ---- sites ---------------------------------------------------------------

    def add_site(self, code: str, kind: str, name: str | None = None) -> str:
        """Register a site and return its token (only the token's hash is kept)."""
        known = regions.kind_of(code)
        if known is None:
            raise Invalid(f"{code} is not a Lishui county (6 digits) or township (9 digits) code")
        if kind != known:
            raise Invalid(f"{code} is a {known} code, not a {kind}")
        name = (name or regions.name_of(code) or "").strip()
        if not name:
            raise Invalid("a site needs a name")
        token = new_token()
        with self.db.write() as tx:
            if tx.conn.execute(select(m.site.c.code).where(m.site.c.code == code)).first():
                raise Conflict(f"site {code} is already registered; use `site rotate` for a new token",
                               code="site_exists")
            tx.conn.execute(insert(m.site).values(
                code=code, kind=kind, name=name, county_code=regions.county_of(code),
                token_hash=token_hash(token), created_at=now(), audit_seq=0, audit_hash=GENESIS))
            self._put_site_reference(tx, code)
        return token

    def rotate_token(self, code: str) -> str:
        """A new token for a site (the old one stops working; a revoked site is restored)."""
        token = new_token()
        with self.db.write() as tx:
            n = tx.conn.execute(update(m.site).where(m.site.c.code == code)
                                .values(token_hash=token_hash(token), revoked_at=None)).rowcount
            if not n:
                raise NotFound(f"no site {code}; register it with `site add`")
            self._put_site_reference(tx, code)
        return token

    def revoke_site(self, code: str) -> None:
        with self.db.write() as tx:
            n = tx.conn.execute(update(m.site).where(m.site.c.code == code)
                                .values(revoked_at=now())).rowcount
            if not n:
                raise NotFound(f"no site {code}")
            self._put_site_reference(tx, code)

    def _put_site_reference(self, tx, code: str) -> None:
        s = tx.conn.execute(select(m.site).where(m.site.c.code == code)).one()
        self._put(tx, "site", code, {"code": s.code, "kind": s.kind, "name": s.name,
                                     "county_code": s.county_code,
                                     "revoked": s.revoked_at is not None},
                  owner=CITY, written_by=CITY, reference=True)

    def list_sites(self) -> list[dict]:
        with self.db.read() as conn:
            pending = dict(conn.execute(
                select(m.conflict.c.sent_by, func.count())
                .where(m.conflict.c.resolved_at.is_(None)).group_by(m.conflict.c.sent_by)).all())
            rows = conn.execute(select(m.site).order_by(m.site.c.code)).all()
        return [{"code": r.code, "kind": r.kind, "name": r.name, "county_code": r.county_code,
                 "revoked_at": r.revoked_at, "last_sync_at": r.last_sync_at,
                 "audit_seq": r.audit_seq, "pending_conflicts": pending.get(r.code, 0)}
                for r in rows]

    def authenticate(self, token: str) -> Site:
        with self.db.read() as conn:
            r = conn.execute(select(m.site).where(m.site.c.token_hash == token_hash(token))).first()
        if r is None:
            raise Unauthenticated("the token is not recognised; check the token configured for "
                                  "this site, or ask the city for a new one (`lishui-hq site rotate`)")
        if r.revoked_at is not None:
            raise Unauthenticated(f"the token of site {r.code} was revoked on "
                                  f"{r.revoked_at:%Y-%m-%d}; ask the city administrators for a new one")
        return Site(r.code, r.kind, r.name, r.county_code)

    # ---- reference data ------------------------------------------------------

    def put_reference(self, entity: str, items: list[tuple[str, dict]]) -> int:
        """Write reference records from the city; returns how many changed."""
        if entity not in CITY_ONLY:
            raise Invalid(f"{entity} is not a reference entity")
        changed = 0
        with self.db.write() as tx:
            for rid, payload in items:
                changed += self._put(tx, entity, rid, payload, owner=CITY, written_by=CITY,
                                     reference=True)
        return changed

    def get_reference(self, entity: str, rid: str) -> dict | None:
        with self.db.read() as conn:
            r = conn.execute(select(m.record.c.payload).where(
                m.record.c.id == rid, m.record.c.entity == entity)).first()
        return r.payload if r else None

    # ---- migrated cases -------------------------------------------------------

    def allow_migration(self, site_code: str, sha256: str, cases: int, note: str = "") -> None:
        """Accept, for one site, up to ``cases`` already-decided cases migrated from the
        roster file with this sha256 (the county's register of cases decided before the
        system). Only the city can say so: a township cannot make its own cases decided
        by calling them migrated."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
            raise Invalid("--sha256 must be the 64 hex digits the roster import printed",
                          path="sha256")
        if not 0 < cases <= 10**6:
            raise Invalid("--cases must be the number of cases the roster import printed "
                          "(1 to 1000000)", path="cases")
        with self.db.write() as tx:
            k = tx.conn.execute(select(m.site.c.kind).where(m.site.c.code == site_code)).scalar()
            if k is None:
                raise NotFound(f"no site {site_code}; register it with `site add`")
            if k != "township":
                raise Invalid(f"{site_code} is a county; cases are migrated by townships")
            tx.conn.execute(m.migration_source.delete().where(
                m.migration_source.c.site_code == site_code,
                m.migration_source.c.sha256 == sha256))
            tx.conn.execute(insert(m.migration_source).values(
                site_code=site_code, sha256=sha256, cases=cases, note=note[:500],
                allowed_at=now()))

    def migration_sources(self) -> list[dict]:
        r, ms = m.record.c, m.migration_source.c
        with self.db.read() as conn:
            rows = conn.execute(select(m.migration_source).order_by(ms.site_code, ms.allowed_at)).all()
            # Counted here: PostgreSQL will not group by a JSON path bound twice.
            used: dict[tuple[str, str], int] = {}
            mf = r.payload["migrated_from"].as_string()
            for x in conn.execute(select(r.site_code, mf).where(
                    r.entity == "application", mf.in_(sorted({y.sha256 for y in rows})))):
                used[(x[0], x[1])] = used.get((x[0], x[1]), 0) + 1
        return [{"site_code": x.site_code, "sha256": x.sha256, "cases": x.cases,
                 "used": used.get((x.site_code, x.sha256), 0), "note": x.note,
                 "allowed_at": x.allowed_at} for x in rows]

    def _put(self, tx, entity, rid, payload, *, owner, written_by, reference,
             township=None) -> int:
        """Write one record at version+1 unless it already holds this payload."""
        conn = tx.conn
        digest = record_digest(payload, False)
        cur = conn.execute(select(m.record.c.version, m.record.c.digest).where(
            m.record.c.id == rid, m.record.c.entity == entity)).first()
        if cur and cur.digest == digest:
            return 0
        version = (cur.version if cur else 0) + 1
        row = dict(version=version, site_code=owner, payload=payload, digest=digest,
                   deleted=False, cursor=tx.next_cursor(), is_reference=reference,
                   township_code=township, county_code=township[:6] if township else None,
                   written_by=written_by, app_type=None, app_state=None, batch_id=None,
                   updated_at=now())
        if cur:
            conn.execute(update(m.record).where(m.record.c.id == rid,
                                                m.record.c.entity == entity).values(**row))
        else:
            conn.execute(insert(m.record).values(id=rid, entity=entity, **row))
        conn.execute(insert(m.record_version).values(id=rid, entity=entity, version=version,
                                                     digest=digest, sent_by=written_by,
                                                     batch_id=None, at=now()))
        return 1

    # ---- site keys -----------------------------------------------------------

    def register_site_key(self, site: Site, public_key: str) -> dict:
        key = _check_public_key(public_key)
        if key is None:
            raise Invalid("public_key must be a raw 32-byte Ed25519 public key in base64",
                          path="public_key")
        with self.db.write() as tx:
            self._put(tx, "site_key", site.code, {"site_code": site.code, "public_key": key},
                      owner=site.code, written_by=site.code, reference=True)
            v = tx.conn.execute(select(m.record.c.version).where(
                m.record.c.id == site.code, m.record.c.entity == "site_key")).scalar_one()
        return {"site_code": site.code, "version": v, "public_key": key}

    # ---- push ----------------------------------------------------------------

    def push(self, b: PushBatch, site: Site) -> PushResult:
        if b.site_code != site.code:
            raise Forbidden(f"the batch is for site {b.site_code}, but the token belongs to "
                            f"site {site.code}; a site pushes only its own batches")
        digest = batch_digest(b)
        with self.db.write() as tx:
            conn = tx.conn
            seen = conn.execute(select(m.batch.c.site_code, m.batch.c.digest, m.batch.c.result)
                                .where(m.batch.c.batch_id == b.batch_id)).first()
            if seen:
                if seen.site_code != site.code or seen.digest != digest:
                    raise Conflict(f"batch id {b.batch_id} was already used for a different "
                                   f"batch; a changed batch needs a new batch id",
                                   code="batch_id_reused", batch_id=b.batch_id)
                return PushResult.model_validate(seen.result)
            audit_rows, audit_seq, audit_head = self._check_audit(conn, b, site)
            results, stats = _Apply(self, tx, b, site).run()
            duplicates.check_pushed(self, tx, site.code, [
                r for r, x in zip(b.records, results)
                if r.entity == "member" and x.status == "applied"])
            at = now()
            if audit_rows:
                for r in audit_rows:
                    r["batch_id"], r["received_at"] = b.batch_id, at
                conn.execute(insert(m.audit_entry), audit_rows)
                self._count_names(conn, site.code, _audit_names(audit_rows))
            conn.execute(update(m.site).where(m.site.c.code == site.code).values(
                last_sync_at=at, audit_seq=audit_seq, audit_hash=audit_head))
            result = PushResult(batch_id=b.batch_id, results=results, audit_through=audit_seq)
            conn.execute(insert(m.batch).values(
                batch_id=b.batch_id, site_code=site.code, digest=digest, received_at=at,
                result=result.model_dump(mode="json"), **stats))
        return result

    def _count_names(self, conn, code: str, names: dict[str, int]) -> None:
        if not names:
            return
        if self.db.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        else:
            from sqlalchemy.dialects.postgresql import insert as upsert
        stmt = upsert(m.audit_name)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["site_code", "record_id"],
            set_={"entries": m.audit_name.c.entries + stmt.excluded.entries}),
            [{"site_code": code, "record_id": rid[:100], "entries": n}
             for rid, n in sorted(names.items())])

    def _check_audit(self, conn, b: PushBatch, site: Site):
        s = conn.execute(select(m.site.c.audit_seq, m.site.c.audit_hash)
                         .where(m.site.c.code == site.code)).one()
        held_seq, held_hash = s.audit_seq, s.audit_hash

        def brk(seq, entry_id, reason, message):
            return ChainBreakError(
                f"audit entry seq={seq} id={entry_id} {message}; the batch was refused and "
                f"nothing in it was applied. The site's audit log must be checked before it "
                f"syncs again", batch_id=b.batch_id, site_code=site.code, seq=seq,
                entry_id=entry_id, reason=reason, audit_through=held_seq)

        entries = sorted(b.audit, key=lambda e: e.seq)
        old = [e for e in entries if e.seq <= held_seq]
        new = [e for e in entries if e.seq > held_seq]
        if old:
            have = {r.seq: r for r in conn.execute(
                select(m.audit_entry.c.seq, m.audit_entry.c.entry_id, m.audit_entry.c.hash)
                .where(m.audit_entry.c.site_code == site.code,
                       m.audit_entry.c.seq.in_([e.seq for e in old])))}
            for e in old:
                h = have.get(e.seq)
                if h is None or h.hash != e.hash or h.entry_id != e.id:
                    raise brk(e.seq, e.id, "edited", "differs from the entry the server already "
                              "holds (history was altered)")
                if entry_hash(e.hashed_fields()) != e.hash:
                    raise brk(e.seq, e.id, "hash", "does not match its own hash (entry altered)")
        for a, c in zip(new, new[1:]):
            if a.seq == c.seq:
                raise brk(c.seq, c.id, "duplicate", "appears twice with the same seq")
        problem = verify_chain([e.hashed_fields() for e in new], held_hash, held_seq)
        if problem:
            words = {"gap": f"is missing (the server holds up to seq {held_seq})"
                     if problem.seq == held_seq + 1 else "is missing",
                     "link": "does not link to the entry before it (an entry was altered "
                             "or removed)",
                     "hash": "does not match its own hash (entry altered)"}
            raise brk(problem.seq, problem.entry_id, problem.reason,
                      words.get(problem.reason, problem.reason))
        rows = [{"site_code": site.code, "seq": e.seq, "entry_id": e.id, "at": e.at,
                 "user": e.user, "event": e.event, "entity": e.entity, "entity_id": e.entity_id,
                 "success": e.success, "detail": e.detail, "prev_hash": e.prev_hash,
                 "hash": e.hash} for e in new]
        if new:
            held_seq, held_hash = new[-1].seq, new[-1].hash
        return rows, held_seq, held_hash

    # ---- pull ----------------------------------------------------------------

    def pull(self, site: Site, cursor: int, limit: int) -> PullPage:
        return PullPage.model_validate_json(self.pull_json(site, cursor, limit))

    def pull_json(self, site: Site, cursor: int, limit: int, address: str = "-") -> str:
        """One page of what the site may see after ``cursor``, as PullPage JSON.

        Payloads go out as the database's own JSON text: parsing and
        re-encoding every payload was most of a pull's time.
        """
        r = m.record.c
        if site.kind == "county":
            mine = and_(r.county_code == site.code, r.written_by != site.code)
        else:
            mine = and_(r.township_code == site.code, r.written_by != site.code)
        q = (select(r.cursor, r.entity, r.id, r.version, r.site_code,
                    cast(r.payload, Text).label("payload"), r.deleted)
             .where(r.cursor > cursor, or_(r.is_reference.is_(True), mine))
             .order_by(r.cursor).limit(limit + 1))
        with self.db.read() as conn:
            rows = conn.execute(q).all()
        more = len(rows) > limit
        rows = rows[:limit]
        self._log_access(site, address, [(x.entity, x.id) for x in rows])
        dumps = json.dumps
        items = ",".join(
            f'{{"cursor":{x.cursor},"entity":{dumps(x.entity)},"id":{dumps(x.id)},'
            f'"version":{x.version},"site_code":{dumps(x.site_code)},"payload":{x.payload},'
            f'"deleted":{"true" if x.deleted else "false"}}}' for x in rows)
        if not more:
            self._touch(site.code)
        next_cursor = rows[-1].cursor if rows else cursor
        return f'{{"items":[{items}],"next_cursor":{next_cursor},"more":{"true" if more else "false"}}}'

    def _log_access(self, site: Site, address: str, items: list[tuple[str, str]]) -> None:
        """Who received which personal records (PIPL): written before they are handed
        out, so nothing leaves unlogged (a failure here answers 503, handing out nothing)."""
        by_entity: dict[str, list[str]] = {}
        for entity, rid in items:
            if entity in PERSONAL:
                by_entity.setdefault(entity, []).append(rid)
        if not by_entity:
            return
        at = now()
        with self.db.write(cursors=False) as tx:
            tx.conn.execute(insert(m.access_log), [
                {"at": at, "site_code": site.code, "address": address[:64], "entity": e,
                 "count": len(ids), "ids": ids} for e, ids in sorted(by_entity.items())])

    def access_log(self, site_code: str | None = None, limit: int = 100) -> list[dict]:
        a = m.access_log.c
        q = select(m.access_log).order_by(a.at.desc(), a.pk.desc()).limit(limit)
        if site_code:
            q = q.where(a.site_code == site_code)
        with self.db.read() as conn:
            return [dict(x._mapping) for x in conn.execute(q)]

    def _touch(self, code: str) -> None:
        # Only for the city page: a pull must not wait long behind pushes for it.
        try:
            with self.db.write(wait_seconds=2, cursors=False) as tx:
                tx.conn.execute(update(m.site).where(m.site.c.code == code)
                                .values(last_sync_at=now()))
        except (Busy, OperationalError):
            log.info("last sync time of %s not recorded: writers busy", code)

    # ---- attachments ----------------------------------------------------------

    # An upload is one site's lease: another site's upload of the same content, finished
    # or not, is never seen, waited on or joined (all a site could learn from it is that
    # someone holds that content). Complete content is kept once; each site that sent all
    # of it, checked against the hash, becomes one of its holders.

    def _lease_cutoff(self) -> datetime:
        return now() - timedelta(seconds=self.attachment_lease)

    def _sweep_uploads(self, conn) -> int:
        """Drop every lapsed upload and its parts (lazily, on the next upload request)."""
        u, p = m.attachment_upload.c, m.attachment_upload_part.c
        lapsed = conn.execute(select(u.sha256, u.site_code)
                              .where(u.touched_at < self._lease_cutoff())).all()
        for sha, code in lapsed:
            conn.execute(m.attachment_upload_part.delete()
                         .where(p.sha256 == sha, p.site_code == code))
            conn.execute(m.attachment_upload.delete()
                         .where(u.sha256 == sha, u.site_code == code))
        if lapsed:
            log.info("%d attachment uploads lapsed (no part for %.0f s); their parts were "
                     "deleted", len(lapsed), self.attachment_lease)
        return len(lapsed)

    def _holds(self, conn, site: Site, sha: str):
        """The complete attachment row when ``site`` is one of its holders, else None."""
        h = m.attachment_holder.c
        return conn.execute(select(m.attachment).join(
            m.attachment_holder, h.sha256 == m.attachment.c.sha256)
            .where(h.sha256 == sha, h.site_code == site.code)).first()

    def _upload(self, conn, site: Site, sha: str):
        u = m.attachment_upload.c
        return conn.execute(select(m.attachment_upload).where(
            u.sha256 == sha, u.site_code == site.code,
            u.touched_at >= self._lease_cutoff())).first()

    def attachment_status(self, site: Site, sha: str) -> dict:
        """Only the site's own upload or holding answers; anything else is 404, whoever
        else may hold or be sending that content."""
        with self.db.read() as conn:
            a = self._holds(conn, site, sha)
            if a is not None:
                return {"sha256": sha, "size": a.size, "received": a.size, "complete": True}
            up = self._upload(conn, site, sha)
        if up is None:
            raise NotFound(f"site {site.code} has no upload of {sha} on the server; start one "
                           f"at offset 0", received=0)
        return {"sha256": sha, "size": up.size, "received": up.received, "complete": False}

    def attachment_put(self, site: Site, sha: str, offset: int, total: int, data: bytes) -> dict:
        if total > MAX_ATTACHMENT_BYTES:
            raise TooLarge(f"attachments are limited to {MAX_ATTACHMENT_BYTES // 2**20} MiB",
                           path="total")
        if offset + len(data) > total:
            raise Invalid(f"the part ends at byte {offset + len(data)}, past the declared total "
                          f"{total}", path="total")
        if not data and total > 0:
            raise Invalid("an empty part; send the bytes from the offset on", path="body")
        u, p = m.attachment_upload.c, m.attachment_upload_part.c
        key = (u.sha256 == sha, u.site_code == site.code)
        pkey = (p.sha256 == sha, p.site_code == site.code)
        problem: HqError | None = None
        with self.db.write() as tx:
            conn = tx.conn
            self._sweep_uploads(conn)
            a = self._holds(conn, site, sha)
            if a is not None:
                return {"sha256": sha, "size": a.size, "received": a.size, "complete": True}
            up = conn.execute(select(m.attachment_upload).where(*key)).first()
            if up is None:
                if offset != 0:
                    raise Conflict(f"site {site.code} has no upload of this content under way "
                                   f"(never started, or its lease lapsed); start at offset 0",
                                   received=0)
                held = conn.execute(select(func.coalesce(func.sum(u.size), 0))
                                    .where(u.site_code == site.code)).scalar_one()
                if held + total > MAX_SITE_UPLOAD_BYTES:
                    raise TooLarge(f"site {site.code} has {held // 2**20} MiB of uploads under "
                                   f"way; finish them, or let them lapse, before starting more "
                                   f"(at most {MAX_SITE_UPLOAD_BYTES // 2**20} MiB)", path="total")
                at = now()
                conn.execute(insert(m.attachment_upload).values(
                    sha256=sha, site_code=site.code, size=total, received=0, started_at=at,
                    touched_at=at))
                received = 0
            else:
                if up.size != total:
                    raise Conflict(f"this upload was started with total={up.size}, not {total}",
                                   received=up.received)
                if offset != up.received:
                    raise Conflict(f"the server holds {up.received} bytes; send the part that "
                                   f"starts at offset {up.received}", received=up.received)
                received = up.received
            if data:
                conn.execute(insert(m.attachment_upload_part).values(
                    sha256=sha, site_code=site.code, offset=offset, data=data))
            received += len(data)
            if received < total:
                conn.execute(update(m.attachment_upload).where(*key)
                             .values(received=received, touched_at=now()))
                return {"sha256": sha, "size": total, "received": received, "complete": False}
            h = hashlib.sha256()
            size = 0
            for part in conn.execute(select(p.data).where(*pkey).order_by(p.offset)).scalars():
                h.update(part)
                size += len(part)
            if h.hexdigest() != sha or size != total:
                problem = Invalid(f"the uploaded bytes have sha256 {h.hexdigest()}, not {sha}; "
                                  f"the upload was discarded, start again at offset 0",
                                  path="sha256")
            else:
                self._keep_complete(conn, site, sha, total)
            conn.execute(m.attachment_upload_part.delete().where(*pkey))
            conn.execute(m.attachment_upload.delete().where(*key))
        if problem is not None:
            raise problem
        return {"sha256": sha, "size": total, "received": total, "complete": True}

    def _keep_complete(self, conn, site: Site, sha: str, total: int) -> None:
        """The site sent all of the content and it matches its hash: it becomes a holder;
        the bytes are kept once (the first complete upload's copy)."""
        p = m.attachment_upload_part.c
        at = now()
        if conn.execute(select(m.attachment.c.sha256)
                        .where(m.attachment.c.sha256 == sha)).first() is None:
            conn.execute(insert(m.attachment).values(sha256=sha, size=total, received=total,
                                                     complete=True, uploaded_by=site.code,
                                                     created_at=at, completed_at=at))
            conn.execute(insert(m.attachment_part).from_select(
                ["sha256", "offset", "data"],
                select(p.sha256, p.offset, p.data).where(p.sha256 == sha,
                                                         p.site_code == site.code)))
        conn.execute(insert(m.attachment_holder).values(sha256=sha, site_code=site.code, at=at))

    def attachment_get(self, site: Site, sha: str, address: str = "-") -> bytes:
        h = m.attachment_holder.c
        with self.db.read() as conn:
            holders = list(conn.execute(select(h.site_code).where(h.sha256 == sha)).scalars())
            allowed = any(up == site.code or up[:6] == site.code        # holder, or its county
                          or (len(up) == 6 and site.code[:6] == up)     # county file, its township
                          for up in holders)
            if not allowed:
                # The same answer whether nobody or only others hold it.
                raise NotFound(f"no complete attachment {sha} that site {site.code} may read "
                               f"on the server")
        self._log_access(site, address, [("attachment_content", sha)])
        with self.db.read() as conn:
            return b"".join(conn.execute(select(m.attachment_part.c.data)
                                         .where(m.attachment_part.c.sha256 == sha)
                                         .order_by(m.attachment_part.c.offset)).scalars())

    # ---- the city page and audit checks ------------------------------------------

    def application_counts(self, county: str | None = None) -> list[tuple[str, str, str, int]]:
        """(county, type, state, n) of live applications; ``county`` limits them to one."""
        r = m.record.c
        with self.db.read() as conn:
            return [tuple(x) for x in conn.execute(
                select(r.county_code, r.app_type, r.app_state, func.count())
                .where(r.entity == "application", r.deleted.is_(False),
                       r.county_code == county if county else true())
                .group_by(r.county_code, r.app_type, r.app_state)
                .order_by(r.county_code, r.app_type, r.app_state))]

    def verify_audit(self, code: str | None = None) -> list[dict]:
        """Re-check every stored chain from its first entry; one answer per site."""
        out = []
        with self.db.read() as conn:
            sites = conn.execute(select(m.site.c.code, m.site.c.audit_seq, m.site.c.audit_hash)
                                 .where(m.site.c.code == code if code else true())
                                 .order_by(m.site.c.code)).all()
            unnamed = _unnamed_records(conn, code)
            for s in sites:
                a = m.audit_entry.c
                rows = conn.execute(select(m.audit_entry).where(a.site_code == s.code)
                                    .order_by(a.seq)).mappings()
                entries = ({"id": x["entry_id"], **{f: x[f] for f in HASHED_FIELDS if f != "id"},
                            "hash": x["hash"]} for x in rows)
                problem = verify_chain(entries)
                if problem is None:
                    last = conn.execute(select(a.seq, a.hash).where(a.site_code == s.code)
                                        .order_by(a.seq.desc()).limit(1)).first()
                    if (last.seq if last else 0) != s.audit_seq or \
                            (last.hash if last else GENESIS) != s.audit_hash:
                        problem = f"the newest entries (up to seq {s.audit_seq}) are missing"
                if problem is None:
                    problem = unnamed.get(s.code)
                out.append({"site_code": s.code, "entries": s.audit_seq,
                            "ok": problem is None, "problem": str(problem) if problem else None})
        return out


def _unnamed_records(conn, code: str | None) -> dict[str, str]:
    """Per site, its stored records that none of its audit entries name, in one pass over
    the records: a push refuses a new record without one, so any here came in around the
    checks (or before them)."""
    r, n = m.record.c, m.audit_name.c
    missing = (select(r.site_code, r.entity, r.id)
               .select_from(m.record.outerjoin(m.audit_name, and_(n.site_code == r.site_code,
                                                                  n.record_id == r.id)))
               .where(r.is_reference.is_(False), n.record_id.is_(None),
                      r.site_code == code if code else true()))
    sub = missing.subquery()
    counts = conn.execute(select(sub.c.site_code, func.count(), func.min(sub.c.entity + " " + sub.c.id))
                          .group_by(sub.c.site_code)).all()
    return {site: (f"{k} stored record{'s' if k != 1 else ''} of the site "
                   f"{'are' if k != 1 else 'is'} named by no audit entry (such as {first})")
            for site, k, first in counts}


def _check_public_key(text: str) -> str | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 32:
        return None
    return base64.b64encode(raw).decode()


class _Apply:
    """Answers and applies the records of one batch, inside the push's transaction."""

    def __init__(self, store: Store, tx, b: PushBatch, site: Site):
        self.store, self.tx, self.conn, self.b, self.site = store, tx, tx.conn, b, site
        self.at = now()
        self.cur: dict[tuple[str, str], _Cur] = {}
        self.levels: dict[str, str] = {}
        self.history: list[dict] = []
        self.conflicts: list[dict] = []
        self.settled: set[str] = set()
        # Decisions held for the applications of this batch: application id -> payloads.
        self.decisions: dict[str, list[dict]] = {}
        # The county's approvals of the payment rolls in this batch: roll id -> payloads.
        self.roll_approvals: dict[str, list[dict]] = {}
        # Rosters the city accepted for this site: sha256 -> [allowed, used].
        self.sources: dict[str, list[int]] = {}
        # This site's live records in the batch: a parent may come later in the same batch.
        self.in_batch = {(r.entity, r.id) for r in b.records
                         if not r.deleted and r.site_code == site.code}
        self.batch_apps = {r.id: r.payload for r in b.records
                           if r.entity == "application" and not r.deleted and r.site_code == site.code}
        self.audit_names = _audit_names(b.audit)

    def _load(self) -> None:
        ids: set[str] = set()
        level_ids: set[str] = set()
        decided_apps: set[str] = set()
        approved_rolls: set[str] = set()
        migrated = False
        for r in self.b.records:
            ids.add(r.id)
            for field, _parent in PARENTS.get(r.entity, ()):
                v = r.payload.get(field)
                if _idlike(v):
                    ids.add(v)
            if r.entity == "review" and _idlike(r.payload.get("decision_id")):
                ids.add(r.payload["decision_id"])
            if r.entity == "application" and r.payload.get("state") in DECIDED_STATES:
                decided_apps.add(r.id)
                migrated = migrated or _idlike(r.payload.get("migrated_from"))
            if r.entity == "review" and _idlike(r.payload.get("application_id")):
                decided_apps.add(r.payload["application_id"])
            if r.entity == "payroll_roll" and r.payload.get("state") == "approved":
                approved_rolls.add(r.id)
            if r.entity == "payroll_approval" and _idlike(r.payload.get("roll_id")):
                ids.add(r.payload["roll_id"])
            if r.entity == "crosscheck_result" and isinstance(r.payload.get("crosscheck_id"), str):
                ids.add(r.payload["crosscheck_id"])
            if r.entity == "decision":
                aid, tw, typ = (r.payload.get(k) for k in ("application_id", "township_code", "type"))
                if _idlike(aid):
                    ids.add(aid)
                if _idlike(tw) and _idlike(typ):
                    level_ids.add(f"{tw[:6]}:{typ}")
        c = m.record.c
        idl = sorted(ids)
        for i in range(0, len(idl), 500):
            for x in self.conn.execute(
                    select(c.entity, c.id, c.version, c.site_code, c.payload, c.digest,
                           c.deleted, c.township_code).where(c.id.in_(idl[i:i + 500]))):
                self.cur[(x.entity, x.id)] = _Cur(x.entity, x.id, x.version, x.site_code,
                                                  x.payload, x.digest, x.deleted,
                                                  x.township_code, True)
        if level_ids:
            for x in self.conn.execute(select(c.id, c.payload).where(
                    c.entity == "approval_level", c.id.in_(sorted(level_ids)))):
                self.levels[x.id] = (x.payload or {}).get("level", "county")
        if decided_apps:
            aid = c.payload["application_id"].as_string()
            apps = sorted(decided_apps)
            for i in range(0, len(apps), 500):
                for x in self.conn.execute(select(c.payload).where(
                        c.entity == "decision", c.township_code == self.site.code,
                        c.deleted.is_(False), aid.in_(apps[i:i + 500]))):
                    self.decisions.setdefault(x.payload["application_id"], []).append(x.payload)
        if approved_rolls:
            rid = c.payload["roll_id"].as_string()
            rolls = sorted(approved_rolls)
            for i in range(0, len(rolls), 500):
                for x in self.conn.execute(select(c.payload).where(
                        c.entity == "payroll_approval", c.township_code == self.site.code,
                        c.deleted.is_(False), rid.in_(rolls[i:i + 500]))):
                    self.roll_approvals.setdefault(x.payload["roll_id"], []).append(x.payload)
        if migrated:
            ms = m.migration_source.c
            for x in self.conn.execute(select(ms.sha256, ms.cases).where(
                    ms.site_code == self.site.code)):
                self.sources[x.sha256] = [x.cases, 0]
            mf = c.payload["migrated_from"].as_string()
            if self.sources:
                for (sha,) in self.conn.execute(select(mf).where(
                        c.entity == "application", c.site_code == self.site.code,
                        mf.in_(sorted(self.sources)))):
                    self.sources[sha][1] += 1

    def run(self) -> tuple[list[RecordResult], dict]:
        self._load()
        results = [self._one(r) for r in self.b.records]
        # A township deciding itself (delegated level) sends the decision and the case
        # together, in the outbox's order: a case refused for want of a decision that
        # came later in the same batch is answered again.
        for i, (r, x) in enumerate(zip(self.b.records, results)):
            if x.status == "refused" and r.entity == "application" and \
                    x.field in ("state", "amount_fen") and r.id in self.decisions:
                results[i] = self._one(r)
        self._write()
        stats = {k: sum(1 for x in results if x.status == k)
                 for k in ("applied", "duplicate", "conflict", "refused")}
        return results, stats

    # -- deciding

    def _one(self, r: Record) -> RecordResult:
        def answer(status, reason=None, cur: _Cur | None = None, field=None):
            return RecordResult(entity=r.entity, id=r.id, version=r.version, status=status,
                                reason=reason, field=field,
                                server_version=cur.version if cur else None,
                                server_payload=cur.payload if cur else None)

        cur = self.cur.get((r.entity, r.id))
        why = self._owner_problem(r, cur)
        if why:
            return answer("refused", why)
        problem = payload_problem(r.entity, r.payload)
        if problem:
            where = f"payload.{problem[0]}" if problem[0] else "payload"
            return answer("refused", f"{where}: {problem[1]}", field=problem[0] or None)
        why = self._may_write(r, cur)
        if why:
            return answer("refused", why)
        digest = record_digest(r.payload, r.deleted)
        if cur is not None and r.version <= cur.version:
            if r.version == cur.version:
                same = digest == cur.digest
            else:
                old = self.conn.execute(select(m.record_version.c.digest).where(
                    m.record_version.c.id == r.id, m.record_version.c.entity == r.entity,
                    m.record_version.c.version == r.version)).scalar()
                same = old == digest
            if same:
                return answer("duplicate", None, cur)
            self._keep_conflict(r, cur)
            return answer("conflict", f"the server holds version {cur.version}; this change "
                          f"was made on version {r.base_version}", cur)
        server_version = cur.version if cur else 0
        if r.base_version != server_version:
            self._keep_conflict(r, cur)
            held = f"version {cur.version}" if cur else "no such record"
            return answer("conflict", f"the server holds {held}; this change was made on "
                          f"version {r.base_version}", cur)
        why = self._version_step(r, server_version)
        if why:
            return answer("refused", why, field="version")
        found = self._parent_problem(r)
        if found:
            return answer("refused", f"payload.{found[0]}: {found[1]}", field=found[0])
        found = self._decided_problem(r, cur) or self._roll_problem(r, cur) \
            or self._line_problem(r, cur)
        if found:
            return answer("refused", f"payload.{found[0]}: {found[1]}", field=found[0])
        why = self._state_allows(r)
        if why:
            return answer("refused", why)
        self._apply(r, cur, digest)
        return answer("applied")

    def _version_step(self, r: Record, server_version: int) -> str | None:
        """A version moves on by one per audited change: every change on the desktop is one
        version and one audit entry naming the record, and unsent changes travel as their
        last version. A bigger step than the site's audit log names is refused (a version
        pushed far ahead would freeze the record against every later change)."""
        step = r.version - server_version
        if step <= 1 and server_version > 0:
            return None
        named = self.audit_names.get(r.id, 0)
        if named < step:
            n = m.audit_name.c
            named += self.conn.execute(select(n.entries).where(
                n.site_code == self.site.code, n.record_id == r.id)).scalar() or 0
        if named < step and server_version == 0 and step == 1:
            return (f"{r.entity} {r.id} is new, but no audit entry of site {self.site.code} "
                    f"names it; every record is created by an audited change, and its entry "
                    f"travels with it (or before it)")
        if named < step:
            return (f"version {r.version} is {step} versions past the server's {server_version}, "
                    f"but the site's audit log names only {named} change"
                    f"{'s' if named != 1 else ''} of {r.entity} {r.id}; each change moves a "
                    f"record on by exactly one version and carries its audit entry")
        return None

    def _parent_problem(self, r: Record) -> tuple[str, str] | None:
        """Parent references point to this site's own records (looked up here, whatever
        the payload says): one township's members, visits or attachments never hang on
        another township's household or case."""
        if r.deleted:
            return None
        for field, parent in PARENTS.get(r.entity, ()):
            pid = r.payload.get(field)
            if pid is None:
                continue
            held = self.cur.get((parent, pid))
            if held is not None and not held.deleted:
                if held.site_code != self.site.code:
                    return field, (f"{parent} {pid} belongs to site {held.site_code}; a record "
                                   f"of site {self.site.code} refers only to its own records")
                continue
            if (parent, pid) in self.in_batch:
                continue
            return field, (f"{parent} {pid} is not on the server and not in this batch; "
                           f"the {parent} must be synced first")
        if r.entity == "review" and r.payload.get("decision_id"):
            did = r.payload["decision_id"]
            d = self.cur.get(("decision", did))
            if d is None or d.deleted:
                if ("decision", did) not in self.in_batch:
                    return "decision_id", f"decision {did} is not on the server"
            elif d.payload.get("application_id") != r.payload.get("application_id") or \
                    d.township_code != self.site.code:
                return "decision_id", (f"decision {did} is not a decision on application "
                                       f"{r.payload.get('application_id')} of township "
                                       f"{self.site.code}")
        return None

    def _held(self, entity: str, rid) -> _Cur | None:
        """The server's current copy of a record (this batch's change included)."""
        if not _idlike(rid):
            return None
        if (entity, rid) not in self.cur:
            c = m.record.c
            x = self.conn.execute(select(c.entity, c.id, c.version, c.site_code, c.payload,
                                         c.digest, c.deleted, c.township_code).where(
                c.id == rid, c.entity == entity)).first()
            if x is None:
                return None
            self.cur[(entity, rid)] = _Cur(*x, True)
        held = self.cur[(entity, rid)]
        return None if held.deleted else held

    def _line_problem(self, r: Record, cur: _Cur | None) -> tuple[str, str] | None:
        """A payment line changes only while its roll is a draft: a signed-off roll's lines
        are what the county approves, and an approved roll's only the bank's answer
        (status, failure_reason) changes. Checked for the roll it names and the roll it
        was in, whatever the line says about itself."""
        if r.entity != "payroll_line":
            return None
        before = cur.payload if cur is not None and not cur.deleted else None
        answer_only = ("status", "failure_reason", "updated_at", "updated_by")
        for rid in dict.fromkeys(x for x in ((before or {}).get("roll_id"),
                                             None if r.deleted else r.payload.get("roll_id")) if x):
            roll = self._held("payroll_roll", rid)
            state = roll.payload.get("state") if roll is not None else None
            if state == "signed_off":
                return "roll_id", (f"payroll roll {rid} is signed off: its lines are what the "
                                   f"county approves and do not change (withdraw the sign-off "
                                   f"to rebuild it)")
            if state == "approved":
                same = before is not None and not r.deleted and all(
                    before.get(k) == r.payload.get(k)
                    for k in set(before) | set(r.payload) if k not in answer_only)
                if not same:
                    return "roll_id", (f"payroll roll {rid} is approved and frozen: of its lines "
                                       f"only the bank's answer (status, failure_reason) changes")
        return None

    def _roll_lines(self, roll_id: str) -> list[dict]:
        """The lines of one of this site's rolls held here, this batch's included."""
        c = m.record.c
        held = {x.id: x.payload for x in self.conn.execute(select(c.id, c.payload).where(
            c.entity == "payroll_line", c.township_code == self.site.code,
            c.deleted.is_(False), c.payload["roll_id"].as_string() == roll_id))}
        for (entity, rid), x in self.cur.items():
            if entity != "payroll_line" or not x.changed:
                continue
            if x.deleted or x.payload.get("roll_id") != roll_id:
                held.pop(rid, None)
            else:
                held[rid] = x.payload
        return list(held.values())

    def _signed_off_problem(self, r: Record, before: dict | None) -> tuple[str, str] | None:
        """A roll that goes signed off has its lines here, equal to its header in count,
        total, digest and per village (domain.payroll.header_problem, as the county checks
        before it approves)."""
        keys = ("state", "line_count", "total_fen", "lines_digest", "by_village")
        if before is not None and all(before.get(k) == r.payload.get(k) for k in keys):
            return None
        try:
            lines = [PayrollLinePayload.model_validate(p).model_dump()
                     for p in self._roll_lines(r.id)]
        except ValidationError:
            return "line_count", f"payroll roll {r.id} has a line the server cannot read"
        problem = payroll_rules.header_problem(r.payload, lines)
        if problem:
            return problem[0], (f"payroll roll {r.id} is signed off, but its lines held here "
                                f"do not match it: {problem[1]}; the lines go before the "
                                f"sign-off")
        return None

    def _roll_problem(self, r: Record, cur: _Cur | None) -> tuple[str, str] | None:
        """A payment roll is 'approved' only with the county's approval of exactly its
        lines and total, held here: a township does not approve its own payments."""
        if r.entity != "payroll_roll" or r.deleted:
            return None
        before = cur.payload if cur is not None and not cur.deleted else None
        if r.payload.get("state") == "signed_off":
            return self._signed_off_problem(r, before)
        if r.payload.get("state") != "approved":
            return None
        keys = ("state", "lines_digest", "total_fen")
        if before is not None and all(before.get(k) == r.payload.get(k) for k in keys):
            return None
        p = r.payload
        if any(a.get("lines_digest") == p.get("lines_digest")
               and a.get("total_fen") == p.get("total_fen")
               for a in self.roll_approvals.get(r.id, [])):
            return None
        return "state", (f"payroll roll {r.id} is 'approved', but the server holds no approval of "
                         f"county {self.site.code[:6]} for these lines and this total; the "
                         f"county approves a signed-off roll, and the township applies it")

    def _decided_problem(self, r: Record, cur: _Cur | None) -> tuple[str, str] | None:
        """A case in a decided state carries the competent body's decision, held here.

        Decisions are records of the body that decides (the county, or the township
        where the approval level delegates the type), checked for competence when they
        arrive; the township applies them and pushes the case. So an application that
        arrives approved, refused or stopped (or approved at another amount) must match a
        decision on the server. The one other way: a case migrated from a roster the
        city accepted for this site (`lishui-hq migration allow`), arriving new."""
        if r.entity != "application" or r.deleted:
            return None
        p = r.payload
        state = p.get("state")
        if state not in DECIDED_STATES:
            return None
        before = cur.payload if cur is not None and not cur.deleted else None
        if before is not None and before.get("state") == state and (
                state != "approved" or before.get("amount_fen") == p.get("amount_fen")):
            return None       # not a change of the decided part
        decisions = self.decisions.get(r.id, [])
        outcomes = DECIDED_STATES[state]
        amount = p.get("amount_fen")
        if any(d.get("outcome") in outcomes and (state != "approved"
                                                   or d.get("amount_fen") == amount)
               for d in decisions):
            return None
        sha = p.get("migrated_from")
        if sha and before is None and cur is None:
            src = self.sources.get(sha)
            if src is not None and src[1] < src[0]:
                src[1] += 1
                return None
            if src is not None:
                return "migrated_from", (f"the city accepted {src[0]} migrated cases from roster "
                                         f"{sha[:12]}…; this would be one more")
            return "migrated_from", (f"roster {sha[:12]}… was not accepted by the city for site "
                                     f"{self.site.code}; a migrated case arrives decided only "
                                     f"after `lishui-hq migration allow`")
        body = f"county {self.site.code[:6]} (or township {self.site.code} where the approval " \
               f"level delegates {p.get('type')})"
        if state == "approved" and any(d.get("outcome") in outcomes for d in decisions):
            return "amount_fen", (f"application {r.id} is approved at {amount} fen, but no "
                                  f"decision of {body} on the server sets that amount")
        return "state", (f"application {r.id} is '{state}', but the server holds no decision "
                         f"of {body} that makes it so; a case is decided by a decision record, "
                         f"which the township applies when it arrives by sync")

    def _owner_problem(self, r: Record, cur: _Cur | None) -> str | None:
        s = self.site
        if r.entity in CITY_ONLY:
            return f"'{r.entity}' is reference data, written by the city only"
        if r.site_code != s.code:
            return (f"the record is owned by site {r.site_code}; the token belongs to site "
                    f"{s.code}, which writes only its own records")
        if cur is not None and cur.site_code != s.code:
            return (f"{r.entity} {r.id} on the server belongs to site {cur.site_code}; a site "
                    f"cannot take over another site's record")
        if r.entity == "site_key" and r.id != s.code:
            return f"a site_key record has the site's code as id ({s.code}), not {r.id}"
        if r.entity in TOWNSHIP_ENTITIES and s.kind != "township":
            return (f"a county writes only decisions; '{r.entity}' records are written by "
                    f"the township that owns the case")
        if r.entity not in TOWNSHIP_ENTITIES and r.entity not in ("decision", "site_key",
                                                                   "payroll_approval",
                                                                   "crosscheck_result"):
            return f"'{r.entity}' cannot be written by a site"
        return None

    def _may_write(self, r: Record, cur: _Cur | None) -> str | None:
        """What this site may write (None = yes); the owner and the content are checked."""
        s = self.site
        if r.entity == "site_key":
            if r.payload.get("site_code") != s.code:
                # Desktops verify notices with the key a site_key record names: it must
                # be the pushing site's own.
                return (f"payload.site_code: a site_key record of site {s.code} names "
                        f"{r.payload.get('site_code')}; a site registers only its own key")
            if not r.deleted and _check_public_key(str(r.payload.get("public_key", ""))) is None:
                return "payload.public_key: must be a raw 32-byte Ed25519 public key in base64"
            return None
        if r.entity == "decision":
            try:
                d = DecisionPayload.model_validate(r.payload)
            except ValidationError as e:
                return _pydantic_reason("payload", e)
            county = d.township_code[:6]
            if regions.county_of(d.township_code) != county:
                return f"payload.township_code: {d.township_code} is not a Lishui township"
            if s.kind == "county":
                if county != s.code:
                    return (f"county {s.code} decides only for its own townships; "
                            f"{d.township_code} belongs to county {county}")
            elif d.township_code != s.code:
                return (f"township {s.code} cannot decide on an application of township "
                        f"{d.township_code}")
            return None
        if r.entity == "payroll_approval":
            try:
                p = PayrollApprovalPayload.model_validate(r.payload)
            except ValidationError as e:
                return _pydantic_reason("payload", e)
            if s.kind != "county":
                return "a payment roll is approved by the county, not by a township"
            if p.township_code[:6] != s.code or regions.county_of(p.township_code) != s.code:
                return (f"county {s.code} approves only its own townships' rolls; "
                        f"{p.township_code} is not one of them")
            return None
        if r.entity == "crosscheck_result":
            tw = r.payload.get("township_code")
            if not isinstance(tw, str) or regions.county_of(tw) != tw[:6]:
                return f"payload.township_code: {tw} is not a Lishui township"
            if s.kind == "county" and tw[:6] != s.code:
                return (f"county {s.code} records cross-check results only for its own townships; "
                        f"{tw} belongs to county {tw[:6]}")
            if s.kind != "county" and tw != s.code:
                return (f"township {s.code} cannot record a cross-check result for township {tw}")
            return None
        if r.entity in TOWNSHIP_ENTITIES:
            if r.entity == "crosscheck" and r.payload.get("township_code") != s.code:
                return (f"payload.township_code is {r.payload.get('township_code')}, but township "
                        f"{s.code} requests cross-checks only for its own cases")
            if r.entity == "application" and not r.deleted:
                try:
                    a = ApplicationPayload.model_validate(r.payload)
                except ValidationError as e:
                    return _pydantic_reason("payload", e)
                if a.township_code != s.code:
                    return (f"payload.township_code is {a.township_code}, but township {s.code} "
                            f"writes only its own applications")
            return None
        return None

    def _state_allows(self, r: Record) -> str | None:
        """Rules that depend on the server's state (checked only before applying)."""
        if r.entity == "payroll_approval" and not r.deleted:
            p = PayrollApprovalPayload.model_validate(r.payload)
            roll = self.cur.get(("payroll_roll", p.roll_id))
            if roll is None or roll.deleted or roll.township_code != p.township_code:
                return (f"payroll roll {p.roll_id} of township {p.township_code} is not on the "
                        f"server; the township must sync it first")
            rp = roll.payload
            if rp.get("state") != "signed_off":
                return (f"payroll roll {p.roll_id} is '{rp.get('state')}', not 'signed_off'; "
                        f"only a roll the township signed off can be approved")
            if (rp.get("lines_digest"), rp.get("total_fen")) != (p.lines_digest, p.total_fen):
                return (f"payroll roll {p.roll_id} on the server has other lines or another total "
                        f"than the approval names; the township changed it after sign-off")
            return None
        if r.entity == "crosscheck_result" and not r.deleted:
            p = r.payload
            req = self.cur.get(("crosscheck", p["crosscheck_id"]))
            if req is None or req.deleted or req.township_code != p["township_code"] \
                    or req.payload.get("application_id") != p["application_id"]:
                return (f"cross-check request {p['crosscheck_id']} of township {p['township_code']} "
                        f"for application {p['application_id']} is not on the server; the township "
                        f"must sync it first")
            return None
        if r.entity != "decision":
            return None
        d = DecisionPayload.model_validate(r.payload)
        app = self.cur.get(("application", d.application_id))
        if (app is None or app.deleted) and d.outcome == "paid_first" and d.application_id in self.batch_apps:
            # Paid first the day the case was taken in: the case arrives in this same batch.
            return self._pay_first_problem(d, self.batch_apps[d.application_id], new=True)
        if app is None or app.deleted:
            return (f"application {d.application_id} is not on the server; the township must "
                    f"sync it before it can be decided")
        ap = app.payload
        if app.township_code != d.township_code:
            return (f"application {d.application_id} belongs to township {app.township_code}, "
                    f"not {d.township_code}")
        if ap.get("type") != d.type:
            return f"application {d.application_id} is of type {ap.get('type')}, not {d.type}"
        if d.outcome == "paid_first":
            return self._pay_first_problem(d, ap)
        needed = "approved" if d.outcome in OUTCOMES_ON_PAID_CASES else "awaiting_decision"
        if ap.get("state") != needed:
            return (f"application {d.application_id} is in state '{ap.get('state')}', not "
                    f"'{needed}'; a '{d.outcome}' decision needs a case that is '{needed}'")
        if d.outcome in OUTCOMES_ON_PAID_CASES and d.start_month and ap.get("start_month") \
                and d.start_month < ap["start_month"]:
            return (f"start_month: a '{d.outcome}' from {d.start_month} is before application "
                    f"{d.application_id} was first paid ({ap['start_month']})")
        level = self.levels.get(f"{d.township_code[:6]}:{d.type}", "county")
        if self.site.kind == "township" and level != "township":
            return (f"decisions on {d.type} in county {d.township_code[:6]} are made by the "
                    f"county (approval level '{level}')")
        return None

    def _pay_first_problem(self, d: DecisionPayload, ap: dict, new: bool = False) -> str | None:
        """先行救助: a township decides and pays first only urgent temporary aid (急难型), only
        its own case before any other decision, and only up to the limit the city holds for
        its county (domain.urgent_aid), whatever the records say about themselves."""
        if self.site.kind != "township":
            return "a pay-first (先行救助) is the township's decision; the county decides as usual"
        if ap.get("township_code") != d.township_code:
            return (f"application {d.application_id} belongs to township {ap.get('township_code')}, "
                    f"not {d.township_code}")
        if ap.get("type") != urgent_aid.URGENT_TYPE or d.type != urgent_aid.URGENT_TYPE:
            return (f"application {d.application_id} is of type {ap.get('type')}: only temporary "
                    f"assistance (linshi) is paid first by the township")
        if ap.get("urgent") is not True:
            return (f"application {d.application_id} is not urgent (急难型): it is decided by "
                    f"the county through the usual procedure")
        if not new and ap.get("state") not in PAY_FIRST_STATES:
            return (f"application {d.application_id} is in state '{ap.get('state')}'; a pay-first "
                    f"is made on a case taken in and not yet decided ({', '.join(PAY_FIRST_STATES)})")
        limit = self._urgent_limit(d.township_code[:6])
        if d.amount_fen is None or d.amount_fen > limit:
            return (f"payload.amount_fen: {d.amount_fen} fen is above the pay-first limit of county "
                    f"{d.township_code[:6]} ({limit} fen, the city's reference data); the county "
                    f"decides a larger amount")
        return None

    def _urgent_limit(self, county: str) -> int:
        c = m.record.c
        p = self.conn.execute(select(c.payload).where(c.entity == "urgent_aid", c.id == county,
                                                      c.deleted.is_(False))).scalar()
        return int((p or {}).get("limit_fen") or urgent_aid.DEFAULT_LIMIT_FEN)

    # -- writing

    def _township_of(self, r: Record) -> str | None:
        if r.entity in ("decision", "payroll_approval", "crosscheck_result"):
            return r.payload["township_code"]
        if r.entity == "site_key":
            return None
        return self.site.code

    def _apply(self, r: Record, cur: _Cur | None, digest: str) -> None:
        key = (r.entity, r.id)
        if cur is None:
            cur = self.cur[key] = _Cur(r.entity, r.id, 0, r.site_code, {}, "", False,
                                       None, False)
        cur.version, cur.payload, cur.digest, cur.deleted = r.version, r.payload, digest, r.deleted
        cur.township_code = self._township_of(r)
        cur.changed = True
        if r.entity == "decision" and not r.deleted:
            self.decisions.setdefault(r.payload["application_id"], []).append(r.payload)
        self.history.append({"id": r.id, "entity": r.entity, "version": r.version,
                             "digest": digest, "sent_by": self.site.code,
                             "batch_id": self.b.batch_id, "at": self.at})
        self.settled.add(r.id)

    def _keep_conflict(self, r: Record, cur: _Cur | None) -> None:
        self.conflicts.append({"entity": r.entity, "record_id": r.id, "version": r.version,
                               "base_version": r.base_version, "site_code": r.site_code,
                               "payload": r.payload, "deleted": r.deleted,
                               "sent_by": self.site.code, "batch_id": self.b.batch_id,
                               "server_version": cur.version if cur else None, "at": self.at})

    def _row(self, c: _Cur) -> dict:
        app = c.entity == "application" and not c.deleted
        return {"version": c.version, "site_code": c.site_code, "payload": c.payload,
                "digest": c.digest, "deleted": c.deleted, "cursor": self.tx.next_cursor(),
                "is_reference": c.entity == "site_key", "township_code": c.township_code,
                "county_code": c.township_code[:6] if c.township_code else None,
                "written_by": self.site.code,
                "app_type": c.payload.get("type") if app else None,
                "app_state": c.payload.get("state") if app else None,
                "batch_id": self.b.batch_id, "updated_at": self.at}

    def _write(self) -> None:
        conn = self.conn
        changed = [c for c in self.cur.values() if c.changed]
        # Settle earlier conflicts before storing new ones from this batch.
        if self.settled and conn.execute(select(m.conflict.c.pk).where(
                m.conflict.c.sent_by == self.site.code,
                m.conflict.c.resolved_at.is_(None)).limit(1)).first():
            ids = sorted(self.settled)
            for i in range(0, len(ids), 500):
                conn.execute(update(m.conflict).where(
                    m.conflict.c.sent_by == self.site.code, m.conflict.c.resolved_at.is_(None),
                    m.conflict.c.record_id.in_(ids[i:i + 500])).values(resolved_at=self.at))
        new = [{"id": c.id, "entity": c.entity, **self._row(c)} for c in changed if not c.in_db]
        old = [{"b_id": c.id, "b_entity": c.entity, **self._row(c)} for c in changed if c.in_db]
        if new:
            conn.execute(insert(m.record), new)
        if old:
            # The SET clause comes from the parameter keys that name columns.
            conn.execute(update(m.record).where(m.record.c.id == bindparam("b_id"),
                                                m.record.c.entity == bindparam("b_entity")), old)
        if self.history:
            conn.execute(insert(m.record_version), self.history)
        if self.conflicts:
            conn.execute(insert(m.conflict), self.conflicts)


def urgent_aid_items(counties: list[str], limit_fen: int, completion_days: int) -> list[tuple[str, dict]]:
    """A county's pay-first rules (先行救助), checked by the domain's own rules."""
    from lishui_desktop.domain.errors import DomainError
    try:
        r = urgent_aid.Rules(limit_fen=limit_fen, completion_days=completion_days)
    except DomainError as e:
        raise Invalid(f"{e.field}: {e.message}") from None
    return [(county, {"county_code": county, "limit_fen": r.limit_fen, "completion_days": r.completion_days})
            for county in counties]


def approval_level_items(county: str, types: list[str], level: str) -> list[tuple[str, dict]]:
    if level not in APPROVAL_LEVELS:
        raise Invalid(f"level must be one of {', '.join(APPROVAL_LEVELS)}")
    for t in types:
        if t not in ASSISTANCE_TYPES:
            raise Invalid(f"{t} is not an assistance type ({', '.join(ASSISTANCE_TYPES)})")
    return [(f"{county}:{t}", {"county_code": county, "type": t, "level": level}) for t in types]
