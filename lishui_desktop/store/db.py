"""Opening the local database: engines, pragmas and sessions.

SQLite in WAL mode so the GUI can read while a background task writes;
foreign keys on; synchronous=FULL so a committed case survives a power cut.
Writes begin with BEGIN IMMEDIATE: the audit chain reads the last hash and
appends in the same transaction, and two writers must not interleave there.
Reads use a second engine with ordinary deferred transactions.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker


def _make_engine(path: Path, immediate: bool) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30,
                                                              "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # pysqlite's own transaction handling is switched off so BEGIN is ours.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One database file. Cheap to keep for the life of the process; sessions are not."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.write_engine = _make_engine(self.path, immediate=True)
        self.read_engine = _make_engine(self.path, immediate=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write(self):
        """A session for one user action: committed at the end, rolled back on any error."""
        with self._write() as session:
            with session.begin():
                yield session

    @contextmanager
    def read(self):
        with self._read() as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()
