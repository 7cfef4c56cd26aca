"""Unlocking the encrypted database: signing in, the service key, recovery, rekey, encrypting a plain file.

Every way into the file ends in the same place: the database key, then
``open_database`` (with the migrations, after a backup) and, for a person,
``users.login`` (lock-out, audit). See ``store.keys`` for the key file.

- A person signs in with the password that unwraps their copy of the key. A user
  who has no copy yet (an account made before the file was encrypted, or after a
  ``rekey``) gets one at sign-in when this computer's service key opens the file
  and the password matches the account's hash; a copy that no longer matches the
  account's password (a crash between the two writes) is remade the same way.
- ``open_service`` is for the commands with nobody at the keyboard.
- ``open_recovery`` opens with the recovery code, for setting a new administrator
  password when every administrator's is lost.
"""
from __future__ import annotations

import os
import secrets
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Callable

from lishui_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lishui_desktop.domain.workflow import Role
from lishui_desktop.store import backup, cipher, keys
from lishui_desktop.store.keys import KeyFile, LockedError
from lishui_desktop.store.migrate import open_database

from . import setup, users
from .context import Context

Clock = Callable[[], datetime] | None


def _context(db, clock: Clock) -> Context:
    site = setup.site_info(db)
    return Context(db, site, clock=clock) if clock else Context(db, site)


def is_encrypted(path: str | Path) -> bool:
    return KeyFile.exists_for(path)


def site_of(path: str | Path) -> tuple[str, str] | None:
    """The office's (code, name) from the key file, readable before anything is unlocked."""
    finish_interrupted(path)
    try:
        kf = KeyFile.load(path)
    except DomainError:
        return None
    return (kf.site_code, kf.site_name) if kf.site_code else None


def _open(path: Path, key: bytes, *, migrate: bool = True):
    damaged = DomainError("db.damaged", f"{path} does not open with its key: the file is damaged (or its "
                          "key file belongs to another copy); restore the latest backup that passes "
                          "`verify`", field="db")
    if not cipher.check_key(path, key):
        raise damaged
    try:
        return open_database(path, key, migrate=migrate)
    except (cipher.DatabaseError, sqlite3.DatabaseError) as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise damaged from exc
        raise


def open_signed_in(path: str | Path, username: str, password: str, *, clock: Clock = None,
                   migrate: bool = True) -> Context:
    """Unlock with a person's password and sign them in; returns their Context."""
    path = Path(path)
    finish_interrupted(path)
    if not path.exists():
        raise DomainError("db.missing", f"no database at {path}", field="db")
    kf = KeyFile.load(path)
    username = username.strip()
    try:
        key = kf.unwrap_user(username, password)
        enrol = False
    except LockedError as exc:
        # No copy, or one that does not open: the service key lets the account's own
        # password hash decide (and counts the failure towards the lock-out).
        try:
            key = keys.service_unlock(path, kf)
        except LockedError:
            raise exc from None
        enrol = True
    ctx = _context(_open(path, key, migrate=migrate), clock)
    try:
        user = users.login(ctx, username, password)
    except DomainError:
        ctx.db.dispose()
        raise
    if enrol:
        with users.key_change(ctx.db) as kf2:
            kf2.wrap_for_user(username, password, key)
            kf2.save()
    return ctx.as_user(user)


def sign_in(ctx: Context, username: str, password: str) -> Context:
    """Another person signs in to a database this program already has open.

    Their own copy of the key must open (or be made, as in ``open_signed_in``): an
    open file is no way around having a key to it.
    """
    kf = KeyFile.load(ctx.db.path) if ctx.db.encrypted else None
    enrol = False
    if kf is not None:
        try:
            kf.unwrap_user(username.strip(), password)
        except LockedError as exc:
            try:
                keys.service_unlock(ctx.db.path, kf)
            except LockedError:
                raise exc from None
            enrol = True
    user = users.login(ctx, username, password)
    if enrol:
        with users.key_change(ctx.db) as kf2:
            kf2.wrap_for_user(username.strip(), password, ctx.db.key)
            kf2.save()
    return ctx.as_user(user)


def open_service(path: str | Path, *, clock: Clock = None) -> Context:
    """Unlock with this computer's service key (scheduled sync, backup, verify)."""
    path = Path(path)
    finish_interrupted(path)
    if not path.exists():
        raise DomainError("db.missing", f"no database at {path}", field="db")
    return _context(_open(path, keys.service_unlock(path)), clock)


