"""Engine, migrations and the one way to open a write transaction.

Writes are serialised: a push holds the single ``hq_state`` row lock (and on
SQLite an IMMEDIATE transaction) from its first read to its commit. That makes
the batch-id check, the audit-chain check and the version checks race-free and
hands out pull cursors in commit order, so a pull never steps over a row that
commits later with a smaller cursor. Parsing and validating the JSON, the
expensive part of a push, happens before the lock is taken.
"""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Connection, create_engine, event, select, update
from sqlalchemy.engine import Engine, make_url

from . import models as m

try:
    # db/hq in the source tree, shipped as this package (setup.py)
    MIGRATIONS_DIR = Path(str(files("lishui_hq.migrations")))
except ModuleNotFoundError:     # an editable install made before setup.py mapped db/
    raise ModuleNotFoundError("lishui_hq.migrations is not installed: the install predates "
                              "setup.py's package_dir; run `pip install -e '.[test]'` again "
                              "(make test does)") from None
DEFAULT_DB_URL = "sqlite:///lishui-hq.sqlite3"


class Busy(Exception):
    """The write lock could not be had in time."""


def _json_dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(u, json_serializer=_json_dumps,
                               connect_args={"check_same_thread": False, "timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):
            # Let SQLAlchemy's "begin" event decide how transactions start
            # (the sqlite3 module would otherwise begin them lazily, DEFERRED).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # A deferred transaction that later writes can fail at once with
            # SQLITE_BUSY in WAL mode; writers take the lock up front instead.
            immediate = conn.get_execution_options().get("hq_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
    else:
        engine = create_engine(u, json_serializer=_json_dumps, pool_size=10, max_overflow=30,
                               pool_timeout=120, pool_pre_ping=True)
    return engine


def migrate(url: str, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, revision)


@dataclass
class WriteTx:
    conn: Connection
    last_cursor: int

    def next_cursor(self) -> int:
        self.last_cursor += 1
        return self.last_cursor


class Database:
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        # Within one process, queue writers here rather than in the database:
        # they then do not hold pooled connections while they wait.
        self._write_lock = threading.Lock()

    def dispose(self) -> None:
        self.engine.dispose()

    def keeps_no_statistics(self) -> bool:
        """PostgreSQL with autovacuum off: the tables get no planner statistics unless
        someone runs ANALYZE, and a push's lookup of its 500 ids reads every record."""
        if self.dialect != "postgresql":
            return False
        with self.read() as conn:
            return conn.exec_driver_sql("SHOW autovacuum").scalar() == "off"

    @contextmanager
    def read(self):
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def write(self, wait_seconds: float = 120.0, *, cursors: bool = True):
        """A write transaction. ``cursors=False`` is for bookkeeping that hands
        out no cursor (a site's last-sync time) and so need not queue behind
        other processes' pushes on PostgreSQL."""
        if not self._write_lock.acquire(timeout=wait_seconds):
            raise Busy(f"the server was busy for {wait_seconds:.0f} s")
        try:
            with self.engine.connect() as conn:
                conn.execution_options(hq_write=True)
                with conn.begin():
                    if not cursors:
                        yield WriteTx(conn, 0)
                        return
                    q = select(m.hq_state.c.last_cursor).where(m.hq_state.c.id == 1)
                    if self.dialect != "sqlite":
                        q = q.with_for_update()
                    last = conn.execute(q).scalar_one()
                    tx = WriteTx(conn, last)
                    yield tx
                    if tx.last_cursor != last:
                        conn.execute(update(m.hq_state).where(m.hq_state.c.id == 1)
                                     .values(last_cursor=tx.last_cursor))
        finally:
            self._write_lock.release()
