"""Backups with SQLite's online backup API, kept as a rotating set.

A backup is a consistent copy even while the app writes. Backups live in a
``backups`` folder beside the database, named by time and reason; the oldest
are removed beyond ``keep``. ``restore`` checks a backup (integrity check and
a readable schema) before it replaces the live file, and keeps the file it
replaces as one more backup.

An encrypted database is backed up encrypted, page by page under the same key,
and its key file is copied beside the backup (``NAME.sqlite3.keys``): the backup
opens with the same passwords, recovery code and service key as the file did.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from lishui_desktop.domain.errors import DomainError

from . import cipher
from .db import note_written
from .keys import keyfile_path

DEFAULT_KEEP = 14


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def make_backup(db_path: str | Path, key: bytes | None, *, reason: str = "manual",
                keep: int = DEFAULT_KEEP, progress=None) -> Path:
    db_path = Path(db_path)
    if not db_path.exists():
        raise DomainError("backup.missing", f"no database at {db_path}", field="db")
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    src = cipher.connect(db_path, key)
    dst = cipher.connect(tmp, key)
    try:
        def _progress(status, remaining, total):
            if progress:
                progress(total - remaining, total)
        src.backup(dst, pages=1024, progress=_progress)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    _fsync(tmp)
    if key is not None:
        _copy_keyfile(db_path, target)
    # Renamed only when complete, so a half-written backup never looks like one.
    os.replace(tmp, target)
    rotate(db_path, keep)
    note_written("backup_files")
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _copy_keyfile(db_path: Path, target: Path) -> None:
    dst = keyfile_path(target)
    tmp = dst.with_name(dst.name + ".partial")
    shutil.copyfile(keyfile_path(db_path), tmp)
    _fsync(tmp)
    os.replace(tmp, dst)


def list_backups(db_path: str | Path) -> list[Path]:
    folder = backup_dir(Path(db_path))
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite3"), key=lambda p: p.name)


def rotate(db_path: Path, keep: int) -> None:
    backups = list_backups(db_path)
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
        keyfile_path(old).unlink(missing_ok=True)


def check_file(path: str | Path, key: bytes | None) -> None:
    """Raise unless ``path`` is a healthy SQLite file holding our schema (opened with ``key``)."""
    path = Path(path)
    if not path.exists():
        raise DomainError("backup.missing", f"no file at {path}", field="backup")
    if key is not None and cipher.is_plain(path):
        raise DomainError("backup.plain", f"{path} is not encrypted", field="backup")
    try:
        conn = cipher.connect(path, key, readonly=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except (sqlite3.DatabaseError, cipher.DatabaseError) as exc:
        raise DomainError("backup.corrupt", f"{path} is not a readable database: {exc}",
                          field="backup") from exc
    if result != "ok":
        raise DomainError("backup.corrupt", f"{path} fails the integrity check: {result}",
                          field="backup")
    if not {"alembic_version", "audit_log", "households"} <= tables:
        raise DomainError("backup.schema", f"{path} is not a caseworker database", field="backup")


def restore(db_path: str | Path, backup: str | Path, backup_key: bytes | None, *,
            current_key: bytes | None = None) -> Path | None:
    """Replace the database with ``backup`` after checking it. Returns the safety copy made.

    ``backup_key`` opens the backup, ``current_key`` the file it replaces (for the
    safety copy). The backup's key file comes back with it. The app must not have
    the database open while this runs.
    """
    db_path, backup = Path(db_path), Path(backup)
    check_file(backup, backup_key)
    safety = _safety_copy(db_path, current_key) if db_path.exists() else None
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = cipher.connect(backup, backup_key, readonly=True)
    dst = cipher.connect(tmp, backup_key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    _fsync(tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    if backup_key is not None:
        # Two renames cannot be one: a crash between them leaves the backup's keys beside
        # the old file, which then does not open; start-up offers the backups, the safety
        # copy among them with its own key file.
        _copy_keyfile(backup, db_path)
    os.replace(tmp, db_path)
    return safety


def _safety_copy(db_path: Path, key: bytes | None) -> Path:
    """A copy of the file about to be replaced: a backup when it still reads, else its bytes
    as they are (kept under ``.damaged``, not offered as a backup, for whoever investigates)."""
    if key is not None or cipher.is_plain(db_path):
        try:
            return make_backup(db_path, key, reason="pre-restore")
        except (sqlite3.DatabaseError, cipher.DatabaseError, DomainError):
            pass
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-damaged.sqlite3.damaged"
    shutil.copyfile(db_path, target)
    for extra in (keyfile_path(db_path), Path(str(db_path) + "-wal")):
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + extra.name[len(db_path.name):]))
    return target


def backup_if_due(db_path: str | Path, key: bytes | None, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """The daily backup the app makes on start: only when none was made today."""
    today = datetime.now().strftime("%Y%m%d")
    stamp = re.compile(r"-(\d{8})-\d{6}-\d{6}-")
    if any((m := stamp.search(p.name)) and m.group(1) == today for p in list_backups(db_path)):
        return None
    return make_backup(db_path, key, reason="daily", keep=keep)
