"""Which schema revision a file is at, and which is newest, without SQLAlchemy or Alembic.

Start-up reads these with the standard library alone: almost every open finds
the file current, and importing Alembic for that costs a noticeable part of
the app's start-up. The scripts form one linear history (db/desktop/versions).
"""
from __future__ import annotations

import re
import sqlite3
from importlib.resources import files
from pathlib import Path

try:
    # db/desktop/versions in the source tree, shipped as this package (setup.py)
    VERSIONS = Path(str(files("lishui_desktop.migrations.versions")))
except ModuleNotFoundError:     # an editable install made before setup.py mapped db/
    raise ModuleNotFoundError("lishui_desktop.migrations is not installed: the install predates "
                              "setup.py's package_dir; run `pip install -e '.[test]'` again "
                              "(make test does)") from None
_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)


def head_revision() -> str | None:
    """The newest migration, read from the scripts' text; None if the history branches."""
    revisions, downs = set(), set()
    for script in VERSIONS.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(_REV.findall(text))
        downs.update(_DOWN.findall(text))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def file_revision(path: str | Path, key: bytes | None = None) -> str | None:
    path = Path(path)
    if not path.exists():
        return None
    from .cipher import DatabaseError, connect
    try:
        conn = connect(path, key, readonly=True, timeout=5)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, DatabaseError):
        return None
    return row[0] if row else None


def is_current(path: str | Path, key: bytes | None = None) -> bool:
    rev = file_revision(path, key)
    return rev is not None and rev == head_revision()
