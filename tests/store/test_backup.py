"""Backups: online copy, rotation, restore after checking, refusal of a bad file."""
import os
import sqlite3
import subprocess
import sys

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.services import households as hs
from lishui_desktop.store import backup
from tests.services.helpers import household_form
from tests import dbfile


def _count(path):
    return dbfile.connect(path).execute("SELECT count(*) FROM households").fetchone()[0]


def test_backup_restore_round_trip(staff, db_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    key = staff.ctx.db.key
    b = backup.make_backup(db_path, key)
    backup.check_file(b, key)
    hs.save_household(staff.caseworker, household_form(staff.village))
    assert _count(db_path) == 2
    staff.ctx.db.dispose()
    safety = backup.restore(db_path, b, key, current_key=key)
    assert _count(db_path) == 1
    assert safety is not None and _count(safety) == 2   # nothing lost: the replaced file is kept


def test_rotation_keeps_the_newest(staff, db_path):
    made = [backup.make_backup(db_path, staff.ctx.db.key, keep=3) for _ in range(5)]
    kept = backup.list_backups(db_path)
    assert kept == made[-3:]


def test_restore_refuses_a_damaged_backup(staff, db_path, tmp_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with pytest.raises(DomainError) as e:
        backup.restore(db_path, bad, staff.ctx.db.key)
    assert e.value.code.startswith("backup.")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (a)")
    with pytest.raises(DomainError) as e:
        backup.restore(db_path, other, None)
    assert e.value.code == "backup.schema"
    assert _count(db_path) == 1


def test_cli_backup_list_restore(staff, db_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    env = {**os.environ, "LISHUI_PASSWORD": "Admin12345"}
    run = lambda *a: subprocess.run([sys.executable, "-m", "lishui_desktop.cli", *a, "--db", str(db_path)],
                                    capture_output=True, text=True, env=env)
    made = run("backup")
    assert made.returncode == 0, made.stderr
    path = made.stdout.strip()
    listed = run("backup", "--list")
    assert path in listed.stdout
    hs.save_household(staff.caseworker, household_form(staff.village))
    staff.ctx.db.dispose()
    # Restoring signs an administrator in (LISHUI_PASSWORD); backup and verify use the service key.
    restored = run("restore", path, "--user", "admin")
    assert restored.returncode == 0, restored.stderr
    assert _count(db_path) == 1
    assert run("verify").returncode == 0


def test_daily_backup_once_a_day(staff, db_path):
    assert backup.backup_if_due(db_path, staff.ctx.db.key) is not None
    assert backup.backup_if_due(db_path, staff.ctx.db.key) is None
