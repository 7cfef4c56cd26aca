"""The encrypted desktop file: unreadable without a key, opened by signing in, keys per user,
recovery code, service key, backups, rekey and the encryption of an old plain file."""
import json
import os
import shutil
import sqlite3
import stat
import subprocess

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.services import access, setup, users
from lishui_desktop.services import households as hs
from lishui_desktop.store import backup, cipher, keys
from lishui_desktop.store.keys import KeyFile, keyfile_path
from lishui_desktop.store.migrate import open_database
from tests import dbfile
from tests.conftest import PASSWORD
from tests.services.helpers import household_form


def _wraps(path):
    return json.loads(keyfile_path(path).read_text())["wraps"]


def _household_count(path, key):
    conn = cipher.connect(path, key)
    try:
        return conn.execute("SELECT count(*) FROM households").fetchone()[0]
    finally:
        conn.close()


def test_the_file_cannot_be_read_without_its_key(staff, db_path):
    hid = hs.save_household(staff.caseworker, household_form(staff.village))
    staff.ctx.db.dispose()
    raw = db_path.read_bytes()
    assert not raw.startswith(cipher.SQLITE_HEADER)
    with dbfile.connect(db_path) as conn:
        name, id_number = conn.execute("SELECT name, id_number FROM members LIMIT 1").fetchone()
    for secret in (name, id_number, hid):
        assert secret.encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM households").fetchone()
    if shutil.which("sqlite3"):
        r = subprocess.run(["sqlite3", str(db_path), "SELECT count(*) FROM households"],
                           capture_output=True, text=True)
        assert r.returncode != 0 and "not a database" in r.stderr
    # Without a key, opening refuses instead of making something up.
    with pytest.raises(DomainError) as e:
        open_database(db_path)
    assert e.value.code == "db.locked"
    # The key file holds no key in clear.
    assert staff.ctx.db.key.hex() not in keyfile_path(db_path).read_text()