def service_key_for(path: str | Path) -> bytes:
    """The database key through the service key, without opening the file (backup, verify)."""
    finish_interrupted(path)
    return keys.service_unlock(path)


def open_recovery(path: str | Path, code: str, *, clock: Clock = None) -> Context:
    finish_interrupted(path)
    kf = KeyFile.load(path)
    return _context(_open(Path(path), kf.unwrap_recovery(code)), clock)


def recover_admin(path: str | Path, code: str, username: str, new_password: str, *,
                  clock: Clock = None) -> None:
    """With the recovery code: give an administrator account a new password (and key copy)."""
    users.check_password_rules(new_password)
    ctx = open_recovery(path, code, clock=clock)
    try:
        from sqlalchemy import select
        from lishui_desktop.store.models import User
        with ctx.db.read() as s:
            u = s.scalar(select(User).where(User.username == username.strip()))
            if u is None or u.role != Role.ADMIN.value:
                raise ValidationError("recovery.not_admin", f"{username} is not an administrator account",
                                      field="username")
            uid = u.id
        admin = ctx.as_user(users.CurrentUser(uid, u.username, u.display_name, Role.ADMIN, u.site_code))
        users.reset_password(admin, uid, new_password)
        users.set_active(admin, uid, True)
    finally:
        ctx.db.dispose()


def _require_admin(ctx: Context) -> None:
    if ctx.user.role is not Role.ADMIN:
        raise PermissionDenied("user.admin_only", "only an administrator manages the database keys",
                               field="role")


def new_recovery_code(ctx: Context) -> str:
    """A new recovery code for this file (the old one stops working); show it once."""
    _require_admin(ctx)
    with users.key_change(ctx.db) as kf, ctx.work("keys.recovery_code", entity="site",
                                                  entity_id=ctx.site.code):
        code = kf.wrap_recovery(ctx.db.key)
        kf.save()
    return code


def install_service_key(kf: KeyFile, key: bytes) -> str:
    """Make (or reuse) this computer's service secret for the file and wrap the key with it."""
    secret = keys.load_service_secret(kf.vault)
    where = "keyring"
    if secret is None:
        secret = secrets.token_bytes(32)
        where = keys.store_service_secret(kf.vault, secret)
    kf.wrap_service(secret, key)
    return where


def enable_service_key(ctx: Context) -> str:
    _require_admin(ctx)
    with users.key_change(ctx.db) as kf, ctx.work("keys.service_enable", entity="site",
                                                  entity_id=ctx.site.code) as w:
        where = install_service_key(kf, ctx.db.key)
        w.detail = {"store": "keyring" if where == "keyring" else "file"}
        kf.save()
    return where


def disable_service_key(ctx: Context) -> None:
    _require_admin(ctx)
    with users.key_change(ctx.db) as kf, ctx.work("keys.service_disable", entity="site",
                                                  entity_id=ctx.site.code):
        kf.wraps.pop("service", None)
        kf.save()
        keys.delete_service_secret(kf.vault)


def rekey(ctx: Context, password: str, *, progress=None) -> tuple[str, list[str]]:
    """Re-encrypt the file under a new key; returns (new recovery code, accounts to re-key).

    The old key stops opening the file, so every old copy of it goes: the signed-in
    administrator's copy is made again from ``password``, the service key's from
    this computer's service secret, a new recovery code is made; the other accounts
    get their copy at their next sign-in through the service key, or, without one,
    when the administrator resets their password. A backup is made first; the new
    file replaces the old one only when it is complete. The Context's database is
    closed: open it again with the new key (``open_signed_in``).
    """
    _require_admin(ctx)
    db = ctx.db
    if not db.encrypted:
        raise DomainError("db.plain", "this database is not encrypted: use `encrypt`", field="db")
    kf = KeyFile.load(db.path)
    kf.unwrap_user(ctx.user.username, password)      # proves the password, before any change
    made = backup.make_backup(db.path, db.key, reason="pre-rekey")
    users.login(ctx, ctx.user.username, password)    # audited like any sign-in
    with ctx.work("keys.rekey", entity="site", entity_id=ctx.site.code) as w:
        w.detail = {"old_key_id": kf.key_id, "backup": made.name}
    path, old_key = db.path, db.key
    db.dispose()
    new_key = keys.new_key()
    cipher.export(path, old_key, _pair(path)["new_db"], new_key)
    others = [u for u in kf.users() if u != ctx.user.username]
    service_secret = keys.load_service_secret(kf.vault) if kf.has_service() else None
    new_kf = KeyFile(kf.path, kf.vault, keys.secrets.token_hex(8), kf.site_code, kf.site_name)
    new_kf.wrap_for_user(ctx.user.username, password, new_key)
    if service_secret is not None:
        new_kf.wrap_service(service_secret, new_key)
    code = new_kf.wrap_recovery(new_key)
    _replace(path, new_kf)
    return code, others


