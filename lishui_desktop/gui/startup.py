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

from lishui_desktop.store.revision import head_revision  # noqa: F401  (start-up uses both)

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
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return QuickSite(row[0], row[1], row[2], row[3], rev[0] if rev else None)
