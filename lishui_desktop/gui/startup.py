"""What start-up can learn from the database file before the heavy imports are done.

The login dialog needs only the office's name; reading it with the standard
library's sqlite3 lets the dialog appear while SQLAlchemy and the services are
still being imported on the task runner's thread. A file whose schema is at
the newest migration is opened without loading Alembic at all.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

VERSIONS = Path(__file__).resolve().parents[2] / "db" / "desktop" / "versions"
_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)


@dataclass(frozen=True)
class QuickSite:
    code: str
    name: str
    kind: str
    county_code: str
    revision: str | None


def head_revision() -> str | None:
    """The newest migration, read from the scripts' text (one linear history)."""
    revisions, downs = set(), set()
    for script in VERSIONS.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(_REV.findall(text))
        downs.update(_DOWN.findall(text))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


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