def _pair(path: Path) -> dict[str, Path]:
    kfp = keys.keyfile_path(path)
    return {"db": path, "kf": kfp, "new_db": path.with_name(path.name + ".new"),
            "new_kf": kfp.with_name(kfp.name + ".new"), "old_db": path.with_name(path.name + ".old"),
            "old_kf": kfp.with_name(kfp.name + ".old")}


def _replace(path: Path, kf: KeyFile) -> None:
    """Put the complete new file (``NAME.new``) and key file in place of the old pair.

    Each step is a rename and the old pair is kept as ``.old`` until both new ones
    are in place, so a crash at any point leaves one whole pair that
    ``finish_interrupted`` (run before every open) completes or puts back.
    """
    p = _pair(path)
    kf.save(p["new_kf"])
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(p["db"], p["old_db"])
    if p["kf"].exists():
        os.replace(p["kf"], p["old_kf"])
    os.replace(p["new_db"], p["db"])
    os.replace(p["new_kf"], p["kf"])
    p["old_db"].unlink()
    p["old_kf"].unlink(missing_ok=True)


def finish_interrupted(path: str | Path) -> str | None:
    """Complete or undo a swap of file and key file that a crash interrupted."""
    p = _pair(Path(path))
    if not p["old_db"].exists():
        # Crashed while the new pair was being written: the old pair is untouched.
        p["new_db"].unlink(missing_ok=True)
        p["new_kf"].unlink(missing_ok=True)
        return None
    if p["new_db"].exists():
        # The new file never got into place: put the old pair back.
        if not p["db"].exists():
            os.replace(p["old_db"], p["db"])
        if p["old_kf"].exists():
            os.replace(p["old_kf"], p["kf"])
        p["new_db"].unlink(missing_ok=True)
        p["new_kf"].unlink(missing_ok=True)
        p["old_db"].unlink(missing_ok=True)
        return "undone"
    if p["new_kf"].exists():
        os.replace(p["new_kf"], p["kf"])
    p["old_db"].unlink(missing_ok=True)
    p["old_kf"].unlink(missing_ok=True)
    return "finished"


def encrypt_plain(path: str | Path, username: str, password: str, *, service_key: bool = True,
                  clock: Clock = None) -> tuple[str, Path]:
    """Encrypt an old plain database in place; returns (recovery code, backup made first).

    The administrator signs in against the plain file (password hash, lock-out,
    audit) first. The plain backup made before is the way back, and it holds the
    data in clear: keep it as carefully as the old file (or delete it once the
    encrypted file has been checked).
    """
    path = Path(path)
    if not cipher.is_plain(path):
        raise DomainError("db.not_plain", f"{path} is not a plain database", field="db")
    if KeyFile.exists_for(path):
        raise DomainError("db.keyfile_exists", f"{keys.keyfile_path(path)} exists already", field="db")
    db = open_database(path, plain=True)
    ctx = _context(db, clock)
    user = users.login(ctx, username, password)
    if user.role is not Role.ADMIN:
        db.dispose()
        raise PermissionDenied("user.admin_only", "only an administrator encrypts the database", field="role")
    made = backup.make_backup(path, None, reason="pre-encrypt")
    with ctx.as_user(user).work("keys.encrypt", entity="site", entity_id=ctx.site.code) as w:
        w.detail = {"backup": made.name}
    db.dispose()
    key = keys.new_key()
    kf, _ = KeyFile.create(path)
    kf.site_code, kf.site_name = ctx.site.code, ctx.site.name
    cipher.export(path, None, _pair(path)["new_db"], key)
    kf.wrap_for_user(user.username, password, key)
    if service_key:
        install_service_key(kf, key)
    code = kf.wrap_recovery(key)
    _replace(path, kf)
    return code, made


