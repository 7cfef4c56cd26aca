"""Opening the local database: engines, pragmas and sessions.

SQLite in WAL mode so the GUI can read while a background task writes;
foreign keys on; synchronous=FULL so a committed case survives a power cut.
Writes begin with BEGIN IMMEDIATE: the audit chain reads the last hash and
appends in the same transaction, and two writers must not interleave there.
Reads use a second engine with ordinary deferred transactions.

The file is encrypted with SQLCipher under ``key`` (see ``keys`` for where the key
comes from). ``key=None`` opens a plain file: only the developer mode
(``--insecure-plain``) and the migration of an old plain file ask for that.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

# Sets of table names that committed writes are reported to (see ``tracking_writes``).
_trackers: ContextVar[tuple[set, ...]] = ContextVar("lishui_write_trackers", default=())
_NOT_A_CHANGE = frozenset({"audit_log"})     # every action appends to it
# The read session open in this thread of execution, per database: nested reads join it.
_reading: ContextVar[dict] = ContextVar("lishui_reading", default={})


@contextmanager
def tracking_writes():
    """Collect the names of the tables that transactions committed in this block wrote.

    The caller (the GUI's task runner) learns what an action changed from the
    action itself, so no caller has to declare it. Per thread of execution.
    """
    tables: set[str] = set()
    token = _trackers.set(_trackers.get() + (tables,))
    try:
        yield tables
    finally:
        _trackers.reset(token)


def note_written(name: str) -> None:
    """Report a write that is not a table row (a backup file) to whoever is tracking."""
    for tables in _trackers.get():
        tables.add(name)


def _note_flush(session: Session, _flush_context, _instances) -> None:
    touched = session.info.setdefault("touched", set())
    for obj in (*session.new, *session.deleted):
        touched.add(obj.__table__.name)
    for obj in session.dirty:
        if session.is_modified(obj):
            touched.add(obj.__table__.name)


def _note_statement(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            state.session.info.setdefault("touched", set()).add(table.name)

from . import cipher


def in_ids(conn, sql: str, ids) -> list:
    """Rows of ``sql`` whose ``IN ids`` is the one bound JSON array: one statement whatever
    the number of ids, and none of SQLAlchemy's per-id parameter expansion."""
    ids = list(ids)
    if not ids:
        return []
    sql = sql.replace("IN ids", "IN (SELECT value FROM json_each(?))")
    if sql.lstrip()[:6].upper() == "SELECT":
        return select_rows(conn, sql, (json.dumps(ids),))
    result = conn.exec_driver_sql(sql, (json.dumps(ids),))
    return result.fetchall() if result.returns_rows else []


def select_rows(conn, sql: str, args: tuple = ()) -> list[tuple]:
    """The rows of a SELECT written out, read on the driver's own cursor inside ``conn``'s
    transaction (a Session's or a Connection's). For the reads of search as you type, a
    dozen per keystroke: SQLAlchemy's result machinery cost more than SQLite's answer.
    Not for writes: they go through SQLAlchemy, which turns a full disk into its error."""
    if isinstance(conn, Session):
        conn = conn.connection()
    cursor = conn.connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, args).fetchall()
    finally:
        cursor.close()


def _make_engine(path: Path, key: bytes | None, immediate: bool) -> Engine:
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30,
                                                                  "check_same_thread": False})
    else:
        import sqlcipher3
        # The pysqlite dialect over the SQLCipher module: same SQL, its own exceptions.
        engine = create_engine(f"sqlite:///{path}", module=sqlcipher3,
                               creator=lambda: cipher.connect(path, key, check_same_thread=False))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # pysqlite's own transaction handling is switched off so BEGIN is ours.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        if key is not None:
            # Pages are decrypted when they enter SQLite's cache: a larger cache keeps a
            # search's pages decrypted between searches. 64 MiB (default 2) holds the
            # households table of a county's 100,000 (45 MB), which a search looks its
            # matches up in: with 16 MiB a day of searches decrypted the same pages again
            # and again. It fills only as pages are read.
            cur.execute("PRAGMA cache_size=-65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def storage_error(exc: Exception, path: Path) -> Exception:
    """SQLite's "disk is full" / "disk I/O error" as errors that say what to do; others unchanged."""
    from lishui_desktop.domain.errors import DomainError
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text or "too large" in text:
        return DomainError("db.disk_full", f"the disk holding {path} is full: nothing was saved; free some "
                           "space, then do it again", folder=str(path.parent))
    if "i/o error" in text:
        return DomainError("db.io", f"{path} could not be written: nothing was saved; check the disk",
                           folder=str(path.parent))
    return exc


class Database:
    """One database file. Cheap to keep for the life of the process; sessions are not."""

    def __init__(self, path: str | Path, key: bytes | None):
        self.path = Path(path)
        self.key = key
        self.write_engine = _make_engine(self.path, key, immediate=True)
        self.read_engine = _make_engine(self.path, key, immediate=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        event.listen(self._write, "before_flush", _note_flush)
        event.listen(self._write, "do_orm_execute", _note_statement)

    @contextmanager
    def write(self):
        """A session for one user action: committed at the end, rolled back on any error.

        A full disk or a failing write is rolled back like any error (nothing of the
        action is kept) and reported as a DomainError a person can act on.
        """
        try:
            with self._write() as session:
                with session.begin():
                    yield session
                trackers = _trackers.get()
                if trackers:
                    touched = session.info.get("touched", set()) - _NOT_A_CHANGE
                    for tables in trackers:
                        tables |= touched
        except OperationalError as exc:
            err = storage_error(exc, self.path)
            if err is exc:
                raise
            raise err from exc

    @contextmanager
    def read(self):
        """A read transaction. Reads nested inside one (a page's loader calling several
        queries) join it, so what a page shows is one snapshot even while a sync writes."""
        open_ = _reading.get()
        if self in open_:
            yield open_[self]
            return
        with self._read() as session:
            with session.begin():
                token = _reading.set({**open_, self: session})
                try:
                    yield session
                finally:
                    _reading.reset(token)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def connect(self, *, readonly: bool = False):
        """A bare DB-API connection (backups, verify, bulk writers), same key as the engines."""
        return cipher.connect(self.path, self.key, readonly=readonly)

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()