def test_signing_in_unlocks_and_a_wrong_password_does_not(staff, db_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    staff.ctx.db.dispose()
    cw = access.open_signed_in(db_path, "cw1", PASSWORD)
    assert cw.user.username == "cw1"
    assert len(hs.list_households(cw)) == 1 if hasattr(hs, "list_households") else True
    cw.db.dispose()
    assert _household_count(db_path, cw.db.key) == 1
    with pytest.raises(DomainError) as e:
        access.open_signed_in(db_path, "cw1", "Wrong-pass1")
    assert e.value.code == "login.failed"
    with pytest.raises(DomainError) as e:
        access.open_signed_in(db_path, "nobody", PASSWORD)
    assert e.value.code in ("login.failed", "login.no_key")
    # The failure was counted and audited in the database (through the service key).
    conn = dbfile.connect(db_path)
    assert conn.execute("SELECT failed_logins FROM users WHERE username='cw1'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM audit_log WHERE event='user.login' AND success=0"
                        " AND user='cw1'").fetchone()[0] == 1


def test_a_password_change_rewraps_only_that_users_copy(staff, db_path):
    before = _wraps(db_path)
    users.change_password(staff.caseworker, PASSWORD, "N3w-password")
    after = _wraps(db_path)
    assert after["user:cw1"] != before["user:cw1"]
    assert {k: v for k, v in after.items() if k != "user:cw1"} == \
        {k: v for k, v in before.items() if k != "user:cw1"}
    staff.ctx.db.dispose()
    kf = KeyFile.load(db_path)
    assert kf.unwrap_user("cw1", "N3w-password") == staff.ctx.db.key
    with pytest.raises(DomainError):
        kf.unwrap_user("cw1", PASSWORD)
    access.open_signed_in(db_path, "cw1", "N3w-password").db.dispose()


def test_a_refused_password_change_leaves_the_key_file(staff, db_path):
    before = keyfile_path(db_path).read_bytes()
    with pytest.raises(DomainError):
        users.change_password(staff.caseworker, "not-the-old1", "N3w-password")
    assert keyfile_path(db_path).read_bytes() == before


def test_a_disabled_account_loses_its_key_and_a_reset_gives_one(staff, db_path):
    users.set_active(staff.ctx, staff.caseworker.user.id, False)
    assert "user:cw1" not in _wraps(db_path)
    users.set_active(staff.ctx, staff.caseworker.user.id, True)
    users.reset_password(staff.ctx, staff.caseworker.user.id, "Reset-2026")
    assert KeyFile.load(db_path).unwrap_user("cw1", "Reset-2026") == staff.ctx.db.key


def test_new_accounts_get_a_copy(staff, db_path):
    users.create_user(staff.ctx, username="cw9", display_name="新人", role="caseworker",
                      password="Start-2026")
    staff.ctx.db.dispose()
    ctx = access.open_signed_in(db_path, "cw9", "Start-2026")
    assert ctx.user.username == "cw9" and users.must_change_password(ctx, ctx.user.id)
    ctx.db.dispose()


def test_recovery_code_sets_a_new_admin_password(tmp_path):
    path = tmp_path / "r.sqlite3"
    db = access.create_database(path)
    admin, code = access.initialize(db, setup.SetupForm("331102100", "admin", "Admin12345"))
    db.dispose()
    with pytest.raises(DomainError) as e:
        access.recover_admin(path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "admin", "Brand-new-1")
    assert e.value.code == "recovery.wrong"
    access.recover_admin(path, code.lower().replace("-", " "), "admin", "Brand-new-1")
    ctx = access.open_signed_in(path, "admin", "Brand-new-1")
    assert users.must_change_password(ctx, ctx.user.id)
    # A new code replaces the old one.
    newer = access.new_recovery_code(ctx)
    ctx.db.dispose()
    with pytest.raises(DomainError):
        KeyFile.load(path).unwrap_recovery(code)
    assert KeyFile.load(path).unwrap_recovery(newer) == db.key


def test_backups_stay_encrypted_and_restore(staff, db_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    key = staff.ctx.db.key
    made = access.backup_now(db_path, key)
    assert not cipher.is_plain(made) and keyfile_path(made).exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made).execute("SELECT count(*) FROM households").fetchone()
    hs.save_household(staff.caseworker, household_form(staff.village))
    staff.ctx.db.dispose()
    with pytest.raises(DomainError) as e:
        access.restore_backup(db_path, made, "cw1", PASSWORD)     # not an administrator
    assert e.value.code == "user.admin_only"
    safety = access.restore_backup(db_path, made, "admin", "Admin12345")
    assert _household_count(db_path, key) == 1 and _household_count(safety, key) == 2
    assert access.verify(db_path, key).ok
    # Rotation removes a backup's key file with it.
    for _ in range(3):
        access.backup_now(db_path, key, keep=2)
    kept = backup.list_backups(db_path)
    assert len(kept) == 2
    assert sorted(p.name for p in backup.backup_dir(db_path).glob("*.keys")) == \
        sorted(keyfile_path(p).name for p in kept)


def test_rekey_rotates_the_key(staff, db_path):
    hs.save_household(staff.caseworker, household_form(staff.village))
    old_key = staff.ctx.db.key
    old = KeyFile.load(db_path)
    code, others = access.rekey(staff.ctx, "Admin12345")
    assert set(others) == {"cw1", "cw2", "rv1", "ap1"}
    assert not cipher.check_key(db_path, old_key)
    new = KeyFile.load(db_path)
    assert new.vault == old.vault and new.key_id != old.key_id and new.users() == ["admin"]
    admin = access.open_signed_in(db_path, "admin", "Admin12345")
    assert admin.db.key != old_key and _household_count(db_path, admin.db.key) == 1
    assert new.unwrap_recovery(code) == admin.db.key
    admin.db.dispose()
    # The others get a copy at their next sign-in, through this computer's service key
    # and their own password hash.
    cw = access.open_signed_in(db_path, "cw1", PASSWORD)
    cw.db.dispose()
    assert "user:cw1" in _wraps(db_path)
    # The backup made first opens with the old key (and its own key file).
    pre = [b for b in backup.list_backups(db_path) if "pre-rekey" in b.name]
    assert pre and cipher.check_key(pre[-1], old_key)
    assert KeyFile.load(pre[-1]).unwrap_user("cw2", PASSWORD) == old_key


def test_without_the_service_key_no_enrolment(staff, db_path):
    access.disable_service_key(staff.ctx)
    assert "service" not in _wraps(db_path)
    with pytest.raises(DomainError) as e:
        access.open_service(db_path)
    assert e.value.code == "service.none"
    access.rekey(staff.ctx, "Admin12345")
    with pytest.raises(DomainError) as e:
        access.open_signed_in(db_path, "cw1", PASSWORD)
    assert e.value.code == "login.no_key"
    admin = access.open_signed_in(db_path, "admin", "Admin12345")
    users.reset_password(admin, staff.caseworker.user.id, "Reset-2026")
    admin.db.dispose()
    access.open_signed_in(db_path, "cw1", "Reset-2026").db.dispose()
    access.enable_service_key(access.open_signed_in(db_path, "admin", "Admin12345"))
    access.open_service(db_path).db.dispose()


def test_service_key_file_is_only_for_its_owner(staff, db_path):
    vault = KeyFile.load(db_path).vault
    path = keys.key_dir() / f"{vault}.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    staff.ctx.db.dispose()
    os.chmod(path, 0o644)
    try:
        with pytest.raises(DomainError) as e:
            access.open_service(db_path)
        assert e.value.code == "service.key_mode"
    finally:
        os.chmod(path, 0o600)


def test_encrypting_an_old_plain_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = open_database(path, plain=True)
    ctx = setup.initialize(db, setup.SetupForm("331102100", "admin", "Admin12345"))
    setup.add_villages(ctx, [("331102100201", "碧湖村")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    users.create_user(admin, username="cw1", display_name="周晓燕", role="caseworker",
                      password=PASSWORD, must_change_password=False)
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    hs.save_household(cw, household_form("331102100201"))
    db.dispose()
    assert cipher.is_plain(path) and not keyfile_path(path).exists()
    with pytest.raises(DomainError) as e:
        open_database(path)
    assert e.value.code == "db.plain"
    with pytest.raises(DomainError) as e:
        access.encrypt_plain(path, "cw1", PASSWORD)
    assert e.value.code == "user.admin_only" and cipher.is_plain(path)
    code, made = access.encrypt_plain(path, "admin", "Admin12345")
    assert not cipher.is_plain(path) and cipher.is_plain(made)      # the backup made first
    admin = access.open_signed_in(path, "admin", "Admin12345")
    assert _household_count(path, admin.db.key) == 1
    assert access.verify(path, admin.db.key).ok
    admin.db.dispose()
    access.open_signed_in(path, "cw1", PASSWORD).db.dispose()       # enrolled at sign-in
    assert KeyFile.load(path).unwrap_recovery(code) == admin.db.key


@pytest.mark.parametrize("crash_before", [1, 2, 3, 4, 5])
def test_an_interrupted_key_swap_is_finished_or_undone(staff, db_path, monkeypatch, crash_before):
    """rekey puts the new file and key file in place by five renames (new key file saved,
    old pair moved aside, new pair moved in); a power cut before any of them leaves one
    whole pair, which the next open completes or puts back."""
    hs.save_household(staff.caseworker, household_form(staff.village))
    old_key = staff.ctx.db.key
    real = os.replace
    swaps = []

    def crashing(a, b):
        if any(str(x).endswith((".new", ".old")) for x in (a, b)):
            swaps.append((a, b))
            if len(swaps) == crash_before:
                raise KeyboardInterrupt("power cut")
        return real(a, b)

    monkeypatch.setattr(os, "replace", crashing)
    with pytest.raises(KeyboardInterrupt):
        access.rekey(staff.ctx, "Admin12345")
    monkeypatch.setattr(os, "replace", real)
    admin = access.open_signed_in(db_path, "admin", "Admin12345")
    assert _household_count(db_path, admin.db.key) == 1
    # Until the new file is in place the swap is undone; after, it is finished.
    assert (admin.db.key == old_key) == (crash_before <= 4)
    assert access.verify(db_path, admin.db.key).ok
    admin.db.dispose()
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.endswith((".new", ".old"))]
    assert leftovers == []