def create_database(path: str | Path, *, plain: bool = False):
    """A new, empty database file: encrypted under a fresh key unless ``plain`` (developer mode)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise DomainError("db.exists", f"{path} exists already", field="db")
    return open_database(path, plain=plain)


def initialize(db, form: "setup.SetupForm", *, clock: Clock = None,
               service_key: bool = True) -> tuple[Context, str]:
    """Set the new file up as a site and make its recovery code; returns (admin Context, code).

    The code is shown once to the administrator (who writes it down and keeps it
    apart from the computer); on a plain (developer) file there is none.
    """
    ctx = setup.initialize(db, form, clock=clock, service_key=service_key)
    admin = ctx.as_user(users.login(ctx, form.admin_username, form.admin_password))
    return admin, (new_recovery_code(admin) if db.encrypted else "")


def open_plain(path: str | Path, *, migrate: bool = True) -> Context:
    """DEVELOPERS ONLY (``--insecure-plain``): a plain file, as the system (no sign-in)."""
    path = Path(path)
    if not path.exists():
        raise DomainError("db.missing", f"no database at {path}", field="db")
    if not cipher.is_plain(path):
        raise DomainError("db.not_plain", f"{path} is encrypted: leave out --insecure-plain", field="db")
    return _context(open_database(path, plain=True, migrate=migrate), None)


def migrate(ctx: Context) -> tuple[str | None, str, str | None]:
    """Bring the open file to the newest schema; (before, after, backup made first)."""
    from lishui_desktop.store.migrate import current_revision, head_revision, upgrade
    before = current_revision(ctx.db)
    made = upgrade(ctx.db)
    return before, head_revision(), made


def verify(path: str | Path, key: bytes | None):
    from lishui_desktop.store.audit import verify_file
    return verify_file(path, key)


def list_backups(path: str | Path) -> list[Path]:
    return backup.list_backups(path)


def backup_now(path: str | Path, key: bytes | None, *, keep: int = backup.DEFAULT_KEEP,
               reason: str = "manual") -> Path:
    return backup.make_backup(path, key, reason=reason, keep=keep)


def backup_if_due(ctx: Context, *, keep: int = backup.DEFAULT_KEEP) -> Path | None:
    return backup.backup_if_due(ctx.db.path, ctx.db.key, keep=keep)


def _backup_key(backup_path: Path, username: str, password: str) -> bytes:
    """The key of a backup, from its own key file: the person's copy, else the service key."""
    kf = KeyFile.load(backup_path)
    try:
        return kf.unwrap_user(username, password)
    except LockedError as exc:
        try:
            return keys.service_unlock(backup_path, kf)
        except LockedError:
            raise exc from None


def _check_admin_in(path: Path, key: bytes, username: str, password: str, *,
                    any_role: bool = False) -> None:
    """``username`` is an active administrator of that file, with that password."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError
    conn = cipher.connect(path, key, readonly=True)
    try:
        row = conn.execute("SELECT role, active, password_hash FROM users WHERE username=?",
                           (username.strip(),)).fetchone()
    finally:
        conn.close()
    try:
        ok = row is not None and PasswordHasher().verify(row[2], password)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok:
        raise PermissionDenied("login.failed", "wrong account or password", field="password")
    if not row[1] or (row[0] != Role.ADMIN.value and not any_role):
        raise PermissionDenied("user.admin_only", "only an administrator restores a backup", field="user")


def restore_backup(path: str | Path, backup_path: str | Path, username: str, password: str, *,
                   damaged: bool = False) -> Path | None:
    """Bring back a backup, authorised by the backup itself: the person is an administrator
    in it and their password opens its key file (so this works when the live file is
    damaged beyond opening). Returns the safety copy of the replaced file.

    ``damaged``: start-up found the live file unreadable; then anyone with an account in
    the backup may bring back the latest backup that passes ``verify`` (the damaged file
    is kept), so that an office is not stopped until its administrator comes.
    """
    path, backup_path = Path(path), Path(backup_path)
    finish_interrupted(path)
    if not backup_path.exists():
        raise DomainError("backup.missing", f"no file at {backup_path}", field="backup")
    if cipher.is_plain(backup_path):
        raise DomainError("backup.plain", f"{backup_path} is not encrypted: restore only encrypted backups "
                          "(or encrypt it first)", field="backup")
    bkey = _backup_key(backup_path, username, password)
    backup.check_file(backup_path, bkey)
    if damaged:
        if is_readable(path) or backup_path != latest_good_backup(path, username, password):
            raise PermissionDenied("user.admin_only", "only an administrator restores a backup",
                                   field="user")
        _check_admin_in(backup_path, bkey, username, password, any_role=True)
    else:
        _check_admin_in(backup_path, bkey, username, password)
    current = None
    if path.exists():
        try:
            current = KeyFile.load(path).unwrap_user(username, password)
        except DomainError:
            try:
                current = keys.service_unlock(path)
            except DomainError:
                current = None
        if current is not None and not cipher.check_key(path, current):
            current = None
    safety = backup.restore(path, backup_path, bkey, current_key=current)
    _refresh_service_wrap(path, bkey)
    return safety


def _refresh_service_wrap(path: Path, key: bytes) -> None:
    """A backup from before the service key was last set up carries a copy for the old
    one: give the restored file a copy for this computer's current service key."""
    kf = KeyFile.load(path)
    secret = keys.load_service_secret(kf.vault)
    if secret is None:
        return
    try:
        kf.unwrap_service(secret)
    except LockedError:
        kf.wrap_service(secret, key)
        kf.save()


