"""Appending to and verifying the site's audit hash chain (see domain.auditchain)."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.domain import auditchain
from lishui_desktop.domain.ids import new_id

from .models import AuditEntry


# json.dumps with options builds an encoder per call; bulk writers make one text per entry.
_DETAIL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def detail_text(detail: dict | None) -> str:
    return _DETAIL.encode(detail or {})


def entry_fields(e) -> dict:
    """The hashed fields of a stored entry (ORM object, or a DB-API Row of sqlite3 or SQLCipher)."""
    row = hasattr(e, "keys")
    return {"id": e["id"] if row else e.id,
            **{f: (e[f] if row else getattr(e, f))
               for f in ("site_code", "seq", "at", "user", "event", "entity", "entity_id",
                         "prev_hash")},
            "success": bool(e["success"] if row else e.success),
            "detail": json.loads(e["detail"] if row else e.detail)}


def last_link(session: Session, site_code: str) -> tuple[int, str]:
    row = session.execute(select(AuditEntry.seq, AuditEntry.hash)
                          .where(AuditEntry.site_code == site_code)
                          .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (0, auditchain.GENESIS)


def append(session: Session, *, site_code: str, user: str, event: str, entity: str = "",
           entity_id: str = "", success: bool = True, detail: dict | None = None,
           at: datetime | None = None) -> AuditEntry:
    """Add the next entry of the chain. Callers hold a write (BEGIN IMMEDIATE) transaction."""
    seq, prev = last_link(session, site_code)
    text = detail_text(detail)
    fields = {"id": new_id(), "site_code": site_code, "seq": seq + 1,
              "at": (at or datetime.now()).isoformat(timespec="seconds"), "user": user,
              "event": event, "entity": entity, "entity_id": entity_id, "success": success,
              "detail": json.loads(text), "prev_hash": prev}
    entry = AuditEntry(**{**fields, "detail": text}, hash=auditchain.entry_hash(fields))
    session.add(entry)
    session.flush()
    return entry


INSERT_SQL = ("INSERT INTO audit_log (seq, id, site_code, at, user, event, entity, entity_id,"
              " success, detail, prev_hash, hash, pushed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")


class BulkChain:
    """Entries made in bulk (the demo, a roster import) as rows for one executemany of
    INSERT_SQL: the same chain ``append`` builds, without an ORM object per entry."""

    def __init__(self, site_code: str, seq: int, prev_hash: str):
        self.site_code, self.seq, self.prev = site_code, seq, prev_hash
        self.rows: list[tuple] = []

    def add(self, at: str, user: str, event: str, entity: str, entity_id: str,
            detail: dict) -> None:
        self.add_text(at, user, event, entity, entity_id, detail_text(detail), new_id())

    def add_text(self, at: str, user: str, event: str, entity: str, entity_id: str,
                 text: str, entry_id: str) -> None:
        """``add`` of an entry whose detail text (``detail_text``) and id were made before,
        in another process perhaps: only the chain itself must be built in order."""
        self.seq += 1
        fields = {"id": entry_id, "site_code": self.site_code, "seq": self.seq, "at": at,
                  "user": user, "event": event, "entity": entity, "entity_id": entity_id,
                  "success": True, "prev_hash": self.prev}
        h = auditchain.entry_hash_of_text(fields, text)
        self.rows.append((self.seq, fields["id"], self.site_code, at, user, event, entity,
                          entity_id, 1, text, self.prev, h, 0))
        self.prev = h

    def write(self, cursor) -> None:
        cursor.executemany(*self.take())

    def take(self) -> tuple[str, list[tuple]]:
        """The statement and the rows made since the last take, for a caller that writes them."""
        rows, self.rows = self.rows, []
        return INSERT_SQL, rows


@dataclass
class VerifyReport:
    integrity: str                     # "ok" or SQLite's complaint
    entries: int
    first_break: auditchain.ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.first_break is None

    def lines(self) -> list[str]:
        out = [f"SQLite integrity check: {self.integrity}",
               f"audit entries checked: {self.entries}"]
        out.append("audit chain: intact" if self.first_break is None
                   else f"audit chain BROKEN at {self.first_break}")
        return out


def _cipher_row():
    import sqlcipher3
    return sqlcipher3.Row


def verify_file(path: str | Path, key: bytes | None) -> VerifyReport:
    """Recompute the chain and run SQLite's integrity check, reading the file directly.

    Streams the log so a chain of millions of entries needs little memory. On an
    encrypted file SQLCipher's own page check runs too (every page's HMAC).
    """
    from . import cipher
    try:
        return _verify(cipher.connect(Path(path), key, readonly=True), key)
    except (sqlite3.DatabaseError, cipher.DatabaseError, MemoryError) as exc:
        # SQLCipher reports a page that fails its HMAC as an error (even as "out of memory").
        return VerifyReport(f"the file cannot be read: {exc or type(exc).__name__}", 0, None)


def _verify(conn, key: bytes | None) -> VerifyReport:
    conn.row_factory = sqlite3.Row if key is None else _cipher_row()
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        if key is not None:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            if problems:
                integrity = "; ".join(problems)
        if integrity != "ok":
            return VerifyReport(integrity, 0, None)
        count, first_break = 0, None
        sites = [r[0] for r in conn.execute("SELECT DISTINCT site_code FROM audit_log")]
        for site in sites:
            prev_hash, prev_seq = auditchain.GENESIS, 0
            cur = conn.execute("SELECT * FROM audit_log WHERE site_code=? ORDER BY seq", (site,))
            while first_break is None:
                rows = cur.fetchmany(5000)
                if not rows:
                    break
                entries = []
                for r in rows:
                    fields = entry_fields(r)
                    fields["hash"] = r["hash"]
                    entries.append(fields)
                first_break = auditchain.verify_chain(entries, prev_hash, prev_seq)
                count += len(rows)
                prev_hash, prev_seq = rows[-1]["hash"], rows[-1]["seq"]
        return VerifyReport(integrity, count, first_break)
    finally:
        conn.close()
