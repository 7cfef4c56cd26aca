"""Backups with SQLite's online backup API, kept as a rotating set.

A backup is a consistent copy even while the app writes. Backups live in a
``backups`` folder beside the database, named by time and reason; the oldest
are removed beyond ``keep``. ``restore`` checks a backup (integrity check and
a readable schema) before it replaces the live file, and keeps the file it
replaces as one more backup.
"""
from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from lishui_desktop.domain.errors import DomainError

from .db import note_written

DEFAULT_KEEP = 14


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def make_backup(db_path: str | Path, *, reason: str = "manual", keep: int = DEFAULT_KEEP,
                progress=None) -> Path:
    db_path = Path(db_path)
    if not db_path.exists():
        raise DomainError("backup.missing", f"no database at {db_path}", field="db")
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".partial")
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(tmp)
    try:
        def _progress(status, remaining, total):
            if progress:
                progress(total - remaining, total)
        src.backup(dst, pages=1024, progress=_progress)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    # Renamed only when complete, so a half-written backup never looks like one.
    os.replace(tmp, target)
    rotate(db_path, keep)
    note_written("backup_files")
    return target


def list_backups(db_path: str | Path) -> list[Path]:
    folder = backup_dir(Path(db_path))
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite3"), key=lambda p: p.name)


def rotate(db_path: Path, keep: int) -> None:
    backups = list_backups(db_path)
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


def check_file(path: str | Path) -> None:
    """Raise unless ``path`` is a healthy SQLite file holding our schema."""
    path = Path(path)
    if not path.exists():
        raise DomainError("backup.missing", f"no file at {path}", field="backup")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError("backup.corrupt", f"{path} is not a readable database: {exc}",
                          field="backup") from exc
    if result != "ok":
        raise DomainError("backup.corrupt", f"{path} fails the integrity check: {result}",
                          field="backup")
    if not {"alembic_version", "audit_log", "households"} <= tables:
        raise DomainError("backup.schema", f"{path} is not a caseworker database", field="backup")


def restore(db_path: str | Path, backup: str | Path) -> Path | None:
    """Replace the database with ``backup`` after checking it. Returns the safety copy made.

    The app must not have the database open while this runs.
    """
    db_path, backup = Path(db_path), Path(backup)
    check_file(backup)
    safety = make_backup(db_path, reason="pre-restore") if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restoring")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return safety


def backup_if_due(db_path: str | Path, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """The daily backup the app makes on start: only when none was made today."""
    today = datetime.now().strftime("%Y%m%d")
    stamp = re.compile(r"-(\d{8})-\d{6}-\d{6}-")
    if any((m := stamp.search(p.name)) and m.group(1) == today for p in list_backups(db_path)):
        return None
    return make_backup(db_path, reason="daily", keep=keep)
