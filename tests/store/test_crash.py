"""A writer killed with SIGKILL in mid-write leaves a database that verifies and holds
every record whose commit it reported."""
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from lishui_desktop.store.audit import verify_file
from tests.conftest import PASSWORD
from tests import dbfile

WRITER = textwrap.dedent("""
    import sys
    from lishui_desktop.services import access, households as hs
    from tests.services.helpers import household_form
    cw = access.open_signed_in(sys.argv[1], "cw1", sys.argv[2])
    print("ready", flush=True)
    while True:
        hid = hs.save_household(cw, household_form("331102100201"))
        print(hid, flush=True)     # printed only after the commit returned
""")


@pytest.mark.parametrize("delay", [0.4, 1.1])
def test_sigkill_mid_write(staff, db_path, tmp_path, delay):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, str(script), str(db_path), PASSWORD],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "ready"
    committed = []
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        committed.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    committed += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
    assert len(committed) >= 2

    report = verify_file(db_path, dbfile.key_of(db_path))
    assert report.ok, report.lines()
    import sqlite3
    conn = dbfile.connect(db_path)
    stored = {r[0] for r in conn.execute("SELECT id FROM households")}
    assert set(committed) <= stored
    # Nothing half-written: every stored household has its members, its outbox row
    # and its audit entry.
    for hid in stored:
        assert conn.execute("SELECT count(*) FROM members WHERE household_id=?", (hid,)).fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM outbox WHERE entity_id=?", (hid,)).fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit_log WHERE entity_id=?", (hid,)).fetchone()[0] == 1
