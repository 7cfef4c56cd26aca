"""The audit chain: `verify` accepts what the app wrote and rejects edits and deletions."""
import sqlite3
import subprocess
import sys

from lishui_desktop.services import households as hs
from lishui_desktop.store.audit import verify_file
from tests.services.helpers import case_to, household_form
from tests import dbfile


def _verify_cli(path):
    return subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "verify", "--db", str(path)],
                          capture_output=True, text=True)


def test_chain_written_by_the_app_verifies(staff, db_path, clock):
    case_to(staff, "approved", clock=clock)
    report = verify_file(db_path, dbfile.key_of(db_path))
    assert report.ok and report.entries > 10
    result = _verify_cli(db_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "intact" in result.stdout


def test_every_change_has_its_entry_and_outbox_row(staff, db_path):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    conn = dbfile.connect(db_path)
    event, detail = conn.execute("SELECT event, detail FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert event == "household.create" and hid in detail
    queued = {r[0] for r in conn.execute("SELECT entity FROM outbox")}
    assert {"household", "member", "income"} <= queued


def test_edited_entry_is_reported(staff, db_path, clock):
    case_to(staff, "reviewed", clock=clock)
    conn = dbfile.connect(db_path)
    seq = conn.execute("SELECT seq FROM audit_log WHERE event='application.review'").fetchone()[0]
    conn.execute("UPDATE audit_log SET user='someone-else' WHERE seq=?", (seq,))
    conn.commit()
    report = verify_file(db_path, dbfile.key_of(db_path))
    assert not report.ok
    assert report.first_break.seq == seq and report.first_break.reason == "hash"
    result = _verify_cli(db_path)
    assert result.returncode == 1 and f"seq={seq}" in result.stdout


def test_deleted_entry_is_reported(staff, db_path, clock):
    case_to(staff, "reviewed", clock=clock)
    conn = dbfile.connect(db_path)
    seq = conn.execute("SELECT seq FROM audit_log WHERE event='application.accept'").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq=?", (seq,))
    conn.commit()
    report = verify_file(db_path, dbfile.key_of(db_path))
    assert report.first_break is not None and report.first_break.seq == seq
    assert report.first_break.reason == "gap"


def test_rewritten_tail_is_caught_by_the_link(staff, db_path, clock):
    # Deleting the last entry leaves a valid shorter chain: that needs the server's
    # copy to notice. Deleting one in the middle and renumbering breaks the link.
    case_to(staff, "investigated", clock=clock)
    conn = dbfile.connect(db_path)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq=?", (last - 2,))
    conn.execute("UPDATE audit_log SET seq=seq-1 WHERE seq>?", (last - 2,))
    conn.commit()
    report = verify_file(db_path, dbfile.key_of(db_path))
    assert report.first_break is not None and report.first_break.reason == "link"
