"""Desktop faults on the real encrypted file: the disk fills up during writes, the power goes
during a migration. Each leaves nothing half-done and says what to do."""
import os
import signal
import subprocess
import sys
import textwrap

from lishui_desktop.services import access
from lishui_desktop.store import cipher
from lishui_desktop.store.db import Database
from lishui_desktop.store.migrate import current_revision, head_revision, open_database, upgrade
from tests import dbfile
from tests.conftest import PASSWORD

# Writes households until the file may not grow any more (RLIMIT_FSIZE: the kernel refuses
# to extend any file past the limit, as a full disk would), then reports what it saw.
WRITER = textwrap.dedent("""
    import resource, signal, sys
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.services import access, households as hs
    from tests.services.helpers import household_form
    cw = access.open_signed_in(sys.argv[1], "cw1", sys.argv[2])
    hs.save_household(cw, household_form("331102100201"))      # warm up: WAL exists
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)              # EFBIG instead of a kill
    limit, hard = int(sys.argv[3]), resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    for _ in range(5000):
        try:
            hid = hs.save_household(cw, household_form("331102100201"))
        except DomainError as exc:
            print("refused", exc.code, flush=True)
            break
        print("saved", hid, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    # Space again: the same action goes through.
    print("after", hs.save_household(cw, household_form("331102100201")), flush=True)
""")


def test_disk_full_during_writes(staff, db_path, tmp_path):
    staff.ctx.db.dispose()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    size = max(db_path.stat().st_size, os.path.getsize(str(db_path) + "-wal")
               if os.path.exists(str(db_path) + "-wal") else 0)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    r = subprocess.run([sys.executable, str(script), str(db_path), PASSWORD, str(size + 256 * 1024)],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    lines = [line.split() for line in r.stdout.splitlines()]
    refused = [line for line in lines if line[0] == "refused"]
    assert refused and refused[0][1] in ("db.disk_full", "db.io"), r.stdout[-500:]
    saved = {line[1] for line in lines if line[0] in ("saved", "after")}
    assert len(saved) >= 2
    report = access.verify(db_path, dbfile.key_of(db_path))
    assert report.ok, report.lines()
    conn = dbfile.connect(db_path)
    stored = {row[0] for row in conn.execute("SELECT id FROM households")}
    # Every save that returned is there, and the refused one left nothing behind: each stored
    # household has its members, its outbox row and its audit entry.
    assert saved <= stored and len(stored) == len(saved) + 1           # + the warm-up
    for hid in stored:
        assert conn.execute("SELECT count(*) FROM members WHERE household_id=?", (hid,)).fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM outbox WHERE entity_id=?", (hid,)).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit_log WHERE entity_id=?", (hid,)).fetchone()[0] == 1


# Migrates an old file, but stops (as if the power went) in the middle: after the first
# revision's steps ran and while a later one's statements are being executed.
MIGRATOR = textwrap.dedent("""
    import sys, time
    from sqlalchemy import event
    from lishui_desktop.store.db import Database
    from lishui_desktop.store.migrate import upgrade
    db = Database(sys.argv[1], bytes.fromhex(sys.argv[2]))
    seen = {"versions": 0}

    @event.listens_for(db.write_engine, "before_cursor_execute")
    def pause(conn, cursor, statement, params, context, executemany):
        if statement.startswith("UPDATE alembic_version"):
            seen["versions"] += 1
        elif seen["versions"] >= 2 and statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT")):
            print("mid-migration", flush=True)
            time.sleep(600)

    upgrade(db, backup=False)
    print("finished", flush=True)
""")


def test_power_lost_during_a_migration(tmp_path):
    path = tmp_path / "old.sqlite3"
    key = dbfile.new_file(path)
    db = Database(path, key)
    upgrade(db, "0001", backup=False)
    db.dispose()
    conn = cipher.connect(path, key)
    conn.execute("INSERT INTO settings (key, value) VALUES ('probe', 'kept')")
    conn.commit()
    conn.close()
    script = tmp_path / "migrate.py"
    script.write_text(MIGRATOR)
    proc = subprocess.Popen([sys.executable, str(script), str(path), key.hex()], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert proc.stdout.readline().strip() == "mid-migration"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    # Nothing of the interrupted upgrade is kept: the file is at the revision it had, whole.
    db = Database(path, key)
    assert current_revision(db) == "0001"
    check = cipher.connect(path, key)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT value FROM settings WHERE key='probe'").fetchone() == ("kept",)
    check.close()
    db.dispose()
    # The next open (start-up, or `lishui-desktop migrate`) simply runs it again.
    db = open_database(path, key)
    assert current_revision(db) == head_revision()
    db.dispose()
