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
    return schema_revision.file_revision(db.path)


def _is_current(path: Path) -> bool:
    return schema_revision.is_current(path)


def upgrade(db: Database, revision: str = "head", *, backup: bool = True) -> str | None:
    """Bring the file to ``revision``; returns the backup made first, if any."""
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if backup and current is not None:
        from .backup import make_backup
        made = make_backup(db.path, reason=f"pre-migrate-{current}")
        log.info("backed up %s to %s before migrating %s -> %s", db.path, made, current, target)
    from alembic import command
    cfg = alembic_config()
    with db.write_engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
    return str(made) if made else None


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    db = Database(path)
    if migrate and not _is_current(db.path):
        upgrade(db)
    return db
