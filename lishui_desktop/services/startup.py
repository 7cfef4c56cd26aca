"""What start-up can learn from the database file before the heavy imports are done.

The login dialog needs only the office's name; reading it with the standard
library's sqlite3 lets the dialog appear while SQLAlchemy and the services are
still being imported on the task runner's thread. A file whose schema is at
the newest migration is opened without loading Alembic at all.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lishui_desktop.store.revision import file_revision, head_revision  # noqa: F401  (app.py uses head_revision)


@dataclass(frozen=True)
class QuickSite:
    code: str
    name: str
    kind: str
    county_code: str
    revision: str | None


def quick_site(path: str | Path) -> QuickSite | None:
    """The site of an existing, set-up database file, or None (then the slow path decides)."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT code, name, kind, county_code FROM site LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    code, name, kind, county_code = row
    return QuickSite(code, name, kind, county_code, file_revision(path))


def open_database(path: str | Path, *, current: bool = False):
    """The database file, migrated to the newest schema first unless the caller already
    knows it is ``current`` (then neither Alembic nor the migration check is loaded)."""
    if current:
        from lishui_desktop.store.db import Database
        return Database(path)
    from lishui_desktop.store.migrate import open_database as open_and_migrate
    return open_and_migrate(path)