def restore_for(ctx: Context, backup_path: str | Path) -> Path | None:
    """The GUI's restore by a signed-in administrator: the backup must open with the key
    in use (made since the last ``rekey``) or with this computer's service key."""
    if ctx.user.role is not Role.ADMIN:
        raise PermissionDenied("user.admin_only", "only an administrator restores a backup", field="role")
    backup_path = Path(backup_path)
    key = ctx.db.key
    if key is not None:
        if not backup_path.exists():
            raise DomainError("backup.missing", f"no file at {backup_path}", field="backup")
        if not cipher.check_key(backup_path, key):
            try:
                key = keys.service_unlock(backup_path)
            except DomainError:
                raise DomainError("backup.other_key", "this backup was made under an earlier key: restore it "
                                  "with `lishui-desktop restore --user NAME`", field="backup") from None
    ctx.db.dispose()
    safety = backup.restore(ctx.db.path, backup_path, key, current_key=ctx.db.key)
    if key is not None:
        _refresh_service_wrap(ctx.db.path, key)
    return safety


def restore_plain(path: str | Path, backup_path: str | Path) -> Path | None:
    """DEVELOPERS ONLY (``--insecure-plain``)."""
    return backup.restore(path, backup_path, None)


def open_for_setup(path: str | Path):
    """The file for the first-run setup: a new one, or one whose setup never finished.

    A key file without any copy of the key belongs to a file nobody can ever open
    (the app stopped during the setup): both go and a new pair is made. An existing
    file without a usable key file is explained, never replaced.
    """
    path = Path(path)
    finish_interrupted(path)
    if KeyFile.exists_for(path):
        kf = KeyFile.load(path)
        if kf.wraps:
            raise DomainError("db.locked", f"{path} is encrypted: sign in to open it", field="db")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        kf.path.unlink()
    elif path.exists() and path.stat().st_size > 0:
        if cipher.is_plain(path):
            raise DomainError("db.plain", f"{path} is not encrypted: an administrator runs "
                              "`lishui-desktop encrypt --db FILE --user NAME` (a backup is made first)",
                              field="db")
        raise DomainError("db.no_keyfile", f"the key file beside {path} is missing: restore the latest "
                          "backup (`lishui-desktop restore`)", field="db")
    return create_database(path)


def is_readable(path: str | Path) -> bool:
    """Whether the live file opens with its key file through the service key or at all
    (used to refuse the start-up restore of a file that is in fact fine)."""
    path = Path(path)
    try:
        kf = KeyFile.load(path)
        key = keys.service_unlock(path, kf)
    except DomainError:
        return False
    return cipher.check_key(path, key) and verify(path, key).integrity == "ok"


def latest_good_backup(path: str | Path, username: str, password: str) -> Path | None:
    """The newest backup that this person's key opens and that passes ``verify``."""
    for b in reversed(backup.list_backups(path)):
        try:
            key = _backup_key(b, username, password)
            if verify(b, key).ok:
                return b
        except Exception:       # noqa: BLE001 -- a bad backup is simply not the one
            continue
    return None
