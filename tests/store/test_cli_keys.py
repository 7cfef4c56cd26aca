"""The key commands through the real command line: demo, verify/backup with the service key,
sign-in with --user and $LISHUI_PASSWORD, service-key, recovery-code, recover, rekey, restore,
encrypt (of a plain developer file)."""
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from lishui_desktop.store import cipher
from lishui_desktop.store.keys import KeyFile

CODE = re.compile(r"recovery code: (([A-Z2-9]{5}-){5}[A-Z2-9]{5})")


def cli(*args, password=None, **env):
    full = {**os.environ, **env}
    full.pop("LISHUI_PASSWORD", None)
    if password:
        full["LISHUI_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "lishui_desktop.cli", *map(str, args)],
                          capture_output=True, text=True, env=full, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    r = cli("demo", "--db", path, "--households", 30)
    assert r.returncode == 0, r.stderr
    assert CODE.search(r.stdout) and "encrypted" in r.stdout
    return path


def test_commands_unlock_as_documented(demo, tmp_path):
    db = demo
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM households").fetchone()
    # Unattended: the service key.
    v = cli("verify", "--db", db)
    assert v.returncode == 0 and "audit chain: intact" in v.stdout, v.stderr
    b = cli("backup", "--db", db)
    assert b.returncode == 0, b.stderr
    made = b.stdout.strip()
    assert not cipher.is_plain(made)
    # A person: --user and the password from the environment.
    m = cli("migrate", "--db", db)
    assert m.returncode == 2 and "--user" in m.stderr
    m = cli("migrate", "--db", db, "--user", "cw1", password="wrong-one1")
    assert m.returncode == 2 and "wrong account or password" in m.stderr
    m = cli("migrate", "--db", db, "--user", "cw1", password="Demo2026a")
    assert m.returncode == 0 and "schema" in m.stdout, m.stderr
    # The service key can be taken away and given back by an administrator.
    off = cli("service-key", "--db", db, "--disable", "--user", "cw1", password="Demo2026a")
    assert off.returncode == 2 and "needs an administrator" in off.stderr
    off = cli("service-key", "--db", db, "--disable", "--user", "admin", password="Admin2026")
    assert off.returncode == 0, off.stderr
    v = cli("verify", "--db", db)
    assert v.returncode == 2 and "no service key" in v.stderr
    assert cli("verify", "--db", db, "--user", "rv1", password="Demo2026d").returncode == 0
    on = cli("service-key", "--db", db, "--enable", "--user", "admin", password="Admin2026")
    assert on.returncode == 0 and "service key installed" in on.stdout, on.stderr
    assert cli("verify", "--db", db).returncode == 0
    # A new recovery code; with it, a forgotten administrator password is set again.
    rc = cli("recovery-code", "--db", db, "--user", "admin", password="Admin2026")
    assert rc.returncode == 0, rc.stderr
    code = CODE.search(rc.stdout).group(1)
    bad = cli("recover", "--db", db, "--user", "admin", LISHUI_RECOVERY_CODE="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA",
              LISHUI_NEW_PASSWORD="Again-2026x")
    assert bad.returncode == 2 and "recovery key does not open" in bad.stderr
    ok = cli("recover", "--db", db, "--user", "admin", LISHUI_RECOVERY_CODE=code, LISHUI_NEW_PASSWORD="Again-2026x")
    assert ok.returncode == 0, ok.stderr
    # Rekey: the old key stops opening the file, a new recovery code is printed.
    old = KeyFile.load(db).key_id
    rk = cli("rekey", "--db", db, "--user", "admin", password="Again-2026x")
    assert rk.returncode == 0, rk.stderr
    assert CODE.search(rk.stdout) and "cw1" in rk.stdout
    assert KeyFile.load(db).key_id != old
    assert cli("verify", "--db", db).returncode == 0          # the service key was kept
    n = cli("notices", "--db", db, "--sample", "--out", tmp_path / "s")
    assert n.returncode == 0
    # The backup from before the rekey comes back: an administrator of the backup restores it.
    r = cli("restore", "--db", db, made, "--user", "admin", password="Admin2026")
    assert r.returncode == 0, r.stderr
    assert KeyFile.load(db).key_id == old
    assert cli("verify", "--db", db).returncode == 0


def test_encrypt_a_plain_developer_file(tmp_path):
    db = tmp_path / "plain.sqlite3"
    r = cli("--insecure-plain", "demo", "--db", db, "--households", 20)
    assert r.returncode == 0 and "NOT encrypted" in r.stdout, r.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM households").fetchone()[0] == 20
    refused = cli("verify", "--db", db)
    assert refused.returncode == 2
    assert cli("--insecure-plain", "verify", "--db", db).returncode == 0
    e = cli("encrypt", "--db", db, "--user", "admin", password="Admin2026")
    assert e.returncode == 0, e.stderr
    assert CODE.search(e.stdout) and "in clear" in e.stdout
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM households").fetchone()
    v = cli("verify", "--db", db)
    assert v.returncode == 0, v.stderr
    # Every demo user's password still opens it (copies made at their first sign-in).
    m = cli("migrate", "--db", db, "--user", "cw2", password="Demo2026b")
    assert m.returncode == 0, m.stderr
