"""Schema migrations for the desktop file, run on every open.

Alembic scripts live in db/desktop/ (installed as lishui_desktop.migrations). Before an existing file is upgraded it
is copied with SQLite's online backup, so a failed migration never costs data.
"""
from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from . import revision as schema_revision
from .db import Database

log = logging.getLogger(__name__)
# db/desktop in the source tree, shipped as this package (setup.py)
SCRIPTS = Path(str(files("lishui_desktop.migrations")))


# Alembic is imported only when a migration may be needed: importing it costs a
# noticeable part of the app's start-up, and almost every open finds the file current.
def alembic_config():
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    return cfg


# One reader of schema revisions (store.revision), for start-up, migrate and the CLI alike.
head_revision = schema_revision.head_revision


def current_revision(db: Database) -> str | None:
    return schema_revision.file_revision(db.path, db.key)


def _is_current(db: Database) -> bool:
    return schema_revision.is_current(db.path, db.key)


def upgrade(db: Database, revision: str = "head", *, backup: bool = True) -> str | None:
    """Bring the file to ``revision``; returns the backup made first, if any."""
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if backup and current is not None:
        from .backup import make_backup
        made = make_backup(db.path, db.key, reason=f"pre-migrate-{current}")
        log.info("backed up %s to %s before migrating %s -> %s", db.path, made, current, target)
    from alembic import command
    cfg = alembic_config()
    with db.write_engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    return str(made) if made else None


def open_database(path: str | Path, key: bytes | None = None, *, migrate: bool = True,
                  plain: bool = False) -> Database:
    """Open (and bring up to date) the file at ``path`` with its database key.

    Without a key, only a file that does not exist yet is opened: it is created
    encrypted under a fresh key (``db.key``), which ``setup.initialize`` then wraps for
    the administrator. ``plain=True`` is the developer mode (``--insecure-plain``).
    """
    path = Path(path)
    if key is None and not plain:
        from . import cipher
        from .keys import KeyFile
        from lishui_desktop.domain.errors import DomainError
        if path.exists() and path.stat().st_size > 0:
            if cipher.is_plain(path):
                raise DomainError("db.plain", f"{path} is not encrypted: run `lishui-desktop encrypt "
                                  "--db FILE` (a backup is made first)", field="db")
            raise DomainError("db.locked", f"{path} is encrypted: sign in to open it", field="db")
        if KeyFile.exists_for(path):
            raise DomainError("db.missing", f"{path} is missing but its key file is there: restore "
                              "the latest backup (`lishui-desktop restore`)", field="db")
        path.parent.mkdir(parents=True, exist_ok=True)
        kf, key = KeyFile.create(path)
        kf.save()
    db = Database(path, key)
    if migrate and not _is_current(db):
        upgrade(db)
    return db
